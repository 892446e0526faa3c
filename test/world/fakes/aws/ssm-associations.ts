// SSM State Manager associations of AWS-RunShellScript: each run (an "execution") is a Run Command command sent
// through the CommandEngine, so it really runs the script on each target with the agent's latency, honouring the
// association's MaxConcurrency and MaxErrors. Runs start on CreateAssociation and UpdateAssociation (unless
// ApplyOnlyAtCronInterval), on an instance that joins and matches the targets, and on runScheduled() (the test's
// stand-in for the schedule: no real clock drives it). docs/fake-aws.md, "State Manager associations".
import { randomUUID } from 'node:crypto';
import { AwsError, validation } from './errors.js';
import { type Body, optionalObjectList, optionalString, paginate, requiredString } from './input.js';
import { type AssociationSettings, readAssociationSettings, targetsInstance } from './ssm-association-input.js';
import {
  type AssociationRecord,
  type Execution,
  type ExecutionTrigger,
  current,
  executionStatus,
  invocationsOf,
  isOpen,
  lastExecutionDate,
  overview,
  resourceCountByStatus,
} from './ssm-association-state.js';
import type { CommandEngine } from './ssm-commands.js';
import type { ManagedInstance } from './types.js';

export interface AssociationEngineOptions {
  /** The live instance list (InstanceRegistry.live). */
  instances: ManagedInstance[];
  commands: CommandEngine;
  accountId: string;
  maxParameterBytes?: number | undefined;
}

export class AssociationEngine {
  private readonly associations: AssociationRecord[] = [];
  /** Every execution, newest last, kept after its association is deleted (its runs still finish). */
  private readonly executions: Execution[] = [];
  private stopped = false;

  constructor(private readonly options: AssociationEngineOptions) {}

  create(body: Body, region: string): { AssociationDescription: unknown } {
    const settings = readAssociationSettings(body, region, this.readOptions());
    // AWS refuses an association identical to an existing one (same document, targets or instance, parameters
    // and schedule). Names need not be unique on AWS, and are not here.
    const twin = this.associations.find((other) => sameAssociation(current(other), settings));
    if (twin) throw new AwsError('AssociationAlreadyExists', `The association already exists: ${twin.id}.`);
    const now = Date.now();
    const association: AssociationRecord = { id: randomUUID(), region, versions: [settings], createdAt: now, updatedAt: now };
    this.associations.push(association);
    if (!settings.applyOnlyAtCronInterval) this.start(association, 'create', this.targetsOf(settings));
    return { AssociationDescription: this.describeVersion(association, association.versions.length) };
  }

  update(body: Body, region: string): { AssociationDescription: unknown } {
    const association = this.byId(requiredString(body, 'AssociationId'));
    const version = optionalString(body, 'AssociationVersion');
    if (version !== undefined && version !== '$LATEST' && version !== String(association.versions.length)) {
      throw new AwsError('InvalidAssociationVersion', `Association version ${version} is not the latest (${association.versions.length}).`);
    }
    const settings = readAssociationSettings(body, region, { ...this.readOptions(), previous: current(association) });
    association.versions.push(settings);
    association.updatedAt = Date.now();
    // "When you update an association, the association immediately runs against the specified targets."
    if (!settings.applyOnlyAtCronInterval) this.start(association, 'update', this.targetsOf(settings));
    return { AssociationDescription: this.describeVersion(association, association.versions.length) };
  }

  delete(body: Body): Record<string, never> {
    const association = this.find(body);
    this.associations.splice(this.associations.indexOf(association), 1);
    return {};
  }

  describe(body: Body): { AssociationDescription: unknown } {
    const association = this.find(body);
    const asked = optionalString(body, 'AssociationVersion');
    const latest = association.versions.length;
    const version = asked === undefined || asked === '$LATEST' ? latest : Number(asked);
    if (!Number.isInteger(version) || version < 1 || version > latest) {
      throw new AwsError('InvalidAssociationVersion', `Association ${association.id} has no version ${asked ?? ''}.`);
    }
    return { AssociationDescription: this.describeVersion(association, version) };
  }

