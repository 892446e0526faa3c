// haproxy in front of demo app copies on a simulated host: serving, draining under load with zero
// failures, a broken build kept out, and the demo app's graceful stop.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type Front, type SimHost, type World } from './index.js';
import { startLoad } from './load.js';
import { sleep } from './proc.js';

let world: World;
let host: SimHost;
let front: Front;
const refs: Record<'v1' | 'v2' | 'broken', string> = { v1: '', v2: '', broken: '' };

beforeAll(async () => {
  world = await startWorld({ hosts: 1, registry: false });
  host = world.hosts[0]!;
  refs.v1 = await world.buildDemoApp({ repository: 'acme/demo', version: 'v1' });
  refs.v2 = await world.buildDemoApp({ repository: 'acme/demo', version: 'v2' });
  refs.broken = await world.buildDemoApp({ repository: 'acme/demo', version: 'v3-broken', broken: true });
  for (const ref of Object.values(refs)) await world.loadImage(host, ref);
  front = await world.startFront(host, { servers: ['web0', 'web0_b', 'web1', 'web1_b', 'canary'], checkInterval: '300ms' });
});
afterAll(async () => {
  await world?.stop();
});

async function runCopy(name: string, socket: string, ref: string, env: Record<string, string> = {}): Promise<void> {
  const args = ['run', '-d', '--init', '--name', name, '-v', `${front.socketDir}:/srv/socks`, '-e', 'BOOT_SECONDS=1', '-e', 'REQUEST_MS=2'];
  for (const [key, value] of Object.entries(env)) args.push('-e', `${key}=${value}`);
  args.push(ref, 'serve', `unix:/srv/socks/${socket}.sock`);
  const result = await host.docker(args);
  expect(result.code, result.stderr).toBe(0);
}

/** Server name -> { status, sessions } from `show stat` (CSV: scur is field 5, status field 18). */
async function servers(): Promise<Record<string, { status: string; sessions: number }>> {
  const csv = await world.haproxyAdmin(host, 'show stat');
  const out: Record<string, { status: string; sessions: number }> = {};
  for (const line of csv.split('\n')) {
    const fields = line.split(',');
    if (fields[0] !== 'web' || fields[1] === 'BACKEND' || fields[1] === undefined) continue;
    out[fields[1]] = { status: fields[17] ?? '', sessions: Number(fields[4]) };
  }
  return out;
}

