// The record of a deploy or rollback: what goes into the GitHub deployment's payload, which Rollbar
// deploys to report (one per app and environment), and the model the job summary and the CLI print.
// Decisions are pure; the two small wrappers at the end observe ports without changing what they do.
import { createHash } from 'node:crypto';
import type { HostCopyResult, HostResult } from '../stack/host-plan.js';
import { findDefinition } from '../stack/environment.js';
import { ssmReference } from '../stack/placeholders.js';
import type { StackDocument } from '../stack/schema.js';
import type { DeployNotifier, DeployRecorder, DeployRecordPayload, HostRunner, HostRunOutcome, ParameterStorePort, ProgressLog } from './ports.js';

// ---------------------------------------------------------------------------------------------
// GitHub deployment payload

/** sha256 of the document as canonical JSON (keys sorted), so formatting never changes it. */
export function documentHash(document: unknown): string {
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** app/definition -> the image reference it runs (`repo:tag`, or `repo@sha256:...` when the tag holds a digest). */
export function definitionImages(document: StackDocument): Record<string, string> {
  const images: Record<string, string> = {};
  for (const [app, settings] of Object.entries(document.deploy)) {
    for (const group of settings.containers) {
      for (const [name, definition] of Object.entries(group)) {
        const tag = definition.tag;
        images[`${app}/${name}`] = tag.startsWith('sha256:') ? `${definition.image}@${tag}` : `${definition.image}:${tag}`;
      }
    }
  }
  return images;
}

export function recordPayload(input: {
  kind: 'deploy' | 'rollback';
  version: string;
  commit: string;
  stackJsonPath: string;
  document: StackDocument;
}): DeployRecordPayload {
  return {
    tool: 'berth',
    kind: input.kind,
    version: input.version,
    commit: input.commit,
    documentHash: documentHash(input.document),
    stackJsonPath: input.stackJsonPath,
    images: definitionImages(input.document),
  };
}

/**
 * A recorder that fills the payload from the deployed document (hash, per-definition images),
 * whatever the caller put there, so the history always holds what a rollback needs.
 */
export function completingRecorder(inner: DeployRecorder, document: () => StackDocument | undefined): DeployRecorder {
  return {
    start: async (input) => {
      const doc = document();
      const payload = doc
        ? { ...input.payload, documentHash: documentHash(doc), images: { ...input.payload.images, ...definitionImages(doc) } }
        : input.payload;
      return inner.start({ ...input, payload });
    },
    finish: (id, state, description) => inner.finish(id, state, description),
    history: (environment) => inner.history(environment),
  };
}

// ---------------------------------------------------------------------------------------------
// Rollbar: one deploy per app and environment

export type TokenSource = { kind: 'literal'; value: string } | { kind: 'ssm'; name: string };

export interface RollbarTarget {
  app: string;
  environment: string;
  token: TokenSource;
}

/**
 * Which Rollbar deploys a release reports. Environment: the value of the definition's `env_var`
 * variable (own env over env_from's), else the deploy's environment. Token: the input, else the
 * definition's `access_token` (a `%{ssm:...}` reference is resolved later, on the runner).
 * With a token input and no definition asking for Rollbar, each app is still reported.
 */
export function rollbarTargets(document: StackDocument, options: { environment: string; tokenInput: string }): RollbarTarget[] {
  const targets: RollbarTarget[] = [];
  const seen = new Set<string>();
  const add = (app: string, environment: string, token: TokenSource) => {
    const key = JSON.stringify([app, environment]);
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ app, environment, token });
  };
  const input: TokenSource | undefined = options.tokenInput ? { kind: 'literal', value: options.tokenInput } : undefined;
  for (const [app, settings] of Object.entries(document.deploy)) {
    let reported = false;
    for (const group of settings.containers) {
      for (const definition of Object.values(group)) {
        const rollbar = definition.notifications?.rollbar;
        if (!rollbar) continue;
        const own = rollbar.access_token.trim();
        const reference = ssmReference(own);
        const token = input ?? (reference !== undefined ? { kind: 'ssm', name: reference } : own ? { kind: 'literal', value: own } : undefined);
        if (!token) continue;
        const inherited = definition.env_from ? findDefinition(document, app, definition.env_from)?.env ?? {} : {};
        const env = { ...inherited, ...definition.env };
        const fromVar = rollbar.env_var ? env[rollbar.env_var] : undefined;
        add(app, fromVar !== undefined && String(fromVar).trim() !== '' ? String(fromVar) : options.environment, token);
        reported = true;
      }
    }
    if (!reported && input) add(app, options.environment, input);
  }
  return targets;
}

export interface ResolvedRollbarTarget {
  app: string;
  environment: string;
  token: string;
}

