// Step, on a failed rollout or read back: the way back. Every host the release changed goes back to
// what it ran before, from its OWN record of the last plan it ran successfully (the host script's
// `restore` mode), so the fleet never stays mixed; with failure-policy stop, or when cancelled, the
// hosts are left as they are. Always ends in a DeployFailure saying, per host, what really happened
// (from the hosts' own results: which copies they replaced, whether their restore found a record).
import type { HostResult } from '../../stack/host-plan.js';
import { DeployFailure } from '../failure.js';
import { LockLostError } from '../lock-lease.js';
import { describeFailure, hostLabel, planBatches, rollOut, succeeded, undoDeployId } from '../hosts.js';
import type { DeployOutcome, HostReport, HostRunOutcome, TargetHost } from '../ports.js';
import { missingRecord, restoredRecord, restoreRequest, restoreSends } from '../restore.js';
import { MINUTE, runComment, type DeployRun } from '../run.js';
import type { FleetPlans } from './plans.js';

/** Why the release did not take, the hosts it reached, what went wrong on each, what each did. */
export interface WayBackFailure {
  reason: string;
  /** The hosts the release's rollout (or read back) reached. */
  touched: TargetHost[];
  problemOf(host: TargetHost): string | undefined;
  /** The host's rollout result (its copies' actions); unknown: the host may have changed anything. */
  resultOf?(host: TargetHost): HostResult | undefined;
  /** Hosts restored even when the policy (stop) or a cancel leaves the others: a canary not promoted. */
  alwaysBack?: TargetHost[];
}

const CHANGES = new Set(['replaced', 'started', 'restarted']);

/** The copies a rollout replaced or started, by name (empty: it changed none). */
function changedCopies(result: HostResult | undefined): string[] {
  return [...new Set((result?.copies ?? []).filter((c) => CHANGES.has(c.action)).map((c) => c.name))];
}

/** Whether the release may have changed the host: unknown when it gave no result. */
function changedHost(result: HostResult | undefined): boolean {
  return (
    !result ||
    ((result.mode === 'rollout' || result.mode === 'restore') && result.ok) ||
    changedCopies(result).length > 0 ||
    result.removed.length > 0
  );
}

/** What the release did on a host, in words: "migration failed, nothing replaced", "web0, web1 replaced". */
function whatItDid(result: HostResult | undefined): string {
  if (!result) return 'reached by the new release';
  const copies = changedCopies(result);
  const removed = result.removed.length > 0 ? `${result.removed.join(', ')} removed` : '';
  const did = [copies.length > 0 ? `${copies.join(', ')} replaced` : '', removed].filter((s) => s !== '').join(', ');
  if (result.ok) return did || 'on the new release, nothing replaced';
  const reason = result.failure?.reason;
  const failed = result.migration?.ok === false ? 'migration failed' : reason ? `failed (${brief(reason)})` : 'failed';
  // A failed rollout puts back what it replaced itself (host/lib/failure.sh) before it answers.
  return did ? `${failed} after ${did}, which the host restored itself` : `${failed}, nothing replaced`;
}

