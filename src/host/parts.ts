// Which parts of host/ make the script for each mode, and how they are joined. Pure text work: reading
// the parts is script.ts's job (from the repository or from next to the bundle); shellcheck.mjs joins
// the same lists to check the parts together.

export type HostMode = 'rollout' | 'preflight' | 'state' | 'history' | 'restore' | 'converge' | 'status' | 'logs' | 'canary';

export const HOST_MODES: readonly HostMode[] = ['rollout', 'preflight', 'state', 'history', 'restore', 'converge', 'status', 'logs', 'canary'];

/**
 * First, in every script: strict mode, globals, helpers, the result, the plan reader, docker, and what
 * every mode needs to repair a killed rollout first (haproxy, the host lock, the journal).
 */
const COMMON = [
  'lib/prelude.sh', 'lib/util.sh', 'lib/result.sh', 'lib/plan.sh', 'lib/temp.sh', 'lib/docker.sh', 'lib/haproxy.sh',
  'lib/lock.sh', 'lib/journal.sh',
];

/** What a rollout needs between the common parts and main.sh. */
const ROLLOUT_PARTS = [
  'lib/secrets.sh', 'lib/copies.sh', 'lib/record.sh', 'lib/swap.sh', 'lib/surge.sh', 'lib/failure.sh', 'lib/steps.sh',
  'lib/images.sh', 'lib/records.sh', 'modes/rollout.sh',
];

/** What each mode needs between the common parts and main.sh (its own file last). */
const MODE_PARTS: Record<HostMode, string[]> = {
  rollout: ROLLOUT_PARTS,
  // A recorded plan rolled out again: the rollout's parts, the records' reader, its own.
  restore: [...ROLLOUT_PARTS, 'lib/recorded.sh', 'modes/restore.sh'],
  state: ['lib/record.sh', 'modes/state.sh'],
  history: ['lib/recorded.sh', 'lib/listing.sh', 'modes/history.sh'],
  // With a plan it also reads what status and history read (listing.sh).
  preflight: ['lib/imds.sh', 'lib/recorded.sh', 'lib/listing.sh', 'modes/preflight.sh'],
  // The release record read, this host's plan made from its template, then a rollout.
  converge: [...ROLLOUT_PARTS, 'lib/imds.sh', 'lib/template.sh', 'lib/recorded.sh', 'modes/converge.sh'],
  status: ['lib/imds.sh', 'lib/listing.sh', 'modes/status.sh'],
  logs: ['modes/logs.sh'],
  // A rollout of copy 0 of the balanced definitions alone, then the bake and haproxy's counters.
  canary: [...ROLLOUT_PARTS, 'lib/canary.sh', 'modes/canary.sh'],
};

/**
 * The parts of the script for a mode, in order (paths relative to host/). A command that carries a plan
 * set gets the code that picks this host's plan from it (and the metadata lookup it may need); a command
 * for one host, a no-op in its place.
 */
export function hostScriptParts(mode: HostMode, planSet: boolean): string[] {
  const own = MODE_PARTS[mode];
  const selection = planSet ? ['lib/plan-set.sh', ...(own.includes('lib/imds.sh') ? [] : ['lib/imds.sh'])] : ['lib/plan-one.sh'];
  return [...COMMON, ...selection, ...own, 'main.sh'];
}

/** Every part some script uses (what the build ships next to the bundle). */
export function allHostParts(): string[] {
  const all = new Set(HOST_MODES.flatMap((mode) => [...hostScriptParts(mode, false), ...hostScriptParts(mode, true)]));
  return [...all].sort();
}

/**
 * What travels to the host: the parts joined, without whole-line comments (the shebang stays), blank
 * lines and indentation. Nothing else changes: every name and every line of code is as written. The
 * script has no here-document and no multi-line string, so no line's leading blanks are data.
 */
export function shippedScript(parts: string[]): string {
  const lines = parts.join('\n').split('\n');
  const kept = lines.flatMap((line, index) => {
    const code = line.replace(/^[ \t]+/, '');
    if (index === 0 && code.startsWith('#!')) return [code];
    return code === '' || code.startsWith('#') ? [] : [code];
  });
  return `${kept.join('\n')}\n`;
}
