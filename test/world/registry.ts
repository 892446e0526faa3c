// Stands in for quay.io: distribution's registry on a private port, behind a small front that does
// quay's Bearer token auth (robot `acme+deployer`) and can inject 502s or dropped connections.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { sleep } from './proc.js';

export interface FailureRule {
  method?: string;
  pathIncludes: string;
  count: number;
  kind: '502' | 'eof';
}

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
}

export interface LocalRegistry {
  /** 127.0.0.1:PORT, the host part of image references. */
  host: string;
  robot: { username: string; password: string };
  injectFailures(rule: FailureRule): void;
  requests(): RecordedRequest[];
  /** pid of the registry process (recorded in the world's pids dir). */
  pid: number;
  close(): Promise<void>;
}

export const ROBOT_USERNAME = 'acme+deployer';
const SERVICE = 'berth-local-registry';

export async function freePort(address = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, address, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function basicCredentials(header: string | undefined): { user: string; pass: string } | undefined {
  if (!header?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { user: decoded.slice(0, colon), pass: decoded.slice(colon + 1) };
}

/** The repository a /v2/ path names, for the challenge's scope. */
function repositoryOf(path: string): string | undefined {
  const match = /^\/v2\/(.+?)\/(manifests|blobs|tags)\//.exec(path);
  return match?.[1];
}

export async function startRegistry(dir: string, pidsDir: string): Promise<LocalRegistry> {
  mkdirSync(dir, { recursive: true });
  const password = randomBytes(18).toString('base64url');
  const tokens = new Set<string>();
  const rules: FailureRule[] = [];
  const log: RecordedRequest[] = [];
  const backendPort = await freePort();

  const front = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    const finish = (status: number): void => {
      log.push({ method, path, status });
    };
    const rule = rules.find((r) => r.count > 0 && path.includes(r.pathIncludes) && (r.method === undefined || r.method === method));
    if (rule) {
      rule.count -= 1;
      if (rule.kind === 'eof') {
        finish(0);
        req.socket.destroy();
        return;
      }
      finish(502);
      res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    }
    if (path === '/auth') {
      const creds = basicCredentials(req.headers.authorization);
      if (!creds || creds.user !== ROBOT_USERNAME || creds.pass !== password) {
        finish(401);
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Invalid Username or Password' }));
        return;
      }
      const token = randomBytes(24).toString('base64url');
      tokens.add(token);
      finish(200);
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ token, access_token: token, expires_in: 3600, issued_at: new Date().toISOString() }));
      return;
    }
    if (!path.startsWith('/v2')) {
      finish(404);
      res.writeHead(404).end();
      return;
    }
    const bearer = req.headers.authorization?.startsWith('Bearer ') ? req.headers.authorization.slice(7) : undefined;
    if (bearer === undefined || !tokens.has(bearer)) {
      const repository = repositoryOf(path);
      const scope = repository ? `,scope="repository:${repository}:pull,push"` : '';
      finish(401);
      res
        .writeHead(401, {
          'content-type': 'application/json',
          'docker-distribution-api-version': 'registry/2.0',
          'www-authenticate': `Bearer realm="http://${hostHeader()}/auth",service="${SERVICE}"${scope}`,
        })
        .end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required', detail: null }] }));
      return;
    }
    const headers = { ...req.headers };
    delete headers.authorization;
    const upstream = http.request({ host: '127.0.0.1', port: backendPort, method, path: url, headers }, (upRes) => {
      finish(upRes.statusCode ?? 0);
      res.writeHead(upRes.statusCode ?? 502, upRes.headers);
      upRes.pipe(res);
    });
    upstream.on('error', (error) => {
      finish(502);
      if (!res.headersSent) res.writeHead(502).end(`registry backend: ${error.message}`);
      else res.destroy();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(0, '127.0.0.1', () => resolve());
  });
  const frontPort = (front.address() as AddressInfo).port;
  const host = `127.0.0.1:${frontPort}`;
  function hostHeader(): string {
    return host;
  }

  const config = join(dir, 'config.yml');
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: error',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: 127.0.0.1:${backendPort}`,
      // Upload Location headers must name the front, or clients would bypass the auth.
      `  host: http://${host}`,
      '',
    ].join('\n'),
  );
  const logFd = openSync(join(dir, 'registry.log'), 'a');
  const child = spawn('docker-registry', ['serve', config], { detached: true, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  child.unref();
  if (child.pid === undefined) throw new Error('docker-registry did not start: is it installed? (scripts/setup.sh)');
  mkdirSync(pidsDir, { recursive: true });
  writeFileSync(join(pidsDir, 'registry.pid'), `${child.pid}\n`);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + 15_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const probe = http.get({ host: '127.0.0.1', port: backendPort, path: '/v2/', timeout: 1000 }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      probe.on('error', () => resolve(false));
    });
    if (up) break;
    if (exited || Date.now() > deadline) {
      front.close();
      throw new Error(`docker-registry did not answer on 127.0.0.1:${backendPort}; see ${join(dir, 'registry.log')}`);
    }
    await sleep(100);
  }

  const pid = child.pid;
  return {
    host,
    robot: { username: ROBOT_USERNAME, password },
    pid,
    injectFailures(rule) {
      if (rule.count < 1) throw new Error('injectFailures: count must be at least 1');
      rules.push({ ...rule });
    },
    requests: () => log.map((r) => ({ ...r })),
    close: async () => {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
    },
  };
}
