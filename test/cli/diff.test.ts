// `berth diff` as a user runs it: two files, the host's decisions, --json's shape, exit statuses.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASON_CODES } from '../../src/stack/predict.js';
import { bundleEntries, repoRoot, runNode, type Bundles } from './run.js';

let bundles: Bundles;
beforeAll(async () => {
  bundles = await bundleEntries();
}, 120_000);
afterAll(() => bundles?.remove());

const runCli = (args: string[]) => runNode(bundles.cli, args);
const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const example = join(repoRoot, 'examples', 'stack.json');
const dir = mkdtempSync(join(tmpdir(), 'berth-diff-'));

/** examples/stack.json edited, written to a file of its own. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form edits of raw JSON
function exampleWith(name: string, edit: (raw: any) => void): string {
  const raw = JSON.parse(readFileSync(example, 'utf8'));
  edit(raw);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(raw, null, 2));
  return file;
}

describe('berth diff', { timeout: 30_000 }, () => {
  it('--json prints the decisions with reasons from the fixed list, and exits 0', async () => {
    const after = exampleWith('after.json', (raw) => {
      raw.deploy.demo.containers[2].worker.tag = 'v2';
      raw.deploy.demo.containers[1].cron.cron.minute = '*/10';
      raw.deploy.demo.containers[3].haproxy.tag = '2';
    });
    const result = await runCli([
      'diff',
      example,
      after,
      '--json',
      '--hostname',
      'web7',
      '--stack-name',
      'Shop',
      '--public-ip',
      '198.51.100.1',
    ]);
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.host).toMatchObject({ hostname: 'web7', stackName: 'Shop', publicIp: '198.51.100.1' });
    expect(out.migration).toBe(true);
    expect(
      out.definitions.map((d: { definition: string; decision: string; reasons: string[] }) => [d.definition, d.decision, d.reasons]),
    ).toEqual([
      ['web', 'replaced', ['rev_var']],
      ['cron', 'replaced', ['schedule']],
      ['worker', 'replaced', ['image']],
      ['haproxy', 'manual', ['image']],
      ['logs', 'untouched', []],
    ]);
    expect(out.cron.added).toHaveLength(1);
    expect(out.cron.removed).toHaveLength(1);
    for (const d of out.definitions) for (const code of d.reasons) expect(REASON_CODES).toContain(code);
  });

  it('prints the text view: host, migration, decisions, cron lines, notes', async () => {
    const result = await runCli(['diff', example, example]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Example host: docker1');
    expect(result.stdout).toContain('Migration: runs');
    expect(result.stdout).toMatch(/^ {2}demo\/web +replaced +\(rev_var\)$/m);
    expect(result.stdout).toMatch(/^ {2}demo\/worker +untouched$/m);
    expect(result.stdout).toContain('Cron: 0 line(s) added, 0 removed');
    expect(result.stdout).toContain('cannot be seen without AWS credentials');
  });

  it('never prints a secret value', async () => {
    const before = exampleWith('secret-before.json', (raw) => (raw.deploy.demo.containers[0].web.env.API_TOKEN = 'first-token-value'));
    const after = exampleWith('secret-after.json', (raw) => (raw.deploy.demo.containers[0].web.env.API_TOKEN = 'second-token-value'));
    for (const json of [[], ['--json']]) {
      const result = await runCli(['diff', before, after, ...json]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('secret');
      expect(result.stdout + result.stderr).not.toMatch(/first-token-value|second-token-value/);
    }
  });

  it('exits 2 on a document with errors, printing them as validate does', async () => {
    const validate = await runCli(['validate', fixture('semantic.json')]);
    const errors = validate.stdout.split('\n').filter((line) => line.includes(': error: '));
    expect(errors.length).toBeGreaterThan(0);
    const result = await runCli(['diff', example, fixture('semantic.json')]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    for (const line of errors) expect(result.stderr).toContain(line);
  });

  it('exits 2 on wrong usage; --help lists every reason code', async () => {
    expect((await runCli(['diff', example])).status).toBe(2);
    const help = await runCli(['diff', '--help']);
    expect(help.status).toBe(0);
    for (const code of REASON_CODES) expect(help.stdout).toMatch(new RegExp(`^  ${code} +\\S`, 'm'));
  });
});
