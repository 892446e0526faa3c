// `command: unlock`: clears a stale deploy lock (src/app/unlock.ts).
import type { ActionInputs } from '../app/inputs.js';
import { unlock } from '../app/unlock.js';
import { awsClientSettings, parameterStore } from '../app/wiring.js';
import { actionLog } from './log.js';

export async function runUnlockAction(inputs: ActionInputs): Promise<undefined> {
  await unlock(inputs, await parameterStore(awsClientSettings(inputs)), actionLog());
  return undefined;
}
