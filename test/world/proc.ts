// Runs a program to completion and collects its output; the world's one way to run commands.
import { spawn } from 'node:child_process';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  timeoutMs?: number;
  env?: Record<string, string>;
  cwd?: string;
  signal?: AbortSignal;
}

/** Runs argv (no shell). Never rejects for a non-zero exit; code is -1 when killed by timeout or abort. */
export function run(argv: string[], opts: RunOptions = {}): Promise<RunResult & { timedOut: boolean; aborted: boolean }> {
  const [file, ...args] = argv;
  if (file === undefined) throw new Error('run: empty argv');
  return new Promise((resolve, reject) => {
    // Own process group, so a timeout kills the whole tree (bash and what it started).
    const child = spawn(file, args, {
      env: opts.env ?? (process.env as Record<string, string>),
      cwd: opts.cwd,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    let aborted = false;
    const killTree = (): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            killTree();
          }, opts.timeoutMs);
    const onAbort = (): void => {
      aborted = true;
      killTree();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      reject(new Error(`cannot run ${file}: ${error.message}`));
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolve({
        code: timedOut || aborted ? -1 : (code ?? -1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
        aborted,
      });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
  });
}

/** Like run, but throws with the command's stderr when it fails. */
export async function runOk(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  const result = await run(argv, opts);
  if (result.code !== 0) {
    throw new Error(
      `${argv.join(' ')} failed (exit ${result.code}${result.timedOut ? ', timed out' : ''}): ${result.stderr.trim() || result.stdout.trim()}`,
    );
  }
  return result;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
