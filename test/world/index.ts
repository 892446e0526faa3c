// The local world: simulated EC2 hosts (one Docker engine each), a quay-like registry, local images.
// Everything lives under one /tmp/bw-XXXXXX directory and is stopped by stop(), by a process exit
// handler, or by a reaper process if the test process dies without either.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DOCKER_CLIENT } from './engine.js';
import { type HostParts, type SimHost, TEARDOWN, startHost } from './host.js';
import { BUILDER_INDEX, DEFAULT_TAGS, hostAddress, membership, tagPublishedImages } from './join.js';
import { BUSYBOX_IMAGE, HAPROXY_IMAGE, REPO_ROOT, importBaseImage, prepareBaseImages } from './images.js';
import { run, runOk } from './proc.js';
import { startRegistry, type FailureRule, type LocalRegistry, type RecordedRequest } from './registry.js';

export type { FailureRule, RecordedRequest } from './registry.js';
export type { ExecResult, SimHost } from './host.js';

export interface WorldOptions {
  /** Number of simulated hosts (default 2). */
  hosts?: number;
  /** Start the quay-like registry (default true). */
  registry?: boolean;
  /** AWS region of the hosts' CLI and metadata (default us-east-1). */
  region?: string;
  /** EC2 tags of host i, besides Name (default Role=web, Environment=production). */
  tags?: (index: number) => Record<string, string>;
}

export interface WorldRegistry {
  host: string;
  robot: { username: string; password: string };
  injectFailures(rule: FailureRule): void;
  requests(): RecordedRequest[];
}

export interface FrontOptions {
  /** Server names in the backend, each at unix@<root>/srv/socks/NAME.sock (default web0 web0_b web1 web1_b). */
  servers?: string[];
  backend?: string;
  /** Container name (default haproxy0). */
  name?: string;
  checkInterval?: string;
  /** haproxy's proxy mode (default http); tcp counts connections, no HTTP status or response time. */
  mode?: 'http' | 'tcp';
}

export interface Front {
  url: string;
  /** Host path of the runtime API socket (level admin). */
  adminSocket: string;
  /** Host dir where app copies put their sockets (mounted at the same path, /srv/socks, in the front and the app copies). */
  socketDir: string;
  container: string;
}

export interface World {
  dir: string;
  hosts: SimHost[];
  registry?: WorldRegistry;
  /** The engine that stands in for the CI runner's docker (builds, pushes); started on first use. */
  builder(): Promise<SimHost>;
  /** Loads an image into one host's engine: base images are imported, others copied from the builder (docker save|load). */
  loadImage(host: SimHost, ref: string): Promise<void>;
  /**
   * Builds the demo app image (examples/app) on the builder; broken = never healthy; failPercent = healthy, but that
   * share of requests (every 100/failPercent-th, per copy) answers 500. Returns `repository:version`.
   */
  buildDemoApp(opts: { repository: string; version: string; broken?: boolean; failPercent?: number }): Promise<string>;
  /** examples/stack.json with this world's registry host in place of registry.berth.test. */
  exampleDocument(): string;
  /** The Parameter Store values examples/stack.json references (%{ssm:/berth-example/...}), name -> value. */
  exampleParameters(): Record<string, string>;
  /** Runs haproxy (local/haproxy:1) on a host like the example's manual `haproxy` definition. */
  startFront(host: SimHost, opts?: FrontOptions): Promise<Front>;
  /** Sends one command to a host's haproxy runtime API (through socat, as the host script does). */
  haproxyAdmin(host: SimHost, command: string): Promise<string>;
  /**
   * A host joins the running world (scale-out): its own engine, root, address, metadata endpoint and instance id,
   * the base images loaded (and tagged as published in the registry), `tags` (default Role=web,
   * Environment=production) besides Name. Appended to `hosts`. The fake AWS learns of it when told:
   * `aws.instances.add(managedInstanceOf(host))`.
   */
  addHost(opts?: { tags?: Record<string, string> }): Promise<SimHost>;
  /**
   * The host leaves (terminated): out of `hosts`; its containers, engine and running commands stopped; its directory
   * removed. Deregister it from the fake AWS first (`aws.instances.remove(id)`): its unfinished invocations then end
   * `Undeliverable`, as AWS reports an instance that went away, rather than failing with the killed script.
   */
  removeHost(instanceId: string): Promise<void>;
  /** Stops everything, joined hosts included. */
  stop(): Promise<void>;
}

export const EXAMPLE_REGISTRY_TOKEN = 'registry.berth.test';
/** Base images also published in the world's registry (the example document runs them from there). */
export const PUBLISHED_BASE_IMAGES: Record<string, string> = { [HAPROXY_IMAGE]: 'acme/haproxy:1', [BUSYBOX_IMAGE]: 'acme/busybox:1' };

const liveWorlds = new Set<string>();
let exitHandlerInstalled = false;

