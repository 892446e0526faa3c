// The only reader of the action's inputs. Every input declared in action.yml is read here, once,
// checked with zod, and handed to the rest of the code as one typed ActionInputs value.
// Defaults live here too (action.yml repeats them for the marketplace page; a test keeps them equal),
// because a local run (bench, world tests) gets no defaults from a runner.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { getInput } from './workflow-commands.js';

export const COMMANDS = ['validate', 'deploy', 'rollback', 'unlock', 'export'] as const;
export type Command = (typeof COMMANDS)[number];

export interface TagTarget {
  key: string;
  values: string[];
}

/** One image to build and push. */
export interface ImageBuild {
  /** Repository without tag, e.g. `quay.io/acme/app`. */
  image: string;
  context: string;
  dockerfile: string;
  buildArgs: Record<string, string>;
  /** Build stage (`--target`); empty means the last stage. */
  target: string;
  /** `--platform` values; empty means the builder's default. */
  platforms: string[];
}

export type DatabaseSettings = Record<string, string | number | boolean>;

/**
 * Everything the action was asked to do. Strings that are "not given" are empty strings
 * (never undefined), lists are empty arrays, numbers and booleans carry their defaults.
 */
export interface ActionInputs {
  command: Command;
  /** Path or glob, as given. */
  stackJson: string;
  /** Resolved: the input, or `$RUNNER_TEMP/berth-stack.json`. */
  stackJsonOutput: string;
  environment: string;
  githubToken: string;
  target: 'ssm' | 'opsworks';
  awsRegion: string;
  awsEndpoint: string;
  hostAwsEndpoint: string;
  instanceIds: string[];
  targets: TagTarget[];
  stackName: string;
  stackId: string;
  appId: string;
  layerIds: string[];
  opsworksCommand: string;
  batchSize: number;
  failurePolicy: 'rollback' | 'stop';
  timeoutMinutes: number;
  pollIntervalSeconds: number;
  force: boolean;
  manual: string[];
  /** Resolved: the input, or `/berth/<environment>/lock`. */
  lockName: string;
  lockWaitSeconds: number;
  /** Resolved: the input, or `/berth/<environment>/secrets` (no trailing slash). */
  secretsPrefix: string;
  hostRoot: string;
  keepImages: number;
  /** Parsed `database` JSON; undefined when not given. */
  database: DatabaseSettings | undefined;
  /** The single-image inputs as given (`image`, `context`, `dockerfile`, `build-args`). */
  image: string;
  context: string;
  dockerfile: string;
  buildArgs: Record<string, string>;
  /** Every image to build: the `image` input (when given) first, then the `images` list. */
  builds: ImageBuild[];
  tags: string[];
  registryUsername: string;
  registryPassword: string;
  pinDigest: boolean;
  skipExisting: boolean;
  /** export: plan only, write nothing. */
  dryRun: boolean;
  expiresAfter: string;
  /** As given; empty means "commit SHA" (deploy) or "previous good version" (rollback). */
  version: string;
  rollbarToken: string;
  rollbarEndpoint: string;
  cloudwatchLogGroup: string;
}

/** Input name -> default used when the input is empty. Every input of action.yml is a key here. */
export const INPUT_DEFAULTS = {
  command: 'validate',
  'stack-json': 'stack.json',
  'stack-json-output': '',
  environment: 'production',
  'github-token': '',
  target: 'ssm',
  'aws-region': '',
  'aws-endpoint': '',
  'host-aws-endpoint': '',
  'instance-ids': '',
  targets: '',
  'stack-name': '',
  'stack-id': '',
  'app-id': '',
  'layer-ids': '',
  'opsworks-command': 'deploy',
  'batch-size': '1',
  'failure-policy': 'rollback',
  'timeout-minutes': '30',
  'poll-interval-seconds': '5',
  force: 'false',
  manual: '',
  'lock-name': '',
  'lock-wait-seconds': '300',
  'secrets-prefix': '',
  'host-root': '/',
  'keep-images': '3',
  database: '',
  image: '',
  context: '.',
  dockerfile: '',
  'build-args': '',
  images: '',
  tags: '',
  'registry-username': '',
  'registry-password': '',
  'pin-digest': 'false',
  'skip-existing': 'true',
  'dry-run': 'false',
  'expires-after': '',
  version: '',
  'rollbar-token': '',
  'rollbar-endpoint': 'https://api.rollbar.com',
  'cloudwatch-log-group': '',
} as const satisfies Record<string, string>;

export type InputName = keyof typeof INPUT_DEFAULTS;
export const INPUT_NAMES = Object.keys(INPUT_DEFAULTS) as InputName[];

