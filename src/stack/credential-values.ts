// Credentials inside plain values: a URL with `user:password@`, or a value equal to a secret the
// document or the inputs hold. Under a plain env key they would travel in the SSM command's
// parameters and in `docker run -e` (readable in /proc on the host), so the deploy stages them in
// Parameter Store like a secret key's value. A command cannot read a reference, so a credential in
// `command`, `migration`, `entrypoint` or `health.cmd` is refused, saying how to pass it instead.
import type { Reporter } from './diagnostics.js';
import { interpolate, ssmPlaceholder, ssmReference, tokenize } from './placeholders.js';
import { listDefinitions, type DatabaseSettings, type StackDocument } from './schema.js';
import { isSecretKey, level, listInlineSecrets, slug, type StagedSecrets } from './secrets.js';

/** `user:password@` right after `://` (the user may be empty, as in `redis://:password@host`). */
const USERINFO = /^[^\s/?#@:]*:[^\s/?#@]+@/;

/** Whether `text` holds `scheme://user:password@`; linear in the text (a value can be a megabyte). */
export function holdsUrlCredentials(text: string): boolean {
  for (let at = text.indexOf('://'); at > 0; at = text.indexOf('://', at + 3)) {
    if (/[A-Za-z0-9+.-]/.test(text.charAt(at - 1)) && USERINFO.test(text.slice(at + 3, at + 3 + 2048))) return true;
  }
  return false;
}

/** Secrets given outside the document: the database input's passwords and tokens such as rollbar-token. */
export interface InputSecrets {
  databases?: Record<string, DatabaseSettings> | undefined;
  values?: (string | undefined)[];
}

function inputValues(inputs: InputSecrets): string[] {
  // The database input's password may be a JSON number (the runner's parse keeps it one): compared as text.
  const passwords = Object.values(inputs.databases ?? {}).map((settings) =>
    settings.password === undefined ? undefined : String(settings.password),
  );
  return [...passwords, ...(inputs.values ?? [])].filter((value): value is string => value !== undefined && value !== '');
}

/** Every secret value known: the document's inline secrets and the inputs' (references are names, not values). */
export function knownSecretValues(document: StackDocument, inputs: InputSecrets = {}): Set<string> {
  const values = [...listInlineSecrets(document).map((secret) => secret.value), ...inputValues(inputs)];
  return new Set(values.filter((value) => value !== '' && ssmReference(value) === undefined));
}

/** Why `value` is a credential, or undefined. `known` holds the secret values to compare with. */
export function credentialIn(value: string, known: ReadonlySet<string>): string | undefined {
  if (holdsUrlCredentials(value)) return 'a URL with user:password@';
  if (known.has(value)) return 'the value of a secret';
  return undefined;
}

const fixMessage =
  "a command travels in docker run's arguments, which anyone on the host reads with ps or in /proc: put the credential in env under a name holding PASSWORD, SECRET, TOKEN, KEY or CREDENTIAL (or as a %{ssm:...} reference) and have the program read it from its environment";

/** Command fields holding a credential (URL credentials, or an argument equal to a known secret). */
export function commandCredentials(document: StackDocument, known: ReadonlySet<string>): { path: (string | number)[]; message: string }[] {
  const found: { path: (string | number)[]; message: string }[] = [];
  for (const { definition, path } of listDefinitions(document)) {
    const health = definition.health;
    const fields: [string, string | undefined][] = [
      ['command', definition.command],
      ['migration', definition.migration],
      ['entrypoint', definition.entrypoint],
      ['health.cmd', health !== undefined && health !== 'docker' && 'cmd' in health ? health.cmd : undefined],
    ];
    for (const [field, text] of fields) {
      if (text === undefined) continue;
      const why = holdsUrlCredentials(text)
        ? 'a URL with user:password@'
        : text.split(/\s+/).some((word) => known.has(word) || known.has(word.replace(/^['"]|['"]$/g, '')))
          ? 'the value of a secret'
          : undefined;
      if (why)
        found.push({
          path: [...path, ...field.split('.')],
          message: `${field} holds a credential (${why}; the value is not shown): ${fixMessage}`,
        });
    }
  }
  return found;
}

/** Validate's rule: a credential in a command is an error; one in a plain env value is staged by the deploy (a notice). */
export function checkCredentials(document: StackDocument, reporter: Reporter): void {
  const known = knownSecretValues(document);
  for (const { path, message } of commandCredentials(document, known)) reporter.error('credential', path, message);
  for (const { definition, path } of listDefinitions(document)) {
    for (const [key, value] of Object.entries(definition.env)) {
      const why = isSecretKey(key) || ssmReference(value) !== undefined ? undefined : credentialIn(value, known);
      if (why === undefined) continue;
      reporter.notice(
        'credential',
        [...path, 'env', key],
        `env ${key} holds a credential (${why}; the value is not shown): the deploy stores it in Parameter Store like a secret, so it never travels in a command or in docker's arguments`,
      );
    }
  }
}

/** Thrown by the deploy for a command holding a credential, or a credential it cannot stage. */
export class CredentialValueError extends Error {
  override name = 'CredentialValueError';
}

const perHost = new Set(['opsworks', 'public_ip', 'index', 'slot']);

/**
 * The staged documents one step further: each plain env value holding a credential becomes
 * `%{ssm:<prefix>/<app>/<definition>/<KEY>}` (the name a secret key there would get) and joins the
 * values to store. The stored value is the value as the container gets it (`%%` is `%`, `%{app_name}`
 * the definition); a credential with a per-host placeholder is refused, as one parameter cannot hold it.
 * `inputs` adds the secrets given outside the document. Throws CredentialValueError for a command
 * holding a credential.
 */
export function stageCredentialValues(staged: StagedSecrets, prefix: string, inputs: InputSecrets = {}): StagedSecrets {
  const known = new Set([...staged.staged.map((item) => item.value), ...inputValues(inputs)].filter((value) => value !== ''));
  const commands = commandCredentials(staged.document, known);
  if (commands.length > 0) {
    throw new CredentialValueError(commands.map(({ path, message }) => `${path.join('.')}: ${message}`).join('\n'));
  }
  const base = prefix.replace(/\/+$/, '');
  const document = structuredClone(staged.document);
  const added: { name: string; value: string }[] = [];
  for (const { app, name, definition, path } of listDefinitions(document)) {
    for (const [key, raw] of Object.entries(definition.env)) {
      if (isSecretKey(key) || raw === '' || ssmReference(raw) !== undefined) continue;
      const placeholders = tokenize(raw).filter((token) => token.kind === 'placeholder');
      const value = placeholders.some((token) => token.kind === 'placeholder' && perHost.has(token.name))
        ? undefined
        : interpolate(raw, { app_name: name });
      const why = credentialIn(raw, known) ?? (value !== undefined ? credentialIn(value, known) : undefined);
      if (why === undefined) continue;
      if (value === undefined) {
        throw new CredentialValueError(
          `${[...path, 'env', key].join('.')}: env ${key} holds a credential (${why}) and a per-host placeholder; berth stages a credential as one Parameter Store value for every host: keep the host-specific part in another variable, or store one parameter per host and reference it with %{ssm:...}`,
        );
      }
      const parameter = `${base}/${slug(app)}/${level(name)}/${level(key)}`;
      definition.env[key] = ssmPlaceholder(parameter);
      added.push({ name: parameter, value });
    }
  }
  return { ...staged, document, staged: [...staged.staged, ...added] };
}
