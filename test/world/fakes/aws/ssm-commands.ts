// SSM Run Command: SendCommand really runs AWS-RunShellScript on each targeted instance, honouring
// MaxConcurrency, MaxErrors, the delivery and execution timeouts, CancelCommand, the injected faults and
// the service's latency: the agent gets a command (or a cancel) deliveryMs after the call, and what the
// agent reports (the script's end) shows statusLagMs later, in every read alike (docs/fake-aws.md).
import { randomUUID } from 'node:crypto';
import { DEFAULT_MAX_COMMAND_BYTES } from '../../../../src/host/command.js';
import { AwsError, validation } from './errors.js';
import type { Faults } from './faults.js';
import { DEFAULT_LATENCY, type Latency } from './latency.js';
import { type Body, optionalNumber, optionalObjectList, optionalString, optionalStringList, paginate, requiredString } from './input.js';
import { STDERR_LIMIT, STDOUT_LIMIT, elapsed, pluginOutput } from './ssm-output.js';
import { readParameters, share } from './ssm-command-input.js';
import {
  type CommandRecord,
  DOCUMENT,
  type Invocation,
  type InvocationStatus,
  PLUGIN,
  TERMINAL,
  commandStatus,
  errorCount,
  stillHidden,
} from './ssm-command-state.js';
import { resolveInstanceIds, resolveTargets } from './ssm-targets.js';
import type { ManagedInstance } from './types.js';

/** What an association's run is given (State Manager sends it; the association's own settings). */
export interface DispatchSpec {
  region: string;
  comment: string;
  parameters: ReturnType<typeof readParameters>;
  instances: ManagedInstance[];
  maxConcurrency: string;
  maxErrors: string;
  targets: Body[];
}

interface RecordSpec extends DispatchSpec {
  timeoutSeconds: number;
  listed: boolean;
  instanceIds: string[];
  cloudWatch: CommandRecord['cloudWatch'];
}

const NO_CLOUDWATCH = { CloudWatchLogGroupName: '', CloudWatchOutputEnabled: false };

/** After the agent got a cancel, how long an instance that does not end the script may keep it in Cancelling. */
const CANCEL_GRACE_MS = 2_000;

export interface CommandEngineOptions {
  instances: ManagedInstance[];
  faults: Faults;
  /** SendCommand `Parameters` limit (bytes of their JSON); default: the host command builder's own default. */
  maxParameterBytes?: number | undefined;
  accountId: string;
  /** Default DEFAULT_LATENCY, as startFakeAws. */
  latency?: Latency;
}

export class CommandEngine {
  private readonly commands: CommandRecord[] = [];
  private stopped = false;
  private readonly latency: Latency;

  constructor(private readonly options: CommandEngineOptions) {
    this.latency = options.latency ?? DEFAULT_LATENCY;
  }

