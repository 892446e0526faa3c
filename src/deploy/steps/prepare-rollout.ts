// Step: before anything changes, the batches and every batch's commands (a plan that fits no command
// stops the deploy here), each batch's expected time (for the poll), and what each host runs now (the
// summary's before; the checkpoint's when the way back must come from the hosts): all from the
// preflight's answers and the plans, with no command of its own.
import type { HostResult } from '../../stack/host-plan.js';
import { planBatches } from '../hosts.js';
import type { HostSend, TargetHost } from '../ports.js';
import { batchExpectedSeconds, batchOverheadSeconds, expectedOverheadSeconds, expectedSeconds, stateBefore } from '../preflight-reads.js';
import type { DeployRun } from '../run.js';
import type { FleetPlans } from './plans.js';
import type { ReadyFleet } from './preflight.js';

export interface PreparedRollout {
  batches: TargetHost[][];
  sends: Map<TargetHost[], HostSend[]>;
  /** Per batch: the seconds its rollout is likely to take (its slowest host's last run); absent: unknown. */
  expectedSeconds: Map<TargetHost[], number>;
  /** Per batch: its hosts' largest recorded overhead beyond the work (the poll looks often for that long). */
  expectedOverhead: Map<TargetHost[], number>;
  /** Instance id -> what the host ran before the rollout, as a `state` run would say (hosts that listed it). */
  before: Map<string, HostResult>;
}

export function prepareRollout(run: DeployRun, fleet: FleetPlans, ready: ReadyFleet): PreparedRollout {
  const { settings } = run;
  const batches = planBatches(fleet.hosts, settings.policy.batchSize, fleet.hasMigration);
  const sends = new Map<TargetHost[], HostSend[]>();
  const expected = new Map<TargetHost[], number>();
  const overhead = new Map<TargetHost[], number>();
  for (const batch of batches) {
    overhead.set(batch, batchOverheadSeconds(batch.map((host) => expectedOverheadSeconds(ready.answers.get(host.instanceId)))));
    sends.set(batch, fleet.rolloutSends(batch));
    const seconds = batchExpectedSeconds(
      batch.map((host) => {
        const plan = fleet.plans.get(host.instanceId);
        return plan ? expectedSeconds(ready.answers.get(host.instanceId), plan) : undefined;
      }),
    );
    if (seconds !== undefined) expected.set(batch, seconds);
  }
  const before = new Map<string, HostResult>();
  for (const host of fleet.hosts) {
    const plan = fleet.plans.get(host.instanceId);
    const state = plan ? stateBefore(ready.answers.get(host.instanceId), plan) : undefined;
    if (state) before.set(host.instanceId, state);
  }
  return { batches, sends, expectedSeconds: expected, expectedOverhead: overhead, before };
}
