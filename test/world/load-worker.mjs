// The load generator's own process (so the test's event loop cannot slow it down).
// argv[2]: JSON {url, connections, maxRequests, maxDurationMs, rate?}. Stops at the first limit reached
// or on SIGTERM, then prints one JSON line: counts and compact samples [tMs, ok, versionIndex, status].
import http from 'node:http';

const config = JSON.parse(process.argv[2] ?? '{}');
const url = new URL(config.url);
if (url.protocol !== 'http:' || !/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(url.hostname)) {
  process.stderr.write(`load: only http://127.x.y.z URLs are allowed, got ${config.url}\n`);
  process.exit(2);
}
const agent = new http.Agent({ keepAlive: true, maxSockets: config.connections });
const startedAt = Date.now();
const deadline = startedAt + config.maxDurationMs;
const perConnectionGapMs = config.rate ? (1000 * config.connections) / config.rate : 0;
let started = 0;
let stopping = false;
const versions = [];
const versionIndex = new Map();
const samples = [];
const statuses = {};
const errorKinds = {};
let ok = 0;
let non2xx = 0;
let errors = 0;

function indexOfVersion(version) {
  let index = versionIndex.get(version);
  if (index === undefined) {
    index = versions.length;
    versions.push(version);
    versionIndex.set(version, index);
  }
  return index;
}

function once() {
  return new Promise((resolve) => {
    let finished = false;
    const finish = (status, version, error) => {
      if (finished) return;
      finished = true;
      const good = error === undefined && status >= 200 && status < 300;
      if (error !== undefined) {
        errors += 1;
        const kind = error.code ?? error.message;
        errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
      } else {
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (good) ok += 1;
        else non2xx += 1;
      }
      samples.push([Date.now() - startedAt, good ? 1 : 0, indexOfVersion(version), error === undefined ? status : 0]);
      resolve();
    };
    const req = http.get(url, { agent, timeout: 10_000 }, (res) => {
      res.resume();
      res.on('end', () => finish(res.statusCode ?? 0, String(res.headers['x-version'] ?? '')));
      res.on('error', (error) => finish(0, '', error));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => finish(0, '', error));
  });
}

async function connection() {
  while (!stopping && started < config.maxRequests && Date.now() < deadline) {
    started += 1;
    const began = Date.now();
    await once();
    const wait = perConnectionGapMs - (Date.now() - began);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}

process.on('SIGTERM', () => {
  stopping = true;
});
process.stdout.write('started\n');
await Promise.all(Array.from({ length: config.connections }, connection));
agent.destroy();
process.stdout.write(
  `${JSON.stringify({
    url: config.url,
    startedAt,
    durationMs: Date.now() - startedAt,
    requests: ok + non2xx + errors,
    ok,
    non2xx,
    errors,
    statuses,
    errorKinds,
    versions,
    samples,
  })}\n`,
);
