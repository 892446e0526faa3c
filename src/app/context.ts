// Where a release runs: the GitHub context (from the runner's environment, or the CLI's flags) and the
// repository checkout, read with git (the restored version's Stack JSON, the commit's subject).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { errorMessage } from '../util/errors.js';

const run = promisify(execFile);

export type Env = Record<string, string | undefined>;

export interface RunContext {
  owner: string;
  repo: string;
  apiUrl: string;
  /** The run's log URL, for the GitHub deployment status and the lock's holder note. */
  runUrl: string;
  actor: string;
  /** The repository checkout (git show runs here). */
  workspace: string;
  runId: string;
}

export function contextFromEnv(env: Env = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = env.GITHUB_RUN_ID ?? '';
  return {
    owner,
    repo,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    runUrl: owner && runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : '',
    actor: env.GITHUB_ACTOR ?? env.USER ?? 'berth',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runId: runId || String(Date.now()),
  };
}

/** `git show <commit>:<path>` in the checkout, with an error that says how to fix a shallow clone. */
export function gitReader(workspace: string) {
  return async (commit: string, path: string): Promise<string> => {
    const relative = path.startsWith('/') ? path : `./${path.replace(/^\.\//, '')}`;
    try {
      const { stdout } = await run('git', ['show', `${commit}:${relative}`], { cwd: workspace, maxBuffer: 64 * 1024 * 1024 });
      return stdout;
    } catch (error) {
      const detail = (error as { stderr?: string }).stderr?.trim() || errorMessage(error);
      throw new Error(
        `Could not read ${path} at commit ${commit.slice(0, 12)} (${detail}). ` +
          "Check out the full history (actions/checkout with fetch-depth: 0) so the restored version's Stack JSON can be read.",
      );
    }
  };
}

/** The Stack JSON file as it is in the checkout now. */
export function workspaceReader(workspace: string) {
  return async (path: string): Promise<string> => {
    try {
      return await readFile(resolve(workspace, path), 'utf8');
    } catch (error) {
      throw new Error(`Cannot read the Stack JSON ${path} (input stack-json) in ${workspace}: ${errorMessage(error)}`);
    }
  };
}

/** The checked-out commit (GITHUB_SHA, else `git rev-parse HEAD`); empty when unknown. */
export async function headCommit(workspace: string, env: Env = process.env): Promise<string> {
  if (env.GITHUB_SHA) return env.GITHUB_SHA;
  try {
    const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd: workspace });
    return stdout.trim();
  } catch {
    return '';
  }
}

/** The commit's subject line, for Rollbar's comment; empty when git cannot tell (no checkout). */
export async function commitSubject(workspace: string, commit: string): Promise<string> {
  try {
    const { stdout } = await run('git', ['log', '-1', '--format=%s', commit], { cwd: workspace });
    return stdout.trim();
  } catch {
    return '';
  }
}
