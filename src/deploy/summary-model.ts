// The model the job summary and the CLI print: per host, what ran before, what the rollout did and
// what runs after, from the host results observed during the run.
import type { CanarySide, HostCopyResult, HostResult } from '../stack/host-plan.js';
import { describeLock, type LockActivity } from './observe.js';
import type { CanaryHostReport, ConvergeReport, HostRunOutcome, JoinedHost } from './ports.js';
import type { RollbarActivity } from './rollbar-deploys.js';

export interface SummaryCopy {
  definition: string;
  /** Runtime names of the definition's copies on this host. */
  copies: string[];
  before: string;
  after: string;
  health: string;
  action: string;
  /** Seconds from start to healthy (slowest copy), when something started. */
  seconds?: number;
}

export interface SummaryHost {
  hostname: string;
  instanceId: string;
  state: string;
  /** After a failure: what happened to the host, in words (from its own results). */
  story?: string;
  seconds?: number;
  definitions: SummaryCopy[];
  failure?: { reason: string; container?: string; logTail?: string[] };
}

export interface SummaryModel {
  kind: 'deploy' | 'rollback';
  environment: string;
  ok: boolean;
  version: string;
  commit: string;
  headline: string;
  fleet: string;
  seconds: number;
  hosts: SummaryHost[];
  rollbar: RollbarActivity[];
  /** What the fleet lock did, in words. */
  lock: string;
  github?: { deploymentId: number; url?: string };
  rollbackFrom?: string;
  /** Input converge: the release record and the association, in words. */
  converge?: string;
  /** Hosts that joined the targets while the deploy ran: "name (id): what happens to it". */
  joined?: string[];
  /** Input canary-seconds: each canary host's comparison, old vs new. */
  canary?: SummaryCanaryHost[];
}

/** One definition of a canary's comparison, each cell "old → new" (old `-` when nothing to compare). */
export interface SummaryCanaryRow {
  definition: string;
  requests: string;
  r5xx: string;
  errors: string;
  rtime: string;
  /** pass / refuse, and for a lone copy "nothing to compare: absolute limits". */
  verdict: string;
}

export interface SummaryCanaryHost {
  /** "docker1 (i-0)". */
  host: string;
  /** "batch 1/3". */
  batch: string;
  state: CanaryHostReport['state'];
  /** The verdict's sentence with its deciding numbers. */
  text: string;
  rows: SummaryCanaryRow[];
  /** Definitions not compared (and why), low traffic, Rollbar, warnings. */
  notes: string[];
}

export interface OutcomeLike {
  status: 'success' | 'failure';
  kind: 'deploy' | 'rollback';
  version: string;
  summary: string;
  fleet: string;
  hosts: { instanceId: string; hostname: string; state: string; problem?: string; story?: string }[];
  githubDeploymentId?: number;
  converge?: ConvergeReport;
  /** Instance id -> what the host ran before, as its preflight listed it against its plan. */
  before?: Record<string, HostResult>;
  /** Hosts that joined the targets while the deploy ran. */
  joined?: JoinedHost[];
  canary?: CanaryHostReport[];
}

/** The version a reference names: the tag, or a short digest. */
export function versionOf(image: string): string {
  if (image.startsWith('sha256:')) return image.slice(0, 'sha256:'.length + 12);
  const at = image.indexOf('@');
  if (at >= 0) return image.slice(at + 1, at + 1 + 'sha256:'.length + 12);
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  return colon > slash ? image.slice(colon + 1) : 'latest';
}

function summarize(values: string[]): string {
  const unique = [...new Set(values)];
  return unique.length === 0 ? '-' : unique.join(', ');
}

// A host result names the PLANNED image for each copy; the copy really runs it only where the host
// says so: a successful rollout (or restore of a recorded plan) that replaced, started, restarted or
// kept it, or a state read that found it unchanged. Elsewhere only the running image's digest is known.
const RUNS_PLANNED = new Set(['replaced', 'started', 'restarted', 'unchanged']);
const CHANGED = new Set(['replaced', 'started', 'restarted']);

/** A run that changes the host: the rollout of a plan, or the restore of a recorded one. */
function changes(result: HostResult): boolean {
  return result.mode === 'rollout' || result.mode === 'restore';
}

