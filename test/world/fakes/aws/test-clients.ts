// Real SDK v3 clients pointed at a fake: what the tests (and other engineers' tests) use to talk to it.
import { OpsWorksClient } from '@aws-sdk/client-opsworks';
import { SSMClient } from '@aws-sdk/client-ssm';

export const DUMMY_CREDENTIALS = { accessKeyId: 'AKIDFAKEBERTH0000000', secretAccessKey: 'fake-secret-key-for-the-local-world' };

/** `maxAttempts: 1` by default so a test sees each answer the fake gives, not the SDK's retries. */
export function ssmClient(endpoint: string, maxAttempts = 1): SSMClient {
  return new SSMClient({ endpoint, region: 'eu-west-1', credentials: DUMMY_CREDENTIALS, maxAttempts });
}

export function opsworksClient(endpoint: string, maxAttempts = 1): OpsWorksClient {
  return new OpsWorksClient({ endpoint, region: 'us-east-1', credentials: DUMMY_CREDENTIALS, maxAttempts });
}

/** Polls until `read` returns a value `done` accepts, or fails with the last value after `timeoutMs`. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
