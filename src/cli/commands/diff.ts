// `berth diff BEFORE AFTER`: what a deploy of AFTER does to a host running BEFORE, per definition, as
// the host script decides it (src/stack/predict.ts), for an example host.
import { readFileSync } from 'node:fs';
import { checkStackFile } from '../../stack/check-file.js';
import { formatDiagnostic, type StackDocument } from '../../stack/index.js';
import { predictRelease, REASON_CODES, REASON_DESCRIPTIONS } from '../../stack/predict.js';
import { EXAMPLE_HOST } from '../../stack/summary.js';
import { errorMessage } from '../../util/errors.js';
import { parseCommandLine } from '../args.js';
import { renderPrediction } from '../diff-view.js';
import { UsageError } from '../usage.js';

export const HELP = `Usage: berth diff BEFORE AFTER [options]

Prints what deploying the Stack JSON AFTER does to a host that runs BEFORE (the deployed document):
per definition, in deploy order, the host's own decision (replaced, untouched, started, removed,
manual) with its reasons, the crontab lines added and removed, and whether the migration runs. The
decision is the one the host script makes: berth.hash of both plans, the manual and force rules,
dependencies replaced earlier in the deploy, inline secrets whose value changed. Secret values are
never shown; a new value behind an unchanged %{ssm:...} reference cannot be seen (a note says so).

Options:
  --hostname H         the example host's hostname (default: ${EXAMPLE_HOST.hostname})
  --stack-name S       the stack's name, for %{opsworks} (default: ${EXAMPLE_HOST.stackName})
  --public-ip IP       the example host's public IP, for %{public_ip} (default: ${EXAMPLE_HOST.publicIp})
  --manual NAMES       the deploy's manual input (comma-separated)
  --force              the deploy's force input
  --skip-migration     the deploy's skip-migration input
  --secrets-prefix P   the deploy's secrets-prefix input (default: /berth/<environment>/secrets)
  --environment ENV    the deploy environment (default: production)
  --json               print {"host", "migration", "definitions": [{"app", "definition", "decision",
                       "reasons", "copies"?}], "cron": {"added", "removed"}, "notes"}
  -h, --help
Exit status: 0 printed (whatever the decisions), 2 wrong usage or a document with errors (printed as
berth validate prints them).

Reason codes:
${REASON_CODES.map((code) => `  ${code.padEnd(14)}${REASON_DESCRIPTIONS[code]}`).join('\n')}
`;

/** The valid document in FILE, or undefined after printing why not (validate's lines). */
function readDocument(file: string): StackDocument | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file}: cannot read the file: ${errorMessage(error)}\n`);
    return undefined;
  }
  const result = checkStackFile(text, file);
  if (result.ok && result.document !== undefined) return result.document;
  for (const d of result.diagnostics) if (d.severity === 'error') process.stderr.write(formatDiagnostic(d) + '\n');
  process.stderr.write(`${file}: fix the errors above first (berth validate ${file})\n`);
  return undefined;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    HELP,
    {
      hostname: { type: 'string', default: EXAMPLE_HOST.hostname },
      'stack-name': { type: 'string', default: EXAMPLE_HOST.stackName },
      'public-ip': { type: 'string', default: EXAMPLE_HOST.publicIp },
      manual: { type: 'string', default: '' },
      force: { type: 'boolean' },
      'skip-migration': { type: 'boolean' },
      'secrets-prefix': { type: 'string', default: '' },
      environment: { type: 'string', default: 'production' },
      json: { type: 'boolean' },
    },
    true,
  );
  if (!parsed) return 0;
  const v = parsed.values;
  if (parsed.positionals.length !== 2) throw new UsageError('name two Stack JSON files: BEFORE (deployed) and AFTER');
  if (v.hostname === '') throw new UsageError('--hostname must not be empty');
  const [beforeFile, afterFile] = parsed.positionals as [string, string];
  const before = readDocument(beforeFile);
  const after = readDocument(afterFile);
  if (before === undefined || after === undefined) return 2;
  const prediction = predictRelease(
    before,
    after,
    { ...EXAMPLE_HOST, hostname: v.hostname, stackName: v['stack-name'], publicIp: v['public-ip'] },
    {
      manual: v.manual
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== ''),
      force: v.force === true,
      skipMigration: v['skip-migration'] === true,
      secretsPrefix: v['secrets-prefix'],
      environment: v.environment,
    },
  );
  process.stdout.write(v.json ? JSON.stringify(prediction, null, 2) + '\n' : renderPrediction(prediction));
  return 0;
}
