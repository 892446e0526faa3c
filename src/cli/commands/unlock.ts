// `berth unlock`: clears the deploy lock (whoever holds it) and says whose it was.
import { unlock } from '../../app/unlock.js';
import { awsClientSettings, parameterStore } from '../../app/wiring.js';
import { terminalLog } from '../progress.js';
import { readReleaseFlags } from '../args.js';

export const HELP = `Usage: berth unlock [--environment NAME | --lock-name /berth/NAME/lock] [--aws-region R] [--aws-endpoint URL]

Clears the deploy lock in Parameter Store, whoever holds it, and prints its holder (who, since
when, which version, which run, until when). A deploy that died loses the lock by itself once it
expires (5 minutes after its last renewal); use unlock not to wait, or to stop a running deploy from
starting new batches (it sees the cleared lock at its next renewal). Also deletes a lock left by an
earlier berth release at the lock's own name (those never expire).
`;

export async function run(argv: string[]): Promise<number> {
  const flags = readReleaseFlags(argv, 'unlock', HELP);
  if (!flags) return 0;
  const log = terminalLog();
  const message = await unlock(flags.inputs, await parameterStore(awsClientSettings(flags.inputs)), log);
  if (flags.json) process.stdout.write(`${JSON.stringify({ message })}\n`);
  return 0;
}
