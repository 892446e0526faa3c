// The base branch's version of a file on a pull request, read from the local clone with `git show`
// (no API call, no token). Needs the base commit in the clone: checkout with fetch-depth: 0.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

export type BaseVersion =
  { kind: 'found'; sha: string; text: string } | { kind: 'new-file'; sha: string } | { kind: 'unavailable'; reason: string };

/** What the PR check needs of the event that triggered the run. */
export interface PullRequestEvent {
  number: number;
  baseSha: string;
  headSha: string;
  /** The head branch is in another repository: GitHub gives the run a read-only token. */
  fromFork: boolean;
}

/** The pull request that triggered the run; undefined for other events. */
export function pullRequestEvent(env: Record<string, string | undefined> = process.env): PullRequestEvent | undefined {
  const event = env['GITHUB_EVENT_NAME'];
  const path = env['GITHUB_EVENT_PATH'];
  if ((event !== 'pull_request' && event !== 'pull_request_target') || !path) return undefined;
  try {
    const payload = JSON.parse(readFileSync(path, 'utf8')) as {
      number?: unknown;
      pull_request?: {
        number?: unknown;
        base?: { sha?: unknown; repo?: { full_name?: unknown } };
        head?: { sha?: unknown; repo?: { full_name?: unknown; fork?: unknown } };
      };
    };
    const pr = payload.pull_request;
    const sha = pr?.base?.sha;
    if (typeof sha !== 'string' || !/^[0-9a-f]{7,64}$/.test(sha)) return undefined;
    const number = typeof pr?.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : 0;
    const headRepo = pr?.head?.repo?.full_name;
    const baseRepo = pr?.base?.repo?.full_name;
    return {
      number,
      baseSha: sha,
      headSha: typeof pr?.head?.sha === 'string' ? pr.head.sha : '',
      fromFork: typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo,
    };
  } catch {
    return undefined;
  }
}

/** The base commit of the pull request that triggered the run; undefined for other events. */
export function pullRequestBaseSha(env: Record<string, string | undefined> = process.env): string | undefined {
  return pullRequestEvent(env)?.baseSha;
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

function succeeds(args: string[], cwd: string): boolean {
  try {
    git(args, cwd);
    return true;
  } catch {
    return false;
  }
}

export function readBaseVersion(file: string, sha: string, cwd: string = process.cwd()): BaseVersion {
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch {
    return { kind: 'unavailable', reason: 'the working directory is not a git clone' };
  }
  if (!succeeds(['cat-file', '-e', `${sha}^{commit}`], cwd)) {
    return { kind: 'unavailable', reason: `the base commit ${sha.slice(0, 12)} is not in the clone (check out with fetch-depth: 0)` };
  }
  const path = relative(top, resolve(cwd, file)).split('\\').join('/');
  if (path.startsWith('..')) return { kind: 'unavailable', reason: `${file} is outside the repository` };
  if (!succeeds(['cat-file', '-e', `${sha}:${path}`], cwd)) return { kind: 'new-file', sha };
  return { kind: 'found', sha, text: git(['show', `${sha}:${path}`], cwd) };
}
