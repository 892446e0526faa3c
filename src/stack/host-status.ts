// What the host script's `status` and `logs` modes answer (HostResult.status, HostResult.logs): read by
// the runner's fleet view (src/deploy/status.ts) and `berth logs`.

/** One container berth started, as the host lists it (its berth.* labels). */
export interface HostContainerStatus {
  name: string;
  app: string;
  definition: string;
  slot: string;
  /** The image reference docker lists for it. */
  image: string;
  running: boolean;
  /** From docker's status: a running container without a health check is `none`, one not running `stopped`. */
  health: 'healthy' | 'unhealthy' | 'starting' | 'none' | 'stopped';
  /** berth.hash: the definition hash it was started for. */
  hash: string;
  /** berth.release and berth.deploy: the release and the deploy (or converge) that started it. */
  release: string;
  deployId: string;
}

/** `status` mode: what runs on the host, read without a release plan. */
export interface HostStatusReport {
  /** As preflight reads them: the host's name, its public IP and instance id from the instance metadata. */
  facts: { hostname: string; publicIp: string; instanceId: string };
  containers: HostContainerStatus[];
  /** Containers beyond the first 60, left out to keep the answer within Run Command's output. */
  containersLeftOut: number;
  /** Each app's state file (the last successful deploy, rollback or converge of the app on this host). */
  apps: { app: string; deployId: string; release: string; at: string }[];
  /** <root>/var/lib/berth/converge.json as base64; absent when the host never converged. */
  convergeBase64?: string;
}

/** `logs` mode: one container's recent log, its secret values redacted on the host. */
export interface HostLogsReport {
  container: string;
  app: string;
  definition: string;
  /** The definition's other containers on the host (ask for one by its name). */
  others: string[];
  /** The lines asked for (docker logs --tail). */
  requested: number;
  /** The oldest lines left out to fit Run Command's output. */
  cut: number;
  /** How many secret values were looked for (and replaced by [redacted] wherever they occurred). */
  redactedValues: number;
  lines: string[];
}

/**
 * `preflight` mode with a plan (the deploy's first command): what the separate state and history reads
 * gave, in the same answer. The runner decides "before" from it (src/deploy/preflight-reads.ts).
 */
export interface HostPreflightReport {
  /** False when docker did not list the containers (then `containers` says nothing). */
  listed: boolean;
  /** The plan's apps' containers, at most 60. */
  containers: Pick<HostContainerStatus, 'name' | 'app' | 'definition' | 'image' | 'running' | 'health' | 'hash'>[];
  /**
   * The host's last successful run as its app state files recorded it: each copy's start-to-healthy
   * seconds, the migration's, and the run's own time beyond them (absent from a host script older than
   * this field: taken as 0).
   */
  lastRun: { startToHealthy: number[]; migrationSeconds: number; overheadSeconds?: number };
}
