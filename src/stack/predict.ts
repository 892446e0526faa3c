// What a deploy of `after` does to a host that runs `before`, per definition: the decision the host
// script makes (host/lib/steps.sh decide_copies and deploy_definitions, cleanup_containers) with the
// reasons, the cron lines, the migration. Both sides are planned with buildHostPlan for the same host
// facts, inline secrets as the references a deploy stages them under (what berth.hash covers), and
// compared the way the host compares them: berth.hash, the manual and force rules, secret versions,
// dependencies touched earlier in deploy order. No secret value is part of the result.
import { runsDefinition, type HostPlan, type PlanDefinition } from './host-plan.js';
import { buildHostPlan, definitionHashInput, hostPlaceholders, type HostFacts, type PlanOptions } from './plan.js';
import { databaseKeysOf, hashInputReasons, sortReasons, type EnvRoles, type ReasonCode } from './predict-reasons.js';
import { listDataVolumes, listDefinitions, type StackDocument } from './schema.js';
import { referencingSecrets, stageInlineSecrets, stagedValue } from './secrets.js';

export { REASON_CODES, REASON_DESCRIPTIONS, type ReasonCode } from './predict-reasons.js';

export type Decision = 'replaced' | 'untouched' | 'started' | 'removed' | 'manual';

export interface PredictedDefinition {
  app: string;
  definition: string;
  /**
   * replaced: at least one running copy is replaced (a cron definition: its crontab line changes);
   * untouched: no running copy is replaced; started: a new definition, its copies start (cron: its line is
   * added); removed: its copies are removed (cron: its line); manual: a manual definition that changed but
   * is left alone because the manual input does not name it.
   */
  decision: Decision;
  /** Why (replaced, manual), or what else the host does (copies); REASON_CODES order. */
  reasons: ReasonCode[];
  /** Present when the number of copies changes (started: from 0; removed: to 0; cron definitions: never). */
  copies?: { before: number; after: number };
}

export interface Prediction {
  /** The example host's facts the plans were built for. */
  host: HostFacts;
  /** The migration runs (on the first host of the deploy, before any copy is replaced). */
  migration: boolean;
  /** In deploy order (the new document's), then the removed ones. */
  definitions: PredictedDefinition[];
  /** Crontab job lines (the managed files' header lines left out). */
  cron: { added: string[]; removed: string[] };
  /** What the prediction cannot see or wants said (no secret value). */
  notes: string[];
}

export interface PredictionOptions {
  /** The deploy's `manual` input: manual definitions replaced this time. */
  manual?: string[];
  /** The deploy's `force` input. */
  force?: boolean;
  /** The deploy's `skip-migration` input. */
  skipMigration?: boolean;
  /** Where inline secrets are staged (the `secrets-prefix` input); default `/berth/<environment>/secrets`. */
  secretsPrefix?: string;
  environment?: string;
}

// Two commits are never the same deploy: rev_var values differ as they do between two real deploys.
const BEFORE_REVISION = 'deployed-commit';
const AFTER_REVISION = 'new-commit';

function planOf(document: StackDocument, host: HostFacts, prefix: string, revision: string, options: PredictionOptions): HostPlan {
  const planOptions: PlanOptions = {
    deployId: 'predict',
    release: revision,
    revision,
    actor: 'berth diff',
    createdAt: '1970-01-01T00:00:00Z',
    hostRoot: '/',
    force: options.force === true,
    manual: options.manual ?? [],
    runMigration: options.skipMigration !== true,
    keepImages: 3,
    lockTimeout: 300,
    aws: { region: 'us-east-1' },
    preferLocalImages: false,
    dataVolumeImage: 'busybox',
    logTailLines: 30,
    environment: options.environment ?? 'production',
  };
  return buildHostPlan(referencingSecrets(document, prefix), host, planOptions);
}

/** Parameter name -> the value a deploy stores for this host (inline secrets only). */
function stagedSecretValues(document: StackDocument, host: HostFacts, prefix: string): Map<string, string> {
  const staged = stageInlineSecrets(document, prefix);
  const values = new Map(staged.staged.map((s) => [s.name, s.value]));
  for (const item of staged.perHost) {
    let value: string;
    try {
      value = stagedValue(item.secret, hostPlaceholders(host));
    } catch {
      value = item.secret.value; // too large to store: the deploy refuses it; compare what is written
    }
    values.set(item.name, value);
  }
  return values;
}

