// Step: the fleet-wide deploy lock, taken first and released last whatever happened in between.
import { errorMessage } from '../../util/errors.js';
import { acquireLock, describeHolder, LockHeldError, type HeldLock } from '../lock.js';
import type { DeployRun } from '../run.js';

/** Takes the lock; on failure the outcome says why and nothing else runs (undefined). */
export async function takeLock(run: DeployRun): Promise<HeldLock | undefined> {
  const { settings, ports, log } = run;
  const { release, policy } = settings;
  try {
    const lock = await acquireLock(
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
          log.info(`Waiting for the deploy lock ${policy.lockName}, held by ${holder ? describeHolder(holder) : 'someone'}`),
      },
    );
    log.info(`Took the deploy lock ${lock.name}`);
    return lock;
  } catch (error) {
    run.outcome.summary =
      error instanceof LockHeldError ? error.message : `Could not take the deploy lock ${policy.lockName}: ${errorMessage(error)}`;
    log.error(run.outcome.summary);
    return undefined;
  }
}

/** Releases the lock if this deploy still holds it; a failure only warns. */
export async function releaseLock(run: DeployRun, lock: HeldLock): Promise<void> {
  try {
    if (!(await lock.release())) run.log.warn(`The deploy lock ${lock.name} is now held by another deploy; left it alone`);
    else run.log.info(`Released the deploy lock ${lock.name}`);
  } catch (error) {
    run.log.warn(`Could not release the deploy lock ${lock.name}: ${errorMessage(error)}. Run berth unlock if it stays.`);
  }
}
