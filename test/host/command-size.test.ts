// What the example stack's commands weigh against the default size limit: one host, and 50 hosts (the
// most one SendCommand targets) in one plan set. docs/host.md quotes these figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHostCommands, DEFAULT_MAX_COMMAND_BYTES, hostCommandBytes, MAX_INSTANCES_PER_COMMAND, packHostCommands, type PlanForHost } from '../../src/host/command.js';
import { HOST_MODES } from '../../src/host/parts.js';
import { restoreRequest } from '../../src/deploy/restore.js';
import { encodeHostPlan, type HostPlan } from '../../src/stack/host-plan.js';
import { buildHostPlan } from '../../src/stack/plan.js';
import { parseValid, planOptions } from '../stack/helpers.js';

const example = parseValid(readFileSync(join(import.meta.dirname, '../../examples/stack.json'), 'utf8'), 'examples/stack.json');

/** The example's plan for host i of a fleet (the migration runs on the first host only). */
function planOf(i: number): HostPlan {
  const instanceId = `i-0${i.toString(16).padStart(16, '0')}`;
  const facts = { hostname: `docker${i}`, instanceId, publicIp: `203.0.113.${i}`, stackName: 'Example' };
  return buildHostPlan(example, facts, planOptions({ runMigration: i === 1 }));
}

/** The example's rollout plan for host i of a fleet, encoded. */
function examplePlan(i: number): PlanForHost {
  const plan = planOf(i);
  return { instanceId: plan.host.instanceId, planText: encodeHostPlan(plan) };
}

describe('command sizes of the example stack', () => {
  const fleet = Array.from({ length: MAX_INSTANCES_PER_COMMAND }, (_, i) => examplePlan(i + 1));
  const one = hostCommandBytes(buildHostCommands('rollout', fleet[0]?.planText));
  const all = hostCommandBytes(buildHostCommands('rollout', fleet));

  it('one host and 50 hosts each fit one command under the default limit', () => {
    expect(one).toBeLessThan(DEFAULT_MAX_COMMAND_BYTES / 2);
    expect(all).toBeLessThan(DEFAULT_MAX_COMMAND_BYTES);
    expect(packHostCommands('rollout', fleet)).toHaveLength(1);
  });

  it('every mode fits with the example plan', () => {
    // A restore carries its request (the record is on the host), not the plan: the largest request is the
    // plan's apps and metadata.
    const request = restoreRequest({ encodePlan: encodeHostPlan }, planOf(1), 'deploy-2~undo', { undo: 'deploy-2' });
    // A converge carries no plan (it reads the release record on the host).
    const planFor = (mode: string) => (mode === 'restore' ? request : mode === 'converge' ? undefined : fleet[0]?.planText);
    const sizes = Object.fromEntries(HOST_MODES.map((mode) => [mode, hostCommandBytes(buildHostCommands(mode, planFor(mode)))]));
    // A converge's script is the rollout's and more, without a plan; a canary's is the rollout's and its bake,
    // with the rollout's plan: both held to the bound one host's rollout is held to.
    const bound = (mode: string) => (mode === 'converge' || mode === 'canary' ? DEFAULT_MAX_COMMAND_BYTES / 2 : one);
    for (const [mode, bytes] of Object.entries(sizes)) expect(bytes, mode).toBeLessThanOrEqual(bound(mode));
  });
});
