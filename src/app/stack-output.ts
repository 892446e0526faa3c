// The one writer of `stack-json-output` (deploy, rollback, export). A document that holds secrets
// inline (or credentials in plain values) is written with mode 0600, set before the first byte goes in
// even when the file already existed with a wider mode.
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { holdsUrlCredentials, knownSecretValues } from '../stack/credential-values.js';
import { validateStackJson } from '../stack/validate.js';

/** Whether the text may hold a secret: inline secrets, URL credentials, or a text berth cannot read (assumed so). */
export function holdsSecrets(text: string): boolean {
  const document = validateStackJson(text, 'stack-json-output').document;
  return document === undefined || knownSecretValues(document).size > 0 || holdsUrlCredentials(text);
}

/** The file mode `text` is written with: 0600 when it holds secrets, else 0644. */
export function stackOutputMode(text: string): number {
  return holdsSecrets(text) ? 0o600 : 0o644;
}

export async function writeStackJsonOutput(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const mode = stackOutputMode(text);
  const file = await open(path, 'w', mode);
  try {
    await file.chmod(mode);
    await file.writeFile(text);
  } finally {
    await file.close();
  }
}
