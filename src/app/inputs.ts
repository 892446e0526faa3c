// What a release is asked to do: every input of action.yml (and flag of the CLI, same names), read once
// and checked with one zod schema. The schema's keys are the input names, each entry carries its default
// (action.yml repeats them for the marketplace page; a test keeps them equal) because a local run
// (CLI, bench, world tests) gets no defaults from a runner, and its output is the ActionInputs type.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_MAX_COMMAND_BYTES, MAX_EXECUTION_TIMEOUT_SECONDS } from '../host/command.js';
import { isSecretKey } from '../stack/secrets.js';
import {
  batchSize,
  boolean,
  buildArgs,
  database,
  decimal,
  images,
  list,
  oneOf,
  tagTargets,
  text,
  wholeNumber,
  type ImageBuild,
} from './input-values.js';
import { databaseSecretTexts } from './input-values.js';

export { splitList, type DatabaseSettings, type ImageBuild, type TagTarget } from './input-values.js';

export const COMMANDS = ['validate', 'deploy', 'rollback', 'unlock', 'export', 'converge-off', 'status'] as const;
export type Command = (typeof COMMANDS)[number];

/** Input name -> its schema, defaulted (a prefault: the default text is parsed like a given value). */
const inputShape = {
  command: oneOf(COMMANDS).prefault('validate'),
  'stack-json': text.min(1, { error: 'must name a file or a glob' }).prefault('stack.json'),
  'stack-json-output': text.prefault(''),
  environment: text.regex(/^[A-Za-z0-9._-]+$/, { error: 'must be letters, digits, ".", "_" or "-"' }).prefault('production'),
  'github-token': text.prefault(''),
  target: oneOf(['ssm', 'opsworks'] as const).prefault('ssm'),
  'aws-region': text.prefault(''),
  'aws-endpoint': text.prefault(''),
  'host-aws-endpoint': text.prefault(''),
  'instance-ids': list.prefault(''),
  targets: tagTargets.prefault(''),
  'stack-name': text.prefault(''),
  'stack-id': text.prefault(''),
  'app-id': text.prefault(''),
  'layer-ids': list.prefault(''),
  'opsworks-command': text.prefault('deploy'),
  'batch-size': batchSize.prefault('1'),
  'batch-wait-seconds': wholeNumber(0).prefault('0'),
  'failure-policy': oneOf(['rollback', 'stop'] as const).prefault('rollback'),
  // The rollout's commands run until the deadline, and SSM refuses an executionTimeout over 172,800 s.
  'timeout-minutes': wholeNumber(1)
    .refine((n) => n * 60 <= MAX_EXECUTION_TIMEOUT_SECONDS, {
      error: `must be at most ${MAX_EXECUTION_TIMEOUT_SECONDS / 60} (48 hours: the longest executionTimeout SSM Run Command accepts is ${MAX_EXECUTION_TIMEOUT_SECONDS} s)`,
    })
    .prefault('30'),
  'poll-interval-seconds': wholeNumber(1).prefault('5'),
  force: boolean.prefault('false'),
  surge: boolean.prefault('false'),
  manual: list.prefault(''),
  'lock-name': text.prefault(''),
  'lock-wait-seconds': wholeNumber(0).prefault('300'),
  'secrets-prefix': text.prefault(''),
  'host-root': text.startsWith('/', { error: 'must be an absolute path' }).prefault('/'),
  'keep-images': wholeNumber(1).prefault('3'),
  'max-command-bytes': wholeNumber(1024).prefault(String(DEFAULT_MAX_COMMAND_BYTES)),
  'data-volume-image': text.min(1).prefault('busybox:latest'),
  database: database.prefault(''),
  image: text.prefault(''),
  context: text.prefault('.'),
  dockerfile: text.prefault(''),
  'build-args': buildArgs.prefault(''),
  images: images.prefault(''),
  tags: list.prefault(''),
  'registry-username': text.prefault(''),
  'registry-password': z.string().prefault(''),
  'pin-digest': boolean.prefault('false'),
  'skip-existing': boolean.prefault('true'),
  'dry-run': boolean.prefault('false'),
  'expires-after': text.regex(/^(\d+[smhdw])?$/, { error: 'must be a number and a unit s, m, h, d or w (e.g. 2w), or empty' }).prefault(''),
  version: text.prefault(''),
  'rollbar-token': text.prefault(''),
  'rollbar-read-token': text.prefault(''),
  'canary-seconds': wholeNumber(0).prefault('0'),
  'canary-min-requests': wholeNumber(0).prefault('20'),
  'canary-low-traffic': oneOf(['wait', 'pass', 'fail'] as const).prefault('wait'),
  // Empty: 3 x canary-seconds (src/app/settings.ts canarySettings, which checks it is not shorter).
  'canary-max-wait-seconds': z
    .string()
    .trim()
    .regex(/^(\d+)?$/, { error: 'must be a whole number of seconds, or empty for 3 x canary-seconds' })
    .transform((value) => (value === '' ? undefined : Number(value)))
    .prefault(''),
  'canary-max-5xx-points': decimal(0, 100).prefault('1'),
  'canary-max-response-ratio': decimal(1).prefault('1.5'),
  'canary-max-5xx-percent': decimal(0, 100).prefault('1'),
  'canary-max-response-ms': wholeNumber(1).prefault('1000'),
  'canary-max-rollbar-items': wholeNumber(0).prefault('0'),
  'rollbar-endpoint': text.url({ error: 'must be a URL such as https://api.rollbar.com' }).prefault('https://api.rollbar.com'),
  'cloudwatch-log-group': text.prefault(''),
  converge: boolean.prefault('false'),
  // AWS's own pattern for an association's MaxConcurrency: a count, or a percentage from 1% to 100%.
  'converge-concurrency': text
    .regex(/^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$/, { error: 'must be a number of hosts (e.g. 2) or a percentage from 1% to 100%' })
    .prefault('25%'),
  // AWS refuses a rate expression under 30 minutes on an association.
  'drift-repair-minutes': wholeNumber(0)
    .refine((n) => n === 0 || n >= 30, { error: 'must be 0 (off) or at least 30 (the shortest rate State Manager accepts)' })
    .prefault('0'),
};

