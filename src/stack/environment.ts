// A container's environment, in the spec's order (later wins, first position kept):
// env_from target's env, own env, DB_* from the app's database, RELEASE_TAG, then the Rollbar rev_var.
import type { PlanEnvVar, PlanValue } from './host-plan.js';
import { interpolate, ssmReference, type PlaceholderValues } from './placeholders.js';
import type { ContainerDefinition, DatabaseSettings, StackDocument } from './schema.js';
import { holdsUrlCredentials } from './credential-values.js';
import { isSecretKey } from './secrets.js';

export const databaseVariables = [
  ['DB_ADAPTER', 'adapter'],
  ['DB_DATABASE', 'database'],
  ['DB_HOST', 'host'],
  ['DB_PASSWORD', 'password'],
  ['DB_PORT', 'port'],
  ['DB_RECONNECT', 'reconnect'],
  ['DB_USERNAME', 'username'],
] as const;

export interface EnvironmentInput {
  document: StackDocument;
  app: string;
  name: string;
  definition: ContainerDefinition;
  /** Placeholder values for env (`%{app_name}` is the bare definition name here). */
  placeholders: PlaceholderValues;
  /** The app's database settings (deploy input or Parameter Store), else the document's. */
  database?: DatabaseSettings;
  /** The deployed revision, for `notifications.rollbar.rev_var`. */
  revision: string;
}

/** The tag or digest that runs, as RELEASE_TAG sees it. */
export function releaseTag(definition: ContainerDefinition): string {
  return definition.tag;
}

/** A literal value, or the parameter named by a whole-value `%{ssm:...}` reference. */
export function planValue(text: string, placeholders: PlaceholderValues): PlanValue {
  const name = ssmReference(text);
  if (name !== undefined) return { kind: 'ssm', name };
  return { kind: 'literal', value: interpolate(text, placeholders) };
}

/** Database and registry fields: a whole-value reference or the text verbatim (never interpolated). */
export function referenceOrLiteral(text: string): PlanValue {
  const name = ssmReference(text);
  return name !== undefined ? { kind: 'ssm', name } : { kind: 'literal', value: text };
}

export function composeEnvironment(input: EnvironmentInput): PlanEnvVar[] {
  const { document, definition } = input;
  const raw = new Map<string, string>();
  if (definition.env_from !== undefined) {
    const source = findDefinition(document, input.app, definition.env_from);
    for (const [key, value] of Object.entries(source?.env ?? {})) raw.set(key, value);
  }
  for (const [key, value] of Object.entries(definition.env)) raw.set(key, value);

  const env = new Map<string, PlanEnvVar>();
  // String(): the database input keeps JSON numbers ("port": 5432) in the plan as they are, so berth.hash
  // stays what earlier releases computed; only this check needs the text.
  const put = (key: string, value: PlanValue, secret = false) => {
    env.set(key, {
      key,
      value,
      secret: secret || value.kind === 'ssm' || isSecretKey(key) || (value.kind === 'literal' && holdsUrlCredentials(String(value.value))),
    });
  };
  for (const [key, value] of raw) put(key, planValue(value, input.placeholders));
  if (definition.database) {
    const database = input.database ?? document.deploy[input.app]?.database ?? {};
    for (const [key, field] of databaseVariables) {
      // Database values are not interpolated: a password may hold any `%` (the old code crashed on it).
      put(key, referenceOrLiteral(database[field] ?? ''), field === 'password');
    }
  }
  put('RELEASE_TAG', { kind: 'literal', value: releaseTag(definition) });
  const revVar = definition.notifications?.rollbar?.rev_var;
  if (revVar) put(revVar, { kind: 'literal', value: input.revision });
  return [...env.values()];
}

/** The definition of `app` named `name` (env_from looks only inside the same app). */
export function findDefinition(document: StackDocument, app: string, name: string): ContainerDefinition | undefined {
  for (const group of document.deploy[app]?.containers ?? []) {
    const found = group[name];
    if (found) return found;
  }
  return undefined;
}
