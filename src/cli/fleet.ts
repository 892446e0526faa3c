// What `berth status`, `history` and `logs` share: the release flags (every action input, --json, the
// command's own options), the terminal log, and Run Command plus Parameter Store for the SSM target.
import type { FleetPorts } from '../app/status.js';
import { awsPorts } from '../app/wiring.js';
import type { ProgressLog } from '../deploy/ports.js';
import { readReleaseFlags, type ReleaseFlags } from './args.js';
import { terminalLog } from './progress.js';

export async function fleetCommand(
  argv: string[],
  help: string,
  extra: Parameters<typeof readReleaseFlags>[5] = {},
): Promise<{ flags: ReleaseFlags; log: ProgressLog; ports: FleetPorts } | undefined> {
  const flags = readReleaseFlags(argv, 'status', help, undefined, undefined, extra);
  if (!flags) return undefined;
  const log = terminalLog();
  const { hosts, parameters } = await awsPorts({ ...flags.inputs, target: 'ssm' }, log);
  return { flags, log, ports: { hosts, parameters } };
}
