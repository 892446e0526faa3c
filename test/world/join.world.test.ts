// Hosts that join a running world and leave it: the fake AWS's instance list and tag targets follow, a command
// by tag really runs on the joined host's own engine and root, a berth deploy by tag reaches it, and once it
// left its engine is stopped and nothing reaches it any more.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  DescribeInstanceInformationCommand,
  GetCommandInvocationCommand,
  type GetCommandInvocationCommandOutput,
  SendCommandCommand,
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
  webRuns,
  writeStackFile,
  type WorldDeploy,
} from '../deploy/helpers-world.js';
import { type FakeAws, managedInstanceOf, startFakeAws } from './fakes/aws.js';
import { eventually, ssmClient } from './fakes/aws/test-clients.js';
import { type SimHost, type World, startWorld } from './index.js';

let world: World;
let aws: FakeAws;
let ssm: SSMClient;
let setup: WorldDeploy;

beforeAll(async () => {
  world = await startWorld({ hosts: 1, registry: true });
  aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES });
  seedParameters(aws, world.exampleParameters());
  ssm = ssmClient(aws.endpoint);
  const dir = scratchDir();
  setup = { world, aws, dir, stackFile: writeStackFile(dir, world.exampleDocument()) };
});

afterAll(async () => {
  ssm?.destroy();
  await aws?.stop();
  await world?.stop();
  removeScratch(setup?.dir);
});

async function listed(filters: { Key: string; Values: string[] }[] = []): Promise<string[]> {
  const answer = await ssm.send(new DescribeInstanceInformationCommand(filters.length > 0 ? { Filters: filters } : {}));
  return (answer.InstanceInformationList ?? []).map((info) => info.InstanceId ?? '').sort();
}

async function sendByTag(key: string, value: string, commands: string[]): Promise<{ commandId: string; targets: number }> {
  const sent = await ssm.send(
    new SendCommandCommand({
      DocumentName: 'AWS-RunShellScript',
      Targets: [{ Key: `tag:${key}`, Values: [value] }],
      Parameters: { commands, executionTimeout: ['120'] },
    }),
  );
  return { commandId: sent.Command?.CommandId ?? '', targets: sent.Command?.TargetCount ?? -1 };
}

function awaitInvocation(
  commandId: string,
  instanceId: string,
  done: (inv: GetCommandInvocationCommandOutput) => boolean,
): Promise<GetCommandInvocationCommandOutput> {
  return eventually(() => ssm.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId })), done, 120_000, 200);
}

const finished = (inv: GetCommandInvocationCommandOutput) => ['Success', 'Failed', 'TimedOut', 'Cancelled'].includes(inv.Status ?? '');

