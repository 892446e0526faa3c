// Build and push against the world's quay-like registry (Bearer token auth, robot acme+deployer),
// with the real docker client and a real engine standing in for the CI runner's.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DockerCli, spawnCommand, type CommandRunner } from '../../src/adapters/docker.js';
import { RegistryClient } from '../../src/adapters/registry.js';
import { buildAndPush, RegistryCredentialsError, type BuildOptions, type ImageSpec } from '../../src/deploy/build.js';
import type { ProgressLog } from '../../src/deploy/ports.js';
import { startWorld, type SimHost, type World, type WorldRegistry } from '../world/index.js';

let world: World;
let registry: WorldRegistry;
let builder: SimHost;
let scratch: string;
let context: string;
/** Every line any step printed, every error message, every argv: the password must be in none. */
const everything: string[] = [];

beforeAll(async () => {
  world = await startWorld({ hosts: 1, registry: true });
  if (!world.registry) throw new Error('the world has no registry');
  registry = world.registry;
  builder = await world.builder();
  scratch = mkdtempSync(join(tmpdir(), 'berth-build-world-'));
  context = join(scratch, 'app');
  mkdirSync(context);
  writeFileSync(join(context, 'Dockerfile'), 'FROM local/busybox:1\nARG BUILD_NOTE\nRUN echo "$BUILD_NOTE" > /note\nCOPY stamp /stamp\n');
});

