// The whole deploy on the SSM-only path, for real: build and push the demo app, merge the tag into the
// example Stack JSON, lock, stage secrets, preflight, roll out with the real host script on 2 hosts
// with their own engines, read back, unlock. Then the faults: a broken release, throttling and
// eventual consistency, two deploys at once, a host that never answers.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managedInstanceOf } from '../world/fakes/aws/from-host.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { startWorld, type World } from '../world/index.js';
import {
  baseInputs,
  deployInWorld,
  fleetVersions,
  WORLD_COMMAND_BYTES,
  removeScratch,
  scratchDir,
  seedParameters,
  webRuns,
  writeStackFile,
  type WorldDeploy,
} from './helpers-world.js';
import { heldInFake } from './lock-helpers.js';

let world: World;
let aws: FakeAws;
let setup: WorldDeploy;
/** An old-style inline secret in the document: it must reach the containers, never a SendCommand. */
const inlineSecret = `inline-${randomBytes(12).toString('hex')}`;

beforeAll(async () => {
  world = await startWorld({ hosts: 2, registry: true });
  aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES });
  seedParameters(aws, world.exampleParameters());
  const dir = scratchDir();
  const document = JSON.parse(world.exampleDocument()) as { deploy: { demo: { containers: { web?: { env: Record<string, string> } }[] } } };
  const web = document.deploy.demo.containers[0]?.web;
  if (!web) throw new Error('the example document changed: no web definition first');
  web.env['API_TOKEN'] = inlineSecret;
  setup = { world, aws, dir, stackFile: writeStackFile(dir, JSON.stringify(document, null, 2)) };
});

afterAll(async () => {
  await aws?.stop();
  await world?.stop();
  removeScratch(setup?.dir);
});

/** What a deploy without a build deploys: the document the last deploy merged. */
const lastMerged = (version: string) => join(setup.dir, `out-${version}.json`);

/** The SendCommands made since `from` (an index into aws.requests) with this comment: their instance ids. */
function sendsSince(from: number, comment: string): string[][] {
  return aws.requests
    .slice(from)
    .filter((r) => r.target === 'AmazonSSM.SendCommand' && r.status === 200)
    .map((r) => r.body as { Comment?: string; InstanceIds?: string[] })
    .filter((body) => body.Comment === comment)
    .map((body) => body.InstanceIds ?? []);
}

