import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  acquireLock,
  clearLock,
  extendLock,
  LockHeldError,
  LockLostError,
  readLock,
  releaseLock,
  type LockRecord,
} from '../../src/deploy/lock.js';
import type { ParameterStorePort } from '../../src/deploy/ports.js';
import { memoryParameters } from './fakes.js';

const holder = (deployId: string, who = 'octocat') => ({
  who,
  when: '2026-11-25T12:00:00.000Z',
  version: `v-${deployId}`,
  runUrl: `https://x/runs/${deployId}`,
  deployId,
});

const T0 = Date.parse('2026-11-25T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function clockAt(start = T0) {
  const clock = { now: start };
  return { clock, now: () => clock.now, sleep: async (ms: number) => void (clock.now += ms) };
}

function stored(store: ReturnType<typeof memoryParameters>, name: string): LockRecord | undefined {
  const text = store.values.get(name)?.value;
  return text === undefined ? undefined : (JSON.parse(text) as LockRecord);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the deploy lock: generations', () => {
  it('takes a free lock as generation 1 with an expiry, and its release marks it released', async () => {
    const store = memoryParameters();
    const { now } = clockAt();
    const lock = await acquireLock(store, '/l', holder('a'), { waitSeconds: 0, now });
    expect(lock.generation).toBe(1);
    expect(stored(store, '/l/1')).toEqual({ ...holder('a'), expires: iso(T0 + 300_000), released: '', releasedBy: '' });
    expect(store.values.has('/l')).toBe(false);
    expect(await lock.release()).toBe(true);
    expect(stored(store, '/l/1')).toMatchObject({ deployId: 'a', released: iso(T0), releasedBy: 'holder' });
  });

  it("never marks or deletes another deploy's generation on release", async () => {
    const store = memoryParameters();
    const { now } = clockAt();
    await acquireLock(store, '/l', holder('a'), { waitSeconds: 0, now });
    const before = store.values.get('/l/1')?.value;
    expect(await releaseLock(store, '/l', 'b', now())).toBe(false);
    expect(store.values.get('/l/1')?.value).toBe(before);
    expect(store.calls.filter((call) => call.startsWith('overwrite') || call.startsWith('delete'))).toEqual([]);
  });

  it('takes the next generation after a release, keeping the previous one and sweeping older ones', async () => {
    const store = memoryParameters();
    const { now } = clockAt();
    for (const id of ['a', 'b', 'c']) await (await acquireLock(store, '/l', holder(id), { waitSeconds: 0, now })).release();
    expect([...store.values.keys()].sort()).toEqual(['/l/2', '/l/3']);
    expect(stored(store, '/l/3')).toMatchObject({ deployId: 'c', releasedBy: 'holder' });
  });

  it('waits a bounded time, reporting the holder and its expiry once, then fails naming both', async () => {
    const store = memoryParameters();
    const { clock, now, sleep } = clockAt();
    await acquireLock(store, '/l', holder('a'), { waitSeconds: 0, now, expirySeconds: 600 });
    const waits: string[] = [];
    const error = await acquireLock(store, '/l', holder('b'), {
      waitSeconds: 20,
      retrySeconds: 5,
      now,
      sleep,
      onWait: (h) => waits.push(`${h?.who} ${h?.expires}`),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockHeldError);
    expect((error as Error).message).toBe(
      'The deploy lock /l is held by octocat since 2026-11-25T12:00:00.000Z deploying v-a (https://x/runs/a), expires 2026-11-25T12:10:00.000Z unless renewed; ' +
        'waited 20 s (input lock-wait-seconds). If that deploy is over, the lock is taken over once it expires; ' +
        'to clear it now run the unlock command (berth unlock, or the action with command: unlock).',
    );
    expect(waits).toEqual([`octocat ${iso(T0 + 600_000)}`]);
    expect(clock.now).toBe(T0 + 20_000);
    expect([...store.values.keys()]).toEqual(['/l/1']);
  });
});

