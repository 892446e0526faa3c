// `berth logs`: one container's recent log from each chosen host, through the host script's `logs`
// mode (host/modes/logs.sh), which redacts the secret values the host gave the container and bounds
// the answer to Run Command's output.
import { FIELD_END, RECORD_END } from '../stack/host-plan.js';
import type { HostLogsReport } from '../stack/host-status.js';
import { describeFailure, hostLabel, succeeded } from './hosts.js';
import { historyPlan, targetHosts, type HostHistoryQuery } from './host-history.js';
import { askHosts } from './fleet-read.js';
import type { HostRunner, Planner, ProgressLog, TargetHost } from './ports.js';

export interface FleetLogsQuery extends Omit<HostHistoryQuery, 'apps'> {
  /** A container name, or a definition as NAME or APP/NAME. */
  target: string;
  /** Only this host (its name or instance id); every target host when absent. */
  host?: string;
  /** The lines asked for (docker logs --tail), 1 to 5,000. */
  lines: number;
}

export interface HostLogs {
  instanceId: string;
  hostname: string;
  logs?: HostLogsReport;
  problem?: string;
}

/** The hosts `--host` names among the targets (all of them without it). */
export function chooseHosts(hosts: TargetHost[], wanted: string | undefined): TargetHost[] {
  if (wanted === undefined) return hosts;
  const key = wanted.toLowerCase();
  const chosen = hosts.filter((h) => h.instanceId.toLowerCase() === key || h.hostname.toLowerCase() === key);
  if (chosen.length === 0) {
    throw new Error(`--host ${wanted} is not one of the target hosts (${hosts.map(hostLabel).join(', ') || 'none'})`);
  }
  return chosen;
}

/** The `logs` plan: the history mode's (root only) with what to show as meta records. */
export function logsPlanText(encoded: string, target: string): string {
  // eslint-disable-next-line no-control-regex
  if (target === '' || /[\x00-\x1f\x7f]/.test(target)) throw new Error(`"${target}" is not a container or definition name`);
  return `${encoded}meta${FIELD_END}logsTarget${FIELD_END}${target}${FIELD_END}${RECORD_END}`;
}

export async function readFleetLogs(runner: HostRunner, planner: Planner, query: FleetLogsQuery, log: ProgressLog): Promise<HostLogs[]> {
  if (!Number.isInteger(query.lines) || query.lines < 1 || query.lines > 5000)
    throw new Error(`--lines must be a whole number from 1 to 5000, got ${query.lines}`);
  const hosts = chooseHosts(await targetHosts(runner, query.ssmTargets), query.host);
  const createdAt = new Date((query.now ?? Date.now)()).toISOString();
  const planText = (host: TargetHost) => {
    const plan = {
      ...historyPlan(host, { ...query, apps: [] }, createdAt),
      deployId: `${query.environment}-logs`,
      logTailLines: query.lines,
    };
    return logsPlanText(planner.encodePlan(plan), query.target);
  };
  const outcomes = await askHosts(
    runner,
    planner,
    hosts,
    planText,
    {
      mode: 'logs',
      title: `Read the log of ${query.target} on ${hosts.length} host(s)`,
      comment: `berth logs ${query.target}`,
      deadline: query.deadline,
      ...(query.signal ? { signal: query.signal } : {}),
    },
    log,
  );
  return hosts.map((host): HostLogs => {
    const outcome = outcomes.find((o) => o.host.instanceId === host.instanceId);
    const logs = outcome?.result?.mode === 'logs' ? outcome.result.logs : undefined;
    const base = { instanceId: host.instanceId, hostname: outcome?.result?.hostname || host.hostname };
    if (outcome && succeeded(outcome) && logs) return { ...base, logs };
    return { ...base, problem: outcome ? describeFailure(outcome) : `${hostLabel(host)}: no answer to the logs command` };
  });
}
