// Cancelling a deploy job, for real: the action's main step runs as its own process against 2 simulated
// hosts (real engines, haproxy, the host script through the fake SSM), gets SIGINT at a chosen phase
// (GitHub's cancel), and the post step finishes the deploy from what the main step saved. Each case
// checks what runs on every host (docker inspect), the lock, the outcome text, the GitHub deployment's
// status and the Rollbar deploy, as the fakes recorded them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseInputs,
  deployInWorld,
  removeScratch,
  scratchDir,
  seedParameters,
  webRuns,
  writeStackFile,
  type WorldDeploy,
} from '../deploy/helpers-world.js';
import { managedInstanceOf } from '../world/fakes/aws/from-host.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { startFakeGitHub, type FakeGitHub } from '../world/fakes/github.js';
import { startFakeRollbar, type FakeRollbar } from '../world/fakes/rollbar.js';
import { startWorld, type SimHost, type World } from '../world/index.js';
import { WORLD_COMMAND_BYTES } from '../deploy/helpers-world.js';
import { DOCKER_CLIENT } from '../world/engine.js';
import { runOk } from '../world/proc.js';
import { heldInFake, lockGenerations } from '../deploy/lock-helpers.js';
import { containersOf, newJob, recordedPlans, startCli, startStep, stateDeployId, until, type StepEnd } from './cancel-world.js';

let world: World;
let aws: FakeAws;
let github: FakeGitHub;
let rollbar: FakeRollbar;
let setup: WorldDeploy;
const LOCK = '/berth/world/lock';
const SHA = 'c0ffee0000000000000000000000000000000001';

/** The example document at `tag`, its migration taking `migrateSeconds` (so a cancel can land in it). */
function documentAt(tag: string, migrateSeconds = 1): string {
  const document = JSON.parse(world.exampleDocument()) as {
    deploy: { demo: { containers: Record<string, { tag?: string; image?: string; env?: Record<string, string> }>[] } };
  };
  for (const entry of document.deploy.demo.containers) {
    for (const definition of Object.values(entry)) {
      if (definition.image?.endsWith('/acme/demo')) definition.tag = tag;
      if (definition.env && 'MIGRATION_LOG' in definition.env) definition.env['MIGRATE_SECONDS'] = String(migrateSeconds);
    }
  }
  return JSON.stringify(document, null, 2);
}

const demo = (version: string) => `${world.registry?.host ?? ''}/acme/demo:${version}`;

/** What the hosts run, in host order: 'v1', 'v2', or 'mixed' when web0/web1 run neither. */
async function fleetOn(): Promise<string[]> {
  const [v1, v2] = await Promise.all([webRuns(world, demo('v1')), webRuns(world, demo('v2'))]);
  return world.hosts.map((_, i) => (v1[i] ? 'v1' : v2[i] ? 'v2' : 'neither'));
}

/** Per host (in host order), the comments of the commands since request `from` that change hosts (no reads). */
function changesSince(from: number): string[][] {
  const bodies = aws.requests
    .slice(from)
    .filter((r) => r.target === 'AmazonSSM.SendCommand' && r.status === 200)
    .map((r) => r.body as { Comment?: string; InstanceIds?: string[] })
    .filter((b) => !/ (preflight|state before|read back) /.test(b.Comment ?? ''));
  return world.hosts.map((h) => bodies.filter((b) => b.InstanceIds?.includes(h.instanceId)).map((b) => b.Comment ?? ''));
}

/** SendCommands so far with this comment. */
const sends = (comment: string) =>
  aws.requests.filter(
    (r) => r.target === 'AmazonSSM.SendCommand' && r.status === 200 && (r.body as { Comment?: string }).Comment === comment,
  );

interface CancelledJob {
  main: StepEnd;
  post: StepEnd;
  result: {
    status?: string;
    fleet?: string;
    summary?: string;
    deployId?: string;
    hosts?: { hostname: string; state: string; story?: string }[];
    cancelled?: boolean;
  };
  /** The GitHub deployment this job created: its statuses, oldest first. */
  statuses: { state: string; description: string }[];
}

