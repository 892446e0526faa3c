// A bounded HTTP load for rollout tests: C keep-alive clients (by default) against one URL for at most maxMs,
// counting every non-2xx and socket error, and recording which version answered when.
import http from 'node:http';

export interface LoadSample {
  at: number;
  version: string;
}

export interface LoadReport {
  requests: number;
  failed: number;
  errors: string[];
  /** Versions in the order clients first saw them. */
  versions: string[];
  samples: LoadSample[];
  /** Requests (and failures) that started inside [from, to]. */
  countBetween(from: number, to: number): { requests: number; failed: number };
}

export interface Load {
  stop(): Promise<LoadReport>;
  /** The counts so far, while the load keeps running. */
  snapshot(): LoadReport;
}

/** `keepAlive: false`: a new connection per request (what a TCP-mode haproxy counts). */
export function startLoad(
  url: string,
  opts: { concurrency?: number; maxMs?: number; sampleEvery?: number; perClientRps?: number; keepAlive?: boolean } = {},
): Load {
  const concurrency = opts.concurrency ?? 8;
  const deadline = Date.now() + (opts.maxMs ?? 120_000);
  const agent = new http.Agent({ keepAlive: opts.keepAlive ?? true, maxSockets: concurrency });
  const starts: number[] = [];
  const failures: number[] = [];
  const errors: string[] = [];
  const versions: string[] = [];
  const samples: LoadSample[] = [];
  let stopped = false;

  const once = (): Promise<void> => new Promise((resolve) => {
    const at = Date.now();
    starts.push(at);
    const req = http.get(url, { agent, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status > 299) {
          failures.push(at);
          if (errors.length < 20) errors.push(`HTTP ${status}: ${Buffer.concat(chunks).toString('utf8').slice(0, 120)}`);
        } else {
          const version = String(res.headers['x-version'] ?? '');
          if (!versions.includes(version)) versions.push(version);
          if (samples.length === 0 || at - (samples[samples.length - 1]?.at ?? 0) > (opts.sampleEvery ?? 100)) samples.push({ at, version });
        }
        resolve();
      });
      res.on('error', (e) => {
        failures.push(at);
        if (errors.length < 20) errors.push(String(e));
        resolve();
      });
    });
    req.on('timeout', () => req.destroy(new Error('request timeout')));
    req.on('error', (e) => {
      failures.push(at);
      if (errors.length < 20) errors.push(String(e));
      resolve();
    });
  });

  // Each client paces itself (like hey -q): steady load that the demo app can answer.
  const gapMs = opts.perClientRps ? 1000 / opts.perClientRps : 0;
  const loop = async (): Promise<void> => {
    while (!stopped && Date.now() < deadline) {
      const began = Date.now();
      await once();
      const rest = gapMs - (Date.now() - began);
      if (rest > 0) await new Promise((r) => setTimeout(r, rest));
    }
  };
  const loops = Array.from({ length: concurrency }, () => loop());

  const report = (): LoadReport => ({
    requests: starts.length,
    failed: failures.length,
    errors: [...errors],
    versions: [...versions],
    samples: [...samples],
    countBetween(from, to) {
      return {
        requests: starts.filter((t) => t >= from && t <= to).length,
        failed: failures.filter((t) => t >= from && t <= to).length,
      };
    },
  });

  return {
    snapshot: report,
    async stop() {
      stopped = true;
      await Promise.all(loops);
      agent.destroy();
      return report();
    },
  };
}
