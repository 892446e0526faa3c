// The merge step of `deploy`: write the freshly built tags (or digests) into the Stack JSON text. The text edit itself is the core's (src/stack/merge.ts): every other byte stays.
import { mergeImageTags, type ImageTagUpdate, type MergeResult } from '../stack/merge.js';
import type { BuiltImage } from './build.js';
import type { ProgressLog } from './ports.js';

export type ImageUpdate = ImageTagUpdate;
export type { MergeResult };

/** The deployed tag of each built image (its first tag) and its pushed digest. */
export function updatesFromBuiltImages(images: BuiltImage[]): ImageUpdate[] {
  return images.map((built) => ({ image: built.image, tag: built.tags[0] ?? '', digest: built.digest }));
}

/**
 * Merges into a document's text (a Stack JSON file or an OpsWorks Custom JSON string) and warns for
 * built images no definition uses. With `pin`, definitions get `image@digest` instead of a tag.
 */
export function mergeIntoText(text: string, updates: ImageUpdate[], pin: boolean, log: ProgressLog): MergeResult {
  for (const update of updates) {
    if (pin && !update.digest) throw new Error(`Cannot pin ${update.image}: its digest is unknown.`);
    if (!pin && !update.tag) throw new Error(`No tag to merge for ${update.image}.`);
  }
  const result = mergeImageTags(text, updates, { pin });
  for (const image of result.unusedImages) {
    log.warn(`Built image ${image} is used by no definition of the Stack JSON; it was pushed but will not be deployed.`);
  }
  const what = updates.map((u) => (pin ? `${u.image}@${u.digest ?? ''}` : `${u.image}:${u.tag}`)).join(', ');
  const where = result.changed.map(({ app, definition }) => `${app}/${definition}`).join(', ');
  log.info(`Stack JSON: ${result.changed.length} definition(s) set to ${what}${where ? `: ${where}` : ''}.`);
  return result;
}