/** What a job deploys: the demo image's tag, and the version it is deployed as (its commands' comment). */
interface JobRelease {
  tag?: string;
  version?: string;
  /** Called right after the SIGINT. */
  afterSignal?: () => void;
}

/** One deploy job of the v2 document (or `release`): SIGINT to the main step once `when` holds, then the post step. */
async function cancelledJob(
  when: () => boolean | Promise<boolean>,
  inputs: Record<string, string> = {},
  migrateSeconds = 1,
  release: JobRelease = {},
): Promise<CancelledJob> {
  const { tag = 'v2', version = 'v2' } = release;
  const stackFile = writeStackFile(setup.dir, documentAt(tag, migrateSeconds));
  const deploymentsBefore = github.deployments.length;
  const job = newJob(
    setup.dir,
    {
      ...baseInputs({ ...setup, stackFile }, version),
      image: '',
      'rollbar-endpoint': rollbar.endpoint,
      'github-token': github.token,
      ...inputs,
    },
    {
      GITHUB_WORKSPACE: setup.dir,
      GITHUB_SHA: SHA,
      GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
      GITHUB_API_URL: github.url,
      GITHUB_RUN_ID: '77',
      GITHUB_ACTOR: 'cancel-test',
    },
  );
  const mainStep = startStep(job, 'main');
  const ended = mainStep.done.then((end) => end);
  let exited = false;
  void ended.then(() => (exited = true));
  await until(() => when() || exited, 240_000, 'the phase to cancel in');
  if (exited) throw new Error(`the main step ended before the cancel:\n${(await ended).log.slice(-4000)}`);
  const signalled = Date.now();
  process.kill(mainStep.pid, 'SIGINT');
  release.afterSignal?.();
  const main = await ended;
  // GitHub kills the step 10 s after its SIGINT: the main step must be gone well before.
  expect(Date.now() - signalled, main.log.slice(-3000)).toBeLessThan(8_000);
  const post = await startStep(job, 'post').done;
  const deployment = github.deployments[deploymentsBefore];
  return {
    main,
    post,
    // The step that finished the deploy reports it: the post step, or the main step when it ended in time.
    result: JSON.parse(post.outputs['result'] ?? main.outputs['result'] ?? '{}') as CancelledJob['result'],
    statuses: (deployment?.statuses ?? []).map((s) => ({ state: s.state, description: s.description })),
  };
}

/**
 * A job of `release` cancelled between batches: once docker1 has run its whole batch (its plan recorded,
 * the script done) and before docker2's batch is sent. The service learns of a script's end 5 s after it
 * (not 1 s) meanwhile: the window to cancel in.
 */
async function cancelledBetweenBatches(
  release: { tag: string; version: string },
  inputs: Record<string, string> = {},
): Promise<CancelledJob> {
  const docker1 = world.hosts[0] as SimHost;
  const plansBefore = new Set(recordedPlans(docker1, 'demo').map((p) => p.name));
  const first = sends(`berth deploy ${release.version}`).length;
  const lag = aws.latency.statusLagMs;
  aws.latency.statusLagMs = 5_000;
  try {
    return await cancelledJob(
      () =>
        sends(`berth deploy ${release.version}`).length === first + 1 &&
        recordedPlans(docker1, 'demo').some((p) => !plansBefore.has(p.name)),
      inputs,
      1,
      { ...release, afterSignal: () => (aws.latency.statusLagMs = lag) },
    );
  } finally {
    aws.latency.statusLagMs = lag;
  }
}

/** The lock's newest generation is this deploy's, released by the deploy itself; nobody holds the lock. */
function lockLetGoBy(deployId: string | undefined): void {
  const top = lockGenerations(aws.parameters, LOCK).at(-1)?.record;
  expect(deployId).toBeTruthy();
  expect(top?.deployId).toBe(deployId);
  expect(top?.released).not.toBe('');
  expect(top?.releasedBy).toBe('holder');
  expect(heldInFake(aws.parameters, LOCK)).toBeUndefined();
  expect(aws.parameters.has(LOCK)).toBe(false);
}

