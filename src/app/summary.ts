// The summary of a deploy or rollback (the action's job summary, the CLI's report): per host and
// definition the copies, version before -> after, health and time taken; what Rollbar and the lock
// did; the failing host's reason and log.
// Rendering is pure (renderSummary); every secret the run knows is redacted from the whole text.
import type { SummaryCanaryHost, SummaryModel } from '../deploy/summary-model.js';
import { redact } from '../stack/secrets.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function seconds(value: number | undefined): string {
  if (value === undefined) return '-';
  return value >= 90 ? `${Math.floor(value / 60)} min ${Math.round(value % 60)} s` : `${Math.round(value * 10) / 10} s`;
}

function fence(lines: string[]): string {
  const body = lines.join('\n');
  const ticks = body.includes('```') ? '~~~~' : '```';
  return `${ticks}\n${body}\n${ticks}`;
}

const CANARY_MARK: Record<SummaryCanaryHost['state'], string> = { promoted: '✅', refused: '❌', failed: '❌', stopped: '⏹️' };

/** The canary's comparison: per canary host and compared definition, old → new, and the verdict. */
function renderCanary(hosts: SummaryCanaryHost[]): string[] {
  const out = ['### Canary', ''];
  for (const host of hosts) {
    out.push(`- ${CANARY_MARK[host.state]} **${host.host}**, ${host.batch}: ${cell(host.text)}`);
    for (const note of host.notes) out.push(`  - ${cell(note)}`);
  }
  out.push('');
  const rows = hosts.flatMap((host) => host.rows.map((row, i) => ({ host: i === 0 ? host.host : '', row })));
  if (rows.length > 0) {
    out.push('| Canary host | Definition | Requests (old → new) | 5xx | Errors | Response time | Verdict |');
    out.push('|---|---|---|---|---|---|---|');
    for (const { host, row } of rows) {
      out.push(
        `| ${cell(host)} | ${cell(row.definition)} | ${cell(row.requests)} | ${cell(row.r5xx)} | ${cell(row.errors)} | ${cell(row.rtime)} | ${cell(row.verdict)} |`,
      );
    }
    out.push('');
  }
  return out;
}

export function renderSummary(model: SummaryModel, secrets: Iterable<string> = []): string {
  const out: string[] = [];
  const verb = model.kind === 'rollback' ? 'rollback' : 'deploy';
  out.push(`## ${model.ok ? '✅' : '❌'} berth ${verb} of ${model.version} to ${model.environment}`);
  out.push('');
  out.push(model.headline);
  out.push('');
  const facts = [
    model.commit ? `commit \`${model.commit.slice(0, 12)}\`` : '',
    `took ${seconds(model.seconds)}`,
    `fleet: ${model.fleet}`,
    model.rollbackFrom ? `rolled back from ${model.rollbackFrom}` : '',
    model.github
      ? model.github.url
        ? `[GitHub deployment ${model.github.deploymentId}](${model.github.url})`
        : `GitHub deployment ${model.github.deploymentId}`
      : '',
  ].filter((f) => f !== '');
  out.push(facts.join(' · '));
  out.push('');
  // After a failure, each host's own story: what the release did there and where the way back left it.
  if (model.hosts.some((h) => h.story)) {
    for (const host of model.hosts) out.push(`- **${host.hostname}** (${host.instanceId}): ${host.story ?? host.state}`);
    out.push('');
  }

  if (model.hosts.length > 0) {
    out.push('| Host | Definition | Copies | Version (before → after) | Health | Action | Time |');
    out.push('|---|---|---|---|---|---|---|');
    for (const host of model.hosts) {
      const label = `${host.hostname} (${host.instanceId})${host.state === 'updated' ? '' : ` — ${host.state}`}`;
      if (host.definitions.length === 0) {
        out.push(`| ${cell(label)} | - | - | - | - | - | ${seconds(host.seconds)} |`);
        continue;
      }
      host.definitions.forEach((d, i) => {
        const version = d.before === d.after ? d.after : `${d.before} → ${d.after}`;
        out.push(
          `| ${i === 0 ? cell(label) : ''} | ${cell(d.definition)} | ${d.copies.length} (${cell(d.copies.join(', ') || '-')}) | ${cell(version)} | ${cell(d.health)} | ${cell(d.action || '-')} | ${seconds(d.seconds ?? (i === 0 ? host.seconds : undefined))} |`,
        );
      });
    }
    out.push('');
  }

  if (model.canary) out.push(...renderCanary(model.canary));

  for (const host of model.hosts.filter((h) => h.failure)) {
    const failure = host.failure as NonNullable<typeof host.failure>;
    out.push(`### ❌ ${host.hostname} (${host.instanceId})`);
    out.push('');
    out.push(failure.reason);
    if (failure.logTail && failure.logTail.length > 0) {
      out.push('');
      out.push(`<details open><summary>Last log lines${failure.container ? ` of ${failure.container}` : ''}</summary>`);
      out.push('');
      out.push(fence(failure.logTail));
      out.push('');
      out.push('</details>');
    }
    out.push('');
  }

  out.push('### Records');
  out.push('');
  out.push(`- **Lock**: ${model.lock}`);
  if (model.converge) out.push(`- **Converge**: ${model.converge}`);
  for (const joined of model.joined ?? []) out.push(`- **Joined during the deploy**: ${joined}`);
  if (model.rollbar.length === 0) out.push('- **Rollbar**: not configured (no token)');
  for (const r of model.rollbar) {
    const what = r.status === 'not reported' ? 'not reported (see the warnings in the log)' : `deploy ${r.deployId ?? '(new)'} ${r.status}`;
    out.push(`- **Rollbar** app "${r.app}", environment "${r.environment}": ${what}`);
  }
  out.push(
    `- **GitHub**: ${model.github ? `deployment ${model.github.deploymentId} marked ${model.ok ? 'success' : 'failure'}` : 'no deployment recorded'}`,
  );
  out.push('');
  return redact(out.join('\n'), secrets);
}
