// The fake's public shapes. OpsWorks records use the API's own field names so they are returned as AWS returns them.
import type { Latency } from './latency.js';

/** A host the fake's SSM Run Command can reach: the world's simulated EC2 hosts, or simulated ones for benches. */
export interface ManagedInstance {
  instanceId: string;
  hostname: string;
  ipAddress: string;
  tags: Record<string, string>;
  /**
   * Runs the AWS-RunShellScript `commands` (one script, lines in order, like the SSM agent) and resolves with
   * its exit code and full output. `signal` aborts on cancel or execution timeout: stop the script then.
   * `env` is what the SSM agent adds to the script's environment for Run Command (AWS_SSM_INSTANCE_ID,
   * AWS_SSM_REGION_NAME): one command sent to several instances tells each which one it runs on.
   */
  run(commands: string[], opts: RunOptions): Promise<RunOutcome>;
}

export interface RunOptions {
  timeoutSeconds: number;
  signal: AbortSignal;
  env: Record<string, string>;
}

export interface RunOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Set by instances that enforce timeoutSeconds themselves: the fake then reports ExecutionTimedOut. */
  timedOut?: boolean;
  /** The instance left while (or before) running it (InstanceRegistry.remove): the fake reports Failed/Undeliverable. */
  undeliverable?: boolean;
}

export interface OpsWorksStack {
  StackId: string;
  Name: string;
  Region?: string;
  CustomJson?: string;
  Arn?: string;
}

export interface OpsWorksApp {
  AppId: string;
  StackId: string;
  Name: string;
  Shortname?: string;
  Type?: string;
}

export interface OpsWorksLayer {
  LayerId: string;
  StackId: string;
  Name: string;
  Shortname?: string;
  Type?: string;
}

export interface OpsWorksInstance {
  InstanceId: string;
  StackId: string;
  Ec2InstanceId?: string;
  Hostname: string;
  /** `online`, `stopped`, `setup_failed`, ... */
  Status: string;
  PublicIp?: string;
  PrivateIp?: string;
  LayerIds: string[];
}

export interface OpsWorksSeed {
  stacks: OpsWorksStack[];
  apps?: OpsWorksApp[];
  layers?: OpsWorksLayer[];
  instances?: OpsWorksInstance[];
  /** How long an instance's part of a deployment runs before it is decided (default 300 ms). */
  deploymentMs?: number;
  /**
   * Decides one instance's part of a deployment (the recipes the real agent would run). Default: successful,
   * unless `faults.opsworksDeploymentFails` names the instance.
   */
  onDeployment?: (deployment: OpsWorksDeployment, instance: OpsWorksInstance) => Promise<'successful' | 'failed'>;
}

export interface OpsWorksDeployment {
  DeploymentId: string;
  StackId: string;
  AppId?: string;
  CreatedAt: string;
  CompletedAt?: string;
  Duration?: number;
  Comment?: string;
  Command: { Name: string; Args?: Record<string, string[]> };
  Status: 'running' | 'successful' | 'failed';
  CustomJson?: string;
  InstanceIds: string[];
}

export interface OpsWorksCommand {
  CommandId: string;
  InstanceId: string;
  DeploymentId: string;
  CreatedAt: string;
  AcknowledgedAt?: string;
  CompletedAt?: string;
  Status: 'pending' | 'successful' | 'failed' | 'skipped';
  ExitCode?: number;
  LogUrl: string;
  Type: string;
}

export interface OpsWorksState {
  stacks: OpsWorksStack[];
  apps: OpsWorksApp[];
  layers: OpsWorksLayer[];
  instances: OpsWorksInstance[];
  deployments: OpsWorksDeployment[];
  commands: OpsWorksCommand[];
}

export interface StoredParameter {
  value: string;
  type: 'String' | 'StringList' | 'SecureString';
  version: number;
  /** Default Standard: tests may seed `parameters` with just value, type and version. */
  tier?: 'Standard' | 'Advanced';
  lastModified?: Date;
  keyId?: string;
  description?: string;
}

export interface RecordedRequest {
  /** `AmazonSSM.SendCommand`, `OpsWorks_20130218.CreateDeployment`, or what the client sent. */
  target: string;
  body: unknown;
  /** Epoch ms. */
  at: number;
  /** HTTP status the fake answered with. */
  status?: number;
  /** The error `__type`, when it answered with one. */
  error?: string;
}

export interface FakeAwsOptions {
  instances: ManagedInstance[];
  opsworks?: OpsWorksSeed;
  /**
   * Size limit of SendCommand `Parameters` (bytes of their JSON); larger is a ValidationException.
   * Default: DEFAULT_MAX_COMMAND_BYTES of src/host/command.ts (AWS's documented 64 KB less the document's own).
   */
  maxParameterBytes?: number;
  /**
   * File the fake appends every request it receives to, one JSON line `{"target", "body"}` each (refused ones
   * too). Default: the environment variable BERTH_FAKE_AWS_LOG; no log when neither is set.
   */
  requestLog?: string;
  /** Port on 127.0.0.1; default 0 (any free port). */
  port?: number;
  /** Account id used in ARNs. */
  accountId?: string;
  /** SSM Run Command delivery delay and status lag; default DEFAULT_LATENCY (about 1 s each, like AWS). */
  latency?: Partial<Latency>;
}
