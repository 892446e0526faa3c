// Rolling across hosts: the order, the batches, the run of one batch after another, and the
// first failed host stopping the rollout. Pure decisions plus calls through the HostRunner port.
import type { HostRunner, HostRunOutcome, HostSend, ProgressLog, TargetHost } from './ports.js';
import type { BatchSize } from './settings.js';

/** Old cookbook: the migration ran on the alphabetically first instance. Keep that order. */
export function rolloutOrder(hosts: TargetHost[]): TargetHost[] {
  return [...hosts].sort((a, b) => a.hostname.localeCompare(b.hostname) || a.instanceId.localeCompare(b.instanceId));
}

/** Hosts per batch for a fleet of `hostCount`: the count, or ceil(hostCount x percent / 100); at least 1. */
export function batchSizeFor(batchSize: BatchSize, hostCount: number): number {
  const size = typeof batchSize === 'number' ? batchSize : Math.ceil((hostCount * batchSize.percent) / 100);
  return Math.max(1, Math.floor(size));
}

/**
 * The migration host first and alone (when there is a migration), then the others in batches of
 * `batchSize` (a percentage of every host, the migration host counted). Hosts come in rollout order.
 */
export function planBatches(hosts: TargetHost[], batchSize: BatchSize, migrationFirst: boolean): TargetHost[][] {
  const size = batchSizeFor(batchSize, hosts.length);
  const batches: TargetHost[][] = [];
  let rest = hosts;
  if (migrationFirst && hosts.length > 0) {
    batches.push(hosts.slice(0, 1));
    rest = hosts.slice(1);
  }
  for (let i = 0; i < rest.length; i += size) batches.push(rest.slice(i, i + size));
  return batches;
}

/** The SSM targets name no host, or hosts that are not online: nothing was sent anywhere. */
export class TargetsError extends Error {
  override name = 'TargetsError';
}

/** The online managed instances the SSM targets name (instance ids and/or tags), or why there are none. */
export async function resolveSsmHosts(
  runner: Pick<HostRunner, 'resolveTargets'>,
  targets: { instanceIds: string[]; tags: { key: string; values: string[] }[] },
): Promise<TargetHost[]> {
  const { instanceIds, tags } = targets;
  if (instanceIds.length === 0 && tags.length === 0) {
    throw new TargetsError('target ssm needs hosts: the instance-ids or targets input (tag:Key=value)');
  }
  const hosts = await runner.resolveTargets(targets);
  const missing = instanceIds.filter((id) => !hosts.some((h) => h.instanceId === id));
  if (missing.length > 0) {
    throw new TargetsError(
      `Not online in SSM: ${missing.join(', ')} (check the SSM agent, the instance role AmazonSSMManagedInstanceCore, and the region)`,
    );
  }
  if (hosts.length === 0) {
    throw new TargetsError(`No online SSM managed instance matches ${tags.map((t) => `tag:${t.key}=${t.values.join(',')}`).join(' and ')}`);
  }
  return hosts;
}

export function hostLabel(host: TargetHost): string {
  return host.hostname && host.hostname !== host.instanceId ? `${host.hostname} (${host.instanceId})` : host.instanceId;
}

/** A host run counts as done only when SSM says Success and the host's own result says ok. */
export function succeeded(outcome: HostRunOutcome): boolean {
  return outcome.status === 'Success' && outcome.result?.ok === true;
}

/** One paragraph per failed host: status, reason, failing container, last log lines, where the full log is. */
export function describeFailure(outcome: HostRunOutcome): string {
  const lines = [`${hostLabel(outcome.host)}: SSM status ${outcome.status}, exit code ${outcome.exitCode}`];
  const failure = outcome.result?.failure;
  if (failure) {
    lines.push(`  reason: ${failure.reason}${failure.container ? ` (container ${failure.container})` : ''}`);
    for (const line of failure.logTail ?? []) lines.push(`  | ${line}`);
  } else if (outcome.result?.ok === false) {
    lines.push('  reason: the host reported a failure without a reason');
  } else if (!outcome.result) {
    lines.push('  reason: the host script gave no result (it did not run to its end)');
  }
  if (outcome.stderrTail) for (const line of outcome.stderrTail.split('\n').slice(-10)) lines.push(`  stderr| ${line}`);
  if (outcome.logLocation) lines.push(`  full log: CloudWatch Logs ${outcome.logLocation}`);
  return lines.join('\n');
}

