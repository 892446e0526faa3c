import {
  CreateDeploymentCommand,
  DescribeAppsCommand,
  DescribeCommandsCommand,
  DescribeDeploymentsCommand,
  DescribeInstancesCommand,
  DescribeLayersCommand,
  DescribeStacksCommand,
  type OpsWorksClient,
  ResourceNotFoundException,
  UpdateStackCommand,
  ValidationException,
} from '@aws-sdk/client-opsworks';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeAws, type OpsWorksDeployment, startFakeAws } from './aws.js';
import { eventually, opsworksClient } from './aws/test-clients.js';

// Real processes and sockets: a busy 2-core machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const STACK = '2f0c1c2e-0000-4000-8000-000000000001';
const APP = '2f0c1c2e-0000-4000-8000-0000000000a1';
const WEB_LAYER = '2f0c1c2e-0000-4000-8000-0000000000b1';
const JOB_LAYER = '2f0c1c2e-0000-4000-8000-0000000000b2';
const OW1 = '2f0c1c2e-0000-4000-8000-0000000000c1';
const OW2 = '2f0c1c2e-0000-4000-8000-0000000000c2';
const OW3 = '2f0c1c2e-0000-4000-8000-0000000000c3';

let fake: FakeAws;
let opsworks: OpsWorksClient;
const decided: { deployment: OpsWorksDeployment; instanceId: string }[] = [];

beforeAll(async () => {
  fake = await startFakeAws({
    instances: [],
    opsworks: {
      stacks: [{ StackId: STACK, Name: 'Awesome Stack', CustomJson: '{"deploy":{}}' }],
      apps: [{ AppId: APP, StackId: STACK, Name: 'amazing application' }],
      layers: [
        { LayerId: WEB_LAYER, StackId: STACK, Name: 'Docker web' },
        { LayerId: JOB_LAYER, StackId: STACK, Name: 'Docker jobs' },
      ],
      instances: [
        {
          InstanceId: OW1,
          StackId: STACK,
          Ec2InstanceId: 'i-0d00000000000000a',
          Hostname: 'docker1',
          Status: 'online',
          PublicIp: '127.0.0.11',
          LayerIds: [WEB_LAYER],
        },
        {
          InstanceId: OW2,
          StackId: STACK,
          Ec2InstanceId: 'i-0d00000000000000b',
          Hostname: 'docker2',
          Status: 'online',
          PublicIp: '127.0.0.12',
          LayerIds: [WEB_LAYER, JOB_LAYER],
        },
        {
          InstanceId: OW3,
          StackId: STACK,
          Ec2InstanceId: 'i-0d00000000000000c',
          Hostname: 'docker3',
          Status: 'stopped',
          LayerIds: [JOB_LAYER],
        },
      ],
      deploymentMs: 100,
      onDeployment: async (deployment, instance) => {
        decided.push({ deployment, instanceId: instance.InstanceId });
        return 'successful';
      },
    },
  });
  opsworks = opsworksClient(fake.endpoint);
});
afterAll(async () => {
  opsworks.destroy();
  await fake.stop();
});
beforeEach(() => {
  fake.faults.reset();
  decided.length = 0;
});

const settled = (deploymentId: string) =>
  eventually(
    () => opsworks.send(new DescribeDeploymentsCommand({ DeploymentIds: [deploymentId] })),
    (answer) => answer.Deployments?.[0]?.Status !== 'running',
    5_000,
  ).then((answer) => answer.Deployments?.[0]);

