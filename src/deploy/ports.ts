// The small interfaces the deploy pipeline talks through, and the types the faces hand it and get back.
// Adapters implement the ports with real clients; tests implement them with fakes. src/deploy never
// imports an SDK.
import type { HostMode, PlanForHost } from '../host/command.js';
import type { HostPlan, HostResult } from '../stack/host-plan.js';
import type { HostFacts, PlanOptions } from '../stack/plan.js';
import type { StackDocument } from '../stack/schema.js';
import type { CancelCheckpoint } from './cancel.js';

export type { HostMode, PlanForHost };
export type { CanaryHostReport, ConvergeReport, DeployOutcome, HostReport, JoinedHost } from './outcome.js';

/** Progress for humans: the action maps it to core.info/startGroup, the CLI to stderr. */
export interface ProgressLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
  /** Registers a value that must never be printed (core.setSecret in the action). */
  secret(value: string): void;
}

/** A host as the pipeline sees it. */
export interface TargetHost {
  instanceId: string;
  hostname: string;
  publicIp: string;
  /** OpsWorks layer or SSM tag group, for messages. */
  group?: string;
  /** OpsWorks' own instance id (CreateDeployment wants it); `instanceId` is the EC2 id SSM uses. */
  opsworksInstanceId?: string;
}

/** Runs the host script on hosts through SSM Run Command and waits for it. */
export interface HostRunner {
  /**
   * Makes the request's sends (one SendCommand each, split at 50 instances; sends with identical
   * commands are merged) and waits until every host finished, failed, or the deadline passed.
   * Resolves with one entry per host, never rejects for a host failure.
   */
  run(request: HostRunRequest): Promise<HostRunOutcome[]>;
  /**
   * Waits for commands sent earlier (by another process: the main step before a cancel) to end, until
   * the deadline; never cancels them. A host still running at the deadline ends with status `StillRunning`.
   */
  watch?(
    commands: SentCommand[],
    options: { deadline: number; onProgress?: (host: TargetHost, status: string) => void },
  ): Promise<HostRunOutcome[]>;
  /** Resolves SSM tag targets or instance ids to managed instances (DescribeInstanceInformation). */
  resolveTargets(targets: { instanceIds: string[]; tags: { key: string; values: string[] }[] }): Promise<TargetHost[]>;
}

/**
 * One Run Command: the shell commands for AWS-RunShellScript (built by src/host/command.ts) and the
 * hosts that run them. The commands may carry a plan set (every host's own plan; each host picks its own).
 */
export interface HostSend {
  hosts: TargetHost[];
  commands: string[];
}

/** A Run Command SSM took: its id and the hosts it went to. */
export interface SentCommand {
  commandId: string;
  hosts: TargetHost[];
  /** When SSM took it (epoch ms, AWS's clock when known). */
  sentAt?: number;
}

export interface HostRunRequest {
  /** The commands to send and to whom; every host in at most one send. */
  sends: HostSend[];
  comment: string;
  /** Absolute epoch ms after which in-flight commands are cancelled. */
  deadline: number;
  executionTimeoutSeconds: number;
  onProgress?: (host: TargetHost, status: string) => void;
  /** Cancellation: sends not made yet are skipped, in-flight commands are cancelled and the wait ends. */
  signal?: AbortSignal;
  /** Told of each command SSM took, as soon as it took it (a cancelled job's post step waits for it). */
  onSent?: (command: SentCommand) => void;
  /** Seconds of work the hosts are likely to take (their last run's durations): the poll looks then. */
  expectedSeconds?: number;
  /** Seconds they may take beyond it (their last run's overhead): the poll keeps looking often that long. */
  expectedOverheadSeconds?: number;
}

export interface HostRunOutcome {
  host: TargetHost;
  commandId: string;
  /** SSM invocation status: Success | Failed | TimedOut | Cancelled | DeliveryTimedOut | Undeliverable ... */
  status: string;
  exitCode: number;
  /** Parsed last stdout line, when it was a HostResult. */
  result?: HostResult;
  stdoutTail: string;
  stderrTail: string;
  /** CloudWatch log group/stream when configured. */
  logLocation?: string;
}

