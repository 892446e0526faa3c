// Host paths stay under the host root: `..` is refused at validate (located, check-names.ts) and when
// a plan joins a path a placeholder made (host-paths.ts).
import { describe, expect, it } from 'vitest';
import { HostPathError, joinUnderRoot } from '../../src/stack/host-paths.js';
import { buildHostPlan } from '../../src/stack/plan.js';
import { validateStackJson } from '../../src/stack/validate.js';
import { docker1, parseValid, planOptions } from './helpers.js';

const doc = (web: Record<string, unknown>, data?: Record<string, unknown>) =>
  JSON.stringify(
    {
      deploy: {
        a: {
          ...(data ? { data_volumes: [{ store: data }] } : {}),
          containers: [{ web: { deploy: 'auto', image: 'x', tag: '1', ...web } }],
        },
      },
    },
    null,
    2,
  );

describe('host paths', () => {
  it('joins under the root as written, and refuses a ".." segment', () => {
    expect(joinUnderRoot('/hosts/a/', '/srv/data/')).toBe('/hosts/a/srv/data/');
    expect(joinUnderRoot('/', '/srv/data')).toBe('/srv/data');
    expect(joinUnderRoot('/hosts/a', 'run/x.sock')).toBe('/hosts/a/run/x.sock');
    expect(() => joinUnderRoot('/hosts/a', '/srv/h/../../etc')).toThrow(HostPathError);
    expect(() => joinUnderRoot('/', '/srv/h/../x')).toThrow('host path "/srv/h/../x" has a ".." segment');
  });

  it('refuses ".." in volumes, data volumes, health sockets and the haproxy admin socket at validate, each at its value', () => {
    const text = doc(
      {
        volumes: ['/srv/h/../../etc:/etc/x', 'named:/data', '/srv/ok:/ok'],
        health: { http: '/up', socket: '/run/../../../tmp/app.sock' },
        load_balancer: { admin_socket: '/run/haproxy/../../../etc/admin.sock', backend: 'b', server: 'web0', address: 'unix@/../x.sock' },
      },
      { volumes: ['/srv/../../root:/data'] },
    );
    const result = validateStackJson(text, 'd.json');
    expect(result.ok).toBe(false);
    const found = result.diagnostics.filter((d) => d.code === 'host-path');
    expect(found.map((d) => d.path.slice(-2).join('.')).sort()).toEqual(
      ['health.socket', 'load_balancer.address', 'load_balancer.admin_socket', 'volumes.0', 'volumes.0'].sort(),
    );
    const lines = text.split('\n');
    for (const d of found) expect(lines[d.line - 1], d.message).toContain('..');
  });

  it('refuses a path that a placeholder makes climb when the plan joins it', () => {
    const document = parseValid(doc({ volumes: ['/srv/%{opsworks}/x:/x'] }));
    const facts = { ...docker1, hostname: '/../../etc' };
    expect(() => buildHostPlan(document, facts, planOptions({ hostRoot: '/hosts/a' }))).toThrow(HostPathError);
    const plain = buildHostPlan(document, docker1, planOptions({ hostRoot: '/hosts/a' }));
    expect(plain.definitions[0]?.copies[0]?.slots[0]?.runArgs).toContain('/hosts/a/srv/awesome-stack-docker1/x:/x');
  });
});
