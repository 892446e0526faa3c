// The restore mode's choice of record, run as the host runs it (the joined script, bash) against a host
// root holding records, one of them the plan the 0.1.0 release stored (test/host/fixtures). No docker
// here: the rollout of the chosen record stops at its first outside call (Parameter Store, through a
// stub `aws` that fails), after the result has named the record. The rollout itself is world-tested
// (test/deploy/way-back.world.test.ts).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreRequest, type RecordChoice } from '../../src/deploy/restore.js';
import { parseHostResult } from '../../src/host/command.js';
import { hostScript } from '../../src/host/script.js';
import { encodeHostPlan, FIELD_END, RECORD_END, type HostPlan, type HostResult } from '../../src/stack/host-plan.js';

const FIXTURE = join(import.meta.dirname, 'fixtures/plan-0.1.0.plan');
let dir: string;
let root: string;
let bin: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'berth-restore-'));
  root = join(dir, 'root');
  bin = join(dir, 'bin');
  mkdirSync(join(root, 'var/lib/berth/plans/demo'), { recursive: true });
  mkdirSync(bin);
  writeFileSync(join(bin, 'aws'), '#!/bin/sh\necho "aws: no network in this test" >&2\nexit 1\n');
  chmodSync(join(bin, 'aws'), 0o755);
  // The 0.1.0 release's record (deploy d-stored), then a newer one of deploy d-new: the same plan under
  // another deploy id (a later meta record wins, as on the host).
  copyFileSync(FIXTURE, join(root, 'var/lib/berth/plans/demo/20261120T100000Z-11.plan'));
  writeFileSync(
    join(root, 'var/lib/berth/plans/demo/20261121T100000Z-12.plan'),
    `${readFileSync(FIXTURE, 'utf8')}meta${FIELD_END}deployId${FIELD_END}d-new${FIELD_END}${RECORD_END}`,
  );
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function request(apps: string[]): HostPlan {
  return {
    version: 1,
    deployId: 'undo-run',
    release: '',
    actor: 'restorer',
    createdAt: '2026-12-04T20:00:00.000Z',
    host: { root: '/', hostname: 'docker1', instanceId: 'i-1' },
    apps,
    lockTimeout: 5,
    keepImages: 3,
    force: false,
    preferLocalImages: true,
    aws: { region: 'eu-west-1' },
    registries: [],
    dataVolumes: [],
    definitions: [],
    cron: [],
    logTailLines: 20,
  };
}

function restore(apps: string[], choice: RecordChoice): { result: HostResult | undefined; stderr: string } {
  const script = join(dir, 'rollout.sh');
  const planFile = join(dir, 'plan');
  writeFileSync(script, hostScript('restore', false));
  writeFileSync(planFile, restoreRequest({ encodePlan: encodeHostPlan }, request(apps), 'undo-run', choice));
  const run = spawnSync('bash', [script, 'restore', planFile], {
    encoding: 'utf8',
    env: { PATH: `${bin}:${process.env['PATH'] ?? '/usr/bin:/bin'}`, BERTH_HOST_ROOT: root, DOCKER_HOST: 'tcp://127.0.0.1:9', TMPDIR: dir },
    timeout: 30_000,
  });
  return { result: parseHostResult(run.stdout), stderr: run.stderr };
}

/** What the restore left in its temporary directory (its copy of the record is removed at exit). */
function leftovers(): string[] {
  return readdirSync(dir).filter((f) => f.startsWith('berth-restore'));
}

describe('host restore mode: which record', () => {
  it('the way back takes the newest record not of the undone deploy: here the one the 0.1.0 release wrote', () => {
    const { result, stderr } = restore(['demo'], { undo: 'd-new' });
    expect(result?.mode).toBe('restore');
    expect(result?.history?.map((h) => [h.app, h.deployId])).toEqual([['demo', 'd-stored']]);
    // The record was parsed and rolled out (the rollout stopped at Parameter Store, not at the plan).
    expect(result?.failure?.reason).not.toMatch(/^plan error/);
    expect(stderr).toContain('restoring demo from the record var/lib/berth/plans/demo/20261120T100000Z-11.plan');
    expect(stderr).toMatch(/rollout v1 [\s\S]* \(undo-run\) on docker1 as restorer/);
    expect(stderr).toContain('aws: no network in this test');
    expect(leftovers()).toEqual([]);
  });

  it('skips nothing else: undoing another deploy takes the newest record', () => {
    const { result, stderr } = restore(['demo'], { undo: 'd-other' });
    expect(result?.history?.map((h) => h.deployId)).toEqual(['d-new']);
    // d-other left no record here: it redeployed no manual definition on this host.
    expect(stderr).not.toContain('redeployed manual');
  });

  it('restores a manual definition only when the undone deploy redeployed it', () => {
    // The records' manual `worker` is marked redeployed (the `manual` input of that deploy).
    const { stderr } = restore(['demo'], { undo: 'd-new' });
    expect(stderr).toContain('deploy d-new redeployed manual demo/worker: restoring them too');
  });

  it('refuses records of one host that different runs wrote for its apps', () => {
    mkdirSync(join(root, 'var/lib/berth/plans/blog'));
    copyFileSync(FIXTURE, join(root, 'var/lib/berth/plans/blog/20261101T100000Z-9.plan'));
    const { result } = restore(['demo', 'blog'], { undo: 'd-new' });
    expect(result).toMatchObject({ ok: false, history: [] });
    expect(result?.failure?.reason).toBe(
      'the records of demo blog come from different runs (20261120T100000Z-11.plan, 20261101T100000Z-9.plan): restore this host by hand',
    );
  });

  it('a rollback to a recorded deploy takes that deploy\'s record', () => {
    const { result } = restore(['demo'], { restore: 'd-stored' });
    expect(result?.history?.map((h) => h.deployId)).toEqual(['d-stored']);
  });

  it('an app without a record: nothing restored, and the result says so', () => {
    const { result } = restore(['demo', 'blog'], { undo: 'd-new' });
    expect(result).toMatchObject({ ok: false, mode: 'restore', history: [] });
    expect(result?.failure?.reason).toBe('no record of what this host ran before deploy d-new for blog; nothing restored');
    expect(existsSync(join(root, 'var/lock/berth.holder'))).toBe(false);
  });

  it('an unreadable record is skipped and named when nothing else is there', () => {
    rmSync(join(root, 'var/lib/berth/plans/demo/20261120T100000Z-11.plan'));
    writeFileSync(join(root, 'var/lib/berth/plans/demo/20261119T100000Z-10.plan'), 'not a plan\n');
    const { result } = restore(['demo'], { undo: 'd-new' });
    expect(result?.ok).toBe(false);
    expect(result?.failure?.reason).toBe(
      'no record of what this host ran before deploy d-new for demo (unreadable record 20261119T100000Z-10.plan); nothing restored',
    );
  });
});
