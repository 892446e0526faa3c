// main.ts is the one place the step fails: a command's failed outcome and a thrown error alike.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const failure = vi.hoisted(() => ({ value: undefined as string | undefined, error: undefined as Error | undefined }));

vi.mock('../../src/action/deploy.js', () => ({
  runDeployAction: async () => {
    if (failure.error) throw failure.error;
    return failure.value;
  },
}));

const { run } = await import('../../src/action/main.js');

let written: string[];
const saved = { ...process.env };

beforeEach(() => {
  written = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  process.env['INPUT_COMMAND'] = 'deploy';
  failure.value = undefined;
  failure.error = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
});

describe('the action step', () => {
  it('succeeds when the command reports no failure', async () => {
    await run();
    expect(process.exitCode).toBeUndefined();
    expect(written.join('')).not.toContain('::error');
  });

  it('fails once with the outcome summary when the release did not succeed', async () => {
    failure.value = 'Deploy of v2 failed on docker2: unhealthy';
    await run();
    expect(process.exitCode).toBe(1);
    expect(written.filter((line) => line.startsWith('::error'))).toEqual(['::error::Deploy of v2 failed on docker2: unhealthy\n']);
  });

  it('fails with the message of what was thrown', async () => {
    failure.error = new Error('No version to deploy');
    await run();
    expect(process.exitCode).toBe(1);
    expect(written.join('')).toContain('::error::No version to deploy');
  });

  it('masks a malformed database input, numeric password included, before anything can print it, and never echoes it', async () => {
    for (const database of ['{"adapter": "mysql2", "password": 98765, "host": "db"', '{"password": 98765 "port": 3306}']) {
      written = [];
      process.env['INPUT_DATABASE'] = database;
      await run();
      expect(process.exitCode).toBe(1);
      const firstMask = written.findIndex((line) => line.startsWith('::add-mask::'));
      const masks = written.filter((line) => line.startsWith('::add-mask::'));
      expect(masks).toEqual(expect.arrayContaining(['::add-mask::98765\n']));
      // Every mask comes before the first other line, and no other line holds any part of the text.
      expect(written.slice(0, masks.length).every((line) => line.startsWith('::add-mask::'))).toBe(true);
      expect(firstMask).toBe(0);
      const others = written.filter((line) => !line.startsWith('::add-mask::')).join('');
      expect(others).toContain('input "database" must be a JSON object');
      for (const part of ['98765', 'mysql2', '"host"', '3306']) expect(others).not.toContain(part);
    }
  });

  it('fails naming a bad input before any command runs', async () => {
    process.env['INPUT_BATCH-SIZE'] = '0';
    await run();
    expect(process.exitCode).toBe(1);
    expect(written.join('')).toContain('input "batch-size" must be a whole number of at least 1');
  });
});
