// Runs the host script on a simulated host exactly as SSM would: the commands buildHostCommands makes.
import { buildHostCommands, parseHostResult } from '../../src/host/command.js';
import type { HostMode } from '../../src/host/parts.js';
import { encodeHostPlan, type HostPlan, type HostResult } from '../../src/stack/host-plan.js';
import type { SimHost } from '../world/index.js';

export interface HostRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  result: HostResult | undefined;
}

export async function runHost(host: SimHost, mode: HostMode, plan?: HostPlan, timeoutSeconds = 240): Promise<HostRun> {
  const commands = buildHostCommands(mode, plan ? encodeHostPlan(plan) : undefined, { maxBytes: 1_000_000 });
  const out = await host.runCommands(commands, { timeoutSeconds });
  return { exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr, result: parseHostResult(out.stdout) };
}
