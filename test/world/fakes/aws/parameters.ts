// Parameter Store: the operations berth uses for secrets and the fleet lock, with AWS's errors and limits.
import { createHmac, randomBytes } from 'node:crypto';
import { AwsError, validation } from './errors.js';
import {
  type Body,
  decodeToken,
  encodeToken,
  optionalBoolean,
  optionalString,
  optionalStringList,
  pageSize,
  requiredString,
} from './input.js';
import type { StoredParameter } from './types.js';

// Key of this process's "KMS": the blob a read without decryption returns reveals nothing of the value.
const SEALING_KEY = randomBytes(32);
/** LastModifiedDate of parameters a test put straight into the map. */
const SEEDED_AT = new Date();
const TYPES = ['String', 'StringList', 'SecureString'] as const;
/** Value limits in UTF-8 bytes (AWS counts bytes: 4,096 "é" do not fit a Standard parameter). */
const VALUE_LIMIT = { Standard: 4096, Advanced: 8192 } as const;
/** Versions Parameter Store keeps per parameter: the 101st put deletes the oldest. */
export const KEPT_VERSIONS = 100;
type Tier = keyof typeof VALUE_LIMIT;

export interface CallContext {
  region: string;
  accountId: string;
}

export class ParameterStore {
  /** Older versions of each parameter, oldest first (the current one is in `parameters`). */
  private readonly older = new Map<string, StoredParameter[]>();

  constructor(readonly parameters: Map<string, StoredParameter>) {}

  put(body: Body): { Version: number; Tier: string } {
    const name = checkName(requiredString(body, 'Name'));
    const value = optionalString(body, 'Value');
    if (value === undefined)
      throw validation("1 validation error detected: Value null at 'value' failed to satisfy constraint: Member must not be null");
    const overwrite = optionalBoolean(body, 'Overwrite') ?? false;
    const existing = this.parameters.get(name);
    const type = optionalString(body, 'Type');
    if (type !== undefined && !(TYPES as readonly string[]).includes(type)) {
      throw validation(
        `1 validation error detected: Value '${type}' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [SecureString, StringList, String]`,
      );
    }
    if (existing && !overwrite) {
      throw new AwsError(
        'ParameterAlreadyExists',
        'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
      );
    }
    if (!existing && type === undefined) {
      throw validation('A parameter type is required when you create a parameter.');
    }
    const tier = tierOf(optionalString(body, 'Tier'), existing?.tier ?? (existing ? 'Standard' : undefined));
    if (Buffer.byteLength(value, 'utf8') > VALUE_LIMIT[tier]) {
      throw validation(
        `${tier} tier parameters support a maximum parameter value of ${VALUE_LIMIT[tier]} characters. To create a larger parameter value, upgrade the parameter to use the advanced-parameter tier.`,
      );
    }
    const keyId = optionalString(body, 'KeyId');
    const description = optionalString(body, 'Description');
    const stored: StoredParameter = {
      value,
      type: (type ?? existing?.type) as StoredParameter['type'],
      version: (existing?.version ?? 0) + 1,
      tier,
      lastModified: new Date(),
    };
    if (stored.type === 'SecureString') stored.keyId = keyId ?? existing?.keyId ?? 'alias/aws/ssm';
    if (description !== undefined) stored.description = description;
    // A parameter created anew (also after a test cleared the map) starts without history.
    if (existing) this.keepOlder(name, existing);
    else this.older.delete(name);
    this.parameters.set(name, stored);
    return { Version: stored.version, Tier: tier };
  }

  get(body: Body, context: CallContext): { Parameter: unknown } {
    const requested = requiredString(body, 'Name');
    const decrypt = optionalBoolean(body, 'WithDecryption') ?? false;
    const found = this.lookup(requested);
    if (!found) throw new AwsError('ParameterNotFound', `Parameter ${requested} not found.`);
    return { Parameter: describe(found.name, found.parameter, decrypt, context, requested) };
  }

  getMany(body: Body, context: CallContext): { Parameters: unknown[]; InvalidParameters: string[] } {
    const names = optionalStringList(body, 'Names');
    if (!names || names.length === 0)
      throw validation("1 validation error detected: Value null at 'names' failed to satisfy constraint: Member must not be null");
    if (names.length > 10) {
      throw validation(
        `1 validation error detected: Value '[${names.join(', ')}]' at 'names' failed to satisfy constraint: Member must have length less than or equal to 10`,
      );
    }
    const decrypt = optionalBoolean(body, 'WithDecryption') ?? false;
    const parameters: unknown[] = [];
    const invalid: string[] = [];
    for (const requested of new Set(names)) {
      const found = this.lookup(requested);
      if (found) parameters.push(describe(found.name, found.parameter, decrypt, context, requested));
      else invalid.push(requested);
    }
    return { Parameters: parameters, InvalidParameters: invalid };
  }

  delete(body: Body): Record<string, never> {
    const name = requiredString(body, 'Name');
    if (!this.parameters.delete(name)) throw new AwsError('ParameterNotFound', `Parameter ${name} not found.`);
    this.older.delete(name);
    return {};
  }

  deleteMany(body: Body): { DeletedParameters: string[]; InvalidParameters: string[] } {
    const names = optionalStringList(body, 'Names') ?? [];
    if (names.length === 0 || names.length > 10)
      throw validation(
        "1 validation error detected: Value at 'names' failed to satisfy constraint: Member must have length between 1 and 10",
      );
    const deleted: string[] = [];
    const invalid: string[] = [];
    for (const name of names) {
      this.older.delete(name);
      (this.parameters.delete(name) ? deleted : invalid).push(name);
    }
    return { DeletedParameters: deleted, InvalidParameters: invalid };
  }

