// The way back, for real: a release with new env, command, stop signal and cron lines is healthy on the
// first host and fails on the second; both hosts must end exactly as they were (docker inspect of every
// container, cron and env files, haproxy's servers), restored from their own records. Then a failed
// migration (nothing replaced, and the outcome says so) and a host whose records are gone (named).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Everything docker says a container is, but its identity and run times (the restore starts new containers). */
async function containerShape(h: SimHost, name: string): Promise<unknown> {
  const [inspect] = JSON.parse((await h.docker(['inspect', name])).stdout) as {
    Image: string;
    State: { Running: boolean };
    Config: { Env?: string[]; Labels?: Record<string, string> };
    HostConfig: unknown;
  }[];
  if (!inspect) throw new Error(`no container ${name}`);
  // berth.deploy names the run that started the container: the restore, recorded as `<deploy>~undo`.
  const { 'berth.deploy': _deploy, ...labels } = inspect.Config.Labels ?? {};
  return {
    image: inspect.Image,
    running: inspect.State.Running,
    config: { ...inspect.Config, Env: [...(inspect.Config.Env ?? [])].sort(), Labels: labels },
    hostConfig: inspect.HostConfig,
  };
}

function filesUnder(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

/** A host as it runs: its containers, cron file, cron env files, haproxy's servers. */
async function snapshot(h: SimHost): Promise<Record<string, unknown>> {
  const names = (await h.docker(['ps', '-a', '--filter', 'label=berth.app', '--format', '{{.Names}}'])).stdout
    .split('\n')
    .filter((n) => n !== '')
    .sort();
  const containers: Record<string, unknown> = {};
  for (const name of names) containers[name] = await containerShape(h, name);
  const servers = (await world.haproxyAdmin(h, 'show servers state web'))
    .split('\n')
    .filter((l) => /^\d/.test(l))
    .map((l) => {
      const f = l.split(' ');
      // Name, address, and whether it takes traffic (running, no admin state). A slot berth drained stays in
      // maintenance where before its first use it was merely down: neither serves.
      return `${f[3]} ${f[4]} ${f[5] === '2' && f[6] === '0' ? 'serving' : 'idle'}`;
    })
    .sort();
  return {
    containers,
    cron: filesUnder(join(h.root, 'etc/cron.d')),
    cronEnv: filesUnder(join(h.root, 'etc/berth/env/demo')),
    servers,
  };
}

/** Removes the second web copy's new container on a host as soon as it appears: that host's rollout fails there. */
function breakSecondCopyOn(h: SimHost): () => Promise<void> {
  let stop = false;
  const loop = (async () => {
    while (!stop) {
      const found = await h.docker(['ps', '-aq', '--filter', 'name=^web1-berth-next$']);
      if (found.stdout.trim() !== '') await h.docker(['rm', '-f', 'web1-berth-next']);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return async () => {
    stop = true;
    await loop;
  };
}

type Doc = {
  deploy: {
    demo: {
      containers: Record<string, { env?: Record<string, string>; command?: string; stop_signal?: string; cron?: Record<string, string> }>[];
    };
  };
};

/** The release's document with everything the way back must undo changed: env, command, stop signal, cron. */
function changedDocument(from: string, to: string): string {
  const doc = JSON.parse(readFileSync(from, 'utf8')) as Doc;
  for (const entry of doc.deploy.demo.containers) {
    const [name, def] = Object.entries(entry)[0] ?? [];
    if (!def) continue;
    if (name === 'web') def.env = { ...def.env, RACK_ENV: 'staging', FEATURE: 'on' };
    if (name === 'worker') {
      def.command = 'work --fast';
      def.stop_signal = 'TERM';
    }
    if (name === 'cron') {
      def.cron = { minute: '*/7' };
      def.env = { ...def.env, JOB_LOG: '/srv/data/jobs-new.log' };
    }
  }
  writeFileSync(to, JSON.stringify(doc, null, 2));
  return to;
}

/** The restore commands sent since `from`: their instance ids. */
function restoresSince(from: number): string[] {
  return aws.requests
    .slice(from)
    .filter((r) => r.target === 'AmazonSSM.SendCommand' && r.status === 200)
    .map((r) => r.body as { Comment?: string; InstanceIds?: string[] })
    .filter((b) => (b.Comment ?? '').startsWith('berth restore before'))
    .flatMap((b) => b.InstanceIds ?? []);
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
    expect(restoresSince(from).sort()).toEqual(world.hosts.map((h) => h.instanceId).sort());
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
    expect(restoresSince(from)).toEqual([]);
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
