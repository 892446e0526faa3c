// The fleet-wide deploy lock in Parameter Store. Parameter Store can create a parameter only if it is
// absent (PutParameter Overwrite=false, atomic) but cannot update or delete one conditionally, so the
// lock is a series of generations `<name>/1`, `<name>/2`, … (one parameter each):
// - the holder is the highest generation, when it is neither released nor expired;
// - taking the lock (none, or the highest released or expired) creates the next generation with
//   Overwrite=false: of deploys that saw the same highest one exactly one creates the next; the
//   creator reads back and holds only if its generation is still the highest;
// - a deploy overwrites only its own generation (renewing it, marking it released); `unlock` creates
//   a released generation above the highest; nobody deletes the highest generation, so it only grows.
// The taker deletes the generations below the one it took over. The parameter at `<name>` itself is the
// previous berth release's lock (no expiry): while it exists, nobody takes the lock.
// README "Lock" states what is left: a holder whose clock runs ahead by more than the safety margin.
import type { ParameterStorePort } from './ports.js';
import { describeHolder, generationParameter, newRecord, type LockGeneration, type LockHolder, type LockRecord } from './lock-record.js';
import { LOCK_EXPIRY_SECONDS, LOCK_MARGIN_SECONDS, LockLease, type HeldLock } from './lock-lease.js';
import { currentHolder, notOurs, readLock, renewGeneration, type LockState } from './lock-store.js';

export { describeHolder, type LockHolder, type LockRecord } from './lock-record.js';
export { LOCK_EXPIRY_SECONDS, LOCK_MARGIN_SECONDS, LOCK_RENEW_SECONDS, LockLostError, type HeldLock } from './lock-lease.js';
export { currentHolder, readLock, releaseLock, type LockState } from './lock-store.js';

export class LockHeldError extends Error {
  override name = 'LockHeldError';
  constructor(
    readonly lockName: string,
    readonly holder: LockRecord | undefined,
    waitedSeconds: number,
    now: number = Date.now(),
  ) {
    super(
      `The deploy lock ${lockName} is held${holder ? ` by ${describeHolder(holder, now)}` : ''}; waited ${waitedSeconds} s (input lock-wait-seconds). ` +
        `If that deploy is over, the lock is taken over once it expires; to clear it now run the unlock command (berth unlock, or the action with command: unlock).`,
    );
  }
}

export interface LockOptions {
  waitSeconds: number;
  /** Seconds between attempts while the lock is held. */
  retrySeconds?: number;
  /** How long the lock holds without renewal (default LOCK_EXPIRY_SECONDS). */
  expirySeconds?: number;
  /** Seconds before its expiry a holder counts the lock lost (default LOCK_MARGIN_SECONDS). */
  marginSeconds?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Another deploy holds it (called when the holder or its expiry changes). */
  onWait?: (holder: LockRecord | undefined) => void;
  /** This deploy took the lock over from a holder whose lock expired without being released. */
  onTakeover?: (previous: LockRecord) => void;
  signal?: AbortSignal;
}

/** Takes the lock, waiting at most `waitSeconds` for a holder to let go or expire; throws LockHeldError naming the holder. */
export async function acquireLock(store: ParameterStorePort, name: string, holder: LockHolder, options: LockOptions): Promise<HeldLock> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const expiryMs = (options.expirySeconds ?? LOCK_EXPIRY_SECONDS) * 1000;
  const started = now();
  let lastShown: string | undefined;
  for (;;) {
    let state = await readLock(store, name);
    if (!currentHolder(state, now())) {
      const previous = state.generations.at(-1)?.record;
      // `when` is when this deploy took it: the time it asked may be long before.
      const at = now();
      const taken = await takeNext(store, name, state, newRecord({ ...holder, when: new Date(at).toISOString() }, at + expiryMs));
      if (taken) {
        if (previous && previous.released === '') options.onTakeover?.(previous);
        return new LockLease(store, name, taken, {
          now,
          expiryMs,
          marginMs: (options.marginSeconds ?? LOCK_MARGIN_SECONDS) * 1000,
        });
      }
      state = await readLock(store, name);
    }
    const current = currentHolder(state, now());
    const waited = (now() - started) / 1000;
    if (waited >= options.waitSeconds || options.signal?.aborted) throw new LockHeldError(name, current, Math.round(waited), now());
    // Someone took it and let go in between: try again at once.
    if (!current) continue;
    const shown = JSON.stringify(current);
    if (shown !== lastShown) {
      options.onWait?.(current);
      lastShown = shown;
    }
    const retry = (options.retrySeconds ?? 5) * 1000;
    await sleep(Math.max(0, Math.min(retry, options.waitSeconds * 1000 - (now() - started))));
  }
}

