import {
  DeleteParameterCommand,
  GetParameterCommand,
  GetParametersCommand,
  ParameterAlreadyExists,
  ParameterNotFound,
  PutParameterCommand,
  type SSMClient,
  paginateGetParametersByPath,
} from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeAws, startFakeAws } from './aws.js';
import { ssmClient } from './aws/test-clients.js';

// Real processes and sockets: a busy 2-core machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

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
  fake.parameters.clear();
  fake.faults.reset();
});

async function errorOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

describe('fake Parameter Store, as the SDK sees it', () => {
  it('stores a String and increments its version on overwrite', async () => {
    const first = await ssm.send(new PutParameterCommand({ Name: '/berth/test/plain', Value: 'one', Type: 'String' }));
    expect(first.Version).toBe(1);
    const second = await ssm.send(new PutParameterCommand({ Name: '/berth/test/plain', Value: 'two', Type: 'String', Overwrite: true }));
    expect(second.Version).toBe(2);
    const read = await ssm.send(new GetParameterCommand({ Name: '/berth/test/plain' }));
    expect(read.Parameter).toMatchObject({ Name: '/berth/test/plain', Value: 'two', Version: 2, Type: 'String' });
    expect(read.Parameter?.LastModifiedDate).toBeInstanceOf(Date);
    expect(read.Parameter?.ARN).toBe('arn:aws:ssm:eu-west-1:123456789012:parameter/berth/test/plain');
  });

  it("refuses to overwrite without Overwrite, with the SDK's ParameterAlreadyExists", async () => {
    await ssm.send(new PutParameterCommand({ Name: '/berth/test/lock', Value: 'a', Type: 'String' }));
    const error = await errorOf(ssm.send(new PutParameterCommand({ Name: '/berth/test/lock', Value: 'b', Type: 'String' })));
    expect(error).toBeInstanceOf(ParameterAlreadyExists);
    expect(error.name).toBe('ParameterAlreadyExists');
    expect(fake.parameters.get('/berth/test/lock')?.value).toBe('a');
  });

  it('lets exactly one of many concurrent Overwrite:false writers win (the fleet lock)', async () => {
    const writers = Array.from({ length: 12 }, (_, index) =>
      ssm
        .send(new PutParameterCommand({ Name: '/berth/production/lock', Value: `holder-${index}`, Type: 'String', Overwrite: false }))
        .then(
          () => `holder-${index}`,
          (error: Error) => error.name,
        ),
    );
    const outcomes = await Promise.all(writers);
    const winners = outcomes.filter((outcome) => outcome.startsWith('holder-'));
    expect(winners).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'ParameterAlreadyExists')).toHaveLength(11);
    expect(fake.parameters.get('/berth/production/lock')?.value).toBe(winners[0]);
  });

  it('returns a SecureString only with decryption, and never its value without', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/berth/test/secrets/DB_PASSWORD', Value: 'p%ss w0rd', Type: 'SecureString' }));
    const sealed = await ssm.send(new GetParameterCommand({ Name: '/berth/test/secrets/DB_PASSWORD' }));
    expect(sealed.Parameter?.Type).toBe('SecureString');
    expect(sealed.Parameter?.Value).not.toContain('p%ss w0rd');
    expect(sealed.Parameter?.Value?.length).toBeGreaterThan(20);
    const open = await ssm.send(new GetParameterCommand({ Name: '/berth/test/secrets/DB_PASSWORD', WithDecryption: true }));
    expect(open.Parameter?.Value).toBe('p%ss w0rd');
  });

  it('GetParameters decrypts, lists unknown names in InvalidParameters, and takes at most 10 names', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/s/A', Value: 'alpha', Type: 'SecureString' }));
    await ssm.send(new PutParameterCommand({ Name: '/s/B', Value: 'beta', Type: 'String' }));
    const read = await ssm.send(new GetParametersCommand({ Names: ['/s/A', '/s/B', '/s/missing'], WithDecryption: true }));
    expect(read.Parameters?.map((parameter) => [parameter.Name, parameter.Value])).toEqual([
      ['/s/A', 'alpha'],
      ['/s/B', 'beta'],
    ]);
    expect(read.InvalidParameters).toEqual(['/s/missing']);
    const names = Array.from({ length: 11 }, (_, index) => `/s/n${index}`);
    const error = await errorOf(ssm.send(new GetParametersCommand({ Names: names })));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toMatch(/less than or equal to 10/);
  });

  it('deletes, and answers ParameterNotFound for what is not there', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/berth/test/gone', Value: 'x', Type: 'String' }));
    await ssm.send(new DeleteParameterCommand({ Name: '/berth/test/gone' }));
    expect(await errorOf(ssm.send(new GetParameterCommand({ Name: '/berth/test/gone' })))).toBeInstanceOf(ParameterNotFound);
    expect(await errorOf(ssm.send(new DeleteParameterCommand({ Name: '/berth/test/gone' })))).toBeInstanceOf(ParameterNotFound);
  });

  it('walks a path page by page, recursively or one level deep', async () => {
    for (const name of ['/app/a', '/app/b', '/app/c', '/app/d', '/app/e', '/app/deep/x', '/app/deep/y', '/other/z']) {
      await ssm.send(new PutParameterCommand({ Name: name, Value: `v${name}`, Type: 'SecureString' }));
    }
    const collect = async (recursive: boolean): Promise<string[]> => {
      const names: string[] = [];
      const pages = paginateGetParametersByPath({ client: ssm, pageSize: 2 }, { Path: '/app', Recursive: recursive, WithDecryption: true });
      let pageCount = 0;
      for await (const page of pages) {
        pageCount += 1;
        expect(page.Parameters?.length ?? 0).toBeLessThanOrEqual(2);
        for (const parameter of page.Parameters ?? []) {
          expect(parameter.Value).toBe(`v${parameter.Name}`);
          names.push(parameter.Name ?? '');
        }
      }
      expect(pageCount).toBe(Math.ceil(names.length / 2));
      return names;
    };
    expect(await collect(false)).toEqual(['/app/a', '/app/b', '/app/c', '/app/d', '/app/e']);
    expect(await collect(true)).toEqual(['/app/a', '/app/b', '/app/c', '/app/d', '/app/deep/x', '/app/deep/y', '/app/e']);
  });

  it('enforces the tier size limits and asks for a type on create', async () => {
    const big = 'x'.repeat(5000);
    const standard = await errorOf(ssm.send(new PutParameterCommand({ Name: '/big', Value: big, Type: 'String' })));
    expect(standard.name).toBe('ValidationException');
    expect(standard.message).toMatch(/4096/);
    const advanced = await ssm.send(new PutParameterCommand({ Name: '/big', Value: big, Type: 'String', Tier: 'Advanced' }));
    expect(advanced.Tier).toBe('Advanced');
    const untyped = await errorOf(ssm.send(new PutParameterCommand({ Name: '/untyped', Value: 'v' })));
    expect(untyped.name).toBe('ValidationException');
  });
});
