// The post step after a cancelled release: the main step's checkpoint (src/action/cancel.ts) and the
// same inputs give the release back (src/app/resume.ts), which is finished within GitHub's window
// (about 5 minutes from the cancel, after which GitHub ends the post step too): the commands in flight
// are waited for until WAIT_MS after the cancel, the way back and read back get until DEADLINE_MS.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { contextFromEnv } from '../app/context.js';
import { resumeRelease } from '../app/resume.js';
import { releasePorts } from '../app/wiring.js';
import { errorMessage } from '../util/errors.js';
import type { SavedCheckpoint } from './cancel.js';
import { readActionInputs } from './inputs.js';
import { actionLog } from './log.js';
import { forgetPostState } from './post-state.js';
import { deployResultJson, publishRelease } from './release-step.js';

/** From the cancel: how long the commands in flight are waited for, and when the way back must be done. */
export const WAIT_MS = 150_000;
export const DEADLINE_MS = 270_000;

/** done: finished (or left with a reason); failed: could not, the lock stays; skipped: nothing to resume. */
export async function resumeFromCheckpoint(path: string): Promise<'done' | 'failed' | 'skipped'> {
  let checkpoint: SavedCheckpoint;
  try {
    checkpoint = JSON.parse(readFileSync(path, 'utf8')) as SavedCheckpoint;
  } catch (error) {
    core.warning(`berth post step: cannot read the cancelled release's checkpoint ${path}: ${errorMessage(error)}`);
    return 'skipped';
  }
  if (!checkpoint.lock) return 'skipped';
  try {
    const inputs = readActionInputs();
    const context = contextFromEnv();
    const log = actionLog();
    const cancelledAt = checkpoint.cancelledAt ?? Date.now();
    core.info(
      `berth: finishing the ${checkpoint.release.kind} ${checkpoint.release.version} the job's cancel stopped (${checkpoint.phase})`,
    );
    const { outcome, model } = await resumeRelease(inputs, context, checkpoint, await releasePorts(inputs, context, log), log, {
      waitUntil: cancelledAt + WAIT_MS,
      deadline: cancelledAt + DEADLINE_MS,
    });
    forgetPostState();
    await publishRelease(inputs, {
      result: deployResultJson(outcome, { cancelled: true, ...(outcome.lockLeft ? { lockLeft: true } : {}) }),
      version: outcome.version,
      outcome,
      images: outcome.images,
      model,
    });
    core.error(outcome.summary);
    return 'done';
  } catch (error) {
    core.warning(
      `berth post step: could not finish the cancelled release (${errorMessage(error)}). The deploy lock ${checkpoint.lock.name} is left in place: ` +
        'check the hosts, then deploy again or run command: unlock.',
    );
    return 'failed';
  }
}
