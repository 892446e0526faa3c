// Hosts that join a running world and leave it (scale-out, a terminated instance): the world's host list,
// its cleanup (stop(), the exit handler and the reaper tear down everything under the world's directory,
// joined hosts included) and the base images a host starts with follow.
import { join } from 'node:path';
import { DOCKER_CLIENT } from './engine.js';
import { type HostParts, type SimHost, TEARDOWN, startHost, stopHost } from './host.js';
import type { BaseImage } from './images.js';
import { run, runOk } from './proc.js';

/** The builder engine's index (directory h99, address .250): never a joining host's. */
export const BUILDER_INDEX = 99;
/** Host i listens on 127.a.b.(i+1); .250 is the builder's, so the last index a host can take is 248. */
const LAST_INDEX = 248;

export const DEFAULT_TAGS: Readonly<Record<string, string>> = { Role: 'web', Environment: 'production' };

/** Indexes are never reused: a host that left keeps its hostname and address to itself in logs and records. */
export function nextJoinIndex(previous: number): number {
  const next = previous + 1 === BUILDER_INDEX ? BUILDER_INDEX + 1 : previous + 1;
  if (next > LAST_INDEX) throw new Error(`the world has no address left for another host (host indexes end at ${LAST_INDEX})`);
  return next;
}

export function hostAddress(prefix: string, index: number): string {
  return `${prefix}.${index + 1}`;
}

/** Tags the world's published base images (PUBLISHED_BASE_IMAGES) into the registry's namespace on one host. */
export async function tagPublishedImages(host: SimHost, published: Record<string, string>, registryHost: string): Promise<void> {
  for (const [local, remote] of Object.entries(published)) {
    await runOk([DOCKER_CLIENT, 'tag', local, `${registryHost}/${remote}`], { env: host.env });
  }
}

export interface MembershipContext {
  dir: string;
  prefix: string;
  region: string;
  images: Promise<BaseImage[]>;
  /** The world's hosts (World.hosts) and their parts, both updated in place. */
  hosts: SimHost[];
  parts: HostParts[];
  /** Index of the last host started so far. */
  lastIndex: number;
  published?: { images: Record<string, string>; registryHost: string };
  isStopped(): boolean;
}

export interface Membership {
  addHost(opts?: { tags?: Record<string, string> }): Promise<SimHost>;
  removeHost(instanceId: string): Promise<void>;
}

export function membership(context: MembershipContext): Membership {
  let lastIndex = context.lastIndex;
  return {
    async addHost(opts = {}) {
      if (context.isStopped()) throw new Error('addHost: the world is stopped');
      const index = nextJoinIndex(lastIndex);
      lastIndex = index;
      const hostname = `docker${index + 1}`;
      let parts: HostParts;
      try {
        parts = await startHost(context.dir, index, hostAddress(context.prefix, index), hostname, context.region, context.images, {
          ...(opts.tags ?? DEFAULT_TAGS),
        });
        if (context.published) await tagPublishedImages(parts.host, context.published.images, context.published.registryHost);
      } catch (error) {
        // An engine that did start is stopped by its pidfile; the world's teardown would also find it.
        await run(['bash', TEARDOWN, join(context.dir, `h${index}`)], { timeoutMs: 120_000 });
        throw error;
      }
      if (context.isStopped()) {
        // stop() ran while this host was starting: it tore the engine down but could not close this endpoint.
        await parts.imds.close();
        throw new Error(`addHost: the world stopped while ${hostname} was joining`);
      }
      context.parts.push(parts);
      context.hosts.push(parts.host);
      return parts.host;
    },
    async removeHost(instanceId) {
      const parts = context.parts.find((candidate) => candidate.host.instanceId === instanceId);
      if (!parts) throw new Error(`removeHost: no host ${instanceId} in this world`);
      context.parts.splice(context.parts.indexOf(parts), 1);
      const at = context.hosts.indexOf(parts.host);
      if (at >= 0) context.hosts.splice(at, 1);
      await stopHost(parts);
    },
  };
}