/** Creates the generation above the highest one seen; the lock is ours only if it is still the highest when read back. */
async function takeNext(store: ParameterStorePort, name: string, seen: LockState, record: LockRecord): Promise<LockGeneration | undefined> {
  const generation = (seen.generations.at(-1)?.generation ?? 0) + 1;
  const parameter = generationParameter(name, generation);
  if (!(await store.putIfAbsent(parameter, JSON.stringify(record)))) return undefined;
  const after = await readLock(store, name);
  if (after.legacy === undefined && after.generations.at(-1)?.generation === generation) {
    await sweep(store, after, generation);
    return { generation, parameter, record };
  }
  // A higher generation this deploy read too late, or the previous release's lock: not ours to hold.
  await store.delete(parameter);
  return undefined;
}

/** Deletes the generations below the one just taken over (kept: whose it was). Best effort: leftovers are swept next time. */
async function sweep(store: ParameterStorePort, state: LockState, taken: number): Promise<void> {
  for (const old of state.generations) {
    if (old.generation >= taken - 1) continue;
    await store.delete(old.parameter).catch(() => undefined);
  }
}

/**
 * The lock a stopped process of deploy `deployId` took, held again by the process that finishes that
 * deploy (the post step after a cancel), so it can renew and release it. Undefined when the lock is no
 * longer this deploy's (expired and taken over, cleared by unlock, released).
 */
export async function resumeLock(
  store: ParameterStorePort,
  name: string,
  deployId: string,
  now: () => number = Date.now,
): Promise<HeldLock | undefined> {
  const state = await readLock(store, name);
  const top = state.generations.at(-1);
  if (!top || currentHolder(state, now())?.deployId !== deployId || top.record.deployId !== deployId) return undefined;
  return new LockLease(store, name, top, { now, expiryMs: LOCK_EXPIRY_SECONDS * 1000, marginMs: LOCK_MARGIN_SECONDS * 1000 });
}

/**
 * Moves this deploy's expiry to `until` if it still holds the lock (the highest generation, not
 * released). Returns the record written, or why the lock is not this deploy's (a holder description).
 * The post step can use it to keep the lock while in-flight commands run.
 */
export async function extendLock(
  store: ParameterStorePort,
  name: string,
  deployId: string,
  until: number,
  now: number = Date.now(),
): Promise<{ record: LockRecord } | { notHeld: string }> {
  const state = await readLock(store, name);
  const top = state.generations.at(-1);
  if (!top || top.record.deployId !== deployId) return { notHeld: notOurs(state, now) };
  return renewGeneration(store, name, top, until, now);
}

/**
 * `unlock`: clears the lock whoever holds it, by creating a released generation above the highest one
 * (a holder still running sees it at its next renewal and stops), and deletes the previous release's
 * lock. Returns the holders it cleared (none when the lock was free).
 */
export async function clearLock(store: ParameterStorePort, name: string, now: () => number = Date.now): Promise<LockRecord[]> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const state = await readLock(store, name);
    const cleared: LockRecord[] = [];
    if (state.legacy) {
      await store.delete(name);
      cleared.push(state.legacy);
    }
    const top = state.generations.at(-1);
    if (!top || top.record.released !== '') return cleared;
    const at = new Date(now()).toISOString();
    const tombstone: LockRecord = {
      who: 'unlock',
      when: at,
      version: '',
      runUrl: '',
      deployId: '',
      expires: at,
      released: at,
      releasedBy: 'unlock',
    };
    if (await store.putIfAbsent(generationParameter(name, top.generation + 1), JSON.stringify(tombstone))) return [...cleared, top.record];
  }
  throw new Error(`The deploy lock ${name} changed hands three times while clearing it; run unlock again.`);
}
