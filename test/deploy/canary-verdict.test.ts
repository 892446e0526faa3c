import { describe, expect, it } from 'vitest';
import { canaryVerdict, RESPONSE_SLACK_MS } from '../../src/deploy/canary-verdict.js';
import type { CanaryThresholds } from '../../src/deploy/settings.js';
import type { CanaryReport } from '../../src/stack/host-plan.js';
import { DEFAULT_THRESHOLDS, side, webReport } from './canary-fleet.js';

const limits: CanaryThresholds = DEFAULT_THRESHOLDS;
const old = (requests = 151, r5xx = 0, rtimeMs = 10, errors = 0) => side(requests, r5xx, rtimeMs, errors, ['web_a1']);

describe('canaryVerdict, compared definitions', () => {
  it('refuses a 5xx share above old + points, naming the numbers', () => {
    const verdict = canaryVerdict(webReport(side(140, 7, 12), old()), limits);
    expect(verdict.promote).toBe(false);
    expect(verdict.reasons).toEqual(['web: 5xx 5.0% (7/140) vs 0.0% (0/151), limit old + 1 point']);
    expect(verdict.text).toBe('refused after 30 s: web: 5xx 5.0% (7/140) vs 0.0% (0/151), limit old + 1 point');
    expect(verdict.rows[0]?.verdict).toBe('refuse');
  });

  it('passes within old + points (the old copies fail too)', () => {
    // new 2.0% vs old 1.3%: within 1.3 + 1.
    const verdict = canaryVerdict(webReport(side(150, 3), old(150, 2)), limits);
    expect(verdict.promote).toBe(true);
    expect(verdict.text).toContain('promoted after 30 s: web: 5xx 2.0% (3/150) vs 1.3% (2/150), limit old + 1 point');
  });

  it('refuses connection/response errors above old + points', () => {
    const verdict = canaryVerdict(webReport(side(100, 0, 10, 5), old()), limits);
    expect(verdict.reasons).toEqual(['web: errors 4.8% (5) vs 0.0% (0), limit old + 1 point']);
  });

  it(`refuses a response time above ratio x old, but never for less than ${RESPONSE_SLACK_MS} ms more`, () => {
    expect(canaryVerdict(webReport(side(140, 0, 3), old(151, 0, 1)), limits).promote).toBe(true);
    expect(canaryVerdict(webReport(side(140, 0, 30), old(151, 0, 10)), limits).promote).toBe(true);
    expect(canaryVerdict(webReport(side(140, 0, 31), old(151, 0, 10)), limits).promote).toBe(false);
    const slow = canaryVerdict(webReport(side(140, 0, 90), old(151, 0, 40)), limits);
    expect(slow.reasons).toEqual(['web: response time 90 ms vs 40 ms, limit 1.5 x old']);
  });

  it('no requests on the old side: the response time is not compared', () => {
    const verdict = canaryVerdict(webReport(side(40, 0, 900), old(0, 0, 0)), limits);
    expect(verdict.promote).toBe(true);
    expect(verdict.rows[0]?.numbers.some((n) => n.startsWith('response time'))).toBe(false);
  });

  it('a canary copy that restarted during the bake refuses', () => {
    const verdict = canaryVerdict(webReport(side(140, 0), old(), { restarts: 2 }), limits);
    expect(verdict.reasons).toEqual(['a canary copy restarted 2 time(s) during the bake']);
  });
});

describe('canaryVerdict, a TCP-mode backend (connections, no HTTP status, no response time)', () => {
  const tcp = (requests: number, errors = 0, servers = ['tcp_b0']) => ({
    ...side(requests, 0, 0, errors, servers),
    unit: 'connections' as const,
  });

  it('judges the connection errors against the old copies, and says it could judge nothing else', () => {
    const verdict = canaryVerdict(webReport(tcp(60), tcp(62, 0, ['tcp_a1'])), limits);
    expect(verdict.promote).toBe(true);
    expect(verdict.rows[0]?.numbers).toEqual([
      'TCP mode: connections and their errors only (no HTTP status, no response time)',
      'errors 0.0% (0) vs 0.0% (0), limit old + 1 point',
    ]);
    expect(canaryVerdict(webReport(tcp(60, 6), tcp(62, 0, ['tcp_a1'])), limits).reasons).toEqual([
      'web: errors 9.1% (6) vs 0.0% (0), limit old + 1 point',
    ]);
  });

  it('counts connections toward canary-min-requests, and names them when short', () => {
    const quiet = canaryVerdict(webReport(tcp(3), tcp(4, 0, ['tcp_a1'])), limits);
    expect(quiet.promote).toBe(false);
    expect(quiet.reasons[0]).toContain('(web 3 connections)');
  });
});

