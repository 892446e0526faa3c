// Inputs bounded by what AWS accepts: timeout-minutes becomes the rollout commands' executionTimeout.
import { describe, expect, it } from 'vitest';
import { parseActionInputs, type InputName } from '../../src/app/inputs.js';
import { MAX_EXECUTION_TIMEOUT_SECONDS } from '../../src/host/command.js';

const parse = (given: Partial<Record<InputName, string>>) => parseActionInputs((name) => given[name] ?? '', { RUNNER_TEMP: '/tmp' });

describe('timeout-minutes', () => {
  it("accepts up to SSM's longest executionTimeout (2,880 minutes = 172,800 s)", () => {
    expect(MAX_EXECUTION_TIMEOUT_SECONDS).toBe(172_800);
    expect(parse({ 'timeout-minutes': '2880' }).timeoutMinutes).toBe(2880);
  });

  it('refuses more, saying the limit and why', () => {
    expect(() => parse({ 'timeout-minutes': '2881' })).toThrow(
      'input "timeout-minutes" must be at most 2880 (48 hours: the longest executionTimeout SSM Run Command accepts is 172800 s) (got "2881")',
    );
  });
});
