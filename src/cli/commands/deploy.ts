// `berth deploy`: the action's deploy from a terminal. Every action input is a flag of the same
// name (`--batch-size 2`), so a workflow step and a command line say the same thing.
// Ctrl-C / SIGTERM: stop sending, cancel in-flight commands, release the lock; a second one
// releases the lock at once and exits.
import { deployRelease } from '../../app/deploy.js';
import { releasePorts } from '../../app/wiring.js';
import { releaseLock } from '../../deploy/lock.js';
import { terminalLog } from '../progress.js';
import { errorMessage } from '../../util/errors.js';
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
  --batch-size N           hosts at a time after the migration host (default 1)
  --failure-policy rollback|stop
  --timeout-minutes N      (default 30)
  --aws-region R, --aws-endpoint URL, --host-aws-endpoint URL
  BERTH_GITHUB_TOKEN, --repository OWNER/REPO  record a GitHub deployment (default $GITHUB_REPOSITORY)
  Secrets never as flags (ps shows them): BERTH_GITHUB_TOKEN, BERTH_REGISTRY_PASSWORD, BERTH_ROLLBAR_TOKEN,
  BERTH_DATABASE in the environment, or one of them piped into --<input>-stdin (--registry-password-stdin)
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
  const controller = new AbortController();
  let held: { name: string; deployId: string } | undefined;
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals === 1) {
      log.warn(`${signal}: stopping; in-flight commands are cancelled and the lock released (again to quit at once)`);
      controller.abort();
      return;
    }
    const lock = held;
    const exit = () => process.exit(130);
    if (!lock) return exit();
    releaseLock(ports.parameters, lock.name, lock.deployId).then(
      () => {
        log.warn(`released the deploy lock ${lock.name}`);
        exit();
      },
      (error: unknown) => {
        log.error(`could not release the deploy lock ${lock.name}: ${errorMessage(error)}; run berth unlock`);
        exit();
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const result = await deployRelease(
      inputs,
      context,
      {
        ...ports,
        signal: controller.signal,
        onLockTaken: (lock) => {
          held = lock;
        },
      },
      log,
    );
    const { outcome } = result;
    if (json) process.stdout.write(`${JSON.stringify(outcome, (key, value: unknown) => (key === 'document' ? undefined : value))}\n`);
    log.info(`${outcome.status === 'success' ? 'OK' : 'FAILED'}: ${outcome.summary}`);
    return outcome.status === 'success' ? 0 : 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
