// `berth unlock` and the action's unlock against the fake AWS (Parameter Store over HTTP, real SDK).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSsmClient } from '../../src/adapters/aws-clients.js';
import { createParameterStore } from '../../src/adapters/parameters.js';
import { unlock } from '../../src/app/unlock.js';
import { parseActionInputs } from '../../src/app/inputs.js';
import { acquireLock } from '../../src/deploy/lock.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { DUMMY_CREDENTIALS } from '../world/fakes/aws/test-clients.js';
import { recordingLog } from './fakes.js';
import { lockHolder } from './lock-helpers.js';

let aws: FakeAws;
beforeAll(async () => {
  aws = await startFakeAws({ instances: [] });
});
afterAll(async () => {
  await aws?.stop();
});

describe('unlock', () => {
  it('clears a lock left by a dead deploy and names its holder; a second unlock has nothing to do', async () => {
    const at = Date.parse('2026-11-25T09:00:00Z');
    const store = createParameterStore(createSsmClient({ region: 'us-east-1', endpoint: aws.endpoint, credentials: DUMMY_CREDENTIALS }));
    await acquireLock(
      store,
      '/berth/staging/lock',
      { who: 'alice', when: '2026-11-25T09:00:00Z', version: 'v7', runUrl: 'https://x/runs/7', deployId: 'dead' },
      { waitSeconds: 0, now: () => at },
    );
    expect(aws.parameters.has('/berth/staging/lock/1')).toBe(true);
    const inputs = parseActionInputs((name) => (({ command: 'unlock', environment: 'staging' }) as Record<string, string>)[name] ?? '');
    const log = recordingLog();
    expect(await unlock(inputs, store, log, () => at + 60_000)).toBe(
      'Released the deploy lock /berth/staging/lock, held by alice since 2026-11-25T09:00:00.000Z deploying v7 (https://x/runs/7), expires 2026-11-25T09:05:00.000Z unless renewed',
    );
    // The holder's generation stays as it was; a released generation above it ends its hold.
    expect(JSON.parse(aws.parameters.get('/berth/staging/lock/1')?.value ?? '')).toMatchObject({ deployId: 'dead', released: '' });
    expect(JSON.parse(aws.parameters.get('/berth/staging/lock/2')?.value ?? '')).toMatchObject({ who: 'unlock', releasedBy: 'unlock' });
    expect(await lockHolder(store, '/berth/staging/lock', at + 60_000)).toBeUndefined();
    expect(await unlock(inputs, store, log, () => at + 60_000)).toBe('The deploy lock /berth/staging/lock was not held; nothing to do');
  });

  it('clears the lock an earlier berth release left at the name itself, naming its holder', async () => {
    const store = createParameterStore(createSsmClient({ region: 'us-east-1', endpoint: aws.endpoint, credentials: DUMMY_CREDENTIALS }));
    await store.putIfAbsent(
      '/berth/old/lock',
      JSON.stringify({ who: 'bob', when: '2026-10-01T00:00:00Z', version: 'v1', runUrl: '', deployId: 'x' }),
    );
    const inputs = parseActionInputs(
      (name) => (({ command: 'unlock', 'lock-name': '/berth/old/lock' }) as Record<string, string>)[name] ?? '',
    );
    expect(await unlock(inputs, store, recordingLog())).toBe(
      'Released the deploy lock /berth/old/lock, held by bob since 2026-10-01T00:00:00Z deploying v1, no expiry (a lock of an earlier berth release: clear it with unlock once that deploy is over)',
    );
    expect(aws.parameters.has('/berth/old/lock')).toBe(false);
  });
});
