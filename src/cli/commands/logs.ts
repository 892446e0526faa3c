// `berth logs DEFINITION`: one container's recent log from the target hosts, through Run Command.
import { fleetLogs } from '../../app/status.js';
import { renderFleetLogs } from '../../app/status-view.js';
import { fleetCommand } from '../fleet.js';
import { UsageError } from '../usage.js';

export const HELP = `Usage: berth logs DEFINITION [--host H] [--lines N] [--environment E] [--instance-ids IDS | --targets ...] [--json]

The recent log (docker logs --tail N) of one container on each target host, or on the host --host
names (its name or instance id). DEFINITION is a definition (NAME or APP/NAME: its first copy, a
running one first; the others are named) or a container name. On the host, every secret value the
container was given (the env values berth passed from Parameter Store or marked secret) is replaced by
[redacted] before anything is printed, and the oldest lines are cut to fit Run Command's 24,000
characters of output (the header says how many).

Options:
  --host H               one host: its name or instance id
  --lines N              lines to ask for, 1 to 5000 (default 100)
  --environment E, --instance-ids IDS, --targets 'tag:Key=v1,v2', --host-root PATH,
  --aws-region R, --aws-endpoint URL (each action input is a flag of the same name)
  --json                 print the answers as JSON on stdout
  -h, --help
Exit status: 0 every chosen host answered, 1 otherwise, 2 wrong usage.
`;

export async function run(argv: string[]): Promise<number> {
  const command = await fleetCommand(argv, HELP, { options: { host: { type: 'string' }, lines: { type: 'string' } }, positionals: true });
  if (!command) return 0;
  const { flags, log, ports } = command;
  const [target, ...rest] = flags.positionals;
  if (target === undefined || rest.length > 0) throw new UsageError('name one DEFINITION (or container)');
  const linesText = typeof flags.own['lines'] === 'string' ? flags.own['lines'] : '100';
  const lines = /^[0-9]+$/.test(linesText) ? Number(linesText) : NaN;
  if (!(lines >= 1 && lines <= 5000)) throw new UsageError(`--lines must be a whole number from 1 to 5000, got ${linesText}`);
  const host = typeof flags.own['host'] === 'string' ? flags.own['host'] : undefined;
  const answers = await fleetLogs(flags.inputs, ports, { target, lines, ...(host !== undefined ? { host } : {}) }, log);
  if (flags.json) process.stdout.write(`${JSON.stringify(answers, null, 2)}\n`);
  else process.stdout.write(renderFleetLogs(answers));
  return answers.every((answer) => answer.logs) ? 0 : 1;
}
