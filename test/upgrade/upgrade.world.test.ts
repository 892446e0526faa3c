// Upgrading berth is safe, for real: the previous release (its committed action bundle, see
// previous-release.ts) deploys v1 then v2 of its own example document to 2 simulated hosts; then the
// code under test (the sources, see releases.ts) redeploys the same document and version and must
// restart nothing, and rolls back without a GitHub token, choosing v1 from the records the previous
// release wrote on the hosts, under load with no failed request. Every claim is checked on the
// hosts themselves (docker inspect, files under each host's root).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseInputs,
  fleetVersions,
  removeScratch,
  scratchDir,
  seedParameters,
  webRuns,
  WORLD_COMMAND_BYTES,
} from '../deploy/helpers-world.js';
import { managedInstanceOf } from '../world/fakes/aws/from-host.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { startLoad, type LoadReport, type RunningLoad } from '../world/load.js';
import { EXAMPLE_REGISTRY_TOKEN, startWorld, type World } from '../world/index.js';
import { restartMarks, snapshotHost, type HostSnapshot } from './host-snapshot.js';
import { PREVIOUS_RELEASE_COMMIT, unpackPreviousRelease, type UnpackedRelease } from './previous-release.js';
import { currentCode, previousRelease, type Inputs, type Release, type Runner, type StepRun } from './releases.js';

let world: World;
let aws: FakeAws;
let previous: UnpackedRelease;
let scratch: string;
/** The checkout: the Stack JSON is committed, each release is a commit. */
let workspace: string;
const commits: Record<string, string> = {};
/** Each host as the previous release left it, in host order. */
let leftByPrevious: HostSnapshot[] = [];
/** Each host as the previous release's deploy of v1 left it: what a rollback to v1 must restore exactly. */
let v1ByPrevious: HostSnapshot[] = [];

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' },
  }).trim();
}

function runner(version: string): Runner {
  const sha = commits[version];
  if (!sha) throw new Error(`no commit for ${version}`);
  return { workspace, sha, world, commandBytes: WORLD_COMMAND_BYTES };
}

/** The inputs of a deploy in this world (the deploy tests' own), with the outputs kept per release. */
function deployInputs(version: string, extra: Inputs = {}): Inputs {
  return {
    ...baseInputs({ world, aws, dir: scratch, stackFile: join(workspace, 'stack.json') }, version),
    'stack-json-output': join(scratch, `out-${version}.json`),
    ...extra,
  };
}

/** A release as a commit of the checkout, deployed by `release` (a build of the demo app at that version). */
async function deployAt(release: Release, version: string): Promise<StepRun> {
  writeFileSync(join(workspace, 'CHANGELOG'), `${version}\n`);
  git('add', '.');
  git('commit', '-q', '-m', `Release ${version}`);
  commits[version] = git('rev-parse', 'HEAD');
  return release(deployInputs(version), runner(version));
}

/** With BERTH_WORLD_LOG_DIR set (as for the deploy tests), each step's log and each host snapshot land there. */
function keep(name: string, content: string | HostSnapshot[]): void {
  const dir = process.env['BERTH_WORLD_LOG_DIR'];
  if (dir) writeFileSync(join(dir, `upgrade-${name}`), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

const stepFailure = (step: StepRun): string => `exit ${step.code}; result ${JSON.stringify(step.result)}\n${step.log.slice(-6000)}`;

beforeAll(async () => {
  previous = await unpackPreviousRelease();
  world = await startWorld({ hosts: 2, registry: true });
  aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES });
  seedParameters(aws, world.exampleParameters());
  scratch = scratchDir();
  workspace = join(scratch, 'repo');
  mkdirSync(workspace);
  git('init', '-q', '-b', 'main');
  // The document the previous release shipped as its example: one it accepted.
  writeFileSync(join(workspace, 'stack.json'), previous.exampleDocument.split(EXAMPLE_REGISTRY_TOKEN).join(world.registry?.host ?? ''));
}, 300_000);

afterAll(async () => {
  await aws?.stop();
  await world?.stop();
  removeScratch(scratch);
  previous?.remove();
}, 300_000);

