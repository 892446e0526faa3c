// The fleet as it runs: each target host's answer to the host script's `status` mode (what berth
// started there, each app's state, the last converge), compared with the release record's template
// instantiated for that host (drift: a copy missing, or one whose berth.hash differs). Reading goes
// through the ports; what each host's state is follows from pure decisions (hostStatus).
import type { HostFacts } from '../stack/plan.js';
import type { HostContainerStatus, HostStatusReport } from '../stack/host-status.js';
import { describeFailure, hostLabel, succeeded } from './hosts.js';
import { historyPlan, targetHosts, type HostHistoryQuery } from './host-history.js';
import { askHosts } from './fleet-read.js';
import type { HostRunner, HostRunOutcome, Planner, ProgressLog, TargetHost } from './ports.js';
import { expectedDefinitions, type ExpectedDefinition } from './status-expected.js';
import { errorMessage } from '../util/errors.js';
import { rerootTemplate } from '../stack/release-template.js';
import { runsDefinition } from '../stack/host-plan.js';

/** The release record as readReleaseRecord (src/deploy/release-record.ts) gives it. */
export interface RecordedRelease {
  template: string;
  deployId: string;
  release: string;
  generation: string;
}

export interface FleetStatusPorts {
  runner: HostRunner;
  planner: Planner;
  /** The environment's release record; undefined when none was written (converge never set up). */
  readRecord(): Promise<RecordedRelease | undefined>;
  /** The record's template made this host's plan (instantiateTemplate, src/stack/release-template.ts). */
  instantiate(template: string, facts: HostFacts): string;
}

/** What `berth status` reads with: the history read's settings (no apps: every app a host has). */
export interface FleetStatusQuery extends Omit<HostHistoryQuery, 'apps'> {
  stackName: string;
}

/** One copy of a definition: what runs under its name, and how that differs from the record. */
export interface CopyStatus {
  name: string;
  image?: string;
  health: HostContainerStatus['health'] | 'missing';
  release?: string;
  deployId?: string;
  /** `missing`: the record names it, nothing runs; `changed`: its berth.hash is not the record's; `extra`: the record does not name it. */
  drift?: 'missing' | 'changed' | 'extra';
}

export interface DefinitionStatus {
  /** `app/definition`. */
  definition: string;
  /** Copies the record asks for (absent without a record). */
  expectedCopies?: number;
  /** Copies running and healthy (or running without a check). */
  healthyCopies: number;
  images: string[];
  copies: CopyStatus[];
}

/**
 * `ok` runs the record's release, healthy; `drift` differs from the record; `unhealthy` has a copy not
 * running or not healthy; `never-deployed` matches the targets but berth never ran anything there;
 * `unreachable` gave no readable answer.
 */
export type HostState = 'ok' | 'drift' | 'unhealthy' | 'never-deployed' | 'unreachable';

export interface HostStatus {
  instanceId: string;
  hostname: string;
  publicIp: string;
  state: HostState;
  /** The releases its containers carry (berth.release), usually one. */
  releases: string[];
  /** The newest deploy (or converge) id of its apps' states. */
  lastDeployId?: string;
  apps: HostStatusReport['apps'];
  definitions: DefinitionStatus[];
  /** How many copies differ from the record; undefined without a record (nothing to compare with). */
  driftCount?: number;
  /** The host's converge.json, parsed; `null` when it never converged. */
  converge: Record<string, unknown> | null;
  /** Why the host is unreachable, or what could not be read. */
  problems: string[];
}

export interface FleetStatus {
  environment: string;
  /** The recorded release the hosts are compared with; absent without a release record. */
  record?: { release: string; deployId: string; generation: string };
  hosts: HostStatus[];
  problems: string[];
}

/** Reads the fleet: the target hosts, the release record, each host's status answer. */
export async function readFleetStatus(ports: FleetStatusPorts, query: FleetStatusQuery, log: ProgressLog): Promise<FleetStatus> {
  const problems: string[] = [];
  const hosts = await targetHosts(ports.runner, query.ssmTargets);
  let record: RecordedRelease | undefined;
  try {
    record = await ports.readRecord();
  } catch (error) {
    problems.push(`the release record could not be read: ${errorMessage(error)}`);
  }
  if (!record && problems.length === 0)
    problems.push('no release record: drift is not computed (converge was never set up, or no deploy since)');
  const outcomes = await sendStatus(ports, hosts, query, log);
  const statuses = hosts.map((host) => {
    const outcome = outcomes.find((o) => o.host.instanceId === host.instanceId);
    return hostStatus(
      host,
      outcome,
      // Moved under the root the host reports first (the local world's hosts each have their own: rerootTemplate).
      record ? (facts) => expectedDefinitions(ports.instantiate(rerootTemplate(record.template, outcome?.result?.root), facts)) : undefined,
      query.stackName,
    );
  });
  return {
    environment: query.environment,
    ...(record ? { record: { release: record.release, deployId: record.deployId, generation: record.generation } } : {}),
    hosts: statuses,
    problems,
  };
}

async function sendStatus(
  ports: FleetStatusPorts,
  hosts: TargetHost[],
  query: FleetStatusQuery,
  log: ProgressLog,
): Promise<HostRunOutcome[]> {
  const createdAt = new Date((query.now ?? Date.now)()).toISOString();
  const plan = (host: TargetHost) => ({ ...historyPlan(host, { ...query, apps: [] }, createdAt), deployId: `${query.environment}-status` });
  return askHosts(
    ports.runner,
    ports.planner,
    hosts,
    (host) => ports.planner.encodePlan(plan(host)),
    {
      mode: 'status',
      title: `Read the status of ${hosts.length} host(s)`,
      comment: `berth status ${query.environment}`,
      deadline: query.deadline,
      ...(query.signal ? { signal: query.signal } : {}),
    },
    log,
  );
}

