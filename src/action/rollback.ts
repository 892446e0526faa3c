// `command: rollback`: choose the version (the `version` input, else the previous good one from
// GitHub Deployments; when GitHub has nothing to offer, from the plans the hosts recorded), restore
// its whole plan (the Stack JSON at its commit with the images it ran), and run it through the same
// pipeline as a deploy: lock, health gates, failure policy, Rollbar and a GitHub deployment record.
// No build, no migration, images on the hosts used without a pull.
import * as core from '@actions/core';
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createRollbarNotifier } from '../adapters/rollbar.js';
import { runDeploy } from '../deploy/pipeline.js';
import type { DeployOutcome, DeployRecorder, HostRunner, ParameterStorePort, Planner, ProgressLog } from '../deploy/ports.js';
import type { DeploySettings } from '../deploy/settings.js';
import { buildHostCommands } from '../host/index.js';
import { definitionImages } from '../deploy/document-identity.js';
import { completingRecorder } from '../deploy/github-record.js';
import { observeHostRunner, observeLock } from '../deploy/observe.js';
import { fanOutNotifier, resolveRollbarTargets, rollbarTargets } from '../deploy/rollbar-deploys.js';
import type { SummaryModel } from '../deploy/summary-model.js';
import { readHostHistory, summaryNamingBefore, type HostHistory } from '../deploy/host-history.js';
import {
  chooseRollbackTarget, restoreRelease, RollbackError, type RecordedDeployment, type RollbackTarget,
} from '../deploy/rollback.js';
import { buildHostPlan } from '../stack/plan.js';
import { encodeHostPlan } from '../stack/host-plan.js';
import { mergeImageTags } from '../stack/merge.js';
import type { StackDocument } from '../stack/schema.js';
import { formatDiagnostic, validateStackJson } from '../stack/validate.js';
import { secretInputValues, type ActionInputs } from '../app/inputs.js';
import { outputs as actionOutputs } from './outputs.js';
import { forgetPostState, postStepHooks } from './post-state.js';
import { writeJobSummary } from './summary.js';
import { fleetSettings } from './fleet-settings.js';

const run = promisify(execFile);

/** Where the run happens: the GitHub context (from the runner's environment, or the CLI's flags). */
export interface RunContext {
  owner: string;
  repo: string;
  apiUrl: string;
  /** The run's log URL, for the GitHub deployment status and the lock's holder note. */
  runUrl: string;
  actor: string;
  /** The repository checkout (git show runs here). */
  workspace: string;
  runId: string;
}

export function contextFromEnv(env: Record<string, string | undefined> = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = env.GITHUB_RUN_ID ?? '';
  return {
    owner,
    repo,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    runUrl: owner && runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : '',
    actor: env.GITHUB_ACTOR ?? env.USER ?? 'berth',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runId: runId || String(Date.now()),
  };
}

/** `git show <commit>:<path>` in the checkout, with an error that says how to fix a shallow clone. */
export function gitReader(workspace: string) {
  return async (commit: string, path: string): Promise<string> => {
    const relative = path.startsWith('/') ? path : `./${path.replace(/^\.\//, '')}`;
    try {
      const { stdout } = await run('git', ['show', `${commit}:${relative}`], { cwd: workspace, maxBuffer: 64 * 1024 * 1024 });
      return stdout;
    } catch (error) {
      const detail = (error as { stderr?: string }).stderr?.trim() || (error instanceof Error ? error.message : String(error));
      throw new Error(
        `Could not read ${path} at commit ${commit.slice(0, 12)} (${detail}). ` +
          'Check out the full history (actions/checkout with fetch-depth: 0) so the restored version\'s Stack JSON can be read.',
      );
    }
  };
}

