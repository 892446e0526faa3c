// What the hosts remember: the plans each host ran successfully (the host script keeps the last 10
// per app under <root>/var/lib/berth/plans/<app>/), read with the script's `history` mode and turned
// into the releases a rollback can restore when GitHub Deployments has nothing to offer.
// The rollback's one talk with hosts outside the pipeline (through fleet-read.ts, as `berth status` and `logs`):
// there it is a `preflight` asking for every record, so the same answer is the rollback's preflight.
import type { HostHistoryEntry, HostPlan } from '../stack/host-plan.js';
import { describeFailure, hostLabel, resolveSsmHosts, rolloutOrder, succeeded, UNDO_SUFFIX } from './hosts.js';
import { askHosts } from './fleet-read.js';
import type { HostRunner, HostRunOutcome, Planner, ProgressLog, TargetHost } from './ports.js';
import type { SsmTargets } from './settings.js';
import { hostsWithoutNames, summaryModel, type ReleaseBefore, type SummaryModel } from './summary-model.js';
import type { HostRelease } from './rollback.js';

/** What a history command needs to know, whatever the hosts are. */
export interface HistoryRead {
  /** The apps whose records are read (the Stack JSON's apps). */
  apps: string[];
  /** The root a host uses unless it has its own (BERTH_HOST_ROOT on the host). */
  hostRoot: string;
  environment: string;
  actor: string;
  region: string;
  /** Absolute epoch ms after which the command is cancelled. */
  deadline: number;
  signal?: AbortSignal;
  now?: () => number;
}

export interface HostHistoryQuery extends HistoryRead {
  /** The hosts, as the deploy names them (instance-ids / targets inputs). */
  ssmTargets: SsmTargets;
}

/** The plans a host keeps per app (host/lib/records.sh): a rollback's read asks for all of them. */
export const RECORDED_PLANS = 10;

export interface HostHistory {
  hosts: TargetHost[];
  /** The hosts' answers: with `asPreflight`, preflight answers the rollback's pipeline takes as its own. */
  outcomes: HostRunOutcome[];
  /** Releases every host recorded, newest first (the one running now first when the hosts agree on it). */
  releases: HostRelease[];
  /** The release every host ran last, when they agree. */
  running?: string;
  /** Why a host's records could not be used, or a release was left out; for the log. */
  problems: string[];
}

/** The hosts the deploy would target (the pipeline's checks for the SSM target), in rollout order. */
export async function targetHosts(runner: HostRunner, targets: HostHistoryQuery['ssmTargets']): Promise<TargetHost[]> {
  return rolloutOrder(await resolveSsmHosts(runner, targets));
}

/** The plan a `history` command carries: only what the script reads for it (host root, app names). */
export function historyPlan(host: TargetHost, query: HistoryRead, createdAt: string): HostPlan {
  return {
    version: 1,
    deployId: `${query.environment}-history`,
    release: '',
    actor: query.actor,
    createdAt,
    host: { root: query.hostRoot, hostname: host.hostname, instanceId: host.instanceId },
    apps: query.apps,
    lockTimeout: 0,
    keepImages: 0,
    force: false,
    preferLocalImages: false,
    aws: { region: query.region },
    registries: [],
    dataVolumes: [],
    definitions: [],
    cron: [],
    logTailLines: 0,
  };
}

/**
 * Sends the `history` command to the hosts and waits for their answers (also `berth history`, fleet-history.ts).
 */
export async function sendHistory(
  runner: HostRunner,
  planner: Planner,
  hosts: TargetHost[],
  read: HistoryRead,
  log: ProgressLog,
  options: { asPreflight?: boolean } = {},
): Promise<HostRunOutcome[]> {
  const now = read.now ?? Date.now;
  const createdAt = new Date(now()).toISOString();
  // A rollback's read: the deploy's preflight (prerequisites, facts, containers, durations) listing every
  // record, so the pipeline sends no preflight of its own to these hosts.
  const asPreflight = options.asPreflight === true;
  return askHosts(
    runner,
    planner,
    hosts,
    (host) => planner.encodePlan({ ...historyPlan(host, read, createdAt), ...(asPreflight ? { historyDepth: RECORDED_PLANS } : {}) }),
    {
      mode: asPreflight ? 'preflight' : 'history',
      title: asPreflight
        ? `Preflight on ${hosts.length} host(s), with the releases they recorded`
        : `Read the releases ${hosts.length} host(s) recorded`,
      comment: `berth ${asPreflight ? 'preflight' : 'history'} ${read.environment}`,
      deadline: read.deadline,
      ...(read.signal ? { signal: read.signal } : {}),
    },
    log,
  );
}

/** Reads every target host's records and keeps the releases all of them can restore. */
export async function readHostHistory(
  runner: HostRunner,
  planner: Planner,
  query: HostHistoryQuery,
  log: ProgressLog,
  options: { asPreflight?: boolean } = {},
): Promise<HostHistory> {
  const hosts = await targetHosts(runner, query.ssmTargets);
  const outcomes = await sendHistory(runner, planner, hosts, query, log, options);
  return { hosts, outcomes, ...agreedReleases(hosts, outcomes) };
}

