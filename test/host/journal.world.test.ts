// A rollout killed with SIGKILL (as the SSM agent kills a cancelled or timed-out command) repairs itself:
// the next host command of any mode undoes it from the host's journal (or finishes it past the commit),
// and sweeps what killed runs leave. Each case asserts the host itself: docker's containers, haproxy's
// servers through its runtime API, the version served, files under the host root.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostPlan } from '../../src/stack/host-plan.js';
import { buildHostCommands, parseHostResult } from '../../src/host/command.js';
import { encodeHostPlan } from '../../src/stack/host-plan.js';
import { BUSYBOX_IMAGE } from '../world/images.js';
import { startWorld, type Front, type SimHost, type World } from '../world/index.js';
import { startLoad } from './load.js';
import { demoDefinition, hostPlan, literal } from './plans.js';
import { runHost, type HostRun } from './run.js';
import { PREVIOUS_RELEASE_COMMIT, unpackPreviousRelease, withReleaseHostScript } from '../upgrade/previous-release.js';

let world: World;
let host: SimHost;
let front: Front;
const images: Record<string, string> = {};

beforeAll(async () => {
  world = await startWorld({ hosts: 1, registry: false });
  host = world.hosts[0]!;
  for (const version of ['v1', 'v2'] as const) {
    images[version] = await world.buildDemoApp({ repository: 'acme/demo', version });
    await world.loadImage(host, images[version]);
  }
  front = await world.startFront(host, { servers: ['web0', 'web0_b', 'web1', 'web1_b'], checkInterval: '1s' });
  // v1, then v2: every server has been through a swap (the unused slots are in maintenance).
  for (const version of ['v1', 'v2'] as const) {
    const run = await runHost(host, 'rollout', plan(version));
    expect(run.result?.ok, run.stderr).toBe(true);
  }
}, 300_000);

afterAll(async () => {
  await world?.stop();
});

function plan(version: 'v1' | 'v2', extra: Partial<HostPlan> = {}): HostPlan {
  return hostPlan(host.root, [demoDefinition({ root: host.root, image: images[version]! })], { release: version, ...extra });
}

/** The rollout, with the host's environment asking the script to SIGKILL its process group at a point. */
async function killedRollout(killAt: string, rollout: HostPlan): Promise<HostRun> {
  const commands = buildHostCommands('rollout', encodeHostPlan(rollout), { maxBytes: 1_000_000 });
  const out = await host.runCommands(commands, { timeoutSeconds: 240, env: { BERTH_TEST_KILL_AT: killAt } });
  return { exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr, result: parseHostResult(out.stdout) };
}

/** Every container: id, name, running or not (a restarted container keeps its id, a replaced one does not). */
async function containers(): Promise<string> {
  const ps = await host.docker(['ps', '-a', '--no-trunc', '--format', '{{.ID}} {{.Names}} {{.State}}']);
  return ps.stdout.split('\n').filter(Boolean).sort().join('\n');
}

/** Each server's operational and administrative state, as haproxy reports it. */
async function haproxyState(): Promise<string[]> {
  const out = await world.haproxyAdmin(host, 'show servers state web');
  return out
    .split('\n')
    .filter((l) => /^\d/.test(l))
    .map((l) => {
      const f = l.split(' ');
      return `${f[3]} op=${f[5]} admin=${f[6]}`;
    });
}

async function versionsServed(): Promise<string[]> {
  const seen = new Set<string>();
  for (let i = 0; i < 8; i++) seen.add((await fetch(front.url)).headers.get('x-version') ?? '?');
  return [...seen].sort();
}

const berthDir = (): string => join(host.root, 'var/lib/berth');
const leftovers = (): string[] => readdirSync(berthDir()).filter((n) => /^(run|docker-config)\./.test(n) || n === 'journal');

