// The state of a Run Command and its invocations, and how AWS sums it up.
import type { Body } from './input.js';
import type { ManagedInstance } from './types.js';

export type InvocationStatus = 'Pending' | 'InProgress' | 'Success' | 'Cancelled' | 'Cancelling' | 'TimedOut' | 'Failed';

export const DOCUMENT = 'AWS-RunShellScript';
export const PLUGIN = 'aws:runShellScript';
export const TERMINAL: ReadonlySet<InvocationStatus> = new Set(['Success', 'Cancelled', 'TimedOut', 'Failed']);

export interface Invocation {
  instance: ManagedInstance;
  status: InvocationStatus;
  details: string;
  responseCode: number;
  stdout: string;
  stderr: string;
  launched: boolean;
  startedAt?: number;
  /** When the script ended on the instance; the service shows it statusLagMs later (then endedAt is set). */
  endedOnInstance?: number;
  /** When the script ended, as the service reports it once it knows. */
  endedAt?: number;
  abort: AbortController;
  timers: NodeJS.Timeout[];
}

export interface CommandRecord {
  id: string;
  /** The region the command was sent in (the agent tells the script: AWS_SSM_REGION_NAME). */
  region: string;
  comment: string;
  parameters: Record<string, string[]>;
  commands: string[];
  instanceIds: string[];
  targets: Body[];
  requestedAt: number;
  timeoutSeconds: number;
  executionTimeout: number;
  maxConcurrency: string;
  maxErrors: string;
  concurrencyLimit: number;
  errorLimit: number;
  cloudWatch: { CloudWatchLogGroupName: string; CloudWatchOutputEnabled: boolean };
  invocations: Invocation[];
  cancelled: boolean;
  /** The pending first delivery, cleared on stop. */
  delivery?: NodeJS.Timeout;
  /** Polls (GetCommandInvocation or a listing) that still see nothing of this command: eventual consistency. */
  hiddenPolls: number;
  /**
   * False for the commands State Manager sends for an association's runs: ListCommands and ListCommandInvocations
   * leave them out unless asked for by CommandId. AWS leads to a run's output from DescribeAssociationExecutionTargets'
   * OutputSource (a RunCommand id, which GetCommandInvocation answers); keeping them out of the unfiltered listings
   * is the fake's choice, so that a test listing commands sees exactly what was sent with SendCommand
   * (docs/fake-aws.md, "State Manager associations").
   */
  listed: boolean;
}

/** The command's overall state, from its invocations, by the rules AWS documents for Status/StatusDetails. */
export function commandStatus(command: CommandRecord): { status: string; details: string } {
  const invocations = command.invocations;
  const open = invocations.filter((inv) => !TERMINAL.has(inv.status));
  if (open.length > 0) {
    if (command.cancelled) return { status: 'Cancelling', details: 'Cancelling' };
    if (invocations.some((inv) => inv.status !== 'Pending')) return { status: 'InProgress', details: 'InProgress' };
    return { status: 'Pending', details: 'Pending' };
  }
  if (command.cancelled) return { status: 'Cancelled', details: 'Cancelled' };
  const count = (details: string) => invocations.filter((inv) => inv.details === details).length;
  if (errorCount(command) > command.errorLimit) {
    return count('ExecutionTimedOut') > count('Failed')
      ? { status: 'TimedOut', details: 'ExecutionTimedOut' }
      : { status: 'Failed', details: 'Failed' };
  }
  if (count('DeliveryTimedOut') > command.errorLimit) return { status: 'TimedOut', details: 'DeliveryTimedOut' };
  // Undeliverable invocations (the instance left) do not decide between Success and Incomplete.
  if (invocations.every((inv) => inv.status === 'Success' || inv.details === 'Undeliverable'))
    return { status: 'Success', details: 'Success' };
  if (
    invocations.some((inv) => inv.status === 'Cancelled') &&
    invocations.every((inv) => inv.status === 'Cancelled' || inv.status === 'Success')
  ) {
    return { status: 'Cancelled', details: 'Cancelled' };
  }
  return { status: 'Failed', details: 'Incomplete' };
}

/** Counts one poll of a command; true while the injected eventual-consistency window hides it. */
export function stillHidden(command: CommandRecord): boolean {
  if (command.hiddenPolls === 0) return false;
  command.hiddenPolls -= 1;
  return true;
}

/** Failed and execution-timed-out invocations count against MaxErrors; delivery timeouts do not. */
export function errorCount(command: CommandRecord): number {
  return command.invocations.filter((inv) => inv.details === 'Failed' || inv.details === 'ExecutionTimedOut').length;
}
