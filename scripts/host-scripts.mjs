// The host script's parts (host/, listed per mode in src/host/parts.ts) for the bundle and for shellcheck.
//   copyHostParts(outDir): copies every part into OUT/host/, where src/host/script.ts finds them from
//   the bundle (dist/bundle.js looks in dist/host/).
//   joinedHostScripts(): each mode's script as written (comments kept), with where each part starts.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

async function parts() {
  return tsImport('../src/host/parts.ts', import.meta.url);
}

export async function copyHostParts(outDir) {
  const { allHostParts } = await parts();
  for (const part of allHostParts()) {
    const target = join(outDir, 'host', part);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(repo, 'host', part), target);
  }
}

/** [{ mode, planSet, text, starts: [{ part, line }] }]: each mode's script, with and without a plan set. */
export async function joinedHostScripts() {
  const { HOST_MODES, hostScriptParts } = await parts();
  const scripts = [];
  for (const mode of HOST_MODES) {
    for (const planSet of [false, true]) {
      const starts = [];
      let text = '';
      for (const part of hostScriptParts(mode, planSet)) {
        starts.push({ part: `host/${part}`, line: text.split('\n').length });
        text += readFileSync(join(repo, 'host', part), 'utf8');
      }
      scripts.push({ mode, planSet, text, starts });
    }
  }
  return scripts;
}
