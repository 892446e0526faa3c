// The merge step of `deploy`: write the freshly built tags (or digests) into the Stack JSON text. The text edit itself is the core's (src/stack/merge.ts): every other byte stays.
import { mergeImageTags, mergeMismatches, type ImageTagUpdate, type MergeResult } from '../stack/merge.js';
import type { StackDocument } from '../stack/schema.js';
import type { BuiltImage } from './build.js';
import { DeployFailure } from './failure.js';
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

/**
 * The merged document as the deploy will run it (`parse` is the deploy's own parser), refused when
 * it does not name the images just built: the hosts must run what was merged. `updates` undefined
 * (nothing built) reads the document as is.
 */
export function readBackMerge(document: StackDocument, updates: ImageUpdate[] | undefined, pin: boolean): StackDocument {
  const mismatches = updates ? mergeMismatches(document, updates, { pin }) : [];
  if (mismatches.length === 0) return document;
  const lines = mismatches.map((m) => `${m.app}/${m.definition} runs ${m.image}:${m.tag}, not the merged ${m.expected}`);
  throw new DeployFailure(
    `The merged Stack JSON does not name the images just built, so the hosts would not run what was merged (a duplicated "tag" or "image" key?): ${lines.join('; ')}. Nothing was deployed.`,
    'unchanged',
  );
}

/** Merges into the text and reads the result back with the deploy's parser (see readBackMerge). */
export function mergeAndReadBack(
  text: string,
  updates: ImageUpdate[],
  pin: boolean,
  log: ProgressLog,
  parse: (text: string) => StackDocument,
): { text: string; document: StackDocument } {
  const merged = mergeIntoText(text, updates, pin, log).text;
  return { text: merged, document: readBackMerge(parse(merged), updates, pin) };
}