export interface RolloutInput {
  label: string;
  batches: TargetHost[][];
  /** The Run Commands for one batch (one per up to 50 hosts, each carrying its hosts' plans). */
  sendsFor: (batch: TargetHost[]) => HostSend[];
  runner: HostRunner;
  comment: string;
  deadline: number;
  executionTimeoutSeconds: number;
  log: ProgressLog;
  signal?: AbortSignal;
  /** Run every batch even after a failed host (the way back: each host is put back on its own). */
  keepGoing?: boolean;
  /** Seconds a batch's rollout is likely to take (the poll looks then); undefined: unknown. */
  expectedSecondsFor?: (batch: TargetHost[]) => number | undefined;
  /** Seconds the batch's hosts may take beyond that work (their recorded overhead). */
  expectedOverheadFor?: (batch: TargetHost[]) => number | undefined;
  /**
   * Asked before a batch is sent (the canary): false stops the rollout there, this batch and the later
   * ones not run. Not asked for a batch that does not start.
   */
  gate?: (batch: TargetHost[], index: number) => Promise<boolean>;
  /** Between a batch that went well and the next one (batch-wait-seconds); `next` is the next batch's index. */
  pause?: (next: number) => Promise<void>;
}

export interface RolloutReport {
  /** Hosts that finished well, in order. */
  succeeded: HostRunOutcome[];
  /** Hosts of the batch that stopped the rollout and did not finish well. */
  failed: HostRunOutcome[];
  /** Hosts never sent anything. */
  notRun: TargetHost[];
  cancelled: boolean;
  /** The gate stopped the rollout (before the batch of this index). */
  gatedAt?: number;
}

/** Runs batch after batch; the first batch with a failed host is the last one run. */
export async function rollOut(input: RolloutInput): Promise<RolloutReport> {
  const report: RolloutReport = { succeeded: [], failed: [], notRun: [], cancelled: false };
  for (const [index, batch] of input.batches.entries()) {
    if (!(await mayStart(input, report, batch, index))) {
      report.notRun.push(...batch);
      continue;
    }
    const title = `${input.label} ${index + 1}/${input.batches.length}: ${batch.map((h) => h.hostname || h.instanceId).join(', ')}`;
    const expectedSeconds = input.expectedSecondsFor?.(batch);
    const expectedOverheadSeconds = input.expectedOverheadFor?.(batch);
    const outcomes = await input.log.group(title, () =>
      input.runner.run({
        ...(expectedSeconds !== undefined ? { expectedSeconds } : {}),
        ...(expectedOverheadSeconds !== undefined ? { expectedOverheadSeconds } : {}),
        sends: input.sendsFor(batch),
        comment: input.comment,
        deadline: input.deadline,
        executionTimeoutSeconds: input.executionTimeoutSeconds,
        onProgress: (host, status) => input.log.info(`${hostLabel(host)}: ${status}`),
        ...(input.signal ? { signal: input.signal } : {}),
      }),
    );
    for (const outcome of outcomes) {
      if (succeeded(outcome)) report.succeeded.push(outcome);
      else report.failed.push(outcome);
    }
    if (outcomes.some((o) => o.status === 'Cancelled') && input.signal?.aborted) report.cancelled = true;
    for (const failure of outcomes.filter((o) => !succeeded(o))) input.log.error(describeFailure(failure));
  }
  return report;
}

/**
 * Whether batch `index` starts: not after a failed host (unless keepGoing), a stop or the gate's no;
 * after the pause between batches (a stop during it counts).
 */
async function mayStart(input: RolloutInput, report: RolloutReport, batch: TargetHost[], index: number): Promise<boolean> {
  const ended = () => {
    report.cancelled ||= input.signal?.aborted === true;
    return report.cancelled || (report.failed.length > 0 && !input.keepGoing) || report.gatedAt !== undefined;
  };
  if (ended()) return false;
  if (index > 0 && input.pause) {
    await input.pause(index);
    if (ended()) return false;
  }
  if (input.gate && !(await input.gate(batch, index))) {
    if (!ended()) report.gatedAt = index;
    return false;
  }
  return true;
}

/**
 * The deploy id of the way back after a failed deploy: the host records the plan it ran under this id,
 * so its history can tell the way back (what ran before) from the failed deploy's own rollout.
 */
export const UNDO_SUFFIX = '~undo';
export function undoDeployId(deployId: string): string {
  return `${deployId}${UNDO_SUFFIX}`;
}