function installExitHandler(): void {
  if (exitHandlerInstalled) return;
  exitHandlerInstalled = true;
  process.on('exit', () => {
    for (const dir of liveWorlds) spawnSync('bash', [TEARDOWN, dir], { stdio: 'ignore', timeout: 60_000 });
  });
}

/** Tags the base images into the registry's namespace on every host and pushes them once (from the first host). */
async function publishBaseImages(dir: string, hosts: SimHost[], registry: LocalRegistry): Promise<void> {
  await Promise.all(hosts.map((host) => tagPublishedImages(host, PUBLISHED_BASE_IMAGES, registry.host)));
  const first = hosts[0];
  if (!first) return;
  // A throw-away client config: the robot's credentials never land in the host's own docker config.
  const env = { ...first.env, DOCKER_CONFIG: join(dir, 'publish-docker-config') };
  await runOk([DOCKER_CLIENT, 'login', '-u', registry.robot.username, '--password-stdin', registry.host], {
    env,
    input: registry.robot.password,
    timeoutMs: 30_000,
  });
  try {
    await Promise.all(
      Object.values(PUBLISHED_BASE_IMAGES).map((remote) =>
        runOk([DOCKER_CLIENT, 'push', '-q', `${registry.host}/${remote}`], { env, timeoutMs: 120_000 }),
      ),
    );
  } finally {
    await run([DOCKER_CLIENT, 'logout', registry.host], { env });
  }
}