/** The Stack JSON file as it is in the checkout now. */
export function workspaceReader(workspace: string) {
  return async (path: string): Promise<string> => {
    try {
      return await readFile(resolve(workspace, path), 'utf8');
    } catch (error) {
      throw new Error(`Cannot read the Stack JSON ${path} (input stack-json) in ${workspace}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** The checked-out commit (GITHUB_SHA, else `git rev-parse HEAD`); empty when unknown. */
export async function headCommit(workspace: string, env: Record<string, string | undefined> = process.env): Promise<string> {
  if (env.GITHUB_SHA) return env.GITHUB_SHA;
  try {
    const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd: workspace });
    return stdout.trim();
  } catch {
    return '';
  }
}

/** The commit's subject line, for Rollbar's comment; empty when git cannot tell (no checkout). */
export async function commitSubject(workspace: string, commit: string): Promise<string> {
  try {
    const { stdout } = await run('git', ['log', '-1', '--format=%s', commit], { cwd: workspace });
    return stdout.trim();
  } catch {
    return '';
  }
}

function parseDocument(text: string, file: string): StackDocument {
  const result = validateStackJson(text, file);
  if (!result.ok || !result.document) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    throw new Error(`The Stack JSON to restore is not valid:\n${errors.join('\n')}`);
  }
  return result.document;
}

export interface RollbackDeps {
  /** GitHub Deployments; absent without a github-token (then the `version` input is required). */
  recorder?: DeployRecorder;
  readAtCommit(commit: string, path: string): Promise<string>;
  /**
   * The Stack JSON as checked out now: names the apps whose records the hosts are asked for, and is
   * restored (with the recorded images) when the hosts did not record a release's commit.
   * Default: the file in the workspace.
   */
  readCurrent?(path: string): Promise<string>;
  /** The AWS side (SSM Run Command and Parameter Store), real adapters or test doubles. */
  hosts: HostRunner;
  parameters: ParameterStorePort;
  /** Rollbar's HTTP API (a test may pass a fetch bound to a fake). */
  rollbarFetch?: typeof fetch;
  runDeploy?: typeof runDeploy;
  /** Plans and host commands; default the core's buildHostPlan and the host script's commands. */
  planner?: Planner;
  /** Told when a lock is held / a record is open, so a cancelled job can clean up (post step). */
  onLockTaken?: (lock: { name: string; deployId: string }) => void;
  onRecordStarted?: (record: { githubDeploymentId?: number }) => void;
  env?: Record<string, string | undefined>;
  now?: () => number;
}

export interface RollbackResult {
  target: RollbackTarget;
  /** What the hosts answered, when their records were read (GitHub had nothing to offer). */
  hostHistory?: HostHistory;
  outcome: DeployOutcome;
  model: SummaryModel;
  document: StackDocument;
  text: string;
}

export function planner(file: string): Planner {
  return {
    parseDocument: (text) => parseDocument(text, file),
    hostPlan: buildHostPlan,
    encodePlan: encodeHostPlan,
    hostCommands: (mode, planText) => buildHostCommands(mode, planText),
  };
}

export async function rollbackRelease(inputs: ActionInputs, context: RunContext, deps: RollbackDeps, log: ProgressLog): Promise<RollbackResult> {
  const now = deps.now ?? Date.now;
  const started = now();
  for (const value of secretInputValues(inputs)) log.secret(value);

  let history: RecordedDeployment[] = [];
  if (deps.recorder) {
    try {
      history = await deps.recorder.history(inputs.environment);
    } catch (error) {
      log.warn(`Could not read the GitHub deployment history of "${inputs.environment}": ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    log.warn('No github-token: the GitHub deployment history cannot be read; the releases the hosts recorded are used instead.');
  }
  const readCurrent = deps.readCurrent ?? workspaceReader(context.workspace);
  const plans = deps.planner ?? planner(inputs.stackJson);
  const query = { environment: inputs.environment, requested: inputs.version, history };
  let target: RollbackTarget;
  let hostHistory: HostHistory | undefined;
  try {
    target = chooseRollbackTarget(query);
  } catch (error) {
    if (!(error instanceof RollbackError)) throw error;
    // GitHub has nothing to offer: ask the hosts what they ran.
    log.info(
      `GitHub Deployments has nothing to offer (${history.length === 0 ? 'no successful deployment read' : `none of ${history.length} successful deployment(s) fits`}); ` +
        'reading the releases the hosts recorded.',
    );
    hostHistory = await readHostsHistory(inputs, context, deps, plans, readCurrent, log, now);
    target = chooseRollbackTarget({
      ...query,
      hostReleases: hostHistory?.releases ?? [],
      ...(hostHistory?.running !== undefined ? { running: hostHistory.running } : {}),
    });
  }
  const source = target.source === 'github' ? `GitHub deployment ${target.deploymentId}` : 'the hosts\' records';
  log.info(
    `Rolling "${inputs.environment}" back to ${target.version} (${target.commit ? `commit ${target.commit.slice(0, 12)}` : 'commit not recorded'}, from ${source})` +
      (target.from ? `; ${target.from} runs now` : ''),
  );

  const running = history.find((d) => d.payload.version === target.from);
  const runningOnHosts = hostHistory?.releases.find((r) => r.release === target.from);
  const restored = await restoreRelease(target, { readAtCommit: deps.readAtCommit, readCurrent, mergeImageTags }, inputs.stackJson);
  const file = target.stackJsonPath || inputs.stackJson;
  if (restored.currentDocument) {
    log.warn(
      `The hosts did not record the commit of ${target.version}: restoring today's ${file} with the images ${target.version} ran ` +
        `(${Object.entries(target.images).map(([d, i]) => `${d}=${i}`).join(', ')}), not the document it was deployed with.`,
    );
  }
  const commit = target.commit || (await headCommit(context.workspace, deps.env ?? process.env));
  const document = parseDocument(restored.text, file);
  await mkdir(dirname(inputs.stackJsonOutput), { recursive: true });
  await writeFile(inputs.stackJsonOutput, restored.text);

  const hosts = observeHostRunner(deps.hosts, now);
  const parameters = observeLock(deps.parameters, inputs.lockName, now);

  // Rollbar: one deploy per app and environment of the restored document; tokens resolved on the runner.
  const subject = commit ? await commitSubject(context.workspace, commit) : '';
  const rollbarDeploys = await resolveRollbarTargets(
    rollbarTargets(document, { environment: inputs.environment, tokenInput: inputs.rollbarToken }),
    parameters.parameters,
    log,
  );
  const rollbar = fanOutNotifier(
    createRollbarNotifier({ endpoint: inputs.rollbarEndpoint, log, ...(deps.rollbarFetch ? { fetch: deps.rollbarFetch } : {}) }),
    rollbarDeploys,
    { revision: commit, comment: `Rollback to ${target.version}${subject ? `: ${subject}` : ''} (${context.actor})`, localUsername: context.actor },
  );

  const fleet = fleetSettings(inputs, document, { env: deps.env });
  const settings: DeploySettings = {
    release: {
      kind: 'rollback',
      environment: inputs.environment,
      stackJsonPath: file,
      version: target.version,
      commit,
      actor: context.actor,
      runUrl: context.runUrl,
      deployId: `${inputs.environment}-rollback-${context.runId}-${now().toString(36)}`,
    },
    target: fleet.ssmTarget,
    policy: { ...fleet.policy, skipMigration: true, preferLocalImages: true },
    host: fleet.host,
    document,
    ...(rollbarDeploys.length > 0 ? { rollbarToken: rollbar.anyToken } : {}),
  };
  const deploy = deps.runDeploy ?? runDeploy;
  const outcome = await deploy(settings, {
    hosts: hosts.runner,
    parameters: parameters.parameters,
    planner: plans,
    ...(rollbarDeploys.length > 0 ? { notifier: rollbar.notifier } : {}),
    ...(deps.recorder ? { recorder: completingRecorder(deps.recorder, () => document) } : {}),
    ...(deps.onLockTaken ? { onLockTaken: deps.onLockTaken } : {}),
    ...(deps.onRecordStarted ? { onRecordStarted: deps.onRecordStarted } : {}),
    now,
  }, log);
  const summary = {
    outcome,
    observed: hosts.results,
    environment: inputs.environment,
    commit,
    seconds: (now() - started) / 1000,
    rollbar: rollbar.activity,
    lock: parameters.lock,
    ...(target.from ? { rollbackFrom: target.from } : {}),
    ...(running ? { previousImages: running.payload.images } : runningOnHosts ? { previousImages: runningOnHosts.images } : {}),
  };
  // What ran before, by name, like a deploy: the hosts' records where only a digest is known.
  const model = await summaryNamingBefore(summary, deps.hosts, plans, { deployId: outcome.deployId, document, settings, now }, log);
  return { target, outcome, model, document, text: restored.text, ...(hostHistory ? { hostHistory } : {}) };
}

/**
 * The releases every target host recorded (src/deploy/host-history.ts), for the apps of the Stack
 * JSON as checked out now. Undefined, with a warning, when they cannot be read: the choice then says
 * there is nothing to go back to.
 */
async function readHostsHistory(
  inputs: ActionInputs,
  context: RunContext,
  deps: RollbackDeps,
  plans: Planner,
  readCurrent: (path: string) => Promise<string>,
  log: ProgressLog,
  now: () => number,
): Promise<HostHistory | undefined> {
  try {
    const current = plans.parseDocument(await readCurrent(inputs.stackJson));
    const fleet = fleetSettings(inputs, undefined, { env: deps.env });
    const hostHistory = await readHostHistory(deps.hosts, plans, {
      ssmTargets: fleet.ssmTarget,
      apps: Object.keys(current.deploy),
      hostRoot: fleet.host.hostRoot,
      environment: inputs.environment,
      actor: context.actor,
      region: fleet.host.region,
      deadline: now() + Math.min(fleet.policy.timeoutMinutes, 5) * 60_000,
      now,
    }, log);
    for (const problem of hostHistory.problems) log.warn(`Hosts' records: ${problem}`);
    log.info(
      hostHistory.releases.length > 0
        ? `Releases every host recorded, newest first: ${hostHistory.releases.map((r) => r.release).join(', ')}` +
            (hostHistory.running ? ` (${hostHistory.running} runs now)` : '')
        : 'No release is recorded on every host.',
    );
    return hostHistory;
  } catch (error) {
    log.warn(`Could not read the releases the hosts recorded: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** The ProgressLog of the action: core's log, groups, and masking. */
export function actionLog(): ProgressLog {
  return {
    info: (message) => core.info(message),
    warn: (message) => core.warning(message),
    error: (message) => core.error(message),
    group: (title, body) => core.group(title, body),
    secret: (value) => {
      if (value !== '') core.setSecret(value);
    },
  };
}

/** The real dependencies: the deploy's AWS adapters (SSM Run Command, Parameter Store), GitHub over REST, git. */
export async function awsRollbackDeps(inputs: ActionInputs, context: RunContext, log: ProgressLog): Promise<RollbackDeps> {
  // Loaded when used: deploy.ts imports this module's helpers.
  const { awsDeps, deployPlanner, gitHubRecorder } = await import('./deploy.js');
  const { hosts, parameters } = await awsDeps({ ...inputs, target: 'ssm' }, log);
  const recorder = gitHubRecorder(inputs, context);
  return {
    ...(recorder ? { recorder } : {}),
    readAtCommit: gitReader(context.workspace),
    hosts,
    parameters,
    // Same plans and command size limit as a deploy.
    planner: deployPlanner(inputs.stackJson, inputs.maxCommandBytes),
  };
}

/** The `result` output and the CLI's --json: the outcome without the document. */
export function rollbackResultJson(result: RollbackResult): Record<string, unknown> {
  const { outcome } = result;
  return {
    status: outcome.status, kind: outcome.kind, version: outcome.version, fleet: outcome.fleet, summary: outcome.summary,
    rolledBackFrom: result.target.from ?? null, commit: result.target.commit, hosts: outcome.hosts, deployId: outcome.deployId,
    githubDeploymentId: outcome.githubDeploymentId ?? null,
  };
}

export async function runRollbackAction(inputs: ActionInputs): Promise<void> {
  const log = actionLog();
  const context = contextFromEnv();
  const region = inputs.awsRegion || process.env.AWS_REGION || 'us-east-1';
  const result = await rollbackRelease(inputs, context, {
    ...(await awsRollbackDeps(inputs, context, log)),
    // The post step releases what a cancelled job leaves behind.
    ...postStepHooks({ region, endpoint: inputs.awsEndpoint, environment: inputs.environment }),
  }, log);
  forgetPostState();
  const { outcome } = result;
  actionOutputs.setResult(rollbackResultJson(result));
  actionOutputs.setVersion(result.target.version);
  if (outcome.githubDeploymentId !== undefined) actionOutputs.setDeploymentId(outcome.githubDeploymentId);
  actionOutputs.setImages(definitionImages(result.document));
  actionOutputs.setImageDigests(outcome.digests);
  actionOutputs.setStackJsonPath(inputs.stackJsonOutput);
  await writeJobSummary(result.model, secretInputValues(inputs));
  if (outcome.status !== 'success') core.setFailed(outcome.summary);
}
