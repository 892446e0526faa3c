// `berth rollback`: the action's rollback from a terminal. Every action input is a flag of the same
// name (`--environment production --version v41 --instance-ids i-1,i-2 ...`); the GitHub context
// comes from --repository/--github-token or GITHUB_REPOSITORY/GITHUB_TOKEN. Without them, the
// releases the hosts recorded decide (rollbackRelease reads them through the same AWS adapters).
import { parseArgs } from 'node:util';
import { awsRollbackDeps, contextFromEnv, rollbackRelease, rollbackResultJson } from '../../action/rollback.js';
import { renderSummary } from '../../action/summary.js';
import { INPUT_NAMES, InputError, parseActionInputs, secretInputValues, type InputName } from '../../app/inputs.js';
import { terminalLog } from '../progress.js';
import { describeParseError, UsageError } from '../usage.js';

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
  --github-token T       default $GITHUB_TOKEN
  --repository OWNER/REPO  default $GITHUB_REPOSITORY
  --rollbar-token T, --rollbar-endpoint URL
  --json                 print the result as JSON on stdout (progress stays on stderr)
  -h, --help
Exit status: 0 rolled back, 1 failed, 2 wrong usage.
`;

export async function run(argv: string[]): Promise<number> {
  const inputOptions = Object.fromEntries(INPUT_NAMES.map((name) => [name, { type: 'string' as const }]));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...inputOptions, repository: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const given = (name: InputName): string => {
    const value = values[name];
    if (typeof value === 'string') return value;
    if (name === 'github-token') return process.env.GITHUB_TOKEN ?? '';
    return '';
  };
  let inputs;
  try {
    inputs = parseActionInputs((name) => (name === 'command' ? 'rollback' : given(name)));
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message.replace(/input "([^"]+)"/g, '--$1'));
    throw error;
  }
  const env = { ...process.env, ...(typeof values.repository === 'string' ? { GITHUB_REPOSITORY: values.repository } : {}) };
  const context = contextFromEnv(env);
  const log = terminalLog();
  const result = await rollbackRelease(inputs, context, await awsRollbackDeps(inputs, context, log), log);
  process.stderr.write(`${renderSummary(result.model, secretInputValues(inputs))}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify(rollbackResultJson(result))}\n`);
  return result.outcome.status === 'success' ? 0 : 1;
}
