// The one command-line reader of the CLI: help, wrong usage, and the release commands' input flags.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandLineContext, parseCommandLine, readReleaseFlags } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/usage.js';

afterEach(() => {
  vi.restoreAllMocks();
});

function usageError(body: () => unknown): string {
  try {
    body();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('parseCommandLine', () => {
  it('returns the values and positionals of the declared options', () => {
    const parsed = parseCommandLine(
      ['a.json', '--json', '--out', 'x'],
      'HELP',
      { json: { type: 'boolean' }, out: { type: 'string' } },
      true,
    );
    expect(parsed?.values).toEqual({ json: true, out: 'x' });
    expect(parsed?.positionals).toEqual(['a.json']);
  });

  it('prints the help for -h and --help and returns nothing', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    expect(parseCommandLine(['-h'], 'Usage: berth x\n', {})).toBeUndefined();
    expect(parseCommandLine(['--help'], 'Usage: berth x\n', {})).toBeUndefined();
    expect(written).toEqual(['Usage: berth x\n', 'Usage: berth x\n']);
  });

  it("turns an unknown option or a stray positional into a usage error without the parser's hint", () => {
    expect(usageError(() => parseCommandLine(['--frobnicate'], 'HELP', {}))).toContain("Unknown option '--frobnicate'");
    expect(usageError(() => parseCommandLine(['file.json'], 'HELP', {}))).not.toContain('To specify a positional argument');
  });
});

describe('readReleaseFlags', () => {
  it('reads every input as a flag of the same name, the command fixed by the caller', () => {
    const flags = readReleaseFlags(
      ['--batch-size', '2', '--instance-ids', 'i-1,i-2', '--max-command-bytes', '32768', '--json'],
      'deploy',
      'HELP',
    );
    expect(flags?.inputs).toMatchObject({ command: 'deploy', batchSize: 2, instanceIds: ['i-1', 'i-2'], maxCommandBytes: 32768 });
    expect(flags?.json).toBe(true);
    expect(flags?.repository).toBeUndefined();
  });

  it('takes --repository and a fallback for flags not given', () => {
    const flags = readReleaseFlags(
      ['--repository', 'acme/demo'],
      'rollback',
      'HELP',
      (name) => (name === 'github-token' ? 'from-env' : ''),
      {
        env: {},
      },
    );
    expect(flags?.inputs.githubToken).toBe('from-env');
    expect(flags?.repository).toBe('acme/demo');
  });

  it('names bad values by their flag', () => {
    const message = usageError(() => readReleaseFlags(['--batch-size', '0', '--failure-policy', 'ignore'], 'deploy', 'HELP'));
    expect(message).toContain('Invalid options');
    expect(message).toContain('--batch-size must be a whole number of at least 1 (got "0")');
    expect(message).toContain('--failure-policy must be one of rollback, stop (got "ignore")');
  });

  it('refuses a secret given as a flag, saying how to give it', () => {
    const message = usageError(() =>
      readReleaseFlags(['--registry-password', 'hunter2', '--database', '{}'], 'deploy', 'HELP', undefined, { env: {} }),
    );
    expect(message).toContain(
      '--registry-password is not accepted: a flag is visible to every user of this machine (ps, /proc); set BERTH_REGISTRY_PASSWORD in the environment or pipe it into --registry-password-stdin',
    );
    expect(message).toContain('--database is not accepted');
    expect(message).not.toContain('hunter2');
    for (const flag of ['--github-token', '--rollbar-token']) {
      expect(usageError(() => readReleaseFlags([flag, 'x'], 'deploy', 'HELP', undefined, { env: {} }))).toContain(
        `${flag} is not accepted`,
      );
    }
  });

  it('takes secrets from the environment, or one from stdin (trailing newline dropped), before the fallback', () => {
    const env = { BERTH_REGISTRY_PASSWORD: 'from-env', BERTH_GITHUB_TOKEN: 'gh-env', BERTH_DATABASE: '{"password":"pw"}' };
    const flags = readReleaseFlags([], 'deploy', 'HELP', (name) => (name === 'rollbar-token' ? 'fallback' : ''), {
      env,
      readStdin: () => 'never read',
    });
    expect(flags?.inputs).toMatchObject({
      registryPassword: 'from-env',
      githubToken: 'gh-env',
      rollbarToken: 'fallback',
      database: { password: 'pw' },
    });
    const piped = readReleaseFlags(['--registry-password-stdin'], 'deploy', 'HELP', undefined, { env, readStdin: () => 'from-stdin\n' });
    expect(piped?.inputs.registryPassword).toBe('from-stdin');
    expect(
      usageError(() =>
        readReleaseFlags(['--registry-password-stdin', '--database-stdin'], 'deploy', 'HELP', undefined, { env: {}, readStdin: () => '' }),
      ),
    ).toContain('only one input can come from stdin');
  });

  it('takes plain build args as a flag, but refuses a secret one there, saying how to give it', () => {
    const plain = readReleaseFlags(['--build-args', 'VERSION=1.4\nRAILS_ENV=production'], 'deploy', 'HELP', undefined, { env: {} });
    expect(plain?.inputs.buildArgs).toEqual({ VERSION: '1.4', RAILS_ENV: 'production' });
    for (const [flag, text] of [
      ['--build-args', 'VERSION=1.4\nNPM_TOKEN=npm-s3cret'],
      ['--build-args', 'PIP_INDEX=https://me:pip-s3cret@pypi.example/simple'],
      ['--images', '- image: q.io/acme/web\n  build-args: { NPM_TOKEN: npm-s3cret }'],
    ] as const) {
      const message = usageError(() => readReleaseFlags([`${flag}=${text}`], 'deploy', 'HELP', undefined, { env: {} }));
      expect(message).toContain(`${flag} is not accepted with a secret build arg in it`);
      expect(message).toContain(flag === '--images' ? 'set BERTH_IMAGES in the environment' : 'set BERTH_BUILD_ARGS in the environment');
      expect(message).not.toMatch(/s3cret/);
    }
    const fromEnv = readReleaseFlags([], 'deploy', 'HELP', undefined, { env: { BERTH_BUILD_ARGS: 'NPM_TOKEN=npm-s3cret' } });
    expect(fromEnv?.inputs.buildArgs).toEqual({ NPM_TOKEN: 'npm-s3cret' });
    const piped = readReleaseFlags(['--build-args-stdin'], 'deploy', 'HELP', undefined, { env: {}, readStdin: () => 'NPM_TOKEN=piped\n' });
    expect(piped?.inputs.buildArgs).toEqual({ NPM_TOKEN: 'piped' });
    expect(
      usageError(() => readReleaseFlags(['--build-args', 'A=1'], 'deploy', 'HELP', undefined, { env: { BERTH_BUILD_ARGS: 'B=2' } })),
    ).toContain('--build-args is given twice');
    // A bad line is named by where it came from.
    expect(usageError(() => readReleaseFlags(['--build-args', 'NOVALUE'], 'deploy', 'HELP', undefined, { env: {} }))).toContain(
      '--build-args line 1 must look like KEY=VALUE',
    );
    expect(usageError(() => readReleaseFlags([], 'deploy', 'HELP', undefined, { env: { BERTH_BUILD_ARGS: 'NOVALUE' } }))).toContain(
      'BERTH_BUILD_ARGS line 1 must look like KEY=VALUE',
    );
  });

  it('names a bad secret input by its environment variable, never quoting it', () => {
    const message = usageError(() =>
      readReleaseFlags([], 'deploy', 'HELP', undefined, { env: { BERTH_DATABASE: '{"password": hunter2' } }),
    );
    expect(message).toContain('BERTH_DATABASE must be a JSON object');
    expect(message).not.toContain('hunter2');
  });

  it('does not take --command: the subcommand decides', () => {
    expect(usageError(() => readReleaseFlags(['--command', 'rollback'], 'deploy', 'HELP'))).toContain("Unknown option '--command'");
  });
});

describe('commandLineContext', () => {
  it('runs in the working directory, for the repository of --repository or GITHUB_REPOSITORY', () => {
    const env = { GITHUB_REPOSITORY: 'acme/env', GITHUB_ACTOR: 'octocat', GITHUB_WORKSPACE: '/elsewhere' };
    expect(commandLineContext({}, env)).toMatchObject({ owner: 'acme', repo: 'env', actor: 'octocat', workspace: process.cwd() });
    expect(commandLineContext({ repository: 'acme/flag' }, env)).toMatchObject({ owner: 'acme', repo: 'flag' });
  });
});
