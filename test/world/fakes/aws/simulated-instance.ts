// A managed instance without Docker, for benchmarks of the pipeline over large fleets.
import type { ManagedInstance, RunOutcome } from './types.js';

export interface SimulatedInstanceOptions {
  instanceId: string;
  hostname: string;
  ipAddress?: string;
  tags?: Record<string, string>;
  /** How long each command takes. */
  durationMs: number;
  outcome: 'success' | 'fail';
  /**
   * What the "host" prints on stdout (e.g. a HostResult JSON line), given the commands it was sent and
   * which instance runs them (one command may carry plans for several instances).
   */
  result?: (commands: string[], context: { instanceId: string; env: Record<string, string> }) => string;
}

export interface SimulatedInstance extends ManagedInstance {
  /** Every command list this instance received, in order. */
  readonly received: string[][];
}

export function simulatedInstance(options: SimulatedInstanceOptions): SimulatedInstance {
  const received: string[][] = [];
  return {
    instanceId: options.instanceId,
    hostname: options.hostname,
    ipAddress: options.ipAddress ?? '127.0.0.1',
    tags: options.tags ?? {},
    received,
    run(commands, { signal, env }) {
      received.push(commands);
      return new Promise<RunOutcome>((resolve) => {
        const finish = (): void => {
          signal.removeEventListener('abort', onAbort);
          const stdout = options.result ? options.result(commands, { instanceId: env.AWS_SSM_INSTANCE_ID ?? options.instanceId, env }) : '';
          resolve(
            options.outcome === 'success'
              ? { exitCode: 0, stdout, stderr: '' }
              : { exitCode: 1, stdout, stderr: `${options.hostname}: simulated failure\n` },
          );
        };
        const timer = setTimeout(finish, options.durationMs);
        const onAbort = (): void => {
          clearTimeout(timer);
          // As the agent's SIGKILL of the process group: no chance to clean up or print anything.
          resolve({ exitCode: 137, stdout: '', stderr: '' });
        };
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}
