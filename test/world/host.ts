// One simulated EC2 host of the local world: its own Docker engine, root directory, loopback address,
// IMDSv2 endpoint and instance id. Started with the world or joining it later (World.addHost).
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCKER_CLIENT, startEngine } from './engine.js';
import { startImds, type ImdsServer } from './imds.js';
import { BUSYBOX_IMAGE, HAPROXY_IMAGE, REPO_ROOT, importBaseImage, type BaseImage } from './images.js';
import { run } from './proc.js';

export const TEARDOWN = join(REPO_ROOT, 'test/world/teardown.sh');
const HOST_PATH = '/usr/sbin:/usr/bin:/sbin:/bin:/usr/local/sbin:/usr/local/bin';

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface SimHost {
  index: number;
  instanceId: string;
  hostname: string;
  /** 127.a.b.(index+1), unique per world. */
  address: string;
  /** The host's root directory: host paths (cron files, state, locks, docker config) land here. */
  root: string;
  /** unix:///.../d.sock */
  dockerHost: string;
  /** http://ADDRESS:PORT, IMDSv2. */
  imdsUrl: string;
  tags: Record<string, string>;
  /** What a command on this host runs with. */
  env: Record<string, string>;
  exec(argv: string[], opts?: { input?: string; timeoutMs?: number; env?: Record<string, string> }): Promise<ExecResult>;
  /** Runs AWS-RunShellScript-style commands (joined by newlines, run by bash) as this host would. */
  runCommands(
    commands: string[],
    opts: { timeoutSeconds: number; signal?: AbortSignal; env?: Record<string, string> },
  ): Promise<{
    exitCode: number;
    stdout: string;
    stderr: string;
    /** Killed because timeoutSeconds passed (exitCode -1). */
    timedOut: boolean;
    /** Killed because the signal aborted (exitCode -1). */
    cancelled: boolean;
  }>;
  docker(args: string[]): Promise<ExecResult>;
  /** http://ADDRESS:8080, served once a front (haproxy) runs on this host. */
  frontUrl: string;
}

function instanceIdFor(): string {
  return `i-0${randomBytes(8).toString('hex').slice(0, 16)}`;
}

function hostEnv(root: string, dockerHost: string, imdsUrl: string, region: string, hostname: string): Record<string, string> {
  return {
    PATH: HOST_PATH,
    HOME: join(root, 'root'),
    LANG: 'C.UTF-8',
    HOSTNAME: hostname,
    DOCKER_HOST: dockerHost,
    DOCKER_CONFIG: join(root, 'root/.docker'),
    BERTH_IMDS_URL: imdsUrl,
    BERTH_HOST_ROOT: root,
    AWS_ACCESS_KEY_ID: 'AKIAWORLDHOSTDUMMY00',
    AWS_SECRET_ACCESS_KEY: 'world-host-dummy-secret-key',
    AWS_DEFAULT_REGION: region,
    AWS_REGION: region,
    AWS_CONFIG_FILE: join(root, 'root/.aws/config'),
    AWS_SHARED_CREDENTIALS_FILE: join(root, 'root/.aws/credentials'),
    // The CLI must never ask the machine's real metadata service for credentials.
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
  };
}

export interface HostParts {
  host: SimHost;
  imds: ImdsServer;
  /** The host's directory in the world (engine state, root, command work dirs): removed when the host leaves. */
  dir: string;
}

export async function startHost(
  dir: string,
  index: number,
  address: string,
  hostname: string,
  region: string,
  images: Promise<BaseImage[]>,
  tags: Record<string, string>,
): Promise<HostParts> {
  const hostDir = join(dir, `h${index}`);
  const root = join(hostDir, 'root');
  for (const sub of ['etc/cron.d', 'var/lib/berth', 'root/.docker', 'root/.aws', 'srv/socks', 'srv/haproxy', 'srv/data', 'tmp']) {
    mkdirSync(join(root, sub), { recursive: true });
  }
  const instanceId = instanceIdFor();
  const [engineOutcome, imdsOutcome] = await Promise.allSettled([
    startEngine(hostDir),
    startImds(address, { instanceId, hostname, publicIpv4: address, region }),
  ]);
  if (engineOutcome.status === 'rejected' || imdsOutcome.status === 'rejected') {
    // The engine is stopped by the teardown (its pidfile); the metadata server lives in this process.
    if (imdsOutcome.status === 'fulfilled') await imdsOutcome.value.close();
    throw engineOutcome.status === 'rejected' ? engineOutcome.reason : (imdsOutcome as PromiseRejectedResult).reason;
  }
  const engine = engineOutcome.value;
  const imds = imdsOutcome.value;
  const env = hostEnv(root, engine.dockerHost, imds.url, region, hostname);
  const exec: SimHost['exec'] = (argv, opts = {}) =>
    run(argv, {
      env: { ...env, ...opts.env },
      cwd: root,
      ...(opts.input === undefined ? {} : { input: opts.input }),
      ...(opts.timeoutMs === undefined ? {} : { timeoutMs: opts.timeoutMs }),
    });
  let commandCount = 0;
  const host: SimHost = {
    index,
    instanceId,
    hostname,
    address,
    root,
    dockerHost: engine.dockerHost,
    imdsUrl: imds.url,
    tags: { Name: hostname, ...tags },
    env,
    exec,
    docker: (args) => exec([DOCKER_CLIENT, ...args], { timeoutMs: 120_000 }),
    async runCommands(commands, opts) {
      commandCount += 1;
      // Like the SSM agent: the commands become one script file in a per-command work dir.
      const workDir = join(hostDir, 'ssm', `${Date.now()}-${commandCount}`);
      mkdirSync(workDir, { recursive: true, mode: 0o700 });
      const script = join(workDir, '_script.sh');
      writeFileSync(script, `${commands.join('\n')}\n`, { mode: 0o700 });
      const result = await run(['bash', script], {
        // The SSM agent adds its own variables (AWS_SSM_INSTANCE_ID, ...) to the host's environment.
        env: opts.env ? { ...env, ...opts.env } : env,
        cwd: workDir,
        timeoutMs: opts.timeoutSeconds * 1000,
        ...(opts.signal === undefined ? {} : { signal: opts.signal }),
      });
      return { exitCode: result.code, stdout: result.stdout, stderr: result.stderr, timedOut: result.timedOut, cancelled: result.aborted };
    },
    frontUrl: `http://${address}:8080`,
  };
  try {
    for (const image of await images) {
      if (image.ref === BUSYBOX_IMAGE || image.ref === HAPROXY_IMAGE) await importBaseImage(env, image);
    }
  } catch (error) {
    await imds.close();
    throw error;
  }
  return { host, imds, dir: hostDir };
}

/** Stops one host for good: its metadata endpoint, its engine and containers, what still runs under its root; removes its directory. */
export async function stopHost(parts: HostParts): Promise<void> {
  await parts.imds.close();
  const result = await run(['bash', TEARDOWN, parts.dir], { timeoutMs: 120_000 });
  if (result.code !== 0) throw new Error(`teardown of ${parts.host.hostname} (${parts.dir}) failed: ${result.stderr}`);
}
