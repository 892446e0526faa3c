// Scale-out converge end to end (issue 19), in one world: deploys with converge on create the environment's
// association and write the release record; hosts that join (registered with the fake AWS, which runs the
// association on them) run the last good release by themselves, health-gated, exactly what a deploy would
// have given them; a release never updates the association; a failed release never reaches a joining host;
// a host that joins during a deploy ends on that deploy's release; drift repair brings back a container
// removed by hand; `berth status` sees the fleet; `berth converge-off` removes the association and the record.
// Three deploys and five hosts in all (two at the start, three that join).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DescribeAssociationExecutionTargetsCommand,
  GetCommandInvocationCommand,
  ListAssociationsCommand,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseInputs,
  deployInWorld,
  fleetVersions,
  removeScratch,
  scratchDir,
  seedParameters,
  WORLD_COMMAND_BYTES,
  writeStackFile,
  type WorldDeploy,
} from '../deploy/helpers-world.js';
import { managedInstanceOf, startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { DUMMY_CREDENTIALS, eventually, ssmClient } from '../world/fakes/aws/test-clients.js';
import { REPO_ROOT } from '../world/images.js';
import { startWorld, type SimHost, type World } from '../world/index.js';
import {
  convergeRecord,
  expectedCopies,
  frontServers,
  joinFleet,
  quickDocument,
  recordingPlanner,
  runningCopies,
  servingAt,
  withoutMigration,
  type PlanCall,
} from './world-converge.js';

const ENVIRONMENT = 'world';
const RECORD_HEAD = `/berth/${ENVIRONMENT}/release`;
/** Every container an example host runs (web's two copies, the worker, the manual haproxy and logs forwarder). */
const COPIES = ['web0', 'web1', 'worker0', 'haproxy0', 'logs0'];
/** How long a joining host may take to serve (pulls from the world's registry, health gate). */
const JOIN_MS = 120_000;

let world: World;
let aws: FakeAws;
let ssm: SSMClient;
let setup: WorldDeploy;
/** The host plans each deploy's own planner built, by version. */
const plans = new Map<string, PlanCall[]>();
/** The deploy ids of successful releases, by version. */
const deployIds = new Map<string, string>();

beforeAll(async () => {
  world = await startWorld({ hosts: 2, registry: true });
  aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES });
  seedParameters(aws, world.exampleParameters());
  ssm = ssmClient(aws.endpoint);
  const dir = scratchDir();
  setup = { world, aws, dir, stackFile: writeStackFile(dir, quickDocument(world)) };
});

afterAll(async () => {
  ssm?.destroy();
  await aws?.stop();
  await world?.stop();
  removeScratch(setup?.dir);
});

/** A deploy with converge on (drift repair every 30 minutes: only the fake's hook runs it here). */
async function deploy(version: string, extra: Parameters<typeof baseInputs>[2] = {}) {
  const calls: PlanCall[] = [];
  plans.set(version, calls);
  const inputs = baseInputs(setup, version, {
    converge: 'true',
    'drift-repair-minutes': '30',
    // Every host at once: the scheduled run checks the whole fleet (MaxConcurrency itself is the fake's test).
    'converge-concurrency': '100%',
    'batch-size': '2',
    ...extra,
  });
  const run = await deployInWorld(setup, inputs, {
    planner: recordingPlanner(inputs['stack-json'] ?? setup.stackFile, WORLD_COMMAND_BYTES, calls),
  });
  if (run.result.outcome.status === 'success') deployIds.set(version, run.result.outcome.deployId);
  return run;
}

/** The plan call a deploy made for its first host (its document and options, to replay for another host). */
function planOf(version: string): PlanCall {
  const call = plans.get(version)?.find((c) => c.facts.instanceId === world.hosts[0]?.instanceId);
  if (!call) throw new Error(`the ${version} deploy built no plan for ${world.hosts[0]?.hostname}`);
  return call;
}