/** Splits a comma/newline separated list; blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const text = z.string().trim();
const list = z.string().transform(splitList);

function wholeNumber(min: number) {
  return z
    .string()
    .trim()
    .regex(/^\d+$/, { error: `must be a whole number of at least ${min}` })
    .transform(Number)
    .refine((n) => n >= min, { error: `must be a whole number of at least ${min}` });
}

// The YAML 1.2 core booleans, as core.getBooleanInput accepts them.
const boolean = z
  .string()
  .trim()
  .refine((value) => /^(true|True|TRUE|false|False|FALSE)$/.test(value), {
    error: 'must be true or false',
  })
  .transform((value) => value.toLowerCase() === 'true');

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.join(', ')}` });
}

const tagTargets = z.string().transform((value, ctx): TagTarget[] => {
  const targets: TagTarget[] = [];
  for (const line of value.split('\n').map((l) => l.trim()).filter((l) => l !== '')) {
    const match = /^tag:([^=]+)=(.+)$/.exec(line);
    const values = match ? splitList(match[2] ?? '') : [];
    if (!match || values.length === 0) {
      ctx.addIssue({ code: 'custom', message: `line "${line}" must look like tag:Key=value1,value2` });
      return z.NEVER;
    }
    targets.push({ key: (match[1] ?? '').trim(), values });
  }
  return targets;
});

/** `KEY=VALUE` lines (or a YAML map / list of such strings inside `images`). */
function keyValueLines(lines: string[], ctx: z.RefinementCtx): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of lines.map((l) => l.trim()).filter((l) => l !== '')) {
    const eq = line.indexOf('=');
    if (eq <= 0) {
      ctx.addIssue({ code: 'custom', message: `line "${line}" must look like KEY=VALUE` });
      continue;
    }
    result[line.slice(0, eq).trim()] = line.slice(eq + 1);
  }
  return result;
}

const buildArgs = z.string().transform((value, ctx) => keyValueLines(value.split('\n'), ctx));

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const database = z.string().transform((value, ctx): DatabaseSettings | undefined => {
  if (value.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `must be a JSON object (${(error as Error).message})` });
    return z.NEVER;
  }
  const result = z.record(z.string(), scalar).safeParse(parsed);
  if (!result.success) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be a JSON object of strings, numbers or booleans, e.g. {"adapter":"mysql2","host":"db","password":"%{ssm:/app/db}"}',
    });
    return z.NEVER;
  }
  return result.data;
});

const imageItem = z.object({
  image: z.string({ error: 'needs an image (repository without tag)' }).min(1, { error: 'needs an image (repository without tag)' }),
  context: z.string().default('.'),
  dockerfile: z.string().default(''),
  'build-args': z.union([z.record(z.string(), scalar), z.array(z.string()), z.string()]).optional(),
  target: z.string().default(''),
  platforms: z.union([z.array(z.string()), z.string()]).optional(),
});

