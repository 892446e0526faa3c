// The PR check on a pull request: the prediction (src/app/prediction.ts) as one sticky comment per
// environment (src/deploy/sticky-comment.ts) and in the job summary. When the comment cannot be
// written (a fork's read-only token, no `pull-requests: write`, input pr-comment false) the job
// summary alone carries it and says why.
import * as core from '@actions/core';
import type { PullRequestEvent } from '../app/base-version.js';
import { contextFromEnv } from '../app/context.js';
import type { ActionInputs } from '../app/inputs.js';
import { predictPullRequest, type CheckedFile, type PredictionReport } from '../app/prediction.js';
import { errorMessage } from '../util/errors.js';
import { COMMENT_LIMIT, renderPredictionReport, renderPredictionSkipped, SUMMARY_LIMIT } from './prediction-summary.js';

type Outcome = PredictionReport | { skipped: string };

function render(outcome: Outcome, environment: string, limit: number, whereElse: string): string {
  return 'skipped' in outcome ? renderPredictionSkipped(environment, outcome.skipped) : renderPredictionReport(outcome, limit, whereElse);
}

async function writeComment(
  inputs: ActionInputs,
  event: PullRequestEvent,
  api: Awaited<ReturnType<typeof gitHubApi>>,
  text: string,
): Promise<string> {
  if (!inputs.prComment) return 'Not commented on the pull request: the input pr-comment is false.';
  if (!api) return 'Not commented on the pull request: no github-token (or GITHUB_REPOSITORY) to write with.';
  if (event.number <= 0) return 'Not commented on the pull request: the event does not name its number.';
  const { createPullRequestComments } = await import('../adapters/github-pr.js');
  const { GitHubApiError } = await import('../adapters/github.js');
  const { upsertStickyComment } = await import('../deploy/sticky-comment.js');
  try {
    const result = await upsertStickyComment(createPullRequestComments(api.api, api.repo), event.number, inputs.environment, text);
    const removed = result.removed.length > 0 ? `; removed ${result.removed.length} duplicate(s) a concurrent run made` : '';
    core.info(`Prediction comment ${result.id} on pull request #${event.number} ${result.action}${removed}.`);
    return `The pull request's comment for ${inputs.environment} was ${result.action} (comment ${result.id}${removed}).`;
  } catch (error) {
    if (!(error instanceof GitHubApiError && (error.status === 403 || error.status === 404))) throw error;
    const why = event.fromFork
      ? 'the pull request comes from a fork, and GitHub gives such runs a read-only token'
      : 'the token cannot write pull-request comments (the job needs `permissions: pull-requests: write`)';
    const message = `Not commented on the pull request: ${why} (${error.message}). The prediction is in this job summary only.`;
    core.warning(message);
    return message;
  }
}

async function gitHubApi(inputs: ActionInputs, context: ReturnType<typeof contextFromEnv>) {
  if (!inputs.githubToken || !context.owner) return undefined;
  const { createGitHubApi } = await import('../adapters/github.js');
  return {
    api: createGitHubApi({ baseUrl: context.apiUrl, token: inputs.githubToken }),
    repo: { owner: context.owner, repo: context.repo },
  };
}

/** The prediction's job-summary Markdown (the comment is written here too). */
export async function runPullRequestCheck(inputs: ActionInputs, event: PullRequestEvent, files: CheckedFile[]): Promise<string> {
  const context = contextFromEnv();
  const api = await gitHubApi(inputs, context);
  let outcome: Outcome;
  try {
    outcome = await predictPullRequest(inputs, context, event, files, api?.api);
  } catch (error) {
    outcome = { skipped: `the prediction failed: ${errorMessage(error)}` };
  }
  if ('skipped' in outcome) core.info(`No prediction for ${inputs.environment}: ${outcome.skipped}`);
  else for (const warning of outcome.estimate?.warnings ?? []) core.warning(warning);
  const comment = render(outcome, inputs.environment, COMMENT_LIMIT, 'the job summary of this run lists them');
  let where: string;
  try {
    where = await writeComment(inputs, event, api, comment);
  } catch (error) {
    where = `Not commented on the pull request: ${errorMessage(error)}.`;
    core.warning(where);
  }
  const summary = render(outcome, inputs.environment, SUMMARY_LIMIT, `run ${'`berth diff`'} on the two documents for all of them`);
  return `${summary}\n${where}\n`;
}
