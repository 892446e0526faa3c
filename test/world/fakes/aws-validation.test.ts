// The fake's request validation (AWS's service models plus the documented limits) on every operation berth
// sends: the adapters in src/adapters/, the host script's `aws ssm get-parameters`, and the fake's own test
// clients. Each valid body passes; each kind of violation is refused with AWS's error type and message shape.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_COMMAND_BYTES } from '../../../src/host/command.js';
import { validateRequest } from './aws.js';

type Body = Record<string, unknown>;

const INSTANCE = 'i-0123456789abcdef0';
const OTHER_INSTANCE = 'i-0fedcba987654321a';
const COMMAND_ID = '0b6a3c1e-6f0c-4a53-9a57-2f1d3e4c5b6a';
const INSTANCE_PATTERN = String.raw`(^i-(\w{8}|\w{17})$)|(^mi-\w{17}$)`;

/** A body as berth (or the fake's tests) sends it, per operation. */
const VALID: Record<string, Body> = {
  'AmazonSSM.SendCommand': {
    InstanceIds: [INSTANCE, OTHER_INSTANCE],
    DocumentName: 'AWS-RunShellScript',
    Comment: 'berth deploy v1.2.3',
    Parameters: { commands: ['set -e', 'echo "$AWS_SSM_INSTANCE_ID"'], executionTimeout: ['1800'] },
    TimeoutSeconds: 1800,
    MaxConcurrency: '50',
    MaxErrors: '100%',
    CloudWatchOutputConfig: { CloudWatchLogGroupName: '/berth/deploys', CloudWatchOutputEnabled: true },
  },
  'AmazonSSM.ListCommandInvocations': {
    Filters: [{ key: 'InvokedAfter', value: '2026-12-04T18:00:00.000Z' }],
    Details: true,
    MaxResults: 50,
    NextToken: 'opaque',
  },
  'AmazonSSM.ListCommands': { CommandId: COMMAND_ID },
  'AmazonSSM.GetCommandInvocation': { CommandId: COMMAND_ID, InstanceId: INSTANCE },
  'AmazonSSM.CancelCommand': { CommandId: COMMAND_ID, InstanceIds: [INSTANCE] },
  'AmazonSSM.DescribeInstanceInformation': {
    Filters: [
      { Key: 'tag:Role', Values: ['web', 'jobs'] },
      { Key: 'tag:Environment', Values: ['production'] },
    ],
    MaxResults: 50,
  },
  'AmazonSSM.PutParameter': { Name: '/berth/production/lock', Value: '{"holder":"run 42"}', Type: 'String', Overwrite: false },
  'AmazonSSM.GetParameter': { Name: '/berth/production/secrets/DB_PASSWORD', WithDecryption: true },
  // The host script: aws ssm get-parameters --with-decryption --names A B (at most 10 a call).
  'AmazonSSM.GetParameters': { Names: ['/berth/production/secrets/A', '/berth/production/secrets/B'], WithDecryption: true },
  'AmazonSSM.GetParametersByPath': { Path: '/berth/production', Recursive: true, WithDecryption: false, MaxResults: 10 },
  'AmazonSSM.DeleteParameter': { Name: '/berth/production/lock' },
  'AmazonSSM.DeleteParameters': { Names: ['/s/A', '/s/B'] },
  'OpsWorks_20130218.DescribeStacks': { StackIds: ['2f18b4cb-4de5-4429-a149-ff7da9f0d8ee'] },
  'OpsWorks_20130218.UpdateStack': { StackId: '2f18b4cb-4de5-4429-a149-ff7da9f0d8ee', CustomJson: '{"deploy":{}}' },
  'OpsWorks_20130218.DescribeApps': { StackId: '2f18b4cb-4de5-4429-a149-ff7da9f0d8ee' },
  'OpsWorks_20130218.DescribeLayers': { LayerIds: ['layer-1'] },
  'OpsWorks_20130218.DescribeInstances': { LayerId: 'layer-1' },
  'OpsWorks_20130218.CreateDeployment': {
    StackId: '2f18b4cb-4de5-4429-a149-ff7da9f0d8ee',
    AppId: 'app-1',
    InstanceIds: ['ow-1', 'ow-2'],
    Command: { Name: 'deploy', Args: { migrate: ['true'] } },
    Comment: 'berth deploy v1.2.3 (0123456789ab)',
    CustomJson: '{"berth":{}}',
  },
  'OpsWorks_20130218.DescribeDeployments': { DeploymentIds: ['d-1'] },
  'OpsWorks_20130218.DescribeCommands': { DeploymentId: 'd-1' },
};

