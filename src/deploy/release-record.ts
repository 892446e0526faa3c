// The release record: the last good release's template in Parameter Store, for hosts that join the fleet
// (host mode converge) and for `berth status`. A head parameter `<prefix>/release` names the current
// generation in one line, `berth-release 1 <generation> <parts> <sha256> <deployId> <release>`; the parts
// `<prefix>/release/<generation>/<i>` hold the template, gzip + base64 (src/deploy/record-encoding.ts).
// Parts are written first and the head last, so a reader never sees a head whose parts are not there yet;
// the previous generation's parts are deleted only after the head moved.
import { decodeRecordParts, encodeRecordParts, type EncodedRecord } from './record-encoding.js';
import type { ParameterStorePort } from './ports.js';

/** More parts than this is a template far beyond any real stack (each part holds 4 KB of gzip). */
export const MAX_RECORD_PARTS = 64;

const MAGIC = 'berth-release';
const FORMAT = '1';

export interface ReleaseRecordMeta {
  deployId: string;
  /** The version released (the rest of the head's line: may not hold a line break). */
  release: string;
}

export interface ReleaseRecord extends ReleaseRecordMeta {
  template: string;
  generation: string;
}

/** What a write left in Parameter Store. */
export interface WrittenRecord {
  head: string;
  generation: string;
  parts: number;
  /** Bytes stored over all parts (the base64 text). */
  bytes: number;
}

interface Head {
  generation: string;
  parts: number;
  sha256: string;
  deployId: string;
  release: string;
}

/** `/berth/<environment>`: the record's head is `<prefix>/release`, beside the default lock `<prefix>/lock`. */
export function releaseRecordPrefix(environment: string): string {
  return `/berth/${environment}`;
}

export function releaseHeadName(prefix: string): string {
  return `${prefix}/release`;
}

function partName(prefix: string, generation: string, index: number): string {
  return `${releaseHeadName(prefix)}/${generation}/${index}`;
}

function partNames(prefix: string, head: Pick<Head, 'generation' | 'parts'>): string[] {
  return Array.from({ length: head.parts }, (_, i) => partName(prefix, head.generation, i));
}

function parseHead(text: string): Head {
  const match = /^berth-release 1 ([1-9]\d{0,15}) ([1-9]\d{0,3}) ([0-9a-f]{64}) (\S+) (.*)$/.exec(text.trim());
  if (!match) throw new Error(`the release record's head is not a "${MAGIC} ${FORMAT}" line: ${JSON.stringify(text.slice(0, 120))}`);
  const [, generation = '', parts = '', sha256 = '', deployId = '', release = ''] = match;
  return { generation, parts: Number(parts), sha256, deployId, release };
}

function formatHead(head: Head): string {
  return [MAGIC, FORMAT, head.generation, String(head.parts), head.sha256, head.deployId, head.release].join(' ');
}

/** The template's parts; throws, before anything is written, when it cannot be stored as a record. */
export function encodeReleaseRecord(template: string, meta: ReleaseRecordMeta): EncodedRecord {
  if (/\s/.test(meta.deployId) || meta.deployId === '')
    throw new Error(`deploy id ${JSON.stringify(meta.deployId)} cannot name a release record`);
  if (/[\r\n]/.test(meta.release)) throw new Error(`release ${JSON.stringify(meta.release)} holds a line break`);
  const encoded = encodeRecordParts(template);
  if (encoded.parts.length > MAX_RECORD_PARTS) {
    throw new Error(
      `the release template is ${encoded.parts.length} parts of 4,096 bytes after gzip, more than the ${MAX_RECORD_PARTS} a release record may hold`,
    );
  }
  return encoded;
}

async function currentHead(parameters: ParameterStorePort, prefix: string): Promise<Head | undefined> {
  const text = await parameters.get(releaseHeadName(prefix), false);
  return text === undefined ? undefined : parseHead(text);
}

/** Writes the parts of a new generation, then moves the head to it, then deletes the previous generation. */
export async function writeReleaseRecord(
  parameters: ParameterStorePort,
  prefix: string,
  template: string,
  meta: ReleaseRecordMeta,
): Promise<WrittenRecord> {
  const encoded = encodeReleaseRecord(template, meta);
  let previous: Head | undefined;
  try {
    previous = await currentHead(parameters, prefix);
  } catch {
    previous = undefined; // an unreadable head is replaced; its parts cannot be named, so they stay
  }
  const generation = String((previous ? Number(previous.generation) : 0) + 1);
  for (const [index, part] of encoded.parts.entries()) await parameters.overwrite(partName(prefix, generation, index), part);
  // A write that stopped half-way before this one may have left more parts under this generation.
  const leftovers = await parameters.list(`${releaseHeadName(prefix)}/${generation}`);
  const written = new Set(partNames(prefix, { generation, parts: encoded.parts.length }));
  for (const name of leftovers.keys()) if (!written.has(name)) await parameters.delete(name);

  const head: Head = { generation, parts: encoded.parts.length, sha256: encoded.sha256, ...meta };
  await parameters.overwrite(releaseHeadName(prefix), formatHead(head));
  if (previous && previous.generation !== generation) {
    for (const name of partNames(prefix, previous)) await parameters.delete(name);
  }
  return {
    head: releaseHeadName(prefix),
    generation,
    parts: encoded.parts.length,
    bytes: encoded.parts.reduce((sum, part) => sum + part.length, 0),
  };
}

/**
 * The current record, or undefined when none was written. Throws when the head is not a record's or its
 * parts do not match its sha256 (read again first: a write may have moved the head during the read).
 */
export async function readReleaseRecord(parameters: ParameterStorePort, prefix: string): Promise<ReleaseRecord | undefined> {
  let problem = '';
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const head = await currentHead(parameters, prefix);
    if (!head) return undefined;
    const names = partNames(prefix, head);
    const values = await parameters.getMany(names, false);
    try {
      const template = decodeRecordParts(
        names.map((name) => values.get(name) ?? ''),
        head.sha256,
      );
      return { template, deployId: head.deployId, release: head.release, generation: head.generation };
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
  }
  throw new Error(`release record ${releaseHeadName(prefix)}: ${problem}`);
}

/** Deletes the head first (readers then see no record), then its parts. Resolves with whether a head was there. */
export async function removeReleaseRecord(parameters: ParameterStorePort, prefix: string): Promise<boolean> {
  const text = await parameters.get(releaseHeadName(prefix), false);
  if (text === undefined) return false;
  await parameters.delete(releaseHeadName(prefix));
  let head: Head | undefined;
  try {
    head = parseHead(text);
  } catch {
    head = undefined; // not a record's head: nothing names its parts
  }
  if (head) for (const name of partNames(prefix, head)) await parameters.delete(name);
  return true;
}