/**
 * Per instance id, what each host ran before the deploy `deployId`: the newest plan it recorded that
 * is not that deploy's (the deploy's own rollout and its undo are both recorded under its id).
 * Hosts without a readable answer are left out. For the job summary's "before" column.
 */
export async function releasesBefore(
  runner: HostRunner,
  planner: Planner,
  hosts: TargetHost[],
  read: HistoryRead & { deployId: string },
  log: ProgressLog,
): Promise<Record<string, ReleaseBefore>> {
  if (hosts.length === 0) return {};
  return namesBefore(await sendHistory(runner, planner, hosts, read, log), 'history', read.deployId);
}

/**
 * Per instance id, what each host ran before the deploy `deployId`, from the plans its answers list (a
 * `history` answer's, or a deploy's preflight's): the newest not undone and not that deploy's own.
 */
export function namesBefore(outcomes: HostRunOutcome[], mode: 'history' | 'preflight', deployId: string): Record<string, ReleaseBefore> {
  const answered: { instanceId: string; plans: (RecordedPlan & { run: number })[] }[] = [];
  for (const outcome of outcomes) {
    const history = outcome.result?.mode === mode && succeeded(outcome) ? outcome.result.history : undefined;
    if (Array.isArray(history)) answered.push({ instanceId: outcome.host.instanceId, plans: recordedPlans(history.filter(isEntry)) });
  }
  // Undone deploys ran something else than their name says; this deploy's own runs come after "before".
  const skip = undoneDeploys(answered.map((a) => a.plans)).add(deployId);
  const before: Record<string, ReleaseBefore> = {};
  for (const { instanceId, plans } of answered) {
    const plan = plans.find((p) => !skip.has(p.deployId));
    if (plan) before[instanceId] = { release: plan.release, images: plan.images };
  }
  return before;
}

export function isEntry(value: unknown): value is HostHistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const images = v.images;
  return (
    typeof v.app === 'string' &&
    typeof v.release === 'string' &&
    v.release !== '' &&
    typeof v.deployId === 'string' &&
    typeof v.revision === 'string' &&
    typeof v.at === 'string' &&
    typeof images === 'object' &&
    images !== null &&
    !Array.isArray(images) &&
    Object.values(images).every((image) => typeof image === 'string' && image !== '')
  );
}

/** One plan a host ran: its records for each app (same deploy id) put together. */
export interface RecordedPlan {
  release: string;
  deployId: string;
  revision: string;
  at: string;
  images: Record<string, string>;
}

/**
 * A host's plans, newest first: its records of each app put together by plan (one record per app
 * and run; the apps' records of one run may differ in their second). A deploy id recorded twice for
 * one app is a deploy that was undone there (its rollout, then the way back after a failure): both
 * runs are returned, the newest first.
 */
export function recordedPlans(entries: HostHistoryEntry[]): (RecordedPlan & { run: number })[] {
  const plans = new Map<string, RecordedPlan & { order: number; run: number }>();
  const runs = new Map<string, number>();
  const byTime = entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => (a.entry.at === b.entry.at ? a.order - b.order : a.entry.at < b.entry.at ? 1 : -1));
  for (const { entry, order } of byTime) {
    // The n-th newest record of this app under this deploy id belongs to the deploy's n-th newest run.
    const appKey = JSON.stringify([entry.app, entry.deployId]);
    const run = runs.get(appKey) ?? 0;
    runs.set(appKey, run + 1);
    const key = JSON.stringify([entry.deployId, entry.release, run]);
    const plan = plans.get(key) ?? {
      release: entry.release,
      deployId: entry.deployId,
      revision: entry.revision,
      at: entry.at,
      images: {},
      order,
      run,
    };
    Object.assign(plan.images, entry.images);
    if (entry.at > plan.at) plan.at = entry.at;
    plans.set(key, plan);
  }
  return [...plans.values()]
    .sort((a, b) => (a.at === b.at ? a.order - b.order : a.at < b.at ? 1 : -1))
    .map(({ order: _order, ...plan }) => plan);
}

/**
 * Deploys undone after a failure, and their ways back (`<id>~undo`): their records name the failed
 * release, not what ran. Older hosts recorded the way back under the deploy's own id: a deploy id some
 * host ran twice.
 */
export function undoneDeploys(plansPerHost: (RecordedPlan & { run: number })[][]): Set<string> {
  const undone = new Set<string>();
  for (const plan of plansPerHost.flat()) {
    if (plan.run > 0) undone.add(plan.deployId);
    if (plan.deployId.endsWith(UNDO_SUFFIX)) {
      undone.add(plan.deployId);
      undone.add(plan.deployId.slice(0, -UNDO_SUFFIX.length));
    }
  }
  return undone;
}

