import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isRetryableStatus,
  isTransientNetworkError,
  parseAuthChallenges,
  parseImageName,
  RegistryAuthError,
  RegistryClient,
} from '../../src/adapters/registry.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const ROBOT = { username: 'acme+deployer', password: 'robot-token-XYZ-123' };

interface FakeRegistry {
  host: string;
  /** method + path of every request, in order. */
  log: { method: string; path: string; authorization: string }[];
  /** Next N manifest requests fail this way. */
  fail: { kind: '502' | 'eof'; count: number; pathIncludes: string };
  close(): Promise<void>;
}

/** A registry front like quay.io's: Bearer tokens from /auth for robot Basic credentials (or Basic only). */
async function startRegistry(mode: 'bearer' | 'basic', tags: Record<string, string> = { 'acme/app:v1': DIGEST }): Promise<FakeRegistry> {
  const token = 'tok-' + Math.random().toString(36).slice(2);
  const basic = 'Basic ' + Buffer.from(`${ROBOT.username}:${ROBOT.password}`).toString('base64');
  const state: FakeRegistry = {
    host: '',
    log: [],
    fail: { kind: '502', count: 0, pathIncludes: '' },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${state.host}`);
    const authorization = req.headers.authorization ?? '';
    state.log.push({ method: req.method ?? '', path: url.pathname + url.search, authorization });
    if (state.fail.count > 0 && url.pathname.includes(state.fail.pathIncludes)) {
      state.fail.count--;
      if (state.fail.kind === 'eof') {
        req.socket.destroy();
        return;
      }
      res.writeHead(502).end('bad gateway');
      return;
    }
    if (url.pathname === '/auth') {
      if (authorization !== basic) {
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"invalid credentials"}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, access_token: token, expires_in: 300 }));
      return;
    }
    const match = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname);
    const accepted = mode === 'bearer' ? `Bearer ${token}` : basic;
    if (authorization !== accepted) {
      const challenge =
        mode === 'bearer'
          ? `Bearer realm="http://${state.host}/auth",service="${state.host}"${match ? `,scope="repository:${match[1]}:pull"` : ''}`
          : `Basic realm="Registry Realm"`;
      res.writeHead(401, { 'www-authenticate': challenge }).end();
      return;
    }
    if (url.pathname === '/v2/') {
      res.writeHead(200).end('{}');
      return;
    }
    const digest = match ? tags[`${match[1]}:${match[2]}`] : undefined;
    if (!digest) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'docker-content-digest': digest, 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

const noSleep = async () => undefined;
let registry: FakeRegistry | undefined;
afterEach(async () => {
  await registry?.close();
  registry = undefined;
});

describe('parseAuthChallenges', () => {
  it('reads a quay-style Bearer challenge, commas inside quotes included', () => {
    const [challenge, ...rest] = parseAuthChallenges(
      'Bearer realm="https://quay.io/v2/auth",service="quay.io",scope="repository:acme/app:pull,push"',
    );
    expect(rest).toEqual([]);
    expect(challenge).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://quay.io/v2/auth', service: 'quay.io', scope: 'repository:acme/app:pull,push' },
    });
  });

  it('splits several challenges and unescapes quoted text', () => {
    expect(parseAuthChallenges('Basic realm="a \\"b\\"", Bearer realm="https://x/token", error=invalid_token')).toEqual([
      { scheme: 'basic', params: { realm: 'a "b"' } },
      { scheme: 'bearer', params: { realm: 'https://x/token', error: 'invalid_token' } },
    ]);
  });

  it('gives nothing for an empty header', () => {
    expect(parseAuthChallenges('')).toEqual([]);
  });
});

describe('parseImageName', () => {
  it('splits registry and repository by docker rules', () => {
    expect(parseImageName('quay.io/mikamai/awesome-app')).toEqual({ registry: 'quay.io', repository: 'mikamai/awesome-app' });
    expect(parseImageName('127.0.0.1:5000/acme/app')).toEqual({ registry: '127.0.0.1:5000', repository: 'acme/app' });
    expect(parseImageName('localhost/app')).toEqual({ registry: 'localhost', repository: 'app' });
    expect(parseImageName('progrium/logspout')).toEqual({ registry: 'docker.io', repository: 'progrium/logspout' });
    expect(parseImageName('busybox')).toEqual({ registry: 'docker.io', repository: 'library/busybox' });
  });

  it('refuses a reference with tag or digest', () => {
    expect(() => parseImageName('quay.io/acme/app:v1')).toThrow(/without tag or digest/);
    expect(() => parseImageName(`quay.io/acme/app@${DIGEST}`)).toThrow(/without tag or digest/);
  });
});

describe('retry decisions', () => {
  it('retries 5xx and 429, never 401, 403 or 404', () => {
    expect([500, 502, 503, 504, 429].map(isRetryableStatus)).toEqual([true, true, true, true, true]);
    expect([401, 403, 404, 200].map(isRetryableStatus)).toEqual([false, false, false, false]);
  });

  it('treats resets and early EOF as transient, anywhere in the cause chain', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    expect(isTransientNetworkError(new TypeError('fetch failed', { cause: reset }))).toBe(true);
    const eof = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    expect(isTransientNetworkError(new TypeError('fetch failed', { cause: eof }))).toBe(true);
    const refusedDns = Object.assign(new Error('getaddrinfo ENOTFOUND x'), { code: 'ENOTFOUND' });
    expect(isTransientNetworkError(new TypeError('fetch failed', { cause: refusedDns }))).toBe(false);
  });
});

describe('RegistryClient.manifestDigest', () => {
  it('does the Bearer token dance with the robot credentials and returns the digest', async () => {
    registry = await startRegistry('bearer');
    const client = new RegistryClient({ credentials: ROBOT, sleep: noSleep });
    expect(await client.manifestDigest(`${registry.host}/acme/app`, 'v1')).toBe(DIGEST);
    const tokenRequest = registry.log.find((r) => r.path.startsWith('/auth'));
    expect(tokenRequest?.path).toContain('scope=repository%3Aacme%2Fapp%3Apull');
    expect(tokenRequest?.path).toContain(`service=${encodeURIComponent(registry.host)}`);
    expect(registry.log.map((r) => r.method)).toEqual(['HEAD', 'GET', 'HEAD']);
  });

  it('reuses the token for the next question and says undefined for a missing tag', async () => {
    registry = await startRegistry('bearer');
    const client = new RegistryClient({ credentials: ROBOT, sleep: noSleep });
    await client.manifestDigest(`${registry.host}/acme/app`, 'v1');
    expect(await client.manifestDigest(`${registry.host}/acme/app`, 'nope')).toBeUndefined();
    expect(registry.log.filter((r) => r.path.startsWith('/auth'))).toHaveLength(1);
  });

  it('speaks Basic when the registry asks for it', async () => {
    registry = await startRegistry('basic');
    const client = new RegistryClient({ credentials: ROBOT, sleep: noSleep });
    expect(await client.manifestDigest(`${registry.host}/acme/app`, 'v1')).toBe(DIGEST);
    expect(await client.manifestDigest(`${registry.host}/acme/app`, 'v2')).toBeUndefined();
  });

  it('fails a wrong password at once, naming the user and never the password', async () => {
    registry = await startRegistry('bearer');
    const client = new RegistryClient({ credentials: { ...ROBOT, password: 'wrong-secret-987' }, sleep: noSleep });
    const error = await client.manifestDigest(`${registry.host}/acme/app`, 'v1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryAuthError);
    expect((error as Error).message).toContain('acme+deployer');
    expect((error as Error).message).not.toContain('wrong-secret-987');
    expect(registry.log.filter((r) => r.path.startsWith('/auth'))).toHaveLength(1);
  });

  it('fails a wrong password with Basic auth too, without retrying', async () => {
    registry = await startRegistry('basic');
    const client = new RegistryClient({ credentials: { ...ROBOT, password: 'nope' }, sleep: noSleep });
    await expect(client.manifestDigest(`${registry.host}/acme/app`, 'v1')).rejects.toThrow(
      /rejected the credentials of user "acme\+deployer"/,
    );
    expect(registry.log).toHaveLength(2);
  });

  it('retries 502 answers with growing delays', async () => {
    registry = await startRegistry('bearer');
    registry.fail = { kind: '502', count: 2, pathIncludes: '/manifests/' };
    const delays: number[] = [];
    const retries: string[] = [];
    const client = new RegistryClient({
      credentials: ROBOT,
      retry: { attempts: 4, baseDelayMs: 100 },
      sleep: async (ms) => void delays.push(ms),
      onRetry: (message) => retries.push(message),
    });
    expect(await client.manifestDigest(`${registry.host}/acme/app`, 'v1')).toBe(DIGEST);
    expect(delays).toEqual([100, 200]);
    expect(retries[0]).toMatch(/HTTP 502/);
  });

  it('retries a connection closed without an answer (EOF), on the token endpoint too', async () => {
    registry = await startRegistry('bearer');
    registry.fail = { kind: 'eof', count: 1, pathIncludes: '/auth' };
    const client = new RegistryClient({ credentials: ROBOT, sleep: noSleep });
    expect(await client.manifestDigest(`${registry.host}/acme/app`, 'v1')).toBe(DIGEST);
    expect(registry.log.filter((r) => r.path.startsWith('/auth'))).toHaveLength(2);
  });

  it('gives up after the last attempt with a transient error', async () => {
    registry = await startRegistry('bearer');
    registry.fail = { kind: '502', count: 10, pathIncludes: '/manifests/' };
    const client = new RegistryClient({ credentials: ROBOT, retry: { attempts: 3, baseDelayMs: 1 }, sleep: noSleep });
    const error = await client.manifestDigest(`${registry.host}/acme/app`, 'v1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'transient' });
    expect((error as Error).message).toMatch(/502/);
    expect(registry.log).toHaveLength(3);
  });
});

describe('RegistryClient.checkCredentials', () => {
  for (const mode of ['bearer', 'basic'] as const) {
    it(`tells valid from refused credentials (${mode})`, async () => {
      registry = await startRegistry(mode);
      expect(await new RegistryClient({ credentials: ROBOT, sleep: noSleep }).checkCredentials(registry.host)).toBe(true);
      expect(await new RegistryClient({ credentials: { ...ROBOT, password: 'bad' }, sleep: noSleep }).checkCredentials(registry.host)).toBe(
        false,
      );
    });
  }

  it('asks the token endpoint without a scope, as docker login does, and retries a 502 on the ping', async () => {
    registry = await startRegistry('bearer');
    registry.fail = { kind: '502', count: 1, pathIncludes: '/v2/' };
    expect(await new RegistryClient({ credentials: ROBOT, sleep: noSleep }).checkCredentials(registry.host)).toBe(true);
    expect(registry.log.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual(['GET /v2/', 'GET /v2/', 'GET /auth', 'GET /v2/']);
    expect(registry.log[2]?.path).not.toContain('scope=');
  });
});
