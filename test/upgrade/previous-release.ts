// The previous release of berth, as committed: its GitHub Action bundle (dist/) and the example Stack
// JSON of that commit, packed in previous-release/ (test/upgrade/README.md says how and when to refresh
// it). Unpacked per test file into a temporary directory outside the repository.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { hostScriptParts, shippedScript, type HostMode } from '../../src/host/parts.js';
import { runOk } from '../world/proc.js';

/** The release before the code under test: the commit its archive was made from (the last landed `dist/`). */
export const PREVIOUS_RELEASE_COMMIT = 'be9c0de';
/**
 * The last release without secret versions (containers labelled `berth.hash` only, env in document order):
 * secrets-upgrade.world.test.ts upgrades from it, as a fleet that skipped releases does.
 */
export const BEFORE_SECRET_VERSIONS_COMMIT = '2b4cd05';

const archiveOf = (commit: string) => join(dirname(fileURLToPath(import.meta.url)), 'previous-release', `berth-action-${commit}.tar.gz`);

export interface UnpackedRelease {
  /** The action's entry (dist/index.js): `node ENTRY` runs one step with its INPUT_* variables. */
  entry: string;
  /** examples/stack.json as that release had it: a document the release accepted. */
  exampleDocument: string;
  remove(): void;
}

/** A committed release's archive (default: the previous release), unpacked into a temporary directory. */
export async function unpackPreviousRelease(commit: string = PREVIOUS_RELEASE_COMMIT): Promise<UnpackedRelease> {
  const dir = mkdtempSync(join(tmpdir(), `berth-release-${commit}-`));
  try {
    await runOk(['tar', '-xzf', archiveOf(commit), '-C', dir], { timeoutMs: 60_000 });
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

/**
 * The commands `current` (buildHostCommands' output) with the release's own host script in place of the
 * current one: the script as that release shipped it in dist/host/, joined by today's part list for
 * `mode` (a part that release lacks fails here, by name). The plan stays the current encoder's: only
 * releases whose plan format the code under test still writes can be compared this way.
 */
export function withReleaseHostScript(release: UnpackedRelease, mode: HostMode, current: readonly string[]): string[] {
  const partsDir = join(dirname(release.entry), 'host');
  const script = shippedScript(hostScriptParts(mode, false).map((part) => readFileSync(join(partsDir, part), 'utf8')));
  const packed = gzipSync(Buffer.from(script, 'utf8'), { level: 9 }).toString('base64');
  const line = `printf '%s' '${packed}' | base64 -d | gunzip >"$berth_dir/rollout.sh"`;
  const at = current.findIndex((command) => command.endsWith('| base64 -d | gunzip >"$berth_dir/rollout.sh"'));
  if (at < 0) throw new Error('no script line in the host commands: buildHostCommands changed shape');
  return current.map((command, i) => (i === at ? line : command));
}
