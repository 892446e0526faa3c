// The part of the pipeline's settings that comes straight from the inputs, the same for a deploy and a
// rollback (one place, so the two never drift apart: region fallback, data-volume image, databases).
import type { DeploySettings, SsmTargetSettings } from '../deploy/settings.js';
import type { StackDocument } from '../stack/schema.js';
import type { ActionInputs } from './inputs.js';

/** Image of data-only containers, unless BERTH_DATA_VOLUME_IMAGE says otherwise (hosts without a hub). */
export function dataVolumeImage(env: Record<string, string | undefined> = process.env): string {
  return env['BERTH_DATA_VOLUME_IMAGE'] || 'busybox:latest';
}

type FleetSettings = Pick<DeploySettings, 'policy' | 'host'> & { ssmTarget: SsmTargetSettings };

export function fleetSettings(
  inputs: ActionInputs,
  document: StackDocument | undefined,
  options: { env?: Record<string, string | undefined> | undefined },
): FleetSettings {
  const env = options.env ?? process.env;
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
      dataVolumeImage: dataVolumeImage(env),
      region: inputs.awsRegion || env['AWS_REGION'] || 'us-east-1',
      ...(inputs.hostAwsEndpoint ? { hostAwsEndpoint: inputs.hostAwsEndpoint } : {}),
    },
  };
}
