// Clears the deploy lock whoever holds it (a deploy that died, or one to stop), saying whose it was.
import { clearLock, describeHolder } from '../deploy/lock.js';
import type { ParameterStorePort, ProgressLog } from '../deploy/ports.js';
import type { ActionInputs } from './inputs.js';

export async function unlock(
  inputs: Pick<ActionInputs, 'lockName'>,
  parameters: ParameterStorePort,
  log: ProgressLog,
  now: () => number = Date.now,
): Promise<string> {
  const holders = await clearLock(parameters, inputs.lockName, now);
  const message =
    holders.length > 0
      ? `Released the deploy lock ${inputs.lockName}, held by ${holders.map((holder) => describeHolder(holder, now())).join('; and by ')}`
      : `The deploy lock ${inputs.lockName} was not held; nothing to do`;
  log.info(message);
  return message;
}
