// The part every release shares, deploy or rollback: observe the hosts and the lock (for the summary),
// fan out to Rollbar, build the pipeline's settings, run the pipeline (src/deploy/pipeline.ts) and
// build the summary's model, naming what ran before from the hosts' records where only a digest is known.
import { createRollbarNotifier } from '../adapters/rollbar.js';
import { deployTiming } from '../deploy/deploy-timing.js';
import { completingRecorder } from '../deploy/github-record.js';
import { summaryNamingBefore } from '../deploy/host-history.js';
import { observeHostRunner, observeLock } from '../deploy/observe.js';
import { runDeploy } from '../deploy/pipeline.js';
import type { CancelCheckpoint } from '../deploy/cancel.js';
import type {
  AssociationPort,
  DeployOutcome,
  DeployPorts,
  DeployRecorder,
  HostRunner,
  OpsWorksPort,
  ParameterStorePort,
  Planner,
  PreparedRelease,
  ProgressLog,
  RollbarItemsReader,
} from '../deploy/ports.js';
import { fanOutNotifier, resolveRollbarTargets, rollbarTargets, type RollbarActivity } from '../deploy/rollbar-deploys.js';
import type { DeploySettings, PolicySettings, ReleaseSettings } from '../deploy/settings.js';
import type { SummaryModel } from '../deploy/summary-model.js';
import type { StackDocument } from '../stack/schema.js';
import type { Env, RunContext } from './context.js';
import { secretInputValues, type ActionInputs } from './inputs.js';
import { canarySettings, convergeSettings, fleetSettings, targetSettings } from './settings.js';

/** The outside parts of a release: real adapters (src/app/wiring.ts) or test doubles. */
export interface ReleasePorts {
  /** SSM Run Command. */
  hosts: HostRunner;
  parameters: ParameterStorePort;
  /** State Manager (input converge). */
  associations?: AssociationPort;
  /** GitHub Deployments; absent without a github-token. */
  recorder?: DeployRecorder;
  /** When the AWS credentials expire, if they say so (the recorded timing's AWS session). */
  credentialsExpireAt?: () => Promise<Date | undefined>;
  /** Rollbar's HTTP API (a test may pass a fetch bound to a fake). */
  rollbarFetch?: typeof fetch;
  /** Plans and host commands; default releasePlanner (src/app/planner.ts) with max-command-bytes. */
  planner?: Planner;
  /** Told when a lock is held / a record is open, so a cancelled job can clean up (post step, CLI signals). */
  onLockTaken?: (lock: { name: string; deployId: string }) => void;
  onRecordStarted?: (record: { githubDeploymentId?: number }) => void;
  /**
   * Told whenever what a cancel must finish changes (the action's post step, the CLI's second Ctrl-C):
   * the pipeline's checkpoint with the policy and the Rollbar deploys started.
   */
  onCheckpoint?: (checkpoint: ReleaseCheckpoint) => void;
  /**
   * Cancels the release (the job's cancel, Ctrl-C): no new batch starts, the batch in flight finishes,
   * then the failure policy, the read back, the records and the lock, as after a failed host.
   */
  signal?: AbortSignal;
  /** GITHUB_SHA and the region's fallbacks; default process.env. */
  env?: Env;
  now?: () => number;
}

/** What a deploy or a rollback decided before the rollout. */
export interface ReleaseRequest {
  inputs: ActionInputs;
  context: RunContext;
  planner: Planner;
  /** When the release started (for the summary's time taken). */
  started: number;
  release: ReleaseSettings;
  /** The document to roll out; absent on the OpsWorks target (the stack's Custom JSON is used). */
  document: StackDocument | undefined;
  /** What the GitHub record names as deployed, asked when the record is finished (a build changes it). */
  deployed: () => StackDocument | undefined;
  rollbarComment: string;
  policy?: Partial<PolicySettings>;
  build?: (log: ProgressLog) => Promise<PreparedRelease>;
  opsworks?: OpsWorksPort;
  /** The summary's "before" when the history knows it. */
  rollbackFrom?: string;
  previousImages?: Record<string, string>;
  runDeploy?: typeof runDeploy;
}

export interface ReleaseRun {
  outcome: DeployOutcome;
  model: SummaryModel;
  /** The document deployed (tags merged), when known. */
  document: StackDocument | undefined;
}

/** The pipeline's checkpoint as the faces keep it: with the policy in force and the Rollbar deploys started. */
export interface ReleaseCheckpoint extends CancelCheckpoint {
  policy: PolicySettings;
  rollbar: RollbarActivity[];
}

function checkpointHook(
  ports: Pick<ReleasePorts, 'onCheckpoint'>,
  policy: PolicySettings,
  rollbar: RollbarActivity[],
): Pick<DeployPorts, 'onCheckpoint'> {
  const hook = ports.onCheckpoint;
  return hook ? { onCheckpoint: (checkpoint) => hook({ ...checkpoint, policy, rollbar }) } : {};
}

/** Rollbar: one deploy per app and environment of the document; tokens resolved on the runner. */
export async function rollbarFanOut(
  document: StackDocument | undefined,
  inputs: ActionInputs,
  parameters: ParameterStorePort,
  ports: Pick<ReleasePorts, 'rollbarFetch'>,
  log: ProgressLog,
  info: { revision: string; comment: string; localUsername: string },
) {
  const deploys = document
    ? await resolveRollbarTargets(
        rollbarTargets(document, { environment: inputs.environment, tokenInput: inputs.rollbarToken }),
        parameters,
        log,
      )
    : [];
  const fanOut = fanOutNotifier(
    createRollbarNotifier({ endpoint: inputs.rollbarEndpoint, log, ...(ports.rollbarFetch ? { fetch: ports.rollbarFetch } : {}) }),
    deploys,
    info,
  );
  return { ...fanOut, deploys };
}

