// AWS clients as berth uses them: region, optional endpoint override (VPC endpoints, the local fake),
// and the SDK's adaptive retry mode, which slows down on ThrottlingException instead of failing.
import { SSMClient } from '@aws-sdk/client-ssm';
import { OpsWorksClient } from '@aws-sdk/client-opsworks';

export interface AwsClientSettings {
  region: string;
  /** e.g. https://ssm.eu-west-1.amazonaws.com or http://127.0.0.1:PORT; empty = AWS default. */
  endpoint?: string;
  /** Total attempts per call, including the first (throttling retries count too). */
  maxAttempts?: number;
  /** `adaptive` (default) also slows our own sending down after throttling; `standard` only backs off per call. */
  retryMode?: 'adaptive' | 'standard';
  /** Explicit credentials (tests, the local world); default the SDK's provider chain (env, OIDC role, ...). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

function common(settings: AwsClientSettings) {
  return {
    region: settings.region,
    retryMode: settings.retryMode ?? 'adaptive',
    maxAttempts: settings.maxAttempts ?? 8,
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
