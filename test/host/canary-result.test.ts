// The canary's answer as the runner reads it (parseHostResult + readCanaryReport): the JSON of
// ROUND3.md's example is read whole; a report of the wrong shape is dropped, the rest of the result kept.
import { describe, expect, it } from 'vitest';
import { readCanaryReport } from '../../src/host/canary-result.js';
import { parseHostResult } from '../../src/host/command.js';

const report = {
  bakedSeconds: 61.2,
  definitions: [
    {
      app: 'shop',
      definition: 'web',
      compared: true,
      new: { servers: ['web_b0'], requests: 140, r5xx: 7, errors: 0, rtimeMs: 12 },
      old: { servers: ['web_a1'], requests: 151, r5xx: 0, errors: 0, rtimeMs: 11 },
    },
    {
      app: 'shop',
      definition: 'api',
      compared: false,
      why: 'one copy: nothing to compare',
      new: { servers: ['api_b0'], requests: 30, r5xx: 0, errors: 1, rtimeMs: 40 },
      old: { servers: [], requests: 0, r5xx: 0, errors: 0, rtimeMs: 0 },
    },
  ],
  uncompared: [{ app: 'shop', definition: 'worker', why: 'no load balancer' }],
  restarts: 0,
};

function hostLine(canary: unknown): string {
  const result = { ok: true, mode: 'canary', deployId: 'd1', hostname: 'h', instanceId: 'i-1', copies: [], removed: [], prunedImages: [], timings: { totalSeconds: 70, lockWaitSeconds: 0 }, canary };
  return `progress on stdout\n${JSON.stringify(result)}\n`;
}

describe('the canary report in the host result', () => {
  it('reads the whole report of a canary command', () => {
    const result = parseHostResult(hostLine(report));
    expect(result?.mode).toBe('canary');
    expect(result?.canary).toEqual(report);
  });

  it("reads a TCP-mode side's unit (its requests are connections)", () => {
    const tcpSide = { servers: ['tcp0'], requests: 42, r5xx: 0, errors: 1, rtimeMs: 0, unit: 'connections' };
    const tcp = { ...report, definitions: [{ ...report.definitions[0], new: tcpSide, old: { ...tcpSide, servers: ['tcp1'] } }] };
    expect(parseHostResult(hostLine(tcp))?.canary?.definitions[0]?.new.unit).toBe('connections');
  });

  it('keeps the result but drops a report of the wrong shape', () => {
    const broken = [
      { ...report, bakedSeconds: '61' },
      { ...report, restarts: -1 },
      { ...report, definitions: [{ ...report.definitions[0], new: { servers: ['web_b0'], requests: 1, r5xx: 0, errors: 0 } }] },
      { ...report, definitions: [{ ...report.definitions[0], compared: 'yes' }] },
      { ...report, definitions: [{ ...report.definitions[0], old: { servers: [1], requests: 1, r5xx: 0, errors: 0, rtimeMs: 0 } }] },
      { ...report, uncompared: [{ app: 'shop', definition: 'worker' }] },
      { ...report, definitions: [{ ...report.definitions[0], new: { ...report.definitions[0]!.new, unit: 'sessions' } }] },
      { ...report, definitions: {} },
      [report],
      null,
    ];
    for (const canary of broken) {
      const result = parseHostResult(hostLine(canary));
      expect(result?.ok, JSON.stringify(canary)).toBe(true);
      expect(result && 'canary' in result, JSON.stringify(canary)).toBe(false);
    }
  });

  it('a result without a report (a failed canary, other modes) reads as before', () => {
    const result = parseHostResult(hostLine(undefined));
    expect(result?.mode).toBe('canary');
    expect(result?.canary).toBeUndefined();
    expect(readCanaryReport({ ...report, bakedSeconds: Number.NaN })).toBeUndefined();
  });
});