describe('fake OpsWorks, as the SDK sees it', () => {
  it('describes the stack and replaces its custom JSON on UpdateStack', async () => {
    const before = await opsworks.send(new DescribeStacksCommand({ StackIds: [STACK] }));
    expect(before.Stacks?.[0]).toMatchObject({ StackId: STACK, Name: 'Awesome Stack', CustomJson: '{"deploy":{}}', Region: 'us-east-1' });
    await opsworks.send(new UpdateStackCommand({ StackId: STACK, CustomJson: '{"deploy":{"amazing application":{}}}' }));
    const after = await opsworks.send(new DescribeStacksCommand({ StackIds: [STACK] }));
    expect(after.Stacks?.[0]?.CustomJson).toBe('{"deploy":{"amazing application":{}}}');
    const invalid = await opsworks
      .send(new UpdateStackCommand({ StackId: STACK, CustomJson: '{not json' }))
      .catch((caught: Error) => caught);
    expect(invalid).toBeInstanceOf(ValidationException);
    const unknown = await opsworks.send(new DescribeStacksCommand({ StackIds: ['nope'] })).catch((caught: Error) => caught);
    expect(unknown).toBeInstanceOf(ResourceNotFoundException);
  });

  it('describes apps, layers and instances', async () => {
    const apps = await opsworks.send(new DescribeAppsCommand({ StackId: STACK }));
    expect(apps.Apps?.map((app) => [app.AppId, app.Name])).toEqual([[APP, 'amazing application']]);
    const layers = await opsworks.send(new DescribeLayersCommand({ StackId: STACK }));
    expect(layers.Layers?.map((layer) => layer.LayerId)).toEqual([WEB_LAYER, JOB_LAYER]);
    const jobs = await opsworks.send(new DescribeInstancesCommand({ LayerId: JOB_LAYER }));
    expect(jobs.Instances?.map((instance) => [instance.Hostname, instance.Status])).toEqual([
      ['docker2', 'online'],
      ['docker3', 'stopped'],
    ]);
    const all = await opsworks.send(new DescribeInstancesCommand({ StackId: STACK }));
    expect(all.Instances?.[0]).toMatchObject({ Ec2InstanceId: 'i-0d00000000000000a', PublicIp: '127.0.0.11', LayerIds: [WEB_LAYER] });
  });

  it('runs a deployment with its own custom JSON on the named instances', async () => {
    const created = await opsworks.send(
      new CreateDeploymentCommand({
        StackId: STACK,
        AppId: APP,
        InstanceIds: [OW1, OW2],
        Command: { Name: 'deploy' },
        Comment: 'berth v1.2.3',
        CustomJson: '{"deploy":{"amazing application":{"tag":"v1.2.3"}}}',
      }),
    );
    const deploymentId = created.DeploymentId ?? '';
    const running = await opsworks.send(new DescribeDeploymentsCommand({ DeploymentIds: [deploymentId] }));
    expect(running.Deployments?.[0]).toMatchObject({
      Status: 'running',
      Comment: 'berth v1.2.3',
      Command: { Name: 'deploy' },
      InstanceIds: [OW1, OW2],
    });
    const done = await settled(deploymentId);
    expect(done).toMatchObject({ Status: 'successful', CustomJson: '{"deploy":{"amazing application":{"tag":"v1.2.3"}}}' });
    expect(done?.CompletedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(decided.map((entry) => entry.instanceId).sort()).toEqual([OW1, OW2]);
    expect(decided[0]?.deployment.CustomJson).toContain('v1.2.3');
    const commands = await opsworks.send(new DescribeCommandsCommand({ DeploymentId: deploymentId }));
    expect(commands.Commands?.map((command) => [command.InstanceId, command.Status, command.Type, command.ExitCode])).toEqual([
      [OW1, 'successful', 'deploy', 0],
      [OW2, 'successful', 'deploy', 0],
    ]);
    expect(commands.Commands?.[0]?.LogUrl).toMatch(/^https:\/\/.+\.log$/);
  });

  it('targets the online instances of the given layers', async () => {
    const created = await opsworks.send(
      new CreateDeploymentCommand({
        StackId: STACK,
        LayerIds: [JOB_LAYER],
        Command: { Name: 'execute_recipes', Args: { recipes: ['docker::deploy'] } },
      }),
    );
    const done = await settled(created.DeploymentId ?? '');
    expect(done).toMatchObject({
      Status: 'successful',
      InstanceIds: [OW2],
      Command: { Name: 'execute_recipes', Args: { recipes: ['docker::deploy'] } },
    });
  });

  it('fails the deployment on the instance a fault names, with per-instance command states', async () => {
    fake.faults.opsworksDeploymentFails('i-0d00000000000000b');
    const created = await opsworks.send(
      new CreateDeploymentCommand({ StackId: STACK, AppId: APP, InstanceIds: [OW1, OW2], Command: { Name: 'deploy' } }),
    );
    const done = await settled(created.DeploymentId ?? '');
    expect(done?.Status).toBe('failed');
    const commands = await opsworks.send(new DescribeCommandsCommand({ DeploymentId: created.DeploymentId ?? '' }));
    expect(commands.Commands?.map((command) => [command.InstanceId, command.Status])).toEqual([
      [OW1, 'successful'],
      [OW2, 'failed'],
    ]);
  });

  it("rejects bad deployments with the SDK's named exceptions", async () => {
    const noApp = await opsworks
      .send(new CreateDeploymentCommand({ StackId: STACK, Command: { Name: 'deploy' } }))
      .catch((caught: Error) => caught);
    expect(noApp).toBeInstanceOf(ValidationException);
    const badJson = await opsworks
      .send(new CreateDeploymentCommand({ StackId: STACK, AppId: APP, Command: { Name: 'deploy' }, CustomJson: '[' }))
      .catch((caught: Error) => caught);
    expect(badJson).toBeInstanceOf(ValidationException);
    const unknown = await opsworks.send(new DescribeDeploymentsCommand({ DeploymentIds: ['missing'] })).catch((caught: Error) => caught);
    expect(unknown).toBeInstanceOf(ResourceNotFoundException);
  });
});