/** Each host's demo containers (name, image id, env, command) as docker inspect shows them. */
const fleetContainers = () => Promise.all(world.hosts.map((h) => containersOf(h, 'demo')));

/** The demo image docker1 does not run now: a stop case deploys it, so docker1 changes whatever it ran before. */
async function tagDocker1DoesNotRun(): Promise<string> {
  return (await fleetOn())[0] === 'v1' ? 'v2' : 'v1';
}

/** The fleet before a case: each host's containers, docker2's last deploy, where the requests stood. */
async function fleetBefore() {
  return { containers: await fleetContainers(), docker2State: stateDeployId(world.hosts[1] as SimHost, 'demo'), from: aws.requests.length };
}

/**
 * A cancel with failure-policy stop that docker1's batch had reached and docker2's had not: docker1 ran
 * the release to its end and stays on it, docker2 is exactly as before, neither was sent a way back, the
 * outcome names the mixed fleet host by host, the lock is released, the deployment failed.
 */
async function expectDocker1LeftOnRelease(
  job: CancelledJob,
  release: { tag: string; version: string },
  before: Awaited<ReturnType<typeof fleetBefore>>,
): Promise<void> {
  const [docker1, docker2] = world.hosts as [SimHost, SimHost];
  expect(job.result.status, explain(job)).toBe('failure');
  expect(job.result.fleet, explain(job)).toBe('mixed');
  expect(job.result.cancelled).toBe(true);
  // What the hosts run: docker1 the release (its state names this deploy); docker2 image, env, command as before.
  expect((await webRuns(world, demo(release.tag)))[0]).toBe(true);
  expect(stateDeployId(docker1, 'demo')).toBe(job.result.deployId);
  const after = await fleetContainers();
  expect(after[0]).not.toEqual(before.containers[0]);
  expect(after[1]).toEqual(before.containers[1]);
  expect(stateDeployId(docker2, 'demo')).toBe(before.docker2State);
  // What they were sent: docker1 its rollout, nothing after it (no way back); docker2 nothing that changes it.
  expect(changesSince(before.from)).toEqual([[`berth deploy ${release.version}`], []]);
  const summary = job.result.summary ?? '';
  expect(summary).toMatch(
    /^The deploy was cancelled\. Left as is \(failure-policy stop\): 1 host\(s\) changed by the new release \(docker1 /,
  );
  expect(summary).toContain('What every host runs now (read back): The fleet is mixed:');
  expect(summary).toMatch(new RegExp(`\n- docker1 \\([^)]*\\): the new release: [^\n]*acme/demo:${release.tag} \\(web0, web1, worker0\\)`));
  expect(summary).toMatch(/\n- docker2 \([^)]*\): not the new release: [^\n]*acme\/demo@sha256:[0-9a-f]+ \(web0, web1, worker0\)/);
  expect(job.result.hosts?.map((h) => `${h.hostname} ${h.state}`)).toEqual(['docker1 updated', 'docker2 untouched']);
  lockLetGoBy(job.result.deployId);
  expect(job.statuses.at(-1)).toEqual({ state: 'failure', description: expect.stringMatching(/^The deploy was cancelled/) });
  expect([...rollbar.deploys.values()].at(-1)?.status).toBe('failed');
}

const explain = (job: CancelledJob) => `main:\n${job.main.log.slice(-3000)}\npost:\n${job.post.log.slice(-5000)}`;

