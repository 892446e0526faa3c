// Step: the release's document: built and merged (the build port), then the target's (the repository's,
// or the OpsWorks stack's Custom JSON with the new tags).
import type { PreparedRelease } from '../ports.js';
import type { DeployRun } from '../run.js';
import type { TargetRelease } from '../targets/target.js';

export interface ReadyRelease extends TargetRelease {
  /** What the build made, when there was a build. */
  prepared?: PreparedRelease;
}

export async function prepareRelease(run: DeployRun): Promise<ReadyRelease> {
  const { ports, log, outcome } = run;
  const build = ports.build;
  const prepared = build ? await log.group('Build and push', () => build(log)) : undefined;
  const release = await run.target.release(prepared, run.settings.document, log);
  outcome.document = release.document;
  if (prepared) {
    outcome.images = prepared.images;
    outcome.digests = prepared.digests;
  }
  return { ...release, ...(prepared ? { prepared } : {}) };
}
