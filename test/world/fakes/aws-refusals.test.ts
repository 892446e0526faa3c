// Refusals as the SDK sees them (the fake validates before any handler runs), and the request log.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateDeploymentCommand } from '@aws-sdk/client-opsworks';
import { GetParameterCommand, PutParameterCommand, SendCommandCommand } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSsmCommandPort } from '../../../src/adapters/ssm.js';
import { type FakeAws, readRequestLog, shellInstance, startFakeAws, validateRequest } from './aws.js';
import { opsworksClient, ssmClient } from './aws/test-clients.js';

const INSTANCE = 'i-0a1b2c3d4e5f60718';
const dir = mkdtempSync(join(tmpdir(), 'berth-fake-aws-log-'));
const logFile = join(dir, 'requests.jsonl');
let fake: FakeAws;
let previousLog: string | undefined;

beforeAll(async () => {
  // Through the environment, as the demo and the world tests set it.
  previousLog = process.env.BERTH_FAKE_AWS_LOG;
  process.env.BERTH_FAKE_AWS_LOG = logFile;
  fake = await startFakeAws({
    instances: [shellInstance({ instanceId: INSTANCE, hostname: 'web1', tags: {} })],
    opsworks: { stacks: [{ StackId: 'stack-1', Name: 'production' }] },
  });
});
afterAll(async () => {
  if (previousLog === undefined) delete process.env.BERTH_FAKE_AWS_LOG;
  else process.env.BERTH_FAKE_AWS_LOG = previousLog;
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  fake.requests.length = 0;
});

async function errorOf(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error as Error,
  );
}

describe('refusals through the SDK', () => {
  it('raises ValidationException with the message, HTTP 400, and nothing runs', async () => {
    const ssm = ssmClient(fake.endpoint);
    const error = await errorOf(
      ssm.send(
        new SendCommandCommand({
          DocumentName: 'AWS-RunShellScript',
          InstanceIds: ['i-1'],
          Parameters: { commands: ['touch /tmp/never'] },
        }),
      ),
    );
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(
      String.raw`1 validation error detected: Value '[i-1]' at 'instanceIds' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy regular expression pattern: (^i-(\w{8}|\w{17})$)|(^mi-\w{17}$)]`,
    );
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(fake.requests.map((r) => [r.target, r.status, r.error])).toEqual([['AmazonSSM.SendCommand', 400, 'ValidationException']]);
    ssm.destroy();
  });

  it('refuses a parameter value over 4,096 bytes and one nesting a parameter, storing neither', async () => {
    const ssm = ssmClient(fake.endpoint);
    const big = await errorOf(ssm.send(new PutParameterCommand({ Name: '/refused/big', Value: 'ü'.repeat(2100), Type: 'SecureString' })));
    expect(big.name).toBe('ValidationException');
    expect(big.message).toMatch(/^Standard tier parameters support a maximum parameter value of 4096/);
    const nested = await errorOf(ssm.send(new PutParameterCommand({ Name: '/refused/nested', Value: '{{ssm:/other}}', Type: 'String' })));
    expect(nested.message).toBe('Parameter value can\'t nest another parameter. Do not use "{{}}" in the value.');
    expect([...fake.parameters.keys()].filter((name) => name.startsWith('/refused'))).toEqual([]);
    ssm.destroy();
  });

  it('raises the OpsWorks refusal the same way', async () => {
    const opsworks = opsworksClient(fake.endpoint);
    const error = await errorOf(opsworks.send(new CreateDeploymentCommand({ StackId: 'stack-1', Command: { Name: 'ship' as never } })));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toMatch(
      /^1 validation error detected: Value 'ship' at 'command.name' failed to satisfy constraint: Member must satisfy enum value set: \[/,
    );
    opsworks.destroy();
  });

  it('answers a body the model cannot read with SerializationException', async () => {
    const answer = await fetch(fake.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-date': '20261204T120000Z',
        'x-amz-target': 'AmazonSSM.GetParameter',
        authorization: `AWS4-HMAC-SHA256 Credential=AKID/20261204/eu-west-1/ssm/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=${'b'.repeat(64)}`,
      },
      body: JSON.stringify({ Name: '/x', Decrypt: true }),
    });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('x-amzn-errortype')).toBe('SerializationException');
    expect(await answer.json()).toMatchObject({
      __type: 'SerializationException',
      message: expect.stringContaining("Unknown member 'Decrypt'"),
    });
  });
});

describe('what berth sends', () => {
  it('keeps executionTimeout within the 48 hours AWS takes, even for a longer deploy', async () => {
    const ssm = ssmClient(fake.endpoint);
    const port = createSsmCommandPort(ssm);
    const sent = await port.send({
      instanceIds: [INSTANCE],
      commands: ['true'],
      comment: 'berth deploy v9',
      executionTimeoutSeconds: 3_000 * 60,
    });
    expect(sent.commandId).toMatch(/^[0-9a-f-]{36}$/);
    expect(fake.requests.map((r) => [r.target, r.status])).toEqual([['AmazonSSM.SendCommand', 200]]);
    expect(fake.requests[0]?.body).toMatchObject({ Parameters: { executionTimeout: ['172800'] } });
    ssm.destroy();
  });
});

describe('the request log (BERTH_FAKE_AWS_LOG)', () => {
  it('has every request as received, refused ones too, and re-validates offline to the same verdicts', async () => {
    const before = readRequestLog(logFile).length;
    const ssm = ssmClient(fake.endpoint);
    await ssm.send(new PutParameterCommand({ Name: '/logged/a', Value: 'v', Type: 'String', Overwrite: true }));
    await ssm.send(new GetParameterCommand({ Name: '/logged/a' }));
    await errorOf(ssm.send(new GetParameterCommand({ Name: '' })));
    ssm.destroy();
    const logged = readRequestLog(logFile).slice(before);
    expect(logged).toEqual([
      { target: 'AmazonSSM.PutParameter', body: { Name: '/logged/a', Value: 'v', Type: 'String', Overwrite: true } },
      { target: 'AmazonSSM.GetParameter', body: { Name: '/logged/a' } },
      { target: 'AmazonSSM.GetParameter', body: { Name: '' } },
    ]);
    const verdicts = logged.map((line) => validateRequest(line.target, line.body as Record<string, unknown>)?.type);
    expect(verdicts).toEqual([undefined, undefined, 'ValidationException']);
  });

  it('keeps a body that is not JSON as its text', async () => {
    const before = readRequestLog(logFile).length;
    await fetch(fake.endpoint, { method: 'POST', headers: { 'x-amz-target': 'AmazonSSM.GetParameter' }, body: 'not json' });
    expect(readRequestLog(logFile).slice(before)).toEqual([{ target: 'AmazonSSM.GetParameter', body: 'not json' }]);
  });
});