describe('a rollout killed mid-swap is undone by the next command', () => {
  // started: the new copy of web0 runs beside the old one; ready@2: web1's new copy is ready in haproxy
  // while web0 is already swapped; renamed: web0's names changed hands, the old copy drained;
  // stopped@2: web1's old copy is stopped, web0 and web1 both swapped.
  for (const point of ['started', 'ready@2', 'renamed', 'stopped@2']) {
    it(`killed at ${point}: the next state command puts back v2 exactly, and says so`, async () => {
      const before = await containers();
      const stateBefore = await haproxyState();
      const load = startLoad(front.url, { concurrency: 4, maxMs: 120_000, perClientRps: 10 });
      const killed = await killedRollout(point, plan('v1'));
      expect(killed.stderr).toMatch(new RegExp(`test hook: SIGKILL to this run's process group at ${point.split('@')[0]}`));
      expect(killed.result).toBeUndefined();
      expect(existsSync(join(berthDir(), 'journal/entries'))).toBe(true);
      expect(await containers()).not.toBe(before);

      const state = await runHost(host, 'state', plan('v2'));
      const report = await load.stop();
      expect(state.result?.repaired, state.stderr).toMatchObject({ release: 'v1', outcome: 'undone' });
      expect(state.stderr).toMatch(/repair: the rollout of v1 .* was interrupted; undoing it/);
      expect(state.result?.ok, state.stderr).toBe(true);
      expect(state.result?.copies.map((c) => [c.name, c.action])).toEqual([
        ['web0', 'unchanged'],
        ['web1', 'unchanged'],
      ]);
      expect(state.result?.swept?.some((n) => n.startsWith('run.'))).toBe(true);
      expect(await containers()).toBe(before);
      expect(await haproxyState()).toEqual(stateBefore);
      expect(await versionsServed()).toEqual(['v2']);
      expect(leftovers()).toEqual([]);
      expect(report.failed).toBe(0);
      expect(report.versions).toContain('v2');
    }, 180_000);
  }

  it('killed after the commit: the next rollout finishes it (old copies gone) and then runs as usual', async () => {
    const killed = await killedRollout('commit', plan('v1'));
    expect(killed.result).toBeUndefined();
    const names = await containers();
    expect(names).toMatch(/web0-berth-old/);
    const next = await runHost(host, 'rollout', plan('v1'));
    expect(next.result?.repaired, next.stderr).toMatchObject({ release: 'v1', outcome: 'finished', copies: ['web0', 'web1'] });
    expect(next.result?.ok, next.stderr).toBe(true);
    expect(next.result?.copies.map((c) => c.action)).toEqual(['unchanged', 'unchanged']);
    expect(await containers()).not.toMatch(/berth-old|berth-next/);
    expect(await versionsServed()).toEqual(['v1']);
    expect(leftovers(), next.stderr).toEqual([]);
  }, 180_000);
});

describe('what killed runs leave is swept', () => {
  it('a migration killed from outside: its container, temp dir and docker config are removed by the next command', async () => {
    const rollout = plan('v1', {
      // An anonymous registry still gets the run its temporary docker config.
      registries: [{ host: 'registry.invalid', username: { kind: 'literal', value: '' }, password: { kind: 'literal', value: '' } }],
      migration: {
        app: 'demo',
        definition: 'web',
        image: BUSYBOX_IMAGE,
        runArgs: ['--rm', '--label', 'berth.app=demo'],
        command: ['sleep', '120'],
        env: [literal('DB_PASSWORD', 'migration-secret', true)],
      },
    });
    const abort = new AbortController();
    const commands = buildHostCommands('rollout', encodeHostPlan(rollout), { maxBytes: 1_000_000 });
    const running = host.runCommands(commands, { timeoutSeconds: 240, signal: abort.signal });
    let migration = '';
    for (let i = 0; i < 200 && migration === ''; i++) {
      await new Promise((r) => setTimeout(r, 250));
      migration = (await host.docker(['ps', '--filter', 'label=berth.kind=migration', '--format', '{{.Names}}'])).stdout.trim();
    }
    expect(migration).toMatch(/^berth-migration-\d+$/);
    abort.abort();
    const out = await running;
    expect(out.cancelled).toBe(true);
    const left = leftovers().sort();
    expect(left.some((n) => n.startsWith('docker-config.'))).toBe(true);
    const runDir = left.find((n) => n.startsWith(`run.${migration.replace('berth-migration-', '')}.`));
    // The migration's secret env file is still in the killed run's temporary directory.
    expect(readdirSync(join(berthDir(), runDir!)).some((n) => n.startsWith('env.'))).toBe(true);

    const next = await runHost(host, 'state', plan('v1'));
    expect(next.result?.swept?.sort(), next.stderr).toEqual([...left.filter((n) => n !== 'journal'), migration].sort());
    expect(next.result?.repaired).toMatchObject({ release: 'v1', outcome: 'undone', copies: [] });
    expect(leftovers()).toEqual([]);
    expect((await host.docker(['ps', '-a', '--filter', 'label=berth.kind=migration', '-q'])).stdout.trim()).toBe('');
  }, 180_000);

  it('env files of cron definitions no longer in the plan are deleted; those still planned are kept, mode 0600', async () => {
    const cronPath = join(host.root, 'etc/cron.d/berth-demo');
    const envDir = join(host.root, 'etc/berth/env/demo');
    const cron = (defs: string[]): Partial<HostPlan> => ({
      cron: [
        {
          app: 'demo',
          path: cronPath,
          lines: defs.map((d) => `* * * * * root docker run --rm --env-file ${envDir}/${d}.env busybox true`),
          envFiles: defs.map((d) => ({ definition: d, path: join(envDir, `${d}.env`), env: [literal('TOKEN', `secret-${d}`, true)] })),
        },
      ],
    });
    const both = await runHost(host, 'rollout', plan('v1', cron(['report', 'purge'])));
    expect(both.result?.ok, both.stderr).toBe(true);
    expect(readdirSync(envDir).sort()).toEqual(['purge.env', 'report.env']);
    const one = await runHost(host, 'rollout', plan('v1', cron(['report'])));
    expect(one.result?.ok, one.stderr).toBe(true);
    expect(readdirSync(envDir)).toEqual(['report.env']);
    expect(readFileSync(join(envDir, 'report.env'), 'utf8')).toBe('TOKEN=secret-report\n');
    expect(statSync(join(envDir, 'report.env')).mode & 0o777).toBe(0o600);
    expect(readFileSync(cronPath, 'utf8')).not.toMatch(/purge/);

    // Killed once the new cron file is written (before the commit): the next command puts the files back.
    const cronBefore = readFileSync(cronPath, 'utf8');
    const changed = cron(['report', 'purge']);
    changed.cron![0]!.envFiles[0]!.env = [literal('TOKEN', 'rotated')];
    const killed = await killedRollout('cron', plan('v1', changed));
    expect(killed.result).toBeUndefined();
    expect(readFileSync(cronPath, 'utf8')).toMatch(/purge/);
    const next = await runHost(host, 'history', plan('v1'));
    expect(next.result?.repaired, next.stderr).toMatchObject({ outcome: 'undone', copies: [] });
    expect(readFileSync(cronPath, 'utf8')).toBe(cronBefore);
    expect(readdirSync(envDir)).toEqual(['report.env']);
    expect(readFileSync(join(envDir, 'report.env'), 'utf8')).toBe('TOKEN=secret-report\n');
    expect(statSync(join(envDir, 'report.env')).mode & 0o777).toBe(0o600);
  }, 180_000);
});

