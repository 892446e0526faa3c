// `command: validate`: every file the stack-json glob matches is checked; each problem becomes an
// annotation on its line, the job summary shows what the files would run (and, on a pull request,
// what changes against the base branch), outputs carry the counts, and any error fails the step.
// On a pull request, the PR check (pr-check.ts) predicts what merging does to the environment, in one
// sticky comment and the job summary. Needs no AWS credentials and never loads the AWS SDK.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { diffDocuments, EXAMPLE_HOST, summarizeDocument, validateStackJson, type HostFacts } from '../stack/index.js';
import { annotate, ANNOTATION_LIMIT } from './annotations.js';
import { pullRequestEvent, readBaseVersion } from '../app/base-version.js';
import type { CheckedFile } from '../app/prediction.js';
import { checkStackFile, countBySeverity } from '../stack/check-file.js';
import { globFiles } from '../app/glob.js';
import type { ActionInputs } from '../app/inputs.js';
import { outputs } from './outputs.js';
import { appendJobSummary } from './summary.js';
import { renderValidateSummary, type FileReport } from './validate-summary.js';
import * as core from '@actions/core';

/** Paths in annotations must be relative to the repository root (the workspace). */
function annotationPath(file: string, workspace: string): string {
  const absolute = resolve(file);
  const inside = relative(workspace, absolute);
  return !inside.startsWith('..') && !isAbsolute(inside) ? inside.split('\\').join('/') : file;
}

function checkFile(file: string, shown: string, baseSha: string | undefined, host: HostFacts): FileReport & { checked?: CheckedFile } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const message = `cannot read the file: ${(error as Error).message}`;
    return {
      file: shown,
      diagnostics: [
        { severity: 'error', code: 'unreadable', message, file: shown, line: 1, column: 1, endLine: 1, endColumn: 1, path: [] },
      ],
    };
  }
  const result = checkStackFile(text, shown);
  const report: FileReport & { checked: CheckedFile } = {
    file: shown,
    diagnostics: result.diagnostics,
    checked: { path: shown, text, ...(result.document ? { document: result.document } : {}) },
  };
  if (result.document === undefined) return report;
  report.apps = summarizeDocument(result.document, host);
  if (baseSha !== undefined) {
    const base = readBaseVersion(file, baseSha);
    if (base.kind === 'unavailable') report.base = { kind: 'skipped', reason: base.reason };
    else if (base.kind === 'new-file')
      report.base = { kind: 'diff', sha: base.sha, changes: diffDocuments(undefined, result.document), newFile: true };
    else {
      const old = validateStackJson(base.text, shown);
      report.base = old.document
        ? { kind: 'diff', sha: base.sha, changes: diffDocuments(old.document, result.document), newFile: false }
        : { kind: 'skipped', reason: `the base branch's version of ${shown} does not parse` };
    }
  }
  return report;
}

export async function runValidateAction(inputs: ActionInputs): Promise<void> {
  const files = globFiles(inputs.stackJson);
  if (files.length === 0) {
    throw new Error(
      `input "stack-json": no file matches "${inputs.stackJson}" (in ${process.cwd()}); give a path or a glob such as stacks/*.json`,
    );
  }
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const pullRequest = pullRequestEvent();
  const baseSha = pullRequest?.baseSha;
  const host: HostFacts = { ...EXAMPLE_HOST, ...(inputs.stackName ? { stackName: inputs.stackName } : {}) };

  const reports = files.map((file) => checkFile(file, annotationPath(file, workspace), baseSha, host));
  const diagnostics = reports.flatMap((report) => report.diagnostics);
  const omitted = annotate(diagnostics);
  const count = countBySeverity(diagnostics);
  for (const report of reports) {
    const c = countBySeverity(report.diagnostics);
    core.info(`${report.file}: ${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s)`);
  }
  if (omitted > 0) {
    core.info(
      `GitHub shows ${ANNOTATION_LIMIT} annotations of each severity per step: ${omitted} more problem(s) are listed in the job summary`,
    );
  }
  outputs.setValidationCounts({ errors: count.error, warnings: count.warning });
  await appendJobSummary(renderValidateSummary(reports, host, { annotationsOmitted: omitted }));
  if (pullRequest) {
    const checked = reports.flatMap((report) => (report.checked ? [report.checked] : []));
    const { runPullRequestCheck } = await import('./pr-check.js');
    await appendJobSummary(await runPullRequestCheck(inputs, pullRequest, checked));
  }
  if (count.error > 0) {
    const failing = reports.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).map((r) => r.file);
    throw new Error(
      `Stack JSON has ${count.error} error(s) in ${failing.join(', ')}: see the annotations and the job summary (or run \`berth validate ${failing.join(' ')}\`)`,
    );
  }
}
