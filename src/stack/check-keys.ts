// Checks on the raw JSON tree, before defaults hide what was written: duplicate keys, and keys the
// cookbook did not read. Strict where the cookbook failed (`docker`), quiet where it ran (apps of
// other layers, unknown keys in definitions), open at the top level (other cookbooks' attributes).
import type { Node } from 'jsonc-parser';
import { shortName, type Reporter, type Severity } from './diagnostics.js';
import type { JsonPath } from './positions.js';
import {
  appKeys,
  commandHealthSchema,
  cronSchema,
  dataVolumeKeys,
  definitionKeys,
  httpHealthSchema,
  loadBalancerSchema,
  logSchema,
  notificationsSchema,
  registrySchema,
  rollbarSchema,
} from './schema.js';

/** Edit distance, for "did you mean" on near-miss keys such as `volume_from`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export function closestKey(key: string, known: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(key.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    // The distance is at least the difference in length: skip the quadratic work for long keys.
    if (Math.abs(candidate.length - key.length) > limit) continue;
    const distance = editDistance(key.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

export interface Property {
  key: string;
  value: Node | undefined;
  keyNode: Node;
}

export function propertiesOf(node: Node | undefined): Property[] {
  if (node?.type !== 'object') return [];
  return (node.children ?? []).flatMap((property) => {
    const keyNode = property.children?.[0];
    return keyNode ? [{ key: String(keyNode.value), value: property.children?.[1], keyNode }] : [];
  });
}

function child(node: Node | undefined, key: string): Node | undefined {
  return propertiesOf(node).find((p) => p.key === key)?.value;
}

function isDefinitionGroup(path: JsonPath): boolean {
  return path.length === 4 && path[0] === 'deploy' && path[2] === 'containers' && typeof path[3] === 'number';
}

/** At or below a definition object (`deploy.<app>.containers[i].<name>...`). */
function isInsideDefinition(path: JsonPath): boolean {
  return path.length >= 5 && path[0] === 'deploy' && path[2] === 'containers' && typeof path[3] === 'number';
}

/**
 * Duplicate keys: an error among definition names (two containers would share a name) and inside a
 * definition (a tag merge edits the first `tag`, the deploy runs the last); elsewhere a warning.
 * `path` is pushed and popped along the walk, and copied only for a report.
 */
export function checkDuplicateKeys(node: Node | undefined, path: JsonPath, reporter: Reporter): void {
  if (!node) return;
  if (node.type === 'array') {
    const items = node.children ?? [];
    for (let index = 0; index < items.length; index++) {
      path.push(index);
      checkDuplicateKeys(items[index], path, reporter);
      path.pop();
    }
    return;
  }
  if (node.type !== 'object') return;
  const seen = new Set<string>();
  for (const property of node.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode) continue;
    const key = String(keyNode.value);
    if (seen.has(key)) reportDuplicate(key, keyNode, path, reporter);
    seen.add(key);
    path.push(key);
    checkDuplicateKeys(value, path, reporter);
    path.pop();
  }
}

function reportDuplicate(key: string, keyNode: Node, path: JsonPath, reporter: Reporter): void {
  const at = [...path, key];
  if (isDefinitionGroup(path)) {
    reporter.reportSpan(
      'error',
      'duplicate-definition',
      at,
      keyNode,
      `definition "${shortName(key)}" is defined twice: rename one of them`,
    );
  } else if (isInsideDefinition(path)) {
    reporter.reportSpan(
      'error',
      'duplicate-key',
      at,
      keyNode,
      `key "${shortName(key)}" appears twice in definition "${shortName(String(path[4]))}": the deploy uses the last one, a tag merge edits the first; remove one`,
    );
  } else {
    reporter.reportSpan(
      'warning',
      'duplicate-key',
      at,
      keyNode,
      `key "${shortName(key)}" appears twice in this object and only the last one counts: remove one`,
    );
  }
}

interface KeyRule {
  known: readonly string[];
  severity: Severity;
  /** How the object reads in a message, e.g. `health of definition "app"`. */
  where: string;
}

function checkKeys(node: Node | undefined, path: JsonPath, rule: KeyRule, reporter: Reporter): void {
  for (const { key } of propertiesOf(node)) {
    if (rule.known.includes(key)) continue;
    const guess = closestKey(key, rule.known);
    const hint = guess ? `did you mean "${guess}"?` : `known keys: ${rule.known.join(', ')}`;
    const effect = rule.severity === 'error' ? 'is not allowed' : 'is ignored';
    reporter.report(rule.severity, 'unknown-key', [...path, key], `unknown key "${shortName(key)}" in ${rule.where} ${effect}: ${hint}`, {
      key: true,
    });
  }
}

