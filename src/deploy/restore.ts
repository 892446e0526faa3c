// Putting hosts back on a plan they recorded (the host script's `restore` mode, host/modes/restore.sh):
// the way back after a failed deploy, and a rollback to a release only the hosts' records know. The
// host rolls its own record out again, so it comes back exactly as it ran: images, env, command,
// ports, volumes, health, balancer, stop signal, cron lines and env files, copies.
import { FIELD_END, RECORD_END, type HostPlan, type HostResult } from '../stack/host-plan.js';
import { hostSends } from './host-sends.js';
import type { HostSend, Planner, TargetHost } from './ports.js';

/** Which record a host restores: the newest not of a failed deploy, or the newest of a recorded one. */
export type RecordChoice = { undo: string } | { restore: string };

/**
 * The restore request for a host: a plan without definitions that names the apps, the root, the deploy
 * id the host records the restore under, and the record to take (an extra `meta undo|restore ID`
 * record, which the rollout's reader keeps as plain metadata).
 */
export function restoreRequest(planner: Pick<Planner, 'encodePlan'>, base: HostPlan, deployId: string, choice: RecordChoice): string {
  const { migration: _migration, revision: _revision, ...rest } = base;
  const plan: HostPlan = {
    ...rest,
    deployId,
    definitions: [],
    dataVolumes: [],
    registries: [],
    cron: [],
    force: false,
    preferLocalImages: true,
  };
  const [key, value] = 'undo' in choice ? ['undo', choice.undo] : ['restore', choice.restore];
  if (value.includes(FIELD_END) || value.includes(RECORD_END))
    throw new Error(`deploy id ${JSON.stringify(value)} cannot be carried in a plan`);
  return `${planner.encodePlan(plan)}meta${FIELD_END}${key}${FIELD_END}${value}${FIELD_END}${RECORD_END}`;
}

/** The restore commands of a batch, each host with its own request. */
export function restoreSends(planner: Planner, batch: TargetHost[], requests: Map<string, string>): HostSend[] {
  return hostSends(planner, 'restore', batch, (host) => requests.get(host.instanceId));
}

/** The record a restore rolled out, as the host named it (`history` of its result), in words. */
export function restoredRecord(result: HostResult | undefined): string | undefined {
  const entry = result?.mode === 'restore' && result.ok ? result.history?.[0] : undefined;
  if (!entry) return undefined;
  return entry.release ? `release ${entry.release}, deploy ${entry.deployId}` : `deploy ${entry.deployId}`;
}

/** A restore that found no usable record: the host says why (nothing changed there). */
export function missingRecord(result: HostResult | undefined): string | undefined {
  if (result?.mode !== 'restore' || result.ok || !Array.isArray(result.history) || result.history.length > 0) return undefined;
  return result.failure?.reason ?? 'no record of what it ran before';
}