/** Rollbar's items for the canary (rollbar-read-token): the Rollbar adapter's read, when it has one. */
function rollbarItemsReader(
  inputs: ActionInputs,
  ports: Pick<ReleasePorts, 'rollbarFetch'>,
  log: ProgressLog,
): RollbarItemsReader | undefined {
  const rollbar = createRollbarNotifier({
    endpoint: inputs.rollbarEndpoint,
    log,
    ...(ports.rollbarFetch ? { fetch: ports.rollbarFetch } : {}),
  });
  const read = rollbar.readNewItems;
  return read ? { readNewItems: (input) => read(input) } : undefined;
}

/** Registers every secret input with the log, so none is ever printed. */
export function maskSecrets(inputs: ActionInputs, log: ProgressLog): void {
  for (const value of secretInputValues(inputs)) log.secret(value);
}

export async function runRelease(request: ReleaseRequest, ports: ReleasePorts, log: ProgressLog): Promise<ReleaseRun> {
  const { inputs, context, document, release } = request;
  const now = ports.now ?? Date.now;
  const hosts = observeHostRunner(ports.hosts, now);
  const parameters = observeLock(ports.parameters, inputs.lockName, now);
  const rollbar = await rollbarFanOut(document, inputs, parameters.parameters, ports, log, {
    revision: release.commit,
    comment: request.rollbarComment,
    localUsername: context.actor,
  });
  const rollbarDeploys = rollbar.deploys;

  const { ssmTarget, policy, host } = fleetSettings(inputs, document, ports.env ?? process.env);
  const converge = convergeSettings(inputs);
  // A canary guards a new release; a rollback goes back to one that ran, at once.
  const canary =
    release.kind === 'deploy'
      ? canarySettings(inputs, {
          codeVersion: release.commit,
          environments: [...new Set(rollbarDeploys.length > 0 ? rollbarDeploys.map((d) => d.environment) : [inputs.environment])],
        })
      : undefined;
  if (release.kind === 'rollback' && inputs.canarySeconds > 0) log.info('canary-seconds applies to deploys: this rollback has no canary.');
  const rollbarItems = canary?.rollbar ? rollbarItemsReader(inputs, ports, log) : undefined;
  const settings: DeploySettings = {
    release,
    target: release.kind === 'rollback' ? ssmTarget : targetSettings(inputs, ssmTarget),
    policy: { ...policy, ...request.policy },
    host,
    ...(converge ? { converge } : {}),
    ...(canary ? { canary } : {}),
    ...(document ? { document } : {}),
    ...(rollbarDeploys.length > 0 ? { rollbarToken: rollbar.anyToken } : {}),
    secretValues: [...secretInputValues(inputs), ...rollbarDeploys.map((target) => target.token)],
    ...(ports.signal ? { signal: ports.signal } : {}),
  };
  const deploy = request.runDeploy ?? runDeploy;
  // What the success status records for the PR check's estimate (src/deploy/deploy-timing.ts).
  const sessionEnds = await ports.credentialsExpireAt?.().catch(() => undefined);
  const recordedTiming = () =>
    deployTiming(hosts.results, {
      deploySeconds: (now() - request.started) / 1000,
      timeoutMinutes: settings.policy.timeoutMinutes,
      ...(sessionEnds ? { sessionMinutes: Math.max(0, (sessionEnds.getTime() - request.started) / 60_000) } : {}),
    });
  const outcome = await deploy(
    settings,
    {
      hosts: hosts.runner,
      parameters: parameters.parameters,
      planner: request.planner,
      ...(ports.associations ? { associations: ports.associations } : {}),
      ...(request.opsworks ? { opsworks: request.opsworks } : {}),
      ...(request.build ? { build: request.build } : {}),
      ...(rollbarDeploys.length > 0 ? { notifier: rollbar.notifier } : {}),
      ...(rollbarItems ? { rollbarItems } : {}),
      ...(ports.recorder ? { recorder: completingRecorder(ports.recorder, request.deployed, recordedTiming) } : {}),
      ...(ports.onLockTaken ? { onLockTaken: ports.onLockTaken } : {}),
      ...(ports.onRecordStarted ? { onRecordStarted: ports.onRecordStarted } : {}),
      ...checkpointHook(ports, settings.policy, rollbar.activity),
      now,
    },
    log,
  );
  const deployed = outcome.document ?? request.deployed();
  const summary = {
    outcome,
    observed: hosts.results,
    environment: inputs.environment,
    commit: release.commit,
    seconds: (now() - request.started) / 1000,
    rollbar: rollbar.activity,
    lock: parameters.lock,
    ...(request.rollbackFrom ? { rollbackFrom: request.rollbackFrom } : {}),
    ...(request.previousImages ? { previousImages: request.previousImages } : {}),
  };
  // What ran before, by name: the records the hosts' preflights listed, when their state gave only a digest.
  const model = summaryNamingBefore(summary, outcome.deployId);
  return { outcome, model, document: deployed };
}