  byPath(body: Body, context: CallContext): { Parameters: unknown[]; NextToken?: string } {
    const path = requiredString(body, 'Path');
    if (!path.startsWith('/'))
      throw validation(
        `The parameter doesn't meet the parameter name requirements. The parameter name must begin with a forward slash "/".`,
      );
    const recursive = optionalBoolean(body, 'Recursive') ?? false;
    const decrypt = optionalBoolean(body, 'WithDecryption') ?? false;
    const limit = pageSize(body, 1, 10, 10);
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const matching = [...this.parameters.keys()]
      .filter((name) => name.startsWith(prefix) && (recursive || !name.slice(prefix.length).includes('/')))
      .sort();
    const scope = `GetParametersByPath:${prefix}:${recursive}`;
    const offset = decodeToken(scope, optionalString(body, 'NextToken'), 'ValidationException');
    const page = matching.slice(offset, offset + limit);
    const parameters = page.map((name) => describe(name, this.parameters.get(name) as StoredParameter, decrypt, context, name));
    const next = offset + limit < matching.length ? { NextToken: encodeToken(scope, offset + limit) } : {};
    return { Parameters: parameters, ...next };
  }

  /** `name`, or `name:version` as AWS's selector allows. */
  private lookup(requested: string): { name: string; parameter: StoredParameter } | undefined {
    const direct = this.parameters.get(requested);
    if (direct) return { name: requested, parameter: direct };
    const selector = /^(.*):(\d+)$/.exec(requested);
    if (!selector) return undefined;
    const [, name = '', version = ''] = selector;
    const parameter = this.parameters.get(name);
    if (!parameter) return undefined;
    if (parameter.version === Number(version)) return { name, parameter };
    // A version older than the last 100 is gone (GetParameters lists it under InvalidParameters).
    const older = this.older.get(name)?.find((p) => p.version === Number(version));
    return older ? { name, parameter: older } : undefined;
  }

  /** Every version still kept of `name`, oldest first (tests look at the history). */
  versions(name: string): StoredParameter[] {
    const current = this.parameters.get(name);
    return current ? [...(this.older.get(name) ?? []), current] : [];
  }

  /** Keeps the version being replaced; past KEPT_VERSIONS the oldest is deleted, as AWS does (without labels). */
  private keepOlder(name: string, previous: StoredParameter): void {
    const list = this.older.get(name) ?? [];
    list.push(previous);
    while (list.length > KEPT_VERSIONS - 1) list.shift();
    this.older.set(name, list);
  }
}

function checkName(name: string): string {
  if (name.length > 2048)
    throw validation(
      "1 validation error detected: Value at 'name' failed to satisfy constraint: Member must have length less than or equal to 2048",
    );
  if (!/^[a-zA-Z0-9_.\-/]+$/.test(name)) {
    throw validation(
      'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive). It must use only letters, numbers, or the following symbols: . (period), - (hyphen), _ (underscore). Special characters are not allowed. All sub-paths, if specified, must use the forward slash symbol "/". Valid example: /get/parameters2-/by1./path0_.',
    );
  }
  if (name.includes('/') && !name.startsWith('/')) {
    throw validation('Parameter name must be a fully qualified name.');
  }
  if (/^\/?(aws|ssm)/i.test(name)) {
    throw validation('No access to reserved parameter name: ' + name + '.');
  }
  return name;
}

function tierOf(requested: string | undefined, existing: Tier | undefined): Tier {
  if (requested === undefined || requested === 'Intelligent-Tiering') return existing ?? 'Standard';
  if (requested === 'Standard' || requested === 'Advanced') {
    if (existing === 'Advanced' && requested === 'Standard') {
      throw validation(
        "This parameter uses the advanced-parameter tier. You can't downgrade a parameter from the advanced-parameter tier to the standard-parameter tier.",
      );
    }
    return requested;
  }
  throw validation(
    `1 validation error detected: Value '${requested}' at 'tier' failed to satisfy constraint: Member must satisfy enum value set: [Standard, Advanced, Intelligent-Tiering]`,
  );
}

function describe(
  name: string,
  parameter: StoredParameter,
  decrypt: boolean,
  context: CallContext,
  selectorName: string,
): Record<string, unknown> {
  const hidden = parameter.type === 'SecureString' && !decrypt;
  const described: Record<string, unknown> = {
    Name: name,
    Type: parameter.type,
    Value: hidden ? ciphertext(name, parameter) : parameter.value,
    Version: parameter.version,
    LastModifiedDate: (parameter.lastModified ?? SEEDED_AT).getTime() / 1000,
    ARN: `arn:aws:ssm:${context.region}:${context.accountId}:parameter/${name.replace(/^\//, '')}`,
    DataType: 'text',
  };
  if (selectorName !== name) described.Selector = selectorName.slice(name.length);
  return described;
}

/** What AWS returns for a SecureString read without decryption: an opaque blob that does not contain the value. */
function ciphertext(name: string, parameter: StoredParameter): string {
  const digest = createHmac('sha256', SEALING_KEY).update(`${name}\0${parameter.version}\0${parameter.value}`).digest();
  return Buffer.concat([Buffer.from([1, 2, 2, 0, 120]), digest, digest]).toString('base64');
}
