// Builds the committed bundle: one ncc run of scripts/bundle-entry.ts, so the action's main step, its
// post step and the CLI share one set of chunks. The faces are thin files next to it: dist/index.js
// (action main), dist/post.js (action post), dist/cli.js (the `berth` command). Output is ESM.
// `node scripts/build.mjs OUT` builds into OUT instead of dist (check-dist compares the two).
import { execFileSync } from 'node:child_process';
import { chmodSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyHostParts } from './host-scripts.mjs';

const outRoot = process.argv[2] ?? 'dist';
rmSync(outRoot, { recursive: true, force: true });
execFileSync('npx', ['ncc', 'build', 'scripts/bundle-entry.ts', '-o', outRoot, '--target', 'es2022', '-q', '--license', 'licenses.txt'], {
  stdio: 'inherit',
});
renameSync(join(outRoot, 'index.js'), join(outRoot, 'bundle.js'));

// file -> [face in bundle-entry.ts, first line]. The CLI is the package's `bin`: shebang and executable bit.
const faces = {
  'index.js': ['main', ''],
  'post.js': ['post', ''],
  'cli.js': ['cli', '#!/usr/bin/env node\n'],
};
for (const [file, [face, shebang]] of Object.entries(faces)) {
  writeFileSync(join(outRoot, file), `${shebang}import { faces } from './bundle.js';\n\nawait faces.${face}();\n`);
}
chmodSync(join(outRoot, 'cli.js'), 0o755);

// The host script's parts, next to the bundles: src/host/script.ts reads them from OUT/host/.
await copyHostParts(outRoot);