/** Resolves `%{ssm:...}` tokens on the runner. A token that cannot be read skips that report, with a warning. */
export async function resolveRollbarTargets(
  targets: RollbarTarget[],
  parameters: Pick<ParameterStorePort, 'get'>,
  log: ProgressLog,
): Promise<ResolvedRollbarTarget[]> {
  const resolved: ResolvedRollbarTarget[] = [];
  for (const target of targets) {
    let token: string | undefined;
    if (target.token.kind === 'literal') token = target.token.value;
    else {
      try {
        token = await parameters.get(target.token.name, true);
        if (token === undefined) log.warn(`Rollbar: parameter ${target.token.name} (access token of app "${target.app}") does not exist; not reporting this deploy to Rollbar.`);
      } catch (error) {
        log.warn(`Rollbar: could not read parameter ${target.token.name} (${error instanceof Error ? error.message : String(error)}); not reporting app "${target.app}" to Rollbar.`);
      }
    }
    if (token) {
      log.secret(token);
      resolved.push({ app: target.app, environment: target.environment, token });
    }
  }
  return resolved;
}

export interface RollbarActivity {
  app: string;
  environment: string;
  deployId?: string;
  status: 'started' | 'succeeded' | 'failed' | 'not reported';
}

/**
 * A DeployNotifier that turns the pipeline's one started/finished pair into one Rollbar deploy per
 * app and environment, with the commit SHA as revision and "subject (actor)" as comment, and keeps
 * what it did for the job summary.
 */
export function fanOutNotifier(
  inner: DeployNotifier,
  targets: ResolvedRollbarTarget[],
  info: { revision: string; comment: string; localUsername: string },
): { notifier: DeployNotifier; activity: RollbarActivity[]; anyToken: string } {
  const activity: RollbarActivity[] = targets.map((t) => ({ app: t.app, environment: t.environment, status: 'not reported' }));
  const notifier: DeployNotifier = {
    async started() {
      for (const [i, target] of targets.entries()) {
        const id = await inner.started({ token: target.token, environment: target.environment, ...info });
        const entry = activity[i];
        if (entry) {
          entry.status = id === undefined ? 'not reported' : 'started';
          if (id !== undefined) entry.deployId = id;
        }
      }
      return targets.length > 0 ? 'fan-out' : undefined;
    },
    async finished(input) {
      for (const [i, target] of targets.entries()) {
        const entry = activity[i];
        await inner.finished({ token: target.token, deployId: entry?.deployId, environment: target.environment, ...info, status: input.status });
        if (entry) entry.status = input.status;
      }
    },
  };
  // The pipeline calls the notifier only when it has a token; any of ours will do to say "yes".
  return { notifier, activity, anyToken: targets[0]?.token ?? '' };
}

// ---------------------------------------------------------------------------------------------
// What the hosts said, seen through the HostRunner port

export interface ObservedHostRuns {
  runner: HostRunner;
  /** Every host result in the order they arrived. */
  results: { at: number; outcome: HostRunOutcome }[];
}

export function observeHostRunner(inner: HostRunner, now: () => number = Date.now): ObservedHostRuns {
  const results: ObservedHostRuns['results'] = [];
  return {
    results,
    runner: {
      resolveTargets: (targets) => inner.resolveTargets(targets),
      async run(request) {
        const outcomes = await inner.run(request);
        for (const outcome of outcomes) results.push({ at: now(), outcome });
        return outcomes;
      },
    },
  };
}

export interface LockActivity {
  name: string;
  attempts: number;
  acquiredAt?: number;
  releasedAt?: number;
  firstAttemptAt?: number;
}

/** Watches the lock parameter go by: how long the deploy waited for it, and that it was released. */
export function observeLock(inner: ParameterStorePort, lockName: string, now: () => number = Date.now): { parameters: ParameterStorePort; lock: LockActivity } {
  const lock: LockActivity = { name: lockName, attempts: 0 };
  return {
    lock,
    parameters: {
      putSecure: (name, value, overwrite) => inner.putSecure(name, value, overwrite),
      get: (name, decrypt) => inner.get(name, decrypt),
      getMany: (names, decrypt) => inner.getMany(names, decrypt),
      async putIfAbsent(name, value) {
        const taken = await inner.putIfAbsent(name, value);
        if (name === lockName) {
          lock.attempts++;
          lock.firstAttemptAt ??= now();
          if (taken) lock.acquiredAt = now();
        }
        return taken;
      },
      async delete(name) {
        await inner.delete(name);
        if (name === lockName) lock.releasedAt = now();
      },
    },
  };
}

/** The hosts whose "before" is only a digest (or unknown) somewhere: their own records may name it. */
export function hostsWithoutNames(model: Pick<SummaryModel, 'hosts'>): string[] {
  return model.hosts.filter((host) => host.definitions.some((d) => isDigestLabel(d.before))).map((host) => host.instanceId);
}