describe(`upgrading from the previous release (${PREVIOUS_RELEASE_COMMIT}) to the code under test, in the local world`, () => {
  it('the previous release deploys v1 then v2 (web copies behind haproxy, a cron entry, secrets from Parameter Store)', async () => {
    const old = previousRelease(previous.entry);
    for (const version of ['v1', 'v2']) {
      const step = await deployAt(old, version);
      keep(`previous-deploy-${version}.log`, step.log);
      expect(step.code, stepFailure(step)).toBe(0);
      expect(step.result['status'], stepFailure(step)).toBe('success');
      if (version === 'v1') v1ByPrevious = await Promise.all(world.hosts.map(snapshotHost));
    }
    expect(await fleetVersions(world)).toEqual(['v2', 'v2']);
    expect(await webRuns(world, `${world.registry?.host ?? ''}/acme/demo:v2`)).toEqual([true, true]);
    leftByPrevious = await Promise.all(world.hosts.map(snapshotHost));
    keep('left-by-previous.json', leftByPrevious);
    for (const host of leftByPrevious) {
      // What the later steps compare against must be there at all.
      expect(Object.keys(host.containers), host.hostname).toEqual(expect.arrayContaining(['haproxy0', 'logs0', 'web0', 'web1', 'worker0']));
      expect(host.containers['web0']?.running, host.hostname).toBe(true);
      expect(Object.keys(host.cronFiles), host.hostname).toContain('etc/cron.d/berth-demo');
      expect(
        host.records.filter((path) => path.endsWith('.plan')),
        host.hostname,
      ).toHaveLength(2);
    }
  }, 900_000);

  it('the code under test redeploys the same document and version: nothing restarts, nothing is replaced', async () => {
    const step = await currentCode(
      deployInputs('v2', {
        // What the hosts run: the document the previous release merged v2 into. No build: the image is in the registry.
        'stack-json': join(scratch, 'out-v2.json'),
        'stack-json-output': join(scratch, 'out-v2-again.json'),
        image: '',
        context: '',
        dockerfile: '',
        'build-args': '',
      }),
      runner('v2'),
    );
    keep('current-redeploy-v2.log', step.log);
    expect(step.code, stepFailure(step)).toBe(0);
    expect(step.result['status'], stepFailure(step)).toBe('success');

    const now = await Promise.all(world.hosts.map(snapshotHost));
    keep('after-redeploy.json', now);
    for (const [i, before] of leftByPrevious.entries()) {
      const after = now[i];
      if (!after) throw new Error(`no snapshot of ${before.hostname}`);
      // Same container ids, started at the same instant, never restarted: nothing was touched.
      expect(restartMarks(after), before.hostname).toEqual(restartMarks(before));
      expect(after.cronFiles, `cron files of ${before.hostname}`).toEqual(before.cronFiles);
      // The records the previous release wrote stay (the hosts' history: the rollback below reads them).
      expect(after.records, `records of ${before.hostname}`).toEqual(
        expect.arrayContaining(before.records.filter((p) => p.endsWith('.plan'))),
      );
    }
    expect(await fleetVersions(world)).toEqual(['v2', 'v2']);
  }, 900_000);

  it('the code under test rolls back without a GitHub token to v1, read from the records the previous release wrote, with no failed request', async () => {
    const loads: RunningLoad[] = [];
    const reports: LoadReport[] = [];
    let step: StepRun;
    try {
      for (const host of world.hosts) {
        loads.push(await startLoad({ url: `${host.frontUrl}/`, connections: 4, rate: 40, maxRequests: 100_000, maxDurationMs: 600_000 }));
      }
      step = await currentCode(
        {
          ...deployInputs(''),
          command: 'rollback',
          // The Stack JSON's path in the repository: read at the commit v1's record names.
          'stack-json': 'stack.json',
          'stack-json-output': join(scratch, 'out-rollback.json'),
          image: '',
          context: '',
          dockerfile: '',
          'build-args': '',
          version: '',
        },
        runner('v2'),
      );
    } finally {
      for (const load of loads) reports.push(await load.stop());
    }
    keep('current-rollback.log', step.log);
    expect(step.code, stepFailure(step)).toBe(0);
    // No token, and the checkout is at v2: v1 and its commit can only come from the hosts' records, and
    // the only records of v1 there are the ones the previous release wrote.
    expect(step.result, stepFailure(step)).toMatchObject({ status: 'success', version: 'v1', rolledBackFrom: 'v2', commit: commits['v1'] });

    expect(await fleetVersions(world)).toEqual(['v1', 'v1']);
    expect(await webRuns(world, `${world.registry?.host ?? ''}/acme/demo:v1`)).toEqual([true, true]);
    const now = await Promise.all(world.hosts.map(snapshotHost));
    keep('after-rollback.json', now);
    for (const [i, before] of leftByPrevious.entries()) {
      const after = now[i];
      if (!after) throw new Error(`no snapshot of ${before.hostname}`);
      // Replaced through the alternate slots, not restarted in place: new containers.
      expect(after.containers['web0']?.id, before.hostname).not.toBe(before.containers['web0']?.id);
      expect(after.containers['web1']?.id, before.hostname).not.toBe(before.containers['web1']?.id);
      // Restored from the plan the previous release recorded for v1, exactly: image, env, labels (but the
      // run that started it), cron files. berth.secrets names the secret versions a container got: a
      // release that records them (since 2026-11) pinned v1's, and the restore must run those same versions;
      // one that recorded none (the release BEFORE_SECRET_VERSIONS_COMMIT names) pins none, so the restored
      // copy names `latest`.
      const v1 = v1ByPrevious[i];
      const shape = (snapshot: HostSnapshot | undefined, name: string) => {
        const c = snapshot?.containers[name];
        const { 'berth.deploy': _deploy, 'berth.secrets': _secrets, ...labels } = c?.labels ?? {};
        return { imageId: c?.imageId, image: c?.image, envDigest: c?.envDigest, labels };
      };
      for (const name of ['web0', 'web1', 'worker0']) {
        expect(shape(after, name), `${before.hostname} ${name}`).toEqual(shape(v1, name));
        const pinned = v1?.containers[name]?.labels['berth.secrets'];
        const unpinned = name === 'worker0' ? undefined : 'v1 SECRET_KEY_BASE=latest DB_PASSWORD=latest';
        expect(after.containers[name]?.labels['berth.secrets'], `${before.hostname} ${name}`).toBe(pinned ?? unpinned);
      }
      expect(after.cronFiles, before.hostname).toEqual(v1?.cronFiles);
    }
    for (const report of reports) {
      expect(report.errors, `${report.url}: ${JSON.stringify(report.errorKinds)}`).toBe(0);
      expect(report.non2xx, `${report.url}: ${JSON.stringify(report.statuses)}`).toBe(0);
      expect(report.requests, report.url).toBeGreaterThan(100);
      expect(Object.keys(report.versions).sort(), report.url).toEqual(['v1', 'v2']);
      expect(
        report.samples.slice(-20).every((s) => s.ok && s.version === 'v1'),
        report.url,
      ).toBe(true);
    }
  }, 900_000);
});
