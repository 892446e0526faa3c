// The deploy on the OpsWorks target, for real hosts: the stack's Custom JSON is the document, an
// OpsWorks deployment runs first, then berth's own rollout through SSM, and only after a good read
// back does the stack's Custom JSON name the new tag. A deployment failing on one instance stops
// everything before any rollout and leaves the Custom JSON as it was. A release healthy on the first
// host and failing on the second leaves both hosts exactly as they were, restored from their records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/app/summary.js';
import { managedInstanceOf } from '../world/fakes/aws/from-host.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import type { SimHost } from '../world/host.js';
import { startWorld, type World } from '../world/index.js';
import {
  baseInputs,
  deployInWorld,
  fleetVersions,
  frontVersion,
  removeScratch,
  scratchDir,
  seedParameters,
  WORLD_COMMAND_BYTES,
  writeStackFile,
  type WorldDeploy,
} from './helpers-world.js';
import { heldInFake } from './lock-helpers.js';
import { breakSecondCopyOn, changedDocumentText, hostSnapshot, restoresSince } from './way-back-helpers.js';

let world: World;
let aws: FakeAws;
let setup: WorldDeploy;
const STACK = 'a1b2c3d4-0000-4000-8000-000000000001';
const LAYER = 'a1b2c3d4-0000-4000-8000-0000000000aa';
const APP = 'a1b2c3d4-0000-4000-8000-0000000000bb';

beforeAll(async () => {
  world = await startWorld({ hosts: 2, registry: true });
  aws = await startFakeAws({
    instances: world.hosts.map(managedInstanceOf),
    maxParameterBytes: WORLD_COMMAND_BYTES,
    opsworks: {
      stacks: [{ StackId: STACK, Name: 'World Stack', CustomJson: world.exampleDocument() }],
      apps: [{ AppId: APP, StackId: STACK, Name: 'demo', Shortname: 'demo' }],
      layers: [{ LayerId: LAYER, StackId: STACK, Name: 'Docker', Shortname: 'docker' }],
      instances: world.hosts.map((h, i) => ({
        InstanceId: `a1b2c3d4-0000-4000-8000-00000000010${i}`,
        StackId: STACK,
        Ec2InstanceId: h.instanceId,
        Hostname: h.hostname,
        Status: 'online',
        PublicIp: h.address,
        LayerIds: [LAYER],
      })),
      deploymentMs: 300,
    },
  });
  seedParameters(aws, world.exampleParameters());
  const dir = scratchDir();
  setup = { world, aws, dir, stackFile: writeStackFile(dir, '{}') };
});

afterAll(async () => {
  await aws?.stop();
  await world?.stop();
  removeScratch(setup?.dir);
});

const opsworksInputs = (version: string, extra: Record<string, string> = {}) =>
  baseInputs(setup, version, { target: 'opsworks', 'stack-id': STACK, 'layer-ids': LAYER, 'app-id': APP, targets: '', ...extra });

