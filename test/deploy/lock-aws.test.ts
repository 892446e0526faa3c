// The fleet lock through the real SDK client against the fake AWS's Parameter Store (over HTTP):
// deploys racing for an expired lock, a crashed holder taken over only once its lock expired.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSsmClient } from '../../src/adapters/aws-clients.js';
import { createParameterStore } from '../../src/adapters/parameters.js';
import { acquireLock, LockHeldError } from '../../src/deploy/lock.js';
import type { ParameterStorePort } from '../../src/deploy/ports.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { DUMMY_CREDENTIALS } from '../world/fakes/aws/test-clients.js';
import { heldInFake, lockGenerations } from './lock-helpers.js';

vi.setConfig({ testTimeout: 30_000 });

let aws: FakeAws;
/** One client per deploy, as separate runners would have. */
const stores: ParameterStorePort[] = [];
beforeAll(async () => {
  aws = await startFakeAws({ instances: [] });
  for (let i = 0; i < 6; i++) {
    stores.push(createParameterStore(createSsmClient({ region: 'us-east-1', endpoint: aws.endpoint, credentials: DUMMY_CREDENTIALS })));
  }
});
afterAll(async () => {
  await aws?.stop();
});
beforeEach(() => {
  aws.parameters.clear();
});

const LOCK = '/berth/race/lock';
const holder = (who: string) => ({ who, when: '', version: `v-${who}`, runUrl: '', deployId: `id-${who}` });

function seed(generation: number, who: string, expires: number): string {
  const value = JSON.stringify({
    ...holder(who),
    when: new Date(expires - 300_000).toISOString(),
    expires: new Date(expires).toISOString(),
    released: '',
    releasedBy: '',
  });
  aws.parameters.set(`${LOCK}/${generation}`, { value, type: 'String', version: 1, tier: 'Standard', lastModified: new Date() });
  return value;
}

describe('the fleet lock in Parameter Store', () => {
  it('of six deploys racing for an expired lock exactly one takes it; the others fail naming it', async () => {
    const crashed = seed(7, 'crashed', Date.now() - 1000);
    const outcomes = await Promise.all(
      stores.map((store, i) =>
        acquireLock(store, LOCK, holder(`d${i}`), { waitSeconds: 0 }).then(
          (lock) => ({ won: lock.record.who }),
          (error: unknown) => ({ lost: error }),
        ),
      ),
    );
    const winners = outcomes.flatMap((o) => ('won' in o ? [o.won] : []));
    expect(winners).toHaveLength(1);
    for (const o of outcomes) {
      if ('lost' in o) {
        expect(o.lost).toBeInstanceOf(LockHeldError);
        expect((o.lost as Error).message).toContain(`is held by ${winners[0]} since`);
      }
    }
    expect(lockGenerations(aws.parameters, LOCK).map((g) => `${g.generation} ${g.record.who}`)).toEqual(['7 crashed', `8 ${winners[0]}`]);
    expect(aws.parameters.get(`${LOCK}/7`)?.value).toBe(crashed);
    expect(heldInFake(aws.parameters, LOCK)?.who).toBe(winners[0]);
  });

  it("a crashed holder's lock is waited for until it expires, never removed early, then taken over", async () => {
    const expires = Date.now() + 2500;
    const crashed = seed(1, 'crashed', expires);
    const seen: string[] = [];
    const lock = await acquireLock(stores[0] as ParameterStorePort, LOCK, holder('next'), {
      waitSeconds: 20,
      retrySeconds: 0.5,
      onWait: (h) => seen.push(`wait ${h?.who}`),
      onTakeover: (h) => seen.push(`took over from ${h.who} at ${Date.now() >= expires ? 'expiry' : 'TOO EARLY'}`),
      sleep: async (ms) => {
        expect(aws.parameters.get(`${LOCK}/1`)?.value).toBe(crashed);
        await new Promise((resolve) => setTimeout(resolve, ms));
      },
    });
    expect(seen).toEqual(['wait crashed', 'took over from crashed at expiry']);
    expect(Date.parse(lock.record.when)).toBeGreaterThanOrEqual(expires);
    expect(aws.parameters.get(`${LOCK}/1`)?.value).toBe(crashed);
    expect(await lock.release()).toBe(true);
    expect(lockGenerations(aws.parameters, LOCK).map((g) => `${g.generation} ${g.record.who} ${g.record.releasedBy || 'held'}`)).toEqual([
      '1 crashed held',
      '2 next holder',
    ]);
    expect(heldInFake(aws.parameters, LOCK)).toBeUndefined();
  });
});
