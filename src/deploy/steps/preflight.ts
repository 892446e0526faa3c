// Step: ask every host whether it is ready (docker, socat, aws, disk) and what it calls itself, before
// anything changes. A host not ready stops the deploy with nothing changed.
import type { HostResult } from '../../stack/host-plan.js';
import { DeployFailure } from '../failure.js';
import { describeFailure, hostLabel, rolloutOrder, succeeded } from '../hosts.js';
import type { TargetHost } from '../ports.js';
import { runComment, withSignal, type DeployRun } from '../run.js';

/** The ready hosts in rollout order, with their names and addresses, and each one's host root. */
export interface ReadyFleet {
  hosts: TargetHost[];
  /** Instance id -> the root the host reported (BERTH_HOST_ROOT); absent: the host-root input. */
  roots: Map<string, string>;
}

export async function preflight(run: DeployRun, hosts: TargetHost[]): Promise<ReadyFleet> {
  const { ports, log } = run;
  const results = await log.group(`Preflight on ${hosts.length} host(s)`, () =>
    ports.hosts.run({
      sends: [{ hosts, commands: ports.planner.hostCommands('preflight') }],
      comment: runComment(run, 'preflight'),
      deadline: run.deadline,
      executionTimeoutSeconds: 300,
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
  return { hosts: rolloutOrder(named), roots };
}
