import { secretInputValues, type ActionInputs } from '../app/inputs.js';
import { errorMessage } from '../util/errors.js';
import { readActionInputs } from './inputs.js';
import { runValidateAction } from './validate.js';
import * as core from '@actions/core';

// The one place an error of the action becomes a failed step. Commands other than validate are
// loaded on demand so validate never pays for the AWS SDK or the GitHub client.
export async function run(): Promise<void> {
  try {
    const inputs = readActionInputs();
    for (const secret of secretInputValues(inputs)) core.setSecret(secret);
    await dispatch(inputs);
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

async function dispatch(inputs: ActionInputs): Promise<void> {
  switch (inputs.command) {
    case 'validate':
      return runValidateAction(inputs);
    case 'deploy':
      return (await import('./deploy.js')).runDeployAction(inputs);
    case 'unlock':
      return (await import('./deploy.js')).runUnlockAction(inputs);
    case 'rollback':
      return (await import('./rollback.js')).runRollbackAction(inputs);
    case 'export':
      return (await import('./export.js')).runExportAction(inputs);
  }
}
