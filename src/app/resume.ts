// Finishing a cancelled release (the action's post step): the settings read again from the same
// inputs, the deploy id, policy, fleet and hosts from the main step's checkpoint; then the pipeline's
// resume (src/deploy/resume.ts): wait for the commands in flight, failure policy, read back, records,
// lock. Returns the outcome and the job summary's model, as a release does.
import { completingRecorder } from '../deploy/github-record.js';
import { observeHostRunner, observeLock } from '../deploy/observe.js';
import type { ProgressLog } from '../deploy/ports.js';
import { resumeCancelledDeploy, type ResumedOutcome, type ResumeWindow } from '../deploy/resume.js';
import type { DeploySettings } from '../deploy/settings.js';
import { summaryModel, type SummaryModel } from '../deploy/summary-model.js';
import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import { releasePlanner } from './planner.js';
import { maskSecrets, rollbarFanOut, type ReleaseCheckpoint, type ReleasePorts } from './release.js';
import { fleetSettings } from './settings.js';

export interface ResumedRelease {
  outcome: ResumedOutcome;
  model: SummaryModel;
}

export async function resumeRelease(
  inputs: ActionInputs,
  context: RunContext,
  checkpoint: ReleaseCheckpoint,
  ports: ReleasePorts,
  log: ProgressLog,
  window: ResumeWindow,
): Promise<ResumedRelease> {
  maskSecrets(inputs, log);
  const now = ports.now ?? Date.now;
  const started = now();
  const { release } = checkpoint;
  const document = checkpoint.staged?.document;
  const hosts = observeHostRunner(ports.hosts, now);
  const runner = ports.hosts.watch ? { ...hosts.runner, watch: ports.hosts.watch } : hosts.runner;
  const parameters = observeLock(ports.parameters, checkpoint.lock?.name ?? inputs.lockName, now);
  const rollbar = await rollbarFanOut(document, inputs, parameters.parameters, ports, log, {
    revision: release.commit,
    comment: `berth ${release.kind} ${release.version} (cancelled)`,
    localUsername: context.actor,
  });
  // The deploys the main step started are the ones finished here.
  for (const entry of rollbar.activity) {
    const started = checkpoint.rollbar.find((r) => r.app === entry.app && r.environment === entry.environment);
    if (started?.deployId) Object.assign(entry, { deployId: started.deployId, status: started.status });
  }
  const { ssmTarget, host } = fleetSettings(inputs, document, ports.env ?? process.env);
  const settings: DeploySettings = {
    release,
    target: ssmTarget,
    policy: checkpoint.policy,
    host,
    ...(document ? { document } : {}),
    ...(rollbar.deploys.length > 0 ? { rollbarToken: rollbar.anyToken } : {}),
  };
  const outcome = await resumeCancelledDeploy(
    settings,
    {
      hosts: runner,
      parameters: parameters.parameters,
      planner: ports.planner ?? releasePlanner(inputs.stackJson, inputs.maxCommandBytes, inputs.surge),
      ...(rollbar.deploys.length > 0 ? { notifier: rollbar.notifier } : {}),
      ...(ports.recorder ? { recorder: completingRecorder(ports.recorder, () => document) } : {}),
      now,
    },
    log,
    checkpoint,
    window,
  );
  const model = summaryModel({
    outcome,
    observed: hosts.results,
    environment: inputs.environment,
    commit: release.commit,
    seconds: (now() - started) / 1000,
    rollbar: rollbar.activity,
    lock: parameters.lock,
  });
  return { outcome, model };
}
