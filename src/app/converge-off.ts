// `converge-off`: stops giving instances that join the release: deletes the environment's State Manager
// association, then its release record (src/deploy/association.ts turnConvergeOff).
import { turnConvergeOff } from '../deploy/association.js';
import type { AssociationPort, ParameterStorePort, ProgressLog } from '../deploy/ports.js';
import { releaseRecordPrefix } from '../deploy/release-record.js';
import type { ActionInputs } from './inputs.js';

export async function convergeOff(
  inputs: Pick<ActionInputs, 'environment' | 'converge'>,
  ports: { associations: AssociationPort; parameters: ParameterStorePort },
  log: ProgressLog,
): Promise<string> {
  const result = await turnConvergeOff(ports, inputs.environment, releaseRecordPrefix(inputs.environment));
  for (const message of result.messages) log.info(message);
  if (inputs.converge) log.warn('Input converge is still true: the next deploy creates the association and the record again.');
  return result.messages.join('; ');
}
