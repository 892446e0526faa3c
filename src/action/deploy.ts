// `command: deploy` and `command: unlock`: wires the inputs, the real adapters, the build step and
// the records to the pipeline (src/deploy/pipeline.ts), then writes outputs and the job summary.
// deployRelease() takes its outside parts as parameters, so the CLI and the world tests reuse it.
import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createDeployRecorder, createGitHubApi } from '../adapters/github.js';
import { createRollbarNotifier } from '../adapters/rollbar.js';
import { buildAndPush, type BuiltImage } from '../deploy/build.js';
import { clearLock, describeHolder } from '../deploy/lock.js';
import { mergeIntoText, updatesFromBuiltImages } from '../deploy/merge-step.js';
import { runDeploy } from '../deploy/pipeline.js';
import type {
  BuildPorts, DeployOutcome, DeployRecorder, HostRunner, OpsWorksPort, ParameterStorePort, Planner, PreparedRelease, ProgressLog,
} from '../deploy/ports.js';
import type { DeploySettings } from '../deploy/settings.js';
import { definitionImages } from '../deploy/document-identity.js';
import { completingRecorder } from '../deploy/github-record.js';
import { observeHostRunner, observeLock } from '../deploy/observe.js';
import { fanOutNotifier, resolveRollbarTargets, rollbarTargets } from '../deploy/rollbar-deploys.js';
import { summaryModel, type SummaryModel } from '../deploy/summary-model.js';
import { summaryNamingBefore } from '../deploy/host-history.js';
import { buildHostCommands, packHostCommands, parseHostResult } from '../host/index.js';
import type { StackDocument } from '../stack/schema.js';
import { globFiles, hasGlobMagic } from './glob.js';
import { secretInputValues, type ActionInputs } from '../app/inputs.js';
import { outputs as actionOutputs } from './outputs.js';
import { forgetPostState, postStepHooks } from './post-state.js';
import { actionLog, commitSubject, contextFromEnv, planner as corePlanner, type RunContext } from './rollback.js';
import { writeJobSummary } from './summary.js';
import { fleetSettings } from './fleet-settings.js';

/** The core's plans and the host script's commands, with the command size limit (max-command-bytes) in force. */
export function deployPlanner(file: string, maxBytes: number): Planner {
  const base = corePlanner(file);
  const options = { maxBytes };
  return {
    ...base,
    hostCommands: (mode, planText) => buildHostCommands(mode, planText, options),
    // One command per batch (up to 50 hosts), carrying each host's plan; split only where it must be.
    packHostCommands: (mode, plans) => packHostCommands(mode, plans, options),
  };
}

export interface DeployDeps {
  hosts: HostRunner;
  parameters: ParameterStorePort;
  /** target opsworks only. */
  opsworks?: OpsWorksPort;
  /** GitHub Deployments; absent without a github-token. */
  recorder?: DeployRecorder;
  /** docker and the registry, when there are images to build. */
  buildPorts?: () => Promise<BuildPorts & { dispose?: () => Promise<void> }>;
  rollbarFetch?: typeof fetch;
  planner?: Planner;
  now?: () => number;
  signal?: AbortSignal;
  /** Told when a lock is held / a record is open, so a cancelled job can clean up (post step, CLI signals). */
  onLockTaken?: (lock: { name: string; deployId: string }) => void;
  onRecordStarted?: (record: { githubDeploymentId?: number }) => void;
  env?: Record<string, string | undefined>;
}

export interface DeployResult {
  outcome: DeployOutcome;
  model: SummaryModel;
  /** The merged Stack JSON text written to stack-json-output. */
  text: string;
  document: StackDocument | undefined;
  built: BuiltImage[];
}

/** Rollbar's comment: the commit subject and the actor. */
async function deployComment(context: RunContext, commit: string, version: string): Promise<string> {
  const subject = commit ? await commitSubject(context.workspace, commit) : '';
  return `${subject || `Deploy ${version}`} (${context.actor})`;
}

