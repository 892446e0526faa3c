// `berth plan FILE --hostname H --stack-name S`: what one host would run, in order, secrets redacted.
import { readFileSync } from 'node:fs';
import { INPUT_DEFAULTS } from '../../app/inputs.js';
import { checkStackFile } from '../../stack/check-file.js';
import { buildHostPlan, formatDiagnostic, type PlanOptions } from '../../stack/index.js';
import { withHashesOf } from '../../stack/plan.js';
import { referencingSecrets } from '../../stack/secrets.js';
import { redactHostPlan, renderPlan } from '../plan-view.js';
import { errorMessage } from '../../util/errors.js';
import { parseCommandLine } from '../args.js';
import { UsageError } from '../usage.js';

export const HELP = `Usage: berth plan FILE --hostname H --stack-name S [options]

Prints the per-host plan of a Stack JSON document: data volumes, the migration, then every
definition in deploy order with its mode, copies (app0, app1, ...), image:tag and each \`docker run\`
argument, and the cron entries. Placeholders are resolved for the given host; %{ssm:...}
references stay references; secret values are shown as ***.

Options:
  --hostname H         the instance's hostname (OpsWorks-style, e.g. docker1)       (required)
  --stack-name S       the stack's name, for %{opsworks}                            (required)
  --public-ip IP       the instance's public IP, for %{public_ip} (default: empty)
  --instance-id I      the EC2 instance id (default: empty)
  --host-root DIR      directory host paths are placed under (default: /)
  --manual NAMES       manual definitions to redeploy this time (comma-separated)
  --environment ENV    deploy environment, the Rollbar fallback (default: production)
  --release TAG        the release label and the revision given to rev_var (default: plan)
  --data-volume-image I  image of the data-only containers (default: busybox:latest)
  --surge              surge for definitions with an alternate slot that do not set "surge" (the surge input)
  --json               print the plan as JSON (the HostPlan type) instead of text
  -h, --help
Exit status: 0 printed, 1 the document has errors (they are printed), 2 wrong usage.
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    HELP,
    {
      hostname: { type: 'string' },
      'stack-name': { type: 'string' },
      'public-ip': { type: 'string', default: '' },
      'instance-id': { type: 'string', default: '' },
      'host-root': { type: 'string', default: '/' },
      manual: { type: 'string', default: '' },
      environment: { type: 'string', default: 'production' },
      release: { type: 'string', default: 'plan' },
      'data-volume-image': { type: 'string', default: INPUT_DEFAULTS['data-volume-image'] },
      surge: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    true,
  );
  if (!parsed) return 0;
  const v = parsed.values;
  if (parsed.positionals.length !== 1) throw new UsageError('name exactly one Stack JSON file');
  if (!v.hostname) throw new UsageError('--hostname is required (the instance hostname, e.g. docker1)');
  if (v['stack-name'] === undefined) throw new UsageError('--stack-name is required (the stack name, for %{opsworks})');
  if (!v['host-root'].startsWith('/')) throw new UsageError('--host-root must be an absolute path');

  const file = parsed.positionals[0] as string;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file}: cannot read the file: ${errorMessage(error)}\n`);
    return 1;
  }
  const result = checkStackFile(text, file);
  if (!result.ok || result.document === undefined) {
    for (const d of result.diagnostics) if (d.severity === 'error') process.stderr.write(formatDiagnostic(d) + '\n');
    process.stderr.write(`${file}: fix the errors above first (berth validate ${file})\n`);
    return 1;
  }
  const options: PlanOptions = {
    deployId: 'plan',
    release: v.release,
    revision: v.release,
    actor: 'berth plan',
    createdAt: new Date().toISOString(),
    hostRoot: v['host-root'],
    force: false,
    manual: v.manual
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== ''),
    runMigration: true,
    keepImages: 3,
    lockTimeout: 300,
    aws: { region: '' },
    preferLocalImages: false,
    dataVolumeImage: v['data-volume-image'],
    logTailLines: 50,
    environment: v.environment,
    surge: v.surge === true,
  };
  const facts = { hostname: v.hostname, instanceId: v['instance-id'], publicIp: v['public-ip'], stackName: v['stack-name'] };
  // The hashes a deploy computes (inline secrets as their references, default prefix): none covers a secret value.
  const hashed = buildHostPlan(referencingSecrets(result.document, `/berth/${v.environment}/secrets`), facts, options);
  const plan = redactHostPlan(withHashesOf(buildHostPlan(result.document, facts, options), hashed), result.document);
  process.stdout.write(v.json ? JSON.stringify(plan, null, 2) + '\n' : renderPlan(plan));
  return 0;
}