beforeAll(async () => {
  world = await startWorld({ hosts: 2, registry: true });
  aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES });
  const parameters = world.exampleParameters();
  seedParameters(aws, parameters);
  github = await startFakeGitHub();
  rollbar = await startFakeRollbar({ token: parameters['/berth-example/rollbar-token'] ?? '' });
  const dir = scratchDir();
  setup = { world, aws, dir, stackFile: writeStackFile(dir, documentAt('v1')) };
  // The fleet on v1 (built, pushed and deployed in-process).
  const v1 = await deployInWorld(setup, baseInputs(setup, 'v1'));
  if (v1.result.outcome.status !== 'success') throw new Error(`v1 did not deploy: ${v1.result.outcome.summary}`);
  // v2 built and pushed, as a build step would have.
  const builder = await world.builder();
  await world.buildDemoApp({ repository: `${world.registry?.host ?? ''}/acme/demo`, version: 'v2' });
  const docker = { env: { ...builder.env, DOCKER_CONFIG: setup.dir } };
  await runOk([DOCKER_CLIENT, 'login', '-u', world.registry?.robot.username ?? '', '--password-stdin', world.registry?.host ?? ''], {
    ...docker,
    input: world.registry?.robot.password ?? '',
  });
  await runOk([DOCKER_CLIENT, 'push', '-q', demo('v2')], { ...docker, timeoutMs: 120_000 });
}, 600_000);

afterAll(async () => {
  await aws?.stop();
  await github?.stop();
  await rollbar?.stop();
  await world?.stop();
  removeScratch(setup?.dir);
});