/** The members each operation's model requires (what dropping one must name). */
const REQUIRED: Record<string, string[]> = {
  'AmazonSSM.SendCommand': ['documentName'],
  'AmazonSSM.GetCommandInvocation': ['commandId', 'instanceId'],
  'AmazonSSM.CancelCommand': ['commandId'],
  'AmazonSSM.PutParameter': ['name', 'value'],
  'AmazonSSM.GetParameter': ['name'],
  'AmazonSSM.GetParameters': ['names'],
  'AmazonSSM.GetParametersByPath': ['path'],
  'AmazonSSM.DeleteParameter': ['name'],
  'AmazonSSM.DeleteParameters': ['names'],
  'OpsWorks_20130218.UpdateStack': ['stackId'],
  'OpsWorks_20130218.CreateDeployment': ['stackId', 'command'],
};

function refusal(target: string, patch: Body, drop: string[] = []): { type: string; message: string; status: number } | undefined {
  const body: Body = { ...VALID[target], ...patch };
  for (const key of drop) delete body[key];
  const error = validateRequest(target, body);
  return error && { type: error.type, message: error.message, status: error.status };
}

function one(path: string, value: string | null, constraint: string): string {
  return `1 validation error detected: Value ${value === null ? 'null ' : `'${value}' `}at '${path}' failed to satisfy constraint: ${constraint}`;
}

const upperFirst = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

describe.each(Object.keys(VALID))('%s', (target) => {
  it('accepts the body berth sends', () => {
    expect(refusal(target, {})).toBeUndefined();
  });

  it('refuses a member the model does not have (SerializationException)', () => {
    expect(refusal(target, { Bogus: 'x' })).toMatchObject({
      type: 'SerializationException',
      status: 400,
      message: expect.stringContaining("'Bogus'"),
    });
  });

  it('refuses a member of the wrong JSON type (SerializationException)', () => {
    const [first, value] = Object.entries(VALID[target] ?? {})[0] ?? ['', ''];
    const wrong = typeof value === 'string' ? 12 : typeof value === 'object' ? 'text' : ['list'];
    expect(refusal(target, { [first]: wrong })?.type).toBe('SerializationException');
  });
});

const REQUIRED_CASES = Object.entries(REQUIRED).flatMap(([target, members]) => members.map((member) => [target, member] as const));

it.each(REQUIRED_CASES)('%s refuses a body without its required %s', (target, member) => {
  expect(refusal(target, {}, [upperFirst(member)])).toEqual({
    type: 'ValidationException',
    status: 400,
    message: one(member, null, 'Member must not be null'),
  });
});

