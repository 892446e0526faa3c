// OpsWorks Stacks (retired by AWS in 2024, still spoken by stacks that migrate): stacks, apps, layers,
// instances and deployments with state. A deployment's per-instance part is decided by the seed's
// `onDeployment` hook (default: success) or a fault, after `deploymentMs`.
import { randomUUID } from 'node:crypto';
import { AwsError, validation } from './errors.js';
import type { Faults } from './faults.js';
import { type Body, optionalString, optionalStringList, requiredString } from './input.js';
import type { ManagedInstance, OpsWorksCommand, OpsWorksDeployment, OpsWorksInstance, OpsWorksSeed, OpsWorksState } from './types.js';

const COMMANDS = [
  'install_dependencies',
  'update_dependencies',
  'update_custom_cookbooks',
  'execute_recipes',
  'configure',
  'setup',
  'deploy',
  'rollback',
  'start',
  'stop',
  'restart',
  'undeploy',
];

export class OpsWorks {
  readonly state: OpsWorksState;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly seed: OpsWorksSeed | undefined,
    private readonly faults: Faults,
    private readonly accountId: string,
  ) {
    this.state = {
      stacks: (seed?.stacks ?? []).map((stack) => ({ ...stack })),
      apps: (seed?.apps ?? []).map((app) => ({ ...app })),
      layers: (seed?.layers ?? []).map((layer) => ({ ...layer })),
      instances: (seed?.instances ?? []).map((instance) => ({ ...instance, LayerIds: [...instance.LayerIds] })),
      deployments: [],
      commands: [],
    };
  }

  describeStacks(body: Body, region: string): { Stacks: unknown[] } {
    const ids = optionalStringList(body, 'StackIds');
    const stacks = ids ? ids.map((id) => this.stack(id)) : this.state.stacks;
    return {
      Stacks: stacks.map((stack) => ({
        StackId: stack.StackId,
        Name: stack.Name,
        Arn: stack.Arn ?? `arn:aws:opsworks:${stack.Region ?? region}:${this.accountId}:stack/${stack.StackId}/`,
        Region: stack.Region ?? region,
        CustomJson: stack.CustomJson ?? '',
        UseCustomCookbooks: true,
        ConfigurationManager: { Name: 'Chef', Version: '12' },
        DefaultOs: 'Amazon Linux 2',
        CreatedAt: '2015-03-01T10:00:00+00:00',
      })),
    };
  }

  updateStack(body: Body): Record<string, never> {
    const stack = this.stack(requiredString(body, 'StackId'));
    const customJson = optionalString(body, 'CustomJson');
    if (customJson !== undefined) {
      checkJson(customJson);
      stack.CustomJson = customJson;
    }
    const name = optionalString(body, 'Name');
    if (name !== undefined) stack.Name = name;
    return {};
  }

  describeApps(body: Body): { Apps: unknown[] } {
    const stackId = optionalString(body, 'StackId');
    const appIds = optionalStringList(body, 'AppIds');
    oneOf({ StackId: stackId, AppIds: appIds });
    if (stackId !== undefined) this.stack(stackId);
    const apps = appIds
      ? appIds.map((id) => this.state.apps.find((app) => app.AppId === id) ?? notFound(`Unable to find app with ID ${id}`))
      : this.state.apps.filter((app) => app.StackId === stackId);
    return { Apps: apps.map((app) => ({ Shortname: app.Name.toLowerCase().replace(/[^a-z0-9]+/g, '_'), Type: 'other', ...app })) };
  }

  describeLayers(body: Body): { Layers: unknown[] } {
    const stackId = optionalString(body, 'StackId');
    const layerIds = optionalStringList(body, 'LayerIds');
    oneOf({ StackId: stackId, LayerIds: layerIds });
    if (stackId !== undefined) this.stack(stackId);
    const layers = layerIds
      ? layerIds.map((id) => this.state.layers.find((layer) => layer.LayerId === id) ?? notFound(`Unable to find layer with ID ${id}`))
      : this.state.layers.filter((layer) => layer.StackId === stackId);
    return {
      Layers: layers.map((layer) => ({ Shortname: layer.Name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), Type: 'custom', ...layer })),
    };
  }

  describeInstances(body: Body): { Instances: unknown[] } {
    const stackId = optionalString(body, 'StackId');
    const layerId = optionalString(body, 'LayerId');
    const instanceIds = optionalStringList(body, 'InstanceIds');
    oneOf({ StackId: stackId, LayerId: layerId, InstanceIds: instanceIds });
    if (stackId !== undefined) this.stack(stackId);
    if (layerId !== undefined && !this.state.layers.some((layer) => layer.LayerId === layerId))
      notFound(`Unable to find layer with ID ${layerId}`);
    const instances = instanceIds
      ? instanceIds.map((id) => this.instance(id))
      : this.state.instances.filter((instance) => (stackId ? instance.StackId === stackId : instance.LayerIds.includes(layerId ?? '')));
    return { Instances: instances.map((instance) => ({ ...instance, LayerIds: [...instance.LayerIds] })) };
  }

  /**
   * The EC2 instance behind OpsWorks instances left (terminated outside OpsWorks): OpsWorks keeps the record,
   * `terminated`, and deploys no more to it (deployments go to `online` instances only).
   */
  ec2InstanceLeft(ec2InstanceId: string): void {
    for (const instance of this.state.instances) if (instance.Ec2InstanceId === ec2InstanceId) instance.Status = 'terminated';
  }

  createDeployment(body: Body): { DeploymentId: string } {
    const stack = this.stack(requiredString(body, 'StackId'));
    const appId = optionalString(body, 'AppId');
    const command = body.Command as Body | undefined;
    const name = command && typeof command.Name === 'string' ? command.Name : undefined;
    if (!name || !COMMANDS.includes(name)) {
      throw validation(
        `1 validation error detected: Value '${String(name)}' at 'command.name' failed to satisfy constraint: Member must satisfy enum value set: [${COMMANDS.join(', ')}]`,
      );
    }
    const args = command?.Args as Record<string, string[]> | undefined;
    if (['deploy', 'rollback', 'undeploy'].includes(name) && appId === undefined)
      throw validation(`The ${name} command requires an AppId.`);
    if (appId !== undefined && !this.state.apps.some((app) => app.AppId === appId && app.StackId === stack.StackId)) {
      notFound(`Unable to find app with ID ${appId}`);
    }
    const customJson = optionalString(body, 'CustomJson');
    if (customJson !== undefined) checkJson(customJson);
    const instances = this.deploymentTargets(stack.StackId, optionalStringList(body, 'InstanceIds'), optionalStringList(body, 'LayerIds'));
    const comment = optionalString(body, 'Comment');
    const deployment: OpsWorksDeployment = {
      DeploymentId: randomUUID(),
      StackId: stack.StackId,
      CreatedAt: opsworksTime(new Date()),
      Command: args ? { Name: name, Args: args } : { Name: name },
      Status: 'running',
      InstanceIds: instances.map((instance) => instance.InstanceId),
    };
    if (appId !== undefined) deployment.AppId = appId;
    if (comment !== undefined) deployment.Comment = comment;
    if (customJson !== undefined) deployment.CustomJson = customJson;
    this.state.deployments.push(deployment);
    const commands = instances.map((instance) => this.startCommand(deployment, instance));
    if (commands.length === 0) this.complete(deployment);
    return { DeploymentId: deployment.DeploymentId };
  }

  describeDeployments(body: Body): { Deployments: unknown[] } {
    const stackId = optionalString(body, 'StackId');
    const appId = optionalString(body, 'AppId');
    const ids = optionalStringList(body, 'DeploymentIds');
    oneOf({ StackId: stackId, AppId: appId, DeploymentIds: ids });
    const deployments = ids
      ? ids.map(
          (id) =>
            this.state.deployments.find((deployment) => deployment.DeploymentId === id) ??
            notFound(`Unable to find deployment with ID ${id}`),
        )
      : this.state.deployments.filter((deployment) => (stackId ? deployment.StackId === stackId : deployment.AppId === appId)).reverse();
    return { Deployments: deployments.map((deployment) => ({ ...deployment })) };
  }

  describeCommands(body: Body): { Commands: unknown[] } {
    const deploymentId = optionalString(body, 'DeploymentId');
    const instanceId = optionalString(body, 'InstanceId');
    const ids = optionalStringList(body, 'CommandIds');
    oneOf({ DeploymentId: deploymentId, InstanceId: instanceId, CommandIds: ids });
    if (deploymentId !== undefined && !this.state.deployments.some((deployment) => deployment.DeploymentId === deploymentId)) {
      notFound(`Unable to find deployment with ID ${deploymentId}`);
    }
    const commands = ids
      ? ids.map((id) => this.state.commands.find((command) => command.CommandId === id) ?? notFound(`Unable to find command with ID ${id}`))
      : this.state.commands.filter((command) => (deploymentId ? command.DeploymentId === deploymentId : command.InstanceId === instanceId));
    return { Commands: commands.map((command) => ({ ...command })) };
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private deploymentTargets(stackId: string, instanceIds: string[] | undefined, layerIds: string[] | undefined): OpsWorksInstance[] {
    if (instanceIds && instanceIds.length > 0) {
      return instanceIds.map((id) => {
        const instance = this.instance(id);
        if (instance.StackId !== stackId) throw validation(`Instance ${id} does not belong to stack ${stackId}`);
        return instance;
      });
    }
    const online = this.state.instances.filter((instance) => instance.StackId === stackId && instance.Status === 'online');
    if (layerIds && layerIds.length > 0) {
      for (const id of layerIds)
        if (!this.state.layers.some((layer) => layer.LayerId === id)) notFound(`Unable to find layer with ID ${id}`);
      return online.filter((instance) => instance.LayerIds.some((id) => layerIds.includes(id)));
    }
    return online;
  }

  private startCommand(deployment: OpsWorksDeployment, instance: OpsWorksInstance): OpsWorksCommand {
    const command: OpsWorksCommand = {
      CommandId: randomUUID(),
      InstanceId: instance.InstanceId,
      DeploymentId: deployment.DeploymentId,
      CreatedAt: opsworksTime(new Date()),
      Status: 'pending',
      LogUrl: `https://opsworks-instance-logs.s3.amazonaws.com/${deployment.StackId}/${instance.InstanceId}/${deployment.DeploymentId}.log`,
      Type: deployment.Command.Name,
    };
    this.state.commands.push(command);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      command.AcknowledgedAt = opsworksTime(new Date());
      void this.decide(deployment, instance).then((status) => {
        command.Status = status;
        command.ExitCode = status === 'successful' ? 0 : 1;
        command.CompletedAt = opsworksTime(new Date());
        this.complete(deployment);
      });
    }, this.seed?.deploymentMs ?? 300);
    this.timers.add(timer);
    return command;
  }

  private async decide(deployment: OpsWorksDeployment, instance: OpsWorksInstance): Promise<'successful' | 'failed'> {
    if (this.faults.opsworksFailsOn(instance.InstanceId, instance.Ec2InstanceId ?? '')) return 'failed';
    if (!this.seed?.onDeployment) return 'successful';
    try {
      return await this.seed.onDeployment(deployment, instance);
    } catch {
      return 'failed';
    }
  }

  /** A deployment ends when every instance's command has; it failed if any of them did. */
  private complete(deployment: OpsWorksDeployment): void {
    const commands = this.state.commands.filter((command) => command.DeploymentId === deployment.DeploymentId);
    if (commands.some((command) => command.Status === 'pending')) return;
    deployment.Status = commands.some((command) => command.Status === 'failed') ? 'failed' : 'successful';
    const completed = new Date();
    deployment.CompletedAt = opsworksTime(completed);
    deployment.Duration = Math.max(0, Math.round((completed.getTime() - Date.parse(deployment.CreatedAt)) / 1000));
  }

  private stack(id: string) {
    return this.state.stacks.find((stack) => stack.StackId === id) ?? notFound(`Unable to find stack with ID ${id}`);
  }

  private instance(id: string): OpsWorksInstance {
    return this.state.instances.find((instance) => instance.InstanceId === id) ?? notFound(`Unable to find instance with ID ${id}`);
  }
}