/** Parameter Store, for staging inline secrets and the fleet lock. */
export interface ParameterStorePort {
  putSecure(name: string, value: string, overwrite: boolean): Promise<void>;
  /** Creates the parameter only if absent; false when it already exists (ParameterAlreadyExists). */
  putIfAbsent(name: string, value: string): Promise<boolean>;
  /** Creates or replaces a String parameter (the lock: a deploy's own generation, renewed or released). */
  overwrite(name: string, value: string): Promise<void>;
  /** The parameters directly under `path` (not recursive), name -> value, not decrypted. */
  list(path: string): Promise<Map<string, string>>;
  get(name: string, decrypt: boolean): Promise<string | undefined>;
  getMany(names: string[], decrypt: boolean): Promise<Map<string, string>>;
  /** The current version of each named parameter that exists (GetParameters without decryption). */
  versions(names: string[]): Promise<Map<string, number>>;
  delete(name: string): Promise<void>;
}

/** What berth sets on its State Manager association (AWS-RunShellScript), as CreateAssociation takes it. */
export interface AssociationSettings {
  /** AssociationName: one per environment. */
  name: string;
  /** The `commands` parameter of AWS-RunShellScript (no secrets: they end up in the association's parameters). */
  commands: string[];
  executionTimeoutSeconds: number;
  /** Targets: `tag:<key>` keys with their values. */
  targets: { key: string; values: string[] }[];
  maxConcurrency: string;
  maxErrors: string;
  /** `rate(N minutes)` with drift repair on (ApplyOnlyAtCronInterval false); absent: runs only on joins and updates. */
  scheduleExpression?: string;
}

/** State Manager associations (src/adapters/associations.ts). */
export interface AssociationPort {
  /** The association named so (ListAssociations by AssociationName, then DescribeAssociation), or undefined. */
  find(name: string): Promise<(AssociationSettings & { id: string }) | undefined>;
  /** CreateAssociation; AWS runs it at once on every target. Resolves with its id. */
  create(settings: AssociationSettings): Promise<string>;
  /** UpdateAssociation: the new settings; AWS runs it again on every target. */
  update(id: string, settings: AssociationSettings): Promise<void>;
  delete(id: string): Promise<void>;
}

/** OpsWorks Stacks (legacy). Absent on the SSM-only path. */
export interface OpsWorksPort {
  describeStack(stackId: string): Promise<{ name: string; customJson: string }>;
  onlineInstances(stackId: string, layerIds: string[]): Promise<TargetHost[]>;
  createDeployment(input: {
    stackId: string;
    appId?: string;
    instanceIds: string[];
    command: { name: string; args?: Record<string, string[]> };
    comment: string;
    customJson: string;
  }): Promise<string>;
  /** Waits for the deployment; on failure returns per-instance command states with log URLs. */
  waitDeployment(
    deploymentId: string,
    deadline: number,
  ): Promise<{
    status: 'successful' | 'failed' | 'timeout';
    commands: { instanceId: string; status: string; logUrl?: string }[];
  }>;
  updateStackCustomJson(stackId: string, customJson: string): Promise<void>;
}

/** Rollbar deploy notifications. Never throws: an outage only warns. */
export interface DeployNotifier {
  started(input: {
    token: string;
    environment: string;
    revision: string;
    comment: string;
    localUsername: string;
  }): Promise<string | undefined>;
  finished(input: {
    token: string;
    deployId: string | undefined;
    environment: string;
    revision: string;
    comment: string;
    localUsername: string;
    status: 'succeeded' | 'failed';
  }): Promise<void>;
  /** The same Rollbar API read for the canary (src/adapters/rollbar.ts implements both). */
  readNewItems?: RollbarItemsReader['readNewItems'];
}

/** Rollbar's new items of a release's code version: counted, or why they could not be read. */
export type RollbarCount = { new: number } | { unavailable: string };

/**
 * Reading Rollbar (the canary's optional check, src/deploy/steps/canary.ts): the new error and critical
 * items of a code version in an environment (Rollbar's versions API, a read-scope token). Never throws:
 * an outage or a refused token is `unavailable`, with Rollbar's own words (the token never in them).
 */
export interface RollbarItemsReader {
  readNewItems(input: { token: string; codeVersion: string; environment: string }): Promise<RollbarCount>;
}

