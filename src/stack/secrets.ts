// What counts as a secret (spec: registry passwords, Rollbar tokens, the database password, env keys
// matching PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL), how it is redacted, and how inline secrets are
// moved to Parameter Store references so they never travel in an SSM command's parameters.
import { interpolate, ssmPlaceholder, ssmReference, tokenize, type PlaceholderValues } from './placeholders.js';
import { listDefinitions, type DatabaseSettings, type StackDocument } from './schema.js';

const secretKey = /PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL/i;

export const REDACTED = '***';

export function isSecretKey(key: string): boolean {
  return secretKey.test(key);
}

/**
 * Without `secrets`: the redacted form of one secret value (`***`, or '' for an empty value, and a
 * `%{ssm:...}` reference kept as is: it names the secret, it is not the secret).
 * With `secrets`: `text` with every occurrence of each secret value replaced by `***`.
 */
export function redact(text: string, secrets?: Iterable<string>): string {
  if (secrets === undefined) {
    if (text === '' || ssmReference(text) !== undefined) return text;
    return REDACTED;
  }
  const values = [...secrets].filter((value) => value.length > 0).sort((a, b) => b.length - a.length);
  let out = text;
  for (const value of values) out = out.split(value).join(REDACTED);
  return out;
}

export interface InlineSecret {
  /** JSON path of the value in the document. */
  path: (string | number)[];
  /** Suggested parameter name below the prefix, e.g. `amazing-application/app/DB_PASSWORD`. */
  name: string;
  value: string;
  /**
   * Placeholder values the value is interpolated with before it is stored, as a plain value in the same
   * place would be (env values: `%%` is `%`, `%{app_name}` the definition). Absent: stored verbatim
   * (registry and database passwords, Rollbar tokens are never interpolated, as plain ones are not).
   */
  placeholders?: PlaceholderValues;
}

/** Parameter Store's Standard tier holds at most this many bytes of value (UTF-8, as AWS counts). */
export const STANDARD_TIER_BYTES = 4096;

/** Placeholders whose value differs from host to host: such a secret is staged once per host. */
const perHostPlaceholders = new Set(['opsworks', 'public_ip']);

function where(path: (string | number)[]): string {
  return path.join('.');
}

/** Whether the secret's value, interpolated, differs per host (`%{opsworks}`, `%{public_ip}`). */
export function isPerHost(secret: InlineSecret): boolean {
  return (
    secret.placeholders !== undefined && tokenize(secret.value).some((t) => t.kind === 'placeholder' && perHostPlaceholders.has(t.name))
  );
}

/**
 * The value as the container gets it: interpolated like a plain value in the same place (`%%` is `%`,
 * `%{app_name}` the definition; `host` gives `%{opsworks}` and `%{public_ip}` for a per-host secret).
 */
export function stagedValue(secret: InlineSecret, host: PlaceholderValues = {}): string {
  const value = secret.placeholders ? interpolate(secret.value, { ...host, ...secret.placeholders }) : secret.value;
  checkStandardTier(secret, value);
  return value;
}

/** Refuses a value Parameter Store's Standard tier cannot hold, saying what to do instead. */
export function checkStandardTier(secret: InlineSecret, value: string): void {
  const bytes = new TextEncoder().encode(value).length;
  if (bytes > STANDARD_TIER_BYTES) {
    throw new Error(
      `the secret at ${where(secret.path)} is ${bytes} bytes (UTF-8); berth stores inline secrets as Standard-tier parameters, which hold at most ` +
        `${STANDARD_TIER_BYTES} bytes. Store it yourself as an Advanced-tier SecureString (up to 8,192 bytes; Advanced parameters are charged) ` +
        `and write %{ssm:<its name>} in its place, or shorten it`,
    );
  }
}

/** Lower-case, `[a-z0-9._-]` only: safe in Parameter Store names, file names and cron.d names. */
export function slug(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cleaned === '' ? 'x' : cleaned;
}

/** Parameter names allow letters, digits and `_.-` per level. */
export function level(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '');
  return cleaned === '' ? 'x' : cleaned;
}

function isInline(value: string | undefined): value is string {
  return value !== undefined && value !== '' && ssmReference(value) === undefined;
}

