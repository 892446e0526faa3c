// The load generator: bounded, loopback only, and it counts what it sees.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad, samplesBetween, startLoad } from './load.js';

let server: http.Server;
let base = '';
let served = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    served += 1;
    if (req.url === '/fail') {
      res.writeHead(503, { 'x-version': 'v0' }).end('no');
      return;
    }
    if (req.url === '/drop') {
      req.socket.destroy();
      return;
    }
    // Alternate versions, like a rollout in progress.
    res.writeHead(200, { 'x-version': served % 2 === 0 ? 'v2' : 'v1' }).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
});

describe('load generator', () => {
  it('refuses anything but a loopback URL and unbounded runs', async () => {
    await expect(startLoad({ url: 'http://10.0.0.1/', connections: 1, maxRequests: 1, maxDurationMs: 100 })).rejects.toThrow(/127/);
    await expect(startLoad({ url: 'https://127.0.0.1/', connections: 1, maxRequests: 1, maxDurationMs: 100 })).rejects.toThrow(/127/);
    await expect(startLoad({ url: 'http://localhost.example.com/', connections: 1, maxRequests: 1, maxDurationMs: 100 })).rejects.toThrow(
      /127/,
    );
    await expect(startLoad({ url: `${base}/`, connections: 1, maxRequests: 0, maxDurationMs: 100 })).rejects.toThrow(/bounded/);
  });

  it('stops at maxRequests and counts versions', async () => {
    served = 0;
    const report = await runLoad({ url: `${base}/`, connections: 4, maxRequests: 200, maxDurationMs: 20_000 });
    expect(report.requests).toBe(200);
    expect(served).toBe(200);
    expect(report.ok).toBe(200);
    expect(report.non2xx + report.errors).toBe(0);
    expect(report.versions).toEqual({ v1: 100, v2: 100 });
    expect(report.samples).toHaveLength(200);
    const first = report.samples[0]!;
    expect(first.t).toBeGreaterThanOrEqual(report.startedAt);
    expect(samplesBetween(report, report.startedAt, report.startedAt + report.durationMs)).toHaveLength(200);
  });

  it('counts every non-2xx and every socket error', async () => {
    const failing = await runLoad({ url: `${base}/fail`, connections: 2, maxRequests: 10, maxDurationMs: 10_000 });
    expect(failing).toMatchObject({ requests: 10, ok: 0, non2xx: 10, errors: 0, statuses: { 503: 10 } });
    const dropped = await runLoad({ url: `${base}/drop`, connections: 2, maxRequests: 10, maxDurationMs: 10_000 });
    expect(dropped).toMatchObject({ requests: 10, ok: 0, errors: 10 });
    expect(Object.keys(dropped.errorKinds)).toEqual(['ECONNRESET']);
  });

  it('stops at its time bound, or when stopped, and honours a rate', async () => {
    const t0 = Date.now();
    const timed = await runLoad({ url: `${base}/`, connections: 2, maxRequests: 1_000_000, maxDurationMs: 800, rate: 50 });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(timed.requests).toBeGreaterThan(10);
    expect(timed.requests).toBeLessThanOrEqual(50);
    const running = await startLoad({ url: `${base}/`, connections: 2, maxRequests: 1_000_000, maxDurationMs: 60_000 });
    await new Promise((r) => setTimeout(r, 300));
    const stopped = await running.stop();
    expect(stopped.durationMs).toBeLessThan(10_000);
    expect(stopped.requests).toBe(stopped.ok);
  });
});
