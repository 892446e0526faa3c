// Runs shellcheck on every shell file of the repository: tracked or new (not ignored) files ending
// in .sh/.bash/.bats, or starting with a sh/bash/bats shebang (such as .ci/run). The host script's
// parts (host/lib, host/modes, host/main.sh) share globals and functions, so they are checked as the
// scripts they make, each mode's joined in order, with findings named by part and line.
//   node scripts/shellcheck.mjs [--host-only]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { joinedHostScripts } from './host-scripts.mjs';

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

function isHostPart(path) {
  return path === 'host/main.sh' || path.startsWith('host/lib/') || path.startsWith('host/modes/');
}

const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter((path) => path !== '' && !path.startsWith('dist/') && !path.startsWith('node_modules/'));
const hostOnly = process.argv.includes('--host-only');
const files = hostOnly
  ? []
  : listed.filter((path) => {
      try {
        if (!statSync(path).isFile()) return false;
      } catch {
        return false; // deleted in the working tree
      }
      if (isHostPart(path)) return false;
      return /\.(sh|bash|bats)$/.test(path) || /^#!.*\b(ba)?sh\b|^#!.*\bbats\b/.test(firstLine(path));
    });

/** shellcheck on one joined host script (stdin), its gcc-format findings renamed to part:line. */
function checkJoined({ mode, text, starts }) {
  // The plan reader and the docker helpers fill every field for any mode; only the rollout uses them all,
  // so an unused variable (SC2034) is a finding in the rollout's script alone.
  const exclude = mode === 'rollout' ? [] : ['--exclude=SC2034'];
  return new Promise((resolve, reject) => {
    const child = spawn('shellcheck', ['--shell=bash', '--format=gcc', ...exclude, '-'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const findings = out
        .split('\n')
        .filter((line) => line !== '')
        .map((line) =>
          line.replace(/^-:(\d+):/, (_, n) => {
            const at = Number(n);
            const start = starts.filter((s) => s.line <= at).at(-1) ?? { part: '?', line: 1 };
            return `${start.part}:${at - start.line + 1}:`;
          }),
        );
      resolve({ status, findings });
    });
    child.stdin.end(text);
  });
}

let failed = false;
if (files.length > 0) {
  const result = spawnSync('shellcheck', ['--external-sources', ...files], { stdio: 'inherit' });
  if (result.error) {
    console.error(`shellcheck could not run (${result.error.message}); install it: apt-get install -y shellcheck`);
    process.exit(2);
  }
  failed = result.status !== 0;
}
const joined = await joinedHostScripts();
const seen = new Set();
// Two at a time: each takes seconds.
for (let i = 0; i < joined.length; i += 2) {
  for (const { status, findings } of await Promise.all(joined.slice(i, i + 2).map(checkJoined))) {
    failed ||= status !== 0;
    for (const finding of findings) {
      if (!seen.has(finding)) console.log(finding);
      seen.add(finding);
    }
  }
}
console.log(
  `shellcheck: ${files.length} file(s) and the host script for ${joined.length / 2} modes, ${failed ? 'findings above' : 'clean'}`,
);
process.exit(failed ? 1 : 0);
