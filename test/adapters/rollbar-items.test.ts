// The canary's Rollbar read against the fake's versions API: the counts a test sets, the read token only in
// the header, and every way it can fail answered as "unavailable" with Rollbar's words, never a throw.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRollbarItemsReader, createRollbarNotifier } from '../../src/adapters/rollbar.js';
import { startFakeRollbar, type FakeRollbar } from '../world/fakes/rollbar.js';
import { recordingLog } from './rollbar-log.js';

let rollbar: FakeRollbar;
beforeAll(async () => {
  rollbar = await startFakeRollbar();
});
afterAll(async () => rollbar.stop());
beforeEach(() => rollbar.reset());

const version = '3f2a9c1d0b8e7f6a5d4c3b2a1f0e9d8c7b6a5f4e';
const reader = () => createRollbarItemsReader({ endpoint: `${rollbar.endpoint}/`, retryDelayMs: 10 });

describe('Rollbar new items for a code version', () => {
  it('counts new error and critical items of that version and environment, the read token only in the header', async () => {
    rollbar.setNewItems(version, 'production', { critical: 1, error: 2, warning: 7, info: 3 });
    rollbar.setNewItems(version, 'staging', { error: 9 });
    const read = await reader().readNewItems({ token: rollbar.readToken, codeVersion: version, environment: 'production' });
    expect(read).toEqual({ new: 3 });

    expect(rollbar.calls).toHaveLength(1);
    const call = rollbar.calls[0]!;
    expect(`${call.method} ${call.path} ${call.status}`).toBe(`GET /api/1/versions/${version} 200`);
    expect(call.query).toEqual({ environment: 'production' });
    expect(call.token).toBe(rollbar.readToken);
    expect(call.body).toBeUndefined();
  });

  it('reads 0 new items, and says so, for a version Rollbar has not heard of, and the version a deploy named as known', async () => {
    const log = recordingLog();
    const unknown = await createRollbarItemsReader({ endpoint: rollbar.endpoint, log }).readNewItems({
      token: rollbar.readToken,
      codeVersion: 'v-never-seen',
      environment: 'production',
    });
    expect(unknown).toEqual({ new: 0 });
    expect(log.text()).toContain('Rollbar: no version "v-never-seen" in "production" yet (no item reported for it): 0 new items.');
    expect(rollbar.calls[0]?.status).toBe(404);

    const notifier = createRollbarNotifier({ endpoint: rollbar.endpoint, log: recordingLog(), retryDelayMs: 10 });
    await notifier.started({ token: rollbar.token, environment: 'production', revision: version, comment: 'c', localUsername: 'u' });
    const known = await reader().readNewItems({ token: rollbar.readToken, codeVersion: version, environment: 'production' });
    expect(known).toEqual({ new: 0 });
    expect(rollbar.calls.at(-1)?.status).toBe(200);
  });

  it('encodes the version and environment into the URL', async () => {
    rollbar.setNewItems('1.4.0+build/7', 'prod eu', { error: 1 });
    const read = await reader().readNewItems({ token: rollbar.readToken, codeVersion: '1.4.0+build/7', environment: 'prod eu' });
    expect(read).toEqual({ new: 1 });
    expect(rollbar.calls[0]?.path).toBe('/api/1/versions/1.4.0%2Bbuild%2F7');
    expect(rollbar.calls[0]?.query).toEqual({ environment: 'prod eu' });
  });

  it("is unavailable with Rollbar's message when the token cannot read (a post_server_item token) or is wrong", async () => {
    const postToken = await reader().readNewItems({ token: rollbar.token, codeVersion: version, environment: 'production' });
    expect(postToken).toEqual({ unavailable: "Rollbar's versions API answered HTTP 403: access token has no read scope" });
    const wrong = await reader().readNewItems({ token: 'not-a-token', codeVersion: version, environment: 'production' });
    expect(wrong).toEqual({ unavailable: "Rollbar's versions API answered HTTP 403: invalid access token" });
    expect(JSON.stringify(wrong)).not.toContain('not-a-token');
    const none = await reader().readNewItems({ token: '', codeVersion: version, environment: 'production' });
    expect(none).toEqual({ unavailable: 'no Rollbar read token' });
    expect(rollbar.calls).toHaveLength(2);
  });

  it('retries one 5xx, and is unavailable after two', async () => {
    rollbar.setNewItems(version, 'production', { critical: 2 });
    rollbar.failNext(1, { method: 'GET' });
    expect(await reader().readNewItems({ token: rollbar.readToken, codeVersion: version, environment: 'production' })).toEqual({ new: 2 });
    rollbar.failNext(2, { method: 'GET', status: 502 });
    const down = await reader().readNewItems({ token: rollbar.readToken, codeVersion: version, environment: 'production' });
    expect(down).toEqual({ unavailable: "Rollbar's versions API answered HTTP 502: Service Unavailable" });
    expect(rollbar.calls.map((c) => c.status)).toEqual([503, 200, 502, 502]);
  });

  it('is unavailable when Rollbar cannot be reached or answers without item counts', async () => {
    const unreachable = createRollbarItemsReader({ endpoint: 'http://127.0.0.1:9', retryDelayMs: 10, timeoutMs: 2_000 });
    const down = await unreachable.readNewItems({ token: 'read-token-xyz', codeVersion: version, environment: 'production' });
    expect(down).toHaveProperty('unavailable');
    expect(JSON.stringify(down)).not.toContain('read-token-xyz');

    const odd = createRollbarItemsReader({
      endpoint: 'https://rollbar.invalid',
      retryDelayMs: 10,
      fetch: async () =>
        new Response(JSON.stringify({ err: 0, result: { version, item_stats: { new: { error: 'many' } } } }), { status: 200 }),
    });
    expect(await odd.readNewItems({ token: 't', codeVersion: version, environment: 'production' })).toEqual({
      unavailable: "Rollbar's versions API answered without result.item_stats.new counts",
    });
  });
});

describe("the deploy notifier's read", () => {
  it('is the same versions read (the action wires the notifier for the canary)', async () => {
    rollbar.setNewItems(version, 'production', { error: 4 });
    const notifier = createRollbarNotifier({ endpoint: rollbar.endpoint, log: recordingLog(), retryDelayMs: 10 });
    expect(await notifier.readNewItems?.({ token: rollbar.readToken, codeVersion: version, environment: 'production' })).toEqual({
      new: 4,
    });
    expect(rollbar.calls.map((c) => `${c.method} ${c.path} ${c.token === rollbar.readToken}`)).toEqual([
      `GET /api/1/versions/${version} true`,
    ]);
  });
});
