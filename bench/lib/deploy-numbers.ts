// The numbers of `npm run bench -- deploy`, from what a run leaves behind: the action's log (its batches),
// the fake AWS's recorded requests (the Run Commands each host received) and the hosts' rollout results
// (the seconds each host measured). Pure: bench/deploy.ts gathers the inputs, test/bench/ checks these.
import type { HostResult } from '../../src/stack/host-plan.js';

/** One run's numbers, keyed as in the bench's JSON line. */
export interface DeployNumbers {
  hosts: number;
  /** Rollout batches, the migration host's batch of its own included. */
  batches: number;
  /** The most Run Commands any one host of the run received during it (counted by the fake). */
  commands_per_host_max: number;
  /** From the action process's start to its exit. */
  deploy_wall_s: number;
  /** Sum over batches of the largest host work in the batch (hostWorkSeconds). */
  host_work_s: number;
  /** deploy_wall_s / host_work_s. */
  ratio: number;
}

export const GOALS = { ratio: 1.5, commandsPerHost: 2 } as const;

/**
 * The rollout batches the action ran, in order, as host names: its `::group::Batch i/n: host, host` lines
 * (the deploy names a host by hostname, else by instance id). Other groups (preflight, read back) are not batches.
 */
export function batchesFromLog(log: string): string[][] {
  const batches: string[][] = [];
  for (const line of log.split('\n')) {
    const match = /^::group::Batch (\d+)\/(\d+)[^:]*: (.+)$/.exec(line.trim());
    if (!match) continue;
    batches.push(
      (match[3] ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== ''),
    );
  }
  return batches;
}

/** What the bench needs of the fake's RecordedRequest. */
export interface SentRequest {
  target: string;
  status?: number;
  body: unknown;
}

/**
 * Run Commands received per instance id: every SendCommand the fake accepted (HTTP 200; a throttled or
 * refused attempt reached no host), once for each instance id it names. A SendCommand by tag targets
 * cannot be counted per host from the request alone: that throws rather than count it as none.
 */
export function commandsPerInstance(requests: readonly SentRequest[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of requests) {
    if (request.target !== 'AmazonSSM.SendCommand' || request.status !== 200) continue;
    const body = request.body as { InstanceIds?: unknown; Targets?: unknown } | undefined;
    const ids = body?.InstanceIds;
    if (!Array.isArray(ids) || ids.length === 0) {
      throw new Error(`a SendCommand without InstanceIds (Targets ${JSON.stringify(body?.Targets)}): its hosts cannot be counted`);
    }
    for (const id of ids) if (typeof id === 'string') counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * Where a run's time went, for the log: when each accepted SendCommand left (seconds after the action
 * process started, its comment, how many hosts) and when the last AWS call came.
 */
export function sendTimeline(requests: readonly (SentRequest & { at: number })[], startedMs: number): string {
  const at = (ms: number): string => `+${((ms - startedMs) / 1000).toFixed(1)} s`;
  const sends = requests
    .filter((r) => r.target === 'AmazonSSM.SendCommand' && r.status === 200)
    .map((r) => {
      const body = r.body as { Comment?: unknown; InstanceIds?: unknown[] } | undefined;
      return `${at(r.at)} ${typeof body?.Comment === 'string' ? body.Comment : 'SendCommand'} (${body?.InstanceIds?.length ?? 0})`;
    });
  const last = requests.at(-1);
  return `${sends.join(', ') || 'no SendCommand'}${last ? `; last AWS call ${at(last.at)}` : ''}`;
}

/**
 * A host's work in its rollout, as the host measured it: its migration's seconds (when it ran one) plus
 * each copy's start-to-healthy seconds. Copies it left alone carry no start-to-healthy and add nothing.
 */
export function hostWorkSeconds(result: Pick<HostResult, 'migration' | 'copies'>): number {
  const migration = result.migration?.ran ? result.migration.seconds : 0;
  return result.copies.reduce((sum, copy) => sum + (copy.startToHealthy ?? 0), migration);
}

/**
 * The least time the rollout can take: batches run one after another, a batch lasts as long as its
 * slowest host's work. Every host of every batch must have reported its work.
 */
export function fleetWorkSeconds(batches: readonly (readonly string[])[], workByHost: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const [index, batch] of batches.entries()) {
    const works = batch.map((host) => {
      const work = workByHost.get(host);
      if (work === undefined) throw new Error(`batch ${index + 1}: no rollout result from ${host}`);
      return work;
    });
    total += Math.max(0, ...works);
  }
  return total;
}

