// Instances that join and leave a running fake: DescribeInstanceInformation, SendCommand tag targets and the
// OpsWorks instance list follow, and what an instance that left was still running ends Failed/Undeliverable.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeInstancesCommand, type OpsWorksClient } from '@aws-sdk/client-opsworks';
import {
  DescribeInstanceInformationCommand,
  GetCommandInvocationCommand,
  InvocationDoesNotExist,
  ListCommandsCommand,
  SendCommandCommand,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type FakeAws, type ManagedInstance, opsworksInstanceOf, shellInstance, startFakeAws } from './aws.js';
import { eventually, opsworksClient, ssmClient } from './aws/test-clients.js';

// Real processes and sockets: a busy 2-core machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const FIRST = 'i-0aaaaaaaaaaaaaaa1';
const JOINER = 'i-0ccccccccccccccc1';
const STACK = 'stack-1';
const LAYER = 'layer-web';

let root: string;
let fake: FakeAws;
let ssm: SSMClient;
let opsworks: OpsWorksClient;

function instance(instanceId: string, hostname: string, tags: Record<string, string>): ManagedInstance {
  return shellInstance({ instanceId, hostname, tags, cwd: root, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', MARKS: root } });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'berth-fake-join-'));
  const first = instance(FIRST, 'web1', { Role: 'web' });
  fake = await startFakeAws({
    instances: [first],
    opsworks: {
      stacks: [{ StackId: STACK, Name: 'demo' }],
      layers: [{ LayerId: LAYER, StackId: STACK, Name: 'web' }],
      instances: [opsworksInstanceOf(first, { StackId: STACK, LayerIds: [LAYER] })],
    },
  });
  ssm = ssmClient(fake.endpoint);
  opsworks = opsworksClient(fake.endpoint);
});
afterAll(async () => {
  ssm.destroy();
  opsworks.destroy();
  await fake.stop();
  rmSync(root, { recursive: true, force: true });
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
      Parameters: { commands },
    }),
  );
  return { commandId: sent.Command?.CommandId ?? '', targets: sent.Command?.TargetCount ?? -1 };
}

function invocation(commandId: string, instanceId: string) {
  return ssm.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId }));
}

describe('an instance that joins a running fake', () => {
  it('is listed, reached by a tag target, and in the OpsWorks stack once added', async () => {
    expect(await listed()).toEqual([FIRST]);
    const joiner = fake.instances.add(instance(JOINER, 'web2', { Role: 'web', Joined: 'yes' }));
    fake.opsworksState.instances.push(opsworksInstanceOf(joiner, { StackId: STACK, LayerIds: [LAYER] }));

    expect(await listed()).toEqual([FIRST, JOINER].sort());
    expect(await listed([{ Key: 'tag:Joined', Values: ['yes'] }])).toEqual([JOINER]);
    const { commandId, targets } = await sendByTag('Role', 'web', ['touch "$MARKS/ran-on-$AWS_SSM_INSTANCE_ID"']);
    expect(targets).toBe(2);
    for (const id of [FIRST, JOINER]) {
      const done = await eventually(
        () => invocation(commandId, id),
        (inv) => inv.Status === 'Success',
      );
      expect(done.Status).toBe('Success');
      expect(existsSync(join(root, `ran-on-${id}`))).toBe(true);
    }
    const stack = await opsworks.send(new DescribeInstancesCommand({ StackId: STACK }));
    expect(stack.Instances?.find((i) => i.Ec2InstanceId === JOINER)?.Status).toBe('online');
  });

  it('ends what it still runs as Failed/Undeliverable when it leaves, and is neither listed nor targeted after', async () => {
    const { commandId } = await sendByTag('Joined', 'yes', ['sleep 30', 'touch "$MARKS/finished"']);
    await eventually(
      () => invocation(commandId, JOINER),
      (inv) => inv.Status === 'InProgress',
    );
    expect(fake.instances.remove(JOINER)).toBe(true);

    const ended = await eventually(
      () => invocation(commandId, JOINER),
      (inv) => inv.Status !== 'InProgress',
    );
    expect([ended.Status, ended.StatusDetails, ended.ResponseCode]).toEqual(['Failed', 'Undeliverable', -1]);
    // The script was stopped with its instance: it never got past the sleep.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(existsSync(join(root, 'finished'))).toBe(false);
    // Undeliverable neither counts as an error nor makes the command Incomplete.
    const command = (await ssm.send(new ListCommandsCommand({ CommandId: commandId }))).Commands?.[0];
    expect([command?.Status, command?.StatusDetails, command?.ErrorCount]).toEqual(['Success', 'Success', 0]);

    expect(await listed()).toEqual([FIRST]);
    expect(await listed([{ Key: 'tag:Joined', Values: ['yes'] }])).toEqual([]);
    expect((await sendByTag('Joined', 'yes', ['true'])).targets).toBe(0);
    const web = await sendByTag('Role', 'web', ['true']);
    expect(web.targets).toBe(1);
    await expect(invocation(web.commandId, JOINER)).rejects.toBeInstanceOf(InvocationDoesNotExist);
    const stack = await opsworks.send(new DescribeInstancesCommand({ StackId: STACK }));
    expect(stack.Instances?.find((i) => i.Ec2InstanceId === JOINER)?.Status).toBe('terminated');
    expect(stack.Instances?.find((i) => i.Ec2InstanceId === FIRST)?.Status).toBe('online');
  });
});