/** The one Stack JSON file a deploy uses: the input names a file, or a glob matching exactly one. */
export function resolveStackFile(pattern: string, cwd: string): string {
  if (!hasGlobMagic(pattern)) return pattern;
  const files = globFiles(pattern, cwd);
  if (files.length !== 1) {
    throw new Error(`stack-json "${pattern}" must name exactly one file for a deploy; it matches ${files.length}${files.length > 0 ? `: ${files.join(', ')}` : ''}`);
  }
  return files[0] as string;
}

export async function deployRelease(inputs: ActionInputs, context: RunContext, deps: DeployDeps, log: ProgressLog): Promise<DeployResult> {
  const now = deps.now ?? Date.now;
  const started = now();
  for (const value of secretInputValues(inputs)) log.secret(value);
  const version = inputs.version || process.env['GITHUB_SHA'] || '';
  const commit = process.env['GITHUB_SHA'] || inputs.version;
  if (version === '') throw new Error('No version to deploy: set the version input (or run in GitHub Actions, where the commit SHA is the default)');

  const plan = deps.planner ?? deployPlanner(inputs.stackJson, inputs.maxCommandBytes);
  const stackFile = inputs.target === 'ssm' ? resolveStackFile(inputs.stackJson, context.workspace) : '';
  let text = stackFile ? await readFile(stackFile, 'utf8').catch((error: unknown) => {
    throw new Error(`Cannot read the Stack JSON ${stackFile} (input stack-json): ${error instanceof Error ? error.message : String(error)}`);
  }) : '';
  const document = stackFile ? plan.parseDocument(text) : undefined;

  let deployed: StackDocument | undefined = document;
  const built: BuiltImage[] = [];
  const build = inputs.builds.length > 0 && deps.buildPorts
    ? async (buildLog: ProgressLog): Promise<PreparedRelease> => {
      const ports = await (deps.buildPorts as NonNullable<DeployDeps['buildPorts']>)();
      try {
        built.push(...(await buildAndPush(
          inputs.builds.map((b) => ({ image: b.image, context: b.context, dockerfile: b.dockerfile, buildArgs: b.buildArgs, target: b.target, platforms: b.platforms })),
          {
            revision: commit || version,
            version,
            extraTags: inputs.tags,
            ...(inputs.expiresAfter ? { expiresAfter: inputs.expiresAfter } : {}),
            ...(inputs.registryUsername ? { credentials: { username: inputs.registryUsername, password: inputs.registryPassword } } : {}),
            skipExisting: inputs.skipExisting,
            force: inputs.force,
          },
          ports,
        )));
      } finally {
        await ports.dispose?.();
      }
      if (stackFile) text = mergeIntoText(text, updatesFromBuiltImages(built), inputs.pinDigest, buildLog).text;
      // The record made next names what is deployed: the merged document.
      if (stackFile) deployed = plan.parseDocument(text);
      return {
        document: deployed as StackDocument,
        tags: Object.fromEntries(built.map((b) => [b.image, b.tags[0] ?? version])),
        images: Object.fromEntries(built.map((b) => [b.image, inputs.pinDigest ? b.reference : `${b.image}:${b.tags[0] ?? version}`])),
        digests: Object.fromEntries(built.map((b) => [b.image, b.digest])),
      };
    }
    : undefined;
  if (inputs.builds.length > 0 && !deps.buildPorts) throw new Error('images to build were given, but no docker is available to build them');

  const hosts = observeHostRunner(deps.hosts, now);
  const parameters = observeLock(deps.parameters, inputs.lockName, now);
  const rollbarDeploys = document
    ? await resolveRollbarTargets(rollbarTargets(document, { environment: inputs.environment, tokenInput: inputs.rollbarToken }), parameters.parameters, log)
    : [];
  const rollbar = fanOutNotifier(
    createRollbarNotifier({ endpoint: inputs.rollbarEndpoint, log, ...(deps.rollbarFetch ? { fetch: deps.rollbarFetch } : {}) }),
    rollbarDeploys,
    { revision: commit || version, comment: await deployComment(context, commit, version), localUsername: context.actor },
  );

  const { ssmTarget, policy, host } = fleetSettings(inputs, document, { env: deps.env });
  const settings: DeploySettings = {
    release: {
      kind: 'deploy',
      environment: inputs.environment,
      stackJsonPath: stackFile || inputs.stackJson,
      version,
      commit: commit || version,
      actor: context.actor,
      runUrl: context.runUrl,
      deployId: `${inputs.environment}-${context.runId}-${randomBytes(4).toString('hex')}`,
    },
    target: inputs.target === 'opsworks'
      ? {
          kind: 'opsworks', stackId: inputs.stackId, ...(inputs.appId ? { appId: inputs.appId } : {}), layerIds: inputs.layerIds,
          command: { name: inputs.opsworksCommand || 'deploy' }, stackName: inputs.stackName,
        }
      : ssmTarget,
    policy,
    host,
    ...(document ? { document } : {}),
    ...(rollbarDeploys.length > 0 ? { rollbarToken: rollbar.anyToken } : {}),
    ...(deps.signal ? { signal: deps.signal } : {}),
  };
  const outcome = await runDeploy(settings, {
    hosts: hosts.runner,
    parameters: parameters.parameters,
    planner: plan,
    ...(deps.opsworks ? { opsworks: deps.opsworks } : {}),
    ...(build ? { build } : {}),
    ...(rollbarDeploys.length > 0 ? { notifier: rollbar.notifier } : {}),
    ...(deps.recorder ? { recorder: completingRecorder(deps.recorder, () => deployed) } : {}),
    ...(deps.onLockTaken ? { onLockTaken: deps.onLockTaken } : {}),
    ...(deps.onRecordStarted ? { onRecordStarted: deps.onRecordStarted } : {}),
    now,
  }, log);
  deployed = outcome.document ?? deployed;
  if (outcome.document && !stackFile) text = `${JSON.stringify(outcome.document, null, 2)}\n`;
  const summary = {
    outcome,
    observed: hosts.results,
    environment: inputs.environment,
    commit: commit || version,
    seconds: (now() - started) / 1000,
    rollbar: rollbar.activity,
    lock: parameters.lock,
  };
  // What ran before, by name: the hosts' records, when their state gave only a digest.
  const model = deployed
    ? await summaryNamingBefore(summary, deps.hosts, plan, { deployId: outcome.deployId, document: deployed, settings, now }, log)
    : summaryModel(summary);
  return { outcome, model, text, document: deployed, built };
}