export type InputName = keyof typeof inputShape;
export const INPUT_NAMES = Object.keys(inputShape) as InputName[];

/** Input name -> the text used when the input is empty. */
export const INPUT_DEFAULTS = Object.fromEntries(INPUT_NAMES.map((name) => [name, inputShape[name].def.defaultValue])) as Record<
  InputName,
  string
>;

/**
 * The inputs as the code uses them. Strings that are "not given" are empty strings (never undefined),
 * lists are empty arrays, numbers and booleans carry their defaults.
 */
const inputsSchema = z.object(inputShape).transform((v) => ({
  command: v.command,
  /** Path or glob, as given. */
  stackJson: v['stack-json'],
  /** As given; parseActionInputs resolves '' to `$RUNNER_TEMP/berth-stack.json`. */
  stackJsonOutput: v['stack-json-output'],
  environment: v.environment,
  githubToken: v['github-token'],
  target: v.target,
  /** As given; src/app/settings.ts's awsRegion() applies the environment's fallback. */
  awsRegion: v['aws-region'],
  awsEndpoint: v['aws-endpoint'],
  hostAwsEndpoint: v['host-aws-endpoint'],
  instanceIds: v['instance-ids'],
  targets: v.targets,
  stackName: v['stack-name'],
  stackId: v['stack-id'],
  appId: v['app-id'],
  layerIds: v['layer-ids'],
  opsworksCommand: v['opsworks-command'],
  /** A count, or `{ percent }` of the fleet (src/deploy/hosts.ts batchSizeFor). */
  batchSize: v['batch-size'],
  batchWaitSeconds: v['batch-wait-seconds'],
  failurePolicy: v['failure-policy'],
  timeoutMinutes: v['timeout-minutes'],
  pollIntervalSeconds: v['poll-interval-seconds'],
  force: v.force,
  /** Surge for every definition with an alternate slot that does not set `surge` itself (src/stack/slots.ts). */
  surge: v.surge,
  manual: v.manual,
  /** The input, or `/berth/<environment>/lock`. */
  lockName: v['lock-name'] || `/berth/${v.environment}/lock`,
  lockWaitSeconds: v['lock-wait-seconds'],
  /** The input, or `/berth/<environment>/secrets` (no trailing slash). */
  secretsPrefix: (v['secrets-prefix'] || `/berth/${v.environment}/secrets`).replace(/\/+$/, ''),
  hostRoot: v['host-root'],
  keepImages: v['keep-images'],
  /** Size limit of one SendCommand's parameters, script and plans included. */
  maxCommandBytes: v['max-command-bytes'],
  /** Image of data-only containers. */
  dataVolumeImage: v['data-volume-image'],
  /** Parsed `database` JSON; undefined when not given. */
  database: v.database,
  /** The single-image inputs as given (`image`, `context`, `dockerfile`, `build-args`). */
  image: v.image,
  context: v.context,
  dockerfile: v.dockerfile,
  buildArgs: v['build-args'],
  /** Every image to build: the `image` input (when given) first, then the `images` list. */
  builds: [
    ...(v.image !== ''
      ? [{ image: v.image, context: v.context, dockerfile: v.dockerfile, buildArgs: v['build-args'], target: '', platforms: [] }]
      : []),
    ...v.images,
  ] satisfies ImageBuild[] as ImageBuild[],
  tags: v.tags,
  registryUsername: v['registry-username'],
  registryPassword: v['registry-password'],
  pinDigest: v['pin-digest'],
  skipExisting: v['skip-existing'],
  /** export: plan only, write nothing. */
  dryRun: v['dry-run'],
  expiresAfter: v['expires-after'],
  /** As given; empty means "commit SHA" (deploy) or "previous good version" (rollback). */
  version: v.version,
  rollbarToken: v['rollbar-token'],
  rollbarEndpoint: v['rollbar-endpoint'].replace(/\/+$/, ''),
  /** Reads Rollbar's new items of the release for the canary (a read scope token); '' when not given. */
  rollbarReadToken: v['rollbar-read-token'],
  /** 0: no canary. */
  canarySeconds: v['canary-seconds'],
  canaryMinRequests: v['canary-min-requests'],
  canaryLowTraffic: v['canary-low-traffic'],
  /** Undefined: 3 x canarySeconds. */
  canaryMaxWaitSeconds: v['canary-max-wait-seconds'],
  canaryMax5xxPoints: v['canary-max-5xx-points'],
  canaryMaxResponseRatio: v['canary-max-response-ratio'],
  canaryMax5xxPercent: v['canary-max-5xx-percent'],
  canaryMaxResponseMs: v['canary-max-response-ms'],
  canaryMaxRollbarItems: v['canary-max-rollbar-items'],
  cloudwatchLogGroup: v['cloudwatch-log-group'],
  /** Hosts that join converge on the last good release (State Manager association + release record). */
  converge: v.converge,
  convergeConcurrency: v['converge-concurrency'],
  /** Minutes between the association's scheduled runs (drift repair); 0: none. */
  driftRepairMinutes: v['drift-repair-minutes'],
}));

