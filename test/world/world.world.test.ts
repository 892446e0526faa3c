// The local world itself: hosts with their own engines, addresses, metadata and AWS CLI; nothing left after stop().
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './images.js';
import { startWorld, type World } from './index.js';
import { sleep } from './proc.js';

let world: World;
let startMs = 0;

beforeAll(async () => {
  const t0 = Date.now();
  world = await startWorld({ hosts: 2, registry: false, tags: (i) => ({ Role: i === 0 ? 'web' : 'worker' }) });
  startMs = Date.now() - t0;
});
afterAll(async () => {
  await world?.stop();
});

async function imdsGet(url: string, path: string, token?: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`${url}${path}`, { headers: token ? { 'x-aws-ec2-metadata-token': token } : {} });
  return { status: res.status, body: await res.text() };
}

describe('a 2-host world', () => {
  it('starts in seconds with distinct hosts', () => {
    expect(startMs).toBeLessThan(30_000);
    const [a, b] = world.hosts;
    expect(world.hosts).toHaveLength(2);
    expect(a?.hostname).toBe('docker1');
    expect(b?.hostname).toBe('docker2');
    expect(a?.instanceId).toMatch(/^i-0[0-9a-f]{16}$/);
    expect(new Set(world.hosts.map((h) => h.instanceId)).size).toBe(2);
    expect(a?.address).toMatch(/^127\.\d+\.\d+\.1$/);
    expect(b?.address).toMatch(/^127\.\d+\.\d+\.2$/);
    expect(a?.dockerHost).not.toBe(b?.dockerHost);
    expect(a?.root.startsWith(`${world.dir}/`)).toBe(true);
    expect(a?.env.DOCKER_CONFIG?.startsWith(a.root)).toBe(true);
    expect(a?.tags).toEqual({ Name: 'docker1', Role: 'web' });
    expect(b?.tags).toEqual({ Name: 'docker2', Role: 'worker' });
  });

  it('gives each host its own engine with the base images', async () => {
    const ids = await Promise.all(
      world.hosts.map(async (host) => {
        const info = await host.docker(['info', '--format', '{{.ID}} {{.DockerRootDir}}']);
        expect(info.code, info.stderr).toBe(0);
        const images = await host.docker(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}']);
        expect(images.stdout.split('\n')).toEqual(expect.arrayContaining(['local/busybox:1', 'local/haproxy:1']));
        return info.stdout.trim();
      }),
    );
    expect(ids[0]).not.toBe(ids[1]);
    // A container on one host is not visible on the other.
    const [a, b] = world.hosts;
    const run = await a!.docker(['run', '-d', '--name', 'only-on-a', 'local/busybox:1', 'sleep', '30']);
    expect(run.code, run.stderr).toBe(0);
    expect((await a!.docker(['inspect', 'only-on-a'])).code).toBe(0);
    expect((await b!.docker(['inspect', 'only-on-a'])).code).not.toBe(0);
  });

  it('answers instance metadata with an IMDSv2 token only', async () => {
    const host = world.hosts[1]!;
    expect((await imdsGet(host.imdsUrl, '/latest/meta-data/instance-id')).status).toBe(401);
    const tokenRes = await fetch(`${host.imdsUrl}/latest/api/token`, {
      method: 'PUT',
      headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '60' },
    });
    expect(tokenRes.status).toBe(200);
    const token = await tokenRes.text();
    expect(await imdsGet(host.imdsUrl, '/latest/meta-data/instance-id', token)).toEqual({ status: 200, body: host.instanceId });
    expect(await imdsGet(host.imdsUrl, '/latest/meta-data/local-hostname', token)).toEqual({ status: 200, body: 'docker2' });
    expect(await imdsGet(host.imdsUrl, '/latest/meta-data/public-ipv4', token)).toEqual({ status: 200, body: host.address });
    expect((await imdsGet(host.imdsUrl, '/latest/meta-data/instance-id', 'wrong')).status).toBe(401);
  });

  it('runs SSM-style commands with the host environment (curl reaches its metadata endpoint)', async () => {
    const host = world.hosts[0]!;
    const result = await host.runCommands(
      [
        'set -e',
        'token=$(curl -sf -X PUT -H "X-aws-ec2-metadata-token-ttl-seconds: 30" "$BERTH_IMDS_URL/latest/api/token")',
        'curl -sf -H "X-aws-ec2-metadata-token: $token" "$BERTH_IMDS_URL/latest/meta-data/instance-id"; echo',
        'docker ps --format "{{.Names}}"',
        'echo "root=$BERTH_HOST_ROOT"',
        'echo oops >&2; exit 3',
      ],
      { timeoutSeconds: 30 },
    );
    expect(result.exitCode).toBe(3);
    expect(result.stdout.split('\n')).toEqual([host.instanceId, 'only-on-a', `root=${host.root}`, '']);
    expect(result.stderr).toBe('oops\n');
    expect(result.timedOut).toBe(false);
  });

  it('kills a command that runs past its timeout, or when cancelled', async () => {
    const host = world.hosts[0]!;
    const t0 = Date.now();
    const slow = await host.runCommands(['echo started', 'sleep 30', 'echo never'], { timeoutSeconds: 1 });
    expect(slow).toMatchObject({ exitCode: -1, stdout: 'started\n', timedOut: true });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const cancelled = await host.runCommands(['sleep 30'], { timeoutSeconds: 60, signal: controller.signal });
    expect(cancelled).toMatchObject({ exitCode: -1, cancelled: true });
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it("points the host's AWS CLI at an endpoint with dummy credentials", async () => {
    const host = world.hosts[0]!;
    const version = await host.exec(['aws', '--version']);
    expect(version.code, version.stderr).toBe(0);
    expect(version.stdout + version.stderr).toMatch(/aws-cli\/\d/);
    // A stand-in endpoint: what the CLI sends from the host, and that it prints the answer.
    const seen: { target: string | undefined; auth: string | undefined; body: string }[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ target: req.headers['x-amz-target'] as string | undefined, auth: req.headers.authorization, body });
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(
          JSON.stringify({
            Parameters: [{ Name: '/berth/test', Type: 'SecureString', Value: 'from-endpoint', Version: 1 }],
            InvalidParameters: [],
          }),
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (server.address() as AddressInfo).port;
      const result = await host.runCommands(
        [
          `aws ssm get-parameters --with-decryption --names /berth/test --endpoint-url http://127.0.0.1:${port} --query 'Parameters[0].Value' --output text`,
        ],
        { timeoutSeconds: 60 },
      );
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stdout.trim()).toBe('from-endpoint');
      expect(seen[0]?.target).toBe('AmazonSSM.GetParameters');
      expect(seen[0]?.auth).toContain(`Credential=${host.env.AWS_ACCESS_KEY_ID}/`);
      expect(seen[0]?.auth).toContain(`/${host.env.AWS_DEFAULT_REGION}/ssm/aws4_request`);
      expect(JSON.parse(seen[0]?.body ?? '{}')).toEqual({ Names: ['/berth/test'], WithDecryption: true });
    } finally {
      server.close();
    }
  });

  it('gives the example document and its parameters', () => {
    const text = world.exampleDocument();
    expect(() => JSON.parse(text)).not.toThrow();
    expect(Object.keys(world.exampleParameters())).toEqual(expect.arrayContaining(['/berth-example/db-password']));
  });
});