/** Real AWS clients and adapters for the inputs (region, endpoint override, adaptive retries). */
export async function awsDeps(inputs: ActionInputs, log: ProgressLog): Promise<Pick<DeployDeps, 'hosts' | 'parameters' | 'opsworks'>> {
  const { deploySsmClients, createOpsWorksClient } = await import('../adapters/aws-clients.js');
  const { createSsmCommandPort } = await import('../adapters/ssm.js');
  const { createParameterStore } = await import('../adapters/parameters.js');
  const { createHostRunner } = await import('../deploy/host-runner.js');
  const client = { region: inputs.awsRegion || process.env['AWS_REGION'] || 'us-east-1', ...(inputs.awsEndpoint ? { endpoint: inputs.awsEndpoint } : {}) };
  // Patient throttling retries for SSM (src/adapters/retry.ts) rather than the SDK's modes: berth makes
  // few calls, so adaptive's client-side rate cap only slows SendCommand when others throttle the
  // account, and standard's growing waits and retry quota slow a throttled fleet deploy down or fail it
  // (measured with bench/fleet.ts, 30% of all calls throttled: numbers in its header).
  const { ssm, pollClient } = deploySsmClients({
    ...client,
    pollIntervalMs: inputs.pollIntervalSeconds * 1000,
    timeoutMs: inputs.timeoutMinutes * 60_000,
  });
  const hosts = createHostRunner(createSsmCommandPort(ssm, { pollClient }), {
    pollIntervalMs: inputs.pollIntervalSeconds * 1000,
    parseResult: parseHostResult,
    ...(inputs.cloudwatchLogGroup ? { cloudWatchLogGroup: inputs.cloudwatchLogGroup } : {}),
    warn: (message) => log.warn(message),
  });
  let opsworks: OpsWorksPort | undefined;
  if (inputs.target === 'opsworks') {
    const { createOpsWorks } = await import('../adapters/opsworks.js');
    opsworks = createOpsWorks(createOpsWorksClient(client), { pollIntervalMs: inputs.pollIntervalSeconds * 1000 });
  }
  return { hosts, parameters: createParameterStore(ssm), ...(opsworks ? { opsworks } : {}) };
}

