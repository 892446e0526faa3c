// The prediction is the host's decision: one real host deploys BEFORE, predictRelease says what
// deploying AFTER does, the host deploys AFTER, and the containers it really replaced, kept, started and
// removed (their ids, from the engine) are exactly the predicted ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHostPlan, type HostFacts, type PlanOptions } from '../../src/stack/plan.js';
import { predictRelease } from '../../src/stack/predict.js';
import type { StackDocument } from '../../src/stack/schema.js';
import { validateStackJson } from '../../src/stack/validate.js';
import { startWorld, type SimHost, type World } from '../world/index.js';
import { runHost } from './run.js';

let world: World;
let host: SimHost;

beforeAll(async () => {
  world = await startWorld({ hosts: 1, registry: false });
  host = world.hosts[0]!;
  for (const version of ['v1', 'v2']) await world.loadImage(host, await world.buildDemoApp({ repository: 'acme/demo', version }));
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

/* eslint-disable @typescript-eslint/no-explicit-any -- raw Stack JSON edited in place */
/** A worker of the demo image (no health probe: a fast start), host network. */
function worker(extra: Record<string, unknown> = {}): any {
  return { deploy: 'auto', image: 'acme/demo', tag: 'v1', containers: 1, network: 'host', command: 'work', stop_grace_period: 2, ...extra };
}

function beforeRaw(): any {
  return {
    deploy: {
      demo: {
        containers: [
          { web: worker({ migration: 'migrate', env: { MODE: 'a', MIGRATE_SECONDS: '0' } }) },
          { side: worker({ volumes_from: ['web0'] }) },
          { steady: worker() },
          { grow: worker() },
          { tool: worker({ deploy: 'manual' }) },
          { signal: worker() },
          { gone: worker() },
        ],
      },
    },
  };
}

function afterRaw(): any {
  const raw = beforeRaw();
  const containers: Record<string, any>[] = raw.deploy.demo.containers;
  const def = (name: string) => containers.find((group) => name in group)![name];
  def('web').env.MODE = 'b'; // env
  def('grow').containers = 2; // copies: copy 0 kept, copy 1 started
  def('tool').tag = 'v2'; // manual: left alone
  def('signal').stop_signal = 'SIGQUIT'; // stop_signal
  containers.splice(
    containers.findIndex((group) => 'gone' in group),
    1,
  ); // removed
  containers.push({ fresh: worker() }); // started
  // side mounts web0's volumes: web0 is replaced before it in deploy order, so side is too (dependency).
  return raw;
}

function parse(raw: unknown): StackDocument {
  const result = validateStackJson(JSON.stringify(raw), 'predict.json');
  if (!result.document) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.document;
}

function planOf(document: StackDocument, facts: HostFacts) {
  const options: PlanOptions = {
    deployId: `d-${Date.now().toString(36)}`,
    release: 'test',
    revision: 'test',
    actor: 'tester',
    createdAt: new Date().toISOString(),
    hostRoot: host.root,
    force: false,
    manual: [],
    runMigration: true,
    keepImages: 3,
    lockTimeout: 30,
    aws: { region: 'us-east-1' },
    preferLocalImages: true,
    dataVolumeImage: 'busybox',
    logTailLines: 20,
    environment: 'production',
  };
  return buildHostPlan(document, facts, options);
}

/** Container name -> id of every berth copy on the host (the engine's own view). */
async function copyIds(): Promise<Map<string, string>> {
  const ps = await host.docker(['ps', '-a', '--no-trunc', '--filter', 'label=berth.definition', '--format', '{{.Names}} {{.ID}}']);
  return new Map(
    ps.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ') as [string, string]),
  );
}

describe('predictRelease against a real host', () => {
  it('names exactly the containers the host replaces, keeps, starts and removes', async () => {
    const facts: HostFacts = { hostname: host.hostname, instanceId: host.instanceId, publicIp: '', stackName: 'Predict' };
    const first = await runHost(host, 'rollout', planOf(parse(beforeRaw()), facts));
    expect(first.result?.ok, first.stderr).toBe(true);
    const idsBefore = await copyIds();
    expect([...idsBefore.keys()].sort()).toEqual(['gone0', 'grow0', 'side0', 'signal0', 'steady0', 'tool0', 'web0']);

    const prediction = predictRelease(parse(beforeRaw()), parse(afterRaw()), facts);
    const second = await runHost(host, 'rollout', planOf(parse(afterRaw()), facts));
    expect(second.result?.ok, second.stderr).toBe(true);
    const idsAfter = await copyIds();

    // What the engine shows, per definition, in the prediction's words.
    const observed = prediction.definitions.map((d) => {
      const names = (ids: Map<string, string>) => [...ids.keys()].filter((name) => new RegExp(`^${d.definition}\\d+$`).test(name)).sort();
      const had = names(idsBefore);
      const has = names(idsAfter);
      const kept = had.filter((name) => idsAfter.get(name) === idsBefore.get(name));
      let decision: string;
      if (had.length === 0) decision = 'started';
      else if (has.length === 0) decision = 'removed';
      else if (kept.length < had.filter((name) => has.includes(name)).length) decision = 'replaced';
      else decision = 'untouched';
      return { definition: d.definition, decision, copies: `${had.length}->${has.length}` };
    });
    const predicted = prediction.definitions.map((d) => ({
      definition: d.definition,
      // manual: changed but left alone, so the engine shows it untouched.
      decision: d.decision === 'manual' ? 'untouched' : d.decision,
      copies: d.copies ? `${d.copies.before}->${d.copies.after}` : d.decision === 'started' ? '0->1' : d.decision === 'removed' ? '1->0' : '1->1',
    }));
    expect(observed).toEqual(predicted);
    // The pair covers several reason codes, an untouched definition and a manual one.
    expect(prediction.definitions.map((d) => [d.definition, d.decision, d.reasons.join(',')])).toEqual([
      ['web', 'replaced', 'env'],
      ['side', 'replaced', 'dependency'],
      ['steady', 'untouched', ''],
      ['grow', 'untouched', 'copies'],
      ['tool', 'manual', 'image'],
      ['signal', 'replaced', 'stop_signal'],
      ['fresh', 'started', ''],
      ['gone', 'removed', ''],
    ]);
    // The manual definition still runs the old image.
    const toolImage = await host.docker(['inspect', '--format', '{{.Config.Image}}', 'tool0']);
    expect(toolImage.stdout.trim()).toBe('acme/demo:v1');
    expect(prediction.migration).toBe(true);
    expect(second.result?.migration?.ran).toBe(true);
  }, 90_000);
});
