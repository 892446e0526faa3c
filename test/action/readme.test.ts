import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderActionTables, withActionTables } from '../../scripts/readme-table.js';

const root = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('README inputs and outputs tables', () => {
  it('are the ones generated from action.yml (regenerate: node --import tsx scripts/readme-table.ts --write)', () => {
    const readme = read('README.md');
    expect(withActionTables(readme, read('action.yml'))).toBe(readme);
  });

  it('list every input and output with its default', () => {
    const tables = renderActionTables(
      'inputs:\n  a-b:\n    description: "x | y"\n    default: "1"\n  c:\n    description: z\noutputs:\n  out:\n    description: o\n',
    );
    expect(tables).toContain('| `a-b` | `1` | x \\| y |');
    expect(tables).toContain('| `c` |  | z |');
    expect(tables).toContain('| `out` | o |');
  });

  it('names the test command that .ci/run provides', () => {
    expect(read('README.md')).toContain('bash .ci/run');
  });
});
