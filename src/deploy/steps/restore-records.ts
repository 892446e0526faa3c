// Step, in place of the rollout and read back when a rollback goes to a release only the hosts'
// records know (policy.restoreRecords): each host rolls out again the plan it recorded under that
// release's deploy id (host restore mode), so it runs exactly what it ran then, not a plan rebuilt from
// a document. A failure goes the usual way back (goBack), which restores what each host ran before.
import { DeployFailure } from '../failure.js';
import { describeFailure, hostLabel, planBatches, rollOut } from '../hosts.js';
import type { HostRunOutcome, TargetHost } from '../ports.js';
import { restoreRequest, restoreSends } from '../restore.js';
import { MINUTE, runComment, withSignal, type DeployRun } from '../run.js';
import type { FleetPlans } from './plans.js';
import type { RolloutFailure } from './rollout.js';

/**
 * Copies a restore kept as they were are not health-gated by it: they must be healthy now, as its final
 * read (after its cleanup) saw them, else as it reported them (a host script without the final read).
 */
function unhealthyCopies(outcome: HostRunOutcome): string[] {
  return (outcome.result?.final ?? outcome.result?.copies ?? [])
    .filter((c) => c.health !== 'healthy' && c.health !== 'none')
    .map((c) => `${c.name} is ${c.health}`);
}

export async function restoreRecordedPlans(
  run: DeployRun,
  fleet: Pick<FleetPlans, 'hosts' | 'plans'>,
  records: Record<string, string>,
): Promise<RolloutFailure | undefined> {
  const { settings, ports, log } = run;
  const missing = fleet.hosts.filter((h) => !records[h.instanceId]);
  if (missing.length > 0) {
    throw new DeployFailure(
      `${missing.map(hostLabel).join(', ')} did not record ${settings.release.version}: nothing was restored (its records name no such plan).`,
      'unchanged',
    );
  }
  const requests = new Map<string, string>();
  for (const host of fleet.hosts) {
    const plan = fleet.plans.get(host.instanceId);
    if (!plan) throw new Error(`no plan for ${hostLabel(host)}`);
    requests.set(
      host.instanceId,
      restoreRequest(ports.planner, plan, settings.release.deployId, { restore: records[host.instanceId] as string }),
    );
  }
  run.outcome.fleet = 'updated';
  const report = await rollOut({
    label: 'Restore batch',
    batches: planBatches(fleet.hosts, settings.policy.batchSize, false),
    sendsFor: (batch) => restoreSends(ports.planner, batch, requests),
    runner: ports.hosts,
    comment: runComment(run),
    deadline: Math.max(run.deadline, run.now() + 5 * MINUTE),
    executionTimeoutSeconds: Math.max(60, Math.ceil((run.deadline - run.now()) / 1000)),
    log,
    ...withSignal(run),
  });
  const done = [...report.succeeded, ...report.failed];
  const unhealthy = report.succeeded.filter((o) => unhealthyCopies(o).length > 0);
  if (report.failed.length === 0 && unhealthy.length === 0 && !report.cancelled) return undefined;
  const failed = [...report.failed.map((o) => o.host), ...unhealthy.map((o) => o.host)];
  return {
    reason: report.cancelled ? 'The rollback was cancelled' : `The restore failed on ${failed.map(hostLabel).join(', ')}`,
    touched: done.map((o) => o.host),
    problemOf: (host: TargetHost) => {
      const outcome = done.find((o) => o.host.instanceId === host.instanceId);
      if (!outcome) return undefined;
      if (report.failed.includes(outcome)) return describeFailure(outcome);
      const sick = unhealthyCopies(outcome);
      return sick.length > 0 ? `${hostLabel(host)}: ${sick.join(', ')}` : undefined;
    },
    resultOf: (host: TargetHost) => done.find((o) => o.host.instanceId === host.instanceId)?.result,
  };
}