describe('SendCommand constraints', () => {
  const target = 'AmazonSSM.SendCommand';

  it('checks instance ids against the pattern, list members reported on the list', () => {
    expect(refusal(target, { InstanceIds: ['i-1', INSTANCE] })?.message).toBe(
      one(
        'instanceIds',
        `[i-1, ${INSTANCE}]`,
        `Member must satisfy constraint: [Member must satisfy regular expression pattern: ${INSTANCE_PATTERN}]`,
      ),
    );
  });

  it('takes at most 50 instance ids and 5 targets', () => {
    const ids = Array.from({ length: 51 }, (_, i) => `i-0${i.toString(16).padStart(16, '0')}`);
    expect(refusal(target, { InstanceIds: ids })?.message).toMatch(
      /at 'instanceIds' failed to satisfy constraint: Member must have length less than or equal to 50$/,
    );
    const targets = Array.from({ length: 6 }, () => ({ Key: 'tag:Role', Values: ['web'] }));
    expect(refusal(target, { Targets: targets }, ['InstanceIds'])?.message).toMatch(
      /at 'targets' failed to satisfy constraint: Member must have length less than or equal to 5$/,
    );
  });

  it('names members of structures in lists by position', () => {
    expect(
      refusal(
        target,
        {
          Targets: [
            { Key: 'tag:Role', Values: ['web'] },
            { Key: '', Values: ['x'] },
          ],
        },
        ['InstanceIds'],
      )?.message,
    ).toBe(one('targets.2.member.key', '', 'Member must have length greater than or equal to 1'));
  });

  it('checks ranges of numbers', () => {
    expect(refusal(target, { TimeoutSeconds: 29 })?.message).toBe(
      one('timeoutSeconds', '29', 'Member must have value greater than or equal to 30'),
    );
    expect(refusal(target, { TimeoutSeconds: 2_592_001 })?.message).toBe(
      one('timeoutSeconds', '2592001', 'Member must have value less than or equal to 2592000'),
    );
    expect(refusal(target, { TimeoutSeconds: 30.5 })?.type).toBe('SerializationException');
    expect(refusal(target, { TimeoutSeconds: '600' })).toMatchObject({
      type: 'SerializationException',
      message: 'STRING_VALUE can not be converted to an Integer',
    });
  });

  it('reports every broken constraint in one message', () => {
    expect(refusal(target, { MaxConcurrency: '', MaxErrors: '101%' })?.message).toBe(
      '3 validation errors detected: ' +
        [
          "Value '' at 'maxConcurrency' failed to satisfy constraint: Member must have length greater than or equal to 1",
          "Value '' at 'maxConcurrency' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$",
          "Value '101%' at 'maxErrors' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$",
        ].join('; '),
    );
  });

  it('checks enums inside nested structures', () => {
    expect(
      refusal(target, { NotificationConfig: { NotificationArn: 'arn:x', NotificationEvents: ['Done'], NotificationType: 'Command' } })
        ?.message,
    ).toBe(
      one(
        'notificationConfig.notificationEvents',
        '[Done]',
        'Member must satisfy constraint: [Member must satisfy enum value set: [All, InProgress, Success, TimedOut, Cancelled, Failed]]',
      ),
    );
  });

  it('keeps a one-line Comment of at most 100 characters', () => {
    expect(refusal(target, { Comment: 'c'.repeat(101) })?.message).toBe(
      one('comment', 'c'.repeat(101), 'Member must have length less than or equal to 100'),
    );
    expect(refusal(target, { Comment: 'c'.repeat(100) })).toBeUndefined();
    expect(refusal(target, { Comment: 'berth deploy\nv2' })).toMatchObject({
      type: 'ValidationException',
      message: expect.stringMatching(/at 'comment'.*single line/),
    });
  });

  it('takes InstanceIds or Targets, not both', () => {
    expect(refusal(target, { Targets: [{ Key: 'tag:Role', Values: ['web'] }] })).toMatchObject({
      type: 'ValidationException',
      message: 'Specify either InstanceIds or Targets, not both.',
    });
    expect(refusal(target, { Targets: [{ Key: 'tag:Role', Values: ['web'] }] }, ['InstanceIds'])).toBeUndefined();
  });

  it('limits the command parameters to the berth default of 64 KB less the document', () => {
    const fill = (bytes: number): Body => ({ commands: ['x'.repeat(bytes)] });
    const overhead = Buffer.byteLength(JSON.stringify(fill(0)));
    expect(refusal(target, { Parameters: fill(DEFAULT_MAX_COMMAND_BYTES - overhead) })).toBeUndefined();
    expect(refusal(target, { Parameters: fill(DEFAULT_MAX_COMMAND_BYTES - overhead + 1) })).toMatchObject({
      type: 'ValidationException',
      message: expect.stringContaining(`the limit is ${DEFAULT_MAX_COMMAND_BYTES} bytes`),
    });
    // Bytes, not characters: 'é' is two.
    expect(refusal(target, { Parameters: { commands: ['é'.repeat(DEFAULT_MAX_COMMAND_BYTES / 2)] } })?.type).toBe('ValidationException');
    expect(validateRequest(target, { ...VALID[target], Parameters: fill(2000) }, { maxParameterBytes: 1000 })?.message).toMatch(
      /limit is 1000 bytes/,
    );
  });

  it('holds executionTimeout to whole seconds up to 172800', () => {
    const timeout = (value: string[]): Body => ({ Parameters: { commands: ['true'], executionTimeout: value } });
    expect(refusal(target, timeout(['172800']))).toBeUndefined();
    for (const bad of [['172801'], ['0'], ['1.5'], ['60', '60']]) {
      expect(refusal(target, timeout(bad))).toMatchObject({
        type: 'InvalidParameters',
        message: expect.stringContaining('between 1 and 172800'),
      });
    }
  });

  it('never prints the (sensitive) command parameters', () => {
    const refused = refusal(target, { Parameters: { commands: ['export TOKEN=s3cret', null] } });
    expect(refused?.message).toBe(
      "1 validation error detected: Value at 'parameters.commands' failed to satisfy constraint: Member must satisfy constraint: [Member must not be null]",
    );
    expect(refusal(target, { Parameters: { commands: 'echo s3cret' } })).toMatchObject({
      type: 'SerializationException',
      message: 'STRING_VALUE can not be converted to a List',
    });
  });
});

