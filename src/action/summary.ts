// The job summary (GITHUB_STEP_SUMMARY): the deploy and rollback summary (src/app/summary.ts) and the
// validate report are appended here.
import * as core from '@actions/core';
import type { SummaryModel } from '../deploy/summary-model.js';
import { renderSummary } from '../app/summary.js';

/** Appends Markdown to the job's summary file (GITHUB_STEP_SUMMARY); a no-op outside a runner. */
export async function appendJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}

/** Appends the deploy or rollback summary to the job's summary. */
export async function writeJobSummary(model: SummaryModel, secrets: Iterable<string> = []): Promise<void> {
  await appendJobSummary(renderSummary(model, secrets));
}
