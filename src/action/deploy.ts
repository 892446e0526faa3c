// `command: deploy`: inputs -> the app's deploy (src/app/deploy.ts) -> outputs and job summary.
import { contextFromEnv } from '../app/context.js';
import { deployRelease } from '../app/deploy.js';
import type { ActionInputs } from '../app/inputs.js';
import { definitionImages } from '../deploy/document-identity.js';
import { cancelOnSignals } from './cancel.js';
import { actionLog } from './log.js';
import { forgetPostState } from './post-state.js';
import { actionReleasePorts, deployResultJson, publishRelease } from './release-step.js';

export async function runDeployAction(inputs: ActionInputs): Promise<string | undefined> {
  const log = actionLog();
  const context = contextFromEnv();
  const cancel = cancelOnSignals();
  const result = await deployRelease(inputs, context, await actionReleasePorts(inputs, context, log, cancel), log).finally(cancel.dispose);
  forgetPostState();
  const { outcome } = result;
  return publishRelease(inputs, {
    result: deployResultJson(outcome),
    version: outcome.version,
    outcome,
    images: result.document ? definitionImages(result.document) : outcome.images,
    model: result.model,
  });
}
