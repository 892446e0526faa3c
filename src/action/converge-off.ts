// `command: converge-off`: deletes the association and the release record (src/app/converge-off.ts).
import { convergeOff } from '../app/converge-off.js';
import type { ActionInputs } from '../app/inputs.js';
import { awsClientSettings, convergePorts } from '../app/wiring.js';
import { actionLog } from './log.js';

export async function runConvergeOffAction(inputs: ActionInputs): Promise<undefined> {
  await convergeOff(inputs, await convergePorts(awsClientSettings(inputs)), actionLog());
  return undefined;
}
