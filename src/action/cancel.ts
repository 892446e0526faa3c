// A cancelled job, on the main step's side. GitHub sends SIGINT, SIGTERM 7.5 s later and kills the
// process tree 2.5 s after that, then runs the post step (post-if: always()). So on the first signal
// the release stops starting new batches (the batch in flight is never cancelled: the hosts finish
// it), the checkpoint (src/deploy/cancel.ts) is on disk, and the step exits once no SendCommand is
// unanswered (at most EXIT_WITHIN_MS). The post step (post.ts) finishes the deploy from the checkpoint.
import * as core from '@actions/core';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReleaseCheckpoint } from '../app/release.js';
import { hostLabel } from '../deploy/hosts.js';
import { rememberCheckpoint } from './post-state.js';

/** Well inside GitHub's 10 s from SIGINT to the kill. */
const EXIT_WITHIN_MS = 5_000;

/** The checkpoint as the post step reads it: the pipeline's, and when the cancel arrived. */
export interface SavedCheckpoint extends ReleaseCheckpoint {
  /** Epoch ms of the signal; absent while nothing cancelled the step. */
  cancelledAt?: number;
}

export interface ActionCancel {
  signal: AbortSignal;
  onCheckpoint: (checkpoint: ReleaseCheckpoint) => void;
  /** Stops listening (the release ended on its own). */
  dispose: () => void;
}

/** Writes the checkpoint to a file in RUNNER_TEMP (whole or not at all), its path in the step state. */
function checkpointFile(dir: string, write: (path: string) => void = rememberCheckpoint) {
  const path = join(dir, `berth-checkpoint-${process.pid}.json`);
  let remembered = false;
  return (checkpoint: SavedCheckpoint) => {
    writeFileSync(`${path}.tmp`, JSON.stringify(checkpoint));
    renameSync(`${path}.tmp`, path);
    if (!remembered) write(path);
    remembered = true;
  };
}

export function cancelOnSignals(options: { dir?: string; exit?: (code: number) => void; now?: () => number } = {}): ActionCancel {
  const controller = new AbortController();
  const save = checkpointFile(options.dir ?? process.env['RUNNER_TEMP'] ?? process.cwd());
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const now = options.now ?? Date.now;
  let latest: SavedCheckpoint | undefined;
  let cancelledAt: number | undefined;

  const onSignal = (name: NodeJS.Signals) => {
    if (cancelledAt !== undefined) return;
    cancelledAt = now();
    controller.abort();
    core.warning(
      `${name}: the job is being cancelled. No new batch starts; the batch in flight finishes on its hosts; the post step applies the failure policy.`,
    );
    if (latest) save({ ...latest, cancelledAt });
    const started = now();
    const timer = setInterval(() => {
      const sending = latest?.sending.length ?? 0;
      if (sending > 0 && now() - started < EXIT_WITHIN_MS) return;
      clearInterval(timer);
      if (latest) save({ ...latest, cancelledAt: cancelledAt as number });
      const running = latest ? [...latest.inFlight.flatMap((c) => c.hosts), ...latest.sending] : [];
      // Exit status 1 fails the step (main.ts is the one setFailed of a step that ends on its own).
      core.error(
        `The deploy was cancelled${running.length > 0 ? `; still running on ${running.map(hostLabel).join(', ')}` : ''}. The post step finishes it (failure policy, read back, lock).`,
      );
      exit(1);
    }, 100);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    onCheckpoint: (checkpoint) => {
      latest = checkpoint;
      save(cancelledAt === undefined ? checkpoint : { ...checkpoint, cancelledAt });
    },
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
