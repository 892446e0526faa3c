import { chmod, mkdir, mkdtemp, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildCommand,
  classifyDockerFailure,
  DockerCli,
  DockerCommandError,
  parsePushDigest,
  spawnCommand,
  type CommandOptions,
  type CommandResult,
  type CommandRunner,
} from '../../src/adapters/docker.js';

const DIGEST = `sha256:${'0f'.repeat(32)}`;

describe('classifyDockerFailure (stderr texts seen from docker 20.10 and 28 against the quay-like front)', () => {
  it('never retries refused credentials', () => {
    expect(
      classifyDockerFailure('Error response from daemon: Get "http://127.0.0.1:5000/v2/": unauthorized: authentication required'),
    ).toBe('auth');
    expect(classifyDockerFailure('unauthorized: authentication required')).toBe('auth');
    expect(classifyDockerFailure('denied: requested access to the resource is denied')).toBe('auth');
    expect(
      classifyDockerFailure('Error response from daemon: login attempt to https://quay.io/v2/ failed with status: 401 Unauthorized'),
    ).toBe('auth');
  });

  it('retries 5xx, EOF and resets', () => {
    expect(classifyDockerFailure('received unexpected HTTP status: 502 Bad Gateway')).toBe('transient');
    expect(classifyDockerFailure('Put "http://127.0.0.1:5000/v2/acme/app/manifests/v1": EOF')).toBe('transient');
    expect(
      classifyDockerFailure('Error response from daemon: login attempt to http://127.0.0.1:5000/v2/ failed with status: 502 Bad Gateway'),
    ).toBe('transient');
    expect(classifyDockerFailure('read tcp 127.0.0.1:40000->127.0.0.1:5000: read: connection reset by peer')).toBe('transient');
    expect(classifyDockerFailure('error pulling image configuration: 503 Service Unavailable')).toBe('transient');
  });

  it('fails everything else at once', () => {
    expect(classifyDockerFailure('failed to solve: dockerfile parse error on line 1: unknown instruction: FORM')).toBe('other');
    expect(classifyDockerFailure("The command '/bin/sh -c exit 3' returned a non-zero code: 3")).toBe('other');
    expect(classifyDockerFailure(`Put "http://127.0.0.1:5001/v2/": manifest invalid`)).toBe('other');
  });
});

describe('parsePushDigest', () => {
  it('takes the digest of the last line docker push prints', () => {
    const output = ['The push refers to repository [q/acme/app]', 'abc: Pushed', `v1: digest: ${DIGEST} size: 735`].join('\n');
    expect(parsePushDigest(output)).toBe(DIGEST);
    expect(parsePushDigest('nothing here')).toBeUndefined();
  });
});

describe('buildCommand', () => {
  const request = {
    context: 'app',
    dockerfile: 'app/Dockerfile',
    tags: ['q.io/acme/app:abc', 'q.io/acme/app:latest'],
    buildArgs: { NPM_TOKEN: 'npm-secret', HTTP_PROXY: 'http://proxy:3128' },
    labels: { 'org.opencontainers.image.revision': 'abc' },
  };

  it('keeps build-arg values out of argv, through the environment', () => {
    const { args, env } = buildCommand(request, 'classic');
    expect(args).toEqual([
      'build',
      '--file',
      'app/Dockerfile',
      '--tag',
      'q.io/acme/app:abc',
      '--tag',
      'q.io/acme/app:latest',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--build-arg',
      'NPM_TOKEN',
      '--build-arg',
      'HTTP_PROXY=http://proxy:3128',
      'app',
    ]);
    expect(args.join(' ')).not.toContain('npm-secret');
    // HTTP_PROXY would change the docker client's own proxy: that one goes in argv.
    expect(env).toEqual({ NPM_TOKEN: 'npm-secret' });
  });

  it('loads a one-platform buildx build and pushes a multi-platform one with a metadata file', () => {
    expect(buildCommand({ ...request, buildArgs: {}, target: 'prod' }, 'buildx-load').args).toEqual([
      'buildx',
      'build',
      '--file',
      'app/Dockerfile',
      '--tag',
      'q.io/acme/app:abc',
      '--tag',
      'q.io/acme/app:latest',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--target',
      'prod',
      '--load',
      'app',
    ]);
    const multi = buildCommand({ ...request, buildArgs: {}, platforms: ['linux/amd64', 'linux/arm64'] }, 'buildx-push', '/t/m.json');
    expect(multi.args.slice(-6)).toEqual(['--platform', 'linux/amd64,linux/arm64', '--push', '--metadata-file', '/t/m.json', 'app']);
  });
});

/** Records every call and answers from a script, like the docker binary would. */
function scriptedDocker(answer: (args: readonly string[], options: CommandOptions) => Partial<CommandResult>) {
  const calls: { args: readonly string[]; options: CommandOptions }[] = [];
  const run: CommandRunner = async (_file, args, options) => {
    calls.push({ args, options });
    return { exitCode: 0, stdout: '', stderr: '', ...answer(args, options) };
  };
  return { calls, run };
}

