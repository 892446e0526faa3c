// The one command-line reader of every `berth <command>`: node's parseArgs plus -h/--help, with wrong
// usage turned into a UsageError (exit status 2). The release commands (deploy, rollback, unlock) take
// every action input as a flag of the same name, parsed by the inputs' one schema; the secret inputs
// come from the environment or stdin instead.
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { contextFromEnv, type RunContext } from '../app/context.js';
import { InputError, INPUT_NAMES, parseActionInputs, type ActionInputs, type Command, type InputName } from '../app/inputs.js';
import { errorMessage } from '../util/errors.js';
import { BUILD_ARG_INPUTS, flagHoldsSecretBuildArg, type BuildArgInput } from './build-arg-flags.js';
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
  /** The command's own options (`extra` of readReleaseFlags) and its positional arguments. */
  own: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Where a command-line release runs: the checkout is the working directory; --repository names the GitHub repository. */
export function commandLineContext(
  flags: Pick<ReleaseFlags, 'repository'>,
  env: Record<string, string | undefined> = process.env,
): RunContext {
  const repository = flags.repository !== undefined ? { GITHUB_REPOSITORY: flags.repository } : {};
  return { ...contextFromEnv({ ...env, ...repository }), workspace: process.cwd() };
}

/**
 * Inputs that hold secrets never come from a flag: every user of the machine reads a process's
 * arguments (`ps`, /proc). Each comes from its environment variable, or from stdin with `--<name>-stdin`.
 */
export const SECRET_INPUT_ENV = {
  'github-token': 'BERTH_GITHUB_TOKEN',
  'registry-password': 'BERTH_REGISTRY_PASSWORD',
  'rollbar-token': 'BERTH_ROLLBAR_TOKEN',
  'rollbar-read-token': 'BERTH_ROLLBAR_READ_TOKEN',
  database: 'BERTH_DATABASE',
  // Build args: as a flag too while none of them is a secret (build-arg-flags.ts).
  'build-args': 'BERTH_BUILD_ARGS',
  images: 'BERTH_IMAGES',
} as const satisfies Partial<Record<InputName, string>>;
type SecretInput = keyof typeof SECRET_INPUT_ENV;
const SECRET_INPUTS = Object.keys(SECRET_INPUT_ENV) as SecretInput[];
const isSecretInput = (name: InputName): name is SecretInput => Object.hasOwn(SECRET_INPUT_ENV, name);
const isBuildArgInput = (name: SecretInput): name is BuildArgInput => (BUILD_ARG_INPUTS as readonly string[]).includes(name);

/** How to give a secret input: the message for its refused flag, and the help text. */
export function secretInputHelp(name: SecretInput): string {
  return `set ${SECRET_INPUT_ENV[name]} in the environment or pipe it into --${name}-stdin`;
}

const INPUT_FLAGS = Object.fromEntries(
  INPUT_NAMES.filter((name) => name !== 'command').map((name) => [name, { type: 'string' as const }]),
) as Record<Exclude<InputName, 'command'>, { type: 'string' }>;
const STDIN_FLAGS = Object.fromEntries(SECRET_INPUTS.map((name) => [`${name}-stdin`, { type: 'boolean' as const }])) as Record<
  `${SecretInput}-stdin`,
  { type: 'boolean' }
>;

/** Where the secret inputs come from besides the command line (tests give their own). */
export interface SecretSources {
  env?: Record<string, string | undefined>;
  /** The whole of stdin; read only when a `--<name>-stdin` flag asks for it. */
  readStdin?: () => string;
}

/** The secret inputs from the environment and stdin; a secret given as a flag is refused. */
function readSecretInputs(
  values: Record<string, string | boolean | undefined>,
  sources: SecretSources,
): Partial<Record<SecretInput, string>> {
  const env = sources.env ?? process.env;
  // A build arg input's flag is taken while it holds no secret build arg (build-arg-flags.ts).
  const given = SECRET_INPUTS.filter((name) => {
    const text = values[name];
    return typeof text === 'string' && (!isBuildArgInput(name) || flagHoldsSecretBuildArg(name, text));
  });
  if (given.length > 0) {
    const why = (name: SecretInput) =>
      isBuildArgInput(name)
        ? ' with a secret build arg in it (a key holding PASSWORD, SECRET, TOKEN, KEY or CREDENTIAL, or user:password@)'
        : '';
    throw new UsageError(
      given
        .map(
          (name) =>
            `--${name} is not accepted${why(name)}: a flag is visible to every user of this machine (ps, /proc); ${secretInputHelp(name)}`,
        )
        .join('\n'),
    );
  }
  const twice = BUILD_ARG_INPUTS.filter(
    (name) => typeof values[name] === 'string' && ((env[SECRET_INPUT_ENV[name]] ?? '') !== '' || values[`${name}-stdin`] === true),
  );
  if (twice.length > 0)
    throw new UsageError(
      twice.map((name) => `--${name} is given twice (also by ${SECRET_INPUT_ENV[name]} or --${name}-stdin): give it once`).join('\n'),
    );
  const piped = SECRET_INPUTS.filter((name) => values[`${name}-stdin`] === true);
  if (piped.length > 1)
    throw new UsageError(`only one input can come from stdin, got ${piped.map((name) => `--${name}-stdin`).join(' and ')}`);
  const out: Partial<Record<SecretInput, string>> = {};
  for (const name of SECRET_INPUTS) {
    const value = env[SECRET_INPUT_ENV[name]];
    if (value !== undefined && value !== '') out[name] = value;
  }
  const [fromStdin] = piped;
  if (fromStdin) out[fromStdin] = (sources.readStdin ?? (() => readFileSync(0, 'utf8')))().replace(/\r?\n$/, '');
  return out;
}

/**
 * Every input of the action as a flag of the same name (`--batch-size 2`), parsed like the action's
 * inputs, except the secret ones (SECRET_INPUT_ENV); `fallback` gives a value for an input not given.
 */
export function readReleaseFlags(
  argv: string[],
  command: Command,
  help: string,
  fallback: (name: InputName) => string = () => '',
  sources: SecretSources = {},
  extra: { options?: Options; positionals?: boolean } = {},
): ReleaseFlags | undefined {
  const parsed = parseCommandLine(
    argv,
    help,
    { ...INPUT_FLAGS, ...STDIN_FLAGS, json: { type: 'boolean' }, repository: { type: 'string' }, ...extra.options },
    extra.positionals === true,
  );
  if (!parsed) return undefined;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const secrets = readSecretInputs(values, sources);
  const given = (name: InputName): string => {
    if (name === 'command') return command;
    const value = values[name];
    // A secret input's flag got this far only when allowed (a build arg input holding no secret).
    if (isSecretInput(name)) return secrets[name] ?? (typeof value === 'string' ? value : fallback(name));
    return typeof value === 'string' ? value : fallback(name);
  };
  try {
    const inputs = parseActionInputs(given);
    const repository = values['repository'];
    const own = Object.fromEntries(Object.keys(extra.options ?? {}).map((name) => [name, values[name]]));
    return {
      inputs,
      json: values['json'] === true,
      ...(typeof repository === 'string' ? { repository } : {}),
      own,
      positionals: parsed.positionals,
    };
  } catch (error) {
    if (error instanceof InputError)
      throw new UsageError(
        error.message
          .replace('Invalid action inputs', 'Invalid options')
          .replace(/input "([^"]+)"/g, (_, name: string) =>
            isSecretInput(name as InputName) && typeof values[name] !== 'string' ? SECRET_INPUT_ENV[name as SecretInput] : `--${name}`,
          ),
      );
    throw error;
  }
}
