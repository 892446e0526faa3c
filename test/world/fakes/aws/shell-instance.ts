// A managed instance whose commands run in a local bash, like the SSM agent's runShellScript plugin:
// the commands become one script (lines in order), stdout and stderr are captured, abort kills the process group.
import { spawn } from 'node:child_process';
import type { ManagedInstance, RunOutcome } from './types.js';

export interface ShellInstanceOptions {
  instanceId: string;
  hostname: string;
  ipAddress?: string;
  tags?: Record<string, string>;
  /**
   * Environment of the script (the host's DOCKER_HOST, HOME, PATH, AWS settings...). Default: this process's.
   * The agent's own variables (AWS_SSM_INSTANCE_ID, AWS_SSM_REGION_NAME) are added per command.
   */
  env?: NodeJS.ProcessEnv;
  /** Working directory of the script. */
  cwd?: string;
}

export function shellInstance(options: ShellInstanceOptions): ManagedInstance {
  return {
    instanceId: options.instanceId,
    hostname: options.hostname,
    ipAddress: options.ipAddress ?? '127.0.0.1',
    tags: options.tags ?? {},
    run: (commands, { signal, env }) =>
      runBash(commands.join('\n'), signal, { ...options, env: { ...(options.env ?? process.env), ...env } }),
  };
}

function runBash(script: string, signal: AbortSignal, options: ShellInstanceOptions): Promise<RunOutcome> {
  return new Promise<RunOutcome>((resolve, reject) => {
    const child = spawn('bash', ['-s'], {
      env: options.env ?? process.env,
      ...(options.cwd ? { cwd: options.cwd } : {}),
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const kill = (): void => {
      // The whole process group: a script's children (sleep, docker) must stop with it.
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    };
    if (signal.aborted) kill();
    else signal.addEventListener('abort', kill, { once: true });
    child.on('error', (error) => {
      signal.removeEventListener('abort', kill);
      reject(error);
    });
    child.on('close', (code, killedBy) => {
      signal.removeEventListener('abort', kill);
      resolve({ exitCode: code ?? (killedBy ? 128 + signalNumber(killedBy) : 1), stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(script);
  });
}

function signalNumber(name: NodeJS.Signals): number {
  return name === 'SIGKILL' ? 9 : name === 'SIGTERM' ? 15 : name === 'SIGINT' ? 2 : 1;
}
