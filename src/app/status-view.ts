// How `status`, `history` and `logs` read in a terminal and a job log: plain text, one block per host.
// The JSON for scripts is the models themselves (FleetStatus, HostHistoryList[], HostLogs[]).
import type { HostHistoryList } from '../deploy/fleet-history.js';
import type { HostLogs } from '../deploy/fleet-logs.js';
import type { FleetStatus, HostStatus } from '../deploy/status.js';

/** Rows as columns padded to their widest cell (the last column unpadded). */
export function table(rows: string[][]): string[] {
  const widths = rows.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function convergeText(converge: HostStatus['converge']): string {
  if (converge === null) return 'never';
  if (converge['unreadable'] === true) return 'unreadable';
  const text = (key: string): string => (typeof converge[key] === 'string' ? (converge[key] as string) : '');
  const when = text('at') || text('when') || text('finishedAt');
  return [text('outcome') || text('result') || 'ran', text('release'), when].filter(Boolean).join(' ');
}

/** The status table: one row per host, then per host its definitions and what drifted. */
export function renderFleetStatus(status: FleetStatus): string {
  const head = status.record
    ? `Environment ${status.environment}: recorded release ${status.record.release} (deploy ${status.record.deployId})`
    : `Environment ${status.environment}: no release record`;
  const rows = [['HOST', 'INSTANCE', 'STATE', 'RELEASE', 'LAST DEPLOY', 'DRIFT', 'CONVERGE']];
  for (const host of status.hosts) {
    rows.push([
      host.hostname || '-',
      host.instanceId,
      host.state,
      host.releases.join(',') || '-',
      host.lastDeployId ?? '-',
      host.driftCount === undefined ? '-' : String(host.driftCount),
      convergeText(host.converge),
    ]);
  }
  const lines = [head, '', ...table(rows)];
  for (const host of status.hosts) {
    if (host.definitions.length === 0 && host.problems.length === 0) continue;
    lines.push('', `${host.hostname || host.instanceId}:`);
    const definitionRows = host.definitions.map((d) => [
      `  ${d.definition}`,
      `${d.healthyCopies}/${d.expectedCopies ?? d.copies.length} up`,
      d.images.join(', ') || '-',
    ]);
    lines.push(...table(definitionRows));
    for (const definition of host.definitions) {
      for (const copy of definition.copies) {
        if (copy.drift) lines.push(`    drift: ${copy.name} ${driftWords(copy.drift)}`);
        else if (copy.health !== 'healthy' && copy.health !== 'none') lines.push(`    ${copy.name} is ${copy.health}`);
      }
    }
    for (const problem of host.problems) lines.push(...problem.split('\n').map((line) => `  ! ${line}`));
  }
  for (const problem of status.problems) lines.push('', `Note: ${problem}`);
  return `${lines.join('\n')}\n`;
}

function driftWords(drift: 'missing' | 'changed' | 'extra'): string {
  if (drift === 'missing') return 'is missing (the recorded release runs it)';
  if (drift === 'changed') return 'differs from the recorded release (berth.hash)';
  return 'is not in the recorded release';
}

/** Per host, the plans it recorded, newest first. */
export function renderFleetHistory(hosts: HostHistoryList[]): string {
  const lines: string[] = [];
  for (const host of hosts) {
    if (lines.length > 0) lines.push('');
    lines.push(`${host.hostname || host.instanceId} (${host.instanceId}):`);
    if (host.problem) lines.push(...host.problem.split('\n').map((line) => `  ! ${line}`));
    else if (host.releases.length === 0) lines.push('  nothing recorded');
    const rows = host.releases.map((r) => [
      `  ${r.at}`,
      r.release,
      r.deployId,
      r.revision ? r.revision.slice(0, 12) : '-',
      `${Object.entries(r.images)
        .map(([definition, image]) => `${definition}=${image}`)
        .join(' ')}${r.undone ? '  (undone after a failure)' : ''}`,
    ]);
    lines.push(...table(rows));
  }
  return `${lines.join('\n')}\n`;
}

/** Per host: which container, what was cut, then its log lines as the host sent them (secrets redacted there). */
export function renderFleetLogs(hosts: HostLogs[]): string {
  const out: string[] = [];
  for (const host of hosts) {
    const name = `${host.hostname || host.instanceId} (${host.instanceId})`;
    if (!host.logs) {
      out.push(`== ${name}: no log`, ...(host.problem ?? '').split('\n').map((line) => `  ! ${line}`));
      continue;
    }
    const { logs } = host;
    const notes = [
      `${logs.container} (${logs.app}/${logs.definition})`,
      ...(logs.cut > 0 ? [`${logs.cut} oldest line(s) cut to fit Run Command's output`] : []),
      ...(logs.others.length > 0 ? [`also: ${logs.others.join(', ')}`] : []),
    ];
    out.push(`== ${name}: ${notes.join('; ')}`, ...logs.lines);
  }
  return `${out.join('\n')}\n`;
}
