// Reading and writing the lock's generations (src/deploy/lock.ts explains them): who holds it now, a
// holder renewing or releasing its own generation. Never touches another deploy's generation.
import type { ParameterStorePort } from './ports.js';
import { describeHolder, generationOf, isLive, parseRecord, type LockGeneration, type LockRecord } from './lock-record.js';

/** Everything stored under the lock's name. */
export interface LockState {
  /** The previous berth release's lock at the name itself: it holds until unlock deletes it. */
  legacy?: LockRecord;
  /** Ascending by generation. */
  generations: LockGeneration[];
}

export async function readLock(store: ParameterStorePort, name: string): Promise<LockState> {
  const [legacy, children] = await Promise.all([store.get(name, false), store.list(name)]);
  const generations: LockGeneration[] = [];
  for (const [parameter, text] of children) {
    const generation = generationOf(name, parameter);
    if (generation !== undefined) generations.push({ generation, parameter, record: parseRecord(text) });
  }
  generations.sort((a, b) => a.generation - b.generation);
  return { ...(legacy !== undefined ? { legacy: parseRecord(legacy) } : {}), generations };
}

/** Who holds the lock at `now`: the previous release's lock, else the highest generation if live. */
export function currentHolder(state: LockState, now: number): LockRecord | undefined {
  if (state.legacy) return state.legacy;
  const top = state.generations.at(-1);
  return top && isLive(top.record, now) ? top.record : undefined;
}

/**
 * Marks this deploy's generation released (never another's). Returns false when another deploy holds
 * the lock now. For the post step and the CLI, which know only the lock's name and the deploy id.
 */
export async function releaseLock(store: ParameterStorePort, name: string, deployId: string, now: number = Date.now()): Promise<boolean> {
  const state = await readLock(store, name);
  for (const own of state.generations) {
    if (own.record.deployId !== deployId || own.record.released !== '') continue;
    const released: LockRecord = { ...own.record, released: new Date(now).toISOString(), releasedBy: 'holder' };
    await store.overwrite(own.parameter, JSON.stringify(released));
  }
  // The previous release's lock, only if this deploy wrote it (read, then delete, as that release did).
  if (state.legacy?.deployId === deployId) await store.delete(name);
  const holder = currentHolder(state, now);
  return holder === undefined || holder.deployId === deployId;
}

/** Overwrites our own generation with a later expiry, then reads back that it is still the highest and ours. */
export async function renewGeneration(
  store: ParameterStorePort,
  name: string,
  held: LockGeneration,
  until: number,
  now: number,
): Promise<{ record: LockRecord } | { notHeld: string }> {
  const before = await readLock(store, name);
  if (!heldBy(before, held)) return { notHeld: notOurs(before, now) };
  const record: LockRecord = { ...held.record, expires: new Date(until).toISOString() };
  await store.overwrite(held.parameter, JSON.stringify(record));
  const after = await readLock(store, name);
  return heldBy(after, held) ? { record } : { notHeld: notOurs(after, now) };
}

function heldBy(state: LockState, held: LockGeneration): boolean {
  const top = state.generations.at(-1);
  return state.legacy === undefined && top?.generation === held.generation && top.record.released === '';
}

export function notOurs(state: LockState, now: number): string {
  if (state.legacy) return `held by ${describeHolder(state.legacy, now)}`;
  const top = state.generations.at(-1);
  if (!top) return 'the lock is gone';
  return top.record.released !== ''
    ? `released ${top.record.released}${top.record.releasedBy === 'unlock' ? ' by unlock' : ''}`
    : `held by ${describeHolder(top.record, now)}`;
}
