// `npm run bench -- canary` (issue 21): under steady load on both hosts of a two-host world, BAD_RUNS deploys of
// a release that is healthy but answers 500 to FAIL_PERCENT % of its requests, interleaved with GOOD_RUNS deploys
// of good releases, each by the action's entry as its own process (as bench/deploy.ts runs it), with the canary
// on (`canary-seconds` CANARY_SECONDS, every other canary input at its default), batch-size 1 (the canary host,
// then the second host). Images are pushed beforehand (no build). Per run: the action's exit and verdict, the
// second host's app containers before and after (docker inspect: ids, images), the load's failed requests during
// the deploy, the canary copy's request count from the `canary` output. Table, goals, then the JSON line
// (bench/lib/canary-numbers.ts). About 7 minutes; it loads the machine: run it alone (flock /tmp/berth-world.lock).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newJob, startStep } from '../test/action/cancel-world.js';
import {
  baseInputs,
  removeScratch,
  scratchDir,
  seedParameters,
  WORLD_COMMAND_BYTES,
  type WorldDeploy,
} from '../test/deploy/helpers-world.js';
import { managedInstanceOf } from '../test/world/fakes/aws/from-host.js';
import { startFakeAws, type FakeAws } from '../test/world/fakes/aws.js';
import { allRun, imageIdOn, runningCopies, type RunningCopy } from '../test/canary/fleet-state.js';
import type { SimHost } from '../test/world/host.js';
import { startWorld, type World } from '../test/world/index.js';
import { startLoad, type LoadReport, type RunningLoad } from '../test/world/load.js';
import { APP_DEFINITIONS, exampleDocumentOn, pushDemoReleases } from './lib/releases.js';
import { canaryNumbers, canaryTable, failedRequestsBound, meetsGoals, type CanaryRun } from './lib/canary-numbers.js';

const BAD_RUNS = 5;
const GOOD_RUNS = 5;
const FAIL_PERCENT = 5;
const CANARY_SECONDS = 10;
/** Per host, over LOAD_CONNECTIONS connections: steady, well under what the 2-core machine answers. */
const HOST_RPS = 30;
const LOAD_CONNECTIONS = 4;
/** The example's web definition: 2 copies behind the host's haproxy. */
const WEB_COPIES = 2;
/** The bad copy serves a little longer than the bake: its start-to-ready and its drain on the way back. */
const SERVING_MARGIN_SECONDS = 6;
const IMAGES: { tag: string; failPercent: number }[] = [
  { tag: 'v1', failPercent: 0 },
  { tag: 'good-a', failPercent: 0 },
  { tag: 'good-b', failPercent: 0 },
  { tag: 'bad', failPercent: FAIL_PERCENT },
];

const same = (a: Record<string, RunningCopy>, b: Record<string, RunningCopy>): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The most requests one canary copy answered, from the `canary` output (the host's report, as the action passes it on). */
function canaryRequests(output: string | undefined): number {
  if (!output) return 0;
  let most = 0;
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (key === 'new' && typeof record['requests'] === 'number') most = Math.max(most, record['requests']);
      for (const [k, v] of Object.entries(record)) walk(v, k);
    }
  };
  try {
    walk(JSON.parse(output) as unknown, '');
  } catch {
    return 0;
  }
  return most;
}

/** How many answers came from the release (its X-Version) and over how many seconds, first to last. */
function servedBy(reports: LoadReport[], version: string): { requests: number; seconds: number } {
  const times = reports.flatMap((r) => r.samples.filter((sample) => sample.version === version).map((sample) => sample.t));
  return { requests: times.length, seconds: times.length > 1 ? (Math.max(...times) - Math.min(...times)) / 1000 : 0 };
}

function failedDuring(reports: LoadReport[]): { requests: number; failed: number } {
  return reports.reduce((sum, r) => ({ requests: sum.requests + r.requests, failed: sum.failed + r.non2xx + r.errors }), {
    requests: 0,
    failed: 0,
  });
}

