// `berth deploy`: the action's deploy from a terminal. Every action input is a flag of the same
// name (`--batch-size 2`), so a workflow step and a command line say the same thing.
// Ctrl-C / SIGTERM: no new batch; the batch in flight finishes, then the failure policy, read back,
// lock release (src/cli/cancel.ts); a second one quits at once and leaves the lock.
import { deployRelease } from '../../app/deploy.js';
import { releasePorts } from '../../app/wiring.js';
import { terminalLog } from '../progress.js';
import { cancelOnCtrlC } from '../cancel.js';
import { commandLineContext, readReleaseFlags } from '../args.js';
import { UsageError } from '../usage.js';

export const HELP = `Usage: berth deploy --stack-json FILE (--targets tag:Key=v | --instance-ids IDS) [options]

Builds and pushes the images (when --image is given), merges the new tag into the Stack JSON,
and rolls it out to the hosts through SSM Run Command; success only after every host reports the
planned images running, healthy. Every input of the GitHub Action is a flag of the same name:

  --stack-json FILE        the document (default stack.json)
  --environment NAME       lock, secrets prefix and records per environment (default production)
  --target ssm|opsworks    (default ssm)
  --targets 'tag:Role=web' / --instance-ids i-1,i-2
  --version V              the tag to deploy (default: the commit SHA in Actions; required here)
  --image REPO             build and push this image first
  --batch-size N|P%        hosts at a time after the migration host (default 1; 25%: a quarter of them)
  --batch-wait-seconds N   pause after each batch that went well (default 0)
  --canary-seconds N       bake copy 0 on each batch's first host and compare it with the old copies
                           first (default 0: off; --canary-* thresholds, README: Canary)
  --failure-policy rollback|stop
  --timeout-minutes N      (default 30)
  --aws-region R, --aws-endpoint URL, --host-aws-endpoint URL
  --converge true          instances that join the --targets tags get the release by themselves
                           (--converge-concurrency 25%, --drift-repair-minutes N; README: Converge)
  BERTH_GITHUB_TOKEN, --repository OWNER/REPO  record a GitHub deployment (default $GITHUB_REPOSITORY)
  Secrets never as flags (ps shows them): BERTH_GITHUB_TOKEN, BERTH_REGISTRY_PASSWORD, BERTH_ROLLBAR_TOKEN,
  BERTH_ROLLBAR_READ_TOKEN, BERTH_DATABASE in the environment, or one of them piped into --<input>-stdin (--registry-password-stdin);
  build args with a secret (NPM_TOKEN=...) in BERTH_BUILD_ARGS / BERTH_IMAGES, plain ones also as flags
  ... and the rest: see the README's input table.
  --json                   print the outcome as JSON on stdout

Exit status: 0 deployed, 1 failed (the outcome says where the fleet is), 2 usage.
`;

export async function run(argv: string[]): Promise<number> {
  const flags = readReleaseFlags(argv, 'deploy', HELP);
  if (!flags) return 0;
  const { inputs, json } = flags;
  if (!inputs.version && !process.env['GITHUB_SHA']) throw new UsageError('set --version (the tag to deploy)');
  const log = terminalLog();
  const context = commandLineContext(flags);
  const ports = await releasePorts(inputs, context, log);
  const cancel = cancelOnCtrlC(log);
  try {
    const result = await deployRelease(inputs, context, { ...ports, signal: cancel.signal, onCheckpoint: cancel.onCheckpoint }, log);
    const { outcome } = result;
    // Without the document and the preflight's per-host reads (the summary's input, not a result).
    if (json) process.stdout.write(`${JSON.stringify({ ...outcome, document: undefined, before: undefined })}\n`);
    log.info(`${outcome.status === 'success' ? 'OK' : 'FAILED'}: ${outcome.summary}`);
    return outcome.status === 'success' ? 0 : 1;
  } finally {
    cancel.dispose();
  }
}
