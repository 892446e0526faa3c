// `npm run bench -- join`: hosts that join a fleet running the example stack (scale-out, converge on), with
// cold image caches (a joining host has the base images an AMI would carry, no app image). For each: the time
// from the moment the world registers it with the fake AWS (its SSM agent comes up; the fake runs the
// environment's association on it) to the moment it serves the release through its own haproxy; then, in the
// same run, the same host made cold again (its containers, app images and berth state removed) and given a
// normal deploy of the same release alone, timed from the deploy's start to its end. The fake runs with its
// default Run Command latency. Goal: every joined host converged, join / own deploy <= 1.5 for each.
// BERTH_BENCH_JOIN_HOSTS sets how many hosts join (default 3). Measured numbers: docs/benchmarks.md.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  baseInputs,
  deployInWorld,
  removeScratch,
  scratchDir,
  seedParameters,
  WORLD_COMMAND_BYTES,
  writeStackFile,
  type WorldDeploy,
} from '../test/deploy/helpers-world.js';
import { convergeRecord, joinFleet, runningCopies, servingAt } from '../test/converge/world-converge.js';
import { managedInstanceOf, startFakeAws, type FakeAws } from '../test/world/fakes/aws.js';
import { PUBLISHED_BASE_IMAGES, startWorld, type SimHost, type World } from '../test/world/index.js';

const JOINING = Number(process.env['BERTH_BENCH_JOIN_HOSTS'] ?? '') || 3;
const SERVE_TIMEOUT_MS = 300_000;
const GOAL = 1.5;

interface HostRun {
  hostname: string;
  joinS: number;
  converged: boolean;
  ownS: number;
  ownServingS: number;
}

/** The host as it was when it joined: no containers, no app image, no berth state (base images stay, as on an AMI). */
async function makeCold(world: World, host: SimHost): Promise<void> {
  const containers = (await host.docker(['ps', '-aq'])).stdout.split('\n').filter((id) => id !== '');
  if (containers.length > 0) await host.docker(['rm', '-f', '-v', ...containers]);
  const keep = new Set([
    ...Object.keys(PUBLISHED_BASE_IMAGES),
    ...Object.values(PUBLISHED_BASE_IMAGES).map((r) => `${world.registry?.host ?? ''}/${r}`),
  ]);
  const images = (await host.docker(['images', '--format', '{{.Repository}}:{{.Tag}}'])).stdout
    .split('\n')
    .filter((ref) => ref !== '' && !keep.has(ref));
  if (images.length > 0) await host.docker(['rmi', '-f', ...images]);
  rmSync(join(host.root, 'var/lib/berth'), { recursive: true, force: true });
  const left = (await host.docker(['images', '--format', '{{.Repository}}:{{.Tag}}'])).stdout
    .split('\n')
    .filter((ref) => ref.includes('/acme/demo'));
  if (left.length > 0) throw new Error(`${host.hostname} still has app images: ${left.join(', ')}`);
}

export default async function main(): Promise<void> {
  const began = Date.now();
  const world = await startWorld({ hosts: 2, registry: true });
  let aws: FakeAws | undefined;
  const dir = scratchDir();
  try {
    aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES });
    seedParameters(aws, world.exampleParameters());
    const setup: WorldDeploy = { world, aws, dir, stackFile: writeStackFile(dir, world.exampleDocument()) };
    const converge = { converge: 'true' } as const;
    const first = await deployInWorld(setup, baseInputs(setup, 'v1', { ...converge, 'batch-size': '2' }));
    if (first.result.outcome.status !== 'success') throw new Error(`the fleet's v1 deploy failed: ${first.result.outcome.summary}`);
    const merged = join(dir, 'out-v1.json');
    console.error(
      `fleet of ${world.hosts.length} on v1 after ${((Date.now() - began) / 1000).toFixed(0)} s; ${JOINING} hosts join, one at a time`,
    );

    const runs: HostRun[] = [];
    for (let i = 0; i < JOINING; i++) {
      const { host, registeredAt } = await joinFleet(world, aws);
      const servedAt = await servingAt(host, 'v1', SERVE_TIMEOUT_MS);
      await aws.associationRunsSettled({ instanceId: host.instanceId, timeoutMs: SERVE_TIMEOUT_MS });
      const record = convergeRecord(host);
      const web = await runningCopies(host, ['web0', 'web1']);
      const converged =
        record?.['outcome'] === 'converged' &&
        record['release'] === 'v1' &&
        [...web.values()].filter((c) => c.running && c.image.endsWith('/acme/demo:v1')).length === 2;

      await makeCold(world, host);
      const started = Date.now();
      // Alone, by instance id, converge left alone (the association keeps targeting the fleet's tags).
      const own = deployInWorld(
        setup,
        baseInputs(setup, 'v1', {
          image: '',
          'stack-json': merged,
          'stack-json-output': join(dir, `own-${i}.json`),
          targets: '',
          'instance-ids': host.instanceId,
        }),
      );
      const ownServedAt = await servingAt(host, 'v1', SERVE_TIMEOUT_MS, 100);
      const { result } = await own;
      if (result.outcome.status !== 'success') throw new Error(`the own deploy to ${host.hostname} failed: ${result.outcome.summary}`);
      const run: HostRun = {
        hostname: host.hostname,
        joinS: (servedAt - registeredAt) / 1000,
        converged,
        ownS: (Date.now() - started) / 1000,
        ownServingS: (ownServedAt - started) / 1000,
      };
      runs.push(run);
      console.error(
        `${run.hostname}: joined and served in ${run.joinS.toFixed(1)} s; own deploy ${run.ownS.toFixed(1)} s (serving after ${run.ownServingS.toFixed(1)} s)`,
      );
    }

    console.log(
      `join: ${JOINING} hosts join a fleet of ${world.hosts.length - JOINING} on the example stack, cold image caches; ` +
        `Run Command latency ${aws.latency.deliveryMs} ms delivery + ${aws.latency.statusLagMs} ms status lag`,
    );
    console.log('| host | converged | join -> serving (s) | own deploy from cold (s) | own deploy: serving after (s) | join / own |');
    console.log('|---|---|---:|---:|---:|---:|');
    for (const r of runs) {
      console.log(
        `| ${r.hostname} | ${r.converged ? 'yes' : 'no'} | ${r.joinS.toFixed(1)} | ${r.ownS.toFixed(1)} | ${r.ownServingS.toFixed(1)} | ${(r.joinS / r.ownS).toFixed(2)} |`,
      );
    }
    const slowest = runs.reduce((a, b) => (b.joinS > a.joinS ? b : a));
    const ratio = Math.max(...runs.map((r) => r.joinS / r.ownS));
    console.log(`goal: every host converged, join / own <= ${GOAL}; total ${((Date.now() - began) / 1000).toFixed(0)} s`);
    console.log(
      JSON.stringify({
        hosts_joined: runs.length,
        converged: runs.filter((r) => r.converged).length,
        join_to_serving_s: Number(slowest.joinS.toFixed(1)),
        own_rollout_s: Number(slowest.ownS.toFixed(1)),
        ratio: Number(ratio.toFixed(2)),
      }),
    );
  } finally {
    await aws?.stop();
    await world.stop();
    removeScratch(dir);
  }
}
