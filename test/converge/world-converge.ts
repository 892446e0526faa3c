// What the converge world tests and `npm run bench -- join` share: the example document with short health
// timings, hosts that join the fleet (registered with the fake AWS, which runs the association on them),
// what a host's containers run (docker inspect), and what a deploy would have given a host (the deploy's own
// planner, recorded, replayed with that host's facts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { releasePlanner } from '../../src/app/planner.js';
import type { Planner } from '../../src/deploy/ports.js';
import { buildHostPlan, type HostFacts, type PlanOptions } from '../../src/stack/plan.js';
import type { StackDocument } from '../../src/stack/schema.js';
import { frontVersion } from '../deploy/helpers-world.js';
import { managedInstanceOf, type FakeAws } from '../world/fakes/aws.js';
import type { SimHost, World } from '../world/index.js';

interface ExampleDocument {
  deploy: {
    demo: {
      containers: Record<string, { env?: Record<string, string>; health?: { deadline: number }; migration?: string }>[];
    };
  };
}

/**
 * examples/stack.json with the world's registry and short timings: the app boots at once and a copy that is
 * not healthy within 12 s fails the health gate (the example waits 2 s and gives 30). `migration: false`
 * drops web's migration, so a broken release fails at the health gate rather than at its migration.
 */
export function quickDocument(world: World, opts: { migration?: boolean } = {}): string {
  const document = JSON.parse(world.exampleDocument()) as ExampleDocument;
  for (const entry of document.deploy.demo.containers) {
    for (const definition of Object.values(entry)) {
      if (definition.env?.['BOOT_SECONDS'] !== undefined) definition.env['BOOT_SECONDS'] = '0';
      if (definition.health) definition.health.deadline = 12;
      if (opts.migration === false) delete definition.migration;
    }
  }
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The same document as `file` (a deploy's stack-json-output), written to `to` without web's migration. */
export function withoutMigration(file: string, to: string): string {
  const document = JSON.parse(readFileSync(file, 'utf8')) as ExampleDocument;
  for (const entry of document.deploy.demo.containers) for (const definition of Object.values(entry)) delete definition.migration;
  writeFileSync(to, `${JSON.stringify(document, null, 2)}\n`);
  return to;
}

export interface PlanCall {
  document: StackDocument;
  facts: HostFacts;
  options: PlanOptions;
  /** Definition name -> berth.hash of the plan the deploy built. */
  hashes: Record<string, string>;
}

/** The deploy's own planner (releasePlanner), recording every host plan it builds. */
export function recordingPlanner(stackFile: string, maxBytes: number, calls: PlanCall[]): Planner {
  const inner = releasePlanner(stackFile, maxBytes);
  return {
    ...inner,
    hostPlan: (document, facts, options) => {
      // Copies taken now: the deploy goes on changing its document and plans in place (secrets, versions).
      const call = { document: structuredClone(document), facts: { ...facts }, options: structuredClone(options) };
      const plan = inner.hostPlan(document, facts, options);
      calls.push({ ...call, hashes: Object.fromEntries(plan.definitions.map((d) => [d.name, d.hash])) });
      return plan;
    },
  };
}

/** A host's facts as the deploy learns them in the world (hostname, its address as public IP, instance id). */
export function worldFacts(host: SimHost, stackName: string): HostFacts {
  return { hostname: host.hostname, instanceId: host.instanceId, publicIp: host.address, stackName };
}

export interface ExpectedCopy {
  definition: string;
  image: string;
  hash: string;
}

/**
 * What the deploy recorded in `call` gives `host` when it runs no migration: container name -> image and
 * berth.hash, for every copy of the auto and manual definitions (cron runs no container).
 */
export function expectedCopies(call: PlanCall, host: SimHost): Map<string, ExpectedCopy> {
  const plan = buildHostPlan(
    call.document,
    { ...call.facts, ...worldFacts(host, call.facts.stackName) },
    // A world host's paths are under its own root (BERTH_HOST_ROOT, which its preflight reports to the deploy).
    { ...call.options, hostRoot: host.root, runMigration: false },
  );
  const copies = new Map<string, ExpectedCopy>();
  for (const definition of plan.definitions) {
    if (definition.mode === 'cron') continue;
    for (const copy of definition.copies)
      copies.set(copy.name, { definition: definition.name, image: definition.image, hash: definition.hash });
  }
  return copies;
}

export interface RunningCopy {
  name: string;
  id: string;
  image: string;
  hash: string;
  release: string;
  /** The haproxy server the copy serves as (berth.server), '' when it serves none. */
  server: string;
  running: boolean;
  startedAt: string;
}

/** What docker inspect says about these containers on `host` (absent ones are left out). */
export async function runningCopies(host: SimHost, names: string[]): Promise<Map<string, RunningCopy>> {
  const found = new Map<string, RunningCopy>();
  for (const name of names) {
    const inspected = await host.docker(['inspect', name]);
    if (inspected.code !== 0) continue;
    const [raw] = JSON.parse(inspected.stdout) as {
      Id: string;
      State: { Running: boolean; StartedAt: string };
      Config: { Image: string; Labels: Record<string, string> | null };
    }[];
    if (!raw) continue;
    found.set(name, {
      name,
      id: raw.Id,
      image: raw.Config.Image,
      hash: raw.Config.Labels?.['berth.hash'] ?? '',
      release: raw.Config.Labels?.['berth.release'] ?? '',
      server: raw.Config.Labels?.['berth.server'] ?? '',
      running: raw.State.Running,
      startedAt: raw.State.StartedAt,
    });
  }
  return found;
}

export interface Joined {
  host: SimHost;
  /** Epoch ms when the fake AWS learned of the host (its SSM agent registered). */
  registeredAt: number;
}

/** A host joins the fleet: its engine starts (base images only, no app image), then it registers with the fake AWS. */
export async function joinFleet(world: World, aws: FakeAws, tags?: Record<string, string>): Promise<Joined> {
  const host = await world.addHost(tags ? { tags } : {});
  const registeredAt = Date.now();
  aws.instances.add(managedInstanceOf(host));
  return { host, registeredAt };
}

/** Waits until the host's front (haproxy) answers with `version`; returns when (epoch ms), or throws with the last answer. */
export async function servingAt(host: SimHost, version: string, timeoutMs: number, everyMs = 100): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last: string | null = null;
  for (;;) {
    last = await frontVersion(host.frontUrl);
    if (last === version) return Date.now();
    if (Date.now() > deadline)
      throw new Error(`${host.hostname} did not serve ${version} within ${timeoutMs} ms; its front answers ${last}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** The file a host's converge run leaves (host mode converge), parsed; undefined when there is none. */
export function convergeRecord(host: SimHost): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(join(host.root, 'var/lib/berth/converge.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The status haproxy gives each server of `backend` on the host (its runtime API's `show stat`: UP, DOWN, MAINT, ...). */
export async function frontServers(world: World, host: SimHost, backend = 'web'): Promise<Record<string, string>> {
  const csv = await world.haproxyAdmin(host, 'show stat');
  const servers: Record<string, string> = {};
  for (const line of csv.split('\n')) {
    const fields = line.split(',');
    if (fields[0] === backend && fields[1] !== 'BACKEND' && fields[1] !== undefined) servers[fields[1]] = fields[17] ?? '';
  }
  return servers;
}
