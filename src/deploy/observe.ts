// Observing the ports without changing what they do: every host result as it arrived, and what the
// fleet lock did (how long the deploy waited, whether it was released), for the job summary.
import { LOCK_EXPIRY_SECONDS } from './lock-lease.js';
import { generationOf, parseRecord } from './lock-record.js';
import type { HostRunner, HostRunOutcome, ParameterStorePort } from './ports.js';

export interface ObservedHostRuns {
  runner: HostRunner;
  /**
   * Every host result in the order they arrived; `run` counts the runner's calls from 1 (a batch is one
   * call, however many Run Commands carry it: 50 hosts a command, or plans too big to share one).
   */
  results: { at: number; run: number; outcome: HostRunOutcome }[];
}

export function observeHostRunner(inner: HostRunner, now: () => number = Date.now): ObservedHostRuns {
  const results: ObservedHostRuns['results'] = [];
  let runs = 0;
  return {
    results,
    runner: {
      resolveTargets: (targets) => inner.resolveTargets(targets),
      async run(request) {
        const run = ++runs;
        const outcomes = await inner.run(request);
        for (const outcome of outcomes) results.push({ at: now(), run, outcome });
        return outcomes;
      },
    },
  };
}

export interface LockActivity {
  name: string;
  attempts: number;
  acquiredAt?: number;
  releasedAt?: number;
  firstAttemptAt?: number;
}

/**
 * Watches the lock's generations go by (src/deploy/lock.ts): each read of the lock is an attempt, the
 * generation this deploy created is when it took it (unless it deleted it again, having lost the
 * read-back), and that generation marked released is the release.
 */
export function observeLock(
  inner: ParameterStorePort,
  lockName: string,
  now: () => number = Date.now,
): { parameters: ParameterStorePort; lock: LockActivity } {
  const lock: LockActivity = { name: lockName, attempts: 0 };
  let taken: string | undefined;
  return {
    lock,
    parameters: {
      putSecure: (name, value, overwrite) => inner.putSecure(name, value, overwrite),
      get: (name, decrypt) => inner.get(name, decrypt),
      getMany: (names, decrypt) => inner.getMany(names, decrypt),
      versions: (names) => inner.versions(names),
      async list(path) {
        const listed = await inner.list(path);
        if (path === lockName && lock.acquiredAt === undefined) {
          lock.attempts++;
          lock.firstAttemptAt ??= now();
        }
        return listed;
      },
      async putIfAbsent(name, value) {
        const created = await inner.putIfAbsent(name, value);
        if (created && generationOf(lockName, name) !== undefined && parseRecord(value).released === '') {
          taken = name;
          lock.acquiredAt = now();
        }
        return created;
      },
      async overwrite(name, value) {
        await inner.overwrite(name, value);
        if (name === taken && parseRecord(value).released !== '') lock.releasedAt = now();
      },
      async delete(name) {
        await inner.delete(name);
        if (name === taken) {
          taken = undefined;
          delete lock.acquiredAt;
        }
      },
    },
  };
}

export function describeLock(lock: LockActivity): string {
  if (lock.acquiredAt === undefined) {
    return lock.attempts === 0
      ? `${lock.name}: not taken`
      : `${lock.name}: held by another deploy; not taken after ${lock.attempts} attempt(s)`;
  }
  const waited = Math.round((lock.acquiredAt - (lock.firstAttemptAt ?? lock.acquiredAt)) / 1000);
  const taken = waited > 0 ? `taken after waiting ${waited} s` : 'taken at once';
  return `${lock.name}: ${taken}, ${lock.releasedAt !== undefined ? 'released' : `NOT released (it expires by itself within ${LOCK_EXPIRY_SECONDS / 60} minutes; berth unlock clears it now)`}`;
}
