// Reading the fleet lock's generations in tests: from a ParameterStorePort, or from the fake AWS's map.
import { currentHolder, readLock, type LockRecord } from '../../src/deploy/lock.js';
import { generationOf, parseRecord } from '../../src/deploy/lock-record.js';
import type { ParameterStorePort } from '../../src/deploy/ports.js';

/** Who holds the lock at `now` (undefined: free). */
export async function lockHolder(store: ParameterStorePort, name: string, now: number): Promise<LockRecord | undefined> {
  return currentHolder(await readLock(store, name), now);
}

/** The lock was taken and let go: its highest generation is marked released (and no earlier release's lock is left). */
export async function lockReleased(store: ParameterStorePort, name: string): Promise<boolean> {
  const state = await readLock(store, name);
  const top = state.generations.at(-1);
  return state.legacy === undefined && top !== undefined && top.record.released !== '';
}

/** The lock's generations in the fake AWS's parameters, ascending. */
export function lockGenerations(parameters: Map<string, { value: string }>, name: string): { generation: number; record: LockRecord }[] {
  return [...parameters]
    .flatMap(([parameter, stored]) => {
      const generation = generationOf(name, parameter);
      return generation === undefined ? [] : [{ generation, record: parseRecord(stored.value) }];
    })
    .sort((a, b) => a.generation - b.generation);
}

/** Held in the fake AWS: the previous release's lock, or the highest generation live. */
export function heldInFake(parameters: Map<string, { value: string }>, name: string, now = Date.now()): LockRecord | undefined {
  const legacy = parameters.get(name);
  const generations = lockGenerations(parameters, name).map((g) => ({ ...g, parameter: `${name}/${g.generation}` }));
  return currentHolder({ ...(legacy ? { legacy: parseRecord(legacy.value) } : {}), generations }, now);
}