describe('DockerCli', () => {
  let home: string;
  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'berth-docker-test-'));
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it('logs in with the password on stdin, in a private config that dispose() removes', async () => {
    const docker = scriptedDocker(() => ({ stdout: 'Login Succeeded' }));
    const cli = await DockerCli.create({ run: docker.run, env: { PATH: process.env['PATH'] ?? '', HOME: home, RUNNER_TEMP: home } });
    await cli.login('quay.io', 'acme+deployer', 'p4ss-w0rd');
    const [call] = docker.calls;
    expect(call?.args).toEqual(['login', 'quay.io', '--username', 'acme+deployer', '--password-stdin']);
    expect(call?.options.input).toBe('p4ss-w0rd');
    expect(call?.options.env['DOCKER_CONFIG']).toBe(cli.configDir);
    expect(cli.configDir.startsWith(home)).toBe(true);
    await cli.dispose();
    await expect(stat(cli.configDir)).rejects.toThrow(/ENOENT/);
  });

  it('starts from the user config without its credsStore and links cli-plugins and buildx state', async () => {
    const userConfig = join(home, 'user-docker');
    await mkdir(join(userConfig, 'cli-plugins'), { recursive: true });
    await mkdir(join(userConfig, 'buildx'), { recursive: true });
    await writeFile(join(userConfig, 'config.json'), JSON.stringify({ auths: { 'ghcr.io': { auth: 'eA==' } }, credsStore: 'desktop' }));
    const docker = scriptedDocker(() => ({}));
    const cli = await DockerCli.create({ run: docker.run, env: { HOME: home, DOCKER_CONFIG: userConfig, RUNNER_TEMP: home } });
    const config = JSON.parse(await readFile(join(cli.configDir, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toEqual({ auths: { 'ghcr.io': { auth: 'eA==' } } });
    expect(await readlink(join(cli.configDir, 'cli-plugins'))).toBe(join(userConfig, 'cli-plugins'));
    expect(await readlink(join(cli.configDir, 'buildx'))).toBe(join(userConfig, 'buildx'));
    await cli.dispose();
    expect((await stat(join(userConfig, 'config.json'))).isFile()).toBe(true);
  });

  it('redacts the password from a failed command and classifies the failure', async () => {
    const docker = scriptedDocker((args) =>
      args[0] === 'login' ? { exitCode: 1, stderr: 'Error response from daemon: unauthorized: bad password p4ss-w0rd' } : {},
    );
    const cli = await DockerCli.create({ run: docker.run, env: { HOME: home, RUNNER_TEMP: home } });
    const error = await cli.login('quay.io', 'acme+deployer', 'p4ss-w0rd').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerCommandError);
    expect(error).toMatchObject({ kind: 'auth', exitCode: 1 });
    expect((error as DockerCommandError).message).not.toContain('p4ss-w0rd');
    expect((error as DockerCommandError).output).not.toContain('p4ss-w0rd');
    await cli.dispose();
  });

  it('uses the classic builder (DOCKER_BUILDKIT=0) when buildx is missing, buildx when present', async () => {
    for (const buildx of [false, true]) {
      const docker = scriptedDocker((args) => (args[0] === 'buildx' && args[1] === 'version' ? { exitCode: buildx ? 0 : 1 } : {}));
      const cli = await DockerCli.create({ run: docker.run, env: { HOME: home, RUNNER_TEMP: home } });
      await cli.build({ context: '.', dockerfile: 'Dockerfile', tags: ['q.io/a/b:1'], buildArgs: { TOKEN: 't0k' }, labels: {} });
      const build = docker.calls.at(-1);
      expect(build?.args.slice(0, 2)).toEqual(buildx ? ['buildx', 'build'] : ['build', '--file']);
      expect(build?.options.env['DOCKER_BUILDKIT']).toBe(buildx ? undefined : '0');
      expect(build?.options.env['TOKEN']).toBe('t0k');
      await cli.dispose();
    }
  });

  it("never puts a build arg's value in the argv it runs; refuses a credential only argv could carry", async () => {
    for (const buildx of [false, true]) {
      const docker = scriptedDocker((args) => (args[0] === 'buildx' && args[1] === 'version' ? { exitCode: buildx ? 0 : 1 } : {}));
      const cli = await DockerCli.create({ run: docker.run, env: { HOME: home, RUNNER_TEMP: home } });
      const buildArgs = { NPM_TOKEN: 'npm-s3cret', VERSION: 'v-plain-9', DATABASE_URL: 'postgres://app:pw-77@db/app' };
      await cli.build({ context: '.', dockerfile: 'Dockerfile', tags: ['q.io/a/b:1'], buildArgs, labels: {} });
      const build = docker.calls.at(-1);
      expect(build?.args).toEqual(expect.arrayContaining(['--build-arg', 'NPM_TOKEN', 'VERSION', 'DATABASE_URL']));
      for (const call of docker.calls) for (const value of Object.values(buildArgs)) expect(call.args.join('\n')).not.toContain(value);
      expect(build?.options.env).toMatchObject(buildArgs);
      // A key the client reads itself can only go in argv: with a credential it is refused before docker runs.
      const before = docker.calls.length;
      for (const refused of [{ HTTPS_PROXY: 'http://user:pr0xy-pw@proxy:3128' }, { DOCKER_AUTH_TOKEN: 'dkr-s3cret' }]) {
        const error = await cli
          .build({ context: '.', dockerfile: 'Dockerfile', tags: ['q.io/a/b:1'], buildArgs: refused, labels: {} })
          .catch((e: unknown) => e);
        expect(String(error)).toMatch(/build arg (HTTPS_PROXY|DOCKER_AUTH_TOKEN) holds a credential \(the value is not shown\).*"proxies"/);
        expect(String(error)).not.toMatch(/pr0xy-pw|dkr-s3cret/);
      }
      expect(docker.calls.slice(before).filter((call) => call.args.includes('build'))).toEqual([]);
      await cli.dispose();
    }
  });

  it('refuses several platforms without buildx, saying what to install', async () => {
    const docker = scriptedDocker((args) => (args[0] === 'buildx' ? { exitCode: 1 } : {}));
    const cli = await DockerCli.create({ run: docker.run, env: { HOME: home, RUNNER_TEMP: home } });
    const request = {
      context: '.',
      dockerfile: 'Dockerfile',
      tags: ['q.io/a/b:1'],
      buildArgs: {},
      labels: {},
      platforms: ['linux/amd64', 'linux/arm64'],
    };
    await expect(cli.build(request)).rejects.toThrow(/needs docker buildx.*setup-buildx-action/);
    await cli.dispose();
  });

  it("classifies a failed build by docker's last words, not by what the build step printed", async () => {
    const stderr = [
      '#8 [3/3] RUN npm test',
      '#8 1.2 GET /api -> 502 Bad Gateway (expected in this test)',
      '#8 1.3 unexpected EOF in fixture',
      'ERROR: failed to solve: process "/bin/sh -c npm test" did not complete successfully: exit code: 1',
      '',
    ].join('\n');
    const docker = scriptedDocker((args) => (args[1] === 'build' ? { exitCode: 1, stderr } : { exitCode: 0 }));
    const cli = await DockerCli.create({ run: docker.run, env: { HOME: home, RUNNER_TEMP: home } });
    const error = await cli
      .build({ context: '.', dockerfile: 'Dockerfile', tags: ['q.io/a/b:1'], buildArgs: {}, labels: {} })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'other', exitCode: 1 });
    await cli.dispose();
  });

  it('returns the digest push reports', async () => {
    const docker = scriptedDocker(() => ({ stdout: `1: digest: ${DIGEST} size: 528\n` }));
    const cli = await DockerCli.create({ run: docker.run, env: { HOME: home, RUNNER_TEMP: home } });
    expect(await cli.push('q.io/a/b:1')).toBe(DIGEST);
    await cli.dispose();
  });
});

