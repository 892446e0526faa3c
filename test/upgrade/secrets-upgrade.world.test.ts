// Upgrading berth with secret versions, for real: the previous release (no versions, label berth.hash
// only) deploys a document with Parameter Store references and an inline secret; the code under test
// deploys it with that inline secret rotated in the same deploy: only the container using it is replaced
// (the deploy wrote its new version), the others are adopted at the current versions and keep running
// (upgrade.world.test.ts proves the same document restarts nothing at all); then a rotated %{ssm:...}
// value replaces exactly the adopted containers that use it. Checked on the host (docker inspect, files
// under its root) and in the fake's requests.
import { PutParameterCommand } from '@aws-sdk/client-ssm';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseInputs, removeScratch, scratchDir, seedParameters, WORLD_COMMAND_BYTES } from '../deploy/helpers-world.js';
import { managedInstanceOf } from '../world/fakes/aws/from-host.js';
import { ssmClient } from '../world/fakes/aws/test-clients.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { EXAMPLE_REGISTRY_TOKEN, startWorld, type World } from '../world/index.js';
import { restartMarks, snapshotHost, type HostSnapshot } from './host-snapshot.js';
import { BEFORE_SECRET_VERSIONS_COMMIT, unpackPreviousRelease, type UnpackedRelease } from './previous-release.js';
import { currentCode, previousRelease, type Inputs, type StepRun } from './releases.js';

let world: World;
let aws: FakeAws;
let previous: UnpackedRelease;
let scratch: string;
let workspace: string;
let sha = '';
let leftByPrevious: HostSnapshot;
const workerToken = `worker-${randomBytes(9).toString('hex')}`;
const rotatedWorkerToken = `worker-rotated-${randomBytes(9).toString('hex')}`;

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' },
  }).trim();
}

type Doc = { deploy: { demo: { containers: Record<string, { env?: Record<string, string> }>[] } } };

function workerOf(document: Doc): { env?: Record<string, string> } {
  const worker = document.deploy.demo.containers.find((group) => group['worker'])?.['worker'];
  if (!worker) throw new Error('the document has no worker');
  return worker;
}

const runner = () => ({ workspace, sha, world, commandBytes: WORLD_COMMAND_BYTES });
const host = () => {
  const first = world.hosts[0];
  if (!first) throw new Error('no host');
  return first;
};
const stepFailure = (step: StepRun): string => `exit ${step.code}; result ${JSON.stringify(step.result)}\n${step.log.slice(-6000)}`;

/**
 * The code under test redeploys what the previous release merged (same version, no build), with the
 * worker's env changed as given.
 */
async function redeployCurrent(name: string, workerEnv: Record<string, string> = {}): Promise<StepRun> {
  const document = JSON.parse(readFileSync(join(scratch, 'out-v1.json'), 'utf8')) as Doc;
  Object.assign((workerOf(document).env ??= {}), workerEnv);
  const stackFile = join(scratch, `stack-${name}.json`);
  writeFileSync(stackFile, JSON.stringify(document, null, 2));
  const step = await currentCode(
    {
      ...baseInputs({ world, aws, dir: scratch, stackFile }, 'v1'),
      'stack-json-output': join(scratch, `out-${name}.json`),
      image: '',
      context: '',
      dockerfile: '',
      'build-args': '',
    } satisfies Inputs,
    runner(),
  );
  expect(step.code, stepFailure(step)).toBe(0);
  expect(step.result['status'], stepFailure(step)).toBe('success');
  return step;
}

const replaced = (before: HostSnapshot, after: HostSnapshot): string[] =>
  Object.keys(after.containers)
    .filter((name) => before.containers[name]?.id !== after.containers[name]?.id)
    .sort();

async function envOf(name: string): Promise<string[]> {
  return (await host().docker(['inspect', '-f', '{{range .Config.Env}}{{println .}}{{end}}', name])).stdout.split('\n');
}

beforeAll(async () => {
  previous = await unpackPreviousRelease(BEFORE_SECRET_VERSIONS_COMMIT);
  world = await startWorld({ hosts: 1, registry: true });
  aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES });
  seedParameters(aws, world.exampleParameters());
  scratch = scratchDir();
  workspace = join(scratch, 'repo');
  mkdirSync(workspace);
  git('init', '-q', '-b', 'main');
  // The previous release's own example, plus an inline secret on the worker (staged by both releases).
  const document = JSON.parse(previous.exampleDocument.split(EXAMPLE_REGISTRY_TOKEN).join(world.registry?.host ?? '')) as Doc;
  (workerOf(document).env ??= {})['WORKER_TOKEN'] = workerToken;
  writeFileSync(join(workspace, 'stack.json'), JSON.stringify(document, null, 2));
  git('add', '.');
  git('commit', '-q', '-m', 'Release v1');
  sha = git('rev-parse', 'HEAD');
}, 300_000);

