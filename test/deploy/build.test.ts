import { describe, expect, it } from 'vitest';
import { buildAndPush, imageLabels, imageTags, registryOf, RegistryCredentialsError, type ImageSpec } from '../../src/deploy/build.js';
import type { BuildRequest, ImageBuilderPort, ProgressLog, TagLookupPort } from '../../src/deploy/ports.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const digest = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;
const ROBOT = { username: 'acme+deployer', password: 'S3cr3t-robot-token' };

class Failure extends Error {
  constructor(
    message: string,
    readonly kind: 'auth' | 'transient' | 'other',
  ) {
    super(message);
  }
}

/** A registry of tags and a docker that pushes into it; failures are queued per operation. */
function world(options: { buildx?: boolean; tags?: Record<string, string>; credentialsValid?: boolean } = {}) {
  const registryTags = new Map(Object.entries(options.tags ?? {}));
  const local = new Map<string, string>();
  const calls: string[] = [];
  const failures: Record<string, Failure[]> = {};
  const builds: BuildRequest[] = [];
  let next = 100;
  const fail = (op: string) => {
    const failure = failures[op]?.shift();
    if (failure) throw failure;
  };
  const docker: ImageBuilderPort = {
    hasBuildx: async () => options.buildx ?? false,
    login: async (registry, username) => {
      calls.push(`login ${registry} ${username}`);
      fail('login');
    },
    build: async (request) => {
      calls.push(`build ${request.tags.join(',')}`);
      fail('build');
      builds.push(request);
      const id = digest(next++);
      for (const tag of request.tags) local.set(tag, id);
      return {};
    },
    push: async (reference) => {
      calls.push(`push ${reference}`);
      fail('push');
      const id = local.get(reference);
      if (!id) throw new Failure(`An image does not exist locally with the tag: ${reference}`, 'other');
      registryTags.set(reference, id);
      return id;
    },
    pull: async (reference) => {
      calls.push(`pull ${reference}`);
      fail('pull');
      const [repo = '', d = ''] = reference.split('@');
      if (![...registryTags.entries()].some(([ref, id]) => ref.startsWith(`${repo}:`) && id === d))
        throw new Failure('manifest unknown', 'other');
      local.set(reference, d);
    },
    tag: async (source, target) => {
      calls.push(`tag ${source} ${target}`);
      const id = local.get(source);
      if (!id) throw new Failure(`No such image: ${source}`, 'other');
      local.set(target, id);
    },
    retagRemote: async (source, targets) => {
      calls.push(`retag ${source} ${targets.join(',')}`);
      const d = source.split('@')[1] ?? '';
      for (const target of targets) registryTags.set(target, d);
    },
  };
  const registry: TagLookupPort = {
    manifestDigest: async (image, tag) => {
      calls.push(`head ${image}:${tag}`);
      fail('head');
      return registryTags.get(`${image}:${tag}`);
    },
    checkCredentials: async (host) => {
      calls.push(`check ${host}`);
      return options.credentialsValid ?? false;
    },
  };
  const printed: string[] = [];
  const secrets: string[] = [];
  const log: ProgressLog = {
    info: (m) => void printed.push(`info ${m}`),
    warn: (m) => void printed.push(`warn ${m}`),
    error: (m) => void printed.push(`error ${m}`),
    group: async (title, body) => {
      printed.push(`group ${title}`);
      return body();
    },
    secret: (v) => void secrets.push(v),
  };
  const sleeps: number[] = [];
  const sleep = async (ms: number) => void sleeps.push(ms);
  return { docker, registry, log, sleep, calls, failures, builds, registryTags, printed, secrets, sleeps };
}

const spec: ImageSpec = { image: 'quay.io/acme/app', context: 'app', dockerfile: '', buildArgs: { RAILS_ENV: 'production' } };

describe('tags and labels', () => {
  it('tags with the commit SHA by default, then extra tags, without repeats', () => {
    expect(imageTags({ revision: SHA, extraTags: ['latest', SHA] })).toEqual([SHA, 'latest']);
    expect(imageTags({ revision: SHA, version: 'v1.2.3', extraTags: ['latest'] })).toEqual(['v1.2.3', 'latest']);
    expect(() => imageTags({ revision: SHA, extraTags: ['bad tag'] })).toThrow(/"bad tag" is not a valid image tag/);
  });

  it('labels revision, source, created, and quay.expires-after only when asked', () => {
    expect(imageLabels({ revision: SHA, source: 'https://github.com/acme/app' }, '2026-11-25T12:00:00Z')).toEqual({
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.created': '2026-11-25T12:00:00Z',
      'org.opencontainers.image.source': 'https://github.com/acme/app',
    });
    expect(imageLabels({ revision: SHA, expiresAfter: '2w' }, 'now')['quay.expires-after']).toBe('2w');
  });

  it('finds the registry of a repository like docker does', () => {
    expect(registryOf('quay.io/acme/app')).toBe('quay.io');
    expect(registryOf('127.0.0.1:5000/acme/app')).toBe('127.0.0.1:5000');
    expect(registryOf('acme/app')).toBe('docker.io');
  });
});

