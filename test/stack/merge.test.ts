// Writing new tags into the text keeps every other byte: formatting, key order, other definitions.
import { describe, expect, it } from 'vitest';
import { DeployFailure } from '../../src/deploy/failure.js';
import { mergeAndReadBack, readBackMerge } from '../../src/deploy/merge-step.js';
import { mergeImageTags, mergeMismatches } from '../../src/stack/merge.js';
import type { StackDocument } from '../../src/stack/schema.js';
import { buildHostPlan } from '../../src/stack/plan.js';
import { docker1, parseValid, planOptions, readFixture } from './helpers.js';

const seed = readFixture('stack-seed.json');
const digest = `sha256:${'ab'.repeat(32)}`;

describe('mergeImageTags', () => {
  it('sets the tag of exactly the three definitions using the image and changes no other byte', () => {
    const result = mergeImageTags(seed, [{ image: 'quay.io/mikamai/awesome-app', tag: 'v2.0.1' }], { pin: false });
    expect(result.changed).toEqual([
      { app: 'amazing application', definition: 'app' },
      { app: 'amazing application', definition: 'cron' },
      { app: 'amazing application', definition: 'sidekiq' },
    ]);
    expect(result.unusedImages).toEqual([]);
    const inserted = '            "tag": "v2.0.1",\n';
    expect(result.text.split(inserted)).toHaveLength(4);
    expect(result.text.split(inserted).join('')).toBe(seed);
    // Each new line sits right after its definition's image line.
    const lines = result.text.split('\n');
    const tagLines = lines.flatMap((line, i) => (line.includes('"tag"') ? [i] : []));
    for (const i of tagLines) expect(lines[i - 1]).toContain('"image": "quay.io/mikamai/awesome-app"');
    const document = parseValid(result.text);
    const plan = buildHostPlan(document, docker1, planOptions());
    expect(plan.definitions.map((d) => d.image)).toEqual([
      'quay.io/mikamai/awesome-app:v2.0.1',
      'quay.io/mikamai/awesome-app:v2.0.1',
      'quay.io/mikamai/awesome-app:v2.0.1',
      'quay.io/mikamai/configured-haproxy:latest',
      'quay.io/mikamai/configured-nginx:latest',
      'progrium/logspout:latest',
    ]);
  });

  it('replaces an existing tag in place and reports nothing when the tag is already there', () => {
    const once = mergeImageTags(seed, [{ image: 'progrium/logspout', tag: 'v3' }], { pin: false }).text;
    const twice = mergeImageTags(once, [{ image: 'progrium/logspout', tag: 'v4' }], { pin: false });
    expect(twice.changed).toEqual([{ app: 'amazing application', definition: 'logspout' }]);
    expect(twice.text).toBe(once.replace('"tag": "v3"', '"tag": "v4"'));
    const again = mergeImageTags(twice.text, [{ image: 'progrium/logspout', tag: 'v4' }], { pin: false });
    expect(again).toEqual({ text: twice.text, changed: [], unusedImages: [] });
  });

  it('pins by digest: the tag holds the digest and the plan runs image@digest', () => {
    const result = mergeImageTags(seed, [{ image: 'quay.io/mikamai/configured-nginx', tag: 'v9', digest }], { pin: true });
    expect(result.text).toContain(`"tag": "${digest}"`);
    const plan = buildHostPlan(parseValid(result.text), docker1, planOptions());
    const nginx = plan.definitions.find((d) => d.name === 'nginx');
    expect(nginx?.image).toBe(`quay.io/mikamai/configured-nginx@${digest}`);
    expect(nginx?.env.find((e) => e.key === 'RELEASE_TAG')?.value).toEqual({ kind: 'literal', value: digest });
    expect(mergeImageTags(seed, [{ image: 'quay.io/mikamai/configured-nginx', tag: 'v9', digest }], { pin: false }).text).toContain(
      '"tag": "v9"',
    );
  });

  it('reports images no definition uses', () => {
    const result = mergeImageTags(seed, [{ image: 'quay.io/mikamai/other', tag: 'v1' }], { pin: false });
    expect(result).toEqual({ text: seed, changed: [], unusedImages: ['quay.io/mikamai/other'] });
  });

  it('works on a one-line OpsWorks Custom JSON string and on several apps', () => {
    const custom = JSON.stringify({
      opsworks: { data: 1 },
      deploy: {
        shop: { containers: [{ web: { deploy: 'auto', image: 'acme/shop', tag: 'old' } }] },
        blog: { containers: [{ web2: { deploy: 'auto', image: 'acme/blog' } }, { api: { deploy: 'auto', image: 'acme/shop' } }] },
      },
    });
    const result = mergeImageTags(
      custom,
      [
        { image: 'acme/shop', tag: 'new' },
        { image: 'acme/blog', tag: 'b2' },
      ],
      { pin: false },
    );
    expect(result.changed).toEqual([
      { app: 'shop', definition: 'web' },
      { app: 'blog', definition: 'web2' },
      { app: 'blog', definition: 'api' },
    ]);
    expect(result.text).not.toContain('\n');
    expect(result.text).toBe(
      custom
        .replace('"tag":"old"', '"tag":"new"')
        .replace('"image":"acme/blog"', '"image":"acme/blog","tag":"b2"')
        .replace('"image":"acme/shop"}', '"image":"acme/shop","tag":"new"}'),
    );
  });

  it('keeps tab indentation and CRLF line ends', () => {
    const text =
      '{\r\n\t"deploy": {\r\n\t\t"a": {\r\n\t\t\t"containers": [\r\n\t\t\t\t{\r\n\t\t\t\t\t"web": {\r\n\t\t\t\t\t\t"image": "acme/web",\r\n\t\t\t\t\t\t"deploy": "auto"\r\n\t\t\t\t\t}\r\n\t\t\t\t}\r\n\t\t\t]\r\n\t\t}\r\n\t}\r\n}\r\n';
    const result = mergeImageTags(text, [{ image: 'acme/web', tag: 't1' }], { pin: false });
    expect(result.text).toBe(text.replace('"image": "acme/web",\r\n', '"image": "acme/web",\r\n\t\t\t\t\t\t"tag": "t1",\r\n'));
  });
});

