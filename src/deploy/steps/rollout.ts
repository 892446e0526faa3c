// Steps: the rollout, batch after batch (the first failed host stops it), then the read back: a deploy
// is a success only when every host says it runs what was planned, healthy. A host's rollout ends by
// reading every planned copy again (its result's `final`): that is its read back, so only hosts whose
// answer lacks it (an older host script) get a `state` command after the rollout. A cancel or the deploy's
// deadline stops it starting new batches; the batch in flight is never cancelled (a SIGKILL mid-swap
// is worse than letting it finish), it gets IN_FLIGHT_GRACE past the deadline to end. With the canary on,
// each batch's first host gets its canary first (steps/canary.ts): a canary not promoted stops the rollout
// there and its host goes back whatever the failure policy. batch-wait-seconds pauses between batches.
import { MAX_EXECUTION_TIMEOUT_SECONDS } from '../../host/command.js';
import type { HostResult } from '../../stack/host-plan.js';
import { touch } from '../cancel.js';
import { describeFailure, hostLabel, rollOut } from '../hosts.js';
import type { HostRunner, HostRunOutcome, TargetHost } from '../ports.js';
import { describeProblems, readBack } from '../readback.js';
import { MINUTE, runComment, stopReason, type DeployRun } from '../run.js';
import { canaryGate, type CanaryStop } from './canary.js';
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
  /** Hosts the way back restores even with failure-policy stop or after a cancel: a canary not promoted. */
  alwaysBack?: TargetHost[];
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

/** What the rollout did: why it failed (absent: every batch went well), and every host's answer. */
export interface RolloutRun {
  failure?: RolloutFailure;
  answered: HostRunOutcome[];
}

export async function rollOutBatches(run: DeployRun, fleet: FleetPlans, prepared: PreparedRollout): Promise<RolloutRun> {
  const { settings, log } = run;
  run.outcome.fleet = 'updated';
  const stop = new AbortController();
  if (stopReason(run)) stop.abort();
  const hardDeadline = run.deadline + IN_FLIGHT_GRACE;
  const runner = batchRunner(run, stop);
  const executionTimeoutSeconds = Math.min(MAX_EXECUTION_TIMEOUT_SECONDS, Math.max(60, Math.ceil((hardDeadline - run.now()) / 1000)));
  const canary = settings.canary
    ? canaryGate(run, fleet, prepared, { runner, deadline: hardDeadline, executionTimeoutSeconds })
    : undefined;
  const report = await rollOut({
    label: settings.release.kind === 'rollback' ? 'Rollback batch' : 'Batch',
    batches: prepared.batches,
    sendsFor: (batch) => {
      // Touched before the send: a cancel arriving while SSM takes the command still counts these hosts.
      touch(run.checkpoint, batch);
      run.save();
      return canary?.promotionSends(batch) ?? prepared.sends.get(batch) ?? fleet.rolloutSends(batch);
    },
    runner,
    comment: runComment(run),
    deadline: hardDeadline,
    executionTimeoutSeconds,
    log,
    signal: stop.signal,
    expectedSecondsFor: (batch) => prepared.expectedSeconds.get(batch),
    expectedOverheadFor: (batch) => prepared.expectedOverhead.get(batch),
    ...(canary ? { gate: canary.gate } : {}),
    ...(settings.policy.batchWaitSeconds ? { pause: (next: number) => pauseBefore(run, stop, next, prepared.batches.length) } : {}),
  });
  const stopped = stopReason(run);
  const held = canary?.stopped();
  const answered = [...report.succeeded, ...report.failed];
  if (report.failed.length === 0 && !stopped && !held) return { answered };
  if (stopped && report.failed.length === 0 && !held) {
    const left = report.notRun.length;
    log.warn(
      `${stopped}: no new batch was started${left > 0 ? ` (${left} host(s) not sent anything)` : ''}; the batch in flight was let finish.`,
    );
  }
  return { failure: rolloutFailure(report.failed, answered, stopped, held), answered };
}