describe('polling and cancelling constraints', () => {
  it('checks ListCommandInvocations page size, command id length and filter keys', () => {
    const target = 'AmazonSSM.ListCommandInvocations';
    expect(refusal(target, { MaxResults: 51 })?.message).toBe(one('maxResults', '51', 'Member must have value less than or equal to 50'));
    expect(refusal(target, { CommandId: 'abc' }, ['Filters'])?.message).toBe(
      one('commandId', 'abc', 'Member must have length greater than or equal to 36'),
    );
    expect(refusal(target, { Filters: [{ key: 'Before', value: 'x' }] })?.message).toBe(
      one(
        'filters.1.member.key',
        'Before',
        'Member must satisfy enum value set: [InvokedAfter, InvokedBefore, Status, ExecutionStage, DocumentName]',
      ),
    );
    expect(refusal(target, { Filters: [] })?.message).toBe(one('filters', '[]', 'Member must have length greater than or equal to 1'));
    expect(refusal(target, { Details: 'true' })).toMatchObject({
      type: 'SerializationException',
      message: 'STRING_VALUE can not be converted to a Boolean',
    });
  });

  it('checks GetCommandInvocation and CancelCommand instance ids', () => {
    expect(refusal('AmazonSSM.GetCommandInvocation', { InstanceId: 'web1' })?.message).toBe(
      one('instanceId', 'web1', `Member must satisfy regular expression pattern: ${INSTANCE_PATTERN}`),
    );
    expect(refusal('AmazonSSM.CancelCommand', { InstanceIds: ['i-0123'] })?.message).toMatch(
      /at 'instanceIds' .*regular expression pattern/,
    );
  });

  it('checks DescribeInstanceInformation page size and filter values', () => {
    const target = 'AmazonSSM.DescribeInstanceInformation';
    expect(refusal(target, { MaxResults: 4 })?.message).toBe(one('maxResults', '4', 'Member must have value greater than or equal to 5'));
    expect(refusal(target, { Filters: [{ Key: 'InstanceIds', Values: [] }] })?.message).toBe(
      one('filters.1.member.values', '[]', 'Member must have length greater than or equal to 1'),
    );
    expect(refusal(target, { Filters: [{ Key: 'tag:Role' }] })?.message).toBe(
      one('filters.1.member.values', null, 'Member must not be null'),
    );
  });
});

