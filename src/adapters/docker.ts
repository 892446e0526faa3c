// The docker CLI, driven with argument arrays (never a shell). Passwords go in on stdin, build-arg
// values through the child's environment, and every credential lives in a temporary DOCKER_CONFIG
// that dispose() removes. buildx is used when the client has it; the classic builder otherwise.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildRequest } from '../deploy/ports.js';
import { holdsUrlCredentials } from '../stack/credential-values.js';
import { isSecretKey } from '../stack/secrets.js';
import { errorMessage } from '../util/errors.js';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  env: NodeJS.ProcessEnv;
  input?: string;
  cwd?: string;
  /** Each output line as it comes (stdout and stderr), for live progress. */
  onLine?: (line: string) => void;
}

/** Runs a program with arguments; resolves with its exit code, never rejects for a non-zero exit. */
export type CommandRunner = (file: string, args: readonly string[], options: CommandOptions) => Promise<CommandResult>;

const OUTPUT_LIMIT = 256 * 1024;

/** The real runner: spawn without a shell. Keeps the last 256 KiB of each stream. */
export const spawnCommand: CommandRunner = (file, args, options) =>
  new Promise((resolve, reject) => {
    const child = spawn(file, [...args], { env: options.env, cwd: options.cwd, shell: false, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const collect = (stream: NodeJS.ReadableStream, append: (text: string) => void) => {
      let partial = '';
      stream.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        append(text);
        if (!options.onLine) return;
        const lines = (partial + text).split(/\r?\n/);
        partial = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) options.onLine(line);
      });
      stream.on('end', () => {
        if (partial.trim()) options.onLine?.(partial);
      });
    };
    collect(child.stdout, (t) => {
      stdout = (stdout + t).slice(-OUTPUT_LIMIT);
    });
    collect(child.stderr, (t) => {
      stderr = (stderr + t).slice(-OUTPUT_LIMIT);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr }));
    child.stdin.on('error', () => undefined); // the program may exit before reading its input
    child.stdin.end(options.input ?? '');
  });

export type DockerFailureKind = 'auth' | 'transient' | 'other';

/** A docker command that failed. `kind` says whether trying again can help. Text is already redacted. */
export class DockerCommandError extends Error {
  constructor(
    message: string,
    readonly kind: DockerFailureKind,
    readonly exitCode: number,
    readonly output: string,
  ) {
    super(message);
    this.name = 'DockerCommandError';
  }
}

const AUTH_PATTERNS = [
  /\bunauthorized\b/i,
  /\b401\b/,
  /incorrect username or password/i,
  /authentication required/i,
  /denied: requested access to the resource is denied/i,
  /\bno basic auth credentials\b/i,
];
const TRANSIENT_PATTERNS = [
  /\b50[0-4]\b/,
  /bad gateway|service unavailable|gateway time-?out|internal server error/i,
  /\bEOF\b/,
  /connection reset by peer/i,
  /broken pipe/i,
  /i\/o timeout/i,
  /TLS handshake timeout/i,
  /connection refused/i,
  /net\/http: request canceled/i,
  /\btoomanyrequests\b|\b429\b/i,
];

/** Reads docker's stderr: a refused credential is never worth a retry; 5xx, EOF and resets are. */
export function classifyDockerFailure(output: string): DockerFailureKind {
  if (AUTH_PATTERNS.some((p) => p.test(output))) return 'auth';
  if (TRANSIENT_PATTERNS.some((p) => p.test(output))) return 'transient';
  return 'other';
}

/** The digest `docker push` reports on its last `<tag>: digest: sha256:... size: N` line. */
export function parsePushDigest(output: string): string | undefined {
  const matches = [...output.matchAll(/digest: (sha256:[0-9a-f]{64})/g)];
  return matches.at(-1)?.[1];
}

/** What the build step asks for (its port's request); tags are full references: `quay.io/acme/app:abc123`. */
export type DockerBuildRequest = BuildRequest;

// The docker client reads these itself: a build arg of that name must not be passed through the environment.
const CLIENT_ENV = /^(DOCKER_.*|BUILDX_.*|BUILDKIT_.*|PATH|HOME|USER|TMPDIR|HTTPS?_PROXY|NO_PROXY|ALL_PROXY)$/i;

