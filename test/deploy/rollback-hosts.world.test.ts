// Rollback without GitHub history, for real: deploy v1 then v2 to 2 simulated hosts through the SSM
// target with no github-token, then `rollback` without a version. The choice comes from the plans
// the hosts recorded (the host script's history mode); the hosts run v1 again from the images they
// kept (no pull), nothing is built and the migration does not run.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSsmClient } from '../../src/adapters/aws-clients.js';
import { createParameterStore } from '../../src/adapters/parameters.js';
import { createSsmCommandPort } from '../../src/adapters/ssm.js';
import { releasePlanner } from '../../src/app/planner.js';
import { parseActionInputs, type InputName } from '../../src/app/inputs.js';
import { gitReader, type RunContext } from '../../src/app/context.js';
import { rollbackRelease, type RollbackResult } from '../../src/app/rollback.js';
import { renderSummary } from '../../src/app/summary.js';
import type { HostRunner, HostRunOutcome } from '../../src/deploy/ports.js';
import { createHostRunner } from '../../src/deploy/host-runner.js';
import { parseHostResult } from '../../src/host/index.js';
import { managedInstanceOf } from '../world/fakes/aws/from-host.js';
import { DUMMY_CREDENTIALS } from '../world/fakes/aws/test-clients.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { startWorld, type World } from '../world/index.js';
import { snapshotHost, type HostSnapshot } from '../upgrade/host-snapshot.js';
import {
  baseInputs,
  deployInWorld,
  fleetVersions,
  recordingLog,
  removeScratch,
  scratchDir,
  seedParameters,
  webRuns,
  WORLD_COMMAND_BYTES,
  writeStackFile,
  type DeployRun,
  type WorldDeploy,
} from './helpers-world.js';
import { heldInFake } from './lock-helpers.js';

let world: World;
let aws: FakeAws;
let setup: WorldDeploy;
const commits: Record<string, string> = {};
/** Each host as the deploy of v1 left it. */
let afterV1: HostSnapshot[] = [];

/** What a restore must bring back exactly: image, env, labels but the run that started the container. */
function shape(snapshot: HostSnapshot | undefined, name: string) {
  const c = snapshot?.containers[name];
  const { 'berth.deploy': _deploy, ...labels } = c?.labels ?? {};
  return { imageId: c?.imageId, image: c?.image, envDigest: c?.envDigest, labels };
}

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: setup.dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' },
  }).trim();
}

beforeAll(async () => {
  world = await startWorld({ hosts: 2, registry: true });
  aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES });
  seedParameters(aws, world.exampleParameters());
  const dir = scratchDir();
  setup = { world, aws, dir, stackFile: writeStackFile(dir, world.exampleDocument()) };
  // The checkout: the Stack JSON is committed; each release is a commit.
  git('init', '-q', '-b', 'main');
  writeFileSync(join(dir, '.gitignore'), 'out-*\nhome-*\n');
});

afterAll(async () => {
  await aws?.stop();
  await world?.stop();
  removeScratch(setup?.dir);
});

/** A deploy as GitHub Actions runs it at a commit (GITHUB_SHA), without a github-token. */
async function deployAt(version: string): Promise<DeployRun> {
  writeFileSync(join(setup.dir, 'CHANGELOG'), `${version}\n`);
  if (version === 'v2') {
    // v2 also changes env and command: the rollback must bring v1's back, from the hosts' records.
    const doc = JSON.parse(readFileSync(setup.stackFile, 'utf8')) as {
      deploy: { demo: { containers: Record<string, { env?: Record<string, string>; command?: string }>[] } };
    };
    for (const entry of doc.deploy.demo.containers) {
      if (entry['web']) entry['web'].env = { ...entry['web'].env, RACK_ENV: 'staging' };
      if (entry['worker']) entry['worker'].command = 'work --v2';
    }
    writeFileSync(setup.stackFile, JSON.stringify(doc, null, 2));
  }
  git('add', '.');
  git('commit', '-q', '-m', `Release ${version}`);
  commits[version] = git('rev-parse', 'HEAD');
  const saved = process.env['GITHUB_SHA'];
  process.env['GITHUB_SHA'] = commits[version];
  try {
    return await deployInWorld(setup, baseInputs(setup, version));
  } finally {
    if (saved === undefined) delete process.env['GITHUB_SHA'];
    else process.env['GITHUB_SHA'] = saved;
  }
}

/** `berth rollback` as the action runs it, no github-token, the hosts behind the fake SSM. */
async function rollbackInWorld(
  given: Partial<Record<InputName, string>>,
): Promise<{ result: RollbackResult; lines: string[]; outcomes: HostRunOutcome[] }> {
  const inputs = parseActionInputs((name) => given[name] ?? '', { RUNNER_TEMP: setup.dir });
  const lines: string[] = [];
  const log = recordingLog(lines);
  const ssm = createSsmClient({ region: 'us-east-1', endpoint: aws.endpoint, credentials: DUMMY_CREDENTIALS });
  const pollClient = createSsmClient({ region: 'us-east-1', endpoint: aws.endpoint, credentials: DUMMY_CREDENTIALS, maxAttempts: 1 });
  const runner = createHostRunner(createSsmCommandPort(ssm, { pollClient }), {
    pollIntervalMs: inputs.pollIntervalSeconds * 1000,
    parseResult: parseHostResult,
    warn: (m) => log.warn(m),
  });
  const outcomes: HostRunOutcome[] = [];
  const hosts: HostRunner = {
    resolveTargets: (targets) => runner.resolveTargets(targets),
    async run(request) {
      const got = await runner.run(request);
      outcomes.push(...got);
      return got;
    },
  };
  const context: RunContext = {
    owner: '',
    repo: '',
    apiUrl: '',
    runUrl: 'https://github.test/acme/demo/actions/runs/2',
    actor: 'world-test',
    workspace: setup.dir,
    runId: String(Date.now()),
  };
  const result = await rollbackRelease(
    inputs,
    context,
    {
      readAtCommit: gitReader(setup.dir),
      hosts,
      parameters: createParameterStore(ssm),
      planner: releasePlanner(inputs.stackJson, inputs.maxCommandBytes),
    },
    log,
  );
  return { result, lines, outcomes };
}

