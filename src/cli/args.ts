// The one command-line reader of every `berth <command>`: node's parseArgs plus -h/--help, with wrong
// usage turned into a UsageError (exit status 2). The release commands (deploy, rollback, unlock) take
// every action input as a flag of the same name, parsed by the inputs' one schema.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { contextFromEnv, type RunContext } from '../app/context.js';
import { InputError, INPUT_NAMES, parseActionInputs, type ActionInputs, type Command, type InputName } from '../app/inputs.js';
import { errorMessage } from '../util/errors.js';
import { UsageError } from './usage.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type WithHelp<O extends Options> = O & { help: { type: 'boolean'; short: 'h' } };

/** Says what went wrong with `--flag`-style parsing in words a user can act on. */
function describeParseError(error: unknown): string {
  return errorMessage(error).replace(/\. To specify a positional argument.*$/s, '');
}

/**
 * Parses `argv` with `options` (and -h/--help). Undefined after printing `help` when help was asked for.
 */
export function parseCommandLine<const O extends Options>(argv: string[], help: string, options: O, allowPositionals = false) {
  let parsed;
  try {
    const withHelp = { ...options, help: { type: 'boolean', short: 'h' } } as WithHelp<O>;
    parsed = parseArgs<{ args: string[]; allowPositionals: boolean; options: WithHelp<O> }>({
      args: argv,
      allowPositionals,
      options: withHelp,
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(help);
    return undefined;
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

export interface ReleaseFlags {
  inputs: ActionInputs;
  /** --json: print the result as JSON on stdout. */
  json: boolean;
  /** --repository OWNER/REPO, when given. */
  repository?: string;
}

/** Where a command-line release runs: the checkout is the working directory; --repository names the GitHub repository. */
export function commandLineContext(
  flags: Pick<ReleaseFlags, 'repository'>,
  env: Record<string, string | undefined> = process.env,
): RunContext {
  const repository = flags.repository !== undefined ? { GITHUB_REPOSITORY: flags.repository } : {};
  return { ...contextFromEnv({ ...env, ...repository }), workspace: process.cwd() };
}

const INPUT_FLAGS = Object.fromEntries(
  INPUT_NAMES.filter((name) => name !== 'command').map((name) => [name, { type: 'string' as const }]),
) as Record<Exclude<InputName, 'command'>, { type: 'string' }>;

/**
 * Every input of the action as a flag of the same name (`--batch-size 2`), parsed like the action's
 * inputs; `fallback` gives a value for a flag that is not on the command line.
 */
export function readReleaseFlags(
  argv: string[],
  command: Command,
  help: string,
  fallback: (name: InputName) => string = () => '',
): ReleaseFlags | undefined {
  const parsed = parseCommandLine(argv, help, { ...INPUT_FLAGS, json: { type: 'boolean' }, repository: { type: 'string' } });
  if (!parsed) return undefined;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const given = (name: InputName): string => {
    if (name === 'command') return command;
    const value = values[name];
    return typeof value === 'string' ? value : fallback(name);
  };
  try {
    const inputs = parseActionInputs(given);
    const repository = values['repository'];
    return { inputs, json: values['json'] === true, ...(typeof repository === 'string' ? { repository } : {}) };
  } catch (error) {
    if (error instanceof InputError)
      throw new UsageError(error.message.replace('Invalid action inputs', 'Invalid options').replace(/input "([^"]+)"/g, '--$1'));
    throw error;
  }
}
