// Our lean runner commands must write exactly what @actions/core writes for the same calls.
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ours from '../../src/action/workflow-commands.js';

let dir: string;
let written: string[];
const saved = { ...process.env };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'berth-commands-'));
  written = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function stdoutOf(body: () => void): string {
  written = [];
  body();
  return written.join('');
}

const hostile = 'bad %{x} 100% a:b,c\r\nnext line';
const properties = { title: 'berth: t,1', file: 'dir/a b:c.json', startLine: 3, endLine: 4, startColumn: 0, endColumn: 9 };

describe('workflow commands', () => {
  it('write annotations, masks and failures byte for byte like @actions/core', () => {
    for (const kind of ['error', 'warning', 'notice'] as const) {
      expect(stdoutOf(() => ours[kind](hostile, properties))).toBe(stdoutOf(() => core[kind](hostile, properties)));
      expect(stdoutOf(() => ours[kind](hostile))).toBe(stdoutOf(() => core[kind](hostile)));
    }
    expect(stdoutOf(() => ours.setSecret('p%ss\nword'))).toBe(stdoutOf(() => core.setSecret('p%ss\nword')));
    expect(stdoutOf(() => ours.info('plain'))).toBe(stdoutOf(() => core.info('plain')));
    const failed = stdoutOf(() => ours.setFailed(hostile));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    expect(failed).toBe(stdoutOf(() => core.setFailed(hostile)));
  });

  it('write outputs and state to the runner files in the same format', () => {
    const normalize = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIM');
    for (const [variable, ourCall, coreCall] of [
      ['GITHUB_OUTPUT', ours.setOutput, core.setOutput],
      ['GITHUB_STATE', ours.saveState, core.saveState],
    ] as const) {
      const mine = join(dir, `${variable}-ours`);
      const theirs = join(dir, `${variable}-core`);
      writeFileSync(mine, '');
      writeFileSync(theirs, '');
      process.env[variable] = mine;
      ourCall('result', '{"a":\n1}');
      process.env[variable] = theirs;
      coreCall('result', '{"a":\n1}');
      expect(normalize(readFileSync(mine, 'utf8'))).toBe(normalize(readFileSync(theirs, 'utf8')));
      expect(readFileSync(mine, 'utf8')).toMatch(/^result<<(ghadelimiter_\S+)\n\{"a":\n1\}\n\1\n$/);
    }
  });

  it('fall back to stdout commands without runner files, like @actions/core', () => {
    delete process.env['GITHUB_OUTPUT'];
    delete process.env['GITHUB_STATE'];
    expect(stdoutOf(() => ours.setOutput('n', 'v'))).toBe(stdoutOf(() => core.setOutput('n', 'v')));
    expect(stdoutOf(() => ours.saveState('n', 'v'))).toBe(stdoutOf(() => core.saveState('n', 'v')));
  });

  it('read inputs and state from the same variables', () => {
    process.env['INPUT_STACK-JSON'] = '  a.json ';
    process.env['INPUT_TWO_WORDS'] = 'x';
    process.env['STATE_berth-lock'] = '{}';
    expect(ours.getInput('stack-json')).toBe(core.getInput('stack-json', { trimWhitespace: false }));
    expect(ours.getInput('two words')).toBe(core.getInput('two words'));
    expect(ours.getInput('absent')).toBe('');
    expect(ours.getState('berth-lock')).toBe(core.getState('berth-lock'));
  });

  it('append to the job summary file', () => {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# before\n');
    process.env['GITHUB_STEP_SUMMARY'] = summary;
    expect(ours.appendSummary('| a |\n')).toBe(true);
    expect(readFileSync(summary, 'utf8')).toBe('# before\n| a |\n');
    delete process.env['GITHUB_STEP_SUMMARY'];
    expect(ours.appendSummary('x')).toBe(false);
  });
});