describe("berth rollback from the hosts' records (no GitHub history), in the local world", () => {
  it('deploys v1 then v2 without a github-token', async () => {
    for (const version of ['v1', 'v2']) {
      const { result, lines } = await deployAt(version);
      expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');
      expect(result.outcome.githubDeploymentId).toBeUndefined();
      if (version === 'v1') afterV1 = await Promise.all(world.hosts.map(snapshotHost));
      // The summary names what ran before from the hosts' records (their state gives only a digest).
      if (version === 'v2') {
        expect(result.model.hosts.map((h) => h.definitions.find((d) => d.definition === 'web'))).toMatchObject([
          { before: 'v1', after: 'v2' },
          { before: 'v1', after: 'v2' },
        ]);
      }
    }
    expect(await fleetVersions(world)).toEqual(['v2', 'v2']);
  }, 900_000);

  it('rolls back to v1 without a version: the hosts run v1 again, no pull, no build, no migration', async () => {
    const registry = world.registry;
    const requestsBefore = registry?.requests().length ?? 0;
    const { result, lines, outcomes } = await rollbackInWorld({
      ...baseInputs(setup, ''),
      command: 'rollback',
      // The Stack JSON's path in the repository (git show reads it at the recorded commit).
      'stack-json': 'stack.json',
      'stack-json-output': join(setup.dir, 'out-rollback.json'),
      image: '',
      context: '',
      dockerfile: '',
      'build-args': '',
      version: '',
    });
    const log = lines.join('\n');
    expect(result.outcome.status, `${result.outcome.summary}\n${log}`).toBe('success');
    expect(result.target).toMatchObject({ version: 'v1', commit: commits.v1, source: 'hosts', from: 'v2' });
    expect(result.hostHistory?.releases.map((r) => r.release)).toEqual(['v2', 'v1']);
    expect(log).toContain('warn No github-token');
    expect(log).toContain('Releases every host recorded, newest first: v2, v1 (v2 runs now)');

    expect(await fleetVersions(world)).toEqual(['v1', 'v1']);
    expect(await webRuns(world, `${registry?.host ?? ''}/acme/demo:v1`)).toEqual([true, true]);
    // Exactly what v1 ran: env, command (in the labels' hash), image; the cron files.
    const now = await Promise.all(world.hosts.map(snapshotHost));
    for (const [i, v1] of afterV1.entries()) {
      for (const name of ['web0', 'web1', 'worker0']) expect(shape(now[i], name), `${v1.hostname} ${name}`).toEqual(shape(v1, name));
      expect(now[i]?.cronFiles, v1.hostname).toEqual(v1.cronFiles);
    }
    const worker = await world.hosts[0]?.docker(['inspect', '-f', '{{json .Config.Cmd}}', 'worker0']);
    expect(worker?.stdout.trim()).toBe('["work"]');

    // No pull: the registry saw no request for a manifest or a layer during the rollback.
    const during = (registry?.requests() ?? []).slice(requestsBefore);
    expect(
      during.filter((r) => /\/(manifests|blobs)\//.test(r.path)),
      JSON.stringify(during),
    ).toEqual([]);
    // No build: nothing went to a docker engine on the runner.
    expect(lines.filter((l) => l.startsWith('docker '))).toEqual([]);
    // Two commands per host: the records read (a preflight listing every record, before the lock), taken
    // by the pipeline as its preflight, then the restore.
    for (const host of world.hosts) {
      const own = outcomes.filter((o) => o.host.instanceId === host.instanceId);
      expect(own.map((o) => o.result?.mode)).toEqual(['preflight', 'restore']);
      expect(own[0]?.result?.facts?.missing).toEqual([]);
      expect(own[0]?.result?.history?.map((e) => e.release)).toEqual(['v2', 'v1']);
    }
    // Each host restored the plan it recorded for v1 (restore mode): no plan of a document, no migration.
    expect(outcomes.filter((o) => o.result?.mode === 'rollout')).toEqual([]);
    const restores = outcomes.filter((o) => o.result?.mode === 'restore');
    expect(restores.map((o) => [o.result?.ok, o.result?.history?.[0]?.release])).toEqual([
      [true, 'v1'],
      [true, 'v1'],
    ]);
    for (const o of restores) expect(o.result?.migration?.ran ?? false).toBe(false);

    // The restored document: the one at v1's commit with v1's image.
    expect(result.text).toContain(`"${registry?.host ?? ''}/acme/demo"`);
    expect(JSON.stringify(result.document)).toContain('"tag":"v1"');
    // The summary names the versions.
    const summary = renderSummary(result.model);
    expect(summary).toContain('## ✅ berth rollback of v1 to world');
    expect(summary).toContain('v2 → v1');
    expect(heldInFake(aws.parameters, '/berth/world/lock')).toBeUndefined();
  }, 900_000);
});
