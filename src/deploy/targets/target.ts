// Where a release goes: SSM managed instances (targets/ssm.ts) or an OpsWorks stack (targets/opsworks.ts).
// The pipeline chooses one once (targets/choose.ts) and never asks which it has.
import type { DeployOutcome, PreparedRelease, ProgressLog, TargetHost } from '../ports.js';
import type { StackDocument } from '../../stack/schema.js';

/** The document a target deploys, and what it knows of the one before. */
export interface TargetRelease {
  document: StackDocument;
  /** The document the fleet ran before, when known (the way back after a failure). */
  previous?: StackDocument;
  /** For %{opsworks} in the document. */
  stackName: string;
}

export interface Target {
  /** The document to deploy: the built one, the one given, or the target's own with the new tags. */
  release(prepared: PreparedRelease | undefined, given: StackDocument | undefined, log: ProgressLog): Promise<TargetRelease>;
  /** The hosts to deploy to; throws DeployFailure when there are none. */
  hosts(log: ProgressLog): Promise<TargetHost[]>;
  /** Runs before any of our rollout (OpsWorks: its own deployment, waited for); throws DeployFailure to stop. */
  beforeRollout(hosts: TargetHost[], context: { deadline: number; log: ProgressLog; outcome: DeployOutcome }): Promise<void>;
  /** Runs once every host reads back well (OpsWorks: the stack's Custom JSON names the new tags). */
  afterSuccess(prepared: PreparedRelease | undefined, log: ProgressLog): Promise<void>;
}