  send(body: Body, region: string): { Command: unknown } {
    const documentName = requiredString(body, 'DocumentName');
    if (documentName !== DOCUMENT && documentName !== `arn:aws:ssm:${region}::document/${DOCUMENT}`) {
      throw new AwsError('InvalidDocument', `Document ${documentName} does not exist in your account (this fake runs only ${DOCUMENT}).`);
    }
    const comment = optionalString(body, 'Comment') ?? '';
    if (comment.length > 100) {
      throw validation(
        `1 validation error detected: Value '${comment}' at 'comment' failed to satisfy constraint: Member must have length less than or equal to 100`,
      );
    }
    const parameters = readParameters(body.Parameters, this.options.maxParameterBytes ?? DEFAULT_MAX_COMMAND_BYTES);
    const instanceIds = optionalStringList(body, 'InstanceIds');
    const targets = optionalObjectList(body, 'Targets');
    if ((instanceIds?.length ?? 0) > 0 && (targets?.length ?? 0) > 0) {
      throw validation('Specify either InstanceIds or Targets, not both.');
    }
    const instances =
      instanceIds && instanceIds.length > 0
        ? resolveInstanceIds(this.options.instances, instanceIds, this.options.accountId)
        : targets && targets.length > 0
          ? resolveTargets(this.options.instances, targets)
          : undefined;
    if (!instances) throw validation('Either InstanceIds or Targets must be specified.');

    const timeoutSeconds = optionalNumber(body, 'TimeoutSeconds') ?? 3600;
    if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 30 || timeoutSeconds > 2_592_000) {
      throw validation(
        `1 validation error detected: Value '${timeoutSeconds}' at 'timeoutSeconds' failed to satisfy constraint: Member must have value between 30 and 2592000`,
      );
    }
    const maxConcurrency = optionalString(body, 'MaxConcurrency') ?? '50';
    const maxErrors = optionalString(body, 'MaxErrors') ?? '0';
    if (!/^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$/.test(maxConcurrency)) {
      throw validation(
        `1 validation error detected: Value '${maxConcurrency}' at 'maxConcurrency' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$`,
      );
    }
    if (!/^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$/.test(maxErrors)) {
      throw validation(
        `1 validation error detected: Value '${maxErrors}' at 'maxErrors' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$`,
      );
    }
    const cloudWatchInput = (body.CloudWatchOutputConfig ?? {}) as Body;
    const record = this.newRecord({
      region,
      comment,
      parameters,
      instances,
      maxConcurrency,
      maxErrors,
      timeoutSeconds,
      listed: true,
      instanceIds: instanceIds ?? [],
      targets: targets ?? [],
      cloudWatch: {
        CloudWatchLogGroupName: typeof cloudWatchInput.CloudWatchLogGroupName === 'string' ? cloudWatchInput.CloudWatchLogGroupName : '',
        CloudWatchOutputEnabled: cloudWatchInput.CloudWatchOutputEnabled === true,
      },
    });
    record.hiddenPolls = this.options.faults.hiddenPollsPerCommand;
    this.enqueue(record);
    return { Command: this.describeCommand(record) };
  }

  /**
   * Runs AWS-RunShellScript for State Manager (an association's execution): the same agent path, latency,
   * MaxConcurrency and MaxErrors as SendCommand, readable by its id (GetCommandInvocation), not in the listings.
   */
  dispatch(spec: DispatchSpec): CommandRecord {
    const record = this.newRecord({ ...spec, timeoutSeconds: 3600, listed: false, instanceIds: [], cloudWatch: NO_CLOUDWATCH });
    this.enqueue(record);
    return record;
  }

  private newRecord(spec: RecordSpec): CommandRecord {
    const count = spec.instances.length;
    return {
      id: randomUUID(),
      region: spec.region,
      comment: spec.comment,
      parameters: spec.parameters.all,
      commands: spec.parameters.commands,
      instanceIds: spec.instanceIds,
      targets: spec.targets,
      requestedAt: Date.now(),
      timeoutSeconds: spec.timeoutSeconds,
      executionTimeout: spec.parameters.executionTimeout,
      maxConcurrency: spec.maxConcurrency,
      maxErrors: spec.maxErrors,
      concurrencyLimit: Math.max(1, share(spec.maxConcurrency, count, Math.ceil)),
      errorLimit: share(spec.maxErrors, count, Math.floor),
      cloudWatch: spec.cloudWatch,
      invocations: spec.instances.map((instance) => ({
        instance,
        status: 'Pending',
        details: 'Pending',
        responseCode: -1,
        stdout: '',
        stderr: '',
        launched: false,
        abort: new AbortController(),
        timers: [],
      })),
      cancelled: false,
      hiddenPolls: 0,
      listed: spec.listed,
    };
  }

  private enqueue(record: CommandRecord): void {
    this.commands.push(record);
    // Delivery happens after the call returns, as on AWS: the first answer always says Pending.
    record.delivery = setTimeout(() => this.pump(record), 20);
  }

  list(body: Body): { Commands: unknown[]; NextToken?: string } {
    const commandId = optionalString(body, 'CommandId');
    const instanceId = optionalString(body, 'InstanceId');
    let matching = [...this.commands].reverse();
    if (commandId !== undefined) {
      matching = matching.filter((command) => command.id === commandId);
      if (matching.length === 0) throw new AwsError('InvalidCommandId', `Command ${commandId} was not found.`);
    } else matching = matching.filter((command) => command.listed);
    if (instanceId !== undefined)
      matching = matching.filter((command) => command.invocations.some((inv) => inv.instance.instanceId === instanceId));
    matching = applyFilters(matching, optionalObjectList(body, 'Filters') ?? [], (command) => commandStatus(command).status);
    return paginate('ListCommands', body, matching, (command) => this.describeCommand(command), 'Commands');
  }

  listInvocations(body: Body): { CommandInvocations: unknown[]; NextToken?: string } {
    const commandId = optionalString(body, 'CommandId');
    const instanceId = optionalString(body, 'InstanceId');
    const details = body.Details === true;
    let commands = [...this.commands].reverse();
    if (commandId !== undefined) commands = commands.filter((command) => command.id === commandId);
    else commands = commands.filter((command) => command.listed);
    // Eventual consistency: right after SendCommand a listing may not show the command yet (a fault makes it so).
    commands = commands.filter((command) => !stillHidden(command));
    commands = applyFilters(commands, optionalObjectList(body, 'Filters') ?? [], () => undefined);
    const rows = commands.flatMap((command) =>
      command.invocations
        .filter((inv) => instanceId === undefined || inv.instance.instanceId === instanceId)
        .filter((inv) => applyFilters([command], statusFilters(body), () => inv.status).length > 0)
        .map((inv) => ({ command, inv })),
    );
    return paginate(
      'ListCommandInvocations',
      body,
      rows,
      ({ command, inv }) => this.describeInvocationRow(command, inv, details),
      'CommandInvocations',
    );
  }

  getInvocation(body: Body): Record<string, unknown> {
    const commandId = requiredString(body, 'CommandId');
    const instanceId = requiredString(body, 'InstanceId');
    const pluginName = optionalString(body, 'PluginName');
    if (commandId.length !== 36) {
      throw validation(
        `1 validation error detected: Value '${commandId}' at 'commandId' failed to satisfy constraint: Member must have length equal to 36`,
      );
    }
    const command = this.commands.find((candidate) => candidate.id === commandId);
    const inv = command?.invocations.find((candidate) => candidate.instance.instanceId === instanceId);
    if (!command || !inv) throw new AwsError('InvocationDoesNotExist', '');
    if (stillHidden(command)) throw new AwsError('InvocationDoesNotExist', '');
    if (pluginName !== undefined && pluginName !== PLUGIN) {
      throw new AwsError('InvalidPluginName', `The plugin name ${pluginName} is not valid; this document has ${PLUGIN}.`);
    }
    const terminal = TERMINAL.has(inv.status);
    return {
      CommandId: command.id,
      InstanceId: inv.instance.instanceId,
      Comment: command.comment,
      DocumentName: DOCUMENT,
      DocumentVersion: '$DEFAULT',
      PluginName: PLUGIN,
      ResponseCode: inv.responseCode,
      ExecutionStartDateTime: inv.startedAt ? new Date(inv.startedAt).toISOString() : '',
      ExecutionElapsedTime: inv.startedAt ? elapsed(inv.startedAt, inv.endedAt ?? Date.now()) : '',
      ExecutionEndDateTime: inv.endedAt && inv.startedAt ? new Date(inv.endedAt).toISOString() : '',
      Status: inv.status,
      StatusDetails: inv.details,
      StandardOutputContent: terminal ? inv.stdout.slice(0, STDOUT_LIMIT) : '',
      StandardOutputUrl: '',
      StandardErrorContent: terminal ? inv.stderr.slice(0, STDERR_LIMIT) : '',
      StandardErrorUrl: '',
      CloudWatchOutputConfig: command.cloudWatch,
    };
  }

  cancel(body: Body): Record<string, never> {
    const commandId = requiredString(body, 'CommandId');
    const instanceIds = optionalStringList(body, 'InstanceIds');
    const command = this.commands.find((candidate) => candidate.id === commandId);
    if (!command) throw new AwsError('InvalidCommandId', `Command ${commandId} was not found.`);
    const chosen = command.invocations.filter(
      (inv) => !instanceIds || instanceIds.length === 0 || instanceIds.includes(inv.instance.instanceId),
    );
    if (instanceIds && chosen.length !== instanceIds.length) {
      throw new AwsError('InvalidInstanceId', `Command ${commandId} was not sent to all of [${instanceIds.join(', ')}].`);
    }
    if (!instanceIds || instanceIds.length === 0) command.cancelled = true;
    for (const inv of chosen) {
      if (TERMINAL.has(inv.status) || inv.status === 'Cancelling') continue;
      if (inv.status === 'Pending') {
        this.finish(command, inv, 'Cancelled', 'Cancelled', -1);
        continue;
      }
      inv.status = 'Cancelling';
      inv.details = 'Cancelling';
      // The cancel travels to the agent like a command; the agent then SIGKILLs the script's process group.
      const { deliveryMs, statusLagMs } = this.latency;
      this.after(inv, deliveryMs, () => inv.abort.abort(new Error('cancelled by CancelCommand')));
      const grace = this.options.faults.isSilent(inv.instance.instanceId) ? 50 : CANCEL_GRACE_MS;
      const giveUp = () => this.finish(command, inv, 'Cancelled', 'Cancelled', -1);
      inv.timers.push(setTimeout(giveUp, deliveryMs + grace + statusLagMs));
    }
    return {};
  }

  /** Aborts everything still running (the fake is stopping). */
  stopAll(): void {
    this.stopped = true;
    for (const command of this.commands) {
      clearTimeout(command.delivery);
      for (const inv of command.invocations) {
        for (const timer of inv.timers) clearTimeout(timer);
        if (!TERMINAL.has(inv.status)) inv.abort.abort(new Error('fake AWS stopped'));
      }
    }
  }

  // ---- scheduling --------------------------------------------------------------------------

  private pump(command: CommandRecord): void {
    if (this.stopped) return;
    for (const inv of command.invocations) {
      if (inv.launched || inv.status !== 'Pending') continue;
      if (command.cancelled) return;
      if (errorCount(command) > command.errorLimit) {
        // MaxErrors reached: SSM stops sending the command to further instances.
        this.finish(command, inv, 'Cancelled', 'Cancelled', -1);
        continue;
      }
      const running = command.invocations.filter((other) => other.launched && !TERMINAL.has(other.status)).length;
      if (running >= command.concurrencyLimit) return;
      this.launch(command, inv);
    }
  }

  private launch(command: CommandRecord, inv: Invocation): void {
    inv.launched = true;
    const deliveryDeadline = command.requestedAt + command.timeoutSeconds * 1000;
    const undeliverable = this.options.faults.deliveryTimeoutFor(inv.instance.instanceId);
    if (undeliverable || Date.now() + this.latency.deliveryMs >= deliveryDeadline) {
      const wait = undeliverable?.afterMs ?? Math.max(0, deliveryDeadline - Date.now());
      inv.timers.push(setTimeout(() => this.finish(command, inv, 'TimedOut', 'DeliveryTimedOut', -1), wait));
      return;
    }
    // Until the agent has the command, the invocation stays Pending (and takes its MaxConcurrency slot).
    this.after(inv, this.latency.deliveryMs, () => this.start(command, inv));
  }

  /** The agent has the command: it runs the script, and kills its process group after executionTimeout. */
  private start(command: CommandRecord, inv: Invocation): void {
    inv.status = 'InProgress';
    inv.details = 'InProgress';
    inv.startedAt = Date.now();
    inv.timers.push(
      setTimeout(() => {
        inv.abort.abort(new Error('execution timeout'));
        this.ended(command, inv, 'TimedOut', 'ExecutionTimedOut', -1);
      }, command.executionTimeout * 1000),
    );
    if (this.options.faults.isSilent(inv.instance.instanceId)) return;
    inv.instance
      .run(command.commands, {
        timeoutSeconds: command.executionTimeout,
        signal: inv.abort.signal,
        // Like the SSM agent: the script learns which instance it runs on.
        env: { AWS_SSM_INSTANCE_ID: inv.instance.instanceId, AWS_SSM_REGION_NAME: command.region },
      })
      .then(
        (outcome) => {
          inv.stdout = outcome.stdout;
          inv.stderr = outcome.stderr;
          // An instance may enforce timeoutSeconds itself and answer a moment before the fake's own timer.
          const ranOutOfTime = outcome.timedOut === true || Date.now() - (inv.startedAt ?? 0) >= command.executionTimeout * 1000 - 50;
          if (outcome.undeliverable) this.finish(command, inv, 'Failed', 'Undeliverable', -1);
          else if (ranOutOfTime && outcome.exitCode !== 0) this.ended(command, inv, 'TimedOut', 'ExecutionTimedOut', -1);
          else if (outcome.exitCode === 0) this.ended(command, inv, 'Success', 'Success', 0);
          else this.ended(command, inv, 'Failed', 'Failed', outcome.exitCode);
        },
        (error: unknown) => {
          inv.stderr = `failed to run commands: ${error instanceof Error ? error.message : String(error)}`;
          this.ended(command, inv, 'Failed', 'Failed', 1);
        },
      );
  }

  /**
   * The script ended on the instance (or was killed there): the service learns it statusLagMs later, and
   * only then do the reads show it and MaxConcurrency/MaxErrors count it. A cancel sent meanwhile wins.
   */
  private ended(command: CommandRecord, inv: Invocation, status: InvocationStatus, details: string, responseCode: number): void {
    if (inv.endedOnInstance !== undefined || TERMINAL.has(inv.status)) return;
    const endedAt = Date.now();
    inv.endedOnInstance = endedAt;
    this.after(inv, this.latency.statusLagMs, () => {
      if (inv.status === 'Cancelling') this.finish(command, inv, 'Cancelled', 'Cancelled', -1, endedAt);
      else this.finish(command, inv, status, details, responseCode, endedAt);
    });
  }

  /** Runs `step` after `ms` (at once for 0, so a fake without latency behaves exactly as before). */
  private after(inv: Invocation, ms: number, step: () => void): void {
    if (ms <= 0) step();
    else inv.timers.push(setTimeout(step, ms));
  }

  /** The service records the invocation's final status: from now on every read shows it. */
  private finish(
    command: CommandRecord,
    inv: Invocation,
    status: InvocationStatus,
    details: string,
    responseCode: number,
    endedAt = Date.now(),
  ): void {
    if (TERMINAL.has(inv.status)) return;
    for (const timer of inv.timers) clearTimeout(timer);
    inv.timers = [];
    inv.status = status;
    inv.details = details;
    inv.responseCode = responseCode;
    inv.endedAt = endedAt;
    this.pump(command);
  }

  // ---- answers -----------------------------------------------------------------------------

  private describeCommand(command: CommandRecord): Record<string, unknown> {
    const { status, details } = commandStatus(command);
    const invocations = command.invocations;
    return {
      CommandId: command.id,
      DocumentName: DOCUMENT,
      DocumentVersion: '$DEFAULT',
      Comment: command.comment,
      ExpiresAfter: (command.requestedAt + (command.timeoutSeconds + command.executionTimeout) * 1000) / 1000,
      Parameters: command.parameters,
      InstanceIds: command.instanceIds,
      Targets: command.targets,
      RequestedDateTime: command.requestedAt / 1000,
      Status: status,
      StatusDetails: details,
      OutputS3Region: '',
      OutputS3BucketName: '',
      OutputS3KeyPrefix: '',
      MaxConcurrency: command.maxConcurrency,
      MaxErrors: command.maxErrors,
      TargetCount: invocations.length,
      CompletedCount: invocations.filter((inv) => TERMINAL.has(inv.status)).length,
      ErrorCount: errorCount(command),
      DeliveryTimedOutCount: invocations.filter((inv) => inv.details === 'DeliveryTimedOut').length,
      ServiceRole: '',
      NotificationConfig: { NotificationArn: '', NotificationEvents: [], NotificationType: '' },
      CloudWatchOutputConfig: command.cloudWatch,
      TimeoutSeconds: command.timeoutSeconds,
    };
  }

  private describeInvocationRow(command: CommandRecord, inv: Invocation, details: boolean): Record<string, unknown> {
    const terminal = TERMINAL.has(inv.status);
    return {
      CommandId: command.id,
      InstanceId: inv.instance.instanceId,
      InstanceName: inv.instance.hostname,
      Comment: command.comment,
      DocumentName: DOCUMENT,
      DocumentVersion: '$DEFAULT',
      RequestedDateTime: command.requestedAt / 1000,
      Status: inv.status,
      StatusDetails: inv.details,
      TraceOutput: '',
      StandardOutputUrl: '',
      StandardErrorUrl: '',
      CommandPlugins: details
        ? [
            {
              Name: PLUGIN,
              Status: inv.status,
              StatusDetails: inv.details,
              ResponseCode: inv.responseCode,
              ...(inv.startedAt ? { ResponseStartDateTime: inv.startedAt / 1000 } : {}),
              ...(inv.endedAt && inv.startedAt ? { ResponseFinishDateTime: inv.endedAt / 1000 } : {}),
              Output: terminal ? pluginOutput(inv.stdout, inv.stderr) : '',
              StandardOutputUrl: '',
              StandardErrorUrl: '',
              OutputS3Region: '',
              OutputS3BucketName: '',
              OutputS3KeyPrefix: '',
            },
          ]
        : [],
      ServiceRole: '',
      NotificationConfig: { NotificationArn: '', NotificationEvents: [], NotificationType: '' },
      CloudWatchOutputConfig: command.cloudWatch,
    };
  }
}

