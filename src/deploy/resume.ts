// Finishing a deploy another process started and was stopped in (the action's main step, cancelled
// by GitHub): the same settings, the deploy id and hosts from its checkpoint (src/deploy/cancel.ts).
// No build, lock, preflight or rollout: wait for the commands still in flight (never cancelling them),
// apply the failure policy to the hosts the rollout touched, read back every host, close the records,
// and only then release the lock. When the wait runs out first, the lock stays: a host may still be
// changing, and another deploy must not start beside it.
import { errorMessage } from '../util/errors.js';
import { DeployFailure } from './failure.js';
import type { CancelCheckpoint } from './cancel.js';
import { describeFailure, hostLabel, succeeded } from './hosts.js';
import { resumeLock, type HeldLock } from './lock.js';
import type { DeployOutcome, DeployPorts, HostRunOutcome, ProgressLog, TargetHost } from './ports.js';
import type { DeploySettings } from './settings.js';
import { startRun, stopped } from './pipeline.js';
import { wayBack } from './steps/after-stop.js';
import { releaseLock } from './steps/lock.js';
import { planFleet } from './steps/plans.js';
import { finishRecords } from './steps/records.js';

export interface ResumeWindow {
  /** Until when the commands in flight are waited for (epoch ms). */
  waitUntil: number;
  /** The deadline of the way back and read back (epoch ms). */
  deadline: number;
}

export interface ResumedOutcome extends DeployOutcome {
  /** The lock was left in place: a host may still be running a command of this deploy. */
  lockLeft?: boolean;
}

export async function resumeCancelledDeploy(
  settings: DeploySettings,
  ports: DeployPorts,
  log: ProgressLog,
  checkpoint: CancelCheckpoint,
  window: ResumeWindow,
): Promise<ResumedOutcome> {
  const run = startRun(settings, ports, log);
  run.deadline = window.deadline;
  if (checkpoint.lock) run.checkpoint.lock = checkpoint.lock;
  const outcome: ResumedOutcome = run.outcome;
  let stillRunning: TargetHost[] = [];
  // Held again and renewed while this process finishes the deploy; released last.
  const lock = await resumedLock(ports, checkpoint, run.now, log);
  try {
    const waited = await waitForInFlight(run.ports, checkpoint, window.waitUntil, log);
    stillRunning = [
      ...waited.filter((o) => o.status === 'StillRunning').map((o) => o.host),
      ...checkpoint.sending.filter((h) => !waited.some((o) => o.host.instanceId === h.instanceId)),
    ];
    if (stillRunning.length > 0) {
      throw new DeployFailure(
        `The deploy was cancelled; ${stillRunning.map(hostLabel).join(', ')} may still be changing: ` +
          `their command had not ended by ${new Date(window.waitUntil).toISOString()}. ` +
          `The deploy lock ${checkpoint.lock?.name ?? ''} is left in place so no other deploy starts beside them; ` +
          'once they are done, deploy again or run unlock.',
        'unknown',
        stillRunning.map((h) => ({ instanceId: h.instanceId, hostname: h.hostname, state: 'unknown', problem: 'may still be changing' })),
      );
    }
    const { fleet: ready, staged } = checkpoint;
    if (!ready || !staged || checkpoint.touched.length === 0) {
      throw new DeployFailure('The deploy was cancelled before any host changed; nothing was changed.', 'unchanged');
    }
    const fleet = await planFleet(run, { hosts: ready.hosts, roots: new Map(Object.entries(ready.roots)), answers: new Map() }, staged);
    const failed = waited.filter((o) => !succeeded(o) && checkpoint.touched.some((t) => t.instanceId === o.host.instanceId));
    await wayBack(run, fleet, {
      reason: checkpoint.phase === 'read back' ? 'The deploy was cancelled during the read back' : 'The deploy was cancelled',
      touched: checkpoint.touched,
      problemOf: (host) => {
        const outcome = failed.find((o) => o.host.instanceId === host.instanceId);
        return outcome ? describeFailure(outcome) : undefined;
      },
      // Only what a command that changes hosts said it did (a read back in flight changed nothing).
      resultOf: (host) => changedBy(waited, host),
      ...(checkpoint.canary ? { alwaysBack: checkpoint.canary } : {}),
      stopped: true,
    });
  } catch (error) {
    stopped(run, error);
  } finally {
    await finishRecords(run, checkpoint.records);
    if (stillRunning.length > 0) outcome.lockLeft = true;
    else if (lock) await releaseLock(run, lock);
  }
  return outcome;
}

async function waitForInFlight(
  ports: DeployPorts,
  checkpoint: CancelCheckpoint,
  waitUntil: number,
  log: ProgressLog,
): Promise<HostRunOutcome[]> {
  if (checkpoint.inFlight.length === 0) return [];
  const hosts = checkpoint.inFlight.flatMap((c) => c.hosts);
  const watch = ports.hosts.watch;
  if (!watch) throw new Error('the host runner cannot wait for commands it did not send');
  return log.group(`Wait for the ${hosts.length} host(s) still running a command: ${hosts.map(hostLabel).join(', ')}`, () =>
    watch(checkpoint.inFlight, { deadline: waitUntil, onProgress: (host, status) => log.info(`${hostLabel(host)}: ${status}`) }),
  );
}

/** The lock the stopped process took, renewed from here on; undefined (and logged) when it is no longer this deploy's. */
async function resumedLock(
  ports: DeployPorts,
  checkpoint: CancelCheckpoint,
  now: () => number,
  log: ProgressLog,
): Promise<HeldLock | undefined> {
  if (!checkpoint.lock) return undefined;
  const { name, deployId } = checkpoint.lock;
  try {
    const lock = await resumeLock(ports.parameters, name, deployId, now);
    if (!lock) log.warn(`The deploy lock ${name} is no longer this deploy's (expired, taken over or cleared); left alone`);
    lock?.keepRenewed({ onError: (error) => log.warn(`Could not renew the deploy lock ${name}: ${errorMessage(error)}`) });
    return lock;
  } catch (error) {
    log.warn(`Could not read the deploy lock ${name}: ${errorMessage(error)}; it expires by itself`);
    return undefined;
  }
}

/** The result of the host's rollout or way back among the commands waited for; undefined: unknown. */
function changedBy(waited: HostRunOutcome[], host: TargetHost) {
  const result = waited.find((o) => o.host.instanceId === host.instanceId)?.result;
  return result && result.mode !== 'state' && result.mode !== 'preflight' ? result : undefined;
}
