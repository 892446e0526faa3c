// How long the next deploy will take, from the timings earlier successful deploys recorded
// (src/deploy/deploy-timing.ts), for the PR check. Pure. The model, stated in the comment it renders:
//   per host  = the slowest recorded seconds per changed copy x the copies the prediction changes on
//               a host (a host with nothing to change: the quickest recorded host run)
//   rollout   = the last deploy's batch count x per host (its batches run one after the other)
//   the rest  = the last deploy's time outside its rollouts (lock, build, preflight, records)
// Warnings when a limit the deploy runs under is shorter: its timeout-minutes and its AWS session, as
// the last deploy recorded them (this step's own timeout-minutes input is not the deploy's: the runner
// fills in the default, so it cannot tell what the deploy workflow sets).
import type { DeployTiming } from './deploy-timing.js';

export interface Estimate {
  seconds: number;
  hosts: number;
  batches: number;
  perHostSeconds: number;
  otherSeconds: number;
  /** How many recorded deploys it is based on. */
  basedOn: number;
  warnings: string[];
}

export interface EstimateQuery {
  /** Newest first. */
  records: DeployTiming[];
  /** Copies the prediction replaces or starts on one host. */
  copies: number;
}

export function minutes(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  const whole = Math.round(seconds / 60);
  return whole < 90 ? `${whole} min` : `${Math.floor(whole / 60)} h ${whole % 60} min`;
}

export function estimateDeploy(query: EstimateQuery): Estimate | undefined {
  const [latest] = query.records;
  if (!latest) return undefined;
  const perCopy = Math.max(0, ...query.records.filter((r) => r.copies > 0).map((r) => r.hostSeconds.max / r.copies));
  const quickest = Math.min(...query.records.map((r) => r.hostSeconds.min));
  // No record that changed a copy: the slowest recorded host run is the best guess for one that does.
  const perHostSeconds =
    query.copies === 0 ? quickest : perCopy > 0 ? perCopy * query.copies : Math.max(...query.records.map((r) => r.hostSeconds.max));
  const otherSeconds = Math.max(0, latest.deploySeconds - latest.rolloutSeconds);
  const seconds = otherSeconds + latest.batches * perHostSeconds;

  const limits: { what: string; minutes: number }[] = [
    { what: `timeout-minutes of the last deploy (${latest.timeoutMinutes})`, minutes: latest.timeoutMinutes },
  ];
  if (latest.sessionMinutes !== undefined) {
    limits.push({
      what: `the AWS session the last deploy had (${latest.sessionMinutes} min left at its start)`,
      minutes: latest.sessionMinutes,
    });
  }
  const warnings = limits
    .filter((limit) => limit.minutes * 60 < seconds)
    .map((limit) => `The estimate (${minutes(seconds)}) is longer than ${limit.what}: the deploy would stop before its last batches.`);
  return {
    seconds,
    hosts: latest.hosts,
    batches: latest.batches,
    perHostSeconds,
    otherSeconds,
    basedOn: query.records.length,
    warnings,
  };
}
