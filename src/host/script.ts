// Reads the host script's parts and joins them for one mode. The parts are the files under host/ in the
// repository (running from source, as the tests do) or their copy next to the bundle (the build puts it
// in dist/host/, see scripts/host-scripts.mjs), so nothing generated is committed beside the sources.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type HostMode, hostScriptParts, shippedScript } from './parts.js';

/**
 * Where the parts are, from this module's own file: src/host/script.ts -> host/ (two levels up);
 * the bundle dist/bundle.js -> dist/host/.
 */
function partsDirectory(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = ['host', '../../host'].map((relative) => join(here, relative));
  const found = candidates.find((dir) => existsSync(join(dir, 'main.sh')));
  if (found === undefined) throw new Error(`the host script's parts are missing: no main.sh in ${candidates.join(', ')}`);
  return found;
}

let directory: string | undefined;

/** The script a command for this mode carries (comments and indentation stripped, names as written). */
export function hostScript(mode: HostMode, planSet: boolean): string {
  directory ??= partsDirectory();
  const dir = directory;
  return shippedScript(hostScriptParts(mode, planSet).map((part) => readFileSync(join(dir, part), 'utf8')));
}
