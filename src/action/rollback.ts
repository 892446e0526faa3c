// Placeholder so the action compiles; the rollback engineer replaces this file.
import type { ActionInputs } from './inputs.js';

export async function runRollbackAction(_inputs: ActionInputs): Promise<void> {
  throw new Error('berth rollback is not available yet');
}
