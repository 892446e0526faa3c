// The PR check's answer in Markdown: what merging the pull request does to an environment, per
// definition the host's own decision (src/stack/predict.ts) with its reasons, against what is deployed
// (src/deploy/deployed-document.ts), with the time estimate (src/deploy/estimate.ts). The same text
// goes to the sticky comment (GitHub keeps at most 65,536 characters) and the job summary (1 MiB):
// past the limit the tables stop and a line says how many rows are left out and where to see them.
import type { ComparedWith } from '../deploy/deployed-document.js';
import { minutes } from '../deploy/estimate.js';
import { REASON_DESCRIPTIONS, type PredictedDefinition, type ReasonCode } from '../stack/index.js';
import type { PredictionReport } from '../app/prediction.js';
import { code, escapeHtml } from './validate-summary.js';

/** GitHub refuses a comment over 65,536 characters; the marker line and a margin are kept out. */
export const COMMENT_LIMIT = 65_000;
/** The job summary's share (GitHub refuses a step summary over 1 MiB). */
export const SUMMARY_LIMIT = 800_000;

const short = (sha: string) => sha.slice(0, 7);

function againstLine(against: ComparedWith): string {
  switch (against.kind) {
    case 'deployment':
      return (
        `Compared with **what is deployed**: GitHub deployment ${against.deploymentId} of ${code(against.version)} ` +
        `(commit ${code(short(against.commit))}, ${escapeHtml(against.createdAt)}), ${code(against.path)} at that commit` +
        (against.retagged > 0 ? ` with the images it ran (${against.retagged} tag(s) merged as the deploy merged them).` : '.')
      );
    case 'base':
      return `Compared with **the base branch** (${code(short(against.sha))}), not with what is deployed: ${escapeHtml(against.why)}.`;
    case 'base-new-file':
      return `Compared with **nothing**: the file is not on the base branch (${code(short(against.sha))}), and ${escapeHtml(against.why)}.`;
    case 'nothing':
      return `Compared with **nothing**: ${escapeHtml(against.why)}.`;
  }
}

function count(definitions: PredictedDefinition[], decision: PredictedDefinition['decision']): number {
  return definitions.filter((d) => d.decision === decision).length;
}

function headline(report: PredictionReport): string {
  const { prediction: p, estimate } = report;
  const parts = (['replaced', 'started', 'removed', 'manual', 'untouched'] as const)
    .map((decision) => [decision, count(p.definitions, decision)] as const)
    .filter(([, n]) => n > 0)
    .map(([decision, n]) => `${n} ${decision === 'manual' ? 'manual (left alone)' : decision}`);
  parts.push(p.migration ? 'the migration runs' : 'no migration');
  if (p.cron.added.length + p.cron.removed.length > 0) parts.push(`cron: ${p.cron.added.length} added, ${p.cron.removed.length} removed`);
  if (estimate) parts.push(`about ${minutes(estimate.seconds)}`);
  return `**${parts.join(' · ')}**`;
}

function estimateLines(report: PredictionReport): string[] {
  const e = report.estimate;
  if (!e)
    return [
      'Time: no estimate, no successful deploy of this environment recorded its timings yet (berth records them from this version on).',
    ];
  return [
    `Time: about **${minutes(e.seconds)}** for ${e.hosts} host(s) in ${e.batches} batch(es) as the last deploy ran them: ` +
      `${minutes(e.perHostSeconds)} per batch, plus ${minutes(e.otherSeconds)} outside the rollout ` +
      `(from ${e.basedOn} recorded deploy(s)).`,
    ...e.warnings.map((w) => `> [!WARNING]\n> ${escapeHtml(w)}`),
  ];
}

/** The reason codes, `copies` with its numbers when they change. */
function reasonsOf(d: PredictedDefinition): string {
  const copies = d.copies ? `copies ${d.copies.before} → ${d.copies.after}` : '';
  const codes = d.reasons.map((r) => (r === 'copies' && copies ? copies : r));
  if (copies && !d.reasons.includes('copies')) codes.push(copies);
  return codes.join(', ');
}

