// Prints the plain closing line CI reads ("N passed, N failed, N skipped") from vitest's JSON reports,
// one per run, and exits non-zero when any test failed or none ran. An argument is a report's path, or
// `label=path`; with more than one run, a line per run comes first (worded so it is not read as the total).
import { readFileSync } from 'node:fs';

function count(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  let failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTests ?? 0);
  // A file that failed to load counts as a failure even though no test in it ran.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
  return { passed: report.numPassedTests ?? 0, failed, skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) };
}

const runs = process.argv.slice(2).map((argument) => {
  const split = argument.indexOf('=');
  return split < 0 ? { label: argument, file: argument } : { label: argument.slice(0, split), file: argument.slice(split + 1) };
});
const total = { passed: 0, failed: 0, skipped: 0 };
for (const { label, file } of runs) {
  let run;
  try {
    run = count(file);
  } catch (error) {
    // No report (the run crashed before writing one): a failure, not a reason to hide the other runs.
    run = { passed: 0, failed: 1, skipped: 0 };
    console.error(`${label}: no readable report (${error.message})`);
  }
  if (runs.length > 1) console.log(`${label}: ${run.passed} tests passed / ${run.failed} failed / ${run.skipped} skipped`);
  for (const key of Object.keys(total)) total[key] += run[key];
}
process.stdout.write(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
