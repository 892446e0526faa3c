// The canary benchmark's numbers (issue 21), pure: per-run records in, the table and the last JSON line out.
//   bad_runs / good_runs          deploys of the release that fails FAIL_PERCENT of its requests / of a good one
//   bad_caught                    bad deploys that failed with the canary's refusal (and nothing else)
//   bad_reached_second_host       bad deploys after which the second host's app containers were not the ones it
//                                 ran before (other ids) or ran the bad image: the goal is 0
//   good_promoted                 good deploys that succeeded with every host on the good image
//   failed_requests_bad_max       the most non-2xx answers and socket errors the load saw during one bad deploy
//   canary_requests_max           the most requests one canary copy answered in its bake (the host's counters)
//   failed_requests_good          non-2xx answers and socket errors during all good deploys together (goal 0)

export interface CanaryRun {
  kind: 'bad' | 'good';
  version: string;
  /** The action's exit code. */
  exitCode: number | null;
  /** The deploy failed because the canary refused the release (its log says so). */
  refusedByCanary: boolean;
  /** The second host's app containers changed (ids) or ran the release's image at any look. */
  reachedSecondHost: boolean;
  /** Every host ran the release on every app copy afterwards. */
  everyHostOnRelease: boolean;
  /** Requests the load sent during the deploy, and those that failed (non-2xx or socket error). */
  requests: number;
  failed: number;
  /** The canary copies' request counts from the host's canary report (0 when none was read). */
  canaryRequests: number;
  /** Answers the load got from the release (its X-Version), and seconds from the first to the last of them. */
  releaseRequests: number;
  releaseSeconds: number;
  wallSeconds: number;
  /** The verdict's words, as the action logged them (first line). */
  verdict: string;
}

export interface CanaryNumbers {
  bad_runs: number;
  bad_caught: number;
  bad_reached_second_host: number;
  good_runs: number;
  good_promoted: number;
  failed_requests_bad_max: number;
  canary_requests_max: number;
  failed_requests_good: number;
}

export function canaryNumbers(runs: CanaryRun[]): CanaryNumbers {
  const bad = runs.filter((run) => run.kind === 'bad');
  const good = runs.filter((run) => run.kind === 'good');
  return {
    bad_runs: bad.length,
    bad_caught: bad.filter((run) => run.exitCode !== 0 && run.refusedByCanary).length,
    bad_reached_second_host: bad.filter((run) => run.reachedSecondHost).length,
    good_runs: good.length,
    good_promoted: good.filter((run) => run.exitCode === 0 && run.everyHostOnRelease).length,
    failed_requests_bad_max: Math.max(0, ...bad.map((run) => run.failed)),
    canary_requests_max: Math.max(0, ...runs.map((run) => run.canaryRequests)),
    failed_requests_good: good.reduce((sum, run) => sum + run.failed, 0),
  };
}

/**
 * The README's bound on the failed requests of one bad deploy: the canary copy's share of the canary host's
 * traffic x that host's request rate x how long the bad copy serves (the bake window, at most the low-traffic
 * wait, plus its start-to-ready and its drain on the way back) x the failing share, plus a margin of 50 %.
 */
export function failedRequestsBound(input: {
  hostRps: number;
  copies: number;
  servingSeconds: number;
  failShare: number;
  margin?: number;
}): number {
  const expected = (input.hostRps / input.copies) * input.servingSeconds * input.failShare;
  return Math.ceil(expected * (1 + (input.margin ?? 0.5)));
}

export function meetsGoals(numbers: CanaryNumbers, bound: number): boolean {
  return (
    numbers.bad_runs >= 5 &&
    numbers.good_runs >= 5 &&
    numbers.bad_caught === numbers.bad_runs &&
    numbers.bad_reached_second_host === 0 &&
    numbers.good_promoted === numbers.good_runs &&
    numbers.failed_requests_good === 0 &&
    numbers.failed_requests_bad_max <= bound
  );
}

export function canaryTable(runs: CanaryRun[]): string[] {
  const lines = [
    '| # | release | exit | verdict | second host reached | requests | failed | canary requests | answered by the release (s) | wall s |',
    '|---:|---|---:|---|---|---:|---:|---:|---:|---:|',
  ];
  runs.forEach((run, index) => {
    const verdict = run.verdict.replace(/\|/g, '/').slice(0, 120) || '-';
    lines.push(
      `| ${index + 1} | ${run.kind} ${run.version} | ${run.exitCode ?? 'killed'} | ${verdict} | ${run.reachedSecondHost ? 'yes' : 'no'} | ` +
        `${run.requests} | ${run.failed} | ${run.canaryRequests} | ${run.releaseRequests} (${run.releaseSeconds.toFixed(1)}) | ${run.wallSeconds.toFixed(1)} |`,
    );
  });
  return lines;
}
