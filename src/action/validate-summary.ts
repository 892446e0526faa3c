// The validate job summary (Markdown): per file its problems, per app what it would run on an
// example host, and on a pull request what changes against the base branch. Values arrive redacted
// from the core; everything is escaped so document text cannot inject Markdown or HTML.
import type { AppSummary, DefinitionChange, Diagnostic, HostFacts } from '../stack/index.js';

export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
  /** Absent when the document could not be parsed. */
  apps?: AppSummary[];
  /** Present on a pull request. */
  base?: { kind: 'diff'; sha: string; changes: DefinitionChange[]; newFile: boolean } | { kind: 'skipped'; reason: string };
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(/\r?\n/g, '\\n');
}

export function code(text: string): string {
  return text === '' ? '' : `<code>${escapeHtml(text)}</code>`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function counts(diagnostics: readonly Diagnostic[]): string {
  const n = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length;
  return `${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}, ${plural(n('notice'), 'notice')}`;
}

function shellish(args: string[]): string {
  return args.map((arg) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** Characters the summary may still take (GitHub refuses one over 1 MiB). */
interface Budget {
  left: number;
}

function renderApps(apps: AppSummary[], host: HostFacts, budget: Budget): string[] {
  const out: string[] = [];
  const push = (...lines: string[]) => {
    for (const line of lines) budget.left -= line.length + 1;
    out.push(...lines);
  };
  for (const [index, app] of apps.entries()) {
    if (budget.left < 0) {
      out.push(
        '',
        `${apps.length - index} more app(s) not shown (a job summary is limited to 1 MiB): run ${code('berth plan')} for what they run.`,
      );
      break;
    }
    push(
      '',
      `#### App ${code(app.app)}`,
      '',
      `Placeholders resolved for an example host: ${code(host.hostname)} of stack ${code(host.stackName)}, public IP ${code(host.publicIp)}.`,
    );
    if (app.dataVolumes.length > 0) push('', `Data volumes: ${app.dataVolumes.map(code).join(', ')}`);
    push('', '| definition | mode | image | copies | hostname | command | env |', '|---|---|---|---|---|---|---|');
    for (const d of app.definitions) {
      const copies =
        d.mode === 'cron'
          ? `schedule ${code(d.schedule ?? '')}`
          : `${d.copies}${d.runtimeNames.length > 0 ? ` (${d.runtimeNames.join(', ')})` : ''}${d.slots > 1 ? ', beside the old copy' : d.copies > 0 ? ', stop then start' : ''}`;
      const env = d.env.map((e) => code(`${e.key}=${e.value}`)).join('<br>');
      const image = d.problem
        ? `${code(d.reference || `${d.image}:${d.tag}`)}<br>⚠ ${escapeHtml(d.problem)}`
        : code(d.reference || `${d.image}:${d.tag}`);
      const row = `| ${code(d.name)} | ${d.mode} | ${image} | ${copies} | ${code(d.hostname ?? '')} | ${code(shellish(d.command))} | ${env} |`;
      if (budget.left - row.length < 0) {
        budget.left = -1;
        break;
      }
      push(row);
    }
  }
  return out;
}

function renderChange(change: DefinitionChange): string {
  const parts: string[] = [];
  for (const f of change.fields) {
    if (change.kind === 'changed') parts.push(`${f.field}: ${code(f.before) || '(none)'} → ${code(f.after) || '(none)'}`);
    else parts.push(`${f.field}: ${code(change.kind === 'added' ? f.after : f.before)}`);
  }
  for (const e of change.env) {
    if (e.change === 'added') parts.push(`env ${code(e.key)} added: ${code(e.after ?? '')}`);
    else if (e.change === 'removed') parts.push(`env ${code(e.key)} removed`);
    else parts.push(`env ${code(e.key)} changed: ${code(e.before ?? '')} → ${code(e.after ?? '')}`);
  }
  return `| ${code(change.app)} | ${code(change.definition)} | ${change.kind} | ${parts.join('<br>')} |`;
}

function renderBase(base: NonNullable<FileReport['base']>): string[] {
  if (base.kind === 'skipped') return ['', `Changes against the base branch: not shown, ${escapeHtml(base.reason)}.`];
  const title = `#### Changes against the base branch (${base.sha.slice(0, 7)})`;
  if (base.newFile) {
    if (base.changes.length === 0) return ['', title, '', 'A new file with no definitions.'];
  } else if (base.changes.length === 0) {
    return ['', title, '', 'No definition changes (tag, image, copies, mode, env).'];
  }
  return [
    '',
    title,
    '',
    ...(base.newFile ? ['A new file.', ''] : []),
    '| app | definition | change | details |',
    '|---|---|---|---|',
    ...base.changes.map(renderChange),
  ];
}

/** GitHub refuses a step summary over 1 MiB: the problem tables and app tables stop well before that. */
export const SUMMARY_PROBLEM_BUDGET = 800_000;

export interface SummaryOptions {
  /** Problems beyond GitHub's annotation limit (listed here, not annotated). */
  annotationsOmitted?: number;
}

export function renderValidateSummary(reports: FileReport[], host: HostFacts, options: SummaryOptions = {}): string {
  const all = reports.flatMap((r) => r.diagnostics);
  const out: string[] = [`## berth validate: ${plural(reports.length, 'file')}, ${counts(all)}`];
  if ((options.annotationsOmitted ?? 0) > 0) {
    out.push(
      '',
      `GitHub shows only the first 10 annotations of each severity: ${plural(options.annotationsOmitted ?? 0, 'more problem')} ${options.annotationsOmitted === 1 ? 'is' : 'are'} listed only here.`,
    );
  }
  const budget: Budget = { left: SUMMARY_PROBLEM_BUDGET };
  for (const report of reports) {
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    out.push('', `### ${errors > 0 ? '❌' : '✅'} ${code(report.file)}: ${counts(report.diagnostics)}`);
    if (report.diagnostics.length > 0) {
      out.push('', '| line:col | severity | problem |', '|---|---|---|');
      let listed = 0;
      for (const d of report.diagnostics) {
        const row = `| ${d.line}:${d.column} | ${d.severity} | ${escapeHtml(d.message)} |`;
        budget.left -= row.length + 1;
        if (budget.left < 0) break;
        out.push(row);
        listed++;
      }
      if (listed < report.diagnostics.length) {
        out.push(
          '',
          `${report.diagnostics.length - listed} more not listed (a job summary is limited to 1 MiB): run ${code(`berth validate ${report.file}`)} for all of them.`,
        );
      }
    }
    if (report.apps) out.push(...renderApps(report.apps, host, budget));
    if (report.base) out.push(...renderBase(report.base));
  }
  return out.join('\n') + '\n';
}
