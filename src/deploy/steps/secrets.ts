// Step: inline secrets go to Parameter Store as SecureString; the plans carry only references.
// A secret is written only when its value changed, so a parameter's version moves only on a real
// change: the version is what the plans pin and what decides a replacement on the hosts.
import type { DatabaseSettings, StackDocument } from '../../stack/schema.js';
import { CredentialValueError, stageCredentialValues } from '../../stack/credential-values.js';
import { DeployFailure } from '../failure.js';
import { stageDatabaseSecrets, stageInlineSecrets, type StagedSecrets } from '../../stack/secrets.js';
import type { ParameterStorePort, ProgressLog } from '../ports.js';
import type { DeployRun } from '../run.js';
import type { ReadyRelease } from './release.js';

/** The documents (and database input) as the hosts get them: every inline secret a reference. */
export interface StagedRelease {
  document: StackDocument;
  previous?: StackDocument;
  databases?: Record<string, DatabaseSettings>;
  stackName: string;
  /** Secrets whose value differs per host: written when the hosts are known (planFleet). */
  perHost: StagedSecrets['perHost'];
  /** The parameters this deploy wrote a new version of. */
  written: string[];
}

export interface StagedWrite {
  name: string;
  value: string;
  /** Written only when the parameter does not exist yet (never over a value of the new release). */
  onlyIfAbsent?: boolean;
}

/**
 * Writes each secret whose stored value differs (read first, decrypted). The previous document's own
 * secrets are written only where no parameter exists: its values never replace the new release's (a
 * way back restores old values by their version, not by rewriting them). Returns the names written.
 */
export async function writeChangedSecrets(parameters: ParameterStorePort, log: ProgressLog, writes: StagedWrite[]): Promise<string[]> {
  const wanted = new Map<string, StagedWrite>();
  for (const write of writes) {
    const known = wanted.get(write.name);
    // The new release's value wins over the previous document's under the same name.
    if (!known || (known.onlyIfAbsent && !write.onlyIfAbsent)) wanted.set(write.name, write);
  }
  const stored = await parameters.getMany([...wanted.keys()], true);
  const written: string[] = [];
  for (const [name, write] of wanted) {
    log.secret(write.value);
    const current = stored.get(name);
    if (current === write.value || (write.onlyIfAbsent && current !== undefined)) continue;
    await parameters.putSecure(name, write.value, true);
    written.push(name);
    log.info(`SecureString ${name} (${current === undefined ? 'new' : 'changed'})`);
  }
  return written;
}

/** stageCredentialValues, with a refused credential (in a command) as the deploy's stop: nothing was changed. */
function credentialsStaged(...args: Parameters<typeof stageCredentialValues>): StagedSecrets {
  try {
    return stageCredentialValues(...args);
  } catch (error) {
    if (error instanceof CredentialValueError) throw new DeployFailure(`Refused before any change: ${error.message}`, 'unchanged');
    throw error;
  }
}

export async function stageSecrets(run: DeployRun, release: ReadyRelease): Promise<StagedRelease> {
  const { settings, ports, log } = run;
  const prefix = settings.host.secretsPrefix;
  // Credentials in plain values (a URL with user:password@, a secret's value) are staged too (credential-values.ts).
  const inputs = { databases: settings.host.databases, values: [settings.rollbarToken, ...(settings.secretValues ?? [])] };
  const staged = credentialsStaged(stageInlineSecrets(release.document, prefix), prefix, inputs);
  const previous = release.previous ? credentialsStaged(stageInlineSecrets(release.previous, prefix), prefix, inputs) : undefined;
  // Database settings given as an input: an inline password is staged the same way.
  const databases = settings.host.databases ? stageDatabaseSecrets(settings.host.databases, prefix) : undefined;
  const writes: StagedWrite[] = [
    ...staged.staged,
    ...(databases?.staged ?? []),
    ...(previous?.staged ?? []).map((item) => ({ ...item, onlyIfAbsent: true })),
  ];
  const written: string[] = [];
  if (writes.length > 0) {
    await log.group(`Stage inline secrets under ${prefix}`, async () => {
      written.push(...(await writeChangedSecrets(ports.parameters, log, writes)));
      if (written.length === 0) log.info(`${new Set(writes.map((w) => w.name)).size} secret(s) unchanged: nothing written`);
    });
  }
  return {
    document: staged.document,
    ...(previous ? { previous: previous.document } : {}),
    ...(databases ? { databases: databases.databases } : {}),
    stackName: release.stackName,
    perHost: staged.perHost,
    written,
  };
}
