// One command for several hosts (a plan set: each host keeps its own plan) and the `history` mode
// (the plans a host recorded), run through the real script with a stub `docker` that always fails.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildHostCommands,
  hostCommandBytes,
  MAX_INSTANCES_PER_COMMAND,
  packHostCommands,
  parseHostResult,
  type PlanForHost,
} from '../../src/host/command.js';
import { hostScript } from '../../src/host/script.js';
import { encodeHostPlan, type HostPlan } from '../../src/stack/host-plan.js';
import { demoDefinition, hostPlan, literal } from './plans.js';
import { storedPlan } from './stored-plan.js';

const work = mkdtempSync(join(tmpdir(), 'berth-plan-set-'));
const stubBin = join(work, 'bin');
mkdirSync(stubBin);
writeFileSync(join(stubBin, 'docker'), '#!/bin/sh\necho "docker stub: no engine" >&2\nexit 1\n');
chmodSync(join(stubBin, 'docker'), 0o755);
const baseEnv = { PATH: `${stubBin}:/usr/bin:/bin`, BERTH_IMDS_URL: 'http://127.0.0.1:9', LANG: 'C.UTF-8' };

afterAll(() => rmSync(work, { recursive: true, force: true }));

const hostile = `v-'q"$(touch ${work}/pwned)\`id\`\n%ü✓`;

function planFor(index: number, extra: Partial<HostPlan> = {}): HostPlan {
  const root = join(work, `root${index}`);
  const definition = demoDefinition({ root, image: 'acme/demo:v1', env: [literal('X', `${hostile}${index}`)] });
  return hostPlan(root, [definition], {
    deployId: 'd-set',
    host: { root, hostname: `docker${index}`, instanceId: `i-${String(index).padStart(17, '0')}` },
    ...extra,
  });
}

function entries(count: number): PlanForHost[] {
  return Array.from({ length: count }, (_, i) => {
    const plan = planFor(i + 1);
    return { instanceId: plan.host.instanceId, planText: encodeHostPlan(plan) };
  });
}

function run(commands: string[], env: Record<string, string>) {
  return spawnSync('bash', ['-c', commands.join('\n')], { env: { ...baseEnv, ...env }, encoding: 'utf8', timeout: 60_000 });
}

describe('plan sets', () => {
  it('each host runs its own plan from one command, picked by the instance id the SSM agent gives it', () => {
    const commands = buildHostCommands('state', entries(3));
    for (const index of [1, 3]) {
      const instanceId = `i-${String(index).padStart(17, '0')}`;
      const out = run(commands, { AWS_SSM_INSTANCE_ID: instanceId });
      const result = parseHostResult(out.stdout);
      expect(result?.mode, out.stderr).toBe('state');
      expect(result?.instanceId).toBe(instanceId);
      expect(result?.hostname).toBe(`docker${index}`);
      expect(result?.copies.map((c) => c.name)).toEqual(['web0', 'web1']);
    }
    expect(spawnSync('test', ['-e', join(work, 'pwned')]).status).not.toBe(0);
  }, 60_000);

  it('a host the set has no plan for refuses, naming the hosts it was for', () => {
    const out = run(buildHostCommands('rollout', entries(2)), { AWS_SSM_INSTANCE_ID: 'i-0badbadbadbadbad0' });
    const result = parseHostResult(out.stdout);
    expect(out.status).not.toBe(0);
    expect(result?.ok).toBe(false);
    expect(result?.failure?.reason).toMatch(/plans for i-00000000000000001 i-00000000000000002, not for this host \(i-0badbadbadbadbad0\)/);
  }, 60_000);

  it('a host that cannot tell its instance id (no agent variable, no metadata) refuses clearly', () => {
    const out = run(buildHostCommands('rollout', entries(2)), {});
    expect(parseHostResult(out.stdout)?.failure?.reason).toMatch(/cannot tell its instance id/);
    expect(out.status).not.toBe(0);
  }, 60_000);

  it('plans that differ only per host cost little each: 50 hosts in one command fit far below 50 single commands', () => {
    const all = entries(50);
    const one = hostCommandBytes(buildHostCommands('rollout', all[0]?.planText));
    const set = hostCommandBytes(buildHostCommands('rollout', all));
    expect(set).toBeLessThan(one * 3);
    expect(() => buildHostCommands('rollout', [...all.slice(0, 2), all[0] as PlanForHost])).toThrow(/two plans for/);
    expect(() => buildHostCommands('rollout', [])).toThrow(/at least one plan/);
  });

  it('the set-reading code travels only in commands that carry a set', () => {
    const script = (commands: string[]) => {
      const line = commands.find((c) => c.includes('rollout.sh"') && c.startsWith('printf')) ?? '';
      return gunzipSync(Buffer.from(/printf '%s' '([^']+)'/.exec(line)?.[1] ?? '', 'base64')).toString('utf8');
    };
    const all = entries(2);
    expect(script(buildHostCommands('rollout', all))).toContain('berth-plan-set 1');
    expect(script(buildHostCommands('rollout', all[0]?.planText))).not.toContain('berth-plan-set 1');
    expect(hostScript('preflight', false)).toContain('meta-data/instance-id');
  });
});