describe('buildAndPush', () => {
  it('masks the password, logs in once per registry, builds, pushes every tag and reports the pushed digest', async () => {
    const w = world();
    const other: ImageSpec = { image: 'quay.io/acme/worker', context: '.', dockerfile: 'worker.Dockerfile', buildArgs: {}, target: 'prod' };
    const built = await buildAndPush([spec, other], { revision: SHA, extraTags: ['latest'], credentials: ROBOT, created: 'T' }, w);
    expect(w.secrets).toEqual([ROBOT.password]);
    expect(w.calls.filter((c) => c.startsWith('login'))).toEqual(['login quay.io acme+deployer']);
    expect(built).toEqual([
      {
        image: 'quay.io/acme/app',
        tags: [SHA, 'latest'],
        digest: digest(100),
        reference: `quay.io/acme/app@${digest(100)}`,
        skipped: false,
      },
      {
        image: 'quay.io/acme/worker',
        tags: [SHA, 'latest'],
        digest: digest(101),
        reference: `quay.io/acme/worker@${digest(101)}`,
        skipped: false,
      },
    ]);
    expect(w.registryTags.get('quay.io/acme/app:latest')).toBe(digest(100));
    expect(w.builds[0]).toMatchObject({ context: 'app', dockerfile: 'app/Dockerfile', buildArgs: { RAILS_ENV: 'production' } });
    expect(w.builds[0]?.labels['org.opencontainers.image.revision']).toBe(SHA);
    expect(w.builds[1]).toMatchObject({ dockerfile: 'worker.Dockerfile', target: 'prod' });
  });

  it('skips the build when the tag is already in the registry, unless forced', async () => {
    const w = world({ tags: { [`quay.io/acme/app:${SHA}`]: digest(7) } });
    const [skipped] = await buildAndPush([spec], { revision: SHA }, w);
    expect(skipped).toEqual({
      image: 'quay.io/acme/app',
      tags: [SHA],
      digest: digest(7),
      reference: `quay.io/acme/app@${digest(7)}`,
      skipped: true,
    });
    expect(w.calls.some((c) => c.startsWith('build') || c.startsWith('push'))).toBe(false);

    const [forced] = await buildAndPush([spec], { revision: SHA, force: true }, w);
    expect(forced?.skipped).toBe(false);
    expect(forced?.digest).not.toBe(digest(7));
  });

  it('builds without asking the registry when skip-existing is off', async () => {
    const w = world({ tags: { [`quay.io/acme/app:${SHA}`]: digest(7) } });
    const [result] = await buildAndPush([spec], { revision: SHA, skipExisting: false }, w);
    expect(result?.skipped).toBe(false);
    expect(w.calls.some((c) => c.startsWith('head'))).toBe(false);
  });

  it('on a skipped build, points missing extra tags at the existing image (pull, tag, push without buildx)', async () => {
    const w = world({ tags: { [`quay.io/acme/app:${SHA}`]: digest(7), 'quay.io/acme/app:latest': digest(1) } });
    const [result] = await buildAndPush([spec], { revision: SHA, extraTags: ['latest'] }, w);
    expect(result?.skipped).toBe(true);
    expect(w.calls.filter((c) => !c.startsWith('head'))).toEqual([
      `pull quay.io/acme/app@${digest(7)}`,
      `tag quay.io/acme/app@${digest(7)} quay.io/acme/app:latest`,
      'push quay.io/acme/app:latest',
    ]);
    expect(w.registryTags.get('quay.io/acme/app:latest')).toBe(digest(7));
  });

  it('on a skipped build with buildx, retags in the registry without pulling', async () => {
    const w = world({ buildx: true, tags: { [`quay.io/acme/app:${SHA}`]: digest(7) } });
    await buildAndPush([spec], { revision: SHA, extraTags: ['latest'] }, w);
    expect(w.calls.filter((c) => !c.startsWith('head'))).toEqual([`retag quay.io/acme/app@${digest(7)} quay.io/acme/app:latest`]);
  });

  it('retries a push that hit a 502 or EOF, with growing delays', async () => {
    const w = world();
    w.failures['push'] = [
      new Failure('received unexpected HTTP status: 502 Bad Gateway', 'transient'),
      new Failure('Put "...": EOF', 'transient'),
    ];
    const [result] = await buildAndPush([spec], { revision: SHA, retry: { attempts: 4, baseDelayMs: 500 } }, w);
    expect(result?.digest).toBe(digest(100));
    expect(w.sleeps).toEqual([500, 1000]);
    expect(w.calls.filter((c) => c.startsWith('push'))).toHaveLength(3);
    expect(w.printed.filter((p) => p.startsWith('warn'))[0]).toMatch(
      /docker push .* failed \(received unexpected HTTP status: 502 Bad Gateway\); try 2 of 4/,
    );
  });

  it('gives up after the last try', async () => {
    const w = world();
    w.failures['push'] = [1, 2, 3].map(() => new Failure('502 Bad Gateway', 'transient'));
    await expect(buildAndPush([spec], { revision: SHA, retry: { attempts: 3, baseDelayMs: 1 } }, w)).rejects.toThrow(
      /failed after 3 tries: 502 Bad Gateway/,
    );
  });

  it('never retries refused credentials and names the user, not the password', async () => {
    const w = world();
    w.failures['login'] = [new Failure('Error response from daemon: unauthorized: authentication required', 'auth')];
    const error = await buildAndPush([spec], { revision: SHA, credentials: ROBOT }, w).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryCredentialsError);
    const message = (error as Error).message;
    expect(message).toContain('rejected the credentials of user "acme+deployer"');
    expect(message).not.toContain(ROBOT.password);
    expect(w.calls.filter((c) => c.startsWith('login'))).toHaveLength(1);
    expect(w.sleeps).toEqual([]);
  });

  it('retries a refused login when the registry itself accepts the credentials (docker skipped the token handshake after a 5xx)', async () => {
    const w = world({ credentialsValid: true });
    w.failures['login'] = [new Failure('login attempt to http://q/v2/ failed with status: 401 Unauthorized', 'auth')];
    const [result] = await buildAndPush([spec], { revision: SHA, credentials: ROBOT, retry: { attempts: 3, baseDelayMs: 10 } }, w);
    expect(result?.skipped).toBe(false);
    expect(w.calls.filter((c) => c.startsWith('login') || c.startsWith('check'))).toEqual([
      'login quay.io acme+deployer',
      'check quay.io',
      'login quay.io acme+deployer',
    ]);
    expect(w.printed.find((p) => p.startsWith('warn'))).toMatch(/refused, though the registry accepts these credentials/);
  });

  it('fails on refused credentials from the existence check, but builds when the check only stumbled', async () => {
    const refused = world();
    refused.failures['head'] = [new Failure('Registry quay.io rejected the credentials of user "acme+deployer"', 'auth')];
    await expect(buildAndPush([spec], { revision: SHA, credentials: ROBOT }, refused)).rejects.toThrow(RegistryCredentialsError);
    expect(refused.calls.some((c) => c.startsWith('build'))).toBe(false);

    const flaky = world();
    flaky.failures['head'] = [new Failure('Registry kept failing: HTTP 502', 'transient')];
    const [result] = await buildAndPush([spec], { revision: SHA, credentials: ROBOT }, flaky);
    expect(result?.skipped).toBe(false);
    expect(flaky.printed.some((p) => p.startsWith('warn Could not check whether quay.io/acme/app'))).toBe(true);
  });

  it('does not retry a build that failed for its own reasons', async () => {
    const w = world();
    w.failures['build'] = [new Failure("The command '/bin/sh -c make' returned a non-zero code: 2", 'other')];
    await expect(buildAndPush([spec], { revision: SHA }, w)).rejects.toThrow(/docker build quay.io\/acme\/app:.* failed: The command/);
    expect(w.calls.filter((c) => c.startsWith('build'))).toHaveLength(1);
  });

  it('takes the digest a multi-platform buildx build pushed', async () => {
    const w = world({ buildx: true });
    w.docker.build = async (request) => {
      w.calls.push(`build ${request.platforms?.join(',') ?? ''}`);
      return { pushedDigest: digest(55) };
    };
    const [result] = await buildAndPush([{ ...spec, platforms: ['linux/amd64', 'linux/arm64'] }], { revision: SHA }, w);
    expect(result).toMatchObject({ digest: digest(55), skipped: false });
    expect(w.calls.filter((c) => c.startsWith('push'))).toEqual([]);
  });
});