describe('the merge read back', () => {
  const built = [{ image: 'quay.io/mikamai/awesome-app', tag: 'v2.0.1', digest: digest }];

  it('finds nothing to say when the merged document names the built tag, or its digest when pinned', () => {
    const merged = mergeImageTags(seed, built, { pin: false }).text;
    expect(mergeMismatches(parseValid(merged), built, { pin: false })).toEqual([]);
    const pinned = mergeImageTags(seed, built, { pin: true }).text;
    expect(mergeMismatches(parseValid(pinned), built, { pin: true })).toEqual([]);
    expect(mergeMismatches(parseValid(pinned), built, { pin: false })).toHaveLength(3);
  });

  it('refuses a duplicated tag key: the merge edits the first, the parse keeps the last', () => {
    const text = '{"deploy": {"a": {"containers": [{"web": {"deploy": "auto", "image": "r/app", "tag": "v1", "tag": "v1"}}]}}}';
    const updates = [{ image: 'r/app', tag: 'v2' }];
    const merged = mergeImageTags(text, updates, { pin: false });
    expect(merged.changed).toEqual([{ app: 'a', definition: 'web' }]);
    // The deploy's own parser reads the last key (validate also refuses the document for the duplicate).
    const parsed = JSON.parse(merged.text) as StackDocument;
    expect(parsed.deploy['a']?.containers[0]?.['web']?.tag).toBe('v1');
    expect(mergeMismatches(parsed, updates, { pin: false })).toEqual([
      { app: 'a', definition: 'web', image: 'r/app', tag: 'v1', expected: 'v2' },
    ]);
    const log = {
      info: () => undefined,
      warn: () => undefined,
      error: () => undefined,
      group: <T>(_: string, f: () => Promise<T>) => f(),
      secret: () => undefined,
    };
    expect(() => mergeAndReadBack(text, updates, false, log, (t) => JSON.parse(t) as StackDocument)).toThrow(
      'The merged Stack JSON does not name the images just built, so the hosts would not run what was merged (a duplicated "tag" or "image" key?): a/web runs r/app:v1, not the merged v2. Nothing was deployed.',
    );
    expect(() => readBackMerge(parsed, updates, false)).toThrow(DeployFailure);
    expect(readBackMerge(parsed, undefined, false)).toBe(parsed);
  });
});
