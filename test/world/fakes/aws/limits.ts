// AWS's documented limits that the service models do not carry, checked after the model accepted the body.
import { DEFAULT_MAX_COMMAND_BYTES } from '../../../../src/host/command.js';
import { AwsError, validation } from './errors.js';

export interface LimitOptions {
  /** SendCommand `Parameters` limit (bytes of their JSON); default DEFAULT_MAX_COMMAND_BYTES (64 KB less the document's own). */
  maxParameterBytes?: number | undefined;
}

/** Parameter Store value limits by tier, in bytes (UTF-8), as documented. */
const VALUE_BYTES = { Standard: 4096, Advanced: 8192, 'Intelligent-Tiering': 8192 } as const;
/** AWS-RunShellScript's executionTimeout: whole seconds, 1 to 48 hours. */
const MAX_EXECUTION_TIMEOUT = 172_800;

type Body = Record<string, unknown>;

export function checkDocumentedLimits(target: string, body: Body, options: LimitOptions = {}): AwsError | undefined {
  if (target === 'AmazonSSM.SendCommand') return sendCommandLimits(body, options.maxParameterBytes ?? DEFAULT_MAX_COMMAND_BYTES);
  if (target === 'AmazonSSM.PutParameter') return putParameterLimits(body);
  return undefined;
}

function sendCommandLimits(body: Body, maxParameterBytes: number): AwsError | undefined {
  const comment = body.Comment;
  if (typeof comment === 'string' && /[\r\n]/.test(comment)) {
    return validation(
      `1 validation error detected: Value '${comment}' at 'comment' failed to satisfy constraint: Member must be a single line of at most 100 characters`,
    );
  }
  const instanceIds = Array.isArray(body.InstanceIds) ? body.InstanceIds.length : 0;
  const targets = Array.isArray(body.Targets) ? body.Targets.length : 0;
  if (instanceIds > 0 && targets > 0) return validation('Specify either InstanceIds or Targets, not both.');
  const parameters = body.Parameters;
  if (parameters === undefined || parameters === null) return undefined;
  const bytes = Buffer.byteLength(JSON.stringify(parameters));
  if (bytes > maxParameterBytes) {
    return validation(
      `The parameters of the command are ${bytes} bytes; the limit is ${maxParameterBytes} bytes. Send less (compress the script, fetch data on the host).`,
    );
  }
  const timeouts = (parameters as Record<string, unknown>).executionTimeout;
  if (Array.isArray(timeouts)) {
    const text = timeouts.length === 1 ? String(timeouts[0]) : `[${timeouts.join(', ')}]`;
    if (timeouts.length !== 1 || !/^[1-9][0-9]*$/.test(text) || Number(text) > MAX_EXECUTION_TIMEOUT) {
      return new AwsError(
        'InvalidParameters',
        `Parameter "executionTimeout" must be whole seconds between 1 and ${MAX_EXECUTION_TIMEOUT}, got "${text}".`,
      );
    }
  }
  return undefined;
}

function putParameterLimits(body: Body): AwsError | undefined {
  const value = body.Value;
  if (typeof value !== 'string') return undefined;
  // No Tier: the account's default tier, Standard unless changed (the fake keeps no account settings).
  const tier = typeof body.Tier === 'string' && body.Tier in VALUE_BYTES ? (body.Tier as keyof typeof VALUE_BYTES) : 'Standard';
  const limit = VALUE_BYTES[tier];
  if (Buffer.byteLength(value, 'utf8') > limit) {
    if (tier !== 'Standard') return validation(`Advanced tier parameters support a maximum parameter value of ${limit} characters.`);
    return validation(
      `Standard tier parameters support a maximum parameter value of ${limit} characters. To create a larger parameter value, upgrade the parameter to use the advanced-parameter tier.`,
    );
  }
  // "Parameters can't be referenced or nested in the values of other parameters. You can't include {{}} or
  // {{ssm:parameter-name}} in a parameter value." (Parameter Store reference)
  if (/\{\{[\s\S]*?\}\}/.test(value)) {
    return validation(`Parameter value can't nest another parameter. Do not use "{{}}" in the value.`);
  }
  return undefined;
}
