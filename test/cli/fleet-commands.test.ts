// `berth logs` usage: one DEFINITION, --lines within 1..5000; refused before any host is asked.
import { describe, expect, it } from 'vitest';
import { run as logs } from '../../src/cli/commands/logs.js';
import { UsageError } from '../../src/cli/usage.js';

const fleet = ['--targets', 'tag:Role=web', '--aws-region', 'us-east-1', '--aws-endpoint', 'http://127.0.0.1:9'];

describe('berth logs usage', () => {
  it('needs exactly one definition or container', async () => {
    await expect(logs(fleet)).rejects.toThrow(new UsageError('name one DEFINITION (or container)'));
    await expect(logs(['web', 'worker', ...fleet])).rejects.toThrow(UsageError);
  });

  it('takes --lines from 1 to 5000 only', async () => {
    await expect(logs(['web', '--lines', '0', ...fleet])).rejects.toThrow('--lines must be a whole number from 1 to 5000, got 0');
    await expect(logs(['web', '--lines', '12x', ...fleet])).rejects.toThrow('got 12x');
    await expect(logs(['web', '--lines', '5001', ...fleet])).rejects.toThrow('got 5001');
  });
});
