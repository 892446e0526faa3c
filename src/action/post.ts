// The post step: after the job (success, failure or cancel). When the main step was cancelled with a
// release under way, it finishes that release from its checkpoint (post-resume.ts): wait for the
// commands in flight, failure policy, read back, summary and outputs, records, and the lock released
// last. Otherwise it releases a deploy lock the main step still holds and marks a GitHub deployment it
// left open as failed. Never fails the job itself: a problem here is a warning that says what to do by
// hand. Loads nothing when there is nothing to do (it runs after every job that uses the action).
import * as core from '@actions/core';
import type { DeployRecorder, ParameterStorePort } from '../deploy/ports.js';
import { errorMessage } from '../util/errors.js';
import { readPostState, type PostState } from './post-state.js';

export interface PostDeps {
  store: (lock: NonNullable<PostState['lock']>) => Promise<ParameterStorePort>;
  recorder: () => Promise<DeployRecorder>;
  log: { info(message: string): void; warning(message: string): void };
}

export async function cleanUp(state: PostState, deps: PostDeps): Promise<void> {
  if (state.lock) {
    const lock = state.lock;
    try {
      const { releaseLock } = await import('../deploy/lock.js');
      const released = await releaseLock(await deps.store(lock), lock.name, lock.deployId);
      deps.log.info(
        released
          ? `berth: released the deploy lock ${lock.name}`
          : `berth: the deploy lock ${lock.name} is held by another deploy now; left alone`,
      );
    } catch (error) {
      deps.log.warning(`berth: could not release the deploy lock ${lock.name} (${errorMessage(error)}); release it with command: unlock`);
    }
  }
  if (state.deployment) {
    const deployment = state.deployment;
    try {
      await (await deps.recorder()).finish(deployment.id, 'failure', 'The job ended before the deploy finished (cancelled or failed).');
      deps.log.info(`berth: marked GitHub deployment ${deployment.id} (${deployment.environment}) as failed`);
    } catch (error) {
      deps.log.warning(`berth: could not mark GitHub deployment ${deployment.id} as failed (${errorMessage(error)})`);
    }
  }
}

/** Real clients, built only when there is something to clean up. */
function realDeps(): PostDeps {
  return {
    store: async (lock) => {
      const { parameterStore } = await import('../app/wiring.js');
      return parameterStore({ region: lock.region, ...(lock.endpoint ? { endpoint: lock.endpoint } : {}) });
    },
    recorder: async () => {
      const [{ gitHubRecorder }, { contextFromEnv }, { readActionInputs }] = await Promise.all([
        import('../app/wiring.js'),
        import('../app/context.js'),
        import('./inputs.js'),
      ]);
      const recorder = await gitHubRecorder(readActionInputs().githubToken, contextFromEnv());
      if (!recorder) throw new Error('no github-token and repository to reach GitHub Deployments');
      return recorder;
    },
    log: { info: core.info, warning: core.warning },
  };
}

export async function runPost(): Promise<void> {
  const state = readPostState();
  let left = state;
  if (state.checkpoint) {
    const { resumeFromCheckpoint } = await import('./post-resume.js');
    const resumed = await resumeFromCheckpoint(state.checkpoint);
    if (resumed === 'done') return;
    // Not finished: a host may still be changing, so the lock stays; the record is closed as failed.
    if (resumed === 'failed') left = { ...(state.deployment ? { deployment: state.deployment } : {}) };
  }
  if (!left.lock && !left.deployment) return;
  try {
    await cleanUp(left, realDeps());
  } catch (error) {
    core.warning(`berth post step: ${errorMessage(error)}`);
  }
}
