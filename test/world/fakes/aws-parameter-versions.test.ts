// The fake Parameter Store's versions and limits, as berth's secrets rely on them: the last 100
// versions kept and answered by `name:version` selectors (Name plain, Selector `:N`, as AWS answers),
// older ones listed in InvalidParameters; the value limit counted in UTF-8 bytes.
import { GetParametersCommand, PutParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeAws, startFakeAws } from './aws.js';
import { ssmClient } from './aws/test-clients.js';

vi.setConfig({ testTimeout: 60_000 });

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
beforeEach(() => fake.parameters.clear());

const put = (name: string, value: string, extra: { Tier?: 'Standard' | 'Advanced' } = {}) =>
  ssm.send(new PutParameterCommand({ Name: name, Value: value, Type: 'SecureString', Overwrite: true, ...extra }));

describe('fake Parameter Store versions', () => {
  it('answers name:version selectors for older versions, with the plain Name and the Selector', async () => {
    for (const value of ['one', 'two', 'three']) await put('/s/db', value);
    const out = await ssm.send(new GetParametersCommand({ Names: ['/s/db:1', '/s/db:3', '/s/db'], WithDecryption: true }));
    expect(out.Parameters?.map((p) => [p.Name, p.Selector, p.Version, p.Value])).toEqual([
      ['/s/db', ':1', 1, 'one'],
      ['/s/db', ':3', 3, 'three'],
      ['/s/db', undefined, 3, 'three'],
    ]);
    expect(out.InvalidParameters).toEqual([]);
  });

  it('keeps the last 100 versions: an older selector is listed in InvalidParameters', async () => {
    for (let i = 1; i <= 102; i++) await put('/s/many', `v${i}`);
    const out = await ssm.send(
      new GetParametersCommand({ Names: ['/s/many:1', '/s/many:2', '/s/many:3', '/s/many:102'], WithDecryption: true }),
    );
    expect(out.Parameters?.map((p) => p.Value)).toEqual(['v3', 'v102']);
    expect(out.InvalidParameters).toEqual(['/s/many:1', '/s/many:2']);
  });

  it('counts the Standard tier limit in UTF-8 bytes', async () => {
    await put('/s/ascii', 'a'.repeat(4096));
    // 2,049 characters, 4,098 bytes.
    await expect(put('/s/accents', 'é'.repeat(2049))).rejects.toMatchObject({ name: 'ValidationException' });
    expect((await put('/s/accents', 'é'.repeat(2049), { Tier: 'Advanced' })).Tier).toBe('Advanced');
  });
});