describe('stop()', () => {
  it('leaves nothing behind: processes, mounts, directory, listeners (a host that joined later too)', async () => {
    const extra = await startWorld({ hosts: 1 });
    const { dir } = extra;
    const host = extra.hosts[0]!;
    const joined = await extra.addHost();
    const registryHost = extra.registry?.host;
    expect((await host.docker(['run', '-d', '--name', 'left', 'local/busybox:1', 'sleep', '600'])).code).toBe(0);
    expect((await joined.docker(['run', '-d', '--name', 'left', 'local/busybox:1', 'sleep', '600'])).code).toBe(0);
    await extra.stop();
    expect(existsSync(dir)).toBe(false);
    expect(holdersOf(dir)).toEqual([]);
    expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain(dir);
    await expect(fetch(`${host.imdsUrl}/latest/api/token`, { method: 'PUT' })).rejects.toThrow();
    await expect(fetch(`${joined.imdsUrl}/latest/api/token`, { method: 'PUT' })).rejects.toThrow();
    await expect(fetch(`http://${registryHost}/v2/`)).rejects.toThrow();
    await extra.stop(); // idempotent
  });
});

describe('a test process killed without stop()', () => {
  it('still leaves nothing behind: the reaper tears its world down, joined hosts included', async () => {
    const script = `import { startWorld } from ${JSON.stringify(`${REPO_ROOT}/test/world/index.ts`)};
const w = await startWorld({ hosts: 1, registry: false });
await w.hosts[0].docker(['run', '-d', '--name', 'orphan', 'local/busybox:1', 'sleep', '600']);
const joined = await w.addHost();
await joined.docker(['run', '-d', '--name', 'orphan', 'local/busybox:1', 'sleep', '600']);
console.log(w.dir);
setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    const deadline = Date.now() + 120_000;
    while (!out.includes('/tmp/bw-') && Date.now() < deadline && child.exitCode === null) await sleep(200);
    const dir = out.trim();
    expect(dir).toMatch(/^\/tmp\/bw-/);
    child.kill('SIGKILL');
    const gone = Date.now() + 60_000;
    while (existsSync(dir) && Date.now() < gone) await sleep(500);
    expect(existsSync(dir)).toBe(false);
    expect(holdersOf(dir)).toEqual([]);
    expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain(dir);
  });
});

/** Processes whose command line names the world directory (engines, containerd, shims, scripts). */
function holdersOf(dir: string): string[] {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir);
      } catch {
        return false;
      }
    });
}
