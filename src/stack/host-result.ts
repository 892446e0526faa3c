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

export interface HostResult {
  ok: boolean;
  mode: 'rollout' | 'preflight' | 'state' | 'history' | 'restore' | 'converge' | 'status' | 'logs';
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