afterAll(async () => {
  await aws?.stop();
  await world?.stop();
  removeScratch(scratch);
  previous?.remove();
}, 300_000);

describe(`secret versions after upgrading from the last release without them (${BEFORE_SECRET_VERSIONS_COMMIT})`, () => {
  it('the previous release deploys v1 with Parameter Store references and an inline secret', async () => {
    const step = await previousRelease(previous.entry)(
      {
        ...baseInputs({ world, aws, dir: scratch, stackFile: join(workspace, 'stack.json') }, 'v1'),
        'stack-json-output': join(scratch, 'out-v1.json'),
      },
      runner(),
    );
    expect(step.code, stepFailure(step)).toBe(0);
    expect(step.result['status'], stepFailure(step)).toBe('success');
    leftByPrevious = await snapshotHost(host());
    expect(leftByPrevious.containers['web0']?.running).toBe(true);
    // Started before versions existed: no berth.secrets label.
    expect(leftByPrevious.containers['web0']?.labels['berth.secrets']).toBeUndefined();
    expect(await envOf('worker0')).toContain(`WORKER_TOKEN=${workerToken}`);
  }, 900_000);

  it('the code under test deploys the same document with the inline secret rotated: only its container is replaced, the others are adopted', async () => {
    const from = aws.requests.length;
    await redeployCurrent('rotated-inline', { WORKER_TOKEN: rotatedWorkerToken });
    const now = await snapshotHost(host());
    const unchanged = (snapshot: HostSnapshot) => {
      const marks = restartMarks(snapshot);
      delete marks['worker0'];
      return marks;
    };
    expect(unchanged(now)).toEqual(unchanged(leftByPrevious));
    expect(now.containers['worker0']?.id).not.toBe(leftByPrevious.containers['worker0']?.id);
    expect(await envOf('worker0')).toContain(`WORKER_TOKEN=${rotatedWorkerToken}`);
    expect(now.cronFiles).toEqual(leftByPrevious.cronFiles);
    const puts = aws.requests.slice(from).filter((r) => r.target === 'AmazonSSM.PutParameter');
    // The fleet lock's generations (<lock>/<n>) are written on every deploy; only the secrets count here.
    expect(puts.map((r) => (r.body as { Name?: string }).Name).filter((name) => !/\/lock(\/\d+)?$/.test(name ?? ''))).toEqual([
      '/berth/world/secrets/demo/worker/WORKER_TOKEN',
    ]);
    // The kept copies are recorded at the versions they were adopted at, by container id.
    expect(readdirSync(join(host().root, 'var/lib/berth/secrets')).sort()).toEqual(
      ['web0', 'web1'].map((name) => now.containers[name]?.id).sort(),
    );
  }, 900_000);

  it('a rotated %{ssm:...} value then replaces exactly the adopted copies that use it', async () => {
    const before = await snapshotHost(host());
    const rotated = `skb-${randomBytes(9).toString('hex')}`;
    await ssmClient(aws.endpoint).send(
      new PutParameterCommand({ Name: '/berth-example/secret-key-base', Value: rotated, Type: 'SecureString', Overwrite: true }),
    );
    await redeployCurrent('rotated-ssm', { WORKER_TOKEN: rotatedWorkerToken });
    const after = await snapshotHost(host());
    expect(replaced(before, after)).toEqual(['web0', 'web1', 'worker0']);
    for (const name of ['web0', 'web1', 'worker0']) {
      expect(await envOf(name), name).toContain(`SECRET_KEY_BASE=${rotated}`);
      expect(after.containers[name]?.labels['berth.secrets'], name).toMatch(/^v1 .*SECRET_KEY_BASE=2/);
    }
    // The new copies carry their versions themselves: no adoption record names them (the records of
    // the replaced ones go at the next run, once those containers are gone).
    const records = readdirSync(join(host().root, 'var/lib/berth/secrets'));
    for (const name of ['web0', 'web1', 'worker0']) expect(records).not.toContain(after.containers[name]?.id);
  }, 900_000);
});
