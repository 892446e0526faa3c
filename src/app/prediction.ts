// The PR check's prediction: which file, what is deployed (GitHub Deployments, else the base branch),
// the host's decisions (predictRelease) and the time estimate. No AWS credentials: GitHub with the
// job's token (`deployments: read`, `contents: read`) and the local clone only.
import { readBaseVersion, type PullRequestEvent } from './base-version.js';
import type { GitHubApi } from '../adapters/github.js';
import { lookUpDeployedDocument, type BaseDocument, type ComparedWith, type DeployedDocumentSources } from '../deploy/deployed-document.js';
import { estimateDeploy, type Estimate } from '../deploy/estimate.js';
import {
  EXAMPLE_HOST,
  listDefinitions,
  mergeImageTags,
  predictRelease,
  validateStackJson,
  type HostFacts,
  type Prediction,
  type StackDocument,
} from '../stack/index.js';
import { errorMessage } from '../util/errors.js';
import { gitReader, type RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';

export interface PredictionReport {
  environment: string;
  /** The pull request's Stack JSON (repository path). */
  file: string;
  against: ComparedWith;
  prediction: Prediction;
  /** Undefined: no deploy recorded its timings yet. */
  estimate?: Estimate;
  /** The pull request's head commit. */
  headSha?: string;
  runUrl?: string;
}

/** A Stack JSON the validate step checked: its repository path, text and document (undefined: it has errors). */
export interface CheckedFile {
  path: string;
  text: string;
  document?: StackDocument;
}

async function gitHubSources(api: GitHubApi | undefined, context: RunContext, event: PullRequestEvent): Promise<DeployedDocumentSources> {
  const repo = { owner: context.owner, repo: context.repo };
  const git = gitReader(context.workspace);
  const { listSuccessfulDeployments, repositoryPath } = await import('../adapters/github.js');
  const { readFileAtRef } = await import('../adapters/github-pr.js');
  return {
    async deployments(environment) {
      if (!api) throw new Error('no github-token (or GITHUB_REPOSITORY) to read them with');
      // The 20 newest deployments (one statuses call each): the newest success and five timings are all it needs.
      const found = await listSuccessfulDeployments(api, repositoryPath(repo.owner, repo.repo), environment, 20);
      return found.map(({ statuses, ...deployment }) => ({
        ...deployment,
        state: statuses[0]?.state ?? 'success',
        successDescription: statuses.find((s) => s.state === 'success')?.description ?? '',
      }));
    },
    // The contents API needs no full-history checkout; the clone is the fallback (no token, GitHub refused).
    async readAtCommit(commit, path) {
      if (api) {
        try {
          return await readFileAtRef(api, repo, path, commit);
        } catch {
          // Fall through to git, whose error says how to fix a shallow clone.
        }
      }
      return git(commit, path);
    },
    async readBase(path): Promise<BaseDocument> {
      const local = readBaseVersion(path, event.baseSha, context.workspace);
      if (local.kind !== 'unavailable' || !api) return local;
      try {
        return { kind: 'found', sha: event.baseSha, text: await readFileAtRef(api, repo, path, event.baseSha) };
      } catch (error) {
        return /HTTP 404/.test(errorMessage(error)) ? { kind: 'new-file', sha: event.baseSha } : local;
      }
    },
  };
}

/** Which checked file the environment deploys: the deployment's path when it is among them, else the only one. */
function chooseFile(files: CheckedFile[], deployedPath: string | undefined): CheckedFile | string {
  const named = deployedPath ? files.find((f) => f.path === deployedPath.replace(/^\.\//, '')) : undefined;
  if (named) return named;
  if (files.length === 1 && files[0]) return files[0];
  return deployedPath
    ? `${files.length} files match stack-json and none is ${deployedPath}, the file the environment was last deployed from`
    : `${files.length} files match stack-json: give stack-json the one file this environment deploys`;
}

/** The pull request's document as the deploy will run it: the images it builds get a new tag. */
function asDeployed(file: CheckedFile, inputs: ActionInputs, headSha: string): StackDocument | undefined {
  if (inputs.builds.length === 0) return file.document;
  const tag = headSha ? headSha.slice(0, 12) : 'next-build';
  const merged = mergeImageTags(
    file.text,
    inputs.builds.map((b) => ({ image: b.image, tag })),
    { pin: false },
  );
  return validateStackJson(merged.text, file.path).document;
}

/** Copies a host replaces or starts (long-running definitions), for the estimate. */
function changedCopies(prediction: Prediction, after: StackDocument): number {
  const definitions = listDefinitions(after);
  return prediction.definitions
    .filter((d) => d.decision === 'replaced' || d.decision === 'started')
    .reduce((sum, d) => {
      const entry = definitions.find((e) => e.app === d.app && e.name === d.definition);
      return sum + (entry && entry.definition.deploy !== 'cron' ? entry.definition.containers : 0);
    }, 0);
}

export async function predictPullRequest(
  inputs: ActionInputs,
  context: RunContext,
  event: PullRequestEvent,
  files: CheckedFile[],
  api: GitHubApi | undefined,
): Promise<PredictionReport | { skipped: string }> {
  const sources = await gitHubSources(api, context, event);
  // Read once: the file choice and the lookup both need them.
  const deployments = sources.deployments(inputs.environment);
  deployments.catch(() => undefined);
  sources.deployments = () => deployments;
  // The deployment's file decides which PR file is compared; its document is rebuilt for that file.
  let deployedPath: string | undefined;
  try {
    deployedPath = (await deployments)[0]?.payload.stackJsonPath;
  } catch {
    deployedPath = undefined;
  }
  const chosen = chooseFile(files, deployedPath);
  if (typeof chosen === 'string') return { skipped: chosen };
  if (!chosen.document) return { skipped: `${chosen.path} has errors (see the annotations)` };
  const after = asDeployed(chosen, inputs, event.headSha);
  if (!after) return { skipped: `${chosen.path} with the built images' new tag does not parse` };

  const looked = await lookUpDeployedDocument(sources, inputs.environment, chosen.path);
  let against = looked.against;
  let before: StackDocument | undefined;
  if (against.kind === 'deployment' || against.kind === 'base') {
    before = validateStackJson(against.text, chosen.path).document;
    if (!before)
      against = {
        kind: 'nothing',
        why: `the document it was compared with (${against.kind === 'base' ? 'base branch' : `deployment ${against.deploymentId}`}) does not parse`,
      };
  }
  const host: HostFacts = { ...EXAMPLE_HOST, ...(inputs.stackName ? { stackName: inputs.stackName } : {}) };
  const prediction = predictRelease(before, after, host, {
    manual: inputs.manual,
    force: inputs.force,
    secretsPrefix: inputs.secretsPrefix,
    environment: inputs.environment,
  });
  const estimate = estimateDeploy({
    records: looked.timings,
    copies: changedCopies(prediction, after),
  });
  return {
    environment: inputs.environment,
    file: chosen.path,
    against,
    prediction,
    ...(estimate ? { estimate } : {}),
    ...(event.headSha ? { headSha: event.headSha } : {}),
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
  };
}
