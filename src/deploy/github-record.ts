// The GitHub deployment record of a deploy or rollback: the deploy history a rollback reads, and on
// success the deploy's timing at the end of the status description (src/deploy/deploy-timing.ts), which
// the PR check's estimate reads without AWS credentials.
import type { StackDocument } from '../stack/schema.js';
import { referencingSecrets } from '../stack/secrets.js';
import { describeWithTiming, type DeployTiming } from './deploy-timing.js';
import { definitionImages, documentHash } from './document-identity.js';
import type { DeployRecorder } from './ports.js';

/**
 * A recorder that fills the payload from the deployed document (hash, per-definition images),
 * whatever the caller put there, so the history always holds what a rollback needs.
 */
export function completingRecorder(
  inner: DeployRecorder,
  document: () => StackDocument | undefined,
  timing: () => DeployTiming | undefined = () => undefined,
): DeployRecorder {
  return {
    start: async (input) => {
      const doc = document();
      const payload = doc
        ? // Hashed with inline secrets as their references: the payload is readable by anyone with repo access.
          {
            ...input.payload,
            documentHash: documentHash(referencingSecrets(doc, '/')),
            images: { ...input.payload.images, ...definitionImages(doc) },
          }
        : input.payload;
      return inner.start({ ...input, payload });
    },
    finish: (id, state, description) =>
      inner.finish(id, state, state === 'success' ? describeWithTiming(description, timing()) : description),
    history: (environment) => inner.history(environment),
  };
}