describe('packHostCommands', () => {
  it('puts at most 50 hosts in a command, in order', () => {
    const groups = packHostCommands('rollout', entries(MAX_INSTANCES_PER_COMMAND * 2 + 3));
    expect(groups.map((g) => g.instanceIds.length)).toEqual([50, 50, 3]);
    expect(groups.flatMap((g) => g.instanceIds)).toEqual(entries(103).map((e) => e.instanceId));
  });

  it('halves a group until it fits the size limit; one host alone that does not fit is an error', () => {
    const all = entries(8);
    const single = hostCommandBytes(buildHostCommands('rollout', all[0]?.planText));
    const groups = packHostCommands('rollout', all, { maxBytes: single + 600 });
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.flatMap((g) => g.instanceIds)).toEqual(all.map((e) => e.instanceId));
    for (const group of groups) expect(hostCommandBytes(group.commands)).toBeLessThanOrEqual(single + 600);
    expect(() => packHostCommands('rollout', all, { maxBytes: 2000 })).toThrow(/over the 2000-byte limit/);
  });
});

describe('history mode', () => {
  it('lists the plans the host recorded, newest first, with release, revision and images; ignores what is not a plan', () => {
    const plan = planFor(9);
    const dir = join(plan.host.root, 'var/lib/berth/plans/demo');
    mkdirSync(dir, { recursive: true });
    const recorded = (release: string, revision: string | undefined, image: string) =>
      encodeHostPlan({
        ...plan,
        release,
        deployId: `d-${release}`,
        ...(revision ? { revision } : {}),
        definitions: plan.definitions.map((d) => ({ ...d, image })),
      });
    writeFileSync(join(dir, '20261120T100000Z-11.plan'), recorded('v1', 'abc1234', 'acme/demo:v1'));
    writeFileSync(join(dir, '20261121T100000Z-12.plan'), recorded(hostile, undefined, 'acme/demo@sha256:feed'));
    writeFileSync(join(dir, '20261122T100000Z-13.plan'), 'not a plan\n');
    const out = run(buildHostCommands('history', encodeHostPlan(plan)), {});
    const result = parseHostResult(out.stdout);
    expect(result?.mode, out.stderr).toBe('history');
    expect(result?.ok).toBe(true);
    expect(result?.history).toEqual([
      { app: 'demo', release: hostile, deployId: `d-${hostile}`, revision: '', at: '20261121T100000Z', images: { 'demo/web': 'acme/demo@sha256:feed' } },
      { app: 'demo', release: 'v1', deployId: 'd-v1', revision: 'abc1234', at: '20261120T100000Z', images: { 'demo/web': 'acme/demo:v1' } },
    ]);
  }, 60_000);

  it('a host that recorded nothing answers an empty history', () => {
    const out = run(buildHostCommands('history', encodeHostPlan(planFor(10))), {});
    expect(parseHostResult(out.stdout)?.history).toEqual([]);
  }, 60_000);
});

describe('plans hosts stored under the previous release', () => {
  const stored = join(import.meta.dirname, 'fixtures/plan-0.1.0.plan');

  it('are what encodeHostPlan writes today, byte for byte', () => {
    expect(encodeHostPlan(storedPlan())).toBe(readFileSync(stored, 'utf8'));
  });

  it('the history mode lists them', () => {
    const plan = planFor(11);
    const dir = join(plan.host.root, 'var/lib/berth/plans/demo');
    mkdirSync(dir, { recursive: true });
    copyFileSync(stored, join(dir, '20261120T100000Z-11.plan'));
    const out = run(buildHostCommands('history', encodeHostPlan(plan)), {});
    expect(parseHostResult(out.stdout)?.history, out.stderr).toEqual([{
      app: 'demo', release: storedPlan().release, deployId: 'd-stored', revision: 'abc1234', at: '20261120T100000Z',
      images: { 'demo/web': 'acme/demo:v1', 'demo/worker': 'acme/demo@sha256:feed' },
    }]);
  }, 60_000);

  it('the state mode reads one as its plan', () => {
    const out = run(buildHostCommands('state', readFileSync(stored, 'utf8')), {});
    const result = parseHostResult(out.stdout);
    expect(result?.deployId, out.stderr).toBe('d-stored');
    expect(result?.copies.map((c) => [c.name, c.health])).toEqual([['web0', 'missing'], ['web1', 'missing'], ['worker0', 'missing']]);
    expect(spawnSync('test', ['-e', '/tmp/berth-pwned']).status).not.toBe(0);
  }, 60_000);

  it('the rollout mode reads one as its plan (up to its secrets, under the host root it is given)', () => {
    const root = join(work, 'upgrade-root');
    const out = run(buildHostCommands('rollout', readFileSync(stored, 'utf8')), { BERTH_HOST_ROOT: root, DOCKER_HOST: 'tcp://127.0.0.1:9' });
    const result = parseHostResult(out.stdout);
    expect(result?.deployId, out.stderr).toBe('d-stored');
    expect(result?.root).toBe(root);
    // The whole plan was read and checked, the lock taken; the Parameter Store names are the first thing it
    // cannot do here (no credentials, or no AWS CLI).
    expect(result?.failure?.reason).toMatch(/aws ssm get-parameters failed|Parameter Store secrets but the AWS CLI/);
    expect(spawnSync('test', ['-e', join(root, 'var/lock/berth.lock')]).status).toBe(0);
  }, 60_000);
});
