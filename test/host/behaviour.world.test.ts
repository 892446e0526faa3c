// The host script's rules on a real engine, without a balancer: migration, scale-down and removed
// definitions, cron files, manual definitions, the host lock, long progress, hostile values and secrets.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHostResult } from '../../src/host/command.js';
import type { PlanDefinition } from '../../src/stack/host-plan.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { run } from '../world/proc.js';
import { startWorld, type SimHost, type World } from '../world/index.js';
import { demoDefinition, fromSsm, hostPlan, literal } from './plans.js';
import { runHost } from './run.js';

let world: World;
let host: SimHost;
let aws: FakeAws;
const images: Record<string, string> = {};

/** A copy without a balancer: one slot, healthy when its socket answers /up. */
function api(image: string, extra: Partial<Parameters<typeof demoDefinition>[0]> = {}): PlanDefinition {
  return demoDefinition({ root: host.root, image, name: 'api', app: 'behave', copies: 1, slots: 1, loadBalancer: false,
    env: [literal('BOOT_SECONDS', '0')], ...extra });
}

async function inspect(name: string): Promise<{ id: string; image: string; running: boolean } | undefined> {
  const out = await host.docker(['container', 'inspect', '-f', '{{.Id}} {{.Config.Image}} {{.State.Running}}', name]);
  if (out.code !== 0) return undefined;
  const [id = '', image = '', running = ''] = out.stdout.trim().split(' ');
  return { id, image, running: running === 'true' };
}

async function berthContainers(): Promise<string[]> {
  const ps = await host.docker(['ps', '-a', '--filter', 'label=berth.app=behave', '--format', '{{.Names}}']);
  return ps.stdout.split('\n').filter(Boolean).sort();
}

beforeAll(async () => {
  world = await startWorld({ hosts: 1, registry: false });
  host = world.hosts[0]!;
  aws = await startFakeAws({ instances: [] });
  for (const [key, version, broken] of [['v1', 'v1', false], ['v2', 'v2', false], ['bad', 'v3-broken', true]] as const) {
    images[key] = await world.buildDemoApp({ repository: 'acme/behave', version, broken });
    await world.loadImage(host, images[key]);
  }
});

afterAll(async () => {
  await aws?.stop();
  await world?.stop();
});