describe('spawnCommand', () => {
  it('passes stdin, argv and env without a shell, and reports the exit code', async () => {
    const result = await spawnCommand('/bin/sh', ['-c', 'read line; echo "in=$line arg=$0 env=$X" ; echo oops >&2; exit 3', '$HOME'], {
      env: { X: 'from-env', PATH: process.env['PATH'] ?? '' },
      input: 'hello\n',
    });
    expect(result).toEqual({ exitCode: 3, stdout: 'in=hello arg=$HOME env=from-env\n', stderr: 'oops\n' });
  });

  it('streams lines as they come', async () => {
    const lines: string[] = [];
    await spawnCommand('/bin/sh', ['-c', 'echo one; echo two >&2; printf three'], { env: {}, onLine: (l) => lines.push(l) });
    expect(lines.sort()).toEqual(['one', 'three', 'two']);
  });
});

describe('buildx detection with the real docker client', () => {
  let home: string;
  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'berth-buildx-test-'));
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  // A CLI plugin in ~/.docker/cli-plugins, as docker/setup-buildx-action installs buildx: the private
  // DOCKER_CONFIG must still show it to the client.
  it('finds a buildx plugin installed in the user docker config', async () => {
    const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, RUNNER_TEMP: home };
    const plugins = join(home, '.docker/cli-plugins');
    await mkdir(plugins, { recursive: true });
    const plugin = join(plugins, 'docker-buildx');
    await writeFile(
      plugin,
      [
        '#!/bin/sh',
        'if [ "$1" = docker-cli-plugin-metadata ]; then',
        '  echo \'{"SchemaVersion":"0.1.0","Vendor":"berth test","Version":"v0.0.0-test","ShortDescription":"fake buildx"}\'',
        '  exit 0',
        'fi',
        '[ "$1" = buildx ] && [ "$2" = version ] && { echo "github.com/docker/buildx v0.0.0-test"; exit 0; }',
        'exit 1',
        '',
      ].join('\n'),
    );
    await chmod(plugin, 0o755);
    const withPlugin = await DockerCli.create({ env });
    expect(await withPlugin.hasBuildx()).toBe(true);
    await withPlugin.dispose();
    // The plugin stays where it was installed; only the private config is gone.
    expect((await stat(plugin)).isFile()).toBe(true);
  });
});
