// The canary's verdict, pure: a canary host's report (haproxy's counters of the new copy 0 and of the
// old copies over the same bake, src/stack/host-result.ts CanaryReport), the thresholds and Rollbar's
// count of new items -> promote or refuse, with per-definition rows and the numbers that decided it.
import type { CanaryDefinition, CanaryReport, CanarySide } from '../stack/host-result.js';
import type { RollbarCount } from './ports.js';
import type { CanaryThresholds } from './settings.js';

/** A baked definition as the host reported it (`compared: false`: one copy, absolute limits), judged. */
export interface CanaryRow extends CanaryDefinition {
  verdict: 'pass' | 'refuse';
  /** The numbers against their limits, in words ("5xx 5.0% (7/140) vs 0.0% (0/151), limit old + 1 point"). */
  numbers: string[];
  /** The limits this row broke (empty: it passed). */
  broken: string[];
}

export interface CanaryVerdict {
  promote: boolean;
  rows: CanaryRow[];
  uncompared: { app: string; definition: string; why: string }[];
  bakedSeconds: number;
  /** The new copies' requests in total. */
  requests: number;
  /** What low traffic did (absent: every baked definition's new copy got canary-min-requests). */
  lowTraffic?: 'refused after waiting' | 'passed with a warning' | 'refused';
  restarts: number;
  rollbar?: { new: number; limit: number } | { unavailable: string };
  /** Why it was refused, each with its numbers (empty when promoted). */
  reasons: string[];
  /** Promoted, but worth a look (low traffic passed, Rollbar unreadable). */
  warnings: string[];
  /** One sentence: the verdict and what decided it. */
  text: string;
}

/**
 * haproxy averages whole milliseconds: a response time this close to the old one's is never refused
 * by the ratio (0 ms vs 1 ms is not "infinitely slower").
 */
export const RESPONSE_SLACK_MS = 20;

function percent(part: number, whole: number): number {
  return whole > 0 ? (100 * part) / whole : 0;
}

const shown = (value: number) => `${value.toFixed(1)}%`;
/** "1 point", "0.5 points". */
const points = (value: number) => `${value} point${value === 1 ? '' : 's'}`;

/** The share of a side's attempts that got no answer: errors over requests plus errors. */
function errorShare(side: CanarySide): number {
  return percent(side.errors, side.requests + side.errors);
}

/** Each number with its limit; the broken ones apart. */
function checks() {
  const judged: Pick<CanaryRow, 'numbers' | 'broken'> = { numbers: [], broken: [] };
  const check = (text: string, over: boolean) => {
    judged.numbers.push(text);
    if (over) judged.broken.push(text);
  };
  return { judged, check };
}

/**
 * A TCP-mode backend (haproxy counts connections, no HTTP status, no response time): only its connection
 * errors can be judged; the row says so rather than pass a 0 % 5xx it never measured.
 */
const isTcp = (...sides: CanarySide[]) => sides.some((side) => side.unit === 'connections');
const TCP_NOTE = 'TCP mode: connections and their errors only (no HTTP status, no response time)';

function judgeCompared(side: { new: CanarySide; old: CanarySide }, limits: CanaryThresholds): Pick<CanaryRow, 'numbers' | 'broken'> {
  const { new: fresh, old } = side;
  const { judged, check } = checks();
  const tcp = isTcp(fresh, old);
  if (tcp) {
    judged.numbers.push(TCP_NOTE);
  } else {
    const new5xx = percent(fresh.r5xx, fresh.requests);
    const old5xx = percent(old.r5xx, old.requests);
    check(
      `5xx ${shown(new5xx)} (${fresh.r5xx}/${fresh.requests}) vs ${shown(old5xx)} (${old.r5xx}/${old.requests}), limit old + ${points(limits.max5xxPoints)}`,
      new5xx > old5xx + limits.max5xxPoints,
    );
  }
  const newErrors = errorShare(fresh);
  const oldErrors = errorShare(old);
  check(
    `errors ${shown(newErrors)} (${fresh.errors}) vs ${shown(oldErrors)} (${old.errors}), limit old + ${points(limits.max5xxPoints)}`,
    newErrors > oldErrors + limits.max5xxPoints,
  );
  if (!tcp && fresh.requests > 0 && old.requests > 0) {
    check(
      `response time ${fresh.rtimeMs} ms vs ${old.rtimeMs} ms, limit ${limits.maxResponseRatio} x old`,
      fresh.rtimeMs > limits.maxResponseRatio * old.rtimeMs && fresh.rtimeMs - old.rtimeMs > RESPONSE_SLACK_MS,
    );
  }
  return judged;
}