function runsPlanned(copy: HostCopyResult, result: HostResult): boolean {
  if (copy.health === 'missing') return false;
  if (copy.action === 'unchanged') return true;
  return changes(result) && result.ok && RUNS_PLANNED.has(copy.action);
}

function shortDigest(digest: string): string | undefined {
  const match = /sha256:[0-9a-f]{12}/.exec(digest);
  return match ? `${match[0]}…` : undefined;
}

/**
 * What the rollout did to a definition's copies, then the way back: `replaced`, `replaced, restored`,
 * `none` when a failed rollout got to none of them.
 */
function actionOf(acted: HostCopyResult[], rollout: HostResult | undefined, back: HostCopyResult[] | undefined, backOk: boolean): string {
  const did = acted.length > 0 ? summarize(acted.map((c) => c.action)) : rollout && !rollout.ok ? 'none' : '-';
  const restored = backOk && (back ?? []).some((c) => CHANGED.has(c.action));
  return restored ? `${did}, restored` : did;
}

/** What one host ran before this deploy, from the plans it recorded (src/deploy/host-history.ts). */
export interface ReleaseBefore {
  release: string;
  /** app/definition -> image reference. */
  images: Record<string, string>;
}

/** A version label that is only a digest (or nothing): a name would say more. */
export function isDigestLabel(label: string): boolean {
  return label === '?' || label.startsWith('sha256:');
}

