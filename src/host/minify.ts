// Shrinks the host script before it travels in an SSM command (the parameters are size-limited):
// drops comment lines and indentation, and renames the script's own long identifiers to short ones.
// Pure text work; the world tests run the minified script, so any damage shows there.

/** Names the script must keep: bash's own variables and what it exports to the programs it runs. */
const KEEP = new Set([
  'REPLY', 'BASH_VERSINFO', 'EPOCHREALTIME', 'BASHPID', 'LC_ALL', 'LC_COLLATE', 'DOCKER_CONFIG', 'BERTH_IMDS_URL',
  'PATH', 'HOME', 'IFS', 'PIPESTATUS', 'LINENO', 'RANDOM', 'TMPDIR', 'AWS_SSM_INSTANCE_ID', 'BASH_REMATCH',
  'DOCKER_HOST', 'DOCKER_CONTEXT',
]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Long local variable names that appear nowhere else (no JSON key, flag, template or file name). */
const LOCALS = ['old_server', 'new_server', 'probe_ok', 'secret_count', 'pending_name', 'docker_version', 'instance_id',
  'public_ip', 'free_mb', 'deadline', 'attempt', 'hargs', 'cmdargs', 'margs', 'mcmd', 'unique', 's_old', 's_new',
  'interval', 'min_ms', 'end_ms'];

/** Identifiers worth renaming: functions (5+ chars), UPPER_CASE variables the script assigns, LOCALS. */
export function renamableIdentifiers(script: string): string[] {
  const names = new Set<string>();
  for (const match of script.matchAll(/^([a-z_][a-z0-9_]{4,})\(\) \{/gm)) names.add(match[1] ?? '');
  for (const match of script.matchAll(/(?<![A-Za-z0-9_$])([A-Z][A-Z0-9_]{3,})(?=\+?=|\[)/g)) names.add(match[1] ?? '');
  for (const local of LOCALS) if (new RegExp(`\\b${local}\\b`).test(script)) names.add(local);
  names.delete('');
  for (const keep of KEEP) names.delete(keep);
  // Longest first, so a name that is a prefix of another never bites into it.
  return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

function shortName(index: number): string {
  return `_${index.toString(36)}`;
}

/**
 * Minifies the script for one mode: sections between `# berth:only NAME...` and `# berth:end` are kept
 * only when one of their names is the mode or one of the features (`set`: the command carries a plan
 * set); the other modes' code need not travel. Without a mode, every section stays.
 */
export function minifyScript(script: string, mode?: string, features: string[] = []): string {
  const wanted = new Set([mode, ...features]);
  const lines = script.split('\n');
  const kept: string[] = [];
  let skipping = false;
  lines.forEach((line, i) => {
    const trimmed = line.replace(/^[ \t]+/, '');
    const only = /^# berth:only (.+)$/.exec(trimmed);
    if (only) {
      skipping = mode !== undefined && !(only[1] ?? '').trim().split(/\s+/).some((name) => wanted.has(name));
      return;
    }
    if (trimmed.startsWith('# berth:end')) {
      skipping = false;
      return;
    }
    if (skipping) return;
    // A comment after a function's opening brace documents its arguments; it need not travel.
    const header = /^([a-z_][a-z0-9_]*\(\) \{) #.*$/.exec(trimmed);
    if (header) {
      kept.push(header[1] ?? trimmed);
      return;
    }
    if (i === 0 && trimmed.startsWith('#!')) {
      kept.push(trimmed);
      return;
    }
    // `# shellcheck` directives and plain comments alike: only whole-line comments go.
    if (trimmed === '' || /^#/.test(trimmed)) return;
    kept.push(trimmed);
  });
  let text = kept.join('\n') + '\n';
  renamableIdentifiers(script).forEach((name, index) => {
    const pattern = new RegExp(`(?<![A-Za-z0-9_.-])${escapeRegExp(name)}(?![A-Za-z0-9_])`, 'g');
    text = text.replace(pattern, shortName(index));
  });
  return text;
}
