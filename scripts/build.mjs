// Builds the committed bundles: dist/index.js (the action), dist/post/index.js (its post step),
// dist/cli/index.js (the terminal face). One ncc run each; output is ESM like the sources.
// `node scripts/build.mjs OUT` builds into OUT instead of dist (check-dist compares the two).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyHostParts } from './host-scripts.mjs';

const outRoot = process.argv[2] ?? 'dist';
const entries = [
  ['src/index.ts', ''],
  ['src/post.ts', 'post'],
  ['src/cli/index.ts', 'cli'],
];
rmSync(outRoot, { recursive: true, force: true });
for (const [entry, out] of entries) {
  if (!existsSync(entry)) continue;
  execFileSync('npx', ['ncc', 'build', entry, '-o', join(outRoot, out), '--target', 'es2022', '-q', '--license', 'licenses.txt'], {
    stdio: 'inherit',
  });
}

// The CLI bundle is the package's `bin`: it needs a shebang and the executable bit.
const cli = join(outRoot, 'cli', 'index.js');
if (existsSync(cli)) {
  const code = readFileSync(cli, 'utf8');
  if (!code.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${code}`);
  chmodSync(cli, 0o755);
}

// The host script's parts, next to the bundles: src/host/script.ts reads them from OUT/host/.
await copyHostParts(outRoot);