/** One run's numbers, rounded as printed: seconds to 0.1, the ratio (of the unrounded values) to 0.01. */
export function deployNumbers(input: {
  hosts: number;
  batches: readonly (readonly string[])[];
  commandsByInstance: ReadonlyMap<string, number>;
  /** The run's hosts, by instance id: the count of each (0 for one that received nothing). */
  instanceIds: readonly string[];
  wallMs: number;
  workByHost: ReadonlyMap<string, number>;
}): DeployNumbers {
  const work = fleetWorkSeconds(input.batches, input.workByHost);
  const wall = input.wallMs / 1000;
  return {
    hosts: input.hosts,
    batches: input.batches.length,
    commands_per_host_max: Math.max(0, ...input.instanceIds.map((id) => input.commandsByInstance.get(id) ?? 0)),
    deploy_wall_s: round(wall, 1),
    host_work_s: round(work, 1),
    ratio: work > 0 ? round(wall / work, 2) : Number.POSITIVE_INFINITY,
  };
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * The least ratio any deployer could reach on this run that waits to see one round of Run Commands answered
 * before it sends the next (prerequisites on every host before any host changes; batch k healthy before
 * batch k+1 starts): each round costs at least the command's delivery and the lag until its end shows, so
 * (rounds x (delivery + status lag) + host work) / host work, with rounds = the preflight + the batches. It
 * leaves out everything else (the action's start, the hosts' time beyond their work, the poll's wait), so a
 * goal below it cannot be met by polling or by the runner's own speed: only by fewer rounds.
 */
export function roundTripFloorRatio(input: { batches: number; deliveryMs: number; statusLagMs: number; hostWorkSeconds: number }): number {
  if (input.hostWorkSeconds <= 0) return Number.POSITIVE_INFINITY;
  const rounds = input.batches + 1;
  const latencySeconds = (rounds * (input.deliveryMs + input.statusLagMs)) / 1000;
  return round((latencySeconds + input.hostWorkSeconds) / input.hostWorkSeconds, 2);
}

/** Whether a run meets the issue's goals. */
export function meetsGoals(numbers: DeployNumbers): boolean {
  return numbers.ratio <= GOALS.ratio && numbers.commands_per_host_max <= GOALS.commandsPerHost;
}

/** The table for humans (Markdown, as the docs carry it). */
export function deployTable(runs: readonly { label: string; batchSize: number; numbers: DeployNumbers }[]): string[] {
  const lines = [
    '| run | hosts | batch size | batches | commands per host (max) | deploy wall (s) | host work (s) | ratio | goals met |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const { label, batchSize, numbers: n } of runs) {
    lines.push(
      `| ${label} | ${n.hosts} | ${batchSize} | ${n.batches} | ${n.commands_per_host_max} | ${n.deploy_wall_s.toFixed(1)} | ` +
        `${n.host_work_s.toFixed(1)} | ${n.ratio.toFixed(2)} | ${meetsGoals(n) ? 'yes' : 'no'} |`,
    );
  }
  return lines;
}

/** The last line: the 10-host run's numbers, the 2-host run's under `small`. */
export function deployJsonLine(large: DeployNumbers, small: DeployNumbers): string {
  return JSON.stringify({ ...large, small });
}
