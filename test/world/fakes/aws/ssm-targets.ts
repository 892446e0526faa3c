// Which managed instances a SendCommand or DescribeInstanceInformation request names.
import { AwsError, validation } from './errors.js';
import type { Body } from './input.js';
import type { ManagedInstance } from './types.js';

/** SendCommand `Targets`: every criterion must match (AWS ANDs them). */
export function resolveTargets(instances: ManagedInstance[], targets: Body[]): ManagedInstance[] {
  if (targets.length > 5)
    throw validation(
      "1 validation error detected: Value at 'targets' failed to satisfy constraint: Member must have length less than or equal to 5",
    );
  const criteria = targets.map((target) => {
    const key = target.Key;
    const values = target.Values;
    if (typeof key !== 'string' || !Array.isArray(values) || values.some((value) => typeof value !== 'string')) {
      throw validation('Each target needs a Key and a list of Values, e.g. {Key: "tag:Role", Values: ["web"]}');
    }
    if (values.length > 50)
      throw validation(
        "1 validation error detected: Value at 'targets.values' failed to satisfy constraint: Member must have length less than or equal to 50",
      );
    return matcher(key, values as string[]);
  });
  return instances.filter((instance) => criteria.every((matches) => matches(instance)));
}

/** SendCommand `InstanceIds`: all must be managed instances, or the call fails as on AWS. */
export function resolveInstanceIds(instances: ManagedInstance[], ids: string[], accountId: string): ManagedInstance[] {
  if (ids.length > 50)
    throw validation(
      "1 validation error detected: Value at 'instanceIds' failed to satisfy constraint: Member must have length less than or equal to 50",
    );
  if (new Set(ids).size !== ids.length)
    throw new AwsError('DuplicateInstanceId', 'You cannot specify an instance ID in more than one association.');
  const unknown = ids.filter((id) => !instances.some((instance) => instance.instanceId === id));
  if (unknown.length > 0) {
    throw new AwsError('InvalidInstanceId', `Instances [[${unknown.join(', ')}]] not in a valid state for account ${accountId}`);
  }
  return ids.map((id) => instances.find((instance) => instance.instanceId === id) as ManagedInstance);
}

/** One target criterion (`InstanceIds` with ids or `*`, `tag:<key>`, `tag-key`) as a test of an instance. */
export function matcher(key: string, values: string[]): (instance: ManagedInstance) => boolean {
  if (key === 'InstanceIds') return (instance) => values.includes('*') || values.includes(instance.instanceId);
  if (key === 'tag-key') return (instance) => values.some((tagKey) => tagKey in instance.tags);
  if (key.startsWith('tag:')) {
    const tagKey = key.slice('tag:'.length);
    return (instance) => {
      const value = instance.tags[tagKey];
      return value !== undefined && values.includes(value);
    };
  }
  throw validation(`Target key '${key}' is not supported by this fake: use InstanceIds, tag:<key> or tag-key`);
}
