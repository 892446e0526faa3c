// A rollback: choose the version (the `version` input, else the previous good one from GitHub
// Deployments; when GitHub has nothing to offer, from the plans the hosts recorded), restore its whole
// plan (the Stack JSON at its commit with the images it ran), and run it like a deploy: lock, health
// gates, failure policy, Rollbar and a GitHub deployment record. No build, no migration, images on the
// hosts used without a pull. A release chosen from the hosts' records is restored from those records:
// each host rolls out again the plan it recorded (policy.restoreRecords, the host's restore mode).
import { readHostHistory, type HostHistory } from '../deploy/host-history.js';
import { runDeploy } from '../deploy/pipeline.js';
import type { DeployOutcome, Planner, ProgressLog } from '../deploy/ports.js';
import { chooseRollbackTarget, restoreRelease, RollbackError, type RecordedDeployment, type RollbackTarget } from '../deploy/rollback.js';
import type { SummaryModel } from '../deploy/summary-model.js';
import type { StackDocument } from '../stack/schema.js';
import { errorMessage } from '../util/errors.js';
import { commitSubject, headCommit, workspaceReader, type RunContext } from './context.js';
import { secretInputValues, type ActionInputs } from './inputs.js';
import { parseStackDocument, releasePlanner } from './planner.js';
import { maskSecrets, runRelease, type ReleasePorts } from './release.js';
import { fleetSettings } from './settings.js';
import { writeStackJsonOutput } from './stack-output.js';

export interface RollbackDeps extends ReleasePorts {
  readAtCommit(commit: string, path: string): Promise<string>;
  /**
   * The Stack JSON as checked out now: names the apps whose records the hosts are asked for, and is
   * restored (with the recorded images) when the hosts did not record a release's commit.
   * Default: the file in the workspace.
   */
  readCurrent?(path: string): Promise<string>;
  runDeploy?: typeof runDeploy;
}

export interface RollbackResult {
  target: RollbackTarget;
  /** What the hosts answered, when their records were read (GitHub had nothing to offer). */
  hostHistory?: HostHistory;
  outcome: DeployOutcome;
  model: SummaryModel;
  document: StackDocument;
  text: string;
}

export async function rollbackRelease(
  inputs: ActionInputs,
  context: RunContext,
  deps: RollbackDeps,
  log: ProgressLog,
): Promise<RollbackResult> {
  const now = deps.now ?? Date.now;
  const started = now();
  maskSecrets(inputs, log);

  let history: RecordedDeployment[] = [];
  if (deps.recorder) {
    try {
      history = await deps.recorder.history(inputs.environment);
    } catch (error) {
      log.warn(`Could not read the GitHub deployment history of "${inputs.environment}": ${errorMessage(error)}`);
    }
  } else {
    log.warn('No github-token: the GitHub deployment history cannot be read; the releases the hosts recorded are used instead.');
  }
  const readCurrent = deps.readCurrent ?? workspaceReader(context.workspace);
  const plans = deps.planner ?? releasePlanner(inputs.stackJson, inputs.maxCommandBytes, inputs.surge);
  const query = { environment: inputs.environment, requested: inputs.version, history };
  let target: RollbackTarget;
  let hostHistory: (HostHistory & { apps: string[] }) | undefined;
  try {
    target = chooseRollbackTarget(query);
  } catch (error) {
    if (!(error instanceof RollbackError)) throw error;
    // GitHub has nothing to offer: ask the hosts what they ran.
    log.info(
      `GitHub Deployments has nothing to offer (${history.length === 0 ? 'no successful deployment read' : `none of ${history.length} successful deployment(s) fits`}); ` +
        'reading the releases the hosts recorded.',
    );
    hostHistory = await readHostsHistory(inputs, context, deps, plans, readCurrent, log, now);
    target = chooseRollbackTarget({
      ...query,
      hostReleases: hostHistory?.releases ?? [],
      ...(hostHistory?.running !== undefined ? { running: hostHistory.running } : {}),
    });
  }
  const source = target.source === 'github' ? `GitHub deployment ${target.deploymentId}` : "the hosts' records";
  log.info(
    `Rolling "${inputs.environment}" back to ${target.version} (${target.commit ? `commit ${target.commit.slice(0, 12)}` : 'commit not recorded'}, from ${source})` +
      (target.from ? `; ${target.from} runs now` : ''),
  );

  const running = history.find((d) => d.payload.version === target.from);
  const runningOnHosts = hostHistory?.releases.find((r) => r.release === target.from);
  const restored = await restoreRelease(target, { readAtCommit: deps.readAtCommit, readCurrent }, inputs.stackJson);
  const file = target.stackJsonPath || inputs.stackJson;
  if (restored.currentDocument) {
    log.warn(
      `The hosts did not record the commit of ${target.version}: restoring today's ${file} with the images ${target.version} ran ` +
        `(${Object.entries(target.images)
          .map(([d, i]) => `${d}=${i}`)
          .join(', ')}), not the document it was deployed with.`,
    );
  }
  const commit = target.commit || (await headCommit(context.workspace, deps.env ?? process.env));
  const document = parseStackDocument(restored.text, file);
  await writeStackJsonOutput(inputs.stackJsonOutput, restored.text, secretInputValues(inputs));

  const subject = commit ? await commitSubject(context.workspace, commit) : '';
  // From the hosts' records: each host rolls out the plan it recorded for the release, exactly as it ran
  // it (host restore mode); the restored document only names the apps and gives the records their context.
  const records = target.records;
  const deploy = deps.runDeploy ?? runDeploy;
  if (records) log.info(`Each host restores the plan it recorded for ${target.version} (not a plan of the document).`);
  const previousImages = running?.payload.images ?? runningOnHosts?.images;
  const run = await runRelease(
    {
      inputs,
      context,
      planner: plans,
      started,
      release: {
        kind: 'rollback',
        environment: inputs.environment,
        stackJsonPath: file,
        version: target.version,
        commit,
        actor: context.actor,
        runUrl: context.runUrl,
        deployId: `${inputs.environment}-rollback-${context.runId}-${now().toString(36)}`,
      },
      document,
      deployed: () => document,
      rollbarComment: `Rollback to ${target.version}${subject ? `: ${subject}` : ''} (${context.actor})`,
      policy: { skipMigration: true, preferLocalImages: true },
      ...(target.from ? { rollbackFrom: target.from } : {}),
      ...(previousImages ? { previousImages } : {}),
      ...(records
        ? {
            runDeploy: (settings, ports, runLog) =>
              deploy(
                {
                  ...settings,
                  policy: {
                    ...settings.policy,
                    restoreRecords: records,
                    ...(hostHistory ? { recordsPreflight: { apps: hostHistory.apps, outcomes: hostHistory.outcomes } } : {}),
                  },
                },
                ports,
                runLog,
              ),
          }
        : deps.runDeploy
          ? { runDeploy: deps.runDeploy }
          : {}),
    },
    deps,
    log,
  );
  return { target, outcome: run.outcome, model: run.model, document, text: restored.text, ...(hostHistory ? { hostHistory } : {}) };
}

