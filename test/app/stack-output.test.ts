// stack-json-output: 0600 when the document holds secrets inline, even over a file that was 0644.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { holdsSecrets, writeStackJsonOutput } from '../../src/app/stack-output.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const doc = (env: Record<string, string>) =>
  JSON.stringify({ deploy: { a: { containers: [{ web: { deploy: 'auto', image: 'x', tag: '1', env } }] } } });

describe('writeStackJsonOutput', () => {
  it('tells a document with secrets from one without', () => {
    expect(holdsSecrets(doc({ DB_PASSWORD: 'hunter2' }))).toBe(true);
    expect(holdsSecrets(doc({ DATABASE_URL: 'postgres://u:p@db/x' }))).toBe(true);
    expect(holdsSecrets(doc({ DB_PASSWORD: '%{ssm:/a/b}', PLAIN: 'x' }))).toBe(false);
    expect(holdsSecrets('{ not json')).toBe(true);
  });

  it('writes 0600 when it holds secrets (also over an existing 0644 file, creating the folder), else 0644', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-output-'));
    dirs.push(dir);
    const file = join(dir, 'sub', 'out.json');
    await writeStackJsonOutput(file, doc({ PLAIN: 'x' }));
    expect(statSync(file).mode & 0o777).toBe(0o644);
    await writeStackJsonOutput(file, doc({ API_TOKEN: 'tok' }));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain('"API_TOKEN":"tok"');
    const other = join(dir, 'other.json');
    writeFileSync(other, 'old content that is longer than the new one', { mode: 0o644 });
    await writeStackJsonOutput(other, doc({ API_TOKEN: 'tok' }));
    expect(statSync(other).mode & 0o777).toBe(0o600);
    expect(readFileSync(other, 'utf8')).toBe(doc({ API_TOKEN: 'tok' }));
  });
});
