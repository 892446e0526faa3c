// An association's executions and how State Manager sums them up (execution, per-target and overview status).
import type { AssociationSettings } from './ssm-association-input.js';
import { type CommandRecord, type Invocation, TERMINAL } from './ssm-command-state.js';

export interface AssociationRecord {
  id: string;
  /** The region it was created in: its runs tell the script (AWS_SSM_REGION_NAME). */
  region: string;
  /** Settings of each version, oldest first: version n is versions[n - 1]. */
  versions: AssociationSettings[];
  createdAt: number;
  updatedAt: number;
}

export type ExecutionTrigger = 'create' | 'update' | 'join' | 'schedule';

export interface Execution {
  id: string;
  associationId: string;
  version: number;
  trigger: ExecutionTrigger;
  createdAt: number;
  /** The Run Command command that runs it (one invocation per target); none when no target matched. */
  command?: CommandRecord;
}

export type ExecutionStatus = 'Pending' | 'InProgress' | 'Success' | 'Failed';

export function current(association: AssociationRecord): AssociationSettings {
  return association.versions[association.versions.length - 1] as AssociationSettings;
}

export function invocationsOf(execution: Execution): Invocation[] {
  return execution.command?.invocations ?? [];
}

export function isOpen(execution: Execution): boolean {
  return invocationsOf(execution).some((inv) => !TERMINAL.has(inv.status));
}

/**
 * Success when every target succeeded (an instance that left meanwhile does not decide, as for Run Command),
 * Failed otherwise (a target that failed, timed out, or was never sent the run once MaxErrors was exceeded).
 * An execution without targets is Success at once.
 */
export function executionStatus(execution: Execution): ExecutionStatus {
  const invocations = invocationsOf(execution);
  if (isOpen(execution)) return invocations.every((inv) => inv.status === 'Pending') ? 'Pending' : 'InProgress';
  return invocations.every((inv) => inv.status === 'Success' || inv.details === 'Undeliverable') ? 'Success' : 'Failed';
}

/** `{Failed=1, Success=2}`: the Java map text AWS answers ResourceCountByStatus with. */
export function resourceCountByStatus(execution: Execution): string {
  return `{${Object.entries(countBy(invocationsOf(execution).map((inv) => inv.status)))
    .map(([status, count]) => `${status}=${count}`)
    .join(', ')}}`;
}

/** When the execution last changed: its last target's end, or its start. */
export function lastExecutionDate(execution: Execution): number {
  return Math.max(execution.createdAt, ...invocationsOf(execution).map((inv) => inv.endedAt ?? inv.startedAt ?? 0));
}

/**
 * The association's Overview: Pending while it never ran or a run is open, else Failed when the latest run on
 * any instance failed, else Success; the counts are of each instance's latest result.
 */
export function overview(executions: Execution[]): {
  Status: string;
  DetailedStatus: string;
  AssociationStatusAggregatedCount: Record<string, number>;
} {
  const latest = new Map<string, string>();
  for (const execution of [...executions].sort((a, b) => a.createdAt - b.createdAt)) {
    for (const inv of invocationsOf(execution)) latest.set(inv.instance.instanceId, inv.status);
  }
  const counts = countBy([...latest.values()]);
  const status =
    executions.length === 0 || executions.some(isOpen)
      ? 'Pending'
      : [...latest.values()].some((value) => value !== 'Success')
        ? 'Failed'
        : 'Success';
  return { Status: status, DetailedStatus: status, AssociationStatusAggregatedCount: counts };
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of [...values].sort()) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
