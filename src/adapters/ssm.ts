// SSM Run Command through an SSMClient: the CommandPort the host runner (src/deploy/host-runner.ts) drives.
// Thin on purpose: every decision (batching, polling, timeouts) lives in src/deploy/.
import {
  CancelCommandCommand,
  DescribeInstanceInformationCommand,
  GetCommandInvocationCommand,
  ListCommandInvocationsCommand,
  SendCommandCommand,
  type CommandInvocation as SdkInvocation,
  type InstanceInformationStringFilter,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import type { CommandInvocation, CommandPort, TargetHost } from '../deploy/ports.js';
import { MAX_EXECUTION_TIMEOUT_SECONDS } from '../host/command.js';
import { credentialsExpiry } from './aws-clients.js';

/** What AWS-RunShellScript's plugin is called in log stream names. */
const PLUGIN = 'aws-runShellScript';
/** ListCommandInvocations' plugin Output puts stderr after this marker. */
const ERROR_MARKER = '\n----------ERROR-------\n';

function logLocation(invocation: SdkInvocation): string | undefined {
  const group = invocation.CloudWatchOutputConfig?.CloudWatchOutputEnabled
    ? invocation.CloudWatchOutputConfig.CloudWatchLogGroupName
    : undefined;
  if (!group || !invocation.CommandId || !invocation.InstanceId) return undefined;
  return `${group} ${invocation.CommandId}/${invocation.InstanceId}/${PLUGIN}/stdout`;
}

function fromListing(invocation: SdkInvocation, details: boolean): CommandInvocation {
  const result: CommandInvocation = {
    commandId: invocation.CommandId ?? '',
    instanceId: invocation.InstanceId ?? '',
    status: invocation.Status ?? 'Pending',
  };
  const location = logLocation(invocation);
  if (location) result.logLocation = location;
  const plugin = invocation.CommandPlugins?.[0];
  if (details && plugin) {
    const output = plugin.Output ?? '';
    const cut = output.indexOf(ERROR_MARKER);
    result.stdout = cut >= 0 ? output.slice(0, cut) : output;
    if (cut >= 0) result.stderr = output.slice(cut + ERROR_MARKER.length);
    if (plugin.ResponseCode !== undefined) result.exitCode = plugin.ResponseCode;
  }
  return result;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

export interface SsmCommandPortOptions {
  /**
   * Client for the status listings of the poll loop. A lost poll round costs one poll interval, so its
   * retries must stay short (deploySsmClients: a throttled page retried within about one poll interval,
   * nothing else retried): long retries would stall every host's progress, and with the adaptive retry
   * mode they would also slow down the calls that must get through (SendCommand).
   */
  pollClient?: SSMClient;
}

export function createSsmCommandPort(client: SSMClient, options: SsmCommandPortOptions = {}): CommandPort {
  const pollClient = options.pollClient ?? client;
  return {
    async send(input) {
      // A long deploy (timeout-minutes over 2,880) is still one command: it runs for the longest AWS allows.
      const executionTimeout = Math.min(MAX_EXECUTION_TIMEOUT_SECONDS, Math.max(1, Math.ceil(input.executionTimeoutSeconds)));
      const out = await client.send(
        new SendCommandCommand({
          InstanceIds: input.instanceIds,
          DocumentName: 'AWS-RunShellScript',
          Comment: input.comment.slice(0, 100),
          Parameters: {
            commands: input.commands,
            executionTimeout: [String(executionTimeout)],
          },
          TimeoutSeconds: Math.max(30, Math.min(2_592_000, input.executionTimeoutSeconds)),
          MaxConcurrency: '50',
          MaxErrors: '100%',
          ...(input.cloudWatchLogGroup
            ? { CloudWatchOutputConfig: { CloudWatchLogGroupName: input.cloudWatchLogGroup, CloudWatchOutputEnabled: true } }
            : {}),
        }),
      );
      const id = out.Command?.CommandId;
      if (!id) throw new Error('SendCommand answered without a CommandId');
      const requestedAt = out.Command?.RequestedDateTime;
      return requestedAt ? { commandId: id, requestedAt } : { commandId: id };
    },

    async listInvocations(query) {
      const found: CommandInvocation[] = [];
      let nextToken: string | undefined;
      do {
        const out = await pollClient.send(
          new ListCommandInvocationsCommand({
            ...(query.commandId ? { CommandId: query.commandId } : {}),
            ...(query.invokedAfter && !query.commandId
              ? { Filters: [{ key: 'InvokedAfter', value: query.invokedAfter.toISOString() }] }
              : {}),
            Details: query.details,
            MaxResults: 50,
            ...(nextToken ? { NextToken: nextToken } : {}),
          }),
        );
        for (const invocation of out.CommandInvocations ?? []) found.push(fromListing(invocation, query.details));
        nextToken = out.NextToken;
      } while (nextToken);
      return found;
    },

    async getInvocation(commandId, instanceId) {
      try {
        const out = await client.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId }));
        const result: CommandInvocation = {
          commandId,
          instanceId,
          status: out.Status ?? 'Pending',
          stdout: out.StandardOutputContent ?? '',
          stderr: out.StandardErrorContent ?? '',
        };
        if (out.ResponseCode !== undefined) result.exitCode = out.ResponseCode;
        return result;
      } catch (error) {
        // Right after SendCommand the invocation may not be visible yet: not a failure.
        if (errorName(error) === 'InvocationDoesNotExist') return undefined;
        throw error;
      }
    },

    async cancel(commandId, instanceIds) {
      await client.send(new CancelCommandCommand({ CommandId: commandId, ...(instanceIds ? { InstanceIds: instanceIds } : {}) }));
    },

    async describeInstances(targets) {
      const filterSets: InstanceInformationStringFilter[][] = [];
      for (let i = 0; i < targets.instanceIds.length; i += 50) {
        filterSets.push([{ Key: 'InstanceIds', Values: targets.instanceIds.slice(i, i + 50) }]);
      }
      if (targets.tags.length > 0) {
        // Several tag filters in one call must all match (AND), as `tag:Key=v1,v2` lines mean.
        filterSets.push(targets.tags.map((tag) => ({ Key: `tag:${tag.key}`, Values: tag.values })));
      }
      const hosts = new Map<string, TargetHost>();
      for (const filters of filterSets) {
        let nextToken: string | undefined;
        do {
          const out = await client.send(
            new DescribeInstanceInformationCommand({ Filters: filters, MaxResults: 50, ...(nextToken ? { NextToken: nextToken } : {}) }),
          );
          for (const info of out.InstanceInformationList ?? []) {
            if (!info.InstanceId || info.PingStatus !== 'Online') continue;
            hosts.set(info.InstanceId, {
              instanceId: info.InstanceId,
              hostname: info.ComputerName ?? info.InstanceId,
              // The public IP comes from the host's preflight facts; SSM only knows the private one.
              publicIp: '',
              ...(targets.tags.length > 0 && filters[0]?.Key !== 'InstanceIds'
                ? { group: targets.tags.map((t) => `${t.key}=${t.values.join(',')}`).join(' ') }
                : {}),
            });
          }
          nextToken = out.NextToken;
        } while (nextToken);
      }
      return [...hosts.values()];
    },

    credentialsExpireAt: () => credentialsExpiry(client),
  };
}
