// The local AWS: one HTTP server speaking AWS JSON 1.1 for the OpsWorks, SSM Run Command, State Manager and
// Parameter Store operations berth uses, driven by the real SDK v3 clients (endpoint override, dummy credentials, any region).
import { AwsError } from './aws/errors.js';
import { Faults } from './aws/faults.js';
import { InstanceRegistry } from './aws/instance-registry.js';
import { OpsWorks } from './aws/opsworks.js';
import { installedModels } from './aws/models.js';
import { ParameterStore } from './aws/parameters.js';
import { validateRequest } from './aws/request-validation.js';
import { type Handler, serveAwsJson } from './aws/server.js';
import { AssociationEngine } from './aws/ssm-associations.js';
import { CommandEngine } from './aws/ssm-commands.js';
import { describeInstanceInformation } from './aws/ssm-instances.js';
import { type Latency, latencyOf } from './aws/latency.js';
import type { FakeAwsOptions, OpsWorksState, RecordedRequest, StoredParameter } from './aws/types.js';

export { Faults } from './aws/faults.js';
export { InstanceRegistry } from './aws/instance-registry.js';
export { opsworksInstanceOf } from './aws/opsworks.js';
export type { DeliveryTimeoutFault } from './aws/faults.js';
export { simulatedInstance } from './aws/simulated-instance.js';
export type { SimulatedInstance, SimulatedInstanceOptions } from './aws/simulated-instance.js';
export { shellInstance } from './aws/shell-instance.js';
export { managedInstanceOf } from './aws/from-host.js';
export type { HostLike } from './aws/from-host.js';
export type { ShellInstanceOptions } from './aws/shell-instance.js';
export { validateRequest } from './aws/request-validation.js';
export { readRequestLog } from './aws/request-log.js';
export type { LoggedRequest } from './aws/request-log.js';
export { DEFAULT_LATENCY, NO_LATENCY } from './aws/latency.js';
export type { Latency } from './aws/latency.js';
export { STDERR_LIMIT, STDOUT_LIMIT, PLUGIN_OUTPUT_LIMIT } from './aws/ssm-output.js';
export type * from './aws/types.js';