/** A SendCommand that runs the host script's rollout (not its preflight or state). */
function isRollout(request: { target: string; body: unknown }): boolean {
  const commands = (request.body as { Parameters?: { commands?: string[] } }).Parameters?.commands ?? [];
  return request.target === 'AmazonSSM.SendCommand' && commands.some((line) => /rollout\.sh"? rollout /.test(line));
}

function demoTag(customJson: string | undefined): string | undefined {
  const doc = JSON.parse(customJson ?? '{}') as { deploy: { demo: { containers: { web?: { tag?: string } }[] } } };
  return doc.deploy.demo.containers[0]?.web?.tag;
}

describe('berth deploy, target opsworks, in the local world', () => {
  it('runs the OpsWorks deployment, rolls out through SSM, then writes the new tag into the stack', async () => {
    const { result, lines } = await deployInWorld(setup, opsworksInputs('v1'));
    expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');
    const deployment = aws.opsworksState.deployments.at(-1);
    expect(deployment?.Status).toBe('successful');
    expect(deployment?.Comment).toBe('berth deploy v1 (v1)');
    expect(deployment?.Command.Name).toBe('deploy');
    expect(demoTag(deployment?.CustomJson)).toBe('v1');
    expect(demoTag(aws.opsworksState.stacks[0]?.CustomJson)).toBe('v1');
    expect(await Promise.all(world.hosts.map((h) => frontVersion(h.frontUrl)))).toEqual(['v1', 'v1']);
    // The stack is written only after the rollout: UpdateStack is the last OpsWorks call, after every SendCommand.
    const targets = aws.requests.map((r) => r.target);
    expect(targets.lastIndexOf('OpsWorks_20130218.UpdateStack')).toBeGreaterThan(targets.lastIndexOf('AmazonSSM.SendCommand'));
    expect(targets.indexOf('OpsWorks_20130218.CreateDeployment')).toBeLessThan(aws.requests.findIndex(isRollout));
    expect(aws.requests.filter(isRollout)).toHaveLength(2);
  }, 600_000);

  it('stops before any rollout when the OpsWorks deployment fails on one instance; the Custom JSON is unchanged', async () => {
    const before = aws.opsworksState.stacks[0]?.CustomJson;
    const failing = world.hosts[1];
    if (!failing) throw new Error('no second host');
    aws.faults.opsworksDeploymentFails(failing.instanceId);
    const sendsBefore = aws.requests.filter((r) => r.target === 'AmazonSSM.SendCommand').length;
    try {
      const { result } = await deployInWorld(setup, opsworksInputs('v2'));
      expect(result.outcome.status).toBe('failure');
      expect(result.outcome.fleet).toBe('unchanged');
      expect(result.outcome.summary).toMatch(
        /OpsWorks deployment .* failed; stopped before any rollout, the stack's Custom JSON is unchanged/,
      );
      expect(result.outcome.summary).toMatch(/: failed \(log: .+\)/);
    } finally {
      aws.faults.reset();
    }
    expect(aws.opsworksState.stacks[0]?.CustomJson).toBe(before);
    const rollouts = aws.requests
      .filter((r) => r.target === 'AmazonSSM.SendCommand')
      .slice(sendsBefore)
      .filter(isRollout);
    expect(rollouts).toEqual([]);
    expect(await Promise.all(world.hosts.map((h) => frontVersion(h.frontUrl)))).toEqual(['v1', 'v1']);
    expect(heldInFake(aws.parameters, '/berth/world/lock')).toBeUndefined();
  }, 600_000);

  it('healthy on the first host, failing on the second: both hosts end exactly as they were, the Custom JSON unchanged', async () => {
    const host = (i: number): SimHost => world.hosts[i] as SimHost;
    const before = [await hostSnapshot(world, host(0)), await hostSnapshot(world, host(1))];
    expect(Object.keys(before[0]?.['containers'] as object)).toEqual(expect.arrayContaining(['web0', 'web1', 'worker0']));
    expect(JSON.stringify(before[0]?.['cron'])).toContain('*/5');
    const stack = aws.opsworksState.stacks[0];
    if (!stack) throw new Error('no stack');
    // The operator changes env, command, stop signal and cron in the stack's settings, then deploys v2.
    stack.CustomJson = changedDocumentText(stack.CustomJson ?? '{}');
    const edited = stack.CustomJson;
    expect(demoTag(edited)).toBe('v1');
    const from = aws.requests.length;
    const stopBreaking = breakSecondCopyOn(host(1));
    let run;
    try {
      run = await deployInWorld(setup, opsworksInputs('v2'));
    } finally {
      await stopBreaking();
    }
    const { result, lines } = run;
    const log = `${result.outcome.summary}\n${lines.join('\n')}`;
    expect(result.outcome.status, log).toBe('failure');
    expect(result.outcome.fleet, log).toBe('rolled-back');
    // The rollout did run: OpsWorks' deployment carried v2, and both hosts were restored from their records.
    expect(demoTag(aws.opsworksState.deployments.at(-1)?.CustomJson)).toBe('v2');
    expect(restoresSince(aws, from).sort()).toEqual(world.hosts.map((h) => h.instanceId).sort());
    // Exactly as before: every container's config, the cron file and its env file, haproxy's servers.
    expect(await hostSnapshot(world, host(0))).toEqual(before[0]);
    expect(await hostSnapshot(world, host(1))).toEqual(before[1]);
    expect(await fleetVersions(world)).toEqual(['v1', 'v1']);
    // The stack still names v1, with the operator's edit as it was: never written by a failed release.
    expect(stack.CustomJson).toBe(edited);
    expect(aws.requests.slice(from).map((r) => r.target)).not.toContain('OpsWorks_20130218.UpdateStack');
    // The outcome tells what each host did, from the hosts' own results.
    const [first, second] = result.outcome.hosts;
    expect(first).toMatchObject({ hostname: 'docker1', state: 'rolled-back' });
    expect(first?.story).toMatch(/^web0, web1, worker0 replaced, then restored from its record \(release v1, deploy /);
    expect(second).toMatchObject({ hostname: 'docker2', state: 'rolled-back' });
    expect(second?.story).toMatch(
      /^failed \(the new copy of web1 \(slot _b\) did not become healthy within 30s\) after web0 replaced, which the host restored itself, then restored from its record/,
    );
    expect(renderSummary(result.model)).toContain('web0, web1, worker0 replaced, then restored from its record');
    expect(heldInFake(aws.parameters, '/berth/world/lock')).toBeUndefined();
  }, 600_000);
});