  list(body: Body): { Associations: unknown[]; NextToken?: string } {
    const filters = optionalObjectList(body, 'AssociationFilterList') ?? [];
    const unsupported = filters.find((filter) => filter.key === 'ResourceGroupName');
    if (unsupported)
      throw validation('Association filter ResourceGroupName is not supported by the berth fake AWS (resource groups are not modelled).');
    const matching = this.associations.filter((association) => filters.every((filter) => this.listFilter(association, filter)));
    return paginate('ListAssociations', body, matching, (association) => this.listRow(association), 'Associations');
  }

  describeExecutions(body: Body): { AssociationExecutions: unknown[]; NextToken?: string } {
    const association = this.byId(requiredString(body, 'AssociationId'));
    const filters = optionalObjectList(body, 'Filters') ?? [];
    const rows = this.executionsOf(association.id)
      .reverse()
      .filter((execution) => filters.every((filter) => executionFilter(execution, filter)));
    return paginate('DescribeAssociationExecutions', body, rows, (execution) => describeExecution(execution), 'AssociationExecutions');
  }

  describeExecutionTargets(body: Body): { AssociationExecutionTargets: unknown[]; NextToken?: string } {
    const association = this.byId(requiredString(body, 'AssociationId'));
    const executionId = requiredString(body, 'ExecutionId');
    const execution = this.executionsOf(association.id).find((candidate) => candidate.id === executionId);
    if (!execution)
      throw new AwsError('AssociationExecutionDoesNotExist', `Execution ${executionId} of association ${association.id} does not exist.`);
    const filters = optionalObjectList(body, 'Filters') ?? [];
    const rows = invocationsOf(execution).filter((inv) =>
      filters.every((filter) => {
        const value = filter.Value;
        if (filter.Key === 'Status') return inv.status === value;
        if (filter.Key === 'ResourceId') return inv.instance.instanceId === value;
        return value === 'ManagedInstance';
      }),
    );
    return paginate(
      'DescribeAssociationExecutionTargets',
      body,
      rows,
      (inv) => ({
        AssociationId: execution.associationId,
        AssociationVersion: String(execution.version),
        ExecutionId: execution.id,
        ResourceId: inv.instance.instanceId,
        ResourceType: 'ManagedInstance',
        Status: inv.status,
        DetailedStatus: inv.details,
        LastExecutionDate: (inv.endedAt ?? inv.startedAt ?? execution.createdAt) / 1000,
        // The run's output is Run Command's: GetCommandInvocation(OutputSourceId, ResourceId), as on AWS.
        OutputSource: { OutputSourceId: execution.command?.id ?? '', OutputSourceType: 'RunCommand' },
      }),
      'AssociationExecutionTargets',
    );
  }

  /** State Manager applies every association whose targets match an instance that joins (dynamic targets). */
  instanceJoined(instance: ManagedInstance): void {
    for (const association of this.associations) {
      const settings = current(association);
      if (settings.instanceId === undefined && targetsInstance(settings, instance)) this.start(association, 'join', [instance]);
    }
  }

  /** The schedule fires now for every association that has one, on all its current targets. Returns the executions' ids. */
  runScheduled(): string[] {
    return this.associations
      .filter((association) => current(association).scheduleExpression !== undefined)
      .map((association) => this.start(association, 'schedule', this.targetsOf(current(association))).id);
  }

