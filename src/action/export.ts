// Placeholder so the action compiles; the export engineer replaces this file.
import type { ActionInputs } from './inputs.js';

export async function runExportAction(_inputs: ActionInputs): Promise<void> {
  throw new Error('berth export is not available yet');
}
