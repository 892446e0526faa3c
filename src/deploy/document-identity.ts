// What identifies a deployed document in the records: its hash (formatting never changes it) and the
// image each definition runs.
import { createHash } from 'node:crypto';
import type { StackDocument } from '../stack/schema.js';

/** sha256 of the document as canonical JSON (keys sorted), so formatting never changes it. */
export function documentHash(document: unknown): string {
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** app/definition -> the image reference it runs (`repo:tag`, or `repo@sha256:...` when the tag holds a digest). */
export function definitionImages(document: StackDocument): Record<string, string> {
  const images: Record<string, string> = {};
  for (const [app, settings] of Object.entries(document.deploy)) {
    for (const group of settings.containers) {
      for (const [name, definition] of Object.entries(group)) {
        const tag = definition.tag;
        images[`${app}/${name}`] = tag.startsWith('sha256:') ? `${definition.image}@${tag}` : `${definition.image}:${tag}`;
      }
    }
  }
  return images;
}
