import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSsmClient, deploySsmClients } from '../../src/adapters/aws-clients.js';
import { PatientRetryStrategy } from '../../src/adapters/retry.js';
import { createSsmCommandPort } from '../../src/adapters/ssm.js';
import { createHostRunner } from '../../src/deploy/host-runner.js';
import type { TargetHost } from '../../src/deploy/ports.js';
import { type FakeAws, simulatedInstance, startFakeAws } from '../world/fakes/aws.js';
import { DUMMY_CREDENTIALS } from '../world/fakes/aws/test-clients.js';

vi.setConfig({ testTimeout: 30_000 });

describe('PatientRetryStrategy', () => {
  it('retries throttling with a doubling, capped, jittered backoff and no quota', async () => {
    const strategy = new PatientRetryStrategy({ random: () => 0.999, throttleBaseMs: 250, throttleCapMs: 2000, throttleBudgetMs: 1e9 });
    const delays: number[] = [];
    // 300 throttled retries in a row, over many calls: the SDK's standard quota would refuse after 100.
    for (let call = 0; call < 30; call++) {
      let token = await strategy.acquireInitialRetryToken('');
      for (let i = 0; i < 10; i++) {
        token = await strategy.refreshRetryTokenForRetry(token, { errorType: 'THROTTLING' });
        if (call === 0) delays.push(token.getRetryDelay());
      }
    }
    expect(delays).toEqual([249, 499, 999, 1998, 1998, 1998, 1998, 1998, 1998, 1998]);
    expect(strategy.stats.throttledRetries).toBe(300);
    expect(strategy.stats.refused).toBe(0);
  });

  it('stops retrying a throttled call once its backoffs would pass the budget', async () => {
    const strategy = new PatientRetryStrategy({ random: () => 0.999, throttleBaseMs: 100, throttleBudgetMs: 1000 });
    let token = await strategy.acquireInitialRetryToken('');
    token = await strategy.refreshRetryTokenForRetry(token, { errorType: 'THROTTLING' }); // 99
    token = await strategy.refreshRetryTokenForRetry(token, { errorType: 'THROTTLING' }); // 199
    token = await strategy.refreshRetryTokenForRetry(token, { errorType: 'THROTTLING' }); // 399: 697 in all
    await expect(strategy.refreshRetryTokenForRetry(token, { errorType: 'THROTTLING' })).rejects.toThrow(/No retry token/);
  });

  it('gives other errors the standard treatment: transient ones up to maxAttempts, client errors never', async () => {
    const strategy = new PatientRetryStrategy({ maxAttempts: 3, random: () => 0 });
    let token = await strategy.acquireInitialRetryToken('');
    token = await strategy.refreshRetryTokenForRetry(token, { errorType: 'TRANSIENT' });
    token = await strategy.refreshRetryTokenForRetry(token, { errorType: 'TRANSIENT' });
    await expect(strategy.refreshRetryTokenForRetry(token, { errorType: 'TRANSIENT' })).rejects.toThrow();
    await expect(
      strategy.refreshRetryTokenForRetry(await strategy.acquireInitialRetryToken(''), { errorType: 'CLIENT_ERROR' }),
    ).rejects.toThrow();
    expect(strategy.getCapacity()).toBe(480);
    strategy.recordSuccess(token);
    expect(strategy.getCapacity()).toBe(490);
  });
});

describe('patient retries against the fake SSM', () => {
  const ids = ['i-0e00000000000000a', 'i-0e00000000000000b', 'i-0e00000000000000c'];
  let fake: FakeAws;
  beforeAll(async () => {
    fake = await startFakeAws({
      instances: ids.map((instanceId) =>
        simulatedInstance({
          instanceId,
          hostname: instanceId,
          durationMs: 100,
          outcome: 'success',
          result: (_c, on) =>
            `${JSON.stringify({ ok: true, mode: 'rollout', instanceId: on.instanceId, copies: [], removed: [], timings: {} })}\n`,
        }),
      ),
    });
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('a throttled SendCommand for several hosts is retried until it gets through, and each host reports on its own', async () => {
    fake.faults.reset();
    // Most SendCommands and listings throttled: the send still gets through, and so do the polls.
    fake.faults.throttle(0.6, ['SendCommand', 'ListCommandInvocations'], 7);
    const { ssm, pollClient } = deploySsmClients({
      region: 'us-east-1',
      endpoint: fake.endpoint,
      credentials: DUMMY_CREDENTIALS,
      pollIntervalMs: 100,
      timeoutMs: 60_000,
      patient: { throttleBaseMs: 20 },
    });
    const runner = createHostRunner(createSsmCommandPort(ssm, { pollClient }), {
      pollIntervalMs: 100,
      parseResult: (stdout) => JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as never,
    });
    const hosts: TargetHost[] = ids.map((instanceId) => ({ instanceId, hostname: instanceId, publicIp: '' }));
    const out = await runner.run({
      sends: [{ hosts, commands: ['plan set'] }],
      comment: 'test',
      deadline: Date.now() + 20_000,
      executionTimeoutSeconds: 60,
    });
    expect(out.map((o) => `${o.host.instanceId} ${o.status} ${o.result?.instanceId}`)).toEqual(ids.map((id) => `${id} Success ${id}`));
    expect(fake.faults.throttledCount('SendCommand')).toBeGreaterThan(0);
    // One command reached the hosts, however many attempts it took.
    expect(new Set(out.map((o) => o.commandId)).size).toBe(1);
    expect(fake.faults.callCount('SendCommand') - fake.faults.throttledCount('SendCommand')).toBe(1);
    ssm.destroy();
    pollClient.destroy();
  });

  it('the SDK standard mode gives up on a throttled call after maxAttempts; patient mode keeps going', async () => {
    fake.faults.reset();
    fake.faults.throttle(1, ['DescribeInstanceInformation']);
    const standard = createSsmClient({
      region: 'us-east-1',
      endpoint: fake.endpoint,
      credentials: DUMMY_CREDENTIALS,
      retryMode: 'standard',
      maxAttempts: 2,
    });
    await expect(createSsmCommandPort(standard).describeInstances({ instanceIds: ids, tags: [] })).rejects.toThrow(/Rate exceeded/);
    expect(fake.faults.throttledCount('DescribeInstanceInformation')).toBe(2);
    standard.destroy();
    const patient = createSsmClient({
      region: 'us-east-1',
      endpoint: fake.endpoint,
      credentials: DUMMY_CREDENTIALS,
      retryMode: 'patient',
      maxAttempts: 2,
      patient: { throttleBaseMs: 5, throttleBudgetMs: 150 },
    });
    const started = Date.now();
    await expect(createSsmCommandPort(patient).describeInstances({ instanceIds: ids, tags: [] })).rejects.toThrow(/Rate exceeded/);
    // Beyond maxAttempts, until the throttling budget was spent.
    expect(fake.faults.throttledCount('DescribeInstanceInformation')).toBeGreaterThan(5);
    expect(Date.now() - started).toBeLessThan(5_000);
    patient.destroy();
  });
});
