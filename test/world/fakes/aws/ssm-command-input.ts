// SendCommand's knobs: AWS-RunShellScript parameters (with the size limit) and MaxConcurrency / MaxErrors.
import { AwsError, validation } from './errors.js';
import { DOCUMENT } from './ssm-command-state.js';

/** `MaxConcurrency` / `MaxErrors`: a number, or a percentage of the targets. */
export function share(value: string, targets: number, round: (n: number) => number): number {
  if (value.endsWith('%')) return round((Number(value.slice(0, -1)) * targets) / 100);
  return Number(value);
}

export function readParameters(
  raw: unknown,
  maxBytes: number,
): { all: Record<string, string[]>; commands: string[]; executionTimeout: number } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new AwsError('InvalidParameters', `${DOCUMENT} needs Parameters with a "commands" list.`);
  }
  const all = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(all)) {
    if (!['commands', 'executionTimeout', 'workingDirectory'].includes(key)) {
      throw new AwsError(
        'InvalidParameters',
        `Parameter "${key}" is not valid for document ${DOCUMENT}: it takes commands, workingDirectory and executionTimeout.`,
      );
    }
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      throw new AwsError('InvalidParameters', `Parameter "${key}" must be a list of strings.`);
    }
  }
  const bytes = Buffer.byteLength(JSON.stringify(all));
  if (bytes > maxBytes) {
    throw validation(
      `The parameters of the command are ${bytes} bytes; the limit is ${maxBytes} bytes. Send less (compress the script, fetch data on the host).`,
    );
  }
  const commands = all.commands as string[] | undefined;
  if (!commands || commands.length === 0) throw new AwsError('InvalidParameters', `Parameter "commands" is required by ${DOCUMENT}.`);
  const timeoutText = (all.executionTimeout as string[] | undefined)?.[0] ?? '3600';
  const executionTimeout = Number(timeoutText);
  if (!/^\d+$/.test(timeoutText) || executionTimeout < 1 || executionTimeout > 172_800) {
    throw new AwsError(
      'InvalidParameters',
      `Parameter "executionTimeout" must be whole seconds between 1 and 172800, got "${timeoutText}".`,
    );
  }
  return { all: all as Record<string, string[]>, commands, executionTimeout };
}
