// The `canary` host mode against a real engine and haproxy (one world, one host): copy 0 of each balanced
// definition alone runs the new release for the bake, haproxy's counters come back, nothing is recorded;
// the promotion's rollout keeps copy 0 and replaces the rest; a restore puts the old copy 0 back; a failed
// canary leaves the host as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canaryVerdict } from '../../src/deploy/canary-verdict.js';
import { restoreRequest } from '../../src/deploy/restore.js';
import { buildHostCommands, canaryPlanText, parseHostResult, type CanaryBake } from '../../src/host/index.js';
import { encodeHostPlan, type CanaryDefinition, type HostPlan, type PlanDefinition } from '../../src/stack/host-plan.js';
import { startWorld, type Front, type SimHost, type World } from '../world/index.js';
import { startLoad } from './load.js';
import { demoDefinition, hostPlan } from './plans.js';
import { runHost, type HostRun } from './run.js';
import { DEFAULT_THRESHOLDS as CANARY_DEFAULTS } from '../deploy/canary-fleet.js';

let world: World;
let host: SimHost;
let front: Front;
const images: Record<string, string> = {};

beforeAll(async () => {
  world = await startWorld({ hosts: 1, registry: false });
  host = world.hosts[0]!;
  for (const version of ['v1', 'v2']) {
    images[version] = await world.buildDemoApp({ repository: 'acme/demo', version });
    await world.loadImage(host, images[version]);
  }
  front = await world.startFront(host, { servers: ['web0', 'web0_b', 'web1', 'web1_b', 'api0', 'api0_b'], checkInterval: '1s' });
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

interface Options {
  surge?: boolean;
  /** web0's new copy listens where nobody probes: never healthy. */
  brokenWeb0?: boolean;
  /** docker's restart policy on the copies (real plans always have one). */
  restart?: boolean;
}

/** web (2 copies) and api (1 copy) behind haproxy's backend `web`, and a worker without a balancer. */
function plan(image: string, o: Options = {}): HostPlan {
  const web: PlanDefinition = {
    ...demoDefinition({
      root: host.root, image, copies: 2, deadline: o.brokenWeb0 ? 3 : 20,
      command: (copy, slot) => ['serve', `unix:/srv/socks/${o.brokenWeb0 && copy === 'web0' ? 'elsewhere' : `${copy}${slot}`}.sock`],
      ...(o.restart ? { extraRunArgs: ['--restart', 'unless-stopped'] } : {}),
    }),
    ...(o.surge ? { rollout: 'surge' as const } : {}),
  };
  const api = demoDefinition({ root: host.root, image, name: 'api', copies: 1 });
  const worker: PlanDefinition = {
    ...demoDefinition({ root: host.root, image, name: 'sidekiq', copies: 1, slots: 1, loadBalancer: false, health: 'none', startupTime: 1, command: () => ['work'] }),
    rollout: 'overlap',
  };
  return hostPlan(host.root, [web, api, worker], { release: image });
}

async function canary(p: HostPlan, bake: CanaryBake, env: Record<string, string> = {}): Promise<HostRun> {
  const commands = buildHostCommands('canary', canaryPlanText(encodeHostPlan(p), bake), { maxBytes: 1_000_000 });
  const out = await host.runCommands(commands, { timeoutSeconds: 120, env });
  return { exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr, result: parseHostResult(out.stdout) };
}

/** Container id and image reference of each copy, from docker inspect. */
async function running(): Promise<Record<string, { id: string; image: string; server: string }>> {
  const names = ['web0', 'web1', 'api0', 'sidekiq0'];
  const out = await host.docker(['inspect', '--format', '{{.Name}} {{.Id}} {{.Config.Image}} {{index .Config.Labels "berth.server"}}', ...names]);
  return Object.fromEntries(out.stdout.trim().split('\n').map((line) => {
    const [name, id, image, server] = line.split(' ');
    return [name!.slice(1), { id: id!, image: image!, server: server ?? '' }];
  }));
}

/** What the host recorded for the app: its plan files and its state file. */
function recorded(): { plans: string[]; state: string } {
  const dir = join(host.root, 'var/lib/berth');
  return { plans: readdirSync(join(dir, 'plans/demo')).sort(), state: readFileSync(join(dir, 'demo.state'), 'utf8') };
}

/** hrsp_2xx of each server of backend web, as haproxy counts it since it started. */
async function responses2xx(): Promise<Record<string, number>> {
  const [header, ...rows] = (await world.haproxyAdmin(host, 'show stat')).split('\n');
  const at = (header ?? '').replace(/^# /, '').split(',').indexOf('hrsp_2xx');
  return Object.fromEntries(rows.map((r) => r.split(',')).filter((f) => f[0] === 'web' && f[1] !== 'BACKEND').map((f) => [f[1], Number(f[at])]));
}

async function haproxyState(): Promise<string[]> {
  const out = await world.haproxyAdmin(host, 'show servers state web');
  return out.split('\n').filter((l) => /^\d/.test(l)).map((l) => {
    const f = l.split(' ');
    return `${f[3]} op=${f[5]} admin=${f[6]}`;
  });
}

const side = (d: CanaryDefinition | undefined, which: 'new' | 'old') => d?.[which];

describe('canary: copy 0 alone on the new release, baked under haproxy', () => {
  let canaryDeployId = '';

  it('replaces copy 0 of each balanced definition only, bakes, and answers with real counters; records nothing', async () => {
    const first = await runHost(host, 'rollout', plan(images.v1!));
    expect(first.result?.ok, first.stderr).toBe(true);
    const before = await running();
    const records = recorded();
    expect(records.plans).toHaveLength(1);

    const load = startLoad(front.url, { concurrency: 4, maxMs: 30_000, perClientRps: 10 });
    await new Promise((r) => setTimeout(r, 300));
    const counted = await responses2xx();
    const run = await canary(plan(images.v2!), { seconds: 3, minRequests: 5, maxWaitSeconds: 9 });
    const report = await load.stop();
    const after = await running();
    const countedAfter = await responses2xx();

    expect(run.result?.ok, run.stderr).toBe(true);
    expect(run.result?.mode).toBe('canary');
    expect(run.result?.copies.map((c) => [c.name, c.action])).toEqual([
      ['web0', 'replaced'], ['web1', 'outdated'], ['api0', 'replaced'], ['sidekiq0', 'outdated'],
    ]);
    // docker: copy 0 of web and api runs v2 in its other slot; web1 and the worker are the same containers.
    expect(after.web0).toMatchObject({ image: images.v2, server: 'web0_b' });
    expect(after.web0?.id).not.toBe(before.web0?.id);
    expect(after.api0).toMatchObject({ image: images.v2, server: 'api0_b' });
    expect(after.web1).toEqual(before.web1);
    expect(after.sidekiq0).toEqual(before.sidekiq0);
    expect(after.sidekiq0?.image).toBe(images.v1);
    // Clients saw both releases, and nothing failed.
    expect(report.failed).toBe(0);
    expect(report.versions.sort()).toEqual(['v1', 'v2']);

    const c = run.result?.canary;
    expect(c?.bakedSeconds).toBeGreaterThanOrEqual(3);
    expect(c?.bakedSeconds).toBeLessThan(9);
    expect(c?.restarts).toBe(0);
    expect(c?.uncompared).toEqual([{ app: 'demo', definition: 'sidekiq', why: 'no load balancer' }]);
    const [web, api] = c?.definitions ?? [];
    expect([web?.definition, web?.compared, api?.definition, api?.compared, api?.why]).toEqual(['web', true, 'api', false, 'one copy: nothing to compare']);
    expect(side(web, 'new')?.servers).toEqual(['web0_b']);
    expect(side(web, 'old')?.servers).toEqual(['web1']);
    expect(side(api, 'new')?.servers).toEqual(['api0_b']);
    expect(side(api, 'old')).toEqual({ servers: [], requests: 0, r5xx: 0, errors: 0, rtimeMs: 0 });
    for (const [d, server] of [[web, 'web0_b'], [web, 'web1'], [api, 'api0_b']] as const) {
      const counts = side(d, server === 'web1' ? 'old' : 'new');
      // Real counters: the bake's requests are within what haproxy counted for that server around the command.
      expect(counts?.requests, server).toBeGreaterThanOrEqual(5);
      expect(counts?.requests, server).toBeLessThanOrEqual((countedAfter[server] ?? 0) - (counted[server] ?? 0));
      expect([counts?.r5xx, counts?.errors], server).toEqual([0, 0]);
    }
    // Nothing recorded: no plan for history or restore, the state file of the release before.
    expect(recorded()).toEqual(records);
    expect(readdirSync(join(host.root, 'var/lib/berth'))).not.toContain('journal');
  });

  it('the rollout of the same plan keeps copy 0 (same container) and replaces the rest', async () => {
    const before = await running();
    const run = await runHost(host, 'rollout', plan(images.v2!));
    const after = await running();
    expect(run.result?.ok, run.stderr).toBe(true);
    expect(run.result?.copies.map((c) => [c.name, c.action])).toEqual([
      ['web0', 'unchanged'], ['web1', 'replaced'], ['api0', 'unchanged'], ['sidekiq0', 'replaced'],
    ]);
    expect(after.web0).toEqual(before.web0);
    expect(after.api0).toEqual(before.api0);
    expect(after.web1?.id).not.toBe(before.web1?.id);
    expect(after.web1?.image).toBe(images.v2);
    expect(after.sidekiq0?.image).toBe(images.v2);
    expect(recorded().plans).toHaveLength(2);
  });

  it('a canary whose copy 0 never gets healthy leaves the host as it was', async () => {
    const before = await running();
    const stateBefore = await haproxyState();
    const records = recorded();
    const run = await canary(plan(images.v1!, { brokenWeb0: true }), { seconds: 1, minRequests: 0, maxWaitSeconds: 1 });
    expect(run.exitCode).not.toBe(0);
    expect(run.result?.ok).toBe(false);
    expect(run.result?.failure?.container, run.stderr).toBe('web0-berth-next');
    expect(run.result?.canary).toBeUndefined();
    expect(await running()).toEqual(before);
    expect(await haproxyState()).toEqual(stateBefore);
    expect(recorded()).toEqual(records);
  });

  it('with surge and no traffic: copy 0 alone changes, the bake waits for requests up to its bound', async () => {
    const before = await running();
    const p = plan(images.v1!, { surge: true });
    canaryDeployId = p.deployId;
    const run = await canary(p, { seconds: 1, minRequests: 5, maxWaitSeconds: 3 });
    const after = await running();
    expect(run.result?.ok, run.stderr).toBe(true);
    // A surge reports the copies it holds before those it replaces.
    expect(run.result?.copies.map((c) => [c.name, c.action])).toEqual([
      ['web1', 'outdated'], ['web0', 'replaced'], ['api0', 'replaced'], ['sidekiq0', 'outdated'],
    ]);
    expect(run.stderr).toMatch(/surge: starting 1 new copies of web at once/);
    expect(after.web0?.image).toBe(images.v1);
    expect(after.web1).toEqual(before.web1);
    expect(after.sidekiq0).toEqual(before.sidekiq0);
    expect(run.result?.canary?.bakedSeconds).toBeGreaterThanOrEqual(3);
    expect(run.result?.canary?.bakedSeconds).toBeLessThan(5);
    expect(run.result?.canary?.definitions.map((d) => d.new.requests)).toEqual([0, 0]);
  });

  it('restore after a canary puts the old release back on copy 0 (the record of the release before)', async () => {
    const before = await running();
    const request = restoreRequest({ encodePlan: encodeHostPlan }, plan(images.v1!), `${canaryDeployId}~undo`, { undo: canaryDeployId });
    const commands = buildHostCommands('restore', request, { maxBytes: 1_000_000 });
    const out = await host.runCommands(commands, { timeoutSeconds: 120 });
    const result = parseHostResult(out.stdout);
    const after = await running();
    expect(result?.ok, out.stderr).toBe(true);
    expect(result?.history?.[0]?.release).toBe(images.v2);
    expect(after.web0?.image).toBe(images.v2);
    expect(after.api0?.image).toBe(images.v2);
    expect(after.web1).toEqual(before.web1);
    expect(after.sidekiq0).toEqual(before.sidekiq0);
  });

  it('a canary killed during its bake (SIGKILL, as the SSM agent does) is undone by the next command', async () => {
    const before = await running();
    const stateBefore = await haproxyState();
    const killed = await canary(plan(images.v1!), { seconds: 30, minRequests: 0, maxWaitSeconds: 30 }, { BERTH_TEST_KILL_AT: 'bake' });
    expect(killed.stderr).toMatch(/SIGKILL to this run's process group at bake/);
    expect((await running()).web0?.image).toBe(images.v1);
    const state = await runHost(host, 'state', plan(images.v2!));
    expect(state.result?.repaired, state.stderr).toMatchObject({ outcome: 'undone', copies: ['web0', 'api0'] });
    expect(await running()).toEqual(before);
    expect(await haproxyState()).toEqual(stateBefore);
  });

  it('counts a restart of a canary copy during the bake', async () => {
    const run = canary(plan(images.v1!, { restart: true }), { seconds: 5, minRequests: 0, maxWaitSeconds: 5 });
    // api0 is the last copy the canary replaces: once it runs v1 the bake begins.
    const deadline = Date.now() + 30_000;
    while ((await running()).api0?.image !== images.v1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 1000));
    // The app dies inside (docker kill would count as stopped by hand, and docker would not restart it).
    const killed = await host.docker(['exec', 'web0', 'sh', '-c', 'kill -9 -1']);
    expect(killed.code, killed.stderr).toBe(0);
    const done = await run;
    expect(done.result?.ok, done.stderr).toBe(true);
    expect(done.result?.canary?.restarts).toBe(1);
    const restarts = await host.docker(['inspect', '--format', '{{.RestartCount}} {{.State.Running}}', 'web0']);
    expect(restarts.stdout.trim()).toBe('1 true');
  });

  // Last: it replaces the host's front. haproxy in TCP mode counts no HTTP response: the bake must count
  // connections, or every canary there would wait out its bound and be refused for low traffic.
  it('behind a TCP-mode haproxy: connections are counted, and the verdict promotes a healthy release', async () => {
    const first = await runHost(host, 'rollout', plan(images.v1!));
    expect(first.result?.ok, first.stderr).toBe(true);
    await host.docker(['rm', '-f', front.container]);
    front = await world.startFront(host, { servers: ['web0', 'web0_b', 'web1', 'web1_b', 'api0', 'api0_b'], checkInterval: '1s', mode: 'tcp' });
    const upDeadline = Date.now() + 15_000;
    while (!(await haproxyState()).some((s) => s.startsWith('web1 op=2')) && Date.now() < upDeadline) await new Promise((r) => setTimeout(r, 200));
    const mode = (await world.haproxyAdmin(host, 'show stat')).split('\n').find((line) => line.startsWith('web,web1,'));
    expect(mode).toContain(',tcp,');

    // A connection per request: TCP mode balances connections, and counts them.
    const load = startLoad(front.url, { concurrency: 4, maxMs: 30_000, perClientRps: 10, keepAlive: false });
    await new Promise((r) => setTimeout(r, 300));
    const run = await canary(plan(images.v2!), { seconds: 3, minRequests: 5, maxWaitSeconds: 9 });
    const report = await load.stop();
    expect(run.result?.ok, run.stderr).toBe(true);
    expect(report.failed, report.errors.join('\n')).toBe(0);
    const web = run.result?.canary?.definitions.find((d) => d.definition === 'web');
    for (const which of ['new', 'old'] as const) {
      expect(side(web, which), which).toMatchObject({ unit: 'connections', r5xx: 0, errors: 0, rtimeMs: 0 });
      expect(side(web, which)?.requests, which).toBeGreaterThanOrEqual(5);
    }
    const verdict = canaryVerdict(run.result!.canary!, { ...CANARY_DEFAULTS, minRequests: 5 });
    expect(verdict.promote, verdict.text).toBe(true);
    expect(verdict.lowTraffic).toBeUndefined();
  });
});
