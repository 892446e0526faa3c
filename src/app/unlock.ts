// Clears the deploy lock whoever holds it (a deploy that died without releasing it), saying whose it was.
import { clearLock, describeHolder } from '../deploy/lock.js';
import type { ParameterStorePort, ProgressLog } from '../deploy/ports.js';
import type { ActionInputs } from './inputs.js';

export async function unlock(inputs: Pick<ActionInputs, 'lockName'>, parameters: ParameterStorePort, log: ProgressLog): Promise<string> {
  const holder = await clearLock(parameters, inputs.lockName);
  const message = holder
    ? `Released the deploy lock ${inputs.lockName}, held by ${describeHolder(holder)}`
    : `The deploy lock ${inputs.lockName} was not held; nothing to do`;
  log.info(message);
  return message;
}
