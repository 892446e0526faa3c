// Step: the records of the deploy, opened once the document is known and closed whatever happened:
// the GitHub deployment (the deploy history a rollback reads) and Rollbar.
import { errorMessage } from '../../util/errors.js';
import type { DeployRun } from '../run.js';

export interface OpenRecords {
  githubDeploymentId?: number;
  rollbarDeployId?: string;
}

export async function startRecords(run: DeployRun, records: OpenRecords): Promise<void> {
  const { settings, ports, log, outcome } = run;
  const { release } = settings;
  if (ports.recorder) {
    try {
      records.githubDeploymentId = await ports.recorder.start({
        environment: release.environment,
        ref: release.commit,
        sha: release.commit,
        description: `berth ${release.kind} ${release.version}`,
        payload: {
          tool: 'berth',
          kind: release.kind,
          version: release.version,
          commit: release.commit,
          documentHash: '',
          stackJsonPath: release.stackJsonPath,
          images: outcome.images,
        },
      });
      outcome.githubDeploymentId = records.githubDeploymentId;
    } catch (error) {
      log.warn(`Could not create the GitHub deployment record: ${errorMessage(error)}`);
    }
  }
  if (ports.notifier && settings.rollbarToken) {
    log.secret(settings.rollbarToken);
    const id = await ports.notifier.started({
      token: settings.rollbarToken,
      environment: release.environment,
      revision: release.version,
      comment: `berth ${release.kind} ${release.version}`,
      localUsername: release.actor,
    });
    if (id) records.rollbarDeployId = id;
  }
  ports.onRecordStarted?.({ ...records });
}

export async function finishRecords(run: DeployRun, records: OpenRecords): Promise<void> {
  const { settings, ports, log, outcome } = run;
  if (ports.recorder && records.githubDeploymentId !== undefined) {
    try {
      await ports.recorder.finish(
        records.githubDeploymentId,
        outcome.status === 'success' ? 'success' : 'failure',
        outcome.summary.slice(0, 140),
      );
    } catch (error) {
      log.warn(`Could not close the GitHub deployment record: ${errorMessage(error)}`);
    }
  }
  if (ports.notifier && settings.rollbarToken) {
    await ports.notifier.finished({
      token: settings.rollbarToken,
      deployId: records.rollbarDeployId,
      environment: settings.release.environment,
      revision: settings.release.version,
      comment: outcome.summary.slice(0, 200),
      localUsername: settings.release.actor,
      status: outcome.status === 'success' ? 'succeeded' : 'failed',
    });
  }
}
