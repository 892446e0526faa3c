// Placeholder so the action compiles; the pipeline engineer replaces this file.
import type { ActionInputs } from './inputs.js';

export async function runDeployAction(_inputs: ActionInputs): Promise<void> {
  throw new Error('berth deploy is not available yet');
}

export async function runUnlockAction(_inputs: ActionInputs): Promise<void> {
  throw new Error('berth unlock is not available yet');
}
