// Writes freshly built tags into a Stack JSON (or OpsWorks Custom JSON) text, editing only the
// `tag` values that change so formatting, key order and every other byte stay as they were.
import { applyEdits, modify, parseTree, type FormattingOptions, type Node } from 'jsonc-parser';
import type { JsonPath } from './positions.js';
import type { StackDocument } from './schema.js';

export interface ImageTagUpdate {
  /** Repository as written in `image`, e.g. `quay.io/acme/app`. */
  image: string;
  tag: string;
  /** `sha256:...` digest the push reported. */
  digest?: string;
}

export interface MergeResult {
  text: string;
  /** Definitions whose tag changed. */
  changed: { app: string; definition: string }[];
  /** Update images no definition uses. */
  unusedImages: string[];
}

/** The `tag` value written: with `pin` and a digest, the digest (`sha256:...`), which runs as `image@sha256:...`. */
export function tagValue(update: ImageTagUpdate, pin: boolean): string {
  return pin && update.digest !== undefined ? update.digest : update.tag;
}

/** Indentation of the text, so an inserted `tag` line looks like its neighbours; none for one-line JSON. */
function detectFormatting(text: string): FormattingOptions | undefined {
  if (!/\n/.test(text.trim())) return undefined;
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return indent.startsWith('\t') ? { insertSpaces: false, tabSize: 1, eol } : { insertSpaces: true, tabSize: indent.length, eol };
}

function child(node: Node | undefined, key: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  for (const property of node.children ?? []) {
    if (property.children?.[0]?.value === key) return property.children[1];
  }
  return undefined;
}

function properties(node: Node | undefined): [string, Node][] {
  if (node?.type !== 'object') return [];
  return (node.children ?? []).flatMap((p) => {
    const key = p.children?.[0]?.value;
    const value = p.children?.[1];
    return typeof key === 'string' && value ? [[key, value] as [string, Node]] : [];
  });
}

interface DefinitionNode {
  app: string;
  definition: string;
  path: JsonPath;
  image: unknown;
  tag: unknown;
}

function definitionNodes(root: Node | undefined): DefinitionNode[] {
  const found: DefinitionNode[] = [];
  for (const [app, appNode] of properties(child(root, 'deploy'))) {
    const containers = child(appNode, 'containers');
    if (containers?.type !== 'array') continue;
    (containers.children ?? []).forEach((group, index) => {
      for (const [name, node] of properties(group)) {
        found.push({
          app,
          definition: name,
          path: ['deploy', app, 'containers', index, name],
          image: child(node, 'image')?.value,
          tag: child(node, 'tag')?.value,
        });
      }
    });
  }
  return found;
}

export function mergeImageTags(text: string, updates: ImageTagUpdate[], options: { pin: boolean }): MergeResult {
  const formattingOptions = detectFormatting(text);
  const byImage = new Map(updates.map((update) => [update.image, update]));
  const used = new Set<string>();
  const changed: MergeResult['changed'] = [];
  let out = text;
  for (const node of definitionNodes(parseTree(text))) {
    const update = typeof node.image === 'string' ? byImage.get(node.image) : undefined;
    if (!update) continue;
    used.add(update.image);
    const next = tagValue(update, options.pin);
    const current = node.tag === undefined ? 'latest' : String(node.tag);
    if (current === next && typeof node.tag === 'string') continue;
    const edits = modify(out, [...node.path, 'tag'], next, {
      ...(formattingOptions ? { formattingOptions } : {}),
      // A new `tag` goes right after `image`, where a reader looks for it.
      getInsertionIndex: (keys) => {
        const image = keys.indexOf('image');
        return image < 0 ? keys.length : image + 1;
      },
    });
    // One-line JSON (OpsWorks Custom JSON is often minified) gets no space after the colon either.
    out = applyEdits(out, formattingOptions ? edits : edits.map((e) => ({ ...e, content: e.content.replace('"tag": ', '"tag":') })));
    if (current !== next) changed.push({ app: node.app, definition: node.definition });
  }
  return { text: out, changed, unusedImages: updates.map((u) => u.image).filter((image) => !used.has(image)) };
}

/** A definition that uses a built image but, as the document reads, does not run the tag merged for it. */
export interface MergeMismatch {
  app: string;
  definition: string;
  image: string;
  /** The tag the merged document names (as parsed: the last of duplicated keys). */
  tag: string;
  expected: string;
}

/**
 * The merge read back: every definition of the parsed merged document whose image was built must name
 * the tag (or digest) just written. A text the merge edits in one place and the parser reads in
 * another (a duplicated `tag` key: the edit goes to the first, the parse keeps the last) shows here.
 */
export function mergeMismatches(document: StackDocument, updates: ImageTagUpdate[], options: { pin: boolean }): MergeMismatch[] {
  const byImage = new Map(updates.map((update) => [update.image, update]));
  const found: MergeMismatch[] = [];
  for (const [app, spec] of Object.entries(document.deploy)) {
    for (const group of spec.containers) {
      for (const [definition, { image, tag }] of Object.entries(group)) {
        const update = byImage.get(image);
        if (!update) continue;
        const expected = tagValue(update, options.pin);
        if (tag !== expected) found.push({ app, definition, image, tag, expected });
      }
    }
  }
  return found;
}
