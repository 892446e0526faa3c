// A deploy that loses the fleet lock while it runs (unlock, then another deploy took it): its next
// renewal sees the other holder, no new batch starts, the outcome says so, and the other's lock stays.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acquireLock, clearLock, LOCK_RENEW_SECONDS } from '../../src/deploy/lock.js';
import { runDeploy } from '../../src/deploy/pipeline.js';
import { recordingLog, runMode } from './fakes.js';
import { lockGenerations } from './lock-helpers.js';
import { fleetOf, ports, settings } from './pipeline-fixtures.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('a deploy that loses the lock', () => {
  it('starts no new batch after its renewal finds another holder, says so, and leaves that holder alone', async () => {
    // Fake timers for the renewal; advancing with real time too, for the pipeline's own setTimeout(0) yields.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const hosts = fleetOf(3, 'v1');
    const { fleet, ports: p, parameters } = ports(hosts);
    const name = '/berth/production/lock';
    const run = fleet.run.bind(fleet);
    fleet.run = async (request) => {
      const out = await run(request);
      if (runMode(request) === 'rollout' && lockGenerations(parameters.values, name).length === 1) {
        await clearLock(parameters, name);
        await acquireLock(parameters, name, { who: 'bob', when: '', version: 'v9', runUrl: '', deployId: 'bob-1' }, { waitSeconds: 0 });
        await vi.advanceTimersByTimeAsync(LOCK_RENEW_SECONDS * 1000);
      }
      return out;
    };
    const log = recordingLog();
    const outcome = await runDeploy(settings(), p, log);
    expect(outcome.status).toBe('failure');
    expect(hosts.map((h) => h.received.filter((r) => r.mode === 'rollout').length)).toEqual([1, 0, 0]);
    // Another deploy may be changing the hosts now: nothing is put back.
    expect(hosts.map((h) => h.received.filter((r) => r.mode === 'restore').length)).toEqual([0, 0, 0]);
    expect(outcome.fleet).toBe('mixed');
    expect(outcome.hosts.find((h) => h.hostname === 'docker1')?.story).toMatch(/left on the new release \(the deploy lost its lock\)/);
    expect(outcome.summary).toMatch(
      /Lost the deploy lock \/berth\/production\/lock: held by bob since \S+ deploying v9, expires \S+ unless renewed; no batch started after that\.$/,
    );
    expect(log.lines.some((l) => /Lost the deploy lock .*\. No new batch starts\./.test(l))).toBe(true);
    // bob swept generation 1 when he took generation 3; octocat's release wrote nothing.
    expect(lockGenerations(parameters.values, name).map((g) => `${g.generation} ${g.record.who} ${g.record.releasedBy || 'held'}`)).toEqual(
      ['2 unlock unlock', '3 bob held'],
    );
    expect(vi.getTimerCount()).toBe(0);
  });
});