function clientArgRefusal(key: string): string {
  return (
    `build arg ${key} holds a credential (the value is not shown): the docker client reads ${key} from its own environment, ` +
    `so berth could pass it only in docker's arguments, which anyone on the runner reads with ps. Put a proxy's login in the ` +
    `docker client's config.json "proxies" (berth's temporary DOCKER_CONFIG starts from yours), or pass the value under ` +
    `another name (e.g. BUILD_${key.toUpperCase()}) and use it in the Dockerfile's RUN line`
  );
}

/**
 * The argv of a build (after the binary) and the environment entries carrying build-arg values.
 * `--build-arg KEY` without a value makes docker read KEY from its environment: values stay out of argv.
 * A key the client reads itself (`DOCKER_*`, proxies, ...) goes in argv, so one holding a credential is refused.
 * mode: `classic` (docker build), `buildx-load` (one platform, into the engine), `buildx-push` (several platforms).
 */
export function buildCommand(
  request: DockerBuildRequest,
  mode: 'classic' | 'buildx-load' | 'buildx-push',
  metadataFile?: string,
): { args: string[]; env: Record<string, string> } {
  const args = mode === 'classic' ? ['build'] : ['buildx', 'build'];
  const env: Record<string, string> = {};
  args.push('--file', request.dockerfile);
  for (const tag of request.tags) args.push('--tag', tag);
  for (const [key, value] of Object.entries(request.labels)) args.push('--label', `${key}=${value}`);
  for (const [key, value] of Object.entries(request.buildArgs)) {
    if (CLIENT_ENV.test(key)) {
      // Only argv can carry it, and anyone on the runner reads argv (ps, /proc): no credential goes there.
      if (isSecretKey(key) || holdsUrlCredentials(value)) throw new Error(clientArgRefusal(key));
      args.push('--build-arg', `${key}=${value}`);
    } else {
      args.push('--build-arg', key);
      env[key] = value;
    }
  }
  if (request.target) args.push('--target', request.target);
  if (request.platforms && request.platforms.length > 0) args.push('--platform', request.platforms.join(','));
  if (mode === 'buildx-load') args.push('--load');
  if (mode === 'buildx-push') {
    args.push('--push');
    if (metadataFile) args.push('--metadata-file', metadataFile);
  }
  args.push(request.context);
  return { args, env };
}

export interface DockerCliOptions {
  /** The docker binary; default `docker` from PATH. */
  binary?: string;
  /** Base environment (DOCKER_HOST etc.); default process.env. DOCKER_CONFIG is replaced by the temporary one. */
  env?: NodeJS.ProcessEnv;
  run?: CommandRunner;
  /** Each output line of long commands (build, push, pull), already redacted. */
  onLine?: (line: string) => void;
}

export class DockerCli {
  private readonly secrets: string[] = [];
  private buildx: boolean | undefined;

  private constructor(
    /** The temporary DOCKER_CONFIG directory, removed by dispose(). */
    readonly configDir: string,
    private readonly binary: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly run: CommandRunner,
    private readonly onLine: ((line: string) => void) | undefined,
  ) {}

  /**
   * Makes a private DOCKER_CONFIG. It starts from the user's config.json (logins done before, e.g. for
   * private base images) without its credsStore, so our login is written only to the temporary file,
   * and links the user's cli-plugins and buildx state so buildx and the selected builder stay visible.
   */
  static async create(options: DockerCliOptions = {}): Promise<DockerCli> {
    const base = options.env ?? process.env;
    const configDir = await mkdtemp(join(base['RUNNER_TEMP'] || tmpdir(), 'berth-docker-'));
    const original = base['DOCKER_CONFIG'] || join(base['HOME'] || homedir(), '.docker');
    await writeFile(join(configDir, 'config.json'), await startingConfig(join(original, 'config.json')), { mode: 0o600 });
    for (const entry of ['cli-plugins', 'buildx']) {
      if (await exists(join(original, entry))) await symlink(join(original, entry), join(configDir, entry));
    }
    const env = { ...base, DOCKER_CONFIG: configDir };
    return new DockerCli(configDir, options.binary ?? 'docker', env, options.run ?? spawnCommand, options.onLine);
  }

  /** Removes the temporary config and every credential in it. */
  async dispose(): Promise<void> {
    await rm(this.configDir, { recursive: true, force: true });
  }

  /** Whether `docker buildx` works with this client (checked once). */
  async hasBuildx(): Promise<boolean> {
    if (this.buildx === undefined) {
      const result = await this.run(this.binary, ['buildx', 'version'], { env: this.env }).catch(() => undefined);
      this.buildx = result?.exitCode === 0;
    }
    return this.buildx;
  }