function envRoles(documents: StackDocument[], name: string): EnvRoles {
  const entries = documents.flatMap((d) => listDefinitions(d)).filter((e) => e.name === name);
  const revVars = new Set(entries.flatMap((e) => e.definition.notifications?.rollbar?.rev_var ?? []));
  return { revVars, databaseKeys: databaseKeysOf(entries.some((e) => e.definition.database === true)) };
}

const isLongRunning = (d: PlanDefinition) => d.mode !== 'cron';

function cronLinesByDefinition(plan: HostPlan | undefined): Map<string, string> {
  const out = new Map<string, string>();
  // cronFile writes two header lines, then one line per cron definition in envFiles order.
  for (const file of plan?.cron ?? []) file.envFiles.forEach((env, i) => out.set(env.definition, file.lines[i + 2] ?? ''));
  return out;
}

function jobLines(plan: HostPlan | undefined, apps: ReadonlySet<string>): string[] {
  return (plan?.cron ?? []).filter((file) => apps.has(file.app)).flatMap((file) => file.lines.slice(2));
}

/** The host's replacement reasons of one definition (hash input, secret versions), before the copy rules. */
function changeReasons(prev: PlanDefinition, next: PlanDefinition, roles: EnvRoles, rotated: ReadonlySet<string>): ReasonCode[] {
  const codes: ReasonCode[] = [];
  // copy_runs_plan: a copy of `before` carries its canonical hash (labelled by this berth).
  if (!runsDefinition(prev.hash, next)) {
    const found = hashInputReasons(definitionHashInput(prev) ?? '{}', definitionHashInput(next) ?? '{}', roles);
    codes.push(...(found.length > 0 ? found : ['run_options' as const]));
  }
  // secrets_changed: a pinned version differs from the one the running copy was started with.
  if (next.env.some((e) => e.value.kind === 'ssm' && rotated.has(e.value.name))) codes.push('secret');
  return codes;
}

/** The same definition but for the order of its env keys: the canonical hash is the same, the legacy one not. */
function onlyEnvOrder(prev: PlanDefinition, next: PlanDefinition): boolean {
  return prev.hash === next.hash && prev.legacyHash !== next.legacyHash;
}

function envOrderNote(def: PlanDefinition): string {
  return (
    `${def.app}/${def.name}: only the order of its env keys changed: untouched (berth.hash sorts env keys). A copy that a berth ` +
    'release before the sorted hash started, and no deploy by this one has kept since, carries the order-keeping hash: it is replaced once'
  );
}

interface Sides {
  before: StackDocument | undefined;
  after: StackDocument;
  beforePlan: HostPlan | undefined;
  afterPlan: HostPlan;
  rotated: ReadonlySet<string>;
}

