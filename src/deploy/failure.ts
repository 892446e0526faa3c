// How a step stops the deploy on purpose: a sentence for humans, and where the fleet was left.
import type { DeployOutcome, HostReport } from './ports.js';

export class DeployFailure extends Error {
  override name = 'DeployFailure';
  constructor(
    message: string,
    readonly fleet: DeployOutcome['fleet'],
    readonly hosts: HostReport[] = [],
  ) {
    super(message);
  }
}
