// Host mode converge on a world host, run through the fake's SendCommand with the association's own
// command lines (convergeCommands): it reads the release record the test wrote into the fake Parameter
// Store, fills in the template with the host's own facts and runs exactly what a deploy would have
// (berth.hash equal to buildHostPlan's for this host); a second run changes nothing; a held fleet lock
// makes it wait (and a lock that never frees ends it, changing nothing). Checked with docker inspect.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
  DeleteParameterCommand,
  GetCommandInvocationCommand,
  type GetCommandInvocationCommandOutput,
  PutParameterCommand,
  SendCommandCommand,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHostResult } from '../../src/host/command.js';
import { convergeCommands } from '../../src/host/converge.js';
import { buildHostPlan, type HostFacts } from '../../src/stack/plan.js';
import { encodeReleaseTemplate, templateFacts } from '../../src/stack/release-template.js';
import { eventually, ssmClient } from '../world/fakes/aws/test-clients.js';
import { type FakeAws, managedInstanceOf, NO_LATENCY, startFakeAws } from '../world/fakes/aws.js';
import { type SimHost, type World, startWorld } from '../world/index.js';
import { parseValid, planOptions } from '../stack/helpers.js';

const STACK = 'Converge World';
const RECORD = '/berth/converge-test/release';
const LOCK = '/berth/converge-test/lock';

let world: World;
let host: SimHost;
let fake: FakeAws;
let ssm: SSMClient;
const images: Record<'v1' | 'v2', string> = { v1: '', v2: '' };
let generation = 0;

function documentFor(image: string) {
  const colon = image.lastIndexOf(':');
  return parseValid(
    JSON.stringify({
      deploy: {
        demo: {
          containers: [
            {
              web: {
                deploy: 'auto',
                image: image.slice(0, colon),
                tag: image.slice(colon + 1),
                network: 'host',
                volumes: ['/srv/socks:/srv/socks'],
                command: 'serve unix:/srv/socks/%{app_name}%{slot}.sock',
                // Host facts in the environment: the hash differs per host, so a wrong fact shows.
                env: { BOOT_SECONDS: '0', NODE_NAME: '%{opsworks}', PUBLIC_IP: '%{public_ip}' },
                health: { http: '/up', socket: '/srv/socks/%{app_name}%{slot}.sock', interval: 1, timeout: 2, deadline: 20 },
                stop_grace_period: 2,
              },
            },
          ],
        },
      },
    }),
  );
}

function optionsFor(release: 'v1' | 'v2') {
  return planOptions({
    deployId: `d-${release}`,
    release,
    hostRoot: host.root,
    runMigration: false,
    preferLocalImages: true,
    aws: { region: 'us-east-1', endpoint: fake.endpoint },
  });
}

function hostFacts(): HostFacts {
  return { hostname: host.hostname, instanceId: host.instanceId, publicIp: host.address, stackName: STACK };
}

async function put(name: string, value: string): Promise<void> {
  await ssm.send(new PutParameterCommand({ Name: name, Value: value, Type: 'String', Overwrite: true }));
}

/** The record as src/deploy/release-record.ts lays it out (CONVERGE.md section 3): parts, then the head. */
async function writeRecord(release: 'v1' | 'v2'): Promise<void> {
  const template = encodeReleaseTemplate(buildHostPlan(documentFor(images[release]), templateFacts(STACK), optionsFor(release)));
  const joined = gzipSync(Buffer.from(template, 'utf8')).toString('base64');
  const parts = joined.match(/.{1,4096}/gs) ?? [];
  generation += 1;
  for (const [i, part] of parts.entries()) await put(`${RECORD}/${generation}/${i}`, part);
  const sha = createHash('sha256').update(joined).digest('hex');
  await put(RECORD, `berth-release 1 ${generation} ${parts.length} ${sha} d-${release} ${release}`);
}

async function lock(released: boolean): Promise<void> {
  const now = Date.now();
  await put(
    `${LOCK}/1`,
    JSON.stringify({
      who: 'alice',
      when: new Date(now).toISOString(),
      version: 'v2',
      runUrl: '',
      deployId: 'd-v2',
      expires: new Date(now + 600_000).toISOString(),
      released: released ? new Date(now).toISOString() : '',
      releasedBy: released ? 'holder' : '',
    }),
  );
}

async function send(waitSeconds = 60): Promise<string> {
  const commands = convergeCommands({ recordName: RECORD, lockName: LOCK, region: 'us-east-1', endpoint: fake.endpoint, waitSeconds });
  const sent = await ssm.send(
    new SendCommandCommand({ DocumentName: 'AWS-RunShellScript', InstanceIds: [host.instanceId], Parameters: { commands, executionTimeout: ['300'] } }),
  );
  return sent.Command?.CommandId ?? '';
}

async function invocation(commandId: string): Promise<GetCommandInvocationCommandOutput> {
  return ssm.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: host.instanceId }));
}

