// The real outside world plugged into the pipeline's ports: AWS clients (region, endpoint override,
// patient retries), docker and the registry for builds, GitHub Deployments. Loaded on demand, so a
// command that needs none of them (validate, plan) never loads the SDKs.
import type {
  AssociationPort,
  BuildPorts,
  DeployRecorder,
  HostRunner,
  OpsWorksPort,
  ParameterStorePort,
  ProgressLog,
} from '../deploy/ports.js';
import { parseHostResult } from '../host/index.js';
import { gitReader, type Env, type RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import { awsRegion } from './settings.js';

export interface AwsPorts {
  hosts: HostRunner;
  parameters: ParameterStorePort;
  /** target opsworks only. */
  opsworks?: OpsWorksPort;
  /** input converge (target ssm) only. */
  associations?: AssociationPort;
  /** When the AWS credentials expire (an assumed role's session), if they say so: recorded for the PR check's estimate. */
  credentialsExpireAt?: () => Promise<Date | undefined>;
}

/** Region and endpoint override of every AWS client. */
export function awsClientSettings(
  inputs: Pick<ActionInputs, 'awsRegion' | 'awsEndpoint'>,
  env: Env = process.env,
): { region: string; endpoint?: string } {
  return { region: awsRegion(inputs.awsRegion, env), ...(inputs.awsEndpoint ? { endpoint: inputs.awsEndpoint } : {}) };
}

/** Parameter Store alone (unlock, export, the post step). */
export async function parameterStore(client: { region: string; endpoint?: string }): Promise<ParameterStorePort> {
  const [{ createSsmClient }, { createParameterStore }] = await Promise.all([
    import('../adapters/aws-clients.js'),
    import('../adapters/parameters.js'),
  ]);
  return createParameterStore(createSsmClient(client));
}

/** Parameter Store and State Manager (converge-off). */
export async function convergePorts(client: { region: string; endpoint?: string }): Promise<{
  parameters: ParameterStorePort;
  associations: AssociationPort;
}> {
  const [{ createSsmClient }, { createParameterStore }, { createAssociations }] = await Promise.all([
    import('../adapters/aws-clients.js'),
    import('../adapters/parameters.js'),
    import('../adapters/associations.js'),
  ]);
  const ssm = createSsmClient(client);
  return { parameters: createParameterStore(ssm), associations: createAssociations(ssm) };
}

/** OpsWorks alone (export of a live stack). */
export async function opsWorks(client: { region: string; endpoint?: string }, pollIntervalMs: number): Promise<OpsWorksPort> {
  const [{ createOpsWorksClient }, { createOpsWorks }] = await Promise.all([
    import('../adapters/aws-clients.js'),
    import('../adapters/opsworks.js'),
  ]);
  return createOpsWorks(createOpsWorksClient(client), { pollIntervalMs });
}

/** SSM Run Command, Parameter Store and (target opsworks) OpsWorks for the inputs. */
export async function awsPorts(inputs: ActionInputs, log: ProgressLog): Promise<AwsPorts> {
  const { deploySsmClients } = await import('../adapters/aws-clients.js');
  const { createSsmCommandPort } = await import('../adapters/ssm.js');
  const { createParameterStore } = await import('../adapters/parameters.js');
  const { createHostRunner } = await import('../deploy/host-runner.js');
  const client = awsClientSettings(inputs);
  // Patient throttling retries for SSM (src/adapters/retry.ts) rather than the SDK's modes: berth makes
  // few calls, so adaptive's client-side rate cap only slows SendCommand when others throttle the
  // account, and standard's growing waits and retry quota slow a throttled fleet deploy down or fail it
  // (measured with bench/fleet.ts, 30% of all calls throttled: numbers in its header).
  const { ssm, pollClient } = deploySsmClients({
    ...client,
    pollIntervalMs: inputs.pollIntervalSeconds * 1000,
    timeoutMs: inputs.timeoutMinutes * 60_000,
  });
  const commands = createSsmCommandPort(ssm, { pollClient });
  const hosts = createHostRunner(commands, {
    pollIntervalMs: inputs.pollIntervalSeconds * 1000,
    parseResult: parseHostResult,
    ...(inputs.cloudwatchLogGroup ? { cloudWatchLogGroup: inputs.cloudwatchLogGroup } : {}),
    warn: (message) => log.warn(message),
  });
  const opsworks = inputs.target === 'opsworks' ? await opsWorks(client, inputs.pollIntervalSeconds * 1000) : undefined;
  const associations =
    inputs.converge && inputs.target === 'ssm' ? (await import('../adapters/associations.js')).createAssociations(ssm) : undefined;
  return {
    hosts,
    parameters: createParameterStore(ssm),
    ...(opsworks ? { opsworks } : {}),
    ...(associations ? { associations } : {}),
    ...(commands.credentialsExpireAt ? { credentialsExpireAt: commands.credentialsExpireAt } : {}),
  };
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

/** GitHub Deployments of the run's repository; undefined without a github-token or a repository. */
export async function gitHubRecorder(
  token: string,
  context: Pick<RunContext, 'owner' | 'repo' | 'apiUrl' | 'runUrl'>,
): Promise<DeployRecorder | undefined> {
  if (!token || !context.owner) return undefined;
  const { createDeployRecorder, createGitHubApi } = await import('../adapters/github.js');
  return createDeployRecorder(createGitHubApi({ baseUrl: context.apiUrl, token }), {
    owner: context.owner,
    repo: context.repo,
    ...(context.runUrl ? { logUrl: context.runUrl } : {}),
  });
}

/** Every real port of a deploy or a rollback: AWS, GitHub Deployments (given a token), git, docker for builds. */
export async function releasePorts(inputs: ActionInputs, context: RunContext, log: ProgressLog) {
  // A rollback always goes through SSM (it restores a Stack JSON): no OpsWorks client for it.
  const aws = await awsPorts(inputs.command === 'rollback' ? { ...inputs, target: 'ssm' } : inputs, log);
  const recorder = await gitHubRecorder(inputs.githubToken, context);
  return {
    ...aws,
    ...(recorder ? { recorder } : {}),
    readAtCommit: gitReader(context.workspace),
    buildPorts: dockerBuildPorts(inputs, log),
  };
}
