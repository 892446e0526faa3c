// The canary (issue 21) for real: two hosts, each with its haproxy in front of web (2 copies: compared) and
// api (1 copy: nothing to compare, absolute limits), deploys through the action's code with a short bake,
// the load generator on both hosts' fronts. A healthy release that fails 5% of its requests is refused on
// the canary host (the second host untouched, the canary host back on the old image everywhere, Rollbar's
// deploy failed, the numbers in the summary); low traffic with `fail` refuses; a good release is promoted to
// every host with zero failed requests; low traffic with `pass` promotes with a warning.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/app/summary.js';
import type { InputName } from '../../src/app/inputs.js';
import {
  baseInputs,
  deployInWorld,
  removeScratch,
  scratchDir,
  seedParameters,
  WORLD_COMMAND_BYTES,
  type WorldDeploy,
} from '../deploy/helpers-world.js';
import { managedInstanceOf } from '../world/fakes/aws/from-host.js';
import { NO_LATENCY, startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { startFakeRollbar, type FakeRollbar } from '../world/fakes/rollbar.js';
import type { SimHost } from '../world/host.js';
import { startWorld, type World } from '../world/index.js';
import { startLoad, type LoadReport, type RunningLoad } from '../world/load.js';
import { allRun, commandsSince, imageIdOn, runningCopies } from './fleet-state.js';
import { canaryDocumentText } from './document.js';

const APP = ['web', 'api', 'worker'];
const BAKE = '4';
/** Per host front: 3 servers share it (web0, web1, api0), so each copy gets about 15 req/s: 60 in the bake. */
const LOAD = { connections: 4, rate: 45 };

let world: World;
let aws: FakeAws;
let rollbar: FakeRollbar;
let setup: WorldDeploy;
const host = (i: number): SimHost => world.hosts[i] as SimHost;

beforeAll(async () => {
  world = await startWorld({ hosts: 2, registry: true });
  // No Run Command latency: these deploys are about the canary's decisions, and world time is scarce.
  aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES, latency: NO_LATENCY });
  const parameters = world.exampleParameters();
  seedParameters(aws, parameters);
  rollbar = await startFakeRollbar({ token: parameters['/berth-example/rollbar-token'] ?? '' });
  const dir = scratchDir();
  const stackFile = join(dir, 'stack.json');
  writeFileSync(stackFile, canaryDocumentText(world.exampleDocument()));
  setup = { world, aws, dir, stackFile };
}, 300_000);

afterAll(async () => {
  await rollbar?.stop();
  await aws?.stop();
  await world?.stop();
  removeScratch(setup?.dir);
});

/** A release deployed with the canary on (4 s bake), built from examples/app with `buildArgs`, from the last merged document. */
function canaryInputs(version: string, previous: string, extra: Partial<Record<InputName, string>> = {}) {
  return baseInputs(setup, version, {
    'stack-json': join(setup.dir, `out-${previous}.json`),
    'build-args': `VERSION=${version}`,
    'batch-size': '1',
    'canary-seconds': BAKE,
    'rollbar-endpoint': rollbar.endpoint,
    'rollbar-read-token': rollbar.readToken,
    ...extra,
  });
}

async function withLoad<T>(body: () => Promise<T>): Promise<{ value: T; reports: LoadReport[] }> {
  const loads: RunningLoad[] = await Promise.all(
    world.hosts.map((h) => startLoad({ url: `${h.frontUrl}/`, ...LOAD, maxRequests: 100_000, maxDurationMs: 120_000 })),
  );
  try {
    const value = await body();
    return { value, reports: await Promise.all(loads.map((load) => load.stop())) };
  } finally {
    await Promise.all(loads.map((load) => load.stop().catch(() => undefined)));
  }
}

const failedOf = (report: LoadReport): number => report.non2xx + report.errors;
const fleetCopies = () => Promise.all(world.hosts.map((h) => runningCopies(h, APP)));

