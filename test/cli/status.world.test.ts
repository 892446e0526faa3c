// Seeing the fleet, for real: `berth deploy` (converge on, so the release record is written) of a small
// document to 2 world hosts, then `berth status --json` shows both on the release with their copies,
// images and health; a container removed by hand on one host is drift there; `berth logs` prints a
// copy's log with the secret its env holds redacted on the host; `berth history` lists the deploy.
// World time: about 50 s (the world, one deploy, the association's converge runs, six short reads).
// Every CLI run is its own process (real argv, env, exit status); claims are checked on the hosts too.
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FleetStatus } from '../../src/deploy/status.js';
import type { HostHistoryList } from '../../src/deploy/fleet-history.js';
import { seedParameters, WORLD_COMMAND_BYTES } from '../deploy/helpers-world.js';
import { managedInstanceOf } from '../world/fakes/aws/from-host.js';
import { DUMMY_CREDENTIALS } from '../world/fakes/aws/test-clients.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { startWorld, type World } from '../world/index.js';
import { bundleEntries, repoRoot, runNode, type Bundles, type ProcessResult } from './run.js';

const SECRET = `tok-${Math.random().toString(36).slice(2)}-value`;
const PARAMETER = '/world/demo/api-token';

let world: World;
let aws: FakeAws;
let bundles: Bundles;
let dir: string;

/** One CLI run against the world's fake AWS; every fleet flag the deploy took. */
function berth(...args: string[]): Promise<ProcessResult> {
  return runNode(
    bundles.cli,
    [
      ...args,
      '--environment',
      'world',
      '--targets',
      'tag:Role=web',
      '--aws-region',
      'us-east-1',
      '--aws-endpoint',
      aws.endpoint,
      '--stack-json',
      join(dir, 'stack.json'),
      '--stack-name',
      'World Stack',
      '--poll-interval-seconds',
      '1',
    ],
    {
      cwd: dir,
      env: {
        AWS_ACCESS_KEY_ID: DUMMY_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: DUMMY_CREDENTIALS.secretAccessKey,
        BERTH_ROLLBAR_TOKEN: '',
      },
    },
  );
}

beforeAll(async () => {
  bundles = await bundleEntries();
  // The bundle reads the host script's parts from host/ beside it, as dist/cli.js does from dist/host/.
  symlinkSync(join(repoRoot, 'host'), join(dirname(bundles.cli), 'host'));
  world = await startWorld({ hosts: 2, registry: false });
  aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES });
  seedParameters(aws, { [PARAMETER]: SECRET });
  dir = mkdtempSync(join(tmpdir(), 'berth-status-world-'));
  // Two copies that print the secret they were given, then idle; no build (the image is on the hosts).
  const document = {
    deploy: {
      demo: {
        containers: [
          {
            web: {
              deploy: 'auto',
              image: 'local/busybox',
              tag: '1',
              containers: 2,
              stop_signal: 'SIGKILL',
              command: "sh -c 'echo starting with API_TOKEN=$API_TOKEN; echo ready; exec sleep 3600'",
              env: { API_TOKEN: `%{ssm:${PARAMETER}}`, MODE: 'plain-value' },
            },
          },
        ],
      },
    },
  };
  writeFileSync(join(dir, 'stack.json'), JSON.stringify(document, null, 2));
}, 240_000);

