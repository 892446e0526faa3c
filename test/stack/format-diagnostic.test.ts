import { describe, expect, it } from 'vitest';
import { formatDiagnostic, validateStackJson } from '../../src/stack/index.js';

describe('formatDiagnostic', () => {
  it('keeps one problem on one line when the message quotes a multi-line command', () => {
    const text = JSON.stringify({
      deploy: { shop: { containers: [{ web: { image: 'acme/web', deploy: 'auto', command: 'run \n$HOME | tee' } }] } },
    });
    const { diagnostics } = validateStackJson(text, 'stack.json');
    const shell = diagnostics.find((d) => d.message.includes('shell syntax'));
    expect(shell?.message).toContain('\n');
    const line = formatDiagnostic(shell!);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toMatch(/^stack\.json:1:\d+: warning: .*\\n/);
  });
});
