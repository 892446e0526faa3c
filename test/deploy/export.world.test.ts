// Leaving OpsWorks, for real: a stack whose Custom JSON holds its secrets inline is deployed through the
// OpsWorks target, `berth export --stack-id` (the real CLI, in its own process) turns it into a repository
// Stack JSON with the secrets in Parameter Store, the instances get the tags the export suggests, and the
// exported file deploys unchanged through the SSM-only path: same containers, same images, same
// environment (secrets resolved on the host from the new parameters), and not one OpsWorks call.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInlineSecrets, validateStackJson } from '../../src/stack/index.js';
import { managedInstanceOf } from '../world/fakes/aws/from-host.js';
import { DUMMY_CREDENTIALS } from '../world/fakes/aws/test-clients.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { startFakeRollbar, type FakeRollbar } from '../world/fakes/rollbar.js';
import { startWorld, type SimHost, type World } from '../world/index.js';
import {
  baseInputs,
  deployInWorld,
  removeScratch,
  scratchDir,
  WORLD_COMMAND_BYTES,
  writeStackFile,
  type WorldDeploy,
} from './helpers-world.js';

const STACK = 'a1b2c3d4-0000-4000-8000-00000000e001';
const LAYER = 'a1b2c3d4-0000-4000-8000-00000000e0aa';
const APP = 'a1b2c3d4-0000-4000-8000-00000000e0bb';
const PREFIX = '/berth/world/exported';
const CLI = join(process.cwd(), 'src/cli/index.ts');

let world: World;
let aws: FakeAws;
let rollbar: FakeRollbar;
let setup: WorldDeploy;
/** Every secret value of the stack (the inline Custom JSON's), longest first. */
let secrets: string[] = [];
/** What each host ran after the OpsWorks-path deploy, by host name. */
let throughOpsWorks: Map<string, Container[]>;
/** Index into aws.requests where the export began: everything after it is the SSM-only path. */
let exportStartedAt = 0;
let exported: { file: string; output: string; code: number };

/** The world's example document with every `%{ssm:...}` reference replaced by its value: an old-style stack. */
function inlineDocument(): string {
  let text = world.exampleDocument();
  for (const [name, value] of Object.entries(world.exampleParameters())) {
    text = text.split(`%{ssm:${name}}`).join(JSON.stringify(value).slice(1, -1));
  }
  if (text.includes('%{ssm:')) throw new Error('the example document names a parameter the world does not provide');
  return text;
}

interface Container {
  name: string;
  id: string;
  imageId: string;
  image: string;
  hostname: string;
  env: string[];
  running: boolean;
}

/** What `docker inspect` says each running container of a host runs (env sorted: order is not meaning). */
async function containersOn(host: SimHost): Promise<Container[]> {
  const names = (await host.docker(['ps', '--format', '{{.Names}}'])).stdout
    .split('\n')
    .filter((n) => n !== '')
    .sort();
  const inspected = await host.docker(['inspect', ...names]);
  if (inspected.code !== 0) throw new Error(`docker inspect on ${host.hostname}: ${inspected.stderr}`);
  const raw = JSON.parse(inspected.stdout) as {
    Name: string;
    Id: string;
    Image: string;
    State: { Running: boolean };
    Config: { Image: string; Hostname: string; Env: string[] | null };
  }[];
  return raw.map((c) => ({
    name: c.Name.replace(/^\//, ''),
    id: c.Id,
    imageId: c.Image,
    image: c.Config.Image,
    hostname: c.Config.Hostname,
    env: [...(c.Config.Env ?? [])].sort(),
    running: c.State.Running,
  }));
}

function withoutId(container: Container): Omit<Container, 'id'> {
  const { id: _id, ...rest } = container;
  return rest;
}

async function fleet(): Promise<Map<string, Container[]>> {
  return new Map(await Promise.all(world.hosts.map(async (h) => [h.hostname, await containersOn(h)] as const)));
}

/** The real CLI in its own process (async: the fake AWS answers from this process's event loop). */
function berth(args: string[], timeoutMs = 120_000): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: process.cwd(),
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        HOME: setup.dir,
        AWS_ACCESS_KEY_ID: DUMMY_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: DUMMY_CREDENTIALS.secretAccessKey,
        AWS_EC2_METADATA_DISABLED: 'true',
        NODE_NO_WARNINGS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, output });
    });
  });
}