describe('a cancelled deploy job, in the local world', () => {
  it('cancelled in preflight: nothing changes, the deployment is failed, the lock released', async () => {
    const job = await cancelledJob(() => sends('berth preflight v2').length > 0);
    expect(job.result.fleet, explain(job)).toBe('unchanged');
    expect(job.result.summary).toBe('The deploy was cancelled before any host changed; nothing was changed.');
    expect(await fleetOn()).toEqual(['v1', 'v1']);
    expect(sends('berth deploy v2')).toHaveLength(0);
    expect(aws.parameters.has(LOCK)).toBe(false);
    expect(job.statuses.at(-1)?.state).toBe('failure');
  }, 300_000);

  it('cancelled during the migration (rollback): the migration host finishes its batch, then goes back; the other is never sent the release', async () => {
    const first = sends('berth deploy v2').length;
    const from = aws.requests.length;
    const job = await cancelledJob(() => sends('berth deploy v2').length > first, {}, 6);
    expect(job.result.status, explain(job)).toBe('failure');
    expect(job.result.fleet, explain(job)).toBe('rolled-back');
    expect(job.result.summary).toMatch(/^The deploy was cancelled\./);
    expect(job.result.summary).toContain('What every host runs now (read back):');
    expect(job.post.log).toMatch(/Wait for the 1 host\(s\) still running a command: docker1/);
    // docker1 ran the new release to its end (never killed mid-swap), then its way back; docker2 got nothing.
    const changes = changesSince(from);
    expect(changes[0]?.[0]).toBe('berth deploy v2');
    expect(changes[0]).toHaveLength(2);
    expect(changes[1]).toEqual([]);
    expect(await fleetOn()).toEqual(['v1', 'v1']);
    expect(aws.parameters.has(LOCK)).toBe(false);
    expect(job.statuses.at(-1)).toEqual({ state: 'failure', description: expect.stringMatching(/^The deploy was cancelled/) });
    expect([...rollbar.deploys.values()].at(-1)?.status).toBe('failed');
    expect(job.post.summary).toContain('The deploy was cancelled');
  }, 300_000);

  it('cancelled mid-copy with failure-policy stop: the batch in flight finishes, no further batch, the mixed fleet named host by host', async () => {
    const first = sends('berth deploy v2').length;
    const job = await cancelledJob(() => sends('berth deploy v2').length > first, { 'failure-policy': 'stop' });
    expect(job.result.fleet, explain(job)).toBe('mixed');
    expect(await fleetOn()).toEqual(['v2', 'v1']);
    expect(job.result.summary).toContain('The fleet is mixed:');
    expect(job.result.summary).toMatch(/- docker1 \([^)]*\): the new release: .*acme\/demo:v2 \(web0, web1, worker0\)/);
    // What runs where it is not the plan's: the digest the host reports.
    expect(job.result.summary).toMatch(/- docker2 \([^)]*\): not the new release: .*acme\/demo@sha256:[0-9a-f]+ \(web0, web1, worker0\)/);
    expect(job.result.hosts?.map((h) => `${h.hostname} ${h.state}`)).toEqual(['docker1 updated', 'docker2 untouched']);
    expect(aws.parameters.has(LOCK)).toBe(false);
    expect(job.statuses.at(-1)?.state).toBe('failure');
  }, 300_000);

  it('berth deploy, Ctrl-C mid-copy (failure-policy stop): the host in flight finishes its swap, the outcome and the lock say so', async () => {
    // Before: docker1 on v2, docker2 on v1. docker1 has nothing to change; docker2's batch is the one in flight.
    const first = sends('berth deploy v2').length;
    const stackFile = writeStackFile(setup.dir, documentAt('v2'));
    const inputs: Record<string, string> = {
      ...(baseInputs({ ...setup, stackFile }, 'v2') as Record<string, string>),
      image: '',
      'failure-policy': 'stop',
    };
    delete inputs['command'];
    for (const name of ['context', 'dockerfile', 'build-args', 'registry-username', 'registry-password']) delete inputs[name];
    const argv = ['deploy', '--json', ...Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value])];
    const job = newJob(setup.dir, {}, { GITHUB_WORKSPACE: setup.dir });
    const cli = startCli(job, argv);
    let exited = false;
    void cli.done.then(() => (exited = true));
    await until(() => sends('berth deploy v2').length >= first + 2 || exited, 240_000, "docker2's batch");
    expect(exited).toBe(false);
    process.kill(cli.pid, 'SIGINT');
    const end = await cli.done;
    const outcome = JSON.parse(end.stdout.trim().split('\n').pop() ?? '{}') as { status?: string; fleet?: string; summary?: string };
    expect(end.code, end.log.slice(-4000)).toBe(1);
    expect(end.log).toMatch(/SIGINT: stopping\. No new batch starts; the batch in flight \(docker2 \([^)]*\)\) finishes/);
    // Stopped, not killed: docker2 finished its swap to v2; with stop, nothing goes back.
    expect(await fleetOn()).toEqual(['v2', 'v2']);
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('updated');
    expect(outcome.summary).toMatch(/^The deploy was cancelled\. Left as is \(failure-policy (is )?stop\)/);
    expect(outcome.summary).toMatch(/- docker2 \([^)]*\): the new release: .*acme\/demo:v2 \(web0, web1, worker0\)/);
    expect(aws.parameters.has(LOCK)).toBe(false);
  }, 300_000);

  // The cases below deploy the v1 image again (as version v1b, v1c, v1d) onto the fleet the CLI case left on v2.

  it('cancelled between batches (rollback): docker1 ran its whole batch and goes back exactly; docker2 is never sent the release', async () => {
    const [docker1, docker2] = world.hosts as [SimHost, SimHost];
    const before = await fleetContainers();
    expect(await fleetOn()).toEqual(['v2', 'v2']);
    const plansBefore = new Set(recordedPlans(docker1, 'demo').map((p) => p.name));
    const docker2State = stateDeployId(docker2, 'demo');
    const first = sends('berth deploy v1b').length;
    const from = aws.requests.length;
    const job = await cancelledBetweenBatches({ tag: 'v1', version: 'v1b' });
    expect(job.result.status, explain(job)).toBe('failure');
    expect(job.result.fleet, explain(job)).toBe('rolled-back');
    expect(job.result.cancelled).toBe(true);
    expect(job.result.summary).toMatch(/^The deploy was cancelled\./);
    expect(job.result.summary).toContain('What every host runs now (read back):');
    // No new batch: only docker1's rollout command was ever sent; docker2 got no command that changes it.
    expect(sends('berth deploy v1b')).toHaveLength(first + 1);
    const changes = changesSince(from);
    expect(changes[0]).toHaveLength(2);
    expect(changes[0]?.[0]).toBe('berth deploy v1b');
    expect(changes[1]).toEqual([]);
    // At the cancel, docker1's command was the only one SSM had (its end not yet shown); the post step waited for it.
    expect(job.main.log).toMatch(/The deploy was cancelled; still running on docker1 \([^)]*\)\. /);
    expect(job.post.log).toMatch(/Wait for the 1 host\(s\) still running a command: docker1/);
    // docker1 ran the release to its end (recorded under the deploy's id), then its way back did.
    const deployId = job.result.deployId;
    expect(recordedPlans(docker1, 'demo').some((p) => !plansBefore.has(p.name) && p.text.includes(`${deployId ?? '?'}`))).toBe(true);
    expect(stateDeployId(docker1, 'demo')).toBe(`${deployId ?? '?'}~undo`);
    expect(stateDeployId(docker2, 'demo')).toBe(docker2State);
    // Exactly what each host ran before: image, env, command of every container.
    expect(await fleetContainers()).toEqual(before);
    expect(await fleetOn()).toEqual(['v2', 'v2']);
    expect(job.result.hosts?.map((h) => `${h.hostname} ${h.state}`)).toEqual(['docker1 rolled-back', 'docker2 untouched']);
    lockLetGoBy(deployId);
    expect(job.statuses.at(-1)).toEqual({ state: 'failure', description: expect.stringMatching(/^The deploy was cancelled/) });
    expect([...rollbar.deploys.values()].at(-1)?.status).toBe('failed');
  }, 300_000);

  it('cancelled mid-copy (rollback): the host in flight finishes its swap, then every host the rollout reached goes back exactly', async () => {
    const [docker1, docker2] = world.hosts as [SimHost, SimHost];
    const before = await fleetContainers();
    expect(await fleetOn()).toEqual(['v2', 'v2']);
    const newCopies = async () =>
      (await docker2.docker(['ps', '-a', '-q', '--filter', 'label=berth.app=demo', '--filter', `ancestor=${demo('v1')}`])).stdout.trim();
    expect(await newCopies()).toBe('');
    const first = sends('berth deploy v1c').length;
    const from = aws.requests.length;
    // Cancelled once docker2 has created its first new copy (v1) and has not finished the batch.
    const job = await cancelledJob(async () => sends('berth deploy v1c').length === first + 2 && (await newCopies()) !== '', {}, 1, {
      tag: 'v1',
      version: 'v1c',
    });
    expect(job.result.status, explain(job)).toBe('failure');
    expect(job.result.fleet, explain(job)).toBe('rolled-back');
    expect(job.result.summary).toMatch(/^The deploy was cancelled\./);
    expect(job.post.log).toMatch(/Wait for the 1 host\(s\) still running a command: docker2/);
    const changes = changesSince(from);
    expect(changes.map((c) => c[0])).toEqual(['berth deploy v1c', 'berth deploy v1c']);
    expect(changes.map((c) => c.length)).toEqual([2, 2]);
    // docker2 was not killed mid-swap: it finished (its plan recorded under the deploy's id), then went back.
    const deployId = job.result.deployId ?? '?';
    for (const host of [docker1, docker2]) {
      const plans = recordedPlans(host, 'demo');
      expect(plans.at(-2)?.text, host.hostname).toContain(deployId);
      expect(stateDeployId(host, 'demo'), host.hostname).toBe(`${deployId}~undo`);
    }
    expect(await fleetContainers()).toEqual(before);
    expect(await fleetOn()).toEqual(['v2', 'v2']);
    expect(job.result.hosts?.map((h) => `${h.hostname} ${h.state}`)).toEqual(['docker1 rolled-back', 'docker2 rolled-back']);
    lockLetGoBy(job.result.deployId);
    expect(job.statuses.at(-1)?.state).toBe('failure');
  }, 300_000);

  it("the deploy's deadline passing mid-batch (rollback): no new batch, the batch in flight finishes, then the way back", async () => {
    // In process, its clock moved past timeout-minutes (1) once docker1's batch is sent: the deadline
    // passes in the batch without a minute's wait. Only the deploy's clock moves; hosts and SSM run in real time.
    const [docker1, docker2] = world.hosts as [SimHost, SimHost];
    const before = await fleetContainers();
    const docker2State = stateDeployId(docker2, 'demo');
    const first = sends('berth deploy v1d').length;
    const from = aws.requests.length;
    let skew = 0;
    const stackFile = writeStackFile(setup.dir, documentAt('v1'));
    const deploy = deployInWorld(
      { ...setup, stackFile },
      { ...baseInputs({ ...setup, stackFile }, 'v1d'), image: '', 'timeout-minutes': '1' },
      { now: () => Date.now() + skew },
    );
    let ended = false;
    void deploy.finally(() => (ended = true));
    await until(() => sends('berth deploy v1d').length > first || ended, 120_000, "docker1's batch");
    skew = 61_000;
    const { result, lines } = await deploy;
    const log = lines.join('\n');
    expect(result.outcome.status, log.slice(-4000)).toBe('failure');
    expect(result.outcome.fleet, log.slice(-4000)).toBe('rolled-back');
    expect(result.outcome.summary).toMatch(/^The deploy's deadline passed \(timeout-minutes 1, at /);
    expect(result.outcome.summary).toContain('What every host runs now (read back):');
    expect(log).toMatch(
      /The deploy's deadline passed [^\n]*: no new batch was started \(1 host\(s\) not sent anything\); the batch in flight was let finish\./,
    );
    // docker1 finished its batch (never cancelled), then its way back; docker2 was never sent the release.
    expect(aws.requests.slice(from).some((r) => r.target === 'AmazonSSM.CancelCommand')).toBe(false);
    const changes = changesSince(from);
    expect(changes[0]).toEqual(['berth deploy v1d', expect.stringMatching(/^berth /)]);
    expect(changes[1]).toEqual([]);
    expect(recordedPlans(docker1, 'demo').at(-2)?.text).toContain(result.outcome.deployId);
    expect(stateDeployId(docker1, 'demo')).toBe(`${result.outcome.deployId}~undo`);
    expect(stateDeployId(docker2, 'demo')).toBe(docker2State);
    expect(await fleetContainers()).toEqual(before);
    expect(await fleetOn()).toEqual(['v2', 'v2']);
    lockLetGoBy(result.outcome.deployId);
  }, 300_000);

  // failure-policy stop at each phase. Each case deploys the demo image docker1 does not run, so docker1
  // changes and docker2 (never reached, or reached too) is told apart from the release.

  it('cancelled between batches (stop): docker1 stays on the release, docker2 is never sent it, no way back', async () => {
    const tag = await tagDocker1DoesNotRun();
    const release = { tag, version: 'stop-a' };
    const before = await fleetBefore();
    const job = await cancelledBetweenBatches(release, { 'failure-policy': 'stop' });
    expect(job.main.log, explain(job)).toMatch(/The deploy was cancelled; still running on docker1 \([^)]*\)\. /);
    await expectDocker1LeftOnRelease(job, release, before);
  }, 300_000);

  it('cancelled during the migration (stop): the migration ends, docker1 finishes its batch and stays, docker2 is never sent the release', async () => {
    const docker1 = world.hosts[0] as SimHost;
    const tag = await tagDocker1DoesNotRun();
    const release = { tag, version: 'stop-b' };
    const before = await fleetBefore();
    const migrations = async () => (await docker1.exec(['cat', `${docker1.root}/srv/data/migrations.log`])).stdout;
    const migrationsBefore = await migrations();
    // The migration's container running on docker1 (6 s long: MIGRATE_SECONDS is also new env, so docker2 differs either way).
    const migrating = async () => (await docker1.docker(['ps', '-q', '--filter', 'label=berth.kind=migration'])).stdout.trim() !== '';
    const job = await cancelledJob(migrating, { 'failure-policy': 'stop' }, 6, release);
    expect(job.post.log, explain(job)).toMatch(/Wait for the 1 host\(s\) still running a command: docker1/);
    // The migration was not killed: it ran to its end and logged it, once.
    const migrationsAfter = await migrations();
    expect(migrationsAfter.startsWith(migrationsBefore)).toBe(true);
    expect(migrationsAfter.slice(migrationsBefore.length)).toMatch(new RegExp(`^\\S+Z ${tag}\\n$`));
    await expectDocker1LeftOnRelease(job, release, before);
  }, 300_000);
});