/**
 * One host's status from its answer. `expected` gives what the record asks of a host with these facts
 * (absent without a record); the facts are the deploy's: SSM's name for the host unless that is its
 * instance id, the public IP the host reads from its metadata.
 */
export function hostStatus(
  host: TargetHost,
  outcome: HostRunOutcome | undefined,
  expected: ((facts: HostFacts) => ExpectedDefinition[]) | undefined,
  stackName: string,
): HostStatus {
  const report = outcome?.result?.mode === 'status' ? outcome.result.status : undefined;
  const base = {
    instanceId: host.instanceId,
    hostname: host.hostname,
    publicIp: host.publicIp,
    releases: [],
    apps: [],
    definitions: [],
    converge: null,
  };
  if (!outcome || !succeeded(outcome) || !report) {
    const why = !outcome ? `${hostLabel(host)}: no answer to the status command` : describeFailure(outcome);
    return {
      ...base,
      state: 'unreachable',
      problems: [
        report || !outcome || !succeeded(outcome) ? why : `${hostLabel(host)}: the answer has no status (is the host script older?)`,
      ],
    };
  }
  const facts: HostFacts = {
    instanceId: host.instanceId,
    hostname: host.hostname && host.hostname !== host.instanceId ? host.hostname : report.facts.hostname || host.hostname,
    publicIp: report.facts.publicIp || host.publicIp,
    stackName,
  };
  const problems: string[] = [];
  let wanted: ExpectedDefinition[] | undefined;
  if (expected) {
    try {
      wanted = expected(facts);
    } catch (error) {
      problems.push(`the release record could not be made this host's plan: ${errorMessage(error)}`);
    }
  }
  if (report.containersLeftOut > 0) problems.push(`${report.containersLeftOut} container(s) left out of the host's answer`);
  const definitions = compareDefinitions(report.containers, wanted);
  const driftCount = wanted ? definitions.reduce((n, d) => n + d.copies.filter((c) => c.drift).length, 0) : undefined;
  const converge = readConverge(report.convergeBase64, problems);
  const running = report.containers.filter((c) => c.running);
  const releases = [...new Set(running.map((c) => c.release).filter(Boolean))].sort();
  const newest = [...report.apps].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))[0];
  const never = report.containers.length === 0 && report.apps.length === 0 && converge === null;
  const unhealthy = definitions.some((d) => d.copies.some((c) => c.health !== 'healthy' && c.health !== 'none' && c.drift !== 'extra'));
  const state: HostState = never ? 'never-deployed' : driftCount ? 'drift' : unhealthy ? 'unhealthy' : 'ok';
  return {
    instanceId: host.instanceId,
    hostname: facts.hostname,
    publicIp: facts.publicIp,
    state,
    releases,
    ...(newest ? { lastDeployId: newest.deployId } : {}),
    apps: report.apps,
    definitions,
    ...(driftCount !== undefined ? { driftCount } : {}),
    converge,
    problems,
  };
}

/** Per definition, the copies that run and those the record asks for, with their drift. */
export function compareDefinitions(containers: HostContainerStatus[], wanted: ExpectedDefinition[] | undefined): DefinitionStatus[] {
  const byDefinition = new Map<string, DefinitionStatus>();
  const entry = (key: string): DefinitionStatus => {
    let found = byDefinition.get(key);
    if (!found) {
      found = { definition: key, healthyCopies: 0, images: [], copies: [] };
      byDefinition.set(key, found);
    }
    return found;
  };
  const byName = new Map(containers.map((c) => [c.name, c]));
  const named = new Set<string>();
  for (const definition of wanted ?? []) {
    const status = entry(`${definition.app}/${definition.name}`);
    status.expectedCopies = definition.copies.length;
    for (const name of definition.copies) {
      named.add(name);
      const container = byName.get(name);
      if (!container) status.copies.push({ name, health: 'missing', drift: 'missing' });
      else
        status.copies.push({ ...copyOf(container), ...(runsDefinition(container.hash, definition) ? {} : { drift: 'changed' as const }) });
    }
  }
  for (const container of containers) {
    // A container without a definition is no copy: a data volume (`docker create`d, berth.kind=volume) or a migration's.
    if (named.has(container.name) || container.definition === '') continue;
    const status = entry(`${container.app}/${container.definition}`);
    status.copies.push({ ...copyOf(container), ...(wanted ? { drift: 'extra' as const } : {}) });
  }
  for (const status of byDefinition.values()) {
    status.copies.sort((a, b) => a.name.localeCompare(b.name));
    status.healthyCopies = status.copies.filter((c) => c.health === 'healthy' || c.health === 'none').length;
    status.images = [...new Set(status.copies.flatMap((c) => (c.image ? [c.image] : [])))].sort();
  }
  return [...byDefinition.values()].sort((a, b) => a.definition.localeCompare(b.definition));
}

function copyOf(container: HostContainerStatus): CopyStatus {
  return {
    name: container.name,
    image: container.image,
    health: container.health,
    ...(container.release ? { release: container.release } : {}),
    ...(container.deployId ? { deployId: container.deployId } : {}),
  };
}

/** The host's converge.json (written by the converge mode), or null when there is none. */
function readConverge(base64: string | undefined, problems: string[]): Record<string, unknown> | null {
  if (!base64) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  problems.push('converge.json is not a JSON object');
  return { unreadable: true };
}