/** Everything a release was asked to do. */
export type ActionInputs = z.output<typeof inputsSchema>;

/** Thrown for unusable inputs; the message names every bad input and what it allows. */
export class InputError extends Error {
  override name = 'InputError';
}

// Inputs that hold secrets (build-args and images may carry a token) are never echoed back in an error message.
const SECRET_INPUTS: ReadonlySet<InputName> = new Set([
  'github-token',
  'registry-password',
  'rollbar-token',
  'rollbar-read-token',
  'database',
  'build-args',
  'images',
]);

/**
 * The secret parts of the raw inputs, known before any parsing can fail: the tokens and password
 * whole, the `database` text and every secret-named field it holds (read leniently, so malformed JSON
 * gives them too), and each `build-args` line with the value of a secret-named key.
 */
export function rawSecretValues(raw: Partial<Record<InputName, string>>): string[] {
  const out = new Set<string>();
  const add = (value: string | undefined) => {
    if (value === undefined || value.trim() === '' || value.startsWith('%{ssm:')) return;
    out.add(value);
    out.add(value.trim());
  };
  add(raw['github-token']);
  add(raw['registry-password']);
  add(raw['rollbar-token']);
  add(raw['rollbar-read-token']);
  add(raw.database);
  for (const value of databaseSecretTexts(raw.database ?? '', isSecretKey)) add(value);
  for (const line of (raw['build-args'] ?? '').split('\n')) {
    add(line);
    const eq = line.indexOf('=');
    if (eq > 0 && isSecretKey(line.slice(0, eq))) add(line.slice(eq + 1));
  }
  return [...out];
}

/**
 * Parses inputs given by `read` (the input's raw text, '' when absent).
 * `env` supplies RUNNER_TEMP for the default output path. `mask` (the runner's setSecret) gets every
 * secret part of the raw inputs before they are parsed, so not even a parse error can print one.
 */
export function parseActionInputs(
  read: (name: InputName) => string,
  env: Record<string, string | undefined> = process.env,
  mask: (value: string) => void = () => undefined,
): ActionInputs {
  const raw: Partial<Record<InputName, string>> = {};
  for (const name of INPUT_NAMES) {
    const given = read(name);
    if (given.trim() !== '') raw[name] = given;
  }
  for (const value of rawSecretValues(raw)) mask(value);
  const parsed = inputsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?') as InputName;
      const shown = SECRET_INPUTS.has(name) ? '' : ` (got "${raw[name] ?? INPUT_DEFAULTS[name] ?? ''}")`;
      return `input "${name}" ${issue.message}${shown}`;
    });
    throw new InputError(`Invalid action inputs:\n- ${problems.join('\n- ')}`);
  }
  const inputs = parsed.data;
  return { ...inputs, stackJsonOutput: inputs.stackJsonOutput || join(env['RUNNER_TEMP'] || tmpdir(), 'berth-stack.json') };
}

/**
 * The secret values of the inputs: masked in logs as soon as they are known, and the known values a
 * deploy compares plain values with (a copy is staged like a secret). The tokens and password whole,
 * the `database` input's secret-named fields (a number as it reads), the value of each secret-named
 * build arg (`build-args` and every `images` item); `%{ssm:...}` references are names, not values.
 */
export function secretInputValues(inputs: ActionInputs): string[] {
  const values = [inputs.githubToken, inputs.registryPassword, inputs.rollbarToken, inputs.rollbarReadToken];
  for (const [key, value] of Object.entries(inputs.database ?? {}))
    if (isSecretKey(key) && typeof value !== 'boolean') values.push(String(value));
  for (const args of [inputs.buildArgs, ...inputs.builds.map((build) => build.buildArgs)]) {
    for (const [key, value] of Object.entries(args)) if (isSecretKey(key)) values.push(value);
  }
  return [...new Set(values.filter((value) => value !== '' && !value.startsWith('%{ssm:')))];
}