describe('host script behaviour', () => {
  it('preflight reports the host facts from instance metadata', async () => {
    const out = await runHost(host, 'preflight');
    expect(out.result?.ok, out.stderr).toBe(true);
    expect(out.result?.facts).toMatchObject({ publicIp: host.address, instanceId: host.instanceId, missing: [] });
    expect(out.result?.facts?.dockerVersion).toMatch(/^\d+\.\d+/);
    expect(out.result?.facts?.freeDiskMb).toBeGreaterThan(0);
  });

  it('a failed migration replaces nothing and exits non-zero with the log tail', async () => {
    const first = await runHost(host, 'rollout', hostPlan(host.root, [api(images.v1!)]));
    expect(first.result?.ok, first.stderr).toBe(true);
    const before = await inspect('api0');
    const plan = hostPlan(host.root, [api(images.bad!)], {
      migration: { app: 'behave', definition: 'api', image: images.bad!, runArgs: ['--rm'], command: ['migrate'], env: [] },
    });
    const out = await runHost(host, 'rollout', plan);
    expect(out.exitCode).not.toBe(0);
    expect(out.result?.ok).toBe(false);
    expect(out.result?.migration).toMatchObject({ ran: true, ok: false });
    expect(out.result?.failure?.reason).toMatch(/migration/);
    expect(out.result?.failure?.logTail?.join('\n')).toMatch(/migration v3-broken: failed/);
    expect(await inspect('api0')).toEqual(before);
    expect(await berthContainers()).toEqual(['api0']);
  });

  it('keeps the result readable after more than 24,000 characters of progress', async () => {
    const plan = hostPlan(host.root, [api(images.v1!)], {
      migration: { app: 'behave', definition: 'api', image: images.v1!, runArgs: ['--rm'],
        command: ['sh', '-c', 'i=0; while [ $i -lt 700 ]; do echo "migrating row $i of a long table, still going"; i=$((i+1)); done'], env: [] },
    });
    const out = await runHost(host, 'rollout', plan);
    expect(out.stderr.length).toBeGreaterThan(24_000);
    // SSM keeps the first 24,000 characters of stdout and 8,000 of stderr.
    const result = parseHostResult(out.stdout.slice(0, 24_000));
    expect(result?.ok, out.stderr.slice(-2000)).toBe(true);
    expect(result?.migration).toMatchObject({ ran: true, ok: true });
  });

  it('scales 3 -> 2 and removes a definition that left the plan', async () => {
    const three = hostPlan(host.root, [api(images.v1!, { copies: 3 }), api(images.v1!, { name: 'extra' })]);
    const up = await runHost(host, 'rollout', three);
    expect(up.result?.ok, up.stderr).toBe(true);
    expect(await berthContainers()).toEqual(['api0', 'api1', 'api2', 'extra0']);
    const two = await runHost(host, 'rollout', hostPlan(host.root, [api(images.v1!, { copies: 2 })]));
    expect(two.result?.ok, two.stderr).toBe(true);
    expect([...(two.result?.removed ?? [])].sort()).toEqual(['api2', 'extra0']);
    expect(await berthContainers()).toEqual(['api0', 'api1']);
  });

  it('writes the managed cron file exactly and drops stale lines', async () => {
    const path = join(host.root, 'etc/cron.d/berth-behave');
    const envPath = join(host.root, 'var/lib/berth/cron/behave-job.env');
    const cron = (lines: string[]) => hostPlan(host.root, [api(images.v1!, { copies: 2 })], {
      cron: [{ app: 'behave', path, lines, envFiles: [{ definition: 'job', path: envPath, env: [literal('JOB_LOG', '/srv/data/jobs.log'), literal('API_TOKEN', 's3cr%t', true)] }] }],
    });
    const a = '*/5 * * * * root docker run --rm --env-file /x/job.env acme/behave:v1 job';
    const b = '59 * * * * root docker run --rm acme/behave:v1 \'say "hi"\'';
    const first = await runHost(host, 'rollout', cron([a, b]));
    expect(first.result?.ok, first.stderr).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(`${a}\n${b}\n`);
    const second = await runHost(host, 'rollout', cron([b]));
    expect(second.result?.ok, second.stderr).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(`${b}\n`);
    expect(readFileSync(envPath, 'utf8')).toBe('JOB_LOG=/srv/data/jobs.log\nAPI_TOKEN=s3cr%t\n');
    expect(statSync(envPath).mode & 0o777).toBe(0o600);
  });

  it('starts a manual definition only when it is not running, unless redeployed', async () => {
    const side = (image: string, redeploy = false) => api(image, { name: 'side', mode: 'manual', redeploy });
    const base = api(images.v1!, { copies: 2 });
    const first = await runHost(host, 'rollout', hostPlan(host.root, [base, side(images.v1!)]));
    expect(first.result?.copies.find((c) => c.name === 'side0')?.action, first.stderr).toBe('started');
    const started = await inspect('side0');
    const again = await runHost(host, 'rollout', hostPlan(host.root, [base, side(images.v2!)]));
    expect(again.result?.copies.find((c) => c.name === 'side0')?.action, again.stderr).toBe('unchanged');
    expect(await inspect('side0')).toEqual(started);
    const forced = await runHost(host, 'rollout', hostPlan(host.root, [base, side(images.v2!, true)]));
    expect(forced.result?.copies.find((c) => c.name === 'side0')?.action, forced.stderr).toBe('replaced');
    expect((await inspect('side0'))?.image).toBe(images.v2);
    await host.docker(['stop', '-t', '1', 'side0']);
    const restarted = await runHost(host, 'rollout', hostPlan(host.root, [base, side(images.v2!)]));
    expect(restarted.result?.copies.find((c) => c.name === 'side0')?.action, restarted.stderr).toBe('started');
    expect((await inspect('side0'))?.running).toBe(true);
  });

  it('a concurrent run waits for the host lock, and one that waits too long names the holder', async () => {
    const base = api(images.v1!, { copies: 2 });
    const slow = hostPlan(host.root, [base, api(images.v1!, { name: 'slow', health: 'none', startupTime: 6 })], { actor: 'alice', release: 'r-slow' });
    const holder = runHost(host, 'rollout', slow);
    await new Promise((r) => setTimeout(r, 2500));
    const impatient = await runHost(host, 'rollout', hostPlan(host.root, [base], { actor: 'bob', lockTimeout: 1 }));
    expect(impatient.exitCode).not.toBe(0);
    expect(impatient.result?.failure?.reason).toMatch(/who=alice .*version=r-slow/);
    const patient = await runHost(host, 'rollout', hostPlan(host.root, [base, api(images.v1!, { name: 'slow', health: 'none', startupTime: 6 })], { actor: 'carol', lockTimeout: 60 }));
    const held = await holder;
    expect(held.result?.ok, held.stderr).toBe(true);
    expect(patient.result?.ok, patient.stderr).toBe(true);
    expect(patient.result?.timings.lockWaitSeconds).toBeGreaterThan(0.5);
  });

  it('hostile values reach the container byte-exact; no host command runs; no secret in ps, logs or result', async () => {
    const marker = `/tmp/berth-pwned-${randomBytes(4).toString('hex')}`;
    const hostile = `q'uo"te $(touch ${marker}) \`touch ${marker}\` 100% ü→✓ \\n;|&`;
    const multiline = `line one\nline "two" $(touch ${marker})\n`;
    const secret = `S3cret-${randomBytes(6).toString('hex')}-$(touch ${marker})`;
    const ssmSecret = `ssm-${randomBytes(6).toString('hex')}\nsecond line 'q' %{x}`;
    const ssmOneLine = `one-${randomBytes(6).toString('hex')}`;
    aws.parameters.set('/behave/multi', { value: ssmSecret, type: 'SecureString', version: 1 });
    aws.parameters.set('/behave/one', { value: ssmOneLine, type: 'SecureString', version: 1 });
    const out = join(host.root, 'srv/socks/hostile');
    const script = 'mkdir -p /srv/socks/hostile && for k in PLAIN MULTI SECRET SSM_MULTI SSM_ONE; do eval "printf %s \\"\\${$k}\\"" > /srv/socks/hostile/$k; done; '
      + 'i=0; for a in "$@"; do printf %s "$a" > /srv/socks/hostile/arg$i; i=$((i+1)); done; hostname > /srv/socks/hostile/hostname; exec sleep 600';
    const definition = api(images.v1!, {
      name: 'hostile',
      health: 'none',
      env: [literal('PLAIN', hostile), literal('MULTI', multiline), literal('SECRET', secret, true), fromSsm('SSM_MULTI', '/behave/multi'), fromSsm('SSM_ONE', '/behave/one')],
      command: () => ['sh', '-c', script, 'sh', hostile, multiline, '%{app_name}'],
      hostname: () => 'h$(touch x)`id`%ü',
    });
    const plan = hostPlan(host.root, [api(images.v1!, { copies: 2 }), definition], { aws: { region: 'us-east-1', endpoint: aws.endpoint } });
    // Sample every process's argv while the rollout runs.
    let sampling = true;
    const seen: string[] = [];
    const sampler = (async () => {
      while (sampling) {
        const ps = await run(['ps', '-eo', 'args']);
        seen.push(ps.stdout);
        await new Promise((r) => setTimeout(r, 30));
      }
    })();
    const result = await runHost(host, 'rollout', plan);
    sampling = false;
    await sampler;
    expect(result.result?.ok, result.stderr).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    const read = (name: string) => readFileSync(join(out, name), 'utf8');
    expect(read('PLAIN')).toBe(hostile);
    expect(read('MULTI')).toBe(multiline);
    expect(read('SECRET')).toBe(secret);
    expect(read('SSM_MULTI')).toBe(ssmSecret);
    expect(read('SSM_ONE')).toBe(ssmOneLine);
    expect([read('arg0'), read('arg1'), read('arg2')]).toEqual([hostile, multiline, '%{app_name}']);
    expect(read('hostname').trim()).toBe('h$(touch x)`id`%ü');
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(host.root, 'x'))).toBe(false);
    const everything = [result.stdout, result.stderr, ...seen].join('\n');
    for (const value of [secret, ssmSecret, ssmOneLine, 'S3cret-']) expect(everything).not.toContain(value);
    expect(seen.length).toBeGreaterThan(3);
    const logs = await host.docker(['logs', 'hostile0']);
    expect(logs.stdout + logs.stderr).not.toContain(secret);
    // Env files are gone, the temporary docker config too.
    expect(readdirSync(join(host.root, 'var/lib/berth')).filter((f) => f.startsWith('run.') || f.startsWith('docker-config.'))).toEqual([]);
  });

  it('state mode reads back what runs', async () => {
    const plan = hostPlan(host.root, [api(images.v1!, { copies: 2 })]);
    const out = await runHost(host, 'state', plan);
    expect(out.result?.mode).toBe('state');
    expect(out.result?.copies.map((c) => [c.name, c.image])).toEqual([['api0', images.v1], ['api1', images.v1]]);
    const stateFile = JSON.parse(readFileSync(join(host.root, 'var/lib/berth/behave.state'), 'utf8')) as { copies: { name: string }[] };
    expect(stateFile.copies.map((c) => c.name)).toContain('api0');
  });

  it('prunes images beyond the newest keepImages per repository, never the plan\'s or one in use', async () => {
    const plan = hostPlan(host.root, [api(images.v2!, { copies: 1 })], { keepImages: 1 });
    const first = await runHost(host, 'rollout', plan);
    expect(first.result?.ok, first.stderr).toBe(true);
    // The run's time beyond its work is kept for the next deploy's expected time (preflight reads it).
    type StateFile = { overheadSeconds?: number; copies: { startToHealthy?: number }[]; earlier?: { startToHealthy: number }[] };
    const stateFile = () => JSON.parse(readFileSync(join(host.root, 'var/lib/berth/behave.state'), 'utf8')) as StateFile;
    const overheadOf = () => stateFile().overheadSeconds;
    const measured = overheadOf();
    const started = stateFile().copies.flatMap((c) => (c.startToHealthy === undefined ? [] : [{ startToHealthy: c.startToHealthy }]));
    expect(first.result?.copies.some((c) => c.startToHealthy !== undefined)).toBe(true);
    // What the run took beyond its work and its lock wait (0 for a run this fast on a warm host), never more.
    const timings = first.result?.timings ?? { totalSeconds: 0, lockWaitSeconds: 0 };
    const work = started.reduce((sum, c) => sum + c.startToHealthy, 0);
    expect(measured).toBeGreaterThanOrEqual(0);
    expect(measured).toBeLessThanOrEqual(timings.totalSeconds - work - timings.lockWaitSeconds + 0.2);
    // The replaced v1 copies were still there when the first run looked; the second run prunes v1.
    const second = await runHost(host, 'rollout', plan);
    expect(second.result?.ok, second.stderr).toBe(true);
    // A run that replaced nothing measured no work: the figure of the run before stays.
    expect(second.result?.copies.some((c) => c.startToHealthy !== undefined)).toBe(false);
    expect(overheadOf()).toBe(measured);
    // ... and so do its copies' start-to-healthy figures, as `earlier`.
    expect(started.length).toBeGreaterThan(0);
    expect(stateFile().earlier).toEqual(started);
    expect([...(first.result?.prunedImages ?? []), ...(second.result?.prunedImages ?? [])]).toEqual([images.v1]);
    const left = await host.docker(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}', 'acme/behave']);
    expect(left.stdout.split('\n').filter(Boolean).sort()).toEqual([images.bad, images.v2].sort());
  });
});

