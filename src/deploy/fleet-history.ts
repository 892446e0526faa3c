// `berth history`: what each target host recorded, per host (the plans it ran successfully, newest
// first), read with the host script's `history` mode as the rollback reads it (host-history.ts).
import { describeFailure, hostLabel, succeeded } from './hosts.js';
import {
  isEntry,
  recordedPlans,
  sendHistory,
  targetHosts,
  undoneDeploys,
  type HostHistoryQuery,
  type RecordedPlan,
} from './host-history.js';
import type { HostRunner, Planner, ProgressLog } from './ports.js';

export interface HostRecordedRelease extends RecordedPlan {
  /** A deploy undone on this host after a failure (its rollout and its way back): it did not stay. */
  undone: boolean;
}

export interface HostHistoryList {
  instanceId: string;
  hostname: string;
  /** Newest first. */
  releases: HostRecordedRelease[];
  /** Why the host's records could not be read. */
  problem?: string;
}

/** Each target host's recorded plans, newest first, in rollout order. */
export async function readFleetHistory(
  runner: HostRunner,
  planner: Planner,
  query: HostHistoryQuery,
  log: ProgressLog,
): Promise<HostHistoryList[]> {
  const hosts = await targetHosts(runner, query.ssmTargets);
  const outcomes = await sendHistory(runner, planner, hosts, query, log);
  return hosts.map((host): HostHistoryList => {
    const outcome = outcomes.find((o) => o.host.instanceId === host.instanceId);
    const base = { instanceId: host.instanceId, hostname: outcome?.result?.hostname || host.hostname, releases: [] };
    const history = outcome?.result?.mode === 'history' ? outcome.result.history : undefined;
    if (!outcome || !succeeded(outcome) || !Array.isArray(history)) {
      return { ...base, problem: outcome ? describeFailure(outcome) : `${hostLabel(host)}: no answer to the history command` };
    }
    const plans = recordedPlans(history.filter(isEntry));
    const undone = undoneDeploys([plans]);
    return { ...base, releases: plans.map(({ run: _run, ...plan }) => ({ ...plan, undone: undone.has(plan.deployId) })) };
  });
}