  /** `docker login` with the password on stdin. */
  async login(registry: string, username: string, password: string): Promise<void> {
    if (password) this.secrets.push(password);
    const args = ['login', registry, '--username', username, '--password-stdin'];
    await this.exec(args, { input: password, what: `docker login ${registry} as ${username}` });
  }

  /** Builds; with several platforms (buildx) pushes too and returns the pushed digest. */
  async build(request: DockerBuildRequest): Promise<{ pushedDigest?: string }> {
    const buildx = await this.hasBuildx();
    const platforms = request.platforms ?? [];
    if (!buildx && platforms.length > 1) {
      throw new DockerCommandError(
        `Building for several platforms (${platforms.join(', ')}) needs docker buildx, which this docker client lacks: ` +
          'install it (docker/setup-buildx-action) or build one platform.',
        'other',
        1,
        '',
      );
    }
    const mode = !buildx ? 'classic' : platforms.length > 1 ? 'buildx-push' : 'buildx-load';
    const metadataFile = mode === 'buildx-push' ? join(this.configDir, `metadata-${Date.now()}.json`) : undefined;
    const { args, env } = buildCommand(request, mode, metadataFile);
    const extraEnv = mode === 'classic' ? { ...env, DOCKER_BUILDKIT: '0' } : env;
    await this.exec(args, { extraEnv, what: `docker build of ${request.tags[0] ?? request.context}`, stream: true });
    if (!metadataFile) return {};
    const metadata = JSON.parse(await readFile(metadataFile, 'utf8')) as Record<string, unknown>;
    const digest = metadata['containerimage.digest'];
    return typeof digest === 'string' ? { pushedDigest: digest } : {};
  }

  /** Pushes one reference and returns the digest docker reports. */
  async push(reference: string): Promise<string> {
    const output = await this.exec(['push', reference], { what: `docker push ${reference}`, stream: true });
    const digest = parsePushDigest(output);
    if (!digest) throw new DockerCommandError(`docker push ${reference} reported no digest.`, 'other', 0, output);
    return digest;
  }

  async pull(reference: string): Promise<void> {
    await this.exec(['pull', reference], { what: `docker pull ${reference}`, stream: true });
  }

  async tag(source: string, target: string): Promise<void> {
    await this.exec(['tag', source, target], { what: `docker tag ${source} ${target}` });
  }

  /** Points more tags at an existing manifest (list) in the registry without pulling (buildx only). */
  async retagRemote(source: string, targets: string[]): Promise<void> {
    const args = ['buildx', 'imagetools', 'create'];
    for (const target of targets) args.push('--tag', target);
    args.push(source);
    await this.exec(args, { what: `docker buildx imagetools create from ${source}` });
  }

  private redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }

  private async exec(
    args: string[],
    options: { input?: string; extraEnv?: Record<string, string>; what: string; stream?: boolean },
  ): Promise<string> {
    const onLine = options.stream && this.onLine ? (line: string) => this.onLine?.(this.redact(line)) : undefined;
    let result: CommandResult;
    try {
      result = await this.run(this.binary, args, {
        env: { ...this.env, ...options.extraEnv },
        ...(options.input !== undefined ? { input: options.input } : {}),
        ...(onLine ? { onLine } : {}),
      });
    } catch (error) {
      const message = errorMessage(error);
      throw new DockerCommandError(`Could not run ${this.binary}: ${this.redact(message)}`, 'other', 127, '');
    }
    const output = this.redact(`${result.stdout}\n${result.stderr}`);
    if (result.exitCode === 0) return output;
    const tail = lastLines(this.redact(result.stderr), 5) || lastLines(output, 5);
    throw new DockerCommandError(
      `${options.what} failed (exit ${result.exitCode}): ${tail}`,
      // Only docker's own last words: a build's step output (on stderr with buildx) may mention 502 or EOF.
      classifyDockerFailure(lastLines(result.stderr || result.stdout, 1)),
      result.exitCode,
      output,
    );
  }
}

function lastLines(text: string, count: number): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-count)
    .join('\n');
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function startingConfig(path: string): Promise<string> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return '{}\n';
  try {
    const config = JSON.parse(text) as Record<string, unknown>;
    delete config['credsStore'];
    return JSON.stringify(config, null, 2) + '\n';
  } catch {
    return '{}\n';
  }
}
