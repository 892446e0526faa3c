// berth's own adapters (src/adapters) and watch loop (src/deploy/host-runner.ts) against the fake, with AWS's
// awkward behaviours switched on: throttling, invisible new invocations, an undeliverable host.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOpsWorksClient, createSsmClient } from '../../../src/adapters/aws-clients.js';
import { createOpsWorks } from '../../../src/adapters/opsworks.js';
import { createParameterStore } from '../../../src/adapters/parameters.js';
import { createSsmCommandPort } from '../../../src/adapters/ssm.js';
import type { TargetHost } from '../../../src/deploy/ports.js';
import { createHostRunner } from '../../../src/deploy/host-runner.js';
import type { HostResult } from '../../../src/stack/host-plan.js';
import { type FakeAws, simulatedInstance, startFakeAws } from './aws.js';
import { DUMMY_CREDENTIALS } from './aws/test-clients.js';

// Real processes and sockets: a busy 2-core machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const HOSTS = ['i-0f00000000000000a', 'i-0f00000000000000b', 'i-0f00000000000000c'];
const STACK = 'stack-1';
const LAYER = 'layer-web';

let fake: FakeAws;
const savedEnv = { ...process.env };

function hostResult(instanceId: string, ok: boolean): string {
  const result: Partial<HostResult> = {
    ok,
    mode: 'rollout',
    deployId: 'd-1',
    instanceId,
    hostname: instanceId,
    copies: [],
    removed: [],
    prunedImages: [],
  };
  return `${'progress line\n'.repeat(400)}${JSON.stringify(result)}\n`;
}

function parseResult(stdout: string): HostResult | undefined {
  const last = stdout.trimEnd().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(last) as HostResult;
  } catch {
    return undefined;
  }
}

beforeAll(async () => {
  // The adapters take credentials from the environment, as in the action.
  process.env.AWS_ACCESS_KEY_ID = DUMMY_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = DUMMY_CREDENTIALS.secretAccessKey;
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
  fake = await startFakeAws({
    instances: HOSTS.map((instanceId, index) =>
      simulatedInstance({
        instanceId,
        hostname: `web${index + 1}`,
        tags: { Role: 'web' },
        durationMs: 200 + index * 100,
        outcome: index === 2 ? 'fail' : 'success',
        result: () => hostResult(instanceId, index !== 2),
      }),
    ),
    opsworks: {
      stacks: [{ StackId: STACK, Name: 'Awesome Stack', CustomJson: '{}' }],
      layers: [{ LayerId: LAYER, StackId: STACK, Name: 'Docker' }],
      instances: HOSTS.map((ec2, index) => ({
        InstanceId: `ow-${index}`,
        StackId: STACK,
        Ec2InstanceId: ec2,
        Hostname: `docker${index + 1}`,
        Status: index === 2 ? 'stopped' : 'online',
        PublicIp: `127.0.0.${index + 1}`,
        LayerIds: [LAYER],
      })),
      deploymentMs: 50,
    },
  });
});
afterAll(async () => {
  await fake.stop();
  process.env = savedEnv;
});
beforeEach(() => fake.faults.reset());