afterAll(async () => {
  await world?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** One run of the build step the way the action wires it: docker CLI + registry client + a log. */
async function runBuild(given: Omit<BuildOptions, 'revision'> & { revision?: string; password?: string; dockerBinary?: string }) {
  const { password, dockerBinary, ...options } = given;
  const revision = options.revision ?? randomBytes(20).toString('hex');
  writeFileSync(join(context, 'stamp'), revision);
  const home = join(scratch, `home-${randomBytes(4).toString('hex')}`);
  mkdirSync(home);
  const lines: string[] = [];
  const argv: string[][] = [];
  const recording: CommandRunner = (file, args, commandOptions) => {
    argv.push([file, ...args]);
    everything.push([file, ...args].join(' '));
    return spawnCommand(file, args, commandOptions);
  };
  const note = (line: string) => {
    lines.push(line);
    everything.push(line);
  };
  const log: ProgressLog = {
    info: (m) => note(`info ${m}`),
    warn: (m) => note(`warn ${m}`),
    error: (m) => note(`error ${m}`),
    group: (title, body) => {
      note(`group ${title}`);
      return body();
    },
    secret: (value) => note(`secret registered (${value.length} chars)`),
  };
  const credentials = { username: registry.robot.username, password: password ?? registry.robot.password };
  const docker = await DockerCli.create({
    binary: dockerBinary ?? 'docker',
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, RUNNER_TEMP: home, DOCKER_HOST: builder.dockerHost },
    run: recording,
    onLine: (line) => note(`docker ${line}`),
  });
  const registryClient = new RegistryClient({ credentials, retry: { attempts: 3, baseDelayMs: 200 }, onRetry: (m) => log.warn(m) });
  const spec: ImageSpec = { image: `${registry.host}/acme/app`, context, dockerfile: '', buildArgs: { BUILD_NOTE: 'hello' } };
  const started = Date.now();
  try {
    const [built] = await buildAndPush(
      [spec],
      {
        retry: { attempts: 3, baseDelayMs: 200 },
        source: 'https://github.com/acme/app',
        ...options,
        revision,
        credentials,
      },
      { docker, registry: registryClient, log },
    );
    return { built, lines, argv, revision, seconds: (Date.now() - started) / 1000, configDir: docker.configDir, home };
  } catch (error) {
    everything.push(error instanceof Error ? `${error.message}\n${String(error.cause ?? '')}` : String(error));
    throw Object.assign(error as Error, { lines, argv, configDir: docker.configDir });
  } finally {
    await docker.dispose();
  }
}

describe('build and push against the quay-like registry', () => {
  it('fails a wrong password at login with a message naming the robot, without retrying', async () => {
    const before = registry.requests().length;
    const error = await runBuild({ password: `wrong-${randomBytes(6).toString('hex')}` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryCredentialsError);
    const message = (error as Error).message;
    expect(message).toContain(`Registry ${registry.host} rejected the credentials of user "acme+deployer"`);
    expect(message).toContain('registry-password');
    const authTries = registry
      .requests()
      .slice(before)
      .filter((r) => r.path === '/auth');
    expect(authTries.length).toBeGreaterThan(0);
    expect(authTries.every((r) => r.status === 401)).toBe(true);
    const { argv } = error as { argv: string[][] };
    expect(argv.filter((a) => a[1] === 'login')).toHaveLength(1);
    expect(argv.some((a) => a[1] === 'build' || a[1] === 'push')).toBe(false);
  });

  let first: Awaited<ReturnType<typeof runBuild>>;

  it('builds with the classic builder when the client has no buildx, pushes every tag, and reports the pushed digest', async () => {
    first = await runBuild({ extraTags: ['latest'], expiresAfter: '2w' });
    const { built, argv, revision } = first;
    expect(built).toMatchObject({ image: `${registry.host}/acme/app`, tags: [revision, 'latest'], skipped: false });
    expect(built?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(built?.reference).toBe(`${registry.host}/acme/app@${built?.digest}`);
    expect(argv.some((a) => a[1] === 'buildx' && a[2] === 'version')).toBe(true);
    expect(argv.some((a) => a[1] === 'build')).toBe(true);

    const lookup = new RegistryClient({ credentials: registry.robot });
    expect(await lookup.manifestDigest(`${registry.host}/acme/app`, revision)).toBe(built?.digest);
    expect(await lookup.manifestDigest(`${registry.host}/acme/app`, 'latest')).toBe(built?.digest);

    const labels = await builder.docker([
      'image',
      'inspect',
      '--format',
      '{{json .Config.Labels}}',
      `${registry.host}/acme/app:${revision}`,
    ]);
    expect(JSON.parse(labels.stdout)).toMatchObject({
      'org.opencontainers.image.revision': revision,
      'org.opencontainers.image.source': 'https://github.com/acme/app',
      'quay.expires-after': '2w',
    });
  });

  it('skips the build on a re-run of the same commit and reports the same digest', async () => {
    const before = registry.requests().length;
    const again = await runBuild({ revision: first.revision, extraTags: ['latest'] });
    expect(again.built).toMatchObject({ skipped: true, digest: first.built?.digest, tags: [first.revision, 'latest'] });
    expect(again.argv.some((a) => a[1] === 'build' || a[1] === 'push' || a[1] === 'pull')).toBe(false);
    const writes = registry
      .requests()
      .slice(before)
      .filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
    expect(writes).toEqual([]);
    expect(again.lines.some((l) => l.includes('already in the registry, build skipped'))).toBe(true);
  });

  it('on a re-run with a new extra tag, points it at the existing image without building', async () => {
    const again = await runBuild({ revision: first.revision, extraTags: ['stable'] });
    expect(again.built).toMatchObject({ skipped: true, digest: first.built?.digest, tags: [first.revision, 'stable'] });
    expect(again.argv.some((a) => a[1] === 'build')).toBe(false);
    expect(again.argv.filter((a) => a[1] === 'pull' || a[1] === 'push').map((a) => a[1])).toEqual(['pull', 'push']);
    const lookup = new RegistryClient({ credentials: registry.robot });
    expect(await lookup.manifestDigest(`${registry.host}/acme/app`, 'stable')).toBe(first.built?.digest);
  });

  it('lets one 502 on the manifest PUT fail docker push when we do not retry', async () => {
    registry.injectFailures({ method: 'PUT', pathIncludes: '/manifests/', count: 1, kind: '502' });
    const error = await runBuild({ retry: { attempts: 1, baseDelayMs: 1 } }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/docker push .* failed: .*502 Bad Gateway/);
  });

  it('overcomes a 502 and an EOF on the manifest PUT with its own retries', async () => {
    const before = registry.requests().length;
    registry.injectFailures({ method: 'PUT', pathIncludes: '/manifests/', count: 1, kind: '502' });
    registry.injectFailures({ method: 'PUT', pathIncludes: '/manifests/', count: 1, kind: 'eof' });
    const run = await runBuild({ retry: { attempts: 4, baseDelayMs: 200 } });
    expect(run.built?.skipped).toBe(false);
    const puts = registry
      .requests()
      .slice(before)
      .filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'));
    expect(puts.map((r) => r.status)).toEqual([502, 0, 201]);
    const retries = run.lines.filter((l) => l.startsWith('warn docker push'));
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatch(/502 Bad Gateway.*try 2 of 4/);
    const lookup = new RegistryClient({ credentials: registry.robot });
    expect(await lookup.manifestDigest(`${registry.host}/acme/app`, run.revision)).toBe(run.built?.digest);
  });

  it('overcomes a 502 on login, which docker itself reports as a refused login', async () => {
    const before = registry.requests().length;
    registry.injectFailures({ method: 'GET', pathIncludes: '/v2/', count: 1, kind: '502' });
    const run = await runBuild({});
    expect(run.built?.skipped).toBe(false);
    expect(registry.requests().slice(before)[0]).toEqual({ method: 'GET', path: '/v2/', status: 502 });
    const warnings = run.lines.filter((l) => l.startsWith('warn docker login'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/refused, though the registry accepts these credentials.*try 2 of 3/);
  });

  it('builds with the Debian 20.10 client too', async () => {
    const run = await runBuild({ dockerBinary: '/usr/bin/docker' });
    expect(run.built?.digest).toMatch(/^sha256:/);
    expect(run.argv.every((a) => a[0] === '/usr/bin/docker')).toBe(true);
  });

  it('never shows the password: not in logs, errors or argv; credentials removed after each run', async () => {
    expect(everything.length).toBeGreaterThan(50);
    const leaks = everything.filter((text) => text.includes(registry.robot.password));
    expect(leaks).toEqual([]);
    // Temporary DOCKER_CONFIGs are gone; no ~/.docker was written under the runs' HOMEs.
    for (const entry of readdirSync(scratch).filter((e) => e.startsWith('home-'))) {
      const home = join(scratch, entry);
      expect(readdirSync(home).filter((e) => e.startsWith('berth-docker-'))).toEqual([]);
      expect(existsSync(join(home, '.docker'))).toBe(false);
    }
  });
});
