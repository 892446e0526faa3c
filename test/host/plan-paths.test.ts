// Host paths of a plan (volumes, health sockets, the haproxy admin socket, cron files and the volumes of
// cron jobs) stay under the plan's root on the host too: normalised, a path that climbs out is refused
// before anything changes. Run through the real script with a stub `docker` that always fails.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildHostCommands, parseHostResult } from '../../src/host/command.js';
import { encodeHostPlan, type HostPlan, type PlanDefinition } from '../../src/stack/host-plan.js';
import { demoDefinition, hostPlan } from './plans.js';

const work = mkdtempSync(join(tmpdir(), 'berth-plan-paths-'));
const stubBin = join(work, 'bin');
mkdirSync(stubBin);
writeFileSync(join(stubBin, 'docker'), '#!/bin/sh\necho "docker stub: no engine" >&2\nexit 1\n');
chmodSync(join(stubBin, 'docker'), 0o755);
const root = join(work, 'srv/h');

afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(mode: 'rollout' | 'state', plan: HostPlan) {
  const commands = buildHostCommands(mode, encodeHostPlan(plan), { maxBytes: 1_000_000 });
  const out = spawnSync('bash', ['-c', commands.join('\n')], {
    env: { PATH: `${stubBin}:/usr/bin:/bin`, LANG: 'C.UTF-8', DOCKER_HOST: `unix://${work}/no.sock` },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: out.status, stderr: out.stderr, result: parseHostResult(out.stdout) };
}

function withDefinition(change: (definition: PlanDefinition) => void): HostPlan {
  const definition = demoDefinition({ root, image: 'acme/demo:v1' });
  change(definition);
  return hostPlan(root, [definition]);
}

const escapes: [string, HostPlan][] = [
  [
    'haproxy admin socket',
    withDefinition((d) => {
      d.loadBalancer = { adminSocket: `${root}/../../etc/haproxy.sock`, backend: 'web', drainTimeout: 10 };
    }),
  ],
  [
    'health socket',
    withDefinition((d) => {
      d.copies[0]!.slots[1]!.health = { kind: 'http-unix', socket: `${root}/srv/../../../run/x.sock`, path: '/up' };
    }),
  ],
  [
    'volume',
    withDefinition((d) => {
      d.copies[1]!.slots[0]!.runArgs.push('-v', `${root}//srv/./../../../etc:/host-etc:ro`);
    }),
  ],
  [
    'volume of the migration',
    hostPlan(root, [], {
      migration: { app: 'demo', definition: 'web', image: 'acme/demo:v1', runArgs: ['--rm', '-v', `${root}/..:/up`], command: ['true'], env: [] },
    }),
  ],
  [
    'cron volume',
    hostPlan(root, [], {
      cron: [
        {
          app: 'demo',
          path: `${root}/etc/cron.d/berth-demo`,
          lines: [`* * * * * root 'docker' 'run' '--rm' '-v' '${root}/../../etc:/etc' 'busybox' 'true'`],
          envFiles: [],
        },
      ],
    }),
  ],
  [
    'cron file',
    hostPlan(root, [], { cron: [{ app: 'demo', path: `${root}/../../etc/cron.d/berth-demo`, lines: [], envFiles: [] }] }),
  ],
];

describe('host paths stay under the host root', () => {
  for (const [what, plan] of escapes) {
    it(`refuses a ${what} that climbs out of the root, before anything changes`, () => {
      const out = run('rollout', plan);
      expect(out.status, out.stderr).toBe(2);
      expect(out.result?.failure?.reason).toMatch(new RegExp(`^plan error: ${what} .* is outside the host root ${root}$`));
      // Refused before the lock was taken or any directory made under the root.
      expect(existsSync(join(root, 'var'))).toBe(false);
    });
  }

  it('accepts a path with .. that stays inside the root (the run goes on to the engine)', () => {
    const plan = withDefinition((d) => {
      d.copies[0]!.slots[0]!.runArgs.push('-v', `${root}/srv/../data:/data`, '-v', 'named:/named');
    });
    const out = run('state', plan);
    expect(out.result?.failure?.reason ?? '').not.toMatch(/plan error/);
  });
});
