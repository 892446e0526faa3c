// Maps JSON paths and offsets of the original text to 1-based line/column, so every diagnostic
// points at the value a user has to change (jsonc-parser keeps the offsets JSON.parse throws away).
import { parseTree, type Node, type ParseError } from 'jsonc-parser';

export type JsonPath = (string | number)[];

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface PositionIndex {
  /** The parsed tree, undefined when the text holds no JSON value at all. */
  root: Node | undefined;
  /** 1-based position of an offset (columns count UTF-16 code units, as editors and GitHub do). */
  at(offset: number, length?: number): Position;
  /**
   * Position of the value at `path`; with `key`, of the property name instead. A path that does not
   * exist points at the deepest existing ancestor (e.g. the object missing a required key).
   */
  locate(path: JsonPath, options?: { key?: boolean }): Position;
  /** The node at a path, when present. */
  node(path: JsonPath): Node | undefined;
}

/**
 * `errors` receives the syntax errors of the text. `parse: false` only maps offsets (for text too deep or too large to parse). Lookups by key go
 * through a per-object map, so locating thousands of diagnostics in one big object stays linear.
 */
export function createPositionIndex(text: string, options: { parse?: boolean; errors?: ParseError[] } = {}): PositionIndex {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  }
  const root =
    options.parse === false ? undefined : parseTree(text, options.errors ?? [], { disallowComments: true, allowTrailingComma: false });
  const keyMaps = new WeakMap<Node, Map<string, Node>>();

  /** The value of the first property named `key` (as jsonc-parser's findNodeAtLocation does). */
  function property(object: Node, key: string): Node | undefined {
    let map = keyMaps.get(object);
    if (!map) {
      map = new Map();
      for (const child of object.children ?? []) {
        const [name, value] = child.children ?? [];
        if (name && value && child.children?.length === 2 && !map.has(String(name.value))) map.set(String(name.value), value);
      }
      keyMaps.set(object, map);
    }
    return map.get(key);
  }

  function findNode(path: JsonPath): Node | undefined {
    let node = root;
    for (const step of path) {
      if (!node) return undefined;
      if (typeof step === 'string' && node.type === 'object') node = property(node, step);
      else if (typeof step === 'number' && node.type === 'array') node = node.children?.[step];
      else return undefined;
    }
    return node;
  }

  function lineOf(offset: number): number {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  function at(offset: number, length = 0): Position {
    const start = lineOf(offset);
    const end = lineOf(offset + length);
    return {
      line: start + 1,
      column: offset - (lineStarts[start] ?? 0) + 1,
      endLine: end + 1,
      endColumn: offset + length - (lineStarts[end] ?? 0) + 1,
    };
  }

  function node(path: JsonPath): Node | undefined {
    return findNode(path);
  }

  function locate(path: JsonPath, options: { key?: boolean } = {}): Position {
    if (!root) return at(0);
    for (let depth = path.length; depth >= 0; depth--) {
      const found = findNode(path.slice(0, depth));
      if (!found) continue;
      if (options.key && depth === path.length && found.parent?.type === 'property') {
        const keyNode = found.parent.children?.[0];
        if (keyNode) return at(keyNode.offset, keyNode.length);
      }
      return at(found.offset, found.length);
    }
    return at(root.offset, root.length);
  }

  return { root, at, locate, node };
}
