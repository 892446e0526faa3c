// What the post step (runs.post, always run, also after a cancel) must clean up. The deploy and
// rollback actions record a held lock and an open GitHub deployment here as soon as they have them,
// and forget them once released/finished; the post step finishes whatever is still recorded.
import * as core from '@actions/core';

export interface HeldLockState {
  /** Parameter Store name of the lock. */
  name: string;
  /** The deploy id written in the lock; only a lock still holding it is deleted. */
  deployId: string;
  region: string;
  /** Endpoint override of the Parameter Store client ('' = AWS default). */
  endpoint: string;
}

export interface OpenDeploymentState {
  /** GitHub deployment id whose final status was not posted yet. */
  id: number;
  environment: string;
}

export interface PostState {
  lock?: HeldLockState;
  deployment?: OpenDeploymentState;
  /** Path of the release's checkpoint file (src/action/cancel.ts): what a cancelled rollout left to finish. */
  checkpoint?: string;
}

const LOCK = 'berth-lock';
const DEPLOYMENT = 'berth-deployment';
const CHECKPOINT = 'berth-checkpoint';

export function rememberCheckpoint(path: string): void {
  core.saveState(CHECKPOINT, JSON.stringify({ path }));
}

export function rememberLock(lock: HeldLockState): void {
  core.saveState(LOCK, JSON.stringify(lock));
}

export function forgetLock(): void {
  core.saveState(LOCK, '');
}

export function rememberDeployment(deployment: OpenDeploymentState): void {
  core.saveState(DEPLOYMENT, JSON.stringify(deployment));
}

export function forgetDeployment(): void {
  core.saveState(DEPLOYMENT, '');
}

/**
 * The pipeline's callbacks that leave the post step what it must finish if the job is cancelled:
 * the held lock (as soon as it is taken) and the open GitHub deployment.
 */
export function postStepHooks(target: { region: string; endpoint: string; environment: string }): {
  onLockTaken: (lock: { name: string; deployId: string }) => void;
  onRecordStarted: (record: { githubDeploymentId?: number }) => void;
} {
  return {
    onLockTaken: (lock) => rememberLock({ name: lock.name, deployId: lock.deployId, region: target.region, endpoint: target.endpoint }),
    onRecordStarted: (record) => {
      if (record.githubDeploymentId !== undefined) rememberDeployment({ id: record.githubDeploymentId, environment: target.environment });
    },
  };
}

/** The run ended on its own: the lock is released and the deployment closed. */
export function forgetPostState(): void {
  forgetLock();
  forgetDeployment();
  core.saveState(CHECKPOINT, '');
}

function parse<T>(text: string): T | undefined {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** The state saved by the main step (read in the post step). */
export function readPostState(getState: (name: string) => string = core.getState): PostState {
  const lock = parse<HeldLockState>(getState(LOCK));
  const deployment = parse<OpenDeploymentState>(getState(DEPLOYMENT));
  const checkpoint = parse<{ path?: unknown }>(getState(CHECKPOINT))?.path;
  return {
    ...(lock ? { lock } : {}),
    ...(deployment ? { deployment } : {}),
    ...(typeof checkpoint === 'string' && checkpoint !== '' ? { checkpoint } : {}),
  };
}
