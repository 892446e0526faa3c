// `deploy` (and `rollback`, which is a deploy of a recorded release) end to end, as the list of its
// steps. Every outside call goes through a port; the target (SSM or OpsWorks) is chosen once; the
// outcome says success only after the read back agrees. A cancel (settings.signal) or the deadline
// stops new batches, lets the batch in flight finish, then the failure policy applies (steps/after-stop).
import { errorMessage } from '../util/errors.js';
import { newCheckpoint, trackCommands } from './cancel.js';
import { DeployFailure } from './failure.js';
import type { DeployOutcome, DeployPorts, ProgressLog, TargetHost } from './ports.js';
import { MINUTE, stopReason, type DeployRun } from './run.js';
import type { DeploySettings } from './settings.js';
import { wayBack } from './steps/after-stop.js';
import { releaseLock, takeLock } from './steps/lock.js';
import { promotedSentence } from './steps/canary.js';
import { checkConverge, prepareConverge, recordRelease } from './steps/converge.js';
import { readJoinedHosts } from './steps/joined.js';
import { planFleet, type FleetPlans } from './steps/plans.js';
import { preflight } from './steps/preflight.js';
import { prepareRollout, type PreparedRollout } from './steps/prepare-rollout.js';
import { finishRecords, startRecords, type OpenRecords } from './steps/records.js';
import { prepareRelease } from './steps/release.js';
import { readBackFleet, rollOutBatches } from './steps/rollout.js';
import { restoreRecordedPlans } from './steps/restore-records.js';
import { stageSecrets } from './steps/secrets.js';
import { chooseTarget } from './targets/choose.js';

export async function runDeploy(settings: DeploySettings, ports: DeployPorts, log: ProgressLog): Promise<DeployOutcome> {
  const run = startRun(settings, ports, log);
  const lock = await takeLock(run);
  if (!lock) return run.outcome;
  const records: OpenRecords = {};
  try {
    // Inside the try: whatever the callback does, the lock is released below.
    ports.onLockTaken?.({ name: lock.name, deployId: settings.release.deployId });
    run.checkpoint.lock = { name: lock.name, deployId: settings.release.deployId };
    run.save();
    await deployLocked(run, records);
  } catch (error) {
    stopped(run, error);
  } finally {
    await finishRecords(run, records);
    await releaseLock(run, lock);
  }
  return run.outcome;
}

/** Before any host changes, a stop ends the deploy with nothing changed. */
function stopIfAsked(run: DeployRun): void {
  const reason = stopReason(run);
  if (reason) throw new DeployFailure(`${reason} before any host changed; nothing was changed.`, 'unchanged');
}

async function deployLocked(run: DeployRun, records: OpenRecords): Promise<void> {
  const release = await prepareRelease(run);
  checkConverge(run, release.document);
  await startRecords(run, records);
  run.checkpoint.records = { ...records };
  run.save();
  const staged = await stageSecrets(run, release);
  stopIfAsked(run);
  // Command 1 per host: prerequisites, and what it runs, recorded and took last time.
  const ready = await preflight(run, await run.target.hosts(run.log), Object.keys(staged.document.deploy));
  stopIfAsked(run);
  const fleet = await planFleet(run, ready, staged);
  const converge = await prepareConverge(run, fleet, staged);
  const rollout = prepareRollout(run, fleet, ready);
  stopIfAsked(run);
  const { policy } = run.settings;
  run.outcome.before = Object.fromEntries(rollout.before);
  Object.assign(run.checkpoint, {
    phase: 'rollout',
    staged,
    fleet: { hosts: ready.hosts, roots: Object.fromEntries(ready.roots) },
    // What the way back needs when the hosts' state is all it has (no previous document).
    before: policy.failurePolicy === 'rollback' && staged.previous === undefined ? run.outcome.before : {},
  });
  run.save();
  await run.target.beforeRollout(fleet.hosts, run);
  // Command 2 per host: the rollout, whose answer ends with the host's own read back.
  const failure = policy.restoreRecords
    ? await restoreRecordedPlans(run, fleet, policy.restoreRecords)
    : await rollOutAndReadBack(run, fleet, rollout);
  if (failure) await wayBack(run, fleet, failure);
  await run.target.afterSuccess(release.prepared, run.log);
  succeeded(run, fleet.hosts);
  await readJoinedHosts(run, fleet, staged);
  await recordRelease(run, converge);
}

async function rollOutAndReadBack(run: DeployRun, fleet: FleetPlans, prepared: PreparedRollout) {
  const rolled = await rollOutBatches(run, fleet, prepared);
  return rolled.failure ?? (await readBackFleet(run, fleet, rolled.answered));
}

export function startRun(settings: DeploySettings, ports: DeployPorts, log: ProgressLog): DeployRun {
  const now = ports.now ?? Date.now;
  const { release } = settings;
  const checkpoint = newCheckpoint(release);
  const save = () => ports.onCheckpoint?.(checkpoint);
  return {
    settings,
    ports: { ...ports, hosts: trackCommands(ports.hosts, checkpoint, save) },
    log,
    target: chooseTarget(settings, ports),
    now,
    deadline: now() + settings.policy.timeoutMinutes * MINUTE,
    checkpoint,
    save,
    outcome: {
      status: 'failure',
      kind: release.kind,
      version: release.version,
      deployId: release.deployId,
      summary: '',
      fleet: 'unchanged',
      hosts: [],
      images: {},
      digests: {},
    },
  };
}

function succeeded(run: DeployRun, hosts: TargetHost[]): void {
  const { outcome, settings } = run;
  outcome.status = 'success';
  outcome.fleet = 'updated';
  outcome.hosts = hosts.map((h) => ({ instanceId: h.instanceId, hostname: h.hostname, state: 'updated' }));
  outcome.summary = `${settings.release.kind === 'rollback' ? 'Rolled back to' : 'Deployed'} ${settings.release.version} on ${hosts.length} host(s); every host runs the planned images, healthy.${promotedSentence(outcome.canary)}`;
  run.log.info(outcome.summary);
}

/** The outcome of a deploy that stopped: as the step said (DeployFailure), or unexpected. */
export function stopped(run: DeployRun, error: unknown): void {
  const { outcome } = run;
  outcome.status = 'failure';
  if (error instanceof DeployFailure) {
    // A read cancelled before the rollout (preflight, state) fails its step; the reason is the cancel.
    const cancelled = run.settings.signal?.aborted && error.fleet === 'unchanged' && !error.message.startsWith('The deploy was cancelled');
    outcome.summary = cancelled ? 'The deploy was cancelled before any host changed; nothing was changed.' : error.message;
    outcome.fleet = error.fleet;
    if (error.hosts.length > 0) outcome.hosts = error.hosts;
  } else {
    outcome.summary = `The deploy stopped on an unexpected error: ${errorMessage(error)}`;
    if (outcome.fleet === 'updated') outcome.fleet = 'unknown';
  }
  run.log.error(outcome.summary);
}