/** Per host: what ran before its rollout, what its last rollout did, what it runs after (last state read). */
export function summaryHosts(
  outcome: OutcomeLike,
  observed: { outcome: HostRunOutcome }[],
  previousImages: Record<string, string> = {},
  /** Per instance id: the release each host ran before (its own records), preferred to previousImages. */
  previousByHost: Record<string, ReleaseBefore> = {},
): SummaryHost[] {
  const all = observed.map((o) => o.outcome.result).filter((r): r is HostResult => r !== undefined);
  // Running image digest -> version, learnt from copies known to run their planned image.
  const known = new Map<string, string>();
  for (const result of all) {
    for (const copy of result.copies) {
      if (runsPlanned(copy, result) && copy.imageDigest && !copy.image.includes('@') && !copy.image.startsWith('sha256:')) {
        known.set(copy.imageDigest, versionOf(copy.image));
      }
    }
  }
  // Without a better source, the previous release's record says what ran before: the host's own
  // record of its last plan, else the deploy history's.
  const previousOn =
    (instanceId: string) =>
    (definition: string): string | undefined => {
      const find = (images: Record<string, string>) => Object.keys(images).find((k) => k === definition || k.endsWith(`/${definition}`));
      const own = previousByHost[instanceId];
      const ownKey = own ? find(own.images) : undefined;
      if (own && ownKey !== undefined) {
        // The image's tag, as the history's images give it; the release name when the image is pinned by digest.
        const tag = versionOf(own.images[ownKey] ?? '');
        return tag.startsWith('sha256:') && own.release ? own.release : tag;
      }
      const key = find(previousImages);
      return key === undefined ? undefined : versionOf(previousImages[key] ?? '');
    };
  const labelFor =
    (previous: (definition: string) => string | undefined, updated: boolean) =>
    (copy: HostCopyResult, result: HostResult, fallback: boolean): string => {
      if (copy.health === 'missing') return 'none';
      if (runsPlanned(copy, result)) {
        const label = versionOf(copy.image);
        if (!label.startsWith('sha256:')) return label;
        // A pinned digest: on a host that ended on this release, a copy on its planned image runs this release.
        const thisRelease = updated ? outcome.version : undefined;
        return known.get(copy.image) ?? known.get(copy.imageDigest) ?? thisRelease ?? shortDigest(copy.image) ?? label;
      }
      return known.get(copy.imageDigest) ?? (fallback ? previous(copy.definition) : undefined) ?? shortDigest(copy.imageDigest) ?? '?';
    };

  return outcome.hosts.map((host) => {
    const previous = previousOn(host.instanceId);
    const running = labelFor(previous, host.state === 'updated');
    const results = observed
      .map((o) => o.outcome)
      .filter((o) => o.host.instanceId === host.instanceId && o.result)
      .map((o) => o.result as HostResult);
    const runs = results.filter(changes);
    const firstRun = results.findIndex(changes);
    // A state read before the host's first run, else what its preflight listed (compared with its plan).
    const beforeState =
      results
        .slice(0, firstRun < 0 ? results.length : firstRun)
        .filter((r) => r.copies.length > 0)
        .at(0) ?? outcome.before?.[host.instanceId];
    // What the release did: its rollout, else its canary (refused), else (a rollback from the hosts' records) its restore.
    const lastRollout = results.filter((r) => r.mode === 'rollout').at(-1) ?? results.find((r) => r.mode === 'canary') ?? runs.at(0);
    // The way back after it: a restore that came after the rollout.
    const wayBack = lastRollout ? results.slice(results.lastIndexOf(lastRollout) + 1).find((r) => r.mode === 'restore') : undefined;
    const lastRun = runs.at(-1);
    const lastRunIndex = lastRun ? results.lastIndexOf(lastRun) : -1;
    // The last run that finished well is what runs; a failed rollout put back what it replaced itself,
    // so without one the host runs what it ran before.
    const lastGood = [...runs].reverse().find((r) => r.ok);
    // A state read counts as "after" only when it came after the host's last run.
    const afterState =
      results
        .slice(lastRunIndex + 1)
        .reverse()
        .find((r) => r.mode === 'state') ??
      lastGood ??
      beforeState ??
      lastRun;
    const names = [...new Set([afterState, lastRollout, beforeState].flatMap((r) => r?.copies.map((c) => c.definition) ?? []))];
    const definitions = names.map((definition): SummaryCopy => {
      const of = (r: HostResult | undefined) => (r?.copies ?? []).filter((c) => c.definition === definition);
      const after = of(afterState);
      const acted = of(lastRollout);
      const before = of(beforeState);
      const started = acted.map((c) => c.startToHealthy).filter((t): t is number => typeof t === 'number');
      const afterVersion = afterState ? summarize(after.map((c) => running(c, afterState, false))) : '-';
      const unchanged = acted.length > 0 && acted.every((c) => c.action === 'unchanged');
      const beforeVersion =
        beforeState && before.length > 0
          ? summarize(before.map((c) => running(c, beforeState, true)))
          : unchanged
            ? afterVersion
            : (previous(definition) ?? '?');
      return {
        definition,
        copies: after.map((c) => c.name),
        before: beforeVersion,
        after: after.length > 0 ? afterVersion : 'removed',
        // A copy this rollout started was proved healthy by the host's own check; a state read only
        // knows Docker's HEALTHCHECK, so it says `none` for copies checked by berth.
        health: summarize(
          after.map((c) => {
            const proved = (lastGood?.copies ?? []).find((a) => a.name === c.name && CHANGED.has(a.action));
            return proved ? proved.health : c.health;
          }),
        ),
        action: actionOf(acted, lastRollout, wayBack ? of(wayBack) : undefined, wayBack?.ok === true),
        ...(started.length > 0 ? { seconds: Math.max(...started) } : {}),
      };
    });
    const failure = [...runs].reverse().find((r) => r.failure)?.failure;
    const seconds = runs.reduce((sum, r) => sum + (r.timings?.totalSeconds ?? 0), 0);
    return {
      hostname: host.hostname,
      instanceId: host.instanceId,
      state: host.state,
      ...(host.story ? { story: host.story } : {}),
      ...(runs.length > 0 ? { seconds } : {}),
      definitions,
      ...(failure ? { failure } : host.problem ? { failure: { reason: host.problem } } : {}),
    };
  });
}

