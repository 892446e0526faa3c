// `berth validate FILE...`: one `file:line:col: severity: message` line per problem, exit 1 on errors.
import { readFileSync } from 'node:fs';
import { checkStackFile, countBySeverity } from '../../stack/check-file.js';
import { formatDiagnostic, type Diagnostic } from '../../stack/index.js';
import { parseCommandLine } from '../args.js';
import { UsageError } from '../usage.js';

export const HELP = `Usage: berth validate [--json] [--quiet] FILE...

Checks each Stack JSON document: JSON syntax, keys and types, references between definitions,
placeholders, secret references, cron fields, ports. Prints one line per problem:
  file:line:col: error|warning|notice: message
and a count. Exit status: 0 clean or only warnings, 1 any error, 2 wrong usage.

Options:
  --json    print {"files": [...], "errors": N, "warnings": N, "diagnostics": [...]} instead
  --quiet   leave out notices
  -h, --help
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv, HELP, { json: { type: 'boolean' }, quiet: { type: 'boolean' } }, true);
  if (!parsed) return 0;
  const files = parsed.positionals;
  if (files.length === 0) throw new UsageError('name at least one Stack JSON file');

  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      diagnostics.push(unreadable(file, error));
      continue;
    }
    diagnostics.push(...checkStackFile(text, file).diagnostics);
  }
  const shown = parsed.values.quiet ? diagnostics.filter((d) => d.severity !== 'notice') : diagnostics;
  const counts = countBySeverity(diagnostics);
  if (parsed.values.json) {
    process.stdout.write(
      JSON.stringify({ files, errors: counts.error, warnings: counts.warning, notices: counts.notice, diagnostics: shown }, null, 2) + '\n',
    );
  } else {
    for (const d of shown) process.stdout.write(formatDiagnostic(d) + '\n');
    process.stdout.write(`${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s) in ${files.length} file(s)\n`);
  }
  return counts.error > 0 ? 1 : 0;
}

function unreadable(file: string, error: unknown): Diagnostic {
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
  return {
    severity: 'error',
    code: 'unreadable',
    message: `cannot read the file: ${reason}`,
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    path: [],
  };
}