export function describeLock(lock: LockActivity): string {
  if (lock.acquiredAt === undefined) {
    return lock.attempts === 0 ? `${lock.name}: not taken` : `${lock.name}: held by another deploy; not taken after ${lock.attempts} attempt(s)`;
  }
  const waited = Math.round((lock.acquiredAt - (lock.firstAttemptAt ?? lock.acquiredAt)) / 1000);
  const taken = waited > 0 ? `taken after waiting ${waited} s` : 'taken at once';
  return `${lock.name}: ${taken}, ${lock.releasedAt !== undefined ? 'released' : 'NOT released (run berth unlock if it stays)'}`;
}

// ---------------------------------------------------------------------------------------------
// The summary model

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
}

export interface OutcomeLike {
  status: 'success' | 'failure';
  kind: 'deploy' | 'rollback';
  version: string;
  summary: string;
  fleet: string;
  hosts: { instanceId: string; hostname: string; state: string; problem?: string }[];
  githubDeploymentId?: number;
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
// says so: a successful rollout that replaced, started, restarted or kept it, or a state read that
// found it unchanged. Elsewhere only the running image's digest is known.
const RUNS_PLANNED = new Set(['replaced', 'started', 'restarted', 'unchanged']);

function runsPlanned(copy: HostCopyResult, result: HostResult): boolean {
  if (copy.health === 'missing') return false;
  if (copy.action === 'unchanged') return true;
  return result.mode === 'rollout' && result.ok && RUNS_PLANNED.has(copy.action);
}

function shortDigest(digest: string): string | undefined {
  const match = /sha256:[0-9a-f]{12}/.exec(digest);
  return match ? `${match[0]}…` : undefined;
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
  const previousOn = (instanceId: string) => (definition: string): string | undefined => {
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
  const labelFor = (previous: (definition: string) => string | undefined, updated: boolean) => (copy: HostCopyResult, result: HostResult, fallback: boolean): string => {
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
    const results = observed.map((o) => o.outcome).filter((o) => o.host.instanceId === host.instanceId && o.result)
      .map((o) => o.result as HostResult);
    const rollouts = results.filter((r) => r.mode === 'rollout');
    const firstRollout = results.findIndex((r) => r.mode === 'rollout');
    const beforeState = results.slice(0, firstRollout < 0 ? results.length : firstRollout).filter((r) => r.copies.length > 0).at(0);
    const lastRollout = rollouts.at(-1);
    const lastRolloutIndex = lastRollout ? results.lastIndexOf(lastRollout) : -1;
    // A state read counts as "after" only when it came after the host's last rollout.
    const afterState = results.slice(lastRolloutIndex + 1).reverse().find((r) => r.mode === 'state') ?? lastRollout ?? beforeState;
    const names = [...new Set([afterState, lastRollout, beforeState].flatMap((r) => r?.copies.map((c) => c.definition) ?? []))];
    const definitions = names.map((definition): SummaryCopy => {
      const of = (r: HostResult | undefined) => (r?.copies ?? []).filter((c) => c.definition === definition);
      const after = of(afterState);
      const acted = of(lastRollout);
      const before = of(beforeState);
      const started = acted.map((c) => c.startToHealthy).filter((t): t is number => typeof t === 'number');
      const afterVersion = afterState ? summarize(after.map((c) => running(c, afterState, false))) : '-';
      const unchanged = acted.length > 0 && acted.every((c) => c.action === 'unchanged');
      const beforeVersion = beforeState && before.length > 0
        ? summarize(before.map((c) => running(c, beforeState, true)))
        : unchanged ? afterVersion : previous(definition) ?? '?';
      return {
        definition,
        copies: after.map((c) => c.name),
        before: beforeVersion,
        after: after.length > 0 ? afterVersion : 'removed',
        // A copy this rollout started was proved healthy by the host's own check; a state read only
        // knows Docker's HEALTHCHECK, so it says `none` for copies checked by berth.
        health: summarize(after.map((c) => {
          const proved = acted.find((a) => a.name === c.name && lastRollout?.ok && ['replaced', 'started', 'restarted'].includes(a.action));
          return proved ? proved.health : c.health;
        })),
        action: summarize(acted.map((c) => c.action)),
        ...(started.length > 0 ? { seconds: Math.max(...started) } : {}),
      };
    });
    const failure = [...rollouts].reverse().find((r) => r.failure)?.failure;
    const seconds = rollouts.reduce((sum, r) => sum + (r.timings?.totalSeconds ?? 0), 0);
    return {
      hostname: host.hostname,
      instanceId: host.instanceId,
      state: host.state,
      ...(rollouts.length > 0 ? { seconds } : {}),
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
  };
}
