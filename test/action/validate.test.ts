// `command: validate` as the runner runs it: the action's entry point in its own process, inputs
// in INPUT_* variables, outputs and the job summary in the files the runner names.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleEntries, runNode, type Bundles } from '../cli/run.js';

const fixtures = join(import.meta.dirname, '..', 'cli', 'fixtures');
let bundles: Bundles;
const dirs: string[] = [];

beforeAll(async () => {
  bundles = await bundleEntries();
}, 120_000);
afterAll(() => {
  bundles?.remove();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'berth-validate-'));
  dirs.push(dir);
  for (const [name, source] of Object.entries(files)) copyFileSync(join(fixtures, source), join(dir, name));
  return dir;
}

function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of readFileSync(file, 'utf8').matchAll(pattern)) outputs[match[1] as string] = match[3] as string;
  return outputs;
}

async function runValidate(dir: string, stackJson: string, extraEnv: Record<string, string> = {}) {
  const summary = join(dir, '.summary.md');
  const output = join(dir, '.output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const result = await runNode(bundles.action, [], {
    cwd: dir,
    env: {
      INPUT_COMMAND: 'validate',
      'INPUT_STACK-JSON': stackJson,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      GITHUB_WORKSPACE: dir,
      ...extraEnv,
    },
  });
  return { ...result, summary: readFileSync(summary, 'utf8'), outputs: readOutputs(output) };
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim();
}