export interface FakeAws {
  /** `http://127.0.0.1:PORT`: pass as `endpoint` to the SDK clients and `--endpoint-url` to the AWS CLI. */
  endpoint: string;
  /** Every request received, in order (throttled and failed ones too). */
  requests: RecordedRequest[];
  faults: Faults;
  /** Parameter Store contents, by name; tests may read and seed it directly. */
  parameters: Map<string, StoredParameter>;
  opsworksState: OpsWorksState;
  /**
   * The managed instances, live: `add(managedInstanceOf(host))` when a host joins, `remove(id)` when it leaves
   * (DescribeInstanceInformation and SendCommand targets follow; its unfinished invocations end Failed/Undeliverable;
   * OpsWorks instances on that EC2 instance turn `terminated`).
   */
  instances: InstanceRegistry;
  /** The Run Command latency in effect (options.latency over DEFAULT_LATENCY). */
  latency: Latency;
  /**
   * State Manager's schedule, fired by the test instead of a clock: every association with a ScheduleExpression
   * runs now on all its current targets. Returns the new executions' ids.
   */
  runScheduledAssociations(): string[];
  /**
   * Resolves once every association run started so far (only those on `instanceId`, when given) has ended and
   * its results show (status lag included); rejects after `timeoutMs` (default 120 s) naming the open executions.
   */
  associationRunsSettled(options?: { instanceId?: string; timeoutMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

const ACCOUNT_ID = '123456789012';

export async function startFakeAws(options: FakeAwsOptions): Promise<FakeAws> {
  // Throws when an instance id is given twice.
  const instances = new InstanceRegistry(options.instances);
  const accountId = options.accountId ?? ACCOUNT_ID;
  const latency = latencyOf(options.latency);
  const faults = new Faults();
  const requests: RecordedRequest[] = [];
  const parameters = new Map<string, StoredParameter>();
  const store = new ParameterStore(parameters);
  const engine = new CommandEngine({
    instances: instances.live,
    faults,
    maxParameterBytes: options.maxParameterBytes,
    accountId,
    latency,
  });
  const associations = new AssociationEngine({
    instances: instances.live,
    commands: engine,
    accountId,
    maxParameterBytes: options.maxParameterBytes,
  });
  // Registered instances were there before any association: only later joins trigger runs.
  instances.onJoined((instance) => associations.instanceJoined(instance));
  const opsworks = new OpsWorks(options.opsworks, faults, accountId);
  instances.onLeft((instanceId) => opsworks.ec2InstanceLeft(instanceId));
  const startedAt = new Date();

  const handlers: Record<string, Handler> = {
    'AmazonSSM.PutParameter': (body) => store.put(body),
    'AmazonSSM.GetParameter': (body, caller) => store.get(body, { region: caller.region, accountId }),
    'AmazonSSM.GetParameters': (body, caller) => store.getMany(body, { region: caller.region, accountId }),
    'AmazonSSM.GetParametersByPath': (body, caller) => store.byPath(body, { region: caller.region, accountId }),
    'AmazonSSM.DeleteParameter': (body) => store.delete(body),
    'AmazonSSM.DeleteParameters': (body) => store.deleteMany(body),
    'AmazonSSM.SendCommand': (body, caller) => engine.send(body, caller.region),
    'AmazonSSM.ListCommands': (body) => engine.list(body),
    'AmazonSSM.ListCommandInvocations': (body) => engine.listInvocations(body),
    'AmazonSSM.GetCommandInvocation': (body) => engine.getInvocation(body),
    'AmazonSSM.CancelCommand': (body) => engine.cancel(body),
    'AmazonSSM.CreateAssociation': (body, caller) => associations.create(body, caller.region),
    'AmazonSSM.UpdateAssociation': (body, caller) => associations.update(body, caller.region),
    'AmazonSSM.DeleteAssociation': (body) => associations.delete(body),
    'AmazonSSM.DescribeAssociation': (body) => associations.describe(body),
    'AmazonSSM.ListAssociations': (body) => associations.list(body),
    'AmazonSSM.DescribeAssociationExecutions': (body) => associations.describeExecutions(body),
    'AmazonSSM.DescribeAssociationExecutionTargets': (body) => associations.describeExecutionTargets(body),
    'AmazonSSM.DescribeInstanceInformation': (body) => describeInstanceInformation(instances.list(), body, startedAt),
    'OpsWorks_20130218.DescribeStacks': (body, caller) => opsworks.describeStacks(body, caller.region),
    'OpsWorks_20130218.UpdateStack': (body) => opsworks.updateStack(body),
    'OpsWorks_20130218.DescribeApps': (body) => opsworks.describeApps(body),
    'OpsWorks_20130218.DescribeLayers': (body) => opsworks.describeLayers(body),
    'OpsWorks_20130218.DescribeInstances': (body) => opsworks.describeInstances(body),
    'OpsWorks_20130218.CreateDeployment': (body) => opsworks.createDeployment(body),
    'OpsWorks_20130218.DescribeDeployments': (body) => opsworks.describeDeployments(body),
    'OpsWorks_20130218.DescribeCommands': (body) => opsworks.describeCommands(body),
  };

  // Read once here: a machine without the models fails at start, naming the package to install.
  const models = installedModels();
  const server = await serveAwsJson({
    handlers,
    faults,
    requests,
    port: options.port ?? 0,
    validate: (target, body) => validateRequest(target, body, { models, maxParameterBytes: options.maxParameterBytes }),
    requestLog: options.requestLog ?? (process.env.BERTH_FAKE_AWS_LOG || undefined),
  });
  let stopped = false;
  return {
    endpoint: server.endpoint,
    requests,
    faults,
    parameters,
    opsworksState: opsworks.state,
    instances,
    latency,
    runScheduledAssociations: () => associations.runScheduled(),
    associationRunsSettled: (settleOptions) => associations.settled(settleOptions),
    async stop() {
      if (stopped) return;
      stopped = true;
      associations.stop();
      engine.stopAll();
      opsworks.stop();
      await server.close();
    },
  };
}

export { AwsError };
