import { describe, expect, it } from 'vitest';
import { acquireLock, clearLock, LockHeldError, releaseLock } from '../../src/deploy/lock.js';
import { memoryParameters } from './fakes.js';

const holder = (deployId: string) => ({
  who: 'octocat',
  when: '2026-11-25T12:00:00Z',
  version: 'v2',
  runUrl: 'https://x/runs/1',
  deployId,
});

describe('the deploy lock', () => {
  it('is created only if absent and released only by its holder', async () => {
    const store = memoryParameters();
    const lock = await acquireLock(store, '/l', holder('a'), { waitSeconds: 0 });
    expect(JSON.parse(store.values.get('/l')?.value ?? '')).toEqual(holder('a'));
    expect(await releaseLock(store, '/l', 'b')).toBe(false);
    expect(store.values.has('/l')).toBe(true);
    expect(await lock.release()).toBe(true);
    expect(store.values.has('/l')).toBe(false);
  });

  it('waits a bounded time, reporting the holder once, then fails naming it', async () => {
    const store = memoryParameters();
    await acquireLock(store, '/l', holder('a'), { waitSeconds: 0 });
    let clock = 0;
    const waits: string[] = [];
    const error = await acquireLock(store, '/l', holder('b'), {
      waitSeconds: 20,
      retrySeconds: 5,
      now: () => clock,
      sleep: async (ms) => void (clock += ms),
      onWait: (h) => waits.push(h?.who ?? '?'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockHeldError);
    expect((error as Error).message).toMatch(
      /held by octocat since 2026-11-25T12:00:00Z deploying v2 \(https:\/\/x\/runs\/1\); waited 20 s/,
    );
    expect((error as Error).message).toMatch(/berth unlock/);
    expect(waits).toEqual(['octocat']);
    expect(clock).toBe(20_000);
  });

  it('unlock clears a stale lock and says whose it was', async () => {
    const store = memoryParameters();
    store.values.set('/l', { value: 'not json', secure: false });
    expect((await clearLock(store, '/l'))?.who).toBe('not json');
    expect(store.values.has('/l')).toBe(false);
    expect(await clearLock(store, '/l')).toBeUndefined();
  });
});
