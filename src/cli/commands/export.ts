// `berth export`: an OpsWorks stack's Custom JSON (file or live stack) -> a repository Stack JSON whose
// secrets live in Parameter Store.
import { exportFromOpsWorks } from '../../app/export.js';
import { awsRegion } from '../../app/settings.js';
import { writeStackJsonOutput } from '../../app/stack-output.js';
import { terminalLog } from '../progress.js';
import { parseCommandLine } from '../args.js';
import { UsageError } from '../usage.js';

export const HELP = `Usage: berth export (FILE | --stack-id ID) --out FILE [options]

Turns an OpsWorks stack's Custom JSON into a Stack JSON for the repository. Every inline secret
(registry passwords, Rollbar tokens, database password, env keys matching PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL)
is stored in Parameter Store as a SecureString under --prefix and replaced by a %{ssm:...} reference.
Prints what moved where (names, never values) and how to tag the instances for the SSM-only path.

  FILE               the Custom JSON (e.g. what AWS's "detach in place" tool exported to S3)
  --stack-id ID      read the Custom JSON, stack name and instances from a live OpsWorks stack instead
  --out FILE         where to write the Stack JSON (default: stdout)
  --prefix PATH      Parameter Store prefix (default /berth/production/secrets)
  --dry-run          show the plan, write nothing (no parameter, no file)
  --overwrite        replace parameters that exist with another value (default: refuse)
  --region R         AWS region (default: AWS_REGION, then AWS_DEFAULT_REGION, then us-east-1)
  --endpoint URL     AWS endpoint override (VPC endpoint, local fake)
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    HELP,
    {
      'stack-id': { type: 'string' },
      out: { type: 'string' },
      prefix: { type: 'string', default: '/berth/production/secrets' },
      'dry-run': { type: 'boolean' },
      overwrite: { type: 'boolean' },
      region: { type: 'string' },
      endpoint: { type: 'string' },
    },
    true,
  );
  if (!parsed) return 0;
  const options = parsed.values;
  const file = parsed.positionals[0];
  const stackId = options['stack-id'];
  if ((file === undefined) === (stackId === undefined)) throw new UsageError('name either a Custom JSON FILE or --stack-id');
  const dryRun = options['dry-run'] === true;
  const log = terminalLog();
  const { result, describe } = await exportFromOpsWorks(
    {
      stackId: stackId ?? '',
      file: file ?? '',
      layerIds: [],
      stackName: '',
      prefix: options.prefix ?? '',
      dryRun,
      overwrite: options.overwrite === true,
      client: { region: awsRegion(options.region ?? ''), ...(options.endpoint ? { endpoint: options.endpoint } : {}) },
      pollIntervalMs: 5000,
    },
    log,
  );
  const out = options.out;
  if (!dryRun) {
    if (out !== undefined) await writeStackJsonOutput(out, result.text);
    else process.stdout.write(result.text);
  }
  for (const line of describe(out ?? 'stdout')) log.info(line);
  return 0;
}
