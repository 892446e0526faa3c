// The build step of `deploy`: log in, build each image unless its tag is already in the registry,
// push every tag, and report the digest push gave. Login, build, push and pull are retried with
// backoff when the registry stumbles (5xx, EOF, reset), never when it refuses the credentials.
import { errorMessage } from '../util/errors.js';
import type { BuildPorts, BuildRequest } from './ports.js';

export interface ImageSpec {
  /** Repository without tag: `quay.io/acme/app`. */
  image: string;
  context: string;
  /** Path of the Dockerfile as docker takes it (relative to the working directory); '' = `<context>/Dockerfile`. */
  dockerfile: string;
  buildArgs: Record<string, string>;
  target?: string;
  platforms?: string[];
}

export interface BuiltImage {
  image: string;
  /** Every tag now in the registry for this build; the first is the deployed one. */
  tags: string[];
  /** The digest `docker push` reported (or the registry holds, when the build was skipped). */
  digest: string;
  /** `image@digest`. */
  reference: string;
  /** True when the tag already existed and nothing was built. */
  skipped: boolean;
}

export interface BuildOptions {
  /** Commit SHA: the OCI revision label and the default tag. */
  revision: string;
  /** The deployed tag; default `revision`. */
  version?: string;
  extraTags?: string[];
  /** Repository URL for the OCI source label. */
  source?: string;
  /** ISO time for the OCI created label; default now. */
  created?: string;
  /** Value of the `quay.expires-after` label (e.g. `2w`); absent = no label. */
  expiresAfter?: string;
  credentials?: { username: string; password: string };
  /** Build and push even when the tag exists. */
  force?: boolean;
  /** Check the registry for the tag first; default true. */
  skipExisting?: boolean;
  retry?: { attempts: number; baseDelayMs: number };
}

/**
 * Failures the ports raise carry `kind`: 'auth' (credentials refused: never retried), 'transient'
 * (5xx, EOF, reset: retried), anything else fails at once.
 */
export type FailureKind = 'auth' | 'transient' | 'other';

export function failureKind(error: unknown): FailureKind {
  const kind = (error as { kind?: unknown } | null)?.kind;
  return kind === 'auth' || kind === 'transient' ? kind : 'other';
}

/** The credentials were refused. The message names the user, never the secret. */
export class RegistryCredentialsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegistryCredentialsError';
  }
}

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** Registry host of a repository, by docker's rule (a first part with `.` or `:`, or localhost). */
export function registryOf(image: string): string {
  const slash = image.indexOf('/');
  const first = slash === -1 ? '' : image.slice(0, slash);
  return slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : 'docker.io';
}

/** The labels every build gets. */
export function imageLabels(options: BuildOptions, created: string): Record<string, string> {
  const labels: Record<string, string> = {
    'org.opencontainers.image.revision': options.revision,
    'org.opencontainers.image.created': created,
  };
  if (options.source) labels['org.opencontainers.image.source'] = options.source;
  if (options.expiresAfter) labels['quay.expires-after'] = options.expiresAfter;
  return labels;
}

/** The tags of one build: the version (default the commit SHA) first, then extra tags, without repeats. */
export function imageTags(options: BuildOptions): string[] {
  const tags = [...new Set([options.version || options.revision, ...(options.extraTags ?? [])].filter((t) => t !== ''))];
  for (const tag of tags) {
    if (!TAG.test(tag)) {
      throw new Error(`"${tag}" is not a valid image tag: use letters, digits, '_', '.', '-' (at most 128, not starting with '.' or '-').`);
    }
  }
  if (tags.length === 0) throw new Error('No tag to build: give a version or a commit SHA.');
  return tags;
}

export async function buildAndPush(specs: ImageSpec[], options: BuildOptions, ports: BuildPorts): Promise<BuiltImage[]> {
  const { log } = ports;
  if (options.credentials?.password) log.secret(options.credentials.password);
  const tags = imageTags(options);
  const created = options.created ?? new Date().toISOString();
  const labels = imageLabels(options, created);
  const retry = new Retrier(ports, options);

  if (options.credentials) {
    const { username, password } = options.credentials;
    for (const registry of new Set(specs.map((spec) => registryOf(spec.image)))) {
      // docker reports a refused login also when only its first request hit a 5xx (it then skips the
      // token handshake): a refusal counts as a stumble when the registry itself accepts the credentials.
      const stumbled = () => ports.registry.checkCredentials(registry).catch(() => false);
      await retry.run(`docker login ${registry}`, registry, () => ports.docker.login(registry, username, password), stumbled);
      log.info(`Logged in to ${registry} as ${username}.`);
    }
  }

  const built: BuiltImage[] = [];
  for (const spec of specs) {
    const result = await log.group(`Build ${spec.image}:${tags[0]}`, () => buildOne(spec, tags, labels, options, ports, retry));
    log.info(`${spec.image}: ${result.skipped ? 'already in the registry, build skipped' : 'pushed'} ${result.reference}`);
    built.push(result);
  }
  return built;
}

