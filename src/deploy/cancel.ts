// What a stopped deploy leaves for whoever finishes it: the action's post step after a cancelled job,
// the CLI after a second Ctrl-C. The pipeline keeps one checkpoint per run, current at every step:
// the lock, the open records, the fleet and its plans' inputs, which hosts a rollout command went to,
// and which commands are still in flight (with their ids, so they can be waited for, never killed).
import type { HostResult } from '../stack/host-plan.js';
import type { HostRunner, SentCommand, TargetHost } from './ports.js';
import type { ReleaseSettings } from './settings.js';
import type { OpenRecords } from './steps/records.js';
import type { StagedRelease } from './steps/secrets.js';

export interface CancelCheckpoint {
  release: ReleaseSettings;
  /** Where the deploy was: before any host changed, rolling out, reading back, or going back. */
  phase: 'preparing' | 'rollout' | 'read back' | 'way back';
  lock?: { name: string; deployId: string };
  records: OpenRecords;
  /** The ready fleet in rollout order, with each host's root (absent: no host was planned yet). */
  fleet?: { hosts: TargetHost[]; roots: Record<string, string> };
  /** The documents as the hosts get them (secrets as references only). */
  staged?: StagedRelease;
  /** Instance id -> what the host ran before the rollout, when read. */
  before?: Record<string, HostResult>;
  /** Hosts a rollout command was sent to (the way back's hosts). */
  touched: TargetHost[];
  /** Canary hosts not promoted (yet): the way back restores them whatever the failure policy. */
  canary?: TargetHost[];
  /** Commands SSM took that had not ended. */
  inFlight: SentCommand[];
  /** Hosts of SendCommand calls not answered yet (a command whose id is unknown may reach them). */
  sending: TargetHost[];
}

export function newCheckpoint(release: ReleaseSettings): CancelCheckpoint {
  return { release, phase: 'preparing', records: {}, touched: [], inFlight: [], sending: [] };
}

/** Adds hosts to `touched` (each once). */
export function touch(checkpoint: CancelCheckpoint, hosts: TargetHost[]): void {
  for (const host of hosts) {
    if (!checkpoint.touched.some((t) => t.instanceId === host.instanceId)) checkpoint.touched.push(host);
  }
}

/**
 * The runner, keeping the checkpoint's in-flight commands: a send's hosts are `sending` until SSM
 * answers, then its command is in flight until the run ends. `save` is called after every change.
 */
export function trackCommands(runner: HostRunner, checkpoint: CancelCheckpoint, save: () => void): HostRunner {
  return {
    ...runner,
    async run(request) {
      const hosts = request.sends.flatMap((s) => s.hosts);
      const ids = new Set<string>();
      checkpoint.sending.push(...hosts);
      save();
      const done = (sentHosts: TargetHost[]) => {
        for (const host of sentHosts) {
          const at = checkpoint.sending.indexOf(host);
          if (at >= 0) checkpoint.sending.splice(at, 1);
        }
      };
      try {
        return await runner.run({
          ...request,
          onSent: (command) => {
            request.onSent?.(command);
            ids.add(command.commandId);
            done(command.hosts);
            checkpoint.inFlight.push(command);
            save();
          },
        });
      } finally {
        done(hosts);
        checkpoint.inFlight = checkpoint.inFlight.filter((c) => !ids.has(c.commandId));
        save();
      }
    },
  };
}

/** "docker1 (i-1), docker2 (i-2)" from the in-flight commands and unanswered sends. */
export function stillRunningHosts(checkpoint: CancelCheckpoint): TargetHost[] {
  const hosts = [...checkpoint.inFlight.flatMap((c) => c.hosts), ...checkpoint.sending];
  return hosts.filter((h, i) => hosts.findIndex((o) => o.instanceId === h.instanceId) === i);
}
