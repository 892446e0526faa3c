import { DescribeDocumentCommand, GetParameterCommand, PutParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeAws, startFakeAws } from './aws.js';
import { ssmClient } from './aws/test-clients.js';

let fake: FakeAws;
let ssm: SSMClient;

beforeAll(async () => {
  fake = await startFakeAws({ instances: [] });
  ssm = ssmClient(fake.endpoint);
});
afterAll(async () => {
  ssm.destroy();
  await fake.stop();
});
beforeEach(() => {
  fake.faults.reset();
  fake.requests.length = 0;
});

const SIGNATURE = 'a'.repeat(64);
const AMZ_DATE = '20261125T120000Z';

function authorization(service: string, signedHeaders = 'content-type;host;x-amz-date;x-amz-target'): string {
  return `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261125/eu-west-1/${service}/aws4_request, SignedHeaders=${signedHeaders}, Signature=${SIGNATURE}`;
}

async function raw(
  headers: Record<string, string>,
  body = '{}',
  method = 'POST',
): Promise<{ status: number; type: string; message: string }> {
  const response = await fetch(fake.endpoint, {
    method,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-date': AMZ_DATE, ...headers },
    ...(method === 'POST' ? { body } : {}),
  });
  const payload = (await response.json()) as { __type: string; message: string };
  return { status: response.status, type: payload.__type, message: payload.message };
}

describe('fake AWS front door', () => {
  it('accepts a well-formed signed request', async () => {
    const answer = await fetch(fake.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-date': AMZ_DATE,
        'x-amz-target': 'AmazonSSM.GetParameters',
        authorization: authorization('ssm'),
      },
      body: JSON.stringify({ Names: ['/nothing'] }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(await answer.json()).toEqual({ Parameters: [], InvalidParameters: ['/nothing'] });
  });

  it('refuses requests without a SigV4 authorization header', async () => {
    const answer = await raw({ 'x-amz-target': 'AmazonSSM.GetParameter' }, '{"Name":"/x"}');
    expect(answer).toMatchObject({ status: 400, type: 'MissingAuthenticationTokenException' });
  });

  it('refuses a malformed authorization header', async () => {
    const answer = await raw({ 'x-amz-target': 'AmazonSSM.GetParameter', authorization: 'Bearer abc' });
    expect(answer).toMatchObject({ status: 400, type: 'IncompleteSignatureException' });
  });

  it('refuses a signature scoped to another service', async () => {
    const answer = await raw({ 'x-amz-target': 'AmazonSSM.GetParameter', authorization: authorization('opsworks') });
    expect(answer).toMatchObject({ status: 403, type: 'InvalidSignatureException' });
    expect(answer.message).toContain("'ssm'");
  });

  it('refuses a signature that leaves x-amz-target unsigned', async () => {
    const answer = await raw({ 'x-amz-target': 'AmazonSSM.GetParameter', authorization: authorization('ssm', 'host;x-amz-date') });
    expect(answer).toMatchObject({ status: 400, type: 'IncompleteSignatureException' });
    expect(answer.message).toContain('x-amz-target');
  });

  it('answers a clear 400 for a missing target, an unknown service and an unknown operation', async () => {
    const missing = await raw({ authorization: authorization('ssm') });
    expect(missing).toMatchObject({ status: 400, type: 'UnknownOperationException' });
    const service = await raw({ 'x-amz-target': 'DynamoDB_20120810.GetItem', authorization: authorization('dynamodb') });
    expect(service).toMatchObject({ status: 400, type: 'UnknownOperationException' });
    expect(service.message).toContain('DynamoDB_20120810.GetItem');
    const viaSdk = await ssm.send(new DescribeDocumentCommand({ Name: 'AWS-RunShellScript' })).catch((caught: Error) => caught);
    expect((viaSdk as Error).name).toBe('UnknownOperationException');
    expect((viaSdk as Error).message).toMatch(/AmazonSSM.DescribeDocument is not implemented.*SendCommand/);
    expect((viaSdk as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode).toBe(400);
  });

  it('records each request with its target, body and answer', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/recorded', Value: 'v', Type: 'String', Overwrite: true }));
    await ssm.send(new GetParameterCommand({ Name: '/not-there' })).catch(() => undefined);
    expect(fake.requests.map((request) => [request.target, request.status, request.error])).toEqual([
      ['AmazonSSM.PutParameter', 200, undefined],
      ['AmazonSSM.GetParameter', 400, 'ParameterNotFound'],
    ]);
    expect(fake.requests[0]?.body).toMatchObject({ Name: '/recorded', Type: 'String' });
    expect(fake.faults.callCount('GetParameter')).toBe(1);
    expect(fake.faults.callCount('AmazonSSM.PutParameter')).toBe(1);
  });
});

describe('fake AWS throttling', () => {
  async function outcomes(calls: number): Promise<string[]> {
    const results: string[] = [];
    for (let index = 0; index < calls; index += 1) {
      results.push(
        await ssm.send(new GetParameterCommand({ Name: '/throttle/x' })).then(
          () => 'ok',
          (error: Error) => error.name,
        ),
      );
    }
    return results;
  }

  it('throttles about the requested share of calls to the chosen operations, deterministically', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/throttle/x', Value: 'v', Type: 'String', Overwrite: true }));
    fake.faults.throttle(0.3, ['GetParameter'], 42);
    const first = await outcomes(100);
    const throttled = first.filter((outcome) => outcome === 'ThrottlingException').length;
    expect(throttled).toBeGreaterThan(15);
    expect(throttled).toBeLessThan(45);
    expect(first.filter((outcome) => outcome === 'ok')).toHaveLength(100 - throttled);
    expect(fake.faults.throttledCount('GetParameter')).toBe(throttled);
    expect(fake.faults.callCount('GetParameter')).toBe(100);
    // Other operations are untouched.
    await expect(
      ssm.send(new PutParameterCommand({ Name: '/throttle/y', Value: 'v', Type: 'String', Overwrite: true })),
    ).resolves.toBeDefined();
    // The same seed gives the same sequence.
    fake.faults.reset();
    fake.faults.throttle(0.3, ['GetParameter'], 42);
    expect(await outcomes(100)).toEqual(first);
  }, 30_000);

  it("lets the SDK's own retries get through a throttled share", async () => {
    await ssm.send(new PutParameterCommand({ Name: '/throttle/x', Value: 'v', Type: 'String', Overwrite: true }));
    const retrying = ssmClient(fake.endpoint, 5);
    try {
      fake.faults.throttle(0.3, undefined, 7);
      for (let index = 0; index < 6; index += 1) {
        const read = await retrying.send(new GetParameterCommand({ Name: '/throttle/x' }));
        expect(read.Parameter?.Value).toBe('v');
      }
      expect(fake.faults.throttledCount('GetParameter')).toBeGreaterThan(0);
    } finally {
      retrying.destroy();
    }
  }, 30_000);
});