describe('canaryVerdict, nothing to compare', () => {
  const alone = (fresh: ReturnType<typeof side>): CanaryReport => ({
    bakedSeconds: 30,
    definitions: [
      { app: 'shop', definition: 'api', compared: false, why: 'one copy: nothing to compare', new: fresh, old: side(0, 0, 0, 0, []) },
    ],
    uncompared: [],
    restarts: 0,
  });

  it('a TCP-mode copy alone: its connection errors against the absolute limit, nothing else', () => {
    const tcp = { ...side(100, 0, 0, 0, ['tcp_b0']), unit: 'connections' as const };
    expect(canaryVerdict(alone(tcp), limits).rows[0]?.numbers).toEqual([
      'TCP mode: connections and their errors only (no HTTP status, no response time)',
      'errors 0.0% (0), limit 1%',
    ]);
    expect(canaryVerdict(alone({ ...tcp, errors: 5 }), limits).promote).toBe(false);
  });

  it('applies the absolute limits to the new copy, and says so', () => {
    const verdict = canaryVerdict(alone(side(100, 2, 10)), limits);
    expect(verdict.reasons).toEqual(['api (nothing to compare: absolute limits): 5xx 2.0% (2/100), limit 1%']);
    expect(canaryVerdict(alone(side(100, 1, 10)), limits).promote).toBe(true);
    expect(canaryVerdict(alone(side(100, 0, 1200)), limits).reasons).toEqual([
      'api (nothing to compare: absolute limits): response time 1200 ms, limit 1000 ms',
    ]);
  });
});

describe('canaryVerdict, low traffic', () => {
  const quiet = webReport(side(5, 0), old(6));

  it('wait: the host already waited; still below, refused, saying so', () => {
    const verdict = canaryVerdict(quiet, limits);
    expect(verdict.promote).toBe(false);
    expect(verdict.lowTraffic).toBe('refused after waiting');
    expect(verdict.reasons[0]).toContain('low traffic: the new copies got fewer than canary-min-requests 20 requests in 30 s (web 5)');
  });

  it('pass: promoted with a warning; the limits still apply to the requests there were', () => {
    const verdict = canaryVerdict(quiet, { ...limits, lowTraffic: 'pass' });
    expect(verdict.promote).toBe(true);
    expect(verdict.lowTraffic).toBe('passed with a warning');
    expect(verdict.warnings[0]).toContain('low traffic: the new copies got fewer than canary-min-requests 20 requests in 30 s (web 5)');
    expect(canaryVerdict(webReport(side(5, 2), old(6)), { ...limits, lowTraffic: 'pass' }).promote).toBe(false);
  });

  it('counts per definition: one quiet definition is low traffic even when the total is enough', () => {
    const report: CanaryReport = {
      ...webReport(side(400, 0), old()),
      definitions: [
        { app: 'shop', definition: 'web', compared: true, new: side(400, 0), old: old() },
        { app: 'shop', definition: 'admin', compared: true, new: side(3, 0), old: old(4) },
      ],
    };
    const verdict = canaryVerdict(report, limits);
    expect(verdict.promote).toBe(false);
    expect(verdict.reasons).toEqual([
      'low traffic: the new copies got fewer than canary-min-requests 20 requests in 30 s (admin 3), still after waiting (canary-low-traffic wait, canary-max-wait-seconds)',
    ]);
  });

  it('fail: refused', () => {
    const verdict = canaryVerdict(quiet, { ...limits, lowTraffic: 'fail' });
    expect(verdict.promote).toBe(false);
    expect(verdict.lowTraffic).toBe('refused');
  });

  it('nothing baked (no copy behind a balancer needed replacing): promoted, no low-traffic judgement', () => {
    const verdict = canaryVerdict({ bakedSeconds: 0, definitions: [], uncompared: [], restarts: 0 }, limits);
    expect(verdict.promote).toBe(true);
    expect(verdict.lowTraffic).toBeUndefined();
    expect(verdict.text).toBe('promoted: no copy behind a load balancer needed replacing, nothing was baked');
  });
});

describe('canaryVerdict, Rollbar', () => {
  const good = webReport(side(140, 0), old());

  it('new items above the limit refuse; at the limit pass', () => {
    expect(canaryVerdict(good, limits, { new: 1 }).reasons).toEqual(['Rollbar: 1 new error/critical item(s) for this release, limit 0']);
    expect(canaryVerdict(good, { ...limits, maxRollbarItems: 1 }, { new: 1 }).promote).toBe(true);
  });

  it('unreadable: a warning, judged on haproxy alone', () => {
    const verdict = canaryVerdict(good, limits, { unavailable: 'timeout' });
    expect(verdict.promote).toBe(true);
    expect(verdict.rollbar).toEqual({ unavailable: 'timeout' });
    expect(verdict.warnings).toEqual(["Rollbar's new items could not be read (timeout); judged on haproxy's counters alone"]);
  });
});
