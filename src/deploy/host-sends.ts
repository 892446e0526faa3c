// Which Run Commands carry which hosts' plans: as few as the planner packs them into.
import { hostLabel } from './hosts.js';
import type { HostMode, HostSend, PlanForHost, Planner, TargetHost } from './ports.js';

/**
 * The Run Commands that give each host its plan: as few as the planner packs them into (one per up to
 * 50 hosts), every host in exactly one. Throws when a host has no plan or the packing leaves one out.
 */
export function hostSends(
  planner: Planner,
  mode: HostMode,
  hosts: TargetHost[],
  planText: (host: TargetHost) => string | undefined,
): HostSend[] {
  const plans: PlanForHost[] = hosts.map((host) => {
    const text = planText(host);
    if (text === undefined) throw new Error(`no ${mode} plan for ${hostLabel(host)}`);
    return { instanceId: host.instanceId, planText: text };
  });
  if (!planner.packHostCommands) {
    return hosts.map((host, index) => ({ hosts: [host], commands: planner.hostCommands(mode, (plans[index] as PlanForHost).planText) }));
  }
  const byId = new Map(hosts.map((host) => [host.instanceId, host]));
  const covered = new Set<string>();
  const sends: HostSend[] = [];
  for (const packed of hosts.length > 0 ? planner.packHostCommands(mode, plans) : []) {
    const sendHosts = packed.instanceIds.map((id) => {
      const host = byId.get(id);
      if (!host || covered.has(id)) throw new Error(`the ${mode} commands name ${id} ${host ? 'twice' : 'which is not a target host'}`);
      covered.add(id);
      return host;
    });
    if (sendHosts.length > 0) sends.push({ hosts: sendHosts, commands: packed.commands });
  }
  const left = hosts.filter((host) => !covered.has(host.instanceId));
  if (left.length > 0) throw new Error(`the ${mode} commands leave out ${left.map(hostLabel).join(', ')}`);
  return sends;
}
