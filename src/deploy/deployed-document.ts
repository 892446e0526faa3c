// What an environment runs, for the PR check: the document of its last successful GitHub deployment,
// rebuilt the way a rollback to that deployment rebuilds it (chooseRollbackTarget picks it by its
// version, restoreRelease reads the file at its commit and merges the images it ran), and the timings
// the recent successful deploys recorded. When there is no such deployment, or it cannot be read,
// the base branch's file instead, with the reason.
import { errorMessage } from '../util/errors.js';
import { decodeTiming, type DeployTiming } from './deploy-timing.js';
import type { RestoreTools } from './ports.js';
import { chooseRollbackTarget, restoreRelease, type RecordedDeployment } from './rollback.js';

/** A successful deployment and the description of its `success` status (where the timing is). */
export interface EnvironmentDeployment extends RecordedDeployment {
  successDescription: string;
}

export interface DeployedDocumentSources {
  /** Successful berth deployments of the environment, newest first. Throws when GitHub cannot be read. */
  deployments(environment: string): Promise<EnvironmentDeployment[]>;
  readAtCommit: RestoreTools['readAtCommit'];
  /** The base branch's version of the file: its text, `new-file`, or why it cannot be read. */
  readBase(path: string): Promise<BaseDocument>;
}

export type BaseDocument =
  { kind: 'found'; sha: string; text: string } | { kind: 'new-file'; sha: string } | { kind: 'unavailable'; reason: string };

export interface DeployedFromGitHub {
  kind: 'deployment';
  deploymentId: number;
  version: string;
  commit: string;
  createdAt: string;
  /** The Stack JSON's path in the repository at that commit. */
  path: string;
  /** The document as deployed: the file at the commit with the images it ran merged in. */
  text: string;
  /** Definitions whose tag the recorded images changed. */
  retagged: number;
}

export type ComparedWith =
  | DeployedFromGitHub
  | { kind: 'base'; sha: string; text: string; why: string }
  | { kind: 'base-new-file'; sha: string; why: string }
  | { kind: 'nothing'; why: string };

export interface DeployedLookup {
  against: ComparedWith;
  /** Timings the environment's recent successful deploys recorded, newest first (at most five). */
  timings: DeployTiming[];
}

async function fallBack(sources: DeployedDocumentSources, path: string, why: string): Promise<ComparedWith> {
  const base = await sources.readBase(path);
  if (base.kind === 'found') return { kind: 'base', sha: base.sha, text: base.text, why };
  if (base.kind === 'new-file') return { kind: 'base-new-file', sha: base.sha, why };
  return { kind: 'nothing', why: `${why}; the base branch cannot be read either: ${base.reason}` };
}

/** `path`: the pull request's Stack JSON, relative to the repository root. */
export async function lookUpDeployedDocument(sources: DeployedDocumentSources, environment: string, path: string): Promise<DeployedLookup> {
  let deployments: EnvironmentDeployment[];
  try {
    deployments = await sources.deployments(environment);
  } catch (error) {
    return {
      against: await fallBack(
        sources,
        path,
        `GitHub Deployments of "${environment}" could not be read (${errorMessage(error)}; the job needs \`deployments: read\`)`,
      ),
      timings: [],
    };
  }
  // Deploys only: a rollback builds nothing and runs no migration, so its time says less about the next deploy.
  const timings = deployments
    .filter((d) => d.payload.kind === 'deploy')
    .map((d) => decodeTiming(d.successDescription))
    .filter((t): t is DeployTiming => t !== undefined)
    .slice(0, 5);
  const newest = deployments[0];
  if (!newest) {
    return {
      against: await fallBack(sources, path, `no successful deployment of "${environment}" is recorded in GitHub Deployments`),
      timings,
    };
  }
  // The deployment a rollback to its version restores: the newest with that version, its document rebuilt the same way.
  const target = chooseRollbackTarget({ environment, requested: newest.payload.version, history: deployments });
  try {
    const restored = await restoreRelease(target, { readAtCommit: sources.readAtCommit }, path);
    return {
      against: {
        kind: 'deployment',
        deploymentId: newest.id,
        version: target.version,
        commit: target.commit,
        createdAt: newest.createdAt,
        path: target.stackJsonPath || path,
        text: restored.text,
        retagged: restored.retagged.length,
      },
      timings,
    };
  } catch (error) {
    return {
      against: await fallBack(
        sources,
        path,
        `the document of deployment ${newest.id} (${target.version}) could not be rebuilt: ${errorMessage(error)}`,
      ),
      timings,
    };
  }
}
