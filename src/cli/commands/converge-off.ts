// `berth converge-off`: instances that join no longer get the release by themselves.
import { convergeOff } from '../../app/converge-off.js';
import { awsClientSettings, convergePorts } from '../../app/wiring.js';
import { readReleaseFlags } from '../args.js';
import { terminalLog } from '../progress.js';

export const HELP = `Usage: berth converge-off [--environment NAME] [--aws-region R] [--aws-endpoint URL]

Turns converge off for the environment: deletes its State Manager association (berth-NAME), so
instances that join the fleet no longer run the release by themselves, then the release record
(/berth/NAME/release and its parts). Hosts keep running what they run. Set the input converge to
false too, or the next deploy creates both again.
`;

export async function run(argv: string[]): Promise<number> {
  const flags = readReleaseFlags(argv, 'converge-off', HELP);
  if (!flags) return 0;
  const message = await convergeOff(flags.inputs, await convergePorts(awsClientSettings(flags.inputs)), terminalLog());
  if (flags.json) process.stdout.write(`${JSON.stringify({ message })}\n`);
  return 0;
}
