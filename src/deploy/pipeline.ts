// `deploy` (and `rollback`, which is a deploy of a recorded release) end to end, as the list of its
// steps. Every outside call goes through a port; the target (SSM or OpsWorks) is chosen once; the
// outcome says success only after the read back agrees.
import { errorMessage } from '../util/errors.js';
import { DeployFailure } from './failure.js';
import type { DeployOutcome, DeployPorts, ProgressLog, TargetHost } from './ports.js';
import { MINUTE, type DeployRun } from './run.js';
import type { DeploySettings } from './settings.js';
import { releaseLock, takeLock } from './steps/lock.js';
import { planFleet } from './steps/plans.js';
import { preflight } from './steps/preflight.js';
import { prepareRollout } from './steps/prepare-rollout.js';
import { finishRecords, startRecords, type OpenRecords } from './steps/records.js';
import { prepareRelease } from './steps/release.js';
import { readBackFleet, rollOutBatches } from './steps/rollout.js';
import { restoreRecordedPlans } from './steps/restore-records.js';
import { stageSecrets } from './steps/secrets.js';
import { goBack } from './steps/way-back.js';
import { chooseTarget } from './targets/choose.js';

export async function runDeploy(settings: DeploySettings, ports: DeployPorts, log: ProgressLog): Promise<DeployOutcome> {
  const run = startRun(settings, ports, log);
  const lock = await takeLock(run);
  if (!lock) return run.outcome;
  const records: OpenRecords = {};
  try {
    // Inside the try: whatever the callback does, the lock is released below.
    ports.onLockTaken?.({ name: lock.name, deployId: settings.release.deployId });
    await deployLocked(run, records);
  } catch (error) {
    stopped(run, error);
  } finally {
    await finishRecords(run, records);
    await releaseLock(run, lock);
  }
  return run.outcome;
}

async function deployLocked(run: DeployRun, records: OpenRecords): Promise<void> {
  const release = await prepareRelease(run);
  await startRecords(run, records);
  const staged = await stageSecrets(run, release);
  const ready = await preflight(run, await run.target.hosts(run.log));
  const fleet = await planFleet(run, ready, staged);
  const rollout = await prepareRollout(run, fleet, staged.previous !== undefined);
  await run.target.beforeRollout(fleet.hosts, run);
  const recorded = run.settings.policy.restoreRecords;
  const failure = recorded
    ? await restoreRecordedPlans(run, fleet, recorded)
    : ((await rollOutBatches(run, fleet, rollout)) ?? (await readBackFleet(run, fleet)));
  if (failure) await goBack(run, fleet, failure);
  await run.target.afterSuccess(release.prepared, run.log);
  succeeded(run, fleet.hosts);
}

function startRun(settings: DeploySettings, ports: DeployPorts, log: ProgressLog): DeployRun {
  const now = ports.now ?? Date.now;
  const { release } = settings;
  return {
    settings,
    ports,
    log,
    target: chooseTarget(settings, ports),
    now,
    deadline: now() + settings.policy.timeoutMinutes * MINUTE,
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
  outcome.summary = `${settings.release.kind === 'rollback' ? 'Rolled back to' : 'Deployed'} ${settings.release.version} on ${hosts.length} host(s); every host runs the planned images, healthy.`;
  run.log.info(outcome.summary);
}

/** The outcome of a deploy that stopped: as the step said (DeployFailure), or unexpected. */
function stopped(run: DeployRun, error: unknown): void {
  const { outcome } = run;
  outcome.status = 'failure';
  if (error instanceof DeployFailure) {
    outcome.summary = error.message;
    outcome.fleet = error.fleet;
    if (error.hosts.length > 0) outcome.hosts = error.hosts;
  } else {
    outcome.summary = `The deploy stopped on an unexpected error: ${errorMessage(error)}`;
    if (outcome.fleet === 'updated') outcome.fleet = 'unknown';
  }
  run.log.error(outcome.summary);
}
