// A held fleet lock: the generation this deploy created, renewed in the background before it expires,
// and a `lost` signal that fires when this deploy can no longer count on holding it (another holder,
// unlock, or no renewal in time). The pipeline stops starting new batches when `lost` fires.
import type { ParameterStorePort } from './ports.js';
import { expiresAt, type LockGeneration, type LockRecord } from './lock-record.js';
import { releaseLock, renewGeneration } from './lock-store.js';

/** How long a generation holds the lock without a renewal. */
export const LOCK_EXPIRY_SECONDS = 300;
/** How often a holder renews it (well inside the expiry: a few renewals in a row may fail). */
export const LOCK_RENEW_SECONDS = 60;
/**
 * A holder counts its lock lost this long before the expiry it wrote, and a renewal that completes
 * later does not count: covers clocks that disagree and a renewal's write landing late.
 */
export const LOCK_MARGIN_SECONDS = 60;

/** The `lost` signal's reason. */
export class LockLostError extends Error {
  override name = 'LockLostError';
  constructor(
    readonly lockName: string,
    readonly why: string,
  ) {
    super(`Lost the deploy lock ${lockName}: ${why}`);
  }
}

export interface HeldLock {
  readonly name: string;
  readonly generation: number;
  /** The generation as last written: holder and expiry. */
  readonly record: LockRecord;
  /** Aborted (reason: LockLostError) when this deploy no longer holds the lock; never un-aborts. */
  readonly lost: AbortSignal;
  /** Renews now; false when the lock is lost (then `lost` is aborted). Throws when Parameter Store fails. */
  renew(): Promise<boolean>;
  /** Renews every `everyMs` until released or lost; `onError` hears a renewal that failed (retried next time). */
  keepRenewed(options?: { everyMs?: number; onError?: (error: unknown) => void }): void;
  /** Stops renewing and marks the generation released. False when another deploy holds the lock now. */
  release(): Promise<boolean>;
}

export interface LeaseOptions {
  now: () => number;
  expiryMs: number;
  marginMs: number;
}

export class LockLease implements HeldLock {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private renewing: Promise<boolean> | undefined;

  constructor(
    private readonly store: ParameterStorePort,
    readonly name: string,
    private held: LockGeneration,
    private readonly options: LeaseOptions,
  ) {}

  get generation(): number {
    return this.held.generation;
  }

  get record(): LockRecord {
    return this.held.record;
  }

  get lost(): AbortSignal {
    return this.controller.signal;
  }

  renew(): Promise<boolean> {
    if (this.lost.aborted) return Promise.resolve(false);
    // One renewal at a time: the timer's and a caller's share it.
    this.renewing ??= this.renewOnce().finally(() => {
      this.renewing = undefined;
    });
    return this.renewing;
  }

  keepRenewed(options: { everyMs?: number; onError?: (error: unknown) => void } = {}): void {
    const everyMs = options.everyMs ?? LOCK_RENEW_SECONDS * 1000;
    const next = () => {
      if (this.stopped || this.lost.aborted) return;
      this.timer = setTimeout(() => {
        this.renew().then(next, (error: unknown) => {
          options.onError?.(error);
          next();
        });
      }, everyMs);
      // The deploy's own work keeps the process alive; the renewal alone must not.
      this.timer.unref?.();
    };
    next();
  }

  async release(): Promise<boolean> {
    this.stop();
    // A renewal in flight would overwrite the released mark with a live record: let it finish first.
    await this.renewing?.catch(() => undefined);
    return releaseLock(this.store, this.name, this.held.record.deployId, this.options.now());
  }

  private stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
  }

  private async renewOnce(): Promise<boolean> {
    const { now, expiryMs, marginMs } = this.options;
    const trustedUntil = expiresAt(this.held.record) - marginMs;
    if (now() >= trustedUntil) return this.lose(`it was not renewed in time (it expires ${this.held.record.expires})`);
    const result = await renewGeneration(this.store, this.name, this.held, now() + expiryMs, now());
    if ('notHeld' in result) return this.lose(result.notHeld);
    // The write may have landed after another deploy saw the old expiry pass: then it does not count.
    if (now() >= trustedUntil) return this.lose(`renewing it took until after ${new Date(trustedUntil).toISOString()}`);
    this.held = { ...this.held, record: result.record };
    return true;
  }

  private lose(why: string): false {
    this.stop();
    if (!this.lost.aborted) this.controller.abort(new LockLostError(this.name, why));
    return false;
  }
}
