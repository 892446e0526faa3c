// How long a successful deploy took, recorded where the PR check can read it without AWS credentials:
// at the end of the description of the GitHub deployment's `success` status (GitHub keeps 140
// characters; the token takes at most ~70), e.g.
//   "Deployed v42 to 3 hosts · berth-timing/1 h=3 b=2 d=161 w=120 p=38/41/45 c=2 t=30"
// h hosts rolled out, b rollout batches (runs of the host runner, each one or more Run Commands), d seconds of the whole deploy, w seconds of
// its rollouts (per batch its slowest host), p per-host rollout seconds min/median/max, c copies the
// busiest host replaced or started, t timeout-minutes, a minutes the AWS session had left at the
// start (when the credentials said). The PR check's estimate (src/deploy/estimate.ts) reads them.
import type { HostRunOutcome } from './ports.js';

export interface DeployTiming {
  hosts: number;
  batches: number;
  deploySeconds: number;
  rolloutSeconds: number;
  hostSeconds: { min: number; median: number; max: number };
  /** Copies replaced or started on the host that changed the most. */
  copies: number;
  timeoutMinutes: number;
  sessionMinutes?: number;
}

const TOKEN = 'berth-timing/1';
const ROLLOUT_MODES = new Set(['rollout', 'canary']);
const CHANGED = new Set(['replaced', 'started']);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** A host's answer, and which run of the host runner it came from (src/deploy/observe.ts). */
export interface RunAnswer {
  run: number;
  outcome: HostRunOutcome;
}

/**
 * The timing of a deploy from the hosts' answers to its rollout (and canary) runs; undefined when no
 * host answered one (nothing was rolled out). A run is a batch (or a canary), however many Run Commands
 * carried it: they run side by side, so it lasts as long as its slowest host.
 */
export function deployTiming(
  answers: readonly RunAnswer[],
  context: { deploySeconds: number; timeoutMinutes: number; sessionMinutes?: number },
): DeployTiming | undefined {
  const perHost = new Map<string, { seconds: number; copies: number }>();
  const perRun = new Map<number, number>();
  const rolloutRuns = new Set<number>();
  for (const { run, outcome } of answers) {
    const result = outcome.result;
    if (!result || !ROLLOUT_MODES.has(result.mode)) continue;
    const seconds = Math.max(0, result.timings?.totalSeconds ?? 0);
    const host = perHost.get(outcome.host.instanceId) ?? { seconds: 0, copies: 0 };
    host.seconds += seconds;
    host.copies += result.copies.filter((c) => CHANGED.has(c.action)).length;
    perHost.set(outcome.host.instanceId, host);
    perRun.set(run, Math.max(perRun.get(run) ?? 0, seconds));
    if (result.mode === 'rollout') rolloutRuns.add(run);
  }
  if (perHost.size === 0) return undefined;
  const seconds = [...perHost.values()].map((h) => h.seconds);
  return {
    hosts: perHost.size,
    batches: Math.max(1, rolloutRuns.size),
    deploySeconds: context.deploySeconds,
    rolloutSeconds: [...perRun.values()].reduce((sum, s) => sum + s, 0),
    hostSeconds: { min: Math.min(...seconds), median: median(seconds), max: Math.max(...seconds) },
    copies: Math.max(...[...perHost.values()].map((h) => h.copies)),
    timeoutMinutes: context.timeoutMinutes,
    ...(context.sessionMinutes !== undefined ? { sessionMinutes: context.sessionMinutes } : {}),
  };
}

const round = (n: number): string => String(Math.round(n));

export function encodeTiming(timing: DeployTiming): string {
  const { hostSeconds: p } = timing;
  return [
    TOKEN,
    `h=${timing.hosts}`,
    `b=${timing.batches}`,
    `d=${round(timing.deploySeconds)}`,
    `w=${round(timing.rolloutSeconds)}`,
    `p=${round(p.min)}/${round(p.median)}/${round(p.max)}`,
    `c=${timing.copies}`,
    `t=${timing.timeoutMinutes}`,
    ...(timing.sessionMinutes !== undefined ? [`a=${Math.floor(timing.sessionMinutes)}`] : []),
  ].join(' ');
}

/** The timing at the end of a status description, or undefined when it holds none (a deploy before this berth). */
export function decodeTiming(description: string): DeployTiming | undefined {
  const at = description.lastIndexOf(TOKEN);
  if (at < 0) return undefined;
  const fields = new Map<string, string>();
  for (const part of description
    .slice(at + TOKEN.length)
    .trim()
    .split(/\s+/)) {
    const [key, value] = part.split('=');
    if (key && value !== undefined) fields.set(key, value);
  }
  const number = (key: string): number | undefined => {
    const value = Number(fields.get(key));
    return fields.has(key) && Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  const [min, med, max] = (fields.get('p') ?? '').split('/').map(Number);
  const required = [number('h'), number('b'), number('d'), number('w'), number('c'), number('t'), min, med, max];
  if (required.some((value) => value === undefined || !Number.isFinite(value))) return undefined;
  const session = number('a');
  return {
    hosts: number('h') as number,
    batches: number('b') as number,
    deploySeconds: number('d') as number,
    rolloutSeconds: number('w') as number,
    hostSeconds: { min: min as number, median: med as number, max: max as number },
    copies: number('c') as number,
    timeoutMinutes: number('t') as number,
    ...(session !== undefined ? { sessionMinutes: session } : {}),
  };
}

/** GitHub keeps 140 characters of a status description: the text is clipped so the token always fits whole. */
export function describeWithTiming(description: string, timing: DeployTiming | undefined, limit = 140): string {
  if (!timing) return description;
  const token = ` · ${encodeTiming(timing)}`;
  const room = limit - token.length;
  const text = description.length <= room ? description : `${description.slice(0, Math.max(0, room - 1))}…`;
  return `${text}${token}`;
}
