// A retry strategy for the SDK clients that treats throttling as AWS asking for a slower pace, not as a
// failure. Measured with bench/fleet.ts (30% of all calls throttled): the SDK's standard mode waits up to
// 1 s, 2 s, 4 s ... (full jitter) between throttled attempts, so a few throttles in a row cost a rollout
// batch seconds, and its retry quota (500 tokens, 5 a throttled retry) refuses retries once drained,
// after which a throttled SendCommand fails its hosts outright. Here throttled calls are retried with
// exponential backoff and full jitter, starting small, for as long as a time budget allows, outside any
// quota; other retryable errors (5xx, timeouts) keep the standard treatment: a few attempts, a quota.

/** The SDK's retry error classes (@smithy/types RetryErrorType). */
type RetryErrorType = 'THROTTLING' | 'TRANSIENT' | 'SERVER_ERROR' | 'CLIENT_ERROR';

export interface PatientRetryOptions {
  /** Attempts for retryable errors other than throttling (5xx, timeouts), the first included. Default 3. */
  maxAttempts?: number;
  /** Throttling: the first backoff is a random delay up to this; the ceiling doubles each retry. Default 250 ms. */
  throttleBaseMs?: number;
  /** Throttling: the ceiling of one backoff. Default 20 s (the SDK's own). */
  throttleCapMs?: number;
  /** Throttling: one call gives up once its backoffs add up to this. Default 10 minutes. */
  throttleBudgetMs?: number;
  /** Attempts for one call however it fails, throttling included (a safety net). Default 100. */
  maxThrottledAttempts?: number;
  random?: () => number;
}

const TRANSIENT_BASE_MS = 100;
const TRANSIENT_CAP_MS = 20_000;
const QUOTA = 500;
const TRANSIENT_COST = 10;
const SUCCESS_REFUND = 1;

class PatientToken {
  constructor(
    private readonly count: number,
    private readonly delay: number,
    /** Quota taken by this retry (transient errors only). */
    private readonly cost: number | undefined,
    /** Backoff time spent on throttling so far for this call. */
    readonly throttleWaited: number,
  ) {}

  getRetryCount(): number {
    return this.count;
  }

  /** The SDK's retry middleware waits this long before the next attempt (abortable). */
  getRetryDelay(): number {
    return this.delay;
  }

  getRetryCost(): number | undefined {
    return this.cost;
  }
}

export class PatientRetryStrategy {
  readonly mode = 'standard';
  private capacity = QUOTA;
  private readonly maxAttempts: number;
  private readonly throttleBaseMs: number;
  private readonly throttleCapMs: number;
  private readonly throttleBudgetMs: number;
  private readonly maxThrottledAttempts: number;
  private readonly random: () => number;
  /** Throttled retries granted and their total delay (for benchmarks and logs). */
  readonly stats = { throttledRetries: 0, throttleDelayMs: 0, transientRetries: 0, refused: 0 };

  constructor(options: PatientRetryOptions = {}) {
    this.maxAttempts = options.maxAttempts ?? 3;
    this.throttleBaseMs = options.throttleBaseMs ?? 250;
    this.throttleCapMs = options.throttleCapMs ?? 20_000;
    this.throttleBudgetMs = options.throttleBudgetMs ?? 10 * 60_000;
    this.maxThrottledAttempts = options.maxThrottledAttempts ?? 100;
    this.random = options.random ?? Math.random;
  }

  async acquireInitialRetryToken(_scope: string): Promise<PatientToken> {
    return new PatientToken(0, 0, undefined, 0);
  }

  async refreshRetryTokenForRetry(token: PatientToken, info: { errorType: RetryErrorType; retryAfterHint?: Date }): Promise<PatientToken> {
    const count = token.getRetryCount();
    if (count + 1 >= this.maxThrottledAttempts) return this.refuse();
    if (info.errorType === 'THROTTLING') {
      const ceiling = Math.min(this.throttleCapMs, this.throttleBaseMs * 2 ** Math.min(count, 30));
      let delay = Math.floor(this.random() * ceiling);
      if (info.retryAfterHint instanceof Date)
        delay = Math.max(delay, Math.min(this.throttleCapMs, info.retryAfterHint.getTime() - Date.now()));
      if (token.throttleWaited + delay > this.throttleBudgetMs) return this.refuse();
      this.stats.throttledRetries += 1;
      this.stats.throttleDelayMs += delay;
      return new PatientToken(count + 1, delay, undefined, token.throttleWaited + delay);
    }
    if (info.errorType !== 'TRANSIENT' || count + 1 >= this.maxAttempts || this.capacity < TRANSIENT_COST) return this.refuse();
    this.capacity -= TRANSIENT_COST;
    this.stats.transientRetries += 1;
    const delay = Math.floor(this.random() * Math.min(TRANSIENT_CAP_MS, TRANSIENT_BASE_MS * 2 ** count));
    return new PatientToken(count + 1, delay, TRANSIENT_COST, token.throttleWaited);
  }

  recordSuccess(token: PatientToken): void {
    this.capacity = Math.min(QUOTA, this.capacity + (token.getRetryCost() ?? SUCCESS_REFUND));
  }

  /** Quota left for retries of transient errors. */
  getCapacity(): number {
    return this.capacity;
  }

  private refuse(): never {
    this.stats.refused += 1;
    // The SDK's middleware then throws the call's own error.
    throw new Error('No retry token available');
  }
}
