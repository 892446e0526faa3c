// What one generation of the fleet lock holds (src/deploy/lock.ts explains the generations): the holder,
// when it took the lock, until when it holds it unless renewed, and whether it let go. Also reads the
// single parameter the previous berth release wrote at the lock's own name (holder only, no expiry).

/** Who deploys what; written by the deploy that takes the lock. */
export interface LockHolder {
  who: string;
  /** When it took the lock (ISO). */
  when: string;
  version: string;
  runUrl: string;
  /** Which deploy holds it, so a release never marks someone else's generation. */
  deployId: string;
}

export interface LockRecord extends LockHolder {
  /** ISO time after which another deploy may take the lock over; '' = never (a lock of the previous release). */
  expires: string;
  /** ISO time the lock was let go ('' = not released). */
  released: string;
  /** Who let it go: `holder` (the deploy itself) or `unlock`. */
  releasedBy: string;
}

/** One generation as read: its number, its parameter name, what it holds. */
export interface LockGeneration {
  generation: number;
  parameter: string;
  record: LockRecord;
}

/** Parameter name of generation `n` of the lock `name`. */
export function generationParameter(name: string, generation: number): string {
  return `${name}/${generation}`;
}

/** The generation number when `parameter` is one of the lock's generations, else undefined. */
export function generationOf(name: string, parameter: string): number | undefined {
  if (!parameter.startsWith(`${name}/`)) return undefined;
  const suffix = parameter.slice(name.length + 1);
  return /^[1-9]\d{0,15}$/.test(suffix) ? Number(suffix) : undefined;
}

export function newRecord(holder: LockHolder, expiresAt: number): LockRecord {
  return { ...holder, expires: new Date(expiresAt).toISOString(), released: '', releasedBy: '' };
}

/** Parses a generation or the previous release's lock; text that is not a JSON object is shown as the holder. */
export function parseRecord(text: string): LockRecord {
  try {
    const value = JSON.parse(text) as Partial<Record<keyof LockRecord, unknown>> | null;
    if (value === null || typeof value !== 'object') throw new Error('not an object');
    const field = (key: keyof LockRecord) => (value[key] === undefined || value[key] === null ? '' : String(value[key]));
    return {
      who: field('who'),
      when: field('when'),
      version: field('version'),
      runUrl: field('runUrl'),
      deployId: field('deployId'),
      expires: field('expires'),
      released: field('released'),
      releasedBy: field('releasedBy'),
    };
  } catch {
    return { who: text, when: '', version: '', runUrl: '', deployId: '', expires: '', released: '', releasedBy: '' };
  }
}

/** Epoch ms after which the record no longer holds the lock; Infinity without a readable expiry. */
export function expiresAt(record: LockRecord): number {
  const at = Date.parse(record.expires);
  return Number.isNaN(at) ? Infinity : at;
}

/** Holds the lock at `now`: not released and not expired. */
export function isLive(record: LockRecord, now: number): boolean {
  return record.released === '' && expiresAt(record) > now;
}

/** `alice since <when> deploying v7 (<run>), expires <time> unless renewed`: every message naming a holder says this. */
export function describeHolder(record: LockRecord, now: number = Date.now()): string {
  const base = `${record.who || 'someone'} since ${record.when || '?'} deploying ${record.version || '?'}${record.runUrl ? ` (${record.runUrl})` : ''}`;
  if (record.released) return `${base}, released ${record.released}${record.releasedBy === 'unlock' ? ' by unlock' : ''}`;
  if (record.expires === '')
    return `${base}, no expiry (a lock of an earlier berth release: clear it with unlock once that deploy is over)`;
  if (expiresAt(record) <= now) return `${base}, expired ${record.expires}`;
  return `${base}, expires ${record.expires} unless renewed`;
}
