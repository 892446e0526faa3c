// Builds the committed bundles: dist/index.js (the action), dist/post/index.js (its post step),
// dist/cli/index.js (the terminal face). One ncc run each; output is ESM like the sources.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const entries = [
  ['src/index.ts', 'dist'],
  ['src/post.ts', 'dist/post'],
  ['src/cli/index.ts', 'dist/cli'],
];
rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of entries) {
  if (!existsSync(entry)) continue;
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--target', 'es2022', '-q', '--license', 'licenses.txt'], {
    stdio: 'inherit',
  });
}

// The CLI bundle is the package's `bin`: it needs a shebang and the executable bit.
const cli = 'dist/cli/index.js';
if (existsSync(cli)) {
  const code = readFileSync(cli, 'utf8');
  if (!code.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${code}`);
  chmodSync(cli, 0o755);
}
