// CreateAssociation / UpdateAssociation bodies read into an association's settings, with the refusals AWS
// documents beyond its model: the document, its parameters, the targets, the schedule and its companions.
import { DEFAULT_MAX_COMMAND_BYTES } from '../../../../src/host/command.js';
import { AwsError, validation } from './errors.js';
import { type Body, optionalBoolean, optionalObjectList, optionalString } from './input.js';
import { readParameters } from './ssm-command-input.js';
import { DOCUMENT } from './ssm-command-state.js';
import { matcher } from './ssm-targets.js';
import type { ManagedInstance } from './types.js';

export interface AssociationSettings {
  /** The document as given (AWS-RunShellScript or its ARN). */
  name: string;
  associationName?: string;
  /** Legacy associations name one instance instead of Targets. */
  instanceId?: string;
  targets: { Key: string; Values: string[] }[];
  parameters: ReturnType<typeof readParameters>;
  scheduleExpression?: string;
  applyOnlyAtCronInterval: boolean;
  /** As given (absent: AWS's defaults apply, 100% and no limit). */
  maxConcurrency?: string;
  maxErrors?: string;
  documentVersion?: string;
  complianceSeverity?: string;
  syncCompliance?: string;
}

/** Members the model has that this fake does not act on: refused by name rather than silently ignored. */
const UNSUPPORTED = [
  'OutputLocation',
  'AutomationTargetParameterName',
  'CalendarNames',
  'TargetLocations',
  'TargetMaps',
  'AlarmConfiguration',
  'ScheduleOffset',
];

/**
 * The settings a CreateAssociation (previous undefined) or UpdateAssociation (previous: the current settings)
 * asks for. Update follows AWS's documented rule: "the system removes all optional parameters from the request
 * and overwrites the association with null values for those parameters", so an optional member left out is
 * cleared (Parameters, AssociationName, ScheduleExpression, MaxConcurrency, ...). Only the document and the
 * targets, without which an association cannot exist, are kept when left out.
 */
export function readAssociationSettings(
  body: Body,
  region: string,
  options: { instances: ManagedInstance[]; accountId: string; maxParameterBytes?: number | undefined; previous?: AssociationSettings },
): AssociationSettings {
  for (const member of UNSUPPORTED) {
    if (body[member] !== undefined && body[member] !== null)
      throw validation(`${member} is not supported by the berth fake AWS (docs/fake-aws.md, "State Manager associations").`);
  }
  const previous = options.previous;
  const name = optionalString(body, 'Name') ?? previous?.name;
  if (name === undefined)
    throw validation("1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null");
  if (name !== DOCUMENT && name !== `arn:aws:ssm:${region}::document/${DOCUMENT}`) {
    throw new AwsError('InvalidDocument', `Document ${name} does not exist in your account (this fake runs only ${DOCUMENT}).`);
  }
  const parameters = readParameters(body.Parameters, options.maxParameterBytes ?? DEFAULT_MAX_COMMAND_BYTES);
  const given = optionalObjectList(body, 'Targets');
  const instanceId = optionalString(body, 'InstanceId') ?? previous?.instanceId;
  const targets = given && given.length > 0 ? readTargets(given) : (previous?.targets ?? []);
  if (instanceId !== undefined && targets.length > 0) {
    throw validation('Specify either InstanceId or Targets, not both.');
  }
  if (instanceId === undefined && targets.length === 0) throw validation('Either InstanceId or Targets must be specified.');
  if (instanceId !== undefined && !options.instances.some((instance) => instance.instanceId === instanceId)) {
    throw new AwsError('InvalidInstanceId', `Instances [[${instanceId}]] not in a valid state for account ${options.accountId}`);
  }
  const scheduleExpression = optionalString(body, 'ScheduleExpression');
  if (scheduleExpression !== undefined) checkSchedule(scheduleExpression);
  const applyOnlyAtCronInterval = optionalBoolean(body, 'ApplyOnlyAtCronInterval') ?? false;
  if (applyOnlyAtCronInterval && !scheduleExpression?.startsWith('cron(')) {
    // "This parameter isn't supported for rate expressions", and without a schedule it would never run.
    throw validation(
      'ApplyOnlyAtCronInterval needs a cron ScheduleExpression (it is not supported for rate expressions nor without a schedule).',
    );
  }
  return {
    name,
    targets,
    parameters,
    applyOnlyAtCronInterval,
    ...optional('associationName', optionalString(body, 'AssociationName')),
    ...optional('instanceId', instanceId),
    ...optional('scheduleExpression', scheduleExpression),
    ...optional('maxConcurrency', optionalString(body, 'MaxConcurrency')),
    ...optional('maxErrors', optionalString(body, 'MaxErrors')),
    ...optional('documentVersion', optionalString(body, 'DocumentVersion')),
    ...optional('complianceSeverity', optionalString(body, 'ComplianceSeverity')),
    ...optional('syncCompliance', optionalString(body, 'SyncCompliance')),
  };
}

/** Whether an instance is one of the association's targets (legacy: the one instance it names). */
export function targetsInstance(settings: AssociationSettings, instance: ManagedInstance): boolean {
  if (settings.instanceId !== undefined) return settings.instanceId === instance.instanceId;
  return settings.targets.every((target) => matcher(target.Key, target.Values)(instance));
}

function readTargets(targets: Body[]): { Key: string; Values: string[] }[] {
  return targets.map((target) => {
    const key = target.Key;
    const values = target.Values;
    if (typeof key !== 'string' || !Array.isArray(values) || values.length === 0) {
      throw new AwsError('InvalidTarget', 'Each target needs a Key and at least one value, e.g. {Key: "tag:Role", Values: ["web"]}.');
    }
    if (key.startsWith('resource-groups:')) {
      throw new AwsError('InvalidTarget', `Target key ${key}: resource groups are not supported by the berth fake AWS; target by tag.`);
    }
    if (key !== 'InstanceIds' && key !== 'tag-key' && !/^tag:.+/.test(key)) {
      throw new AwsError('InvalidTarget', `Target key ${key} is not valid: use InstanceIds, tag:<key> or tag-key.`);
    }
    return { Key: key, Values: values as string[] };
  });
}

const RATE = /^rate\(([1-9][0-9]*) (minute|minutes|hour|hours|day|days)\)$/;
/** A cron field: digits, names, and * ? , / - # L W. */
const CRON_FIELD = /^[0-9A-Za-z*?,/#-]+$/;

/** State Manager schedules: `rate(N unit)` at least 30 minutes apart, or `cron(...)` with 5 or 6 fields. */
function checkSchedule(expression: string): void {
  const rate = RATE.exec(expression);
  if (rate) {
    const minutes = Number(rate[1]) * (rate[2]?.startsWith('minute') ? 1 : rate[2]?.startsWith('hour') ? 60 : 1440);
    if (minutes < 30) throw new AwsError('InvalidSchedule', `Schedule ${expression}: a rate expression must be at least 30 minutes.`);
    return;
  }
  const cron = /^cron\((.*)\)$/.exec(expression);
  const fields = cron?.[1]?.trim().split(/\s+/) ?? [];
  if (cron && (fields.length === 5 || fields.length === 6) && fields.every((field) => CRON_FIELD.test(field))) return;
  throw new AwsError('InvalidSchedule', `Schedule expression ${expression} is not valid: use rate(N minutes|hours|days) or cron(...).`);
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
