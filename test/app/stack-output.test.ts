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

  it('writes 0600 when a plain value holds a copy of an input secret or URL credentials, on the real file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-output-'));
    dirs.push(dir);
    const file = join(dir, 'out.json');
    const inputSecrets = ['robot-pass-123', '98765'];
    const mode = async (env: Record<string, string>, secrets: string[] = inputSecrets) => {
      await writeStackJsonOutput(file, doc(env), secrets);
      return statSync(file).mode & 0o777;
    };
    expect(await mode({ PLAIN: 'x' })).toBe(0o644);
    expect(await mode({ PULL_AUTH: 'robot-pass-123' })).toBe(0o600);
    expect(await mode({ PLAIN: 'x' })).toBe(0o644);
    expect(await mode({ DB_PASS_NUMBER: '98765' })).toBe(0o600);
    // A copy inside a larger value, and one written with JSON escapes, still reads as the secret.
    expect(await mode({ AUTH_HEADER: 'Bearer robot-pass-123' })).toBe(0o600);
    const escaped = doc({ PLAIN: 'x' }).replace('"x"', String.raw`"robot-\u0070ass-123"`);
    expect(escaped).not.toContain('robot-pass-123');
    await writeStackJsonOutput(file, escaped, inputSecrets);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await mode({ REDIS: 'redis://:pw@cache:6379' }, [])).toBe(0o600);
    // The same document without the input secrets known is a plain one.
    expect(await mode({ PULL_AUTH: 'robot-pass-123' }, [])).toBe(0o644);
  });
});
