// Bounds on what validation reads, so a hostile or broken document gets a clear error instead of a
// stack overflow in the (recursive) JSON parser, an "Invalid array length", or minutes of work.
import type { Node } from 'jsonc-parser';
import type { Reporter } from './diagnostics.js';
import type { JsonPath } from './positions.js';

/** Largest document (UTF-8 bytes). Real Stack JSONs are a few KB; the benchmark validates 1 MB in about a second. */
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
/** Deepest nesting of objects and arrays (the Stack JSON itself needs 8). */
export const MAX_DEPTH = 64;
/** Longest string value in the parts berth reads (`deploy`, `docker`, `logrotate`, `manual`). */
export const MAX_STRING_LENGTH = 65_536;
/** Longest key there (app, definition, env and registry names). */
export const MAX_KEY_LENGTH = 1_024;

export interface TextProblem {
  code: string;
  offset: number;
  message: string;
}

/** Size and nesting, checked on the text before anything parses it. */
export function checkTextBounds(text: string): TextProblem | undefined {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_DOCUMENT_BYTES) {
    return {
      code: 'too-large',
      offset: 0,
      message: `the document is ${bytes} bytes, more than the ${MAX_DOCUMENT_BYTES} berth reads: split it or remove what no host needs`,
    };
  }
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x7b || char === 0x5b) {
      depth++;
      if (depth > MAX_DEPTH) {
        return {
          code: 'too-deep',
          offset: i,
          message: `objects and arrays are nested more than ${MAX_DEPTH} deep here: a Stack JSON needs about 8 levels; flatten it`,
        };
      }
    } else if (char === 0x7d || char === 0x5d) {
      depth--;
    }
  }
  return undefined;
}

const readParts = new Set(['deploy', 'docker', 'logrotate', 'manual']);

/** A NUL ("\u0000") ends a C string: no argument, environment variable or file name can carry one. */
const NUL = '\u0000';
const NUL_MESSAGE =
  'this text holds a NUL character ("\\u0000"), which no container argument, environment variable or file name can carry (it would be cut there): remove it';

/** `path` is one array pushed and popped along the walk (copied only for a report): a megabyte has many nodes. */
function checkNode(node: Node, path: JsonPath, reporter: Reporter): void {
  if (node.type === 'string' && typeof node.value === 'string' && node.value.length > MAX_STRING_LENGTH) {
    reporter.error(
      'too-long',
      [...path],
      `this string has ${node.value.length} characters, more than the ${MAX_STRING_LENGTH} allowed: keep large content in the image or in Parameter Store`,
    );
    return;
  }
  if (node.type === 'string' && typeof node.value === 'string' && node.value.includes(NUL)) {
    reporter.error('nul', [...path], NUL_MESSAGE);
    return;
  }
  if (node.type === 'array') {
    const items = node.children ?? [];
    for (let index = 0; index < items.length; index++) {
      path.push(index);
      checkNode(items[index] as Node, path, reporter);
      path.pop();
    }
    return;
  }
  if (node.type !== 'object') return;
  for (const property of node.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode) continue;
    const key = String(keyNode.value);
    path.push(key);
    if (key === '__proto__') {
      reporter.reportSpan(
        'error',
        'reserved-name',
        [...path],
        keyNode,
        'the name "__proto__" cannot be used (JavaScript gives it a meaning of its own, so it would be dropped): rename it',
      );
    }
    if (key.includes(NUL)) reporter.reportSpan('error', 'nul', [...path], keyNode, NUL_MESSAGE);
    if (key.length > MAX_KEY_LENGTH) {
      reporter.reportSpan(
        'error',
        'too-long',
        [...path],
        { offset: keyNode.offset, length: Math.min(keyNode.length, 80) },
        `this key has ${key.length} characters, more than the ${MAX_KEY_LENGTH} allowed for a name: shorten it`,
      );
    }
    if (value) checkNode(value, path, reporter);
    path.pop();
  }
}

/** String and key lengths inside the parts berth reads (other cookbooks' attributes are left alone). */
export function checkStringBounds(root: Node | undefined, reporter: Reporter): void {
  if (root?.type !== 'object') return;
  for (const property of root.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    const key = String(keyNode?.value);
    if (value && readParts.has(key)) checkNode(value, [key], reporter);
  }
}