/** docker (a private DOCKER_CONFIG) and the registry client with the registry credentials. */
export function dockerBuildPorts(inputs: ActionInputs, log: ProgressLog): () => Promise<BuildPorts & { dispose: () => Promise<void> }> {
  return async () => {
    const { DockerCli } = await import('../adapters/docker.js');
    const { RegistryClient } = await import('../adapters/registry.js');
    const docker = await DockerCli.create({ onLine: (line) => log.info(line) });
    const registry = new RegistryClient({
      ...(inputs.registryUsername ? { credentials: { username: inputs.registryUsername, password: inputs.registryPassword } } : {}),
      onRetry: (message) => log.warn(message),
    });
    return { docker, registry, log, dispose: () => docker.dispose() };
  };
}

export function gitHubRecorder(inputs: ActionInputs, context: RunContext): DeployRecorder | undefined {
  if (!inputs.githubToken || !context.owner) return undefined;
  return createDeployRecorder(createGitHubApi({ baseUrl: context.apiUrl, token: inputs.githubToken }), {
    owner: context.owner,
    repo: context.repo,
    ...(context.runUrl ? { logUrl: context.runUrl } : {}),
  });
}

export async function runDeployAction(inputs: ActionInputs): Promise<void> {
  const log = actionLog();
  const context = contextFromEnv();
  const recorder = gitHubRecorder(inputs, context);
  const region = inputs.awsRegion || process.env['AWS_REGION'] || 'us-east-1';
  const result = await deployRelease(inputs, context, {
    ...(await awsDeps(inputs, log)),
    ...(recorder ? { recorder } : {}),
    buildPorts: dockerBuildPorts(inputs, log),
    // The post step releases what a cancelled job leaves behind.
    ...postStepHooks({ region, endpoint: inputs.awsEndpoint, environment: inputs.environment }),
  }, log);
  forgetPostState();

  const { outcome } = result;
  await mkdir(dirname(inputs.stackJsonOutput), { recursive: true });
  await writeFile(inputs.stackJsonOutput, result.text);
  actionOutputs.setResult({
    status: outcome.status, kind: outcome.kind, version: outcome.version, fleet: outcome.fleet, summary: outcome.summary,
    hosts: outcome.hosts, deployId: outcome.deployId, ...(outcome.opsworksDeploymentId ? { opsworksDeploymentId: outcome.opsworksDeploymentId } : {}),
  });
  actionOutputs.setVersion(outcome.version);
  if (outcome.githubDeploymentId !== undefined) actionOutputs.setDeploymentId(outcome.githubDeploymentId);
  actionOutputs.setImages(result.document ? definitionImages(result.document) : outcome.images);
  actionOutputs.setImageDigests(outcome.digests);
  actionOutputs.setStackJsonPath(inputs.stackJsonOutput);
  await writeJobSummary(result.model, secretInputValues(inputs));
  if (outcome.status !== 'success') core.setFailed(outcome.summary);
}

/** Clears the deploy lock whoever holds it, saying whose it was. */
export async function unlock(inputs: ActionInputs, parameters: ParameterStorePort, log: ProgressLog): Promise<string> {
  const holder = await clearLock(parameters, inputs.lockName);
  const message = holder
    ? `Released the deploy lock ${inputs.lockName}, held by ${describeHolder(holder)}`
    : `The deploy lock ${inputs.lockName} was not held; nothing to do`;
  log.info(message);
  return message;
}

export async function runUnlockAction(inputs: ActionInputs): Promise<void> {
  const log = actionLog();
  const { parameters } = await awsDeps({ ...inputs, target: 'ssm' }, log);
  await unlock(inputs, parameters, log);
}
