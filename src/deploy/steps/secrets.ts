// Step: inline secrets go to Parameter Store as SecureString; the plans carry only references.
import type { DatabaseSettings, StackDocument } from '../../stack/schema.js';
import { stageCredentialValues } from '../../stack/credential-values.js';
import { stageDatabaseSecrets, stageInlineSecrets } from '../../stack/secrets.js';
import type { DeployRun } from '../run.js';
import type { ReadyRelease } from './release.js';

/** The documents (and database input) as the hosts get them: every inline secret a reference. */
export interface StagedRelease {
  document: StackDocument;
  previous?: StackDocument;
  databases?: Record<string, DatabaseSettings>;
  stackName: string;
}

export async function stageSecrets(run: DeployRun, release: ReadyRelease): Promise<StagedRelease> {
  const { settings, ports, log } = run;
  const prefix = settings.host.secretsPrefix;
  // Credentials in plain values (a URL with user:password@, a secret's value) are staged too (credential-values.ts).
  const inputs = { databases: settings.host.databases, values: [settings.rollbarToken] };
  const staged = stageCredentialValues(stageInlineSecrets(release.document, prefix), prefix, inputs);
  const previous = release.previous ? stageCredentialValues(stageInlineSecrets(release.previous, prefix), prefix, inputs) : undefined;
  // Database settings given as an input: an inline password is staged the same way.
  const databases = settings.host.databases ? stageDatabaseSecrets(settings.host.databases, prefix) : undefined;
  const secrets = new Map<string, string>();
  for (const item of [...staged.staged, ...(previous?.staged ?? []), ...(databases?.staged ?? [])]) secrets.set(item.name, item.value);
  if (secrets.size > 0) {
    await log.group(`Stage ${secrets.size} inline secret(s) under ${prefix}`, async () => {
      for (const [name, value] of secrets) {
        log.secret(value);
        await ports.parameters.putSecure(name, value, true);
        log.info(`SecureString ${name}`);
      }
    });
  }
  return {
    document: staged.document,
    ...(previous ? { previous: previous.document } : {}),
    ...(databases ? { databases: databases.databases } : {}),
    stackName: release.stackName,
  };
}
