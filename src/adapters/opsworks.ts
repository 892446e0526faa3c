// OpsWorks Stacks (legacy, retired by AWS in 2024) through an OpsWorksClient, for stacks that still
// speak it. Thin: the pipeline decides; this file only maps calls and waits for a deployment.
import {
  CreateDeploymentCommand,
  DescribeCommandsCommand,
  DescribeDeploymentsCommand,
  DescribeInstancesCommand,
  DescribeLayersCommand,
  DescribeStacksCommand,
  UpdateStackCommand,
  type OpsWorksClient,
} from '@aws-sdk/client-opsworks';
import type { OpsWorksPort, TargetHost } from '../deploy/ports.js';

export interface OpsWorksAdapterOptions {
  pollIntervalMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export function createOpsWorks(client: OpsWorksClient, options: OpsWorksAdapterOptions): OpsWorksPort {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  return {
    async describeStack(stackId) {
      const out = await client.send(new DescribeStacksCommand({ StackIds: [stackId] }));
      const stack = out.Stacks?.[0];
      if (!stack) throw new Error(`OpsWorks stack ${stackId} not found (input stack-id)`);
      return { name: stack.Name ?? stackId, customJson: stack.CustomJson ?? '' };
    },

    async onlineInstances(stackId, layerIds) {
      const layers = await client.send(new DescribeLayersCommand(layerIds.length > 0 ? { LayerIds: layerIds } : { StackId: stackId }));
      const names = new Map((layers.Layers ?? []).map((l) => [l.LayerId ?? '', l.Shortname ?? l.Name ?? l.LayerId ?? '']));
      const unknown = layerIds.filter((id) => !names.has(id));
      if (unknown.length > 0) throw new Error(`OpsWorks layer(s) not found in stack ${stackId}: ${unknown.join(', ')} (input layer-ids)`);
      const hosts = new Map<string, TargetHost>();
      const queries = layerIds.length > 0 ? layerIds.map((id) => ({ LayerId: id })) : [{ StackId: stackId }];
      for (const query of queries) {
        const out = await client.send(new DescribeInstancesCommand(query));
        for (const instance of out.Instances ?? []) {
          if (instance.Status !== 'online' || !instance.Ec2InstanceId || !instance.InstanceId) continue;
          const layer = instance.LayerIds?.find((id) => names.has(id));
          hosts.set(instance.InstanceId, {
            instanceId: instance.Ec2InstanceId,
            opsworksInstanceId: instance.InstanceId,
            hostname: instance.Hostname ?? instance.Ec2InstanceId,
            publicIp: instance.PublicIp ?? '',
            ...(layer ? { group: names.get(layer) ?? layer } : {}),
          });
        }
      }
      return [...hosts.values()];
    },

    async createDeployment(input) {
      const out = await client.send(
        new CreateDeploymentCommand({
          StackId: input.stackId,
          ...(input.appId ? { AppId: input.appId } : {}),
          InstanceIds: input.instanceIds,
          Command: { Name: input.command.name as never, ...(input.command.args ? { Args: input.command.args } : {}) },
          Comment: input.comment,
          CustomJson: input.customJson,
        }),
      );
      if (!out.DeploymentId) throw new Error('CreateDeployment answered without a DeploymentId');
      return out.DeploymentId;
    },

    async waitDeployment(deploymentId, deadline) {
      for (;;) {
        const out = await client.send(new DescribeDeploymentsCommand({ DeploymentIds: [deploymentId] }));
        const status = out.Deployments?.[0]?.Status;
        if (status === 'successful') return { status: 'successful', commands: [] };
        if (status === 'failed' || now() >= deadline) {
          const commands = await client.send(new DescribeCommandsCommand({ DeploymentId: deploymentId }));
          return {
            status: status === 'failed' ? 'failed' : 'timeout',
            commands: (commands.Commands ?? []).map((c) => ({
              instanceId: c.InstanceId ?? '',
              status: c.Status ?? 'unknown',
              ...(c.LogUrl ? { logUrl: c.LogUrl } : {}),
            })),
          };
        }
        await sleep(Math.max(0, Math.min(options.pollIntervalMs, deadline - now())));
      }
    },

    async updateStackCustomJson(stackId, customJson) {
      await client.send(new UpdateStackCommand({ StackId: stackId, CustomJson: customJson }));
    },
  };
}
