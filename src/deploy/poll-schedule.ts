// When the HostRunner looks at the commands it sent (one ListCommandInvocations a round, host-runner.ts):
// a first look soon after the send (a read ends in about a second, a host that cannot start fails at
// once), one at the earliest the hosts' work can end (their last run's durations,
// src/deploy/preflight-reads.ts), then every half second while their own overhead may still run, then
// the steady poll-interval-seconds. Looking early costs a call; looking late costs every host the wait.

/** The first look after a send: soon, for commands that end at once (or hosts that fail at once). */
export const FIRST_LOOK_MS = 1_000;
/**
 * What Run Command adds to the host's own time: delivery to the agent and the reply back to the service,
 * about a second each on a healthy instance (docs/fake-aws.md, "Latency").
 */
export const ROUND_TRIP_MS = 2_000;

/**
 * After the expected finish, a look every FOLLOW_UP_STEP_MS for FOLLOW_UP_MS plus twice the hosts'
 * recorded overhead (the script's start, secrets, pulls, drains, cleanup: about a second on an idle host,
 * several on a loaded one). Half-second looks: a batch's end is on every deploy's critical path, and one
 * ListCommandInvocations covers every host of a command (at most 50).
 */
export const FOLLOW_UP_MS = 4_000;
export const FOLLOW_UP_STEP_MS = 500;

/** How long the half-second looks go on after the expected finish, for hosts whose overhead was `seconds`. */
export function followUpMs(overheadSeconds: number | undefined): number {
  return FOLLOW_UP_MS + 2 * Math.ceil(Math.max(0, overheadSeconds ?? 0) * 1000);
}

/** When a run's poll rounds come, relative to its send. */
export interface PollSchedule {
  firstLookMs: number;
  intervalMs: number;
  /** From the send to the earliest likely end: Run Command's round trip plus the hosts' expected work. */
  expectedMs?: number;
  /** How long the looks after expectedMs go on (default FOLLOW_UP_MS). */
  followUpMs?: number;
}

/** The earliest likely finish of a run whose hosts' work is likely to take `seconds` (undefined: unknown). */
export function expectedFinishMs(seconds: number | undefined): number | undefined {
  return seconds === undefined ? undefined : ROUND_TRIP_MS + Math.ceil(seconds * 1000);
}

/**
 * Milliseconds from `now` to the next poll round: the first look `firstLookMs` after the send; then the
 * expected finish, and after it a look every FOLLOW_UP_STEP_MS for `followUpMs`; any of them only when it
 * comes before the next steady round. The steady rounds stay where the interval alone puts them (every
 * `intervalMs` from the send), so the extra looks never delay one.
 */
export function nextLookDelay(schedule: PollSchedule, sentAt: number, lastLookAt: number | undefined, now: number): number {
  if (lastLookAt === undefined) return Math.max(0, sentAt + schedule.firstLookMs - now);
  const steadyAt = sentAt + (Math.floor((lastLookAt - sentAt) / schedule.intervalMs) + 1) * schedule.intervalMs;
  const expectedAt = schedule.expectedMs === undefined ? undefined : sentAt + schedule.expectedMs;
  let extraAt: number | undefined;
  if (expectedAt !== undefined && expectedAt > lastLookAt) extraAt = expectedAt;
  else if (expectedAt !== undefined && lastLookAt < expectedAt + (schedule.followUpMs ?? FOLLOW_UP_MS))
    extraAt = lastLookAt + Math.min(FOLLOW_UP_STEP_MS, schedule.firstLookMs);
  const at = extraAt !== undefined && extraAt < steadyAt ? extraAt : steadyAt;
  return Math.max(0, at - now);
}
