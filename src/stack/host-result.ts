// What the host prints on stdout as its last line (src/host/command.ts reads it): one JSON object, bounded
// in size. Split from host-plan.ts, which re-exports it: the plan goes to the host, this comes back.
import type { HostLogsReport, HostPreflightReport, HostStatusReport } from './host-status.js';

export interface HostCopyResult {
  definition: string;
  name: string;
  containerId: string;
  image: string;
  imageDigest: string;
  slot: string;
  health: 'healthy' | 'unhealthy' | 'starting' | 'none' | 'missing';
  /** `replaced`, `started`, `unchanged`, `restarted`. */
  action: string;
  /** Seconds from start to healthy for a replaced or started copy. */
  startToHealthy?: number;
}

/** One plan a host ran successfully, as it recorded it (`history` mode), newest first. */
export interface HostHistoryEntry {
  app: string;
  release: string;
  deployId: string;
  /** The plan's revision (commit), empty when the plan did not carry one. */
  revision: string;
  /** When the host recorded it (UTC, `YYYYMMDDTHHMMSSZ`). */
  at: string;
  /** `app/definition` -> image reference, for the app's auto and manual definitions. */
  images: Record<string, string>;
}

/**
 * A converge run's outcome: `unchanged` (the host ran the release already, or there is no record yet),
 * `converged` (it rolled the release out), `failed`, `waited-out` (a deploy held the fleet lock all the
 * wait long: nothing changed). `replaced`/`started`: copies it replaced or started.
 */
export interface HostConvergeResult {
  outcome: 'unchanged' | 'converged' | 'failed' | 'waited-out';
  deployId: string;
  release: string;
  replaced: number;
  started: number;
  /** Seconds it waited for a deploy to let go of the fleet lock. */
  waitedSeconds: number;
}

/**
 * One side of a canary comparison: haproxy's `show stat` counters of these servers of the definition's
 * backend, as deltas between the bake's start and end. `requests`: responses of every status class
 * (hrsp_1xx..5xx + hrsp_other); `r5xx`: hrsp_5xx; `errors`: econ + eresp; `rtimeMs`: haproxy's `rtime`
 * (average response time over the server's last 1024 requests) at the bake's end, for several servers
 * their mean weighted by their requests (0 without requests).
 */
export interface CanarySide {
  /** haproxy server names (`<backend server>`, e.g. `web_b0`). */
  servers: string[];
  requests: number;
  r5xx: number;
  errors: number;
  rtimeMs: number;
  /**
   * `connections` when a server is TCP-mode: haproxy counts no HTTP responses and no response time there,
   * so `requests` are its connections (stot) and `r5xx`, `rtimeMs` are 0.
   */
  unit?: 'connections';
}

/**
 * A balanced definition whose copy 0 the canary replaced. `compared: false` (with `why`) when it has no
 * old copy beside the new one (one copy): the runner then applies absolute limits to `new` alone.
 */
export interface CanaryDefinition {
  app: string;
  definition: string;
  compared: boolean;
  why?: string;
  new: CanarySide;
  old: CanarySide;
}

/**
 * A `canary` command's answer (HostResult.canary): copy 0 of each balanced definition that needed
 * replacing runs the new release beside the old copies for the bake, and these are haproxy's numbers.
 * The host never decides: the runner's verdict does (src/deploy/canary-verdict.ts).
 */
export interface CanaryReport {
  /** Seconds from the bake's first counter read to its last (0 when no copy was replaced). */
  bakedSeconds: number;
  definitions: CanaryDefinition[];
  /**
   * Definitions of the plan the canary did not change or compare, and why: no load balancer (they
   * change at promotion), or copy 0 already runs the plan (nothing new to bake).
   */
  uncompared: { app: string; definition: string; why: string }[];
  /** Restarts of the canary copies during the bake (docker's RestartCount, end minus start, summed). */
  restarts: number;
}

export type HostResultMode = 'rollout' | 'preflight' | 'state' | 'history' | 'restore' | 'converge' | 'status' | 'logs' | 'canary';

export interface HostResult {
  ok: boolean;
  mode: HostResultMode;
  deployId: string;
  hostname: string;
  instanceId: string;
  /**
   * The root directory the host used for its paths: BERTH_HOST_ROOT in its environment, else the plan's
   * root. Absent when the host had neither (a preflight without a plan on a host whose environment does
   * not set it: the root is then the host-root input) or failed before it knew it.
   */
  root?: string;
  copies: HostCopyResult[];
  removed: string[];
  prunedImages: string[];
  migration?: { ran: boolean; ok: boolean; seconds: number };
  timings: { totalSeconds: number; lockWaitSeconds: number };
  /** On failure: what failed, in words, and the failing container's last log lines. */
  failure?: { reason: string; container?: string; logTail?: string[] };
  /** `history` mode: the plans this host recorded, newest first (at most 10 per app). */
  history?: HostHistoryEntry[];
  /** `status` mode: what runs on the host. */
  status?: HostStatusReport;
  /** `logs` mode: one container's recent log, secrets redacted. */
  logs?: HostLogsReport;
  /**
   * A rollout killed mid-way (SIGKILL: a cancelled or timed-out SSM command) that this command repaired
   * from the host's journal before its own work: `undone` (the copies it changed are back as they were)
   * or `finished` (every copy was up: the old containers it replaced are removed). `copies`: their names.
   */
  repaired?: { deployId: string; release: string; outcome: 'undone' | 'finished'; copies: string[] };
  /** What killed runs had left and this command removed: temporary directories, migration containers. */
  swept?: string[];
  /** `converge` mode: what this host did about the fleet's release record (also in <root>/var/lib/berth/converge.json). */
  converge?: HostConvergeResult;
  /** `preflight` mode with a plan: containers, recorded plans (in `history`), the last run's durations. */
  preflight?: HostPreflightReport;
  /**
   * A rollout's (restore's, converge's) last act: every planned copy read again after the cleanup, as a
   * `state` run reads it (action `unchanged` or `outdated`): the host's read back. Absent from older hosts.
   */
  final?: HostCopyResult[];
  /** `canary` mode: the counters of the canary copies and of the old ones over the bake. */
  canary?: CanaryReport;
  /** Preflight facts. */
  facts?: {
    hostname: string;
    publicIp: string;
    instanceId: string;
    dockerVersion: string;
    freeDiskMb: number;
    missing: string[];
  };
}
