import { describe, expect, it } from 'vitest';
import { describeLock, observeLock } from '../../src/deploy/observe.js';
import type { ParameterStorePort } from '../../src/deploy/ports.js';

describe('observers', () => {
  it('the lock observer tells waiting, taking and releasing', async () => {
    let clock = 1_000;
    let held = true;
    const store: ParameterStorePort = {
      putSecure: async () => undefined,
      putIfAbsent: async () => !held,
      get: async () => undefined,
      getMany: async () => new Map(),
      versions: async () => new Map(),
      delete: async () => undefined,
    };
    const { parameters, lock } = observeLock(store, '/berth/production/lock', () => clock);
    expect(await parameters.putIfAbsent('/berth/production/lock', '{}')).toBe(false);
    clock += 12_000;
    held = false;
    expect(await parameters.putIfAbsent('/berth/production/lock', '{}')).toBe(true);
    expect(describeLock(lock)).toBe('/berth/production/lock: taken after waiting 12 s, NOT released (run berth unlock if it stays)');
    await parameters.putIfAbsent('/berth/other', '{}');
    await parameters.delete('/berth/production/lock');
    expect(describeLock(lock)).toBe('/berth/production/lock: taken after waiting 12 s, released');
    expect(lock.attempts).toBe(2);
  });
});
