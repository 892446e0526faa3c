// What one deploy carries from step to step: its settings, ports and log, the target chosen once,
// the clock and overall deadline, the outcome the steps fill in, and the checkpoint a cancel leaves.
import type { CancelCheckpoint } from './cancel.js';
import { LockLostError } from './lock-lease.js';
import type { DeployOutcome, DeployPorts, ProgressLog } from './ports.js';
import type { DeploySettings } from './settings.js';
import type { Target } from './targets/target.js';

export interface DeployRun {
  settings: DeploySettings;
  ports: DeployPorts;
  log: ProgressLog;
  target: Target;
  now: () => number;
  /** Absolute epoch ms: input timeout-minutes from the start. */
  deadline: number;
  outcome: DeployOutcome;
  /** What a cancel must finish (src/deploy/cancel.ts); `save` hands it to ports.onCheckpoint. */
  checkpoint: CancelCheckpoint;
  save(): void;
}

export const MINUTE = 60_000;

/** The signal as an optional property, for requests that take one. */
export function withSignal(run: DeployRun): { signal?: AbortSignal } {
  return run.settings.signal ? { signal: run.settings.signal } : {};
}

/** Why the deploy stops starting new work: cancelled (settings.signal: the job's cancel, Ctrl-C), or its deadline passed. */
export function stopReason(run: DeployRun): string | undefined {
  const { signal } = run.settings;
  if (signal?.aborted) return signal.reason instanceof LockLostError ? signal.reason.message : 'The deploy was cancelled';
  if (run.now() >= run.deadline) {
    return `The deploy's deadline passed (timeout-minutes ${run.settings.policy.timeoutMinutes}, at ${new Date(run.deadline).toISOString()})`;
  }
  return undefined;
}

/** The comment a Run Command of this deploy carries: `berth <what> <version>`, `what` the deploy's kind by default. */
export function runComment(run: DeployRun, what: string = run.settings.release.kind): string {
  return `berth ${what} ${run.settings.release.version}`;
}
