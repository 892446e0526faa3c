// The pipeline's settings from the inputs, built in one place for a deploy and a rollback, with every
// fallback the inputs leave to the environment (the AWS region) decided here once.
import { associationName } from '../deploy/association.js';
import { releaseRecordPrefix } from '../deploy/release-record.js';
import type { CanarySettings, ConvergeSettings, DeploySettings, SsmTargetSettings, TargetSettings } from '../deploy/settings.js';
import { manualInputProblems } from '../stack/manual.js';
import type { StackDocument } from '../stack/schema.js';
import type { Env } from './context.js';
import { InputError, type ActionInputs } from './inputs.js';

/** The region when neither the input nor the environment names one. */
export const FALLBACK_REGION = 'us-east-1';

/**
 * The AWS region of every client and of the hosts' AWS CLI: the aws-region input (CLI: --aws-region),
 * else AWS_REGION (what the AWS SDK reads), else AWS_DEFAULT_REGION (what the AWS CLI reads), else us-east-1.
 */
export function awsRegion(given: string, env: Env = process.env): string {
  return given || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || FALLBACK_REGION;
}

type FleetSettings = Pick<DeploySettings, 'policy' | 'host'> & { ssmTarget: SsmTargetSettings };

/** What a deploy and a rollback take alike from the inputs: the SSM targets, the policy, the hosts' settings. */
export function fleetSettings(inputs: ActionInputs, document: StackDocument | undefined, env: Env = process.env): FleetSettings {
  // A misspelt `manual` name would redeploy nothing: it must name manual definitions of the document.
  const problems = document ? manualInputProblems(document, inputs.manual) : [];
  if (problems.length > 0) throw new InputError(`Invalid action inputs:\n- ${problems.join('\n- ')}`);
  return {
    ssmTarget: { kind: 'ssm', instanceIds: inputs.instanceIds, tags: inputs.targets, stackName: inputs.stackName },
    policy: {
      batchSize: inputs.batchSize,
      batchWaitSeconds: inputs.batchWaitSeconds,
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
      region: awsRegion(inputs.awsRegion, env),
      ...(inputs.hostAwsEndpoint ? { hostAwsEndpoint: inputs.hostAwsEndpoint } : {}),
    },
  };
}

/** The hosts a deploy goes to: the SSM targets, or the OpsWorks stack's instances. */
export function targetSettings(inputs: ActionInputs, ssmTarget: SsmTargetSettings): TargetSettings {
  if (inputs.target !== 'opsworks') return ssmTarget;
  return {
    kind: 'opsworks',
    stackId: inputs.stackId,
    ...(inputs.appId ? { appId: inputs.appId } : {}),
    layerIds: inputs.layerIds,
    command: { name: inputs.opsworksCommand || 'deploy' },
    stackName: inputs.stackName,
  };
}

/**
 * Input converge: where the release record lives and what the association is; undefined when off. It
 * needs tag targets (an instance that joins is found by its tags) and the ssm target (OpsWorks runs its
 * own recipes on instances that join, and berth creates no association for it).
 */
export function convergeSettings(
  inputs: Pick<ActionInputs, 'converge' | 'target' | 'targets' | 'environment' | 'convergeConcurrency' | 'driftRepairMinutes'>,
): ConvergeSettings | undefined {
  if (!inputs.converge) return undefined;
  const problems = [
    ...(inputs.target === 'opsworks'
      ? ['input "converge" works with target ssm only: OpsWorks gives its instances that join the app by its own lifecycle']
      : []),
    ...(inputs.targets.length === 0
      ? ['input "converge" needs "targets" (tags): the association finds the instances that join by their tags, never by instance ids']
      : []),
  ];
  if (problems.length > 0) throw new InputError(`Invalid action inputs:\n- ${problems.join('\n- ')}`);
  return {
    recordPrefix: releaseRecordPrefix(inputs.environment),
    associationName: associationName(inputs.environment),
    concurrency: inputs.convergeConcurrency,
    driftRepairMinutes: inputs.driftRepairMinutes,
  };
}

/**
 * Input canary-seconds > 0: the canary's bake and limits; undefined when off. `rollbarEnvironments`: the
 * environments the release reports to Rollbar (its new items are read there with rollbar-read-token).
 */
export function canarySettings(
  inputs: Pick<
    ActionInputs,
    | 'canarySeconds'
    | 'canaryMinRequests'
    | 'canaryLowTraffic'
    | 'canaryMaxWaitSeconds'
    | 'canaryMax5xxPoints'
    | 'canaryMaxResponseRatio'
    | 'canaryMax5xxPercent'
    | 'canaryMaxResponseMs'
    | 'canaryMaxRollbarItems'
    | 'rollbarReadToken'
  >,
  rollbar: { codeVersion: string; environments: string[] },
): CanarySettings | undefined {
  const seconds = inputs.canarySeconds;
  if (seconds === 0) return undefined;
  const asked = inputs.canaryMaxWaitSeconds ?? 3 * seconds;
  if (asked < seconds) {
    throw new InputError(
      `Invalid action inputs:\n- input "canary-max-wait-seconds" must be at least canary-seconds (${seconds}): it bounds a longer bake (got "${asked}")`,
    );
  }
  return {
    seconds,
    // Only `wait` bakes past canary-seconds for more traffic; pass and fail judge what the bake got.
    maxWaitSeconds: inputs.canaryLowTraffic === 'wait' ? asked : seconds,
    thresholds: {
      minRequests: inputs.canaryMinRequests,
      lowTraffic: inputs.canaryLowTraffic,
      max5xxPoints: inputs.canaryMax5xxPoints,
      maxResponseRatio: inputs.canaryMaxResponseRatio,
      max5xxPercent: inputs.canaryMax5xxPercent,
      maxResponseMs: inputs.canaryMaxResponseMs,
      maxRollbarItems: inputs.canaryMaxRollbarItems,
    },
    ...(inputs.rollbarReadToken
      ? { rollbar: { token: inputs.rollbarReadToken, codeVersion: rollbar.codeVersion, environments: rollbar.environments } }
      : {}),
  };
}
