// Steps: the rollout, batch after batch (the first failed host stops it), then the read back: a deploy
// is a success only when every host says it runs what was planned, healthy.
import type { HostResult } from '../../stack/host-plan.js';
import { describeFailure, hostLabel, rollOut } from '../hosts.js';
import type { TargetHost } from '../ports.js';
import { describeProblems, readBack } from '../readback.js';
import { MINUTE, runComment, withSignal, type DeployRun } from '../run.js';
import type { FleetPlans } from './plans.js';
import type { PreparedRollout } from './prepare-rollout.js';

/** Why the release did not take, the hosts it touched, and what went wrong on each. */
export interface RolloutFailure {
  reason: string;
  touched: TargetHost[];
  problemOf(host: TargetHost): string | undefined;
  /** What the host's rollout said it did (its copies' actions), when it answered. */
  resultOf?(host: TargetHost): HostResult | undefined;
}

export async function rollOutBatches(run: DeployRun, fleet: FleetPlans, prepared: PreparedRollout): Promise<RolloutFailure | undefined> {
  const { settings, ports, log } = run;
  run.outcome.fleet = 'updated';
  const report = await rollOut({
    label: settings.release.kind === 'rollback' ? 'Rollback batch' : 'Batch',
    batches: prepared.batches,
    sendsFor: (batch) => prepared.sends.get(batch) ?? fleet.rolloutSends(batch),
    runner: ports.hosts,
    comment: runComment(run),
    deadline: run.deadline,
    executionTimeoutSeconds: Math.max(60, Math.ceil((run.deadline - run.now()) / 1000)),
    log,
    ...withSignal(run),
  });
  if (report.failed.length === 0 && !report.cancelled) return undefined;
  return {
    reason: report.cancelled
      ? 'The deploy was cancelled'
      : `The rollout failed on ${report.failed.map((f) => hostLabel(f.host)).join(', ')}`,
    touched: [...report.succeeded, ...report.failed].map((o) => o.host),
    problemOf: (host) => {
      const failed = report.failed.find((o) => o.host.instanceId === host.instanceId);
      return failed ? describeFailure(failed) : undefined;
    },
    resultOf: (host) => [...report.succeeded, ...report.failed].find((o) => o.host.instanceId === host.instanceId)?.result,
  };
}

export async function readBackFleet(run: DeployRun, fleet: FleetPlans): Promise<RolloutFailure | undefined> {
  const { ports, log } = run;
  const state = await log.group(`Read back ${fleet.hosts.length} host(s)`, () =>
    ports.hosts.run({
      sends: fleet.stateSends(),
      comment: runComment(run, 'read back'),
      deadline: Math.max(run.deadline, run.now() + 5 * MINUTE),
      executionTimeoutSeconds: 300,
      onProgress: (host, status) => log.info(`${hostLabel(host)}: ${status}`),
    }),
  );
  const report = readBack(fleet.plans, state);
  if (report.ok) return undefined;
  return {
    reason: `Read back failed:\n${describeProblems(report)}`,
    touched: fleet.hosts,
    problemOf: (host) => report.hosts.find((p) => p.instanceId === host.instanceId)?.problems.join('; '),
  };
}