const keysOf = (schema: { shape: object }) => Object.keys(schema.shape);
const nestedRules: [key: string, known: readonly string[]][] = [
  ['cron', keysOf(cronSchema)],
  ['notifications', keysOf(notificationsSchema)],
  ['load_balancer', keysOf(loadBalancerSchema)],
  ['log', keysOf(logSchema)],
];

function checkDefinition(node: Node | undefined, path: JsonPath, name: string, reporter: Reporter): void {
  const where = `definition "${shortName(name)}"`;
  checkKeys(node, path, { known: definitionKeys, severity: 'warning', where }, reporter);
  for (const [key, known] of nestedRules) {
    checkKeys(child(node, key), [...path, key], { known, severity: 'warning', where: `${key} of ${where}` }, reporter);
  }
  const rollbar = child(child(node, 'notifications'), 'rollbar');
  checkKeys(
    rollbar,
    [...path, 'notifications', 'rollbar'],
    { known: keysOf(rollbarSchema), severity: 'warning', where: `notifications.rollbar of ${where}` },
    reporter,
  );
  const health = child(node, 'health');
  const variant =
    child(health, 'http') !== undefined ? httpHealthSchema : child(health, 'cmd') !== undefined ? commandHealthSchema : undefined;
  if (variant)
    checkKeys(health, [...path, 'health'], { known: keysOf(variant), severity: 'warning', where: `health of ${where}` }, reporter);
}

function checkDocker(docker: Property, reporter: Reporter): void {
  if (docker.value?.type !== 'object') return;
  // The cookbook's Setup ran `node["docker"]["registries"].each`: any other key there was a mistake.
  checkKeys(
    docker.value,
    ['docker'],
    { known: ['registries'], severity: 'error', where: 'docker (the cookbook read only "registries")' },
    reporter,
  );
  const registries = child(docker.value, 'registries');
  if (registries === undefined) {
    reporter.error(
      'docker-registries',
      ['docker'],
      '"docker" has no "registries", which crashed the cookbook\'s Setup: add "registries": {"<registry host>": {"username": "...", "password": "..."}} (or {}), or remove "docker"',
      { key: true },
    );
  }
  for (const host of propertiesOf(registries)) {
    checkKeys(
      host.value,
      ['docker', 'registries', host.key],
      { known: keysOf(registrySchema), severity: 'warning', where: `the login for registry "${shortName(host.key)}"` },
      reporter,
    );
  }
}

function checkApp(app: Property, reporter: Reporter): void {
  if (app.value?.type !== 'object') return;
  const path = ['deploy', app.key];
  for (const { key } of propertiesOf(app.value)) {
    if (appKeys.includes(key)) continue;
    const guess = closestKey(key, appKeys);
    const hint = guess
      ? `did you mean "${guess}"?`
      : "berth reads only containers, data_volumes and database (other layers' app settings may stay)";
    reporter.warning('unknown-key', [...path, key], `key "${shortName(key)}" of app "${shortName(app.key)}" is ignored: ${hint}`, {
      key: true,
    });
  }
  const containers = child(app.value, 'containers');
  if (containers === undefined) {
    reporter.warning(
      'no-containers',
      path,
      `app "${shortName(app.key)}" has no "containers", so nothing runs for it (the cookbook skipped such apps): add "containers": [{"<name>": {...}}] if it is meant for berth`,
      { key: true },
    );
  }
  (child(app.value, 'data_volumes')?.children ?? []).forEach((group, index) => {
    for (const volume of propertiesOf(group)) {
      const where = `data volume "${shortName(volume.key)}"`;
      checkKeys(
        volume.value,
        [...path, 'data_volumes', index, volume.key],
        { known: dataVolumeKeys, severity: 'warning', where },
        reporter,
      );
    }
  });
  if (containers?.type !== 'array') return;
  (containers.children ?? []).forEach((group, index) => {
    for (const definition of propertiesOf(group)) {
      checkDefinition(definition.value, [...path, 'containers', index, definition.key], definition.key, reporter);
    }
  });
}

/** Keys the cookbook did not read, by where they are: errors under `docker`, warnings elsewhere. */
export function checkKnownKeys(root: Node | undefined, reporter: Reporter): void {
  for (const property of propertiesOf(root)) {
    if (property.key === 'docker') checkDocker(property, reporter);
    if (property.key === 'deploy') for (const app of propertiesOf(property.value)) checkApp(app, reporter);
  }
}