function notFound(message: string): never {
  throw new AwsError('ResourceNotFoundException', message);
}

/** OpsWorks describe calls take exactly one of their selectors. */
function oneOf(selectors: Record<string, unknown>): void {
  const given = Object.entries(selectors).filter(([, value]) => value !== undefined);
  if (given.length !== 1) {
    throw validation(`Please provide exactly one of ${Object.keys(selectors).join(', ')}`);
  }
}

function checkJson(text: string): void {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
  } catch {
    throw validation('Custom JSON must be a valid JSON object.');
  }
}

/** OpsWorks gives dates as strings like `2026-11-25T12:00:00+00:00`. */
function opsworksTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** A managed instance that joined a stack's layers as an OpsWorks instance (online): push it to `opsworksState.instances`. */
export function opsworksInstanceOf(
  instance: Pick<ManagedInstance, 'instanceId' | 'hostname' | 'ipAddress'>,
  place: { StackId: string; LayerIds: string[]; InstanceId?: string },
): OpsWorksInstance {
  return {
    InstanceId: place.InstanceId ?? randomUUID(),
    StackId: place.StackId,
    Ec2InstanceId: instance.instanceId,
    Hostname: instance.hostname,
    Status: 'online',
    PublicIp: instance.ipAddress,
    PrivateIp: instance.ipAddress,
    LayerIds: [...place.LayerIds],
  };
}
