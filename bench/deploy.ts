// `npm run bench -- deploy`: how long a deploy takes around the work the hosts do. The example stack on the
// local world (10 hosts with their own engines, the world's registry, the fake AWS with its default Run
// Command latency), images already pushed (no build), `poll-interval-seconds: 5`, the action's entry run as
// its own process the way a runner runs it (`node index.js` of a bundle built from the current sources
// before anything is timed, as action.yml's runs.main; INPUT_* variables, GITHUB_OUTPUT). Every host first
// gets v1 (not measured), then:
//   small: v2 to 2 hosts (by instance id), batch-size 1;  large: v3 to all 10 hosts, batch-size 5.
// Per run (definitions from issue 20, computed in bench/lib/deploy-numbers.ts):
//   batches               rollout batches, the migration host's batch of its own included (the action's log)
//   commands_per_host_max the most Run Commands one host received in the run (the fake's SendCommand requests)
//   deploy_wall_s         from the action process's start to its exit
//   host_work_s           sum over batches of the largest host work in the batch; a host's work is its migration
//                         seconds plus its copies' start-to-healthy seconds, as its rollout result reports them
//   ratio                 deploy_wall_s / host_work_s
// Goals: ratio <= 1.5 and commands_per_host_max <= 2 in both runs. About 4 minutes on the 2-core machine;
// it loads the machine: run it alone (flock /tmp/berth-world.lock). Measured numbers: README, "Benchmarks".
import { GetCommandInvocationCommand, ListCommandsCommand, type Command } from '@aws-sdk/client-ssm';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHostResult } from '../src/host/index.js';
import type { HostResult } from '../src/stack/host-plan.js';
import { newJob, startStep, type StepEnd } from '../test/action/cancel-world.js';
import {
  baseInputs,
  removeScratch,
  scratchDir,
  seedParameters,
  WORLD_COMMAND_BYTES,
  type WorldDeploy,
} from '../test/deploy/helpers-world.js';
import { managedInstanceOf } from '../test/world/fakes/aws/from-host.js';
import { ssmClient } from '../test/world/fakes/aws/test-clients.js';
import { startFakeAws, type FakeAws } from '../test/world/fakes/aws.js';
import { startWorld, type World } from '../test/world/index.js';
import { runOk } from '../test/world/proc.js';
import { exampleDocumentOn, pushDemoReleases } from './lib/releases.js';
import {
  batchesFromLog,
  commandsPerInstance,
  deployJsonLine,
  deployNumbers,
  deployTable,
  GOALS,
  hostWorkSeconds,
  meetsGoals,
  roundTripFloorRatio,
  sendTimeline,
  type DeployNumbers,
} from './lib/deploy-numbers.js';

const HOSTS = 10;
const SMALL_HOSTS = 2;
const POLL_SECONDS = '5';
/** The definitions of the example that run the app image (the others run published base images). */

interface Run {
  label: string;
  batchSize: number;
  numbers: DeployNumbers;
}

/** The hosts' rollout results among the commands sent since `since` (epoch ms), by hostname: the last one of each. */
async function rolloutResults(aws: FakeAws, since: number, logFile?: string): Promise<Map<string, HostResult>> {
  const client = ssmClient(aws.endpoint, 3);
  const commands: Command[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListCommandsCommand({ MaxResults: 50, ...(token ? { NextToken: token } : {}) }));
    commands.push(...(page.Commands ?? []));
    token = page.NextToken;
  } while (token);
  const recent = commands
    .filter((c) => (c.RequestedDateTime?.getTime() ?? 0) >= since)
    .sort((a, b) => (a.RequestedDateTime?.getTime() ?? 0) - (b.RequestedDateTime?.getTime() ?? 0));
  const results = new Map<string, HostResult>();
  for (const command of recent) {
    for (const instanceId of command.InstanceIds ?? []) {
      const invocation = await client.send(new GetCommandInvocationCommand({ CommandId: command.CommandId, InstanceId: instanceId }));
      const result = parseHostResult(invocation.StandardOutputContent ?? '');
      if (result?.mode === 'rollout' && result.ok) results.set(result.hostname, result);
      // The host's own log (relative milliseconds per step): where a command's time beyond the work goes.
      if (logFile) appendFileSync(logFile, `== ${instanceId} ${command.CommandId}\n${invocation.StandardErrorContent ?? ''}\n`);
    }
  }
  client.destroy();
  return results;
}

