// `berth rollback`: the action's rollback from a terminal. Every action input is a flag of the same
// name (`--environment production --version v41 --instance-ids i-1,i-2 ...`); the GitHub context
// comes from --repository/BERTH_GITHUB_TOKEN or GITHUB_REPOSITORY/GITHUB_TOKEN. Without them, the
// releases the hosts recorded decide (rollbackRelease reads them through the same AWS adapters).
import { rollbackRelease, rollbackResultJson } from '../../app/rollback.js';
import { renderSummary } from '../../app/summary.js';
import { releasePorts } from '../../app/wiring.js';
import { secretInputValues } from '../../app/inputs.js';
import { cancelOnCtrlC } from '../cancel.js';
import { terminalLog } from '../progress.js';
import { commandLineContext, readReleaseFlags } from '../args.js';

export const HELP = `Usage: berth rollback [--version V] [--environment E] [options]

Restores the newest successful deployment of the environment whose version is not the one running
now (GitHub Deployments history), or the version named with --version (tag or commit SHA): the
Stack JSON at that commit with the images it ran. Without a GitHub token or history (or when the
version is not in it), the releases every target host recorded decide (the hosts keep their last 10
plans); a release recorded without its commit gets today's Stack JSON (--stack-json) with its images.
No build, no migration; images still on the hosts are used without a pull. Same lock, health gates,
Rollbar and GitHub record as a deploy.

Options (each action input is a flag of the same name; the most used):
  --environment E        default production
  --version V            default: the previous good version
  --instance-ids IDS     comma list, or --targets 'tag:Key=v1,v2'
  --stack-json PATH      path of the Stack JSON in the repository (default stack.json): read at the
                         restored commit, and as checked out for the hosts' records
  --aws-region R, --aws-endpoint URL, --host-aws-endpoint URL
  BERTH_GITHUB_TOKEN     (or --github-token-stdin) default $GITHUB_TOKEN
  --repository OWNER/REPO  default $GITHUB_REPOSITORY
  BERTH_ROLLBAR_TOKEN, --rollbar-endpoint URL (secrets never as flags: ps shows them)
  --json                 print the result as JSON on stdout (progress stays on stderr)
  -h, --help
Exit status: 0 rolled back, 1 failed, 2 wrong usage.
`;

export async function run(argv: string[]): Promise<number> {
  const flags = readReleaseFlags(argv, 'rollback', HELP, (name) => (name === 'github-token' ? (process.env.GITHUB_TOKEN ?? '') : ''));
  if (!flags) return 0;
  const { inputs } = flags;
  const context = commandLineContext(flags);
  const log = terminalLog();
  const ports = await releasePorts(inputs, context, log);
  const cancel = cancelOnCtrlC(log);
  const result = await rollbackRelease(
    inputs,
    context,
    { ...ports, signal: cancel.signal, onCheckpoint: cancel.onCheckpoint },
    log,
  ).finally(cancel.dispose);
  process.stderr.write(`${renderSummary(result.model, secretInputValues(inputs))}\n`);
  if (flags.json) process.stdout.write(`${JSON.stringify(rollbackResultJson(result))}\n`);
  return result.outcome.status === 'success' ? 0 : 1;
}
