// Step, after a successful release: hosts that joined the targets while the deploy ran (resolved again
// at its end) got none of its commands. Each is read once (a `state` command of the plan it would get:
// the only third command of the deploy) and named in the outcome: with converge on, it converges to
// this release once the lock is released (its converge waits on the fleet lock); without, the next
// deploy includes it.
import { errorMessage } from '../../util/errors.js';
import { hostLabel } from '../hosts.js';
import { hostSends } from '../host-sends.js';
import type { JoinedHost, TargetHost } from '../ports.js';
import { readBack } from '../readback.js';
import { runComment, MINUTE, type DeployRun } from '../run.js';
import type { FleetPlans } from './plans.js';
import type { StagedRelease } from './secrets.js';

export async function readJoinedHosts(run: DeployRun, fleet: FleetPlans, staged: StagedRelease): Promise<void> {
  const { settings, ports, log } = run;
  // OpsWorks: writing the stack's Custom JSON is the deploy's last act (its own lifecycle sets up new instances).
  if (settings.target.kind === 'opsworks') return;
  let now: TargetHost[];
  try {
    now = await run.target.hosts(log);
  } catch (error) {
    log.info(`The targets could not be resolved again at the end of the deploy: ${errorMessage(error)}`);
    return;
  }
  const joined = now.filter((host) => !fleet.hosts.some((h) => h.instanceId === host.instanceId));
  if (joined.length === 0) return;
  const version = settings.release.version;
  const waiting: JoinedHost['state'] = settings.converge ? 'converges' : 'not deployed';
  const later = settings.converge
    ? `converges to ${version} once this deploy releases the fleet lock (its converge waits on the lock)`
    : `not deployed by this deploy; the next deploy (or input converge) includes it`;
  if (settings.policy.restoreRecords) {
    // A rollback from the hosts' records has no plan for a host that never ran the release.
    run.outcome.joined = joined.map((host) => ({
      instanceId: host.instanceId,
      hostname: host.hostname,
      state: waiting,
      story: `joined during the rollback; ${later}`,
    }));
    return;
  }
  // A host whose own facts make its plan impossible (a hostname too long, a path a fact makes climb) is
  // named, not read: the deploy itself went well.
  const plans = new Map<string, ReturnType<FleetPlans['planFor']>>();
  const refused = new Map<string, string>();
  for (const host of joined) {
    try {
      const choice = { runMigration: false, preferLocal: settings.policy.preferLocalImages === true, force: false };
      plans.set(host.instanceId, fleet.planFor(staged.document, host, choice));
    } catch (error) {
      refused.set(host.instanceId, errorMessage(error));
    }
  }
  const readable = joined.filter((host) => plans.has(host.instanceId));
  let answers: Awaited<ReturnType<typeof ports.hosts.run>> = [];
  try {
    if (readable.length > 0)
      answers = await log.group(`Read ${readable.length} host(s) that joined during the deploy`, () =>
        ports.hosts.run({
          sends: hostSends(ports.planner, 'state', readable, (host) => {
            const plan = plans.get(host.instanceId);
            return plan ? ports.planner.encodePlan(plan) : undefined;
          }),
          comment: runComment(run, 'joined'),
          deadline: run.now() + 5 * MINUTE,
          executionTimeoutSeconds: 300,
          expectedSeconds: 1,
          onProgress: (host, status) => log.info(`${hostLabel(host)}: ${status}`),
        }),
      );
  } catch (error) {
    log.warn(`Could not read the hosts that joined: ${errorMessage(error)}`);
  }
  run.outcome.joined = joined.map((host): JoinedHost => {
    const answer = answers.find((a) => a.host.instanceId === host.instanceId);
    const base = { instanceId: host.instanceId, hostname: host.hostname };
    const why = refused.get(host.instanceId);
    if (why !== undefined) return { ...base, state: 'unknown', story: `joined during the deploy; this release cannot run there: ${why}` };
    if (!answer?.result)
      return {
        ...base,
        state: 'unknown',
        story: `joined during the deploy; no answer to the read (${answer?.status ?? 'not asked'}); ${later}`,
      };
    if (readBack(plans, [answer]).ok)
      return { ...base, state: 'on the release', story: `joined during the deploy and already runs ${version}` };
    return { ...base, state: waiting, story: `joined during the deploy; ${later}` };
  });
  for (const host of run.outcome.joined) log.info(`${host.hostname || host.instanceId} (${host.instanceId}): ${host.story}`);
}