async function waitFor(what: string, test: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await test()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(await servers())}`);
}

const statusOf = async (server: string): Promise<string> => (await servers())[server]?.status ?? 'missing';

describe('haproxy in front of the demo app', () => {
  it('serves the copies and reports their version', async () => {
    await runCopy('web0', 'web0', refs.v1);
    await runCopy('web1', 'web1', refs.v1);
    await waitFor('web0 and web1 UP, unused slots DOWN', async () => {
      const s = await servers();
      return s.web0?.status === 'UP' && s.web1?.status === 'UP' && s.web0_b?.status === 'DOWN' && s.web1_b?.status === 'DOWN';
    });
    const res = await fetch(front.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-version')).toBe('v1');
    expect(await res.text()).toMatch(/^berth-demo v1 /);
  });

  it('replaces both copies through the alternate slots under load with zero failures', async () => {
    const load = await startLoad({ url: `${front.url}/`, connections: 8, maxRequests: 500_000, maxDurationMs: 90_000 });
    try {
      await sleep(1000);
      for (const copy of ['web0', 'web1']) {
        const next = `${copy}_b`;
        await runCopy(next, next, refs.v2);
        await waitFor(`${next} UP`, async () => (await statusOf(next)) === 'UP');
        await world.haproxyAdmin(host, `set server web/${copy} state drain`);
        await waitFor(`${copy} drained`, async () => (await servers())[copy]?.sessions === 0);
        await world.haproxyAdmin(host, `set server web/${copy} state maint`);
        const stopped = await host.docker(['stop', '-t', '10', copy]);
        expect(stopped.code, stopped.stderr).toBe(0);
        await sleep(500);
      }
      await sleep(1000);
    } finally {
      const report = await load.stop();
      expect(report.errors, JSON.stringify(report.errorKinds)).toBe(0);
      expect(report.non2xx, JSON.stringify(report.statuses)).toBe(0);
      expect(report.requests).toBeGreaterThan(200);
      expect(Object.keys(report.versions).sort()).toEqual(['v1', 'v2']);
      // After the swap only the new version answers.
      const last = report.samples.slice(-50);
      expect(last.every((s) => s.ok && s.version === 'v2')).toBe(true);
    }
  });

  it('keeps a broken build out of rotation: it never becomes healthy', async () => {
    await runCopy('canary', 'canary', refs.broken, { BOOT_SECONDS: '0' });
    const socket = join(front.socketDir, 'canary.sock');
    await waitFor('canary socket', async () => (await host.exec(['test', '-S', socket])).code === 0);
    await sleep(1500);
    const up = await host.exec(['curl', '-s', '-o', '/dev/null', '-w', '%{http_code}', '--unix-socket', socket, 'http://demo/up']);
    expect(up.stdout).toBe('500');
    expect(await statusOf('canary')).toBe('DOWN');
    const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(front.url).then((r) => r.headers.get('x-version'))));
    expect(new Set(answers)).toEqual(new Set(['v2']));
  });

  it('takes BOOT_SECONDS to boot, then finishes an in-flight request on TERM and on QUIT', async () => {
    for (const signal of ['TERM', 'QUIT']) {
      const name = `slow-${signal.toLowerCase()}`;
      const socket = join(front.socketDir, `${name}.sock`);
      const started = Date.now();
      await runCopy(name, name, refs.v1, { BOOT_SECONDS: '2', REQUEST_MS: '1500' });
      await waitFor(`${name} serving`, async () => (await host.exec(['test', '-S', socket])).code === 0);
      expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
      const request = host.exec(['curl', '-s', '-w', ' %{http_code}', '--unix-socket', socket, 'http://demo/'], { timeoutMs: 20_000 });
      await sleep(500);
      const signalled = Date.now();
      expect((await host.docker(['kill', '-s', signal, name])).code).toBe(0);
      const answer = await request;
      expect(answer.stdout).toMatch(/^berth-demo v1 .* 200$/s);
      const exit = await host.docker(['wait', name]);
      expect(exit.stdout.trim()).toBe('0');
      expect(Date.now() - signalled).toBeLessThan(8000);
      const logs = await host.docker(['logs', name]);
      expect(logs.stdout).toContain('stopping gracefully');
    }
  });
});

describe('the demo image beyond HTTP', () => {
  it('answers its own health check inside the container (demo check)', async () => {
    const healthy = await host.docker(['exec', 'web0_b', '/app/bin/demo', 'check', 'unix:/srv/socks/web0_b.sock']);
    expect(healthy.code, healthy.stderr).toBe(0);
    const broken = await host.docker(['exec', 'canary', '/app/bin/demo', 'check', 'unix:/srv/socks/canary.sock']);
    expect(broken.code).not.toBe(0);
  });

  it('runs a worker that stops promptly and cleanly on QUIT', async () => {
    expect((await host.docker(['run', '-d', '--init', '--name', 'worker0', refs.v1, 'work'])).code).toBe(0);
    await sleep(1500);
    const signalled = Date.now();
    expect((await host.docker(['kill', '-s', 'QUIT', 'worker0'])).code).toBe(0);
    expect((await host.docker(['wait', 'worker0'])).stdout.trim()).toBe('0');
    expect(Date.now() - signalled).toBeLessThan(5000);
    expect((await host.docker(['logs', 'worker0'])).stdout).toContain('worker v1: finished the current job, stopped');
  });

  it('runs a migration and a cron job that leave their mark; a broken build fails its migration', async () => {
    const data = `${host.root}/srv/data:/srv/data`;
    const migrate = await host.docker([
      'run',
      '--rm',
      '-v',
      data,
      '-e',
      'MIGRATE_SECONDS=0',
      '-e',
      'MIGRATION_LOG=/srv/data/migrations.log',
      refs.v2,
      'migrate',
    ]);
    expect(migrate.code, migrate.stderr).toBe(0);
    const job = await host.docker(['run', '--rm', '-v', data, '-e', 'JOB_LOG=/srv/data/jobs.log', refs.v2, 'job']);
    expect(job.code, job.stderr).toBe(0);
    expect((await host.exec(['cat', `${host.root}/srv/data/migrations.log`])).stdout).toMatch(/^\S+Z v2\n$/);
    expect((await host.exec(['cat', `${host.root}/srv/data/jobs.log`])).stdout).toMatch(/^\S+Z job v2\n$/);
    const failed = await host.docker(['run', '--rm', '-e', 'MIGRATE_SECONDS=0', refs.broken, 'migrate']);
    expect(failed.code).toBe(1);
  });
});
