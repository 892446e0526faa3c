// The post step: after the job (success, failure or cancel), release a deploy lock the main step
// still holds and mark a GitHub deployment it left open as failed. Never fails the job itself:
// a problem here is a warning that says what to do by hand. Loads nothing when there is nothing to do
// (it runs after every job that uses the action, validate included).
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
  if (!state.lock && !state.deployment) return;
  try {
    await cleanUp(state, realDeps());
  } catch (error) {
    core.warning(`berth post step: ${errorMessage(error)}`);
  }
}
