// What the deploy and rollback steps share around the app's release run: the real ports with the post
// step's hooks (a cancelled job's rollout is finished there, from its checkpoint), and the outputs and
// job summary of the outcome.
import type { DeployOutcome, ProgressLog } from '../deploy/ports.js';
import type { SummaryModel } from '../deploy/summary-model.js';
import type { RunContext } from '../app/context.js';
import { secretInputValues, type ActionInputs } from '../app/inputs.js';
import { awsRegion } from '../app/settings.js';
import { releasePorts } from '../app/wiring.js';
import type { ActionCancel } from './cancel.js';
import { outputs } from './outputs.js';
import { postStepHooks } from './post-state.js';
import { writeJobSummary } from './summary.js';

export async function actionReleasePorts(inputs: ActionInputs, context: RunContext, log: ProgressLog, cancel?: ActionCancel) {
  return {
    ...(await releasePorts(inputs, context, log)),
    ...postStepHooks({ region: awsRegion(inputs.awsRegion), endpoint: inputs.awsEndpoint, environment: inputs.environment }),
    ...(cancel ? { signal: cancel.signal, onCheckpoint: cancel.onCheckpoint } : {}),
  };
}

/** The `result` output of a deploy: the outcome without the document. */
export function deployResultJson(outcome: DeployOutcome, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    status: outcome.status,
    kind: outcome.kind,
    version: outcome.version,
    fleet: outcome.fleet,
    summary: outcome.summary,
    hosts: outcome.hosts,
    deployId: outcome.deployId,
    ...(outcome.opsworksDeploymentId ? { opsworksDeploymentId: outcome.opsworksDeploymentId } : {}),
    ...(outcome.converge ? { converge: outcome.converge } : {}),
    ...(outcome.joined ? { joined: outcome.joined } : {}),
    ...(outcome.canary ? { canary: outcome.canary } : {}),
    ...extra,
  };
}

export interface PublishedRelease {
  /** The `result` output. */
  result: unknown;
  version: string;
  outcome: DeployOutcome;
  /** The `images` output: definition -> image reference. */
  images: Record<string, string>;
  model: SummaryModel;
}

/** Outputs and job summary of a deploy or rollback; the failure to report when it did not succeed. */
export async function publishRelease(inputs: ActionInputs, release: PublishedRelease): Promise<string | undefined> {
  const { outcome } = release;
  outputs.setResult(release.result);
  outputs.setVersion(release.version);
  if (outcome.githubDeploymentId !== undefined) outputs.setDeploymentId(outcome.githubDeploymentId);
  outputs.setImages(release.images);
  outputs.setImageDigests(outcome.digests);
  outputs.setStackJsonPath(inputs.stackJsonOutput);
  outputs.setCanary(outcome.canary ?? []);
  await writeJobSummary(release.model, secretInputValues(inputs));
  return outcome.status === 'success' ? undefined : outcome.summary;
}
