// Shrinks the host script before it travels in an SSM command (the parameters are size-limited):
// drops comment lines and indentation, and renames the script's own long identifiers to short ones.
// Pure text work; the world tests run the minified script, so any damage shows there.

/** Names the script must keep: bash's own variables and what it exports to the programs it runs. */
const KEEP = new Set([
  'REPLY', 'BASH_VERSINFO', 'EPOCHREALTIME', 'BASHPID', 'LC_ALL', 'LC_COLLATE', 'DOCKER_CONFIG', 'BERTH_IMDS_URL',
  'PATH', 'HOME', 'IFS', 'PIPESTATUS', 'LINENO', 'RANDOM', 'TMPDIR',
]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Identifiers worth renaming: functions (5+ chars) and UPPER_CASE variables the script assigns. */
export function renamableIdentifiers(script: string): string[] {
  const names = new Set<string>();
  for (const match of script.matchAll(/^([a-z_][a-z0-9_]{4,})\(\) \{/gm)) names.add(match[1] ?? '');
  for (const match of script.matchAll(/(?<![A-Za-z0-9_$])([A-Z][A-Z0-9_]{3,})(?=\+?=|\[)/g)) names.add(match[1] ?? '');
  names.delete('');
  for (const keep of KEEP) names.delete(keep);
  // Longest first, so a name that is a prefix of another never bites into it.
  return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

function shortName(index: number): string {
  return `_${index.toString(36)}`;
}

export function minifyScript(script: string): string {
  const lines = script.split('\n');
  const kept: string[] = [];
  lines.forEach((line, i) => {
    const trimmed = line.replace(/^[ \t]+/, '');
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