function judgeAlone(fresh: CanarySide, limits: CanaryThresholds): Pick<CanaryRow, 'numbers' | 'broken'> {
  const { judged, check } = checks();
  const tcp = isTcp(fresh);
  if (tcp) {
    judged.numbers.push(TCP_NOTE);
  } else {
    const new5xx = percent(fresh.r5xx, fresh.requests);
    check(`5xx ${shown(new5xx)} (${fresh.r5xx}/${fresh.requests}), limit ${limits.max5xxPercent}%`, new5xx > limits.max5xxPercent);
  }
  const newErrors = errorShare(fresh);
  check(`errors ${shown(newErrors)} (${fresh.errors}), limit ${limits.max5xxPercent}%`, newErrors > limits.max5xxPercent);
  if (!tcp && fresh.requests > 0) {
    check(`response time ${fresh.rtimeMs} ms, limit ${limits.maxResponseMs} ms`, fresh.rtimeMs > limits.maxResponseMs);
  }
  return judged;
}

/** The verdict on one canary host's report. `rollbar`: absent when no read token was given. */
export function canaryVerdict(report: CanaryReport, limits: CanaryThresholds, rollbar?: RollbarCount): CanaryVerdict {
  const rows: CanaryRow[] = report.definitions.map((d) => {
    const judged = d.compared ? judgeCompared(d, limits) : judgeAlone(d.new, limits);
    return {
      app: d.app,
      definition: d.definition,
      compared: d.compared,
      ...(d.why !== undefined ? { why: d.why } : {}),
      new: d.new,
      old: d.old,
      verdict: judged.broken.length > 0 ? 'refuse' : 'pass',
      ...judged,
    };
  });
  const reasons: string[] = [];
  const warnings: string[] = [];
  for (const row of rows.filter((r) => r.verdict === 'refuse')) {
    const alone = row.compared ? '' : ' (nothing to compare: absolute limits)';
    reasons.push(`${row.definition}${alone}: ${row.broken.join('; ')}`);
  }
  if (report.restarts > 0) reasons.push(`a canary copy restarted ${report.restarts} time(s) during the bake`);

  const requests = rows.reduce((sum, r) => sum + r.new.requests, 0);
  let lowTraffic: CanaryVerdict['lowTraffic'];
  // Per definition, as the host bakes on until each new copy has them: 2 requests compare nothing.
  const quiet = rows.filter((r) => r.new.requests < limits.minRequests);
  if (quiet.length > 0) {
    const got = quiet.map((r) => `${r.definition} ${r.new.requests}${isTcp(r.new) ? ' connections' : ''}`).join(', ');
    const numbers = `the new copies got fewer than canary-min-requests ${limits.minRequests} requests in ${report.bakedSeconds} s (${got})`;
    if (limits.lowTraffic === 'pass') {
      lowTraffic = 'passed with a warning';
      warnings.push(`low traffic: ${numbers}; passed (canary-low-traffic pass): the comparison rests on few requests`);
    } else if (limits.lowTraffic === 'fail') {
      lowTraffic = 'refused';
      reasons.push(`low traffic: ${numbers} (canary-low-traffic fail)`);
    } else {
      lowTraffic = 'refused after waiting';
      reasons.push(`low traffic: ${numbers}, still after waiting (canary-low-traffic wait, canary-max-wait-seconds)`);
    }
  }

  let rollbarRead: CanaryVerdict['rollbar'];
  if (rollbar && 'unavailable' in rollbar) {
    rollbarRead = rollbar;
    warnings.push(`Rollbar's new items could not be read (${rollbar.unavailable}); judged on haproxy's counters alone`);
  } else if (rollbar) {
    rollbarRead = { new: rollbar.new, limit: limits.maxRollbarItems };
    if (rollbar.new > limits.maxRollbarItems) {
      reasons.push(`Rollbar: ${rollbar.new} new error/critical item(s) for this release, limit ${limits.maxRollbarItems}`);
    }
  }

  const promote = reasons.length === 0;
  return {
    promote,
    rows,
    uncompared: report.uncompared,
    bakedSeconds: report.bakedSeconds,
    requests,
    ...(lowTraffic ? { lowTraffic } : {}),
    restarts: report.restarts,
    ...(rollbarRead ? { rollbar: rollbarRead } : {}),
    reasons,
    warnings,
    text: verdictText(promote, rows, reasons, report.bakedSeconds),
  };
}

function verdictText(promote: boolean, rows: CanaryRow[], reasons: string[], bakedSeconds: number): string {
  if (!promote) return `refused after ${bakedSeconds} s: ${reasons.join('; ')}`;
  if (rows.length === 0) return 'promoted: no copy behind a load balancer needed replacing, nothing was baked';
  return `promoted after ${bakedSeconds} s: ${rows.map((r) => `${r.definition}: ${r.numbers.join('; ')}`).join(' | ')}`;
}
