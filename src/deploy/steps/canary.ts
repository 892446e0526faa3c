// Step, inside the rollout (input canary-seconds): before each batch, its first host gets host mode
// `canary` (its rollout plan plus the canary's meta lines: copy 0 of each balanced definition on the new
// release, baked beside the old copies, haproxy's counters of both), the verdict is computed here
// (src/deploy/canary-verdict.ts, with Rollbar's new items when a read token is given), and the batch is
// promoted (its normal rollout, the canary host included) or the rollout stops there: the caller sends
// that host back through the way back whatever the failure policy (a refused canary never stays serving).
import { canaryPlanText } from '../../host/canary-plan.js';
import { redact } from '../../stack/secrets.js';
import { errorMessage } from '../../util/errors.js';
import { touch } from '../cancel.js';
import { canaryVerdict } from '../canary-verdict.js';
import { describeFailure, hostLabel, succeeded } from '../hosts.js';
import { hostSends } from '../host-sends.js';
import type { CanaryHostReport, HostRunner, HostRunOutcome, HostSend, RollbarCount, TargetHost } from '../ports.js';
import { runComment, stopReason, type DeployRun } from '../run.js';
import type { CanarySettings } from '../settings.js';
import type { FleetPlans } from './plans.js';
import type { PreparedRollout } from './prepare-rollout.js';

/** A canary that did not lead to its batch's rollout: the host, its answer, and why. */
export interface CanaryStop {
  host: TargetHost;
  outcome: HostRunOutcome;
  /** The deploy's failure sentence ("The canary on docker1 (i-0) was refused after 60 s: web: ..."). */
  reason: string;
  /** The host's own problem, for its report. */
  problem: string;
}

export interface CanaryGate {
  /** Runs the canary on the batch's first host; true: promote the batch. */
  gate(batch: TargetHost[], index: number): Promise<boolean>;
  /** The canary that stopped the rollout (absent: none did). */
  stopped(): CanaryStop | undefined;
  /**
   * The batch's rollout commands after its canary: a canary that ran the migration leaves it out of its
   * host's rollout plan (it must not run twice); undefined: the batch's commands as prepared.
   */
  promotionSends(batch: TargetHost[]): HostSend[] | undefined;
}

function canarySends(run: DeployRun, fleet: FleetPlans, host: TargetHost, canary: CanarySettings): HostSend[] {
  const { planner } = run.ports;
  return hostSends(planner, 'canary', [host], (h) => {
    const plan = fleet.plans.get(h.instanceId);
    const bake = { seconds: canary.seconds, minRequests: canary.thresholds.minRequests, maxWaitSeconds: canary.maxWaitSeconds };
    return plan ? canaryPlanText(planner.encodePlan(plan), bake) : undefined;
  });
}

/** Rollbar's new items of the release, summed over its environments; unavailable when any read is. */
async function readRollbar(run: DeployRun, canary: CanarySettings): Promise<RollbarCount | undefined> {
  const { rollbar } = canary;
  if (!rollbar) return undefined;
  const reader = run.ports.rollbarItems;
  if (!reader) return { unavailable: 'no Rollbar reader is wired in' };
  run.log.secret(rollbar.token);
  let total = 0;
  for (const environment of rollbar.environments) {
    // The port never throws; a reader that does anyway must not leave the canary host half-way.
    const count = await reader
      .readNewItems({ token: rollbar.token, codeVersion: rollbar.codeVersion, environment })
      .catch((error: unknown): RollbarCount => ({ unavailable: redact(errorMessage(error), [rollbar.token]) }));
    if ('unavailable' in count) return { unavailable: `environment "${environment}": ${count.unavailable}` };
    total += count.new;
  }
  return { new: total };
}

/**
 * The canary gate of a rollout: `runner` is the rollout's (the batch in flight is never cancelled),
 * `deadline` and `executionTimeoutSeconds` the rollout's too.
 */