describe('berth deploy, target ssm, in the local world', () => {
  it('deploys the example document to both hosts and says success only after the read back', async () => {
    const from = aws.requests.length;
    const { result, lines } = await deployInWorld(setup, baseInputs(setup, 'v1'));
    expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');
    expect(result.outcome.fleet).toBe('updated');
    expect(result.built.map((b) => b.tags[0])).toEqual(['v1']);
    expect(await fleetVersions(world)).toEqual(['v1', 'v1']);
    expect(await webRuns(world, `${world.registry?.host ?? ''}/acme/demo:v1`)).toEqual([true, true]);
    // The migration ran on exactly one host: the first in order.
    expect(lines.filter((l) => l.startsWith('group Batch'))).toEqual(['group Batch 1/2: docker1', 'group Batch 2/2: docker2']);
    expect(heldInFake(aws.parameters, '/berth/world/lock')).toBeUndefined();
    expect(result.text).toContain('"tag": "v1"');
    // One preflight for both hosts (each picked its own root and apps out of the set); it also read
    // what they run, so no state read before, and each rollout's answer is its host's read back.
    const both = world.hosts.map((h) => h.instanceId).sort();
    expect(sendsSince(from, 'berth preflight v1').map((ids) => [...ids].sort())).toEqual([both]);
    for (const comment of ['berth state before v1', 'berth read back v1']) expect(sendsSince(from, comment), comment).toEqual([]);
    expect(sendsSince(from, 'berth deploy v1')).toEqual([[world.hosts[0]?.instanceId], [world.hosts[1]?.instanceId]]);
    // Two Run Commands per host in all, as the fake recorded them.
    const received = world.hosts.map(
      (h) =>
        aws.requests
          .slice(from)
          .filter((r) => r.target === 'AmazonSSM.SendCommand' && r.status === 200)
          .filter((r) => ((r.body as { InstanceIds?: string[] }).InstanceIds ?? []).includes(h.instanceId)).length,
    );
    expect(received).toEqual([2, 2]);
  }, 600_000);

  it('gets the same outcome under 30% throttling and invocations that show up late', async () => {
    aws.faults.throttle(0.3, undefined, 7);
    aws.faults.invocationsNotYetVisible(2);
    try {
      const { result, lines } = await deployInWorld(setup, baseInputs(setup, 'v2'));
      expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');
      expect(aws.faults.throttledCount('ListCommandInvocations') + aws.faults.throttledCount('SendCommand')).toBeGreaterThan(0);
    } finally {
      aws.faults.reset();
    }
    expect(await fleetVersions(world)).toEqual(['v2', 'v2']);
  }, 600_000);

  it('fails a broken release and leaves the whole fleet on the old version', async () => {
    const { result, lines } = await deployInWorld(
      setup,
      baseInputs(setup, 'v3-broken', { 'build-args': 'VERSION=v3-broken\nBROKEN=1', 'batch-size': '2' }),
    );
    expect(result.outcome.status).toBe('failure');
    // The broken release fails at its migration, on the first host, before anything is replaced.
    expect(result.outcome.fleet, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('unchanged');
    expect(result.outcome.summary).toMatch(/docker1/);
    expect(result.outcome.hosts.map((h) => h.story)).toEqual(['migration failed, nothing replaced', 'untouched']);
    expect(await fleetVersions(world)).toEqual(['v2', 'v2']);
    expect(await webRuns(world, `${world.registry?.host ?? ''}/acme/demo:v2`)).toEqual([true, true]);
    expect(heldInFake(aws.parameters, '/berth/world/lock')).toBeUndefined();
  }, 600_000);

  it('lets only one of two deploys at once run; the other fails naming the holder', async () => {
    const inputs = baseInputs(setup, 'v2', { image: '', 'lock-wait-seconds': '0', 'stack-json': lastMerged('v2') });
    const [a, b] = await Promise.all([deployInWorld(setup, inputs), deployInWorld(setup, inputs)]);
    const outcomes = [a.result.outcome, b.result.outcome];
    expect(outcomes.map((o) => o.status).sort()).toEqual(['failure', 'success']);
    const loser = outcomes.find((o) => o.status === 'failure');
    expect(loser?.summary).toMatch(/deploy lock \/berth\/world\/lock is held by world-test since .* deploying v2/);
    expect(heldInFake(aws.parameters, '/berth/world/lock')).toBeUndefined();
    expect(await fleetVersions(world)).toEqual(['v2', 'v2']);
  }, 600_000);

  it('rolls a batch of two hosts out with one SendCommand carrying both plans', async () => {
    // Without a migration the first host is not alone: one batch of both hosts.
    const merged = JSON.parse(readFileSync(lastMerged('v2'), 'utf8')) as {
      deploy: { demo: { containers: Record<string, { migration?: string }>[] } };
    };
    for (const entry of merged.deploy.demo.containers) for (const definition of Object.values(entry)) delete definition.migration;
    const stackFile = join(setup.dir, 'v2-no-migration.json');
    writeFileSync(stackFile, JSON.stringify(merged, null, 2));
    const from = aws.requests.length;
    const { result, lines } = await deployInWorld(
      setup,
      baseInputs(setup, 'v2', {
        image: '',
        'batch-size': '2',
        'stack-json': stackFile,
        'stack-json-output': join(setup.dir, 'out-v2-no-migration.json'),
      }),
    );
    expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');
    expect(lines.filter((l) => l.startsWith('group Batch'))).toEqual(['group Batch 1/1: docker1, docker2']);
    const rollouts = sendsSince(from, 'berth deploy v2');
    expect(rollouts.map((ids) => [...ids].sort())).toEqual([world.hosts.map((h) => h.instanceId).sort()]);
    // Both hosts ran their own plan (the read back compares each host with its own plan).
    expect(result.outcome.hosts.map((h) => `${h.hostname} ${h.state}`)).toEqual(['docker1 updated', 'docker2 updated']);
    expect(await fleetVersions(world)).toEqual(['v2', 'v2']);
  }, 600_000);

  it('ends with a clear timeout when a host never answers', async () => {
    const silent = world.hosts[1];
    if (!silent) throw new Error('no second host');
    aws.faults.neverAnswers(silent.instanceId);
    try {
      const started = Date.now();
      const { result } = await deployInWorld(
        setup,
        baseInputs(setup, 'v2', { image: '', 'timeout-minutes': '1', 'stack-json': lastMerged('v2') }),
      );
      expect(result.outcome.status).toBe('failure');
      expect(result.outcome.summary).toContain(`docker2 (${silent.instanceId}): SSM status TimedOut`);
      expect(result.outcome.summary).toMatch(/no final answer from this host by the deploy's deadline/);
      expect(Date.now() - started).toBeLessThan(100_000);
      expect(aws.requests.some((r) => r.target === 'AmazonSSM.CancelCommand')).toBe(true);
    } finally {
      aws.faults.reset();
    }
    expect(heldInFake(aws.parameters, '/berth/world/lock')).toBeUndefined();
  }, 600_000);

  it('never put a secret value in any SendCommand it made', async () => {
    // The inline secret was staged as a SecureString and reached the container from there.
    const staged = [...aws.parameters.entries()].filter(([, p]) => p.value === inlineSecret);
    expect(staged.map(([name, p]) => [name, p.type])).toEqual([['/berth/world/secrets/demo/web/API_TOKEN', 'SecureString']]);
    const env = await world.hosts[0]?.docker(['inspect', '-f', '{{range .Config.Env}}{{println .}}{{end}}', 'web0']);
    expect(env?.stdout.split('\n')).toContain(`API_TOKEN=${inlineSecret}`);

    const secrets = [inlineSecret, ...Object.values(world.exampleParameters()), world.registry?.robot.password ?? ''].filter(
      (s) => s.length >= 6,
    );
    const sends = aws.requests.filter((r) => r.target === 'AmazonSSM.SendCommand');
    expect(sends.length).toBeGreaterThan(10);
    let unpacked = 0;
    for (const send of sends) {
      const body = JSON.stringify(send.body);
      // Script and plan travel gzip+base64: look inside them too.
      const packed = [...body.matchAll(/printf '%s' '([A-Za-z0-9+/=]+)' \| base64 -d \| gunzip/g)].map((m) =>
        gunzipSync(Buffer.from(m[1] ?? '', 'base64')).toString('utf8'),
      );
      unpacked += packed.length;
      for (const text of [body, ...packed]) {
        for (const secret of secrets) expect(text.includes(secret), `a SendCommand carries a secret`).toBe(false);
      }
    }
    expect(unpacked).toBeGreaterThan(sends.length);
  }, 600_000);
});