/** Why the rollout did not take: the failed hosts, else the canary that was not promoted, else the stop. */
function rolloutFailure(
  failed: HostRunOutcome[],
  answered: HostRunOutcome[],
  stopped: string | undefined,
  held: CanaryStop | undefined,
): RolloutFailure {
  const same = (host: TargetHost) => (o: { host: TargetHost }) => o.host.instanceId === host.instanceId;
  const reason =
    failed.length > 0 ? `The rollout failed on ${failed.map((f) => hostLabel(f.host)).join(', ')}` : (held?.reason ?? (stopped as string));
  return {
    reason,
    touched: [...answered.map((o) => o.host), ...(held ? [held.host] : [])],
    problemOf: (host) => {
      if (held && same(host)(held)) return held.problem;
      const outcome = failed.find(same(host));
      return outcome ? describeFailure(outcome) : undefined;
    },
    resultOf: (host) => (held && same(host)(held) ? held.outcome.result : answered.find(same(host))?.result),
    ...(held ? { alwaysBack: [held.host] } : {}),
    // A canary held back by the stop itself (promoted, then cancelled) is a stop too.
    ...(stopped !== undefined && failed.length === 0 && (!held || held.reason === stopped) ? { stopped: true } : {}),
  };
}

/** batch-wait-seconds before batch `next`: cut short by a cancel or the deadline, which then stop the rollout. */
async function pauseBefore(run: DeployRun, stop: AbortController, next: number, count: number): Promise<void> {
  const seconds = run.settings.policy.batchWaitSeconds ?? 0;
  const ms = Math.min(seconds * 1000, Math.max(0, run.deadline - run.now()));
  run.log.info(`Waiting ${seconds} s before batch ${next + 1}/${count} (batch-wait-seconds)`);
  if (ms > 0) await sleepUnlessCancelled(run, ms);
  if (stopReason(run)) stop.abort();
}

/** The run's sleep (ports.sleep, a timer by default), ended early by the deploy's cancel. */
function sleepUnlessCancelled(run: DeployRun, ms: number): Promise<void> {
  const { signal } = run.settings;
  if (signal?.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    signal?.addEventListener('abort', done, { once: true });
    if (run.ports.sleep) void run.ports.sleep(ms).then(done, done);
    else timer = setTimeout(done, ms);
  });
}

/** What the hosts run now (a `state` run of the new plans; default every host of the fleet), never cancelled. */
export function readFleetState(run: DeployRun, fleet: FleetPlans, title: string, hosts?: TargetHost[]): Promise<HostRunOutcome[]> {
  const { ports, log } = run;
  return log.group(title, () =>
    ports.hosts.run({
      sends: fleet.stateSends(hosts),
      comment: runComment(run, 'read back'),
      deadline: Math.max(run.deadline, run.now() + 5 * MINUTE),
      executionTimeoutSeconds: 300,
      onProgress: (host, status) => log.info(`${hostLabel(host)}: ${status}`),
    }),
  );
}

/** A rollout's answer as its read back: its final read in place of what it did (undefined: no final read). */
export function finalRead(outcome: HostRunOutcome): HostRunOutcome | undefined {
  const final = outcome.result?.final;
  return outcome.result && Array.isArray(final) ? { ...outcome, result: { ...outcome.result, copies: final } } : undefined;
}

/**
 * Every host's read back: its rollout's final read; a `state` command only to hosts whose answer has
 * none (a host script older than this action).
 */
export async function readBackFleet(run: DeployRun, fleet: FleetPlans, answered: HostRunOutcome[]): Promise<RolloutFailure | undefined> {
  run.checkpoint.phase = 'read back';
  run.save();
  const reads = new Map<string, HostRunOutcome>();
  for (const outcome of answered) {
    const read = finalRead(outcome);
    if (read) reads.set(outcome.host.instanceId, read);
  }
  const unread = fleet.hosts.filter((host) => !reads.has(host.instanceId));
  const state = unread.length > 0 ? await readFleetState(run, fleet, `Read back ${unread.length} host(s)`, unread) : [];
  const report = readBack(fleet.plans, [...reads.values(), ...state]);
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
