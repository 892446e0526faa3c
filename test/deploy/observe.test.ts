import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/deploy/lock.js';
import { describeLock, observeLock } from '../../src/deploy/observe.js';
import { memoryParameters } from './fakes.js';

describe('observers', () => {
  it('the lock observer tells waiting, taking and releasing', async () => {
    let clock = 1_000;
    const store = memoryParameters();
    const other = await acquireLock(
      store,
      '/berth/production/lock',
      { who: 'bob', when: '', version: 'v1', runUrl: '', deployId: 'b' },
      { waitSeconds: 0 },
    );
    const { parameters, lock } = observeLock(store, '/berth/production/lock', () => clock);
    const taking = acquireLock(
      parameters,
      '/berth/production/lock',
      { who: 'ci', when: '', version: 'v2', runUrl: '', deployId: 'c' },
      {
        waitSeconds: 60,
        retrySeconds: 6,
        now: () => clock,
        sleep: async (ms) => {
          clock += ms;
          if (clock >= 13_000) await other.release();
        },
      },
    );
    const held = await taking;
    expect(describeLock(lock)).toBe(
      '/berth/production/lock: taken after waiting 12 s, NOT released (it expires by itself within 5 minutes; berth unlock clears it now)',
    );
    await parameters.putIfAbsent('/berth/other', '{}');
    await held.release();
    expect(describeLock(lock)).toBe('/berth/production/lock: taken after waiting 12 s, released');
    expect(lock.attempts).toBe(3);
  });
});
