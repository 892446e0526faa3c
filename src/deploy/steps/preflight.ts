// Step: ask every host whether it is ready (docker, socat, aws, disk) and what it calls itself, before
// anything changes. A host not ready stops the deploy with nothing changed. The same command (it carries
// the root and the apps) reads what the host runs, the plans it recorded and its last run's durations:
// the deploy's only command to a host before its rollout (src/deploy/preflight-reads.ts).
import type { HostResult } from '../../stack/host-plan.js';
import { DeployFailure } from '../failure.js';
import { historyPlan } from '../host-history.js';
import { hostSends } from '../host-sends.js';
import { describeFailure, hostLabel, rolloutOrder, succeeded } from '../hosts.js';
import type { HostRunOutcome, TargetHost } from '../ports.js';
import { runComment, withSignal, type DeployRun } from '../run.js';

/** The ready hosts in rollout order, with their names and addresses, and each one's host root. */
export interface ReadyFleet {
  hosts: TargetHost[];
  /** Instance id -> the root the host reported (BERTH_HOST_ROOT); absent: the host-root input. */
  roots: Map<string, string>;
  /** Instance id -> the host's whole answer (its containers, records and durations when it listed them). */
  answers: Map<string, HostResult>;
}

/**
 * The answers a rollback from the hosts' records already has: its records read was this preflight (same
 * apps), sent just before the lock. Hosts it did not reach (they joined since) get the command.
 */
function earlierAnswers(run: DeployRun, apps: string[]): Map<string, HostRunOutcome> {
  const earlier = run.settings.policy.restoreRecords ? run.settings.policy.recordsPreflight : undefined;
  const same = earlier !== undefined && earlier.apps.length === apps.length && earlier.apps.every((app) => apps.includes(app));
  const answers = new Map<string, HostRunOutcome>();
  for (const outcome of same ? earlier.outcomes : []) {
    if (outcome.result?.mode === 'preflight') answers.set(outcome.host.instanceId, outcome);
  }
  return answers;
}

export async function preflight(run: DeployRun, hosts: TargetHost[], apps: string[]): Promise<ReadyFleet> {
  const { ports, log, settings } = run;
  const earlier = earlierAnswers(run, apps);
  const asked = hosts.filter((host) => !earlier.has(host.instanceId));
  if (earlier.size > 0) {
    log.info(
      `Preflight: ${hosts.length - asked.length} host(s) answered it with their records, before the lock` +
        (asked.length > 0 ? `; ${asked.length} more now` : ''),
    );
  }
  const createdAt = new Date(run.now()).toISOString();
  const read = {
    apps,
    hostRoot: settings.host.hostRoot,
    environment: settings.release.environment,
    actor: settings.release.actor,
    region: settings.host.region,
    deadline: run.deadline,
  };
  // The plan gives only the root and the apps (as a history read's): the hosts' facts are not known yet.
  const planText = (host: TargetHost) =>
    ports.planner.encodePlan({ ...historyPlan(host, read, createdAt), deployId: settings.release.deployId });
  const sent =
    asked.length === 0
      ? []
      : await log.group(`Preflight on ${asked.length} host(s)`, () =>
          ports.hosts.run({
            sends: hostSends(ports.planner, 'preflight', asked, planText),
            comment: runComment(run, 'preflight'),
            deadline: run.deadline,
            executionTimeoutSeconds: 300,
            // A read: about a second on the host.
            expectedSeconds: 1,
            onProgress: (host, status) => log.info(`${hostLabel(host)}: ${status}`),
            ...withSignal(run),
          }),
        );
  // The earlier answers under today's names for the hosts (the target was resolved again under the lock).
  const results = [
    ...hosts.flatMap((host) => {
      const outcome = earlier.get(host.instanceId);
      return outcome ? [{ ...outcome, host }] : [];
    }),
    ...sent,
  ];
  const answers = new Map<string, HostResult>();
  const unready: string[] = [];
  for (const result of results) {
    const missing = result.result?.facts?.missing ?? [];
    if (!succeeded(result)) unready.push(describeFailure(result));
    else if (missing.length > 0)
      unready.push(`${hostLabel(result.host)}: missing ${missing.join(', ')} (see the README's host prerequisites)`);
    if (result.result) answers.set(result.host.instanceId, result.result);
  }
  if (unready.length > 0) {
    throw new DeployFailure(`Preflight failed on ${unready.length} host(s); nothing was changed:\n${unready.join('\n')}`, 'unchanged');
  }
  const roots = new Map<string, string>();
  const named = hosts.map((host): TargetHost => {
    const answer = answers.get(host.instanceId);
    if (answer?.root) roots.set(host.instanceId, answer.root);
    const facts = answer?.facts;
    return {
      ...host,
      // OpsWorks' and SSM's name for the instance first (SSM's ComputerName is the host's own name).
      hostname: host.hostname && host.hostname !== host.instanceId ? host.hostname : facts?.hostname || host.hostname,
      publicIp: facts?.publicIp || host.publicIp,
    };
  });
  return { hosts: rolloutOrder(named), roots, answers };
}