/** A host's failure reason, short enough for a sentence. */
function brief(reason: string): string {
  const line = reason.split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

function report(host: TargetHost, state: HostReport['state'], story: string, problem?: string): HostReport {
  return { instanceId: host.instanceId, hostname: host.hostname, state, story, ...(problem ? { problem } : {}) };
}

/** Per host, the restore request: its new plan's apps and root, the record before `deployId`. */
function requests(run: DeployRun, fleet: Pick<FleetPlans, 'plans'>, hosts: TargetHost[]): Map<string, string> {
  const deployId = run.settings.release.deployId;
  const out = new Map<string, string>();
  for (const host of hosts) {
    const plan = fleet.plans.get(host.instanceId);
    if (!plan) throw new Error(`no plan for ${hostLabel(host)}: cannot ask it to restore`);
    out.set(host.instanceId, restoreRequest(run.ports.planner, plan, undoDeployId(deployId), { undo: deployId }));
  }
  return out;
}

/** A host's report after its restore (or none was needed, or it could not run). */
function afterRestore(host: TargetHost, did: string, outcome: HostRunOutcome | undefined, problem?: string): HostReport {
  if (!outcome) return report(host, 'failed', `${did}; the restore was not run`, problem);
  const record = restoredRecord(outcome.result);
  if (succeeded(outcome) && record) return report(host, 'rolled-back', `${did}, then restored from its record (${record})`, problem);
  const missing = missingRecord(outcome.result);
  if (missing) {
    return report(
      host,
      'failed',
      `${did}; no record of what it ran before, left as it is: ${missing}`,
      problem ?? describeFailure(outcome),
    );
  }
  return report(host, 'failed', `${did}; the restore from its record failed`, describeFailure(outcome));
}

function fleetOf(hosts: HostReport[]): DeployOutcome['fleet'] {
  if (hosts.every((h) => h.state === 'untouched')) return 'unchanged';
  if (hosts.every((h) => h.state === 'untouched' || h.state === 'rolled-back')) return 'rolled-back';
  return 'mixed';
}

/**
 * The way back after `failure`. Needs only the run (settings, ports), the hosts and each host's new
 * plan (its apps and root), and the failure: a resumed run (after a cancel) can call it with those.
 */
export async function goBack(run: DeployRun, fleet: Pick<FleetPlans, 'hosts' | 'plans'>, failure: WayBackFailure): Promise<never> {
  const { settings, log } = run;
  const { reason, touched, problemOf } = failure;
  log.error(reason);
  const resultOf = (host: TargetHost) => failure.resultOf?.(host);
  const reached = (host: TargetHost) => touched.some((t) => t.instanceId === host.instanceId);
  const changed = fleet.hosts.filter((h) => reached(h) && changedHost(resultOf(h)));
  const unchangedReport = (host: TargetHost): HostReport =>
    reached(host) ? report(host, 'untouched', whatItDid(resultOf(host)), problemOf(host)) : report(host, 'untouched', 'untouched');

  if (changed.length === 0) {
    const hosts = fleet.hosts.map(unchangedReport);
    const told = hosts
      .filter((h) => touched.some((t) => t.instanceId === h.instanceId))
      .map((h) => `${h.hostname || h.instanceId}: ${h.story}`);
    throw new DeployFailure(
      `${reason}${told.length > 0 ? ` (${told.join('; ')})` : ''}. Nothing was replaced on any host.`,
      'unchanged',
      hosts,
    );
  }
  const holding = settings.policy.failurePolicy === 'stop' || settings.signal?.aborted === true;
  const lost = settings.signal?.reason instanceof LockLostError;
  const why = settings.signal?.aborted ? (lost ? 'the deploy lost its lock' : 'the deploy was cancelled') : 'failure-policy stop';
  // A canary not promoted goes back whatever the policy: it never stays serving (unless the lock was
  // lost: another deploy may be changing the hosts now).
  const always = lost ? [] : changed.filter((h) => failure.alwaysBack?.some((a) => a.instanceId === h.instanceId));
  const goingBack = holding ? always : changed;
  const left = changed.filter((h) => !goingBack.includes(h));
  const leftReport = (h: TargetHost): HostReport => {
    const result = resultOf(h);
    const state = result?.ok ? `left on the new release (${why})` : `left as it is (${why})`;
    return report(h, result?.ok ? 'updated' : 'unknown', `${whatItDid(result)}; ${state}`, problemOf(h));
  };
  const leftSentence = `Left as is (${why}): ${left.length} host(s) changed by the new release (${left.map(hostLabel).join(', ')}); the fleet may be mixed.`;
  if (goingBack.length === 0) {
    const hosts = fleet.hosts.map((h) => (changed.includes(h) ? leftReport(h) : unchangedReport(h)));
    throw new DeployFailure(`${reason}. ${leftSentence}`, 'mixed', hosts);
  }
  const back = await rollOut({
    label: 'Restore batch',
    batches: planBatches(goingBack, settings.policy.batchSize, false),
    sendsFor: (batch) => restoreSends(run.ports.planner, batch, requests(run, fleet, batch)),
    runner: run.ports.hosts,
    comment: runComment(run, 'restore before'),
    deadline: Math.max(run.deadline, run.now() + 10 * MINUTE),
    executionTimeoutSeconds: 600,
    log,
    keepGoing: true,
  });
  const outcomes = [...back.succeeded, ...back.failed];
  const hosts = fleet.hosts.map((h) => {
    if (!changed.includes(h)) return unchangedReport(h);
    if (left.includes(h)) return leftReport(h);
    const outcome = outcomes.find((o) => o.host.instanceId === h.instanceId);
    return afterRestore(h, whatItDid(resultOf(h)), outcome, problemOf(h));
  });
  const restored = hosts.filter((h) => h.state === 'rolled-back');
  const stuck = hosts.filter((h) => h.state === 'failed');
  const fleetState = left.length > 0 ? 'mixed' : fleetOf(hosts);
  const rest = left.length > 0 ? ` ${leftSentence}` : '';
  if (stuck.length === 0) {
    const runs = left.length > 0 ? '' : '; the fleet runs what it ran before';
    throw new DeployFailure(
      `${reason}. Restored ${restored.length} host(s) from their own records (${restored.map((h) => h.hostname || h.instanceId).join(', ')})${runs}.${rest}`,
      fleetState,
      hosts,
    );
  }
  throw new DeployFailure(
    `${reason}. The way back failed on ${stuck.map((h) => `${h.hostname || h.instanceId} (${h.story})`).join('; ')}: the fleet is mixed, fix those hosts or deploy again.${rest}`,
    fleetState,
    hosts,
  );
}
