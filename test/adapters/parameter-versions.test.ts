// The adapter's version look-up: GetParameters without decryption (versions only, never a value), 10
// names a call, missing names left out.
import { GetParametersCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-vitest/extend';
import { beforeEach, describe, expect, it } from 'vitest';
import { createParameterStore } from '../../src/adapters/parameters.js';

const ssm = mockClient(SSMClient);
beforeEach(() => ssm.reset());
const store = () => createParameterStore(new SSMClient({ region: 'eu-west-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }));

describe('Parameter Store versions', () => {
  it('reads versions 10 names a call, without decryption, leaving out what does not exist', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `/p/n${i}`);
    ssm.on(GetParametersCommand).callsFake((input: { Names: string[] }) => ({
      Parameters: input.Names.filter((n) => n !== '/p/n11').map((n) => ({
        Name: n,
        Version: Number(n.slice(4)) + 1,
        Value: 'AQICAH-cipher',
      })),
      InvalidParameters: input.Names.filter((n) => n === '/p/n11'),
    }));
    const versions = await store().versions(names);
    expect(versions.get('/p/n0')).toBe(1);
    expect(versions.get('/p/n10')).toBe(11);
    expect(versions.has('/p/n11')).toBe(false);
    expect(ssm).toHaveReceivedCommandTimes(GetParametersCommand, 2);
    expect(ssm).toHaveReceivedCommandWith(GetParametersCommand, { Names: names.slice(0, 10), WithDecryption: false });
    expect(ssm).toHaveReceivedCommandWith(GetParametersCommand, { Names: names.slice(10), WithDecryption: false });
  });
});