export async function startWorld(opts: WorldOptions = {}): Promise<World> {
  const hostCount = opts.hosts ?? 2;
  const region = opts.region ?? 'us-east-1';
  if (!Number.isInteger(hostCount) || hostCount < 1 || hostCount > 200) throw new Error(`hosts must be 1..200, got ${hostCount}`);
  const dir = mkdtempSync('/tmp/bw-');
  chmodSync(dir, 0o755);
  const pidsDir = join(dir, 'pids');
  mkdirSync(pidsDir);
  liveWorlds.add(dir);
  installExitHandler();
  // Reaper: tears the world down if this process dies without calling stop().
  const reaper = spawn('bash', [TEARDOWN, '--when-gone', String(process.pid), dir], { detached: true, stdio: 'ignore' });
  reaper.unref();

  // A random 127.a.b.0/24 per world, so several worlds (parallel engineers, parallel tests) never collide.
  const prefix = `127.${randomInt(16, 250)}.${randomInt(0, 256)}`;
  const images = prepareBaseImages(join(dir, 'img'));
  images.catch(() => undefined);
  const parts: HostParts[] = [];
  let registry: LocalRegistry | undefined;
  let builderParts: Promise<HostParts> | undefined;
  let stopped = false;

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    reaper.kill('SIGKILL');
    const closing: Promise<void>[] = parts.map((p) => p.imds.close());
    if (registry) closing.push(registry.close());
    if (builderParts)
      closing.push(
        builderParts.then(
          (b) => b.imds.close(),
          () => undefined,
        ),
      );
    await Promise.allSettled(closing);
    const result = await run(['bash', TEARDOWN, dir], { timeoutMs: 120_000 });
    liveWorlds.delete(dir);
    if (result.code !== 0) throw new Error(`world teardown of ${dir} failed: ${result.stderr}`);
  };

  // allSettled: what did start must be known to stop() even when something else failed.
  const started = await Promise.allSettled([
    ...Array.from({ length: hostCount }, (_, i) =>
      startHost(dir, i, hostAddress(prefix, i), `docker${i + 1}`, region, images, opts.tags?.(i) ?? { ...DEFAULT_TAGS }),
    ),
    opts.registry === false ? Promise.resolve(undefined) : startRegistry(join(dir, 'registry'), pidsDir),
  ]);
  for (const outcome of started) {
    if (outcome.status !== 'fulfilled' || outcome.value === undefined) continue;
    if ('imds' in outcome.value) parts.push(outcome.value);
    else registry = outcome.value;
  }
  parts.sort((a, b) => a.host.index - b.host.index);
  const failure = started.find((outcome) => outcome.status === 'rejected');
  if (failure) {
    await stop().catch(() => undefined);
    throw failure.reason;
  }
  const hosts = parts.map((p) => p.host);
  if (registry) {
    try {
      await publishBaseImages(dir, hosts, registry);
    } catch (error) {
      await stop().catch(() => undefined);
      throw error;
    }
  }
  const exampleSecrets: Record<string, string> = {
    '/berth-example/registry-password': registry?.robot.password ?? '',
    '/berth-example/db-password': `db%${randomBytes(9).toString('base64url')}`,
    '/berth-example/secret-key-base': randomBytes(24).toString('hex'),
    '/berth-example/rollbar-token': randomBytes(16).toString('hex'),
  };

  const builder = (): Promise<SimHost> => {
    builderParts ??= (async () => {
      const b = await startHost(dir, BUILDER_INDEX, `${prefix}.250`, 'runner', region, images, {});
      for (const image of await images)
        if (image.ref !== BUSYBOX_IMAGE && image.ref !== HAPROXY_IMAGE) await importBaseImage(b.host.env, image);
      return b;
    })();
    return builderParts.then((b) => b.host);
  };

  const transfer = async (from: SimHost, to: SimHost, ref: string): Promise<void> => {
    const tar = join(dir, 'img', `transfer-${randomBytes(6).toString('hex')}.tar`);
    try {
      await runOk([DOCKER_CLIENT, 'save', '-o', tar, ref], { env: from.env, timeoutMs: 120_000 });
      await runOk([DOCKER_CLIENT, 'load', '-q', '-i', tar], { env: to.env, timeoutMs: 120_000 });
    } finally {
      rmSync(tar, { force: true });
    }
  };

  const { addHost, removeHost } = membership({
    dir,
    prefix,
    region,
    images,
    hosts,
    parts,
    lastIndex: hostCount - 1,
    ...(registry ? { published: { images: PUBLISHED_BASE_IMAGES, registryHost: registry.host } } : {}),
    isStopped: () => stopped,
  });

  const world: World = {
    dir,
    hosts,
    builder,
    async loadImage(host, ref) {
      const base = (await images).find((image) => image.ref === ref);
      if (base) {
        await importBaseImage(host.env, base);
        return;
      }
      const sources = [...(builderParts ? [await builder()] : []), ...hosts.filter((h) => h !== host)];
      for (const source of sources) {
        const found = await source.docker(['image', 'inspect', '--format', '{{.Id}}', ref]);
        if (found.code === 0) {
          await transfer(source, host, ref);
          return;
        }
      }
      throw new Error(
        `loadImage: ${ref} is in no engine of this world; build it first (world.buildDemoApp or docker build on world.builder())`,
      );
    },
    async buildDemoApp({ repository, version, broken = false, failPercent = 0 }) {
      const b = await builder();
      const ref = `${repository}:${version}`;
      await runOk(
        [
          DOCKER_CLIENT,
          'build',
          '-q',
          '--build-arg',
          `VERSION=${version}`,
          '--build-arg',
          `BROKEN=${broken ? 1 : 0}`,
          '--build-arg',
          `FAIL_PERCENT=${failPercent}`,
          '-t',
          ref,
          join(REPO_ROOT, 'examples/app'),
        ],
        { env: { ...b.env, DOCKER_BUILDKIT: '0' }, timeoutMs: 120_000 },
      );
      return ref;
    },
    exampleDocument() {
      const text = readFileSync(join(REPO_ROOT, 'examples/stack.json'), 'utf8');
      return registry ? text.split(EXAMPLE_REGISTRY_TOKEN).join(registry.host) : text;
    },
    exampleParameters: () => ({ ...exampleSecrets }),
    async startFront(host, frontOpts = {}) {
      const name = frontOpts.name ?? 'haproxy0';
      const socketDir = join(host.root, 'srv/socks');
      const adminDir = join(host.root, 'srv/haproxy');
      const args = [
        'run',
        '-d',
        '--name',
        name,
        '--network',
        'host',
        '--init',
        '-v',
        `${socketDir}:/srv/socks`,
        '-v',
        `${adminDir}:/srv/haproxy`,
        '-e',
        `BIND=${host.address}:8080`,
        '-e',
        `BACKEND=${frontOpts.backend ?? 'web'}`,
        '-e',
        `SERVERS=${(frontOpts.servers ?? ['web0', 'web0_b', 'web1', 'web1_b']).join(' ')}`,
        '-e',
        `CHECK_INTER=${frontOpts.checkInterval ?? '1s'}`,
        '-e',
        `MODE=${frontOpts.mode ?? 'http'}`,
        HAPROXY_IMAGE,
      ];
      const started = await host.docker(args);
      if (started.code !== 0) throw new Error(`haproxy did not start on ${host.hostname}: ${started.stderr}`);
      const adminSocket = join(adminDir, 'admin.sock');
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const info = await run(['socat', '-t', '2', '-', `UNIX-CONNECT:${adminSocket}`], { input: 'show info\n', timeoutMs: 3000 });
        if (info.code === 0 && info.stdout.includes('Name: HAProxy'))
          return { url: host.frontUrl, adminSocket, socketDir, container: name };
        await new Promise((r) => setTimeout(r, 100));
      }
      const logs = await host.docker(['logs', '--tail', '20', name]);
      throw new Error(`haproxy on ${host.hostname} did not open its runtime API at ${adminSocket}: ${logs.stdout}${logs.stderr}`);
    },
    async haproxyAdmin(host, command) {
      const socket = join(host.root, 'srv/haproxy/admin.sock');
      const result = await runOk(['socat', '-t', '5', '-', `UNIX-CONNECT:${socket}`], { input: `${command}\n`, timeoutMs: 10_000 });
      return result.stdout;
    },
    addHost,
    removeHost,
    stop,
  };
  if (registry) {
    const r = registry;
    world.registry = { host: r.host, robot: r.robot, injectFailures: (rule) => r.injectFailures(rule), requests: () => r.requests() };
  }
  return world;
}