async function deployOnce(setup: WorldDeploy, kind: 'bad' | 'good' | 'warm-up', tag: string, version: string): Promise<CanaryRun> {
  const { world, dir } = setup;
  const stackFile = join(dir, `stack-${version}.json`);
  writeFileSync(stackFile, exampleDocumentOn(world, tag));
  const canary = kind === 'warm-up' ? {} : { 'canary-seconds': String(CANARY_SECONDS) };
  const job = newJob(
    dir,
    { ...baseInputs({ ...setup, stackFile }, version), image: '', 'build-args': '', 'batch-size': '1', ...canary },
    { GITHUB_WORKSPACE: dir },
  );
  const [canaryHost, secondHost] = world.hosts as [SimHost, SimHost];
  const ref = `${world.registry?.host ?? ''}/acme/demo:${tag}`;
  const secondBefore = await runningCopies(secondHost, APP_DEFINITIONS);
  const loads: RunningLoad[] = await Promise.all(
    [canaryHost, secondHost].map((host) =>
      startLoad({
        url: `${host.frontUrl}/`,
        connections: LOAD_CONNECTIONS,
        rate: HOST_RPS,
        maxRequests: 1_000_000,
        maxDurationMs: 300_000,
      }),
    ),
  );
  const started = Date.now();
  const end = await startStep(job, 'main').done;
  const wallSeconds = (Date.now() - started) / 1000;
  const reports = await Promise.all(loads.map((load) => load.stop()));
  const { requests, failed } = failedDuring(reports);
  const served = servedBy(reports, tag);
  const secondAfter = await runningCopies(secondHost, APP_DEFINITIONS);
  const releaseOnSecond = await imageIdOn(secondHost, ref);
  const onRelease = await Promise.all(
    world.hosts.map(async (host) => allRun(await runningCopies(host, APP_DEFINITIONS), await imageIdOn(host, ref))),
  );
  // The verdict as the log says it (an ::error:: line is a workflow command: its % is escaped as %25).
  const verdictLine = (
    end.log
      .split('\n')
      .find((line) => /canary/i.test(line) && /(refus|promot|pass)/i.test(line))
      ?.trim() ?? ''
  )
    .replace(/^::error::/, '')
    .replace(/%25/g, '%');
  return {
    kind: kind === 'warm-up' ? 'good' : kind,
    version,
    exitCode: end.code,
    refusedByCanary: end.code !== 0 && /canary/i.test(verdictLine) && /refus/i.test(verdictLine),
    reachedSecondHost: !same(secondBefore, secondAfter) || Object.values(secondAfter).some((copy) => copy.imageId === releaseOnSecond),
    everyHostOnRelease: onRelease.every(Boolean),
    requests,
    failed,
    canaryRequests: canaryRequests(end.outputs['canary']),
    releaseRequests: served.requests,
    releaseSeconds: served.seconds,
    wallSeconds,
    verdict: verdictLine,
  };
}

export default async function main(): Promise<void> {
  const began = Date.now();
  const dir = scratchDir();
  let world: World | undefined;
  let aws: FakeAws | undefined;
  try {
    world = await startWorld({ hosts: 2, registry: true });
    aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES });
    seedParameters(aws, world.exampleParameters());
    await pushDemoReleases(world, dir, IMAGES);
    const setup: WorldDeploy = { world, aws, dir, stackFile: join(dir, 'stack.json') };
    const warm = await deployOnce(setup, 'warm-up', 'v1', 'v1');
    if (warm.exitCode !== 0 || !warm.everyHostOnRelease) throw new Error(`the warm-up deploy of v1 failed (exit ${warm.exitCode})`);
    console.error(`world up, images pushed, v1 everywhere after ${((Date.now() - began) / 1000).toFixed(0)} s`);

    const runs: CanaryRun[] = [];
    for (let i = 1; i <= Math.max(BAD_RUNS, GOOD_RUNS); i++) {
      if (i <= BAD_RUNS) runs.push(await deployOnce(setup, 'bad', 'bad', `bad-${i}`));
      if (i <= GOOD_RUNS) runs.push(await deployOnce(setup, 'good', i % 2 === 1 ? 'good-a' : 'good-b', `good-${i}`));
      for (const r of runs.slice(-2)) {
        console.error(
          `  ${r.kind} ${r.version}: exit ${r.exitCode}, ${r.wallSeconds.toFixed(1)} s, ${r.failed}/${r.requests} failed, canary ${r.canaryRequests} requests; ${r.verdict}`,
        );
      }
    }

    const numbers = canaryNumbers(runs);
    const bound = failedRequestsBound({
      hostRps: HOST_RPS,
      copies: WEB_COPIES,
      servingSeconds: CANARY_SECONDS + SERVING_MARGIN_SECONDS,
      failShare: FAIL_PERCENT / 100,
    });
    console.log(
      `canary: 2 hosts, batch-size 1, canary-seconds ${CANARY_SECONDS} (window), default thresholds; load ${HOST_RPS} req/s per host ` +
        `over ${LOAD_CONNECTIONS} connections; bad release fails ${FAIL_PERCENT} % of its requests; images pushed beforehand`,
    );
    for (const line of canaryTable(runs)) console.log(line);
    console.log(
      `bound on failed requests per bad deploy: ${HOST_RPS} req/s / ${WEB_COPIES} copies x (${CANARY_SECONDS} + ${SERVING_MARGIN_SECONDS}) s x ` +
        `${FAIL_PERCENT} % x 1.5 = ${bound}; goals ${meetsGoals(numbers, bound) ? 'met' : 'not met'}; total ${((Date.now() - began) / 1000).toFixed(0)} s`,
    );
    console.log(JSON.stringify(numbers));
  } finally {
    await aws?.stop();
    await world?.stop();
    removeScratch(dir);
  }
}
