// What one deploy or rollback is asked to do, grouped by what each part is about: the release being
// shipped, the hosts it goes to (SSM or OpsWorks, chosen once), the rollout policy, and what each
// host's plan needs. The faces (action, CLI) build it from their inputs; the pipeline only reads it.
import type { DatabaseSettings, StackDocument } from '../stack/schema.js';

/** The release: what is shipped, by whom, and under which id. */
export interface ReleaseSettings {
  kind: 'deploy' | 'rollback';
  environment: string;
  version: string;
  commit: string;
  actor: string;
  runUrl: string;
  deployId: string;
  /** Path of the Stack JSON in the repository, for records. */
  stackJsonPath: string;
}

/** SSM tag targets and/or instance ids. */
export interface SsmTargets {
  instanceIds: string[];
  tags: { key: string; values: string[] }[];
}

export interface SsmTargetSettings extends SsmTargets {
  kind: 'ssm';
  /** For %{opsworks} in the document. */
  stackName: string;
}

export interface OpsWorksCommand {
  name: string;
  args?: Record<string, string[]>;
}

export interface OpsWorksTargetSettings {
  kind: 'opsworks';
  stackId: string;
  appId?: string;
  layerIds: string[];
  command: OpsWorksCommand;
  /** For %{opsworks} when the stack itself has no name. */
  stackName: string;
}

export type TargetSettings = SsmTargetSettings | OpsWorksTargetSettings;

/** Hosts per batch: a count, or a share of the fleet (`25%`: ceil(hosts x 25 / 100), at least 1). */
export type BatchSize = number | { percent: number };

/** How the rollout goes: batches, what a failure does, how long it may take, the fleet lock. */
export interface PolicySettings {
  batchSize: BatchSize;
  /** Seconds to wait after each successful batch before the next one starts (absent: 0). */
  batchWaitSeconds?: number;
  failurePolicy: 'rollback' | 'stop';
  timeoutMinutes: number;
  force: boolean;
  manual: string[];
  lockName: string;
  lockWaitSeconds: number;
  /** Rollback: never run the migration again. */
  skipMigration?: boolean;
  /** Rollback: use images still on the hosts. */
  preferLocalImages?: boolean;
  /**
   * Rollback to a release the hosts' records know: instance id -> the deploy id whose recorded plan
   * the host rolls out again (host restore mode), instead of a plan of the document.
   */
  restoreRecords?: Record<string, string>;
}

/** What every host's plan needs besides the document. */
export interface HostSettings {
  secretsPrefix: string;
  /** The host root when a host does not report its own. */
  hostRoot: string;
  keepImages: number;
  /** App name -> database settings (the database input); else the document's own. */
  databases?: Record<string, DatabaseSettings>;
  /** Image of data-only containers (must be pullable by, or present on, the hosts). */
  dataVolumeImage: string;
  /** Seconds a host waits for its own rollout lock (another rollout on the same host). */
  hostLockTimeout?: number;
  region: string;
  hostAwsEndpoint?: string;
}

/** Input converge (ssm target): the release record and the State Manager association for hosts that join. */
export interface ConvergeSettings {
  /** `/berth/<environment>`: the record's head is `<prefix>/release` (src/deploy/release-record.ts). */
  recordPrefix: string;
  /** The association's name, one per environment. */
  associationName: string;
  /** MaxConcurrency of the association's runs ("25%" or a count). */
  concurrency: string;
  /** Minutes between scheduled runs that repair drift; 0: none. */
  driftRepairMinutes: number;
}

/** What decides a canary: the limits of src/deploy/canary-verdict.ts. */
export interface CanaryThresholds {
  /** Fewest requests the new copies must get in the bake (in total) to be judged on enough traffic. */
  minRequests: number;
  /** Below minRequests: the host baked longer (wait) and it is still below, pass with a warning, or fail. */
  lowTraffic: 'wait' | 'pass' | 'fail';
  /** Compared: new 5xx% (and errors%) at most old's + this many percentage points. */
  max5xxPoints: number;
  /** Compared: new average response time at most this many times old's. */
  maxResponseRatio: number;
  /** Nothing to compare (one copy): new 5xx% (and errors%) at most this. */
  max5xxPercent: number;
  /** Nothing to compare: new average response time at most this many ms. */
  maxResponseMs: number;
  /** New Rollbar items (error, critical) of the release's code version allowed. */
  maxRollbarItems: number;
}

/**
 * Input canary-seconds > 0 (deploys only): each batch's first host gets host mode `canary` first (copy 0
 * of each balanced definition on the new release, baked, haproxy's counters), then the verdict decides.
 */
export interface CanarySettings {
  /** The bake: at least this long. */
  seconds: number;
  /** The longest bake when the traffic is low (`wait`); equal to `seconds` for `pass` and `fail`. */
  maxWaitSeconds: number;
  thresholds: CanaryThresholds;
  /** Rollbar's new items for the release's code version, read with the read token, per environment. */
  rollbar?: { token: string; codeVersion: string; environments: string[] };
}

export interface DeploySettings {
  release: ReleaseSettings;
  target: TargetSettings;
  policy: PolicySettings;
  host: HostSettings;
  /** Input converge on (ssm target only): after success, the release record and the association. */
  converge?: ConvergeSettings;
  /** Input canary-seconds > 0 (deploys only): a canary on each batch's first host. */
  canary?: CanarySettings;
  /** The document to deploy (ssm: from the repository; opsworks: ignored, the stack's Custom JSON is used). */
  document?: StackDocument;
  /** The document the fleet ran before, to roll back to; absent: derived from each host's state. */
  previousDocument?: StackDocument;
  rollbarToken?: string;
  /**
   * Secret values given outside the document (github-token, registry-password, rollbar-token, the
   * database input's password, Rollbar tokens read on the runner): a plain env value equal to one is staged.
   */
  secretValues?: string[];
  signal?: AbortSignal;
}
