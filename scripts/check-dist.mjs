// Fails when the committed dist/ differs from a fresh build of the sources. Builds into a temporary
// directory, so the working tree's dist/ is never touched.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

function listFiles(root, dir = root) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(root, path) : [relative(root, path)];
  });
}

const fresh = mkdtempSync(join(tmpdir(), 'berth-dist-'));
try {
  execFileSync('node', ['scripts/build.mjs', fresh], { stdio: 'inherit' });
  const built = new Set(listFiles(fresh));
  const committed = new Set(listFiles('dist'));
  const problems = [];
  for (const file of built) {
    if (!committed.has(file)) problems.push(`missing in dist/: ${file}`);
    else if (!readFileSync(join(fresh, file)).equals(readFileSync(join('dist', file)))) problems.push(`differs: dist/${file}`);
  }
  for (const file of committed) if (!built.has(file)) problems.push(`not built any more: dist/${file}`);
  if (problems.length > 0) {
    console.error(`dist/ is not what the sources build. Run \`npm run build\` and commit dist/.\n${problems.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`dist/ is fresh (${built.size} files)`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