/** Every SendCommand body, with the gzip+base64 script and plan it carries unpacked. */
function sendCommandTexts(from = 0): string[] {
  const texts: string[] = [];
  for (const send of aws.requests.slice(from).filter((r) => r.target === 'AmazonSSM.SendCommand')) {
    const body = JSON.stringify(send.body);
    texts.push(body);
    for (const m of body.matchAll(/printf '%s' '([A-Za-z0-9+/=]+)' \| base64 -d \| gunzip/g)) {
      texts.push(gunzipSync(Buffer.from(m[1] ?? '', 'base64')).toString('utf8'));
    }
  }
  return texts;
}

function leaked(text: string): string[] {
  return secrets.filter((secret) => text.includes(secret)).map((secret) => `${secret.slice(0, 3)}... (${secret.length} chars)`);
}

beforeAll(async () => {
  // No Role tag: after the export, only the tags it suggests make the SSM path find these hosts.
  world = await startWorld({ hosts: 2, registry: true, tags: () => ({ Environment: 'world' }) });
  aws = await startFakeAws({
    instances: world.hosts.map(managedInstanceOf),
    maxParameterBytes: WORLD_COMMAND_BYTES,
    opsworks: {
      stacks: [{ StackId: STACK, Name: 'World Stack', CustomJson: inlineDocument() }],
      apps: [{ AppId: APP, StackId: STACK, Name: 'demo', Shortname: 'demo' }],
      layers: [{ LayerId: LAYER, StackId: STACK, Name: 'Docker', Shortname: 'docker' }],
      instances: world.hosts.map((h, i) => ({
        InstanceId: `a1b2c3d4-0000-4000-8000-00000000f10${i}`,
        StackId: STACK,
        Ec2InstanceId: h.instanceId,
        Hostname: h.hostname,
        Status: 'online',
        PublicIp: h.address,
        LayerIds: [LAYER],
      })),
      deploymentMs: 300,
    },
  });
  const parameters = world.exampleParameters();
  rollbar = await startFakeRollbar({ token: parameters['/berth-example/rollbar-token'] ?? '' });
  secrets = Object.values(parameters)
    .filter((s) => s.length >= 6)
    .sort((a, b) => b.length - a.length);
  const dir = scratchDir();
  setup = { world, aws, dir, stackFile: writeStackFile(dir, '{}') };
}, 300_000);

afterAll(async () => {
  await rollbar?.stop();
  await aws?.stop();
  await world?.stop();
  removeScratch(setup?.dir);
}, 300_000);

