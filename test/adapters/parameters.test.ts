import {
  DeleteParameterCommand,
  GetParameterCommand,
  GetParametersByPathCommand,
  GetParametersCommand,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-vitest/extend';
import { beforeEach, describe, expect, it } from 'vitest';
import { createParameterStore } from '../../src/adapters/parameters.js';

const ssm = mockClient(SSMClient);
beforeEach(() => ssm.reset());
const store = () => createParameterStore(new SSMClient({ region: 'eu-west-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }));
const named = (name: string) => Object.assign(new Error(name), { name });

describe('the Parameter Store adapter', () => {
  it('stores staged secrets as SecureString', async () => {
    ssm.on(PutParameterCommand).resolves({ Version: 1 });
    await store().putSecure('/berth/p/secrets/x', 's3cret', true);
    expect(ssm).toHaveReceivedCommandWith(PutParameterCommand, {
      Name: '/berth/p/secrets/x',
      Value: 's3cret',
      Type: 'SecureString',
      Overwrite: true,
    });
  });

  it('creates the lock only if absent: false when it exists, other errors thrown', async () => {
    ssm
      .on(PutParameterCommand)
      .resolvesOnce({ Version: 1 })
      .rejectsOnce(named('ParameterAlreadyExists'))
      .rejectsOnce(named('AccessDeniedException'));
    const s = store();
    expect(await s.putIfAbsent('/lock', '{}')).toBe(true);
    expect(await s.putIfAbsent('/lock', '{}')).toBe(false);
    await expect(s.putIfAbsent('/lock', '{}')).rejects.toThrow('AccessDeniedException');
    expect(ssm).toHaveReceivedCommandWith(PutParameterCommand, { Name: '/lock', Overwrite: false });
  });

  it("overwrites the lock's own generation as a String", async () => {
    ssm.on(PutParameterCommand).resolves({ Version: 2 });
    await store().overwrite('/lock/3', '{}');
    expect(ssm).toHaveReceivedCommandWith(PutParameterCommand, { Name: '/lock/3', Value: '{}', Type: 'String', Overwrite: true });
  });

  it("lists the lock's generations under its path, every page, without recursion", async () => {
    ssm
      .on(GetParametersByPathCommand)
      .resolvesOnce({ Parameters: [{ Name: '/lock/1', Value: 'one' }], NextToken: 't' })
      .resolvesOnce({ Parameters: [{ Name: '/lock/2', Value: 'two' }] });
    expect([...(await store().list('/lock'))]).toEqual([
      ['/lock/1', 'one'],
      ['/lock/2', 'two'],
    ]);
    expect(ssm).toHaveReceivedCommandWith(GetParametersByPathCommand, { Path: '/lock', Recursive: false, NextToken: 't' });
  });

  it('reads one parameter, undefined when missing', async () => {
    ssm.on(GetParameterCommand, { Name: '/a' }).resolves({ Parameter: { Name: '/a', Value: 'A' } });
    ssm.on(GetParameterCommand, { Name: '/b' }).rejects(named('ParameterNotFound'));
    expect(await store().get('/a', true)).toBe('A');
    expect(await store().get('/b', true)).toBeUndefined();
  });

  it('reads many in calls of at most 10 names', async () => {
    ssm
      .on(GetParametersCommand)
      .callsFake((input: { Names: string[] }) => ({ Parameters: input.Names.map((n) => ({ Name: n, Value: n.toUpperCase() })) }));
    const names = Array.from({ length: 23 }, (_, i) => `/p${i}`);
    const values = await store().getMany(names, true);
    expect(values.size).toBe(23);
    expect(values.get('/p22')).toBe('/P22');
    expect(ssm).toHaveReceivedCommandTimes(GetParametersCommand, 3);
  });

  it('deletes, ignoring a parameter already gone', async () => {
    ssm.on(DeleteParameterCommand).rejects(named('ParameterNotFound'));
    await expect(store().delete('/gone')).resolves.toBeUndefined();
  });
});
