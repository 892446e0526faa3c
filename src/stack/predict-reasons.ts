// Why the host replaces a definition: the fixed list of reason codes `berth diff` and the PR check give,
// and which parts of two hash inputs (the text `berth.hash` is the sha256 of, src/stack/plan.ts) differ.
import type { PlanEnvVar } from './host-plan.js';
import { databaseVariables } from './environment.js';

/** Every reason code, in the order they are listed; docs/diff.md says what each covers. */
export const REASON_CODES = [
  'image',
  'env',
  'secret',
  'database',
  'rev_var',
  'command',
  'entrypoint',
  'ports',
  'volumes',
  'links',
  'network',
  'log',
  'hostname',
  'health',
  'load_balancer',
  'stop_signal',
  'stop_grace',
  'app',
  'run_options',
  'schedule',
  'mode',
  'copies',
  'dependency',
  'manual',
  'force',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

/** One line per code: what changed (the field of the hash input or the host's rule it comes from). */
export const REASON_DESCRIPTIONS: Record<ReasonCode, string> = {
  image: 'image or tag (the image reference, and RELEASE_TAG with it)',
  env: 'a plain env value added, removed or changed (own env or env_from)',
  secret: 'a secret env value: its %{ssm:...} reference, or an inline secret value (a new Parameter Store version)',
  database: 'the DB_* variables of a definition with "database": true (the app\'s database settings)',
  rev_var: 'the Rollbar rev_var variable, which carries the commit: it changes on every deploy',
  command: 'command',
  entrypoint: 'entrypoint',
  ports: 'ports (-p)',
  volumes: 'volumes (-v) or volumes_from',
  links: 'links',
  network: 'network',
  log: 'log driver or its options',
  hostname: 'the container hostname (the definition\'s "hostname", resolved for the host)',
  health: 'the health check or its timing (health, startup_time)',
  load_balancer: 'the load-balancer slots the copies run in (load_balancer.slots)',
  stop_signal: 'stop_signal',
  stop_grace: 'stop_grace_period',
  app: 'the definition moved to another app',
  run_options: 'another docker run option berth sets (a berth upgrade)',
  schedule: 'the cron schedule (cron definitions)',
  mode: 'deploy mode changed between long-running (auto, manual) and cron',
  copies: 'the number of copies (surplus ones are removed, missing ones started)',
  dependency: 'a container or data volume it links to or mounts was started or replaced earlier in this deploy',
  manual: 'a manual definition named in the manual input (always replaced)',
  force: 'the force input (every auto definition is replaced)',
};

/** The parsed hash input of one definition (the fields JSON.stringify wrote in planDefinition). */
interface HashInput {
  image?: string;
  env?: PlanEnvVar[];
  runArgs?: string[];
  command?: unknown;
  health?: unknown;
  settings?: unknown;
  stopSignal?: string;
}

/** What the env keys mean for this definition (both sides): the rev_var keys and the DB_* keys. */
export interface EnvRoles {
  revVars: ReadonlySet<string>;
  databaseKeys: ReadonlySet<string>;
}

const DATABASE_KEYS: ReadonlySet<string> = new Set(databaseVariables.map(([key]) => key));

/** The DB_* keys when the definition takes the database (either side), else none. */
export function databaseKeysOf(takesDatabase: boolean): ReadonlySet<string> {
  return takesDatabase ? DATABASE_KEYS : new Set();
}

const runArgCodes: Record<string, ReasonCode> = {
  '--hostname': 'hostname',
  '--stop-signal': 'stop_signal',
  '--stop-timeout': 'stop_grace',
  '-p': 'ports',
  '--network': 'network',
  '--entrypoint': 'entrypoint',
  '-v': 'volumes',
  '--volumes-from': 'volumes',
  '--link': 'links',
  '--log-driver': 'log',
  '--log-opt': 'log',
};

function labelCode(value: string): ReasonCode {
  if (value.startsWith('berth.slot=')) return 'load_balancer';
  if (value.startsWith('berth.app=')) return 'app';
  return 'run_options';
}

/** runArgs (every option berth writes takes one value) as code -> the values in order. */
function runArgsByCode(args: string[]): Map<ReasonCode, string[]> {
  const out = new Map<ReasonCode, string[]>();
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i] ?? '';
    const value = args[i + 1] ?? '';
    const code = flag === '--label' ? labelCode(value) : (runArgCodes[flag] ?? 'run_options');
    out.set(code, [...(out.get(code) ?? []), flag, value]);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function envCode(key: string, before: PlanEnvVar | undefined, after: PlanEnvVar | undefined, roles: EnvRoles): ReasonCode {
  if (roles.revVars.has(key)) return 'rev_var';
  // RELEASE_TAG is the tag: it changes exactly when the image reference does.
  if (key === 'RELEASE_TAG') return 'image';
  if (roles.databaseKeys.has(key)) return 'database';
  if (before?.secret === true || after?.secret === true) return 'secret';
  return 'env';
}

function envReasons(before: PlanEnvVar[], after: PlanEnvVar[], roles: EnvRoles): ReasonCode[] {
  const was = new Map(before.map((e) => [e.key, e]));
  const now = new Map(after.map((e) => [e.key, e]));
  const codes = new Set<ReasonCode>();
  for (const key of new Set([...was.keys(), ...now.keys()])) {
    const a = was.get(key);
    const b = now.get(key);
    if (!same(a, b)) codes.add(envCode(key, a, b, roles));
  }
  // Env order is not compared: the canonical hash input lists env sorted by key (src/stack/plan.ts).
  return [...codes];
}

/** The reason codes for two hash inputs of one definition (empty when they are the same text). */
export function hashInputReasons(before: string, after: string, roles: EnvRoles): ReasonCode[] {
  if (before === after) return [];
  const a = JSON.parse(before) as HashInput;
  const b = JSON.parse(after) as HashInput;
  const codes = new Set<ReasonCode>();
  if (a.image !== b.image) codes.add('image');
  for (const code of envReasons(a.env ?? [], b.env ?? [], roles)) codes.add(code);
  const argsBefore = runArgsByCode(a.runArgs ?? []);
  const argsAfter = runArgsByCode(b.runArgs ?? []);
  for (const code of new Set([...argsBefore.keys(), ...argsAfter.keys()])) {
    if (!same(argsBefore.get(code), argsAfter.get(code))) codes.add(code);
  }
  if (!same(a.command, b.command)) codes.add('command');
  if (!same(a.health, b.health) || !same(a.settings, b.settings)) codes.add('health');
  if (a.stopSignal !== b.stopSignal) codes.add('stop_signal');
  // A field this code does not know (a later berth's hash input): still a change the host acts on.
  if (codes.size === 0) codes.add('run_options');
  return sortReasons([...codes]);
}

/** Codes in the order of REASON_CODES, once each. */
export function sortReasons(codes: Iterable<ReasonCode>): ReasonCode[] {
  const set = new Set(codes);
  return REASON_CODES.filter((code) => set.has(code));
}