describe('validate action', { timeout: 60_000 }, () => {
  it('passes the seed: no error annotations, counts in the outputs, a summary of what it runs', async () => {
    const dir = workspace({ 'stack.json': 'stack-seed.json' });
    const result = await runValidate(dir, 'stack.json');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('::error');
    expect(result.outputs).toEqual({ errors: '0', warnings: '0' });
    expect(result.summary).toContain('### ✅ <code>stack.json</code>: 0 errors');
    expect(result.summary).toContain('#### App <code>amazing application</code>');
    expect(result.summary).toContain(
      '| <code>app</code> | auto | <code>quay.io/mikamai/awesome-app:latest</code> | 2 (app0, app1), stop then start | <code>app0.docker1</code> |',
    );
    expect(result.summary).toContain(
      '| <code>cron</code> | cron | <code>quay.io/mikamai/awesome-app:latest</code> | schedule <code>59 * * * *</code> |',
    );
    // %{opsworks} of the example host's stack: "Example Stack" on docker1.
    expect(result.summary).toMatch(/\| <code>logspout<\/code> \| manual \| .* \| <code>example-stack-docker1<\/code> \|/);
  });

  it('annotates every problem at its place in every matched file and fails the step', async () => {
    const dir = workspace({ 'a.json': 'semantic.json', 'b.json': 'syntax.json', 'c.json': 'stack-seed.json' });
    const result = await runValidate(dir, '*.json');
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    const semantic = readFileSync(join(fixtures, 'semantic.json'), 'utf8').split('\n');
    const column = (line: number, needle: string) => (semantic[line - 1] ?? '').indexOf(needle) + 1;
    expect(lines).toContain(
      `::error title=berth%3A fixed-port-copies,file=a.json,line=5,endLine=5,col=${column(5, '"80:80"')},endColumn=${column(5, '"80:80"') + 7}::host port in "80:80" is fixed but "web" runs 2 copies that cannot all bind it: set "containers" to 1, drop the host port, or put %25{index} in it`,
    );
    expect(
      lines.some((l) =>
        l.startsWith(`::warning title=berth%3A unknown-key,file=a.json,line=6,endLine=6,col=${column(6, '"volume_from"')},`),
      ),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('::error title=berth%3A') && l.includes('file=b.json,line=4,'))).toBe(true);
    // The seed's sidekiq is a worker: its new copy starts before the old one stops, so no single-slot notice.
    expect(lines.some((l) => l.startsWith('::notice title=berth%3A single-slot,file=c.json,'))).toBe(false);
    expect(result.outputs).toEqual({ errors: '4', warnings: '2' });
    expect(result.stdout).toContain('::error::Stack JSON has 4 error(s) in a.json, b.json: see the annotations');
    expect(result.summary).toContain('## berth validate: 3 files, 4 errors, 2 warnings');
    expect(result.summary).toContain('### ❌ <code>b.json</code>');
    // The inline DB_PASSWORD of a.json appears nowhere.
    expect(result.stdout + result.summary).not.toContain('s3cr3t-value');
  });

  it('annotates the first 10 errors (GitHub shows no more) and lists all of them in the job summary', async () => {
    const dir = workspace({});
    const definitions = Array.from({ length: 14 }, (_, i) => `{ "d${i}": { "deploy": "manual", "image": "x", "tag": "bad tag ${i}" } }`);
    writeFileSync(join(dir, 'stack.json'), `{"deploy": {"a": {"containers": [\n${definitions.join(',\n')}\n]}}}\n`);
    const result = await runValidate(dir, 'stack.json');
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::error title=berth%3A tag,'))).toHaveLength(10);
    expect(result.stdout).toContain(
      'GitHub shows 10 annotations of each severity per step: 4 more problem(s) are listed in the job summary',
    );
    expect(result.outputs).toEqual({ errors: '14', warnings: '0' });
    expect(result.summary).toContain('GitHub shows only the first 10 annotations of each severity: 4 more problems are listed only here.');
    for (let i = 0; i < 14; i++) expect(result.summary).toContain(`| ${i + 2}:`);
  });

  it('fails with a clear message when the glob matches nothing', async () => {
    const dir = workspace({});
    const result = await runValidate(dir, 'stacks/*.json');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error::input "stack-json": no file matches "stacks/*.json"');
  });

  it('rejects bad inputs naming the input', async () => {
    const dir = workspace({ 'stack.json': 'stack-seed.json' });
    const result = await runValidate(dir, 'stack.json', { INPUT_COMMAND: 'ship' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'input "command" must be one of validate, deploy, rollback, unlock, export, converge-off, status (got "ship")',
    );
  });

  it('on a pull request, shows per-definition changes against the base branch, secrets redacted', async () => {
    const dir = workspace({ 'stack.json': 'stack-seed.json' });
    git(dir, 'init', '-q');
    git(dir, 'add', 'stack.json');
    git(dir, 'commit', '-q', '-m', 'base');
    const base = git(dir, 'rev-parse', 'HEAD');
    const head = JSON.parse(readFileSync(join(dir, 'stack.json'), 'utf8')) as {
      deploy: Record<string, { containers: Record<string, Record<string, unknown>>[] }>;
    };
    const containers = head.deploy['amazing application']?.containers ?? [];
    const app = containers[0]?.['app'] as { tag?: string; containers: number; env: Record<string, string> };
    app.tag = 'v2';
    app.containers = 3;
    app.env = { RANDOM_VAR: 'bar', SECRET_KEY: 'sk-live-42' };
    containers.splice(1, 1); // drop the cron definition
    writeFileSync(join(dir, 'stack.json'), JSON.stringify(head, null, 2));
    const event = join(dir, '.event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base } } }));

    const result = await runValidate(dir, 'stack.json', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
    expect(result.status).toBe(0);
    expect(result.summary).toContain(`#### Changes against the base branch (${base.slice(0, 7)})`);
    const appRow = result.summary
      .split('\n')
      .find((line) => line.startsWith('| <code>amazing application</code> | <code>app</code> | changed |'));
    expect(appRow).toBeDefined();
    expect(appRow).toContain('tag: <code>latest</code> → <code>v2</code>');
    expect(appRow).toContain('copies: <code>2</code> → <code>3</code>');
    expect(appRow).toContain('env <code>RANDOM_VAR</code> changed: <code>foo</code> → <code>bar</code>');
    expect(appRow).toContain('env <code>SECRET_KEY</code> added: <code>***</code>');
    expect(result.summary).toMatch(/\| <code>amazing application<\/code> \| <code>cron<\/code> \| removed \|/);
    expect(result.summary + result.stdout).not.toContain('sk-live-42');
  });

  it('says why the diff is missing when the base commit is not in the clone', async () => {
    const dir = workspace({ 'stack.json': 'stack-seed.json' });
    git(dir, 'init', '-q');
    const event = join(dir, '.event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: '0123456789abcdef0123456789abcdef01234567' } } }));
    const result = await runValidate(dir, 'stack.json', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
    expect(result.status).toBe(0);
    expect(result.summary).toContain(
      'Changes against the base branch: not shown, the base commit 0123456789ab is not in the clone (check out with fetch-depth: 0).',
    );
  });
});