/** A host's plans, newest first, one per release (the newest time it ran that release), undone deploys left out. */
function hostReleases(plans: RecordedPlan[], undone: Set<string>): RecordedPlan[] {
  const byRelease = new Map<string, RecordedPlan>();
  for (const plan of plans) if (!undone.has(plan.deployId) && !byRelease.has(plan.release)) byRelease.set(plan.release, plan);
  return [...byRelease.values()];
}

function sameImages(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * The releases every host recorded, with the same images everywhere (a host that never ran one
 * cannot restore it), newest first: ordered by their places in the hosts' own lists. A host that did
 * not answer with a readable history leaves nothing agreed (what it ran is unknown).
 */
export function agreedReleases(
  hosts: TargetHost[],
  outcomes: HostRunOutcome[],
): { releases: HostRelease[]; running?: string; problems: string[] } {
  const problems: string[] = [];
  const recorded: (RecordedPlan & { run: number })[][] = [];
  for (const host of hosts) {
    const outcome = outcomes.find((o) => o.host.instanceId === host.instanceId);
    if (!outcome) {
      problems.push(`${hostLabel(host)}: no answer to the history command`);
      continue;
    }
    const mode = outcome.result?.mode;
    const history = mode === 'history' || mode === 'preflight' ? outcome.result?.history : undefined;
    if (!succeeded(outcome) || !Array.isArray(history)) {
      problems.push(
        succeeded(outcome)
          ? `${hostLabel(host)}: the host script did not list its recorded plans (is it older than this action?)`
          : describeFailure(outcome),
      );
      continue;
    }
    const entries = history.filter(isEntry);
    if (entries.length < history.length)
      problems.push(`${hostLabel(host)}: ${history.length - entries.length} unreadable record(s) skipped`);
    if (entries.length === 0) problems.push(`${hostLabel(host)}: no plan recorded for these apps`);
    recorded.push(recordedPlans(entries));
  }
  if (recorded.length < hosts.length || hosts.length === 0) return { releases: [], problems };
  const undone = undoneDeploys(recorded);
  for (const deployId of undone) {
    if (deployId.endsWith(UNDO_SUFFIX)) continue;
    const release = recorded.flat().find((p) => p.deployId === deployId || p.deployId === `${deployId}${UNDO_SUFFIX}`)?.release ?? '?';
    problems.push(`deploy ${deployId} (${release}) was rolled back after a failure: its records are left out`);
  }
  const lists = recorded.map((plans) => hostReleases(plans, undone));

  const [first = [], ...others] = lists;
  const agreed: { plan: RecordedPlan; rank: number; deployIds: Record<string, string> }[] = [];
  for (const plan of first) {
    let rank = first.indexOf(plan);
    let everywhere = true;
    // Per host, the deploy id it recorded the release under: the record a rollback restores there.
    const deployIds: Record<string, string> = { [(hosts[0] as TargetHost).instanceId]: plan.deployId };
    for (const [i, list] of others.entries()) {
      const index = list.findIndex((p) => p.release === plan.release);
      const host = hosts[i + 1] as TargetHost;
      const other = list[index];
      if (!other) {
        problems.push(`release ${plan.release} left out: ${hostLabel(host)} has no record of it`);
        everywhere = false;
        break;
      }
      if (!sameImages(other.images, plan.images)) {
        problems.push(`release ${plan.release} left out: ${hostLabel(host)} recorded other images for it`);
        everywhere = false;
        break;
      }
      rank += index;
      deployIds[host.instanceId] = other.deployId;
    }
    if (everywhere) agreed.push({ plan, rank, deployIds });
  }
  agreed.sort((a, b) => a.rank - b.rank || (a.plan.at === b.plan.at ? 0 : a.plan.at < b.plan.at ? 1 : -1));
  const releases = agreed.map(({ plan, deployIds }): HostRelease => ({
    release: plan.release,
    images: plan.images,
    deployIds,
    ...(plan.revision ? { commit: plan.revision } : {}),
  }));
  // Running now: what every host ran last, when that is one release.
  const last = new Set(lists.map((list) => list[0]?.release ?? '(none)'));
  const running = last.size === 1 && !last.has('(none)') ? [...last][0] : undefined;
  if (last.size > 1) problems.push(`the hosts last ran different releases (${[...last].join(', ')})`);
  return { releases, ...(running !== undefined ? { running } : {}), problems };
}

/**
 * The job summary's model, with what ran before named from the hosts' own records where the hosts'
 * state gave only a digest: the records each host's preflight listed (deploy and rollback alike; no
 * command of its own). A host whose preflight listed none keeps its digest.
 */
export function summaryNamingBefore(input: Parameters<typeof summaryModel>[0], deployId: string): SummaryModel {
  const model = summaryModel(input);
  const unnamed = hostsWithoutNames(model);
  if (unnamed.length === 0) return model;
  const preflights = input.observed.map((o) => o.outcome).filter((o) => unnamed.includes(o.host.instanceId));
  return summaryModel({ ...input, previousByHost: namesBefore(preflights, 'preflight', deployId) });
}