describe('a journal whose run still holds the host lock', () => {
  it('is left alone by other commands, and repaired once the lock is free', async () => {
    const before = await containers();
    const killed = await killedRollout('started', plan('v2'));
    expect(killed.result).toBeUndefined();
    // Another process holds the host lock, as a live rollout would.
    const holder = host.exec(['flock', join(host.root, 'var/lock/berth.lock'), 'sleep', '4']);
    await new Promise((r) => setTimeout(r, 500));
    const meanwhile = await runHost(host, 'state', plan('v1'));
    expect(meanwhile.result?.repaired).toBeUndefined();
    expect(meanwhile.stderr).toMatch(/another berth run holds the host lock; its journal is its own/);
    expect(existsSync(join(berthDir(), 'journal/entries'))).toBe(true);
    await holder;
    const after = await runHost(host, 'state', plan('v1'));
    expect(after.result?.repaired, after.stderr).toMatchObject({ release: 'v2', outcome: 'undone', copies: ['web0'] });
    expect(await containers()).toBe(before);
    expect(leftovers()).toEqual([]);
  }, 180_000);
});

// Upgrades are safe: a host whose rollout by the previous release (its own host script, as shipped in its
// dist/host/) was killed mid-swap is repaired by the code under test from the journal that script wrote.
describe('a journal the previous release wrote', () => {
  it(`killed mid-swap under ${PREVIOUS_RELEASE_COMMIT}'s script: the code under test undoes it exactly`, async () => {
    const previous = await unpackPreviousRelease();
    try {
      const settled = await runHost(host, 'rollout', plan('v2'));
      expect(settled.result?.ok, settled.stderr).toBe(true);
      const before = await containers();
      const stateBefore = await haproxyState();
      const load = startLoad(front.url, { concurrency: 4, maxMs: 120_000, perClientRps: 10 });
      const current = buildHostCommands('rollout', encodeHostPlan(plan('v1')), { maxBytes: 1_000_000 });
      // (be9c0de's rollout script is the current one byte for byte: only its canary part changed since.
      // The case guards what later changes to the journal, the swap or the lock must keep readable.)
      const old = withReleaseHostScript(previous, 'rollout', current);
      // web0's names changed hands and its old copy is draining: the hardest point to put back.
      const out = await host.runCommands(old, { timeoutSeconds: 240, env: { BERTH_TEST_KILL_AT: 'renamed' } });
      expect(out.stderr).toMatch(/test hook: SIGKILL to this run's process group at renamed/);
      expect(parseHostResult(out.stdout)).toBeUndefined();
      expect(existsSync(join(berthDir(), 'journal/entries'))).toBe(true);
      expect(await containers()).not.toBe(before);

      const state = await runHost(host, 'state', plan('v2'));
      const report = await load.stop();
      expect(state.result?.repaired, state.stderr).toMatchObject({ release: 'v1', outcome: 'undone' });
      expect(state.result?.ok, state.stderr).toBe(true);
      expect(await containers()).toBe(before);
      expect(await haproxyState()).toEqual(stateBefore);
      expect(await versionsServed()).toEqual(['v2']);
      expect(leftovers()).toEqual([]);
      expect(report.failed).toBe(0);
    } finally {
      previous.remove();
    }
  }, 180_000);
});
