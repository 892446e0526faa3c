// `command: status`: each target host against the release record (src/app/status.ts), in the log and the
// job summary as a table, and as JSON in the `result` output. Drift or an unhealthy host does not fail
// the step (it is a report); targets that name no online host do.
import type { ActionInputs } from '../app/inputs.js';
import { fleetStatus } from '../app/status.js';
import { renderFleetStatus } from '../app/status-view.js';
import { awsPorts } from '../app/wiring.js';
import { actionLog } from './log.js';
import { outputs } from './outputs.js';
import { appendJobSummary } from './summary.js';

export async function runStatusAction(inputs: ActionInputs): Promise<undefined> {
  const log = actionLog();
  const { hosts, parameters } = await awsPorts({ ...inputs, target: 'ssm' }, log);
  const status = await fleetStatus(inputs, { hosts, parameters }, log);
  const text = renderFleetStatus(status);
  for (const line of text.trimEnd().split('\n')) log.info(line);
  await appendJobSummary(`## berth status\n\n\`\`\`text\n${text}\`\`\`\n`);
  outputs.setResult({ command: 'status', ...status });
  return undefined;
}
