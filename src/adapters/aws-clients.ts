// AWS clients as berth uses them: region, optional endpoint override (VPC endpoints, the local fake),
// and a retry mode: the SDK's adaptive (default) or standard, or `patient` (src/adapters/retry.ts):
// throttled calls retried with backoff and jitter within a time budget, outside the SDK's retry quota.
import { SSMClient } from '@aws-sdk/client-ssm';
import { OpsWorksClient } from '@aws-sdk/client-opsworks';
import { PatientRetryStrategy, type PatientRetryOptions } from './retry.js';

export interface AwsClientSettings {
  region: string;
  /** e.g. https://ssm.eu-west-1.amazonaws.com or http://127.0.0.1:PORT; empty = AWS default. */
  endpoint?: string;
  /** Total attempts per call, including the first (throttling retries count too). */
  maxAttempts?: number;
  /**
   * `adaptive` (default) also slows our own sending down after throttling; `standard` only backs off per
   * call, and stops retrying once its retry quota is spent; `patient` retries throttling within a time
   * budget (`patient` options), other errors up to maxAttempts.
   */
  retryMode?: 'adaptive' | 'standard' | 'patient';
  /** For retryMode `patient`: backoff of throttled calls (maxAttempts applies to other retryable errors). */
  patient?: Omit<PatientRetryOptions, 'maxAttempts'>;
  /** Explicit credentials (tests, the local world); default the SDK's provider chain (env, OIDC role, ...). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

function common(settings: AwsClientSettings) {
  const maxAttempts = settings.maxAttempts ?? 8;
  return {
    region: settings.region,
    ...(settings.retryMode === 'patient'
      ? { retryStrategy: new PatientRetryStrategy({ ...settings.patient, maxAttempts }) }
      : { retryMode: settings.retryMode ?? 'adaptive' }),
    maxAttempts,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
  };
}

export function createSsmClient(settings: AwsClientSettings): SSMClient {
  return new SSMClient(common(settings));
}

export function createOpsWorksClient(settings: AwsClientSettings): OpsWorksClient {
  return new OpsWorksClient(common(settings));
}

/** When the client's credentials expire (assumed roles last about an hour), if they say so. */
export async function credentialsExpiry(client: SSMClient | OpsWorksClient): Promise<Date | undefined> {
  try {
    const provider = client.config.credentials;
    const credentials = await provider();
    return credentials.expiration;
  } catch {
    return undefined;
  }
}

export interface DeploySsmClientSettings extends AwsClientSettings {
  /** The host runner's poll interval: a throttled status listing is retried for at most about this long. */
  pollIntervalMs: number;
  /** The deploy's overall timeout: a throttled call that must get through (SendCommand, the lock) keeps trying this long at most. */
  timeoutMs: number;
}

/**
 * The two SSM clients of a deploy (src/app/wiring.ts; bench/fleet.ts measures the same). Both retry
 * throttling patiently (src/adapters/retry.ts) instead of the SDK's standard mode, whose growing waits
 * and retry quota made a throttled fleet deploy slow and, once the quota was spent, failed it:
 * - `ssm`: SendCommand, the lock, cancels: throttling retried within the deploy's timeout.
 * - `pollClient`: the host runner's status listings: a throttled page is retried briefly (within about
 *   one poll interval) so a listing of many pages is not lost for one throttled page; other errors
 *   are not retried (the next round asks again).
 * `retryMode` standard or adaptive gives the SDK's own modes instead (to compare).
 */
export function deploySsmClients(settings: DeploySsmClientSettings): { ssm: SSMClient; pollClient: SSMClient } {
  const { pollIntervalMs, timeoutMs, ...base } = settings;
  if (base.retryMode === 'standard' || base.retryMode === 'adaptive') {
    return { ssm: createSsmClient(base), pollClient: createSsmClient({ ...base, maxAttempts: 1 }) };
  }
  return {
    ssm: createSsmClient({ ...base, retryMode: 'patient', patient: { throttleBudgetMs: timeoutMs, ...base.patient } }),
    pollClient: createSsmClient({
      ...base,
      retryMode: 'patient',
      maxAttempts: 1,
      patient: {
        throttleBaseMs: Math.max(50, Math.min(250, pollIntervalMs / 4)),
        throttleBudgetMs: pollIntervalMs,
        maxThrottledAttempts: 6,
      },
    }),
  };
}
