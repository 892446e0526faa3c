// A deploy: the version (input, else the commit), the Stack JSON (one file), the build step (build,
// push, merge the new tags), then the shared release run. Writes the merged Stack JSON to
// stack-json-output, the next deploy's input.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { buildAndPush, type BuiltImage } from '../deploy/build.js';
import { mergeAndReadBack, updatesFromBuiltImages } from '../deploy/merge-step.js';
import type { BuildPorts, DeployOutcome, OpsWorksPort, PreparedRelease, ProgressLog } from '../deploy/ports.js';
import type { SummaryModel } from '../deploy/summary-model.js';
import type { StackDocument } from '../stack/schema.js';
import { errorMessage } from '../util/errors.js';
import { commitSubject, type RunContext } from './context.js';
import { resolveStackFile } from './glob.js';
import { secretInputValues, type ActionInputs } from './inputs.js';
import { releasePlanner } from './planner.js';
import { maskSecrets, runRelease, type ReleasePorts } from './release.js';
import { writeStackJsonOutput } from './stack-output.js';

export interface DeployDeps extends ReleasePorts {
  /** target opsworks only. */
  opsworks?: OpsWorksPort;
  /** docker and the registry, when there are images to build. */
  buildPorts?: () => Promise<BuildPorts & { dispose?: () => Promise<void> }>;
}

export interface DeployResult {
  outcome: DeployOutcome;
  model: SummaryModel;
  /** The merged Stack JSON text written to stack-json-output. */
  text: string;
  document: StackDocument | undefined;
  built: BuiltImage[];
}

/** Rollbar's comment: the commit subject and the actor. */
async function deployComment(context: RunContext, commit: string, version: string): Promise<string> {
  const subject = commit ? await commitSubject(context.workspace, commit) : '';
  return `${subject || `Deploy ${version}`} (${context.actor})`;
}

export async function deployRelease(inputs: ActionInputs, context: RunContext, deps: DeployDeps, log: ProgressLog): Promise<DeployResult> {
  const now = deps.now ?? Date.now;
  const started = now();
  maskSecrets(inputs, log);
  const sha = (deps.env ?? process.env)['GITHUB_SHA'] ?? '';
  const version = inputs.version || sha;
  const commit = sha || inputs.version;
  if (version === '')
    throw new Error('No version to deploy: set the version input (or run in GitHub Actions, where the commit SHA is the default)');

  const plan = deps.planner ?? releasePlanner(inputs.stackJson, inputs.maxCommandBytes, inputs.surge);
  const stackFile = inputs.target === 'ssm' ? resolveStackFile(inputs.stackJson, context.workspace) : '';
  let text = stackFile
    ? await readFile(stackFile, 'utf8').catch((error: unknown) => {
        throw new Error(`Cannot read the Stack JSON ${stackFile} (input stack-json): ${errorMessage(error)}`);
      })
    : '';
  const document = stackFile ? plan.parseDocument(text) : undefined;

  let deployed: StackDocument | undefined = document;
  const built: BuiltImage[] = [];
  const buildPorts = deps.buildPorts;
  if (inputs.builds.length > 0 && !buildPorts) throw new Error('images to build were given, but no docker is available to build them');
  const build =
    inputs.builds.length > 0 && buildPorts
      ? async (buildLog: ProgressLog): Promise<PreparedRelease> => {
          const ports = await buildPorts();
          try {
            built.push(
              ...(await buildAndPush(
                inputs.builds,
                {
                  revision: commit || version,
                  version,
                  extraTags: inputs.tags,
                  ...(inputs.expiresAfter ? { expiresAfter: inputs.expiresAfter } : {}),
                  ...(inputs.registryUsername
                    ? { credentials: { username: inputs.registryUsername, password: inputs.registryPassword } }
                    : {}),
                  skipExisting: inputs.skipExisting,
                  force: inputs.force,
                },
                ports,
              )),
            );
          } finally {
            await ports.dispose?.();
          }
          // The record made next names what is deployed: the merged document, read back.
          if (stackFile)
            ({ text, document: deployed } = mergeAndReadBack(
              text,
              updatesFromBuiltImages(built),
              inputs.pinDigest,
              buildLog,
              plan.parseDocument,
            ));
          return {
            document: deployed as StackDocument,
            tags: Object.fromEntries(built.map((b) => [b.image, b.tags[0] ?? version])),
            images: Object.fromEntries(built.map((b) => [b.image, inputs.pinDigest ? b.reference : `${b.image}:${b.tags[0] ?? version}`])),
            digests: Object.fromEntries(built.map((b) => [b.image, b.digest])),
            pinDigest: inputs.pinDigest,
          };
        }
      : undefined;

  const run = await runRelease(
    {
      inputs,
      context,
      planner: plan,
      started,
      release: {
        kind: 'deploy',
        environment: inputs.environment,
        stackJsonPath: stackFile || inputs.stackJson,
        version,
        commit: commit || version,
        actor: context.actor,
        runUrl: context.runUrl,
        deployId: `${inputs.environment}-${context.runId}-${randomBytes(4).toString('hex')}`,
      },
      document,
      deployed: () => deployed,
      rollbarComment: await deployComment(context, commit, version),
      ...(build ? { build } : {}),
      ...(deps.opsworks ? { opsworks: deps.opsworks } : {}),
    },
    deps,
    log,
  );
  if (run.outcome.document && !stackFile) text = `${JSON.stringify(run.outcome.document, null, 2)}\n`;
  await writeStackJsonOutput(inputs.stackJsonOutput, text, secretInputValues(inputs));
  return { outcome: run.outcome, model: run.model, text, document: run.document, built };
}
