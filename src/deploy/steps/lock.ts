// Step: the fleet-wide deploy lock, taken first, renewed while the deploy runs, released last whatever
// happened in between. Losing it (another holder, unlock, no renewal in time) stops new batches.
import { errorMessage } from '../../util/errors.js';
import { acquireLock, describeHolder, LockHeldError, LockLostError, type HeldLock } from '../lock.js';
import type { DeployRun } from '../run.js';

/** Takes the lock and keeps it renewed; on failure the outcome says why and nothing else runs (undefined). */
export async function takeLock(run: DeployRun): Promise<HeldLock | undefined> {
  const { settings, ports, log } = run;
  const { release, policy } = settings;
  let lock: HeldLock;
  try {
    lock = await acquireLock(
      ports.parameters,
      policy.lockName,
      {
        who: release.actor,
        when: new Date(run.now()).toISOString(),
        version: release.version,
        runUrl: release.runUrl,
        deployId: release.deployId,
      },
      {
        waitSeconds: policy.lockWaitSeconds,
        now: run.now,
        ...(ports.sleep ? { sleep: ports.sleep } : {}),
        ...(settings.signal ? { signal: settings.signal } : {}),
        onWait: (holder) =>
          log.info(`Waiting for the deploy lock ${policy.lockName}, held by ${holder ? describeHolder(holder, run.now()) : 'someone'}`),
        onTakeover: (previous) =>
          log.warn(
            `Took over the deploy lock ${policy.lockName} from ${describeHolder(previous, run.now())}: that deploy stopped renewing it`,
          ),
      },
    );
  } catch (error) {
    run.outcome.summary =
      error instanceof LockHeldError ? error.message : `Could not take the deploy lock ${policy.lockName}: ${errorMessage(error)}`;
    log.error(run.outcome.summary);
    return undefined;
  }
  log.info(`Took the deploy lock ${lock.name} (generation ${lock.generation}), expires ${lock.record.expires} unless renewed`);
  lock.keepRenewed({ onError: (error) => log.warn(`Could not renew the deploy lock ${lock.name} (${errorMessage(error)}); retrying`) });
  lock.lost.addEventListener('abort', () => log.error(`${lostReason(lock)}. No new batch starts.`), { once: true });
  // The hook for the pipeline: every step already stops starting new work on the run's signal (a
  // cancel), so losing the lock is folded into it; the outcome names the loss (releaseLock below).
  run.settings = { ...settings, signal: settings.signal ? AbortSignal.any([settings.signal, lock.lost]) : lock.lost };
  return lock;
}

/** Releases the lock if this deploy still holds it; a failure only warns. A lost lock is named in the outcome. */
export async function releaseLock(run: DeployRun, lock: HeldLock): Promise<void> {
  if (lock.lost.aborted) run.outcome.summary = `${run.outcome.summary} ${lostReason(lock)}; no batch started after that.`.trim();
  try {
    if (!(await lock.release())) run.log.warn(`The deploy lock ${lock.name} is now held by another deploy; left it alone`);
    else run.log.info(`Released the deploy lock ${lock.name}`);
  } catch (error) {
    run.log.warn(
      `Could not release the deploy lock ${lock.name}: ${errorMessage(error)}. It expires by itself; berth unlock clears it now.`,
    );
  }
}

function lostReason(lock: HeldLock): string {
  const reason: unknown = lock.lost.reason;
  return reason instanceof LockLostError ? reason.message : `Lost the deploy lock ${lock.name}`;
}
