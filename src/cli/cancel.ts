// Ctrl-C (SIGINT) or SIGTERM during `berth deploy` / `berth rollback`: the first stops the release
// starting new batches; the batch in flight finishes, then the failure policy, the read back, the
// records and the lock release run as after a failed host. A second one quits at once, saying what
// still runs, and leaves the lock in place (a host may still be changing).
import type { ReleaseCheckpoint } from '../app/release.js';
import { hostLabel } from '../deploy/hosts.js';
import type { ProgressLog } from '../deploy/ports.js';

export interface CliCancel {
  signal: AbortSignal;
  onCheckpoint: (checkpoint: ReleaseCheckpoint) => void;
  dispose: () => void;
}

/** What a quit leaves behind, in words: the commands still running and the lock. */
export function describeLeft(checkpoint: ReleaseCheckpoint | undefined): string {
  if (!checkpoint) return 'nothing was started on the hosts.';
  const running = [
    ...checkpoint.inFlight.map((c) => `${c.hosts.map(hostLabel).join(', ')} (command ${c.commandId})`),
    ...(checkpoint.sending.length > 0 ? [`${checkpoint.sending.map(hostLabel).join(', ')} (command being sent)`] : []),
  ];
  const lock = checkpoint.lock
    ? `The deploy lock ${checkpoint.lock.name} stays; run berth unlock once the hosts are done.`
    : 'No deploy lock was held.';
  return `${running.length > 0 ? `still running on ${running.join('; ')}.` : 'no host command is running.'} ${lock}`;
}

export function cancelOnCtrlC(log: ProgressLog, exit: (code: number) => void = (code) => process.exit(code)): CliCancel {
  const controller = new AbortController();
  let latest: ReleaseCheckpoint | undefined;
  const onSignal = (name: NodeJS.Signals) => {
    if (!controller.signal.aborted) {
      controller.abort();
      const running = latest ? latest.inFlight.flatMap((c) => c.hosts).map(hostLabel) : [];
      log.warn(
        `${name}: stopping. No new batch starts${running.length > 0 ? `; the batch in flight (${running.join(', ')}) finishes` : ''}; ` +
          'then the failure policy, the read back and the lock release. Press Ctrl-C again to quit at once (the lock then stays).',
      );
      return;
    }
    log.error(`${name} again: quitting; ${describeLeft(latest)}`);
    exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    onCheckpoint: (checkpoint) => {
      latest = checkpoint;
    },
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
