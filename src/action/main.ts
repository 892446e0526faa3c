// The one place an error or a failed outcome of the action becomes a failed step. Commands other than
// validate are loaded on demand so validate never pays for the AWS SDK or the GitHub client.
import * as core from '@actions/core';
import { secretInputValues, type ActionInputs } from '../app/inputs.js';
import { errorMessage } from '../util/errors.js';
import { readActionInputs } from './inputs.js';
import { runValidateAction } from './validate.js';

/** A command of the action: the failure to report (a release that did not succeed), or undefined. */
type Command = (inputs: ActionInputs) => Promise<string | undefined | void>;

const COMMANDS: Record<ActionInputs['command'], () => Promise<Command>> = {
  validate: async () => runValidateAction,
  deploy: async () => (await import('./deploy.js')).runDeployAction,
  rollback: async () => (await import('./rollback.js')).runRollbackAction,
  unlock: async () => (await import('./unlock.js')).runUnlockAction,
  export: async () => (await import('./export.js')).runExportAction,
  'converge-off': async () => (await import('./converge-off.js')).runConvergeOffAction,
  status: async () => (await import('./status.js')).runStatusAction,
};

export async function run(): Promise<void> {
  try {
    const inputs = readActionInputs();
    for (const secret of secretInputValues(inputs)) core.setSecret(secret);
    const failure = await (await COMMANDS[inputs.command]())(inputs);
    if (failure) core.setFailed(failure);
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}
