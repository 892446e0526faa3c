// The previous release of berth, as committed: its GitHub Action bundle (dist/) and the example Stack
// JSON of that commit, packed in previous-release/ (test/upgrade/README.md says how and when to refresh
// it). Unpacked per test file into a temporary directory outside the repository.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOk } from '../world/proc.js';

/** The commit the archive was made from. */
export const PREVIOUS_RELEASE_COMMIT = '2b4cd05';
const ARCHIVE = join(dirname(fileURLToPath(import.meta.url)), 'previous-release', `berth-action-${PREVIOUS_RELEASE_COMMIT}.tar.gz`);

export interface UnpackedRelease {
  /** The action's entry (dist/index.js): `node ENTRY` runs one step with its INPUT_* variables. */
  entry: string;
  /** examples/stack.json as that release had it: a document the release accepted. */
  exampleDocument: string;
  remove(): void;
}

export async function unpackPreviousRelease(): Promise<UnpackedRelease> {
  const dir = mkdtempSync(join(tmpdir(), `berth-release-${PREVIOUS_RELEASE_COMMIT}-`));
  try {
    await runOk(['tar', '-xzf', ARCHIVE, '-C', dir], { timeoutMs: 60_000 });
    return {
      entry: join(dir, 'dist/index.js'),
      exampleDocument: readFileSync(join(dir, 'examples/stack.json'), 'utf8'),
      remove: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