afterAll(async () => {
  await aws?.stop();
  await world?.stop();
  bundles?.remove();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('berth status, logs and history', () => {
  let deployId = '';

  it('deploys v1 to both hosts with the CLI', async () => {
    const run = await berth(
      'deploy',
      '--version',
      'v1',
      '--converge',
      'true',
      '--host-aws-endpoint',
      aws.endpoint,
      '--lock-wait-seconds',
      '0',
      '--max-command-bytes',
      String(WORLD_COMMAND_BYTES),
      '--rollbar-endpoint',
      'http://127.0.0.1:9',
      '--timeout-minutes',
      '3',
      '--json',
    );
    expect(run.status, run.stderr).toBe(0);
    deployId = (JSON.parse(run.stdout) as { deployId: string }).deployId;
    expect(deployId).not.toBe('');
    // The association the deploy created runs converge on every target once: let it end before the
    // hosts are looked at (it finds the release running and writes converge.json), so a container
    // removed below stays removed.
    const deadline = Date.now() + 60_000;
    const converged = () => world.hosts.every((host) => existsSync(join(host.root, 'var/lib/berth/converge.json')));
    while (!converged() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
    expect(converged()).toBe(true);
  }, 180_000);

  it('status --json shows both hosts on the release with their copies, images and health', async () => {
    const run = await berth('status', '--json');
    expect(run.status, run.stderr).toBe(0);
    const status = JSON.parse(run.stdout) as FleetStatus;
    expect(status.record).toMatchObject({ release: 'v1', deployId });
    expect(status.hosts.map((h) => h.instanceId).sort()).toEqual(world.hosts.map((h) => h.instanceId).sort());
    for (const host of status.hosts) {
      expect(host).toMatchObject({ state: 'ok', releases: ['v1'], lastDeployId: deployId, driftCount: 0 });
      expect(host.converge).toMatchObject({ deployId, release: 'v1' });
      expect(host.definitions).toEqual([
        expect.objectContaining({ definition: 'demo/web', expectedCopies: 2, healthyCopies: 2, images: ['local/busybox:1'] }),
      ]);
      expect(host.definitions[0]?.copies.map((c) => [c.name, c.health, c.release])).toEqual([
        ['web0', 'none', 'v1'],
        ['web1', 'none', 'v1'],
      ]);
    }
  }, 60_000);

  it('a container removed by hand on one host is drift there, and only there', async () => {
    const [first, second] = world.hosts;
    await second!.docker(['rm', '-f', 'web1']);
    expect((await second!.docker(['ps', '-a', '--format', '{{.Names}}'])).stdout).not.toContain('web1');
    const run = await berth('status', '--json');
    expect(run.status, run.stderr).toBe(0);
    const status = JSON.parse(run.stdout) as FleetStatus;
    const byId = new Map(status.hosts.map((h) => [h.instanceId, h]));
    expect(byId.get(first!.instanceId)).toMatchObject({ state: 'ok', driftCount: 0 });
    const drifted = byId.get(second!.instanceId);
    expect(drifted).toMatchObject({ state: 'drift', driftCount: 1 });
    expect(drifted?.definitions[0]?.copies.find((c) => c.name === 'web1')).toEqual({ name: 'web1', health: 'missing', drift: 'missing' });

    const table = await berth('status');
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toMatch(new RegExp(`${second!.instanceId}\\s+drift\\s+v1`));
    expect(table.stdout).toContain('drift: web1 is missing');
  }, 60_000);

  it("logs prints a copy's log with the secret its env holds redacted", async () => {
    const [first] = world.hosts;
    // On the host, the container really got the secret and printed it.
    expect((await first!.docker(['logs', 'web0'])).stdout).toContain(`API_TOKEN=${SECRET}`);
    const run = await berth('logs', 'web', '--host', first!.instanceId, '--lines', '20');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`== ${first!.hostname}`);
    expect(run.stdout).toContain('web0 (demo/web)');
    expect(run.stdout).toContain('starting with API_TOKEN=[redacted]');
    expect(run.stdout).toContain('ready');
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  }, 60_000);

  it('history lists the deploy on each host', async () => {
    const run = await berth('history', '--json');
    expect(run.status, run.stderr).toBe(0);
    const lists = JSON.parse(run.stdout) as HostHistoryList[];
    expect(lists).toHaveLength(2);
    for (const list of lists) {
      expect(list.releases[0]).toMatchObject({ release: 'v1', deployId, images: { 'demo/web': 'local/busybox:1' }, undone: false });
    }
  }, 60_000);
});
