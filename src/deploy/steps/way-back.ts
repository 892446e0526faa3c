// Step, on a failed rollout or read back: the way back. The touched hosts go back to what they ran
// (the previous document's plans, else each host's own state read before the rollout), so the fleet
// never stays mixed; with failure-policy stop, or when cancelled, they are left as they are.
// Always ends in a DeployFailure saying where the fleet was left.
import type { HostPlan } from '../../stack/host-plan.js';
import { DeployFailure } from '../failure.js';
import { describeFailure, hostLabel, planBatches, planFromHostState, rollOut, undoDeployId } from '../hosts.js';
import type { HostReport, TargetHost } from '../ports.js';
import { MINUTE, runComment, type DeployRun } from '../run.js';
import type { FleetPlans } from './plans.js';
import type { PreparedRollout } from './prepare-rollout.js';
import type { RolloutFailure } from './rollout.js';
import type { StagedRelease } from './secrets.js';

function reports(state: HostReport['state'], hosts: TargetHost[], problemOf?: (host: TargetHost) => string | undefined): HostReport[] {
  return hosts.map((h) => {
    const problem = problemOf?.(h);
    return { instanceId: h.instanceId, hostname: h.hostname, state, ...(problem ? { problem } : {}) };
  });
}

/** The plans that put each touched host back; hosts with no way back known are listed apart. */
function wayBackPlans(fleet: FleetPlans, touched: TargetHost[], previous: StagedRelease['previous'], before: PreparedRollout['before']) {
  const plans = new Map<string, HostPlan>();
  const noWayBack: TargetHost[] = [];
  for (const host of touched) {
    const plan = previous
      ? fleet.planFor(previous, host, { runMigration: false, preferLocal: true, force: false })
      : planFromHostState(fleet.plans.get(host.instanceId) as HostPlan, before.get(host.instanceId));
    if (plan) plans.set(host.instanceId, { ...plan, preferLocalImages: true, deployId: undoDeployId(plan.deployId) });
    else noWayBack.push(host);
  }
  return { plans, noWayBack };
}

export async function goBack(
  run: DeployRun,
  fleet: FleetPlans,
  failure: RolloutFailure,
  previous: StagedRelease['previous'],
  before: PreparedRollout['before'],
): Promise<never> {
  const { settings, log } = run;
  const { reason, touched, problemOf } = failure;
  log.error(reason);
  const untouched = fleet.hosts.filter((h) => !touched.some((t) => t.instanceId === h.instanceId));
  if (touched.length === 0) {
    throw new DeployFailure(`${reason}; no host was changed.`, 'unchanged', reports('untouched', fleet.hosts));
  }
  if (settings.policy.failurePolicy === 'stop' || settings.signal?.aborted) {
    const why = settings.signal?.aborted ? 'the deploy was cancelled' : 'failure-policy is stop';
    throw new DeployFailure(
      `${reason}. Left as is (${why}): ${touched.length} host(s) tried the new release, ${untouched.length} did not; the fleet may be mixed.`,
      'mixed',
      [...reports('unknown', touched, problemOf), ...reports('untouched', untouched)],
    );
  }
  const { plans, noWayBack } = wayBackPlans(fleet, touched, previous, before);
  const back = await rollOut({
    label: 'Roll back batch',
    batches: planBatches(
      touched.filter((h) => plans.has(h.instanceId)),
      settings.policy.batchSize,
      false,
    ),
    sendsFor: (batch) => fleet.rolloutSends(batch, plans),
    runner: run.ports.hosts,
    comment: runComment(run, 'roll back from'),
    deadline: Math.max(run.deadline, run.now() + 10 * MINUTE),
    executionTimeoutSeconds: 600,
    log,
  });
  const stuck = [...back.failed.map((o) => o.host), ...back.notRun, ...noWayBack];
  if (stuck.length === 0) {
    throw new DeployFailure(
      `${reason}. Rolled back ${back.succeeded.length} host(s); the fleet is back on the previous release.`,
      'rolled-back',
      [...reports('rolled-back', touched, problemOf), ...reports('untouched', untouched)],
    );
  }
  throw new DeployFailure(
    `${reason}. The roll back failed on ${stuck.map(hostLabel).join(', ')}: the fleet is mixed, fix those hosts or deploy again.`,
    'mixed',
    [
      ...reports(
        'rolled-back',
        back.succeeded.map((o) => o.host),
        problemOf,
      ),
      ...reports('failed', stuck, (h) => {
        const failed = back.failed.find((o) => o.host.instanceId === h.instanceId);
        return failed ? describeFailure(failed) : 'no way back known (no previous document, no state read from the host)';
      }),
      ...reports('untouched', untouched),
    ],
  );
}