/** decide_copies, then deploy_definitions' dependency rule, copy by copy in deploy order. */
function longRunningDecisions(sides: Sides, notes: string[]): PredictedDefinition[] {
  const { beforePlan, afterPlan } = sides;
  const previous = new Map((beforePlan?.definitions ?? []).filter(isLongRunning).map((d) => [d.name, d]));
  const beforeCron = new Set((beforePlan?.definitions ?? []).filter((d) => !isLongRunning(d)).map((d) => d.name));
  const existingVolumes = new Set((beforePlan?.dataVolumes ?? []).map((v) => v.name));
  // TOUCHED: data volumes created by this run, then every copy started or replaced so far.
  const touched = new Set(afterPlan.dataVolumes.map((v) => v.name).filter((name) => !existingVolumes.has(name)));
  const out: PredictedDefinition[] = [];
  for (const def of afterPlan.definitions.filter(isLongRunning)) {
    const prev = previous.get(def.name);
    const documents = sides.before ? [sides.before, sides.after] : [sides.after];
    const changed = prev ? changeReasons(prev, def, envRoles(documents, def.name), sides.rotated) : [];
    const reasons = new Set<ReasonCode>();
    let replaced = false;
    for (const copy of def.copies) {
      const exists = prev !== undefined && copy.index < prev.copies.length;
      let plan: 'keep' | 'replace' | 'start' = 'start';
      if (exists) {
        if (def.mode === 'manual') plan = def.redeploy ? 'replace' : 'keep';
        else plan = changed.length > 0 ? 'replace' : 'keep';
        if (plan === 'replace' && def.mode === 'manual') reasons.add('manual');
      }
      // needs_redeploy: the redeploy flag (manual input), force for auto, or a dependency touched earlier.
      if (plan === 'keep') {
        const forced = def.redeploy || (def.mode === 'auto' && afterPlan.force);
        const dependency = def.dependsOn.some((name) => touched.has(name));
        if (forced || dependency) {
          plan = 'replace';
          reasons.add(def.mode === 'manual' && def.redeploy ? 'manual' : forced ? 'force' : 'dependency');
        }
      }
      if (plan !== 'keep') touched.add(copy.name);
      if (plan === 'replace') replaced = true;
    }
    const before = prev?.copies.length ?? 0;
    const copies = before !== def.copies.length ? { copies: { before, after: def.copies.length } } : {};
    if (prev && before !== def.copies.length) reasons.add('copies');
    let decision: Decision = 'untouched';
    if (!prev) decision = 'started';
    else if (replaced) {
      decision = 'replaced';
      // A copy replaced for any reason runs the new definition: what changed comes with it.
      for (const code of changed) reasons.add(code);
    } else if (def.mode === 'manual' && changed.length > 0) {
      decision = 'manual';
      for (const code of changed) reasons.add(code);
      notes.push(`${def.app}/${def.name}: changed but manual: the host leaves it alone unless the manual input names it`);
    }
    if (!prev && beforeCron.has(def.name)) reasons.add('mode');
    if (prev && onlyEnvOrder(prev, def)) notes.push(envOrderNote(def));
    out.push({ app: def.app, definition: def.name, decision, reasons: sortReasons(reasons), ...copies });
  }
  return out;
}

function scheduleOf(document: StackDocument | undefined, name: string): string {
  const entry = document ? listDefinitions(document).find((e) => e.name === name && e.definition.deploy === 'cron') : undefined;
  return JSON.stringify(entry?.definition.cron ?? null);
}

function cronDecisions(sides: Sides): PredictedDefinition[] {
  const { beforePlan, afterPlan } = sides;
  const beforeLines = cronLinesByDefinition(beforePlan);
  const afterLines = cronLinesByDefinition(afterPlan);
  const previous = new Map((beforePlan?.definitions ?? []).map((d) => [d.name, d]));
  const documents = sides.before ? [sides.before, sides.after] : [sides.after];
  return afterPlan.definitions
    .filter((def) => !isLongRunning(def) && !(previous.get(def.name) && isLongRunning(previous.get(def.name) as PlanDefinition)))
    .map((def) => {
      const prev = previous.get(def.name);
      if (!prev || !beforeLines.has(def.name)) return { app: def.app, definition: def.name, decision: 'started' as const, reasons: [] };
      // Another app's cron file: the line is new there (the old file keeps it if its app left the plan).
      if (prev.app !== def.app) return { app: def.app, definition: def.name, decision: 'started' as const, reasons: ['app' as const] };
      if (beforeLines.get(def.name) === afterLines.get(def.name))
        return { app: def.app, definition: def.name, decision: 'untouched' as const, reasons: [] };
      const reasons: ReasonCode[] = !runsDefinition(prev.hash, def)
        ? hashInputReasons(definitionHashInput(prev) ?? '{}', definitionHashInput(def) ?? '{}', envRoles(documents, def.name))
        : [];
      if (scheduleOf(sides.before, def.name) !== scheduleOf(sides.after, def.name)) reasons.push('schedule');
      return {
        app: def.app,
        definition: def.name,
        decision: 'replaced' as const,
        reasons: sortReasons(reasons.length > 0 ? reasons : ['run_options']),
      };
    });
}

/** cleanup_containers and the cron files: what goes, for the apps the new plan still has. */
function removedDecisions(sides: Sides, notes: string[]): PredictedDefinition[] {
  const { beforePlan, afterPlan } = sides;
  const apps = new Set(afterPlan.apps);
  const next = new Map(afterPlan.definitions.map((d) => [d.name, d]));
  const out: PredictedDefinition[] = [];
  for (const prev of beforePlan?.definitions ?? []) {
    const now = next.get(prev.name);
    const longRunningGone = isLongRunning(prev) && (!now || !isLongRunning(now));
    if (now && !longRunningGone) continue;
    if (!apps.has(prev.app)) continue;
    const copies = isLongRunning(prev) ? { copies: { before: prev.copies.length, after: 0 } } : {};
    out.push({ app: prev.app, definition: prev.name, decision: 'removed', reasons: now ? ['mode'] : [], ...copies });
  }
  for (const app of beforePlan?.apps ?? []) {
    if (!apps.has(app)) {
      notes.push(
        `app ${app} is no longer in the document: the host leaves its containers and cron file as they are (it cleans up only the apps it deploys)`,
      );
    }
  }
  return out;
}