/** The host runs exactly what the `version` deploy gives it: image and berth.hash per container, running; web's copies UP in its haproxy. */
async function expectRunsRelease(host: SimHost, version: string): Promise<void> {
  const expected = expectedCopies(planOf(version), host);
  const running = await runningCopies(host, [...expected.keys()]);
  const seen = [...expected.keys()].map((name) => {
    const copy = running.get(name);
    return { name, image: copy?.image, hash: copy?.hash, running: copy?.running };
  });
  const want = [...expected.entries()].map(([name, e]) => ({ name, image: e.image, hash: e.hash, running: true }));
  expect(seen, `${host.hostname} runs what the ${version} deploy gives it`).toEqual(want);
  const servers = await frontServers(world, host);
  for (const name of ['web0', 'web1']) {
    const server = running.get(name)?.server ?? '';
    expect(server, `${host.hostname} ${name} serves in haproxy`).toMatch(new RegExp(`^${name}(_b)?$`));
    expect(servers[server], `${host.hostname} haproxy server ${server}`).toBe('UP');
  }
}

/** The association berth made for the environment (ListAssociations through the SDK). */
async function associations() {
  return (await ssm.send(new ListAssociationsCommand({}))).Associations ?? [];
}

function associationWrites(from: number, to = aws.requests.length): string[] {
  return aws.requests
    .slice(from, to)
    .filter((r) => /\.(Create|Update|Delete)Association$/.test(r.target) && r.status === 200)
    .map((r) => r.target);
}