/** What a host's work is made of, for the log: `migration 1.2 + web0 2.1 + ...`. */
function workParts(result: HostResult | undefined): string {
  if (!result) return 'no rollout result';
  const parts = result.migration?.ran ? [`migration ${result.migration.seconds}`] : [];
  for (const copy of result.copies) if (copy.startToHealthy !== undefined) parts.push(`${copy.name} ${copy.startToHealthy}`);
  return `${parts.join(' + ') || 'nothing replaced'}; its command ran ${result.timings.totalSeconds} s`;
}

/** One deploy by the action's entry as its own process; its numbers from its log, the fake and the hosts. */
async function measuredDeploy(
  setup: BenchSetup,
  options: { label: string; version: string; batchSize: number; instanceIds: string[]; all: boolean },
): Promise<Run> {
  const { world, aws, dir } = setup;
  const stackFile = join(dir, `stack-${options.version}.json`);
  writeFileSync(stackFile, exampleDocumentOn(world, options.version));
  const job = newJob(
    dir,
    {
      ...baseInputs({ ...setup, stackFile }, options.version),
      image: '',
      'poll-interval-seconds': POLL_SECONDS,
      'batch-size': String(options.batchSize),
      ...(options.all ? {} : { targets: '', 'instance-ids': options.instanceIds.join(',') }),
    },
    { GITHUB_WORKSPACE: dir },
  );
  const firstRequest = aws.requests.length;
  const started = Date.now();
  const end: StepEnd = await startStep(job, 'main', { bundleDir: setup.bundleDir }).done;
  const wallMs = Date.now() - started;
  const requests = aws.requests.slice(firstRequest);
  if (end.code !== 0)
    throw new Error(`${options.label}: the deploy of ${options.version} failed (exit ${end.code}):\n${end.log.slice(-4000)}`);
  const batches = batchesFromLog(end.log);
  const logDir = process.env['BERTH_BENCH_LOG_DIR'];
  if (logDir) mkdirSync(logDir, { recursive: true });
  const results = await rolloutResults(aws, started, logDir ? join(logDir, `hosts-${options.label}.log`) : undefined);
  const workByHost = new Map([...results].map(([host, result]) => [host, hostWorkSeconds(result)]));
  const numbers = deployNumbers({
    hosts: options.instanceIds.length,
    batches,
    commandsByInstance: commandsPerInstance(requests),
    instanceIds: options.instanceIds,
    wallMs,
    workByHost,
  });
  if (logDir) {
    writeFileSync(join(logDir, `deploy-${options.label}.log`), end.log);
  }
  for (const [index, batch] of batches.entries()) {
    const works = batch.map((host) => `${host} ${(workByHost.get(host) ?? 0).toFixed(1)} s (${workParts(results.get(host))})`);
    console.error(`  ${options.label} batch ${index + 1}/${batches.length}: ${works.join(', ')}`);
  }
  console.error(`  ${options.label}: ${sendTimeline(requests, started)}; exit +${(wallMs / 1000).toFixed(1)} s`);
  const perHost = commandsPerInstance(requests);
  console.error(
    `  ${options.label}: ${(wallMs / 1000).toFixed(1)} s; Run Commands per host: ${world.hosts
      .filter((h) => options.instanceIds.includes(h.instanceId))
      .map((h) => `${h.hostname} ${perHost.get(h.instanceId) ?? 0}`)
      .join(', ')}`,
  );
  return { label: options.label, batchSize: options.batchSize, numbers };
}

