// The value types of the inputs that are more than a word: lists, numbers, booleans, tag targets,
// KEY=VALUE lines, the database JSON and the images YAML. Each is a zod schema from the input's raw
// text to its typed value, with messages that say what the input allows.
import { parse as parseJsonLeniently, type ParseError } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { BatchSize } from '../deploy/settings.js';
import { errorMessage } from '../util/errors.js';

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

/** Splits a comma/newline separated list; blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export const text = z.string().trim();
export const list = z.string().transform(splitList);

export function wholeNumber(min: number) {
  return z
    .string()
    .trim()
    .regex(/^\d+$/, { error: `must be a whole number of at least ${min}` })
    .transform(Number)
    .refine((n) => n >= min, { error: `must be a whole number of at least ${min}` });
}

/** A decimal number (`1.5`, `2`) within [min, max]. */
export function decimal(min: number, max?: number) {
  const error = `must be a number ${max === undefined ? `of at least ${min}` : `from ${min} to ${max}`} (digits and one optional point, e.g. 1.5)`;
  return z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, { error })
    .transform(Number)
    .refine((n) => n >= min && (max === undefined || n <= max), { error });
}

/** Hosts per batch: a whole number of at least 1, or a whole percentage of the fleet from 1% to 100%. */
export const batchSize = z
  .string()
  .trim()
  .transform((value, ctx): BatchSize => {
    const percent = /^(\d+(?:\.\d*)?)\s*%$/.exec(value);
    if (percent) {
      const share = Number(percent[1]);
      if (Number.isInteger(share) && share >= 1 && share <= 100) return { percent: share };
      ctx.addIssue({ code: 'custom', message: 'must be a whole percentage from 1% to 100% (e.g. 25%: a quarter of the hosts at a time)' });
      return z.NEVER;
    }
    if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value);
    ctx.addIssue({ code: 'custom', message: 'must be a whole number of at least 1' });
    return z.NEVER;
  });

// The YAML 1.2 core booleans, as the runner toolkit's boolean input reader accepts them.
export const boolean = z
  .string()
  .trim()
  .refine((value) => /^(true|True|TRUE|false|False|FALSE)$/.test(value), {
    error: 'must be true or false',
  })
  .transform((value) => value.toLowerCase() === 'true');

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.join(', ')}` });
}

export const tagTargets = z.string().transform((value, ctx): TagTarget[] => {
  const targets: TagTarget[] = [];
  for (const line of value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')) {
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

/** Where JSON text stops parsing, as line and column (never the text itself). */
export function jsonErrorPlace(value: string): string {
  const errors: ParseError[] = [];
  parseJsonLeniently(value, errors);
  const offset = errors[0]?.offset ?? value.length;
  const before = value.slice(0, offset).split('\n');
  return `invalid JSON at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** `KEY=VALUE` lines (or a YAML map / list of such strings inside `images`). A line may hold a secret: errors give its number only. */
function keyValueLines(lines: string[], ctx: z.RefinementCtx): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [index, line] of lines.map((l, i) => [i + 1, l.trim()] as const).filter(([, l]) => l !== '')) {
    const eq = line.indexOf('=');
    if (eq <= 0) {
      ctx.addIssue({ code: 'custom', message: `line ${index} must look like KEY=VALUE (the line is not shown, it may hold a secret)` });
      continue;
    }
    result[line.slice(0, eq).trim()] = line.slice(eq + 1);
  }
  return result;
}

export const buildArgs = z.string().transform((value, ctx) => keyValueLines(value.split('\n'), ctx));

// A field as written, even in text that is not JSON: a quoted key (double or single quotes), a colon,
// then the value's raw text: a quoted string (to its closing quote or the line's end) or a bare word.
const WRITTEN_FIELD = /(["'])((?:\\.|(?!\1)[^\\\n])*)\1\s*:\s*("(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?|[^\s,}\]]+)/g;

/**
 * The values of the secret-named fields (`isSecret`) of a `database` text, found even when it is not
 * JSON: each as written (escapes kept; a bare `12345`, `0012` or `hunter2` word) and, when that much
 * reads as a JSON string or number, as it reads (`1e5` is `100000`, escapes undone).
 */
export function databaseSecretTexts(text: string, isSecret: (key: string) => boolean): string[] {
  const out: string[] = [];
  for (const [, , key = '', written = ''] of text.matchAll(WRITTEN_FIELD)) {
    if (!isSecret(key)) continue;
    out.push(written.replace(/^["']|["']$/g, ''));
    try {
      const reads: unknown = JSON.parse(written);
      if (typeof reads === 'string' || typeof reads === 'number') out.push(String(reads));
    } catch {
      // Not JSON by itself (an unclosed string, a bare word): as written only.
    }
  }
  return out;
}

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const database = z.string().transform((value, ctx): DatabaseSettings | undefined => {
  if (value.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    // JSON.parse's message quotes the text around the error, which may be the password: say where only.
    ctx.addIssue({
      code: 'custom',
      message: `must be a JSON object (${jsonErrorPlace(value)}; the text is not shown, it may hold a password)`,
    });
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

export const images = z.string().transform((value, ctx): ImageBuild[] => {
  if (value.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = parseYaml(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `must be a YAML list (${errorMessage(error).split('\n')[0]})` });
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
