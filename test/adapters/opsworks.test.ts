import {
  CreateDeploymentCommand,
  DescribeCommandsCommand,
  DescribeDeploymentsCommand,
  DescribeInstancesCommand,
  DescribeLayersCommand,
  DescribeStacksCommand,
  OpsWorksClient,
  UpdateStackCommand,
} from '@aws-sdk/client-opsworks';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-vitest/extend';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOpsWorks } from '../../src/adapters/opsworks.js';

const ow = mockClient(OpsWorksClient);
beforeEach(() => ow.reset());

function adapter(clock = { now: 0 }) {
  return createOpsWorks(new OpsWorksClient({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }), {
    pollIntervalMs: 1000,
    now: () => clock.now,
    sleep: async (ms) => void (clock.now += ms),
  });
}

describe('the OpsWorks adapter', () => {
  it('reads the stack name and Custom JSON, and says which input is wrong when it is missing', async () => {
    ow.on(DescribeStacksCommand, { StackIds: ['s-1'] }).resolves({ Stacks: [{ Name: 'Shop', CustomJson: '{"deploy":{}}' }] });
    ow.on(DescribeStacksCommand, { StackIds: ['s-404'] }).resolves({ Stacks: [] });
    expect(await adapter().describeStack('s-1')).toEqual({ name: 'Shop', customJson: '{"deploy":{}}' });
    await expect(adapter().describeStack('s-404')).rejects.toThrow(/stack s-404 not found \(input stack-id\)/);
  });

  it('lists only online instances of the chosen layers, with their EC2 ids for SSM', async () => {
    ow.on(DescribeLayersCommand).resolves({ Layers: [{ LayerId: 'l-1', Shortname: 'docker' }] });
    ow.on(DescribeInstancesCommand).resolves({
      Instances: [
        { InstanceId: 'ow-1', Ec2InstanceId: 'i-1', Hostname: 'docker1', Status: 'online', PublicIp: '203.0.113.1', LayerIds: ['l-1'] },
        { InstanceId: 'ow-2', Ec2InstanceId: 'i-2', Hostname: 'docker2', Status: 'stopped', LayerIds: ['l-1'] },
        { InstanceId: 'ow-3', Hostname: 'docker3', Status: 'online', LayerIds: ['l-1'] },
      ],
    });
    expect(await adapter().onlineInstances('s-1', ['l-1'])).toEqual([
      { instanceId: 'i-1', opsworksInstanceId: 'ow-1', hostname: 'docker1', publicIp: '203.0.113.1', group: 'docker' },
    ]);
    expect(ow).toHaveReceivedCommandWith(DescribeInstancesCommand, { LayerId: 'l-1' });
  });

  it('names layer ids the stack does not have', async () => {
    ow.on(DescribeLayersCommand).resolves({ Layers: [{ LayerId: 'l-1' }] });
    await expect(adapter().onlineInstances('s-1', ['l-1', 'l-9'])).rejects.toThrow(/l-9 \(input layer-ids\)/);
  });

  it('creates a deployment with the merged Custom JSON and the command', async () => {
    ow.on(CreateDeploymentCommand).resolves({ DeploymentId: 'd-1' });
    const id = await adapter().createDeployment({
      stackId: 's-1',
      appId: 'a-1',
      instanceIds: ['ow-1'],
      command: { name: 'execute_recipes', args: { recipes: ['docker::setup'] } },
      comment: 'berth v2',
      customJson: '{"x":1}',
    });
    expect(id).toBe('d-1');
    expect(ow).toHaveReceivedCommandWith(CreateDeploymentCommand, {
      StackId: 's-1',
      AppId: 'a-1',
      InstanceIds: ['ow-1'],
      Command: { Name: 'execute_recipes', Args: { recipes: ['docker::setup'] } },
      Comment: 'berth v2',
      CustomJson: '{"x":1}',
    });
  });

  it('waits for a deployment and, on failure, returns each instance command with its log URL', async () => {
    ow.on(DescribeDeploymentsCommand)
      .resolvesOnce({ Deployments: [{ Status: 'running' }] })
      .resolvesOnce({ Deployments: [{ Status: 'running' }] })
      .resolves({ Deployments: [{ Status: 'failed' }] });
    ow.on(DescribeCommandsCommand).resolves({
      Commands: [
        { InstanceId: 'ow-1', Status: 'failed', LogUrl: 'https://log/1' },
        { InstanceId: 'ow-2', Status: 'successful' },
      ],
    });
    const clock = { now: 0 };
    const result = await adapter(clock).waitDeployment('d-1', 60_000);
    expect(result).toEqual({
      status: 'failed',
      commands: [
        { instanceId: 'ow-1', status: 'failed', logUrl: 'https://log/1' },
        { instanceId: 'ow-2', status: 'successful' },
      ],
    });
    expect(clock.now).toBe(2000);
  });

  it('gives up at the deadline with a timeout', async () => {
    ow.on(DescribeDeploymentsCommand).resolves({ Deployments: [{ Status: 'running' }] });
    ow.on(DescribeCommandsCommand).resolves({ Commands: [] });
    const clock = { now: 0 };
    expect((await adapter(clock).waitDeployment('d-1', 5000)).status).toBe('timeout');
    expect(clock.now).toBe(5000);
  });

  it('writes the whole Custom JSON', async () => {
    ow.on(UpdateStackCommand).resolves({});
    await adapter().updateStackCustomJson('s-1', '{"y":2}');
    expect(ow).toHaveReceivedCommandWith(UpdateStackCommand, { StackId: 's-1', CustomJson: '{"y":2}' });
  });
});