describe('berth adapters against the fake AWS', () => {
  it('Parameter Store adapter: lock, secrets, many names', async () => {
    const client = createSsmClient({ region: 'eu-west-1', endpoint: fake.endpoint });
    const store = createParameterStore(client);
    fake.faults.throttle(0.15, undefined, 3);
    expect(await store.putIfAbsent('/berth/production/lock', 'run 1')).toBe(true);
    expect(await store.putIfAbsent('/berth/production/lock', 'run 2')).toBe(false);
    const names = Array.from({ length: 11 }, (_, index) => `/berth/production/secrets/S${index}`);
    for (const name of names) await store.putSecure(name, `value of ${name}`, true);
    const values = await store.getMany([...names, '/berth/production/secrets/MISSING'], true);
    expect(values.size).toBe(11);
    expect(values.get('/berth/production/secrets/S10')).toBe('value of /berth/production/secrets/S10');
    await store.delete('/berth/production/lock');
    await store.delete('/berth/production/lock');
    expect(await store.get('/berth/production/lock', false)).toBeUndefined();
    expect(fake.faults.throttledCount('PutParameter') + fake.faults.throttledCount('GetParameters')).toBeGreaterThan(0);
    client.destroy();
  }, 60_000);

  it('Run Command port and watch loop: outcomes per host through throttling, late visibility and an undeliverable host', async () => {
    const client = createSsmClient({ region: 'eu-west-1', endpoint: fake.endpoint });
    const port = createSsmCommandPort(client);
    const hosts: TargetHost[] = await port.describeInstances({ instanceIds: [], tags: [{ key: 'Role', values: ['web'] }] });
    expect(hosts.map((host) => host.instanceId)).toEqual(HOSTS);
    fake.faults.throttle(0.2, ['ListCommandInvocations', 'GetCommandInvocation'], 11);
    fake.faults.invocationsNotYetVisible(2);
    fake.faults.deliveryTimeout(HOSTS[1] as string, { afterMs: 300 });
    const runner = createHostRunner(port, { pollIntervalMs: 100, parseResult });
    const outcomes = await runner.run({
      sends: [{ hosts, commands: ['run-host-script'] }],
      comment: 'berth test',
      deadline: Date.now() + 20_000,
      executionTimeoutSeconds: 60,
    });
    const byHost = Object.fromEntries(outcomes.map((outcome) => [outcome.host.instanceId, outcome]));
    expect(byHost[HOSTS[0] as string]).toMatchObject({ status: 'Success', exitCode: 0, result: { ok: true, instanceId: HOSTS[0] } });
    expect(byHost[HOSTS[1] as string]).toMatchObject({ status: 'TimedOut', exitCode: -1 });
    expect(byHost[HOSTS[1] as string]?.result).toBeUndefined();
    expect(byHost[HOSTS[2] as string]).toMatchObject({ status: 'Failed', exitCode: 1, result: { ok: false } });
    expect(byHost[HOSTS[2] as string]?.stderrTail).toContain('simulated failure');
    client.destroy();
  }, 60_000);

  it('OpsWorks adapter: online instances, a deployment, and a failing instance with its log URL', async () => {
    const client = createOpsWorksClient({ region: 'us-east-1', endpoint: fake.endpoint });
    const opsworks = createOpsWorks(client, { pollIntervalMs: 50 });
    expect(await opsworks.describeStack(STACK)).toEqual({ name: 'Awesome Stack', customJson: '{}' });
    await opsworks.updateStackCustomJson(STACK, '{"deploy":{}}');
    expect((await opsworks.describeStack(STACK)).customJson).toBe('{"deploy":{}}');
    const online = await opsworks.onlineInstances(STACK, [LAYER]);
    expect(online.map((host) => [host.instanceId, host.hostname, host.publicIp])).toEqual([
      [HOSTS[0], 'docker1', '127.0.0.1'],
      [HOSTS[1], 'docker2', '127.0.0.2'],
    ]);
    const ids = ['ow-0', 'ow-1'];
    const good = await opsworks.createDeployment({
      stackId: STACK,
      instanceIds: ids,
      command: { name: 'execute_recipes', args: { recipes: ['docker::deploy'] } },
      comment: 'berth',
      customJson: '{"deploy":{}}',
    });
    expect(await opsworks.waitDeployment(good, Date.now() + 5_000)).toEqual({ status: 'successful', commands: [] });
    fake.faults.opsworksDeploymentFails(HOSTS[1] as string);
    const bad = await opsworks.createDeployment({
      stackId: STACK,
      instanceIds: ids,
      command: { name: 'execute_recipes', args: { recipes: ['docker::deploy'] } },
      comment: 'berth',
      customJson: '{}',
    });
    const waited = await opsworks.waitDeployment(bad, Date.now() + 5_000);
    expect(waited.status).toBe('failed');
    expect(waited.commands.map((command) => [command.instanceId, command.status])).toEqual([
      ['ow-0', 'successful'],
      ['ow-1', 'failed'],
    ]);
    expect(waited.commands[1]?.logUrl).toMatch(/ow-1/);
    client.destroy();
  });
});
