// What a change to the document does, per definition, for the pull-request check:
// tag, image, copies, mode and env keys added/removed/changed. Secret values never show.
import { findDefinition } from './environment.js';
import { ssmReference } from './placeholders.js';
import { listDefinitions, type ContainerDefinition, type StackDocument } from './schema.js';
import { holdsUrlCredentials } from './credential-values.js';
import { isSecretKey, redact } from './secrets.js';

export interface FieldChange {
  field: 'image' | 'tag' | 'copies' | 'mode';
  before: string;
  after: string;
}

export interface EnvChange {
  key: string;
  change: 'added' | 'removed' | 'changed';
  /** Redacted (`***`) when the key is secret; absent for an added/removed side. */
  before?: string;
  after?: string;
}

export interface DefinitionChange {
  app: string;
  definition: string;
  kind: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
  env: EnvChange[];
}

/** The env a definition's own keys and its env_from give (DB_* and RELEASE_TAG are not in the document). */
function documentEnv(document: StackDocument, app: string, definition: ContainerDefinition): Map<string, string> {
  const env = new Map<string, string>();
  const source = definition.env_from !== undefined ? findDefinition(document, app, definition.env_from) : undefined;
  for (const [key, value] of Object.entries(source?.env ?? {})) env.set(key, value);
  for (const [key, value] of Object.entries(definition.env)) env.set(key, value);
  return env;
}

function shown(key: string, value: string): string {
  return (isSecretKey(key) || holdsUrlCredentials(value)) && ssmReference(value) === undefined ? redact(value) : value;
}

function fields(definition: ContainerDefinition | undefined): Record<FieldChange['field'], string> {
  return {
    image: definition?.image ?? '',
    tag: definition?.tag ?? '',
    copies: definition === undefined ? '' : definition.deploy === 'cron' ? 'cron' : String(definition.containers),
    mode: definition?.deploy ?? (definition ? 'unset' : ''),
  };
}

function envChanges(before: Map<string, string>, after: Map<string, string>): EnvChange[] {
  const changes: EnvChange[] = [];
  for (const [key, value] of after) {
    const old = before.get(key);
    if (old === undefined) changes.push({ key, change: 'added', after: shown(key, value) });
    else if (old !== value) changes.push({ key, change: 'changed', before: shown(key, old), after: shown(key, value) });
  }
  for (const [key, value] of before) {
    if (!after.has(key)) changes.push({ key, change: 'removed', before: shown(key, value) });
  }
  return changes;
}

/** Per-definition changes from `base` (undefined: a new file) to `head`; unchanged definitions are left out. */
export function diffDocuments(base: StackDocument | undefined, head: StackDocument): DefinitionChange[] {
  const key = (app: string, name: string) => JSON.stringify([app, name]);
  const baseEntries = new Map((base ? listDefinitions(base) : []).map((e) => [key(e.app, e.name), e]));
  const headEntries = new Map(listDefinitions(head).map((e) => [key(e.app, e.name), e]));
  const changes: DefinitionChange[] = [];
  for (const [id, entry] of headEntries) {
    const old = baseEntries.get(id);
    const beforeFields = fields(old?.definition);
    const afterFields = fields(entry.definition);
    const fieldChanges = (Object.keys(afterFields) as FieldChange['field'][])
      .filter((field) => beforeFields[field] !== afterFields[field])
      .map((field) => ({ field, before: beforeFields[field], after: afterFields[field] }));
    const env = envChanges(
      old && base ? documentEnv(base, old.app, old.definition) : new Map(),
      documentEnv(head, entry.app, entry.definition),
    );
    if (old && fieldChanges.length === 0 && env.length === 0) continue;
    changes.push({ app: entry.app, definition: entry.name, kind: old ? 'changed' : 'added', fields: fieldChanges, env });
  }
  for (const [id, entry] of baseEntries) {
    if (headEntries.has(id) || !base) continue;
    const beforeFields = fields(entry.definition);
    changes.push({
      app: entry.app,
      definition: entry.name,
      kind: 'removed',
      fields: (Object.keys(beforeFields) as FieldChange['field'][]).map((field) => ({ field, before: beforeFields[field], after: '' })),
      env: envChanges(documentEnv(base, entry.app, entry.definition), new Map()),
    });
  }
  return changes;
}