export function summaryModel(input: {
  outcome: OutcomeLike;
  observed: { outcome: HostRunOutcome }[];
  environment: string;
  commit: string;
  seconds: number;
  rollbar: RollbarActivity[];
  lock: LockActivity;
  githubUrl?: string;
  rollbackFrom?: string;
  /** app/definition -> image reference of the release that ran before (from the deploy history). */
  previousImages?: Record<string, string>;
  /** Per instance id: what each host ran before, from its own records (preferred). */
  previousByHost?: Record<string, ReleaseBefore>;
}): SummaryModel {
  const { outcome } = input;
  return {
    kind: outcome.kind,
    environment: input.environment,
    ok: outcome.status === 'success',
    version: outcome.version,
    commit: input.commit,
    headline: outcome.summary,
    fleet: outcome.fleet,
    seconds: input.seconds,
    hosts: summaryHosts(outcome, input.observed, input.previousImages, input.previousByHost),
    rollbar: input.rollbar,
    lock: describeLock(input.lock),
    ...(outcome.githubDeploymentId !== undefined
      ? { github: { deploymentId: outcome.githubDeploymentId, ...(input.githubUrl ? { url: input.githubUrl } : {}) } }
      : {}),
    ...(input.rollbackFrom ? { rollbackFrom: input.rollbackFrom } : {}),
    ...(outcome.converge ? { converge: describeConverge(outcome.converge) } : {}),
    ...(outcome.joined && outcome.joined.length > 0
      ? { joined: outcome.joined.map((h) => `${h.hostname || h.instanceId} (${h.instanceId}): ${h.story}`) }
      : {}),
    ...(outcome.canary && outcome.canary.length > 0 ? { canary: outcome.canary.map(summaryCanary) } : {}),
  };
}

const share = (part: number, whole: number) => `${(whole > 0 ? (100 * part) / whole : 0).toFixed(1)}%`;

/** A canary host's comparison as the summary's table shows it. */
export function summaryCanary(report: CanaryHostReport): SummaryCanaryHost {
  const verdict = report.verdict;
  const cells = (of: (side: CanarySide) => string, row: { compared: boolean; old: CanarySide; new: CanarySide }) =>
    `${row.compared ? of(row.old) : '-'} → ${of(row.new)}`;
  const rows = (verdict?.rows ?? []).map((row): SummaryCanaryRow => ({
    definition: row.definition,
    // A TCP-mode backend counts connections and measures no HTTP status or response time.
    requests: cells((s) => (s.unit === 'connections' ? `${s.requests} connections` : String(s.requests)), row),
    r5xx: cells((s) => (s.unit === 'connections' ? 'n/a (TCP)' : `${share(s.r5xx, s.requests)} (${s.r5xx})`), row),
    errors: cells((s) => `${share(s.errors, s.requests + s.errors)} (${s.errors})`, row),
    rtime: cells((s) => (s.unit === 'connections' ? 'n/a (TCP)' : `${s.rtimeMs} ms`), row),
    verdict: `${row.verdict}${row.compared ? '' : ` (nothing to compare: absolute limits${row.why ? `; ${row.why}` : ''})`}`,
  }));
  const notes = [
    ...(verdict?.uncompared ?? []).map((u) => `${u.definition}: not compared (${u.why})`),
    ...(verdict?.lowTraffic && verdict.lowTraffic !== 'passed with a warning'
      ? [`low traffic: ${verdict.requests} request(s) to the new copies, ${verdict.lowTraffic}`]
      : []),
    ...(verdict?.rollbar && 'new' in verdict.rollbar
      ? [`Rollbar: ${verdict.rollbar.new} new item(s), limit ${verdict.rollbar.limit}`]
      : []),
    ...(verdict?.warnings ?? []),
  ];
  return {
    host: report.hostname && report.hostname !== report.instanceId ? `${report.hostname} (${report.instanceId})` : report.instanceId,
    batch: `batch ${report.batch}/${report.batches}`,
    state: report.state,
    text: report.text,
    rows,
    notes,
  };
}

/** "release record /berth/prod/release generation 3 (1 part, 2,140 bytes); association berth-prod (id) unchanged". */
export function describeConverge(report: ConvergeReport): string {
  const record =
    report.record === 'written'
      ? `release record ${report.head} written, generation ${report.generation} (${report.parts} part(s), ${report.bytes} bytes)`
      : report.record === 'removed'
        ? `release record ${report.head} removed (hosts that join run nothing until the next deploy)`
        : `release record ${report.head} not written`;
  const association = `association ${report.associationName}${report.associationId ? ` (${report.associationId})` : ''} ${report.association === 'failed' ? 'not made' : report.association}`;
  return `${record}; ${association}${report.problem ? `: ${report.problem}` : ''}`;
}

/** The hosts whose "before" is only a digest (or unknown) somewhere: their own records may name it. */
export function hostsWithoutNames(model: Pick<SummaryModel, 'hosts'>): string[] {
  return model.hosts.filter((host) => host.definitions.some((d) => isDigestLabel(d.before))).map((host) => host.instanceId);
}