  /** Resolves once no execution (on that instance, when given) is still running; throws after timeoutMs. */
  async settled(options: { instanceId?: string; timeoutMs?: number } = {}): Promise<void> {
    const deadline = Date.now() + (options.timeoutMs ?? 120_000);
    const concerns = (execution: Execution): boolean =>
      options.instanceId === undefined || invocationsOf(execution).some((inv) => inv.instance.instanceId === options.instanceId);
    for (;;) {
      const open = this.executions.filter((execution) => isOpen(execution) && concerns(execution));
      if (open.length === 0) return;
      if (this.stopped) throw new Error('associationRunsSettled: the fake AWS stopped');
      if (Date.now() > deadline) {
        throw new Error(
          `associationRunsSettled: executions still running after ${options.timeoutMs ?? 120_000} ms: ${open.map((e) => e.id).join(', ')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  stop(): void {
    this.stopped = true;
  }

  // ---- internals ---------------------------------------------------------------------------

  private readOptions(): Parameters<typeof readAssociationSettings>[2] {
    return { instances: this.options.instances, accountId: this.options.accountId, maxParameterBytes: this.options.maxParameterBytes };
  }

  private targetsOf(settings: AssociationSettings): ManagedInstance[] {
    return this.options.instances.filter((instance) => targetsInstance(settings, instance));
  }

  private start(association: AssociationRecord, trigger: ExecutionTrigger, instances: ManagedInstance[]): Execution {
    const settings = current(association);
    const execution: Execution = {
      id: randomUUID(),
      associationId: association.id,
      version: association.versions.length,
      trigger,
      createdAt: Date.now(),
    };
    if (instances.length > 0) {
      execution.command = this.options.commands.dispatch({
        region: association.region,
        comment: `State Manager association ${association.id}`,
        parameters: settings.parameters,
        instances,
        // AWS's defaults: all targets at once, and no error limit.
        maxConcurrency: settings.maxConcurrency ?? '100%',
        maxErrors: settings.maxErrors ?? '100%',
        targets: settings.targets,
      });
    }
    this.executions.push(execution);
    return execution;
  }

  private executionsOf(associationId: string): Execution[] {
    return this.executions.filter((execution) => execution.associationId === associationId);
  }

  private byId(associationId: string): AssociationRecord {
    const association = this.associations.find((candidate) => candidate.id === associationId);
    if (!association) throw new AwsError('AssociationDoesNotExist', `Association ${associationId} does not exist.`);
    return association;
  }

  /** By AssociationId, or (legacy associations only, as AWS documents) by document Name and InstanceId. */
  private find(body: Body): AssociationRecord {
    const associationId = optionalString(body, 'AssociationId');
    if (associationId !== undefined) return this.byId(associationId);
    const name = optionalString(body, 'Name');
    const instanceId = optionalString(body, 'InstanceId');
    if (name === undefined || instanceId === undefined) throw validation('Specify AssociationId, or Name and InstanceId.');
    const association = this.associations.find((candidate) => {
      const settings = current(candidate);
      return settings.instanceId === instanceId && settings.name === name;
    });
    if (!association) {
      throw new AwsError(
        'AssociationDoesNotExist',
        `No association of ${name} with instance ${instanceId} (an association created with Targets is found by its AssociationId).`,
      );
    }
    return association;
  }

  private describeVersion(association: AssociationRecord, version: number): Record<string, unknown> {
    const settings = association.versions[version - 1] as AssociationSettings;
    const executions = this.executionsOf(association.id);
    const last = executions[executions.length - 1];
    const lastSuccess = [...executions].reverse().find((execution) => executionStatus(execution) === 'Success');
    return {
      Name: settings.name,
      AssociationId: association.id,
      AssociationVersion: String(version),
      Date: association.createdAt / 1000,
      LastUpdateAssociationDate: association.updatedAt / 1000,
      Overview: overview(executions),
      DocumentVersion: settings.documentVersion ?? '$DEFAULT',
      Parameters: settings.parameters.all,
      Targets: settings.targets,
      ApplyOnlyAtCronInterval: settings.applyOnlyAtCronInterval,
      ...(settings.instanceId !== undefined ? { InstanceId: settings.instanceId } : {}),
      ...(settings.associationName !== undefined ? { AssociationName: settings.associationName } : {}),
      ...(settings.scheduleExpression !== undefined ? { ScheduleExpression: settings.scheduleExpression } : {}),
      ...(settings.maxConcurrency !== undefined ? { MaxConcurrency: settings.maxConcurrency } : {}),
      ...(settings.maxErrors !== undefined ? { MaxErrors: settings.maxErrors } : {}),
      ...(settings.complianceSeverity !== undefined ? { ComplianceSeverity: settings.complianceSeverity } : {}),
      ...(settings.syncCompliance !== undefined ? { SyncCompliance: settings.syncCompliance } : {}),
      ...(last ? { LastExecutionDate: lastExecutionDate(last) / 1000 } : {}),
      ...(lastSuccess ? { LastSuccessfulExecutionDate: lastExecutionDate(lastSuccess) / 1000 } : {}),
    };
  }

  private listRow(association: AssociationRecord): Record<string, unknown> {
    const description = this.describeVersion(association, association.versions.length);
    const keys = [
      'Name',
      'InstanceId',
      'AssociationId',
      'AssociationVersion',
      'DocumentVersion',
      'Targets',
      'LastExecutionDate',
      'Overview',
      'ScheduleExpression',
      'AssociationName',
    ];
    return Object.fromEntries(keys.filter((key) => key in description).map((key) => [key, description[key]]));
  }

  private listFilter(association: AssociationRecord, filter: Body): boolean {
    const settings = current(association);
    const value = String(filter.value);
    const executions = this.executionsOf(association.id);
    const last = executions[executions.length - 1];
    switch (filter.key) {
      case 'AssociationName':
        return settings.associationName === value;
      case 'Name':
        return settings.name === value;
      case 'AssociationId':
        return association.id === value;
      case 'InstanceId':
        // "Filtering associations using the InstanceID attribute only returns legacy associations."
        return settings.instanceId === value;
      case 'AssociationStatusName':
        return overview(executions).Status === value;
      case 'LastExecutedBefore':
        return last !== undefined && lastExecutionDate(last) < Date.parse(value);
      case 'LastExecutedAfter':
        return last !== undefined && lastExecutionDate(last) > Date.parse(value);
      default:
        throw validation(
          `Association filter ${String(filter.key)} is not supported by the berth fake AWS (resource groups are not modelled).`,
        );
    }
  }
}

function sameAssociation(a: AssociationSettings, b: AssociationSettings): boolean {
  return (
    a.name === b.name &&
    a.instanceId === b.instanceId &&
    JSON.stringify(a.targets) === JSON.stringify(b.targets) &&
    JSON.stringify(a.parameters.all) === JSON.stringify(b.parameters.all) &&
    a.scheduleExpression === b.scheduleExpression
  );
}

function describeExecution(execution: Execution): Record<string, unknown> {
  const status = executionStatus(execution);
  return {
    AssociationId: execution.associationId,
    AssociationVersion: String(execution.version),
    ExecutionId: execution.id,
    Status: status,
    DetailedStatus: status,
    CreatedTime: execution.createdAt / 1000,
    LastExecutionDate: lastExecutionDate(execution) / 1000,
    ResourceCountByStatus: resourceCountByStatus(execution),
  };
}

/** DescribeAssociationExecutions `Filters`: ExecutionId and Status (EQUAL), CreatedTime (EQUAL, LESS_THAN, GREATER_THAN). */
function executionFilter(execution: Execution, filter: Body): boolean {
  const value = String(filter.Value);
  if (filter.Key === 'ExecutionId') return filter.Type === 'EQUAL' && execution.id === value;
  if (filter.Key === 'Status') return filter.Type === 'EQUAL' && executionStatus(execution) === value;
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw validation(`CreatedTime filter value ${value} is not a date (ISO 8601).`);
  if (filter.Type === 'LESS_THAN') return execution.createdAt < at;
  if (filter.Type === 'GREATER_THAN') return execution.createdAt > at;
  return Math.floor(execution.createdAt / 1000) === Math.floor(at / 1000);
}