describe('a host that joins the running world', () => {
  it('is reached by a berth deploy by tag (Role=web) like the hosts the world started with', async () => {
    const joined = await world.addHost({ tags: { Role: 'web', Environment: 'production' } });
    aws.instances.add(managedInstanceOf(joined));
    expect(world.hosts.map((h) => h.hostname)).toEqual(['docker1', 'docker2']);

    const from = aws.requests.length;
    const { result, lines } = await deployInWorld(setup, baseInputs(setup, 'v1'));
    expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');
    expect(await fleetVersions(world)).toEqual(['v1', 'v1']);
    expect(await webRuns(world, `${world.registry?.host ?? ''}/acme/demo:v1`)).toEqual([true, true]);
    const deploySends = aws.requests
      .slice(from)
      .filter((r) => r.target === 'AmazonSSM.SendCommand' && r.status === 200)
      .map((r) => r.body as { Comment?: string; InstanceIds?: string[] })
      .filter((body) => body.Comment === 'berth deploy v1');
    expect(deploySends.map((body) => body.InstanceIds)).toContainEqual([joined.instanceId]);
  }, 600_000);

  it('is listed, runs a command sent by tag on its own engine and root, and runs a container', async () => {
    const host = await world.addHost({ tags: { Role: 'batch', Joined: 'yes' } });
    aws.instances.add(managedInstanceOf(host));
    expect(host.tags).toEqual({ Name: 'docker3', Role: 'batch', Joined: 'yes' });
    expect(new Set(world.hosts.map((h) => h.address)).size).toBe(3);
    expect(await listed([{ Key: 'tag:Joined', Values: ['yes'] }])).toEqual([host.instanceId]);
    expect(await listed()).toEqual(world.hosts.map((h) => h.instanceId).sort());

    const { commandId, targets } = await sendByTag('Joined', 'yes', [
      'docker info --format "engine-root={{.DockerRootDir}}"',
      'echo "$AWS_SSM_INSTANCE_ID" > "$BERTH_HOST_ROOT/var/lib/berth/joined"',
      'docker run --rm --network none local/busybox:1 echo hello-from-a-container',
    ]);
    expect(targets).toBe(1);
    const ran = await awaitInvocation(commandId, host.instanceId, finished);
    expect(ran.Status, ran.StandardErrorContent).toBe('Success');
    // Its own engine: the data root is under the host's own directory, not another host's.
    expect(ran.StandardOutputContent).toContain(`engine-root=${join(dirname(host.root), 'data')}\n`);
    expect(ran.StandardOutputContent).toContain('hello-from-a-container');
    expect(readFileSync(join(host.root, 'var/lib/berth/joined'), 'utf8').trim()).toBe(host.instanceId);
  }, 300_000);

  it('leaves: its unfinished command ends Undeliverable, its engine stops, and nothing by tag reaches it any more', async () => {
    const host = world.hosts.find((h) => h.tags['Joined'] === 'yes') as SimHost;
    const hostDir = dirname(host.root);
    const engineSocket = join(hostDir, 'd.sock');
    const enginePid = Number(readFileSync(join(hostDir, 'dockerd.pid'), 'utf8').trim());
    const running = await host.docker(['run', '-d', '--network', 'none', 'local/busybox:1', 'sleep', '600']);
    expect(running.code, running.stderr).toBe(0);
    const containerPid = Number((await host.docker(['inspect', '-f', '{{.State.Pid}}', running.stdout.trim()])).stdout.trim());
    expect(alive(containerPid)).toBe(true);

    const { commandId } = await sendByTag('Joined', 'yes', ['sleep 100', 'echo never']);
    await awaitInvocation(commandId, host.instanceId, (inv) => inv.Status === 'InProgress');
    aws.instances.remove(host.instanceId);
    await world.removeHost(host.instanceId);

    const ended = await awaitInvocation(commandId, host.instanceId, finished);
    expect([ended.Status, ended.StatusDetails, ended.ResponseCode]).toEqual(['Failed', 'Undeliverable', -1]);
    expect(world.hosts.map((h) => h.instanceId)).not.toContain(host.instanceId);
    expect(await listed()).toEqual(world.hosts.map((h) => h.instanceId).sort());
    expect(await listed([{ Key: 'tag:Joined', Values: ['yes'] }])).toEqual([]);
    // Its engine, its containers' processes and its directory are gone.
    expect(existsSync(engineSocket)).toBe(false);
    expect(existsSync(hostDir)).toBe(false);
    for (const pid of [enginePid, containerPid]) {
      await eventually(
        async () => alive(pid),
        (isAlive) => !isAlive,
        10_000,
        100,
      );
    }
    // A new command by tag reaches no one; one by Role=web reaches the two web hosts only.
    expect((await sendByTag('Joined', 'yes', ['true'])).targets).toBe(0);
    const web = await sendByTag('Role', 'web', ['hostname']);
    expect(web.targets).toBe(2);
    for (const other of world.hosts) {
      const inv = await awaitInvocation(web.commandId, other.instanceId, finished);
      expect(inv.Status, inv.StandardErrorContent).toBe('Success');
    }
  }, 300_000);
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