/** `berth <argv>` from the sources, against the world's fake AWS. */
function berth(argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/index.ts'), ...argv], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        HOME: setup.dir,
        AWS_ACCESS_KEY_ID: DUMMY_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: DUMMY_CREDENTIALS.secretAccessKey,
        AWS_EC2_METADATA_DISABLED: 'true',
        NODE_NO_WARNINGS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Container name -> id and start time: what shows a restart. */
const startsOf = (copies: Map<string, { id: string; startedAt: string }>) => [...copies.values()].map((c) => [c.id, c.startedAt]);

interface HostRunResult {
  converge?: Record<string, unknown>;
  copies?: { name: string; action: string }[];
}

/** The host script's one-line JSON result: the last line of its output that parses as JSON. */
function lastJsonLine(stdout: string): HostRunResult {
  for (const line of stdout.trim().split('\n').reverse()) {
    try {
      return JSON.parse(line) as HostRunResult;
    } catch {
      // a log line
    }
  }
  return {};
}

const awsFlags = () => ['--environment', ENVIRONMENT, '--aws-region', 'us-east-1', '--aws-endpoint', aws.endpoint];

describe('hosts that join the fleet converge on the last good release', () => {
  it('a host that joins serves v1 without a deploy, health-gated, with what a deploy would give it, and no migration', async () => {
    const { result, lines } = await deploy('v1');
    expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');
    expect(await fleetVersions(world)).toEqual(['v1', 'v1']);
    const [first] = await associations();
    expect(first?.Targets).toEqual([{ Key: 'tag:Role', Values: ['web'] }]);
    expect(first?.ScheduleExpression).toBe('rate(30 minutes)');
    expect(aws.parameters.get(RECORD_HEAD)?.value).toContain(` ${deployIds.get('v1')} v1`);
    // The association ran at its creation on the deploy's hosts, which already run v1: nothing restarted.
    const before = await Promise.all(world.hosts.map((h) => runningCopies(h, COPIES)));
    await aws.associationRunsSettled({ timeoutMs: JOIN_MS });

    const { host } = await joinFleet(world, aws);
    await servingAt(host, 'v1', JOIN_MS);
    await aws.associationRunsSettled({ instanceId: host.instanceId, timeoutMs: JOIN_MS });
    await expectRunsRelease(host, 'v1');
    expect(convergeRecord(host)).toMatchObject({ outcome: 'converged', deployId: deployIds.get('v1'), release: 'v1', replaced: 0 });
    // The migration ran once, on the deploy's first host; never on a host that converged.
    expect(existsSync(join(world.hosts[0]?.root ?? '', 'srv/data/migrations.log'))).toBe(true);
    expect(existsSync(join(host.root, 'srv/data/migrations.log'))).toBe(false);
    // No deploy reached it: the runner sent it nothing.
    const sentTo = aws.requests
      .filter((r) => r.target === 'AmazonSSM.SendCommand')
      .flatMap((r) => (r.body as { InstanceIds?: string[] }).InstanceIds ?? []);
    expect(sentTo).not.toContain(host.instanceId);
    const deployed = world.hosts.slice(0, 2);
    const after = await Promise.all(deployed.map((h) => runningCopies(h, COPIES)));
    expect(after.map(startsOf)).toEqual(before.map(startsOf));
    for (const h of deployed) expect(convergeRecord(h), h.hostname).toMatchObject({ outcome: 'unchanged', deployId: deployIds.get('v1') });

    const status = await berth(['status', '--json', ...awsFlags(), '--targets', 'tag:Role=web', '--stack-name', 'World Stack']);
    expect(status.code, status.stderr).toBe(0);
    const fleet = JSON.parse(status.stdout) as {
      record?: { release: string };
      hosts: {
        instanceId: string;
        releases: string[];
        state: string;
        definitions: { definition: string; copies: { name: string; drift?: string }[] }[];
      }[];
    };
    const drifts = fleet.hosts.map(
      (h) =>
        `${h.instanceId}: ${h.definitions.flatMap((d) => d.copies.filter((c) => c.drift).map((c) => `${d.definition}/${c.name} ${c.drift}`)).join(', ')}`,
    );
    expect(fleet.record?.release).toBe('v1');
    expect(fleet.hosts.map((h) => [h.instanceId, h.releases, h.state]).sort(), drifts.join('\n')).toEqual(
      world.hosts.map((h) => [h.instanceId, ['v1'], 'ok']).sort(),
    );
  }, 600_000);

  it('deploy v2 reaches all hosts without touching the association; a host that joins during it ends on v2', async () => {
    const from = aws.requests.length;
    const running = deploy('v2');
    // The rollout has begun (the deploy holds the fleet lock and listed its hosts): a host joins now.
    await eventually(
      async () =>
        aws.requests
          .slice(from)
          .some((r) => r.target === 'AmazonSSM.SendCommand' && (r.body as { Comment?: string }).Comment === 'berth deploy v2'),
      (begun) => begun,
      120_000,
      100,
    );
    const { host: during } = await joinFleet(world, aws);
    const { result, lines } = await running;
    expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');
    const to = aws.requests.length;
    await servingAt(during, 'v2', JOIN_MS);
    await aws.associationRunsSettled({ instanceId: during.instanceId, timeoutMs: JOIN_MS });
    expect(await fleetVersions(world)).toEqual(world.hosts.map(() => 'v2'));
    for (const host of world.hosts) await expectRunsRelease(host, 'v2');
    // It joined while the deploy held the fleet lock: its converge waited for the deploy, then ran its release.
    expect(convergeRecord(during)).toMatchObject({ outcome: 'converged', deployId: deployIds.get('v2'), release: 'v2' });
    expect(convergeRecord(during)?.['waitedSeconds']).toBeGreaterThan(0);
    // A release never creates, updates or deletes the association (a fleet-wide run would ignore batch-size).
    expect(associationWrites(from, to)).toEqual([]);
    expect(aws.parameters.get(RECORD_HEAD)?.value).toContain(` ${deployIds.get('v2')} v2`);
  }, 600_000);

  it('a failed release is never recorded: a host that joins afterwards gets v2', async () => {
    const stackFile = withoutMigration(join(setup.dir, 'out-v2.json'), join(setup.dir, 'v3-no-migration.json'));
    const { result, lines } = await deploy('v3-broken', { 'stack-json': stackFile, 'build-args': 'VERSION=v3-broken\nBROKEN=1' });
    expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('failure');
    // It failed at the health gate (no migration to fail first); the hosts kept v2 (checked below, through haproxy).
    expect(lines.join('\n')).toMatch(/did not become healthy/);
    expect(aws.parameters.get(RECORD_HEAD)?.value).toContain(` ${deployIds.get('v2')} v2`);

    const { host } = await joinFleet(world, aws);
    await servingAt(host, 'v2', JOIN_MS);
    await aws.associationRunsSettled({ instanceId: host.instanceId, timeoutMs: JOIN_MS });
    await expectRunsRelease(host, 'v2');
    expect(convergeRecord(host)).toMatchObject({ outcome: 'converged', deployId: deployIds.get('v2'), release: 'v2' });
    expect(await fleetVersions(world)).toEqual(world.hosts.map(() => 'v2'));
  }, 600_000);

  it('drift repair: a container removed by hand comes back on the scheduled run, which says what it repaired', async () => {
    const host = world.hosts[2] as SimHost;
    const removed = await host.docker(['rm', '-f', 'web1']);
    expect(removed.code, removed.stderr).toBe(0);
    const others = world.hosts.filter((h) => h !== host);
    const before = await Promise.all(others.map((h) => runningCopies(h, COPIES)));
    const [association] = await associations();
    const executions = aws.runScheduledAssociations();
    expect(executions).toHaveLength(1);
    await aws.associationRunsSettled({ timeoutMs: JOIN_MS });

    await expectRunsRelease(host, 'v2');
    // What each host's run reported (its Run Command output: the host script's result line).
    const targets =
      (
        await ssm.send(
          new DescribeAssociationExecutionTargetsCommand({
            AssociationId: association?.AssociationId ?? '',
            ExecutionId: executions[0] ?? '',
          }),
        )
      ).AssociationExecutionTargets ?? [];
    expect(targets.map((t) => t.ResourceId).sort()).toEqual(world.hosts.map((h) => h.instanceId).sort());
    const results = new Map<string, HostRunResult>();
    for (const target of targets) {
      const output = await ssm.send(
        new GetCommandInvocationCommand({ CommandId: target.OutputSource?.OutputSourceId ?? '', InstanceId: target.ResourceId ?? '' }),
      );
      results.set(target.ResourceId ?? '', lastJsonLine(output.StandardOutputContent ?? ''));
    }
    const repaired = results.get(host.instanceId);
    expect(repaired?.converge, JSON.stringify(repaired)).toMatchObject({
      outcome: 'converged',
      deployId: deployIds.get('v2'),
      started: 1,
      replaced: 0,
    });
    expect(repaired?.copies?.filter((c) => c.action !== 'unchanged').map((c) => [c.name, c.action])).toEqual([['web1', 'started']]);
    expect(convergeRecord(host)).toMatchObject({ outcome: 'converged', started: 1 });
    // The repair ran the deploy's own plan: recorded once, or history and rollback would call v2 undone.
    const plans = join(host.root, 'var/lib/berth/plans');
    const v2Records = readdirSync(plans).flatMap((app) =>
      readdirSync(join(plans, app)).filter((file) => readFileSync(join(plans, app, file), 'utf8').includes(deployIds.get('v2') ?? '-')),
    );
    expect(v2Records.length, v2Records.join(', ')).toBe(readdirSync(plans).length);
    for (const other of others) expect(results.get(other.instanceId)?.converge, other.hostname).toMatchObject({ outcome: 'unchanged' });
    expect((await Promise.all(others.map((h) => runningCopies(h, COPIES)))).map(startsOf)).toEqual(before.map(startsOf));
  }, 300_000);

  it('berth converge-off removes the association and the record; the hosts keep running', async () => {
    const off = await berth(['converge-off', ...awsFlags()]);
    expect(off.code, `${off.stdout}${off.stderr}`).toBe(0);
    expect(await associations()).toEqual([]);
    expect([...aws.parameters.keys()].filter((name) => name.startsWith(RECORD_HEAD))).toEqual([]);
    expect(await fleetVersions(world)).toEqual(world.hosts.map(() => 'v2'));
  }, 120_000);
});