describe('the deploy lock: expiry, takeover and renewal', () => {
  it('takes over an expired lock only once it expired, as the next generation, leaving the old one in place', async () => {
    const store = memoryParameters();
    const { clock, now, sleep } = clockAt();
    const a = await acquireLock(store, '/l', holder('a', 'alice'), { waitSeconds: 0, now });
    const aRecord = store.values.get('/l/1')?.value;
    const takenOver: string[] = [];
    let takenAt = 0;
    const b = await acquireLock(store, '/l', holder('b', 'bob'), {
      waitSeconds: 900,
      retrySeconds: 7,
      now,
      sleep: async (ms) => {
        expect(store.values.get('/l/1')?.value).toBe(aRecord);
        await sleep(ms);
      },
      onTakeover: (previous) => {
        takenAt = clock.now;
        takenOver.push(previous.who);
      },
    });
    expect(takenOver).toEqual(['alice']);
    expect(takenAt).toBeGreaterThanOrEqual(T0 + 300_000);
    expect(takenAt).toBeLessThan(T0 + 307_000);
    expect(b.generation).toBe(2);
    expect(store.values.get('/l/1')?.value).toBe(aRecord);

    // The old holder wakes up: its renewal finds bob, it loses, and its release leaves bob alone.
    expect(await a.renew()).toBe(false);
    expect(a.lost.aborted).toBe(true);
    expect(a.lost.reason).toBeInstanceOf(LockLostError);
    expect((a.lost.reason as Error).message).toMatch(/^Lost the deploy lock \/l: it was not renewed in time/);
    expect(await a.release()).toBe(false);
    expect(stored(store, '/l/2')).toMatchObject({ deployId: 'b', released: '' });
  });

  it('a renewal moves the expiry on, so a waiting deploy does not take over', async () => {
    const store = memoryParameters();
    const { clock, now, sleep } = clockAt();
    const a = await acquireLock(store, '/l', holder('a'), { waitSeconds: 0, now });
    clock.now = T0 + 60_000;
    expect(await a.renew()).toBe(true);
    expect(stored(store, '/l/1')?.expires).toBe(iso(T0 + 360_000));
    expect(a.record.expires).toBe(iso(T0 + 360_000));
    clock.now = T0 + 330_000;
    const error = await acquireLock(store, '/l', holder('b'), { waitSeconds: 20, now, sleep }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockHeldError);
    expect([...store.values.keys()]).toEqual(['/l/1']);
  });

  it('a holder that could not renew before its expiry minus the margin counts the lock lost and writes nothing', async () => {
    const store = memoryParameters();
    const { clock, now } = clockAt();
    const a = await acquireLock(store, '/l', holder('a'), { waitSeconds: 0, now });
    clock.now = T0 + 240_000;
    const writes = store.calls.length;
    expect(await a.renew()).toBe(false);
    expect((a.lost.reason as Error).message).toBe(
      'Lost the deploy lock /l: it was not renewed in time (it expires 2026-11-25T12:05:00.000Z)',
    );
    expect(store.calls.length).toBe(writes);
  });

  it('a renewal whose write lands after the margin does not count', async () => {
    const inner = memoryParameters();
    const { clock, now } = clockAt();
    const slow: ParameterStorePort = {
      ...inner,
      async overwrite(name, value) {
        clock.now += 200_000;
        await inner.overwrite(name, value);
      },
    };
    const a = await acquireLock(slow, '/l', holder('a'), { waitSeconds: 0, now });
    clock.now = T0 + 60_000;
    expect(await a.renew()).toBe(false);
    expect((a.lost.reason as Error).message).toBe('Lost the deploy lock /l: renewing it took until after 2026-11-25T12:04:00.000Z');
  });

  it('renews in the background and fires lost when another holder shows up', async () => {
    vi.useFakeTimers({ now: T0 });
    const store = memoryParameters();
    const a = await acquireLock(store, '/l', holder('a'), { waitSeconds: 0 });
    const errors: unknown[] = [];
    a.keepRenewed({ everyMs: 60_000, onError: (e) => errors.push(e) });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(stored(store, '/l/1')?.expires).toBe(iso(T0 + 360_000));
    // unlock, then another deploy: the next renewal sees it.
    await clearLock(store, '/l');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(a.lost.aborted).toBe(true);
    expect((a.lost.reason as Error).message).toMatch(/^Lost the deploy lock \/l: released 2026-11-25T12:01:00.000Z by unlock$/);
    expect(errors).toEqual([]);
    expect(stored(store, '/l/1')?.expires).toBe(iso(T0 + 360_000));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a renewal that fails is reported and retried at the next tick; release waits for a renewal in flight', async () => {
    vi.useFakeTimers({ now: T0 });
    const inner = memoryParameters();
    let failures = 0;
    let slowOverwrite: (() => void) | undefined;
    const store: ParameterStorePort = {
      ...inner,
      async list(path) {
        if (failures-- > 0) throw new Error('ThrottlingException');
        return inner.list(path);
      },
      async overwrite(name, value) {
        if (!value.includes('"released":"2')) await new Promise<void>((resolve) => (slowOverwrite = resolve));
        await inner.overwrite(name, value);
      },
    };
    const b = await acquireLock(store, '/l', holder('b'), { waitSeconds: 0 });
    failures = 1;
    const errors: string[] = [];
    b.keepRenewed({ everyMs: 60_000, onError: (e) => errors.push((e as Error).message) });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(errors).toEqual(['ThrottlingException']);
    expect(b.lost.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000); // the next renewal reaches its (slow) write
    expect(slowOverwrite).toBeDefined();
    const releasing = b.release();
    slowOverwrite?.();
    expect(await releasing).toBe(true);
    // The renewal landed first, then the released mark: not the other way round.
    expect(stored(inner, '/l/1')).toMatchObject({ expires: iso(T0 + 420_000), releasedBy: 'holder' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('extendLock moves only our own expiry, and says who holds it otherwise', async () => {
    const store = memoryParameters();
    const { now } = clockAt();
    await acquireLock(store, '/l', holder('a', 'alice'), { waitSeconds: 0, now });
    const extended = await extendLock(store, '/l', 'a', T0 + 3_600_000, now());
    expect(extended).toEqual({ record: expect.objectContaining({ expires: iso(T0 + 3_600_000) }) });
    expect(stored(store, '/l/1')?.expires).toBe(iso(T0 + 3_600_000));
    expect(await extendLock(store, '/l', 'b', T0 + 7_200_000, now())).toEqual({
      notHeld: `held by alice since 2026-11-25T12:00:00.000Z deploying v-a (https://x/runs/a), expires ${iso(T0 + 3_600_000)} unless renewed`,
    });
  });
});

describe('the deploy lock: races', () => {
  it('of deploys racing for an expired lock exactly one takes it; the others fail naming it', async () => {
    const store = memoryParameters();
    const { clock, now } = clockAt();
    await acquireLock(store, '/l', holder('crashed'), { waitSeconds: 0, now });
    clock.now = T0 + 301_000;
    const racers = ['b', 'c', 'd', 'e'].map((id) =>
      acquireLock(store, '/l', holder(id, id), { waitSeconds: 0, now }).then(
        (lock) => `won ${lock.generation}`,
        (error: Error) => error.message,
      ),
    );
    const results = await Promise.all(racers);
    expect(results.filter((r) => r === 'won 2')).toHaveLength(1);
    const winner = stored(store, '/l/2');
    for (const lost of results.filter((r) => r !== 'won 2')) {
      expect(lost).toMatch(new RegExp(`^The deploy lock /l is held by ${winner?.who} since`));
    }
    expect([...store.values.keys()].sort()).toEqual(['/l/1', '/l/2']);
  });

  it('a deploy that read a stale state creates a lower generation, reads back the higher one and withdraws', async () => {
    const inner = memoryParameters();
    const { now } = clockAt();
    const old = { ...holder('old'), expires: iso(T0 - 1000), released: '', releasedBy: '' };
    inner.values.set('/l/1', { value: JSON.stringify(old), secure: false });
    await acquireLock(inner, '/l', holder('a', 'alice'), { waitSeconds: 0, now }); // /l/2, alice
    inner.values.set('/l/3', inner.values.get('/l/2') ?? { value: '', secure: false });
    inner.values.delete('/l/2'); // alice holds /l/3; /l/2 was swept
    let stale = true;
    const staleView: ParameterStorePort = {
      ...inner,
      async list(path) {
        const all = await inner.list(path);
        if (!stale) return all;
        stale = false;
        return new Map([...all].filter(([name]) => name === '/l/1'));
      },
    };
    const error = await acquireLock(staleView, '/l', holder('b', 'bob'), { waitSeconds: 0, now }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^The deploy lock \/l is held by alice since/);
    expect(inner.calls).toContain('putIfAbsent /l/2');
    expect(inner.calls).toContain('delete /l/2');
    expect([...inner.values.keys()].sort()).toEqual(['/l/1', '/l/3']);
    expect(stored(inner, '/l/3')).toMatchObject({ deployId: 'a', released: '' });
  });
});

describe('the deploy lock: the previous release and unlock', () => {
  it("the previous release's lock at the name itself stops a deploy (no expiry) until unlock deletes it", async () => {
    const store = memoryParameters();
    const { now, sleep } = clockAt();
    store.values.set('/l', {
      value: JSON.stringify({ who: 'old-berth', when: '2026-11-01T00:00:00Z', version: 'v1', runUrl: '', deployId: 'x' }),
      secure: false,
    });
    const error = await acquireLock(store, '/l', holder('b'), { waitSeconds: 3600, retrySeconds: 600, now, sleep }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toContain(
      'held by old-berth since 2026-11-01T00:00:00Z deploying v1, no expiry (a lock of an earlier berth release: clear it with unlock once that deploy is over)',
    );
    expect([...store.values.keys()]).toEqual(['/l']);
    expect((await clearLock(store, '/l')).map((h) => h.who)).toEqual(['old-berth']);
    expect((await acquireLock(store, '/l', holder('b'), { waitSeconds: 0, now })).generation).toBe(1);
  });

  it('unlock clears a held lock with a released generation above it and names the holder; nothing held: nothing to do', async () => {
    const store = memoryParameters();
    const { now } = clockAt();
    await acquireLock(store, '/l', holder('a', 'alice'), { waitSeconds: 0, now });
    expect((await clearLock(store, '/l', now)).map((h) => h.who)).toEqual(['alice']);
    expect(stored(store, '/l/1')).toMatchObject({ deployId: 'a', released: '' });
    expect(stored(store, '/l/2')).toMatchObject({ who: 'unlock', released: iso(T0), releasedBy: 'unlock' });
    expect(await clearLock(store, '/l', now)).toEqual([]);
    expect((await readLock(store, '/l')).generations.map((g) => g.generation)).toEqual([1, 2]);
    expect((await acquireLock(store, '/l', holder('b'), { waitSeconds: 0, now })).generation).toBe(3);
  });

  it('unlock names a lock that is not JSON as its holder', async () => {
    const store = memoryParameters();
    store.values.set('/l', { value: 'not json', secure: false });
    expect((await clearLock(store, '/l')).map((h) => h.who)).toEqual(['not json']);
    expect(store.values.has('/l')).toBe(false);
  });
});
