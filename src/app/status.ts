// Seeing the fleet: `status` (what each target host runs, against the release record), `history`
// (what each host recorded) and `logs` (one container's recent log), for both faces. The hosts are
// the deploy's targets (instance-ids / targets inputs), reached through the same SSM adapters.
import { readFleetHistory, type HostHistoryList } from '../deploy/fleet-history.js';
import { readFleetLogs, type HostLogs } from '../deploy/fleet-logs.js';
import type { HostRunner, ParameterStorePort, Planner, ProgressLog } from '../deploy/ports.js';
import { readReleaseRecord, releaseRecordPrefix } from '../deploy/release-record.js';
import { readFleetStatus, type FleetStatus } from '../deploy/status.js';
import { instantiateTemplate } from '../stack/release-template.js';
import { workspaceReader } from './context.js';
import type { ActionInputs } from './inputs.js';
import { releasePlanner } from './planner.js';
import { awsRegion } from './settings.js';

export interface FleetPorts {
  hosts: HostRunner;
  parameters: ParameterStorePort;
  planner?: Planner;
  now?: () => number;
  signal?: AbortSignal;
}

type FleetInputs = Pick<
  ActionInputs,
  'instanceIds' | 'targets' | 'stackName' | 'hostRoot' | 'environment' | 'awsRegion' | 'timeoutMinutes' | 'stackJson' | 'maxCommandBytes'
>;

/** What every fleet read shares: the targets, the hosts' root, a deadline of at most 5 minutes. */
function fleetQuery(inputs: FleetInputs, ports: FleetPorts, actor: string) {
  const now = ports.now ?? Date.now;
  return {
    ssmTargets: { instanceIds: inputs.instanceIds, tags: inputs.targets },
    stackName: inputs.stackName,
    hostRoot: inputs.hostRoot,
    environment: inputs.environment,
    actor,
    region: awsRegion(inputs.awsRegion),
    deadline: now() + Math.min(inputs.timeoutMinutes, 5) * 60_000,
    now,
    ...(ports.signal ? { signal: ports.signal } : {}),
  };
}

const plannerOf = (inputs: FleetInputs, ports: FleetPorts): Planner =>
  ports.planner ?? releasePlanner(inputs.stackJson, inputs.maxCommandBytes);

/** Each target host against the environment's release record (`/berth/<environment>/release`). */
export async function fleetStatus(inputs: FleetInputs, ports: FleetPorts, log: ProgressLog, actor = 'berth status'): Promise<FleetStatus> {
  const prefix = releaseRecordPrefix(inputs.environment);
  return readFleetStatus(
    {
      runner: ports.hosts,
      planner: plannerOf(inputs, ports),
      readRecord: () => readReleaseRecord(ports.parameters, prefix),
      instantiate: instantiateTemplate,
    },
    fleetQuery(inputs, ports, actor),
    log,
  );
}

/**
 * Each target host's recorded plans for the apps of the Stack JSON (the history mode reads them per app),
 * read from `readCurrent` (default: the file in the working directory).
 */
export async function fleetHistory(
  inputs: FleetInputs,
  ports: FleetPorts & { readCurrent?: (path: string) => Promise<string> },
  log: ProgressLog,
  actor = 'berth history',
): Promise<HostHistoryList[]> {
  const planner = plannerOf(inputs, ports);
  const document = planner.parseDocument(await (ports.readCurrent ?? workspaceReader(process.cwd()))(inputs.stackJson));
  return readFleetHistory(ports.hosts, planner, { ...fleetQuery(inputs, ports, actor), apps: Object.keys(document.deploy) }, log);
}

/** One container's recent log from the chosen target hosts, its secrets redacted on the host. */
export async function fleetLogs(
  inputs: FleetInputs,
  ports: FleetPorts,
  request: { target: string; host?: string; lines: number },
  log: ProgressLog,
  actor = 'berth logs',
): Promise<HostLogs[]> {
  return readFleetLogs(ports.hosts, plannerOf(inputs, ports), { ...fleetQuery(inputs, ports, actor), ...request }, log);
}