/** Every secret held inline (not empty, not already a `%{ssm:...}` reference), in document order. */
export function listInlineSecrets(document: StackDocument): InlineSecret[] {
  const found: InlineSecret[] = [];
  for (const [host, login] of Object.entries(document.docker?.registries ?? {})) {
    if (isInline(login.password)) {
      found.push({ path: ['docker', 'registries', host, 'password'], name: `registries/${level(host)}/password`, value: login.password });
    }
  }
  for (const [app, spec] of Object.entries(document.deploy)) {
    const password = spec.database?.password;
    if (isInline(password)) {
      found.push({ path: ['deploy', app, 'database', 'password'], name: `${slug(app)}/database/password`, value: password });
    }
  }
  for (const entry of listDefinitions(document)) {
    const base = `${slug(entry.app)}/${level(entry.name)}`;
    for (const [key, value] of Object.entries(entry.definition.env)) {
      if (isSecretKey(key) && isInline(value)) {
        found.push({ path: [...entry.path, 'env', key], name: `${base}/${level(key)}`, value, placeholders: { app_name: entry.name } });
      }
    }
    const token = entry.definition.notifications?.rollbar?.access_token;
    if (isInline(token)) {
      found.push({ path: [...entry.path, 'notifications', 'rollbar', 'access_token'], name: `${base}/rollbar_access_token`, value: token });
    }
  }
  return found;
}

export interface StagedSecrets {
  /** A copy of the document with every inline secret replaced by `%{ssm:<prefix>/<name>}`. */
  document: StackDocument;
  /** Full parameter names and values to store as SecureString before the plan is sent. */
  staged: { name: string; value: string }[];
  /**
   * Secrets whose value differs per host: the document names `%{ssm:<prefix>/<name>}`, each host's plan
   * `<prefix>/<name>/<hostname>` (perHostParameter), stored once the hosts are known (stagePerHost).
   */
  perHost: { name: string; secret: InlineSecret }[];
}

/** The parameter holding a per-host secret's value for one host. */
export function perHostParameter(name: string, hostname: string): string {
  return `${name}/${level(hostname)}`;
}

/** A per-host secret's parameter name and value on one host (placeholders of that host). */
export function stagePerHost(
  item: { name: string; secret: InlineSecret },
  hostname: string,
  host: PlaceholderValues,
): { name: string; value: string } {
  return { name: perHostParameter(item.name, hostname), value: stagedValue(item.secret, host) };
}

/**
 * The document with every inline secret replaced by the reference a deploy stages it under: what may be
 * hashed, shown or recorded (a hash of a document holding a secret would be a hash of the secret).
 */
export function referencingSecrets(document: StackDocument, prefix: string): StackDocument {
  const copy = structuredClone(document);
  for (const secret of listInlineSecrets(document)) setAt(copy, secret.path, ssmPlaceholder(parameterName(prefix, secret)));
  return copy;
}

function parameterName(prefix: string, secret: InlineSecret): string {
  return `${prefix.replace(/\/+$/, '')}/${secret.name}`;
}

export function stageInlineSecrets(document: StackDocument, prefix: string): StagedSecrets {
  const staged: { name: string; value: string }[] = [];
  const perHost: StagedSecrets['perHost'] = [];
  for (const secret of listInlineSecrets(document)) {
    const name = parameterName(prefix, secret);
    if (isPerHost(secret)) perHost.push({ name, secret });
    else staged.push({ name, value: stagedValue(secret) });
  }
  return { document: referencingSecrets(document, prefix), staged, perHost };
}

function setAt(target: unknown, path: (string | number)[], value: string): void {
  let node = target as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}

/**
 * The same for database settings given outside the document (the `database` input): an inline
 * password becomes `%{ssm:<prefix>/<app>/database/password}`, the name the document's own would get.
 */
export function stageDatabaseSecrets(
  databases: Record<string, DatabaseSettings>,
  prefix: string,
): { databases: Record<string, DatabaseSettings>; staged: { name: string; value: string }[] } {
  const base = prefix.replace(/\/+$/, '');
  const staged: { name: string; value: string }[] = [];
  const out: Record<string, DatabaseSettings> = {};
  for (const [app, settings] of Object.entries(databases)) {
    // A number from the database input's JSON (`"password": 12345`) is stored as its text, as the host reads it.
    const password = settings.password === undefined ? undefined : String(settings.password);
    if (isInline(password)) {
      const name = `${base}/${slug(app)}/database/password`;
      checkStandardTier({ path: ['database', app, 'password'], name, value: password }, password);
      staged.push({ name, value: password });
      out[app] = { ...settings, password: ssmPlaceholder(name) };
    } else {
      out[app] = { ...settings };
    }
  }
  return { databases: out, staged };
}