/** Every host on v1 (not measured): the measured deploys then replace running copies, as a push does. */
/** The world, the fake AWS and the bundle the measured deploys run (built once, before anything is timed). */
type BenchSetup = WorldDeploy & { bundleDir: string };

/** The action as action.yml runs it: a bundle of the current sources (scripts/build.mjs OUT), not dist/. */
async function buildBundle(dir: string): Promise<string> {
  const out = join(dir, 'bundle');
  await runOk(['node', 'scripts/build.mjs', out], { timeoutMs: 180_000 });
  return out;
}

async function warmUp(setup: WorldDeploy): Promise<void> {
  const stackFile = join(setup.dir, 'stack-v1.json');
  writeFileSync(stackFile, exampleDocumentOn(setup.world, 'v1'));
  const job = newJob(
    setup.dir,
    { ...baseInputs({ ...setup, stackFile }, 'v1'), image: '', 'batch-size': String(HOSTS) },
    { GITHUB_WORKSPACE: setup.dir },
  );
  const end = await startStep(job, 'main').done;
  if (end.code !== 0) throw new Error(`the warm-up deploy of v1 failed (exit ${end.code}):\n${end.log.slice(-4000)}`);
}

export default async function main(): Promise<void> {
  const began = Date.now();
  const dir = scratchDir();
  let world: World | undefined;
  let aws: FakeAws | undefined;
  try {
    world = await startWorld({ hosts: HOSTS, registry: true });
    aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES });
    seedParameters(aws, world.exampleParameters());
    await pushDemoReleases(world, dir, [{ tag: 'v1' }, { tag: 'v2' }, { tag: 'v3' }]);
    const setup: BenchSetup = { world, aws, dir, stackFile: join(dir, 'stack.json'), bundleDir: await buildBundle(dir) };
    console.error(
      `world of ${HOSTS} hosts up, releases pushed after ${((Date.now() - began) / 1000).toFixed(0)} s; warming up (v1 everywhere)`,
    );
    await warmUp(setup);
    console.error(`warm-up done after ${((Date.now() - began) / 1000).toFixed(0)} s`);

    const ids = world.hosts.map((h) => h.instanceId);
    const small = await measuredDeploy(setup, {
      label: 'small',
      version: 'v2',
      batchSize: 1,
      instanceIds: ids.slice(0, SMALL_HOSTS),
      all: false,
    });
    const large = await measuredDeploy(setup, { label: 'large', version: 'v3', batchSize: 5, instanceIds: ids, all: true });

    console.log(
      `deploy: the example stack, images already pushed (no build), poll-interval-seconds ${POLL_SECONDS}, ` +
        `Run Command latency ${aws.latency.deliveryMs} ms delivery + ${aws.latency.statusLagMs} ms status lag`,
    );
    for (const line of deployTable([small, large])) console.log(line);
    const latency = aws.latency;
    const floor = (run: Run) =>
      `${run.label} ${roundTripFloorRatio({ batches: run.numbers.batches, ...latency, hostWorkSeconds: run.numbers.host_work_s }).toFixed(2)}`;
    console.log(
      `round-trip floor, the least ratio of a deployer that sees each round answered before the next ` +
        `((preflight + batches) x (delivery + status lag) + host work) / host work: ${floor(small)}, ${floor(large)}`,
    );
    console.log(
      `goals: ratio <= ${GOALS.ratio} and commands per host <= ${GOALS.commandsPerHost} in both runs: ` +
        `${meetsGoals(small.numbers) && meetsGoals(large.numbers) ? 'met' : 'not met'}; total ${((Date.now() - began) / 1000).toFixed(0)} s`,
    );
    console.log(deployJsonLine(large.numbers, small.numbers));
  } finally {
    await aws?.stop();
    await world?.stop();
    removeScratch(dir);
  }
}
