// Fails when the committed dist/ differs from a fresh build (changed, added or deleted files).
import { execFileSync } from 'node:child_process';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], { encoding: 'utf8' });
if (status.trim() !== '') {
  console.error('dist/ is not what the sources build. Run `npm run build` and commit dist/:');
  console.error(status);
  process.exit(1);
}
console.log('dist/ is fresh');
