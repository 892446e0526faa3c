import { describe, expect, it } from 'vitest';
import { canaryNumbers, canaryTable, failedRequestsBound, meetsGoals, type CanaryRun } from '../../bench/lib/canary-numbers.js';

const run = (over: Partial<CanaryRun>): CanaryRun => ({
  kind: 'good',
  version: 'v',
  exitCode: 0,
  refusedByCanary: false,
  reachedSecondHost: true,
  everyHostOnRelease: true,
  requests: 600,
  failed: 0,
  canaryRequests: 140,
  releaseRequests: 150,
  releaseSeconds: 14.5,
  wallSeconds: 30,
  verdict: 'canary promoted',
  ...over,
});
const bad = (over: Partial<CanaryRun> = {}): CanaryRun =>
  run({ kind: 'bad', exitCode: 1, refusedByCanary: true, reachedSecondHost: false, everyHostOnRelease: false, failed: 7, ...over });

describe('canary benchmark numbers', () => {
  it('counts caught, promoted and failed requests the way the issue names them', () => {
    const runs = [
      bad(),
      run({}),
      bad({ failed: 9, canaryRequests: 151 }),
      run({ failed: 2 }),
      bad({ exitCode: 0, refusedByCanary: false, reachedSecondHost: true }),
    ];
    expect(canaryNumbers(runs)).toEqual({
      bad_runs: 3,
      bad_caught: 2,
      bad_reached_second_host: 1,
      good_runs: 2,
      good_promoted: 2,
      failed_requests_bad_max: 9,
      canary_requests_max: 151,
      failed_requests_good: 2,
    });
  });

  it('a good deploy that left a host off the release is not promoted; a refusal for another reason is not caught', () => {
    const numbers = canaryNumbers([run({ everyHostOnRelease: false }), bad({ refusedByCanary: false })]);
    expect(numbers.good_promoted).toBe(0);
    expect(numbers.bad_caught).toBe(0);
  });

  it('bounds the failed requests: share of the host rate x serving time x failing share, plus half', () => {
    expect(failedRequestsBound({ hostRps: 30, copies: 2, servingSeconds: 16, failShare: 0.05 })).toBe(18);
    const runs = [...Array.from({ length: 5 }, () => bad()), ...Array.from({ length: 5 }, () => run({}))];
    expect(meetsGoals(canaryNumbers(runs), 18)).toBe(true);
    expect(meetsGoals(canaryNumbers(runs), 6)).toBe(false);
    expect(meetsGoals(canaryNumbers(runs.slice(1)), 18)).toBe(false);
    expect(meetsGoals(canaryNumbers([...runs.slice(0, 9), run({ failed: 1 })]), 18)).toBe(false);
  });

  it('prints one table row per run', () => {
    const table = canaryTable([bad({ version: 'bad-1', verdict: 'refused | web: 5xx 5.0%' })]);
    expect(table).toHaveLength(3);
    expect(table[2]).toBe('| 1 | bad bad-1 | 1 | refused / web: 5xx 5.0% | no | 600 | 7 | 140 | 150 (14.5) | 30.0 |');
  });
});
