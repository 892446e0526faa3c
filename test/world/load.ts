// A bounded load generator against loopback URLs: counts every request, every non-2xx, every socket
// error and the versions seen (X-Version), with per-request samples so a test can look at one window.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LoadOptions {
  /** http://127.x.y.z:PORT/path only. */
  url: string;
  connections: number;
  /** Stops after this many requests... */
  maxRequests: number;
  /** ...or after this long, whichever comes first. */
  maxDurationMs: number;
  /** Requests per second over all connections (default: as fast as answered). */
  rate?: number;
}

export interface LoadSample {
  /** Epoch ms when the request finished. */
  t: number;
  ok: boolean;
  /** X-Version of the answer, '' without one (or on a socket error). */
  version: string;
  /** HTTP status, 0 on a socket error. */
  status: number;
}

export interface LoadReport {
  url: string;
  startedAt: number;
  durationMs: number;
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  statuses: Record<string, number>;
  errorKinds: Record<string, number>;
  /** Answers per X-Version. */
  versions: Record<string, number>;
  samples: LoadSample[];
}

export interface RunningLoad {
  /** Stops early (or waits for the end) and returns the report. */
  stop(): Promise<LoadReport>;
  /** Resolves with the report when a limit is reached. */
  done: Promise<LoadReport>;
}

const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'load-worker.mjs');
const LOOPBACK_URL = /^http:\/\/127\.\d{1,3}\.\d{1,3}\.\d{1,3}(:\d+)?(\/|$)/;

function check(opts: LoadOptions): void {
  if (!LOOPBACK_URL.test(opts.url)) throw new Error(`load: only http://127.x.y.z URLs may be loaded, got ${opts.url}`);
  if (!Number.isInteger(opts.connections) || opts.connections < 1 || opts.connections > 256) {
    throw new Error('load: connections must be 1..256');
  }
  if (!(opts.maxRequests > 0) || !(opts.maxDurationMs > 0))
    throw new Error('load: maxRequests and maxDurationMs must be set (load is always bounded)');
  if (opts.maxDurationMs > 600_000) throw new Error('load: maxDurationMs is at most 10 minutes');
}

interface WireReport extends Omit<LoadReport, 'versions' | 'samples'> {
  versions: string[];
  samples: [number, number, number, number][];
}

function expand(wire: WireReport): LoadReport {
  const versions: Record<string, number> = {};
  const samples = wire.samples.map(([t, ok, versionIndex, status]) => {
    const version = wire.versions[versionIndex] ?? '';
    if (ok === 1 || status > 0) versions[version] = (versions[version] ?? 0) + 1;
    return { t: wire.startedAt + t, ok: ok === 1, version, status };
  });
  return { ...wire, versions, samples };
}

/** Starts load in its own node process; resolves once it sends its first requests. */
export async function startLoad(opts: LoadOptions): Promise<RunningLoad> {
  check(opts);
  const child = spawn(process.execPath, [WORKER, JSON.stringify(opts)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let onStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (onStarted = resolve));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (stdout.startsWith('started\n')) onStarted();
  });
  const done = new Promise<LoadReport>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      onStarted();
      const line = stdout
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .pop();
      if (code !== 0 || line === undefined) {
        reject(new Error(`load generator failed (exit ${code}): ${stderr.trim()}`));
        return;
      }
      resolve(expand(JSON.parse(line) as WireReport));
    });
  });
  done.catch(() => undefined);
  // Hard stop in case the caller forgets: the load never outlives its own bound by much.
  const guard = setTimeout(() => child.kill('SIGKILL'), opts.maxDurationMs + 30_000);
  guard.unref();
  done.finally(() => clearTimeout(guard)).catch(() => undefined);
  await started;
  return {
    done,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return done;
    },
  };
}

/** Runs load until a limit is reached. */
export async function runLoad(opts: LoadOptions): Promise<LoadReport> {
  return (await startLoad(opts)).done;
}

/** Samples that finished inside [from, to] (epoch ms), e.g. a rollout window. */
export function samplesBetween(report: LoadReport, from: number, to: number): LoadSample[] {
  return report.samples.filter((s) => s.t >= from && s.t <= to);
}
