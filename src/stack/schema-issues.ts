// The schema's problems, all of them at once, in our words. A document with schema problems is
// repaired (each offending value dropped or neutralized) and parsed again, so the reference and
// value checks still run on everything else it says.
import type { z } from 'zod';
import { describePath } from './diagnostics.js';
import type { JsonPath } from './positions.js';
import { stackSchema, type StackDocument } from './schema.js';

export interface SchemaIssue {
  path: JsonPath;
  message: string;
}

export interface LenientParse {
  issues: SchemaIssue[];
  /** The document as far as it can be read: offending values dropped (defaults apply) or neutralized. */
  document?: StackDocument;
  /** Paths whose values were replaced: checks on them (or derived from them) would report fiction. */
  repaired: JsonPath[];
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const step of path) {
    if (!isContainer(node)) return undefined;
    node = Object.hasOwn(node, step) ? (node as Record<string | number, unknown>)[step] : undefined;
  }
  return node;
}

const oldShapes: [test: (path: JsonPath, value: unknown) => boolean, message: string][] = [
  [
    (path, value) => path.length === 2 && path[0] === 'deploy' && Array.isArray(value),
    'is an array of definitions (the cookbook\'s early format): an app is now an object, write it as {"containers": [{"<name>": {...}}, ...]} (the array goes under "containers")',
  ],
  [
    (path, value) => path.length === 3 && path[0] === 'deploy' && path[2] === 'data_volumes' && isContainer(value) && !Array.isArray(value),
    'is an object; data_volumes is an array of {"<name>": {"volumes": [paths]}}. Old docs showed {"socks": ["/var/run"]}: write that as [{"socks": {"volumes": ["/var/run"]}}]',
  ],
  [
    (path, value) => path.length === 5 && path[0] === 'deploy' && path[2] === 'data_volumes' && Array.isArray(value),
    'is a list of paths; a data volume is {"volumes": [paths]}. Old docs showed {"socks": ["/var/run"]}: write that as {"socks": {"volumes": ["/var/run"]}}',
  ],
];

/** Zod's own wording ("Invalid input: expected object, received array") never reaches a user. */
function isLibraryDefault(message: string): boolean {
  return /^Invalid|expected .*received|^Too (big|small)|^Unrecognized/i.test(message);
}

function issueMessage(issue: z.core.$ZodIssue, value: unknown): SchemaIssue {
  const path = issue.path as JsonPath;
  const where = describePath(path);
  const shape = oldShapes.find(([test]) => test(path, value));
  if (shape) return { path, message: `${where} ${shape[1]}` };
  if (isLibraryDefault(issue.message)) {
    return { path, message: `${where} has the wrong type or shape: see the Stack JSON reference (docs/stack-json.md) for what it takes` };
  }
  return { path, message: `${where}: ${issue.message}` };
}

/** Values that keep a definition meaningful when its own is unusable (an image is required). */
function neutralFor(path: JsonPath): string | undefined {
  if (path.length !== 6 || path[0] !== 'deploy' || path[2] !== 'containers') return undefined;
  return path[5] === 'image' ? '' : path[5] === 'deploy' ? 'auto' : undefined;
}

/** Steps up to the value to replace: a missing required key takes its object along; list items their list. */
function repairTarget(root: unknown, path: JsonPath): JsonPath {
  let target = path;
  while (target.length > 0) {
    const last = target[target.length - 1] as string | number;
    const parent = valueAt(root, target.slice(0, -1));
    if (neutralFor(target) !== undefined && isContainer(parent)) return target;
    const isGroup = typeof last === 'number' && target.length === 4 && target[0] === 'deploy';
    if (isContainer(parent) && Object.hasOwn(parent, last) && (!Array.isArray(parent) || isGroup)) return target;
    target = target.slice(0, -1);
  }
  return target;
}

/**
 * The value the old shapes meant, so the names they define stay known to the reference checks:
 * an app as an array of definitions, `containers` as one object, `{name: [paths]}` data volumes.
 */
function oldShapeMeant(path: JsonPath, value: unknown): unknown {
  if (path[0] !== 'deploy' || !isContainer(value)) return undefined;
  if (path.length === 2 && Array.isArray(value)) return { containers: value };
  if (path.length === 3 && path[2] === 'containers' && !Array.isArray(value)) return [value];
  if (path.length === 3 && path[2] === 'data_volumes' && !Array.isArray(value)) {
    return Object.entries(value).map(([name, paths]) => ({ [name]: { volumes: Array.isArray(paths) ? paths : [] } }));
  }
  if (path.length === 5 && path[2] === 'data_volumes') return { volumes: Array.isArray(value) ? value : [] };
  return undefined;
}

function repair(root: Record<string, unknown>, path: JsonPath): void {
  const last = path[path.length - 1] as string | number;
  const parent = valueAt(root, path.slice(0, -1));
  if (!isContainer(parent)) return;
  const meant = oldShapeMeant(path, (parent as Record<string | number, unknown>)[last]);
  const replacement = neutralFor(path);
  if (meant !== undefined) (parent as Record<string | number, unknown>)[last] = meant;
  else if (Array.isArray(parent)) parent[last as number] = {};
  else if (replacement !== undefined) parent[last] = replacement;
  else delete parent[last];
}

const MAX_ROUNDS = 8;

export function parseLeniently(value: Record<string, unknown>): LenientParse {
  const issues: SchemaIssue[] = [];
  const repaired: JsonPath[] = [];
  const seen = new Set<string>();
  /** Paths repaired in earlier rounds: issues at or below them are about values we made up. */
  const madeUp = new Set<string>();
  const isMadeUp = (path: JsonPath) => path.some((_, i) => madeUp.has(pathKey(path.slice(0, i + 1))));
  let current = value;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = stackSchema.safeParse(current);
    if (parsed.success) return { issues, document: parsed.data, repaired };
    if (round === 0) current = structuredClone(value);
    const thisRound: JsonPath[] = [];
    for (const issue of parsed.error.issues) {
      const path = issue.path as JsonPath;
      if (!isMadeUp(path)) {
        const described = issueMessage(issue, valueAt(current, path));
        const id = `${pathKey(described.path)}\u0000${described.message}`;
        if (!seen.has(id)) {
          seen.add(id);
          issues.push(described);
        }
      }
      const target = repairTarget(current, path);
      if (target.length === 0 || madeUp.has(pathKey(target))) continue;
      repair(current, target);
      thisRound.push(target);
    }
    if (thisRound.length === 0) break;
    for (const target of thisRound) madeUp.add(pathKey(target));
    repaired.push(...thisRound);
  }
  return { issues, repaired };
}

function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/**
 * Whether a check's finding rests on a value the repair invented: its path is at or below a repaired
 * one, or it is a definition-level finding computed from a repaired field. Sets of path keys keep this
 * linear in the number of findings (a broken megabyte has thousands of both).
 */
export function repairFilter(repaired: readonly JsonPath[]): (path: JsonPath, code: string) => boolean {
  const exact = new Set(repaired.map(pathKey));
  const above = new Set(repaired.flatMap((r) => r.map((_, i) => pathKey(r.slice(0, i)))));
  return (path, code) => {
    for (let i = 0; i <= path.length; i++) if (exact.has(pathKey(path.slice(0, i)))) return true;
    return definitionLevelCodes.has(code) && above.has(pathKey(path));
  };
}

/** Findings reported on a definition as a whole but computed from its fields. */
const definitionLevelCodes = new Set(['missing-deploy', 'single-slot', 'cron-options', 'health']);
