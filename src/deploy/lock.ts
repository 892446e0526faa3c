// The fleet-wide deploy lock: one Parameter Store parameter created only if absent
// (PutParameter Overwrite=false is atomic), holding who/when/version/run URL as JSON.
import type { ParameterStorePort } from './ports.js';

export interface LockHolder {
  who: string;
  when: string;
  version: string;
  runUrl: string;
  /** Which deploy holds it, so a release never deletes someone else's lock. */
  deployId: string;
}

export class LockHeldError extends Error {
  override name = 'LockHeldError';
  constructor(
    readonly lockName: string,
    readonly holder: LockHolder | undefined,
    waitedSeconds: number,
  ) {
    super(
      `The deploy lock ${lockName} is held${holder ? ` by ${describeHolder(holder)}` : ''}; waited ${waitedSeconds} s (input lock-wait-seconds). ` +
        `If that deploy is over and the lock is stale, run the unlock command (berth unlock, or the action with command: unlock).`,
    );
  }
}

export function describeHolder(holder: LockHolder): string {
  return `${holder.who || 'someone'} since ${holder.when || '?'} deploying ${holder.version || '?'}${holder.runUrl ? ` (${holder.runUrl})` : ''}`;
}

export function parseHolder(text: string | undefined): LockHolder | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    return {
      who: String(value.who ?? ''),
      when: String(value.when ?? ''),
      version: String(value.version ?? ''),
      runUrl: String(value.runUrl ?? ''),
      deployId: String(value.deployId ?? ''),
    };
  } catch {
    return { who: text, when: '', version: '', runUrl: '', deployId: '' };
  }
}

export interface LockOptions {
  waitSeconds: number;
  /** Seconds between attempts while the lock is held. */
  retrySeconds?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onWait?: (holder: LockHolder | undefined) => void;
  signal?: AbortSignal;
}

export interface HeldLock {
  name: string;
  holder: LockHolder;
  /** False when another deploy holds the lock by now (it was cleared and retaken). */
  release(): Promise<boolean>;
}

/** Takes the lock, waiting at most `waitSeconds` for a holder to let go; throws LockHeldError naming the holder. */
export async function acquireLock(store: ParameterStorePort, name: string, holder: LockHolder, options: LockOptions): Promise<HeldLock> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const started = now();
  let lastHolder: string | undefined;
  for (;;) {
    if (await store.putIfAbsent(name, JSON.stringify(holder))) {
      return { name, holder, release: () => releaseLock(store, name, holder.deployId) };
    }
    const current = parseHolder(await store.get(name, false));
    const waited = (now() - started) / 1000;
    if (waited >= options.waitSeconds || options.signal?.aborted) {
      throw new LockHeldError(name, current, Math.round(waited));
    }
    const shown = current ? JSON.stringify(current) : '';
    if (shown !== lastHolder) {
      options.onWait?.(current);
      lastHolder = shown;
    }
    const retry = (options.retrySeconds ?? 5) * 1000;
    await sleep(Math.max(0, Math.min(retry, options.waitSeconds * 1000 - (now() - started))));
  }
}

/** Deletes the lock if this deploy still holds it. Returns false when another deploy holds it now. */
export async function releaseLock(store: ParameterStorePort, name: string, deployId: string): Promise<boolean> {
  const current = parseHolder(await store.get(name, false));
  if (!current) return true;
  if (current.deployId !== deployId) return false;
  await store.delete(name);
  return true;
}

/** `unlock`: clears the lock whoever holds it; returns the holder it removed, if any. */
export async function clearLock(store: ParameterStorePort, name: string): Promise<LockHolder | undefined> {
  const current = parseHolder(await store.get(name, false));
  if (current) await store.delete(name);
  return current;
}