describe('Parameter Store constraints', () => {
  const put = 'AmazonSSM.PutParameter';

  it('checks the type and tier enums, name length and key id pattern', () => {
    expect(refusal(put, { Type: 'Secret' })?.message).toBe(
      one('type', 'Secret', 'Member must satisfy enum value set: [String, StringList, SecureString]'),
    );
    expect(refusal(put, { Tier: 'Premium' })?.message).toBe(
      one('tier', 'Premium', 'Member must satisfy enum value set: [Standard, Advanced, Intelligent-Tiering]'),
    );
    expect(refusal(put, { Name: '' })?.message).toBe(one('name', '', 'Member must have length greater than or equal to 1'));
    expect(refusal(put, { KeyId: 'alias/my key' })?.message).toBe(
      one('keyId', 'alias/my key', 'Member must satisfy regular expression pattern: ^([a-zA-Z0-9:/_-]+)$'),
    );
    expect(refusal(put, { Overwrite: 'false' })?.type).toBe('SerializationException');
  });

  it('limits a Standard value to 4,096 bytes and an Advanced one to 8 KB, counting bytes', () => {
    expect(refusal(put, { Value: 'x'.repeat(4096) })).toBeUndefined();
    expect(refusal(put, { Value: 'x'.repeat(4097) })).toMatchObject({
      type: 'ValidationException',
      message: expect.stringMatching(/^Standard tier .* 4096/),
    });
    // 2,049 characters but 4,098 bytes.
    expect(refusal(put, { Value: 'é'.repeat(2049) })?.type).toBe('ValidationException');
    expect(refusal(put, { Value: 'é'.repeat(4096), Tier: 'Advanced' })).toBeUndefined();
    expect(refusal(put, { Value: 'é'.repeat(4097), Tier: 'Advanced' })).toMatchObject({
      type: 'ValidationException',
      message: expect.stringMatching(/^Advanced tier .* 8192/),
    });
  });

  it('refuses a value that nests another parameter ({{...}})', () => {
    for (const value of ['{{ssm:/berth/other}}', 'prefix {{}} suffix', 'a {{\nmultiline}}']) {
      expect(refusal(put, { Value: value })).toEqual({
        type: 'ValidationException',
        status: 400,
        message: 'Parameter value can\'t nest another parameter. Do not use "{{}}" in the value.',
      });
    }
    for (const value of ['{"a":{"b":1}}', '{{ only opened', 'closed }}', '{ {x} }']) expect(refusal(put, { Value: value })).toBeUndefined();
  });

  it('takes 1 to 10 names in GetParameters and DeleteParameters, each 1 to 2048 characters', () => {
    const names = Array.from({ length: 11 }, (_, i) => `/p/${i}`);
    for (const target of ['AmazonSSM.GetParameters', 'AmazonSSM.DeleteParameters']) {
      expect(refusal(target, { Names: names })?.message).toBe(
        one('names', `[${names.join(', ')}]`, 'Member must have length less than or equal to 10'),
      );
      expect(refusal(target, { Names: [] })?.message).toBe(one('names', '[]', 'Member must have length greater than or equal to 1'));
    }
    expect(refusal('AmazonSSM.GetParameters', { Names: ['/a', ''] })?.message).toBe(
      one('names', '[/a, ]', 'Member must satisfy constraint: [Member must have length greater than or equal to 1]'),
    );
    expect(refusal('AmazonSSM.GetParameter', { Name: 'n'.repeat(2049) })?.message).toMatch(/at 'name' .*less than or equal to 2048$/);
  });

  it('takes pages of at most 10 in GetParametersByPath', () => {
    expect(refusal('AmazonSSM.GetParametersByPath', { MaxResults: 11 })?.message).toBe(
      one('maxResults', '11', 'Member must have value less than or equal to 10'),
    );
  });
});

describe('OpsWorks constraints', () => {
  const create = 'OpsWorks_20130218.CreateDeployment';

  it('checks the deployment command name against its enum', () => {
    expect(refusal(create, { Command: { Name: 'deploy-now' } })?.message).toBe(
      one(
        'command.name',
        'deploy-now',
        'Member must satisfy enum value set: [install_dependencies, update_dependencies, update_custom_cookbooks, execute_recipes, configure, setup, deploy, rollback, start, stop, restart, undeploy]',
      ),
    );
    expect(refusal(create, { Command: { Args: { x: ['y'] } } })?.message).toBe(one('command.name', null, 'Member must not be null'));
  });

  it('reads Args as a map of string lists and StackIds as a list', () => {
    expect(refusal(create, { Command: { Name: 'deploy', Args: { migrate: 'true' } } })?.type).toBe('SerializationException');
    expect(refusal('OpsWorks_20130218.DescribeStacks', { StackIds: 'one' })).toMatchObject({
      type: 'SerializationException',
      message: 'STRING_VALUE can not be converted to a List',
    });
    expect(refusal('OpsWorks_20130218.UpdateStack', { Attributes: { Colour: 'red' } })?.message).toBe(
      one('attributes', '{Colour=red}', 'Map keys must satisfy constraint: [Member must satisfy enum value set: [Color]]'),
    );
  });
});

describe('operations outside the models', () => {
  it('are refused as unknown', () => {
    expect(validateRequest('AmazonSSM.LaunchRockets', {})?.type).toBe('UnknownOperationException');
  });
});
