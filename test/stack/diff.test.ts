// Per-definition differences between the base branch's document and the pull request's.
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/stack/diff.js';
import { parseValid, readFixture } from './helpers.js';

const seedText = readFixture('stack-seed.json');
const seed = parseValid(seedText);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form edits of raw JSON in tests
function edited(edit: (doc: any) => void) {
  const raw = JSON.parse(seedText);
  edit(raw);
  return parseValid(JSON.stringify(raw));
}

describe('diffDocuments', () => {
  it('finds nothing between equal documents', () => {
    expect(diffDocuments(seed, seed)).toEqual([]);
  });

  it('reports tag, copies, mode and env changes, redacting secret values', () => {
    const head = edited((doc) => {
      const containers = doc.deploy['amazing application'].containers;
      containers[0].app.tag = 'v2';
      containers[0].app.containers = 3;
      containers[0].app.env = { RANDOM_VAR: 'bar', API_TOKEN: 'new-secret', DB_REF_PASSWORD: '%{ssm:/acme/db}' };
      containers[4].nginx.deploy = 'auto';
    });
    const base = edited((doc) => {
      doc.deploy['amazing application'].containers[0].app.env.API_TOKEN = 'old-secret';
      doc.deploy['amazing application'].containers[0].app.env.GONE = 'x';
    });
    const changes = diffDocuments(base, head);
    expect(changes.map((c) => [c.definition, c.kind])).toEqual([
      ['app', 'changed'],
      ['cron', 'changed'],
      ['sidekiq', 'changed'],
      ['nginx', 'changed'],
    ]);
    expect(changes[0]).toEqual({
      app: 'amazing application',
      definition: 'app',
      kind: 'changed',
      fields: [
        { field: 'tag', before: 'latest', after: 'v2' },
        { field: 'copies', before: '2', after: '3' },
      ],
      env: [
        { key: 'RANDOM_VAR', change: 'changed', before: 'foo', after: 'bar' },
        { key: 'API_TOKEN', change: 'changed', before: '***', after: '***' },
        { key: 'DB_REF_PASSWORD', change: 'added', after: '%{ssm:/acme/db}' },
        { key: 'GONE', change: 'removed', before: 'x' },
      ],
    });
    // cron and sidekiq take app's env through env_from.
    expect(changes[1]?.fields).toEqual([]);
    expect(changes[3]?.fields).toEqual([{ field: 'mode', before: 'manual', after: 'auto' }]);
    expect(JSON.stringify(changes)).not.toMatch(/old-secret|new-secret/);
  });

  it('reports added and removed definitions, and everything as added without a base', () => {
    const head = edited((doc) => {
      const containers = doc.deploy['amazing application'].containers;
      containers.splice(3, 1);
      containers.push({ redis: { deploy: 'manual', image: 'redis', tag: '7' } });
    });
    expect(diffDocuments(seed, head).map((c) => [c.definition, c.kind, c.fields])).toEqual([
      [
        'redis',
        'added',
        [
          { field: 'image', before: '', after: 'redis' },
          { field: 'tag', before: '', after: '7' },
          { field: 'copies', before: '', after: '1' },
          { field: 'mode', before: '', after: 'manual' },
        ],
      ],
      [
        'haproxy',
        'removed',
        [
          { field: 'image', before: 'quay.io/mikamai/configured-haproxy', after: '' },
          { field: 'tag', before: 'latest', after: '' },
          { field: 'copies', before: '1', after: '' },
          { field: 'mode', before: 'manual', after: '' },
        ],
      ],
    ]);
    expect(diffDocuments(undefined, seed).map((c) => c.kind)).toEqual(['added', 'added', 'added', 'added', 'added', 'added']);
  });
});