/** ListCommands / ListCommandInvocations `Filters` (key/value, lower-case keys as in the API). */
function applyFilters(
  commands: CommandRecord[],
  filters: Body[],
  statusOf: (command: CommandRecord) => string | undefined,
): CommandRecord[] {
  return commands.filter((command) =>
    filters.every((filter) => {
      const key = filter.key;
      const value = filter.value;
      if (typeof key !== 'string' || typeof value !== 'string')
        throw new AwsError('InvalidFilterKey', 'Each filter needs a key and a value.');
      switch (key) {
        case 'InvokedAfter':
          return command.requestedAt >= Date.parse(value);
        case 'InvokedBefore':
          return command.requestedAt <= Date.parse(value);
        case 'DocumentName':
          return value === DOCUMENT;
        case 'Status': {
          const status = statusOf(command);
          return status === undefined || status === value;
        }
        case 'ExecutionStage':
          return value === 'Executing'
            ? commandStatus(command).status === 'InProgress'
            : TERMINAL.has(commandStatus(command).status as InvocationStatus);
        default:
          throw new AwsError('InvalidFilterKey', `The filter key '${key}' is not valid.`);
      }
    }),
  );
}

function statusFilters(body: Body): Body[] {
  return (optionalObjectList(body, 'Filters') ?? []).filter((filter) => filter.key === 'Status');
}
