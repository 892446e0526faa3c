// Runs shellcheck on every shell file of the repository: tracked or new (not ignored) files ending
// in .sh/.bash/.bats, or starting with a sh/bash/bats shebang (such as .ci/run).
import { execFileSync, spawnSync } from 'node:child_process';
import { openSync, readSync, closeSync, statSync } from 'node:fs';

function firstLine(path) {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(128);
    const length = readSync(fd, buffer, 0, 128, 0);
    return buffer.subarray(0, length).toString('utf8').split('\n')[0] ?? '';
  } finally {
    closeSync(fd);
  }
}

const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter((path) => path !== '' && !path.startsWith('dist/') && !path.startsWith('node_modules/'));
const files = listed.filter((path) => {
  try {
    if (!statSync(path).isFile()) return false;
  } catch {
    return false; // deleted in the working tree
  }
  return /\.(sh|bash|bats)$/.test(path) || /^#!.*\b(ba)?sh\b|^#!.*\bbats\b/.test(firstLine(path));
});
if (files.length === 0) {
  console.log('shellcheck: no shell files');
  process.exit(0);
}
const result = spawnSync('shellcheck', ['--external-sources', ...files], { stdio: 'inherit' });
if (result.error) {
  console.error(`shellcheck could not run (${result.error.message}); install it: apt-get install -y shellcheck`);
  process.exit(2);
}
console.log(`shellcheck: ${files.length} file(s), ${result.status === 0 ? 'clean' : 'findings above'}`);
process.exit(result.status ?? 1);
