// Steps: the rollout, batch after batch (the first failed host stops it), then the read back: a deploy
// is a success only when every host says it runs what was planned, healthy. A cancel or the deploy's
// deadline stops it starting new batches; the batch in flight is never cancelled (a SIGKILL mid-swap
// is worse than letting it finish), it gets IN_FLIGHT_GRACE past the deadline to end.
import { MAX_EXECUTION_TIMEOUT_SECONDS } from '../../host/command.js';
import type { HostResult } from '../../stack/host-plan.js';
import { touch } from '../cancel.js';
import { describeFailure, hostLabel, rollOut } from '../hosts.js';
import type { HostRunner, HostRunOutcome, TargetHost } from '../ports.js';
import { describeProblems, readBack } from '../readback.js';
import { MINUTE, runComment, stopReason, type DeployRun } from '../run.js';
import type { FleetPlans } from './plans.js';
import type { PreparedRollout } from './prepare-rollout.js';

/** How long the batch in flight may run past the deadline before it is cancelled after all. */
export const IN_FLIGHT_GRACE = 10 * MINUTE;

/** Why the release did not take, the hosts it touched, and what went wrong on each. */
export interface RolloutFailure {
  reason: string;
  touched: TargetHost[];
  problemOf(host: TargetHost): string | undefined;
  /** What the host's rollout said it did (its copies' actions), when it answered. */
  resultOf?(host: TargetHost): HostResult | undefined;
  /** Stopped by a cancel or the deadline rather than by a failed host. */
  stopped?: boolean;
}

/**
 * The runner for the rollout's batches: without the cancel (the batch in flight runs to its end), and
 * `stop` aborted once a batch ends after a cancel or past the deadline, so rollOut starts no new one.
 */
function batchRunner(run: DeployRun, stop: AbortController): HostRunner {
  const runner = run.ports.hosts;
  return {
    ...runner,
    run: async ({ signal: _signal, ...request }) => {
      try {
        return await runner.run(request);
      } finally {
        if (stopReason(run)) stop.abort();
      }
    },
  };
}

export async function rollOutBatches(run: DeployRun, fleet: FleetPlans, prepared: PreparedRollout): Promise<RolloutFailure | undefined> {
  const { settings, log } = run;
  run.outcome.fleet = 'updated';
  const stop = new AbortController();
  if (stopReason(run)) stop.abort();
  const hardDeadline = run.deadline + IN_FLIGHT_GRACE;
  const report = await rollOut({
    label: settings.release.kind === 'rollback' ? 'Rollback batch' : 'Batch',
    batches: prepared.batches,
    sendsFor: (batch) => {
      // Touched before the send: a cancel arriving while SSM takes the command still counts these hosts.
      touch(run.checkpoint, batch);
      run.save();
      return prepared.sends.get(batch) ?? fleet.rolloutSends(batch);
    },
    runner: batchRunner(run, stop),
    comment: runComment(run),
    deadline: hardDeadline,
    executionTimeoutSeconds: Math.min(MAX_EXECUTION_TIMEOUT_SECONDS, Math.max(60, Math.ceil((hardDeadline - run.now()) / 1000))),
    log,
    signal: stop.signal,
  });
  const stopped = stopReason(run);
  if (report.failed.length === 0 && !stopped) return undefined;
  const touched = [...report.succeeded, ...report.failed].map((o) => o.host);
  if (stopped && report.failed.length === 0) {
    const left = report.notRun.length;
    log.warn(
      `${stopped}: no new batch was started${left > 0 ? ` (${left} host(s) not sent anything)` : ''}; the batch in flight was let finish.`,
    );
  }
  return {
    reason:
      report.failed.length > 0 ? `The rollout failed on ${report.failed.map((f) => hostLabel(f.host)).join(', ')}` : (stopped as string),
    touched,
    problemOf: (host) => {
      const failed = report.failed.find((o) => o.host.instanceId === host.instanceId);
      return failed ? describeFailure(failed) : undefined;
    },
    resultOf: (host) => [...report.succeeded, ...report.failed].find((o) => o.host.instanceId === host.instanceId)?.result,
    ...(stopped && report.failed.length === 0 ? { stopped: true } : {}),
  };
}

/** What every host of the fleet runs now (a `state` run of the new plans), never cancelled. */
export function readFleetState(run: DeployRun, fleet: FleetPlans, title: string): Promise<HostRunOutcome[]> {
  const { ports, log } = run;
  return log.group(title, () =>
    ports.hosts.run({
      sends: fleet.stateSends(),
      comment: runComment(run, 'read back'),
      deadline: Math.max(run.deadline, run.now() + 5 * MINUTE),
      executionTimeoutSeconds: 300,
      onProgress: (host, status) => log.info(`${hostLabel(host)}: ${status}`),
    }),
  );
}

export async function readBackFleet(run: DeployRun, fleet: FleetPlans): Promise<RolloutFailure | undefined> {
  run.checkpoint.phase = 'read back';
  run.save();
  const state = await readFleetState(run, fleet, `Read back ${fleet.hosts.length} host(s)`);
  const report = readBack(fleet.plans, state);
  // A cancel during the read back is still a cancel: the failure policy decides, as for any stop.
  if (report.ok && run.settings.signal?.aborted) {
    return { reason: 'The deploy was cancelled during the read back', touched: fleet.hosts, problemOf: () => undefined, stopped: true };
  }
  if (report.ok) return undefined;
  return {
    reason: `Read back failed:\n${describeProblems(report)}`,
    touched: fleet.hosts,
    problemOf: (host) => report.hosts.find((p) => p.instanceId === host.instanceId)?.problems.join('; '),
  };
}