const images = z.string().transform((value, ctx): ImageBuild[] => {
  if (value.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = parseYaml(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `must be a YAML list (${(error as Error).message.split('\n')[0]})` });
    return z.NEVER;
  }
  const result = z.array(imageItem).safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    ctx.addIssue({
      code: 'custom',
      message: `must be a YAML list of {image, context, dockerfile, build-args, target, platforms}: item ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    });
    return z.NEVER;
  }
  return result.data.map((item) => {
    const args = item['build-args'];
    const buildArgsRecord =
      args === undefined
        ? {}
        : typeof args === 'string'
          ? keyValueLines(args.split('\n'), ctx)
          : Array.isArray(args)
            ? keyValueLines(args, ctx)
            : Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(v)]));
    const platforms = item.platforms === undefined ? [] : Array.isArray(item.platforms) ? item.platforms : splitList(item.platforms);
    return {
      image: item.image,
      context: item.context,
      dockerfile: item.dockerfile,
      buildArgs: buildArgsRecord,
      target: item.target,
      platforms,
    };
  });
});

const rawSchema = z.object({
  command: oneOf(COMMANDS),
  'stack-json': text.min(1, { error: 'must name a file or a glob' }),
  'stack-json-output': text,
  environment: text.regex(/^[A-Za-z0-9._-]+$/, { error: 'must be letters, digits, ".", "_" or "-"' }),
  'github-token': text,
  target: oneOf(['ssm', 'opsworks'] as const),
  'aws-region': text,
  'aws-endpoint': text,
  'host-aws-endpoint': text,
  'instance-ids': list,
  targets: tagTargets,
  'stack-name': text,
  'stack-id': text,
  'app-id': text,
  'layer-ids': list,
  'opsworks-command': text,
  'batch-size': wholeNumber(1),
  'failure-policy': oneOf(['rollback', 'stop'] as const),
  'timeout-minutes': wholeNumber(1),
  'poll-interval-seconds': wholeNumber(1),
  force: boolean,
  manual: list,
  'lock-name': text,
  'lock-wait-seconds': wholeNumber(0),
  'secrets-prefix': text,
  'host-root': text.startsWith('/', { error: 'must be an absolute path' }),
  'keep-images': wholeNumber(1),
  database,
  image: text,
  context: text,
  dockerfile: text,
  'build-args': buildArgs,
  images,
  tags: list,
  'registry-username': text,
  'registry-password': z.string(),
  'pin-digest': boolean,
  'skip-existing': boolean,
  'dry-run': boolean,
  'expires-after': text.regex(/^(\d+[smhdw])?$/, { error: 'must be a number and a unit s, m, h, d or w (e.g. 2w), or empty' }),
  version: text,
  'rollbar-token': text,
  'rollbar-endpoint': text.url({ error: 'must be a URL such as https://api.rollbar.com' }),
  'cloudwatch-log-group': text,
});

/** Thrown for unusable inputs; the message names every bad input and what it allows. */
export class InputError extends Error {
  override name = 'InputError';
}

// Secrets are never echoed back in an error message.
const SECRET_INPUTS: ReadonlySet<InputName> = new Set(['github-token', 'registry-password', 'rollbar-token', 'database']);

/**
 * Parses inputs given by `read` (the input's raw text, '' when absent).
 * `env` supplies RUNNER_TEMP for the default output path.
 */
export function parseActionInputs(
  read: (name: InputName) => string,
  env: Record<string, string | undefined> = process.env,
): ActionInputs {
  const raw: Record<string, string> = {};
  for (const name of INPUT_NAMES) {
    const given = read(name);
    raw[name] = given.trim() === '' ? INPUT_DEFAULTS[name] : given;
  }
  const parsed = rawSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?') as InputName;
      const shown = SECRET_INPUTS.has(name) ? '' : ` (got "${raw[name] ?? ''}")`;
      return `input "${name}" ${issue.message}${shown}`;
    });
    throw new InputError(`Invalid action inputs:\n- ${problems.join('\n- ')}`);
  }
  const v = parsed.data;
  const builds: ImageBuild[] = [];
  if (v.image !== '') {
    builds.push({ image: v.image, context: v.context, dockerfile: v.dockerfile, buildArgs: v['build-args'], target: '', platforms: [] });
  }
  builds.push(...v.images);
  return {
    command: v.command,
    stackJson: v['stack-json'],
    stackJsonOutput: v['stack-json-output'] || join(env['RUNNER_TEMP'] || tmpdir(), 'berth-stack.json'),
    environment: v.environment,
    githubToken: v['github-token'],
    target: v.target,
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
    batchSize: v['batch-size'],
    failurePolicy: v['failure-policy'],
    timeoutMinutes: v['timeout-minutes'],
    pollIntervalSeconds: v['poll-interval-seconds'],
    force: v.force,
    manual: v.manual,
    lockName: v['lock-name'] || `/berth/${v.environment}/lock`,
    lockWaitSeconds: v['lock-wait-seconds'],
    secretsPrefix: (v['secrets-prefix'] || `/berth/${v.environment}/secrets`).replace(/\/+$/, ''),
    hostRoot: v['host-root'],
    keepImages: v['keep-images'],
    database: v.database,
    image: v.image,
    context: v.context,
    dockerfile: v.dockerfile,
    buildArgs: v['build-args'],
    builds,
    tags: v.tags,
    registryUsername: v['registry-username'],
    registryPassword: v['registry-password'],
    pinDigest: v['pin-digest'],
    skipExisting: v['skip-existing'],
    dryRun: v['dry-run'],
    expiresAfter: v['expires-after'],
    version: v.version,
    rollbarToken: v['rollbar-token'],
    rollbarEndpoint: v['rollbar-endpoint'].replace(/\/+$/, ''),
    cloudwatchLogGroup: v['cloudwatch-log-group'],
  };
}

/** Reads the inputs of the running action step. */
export function readActionInputs(): ActionInputs {
  return parseActionInputs(getInput);
}

/** Values that must be masked in logs as soon as they are known. */
export function secretInputValues(inputs: ActionInputs): string[] {
  const values = [inputs.githubToken, inputs.registryPassword, inputs.rollbarToken];
  const password = inputs.database?.['password'];
  if (typeof password === 'string' && !password.startsWith('%{ssm:')) values.push(password);
  return values.filter((value) => value !== '');
}
