// The part of the pipeline's settings that comes straight from the inputs, the same for a deploy and a
// rollback (one place, so the two never drift apart: region fallback, data-volume image, databases).
import type { DeploySettings, SsmTargetSettings } from '../deploy/settings.js';
import { manualInputProblems } from '../stack/manual.js';
import type { StackDocument } from '../stack/schema.js';
import { InputError, type ActionInputs } from '../app/inputs.js';

type FleetSettings = Pick<DeploySettings, 'policy' | 'host'> & { ssmTarget: SsmTargetSettings };

export function fleetSettings(
  inputs: ActionInputs,
  document: StackDocument | undefined,
  options: { env?: Record<string, string | undefined> | undefined },
): FleetSettings {
  const env = options.env ?? process.env;
  // A misspelt `manual` name would redeploy nothing: it must name manual definitions of the document.
  const problems = document ? manualInputProblems(document, inputs.manual) : [];
  if (problems.length > 0) throw new InputError(`Invalid action inputs:\n- ${problems.join('\n- ')}`);
  return {
    ssmTarget: { kind: 'ssm', instanceIds: inputs.instanceIds, tags: inputs.targets, stackName: inputs.stackName },
    policy: {
      batchSize: inputs.batchSize,
      failurePolicy: inputs.failurePolicy,
      timeoutMinutes: inputs.timeoutMinutes,
      force: inputs.force,
      manual: inputs.manual,
      lockName: inputs.lockName,
      lockWaitSeconds: inputs.lockWaitSeconds,
    },
    host: {
      secretsPrefix: inputs.secretsPrefix,
      hostRoot: inputs.hostRoot,
      keepImages: inputs.keepImages,
      ...(inputs.database && document
        ? { databases: Object.fromEntries(Object.keys(document.deploy).map((app) => [app, inputs.database ?? {}])) }
        : {}),
      dataVolumeImage: inputs.dataVolumeImage,
      region: inputs.awsRegion || env['AWS_REGION'] || 'us-east-1',
      ...(inputs.hostAwsEndpoint ? { hostAwsEndpoint: inputs.hostAwsEndpoint } : {}),
    },
  };
}
