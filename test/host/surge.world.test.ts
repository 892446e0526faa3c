// Surge and workers that start before they stop, against a real engine and haproxy (one world).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHostCommands } from '../../src/host/index.js';
import { encodeHostPlan, type PlanDefinition } from '../../src/stack/host-plan.js';
import { startWorld, type Front, type SimHost, type World } from '../world/index.js';
import { startLoad } from './load.js';
import { demoDefinition, hostPlan, literal } from './plans.js';
import { runHost } from './run.js';

let world: World;
let host: SimHost;
let front: Front;
const images: Record<string, string> = {};
const COPIES = 4;
const servers = Array.from({ length: COPIES }, (_, i) => [`web${i}`, `web${i}_b`]).flat();

beforeAll(async () => {
  world = await startWorld({ hosts: 1, registry: false });
  host = world.hosts[0]!;
  for (const version of ['v1', 'v2']) {
    images[version] = await world.buildDemoApp({ repository: 'acme/demo', version });
    await world.loadImage(host, images[version]);
  }
  front = await world.startFront(host, { servers, checkInterval: '1s' });
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

function surgePlan(image: string, command?: (copy: string, slot: string) => string[], deadline = 20) {
  const definition: PlanDefinition = {
    ...demoDefinition({ root: host.root, image, copies: COPIES, deadline, env: [literal('BOOT_SECONDS', '1')], ...(command ? { command } : {}) }),
    rollout: 'surge',
  };
  return hostPlan(host.root, [definition]);
}

/** Servers of backend web that haproxy reports UP. */
async function serversUp(): Promise<number> {
  const stat = await world.haproxyAdmin(host, 'show stat');
  return stat.split('\n').filter((line) => {
    const f = line.split(',');
    return f[0] === 'web' && f[1] !== 'BACKEND' && f[1] !== 'FRONTEND' && f[17] === 'UP';
  }).length;
}

/** Counts UP servers until stopped; the smallest count seen. */
function watchCapacity(): { stop(): Promise<{ min: number; samples: number }> } {
  let running = true;
  let min = Infinity;
  let samples = 0;
  const loop = (async () => {
    while (running) {
      const up = await serversUp();
      min = Math.min(min, up);
      samples++;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { min, samples };
    },
  };
}

async function inspect(name: string): Promise<{ id: string; startedAt: number; running: boolean }> {
  const out = await host.docker(['inspect', '--format', '{{.Id}} {{.State.StartedAt}} {{.State.Running}}', name]);
  const [id, startedAt, running] = out.stdout.trim().split(' ');
  return { id: id ?? '', startedAt: Date.parse(startedAt ?? ''), running: running === 'true' };
}

async function containerIds(): Promise<string> {
  const ps = await host.docker(['ps', '-a', '--no-trunc', '--format', '{{.ID}} {{.Names}} {{.Status}}']);
  return ps.stdout.split('\n').filter(Boolean).map((l) => l.replace(/ Up .*/, ' Up')).sort().join('\n');
}

async function haproxyState(): Promise<string[]> {
  const out = await world.haproxyAdmin(host, 'show servers state web');
  return out.split('\n').filter((l) => /^\d/.test(l)).map((l) => {
    const f = l.split(' ');
    return `${f[3]} op=${f[5]} admin=${f[6]}`;
  });
}

/**
 * When the engine says a container died (ms): a replaced copy is removed at the end of its run, so its
 * FinishedAt is read from the engine's event log.
 */
async function diedAt(id: string, since: number): Promise<number> {
  const out = await host.docker(['events', '--since', (since / 1000).toFixed(3), '--until', (Date.now() / 1000).toFixed(3),
    '--filter', `container=${id}`, '--filter', 'event=die', '--format', '{{.TimeNano}}']);
  const nanos = out.stdout.trim().split('\n').filter(Boolean)[0];
  if (!nanos) throw new Error(`no die event of ${id}: ${out.stderr}`);
  return Number(BigInt(nanos) / 1_000_000n);
}

describe('surge: every new copy at once', () => {
  it('replaces 4 copies side by side under load: zero failed requests, overlapping starts, never fewer than 4 servers UP', async () => {
    const first = await runHost(host, 'rollout', surgePlan(images.v1!));
    expect(first.result?.ok, first.stderr).toBe(true);
    expect(await serversUp()).toBe(COPIES);
    const load = startLoad(front.url, { concurrency: 8, maxMs: 40_000, perClientRps: 10 });
    await new Promise((r) => setTimeout(r, 300));
    const capacity = watchCapacity();
    const run = await runHost(host, 'rollout', surgePlan(images.v2!));
    await new Promise((r) => setTimeout(r, 300));
    const seen = await capacity.stop();
    const report = await load.stop();
    expect(run.result?.ok, run.stderr).toBe(true);
    expect(run.result?.copies.map((c) => [c.name, c.action, c.slot])).toEqual(
      Array.from({ length: COPIES }, (_, i) => [`web${i}`, 'replaced', '_b']),
    );
    expect(report.errors).toEqual([]);
    expect(report.failed).toBe(0);
    expect(report.versions).toEqual(['v1', 'v2']);
    expect(seen.samples).toBeGreaterThan(5);
    expect(seen.min).toBeGreaterThanOrEqual(COPIES);
    // Every new copy started before the first of them was healthy: they booted side by side.
    const started = await Promise.all(Array.from({ length: COPIES }, (_, i) => inspect(`web${i}`)));
    const healthy = started.map((s, i) => s.startedAt + (run.result?.copies[i]?.startToHealthy ?? 0) * 1000);
    expect(Math.max(...started.map((s) => s.startedAt))).toBeLessThan(Math.min(...healthy));
    const names = (await host.docker(['ps', '-a', '--format', '{{.Names}}'])).stdout.split('\n').filter((n) => n.startsWith('web')).sort();
    expect(names).toEqual(Array.from({ length: COPIES }, (_, i) => `web${i}`));
  });

  it('a new copy that never gets healthy: the old copies keep serving, every new copy is removed', async () => {
    const before = await containerIds();
    const stateBefore = await haproxyState();
    const load = startLoad(front.url, { concurrency: 8, maxMs: 40_000, perClientRps: 10 });
    await new Promise((r) => setTimeout(r, 300));
    // web2's new copy listens where nobody probes: never healthy.
    const plan = surgePlan(images.v1!, (copy, slot) => ['serve', `unix:/srv/socks/${copy === 'web2' ? 'elsewhere' : `${copy}${slot}`}.sock`], 4);
    const run = await runHost(host, 'rollout', plan);
    await new Promise((r) => setTimeout(r, 300));
    const report = await load.stop();
    expect(run.exitCode).not.toBe(0);
    expect(run.result?.failure?.container, run.stderr).toBe('web2-berth-next');
    expect(run.result?.failure?.reason).toMatch(/web2.*healthy/);
    expect(report.errors).toEqual([]);
    expect(report.failed).toBe(0);
    expect(report.versions).toEqual(['v2']);
    expect(await containerIds()).toBe(before);
    expect(await haproxyState()).toEqual(stateBefore);
  });
});

describe('a surge killed mid-way (SIGKILL, as the SSM agent does)', () => {
  it('in the handovers (names changed hands, old copies draining): the next command undoes it all', async () => {
    const before = await containerIds();
    const stateBefore = await haproxyState();
    const load = startLoad(front.url, { concurrency: 8, maxMs: 40_000, perClientRps: 10 });
    const commands = buildHostCommands('rollout', encodeHostPlan({ ...surgePlan(images.v1!), release: 'v1' }), { maxBytes: 1_000_000 });
    const killed = await host.runCommands(commands, { timeoutSeconds: 120, env: { BERTH_TEST_KILL_AT: 'renamed@2' } });
    expect(killed.stderr).toMatch(/SIGKILL to this run's process group at renamed/);
    expect(await containerIds()).not.toBe(before);
    const state = await runHost(host, 'state', surgePlan(images.v2!));
    const report = await load.stop();
    expect(state.result?.repaired, state.stderr).toMatchObject({ release: 'v1', outcome: 'undone', copies: ['web0', 'web1', 'web2', 'web3'] });
    expect(report.errors).toEqual([]);
    expect(report.failed).toBe(0);
    expect(await containerIds()).toBe(before);
    expect(await haproxyState()).toEqual(stateBefore);
  });
});

describe('workers start before they stop', () => {
  function worker(image: string, exclusive: boolean): PlanDefinition {
    const definition = demoDefinition({
      root: host.root, image, name: exclusive ? 'mailer' : 'sidekiq', copies: 1, slots: 1, loadBalancer: false,
      health: 'none', startupTime: 1, command: () => ['work'],
    });
    return exclusive ? definition : { ...definition, rollout: 'overlap' };
  }

  it('the new copy of a worker starts beside the old one, which stops once the new one is healthy; an exclusive one does not overlap', async () => {
    const first = await runHost(host, 'rollout', hostPlan(host.root, [worker(images.v1!, false), worker(images.v1!, true)]));
    expect(first.result?.ok, first.stderr).toBe(true);
    const old = { sidekiq: await inspect('sidekiq0'), mailer: await inspect('mailer0') };
    const since = Date.now() - 1000;
    const run = await runHost(host, 'rollout', hostPlan(host.root, [worker(images.v2!, false), worker(images.v2!, true)]));
    expect(run.result?.ok, run.stderr).toBe(true);
    expect(run.result?.copies.map((c) => [c.name, c.action])).toEqual([['sidekiq0', 'replaced'], ['mailer0', 'replaced']]);

    const sidekiq = await inspect('sidekiq0');
    expect(sidekiq.id).not.toBe(old.sidekiq.id);
    expect(sidekiq.running).toBe(true);
    const sidekiqOldDied = await diedAt(old.sidekiq.id, since);
    // Overlap: the old one ran until the new one had been up for its startup time (1 s).
    expect(sidekiq.startedAt).toBeLessThan(sidekiqOldDied);
    expect(sidekiqOldDied - sidekiq.startedAt).toBeGreaterThanOrEqual(900);

    const mailer = await inspect('mailer0');
    expect(mailer.id).not.toBe(old.mailer.id);
    const mailerOldDied = await diedAt(old.mailer.id, since);
    expect(mailerOldDied).toBeLessThanOrEqual(mailer.startedAt);
    const names = (await host.docker(['ps', '-a', '--format', '{{.Names}}'])).stdout;
    expect(names).not.toMatch(/berth-(old|next)/);
  });
});