export function canaryGate(
  run: DeployRun,
  fleet: FleetPlans,
  prepared: Pick<PreparedRollout, 'batches' | 'expectedSeconds'>,
  options: { runner: HostRunner; deadline: number; executionTimeoutSeconds: number },
): CanaryGate {
  const canary = run.settings.canary;
  let stop: CanaryStop | undefined;
  const reports: CanaryHostReport[] = [];
  const migrated = new Set<string>();

  const record = (
    host: TargetHost,
    index: number,
    state: CanaryHostReport['state'],
    text: string,
    verdict?: CanaryHostReport['verdict'],
  ) => {
    reports.push({
      instanceId: host.instanceId,
      hostname: host.hostname,
      batch: index + 1,
      batches: prepared.batches.length,
      state,
      text,
      ...(verdict ? { verdict } : {}),
    });
    run.outcome.canary = reports;
  };

  async function gate(batch: TargetHost[], index: number): Promise<boolean> {
    const host = batch[0];
    if (!canary || !host) return true;
    const { log } = run;
    touch(run.checkpoint, [host]);
    // Until promoted, a cancelled job's post step sends it back whatever the policy.
    run.checkpoint.canary = [...(run.checkpoint.canary ?? []), host];
    run.save();
    const expected = canary.seconds + (prepared.expectedSeconds.get(batch) ?? 0);
    const title = `Canary ${index + 1}/${prepared.batches.length}: ${hostLabel(host)} (bake ${canary.seconds} s, at most ${canary.maxWaitSeconds} s)`;
    const [outcome] = await log.group(title, () =>
      options.runner.run({
        sends: canarySends(run, fleet, host, canary),
        comment: runComment(run, 'canary'),
        deadline: options.deadline,
        executionTimeoutSeconds: options.executionTimeoutSeconds,
        expectedSeconds: expected,
        onProgress: (h, status) => log.info(`${hostLabel(h)}: ${status}`),
      }),
    );
    if (!outcome) throw new Error(`the canary run gave no answer for ${hostLabel(host)}`);
    const measure = outcome.result?.canary;
    if (!succeeded(outcome) || !measure) {
      const problem = succeeded(outcome)
        ? `${hostLabel(host)}: the host answered without the canary's counters (is its host script older than this action?)`
        : describeFailure(outcome);
      log.error(problem);
      record(host, index, 'failed', `the canary failed on ${hostLabel(host)}`);
      stop = { host, outcome, reason: `The canary failed on ${hostLabel(host)}`, problem };
      return false;
    }
    const { text, ...verdict } = canaryVerdict(measure, canary.thresholds, await readRollbar(run, canary));
    for (const warning of verdict.warnings) log.warn(`Canary on ${hostLabel(host)}: ${warning}`);
    if (!verdict.promote) {
      const reason = `The canary on ${hostLabel(host)} was ${text}`;
      log.error(reason);
      record(host, index, 'refused', text, verdict);
      stop = { host, outcome, reason, problem: `canary ${text}` };
      return false;
    }
    const stopped = stopReason(run);
    if (stopped) {
      record(host, index, 'stopped', `${text}; not promoted: ${stopped}`, verdict);
      stop = { host, outcome, reason: stopped, problem: `canary not promoted: ${stopped}` };
      return false;
    }
    if (outcome.result?.migration?.ran) migrated.add(host.instanceId);
    log.info(`Canary on ${hostLabel(host)} ${text}`);
    record(host, index, 'promoted', text, verdict);
    run.checkpoint.canary = run.checkpoint.canary?.filter((h) => h.instanceId !== host.instanceId);
    run.save();
    return true;
  }

  function promotionSends(batch: TargetHost[]): HostSend[] | undefined {
    const host = batch[0];
    const plan = host && migrated.has(host.instanceId) ? fleet.plans.get(host.instanceId) : undefined;
    if (!host || !plan) return undefined;
    const { migration: _ran, ...rest } = plan;
    return fleet.rolloutSends(batch, new Map([...fleet.plans, [host.instanceId, rest]]));
  }

  return { gate, stopped: () => stop, promotionSends };
}

/** " The canary promoted it on docker1 (i-0), docker3 (i-2)." for a successful deploy's summary; '' without one. */
export function promotedSentence(reports: CanaryHostReport[] | undefined): string {
  const promoted = (reports ?? []).filter((r) => r.state === 'promoted');
  if (promoted.length === 0) return '';
  const names = promoted.map((r) => (r.hostname && r.hostname !== r.instanceId ? `${r.hostname} (${r.instanceId})` : r.instanceId));
  return ` The canary promoted it on ${names.join(', ')}.`;
}