/** GitHub Deployments: the deploy history, used for rollback too. */
export interface DeployRecorder {
  start(input: { environment: string; ref: string; sha: string; description: string; payload: DeployRecordPayload }): Promise<number>;
  finish(deploymentId: number, state: 'success' | 'failure', description: string): Promise<void>;
  /** Newest first: successful deployments of an environment with their payloads. */
  history(environment: string): Promise<{ id: number; sha: string; createdAt: string; state: string; payload: DeployRecordPayload }[]>;
}

export interface DeployRecordPayload {
  tool: 'berth';
  kind: 'deploy' | 'rollback';
  version: string;
  commit: string;
  documentHash: string;
  /** Path of the Stack JSON in the repository at `commit`. */
  stackJsonPath: string;
  /** app/definition -> image reference deployed. */
  images: Record<string, string>;
}

/** One host's invocation of a Run Command, as ListCommandInvocations reports it. */
export interface CommandInvocation {
  commandId: string;
  instanceId: string;
  /** Pending | InProgress | Delayed | Success | Cancelled | TimedOut | Failed | Cancelling | Undeliverable | Terminated */
  status: string;
  /** Present when asked for details: the script's output (SSM truncates it) and exit code. */
  stdout?: string;
  stderr?: string;
  exitCode?: number;
  /** CloudWatch log group/stream when the command sent its output there. */
  logLocation?: string;
}

/**
 * SSM Run Command at the level the host runner (src/deploy/host-runner.ts) needs (src/adapters/ssm.ts implements it).
 * The HostRunner of src/deploy/host-runner.ts is built on it, so every polling decision is tested without AWS.
 */
export interface CommandPort {
  /** SendCommand (AWS-RunShellScript) to at most 50 instances; the command id and when AWS took it (its clock). */
  send(input: {
    instanceIds: string[];
    commands: string[];
    comment: string;
    executionTimeoutSeconds: number;
    cloudWatchLogGroup?: string;
  }): Promise<{ commandId: string; requestedAt?: Date }>;
  /**
   * ListCommandInvocations. With commandId: that command's invocations. Without: every invocation
   * started after `invokedAfter` (one call covers many single-host commands). All pages.
   */
  listInvocations(query: { commandId?: string; invokedAfter?: Date; details: boolean }): Promise<CommandInvocation[]>;
  /** GetCommandInvocation: the full (24,000 chars) stdout, when the listing's output was cut. */
  getInvocation(commandId: string, instanceId: string): Promise<CommandInvocation | undefined>;
  cancel(commandId: string, instanceIds?: string[]): Promise<void>;
  /** DescribeInstanceInformation (+ tag filters): online managed instances. */
  describeInstances(targets: { instanceIds: string[]; tags: { key: string; values: string[] }[] }): Promise<TargetHost[]>;
  /** When the credentials in use expire, when known. */
  credentialsExpireAt?(): Promise<Date | undefined>;
}

/** The core and host-script functions the pipeline uses (wired by the faces). */
export interface Planner {
  /** Validates and parses a Stack JSON text (the OpsWorks stack's Custom JSON); throws with what to fix. */
  parseDocument(text: string): StackDocument;
  hostPlan(document: StackDocument, facts: HostFacts, options: PlanOptions): HostPlan;
  encodePlan(plan: HostPlan): string;
  /** The commands carrying one plan (or none: preflight) for every host they are sent to. */
  hostCommands(mode: HostMode, planText?: string): string[];
  /**
   * Several hosts' plans packed into as few commands as fit (src/host/command.ts packHostCommands):
   * at most 50 instances each, within the command size limit; each host runs the plan for its own
   * instance id. Absent: one command per host (hostCommands).
   */
  packHostCommands?(mode: HostMode, plans: PlanForHost[]): { instanceIds: string[]; commands: string[] }[];
  /** The release template (input converge; src/stack/release-template.ts): absent, converge is refused. */
  releaseTemplate?: ReleaseTemplater;
}