describe('leaving OpsWorks: export, then the SSM-only path, in the local world', () => {
  it('deploys the stack with inline secrets through the OpsWorks target', async () => {
    const { result, lines } = await deployInWorld(
      setup,
      baseInputs(setup, 'v1', {
        target: 'opsworks',
        'stack-id': STACK,
        'layer-ids': LAYER,
        'app-id': APP,
        targets: '',
        'rollbar-endpoint': rollbar.endpoint,
        'stack-json-output': join(setup.dir, 'opsworks-out.json'),
      }),
    );
    expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');
    throughOpsWorks = await fleet();
    for (const [host, containers] of throughOpsWorks) {
      expect(
        containers.map((c) => c.name),
        host,
      ).toEqual(['haproxy0', 'logs0', 'web0', 'web1', 'worker0']);
    }
    // The secrets reached the containers; the stack still holds them inline (what the export must move).
    const web0 = throughOpsWorks.get('docker1')?.find((c) => c.name === 'web0');
    expect(web0?.env).toContain(`SECRET_KEY_BASE=${world.exampleParameters()['/berth-example/secret-key-base']}`);
    expect(web0?.env).toContain(`DB_PASSWORD=${world.exampleParameters()['/berth-example/db-password']}`);
    const customJson = aws.opsworksState.stacks[0]?.CustomJson ?? '';
    expect(leaked(customJson).length).toBe(secrets.length);
    expect(aws.opsworksState.deployments.at(-1)?.Status).toBe('successful');
  }, 600_000);

  it('berth export --dry-run shows the plan and writes nothing', async () => {
    const file = join(setup.dir, 'dry.json');
    const run = await berth([
      'export',
      '--stack-id',
      STACK,
      '--out',
      file,
      '--prefix',
      PREFIX,
      '--dry-run',
      '--region',
      'us-east-1',
      '--endpoint',
      aws.endpoint,
    ]);
    expect(run.code, run.output).toBe(0);
    expect(existsSync(file)).toBe(false);
    expect([...aws.parameters.keys()].filter((name) => name.startsWith(`${PREFIX}/`))).toEqual([]);
    expect(run.output).toContain(`docker.registries.${world.registry?.host ?? ''}.password -> %{ssm:${PREFIX}/registries/`);
    expect(run.output.match(/ -> %\{ssm:[^}]+\} \(planned\)$/gm)?.length).toBe(4);
    expect(leaked(run.output)).toEqual([]);
  }, 180_000);

  it('berth export --stack-id writes a Stack JSON without secrets and stores them as SecureString', async () => {
    exportStartedAt = aws.requests.length;
    const file = join(setup.dir, 'exported.json');
    const run = await berth([
      'export',
      '--stack-id',
      STACK,
      '--out',
      file,
      '--prefix',
      PREFIX,
      '--region',
      'us-east-1',
      '--endpoint',
      aws.endpoint,
    ]);
    exported = { file, output: run.output, code: run.code };
    expect(run.code, run.output).toBe(0);

    const text = readFileSync(file, 'utf8');
    expect(leaked(text)).toEqual([]);
    expect(leaked(run.output)).toEqual([]);
    const check = validateStackJson(text, file);
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(listInlineSecrets(check.document!)).toEqual([]);

    // Each moved value sits in Parameter Store as a SecureString, under the prefix, and the file names it.
    const stored = [...aws.parameters.entries()].filter(([name]) => name.startsWith(`${PREFIX}/`));
    expect(stored.map(([, p]) => p.type)).toEqual(['SecureString', 'SecureString', 'SecureString', 'SecureString']);
    expect(stored.map(([, p]) => p.value).sort()).toEqual([...secrets].sort());
    for (const [name] of stored) expect(text).toContain(`%{ssm:${name}}`);
    expect(run.output.match(/ -> %\{ssm:[^}]+\} \(written\)$/gm)?.length).toBe(4);
    // Each move is told once (the summary), not again by the export's progress log.
    expect(run.output.match(/ -> /g)?.length).toBe(4);
    // Only the secrets changed: the deployed tag and everything else are as the stack had them.
    const original = aws.opsworksState.stacks[0]?.CustomJson ?? '';
    let restored = text;
    for (const [name, p] of stored) restored = restored.split(`%{ssm:${name}}`).join(JSON.stringify(p.value).slice(1, -1));
    expect(restored).toBe(original);
  }, 180_000);

  it('deploys the exported file unchanged through the SSM-only path: same containers, same environment, no OpsWorks call', async () => {
    expect(exported?.code, 'the export step failed').toBe(0);
    // Tag the instances as the export says (aws ec2 create-tags ...): the fake reads the hosts' tags.
    const tagLines = [...exported.output.matchAll(/aws ec2 create-tags --resources (\S+) --tags (.+)$/gm)];
    expect(tagLines.map((m) => m[1]).sort()).toEqual(world.hosts.map((h) => h.instanceId).sort());
    for (const [, instanceId, tags] of tagLines) {
      const host = world.hosts.find((h) => h.instanceId === instanceId);
      for (const pair of (tags ?? '').split(' ')) {
        const m = /^Key=([^,]+),Value=(.*)$/.exec(pair);
        if (!host || !m) throw new Error(`cannot apply "${pair}" to ${instanceId}`);
        host.tags[m[1] ?? ''] = m[2] ?? '';
      }
    }
    expect(world.hosts.map((h) => h.tags['berth:hostname'])).toEqual(world.hosts.map((h) => h.hostname));
    const targets = /targets: (.+)$/m.exec(exported.output)?.[1] ?? '';
    expect(targets).toBe('tag:berth:layer=docker');
    const stackName = /Use stack-name: "([^"]+)"/.exec(exported.output)?.[1];
    expect(stackName).toBe('World Stack');

    // The file as written, no build; force and the manual list make every container come from this path.
    const deployStartedAt = aws.requests.length;
    const { result, lines } = await deployInWorld(
      { ...setup, stackFile: exported.file },
      baseInputs({ ...setup, stackFile: exported.file }, 'v1', {
        target: 'ssm',
        targets,
        'stack-name': stackName ?? '',
        image: '',
        force: 'true',
        manual: 'haproxy,logs',
        'registry-username': '',
        'registry-password': '',
        'rollbar-endpoint': rollbar.endpoint,
        'stack-json-output': join(setup.dir, 'ssm-out.json'),
      }),
    );
    expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');
    expect(leaked(lines.join('\n'))).toEqual([]);

    const throughSsm = await fleet();
    for (const host of world.hosts) {
      const before = throughOpsWorks.get(host.hostname) ?? [];
      const after = throughSsm.get(host.hostname) ?? [];
      // Every container was started again by the SSM path ...
      const oldIds = new Set(before.map((c) => c.id));
      expect(
        after.filter((c) => oldIds.has(c.id)).map((c) => c.name),
        host.hostname,
      ).toEqual([]);
      // ... and runs what the OpsWorks path ran: names, image, hostname (%{opsworks} too) and every env value.
      expect(after.map(withoutId), host.hostname).toEqual(before.map(withoutId));
    }
    const web0 = throughSsm.get('docker2')?.find((c) => c.name === 'web0');
    expect(web0?.env).toContain(`DB_PASSWORD=${world.exampleParameters()['/berth-example/db-password']}`);
    expect(throughSsm.get('docker1')?.find((c) => c.name === 'logs0')?.hostname).toBe('world-stack-docker1');

    // The export read the live stack; the deploy made no OpsWorks call at all.
    const deploy = aws.requests.slice(deployStartedAt);
    expect(deploy.filter((r) => r.target.startsWith('OpsWorks_')).map((r) => r.target)).toEqual([]);
    expect(deploy.some((r) => r.target === 'AmazonSSM.SendCommand')).toBe(true);
    const byExport = aws.requests.slice(exportStartedAt, deployStartedAt);
    expect(
      byExport
        .filter((r) => r.target.startsWith('OpsWorks_'))
        .map((r) => r.target)
        .sort(),
    ).toEqual(['OpsWorks_20130218.DescribeInstances', 'OpsWorks_20130218.DescribeLayers', 'OpsWorks_20130218.DescribeStacks']);
    // The hosts read the secrets from the exported parameters (the deploy had nothing inline to stage).
    const reads = deploy
      .filter((r) => r.target === 'AmazonSSM.GetParameters')
      .map((r) => JSON.stringify(r.body))
      .join('\n');
    expect(reads).toContain(`${PREFIX}/demo/web/SECRET_KEY_BASE`);
    expect(deploy.filter((r) => r.target === 'AmazonSSM.PutParameter' && JSON.stringify(r.body).includes('/secrets/'))).toEqual([]);
  }, 600_000);

  it('never put a secret value in any SendCommand, on either path', () => {
    const texts = sendCommandTexts();
    expect(texts.length).toBeGreaterThan(aws.requests.filter((r) => r.target === 'AmazonSSM.SendCommand').length);
    for (const text of texts) expect(leaked(text), 'a SendCommand carries a secret').toEqual([]);
  });
});