function otherNotes(sides: Sides, prefix: string, notes: string[]): void {
  const { before, after, beforePlan, afterPlan } = sides;
  const ssmNames = (plan: HostPlan | undefined) =>
    new Set(
      (plan?.definitions ?? []).flatMap((d) =>
        d.env.flatMap((e) => (e.value.kind === 'ssm' && !e.value.name.startsWith(`${prefix}/`) ? [e.value.name] : [])),
      ),
    );
  const kept = [...ssmNames(afterPlan)].filter((name) => ssmNames(beforePlan).has(name));
  if (kept.length > 0) {
    notes.push(
      `a new value stored behind an unchanged %{ssm:...} reference (${kept.join(', ')}) replaces the copies that read it; ` +
        'that cannot be seen without AWS credentials, so it is not in this prediction',
    );
  }
  for (const entry of listDefinitions(after)) {
    const revVar = entry.definition.notifications?.rollbar?.rev_var;
    if (revVar && entry.definition.deploy !== undefined) {
      notes.push(
        `${entry.app}/${entry.name}: its env carries the commit (notifications.rollbar.rev_var ${revVar}): it is replaced on every deploy`,
      );
    }
  }
  const volumesBefore = new Map((before ? listDataVolumes(before) : []).map((v) => [v.name, JSON.stringify(v.volumes)]));
  for (const volume of listDataVolumes(after)) {
    const was = volumesBefore.get(volume.name);
    if (was !== undefined && was !== JSON.stringify(volume.volumes)) {
      notes.push(
        `data volume ${volume.app}/${volume.name} changed: the host keeps the existing container (it creates only missing data volumes)`,
      );
    }
  }
  if (afterPlan.migration) {
    const m = afterPlan.migration;
    notes.push(`the migration of ${m.app}/${m.definition} runs on every deploy, on the first host, before any copy is replaced`);
  }
  if (!before) notes.push('nothing deployed to compare with: every definition starts');
}

/** The host's decisions when a host running `before` (undefined: nothing) is deployed `after`. */
export function predictRelease(
  before: StackDocument | undefined,
  after: StackDocument,
  host: HostFacts,
  options: PredictionOptions = {},
): Prediction {
  const prefix = (options.secretsPrefix || `/berth/${options.environment ?? 'production'}/secrets`).replace(/\/+$/, '');
  const beforePlan = before ? planOf(before, host, prefix, BEFORE_REVISION, options) : undefined;
  const afterPlan = planOf(after, host, prefix, AFTER_REVISION, options);
  // The deploy writes a new Parameter Store version of each inline secret whose value changed.
  const staged = before ? stagedSecretValues(before, host, prefix) : new Map<string, string>();
  const rotated = new Set(
    [...stagedSecretValues(after, host, prefix)]
      .filter(([name, value]) => staged.has(name) && staged.get(name) !== value)
      .map(([name]) => name),
  );
  const sides: Sides = { before, after, beforePlan, afterPlan, rotated };
  const notes: string[] = [];
  const longRunning = longRunningDecisions(sides, notes);
  const cron = cronDecisions(sides);
  const order = new Map(afterPlan.definitions.map((d, i) => [d.name, i]));
  const definitions = [...longRunning, ...cron].sort((a, b) => (order.get(a.definition) ?? 0) - (order.get(b.definition) ?? 0));
  definitions.push(...removedDecisions(sides, notes));
  otherNotes(sides, prefix, notes);
  const apps = new Set(afterPlan.apps);
  const linesBefore = jobLines(beforePlan, apps);
  const linesAfter = jobLines(afterPlan, apps);
  return {
    host,
    migration: afterPlan.migration !== undefined,
    definitions,
    cron: { added: linesAfter.filter((l) => !linesBefore.includes(l)), removed: linesBefore.filter((l) => !linesAfter.includes(l)) },
    notes,
  };
}
