// The one writer of `stack-json-output` (deploy, rollback, export). A document that holds secrets
// inline, credentials in plain values, or a copy of a secret given as an input is written with mode
// 0600, set before the first byte goes in even when the file already existed with a wider mode.
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { holdsUrlCredentials, knownSecretValues } from '../stack/credential-values.js';
import { validateStackJson } from '../stack/validate.js';

/** Every string in a JSON value, keys included. */
function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      yield key;
      yield* stringsIn(item);
    }
  }
}

/** Whether any string of the JSON text holds one of `secrets` (as it reads, escapes undone). */
function holdsCopyOf(text: string, secrets: readonly string[]): boolean {
  const wanted = secrets.filter((secret) => secret !== '');
  if (wanted.length === 0) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return true; // a text berth read leniently (comments): assumed to hold one
  }
  for (const value of stringsIn(parsed)) if (wanted.some((secret) => value.includes(secret))) return true;
  return false;
}

/**
 * Whether the text may hold a secret: inline secrets, URL credentials, a copy of one of `inputSecrets`
 * (the secret values of the inputs, src/app/inputs.ts secretInputValues) anywhere in a value, or a text
 * berth cannot read (assumed so).
 */
export function holdsSecrets(text: string, inputSecrets: readonly string[] = []): boolean {
  const document = validateStackJson(text, 'stack-json-output').document;
  return document === undefined || knownSecretValues(document).size > 0 || holdsUrlCredentials(text) || holdsCopyOf(text, inputSecrets);
}

/** The file mode `text` is written with: 0600 when it holds secrets, else 0644. */
export function stackOutputMode(text: string, inputSecrets: readonly string[] = []): number {
  return holdsSecrets(text, inputSecrets) ? 0o600 : 0o644;
}

/** Writes `text` to `path`; `inputSecrets`: the inputs' secret values, a copy of which makes the file 0600 too. */
export async function writeStackJsonOutput(path: string, text: string, inputSecrets: readonly string[] = []): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const mode = stackOutputMode(text, inputSecrets);
  const file = await open(path, 'w', mode);
  try {
    await file.chmod(mode);
    await file.writeFile(text);
  } finally {
    await file.close();
  }
}
