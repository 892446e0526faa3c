// Adapts a world host (test/world/index.ts SimHost, or anything shaped like it) to a ManagedInstance,
// without importing the world: the fake stays usable on its own.
import type { ManagedInstance, RunOutcome } from './types.js';

export interface HostLike {
  instanceId: string;
  hostname: string;
  address: string;
  tags: Record<string, string>;
  /** `env`: the SSM agent's variables for this command (AWS_SSM_INSTANCE_ID, ...), added to the host's own. */
  runCommands(
    commands: string[],
    opts: { timeoutSeconds: number; signal?: AbortSignal; env?: Record<string, string> },
  ): Promise<RunOutcome & { timedOut?: boolean; cancelled?: boolean }>;
}

export function managedInstanceOf(host: HostLike): ManagedInstance {
  return {
    instanceId: host.instanceId,
    hostname: host.hostname,
    ipAddress: host.address,
    tags: host.tags,
    async run(commands, opts) {
      const outcome = await host.runCommands(commands, opts);
      return {
        exitCode: outcome.exitCode,
        stdout: outcome.stdout,
        stderr: outcome.stderr,
        ...(outcome.timedOut ? { timedOut: true } : {}),
      };
    },
  };
}