/**
 * The releases every target host recorded (src/deploy/host-history.ts), for the apps of the Stack
 * JSON as checked out now. Undefined, with a warning, when they cannot be read: the choice then says
 * there is nothing to go back to.
 */
async function readHostsHistory(
  inputs: ActionInputs,
  context: RunContext,
  deps: RollbackDeps,
  plans: Planner,
  readCurrent: (path: string) => Promise<string>,
  log: ProgressLog,
  now: () => number,
): Promise<(HostHistory & { apps: string[] }) | undefined> {
  try {
    const current = plans.parseDocument(await readCurrent(inputs.stackJson));
    const fleet = fleetSettings(inputs, undefined, deps.env ?? process.env);
    const apps = Object.keys(current.deploy);
    // As the rollback's preflight: a release chosen from these records is restored with no other
    // command before each host's restore.
    const hostHistory = await readHostHistory(
      deps.hosts,
      plans,
      {
        ssmTargets: fleet.ssmTarget,
        apps,
        hostRoot: fleet.host.hostRoot,
        environment: inputs.environment,
        actor: context.actor,
        region: fleet.host.region,
        deadline: now() + Math.min(fleet.policy.timeoutMinutes, 5) * 60_000,
        now,
      },
      log,
      { asPreflight: true },
    );
    for (const problem of hostHistory.problems) log.warn(`Hosts' records: ${problem}`);
    log.info(
      hostHistory.releases.length > 0
        ? `Releases every host recorded, newest first: ${hostHistory.releases.map((r) => r.release).join(', ')}` +
            (hostHistory.running ? ` (${hostHistory.running} runs now)` : '')
        : 'No release is recorded on every host.',
    );
    return { ...hostHistory, apps };
  } catch (error) {
    log.warn(`Could not read the releases the hosts recorded: ${errorMessage(error)}`);
    return undefined;
  }
}

/** The `result` output and the CLI's --json: the outcome without the document. */
export function rollbackResultJson(result: RollbackResult): Record<string, unknown> {
  const { outcome } = result;
  return {
    status: outcome.status,
    kind: outcome.kind,
    version: outcome.version,
    fleet: outcome.fleet,
    summary: outcome.summary,
    rolledBackFrom: result.target.from ?? null,
    commit: result.target.commit,
    hosts: outcome.hosts,
    deployId: outcome.deployId,
    githubDeploymentId: outcome.githubDeploymentId ?? null,
  };
}
