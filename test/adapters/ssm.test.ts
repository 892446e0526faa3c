import {
  CancelCommandCommand,
  DescribeInstanceInformationCommand,
  GetCommandInvocationCommand,
  ListCommandInvocationsCommand,
  SendCommandCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-vitest/extend';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSsmCommandPort } from '../../src/adapters/ssm.js';

const ssm = mockClient(SSMClient);
beforeEach(() => ssm.reset());
const port = () => createSsmCommandPort(new SSMClient({ region: 'eu-west-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }));

describe('the SSM command port', () => {
  it('sends AWS-RunShellScript with the commands, timeouts, a short comment and CloudWatch when asked', async () => {
    const at = new Date('2026-11-25T12:00:00Z');
    ssm.on(SendCommandCommand).resolves({ Command: { CommandId: 'c-1', RequestedDateTime: at } });
    const sent = await port().send({
      instanceIds: ['i-1', 'i-2'],
      commands: ['echo hi'],
      comment: 'x'.repeat(150),
      executionTimeoutSeconds: 900,
      cloudWatchLogGroup: '/berth/deploys',
    });
    expect(sent).toEqual({ commandId: 'c-1', requestedAt: at });
    expect(ssm).toHaveReceivedCommandWith(SendCommandCommand, {
      InstanceIds: ['i-1', 'i-2'],
      DocumentName: 'AWS-RunShellScript',
      Parameters: { commands: ['echo hi'], executionTimeout: ['900'] },
      Comment: 'x'.repeat(100),
      CloudWatchOutputConfig: { CloudWatchLogGroupName: '/berth/deploys', CloudWatchOutputEnabled: true },
    });
  });

  it('lists invocations across pages, splitting plugin output into stdout and stderr', async () => {
    ssm
      .on(ListCommandInvocationsCommand, { NextToken: undefined })
      .resolves({
        CommandInvocations: [{ CommandId: 'c-1', InstanceId: 'i-1', Status: 'InProgress' }],
        NextToken: 'page2',
      })
      .on(ListCommandInvocationsCommand, { NextToken: 'page2' })
      .resolves({
        CommandInvocations: [
          {
            CommandId: 'c-2',
            InstanceId: 'i-2',
            Status: 'Failed',
            CommandPlugins: [{ Output: 'out line\n----------ERROR-------\nerr line', ResponseCode: 3 }],
            CloudWatchOutputConfig: { CloudWatchLogGroupName: '/g', CloudWatchOutputEnabled: true },
          },
        ],
      });
    const after = new Date('2026-11-25T12:00:00Z');
    const listed = await port().listInvocations({ invokedAfter: after, details: true });
    expect(listed).toEqual([
      { commandId: 'c-1', instanceId: 'i-1', status: 'InProgress' },
      {
        commandId: 'c-2',
        instanceId: 'i-2',
        status: 'Failed',
        stdout: 'out line',
        stderr: 'err line',
        exitCode: 3,
        logLocation: '/g c-2/i-2/aws-runShellScript/stdout',
      },
    ]);
    expect(ssm).toHaveReceivedCommandWith(ListCommandInvocationsCommand, {
      Filters: [{ key: 'InvokedAfter', value: after.toISOString() }],
      Details: true,
      MaxResults: 50,
    });
  });

  it('asks by command id when given one', async () => {
    ssm.on(ListCommandInvocationsCommand).resolves({ CommandInvocations: [] });
    await port().listInvocations({ commandId: 'c-9', details: false });
    expect(ssm).toHaveReceivedCommandWith(ListCommandInvocationsCommand, { CommandId: 'c-9', Details: false });
  });

  it('reads a whole invocation, and treats InvocationDoesNotExist as not there yet', async () => {
    ssm
      .on(GetCommandInvocationCommand, { InstanceId: 'i-1' })
      .resolves({ Status: 'Success', StandardOutputContent: 'a\n{"ok":true}', StandardErrorContent: '', ResponseCode: 0 });
    ssm
      .on(GetCommandInvocationCommand, { InstanceId: 'i-2' })
      .rejects(Object.assign(new Error('nope'), { name: 'InvocationDoesNotExist' }));
    expect(await port().getInvocation('c-1', 'i-1')).toEqual({
      commandId: 'c-1',
      instanceId: 'i-1',
      status: 'Success',
      stdout: 'a\n{"ok":true}',
      stderr: '',
      exitCode: 0,
    });
    expect(await port().getInvocation('c-1', 'i-2')).toBeUndefined();
  });

  it('cancels the named instances of a command', async () => {
    ssm.on(CancelCommandCommand).resolves({});
    await port().cancel('c-1', ['i-2']);
    expect(ssm).toHaveReceivedCommandWith(CancelCommandCommand, { CommandId: 'c-1', InstanceIds: ['i-2'] });
  });

  it('finds online managed instances by id and by tags (all tags must match)', async () => {
    ssm.on(DescribeInstanceInformationCommand).callsFake((input: { Filters?: { Key: string }[] }) => {
      if (input.Filters?.[0]?.Key === 'InstanceIds') {
        return {
          InstanceInformationList: [
            { InstanceId: 'i-1', PingStatus: 'Online', ComputerName: 'web1' },
            { InstanceId: 'i-3', PingStatus: 'ConnectionLost' },
          ],
        };
      }
      return { InstanceInformationList: [{ InstanceId: 'i-2', PingStatus: 'Online', ComputerName: 'web2' }] };
    });
    const hosts = await port().describeInstances({
      instanceIds: ['i-1', 'i-3'],
      tags: [
        { key: 'Role', values: ['web'] },
        { key: 'Env', values: ['prod', 'stage'] },
      ],
    });
    expect(hosts).toEqual([
      { instanceId: 'i-1', hostname: 'web1', publicIp: '' },
      { instanceId: 'i-2', hostname: 'web2', publicIp: '', group: 'Role=web Env=prod,stage' },
    ]);
    expect(ssm).toHaveReceivedCommandWith(DescribeInstanceInformationCommand, {
      Filters: [
        { Key: 'tag:Role', Values: ['web'] },
        { Key: 'tag:Env', Values: ['prod', 'stage'] },
      ],
    });
  });
});
