// One read-only host command (status, logs) sent to the chosen hosts, each with its own plan text, and
// waited for: what `berth status` and `berth logs` share.
import { hostLabel } from './hosts.js';
import { hostSends } from './host-sends.js';
import type { HostMode, HostRunner, HostRunOutcome, Planner, ProgressLog, TargetHost } from './ports.js';

export interface HostRead {
  mode: HostMode;
  /** The group title in the log. */
  title: string;
  /** The Run Command's comment. */
  comment: string;
  deadline: number;
  signal?: AbortSignal;
}

export function askHosts(
  runner: HostRunner,
  planner: Planner,
  hosts: TargetHost[],
  planText: (host: TargetHost) => string,
  read: HostRead,
  log: ProgressLog,
): Promise<HostRunOutcome[]> {
  return log.group(read.title, () =>
    runner.run({
      sends: hostSends(planner, read.mode, hosts, planText),
      comment: read.comment,
      deadline: read.deadline,
      executionTimeoutSeconds: 120,
      onProgress: (host, status) => log.info(`${hostLabel(host)}: ${status}`),
      ...(read.signal ? { signal: read.signal } : {}),
    }),
  );
}
