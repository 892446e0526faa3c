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
    const load = startLoad(front.url, { concurrency: 8, maxMs: 60_000, perClientRps: 25 });
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
});
