import { describe, expect, it } from 'vitest';
import { escapeHtml, renderValidateSummary, SUMMARY_PROBLEM_BUDGET } from '../../src/action/validate-summary.js';
import type { Diagnostic } from '../../src/stack/index.js';
import { EXAMPLE_HOST } from '../../src/stack/index.js';

describe('validate summary', () => {
  it('escapes document text so it cannot break the table or inject HTML', () => {
    expect(escapeHtml('a|b <script>`x`\nc & d')).toBe('a&#124;b &lt;script&gt;&#96;x&#96;\\nc &amp; d');
  });

  it('renders a file with problems, apps and a diff', () => {
    const markdown = renderValidateSummary(
      [
        {
          file: 'stacks/prod.json',
          diagnostics: [
            {
              severity: 'error',
              code: 'x',
              message: 'bad | value',
              file: 'stacks/prod.json',
              line: 3,
              column: 7,
              endLine: 3,
              endColumn: 9,
              path: [],
            },
          ],
          apps: [
            {
              app: 'web<app>',
              dataVolumes: [],
              definitions: [
                {
                  name: 'web',
                  mode: 'auto',
                  image: 'r/web',
                  tag: 't',
                  reference: 'r/web:t',
                  copies: 2,
                  runtimeNames: ['web0', 'web1'],
                  slots: 2,
                  hostname: 'web0.docker1',
                  command: ['sh', '-c', 'echo "$X"'],
                  env: [{ key: 'API_KEY', value: '***' }],
                },
              ],
            },
          ],
          base: {
            kind: 'diff',
            sha: 'abcdef1234',
            newFile: false,
            changes: [
              {
                app: 'web<app>',
                definition: 'web',
                kind: 'changed',
                fields: [{ field: 'tag', before: 's', after: 't' }],
                env: [{ key: 'API_KEY', change: 'changed', before: '***', after: '***' }],
              },
            ],
          },
        },
      ],
      EXAMPLE_HOST,
    );
    expect(markdown).toContain('## berth validate: 1 file, 1 error, 0 warnings, 0 notices');
    expect(markdown).toContain('| 3:7 | error | bad &#124; value |');
    expect(markdown).toContain('#### App <code>web&lt;app&gt;</code>');
    expect(markdown).toContain(
      `| <code>web</code> | auto | <code>r/web:t</code> | 2 (web0, web1), beside the old copy | <code>web0.docker1</code> | <code>sh -c 'echo "$X"'</code> | <code>API_KEY=***</code> |`,
    );
    expect(markdown).toContain('#### Changes against the base branch (abcdef1)');
    expect(markdown).toContain(
      '| <code>web&lt;app&gt;</code> | <code>web</code> | changed | tag: <code>s</code> → <code>t</code><br>env <code>API_KEY</code> changed: <code>***</code> → <code>***</code> |',
    );
  });

  it('lists every problem, says when annotations left some out, and stops before the 1 MiB limit', () => {
    const problem = (line: number): Diagnostic => ({
      severity: 'error',
      code: 'x',
      message: `problem ${line}`,
      file: 'a.json',
      line,
      column: 1,
      endLine: line,
      endColumn: 1,
      path: [],
    });
    const few = renderValidateSummary(
      [{ file: 'a.json', diagnostics: Array.from({ length: 25 }, (_, i) => problem(i + 1)) }],
      EXAMPLE_HOST,
      { annotationsOmitted: 15 },
    );
    expect(few).toContain('GitHub shows only the first 10 annotations of each severity: 15 more problems are listed only here.');
    for (let line = 1; line <= 25; line++) expect(few).toContain(`| ${line}:1 | error | problem ${line} |`);

    const many = Array.from({ length: 40_000 }, (_, i) => ({ ...problem(i + 1), message: `problem ${i + 1} ${'x'.repeat(40)}` }));
    const capped = renderValidateSummary([{ file: 'a.json', diagnostics: many }], EXAMPLE_HOST);
    expect(capped.length).toBeLessThan(SUMMARY_PROBLEM_BUDGET + 10_000);
    const listed = capped.split('\n').filter((line) => /^\| \d+:1 \| error \| problem /.test(line)).length;
    expect(capped).toContain(
      `${40_000 - listed} more not listed (a job summary is limited to 1 MiB): run <code>berth validate a.json</code> for all of them.`,
    );
    expect(listed).toBeGreaterThan(1_000);
  });

  it('stops listing apps before the 1 MiB limit', () => {
    const definition = {
      name: 'web',
      mode: 'auto' as const,
      image: 'r/web',
      tag: 't',
      reference: 'r/web:t',
      copies: 1,
      runtimeNames: ['web0'],
      slots: 1,
      command: [],
      env: [{ key: 'BIG', value: 'x'.repeat(2_000) }],
    };
    const apps = Array.from({ length: 1_000 }, (_, i) => ({ app: `app ${i}`, dataVolumes: [], definitions: [definition] }));
    const markdown = renderValidateSummary([{ file: 'big.json', diagnostics: [], apps }], EXAMPLE_HOST);
    expect(markdown.length).toBeLessThan(SUMMARY_PROBLEM_BUDGET + 10_000);
    const shown = markdown.split('\n').filter((line) => line.startsWith('#### App ')).length;
    expect(markdown).toContain(
      `${1_000 - shown} more app(s) not shown (a job summary is limited to 1 MiB): run <code>berth plan</code> for what they run.`,
    );
  });
});
