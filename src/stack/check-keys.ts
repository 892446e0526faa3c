// Checks on the raw JSON tree, before defaults hide what was written: duplicate keys and
// unknown keys in a definition (with "did you mean").
import type { Node } from 'jsonc-parser';
import type { Reporter } from './diagnostics.js';
import type { JsonPath } from './positions.js';
import { definitionKeys } from './schema.js';

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
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function propertiesOf(node: Node | undefined): { key: string; value: Node | undefined; keyNode: Node }[] {
  if (node?.type !== 'object') return [];
  return (node.children ?? []).flatMap((property) => {
    const keyNode = property.children?.[0];
    return keyNode ? [{ key: String(keyNode.value), value: property.children?.[1], keyNode }] : [];
  });
}

function isDefinitionGroup(path: JsonPath): boolean {
  return path.length === 4 && path[0] === 'deploy' && path[2] === 'containers' && typeof path[3] === 'number';
}

/** Duplicate keys: an error among definition names (two containers would share a name), else a warning. */
export function checkDuplicateKeys(node: Node | undefined, path: JsonPath, reporter: Reporter): void {
  if (!node) return;
  if (node.type === 'array') {
    (node.children ?? []).forEach((child, index) => checkDuplicateKeys(child, [...path, index], reporter));
    return;
  }
  if (node.type !== 'object') return;
  const seen = new Set<string>();
  for (const { key, value, keyNode } of propertiesOf(node)) {
    if (seen.has(key)) {
      if (isDefinitionGroup(path)) {
        reporter.reportSpan('error', 'duplicate-definition', [...path, key], keyNode, `definition "${key}" is defined twice: rename one of them`);
      } else {
        reporter.reportSpan('warning', 'duplicate-key', [...path, key], keyNode, `key "${key}" appears twice in this object and only the last one counts: remove one`);
      }
    }
    seen.add(key);
    checkDuplicateKeys(value, [...path, key], reporter);
  }
}

/** Unknown keys inside each definition object: a warning (ignored), with the nearest known key. */
export function checkDefinitionKeys(root: Node | undefined, reporter: Reporter): void {
  const deploy = propertiesOf(root).find((p) => p.key === 'deploy')?.value;
  for (const app of propertiesOf(deploy)) {
    const containers = propertiesOf(app.value).find((p) => p.key === 'containers')?.value;
    if (containers?.type !== 'array') continue;
    (containers.children ?? []).forEach((group, index) => {
      for (const definition of propertiesOf(group)) {
        for (const { key } of propertiesOf(definition.value)) {
          if (definitionKeys.includes(key)) continue;
          const guess = closestKey(key, definitionKeys);
          const hint = guess ? `did you mean "${guess}"?` : `known keys: ${definitionKeys.join(', ')}`;
          reporter.warning(
            'unknown-key',
            ['deploy', app.key, 'containers', index, definition.key, key],
            `unknown key "${key}" in definition "${definition.key}" is ignored: ${hint}`,
            { key: true },
          );
        }
      }
    });
  }
}
