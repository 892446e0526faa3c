// DescribeInstanceInformation: the managed instances, as the SSM agent registers them.
import { AwsError } from './errors.js';
import { type Body, decodeToken, encodeToken, optionalObjectList, optionalString, pageSize } from './input.js';
import type { ManagedInstance } from './types.js';

type Predicate = (instance: ManagedInstance) => boolean;

export function describeInstanceInformation(
  instances: ManagedInstance[],
  body: Body,
  startedAt: Date,
): { InstanceInformationList: unknown[]; NextToken?: string } {
  const filters = optionalObjectList(body, 'Filters') ?? [];
  const legacy = optionalObjectList(body, 'InstanceInformationFilterList') ?? [];
  if (filters.length > 0 && legacy.length > 0) {
    throw new AwsError('InvalidFilterKey', 'Use either Filters or InstanceInformationFilterList, not both.');
  }
  const predicates: Predicate[] = [
    ...filters.map((filter) => predicate(filter.Key, filter.Values, true)),
    ...legacy.map((filter) => predicate(filter.key, filter.valueSet, false)),
  ];
  const matching = instances.filter((instance) => predicates.every((matches) => matches(instance)));
  const limit = pageSize(body, 5, 50, 50);
  const offset = decodeToken('DescribeInstanceInformation', optionalString(body, 'NextToken'));
  const page = matching.slice(offset, offset + limit).map((instance) => information(instance, startedAt));
  return {
    InstanceInformationList: page,
    ...(offset + limit < matching.length ? { NextToken: encodeToken('DescribeInstanceInformation', offset + limit) } : {}),
  };
}

function predicate(key: unknown, values: unknown, tagsAllowed: boolean): Predicate {
  if (typeof key !== 'string' || !Array.isArray(values) || values.length === 0 || values.some((value) => typeof value !== 'string')) {
    throw new AwsError('InvalidInstanceInformationFilterValue', 'Each filter needs a key and at least one string value.');
  }
  const wanted = values as string[];
  switch (key) {
    case 'InstanceIds':
      return (instance) => wanted.includes(instance.instanceId);
    case 'PingStatus':
      return () => wanted.includes('Online');
    case 'PlatformTypes':
      return () => wanted.includes('Linux');
    case 'ResourceType':
      return () => wanted.includes('EC2Instance');
    case 'AssociationStatus':
      return () => wanted.includes('Success');
  }
  if (tagsAllowed && key === 'tag-key') return (instance) => wanted.some((tagKey) => tagKey in instance.tags);
  if (tagsAllowed && key.startsWith('tag:')) {
    const tagKey = key.slice('tag:'.length);
    return (instance) => {
      const value = instance.tags[tagKey];
      return value !== undefined && wanted.includes(value);
    };
  }
  throw new AwsError('InvalidFilterKey', `The filter key '${key}' is not valid here.`);
}

function information(instance: ManagedInstance, startedAt: Date): Record<string, unknown> {
  return {
    InstanceId: instance.instanceId,
    PingStatus: 'Online',
    LastPingDateTime: Date.now() / 1000,
    AgentVersion: '3.3.1142.0',
    IsLatestVersion: true,
    PlatformType: 'Linux',
    PlatformName: 'Amazon Linux',
    PlatformVersion: '2023',
    ResourceType: 'EC2Instance',
    IPAddress: instance.ipAddress,
    ComputerName: instance.hostname,
    AssociationStatus: 'Success',
    LastAssociationExecutionDate: startedAt.getTime() / 1000,
    SourceId: instance.instanceId,
    SourceType: 'AWS::EC2::Instance',
  };
}
