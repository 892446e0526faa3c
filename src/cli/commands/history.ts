// `berth history`: per target host, the plans it recorded (its last 10 successful runs per app).
import { fleetHistory } from '../../app/status.js';
import { renderFleetHistory } from '../../app/status-view.js';
import { fleetCommand } from '../fleet.js';

export const HELP = `Usage: berth history [--environment E] [--instance-ids IDS | --targets 'tag:Key=v1,v2'] [--json]

Per target host, what it ran successfully, newest first: when, the release, the deploy id, the commit
and the image of each definition, read from the plans the host keeps (the last 10 per app, the same
records a rollback without GitHub history restores). A deploy undone on the host after a failure is
marked. The apps are those of the Stack JSON (--stack-json, default stack.json).

Options (each action input is a flag of the same name; the most used):
  --environment E        default production
  --instance-ids IDS     comma list, or --targets 'tag:Key=v1,v2'
  --stack-json PATH      names the apps (default stack.json)
  --host-root PATH       where hosts keep berth's files (default /)
  --aws-region R, --aws-endpoint URL
  --json                 print the lists as JSON on stdout
  -h, --help
Exit status: 0 read, 1 failed, 2 wrong usage.
`;

export async function run(argv: string[]): Promise<number> {
  const command = await fleetCommand(argv, HELP);
  if (!command) return 0;
  const lists = await fleetHistory(command.flags.inputs, command.ports, command.log);
  if (command.flags.json) process.stdout.write(`${JSON.stringify(lists, null, 2)}\n`);
  else process.stdout.write(renderFleetHistory(lists));
  return lists.some((list) => list.problem) ? 1 : 0;
}
