// Step: before anything changes, the batches and every batch's commands (a plan that fits no command
// stops the deploy here), and, when the way back must come from the hosts (failure-policy rollback,
// no previous document), what each host runs now, read while the commands are packed.
import type { HostResult } from '../../stack/host-plan.js';
import { hostLabel, planBatches } from '../hosts.js';
import type { HostSend, TargetHost } from '../ports.js';
import { runComment, withSignal, type DeployRun } from '../run.js';
import type { FleetPlans } from './plans.js';

export interface PreparedRollout {
  batches: TargetHost[][];
  sends: Map<TargetHost[], HostSend[]>;
  /** Instance id -> what the host ran before the rollout (only when read). */
  before: Map<string, HostResult>;
}

export async function prepareRollout(run: DeployRun, fleet: FleetPlans, previousKnown: boolean): Promise<PreparedRollout> {
  const { settings, ports, log } = run;
  const batches = planBatches(fleet.hosts, settings.policy.batchSize, fleet.hasMigration);
  const sends = new Map<TargetHost[], HostSend[]>();
  const pack = async (yieldBetween: boolean): Promise<void> => {
    for (const batch of batches) {
      // Packing is CPU work (gzip): a batch at a time, letting the state read's polls run in between.
      if (yieldBetween) await new Promise((resolve) => setTimeout(resolve, 0));
      sends.set(batch, fleet.rolloutSends(batch));
    }
  };
  const before = new Map<string, HostResult>();
  if (settings.policy.failurePolicy !== 'rollback' || previousKnown) {
    await pack(false);
    return { batches, sends, before };
  }
  const reading = log.group(`Read what ${fleet.hosts.length} host(s) run now`, () =>
    ports.hosts.run({
      sends: fleet.stateSends(),
      comment: runComment(run, 'state before'),
      deadline: run.deadline,
      executionTimeoutSeconds: 300,
      onProgress: (host, status) => log.info(`${hostLabel(host)}: ${status}`),
      ...withSignal(run),
    }),
  );
  // A packing error waits for the read to end.
  const packing = pack(true).then(
    () => ({ ok: true as const }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  const current = await reading;
  const packed = await packing;
  if (!packed.ok) throw packed.error;
  for (const item of current) if (item.result) before.set(item.host.instanceId, item.result);
  return { batches, sends, before };
}
