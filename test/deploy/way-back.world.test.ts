// The way back, for real: a release with new env, command, stop signal and cron lines is healthy on the
// first host and fails on the second; both hosts must end exactly as they were (docker inspect of every
// container, cron and env files, haproxy's servers), restored from their own records. Then a failed
// migration (nothing replaced, and the outcome says so) and a host whose records are gone (named).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/app/summary.js';
import { managedInstanceOf } from '../world/fakes/aws/from-host.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import type { SimHost } from '../world/host.js';
import { startWorld, type World } from '../world/index.js';
import {
  baseInputs,
  deployInWorld,
  fleetVersions,
  removeScratch,
  scratchDir,
  seedParameters,
  WORLD_COMMAND_BYTES,
  writeStackFile,
  type WorldDeploy,
} from './helpers-world.js';
import { breakSecondCopyOn, changedDocumentText, hostSnapshot, restoresSince } from './way-back-helpers.js';

let world: World;
let aws: FakeAws;
let setup: WorldDeploy;

beforeAll(async () => {
  world = await startWorld({ hosts: 2, registry: true });
  aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES });
  seedParameters(aws, world.exampleParameters());
  const dir = scratchDir();
  setup = { world, aws, dir, stackFile: writeStackFile(dir, world.exampleDocument()) };
});

afterAll(async () => {
  await aws?.stop();
  await world?.stop();
  removeScratch(setup?.dir);
});

const host = (i: number): SimHost => world.hosts[i] as SimHost;

const snapshot = (h: SimHost) => hostSnapshot(world, h);

/** The release's document, written to `to`: `from` with everything the way back must undo changed. */
function changedDocument(from: string, to: string): string {
  writeFileSync(to, changedDocumentText(readFileSync(from, 'utf8')));
  return to;
}

describe('the way back after a failed deploy, in the local world', () => {
  let before: Record<string, unknown>[] = [];

  it('deploys v1', async () => {
    const { result, lines } = await deployInWorld(setup, baseInputs(setup, 'v1'));
    expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');
    before = [await snapshot(host(0)), await snapshot(host(1))];
    expect(Object.keys(before[0]?.['containers'] as object)).toEqual(expect.arrayContaining(['web0', 'web1', 'worker0']));
    expect(JSON.stringify(before[0]?.['cron'])).toContain('*/5');
  }, 600_000);

  it('healthy on the first host, failing on the second: both hosts end exactly as they were', async () => {
    const stackFile = changedDocument(join(setup.dir, 'out-v1.json'), join(setup.dir, 'v2-changed.json'));
    const from = aws.requests.length;
    const stopBreaking = breakSecondCopyOn(host(1));
    let run;
    try {
      run = await deployInWorld(setup, baseInputs(setup, 'v2', { 'stack-json': stackFile }));
    } finally {
      await stopBreaking();
    }
    const { result, lines } = run;
    const log = `${result.outcome.summary}\n${lines.join('\n')}`;
    expect(result.outcome.status, log).toBe('failure');
    expect(result.outcome.fleet, log).toBe('rolled-back');
    expect(restoresSince(aws, from).sort()).toEqual(world.hosts.map((h) => h.instanceId).sort());
    // Exactly as before: every container's config, the cron file and its env file, haproxy's servers.
    expect(await snapshot(host(0))).toEqual(before[0]);
    expect(await snapshot(host(1))).toEqual(before[1]);
    expect(await fleetVersions(world)).toEqual(['v1', 'v1']);
    // The outcome tells what each host did, from the hosts' own results.
    const [first, second] = result.outcome.hosts;
    expect(first).toMatchObject({ hostname: 'docker1', state: 'rolled-back' });
    expect(first?.story).toMatch(/^web0, web1, worker0 replaced, then restored from its record \(release v1, deploy /);
    expect(second).toMatchObject({ hostname: 'docker2', state: 'rolled-back' });
    expect(second?.story).toMatch(
      /^failed \(the new copy of web1 \(slot _b\) did not become healthy within 30s\) after web0 replaced, which the host restored itself, then restored from its record/,
    );
    const summary = renderSummary(result.model);
    expect(summary).toContain('docker1 (');
    expect(summary).toContain('web0, web1, worker0 replaced, then restored from its record');
  }, 600_000);

  it('a failed migration: nothing replaced, nothing restored, and the outcome says so', async () => {
    const from = aws.requests.length;
    const { result, lines } = await deployInWorld(
      setup,
      baseInputs(setup, 'v3-broken', { 'build-args': 'VERSION=v3-broken\nBROKEN=1', 'stack-json': join(setup.dir, 'out-v1.json') }),
    );
    const log = `${result.outcome.summary}\n${lines.join('\n')}`;
    expect(result.outcome.status, log).toBe('failure');
    expect(result.outcome.fleet, log).toBe('unchanged');
    expect(result.outcome.summary).toMatch(/ \(docker1: migration failed, nothing replaced\)\. Nothing was replaced on any host\.$/);
    expect(result.outcome.summary).not.toMatch(/Rolled back|Restored/);
    expect(result.outcome.hosts.map((h) => [h.hostname, h.state, h.story])).toEqual([
      ['docker1', 'untouched', 'migration failed, nothing replaced'],
      ['docker2', 'untouched', 'untouched'],
    ]);
    expect(restoresSince(aws, from)).toEqual([]);
    const summary = renderSummary(result.model);
    expect(summary).toContain('migration failed, nothing replaced');
    expect(summary).not.toMatch(/replaced, healthy/);
    expect(await snapshot(host(0))).toEqual(before[0]);
    expect(await snapshot(host(1))).toEqual(before[1]);
  }, 600_000);

  it('a host without records says so, and the outcome names it', async () => {
    rmSync(join(host(0).root, 'var/lib/berth/plans'), { recursive: true, force: true });
    const stopBreaking = breakSecondCopyOn(host(1));
    let run;
    try {
      run = await deployInWorld(
        setup,
        baseInputs(setup, 'v2', {
          image: '',
          'stack-json': join(setup.dir, 'v2-changed.json'),
          'stack-json-output': join(setup.dir, 'out-v2-again.json'),
        }),
      );
    } finally {
      await stopBreaking();
    }
    const { result, lines } = run;
    const log = `${result.outcome.summary}\n${lines.join('\n')}`;
    expect(result.outcome.fleet, log).toBe('mixed');
    const [first, second] = result.outcome.hosts;
    expect(first).toMatchObject({ hostname: 'docker1', state: 'failed' });
    expect(first?.story).toMatch(/no record of what it ran before/);
    expect(result.outcome.summary).toMatch(/The way back failed on docker1 \(.*no record of what it ran before/);
    expect(second?.state).toBe('rolled-back');
    expect(await snapshot(host(1))).toEqual(before[1]);
  }, 600_000);
});