async function finished(commandId: string): Promise<GetCommandInvocationCommandOutput> {
  return eventually(
    () => invocation(commandId),
    (out) => ['Success', 'Failed', 'TimedOut', 'Cancelled'].includes(out.Status ?? ''),
    180_000,
    250,
  );
}

async function converge(waitSeconds?: number) {
  const out = await finished(await send(waitSeconds));
  return { status: out.Status, stderr: out.StandardErrorContent ?? '', result: parseHostResult(out.StandardOutputContent ?? '') };
}

async function web0(): Promise<{ id: string; image: string; labels: Record<string, string>; env: string[] }> {
  const out = await host.docker(['container', 'inspect', 'web0']);
  const [c] = JSON.parse(out.stdout) as { Id: string; Config: { Image: string; Env: string[]; Labels: Record<string, string> } }[];
  if (!c) throw new Error('web0 is not there');
  return { id: c.Id, image: c.Config.Image, labels: c.Config.Labels, env: c.Config.Env };
}

async function convergeFile(): Promise<Record<string, unknown>> {
  const out = await host.exec(['cat', `${host.root}/var/lib/berth/converge.json`]);
  return JSON.parse(out.stdout) as Record<string, unknown>;
}

beforeAll(async () => {
  world = await startWorld({ hosts: 1, registry: false });
  host = world.hosts[0] as SimHost;
  fake = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), latency: NO_LATENCY });
  ssm = ssmClient(fake.endpoint);
  images.v1 = await world.buildDemoApp({ repository: 'acme/converge', version: 'v1' });
  images.v2 = await world.buildDemoApp({ repository: 'acme/converge', version: 'v2' });
  for (const image of Object.values(images)) await world.loadImage(host, image);
}, 300_000);

afterAll(async () => {
  ssm?.destroy();
  await fake?.stop();
  await world?.stop();
});

describe('host mode converge', () => {
  it('runs the recorded release with the hashes a deploy gives this host, then leaves it alone', async () => {
    await writeRecord('v1');
    const first = await converge();
    expect(first.status, first.stderr).toBe('Success');
    expect(first.result?.mode).toBe('converge');
    expect(first.result?.converge).toMatchObject({ outcome: 'converged', deployId: 'd-v1', release: 'v1', started: 1, replaced: 0 });
    const own = buildHostPlan(documentFor(images.v1), hostFacts(), optionsFor('v1'));
    const running = await web0();
    expect(running.image).toBe(images.v1);
    expect(running.labels['berth.hash']).toBe(own.definitions[0]?.hash);
    expect(running.labels['berth.release']).toBe('v1');
    expect(running.env).toContain(`NODE_NAME=converge-world-${host.hostname.toLowerCase()}`);
    expect(running.env).toContain(`PUBLIC_IP=${host.address}`);
    expect(await convergeFile()).toMatchObject({ outcome: 'converged', deployId: 'd-v1', release: 'v1', started: 1 });

    const second = await converge();
    expect(second.status, second.stderr).toBe('Success');
    expect(second.result?.converge).toMatchObject({ outcome: 'unchanged', deployId: 'd-v1', started: 0, replaced: 0 });
    expect((await web0()).id).toBe(running.id);
    expect(await convergeFile()).toMatchObject({ outcome: 'unchanged', deployId: 'd-v1' });
  }, 240_000);

  it('waits while a deploy holds the fleet lock, then runs the release that deploy recorded', async () => {
    const before = await web0();
    await lock(false);
    const commandId = await send();
    // Long enough for the host to look at the lock more than once.
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    expect((await invocation(commandId)).Status).toBe('InProgress');
    expect((await web0()).id).toBe(before.id);
    await writeRecord('v2');
    await lock(true);
    const out = await finished(commandId);
    const result = parseHostResult(out.StandardOutputContent ?? '');
    expect(out.Status, out.StandardErrorContent).toBe('Success');
    expect(result?.converge).toMatchObject({ outcome: 'converged', deployId: 'd-v2', release: 'v2', replaced: 1 });
    expect(result?.converge?.waitedSeconds).toBeGreaterThan(3);
    const running = await web0();
    expect(running.image).toBe(images.v2);
    expect(running.labels['berth.hash']).toBe(buildHostPlan(documentFor(images.v2), hostFacts(), optionsFor('v2')).definitions[0]?.hash);
  }, 240_000);

  it('gives up on a lock that never frees, changing nothing', async () => {
    const before = await web0();
    await lock(false);
    await writeRecord('v1');
    const out = await converge(2);
    expect(out.status).toBe('Failed');
    expect(out.result?.ok).toBe(false);
    expect(out.result?.converge?.outcome).toBe('waited-out');
    expect(out.result?.failure?.reason).toMatch(/fleet lock is still held .* generation 1 of \/berth\/converge-test\/lock \(alice\)/);
    expect((await web0()).id).toBe(before.id);
    expect((await web0()).image).toBe(images.v2);
    expect(await convergeFile()).toMatchObject({ outcome: 'waited-out' });
    await ssm.send(new DeleteParameterCommand({ Name: `${LOCK}/1` }));
  }, 120_000);
});