/** Host-neutral plans for hosts that join (src/stack/release-template.ts, src/host). */
export interface ReleaseTemplater {
  /** Sentinel host facts: a plan built with them is the template of every host's plan. */
  facts(stackName: string): HostFacts;
  /** The template text of a plan built with `facts`; throws saying why a plan cannot be one. */
  encode(plan: HostPlan): string;
  /** The association's commands: host mode converge reading the record `recordName`. */
  convergeCommands(options: { recordName: string; lockName: string; region: string; endpoint?: string; waitSeconds: number }): string[];
}

/** What the build step hands over (absent build: the document is deployed as given). */
export interface PreparedRelease {
  document: StackDocument;
  /** Repository -> tag written into the document (OpsWorks: merged into the stack's Custom JSON). */
  tags: Record<string, string>;
  /** Repository -> full reference and digest, for outputs and records. */
  images: Record<string, string>;
  digests: Record<string, string>;
  /** The document names the digests, not the tags (input pin-digest): the OpsWorks Custom JSON gets them too. */
  pinDigest?: boolean;
}

export interface DeployPorts {
  hosts: HostRunner;
  parameters: ParameterStorePort;
  planner: Planner;
  opsworks?: OpsWorksPort;
  /** State Manager (input converge): absent, a deploy with converge on is refused before any host changes. */
  associations?: AssociationPort;
  notifier?: DeployNotifier;
  /** Rollbar's items, for the canary with a read token (absent: the canary judges on haproxy alone). */
  rollbarItems?: RollbarItemsReader;
  recorder?: DeployRecorder;
  /** Build, push and merge the new tags (after the lock is taken). */
  build?: (log: ProgressLog) => Promise<PreparedRelease>;
  now?: () => number;
  /** Waits (the fleet lock's retries, batch-wait-seconds); default a timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Called once the lock is held / released, so a cancelled job's post step knows what to clean. */
  onLockTaken?: (lock: { name: string; deployId: string }) => void;
  onRecordStarted?: (record: { githubDeploymentId?: number; rollbarDeployId?: string }) => void;
  /** Told whenever what a cancel must finish changes (src/deploy/cancel.ts): the action's post step and the CLI keep it. */
  onCheckpoint?: (checkpoint: CancelCheckpoint) => void;
}

/** What restoring a recorded release reads (src/deploy/rollback.ts restoreRelease). */
export interface RestoreTools {
  /** `git show <commit>:<path>`; throws with what to fix when the commit or file is not there. */
  readAtCommit(commit: string, path: string): Promise<string>;
  /**
   * The Stack JSON as it is now (the checkout), for a release the hosts remember without its commit.
   * Absent: such a release cannot be restored.
   */
  readCurrent?(path: string): Promise<string>;
  /** The tag merge; default the core's mergeImageTags (src/stack/merge.ts). */
  mergeImageTags?(
    text: string,
    updates: { image: string; tag: string; digest?: string }[],
    options: { pin: boolean },
  ): { text: string; changed: { app: string; definition: string }[]; unusedImages: string[] };
}

// ---------------------------------------------------------------------------------------------
// The build step's ports (src/deploy/build.ts)

export interface BuildRequest {
  context: string;
  dockerfile: string;
  tags: string[];
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  target?: string;
  platforms?: string[];
}

/** What the build needs from docker (src/adapters/docker.ts implements it). */
export interface ImageBuilderPort {
  hasBuildx(): Promise<boolean>;
  login(registry: string, username: string, password: string): Promise<void>;
  /** Builds; a multi-platform build pushes too and returns the pushed digest. */
  build(request: BuildRequest): Promise<{ pushedDigest?: string }>;
  /** Returns the digest push reported. */
  push(reference: string): Promise<string>;
  pull(reference: string): Promise<void>;
  tag(source: string, target: string): Promise<void>;
  retagRemote(source: string, targets: string[]): Promise<void>;
}

/** What the build needs from the registry (src/adapters/registry.ts implements it). */
export interface TagLookupPort {
  /** Digest of image:tag, undefined when the tag does not exist. */
  manifestDigest(image: string, tag: string): Promise<string | undefined>;
  /** Whether the registry accepts the build's credentials (its own login handshake). */
  checkCredentials(registry: string): Promise<boolean>;
}

export interface BuildPorts {
  docker: ImageBuilderPort;
  registry: TagLookupPort;
  log: ProgressLog;
  sleep?: (ms: number) => Promise<void>;
}
