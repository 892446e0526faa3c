// The host script against a real engine and haproxy: zero downtime, rollback on a broken release, idempotence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type Front, type SimHost, type World } from '../world/index.js';
import { startLoad } from './load.js';
import { demoDefinition, hostPlan } from './plans.js';
import { runHost } from './run.js';

let world: World;
let host: SimHost;
let front: Front;
const images: Record<string, string> = {};

async function names(): Promise<string[]> {
  const ps = await host.docker(['ps', '-a', '--format', '{{.Names}} {{.Status}}']);
  return ps.stdout.split('\n').filter(Boolean).sort();
}

async function containerIds(): Promise<string> {
  const ps = await host.docker(['ps', '-a', '--no-trunc', '--format', '{{.ID}} {{.Names}} {{.Status}}']);
  return ps.stdout.split('\n').filter(Boolean).map((l) => l.replace(/ Up .*/, ' Up')).sort().join('\n');
}

beforeAll(async () => {
  world = await startWorld({ hosts: 1, registry: false });
  host = world.hosts[0]!;
  for (const [key, version, broken] of [['v1', 'v1', false], ['v2', 'v2', false], ['bad', 'v3-broken', true]] as const) {
    images[key] = await world.buildDemoApp({ repository: 'acme/demo', version, broken });
    await world.loadImage(host, images[key]);
  }
  front = await world.startFront(host, { servers: ['web0', 'web0_b', 'web1', 'web1_b'], checkInterval: '1s' });
});

afterAll(async () => {
  await world?.stop();
});

describe('rollout on one host', () => {
  it('first deploy onto an empty host brings the copies up and into haproxy', async () => {
    const plan = hostPlan(host.root, [demoDefinition({ root: host.root, image: images.v1! })]);
    const run = await runHost(host, 'rollout', plan);
    expect(run.result, run.stderr).toBeDefined();
    expect(run.result?.ok, run.stderr).toBe(true);
    expect(run.exitCode).toBe(0);
    expect(run.result?.copies.map((c) => [c.name, c.action, c.health])).toEqual([['web0', 'started', 'healthy'], ['web1', 'started', 'healthy']]);
    const res = await fetch(front.url);
    expect(res.headers.get('x-version')).toBe('v1');
  });

  it('the same plan twice restarts nothing', async () => {
    const before = await containerIds();
    const plan = hostPlan(host.root, [demoDefinition({ root: host.root, image: images.v1! })]);
    const run = await runHost(host, 'rollout', plan);
    expect(run.result?.ok, run.stderr).toBe(true);
    expect(run.result?.copies.map((c) => c.action)).toEqual(['unchanged', 'unchanged']);
    expect(await containerIds()).toBe(before);
  });

  it('replaces 2 copies under steady load with zero failed requests; clients see the version switch', async () => {
    const load = startLoad(front.url, { concurrency: 8, maxMs: 60_000, perClientRps: 10 });
    await new Promise((r) => setTimeout(r, 500));
    const plan = hostPlan(host.root, [demoDefinition({ root: host.root, image: images.v2! })]);
    const run = await runHost(host, 'rollout', plan);
    await new Promise((r) => setTimeout(r, 500));
    const report = await load.stop();
    expect(run.result?.ok, run.stderr).toBe(true);
    expect(run.result?.copies.map((c) => [c.name, c.action])).toEqual([['web0', 'replaced'], ['web1', 'replaced']]);
    expect(report.errors).toEqual([]);
    expect(report.failed).toBe(0);
    expect(report.requests).toBeGreaterThan(200);
    expect(report.versions).toEqual(['v1', 'v2']);
    expect(await names()).toEqual(['haproxy0 Up', 'web0 Up', 'web1 Up'].map((n) => expect.stringContaining(n.split(' ')[0]!)));
  });

  it('refuses a broken release: the old version keeps serving with zero failures and the host ends exactly as before', async () => {
    const before = await containerIds();
    const stateBefore = await haproxyState();
    const load = startLoad(front.url, { concurrency: 8, maxMs: 90_000, perClientRps: 10 });
    await new Promise((r) => setTimeout(r, 500));
    const plan = hostPlan(host.root, [demoDefinition({ root: host.root, image: images.bad!, deadline: 6 })]);
    const run = await runHost(host, 'rollout', plan);
    await new Promise((r) => setTimeout(r, 500));
    const report = await load.stop();
    expect(run.exitCode).not.toBe(0);
    expect(run.result?.ok).toBe(false);
    expect(run.result?.failure?.reason).toMatch(/web0.*healthy/);
    expect(run.result?.failure?.container).toBe('web0-berth-next');
    expect(run.result?.failure?.logTail?.join('\n')).toMatch(/demo v3-broken/);
    expect(report.errors).toEqual([]);
    expect(report.failed).toBe(0);
    expect(report.versions).toEqual(['v2']);
    expect(await containerIds()).toBe(before);
    expect(await haproxyState()).toEqual(stateBefore);
  });

  it('restores a copy already replaced in this run when a later copy fails, haproxy state included', async () => {
    const before = await containerIds();
    const stateBefore = await haproxyState();
    const load = startLoad(front.url, { concurrency: 8, maxMs: 90_000, perClientRps: 10 });
    await new Promise((r) => setTimeout(r, 500));
    // Copy web1 of this release cannot listen (bad address): web0 is replaced first, then must come back.
    const definition = demoDefinition({ root: host.root, image: images.v1!, deadline: 6,
      command: (copy, slot) => (copy === 'web1' ? ['serve', 'tcp:no-such-address'] : ['serve', `unix:/srv/socks/${copy}${slot}.sock`]) });
    const run = await runHost(host, 'rollout', hostPlan(host.root, [definition]));
    await new Promise((r) => setTimeout(r, 500));
    const report = await load.stop();
    expect(run.exitCode).not.toBe(0);
    expect(run.result?.failure?.container, run.stderr).toBe('web1-berth-next');
    expect(run.stderr).toMatch(/restoring web0/);
    expect(report.errors).toEqual([]);
    expect(report.failed).toBe(0);
    expect(await containerIds()).toBe(before);
    expect(await haproxyState()).toEqual(stateBefore);
  });

  it('replaces a single copy through its alternate slot under load with zero failures', async () => {
    const one = (image: string) => hostPlan(host.root, [demoDefinition({ root: host.root, image, copies: 1 })]);
    const down = await runHost(host, 'rollout', one(images.v2!));
    expect(down.result?.ok, down.stderr).toBe(true);
    expect(down.result?.removed).toEqual(['web1']);
    const load = startLoad(front.url, { concurrency: 8, maxMs: 60_000, perClientRps: 10 });
    await new Promise((r) => setTimeout(r, 500));
    const run = await runHost(host, 'rollout', one(images.v1!));
    await new Promise((r) => setTimeout(r, 500));
    const report = await load.stop();
    expect(run.result?.ok, run.stderr).toBe(true);
    expect(run.result?.copies.map((c) => [c.name, c.action, c.slot])).toEqual([['web0', 'replaced', '']]);
    expect(report.errors).toEqual([]);
    expect(report.failed).toBe(0);
    expect(report.versions).toEqual(['v2', 'v1']);
  });
});

/** Each server's administrative and operational state, as haproxy reports it (idle, no load). */
async function haproxyState(): Promise<string[]> {
  const out = await world.haproxyAdmin(host, 'show servers state web');
  return out.split('\n').filter((l) => /^\d/.test(l)).map((l) => {
    const f = l.split(' ');
    return `${f[3]} op=${f[5]} admin=${f[6]}`;
  });
}

