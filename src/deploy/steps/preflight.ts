// Step: ask every host whether it is ready (docker, socat, aws, disk) and what it calls itself, before
// anything changes. A host not ready stops the deploy with nothing changed. The same command (it carries
// the root and the apps) reads what the host runs, the plans it recorded and its last run's durations:
// the deploy's only command to a host before its rollout (src/deploy/preflight-reads.ts).
import type { HostResult } from '../../stack/host-plan.js';
import { DeployFailure } from '../failure.js';
import { historyPlan } from '../host-history.js';
import { hostSends } from '../host-sends.js';
import { describeFailure, hostLabel, rolloutOrder, succeeded } from '../hosts.js';
import type { TargetHost } from '../ports.js';
import { runComment, withSignal, type DeployRun } from '../run.js';

/** The ready hosts in rollout order, with their names and addresses, and each one's host root. */
export interface ReadyFleet {
  hosts: TargetHost[];
  /** Instance id -> the root the host reported (BERTH_HOST_ROOT); absent: the host-root input. */
  roots: Map<string, string>;
  /** Instance id -> the host's whole answer (its containers, records and durations when it listed them). */
  answers: Map<string, HostResult>;
}

export async function preflight(run: DeployRun, hosts: TargetHost[], apps: string[]): Promise<ReadyFleet> {
  const { ports, log, settings } = run;
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
  const results = await log.group(`Preflight on ${hosts.length} host(s)`, () =>
    ports.hosts.run({
      sends: hostSends(ports.planner, 'preflight', hosts, planText),
      comment: runComment(run, 'preflight'),
      deadline: run.deadline,
      executionTimeoutSeconds: 300,
      // A read: about a second on the host.
      expectedSeconds: 1,
      onProgress: (host, status) => log.info(`${hostLabel(host)}: ${status}`),
      ...withSignal(run),
    }),
  );
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
