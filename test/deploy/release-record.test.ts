import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  readReleaseRecord,
  removeReleaseRecord,
  writeReleaseRecord,
  releaseRecordPrefix,
  MAX_RECORD_PARTS,
} from '../../src/deploy/release-record.js';
import { RECORD_PART_BYTES } from '../../src/deploy/record-encoding.js';
import { memoryParameters } from './fakes.js';

const prefix = releaseRecordPrefix('production');
const meta = { deployId: 'd-1', release: 'v1' };

/** Text gzip cannot shrink much: hex of random bytes. */
function largeTemplate(bytes: number): string {
  return `berth-plan-raw 1\nmeta template 1\n${randomBytes(bytes / 2).toString('hex')}\n`;
}

describe('release record', () => {
  it('reads back what it wrote, under /berth/<environment>/release', async () => {
    const parameters = memoryParameters();
    const written = await writeReleaseRecord(parameters, prefix, 'berth-plan-raw 1\nmeta template 1\n', meta);
    expect(written).toMatchObject({ head: '/berth/production/release', generation: '1', parts: 1 });
    const head = parameters.values.get('/berth/production/release')?.value ?? '';
    expect(head).toMatch(/^berth-release 1 1 1 [0-9a-f]{64} d-1 v1$/);
    expect(await readReleaseRecord(parameters, prefix)).toEqual({
      template: 'berth-plan-raw 1\nmeta template 1\n',
      deployId: 'd-1',
      release: 'v1',
      generation: '1',
    });
  });

  it('is absent before any write', async () => {
    expect(await readReleaseRecord(memoryParameters(), prefix)).toBeUndefined();
  });

  it('splits a large template into several parts of at most 4,096 bytes, each gzip+base64 the host can join', async () => {
    const parameters = memoryParameters();
    const template = largeTemplate(30_000);
    const written = await writeReleaseRecord(parameters, prefix, template, meta);
    expect(written.parts).toBeGreaterThan(3);
    const parts = [...parameters.values].filter(([name]) => name.startsWith('/berth/production/release/1/'));
    expect(parts).toHaveLength(written.parts);
    for (const [, { value, secure }] of parts) {
      expect(Buffer.byteLength(value)).toBeLessThanOrEqual(RECORD_PART_BYTES);
      expect(secure).toBe(false);
    }
    expect(written.bytes).toBe(parts.reduce((sum, [, { value }]) => sum + value.length, 0));
    // What a host does: join the parts in order, base64 -d, gunzip.
    const joined = Array.from(
      { length: written.parts },
      (_, i) => parameters.values.get(`/berth/production/release/1/${i}`)?.value ?? '',
    ).join('');
    expect(execFileSync('sh', ['-c', 'base64 -d | gunzip'], { input: joined }).toString('utf8')).toBe(template);
    expect((await readReleaseRecord(parameters, prefix))?.template).toBe(template);
  });

  it('refuses a corrupted part by its sha256', async () => {
    const parameters = memoryParameters();
    const written = await writeReleaseRecord(parameters, prefix, largeTemplate(12_000), meta);
    expect(written.parts).toBeGreaterThan(1);
    const name = '/berth/production/release/1/1';
    const part = parameters.values.get(name)?.value ?? '';
    parameters.values.set(name, { value: `${part[0] === 'A' ? 'B' : 'A'}${part.slice(1)}`, secure: false });
    await expect(readReleaseRecord(parameters, prefix)).rejects.toThrow(/do not match the sha256/);
    parameters.values.delete(name);
    await expect(readReleaseRecord(parameters, prefix)).rejects.toThrow(/do not match the sha256/);
  });

  it('writes the parts first, moves the head, and only then removes the previous generation', async () => {
    const parameters = memoryParameters();
    const first = await writeReleaseRecord(parameters, prefix, largeTemplate(12_000), meta);
    parameters.calls.length = 0;
    const second = await writeReleaseRecord(parameters, prefix, 'small', { deployId: 'd-2', release: 'v2 (hotfix)' });
    expect(second.generation).toBe('2');
    const writes = parameters.calls.filter((call) => !call.startsWith('get ') && !call.startsWith('list '));
    const headAt = writes.indexOf('overwrite /berth/production/release');
    expect(writes.slice(0, headAt)).toEqual(['overwrite /berth/production/release/2/0']);
    expect(writes.slice(headAt + 1)).toEqual(Array.from({ length: first.parts }, (_, i) => `delete /berth/production/release/1/${i}`));
    expect([...parameters.values.keys()].filter((name) => name.startsWith('/berth/production/release')).sort()).toEqual([
      '/berth/production/release',
      '/berth/production/release/2/0',
    ]);
    expect(await readReleaseRecord(parameters, prefix)).toMatchObject({
      template: 'small',
      deployId: 'd-2',
      release: 'v2 (hotfix)',
      generation: '2',
    });
  });

  it('removes parts a half-finished write left under the new generation', async () => {
    const parameters = memoryParameters();
    await writeReleaseRecord(parameters, prefix, 'one', meta);
    parameters.values.set('/berth/production/release/2/0', { value: 'stale', secure: false });
    parameters.values.set('/berth/production/release/2/7', { value: 'stale', secure: false });
    await writeReleaseRecord(parameters, prefix, 'two', meta);
    expect(parameters.values.has('/berth/production/release/2/7')).toBe(false);
    expect((await readReleaseRecord(parameters, prefix))?.template).toBe('two');
  });

  it('refuses a template too large for the record before writing anything', async () => {
    const parameters = memoryParameters();
    await expect(writeReleaseRecord(parameters, prefix, largeTemplate(MAX_RECORD_PARTS * 4096 * 2), meta)).rejects.toThrow(
      /more than the 64/,
    );
    expect(parameters.values.size).toBe(0);
  });

  it('removes the head, then its parts', async () => {
    const parameters = memoryParameters();
    await writeReleaseRecord(parameters, prefix, largeTemplate(12_000), meta);
    parameters.calls.length = 0;
    expect(await removeReleaseRecord(parameters, prefix)).toBe(true);
    expect(parameters.calls.filter((call) => call.startsWith('delete '))[0]).toBe('delete /berth/production/release');
    expect(parameters.values.size).toBe(0);
    expect(await removeReleaseRecord(parameters, prefix)).toBe(false);
  });
});
