// The fake's SendCommand against the world's real hosts: it changes that host's containers and nobody else's,
// and a host's AWS CLI reads a SecureString from the fake (how the host script gets secrets).
import {
  GetCommandInvocationCommand,
  type GetCommandInvocationCommandOutput,
  PutParameterCommand,
  SendCommandCommand,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimHost, type World, startWorld } from '../index.js';
import { type FakeAws, managedInstanceOf, startFakeAws } from './aws.js';
import { eventually, ssmClient } from './aws/test-clients.js';

let world: World | undefined;
let fake: FakeAws | undefined;
let ssm: SSMClient | undefined;

beforeAll(async () => {
  world = await startWorld({ hosts: 2, registry: false });
  fake = await startFakeAws({ instances: world.hosts.map(managedInstanceOf) });
  ssm = ssmClient(fake.endpoint);
});
afterAll(async () => {
  ssm?.destroy();
  await fake?.stop();
  await world?.stop();
});

function hosts(): [SimHost, SimHost] {
  const [first, second] = world?.hosts ?? [];
  if (!first || !second) throw new Error('the world has no two hosts');
  return [first, second];
}

async function runOn(instanceIds: string[], commands: string[]): Promise<Map<string, GetCommandInvocationCommandOutput>> {
  const client = ssm as SSMClient;
  const sent = await client.send(
    new SendCommandCommand({
      DocumentName: 'AWS-RunShellScript',
      InstanceIds: instanceIds,
      Parameters: { commands, executionTimeout: ['120'] },
    }),
  );
  const commandId = sent.Command?.CommandId ?? '';
  const results = new Map<string, GetCommandInvocationCommandOutput>();
  for (const instanceId of instanceIds) {
    results.set(
      instanceId,
      await eventually(
        () => client.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId })),
        (invocation) => ['Success', 'Failed', 'TimedOut', 'Cancelled'].includes(invocation.Status ?? ''),
        120_000,
        200,
      ),
    );
  }
  return results;
}

describe('fake SSM on world hosts', () => {
  it('changes the containers of the targeted host only', async () => {
    const [target, other] = hosts();
    const results = await runOn(
      [target.instanceId],
      ['docker run -d --name berth-probe --network none local/busybox:1 sleep 300 >/dev/null', 'docker ps --format "{{.Names}}"'],
    );
    const invocation = results.get(target.instanceId);
    expect(invocation?.Status, invocation?.StandardErrorContent).toBe('Success');
    expect(invocation?.StandardOutputContent).toContain('berth-probe');
    expect((await target.docker(['ps', '--format', '{{.Names}}'])).stdout).toContain('berth-probe');
    expect((await other.docker(['ps', '-a', '--format', '{{.Names}}'])).stdout).not.toContain('berth-probe');
    await target.docker(['rm', '-f', 'berth-probe']);
  });

  it("lets each host's AWS CLI read a SecureString from the fake", async () => {
    const secret = `s3cr3t-${Date.now()}`;
    await (ssm as SSMClient).send(
      new PutParameterCommand({ Name: '/berth/world/secrets/DB_PASSWORD', Value: secret, Type: 'SecureString' }),
    );
    const endpoint = (fake as FakeAws).endpoint;
    const [first, second] = hosts();
    const results = await runOn(
      [first.instanceId, second.instanceId],
      [
        `aws ssm get-parameters --with-decryption --names /berth/world/secrets/DB_PASSWORD --endpoint-url ${endpoint} --query 'Parameters[0].Value' --output text`,
      ],
    );
    for (const host of [first, second]) {
      const invocation = results.get(host.instanceId);
      expect(invocation?.Status, invocation?.StandardErrorContent).toBe('Success');
      expect(invocation?.StandardOutputContent?.trim()).toBe(secret);
    }
    // The secret went host <- Parameter Store only: never into a command's parameters.
    const sends = (fake as FakeAws).requests.filter((request) => request.target === 'AmazonSSM.SendCommand');
    expect(sends.length).toBeGreaterThan(0);
    expect(JSON.stringify(sends.map((request) => request.body))).not.toContain(secret);
  });
});
