// `command: rollback`: inputs -> the app's rollback (src/app/rollback.ts) -> outputs and job summary.
import { contextFromEnv } from '../app/context.js';
import type { ActionInputs } from '../app/inputs.js';
import { rollbackRelease, rollbackResultJson } from '../app/rollback.js';
import { definitionImages } from '../deploy/document-identity.js';
import { cancelOnSignals } from './cancel.js';
import { actionLog } from './log.js';
import { forgetPostState } from './post-state.js';
import { actionReleasePorts, publishRelease } from './release-step.js';

export async function runRollbackAction(inputs: ActionInputs): Promise<string | undefined> {
  const log = actionLog();
  const context = contextFromEnv();
  const cancel = cancelOnSignals();
  const result = await rollbackRelease(inputs, context, await actionReleasePorts(inputs, context, log, cancel), log).finally(
    cancel.dispose,
  );
  forgetPostState();
  return publishRelease(inputs, {
    result: rollbackResultJson(result),
    version: result.target.version,
    outcome: result.outcome,
    images: definitionImages(result.document),
    model: result.model,
  });
}