describe('the canary, in a two-host world', () => {
  let v1Copies: Awaited<ReturnType<typeof fleetCopies>> = [];

  it('deploys v1 without a canary', async () => {
    const { result, lines } = await deployInWorld(setup, baseInputs(setup, 'v1', { 'rollbar-endpoint': rollbar.endpoint }));
    expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');
    v1Copies = await fleetCopies();
    for (const copies of v1Copies) expect(Object.keys(copies)).toEqual(['api0', 'web0', 'web1', 'worker0']);
  }, 300_000);

  it('refuses a healthy release that fails 5% of its requests on the canary host, and the fleet ends on v1', async () => {
    const from = aws.requests.length;
    rollbar.reset();
    const { value: run, reports } = await withLoad(() =>
      deployInWorld(setup, canaryInputs('v2-bad', 'v1', { 'build-args': 'VERSION=v2-bad\nFAIL_PERCENT=5' })),
    );
    const { result, lines } = run;
    const log = `${result.outcome.summary}\n${lines.join('\n')}`;
    expect(result.outcome.status, log).toBe('failure');
    // The second host: not one container replaced (same ids, the v1 image); it got its preflight and nothing else.
    const after = await fleetCopies();
    expect(after[1]).toEqual(v1Copies[1]);
    const sent = commandsSince(aws, from);
    expect(sent[host(1).instanceId]).toEqual(['preflight']);
    // The canary host: canary, then the way back; every app copy runs the v1 image again.
    expect(sent[host(0).instanceId]).toEqual(['preflight', 'canary', 'restore']);
    const v1Image = await imageIdOn(host(0), `${world.registry?.host ?? ''}/acme/demo:v1`);
    expect(allRun(after[0] ?? {}, v1Image)).toBe(true);
    expect(after[0]?.['web1']).toEqual(v1Copies[0]?.['web1']);
    // The numbers that decided it, in the failure and the summary: web compared with the old copy, api alone.
    expect(result.outcome.summary, log).toMatch(/canary on docker1 .*refused/i);
    expect(log).toMatch(/web: 5xx \d+\.\d% \(\d+\/\d+\) vs 0\.0% \(0\/\d+\), limit old \+ 1 point/);
    expect(log).toMatch(/api \(nothing to compare: absolute limits\): 5xx \d+\.\d% \(\d+\/\d+\), limit 1%/);
    const summary = renderSummary(result.model);
    expect(summary).toMatch(/5xx/);
    expect(summary).toMatch(/refuse/i);
    // Rollbar: the new items were read with the read token, and the deploy is marked failed.
    const reads = rollbar.calls.filter((c) => c.method === 'GET');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((c) => c.token === rollbar.readToken && c.path.startsWith('/api/1/versions/') && c.status === 200)).toBe(true);
    expect([...rollbar.deploys.values()].map((d) => d.status)).toEqual(['failed']);
    // The load: only the bad copies failed, exactly every 20th of their requests (each of the two counts its own:
    // floor(a/20) + floor(b/20) is floor((a+b)/20) or one less); the second host's load saw no failure at all.
    const [canaryLoad, secondLoad] = reports as [LoadReport, LoadReport];
    expect(failedOf(secondLoad)).toBe(0);
    expect(canaryLoad.errors).toBe(0);
    const failed = canaryLoad.samples.filter((sample) => !sample.ok);
    expect(failed.every((sample) => sample.status === 500 && sample.version === 'v2-bad')).toBe(true);
    const servedByBad = canaryLoad.versions['v2-bad'] ?? 0;
    expect(servedByBad).toBeGreaterThanOrEqual(40);
    expect(failed.length).toBeLessThanOrEqual(Math.floor(servedByBad / 20));
    expect(failed.length).toBeGreaterThanOrEqual(Math.floor(servedByBad / 20) - 1);
  }, 300_000);

  it('refuses on low traffic with canary-low-traffic fail, and says so', async () => {
    const from = aws.requests.length;
    const { result, lines } = await deployInWorld(
      setup,
      canaryInputs('v3', 'v1', {
        'canary-seconds': '2',
        'canary-min-requests': '100000',
        'canary-low-traffic': 'fail',
        'rollbar-read-token': '',
      }),
    );
    const log = `${result.outcome.summary}\n${lines.join('\n')}`;
    expect(result.outcome.status, log).toBe('failure');
    expect(log).toMatch(
      /low traffic: the new copies got fewer than canary-min-requests 100000 requests in [\d.]+ s \(web \d+, api \d+\) \(canary-low-traffic fail\)/,
    );
    const sent = commandsSince(aws, from);
    expect(sent[host(1).instanceId]).toEqual(['preflight']);
    expect((await fleetCopies())[1]).toEqual(v1Copies[1]);
  }, 300_000);

  it('promotes a good release to every host with zero failed requests', async () => {
    const from = aws.requests.length;
    rollbar.reset();
    const { value: run, reports } = await withLoad(() => deployInWorld(setup, canaryInputs('v4', 'v1')));
    const { result, lines } = run;
    const log = `${result.outcome.summary}\n${lines.join('\n')}`;
    expect(result.outcome.status, log).toBe('success');
    expect(log).toMatch(/canary on docker1 .*promoted after/i);
    for (const report of reports) {
      expect(report.requests).toBeGreaterThan(100);
      expect(failedOf(report), JSON.stringify(report.statuses)).toBe(0);
    }
    const sent = commandsSince(aws, from);
    expect(sent[host(0).instanceId]).toEqual(['preflight', 'canary', 'deploy']);
    expect(sent[host(1).instanceId]).toEqual(['preflight', 'canary', 'deploy']);
    const after = await fleetCopies();
    for (const [i, copies] of after.entries()) {
      expect(allRun(copies, await imageIdOn(host(i), `${world.registry?.host ?? ''}/acme/demo:v4`))).toBe(true);
      expect(Object.keys(copies)).toEqual(['api0', 'web0', 'web1', 'worker0']);
    }
    expect([...rollbar.deploys.values()].map((d) => d.status)).toEqual(['succeeded']);
  }, 300_000);

  it('promotes on low traffic with canary-low-traffic pass, with a warning', async () => {
    const { result, lines } = await deployInWorld(
      setup,
      canaryInputs('v5', 'v4', {
        'canary-seconds': '2',
        'canary-min-requests': '100000',
        'canary-low-traffic': 'pass',
        'rollbar-read-token': '',
      }),
    );
    const log = `${result.outcome.summary}\n${lines.join('\n')}`;
    expect(result.outcome.status, log).toBe('success');
    expect(
      lines.some((l) => l.startsWith('warn ') && /low traffic: .*passed \(canary-low-traffic pass\)/.test(l)),
      log,
    ).toBe(true);
    const after = await fleetCopies();
    for (const [i, copies] of after.entries()) {
      expect(allRun(copies, await imageIdOn(host(i), `${world.registry?.host ?? ''}/acme/demo:v5`))).toBe(true);
    }
  }, 300_000);
});
