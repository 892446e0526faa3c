// Small readers for request bodies: AWS answers a malformed field with a ValidationException naming it.
import { AwsError, validation } from './errors.js';

export type Body = Record<string, unknown>;

export function optionalString(body: Body, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw validation(`1 validation error detected: Value at '${lowerFirst(key)}' must be a string`);
  return value;
}

export function requiredString(body: Body, key: string): string {
  const value = optionalString(body, key);
  if (value === undefined || value === '') {
    throw validation(
      `1 validation error detected: Value null at '${lowerFirst(key)}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return value;
}

export function optionalNumber(body: Body, key: string): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw validation(`1 validation error detected: Value at '${lowerFirst(key)}' must be a number`);
  return value;
}

export function optionalBoolean(body: Body, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw validation(`1 validation error detected: Value at '${lowerFirst(key)}' must be a boolean`);
  return value;
}

export function optionalStringList(body: Body, key: string): string[] | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw validation(`1 validation error detected: Value at '${lowerFirst(key)}' must be a list of strings`);
  }
  return value as string[];
}

export function optionalObjectList(body: Body, key: string): Body[] | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'object' || item === null || Array.isArray(item))) {
    throw validation(`1 validation error detected: Value at '${lowerFirst(key)}' must be a list of structures`);
  }
  return value as Body[];
}

/** Checks `MaxResults` against the operation's range and returns it or the default. */
export function pageSize(body: Body, min: number, max: number, fallback: number): number {
  const value = optionalNumber(body, 'MaxResults');
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw validation(
      `1 validation error detected: Value '${value}' at 'maxResults' failed to satisfy constraint: Member must have value between ${min} and ${max}`,
    );
  }
  return value;
}

/** Opaque page tokens: the offset, base64-encoded, bound to the operation so tokens cannot be mixed. */
export function encodeToken(scope: string, offset: number): string {
  return Buffer.from(JSON.stringify({ scope, offset })).toString('base64');
}

export function decodeToken(scope: string, token: string | undefined, invalidType = 'InvalidNextToken'): number {
  if (token === undefined) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { scope?: unknown; offset?: unknown };
    if (parsed.scope === scope && typeof parsed.offset === 'number') return parsed.offset;
  } catch {
    // falls through to the error below
  }
  throw new AwsError(invalidType, 'The specified token is not valid.');
}

/** A page of `rows` (MaxResults 1..50, default 50) with an opaque NextToken bound to `scope`. */
export function paginate<T, K extends string>(
  scope: string,
  body: Body,
  rows: T[],
  describe: (row: T) => unknown,
  key: K,
): Record<K, unknown[]> & { NextToken?: string } {
  const limit = pageSize(body, 1, 50, 50);
  const offset = decodeToken(scope, optionalString(body, 'NextToken'));
  const page = rows.slice(offset, offset + limit).map(describe);
  const result = { [key]: page } as Record<K, unknown[]> & { NextToken?: string };
  if (offset + limit < rows.length) result.NextToken = encodeToken(scope, offset + limit);
  return result;
}

function lowerFirst(key: string): string {
  return key.charAt(0).toLowerCase() + key.slice(1);
}
