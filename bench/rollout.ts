// `npm run bench -- rollout`: zero-downtime rollouts under steady load on a simulated host, against
// the old cookbook order (kill, rm, run, fixed sleep) as the control, and a refused broken release.
// Then surge: a definition of SURGE_COPIES copies whose new copies all start at once (the plan's
// `rollout: surge`), under the same load; its ratio is the host's wall time over the slowest copy's
// start-to-healthy in that rollout (1 would be one copy's start time for all of them).
// Counts only requests that started inside rollout windows. Bounded: about 6 minutes at most.
import type { HostResult } from '../src/stack/host-plan.js';
import { startLoad, type Load, type LoadReport } from '../test/host/load.js';
import { demoDefinition, hostPlan, literal } from '../test/host/plans.js';
import { runHost } from '../test/host/run.js';
import { startWorld, type SimHost, type World } from '../test/world/index.js';

const TARGET_REQUESTS = 30_000;
const ROLLOUT_BUDGET_MS = 150_000;
const CONTROL_ROUNDS = 3;
const BOOT_SECONDS = 3;
const REQUEST_MS = 20;
const LOAD = { concurrency: 12, perClientRps: 40 };
const SURGE_COPIES = 4;
const SURGE_ROUNDS = 3;

interface Window {
  from: number;
  to: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function inWindows(report: LoadReport, windows: Window[]): { requests: number; failed: number } {
  return windows.reduce(
    (sum, w) => {
      const c = report.countBetween(w.from, w.to);
      return { requests: sum.requests + c.requests, failed: sum.failed + c.failed };
    },
    { requests: 0, failed: 0 },
  );
}

function plan(host: SimHost, image: string, copies = 2, rollout?: 'surge') {
  const definition = demoDefinition({
    root: host.root,
    image,
    copies,
    deadline: 30,
    env: [literal('BOOT_SECONDS', String(BOOT_SECONDS)), literal('REQUEST_MS', String(REQUEST_MS))],
  });
  return hostPlan(host.root, [{ ...definition, ...(rollout ? { rollout } : {}) }], { release: image.split(':')[1] ?? image });
}

/** The surge rollout's ratio: host wall time over its slowest copy's start-to-healthy. */
function surgeRatio(result: HostResult): { ratio: number; slowest: number } {
  const slowest = Math.max(0, ...result.copies.map((copy) => copy.startToHealthy ?? 0));
  return { ratio: slowest > 0 ? result.timings.totalSeconds / slowest : 0, slowest };
}

/** The old cookbook, per copy: SIGKILL, rm, run in the same place, sleep a fixed startup_time. */
async function cookbookRound(host: SimHost, image: string): Promise<void> {
  for (const copy of ['web0', 'web1']) {
    await host.docker(['kill', copy]);
    await host.docker(['rm', '-f', copy]);
    const run = await host.docker([
      'run',
      '-d',
      '--name',
      copy,
      '--network',
      'host',
      '--init',
      '-v',
      `${host.root}/srv/socks:/srv/socks`,
      '-e',
      `BOOT_SECONDS=${BOOT_SECONDS}`,
      '-e',
      `REQUEST_MS=${REQUEST_MS}`,
      '--label',
      'berth.app=demo',
      '--label',
      'berth.definition=web',
      '--label',
      'berth.slot=',
      image,
      'serve',
      `unix:/srv/socks/${copy}.sock`,
    ]);
    if (run.code !== 0) throw new Error(`control: docker run ${copy} failed: ${run.stderr}`);
    await sleep((BOOT_SECONDS + 1) * 1000);
  }
}

export default async function main(): Promise<void> {
  const began = Date.now();
  const world: World = await startWorld({ hosts: 1, registry: false });
  let load: Load | undefined;
  try {
    const host = world.hosts[0]!;
    const v1 = await world.buildDemoApp({ repository: 'acme/bench', version: 'v1' });
    const v2 = await world.buildDemoApp({ repository: 'acme/bench', version: 'v2' });
    const bad = await world.buildDemoApp({ repository: 'acme/bench', version: 'v3-broken', broken: true });
    for (const ref of [v1, v2, bad]) await world.loadImage(host, ref);
    const servers = Array.from({ length: SURGE_COPIES }, (_, i) => [`web${i}`, `web${i}_b`]).flat();
    const front = await world.startFront(host, { servers, checkInterval: '1s' });
    const first = await runHost(host, 'rollout', plan(host, v1));
    if (!first.result?.ok) throw new Error(`first deploy failed: ${first.stderr.slice(-2000)}`);
    console.error(
      `setup ${(Date.now() - began) / 1000}s; load: ${LOAD.concurrency} clients x ${LOAD.perClientRps} req/s max, ${REQUEST_MS} ms per request, ${BOOT_SECONDS} s boot`,
    );

    load = startLoad(front.url, { ...LOAD, maxMs: 330_000 });
    await sleep(1000);

    // (a) our rollout, v1 <-> v2, until enough requests fell inside rollout windows (or the budget ends).
    const ours: Window[] = [];
    const results: HostResult[] = [];
    let image = v1;
    const aStart = Date.now();
    while (Date.now() - aStart < ROLLOUT_BUDGET_MS) {
      image = image === v1 ? v2 : v1;
      const from = Date.now();
      const out = await runHost(host, 'rollout', plan(host, image));
      ours.push({ from, to: Date.now() });
      if (!out.result?.ok) throw new Error(`rollout to ${image} failed: ${out.result?.failure?.reason ?? out.stderr.slice(-2000)}`);
      results.push(out.result);
      const sofar = inWindows(load.snapshot(), ours);
      console.error(
        `rollout ${ours.length} to ${image.split(':')[1]}: ${((Date.now() - from) / 1000).toFixed(1)}s on the runner, ${out.result.timings.totalSeconds}s on the host; ${sofar.requests} requests in windows, ${sofar.failed} failed`,
      );
      if (sofar.requests >= TARGET_REQUESTS) break;
    }

    // (s) surge: SURGE_COPIES copies, every new one at once. The first run only brings the copies up.
    const surgeWindows: Window[] = [];
    const surgeRuns: { ratio: number; slowest: number; wall: number }[] = [];
    {
      const up = await runHost(host, 'rollout', plan(host, image, SURGE_COPIES, 'surge'));
      if (!up.result?.ok) throw new Error(`surge set-up failed: ${up.result?.failure?.reason ?? up.stderr.slice(-2000)}`);
      for (let round = 0; round < SURGE_ROUNDS; round++) {
        image = image === v1 ? v2 : v1;
        const from = Date.now();
        const out = await runHost(host, 'rollout', plan(host, image, SURGE_COPIES, 'surge'));
        surgeWindows.push({ from, to: Date.now() });
        if (!out.result?.ok) throw new Error(`surge to ${image} failed: ${out.result?.failure?.reason ?? out.stderr.slice(-2000)}`);
        const replaced = out.result.copies.filter((copy) => copy.action === 'replaced').length;
        if (replaced !== SURGE_COPIES) throw new Error(`surge to ${image} replaced ${replaced} copies, not ${SURGE_COPIES}`);
        const { ratio, slowest } = surgeRatio(out.result);
        surgeRuns.push({ ratio, slowest, wall: out.result.timings.totalSeconds });
        console.error(
          `surge ${round + 1} to ${image.split(':')[1]}: ${out.result.timings.totalSeconds}s on the host, slowest copy ${slowest}s, ratio ${ratio.toFixed(3)}`,
        );
      }
      // Back to 2 copies (a sequential rollout: the surplus copies are drained and removed) for (c) and (b).
      image = image === v1 ? v2 : v1;
      const down = await runHost(host, 'rollout', plan(host, image));
      if (!down.result?.ok) throw new Error(`back to 2 copies failed: ${down.result?.failure?.reason ?? down.stderr.slice(-2000)}`);
    }

    // (c) a broken release, refused.
    const badWindows: Window[] = [];
    {
      const from = Date.now();
      const definition = demoDefinition({
        root: host.root,
        image: bad,
        copies: 2,
        deadline: 8,
        env: [literal('BOOT_SECONDS', String(BOOT_SECONDS)), literal('REQUEST_MS', String(REQUEST_MS))],
      });
      const out = await runHost(host, 'rollout', hostPlan(host.root, [definition]));
      badWindows.push({ from, to: Date.now() });
      if (out.exitCode === 0) throw new Error('the broken release was not refused');
      console.error(`broken release refused in ${((Date.now() - from) / 1000).toFixed(1)}s: ${out.result?.failure?.reason}`);
    }

    // (b) the control: the old cookbook order, same load. Servers web0/web1 are the ones it uses.
    for (const server of ['web0', 'web1']) await world.haproxyAdmin(host, `set server web/${server} state ready`);
    await sleep(1500);
    const control: Window[] = [];
    for (let round = 0; round < CONTROL_ROUNDS; round++) {
      image = image === v1 ? v2 : v1;
      const from = Date.now();
      await cookbookRound(host, image);
      control.push({ from, to: Date.now() });
    }
    await sleep(500);
    const report = await load.stop();
    load = undefined;

    const a = inWindows(report, ours);
    const b = inWindows(report, control);
    const c = inWindows(report, badWindows);
    const surge = inWindows(report, surgeWindows);
    // The worst of the surge rollouts.
    const surgeWorst = surgeRuns.reduce((worst, run) => (run.ratio > worst.ratio ? run : worst), { ratio: 0, slowest: 0, wall: 0 });
    const wall = results.reduce((s, r) => s + r.timings.totalSeconds, 0);
    const own = results.reduce((s, r) => s + r.copies.reduce((t, copy) => t + (copy.startToHealthy ?? 0), 0), 0);
    const overhead = own > 0 ? wall / own : 0;
    const rows: [string, string, number, number][] = [
      ['(a) berth rollout, 2 copies', `${ours.length} rollouts`, a.requests, a.failed],
      [`(s) berth surge, ${SURGE_COPIES} copies`, `${surgeRuns.length} rollouts`, surge.requests, surge.failed],
      ['(b) cookbook: kill, rm, run, sleep', `${control.length} rounds`, b.requests, b.failed],
      ['(c) broken release, refused', '1 attempt', c.requests, c.failed],
    ];
    console.log('| case | runs | requests in windows | failed |');
    console.log('|---|---|---:|---:|');
    for (const [name, runs, requests, failed] of rows) console.log(`| ${name} | ${runs} | ${requests} | ${failed} |`);
    console.log(
      `\nhost wall time of our rollouts ${wall.toFixed(1)} s, copies' own start-to-healthy ${own.toFixed(1)} s, overhead ratio ${overhead.toFixed(3)}`,
    );
    console.log(
      `surge: host wall time ${surgeWorst.wall.toFixed(1)} s, slowest copy's start-to-healthy ${surgeWorst.slowest.toFixed(1)} s, surge ratio ${surgeWorst.ratio.toFixed(3)} (worst of ${surgeRuns.map((run) => run.ratio.toFixed(3)).join(', ')})`,
    );
    console.log(`all requests ${report.requests}, failed ${report.failed}; first errors: ${JSON.stringify(report.errors.slice(0, 3))}`);
    console.log(`total ${((Date.now() - began) / 1000).toFixed(0)} s`);
    console.log(
      JSON.stringify({
        requests: a.requests,
        failed: a.failed,
        control_requests: b.requests,
        control_failed: b.failed,
        bad_release_requests: c.requests,
        bad_release_failed: c.failed,
        overhead_ratio: Number(overhead.toFixed(3)),
        surge_copies: SURGE_COPIES,
        surge_requests: surge.requests,
        surge_failed: surge.failed,
        surge_ratio: Number(surgeWorst.ratio.toFixed(3)),
      }),
    );
  } finally {
    if (load) await load.stop();
    await world.stop();
  }
}
