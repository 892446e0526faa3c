// How a release template travels in Parameter Store: gzip, then base64 (the host reads it back with
// `base64 -d | gunzip`), cut into parts that each fit a Standard-tier value (4,096 bytes), and a sha256 of
// the joined base64 text so a reader refuses a part that is missing, stale or corrupted.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/** The Standard tier's value limit: base64 is ASCII, so characters are bytes. */
export const RECORD_PART_BYTES = 4096;

/** The joined base64 text of a template, its parts and its sha256. */
export interface EncodedRecord {
  parts: string[];
  sha256: string;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function encodeRecordParts(template: string, partBytes: number = RECORD_PART_BYTES): EncodedRecord {
  // level 9 and node's fixed header (mtime 0): the same template always gives the same parts.
  const joined = gzipSync(Buffer.from(template, 'utf8'), { level: 9 }).toString('base64');
  const parts: string[] = [];
  for (let at = 0; at < joined.length; at += partBytes) parts.push(joined.slice(at, at + partBytes));
  return { parts, sha256: sha256Hex(joined) };
}

/** The template back from its parts; throws when their sha256 is not the one the head names. */
export function decodeRecordParts(parts: string[], sha256: string): string {
  const joined = parts.join('');
  if (sha256Hex(joined) !== sha256)
    throw new Error('its parts do not match the sha256 the head names (a part is missing, stale or corrupted)');
  return gunzipSync(Buffer.from(joined, 'base64')).toString('utf8');
}
