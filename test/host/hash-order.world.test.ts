// Env key order on a real host: berth.hash sorts env keys, so a reorder restarts nothing (same container
// ids and start times, cron file as it was), as predictRelease says; and a host whose containers an
// earlier berth labelled with the legacy hash (env in document order) keeps them when the same document
// is deployed, and from then on also through a reorder (the canonical hash it recorded for them).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preflightReport, stateBefore } from '../../src/deploy/preflight-reads.js';
import type { HostPlan } from '../../src/stack/host-plan.js';
import { buildHostPlan, type HostFacts, type PlanOptions } from '../../src/stack/plan.js';
import { predictRelease } from '../../src/stack/predict.js';
import type { StackDocument } from '../../src/stack/schema.js';
import { validateStackJson } from '../../src/stack/validate.js';
import { startWorld, type SimHost, type World } from '../world/index.js';
import { runHost } from './run.js';

let world: World;
let host: SimHost;
let facts: HostFacts;

beforeAll(async () => {
  world = await startWorld({ hosts: 1, registry: false });
  host = world.hosts[0]!;
  facts = { hostname: host.hostname, instanceId: host.instanceId, publicIp: '', stackName: 'Order' };
  await world.loadImage(host, await world.buildDemoApp({ repository: 'acme/demo', version: 'v1' }));
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

/* eslint-disable @typescript-eslint/no-explicit-any -- raw Stack JSON edited in place */
/** Two workers of the demo image (no health probe: a fast start) and a cron job, env out of key order. */
function documentRaw(app: string, reversed: boolean): any {
  const env = (pairs: [string, string][]) => Object.fromEntries(reversed ? [...pairs].reverse() : pairs);
  const worker = (extra: Record<string, unknown>) => ({
    deploy: 'auto',
    image: 'acme/demo',
    tag: 'v1',
    network: 'host',
    command: 'work',
    stop_grace_period: 2,
    ...extra,
  });
  return {
    deploy: {
      [app]: {
        containers: [
          {
            worker: worker({
              containers: 2,
              env: env([
                ['ZEBRA', 'z'],
                ['APPLE', 'a'],
                ['MODE', 'm'],
              ]),
            }),
          },
          { other: worker({ containers: 1, env: env([['SOLO', 's']]) }) },
          {
            job: worker({
              deploy: 'cron',
              cron: { minute: '*/5' },
              env: env([
                ['YAK', 'y'],
                ['BEE', 'b'],
              ]),
            }),
          },
        ],
      },
    },
  };
}

function parse(raw: unknown): StackDocument {
  const result = validateStackJson(JSON.stringify(raw), 'order.json');
  if (!result.document) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.document;
}

function planOf(raw: unknown): HostPlan {
  const options: PlanOptions = {
    deployId: `d-${Date.now().toString(36)}`,
    release: 'test',
    revision: 'test',
    actor: 'tester',
    createdAt: new Date().toISOString(),
    hostRoot: host.root,
    force: false,
    manual: [],
    runMigration: false,
    keepImages: 3,
    lockTimeout: 30,
    aws: { region: 'us-east-1' },
    preferLocalImages: true,
    dataVolumeImage: 'busybox',
    logTailLines: 20,
    environment: 'production',
  };
  return buildHostPlan(parse(raw), facts, options);
}

/** The plan as a berth before the canonical hash built it: the legacy hash is the hash (labels, cron lines). */
function asEarlierBerth(plan: HostPlan): HostPlan {
  const copy = structuredClone(plan);
  const swaps: [string, string][] = [];
  for (const def of copy.definitions) {
    const legacy = def.legacyHash ?? def.hash;
    swaps.push([def.hash, legacy]);
    for (const c of def.copies) for (const slot of c.slots) slot.runArgs = slot.runArgs.map((arg) => arg.split(def.hash).join(legacy));
    def.hash = legacy;
    delete def.legacyHash;
  }
  for (const file of copy.cron) file.lines = file.lines.map((line) => swaps.reduce((out, [from, to]) => out.split(from).join(to), line));
  return copy;
}

/** Container name -> "id started-at" of the app's copies (the engine's own view). */
async function copies(app: string): Promise<Map<string, string>> {
  const ps = await host.docker(['ps', '-a', '--no-trunc', '--filter', `label=berth.app=${app}`, '--format', '{{.Names}}']);
  const out = new Map<string, string>();
  for (const name of ps.stdout.split('\n').filter(Boolean).sort()) {
    const inspect = await host.docker(['inspect', '--format', '{{.Id}} {{.State.StartedAt}} {{index .Config.Labels "berth.hash"}}', name]);
    out.set(name, inspect.stdout.trim());
  }
  return out;
}

const cronFile = (app: string) => readFileSync(join(host.root, 'etc/cron.d', `berth-${app}`), 'utf8');

async function deploy(plan: HostPlan) {
  const run = await runHost(host, 'rollout', plan);
  expect(run.result?.ok, run.stderr).toBe(true);
  return run;
}

describe('env key order on a real host', () => {
  it('a reorder restarts nothing, as predicted; containers carry the canonical hash', async () => {
    const first = planOf(documentRaw('fresh', false));
    const worker = first.definitions.find((d) => d.name === 'worker')!;
    expect(worker.legacyHash).not.toBe(worker.hash);
    await deploy(first);
    const before = await copies('fresh');
    expect([...before.keys()]).toEqual(['other0', 'worker0', 'worker1']);
    expect(before.get('worker0')?.endsWith(` ${worker.hash}`)).toBe(true);
    const cronBefore = cronFile('fresh');

    const prediction = predictRelease(parse(documentRaw('fresh', false)), parse(documentRaw('fresh', true)), facts);
    expect(prediction.definitions.map((d) => [d.definition, d.decision, d.reasons.length])).toEqual([
      ['worker', 'untouched', 0],
      ['other', 'untouched', 0],
      ['job', 'untouched', 0],
    ]);
    const second = await deploy(planOf(documentRaw('fresh', true)));
    expect(await copies('fresh')).toEqual(before);
    expect(cronFile('fresh')).toBe(cronBefore);
    expect(second.result?.final?.map((c) => c.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  }, 60_000);

  it('keeps copies an earlier berth labelled with the legacy hash, then through a reorder too', async () => {
    // Container names are the host's: the first case's copies make room.
    await host.docker(['rm', '-f', 'worker0', 'worker1', 'other0']);
    const current = planOf(documentRaw('older', false));
    const earlier = asEarlierBerth(current);
    const worker = current.definitions.find((d) => d.name === 'worker')!;
    await deploy(earlier);
    const before = await copies('older');
    expect(before.get('worker0')?.endsWith(` ${worker.legacyHash}`)).toBe(true);
    const cronBefore = cronFile('older');
    expect(cronBefore).toContain(`berth.hash=${current.definitions.find((d) => d.name === 'job')!.legacyHash}`);

    // The runner's "before" from the host's own listing: every copy already runs the plan.
    const preflight = await runHost(host, 'preflight', current);
    expect(preflightReport(preflight.result)?.containers.length, preflight.stderr).toBe(3);
    expect(stateBefore(preflight.result, current)?.copies.map((c) => c.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);

    // The same document by this berth: nothing restarts, the cron file stays byte for byte.
    const same = await deploy(current);
    expect(await copies('older')).toEqual(before);
    expect(cronFile('older')).toBe(cronBefore);
    expect(same.result?.final?.map((c) => c.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    const id = before.get('worker0')!.split(' ')[0]!;
    expect(readFileSync(join(host.root, 'var/lib/berth/hashes', id), 'utf8')).toBe(`${worker.hash}\n`);

    // Then a reorder: still nothing restarts (the canonical hash recorded beside the legacy label).
    const reordered = await deploy(planOf(documentRaw('older', true)));
    expect(await copies('older')).toEqual(before);
    expect(reordered.result?.final?.map((c) => c.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    // A changed value replaces as always, and the record of the replaced container goes with it.
    const changed = documentRaw('older', true);
    changed.deploy.older.containers[0].worker.env.MODE = 'n';
    await deploy(planOf(changed));
    const after = await copies('older');
    expect(after.get('worker0')).not.toBe(before.get('worker0'));
    expect(after.get('other0')).toBe(before.get('other0'));
    await deploy(planOf(changed));
    expect(existsSync(join(host.root, 'var/lib/berth/hashes', id))).toBe(false);
  }, 90_000);
});
