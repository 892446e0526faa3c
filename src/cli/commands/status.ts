// `berth status`: each target host against the environment's release record: the release it runs, per
// definition its copies, images and health, its last deploy, drift, its last converge, and target hosts
// berth never deployed to. A table, or --json (the FleetStatus model, documented in the README).
import { fleetStatus } from '../../app/status.js';
import { renderFleetStatus } from '../../app/status-view.js';
import { fleetCommand } from '../fleet.js';

export const HELP = `Usage: berth status [--environment E] [--instance-ids IDS | --targets 'tag:Key=v1,v2'] [--json]

Asks every target host (Run Command, host script mode status) what berth runs there and compares it
with the environment's release record (/berth/<environment>/release, written after each successful
deploy or rollback), made that host's plan: a copy missing, or one whose berth.hash differs, is drift.
Per host: state (ok, drift, unhealthy, never-deployed, unreachable), the release its containers carry,
the last deploy id, per definition the healthy copies, images and drift, the last converge result.
Changes nothing.

Options (each action input is a flag of the same name; the most used):
  --environment E        default production
  --instance-ids IDS     comma list, or --targets 'tag:Key=v1,v2'
  --stack-name NAME      for %{opsworks} in the recorded release (as the deploy had it)
  --host-root PATH       where hosts keep berth's files (default /)
  --aws-region R, --aws-endpoint URL
  --json                 print the status as JSON on stdout (progress stays on stderr)
  -h, --help
Exit status: 0 read (whatever the hosts' state), 1 failed, 2 wrong usage.
`;

export async function run(argv: string[]): Promise<number> {
  const command = await fleetCommand(argv, HELP);
  if (!command) return 0;
  const status = await fleetStatus(command.flags.inputs, command.ports, command.log);
  if (command.flags.json) process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
  else process.stdout.write(renderFleetStatus(status));
  return 0;
}