async function buildOne(
  spec: ImageSpec,
  tags: string[],
  labels: Record<string, string>,
  options: BuildOptions,
  ports: BuildPorts,
  retry: Retrier,
): Promise<BuiltImage> {
  const registry = registryOf(spec.image);
  const [primary = ''] = tags;
  const refs = tags.map((tag) => `${spec.image}:${tag}`);

  if (options.skipExisting !== false && !options.force) {
    const existing = await existingDigest(spec.image, primary, options, ports);
    if (existing) {
      await addMissingTags(spec.image, existing, tags.slice(1), ports, retry, registry);
      return { image: spec.image, tags, digest: existing, reference: `${spec.image}@${existing}`, skipped: true };
    }
  }

  const request: BuildRequest = {
    context: spec.context,
    dockerfile: spec.dockerfile || joinPath(spec.context, 'Dockerfile'),
    tags: refs,
    buildArgs: spec.buildArgs,
    labels,
    ...(spec.target ? { target: spec.target } : {}),
    ...(spec.platforms && spec.platforms.length > 0 ? { platforms: spec.platforms } : {}),
  };
  const { pushedDigest } = await retry.run(`docker build ${refs[0]}`, registry, () => ports.docker.build(request));
  if (pushedDigest) return { image: spec.image, tags, digest: pushedDigest, reference: `${spec.image}@${pushedDigest}`, skipped: false };

  let digest: string | undefined;
  for (const ref of refs) {
    const pushed = await retry.run(`docker push ${ref}`, registry, () => ports.docker.push(ref));
    digest ??= pushed;
    if (pushed !== digest) ports.log.warn(`${ref} was pushed as ${pushed}, ${refs[0]} as ${digest}.`);
  }
  if (!digest) throw new Error(`Nothing was pushed for ${spec.image}.`);
  return { image: spec.image, tags, digest, reference: `${spec.image}@${digest}`, skipped: false };
}

/** The digest of the tag in the registry, or undefined to build. A failed check only costs a build. */
async function existingDigest(image: string, tag: string, options: BuildOptions, ports: BuildPorts): Promise<string | undefined> {
  try {
    return await ports.registry.manifestDigest(image, tag);
  } catch (error) {
    if (failureKind(error) === 'auth' && options.credentials) {
      throw new RegistryCredentialsError(errorMessage(error));
    }
    ports.log.warn(`Could not check whether ${image}:${tag} exists (${errorMessage(error)}); building it.`);
    return undefined;
  }
}

/** The version tag exists; make the extra tags (e.g. `latest`) point at it too, without building. */
async function addMissingTags(
  image: string,
  digest: string,
  extra: string[],
  ports: BuildPorts,
  retry: Retrier,
  registry: string,
): Promise<void> {
  const missing: string[] = [];
  for (const tag of extra) {
    const current = await ports.registry.manifestDigest(image, tag).catch(() => undefined);
    if (current !== digest) missing.push(tag);
  }
  if (missing.length === 0) return;
  const source = `${image}@${digest}`;
  const targets = missing.map((tag) => `${image}:${tag}`);
  if (await ports.docker.hasBuildx()) {
    await retry.run(`tag ${source} as ${missing.join(', ')}`, registry, () => ports.docker.retagRemote(source, targets));
    return;
  }
  await retry.run(`docker pull ${source}`, registry, () => ports.docker.pull(source));
  for (const target of targets) {
    await ports.docker.tag(source, target);
    const pushed = await retry.run(`docker push ${target}`, registry, () => ports.docker.push(target));
    if (pushed !== digest) ports.log.warn(`${target} was pushed as ${pushed}, not as ${digest}: same image, different manifest.`);
  }
}

class Retrier {
  private readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly ports: BuildPorts,
    private readonly options: BuildOptions,
  ) {
    this.attempts = Math.max(1, options.retry?.attempts ?? 4);
    this.baseDelayMs = options.retry?.baseDelayMs ?? 2000;
    this.sleep = ports.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Runs operation, retrying transient failures; `refusalIsTransient` may overrule an 'auth' failure. */
  async run<T>(what: string, registry: string, operation: () => Promise<T>, refusalIsTransient?: () => Promise<boolean>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await operation();
      } catch (caught) {
        let error = caught;
        let kind = failureKind(error);
        if (kind === 'auth' && refusalIsTransient && (await refusalIsTransient())) {
          kind = 'transient';
          error = new Error(`refused, though the registry accepts these credentials: ${errorMessage(caught)}`);
        }
        if (kind === 'auth') throw this.refused(what, registry, error);
        if (kind !== 'transient' || attempt >= this.attempts) {
          const tries = attempt > 1 ? ` after ${attempt} tries` : '';
          // The ports' messages usually say what failed already ("docker push X failed (exit 1): ...").
          const detail = errorMessage(error).startsWith(what)
            ? errorMessage(error)
                .slice(what.length)
                .replace(/^ failed:? ?/, '')
            : errorMessage(error);
          throw new Error(`${what} failed${tries}: ${detail}`, { cause: error });
        }
        const delay = this.baseDelayMs * 2 ** (attempt - 1);
        this.ports.log.warn(
          `${what} failed (${firstLine(errorMessage(error))}); try ${attempt + 1} of ${this.attempts} in ${delay / 1000} s.`,
        );
        await this.sleep(delay);
      }
    }
  }

  private refused(what: string, registry: string, error: unknown): RegistryCredentialsError {
    const user = this.options.credentials?.username;
    const advice = user
      ? `Registry ${registry} rejected the credentials of user "${user}" (${what}): the username or password (robot token) is wrong, or the user may not access this repository. Check registry-username and registry-password.`
      : `Registry ${registry} refused ${what} without credentials: set registry-username and registry-password.`;
    return new RegistryCredentialsError(`${advice}\n${errorMessage(error)}`);
  }
}

function joinPath(dir: string, file: string): string {
  return dir === '' || dir === '.' ? file : `${dir.replace(/\/+$/, '')}/${file}`;
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? text;
}
