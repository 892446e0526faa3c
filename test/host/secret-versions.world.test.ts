// The host script and pinned secret versions, on a simulated host: a plan's `name:version` reaches the
// container as exactly that version's value (an older plan brings back an older value), a changed
// version replaces the copy and the log says which secret, and a version Parameter Store no longer keeps
// fails the run clearly before anything is replaced. Checked with docker inspect on the host.
import { PutParameterCommand } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanEnvVar } from '../../src/stack/host-plan.js';
import { ssmClient } from '../world/fakes/aws/test-clients.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { startWorld, type SimHost, type World } from '../world/index.js';
import { demoDefinition, hostPlan, literal } from './plans.js';
import { runHost, type HostRun } from './run.js';

let world: World;
let host: SimHost;
let aws: FakeAws;
let image = '';
const NAME = '/versions/token';

const pinned = (version: number): PlanEnvVar => ({ key: 'TOKEN', value: { kind: 'ssm', name: NAME, version }, secret: true });

async function rollout(version: number): Promise<HostRun> {
  const definition = demoDefinition({
    root: host.root,
    image,
    name: 'vers',
    app: 'versions',
    copies: 1,
    slots: 1,
    loadBalancer: false,
    env: [literal('BOOT_SECONDS', '0'), pinned(version)],
  });
  return runHost(host, 'rollout', hostPlan(host.root, [definition], { aws: { region: 'us-east-1', endpoint: aws.endpoint } }));
}

async function running(): Promise<{ id: string; token: string | undefined; label: string }> {
  const out = await host.docker(['container', 'inspect', 'vers0']);
  const [c] = JSON.parse(out.stdout) as { Id: string; Config: { Env: string[]; Labels: Record<string, string> } }[];
  if (!c) throw new Error('vers0 is not there');
  return {
    id: c.Id,
    token: c.Config.Env.find((e) => e.startsWith('TOKEN='))?.slice('TOKEN='.length),
    label: c.Config.Labels['berth.secrets'] ?? '',
  };
}

async function put(value: string): Promise<void> {
  await ssmClient(aws.endpoint).send(new PutParameterCommand({ Name: NAME, Value: value, Type: 'SecureString', Overwrite: true }));
}

beforeAll(async () => {
  world = await startWorld({ hosts: 1, registry: false });
  const first = world.hosts[0];
  if (!first) throw new Error('no host');
  host = first;
  aws = await startFakeAws({ instances: [] });
  image = await world.buildDemoApp({ repository: 'acme/versions', version: 'v1' });
  await world.loadImage(host, image);
  for (const value of ['value-one', 'value-two', 'value-three']) await put(value);
}, 300_000);

afterAll(async () => {
  await aws?.stop();
  await world?.stop();
});

describe('pinned secret versions on the host', () => {
  it('runs exactly the pinned version, keeps the copy while it stays, replaces it when it changes', async () => {
    const first = await rollout(2);
    expect(first.exitCode, first.stderr).toBe(0);
    const two = await running();
    expect(two.token).toBe('value-two');
    expect(two.label).toBe('v1 TOKEN=2');

    const again = await rollout(2);
    expect(again.exitCode, again.stderr).toBe(0);
    expect((await running()).id).toBe(two.id);

    const rotated = await rollout(3);
    expect(rotated.exitCode, rotated.stderr).toBe(0);
    const three = await running();
    expect(three.id).not.toBe(two.id);
    expect(three.token).toBe('value-three');
    expect(rotated.stderr).toContain('replacing vers0: secret TOKEN changed (version 2 -> 3)');
    expect(rotated.stderr).not.toContain('value-three');

    // An older plan (a host's record) brings back the older value, by version.
    const back = await rollout(1);
    expect(back.exitCode, back.stderr).toBe(0);
    expect((await running()).token).toBe('value-one');
  });

  it('a version older than the last 100 fails the run clearly, before anything is replaced', async () => {
    for (let i = 4; i <= 103; i++) await put(`value-${i}`);
    const before = await running();
    const old = await rollout(2);
    expect(old.exitCode).not.toBe(0);
    expect(old.result?.ok).toBe(false);
    expect(old.result?.failure?.reason).toMatch(/Parameter Store has no version \/versions\/token:2 .*older than the last 100 it keeps/);
    const after = await running();
    expect(after.id).toBe(before.id);
    expect(after.token).toBe('value-one');
  });
});
