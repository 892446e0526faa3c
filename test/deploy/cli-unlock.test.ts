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

let aws: FakeAws;
beforeAll(async () => {
  aws = await startFakeAws({ instances: [] });
});
afterAll(async () => {
  await aws?.stop();
});

describe('unlock', () => {
  it('clears a lock left by a dead deploy and names its holder; a second unlock has nothing to do', async () => {
    const store = createParameterStore(createSsmClient({ region: 'us-east-1', endpoint: aws.endpoint, credentials: DUMMY_CREDENTIALS }));
    await acquireLock(
      store,
      '/berth/staging/lock',
      { who: 'alice', when: '2026-11-25T09:00:00Z', version: 'v7', runUrl: 'https://x/runs/7', deployId: 'dead' },
      { waitSeconds: 0 },
    );
    expect(aws.parameters.has('/berth/staging/lock')).toBe(true);
    const inputs = parseActionInputs((name) => (({ command: 'unlock', environment: 'staging' }) as Record<string, string>)[name] ?? '');
    const log = recordingLog();
    expect(await unlock(inputs, store, log)).toBe(
      'Released the deploy lock /berth/staging/lock, held by alice since 2026-11-25T09:00:00Z deploying v7 (https://x/runs/7)',
    );
    expect(aws.parameters.has('/berth/staging/lock')).toBe(false);
    expect(await unlock(inputs, store, log)).toBe('The deploy lock /berth/staging/lock was not held; nothing to do');
  });
});
