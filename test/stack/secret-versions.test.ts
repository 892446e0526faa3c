// Secret versions in plans: every Parameter Store reference pinned, the definition hash left as it was
// (so hosts deployed before versions existed keep their containers), `name:version` on the wire.
import { describe, expect, it } from 'vitest';
import { encodeHostPlan } from '../../src/stack/host-plan.js';
import { buildHostPlan } from '../../src/stack/plan.js';
import { pinSecretVersions, referencedParameters, retargetReferences } from '../../src/stack/secret-versions.js';
import { docker1, parseValid, planOptions } from './helpers.js';

const document = parseValid(
  JSON.stringify({
    docker: { registries: { 'quay.io': { username: 'bot', password: '%{ssm:/acme/quay}' } } },
    deploy: {
      shop: {
        database: { adapter: 'mysql2', password: '%{ssm:/acme/db}' },
        containers: [
          {
            web: {
              deploy: 'auto',
              image: 'acme/web',
              tag: 'v1',
              database: true,
              migration: 'migrate',
              env: { API_KEY: '%{ssm:/acme/api}', PLAIN: 'x' },
            },
          },
          { tick: { deploy: 'cron', image: 'acme/web', tag: 'v1', env_from: 'web', command: 'tick', cron: { minute: '*/5' } } },
        ],
      },
    },
  }),
);
const plan = () => buildHostPlan(document, docker1, planOptions());
const versions = new Map([
  ['/acme/quay', 4],
  ['/acme/db', 12],
  ['/acme/api', 3],
]);

describe('secret versions in plans', () => {
  it('lists every reference the host resolves: env, database, migration, cron env files, registry logins', () => {
    expect(referencedParameters([plan(), plan()]).sort()).toEqual(['/acme/api', '/acme/db', '/acme/quay']);
  });

  it('pins each reference to its version and carries name:version on the wire', () => {
    const pinned = pinSecretVersions(plan(), versions);
    const web = pinned.definitions.find((d) => d.name === 'web');
    expect(web?.env.find((e) => e.key === 'API_KEY')?.value).toEqual({ kind: 'ssm', name: '/acme/api', version: 3 });
    expect(web?.env.find((e) => e.key === 'DB_PASSWORD')?.value).toEqual({ kind: 'ssm', name: '/acme/db', version: 12 });
    expect(pinned.migration?.env.find((e) => e.key === 'API_KEY')?.value).toMatchObject({ version: 3 });
    expect(pinned.cron[0]?.envFiles[0]?.env.find((e) => e.key === 'API_KEY')?.value).toMatchObject({ version: 3 });
    expect(pinned.registries[0]?.password).toEqual({ kind: 'ssm', name: '/acme/quay', version: 4 });
    const wire = encodeHostPlan(pinned);
    expect(wire).toContain('env\x1f0\x1fAPI_KEY\x1fssm\x1f/acme/api:3\x1f1\x1f');
    expect(wire).toContain('registry\x1fquay.io\x1fliteral\x1fbot\x1fssm\x1f/acme/quay:4\x1f');
  });

  it('leaves the definition hash as it was: versions never enter berth.hash', () => {
    const unpinned = plan();
    const pinned = pinSecretVersions(plan(), versions);
    expect(pinned.definitions.map((d) => d.hash)).toEqual(unpinned.definitions.map((d) => d.hash));
    const other = pinSecretVersions(plan(), new Map([['/acme/api', 99]]));
    expect(other.definitions.map((d) => d.hash)).toEqual(unpinned.definitions.map((d) => d.hash));
  });

  it('an unpinned reference travels as the bare name (plans recorded before versions still read the same)', () => {
    const wire = encodeHostPlan(plan());
    expect(wire).toContain('env\x1f0\x1fAPI_KEY\x1fssm\x1f/acme/api\x1f1\x1f');
  });

  it('points references at per-host parameters by name', () => {
    const moved = retargetReferences(plan(), new Map([['/acme/api', '/acme/api/docker1']]));
    expect(referencedParameters([moved]).sort()).toEqual(['/acme/api/docker1', '/acme/db', '/acme/quay']);
  });
});