const DECISION_MARK: Record<PredictedDefinition['decision'], string> = {
  replaced: '🔁 replaced',
  started: '🆕 started',
  removed: '🗑️ removed',
  manual: '✋ manual, left alone',
  untouched: 'untouched',
};

/** Lines under a character limit; a block that does not fit whole is cut and counted. */
class Page {
  private readonly lines: string[] = [];
  private used = 0;
  omitted = 0;
  constructor(private readonly limit: number) {}
  fits(line: string): boolean {
    return this.used + line.length + 1 <= this.limit;
  }
  add(...lines: string[]): boolean {
    const size = lines.reduce((sum, l) => sum + l.length + 1, 0);
    if (this.used + size > this.limit) return false;
    this.lines.push(...lines);
    this.used += size;
    return true;
  }
  /** A titled list: the title when its first item fits, then the items while they fit; the rest counted. */
  block(title: string[], items: string[], after: string[] = []): void {
    if (items.length === 0) return;
    let index = 0;
    if (this.add(...title, items[0] as string)) {
      index = 1;
      while (index < items.length && this.add(items[index] as string)) index++;
      this.add(...after);
    }
    this.omitted += items.length - index;
  }
  text(): string {
    return this.lines.join('\n') + '\n';
  }
}

/** What the reader is told when rows did not fit (room for it is kept). */
const CUT_NOTE_ROOM = 800;

export function renderPredictionReport(report: PredictionReport, limit: number, whereElse: string): string {
  const { prediction: p } = report;
  const page = new Page(limit - CUT_NOTE_ROOM);
  const host = p.host;
  page.add(
    `### berth: what merging this does to ${code(report.environment)}`,
    '',
    headline(report),
    '',
    againstLine(report.against),
    '',
    `${code(report.file)} as a host decides it, for an example host: ${code(host.hostname)} (instance ${code(host.instanceId)}, ` +
      `stack ${code(host.stackName)}, public IP ${code(host.publicIp)}). Secret values are not shown.`,
    '',
    ...estimateLines(report),
  );
  const changed = p.definitions.filter((d) => d.decision !== 'untouched');
  page.block(
    ['', '| app | definition | decision | why |', '|---|---|---|---|'],
    changed.map((d) => `| ${code(d.app)} | ${code(d.definition)} | ${DECISION_MARK[d.decision]} | ${escapeHtml(reasonsOf(d))} |`),
  );
  if (changed.length === 0) page.add('', 'No running copy is replaced, started or removed.');
  page.block(
    ['', 'Cron lines:'],
    [...p.cron.added.map((l) => `- added: ${code(l)}`), ...p.cron.removed.map((l) => `- removed: ${code(l)}`)],
  );
  page.block(
    ['', 'Notes:'],
    p.notes.map((n) => `- ${escapeHtml(n)}`),
  );
  const untouched = p.definitions.filter((d) => d.decision === 'untouched');
  page.block(
    ['', `<details><summary>${untouched.length} untouched</summary>`, ''],
    untouched.map((d) => `- ${code(`${d.app}/${d.definition}`)}`),
    ['', '</details>'],
  );
  const used = [...new Set(changed.flatMap((d) => d.reasons))] as ReasonCode[];
  page.block(
    ['', '<details><summary>Reason codes</summary>', ''],
    used.map((r) => `- ${code(r)}: ${escapeHtml(REASON_DESCRIPTIONS[r])}`),
    ['', '</details>'],
  );
  const footer = [
    report.headSha ? `head ${code(short(report.headSha))}` : '',
    report.runUrl ? `[the run](${report.runUrl})` : '',
    `${code('berth diff BEFORE AFTER')} gives the same answer locally`,
  ].filter((s) => s !== '');
  const cut = page.omitted > 0 ? [`… ${page.omitted} more line(s) not shown (GitHub limits this text's length): ${whereElse}.`, ''] : [];
  return page.text() + (cut.length > 0 ? `\n${cut.join('\n')}` : '\n') + `<sub>${footer.join(' · ')}</sub>\n`;
}

/** The same report when there is nothing to predict (the file does not parse, no file chosen). */
export function renderPredictionSkipped(environment: string, reason: string): string {
  return `### berth: what merging this does to ${code(environment)}\n\nNo prediction: ${escapeHtml(reason)}.\n`;
}
