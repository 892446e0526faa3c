// Pieces of `docker run` argument arrays, shared by long-running copies, cron jobs and the migration.
// Every value is one array element: nothing here is ever joined into a shell string.
import type { HealthCheck, HealthSettings } from './host-plan.js';
import { splitCommand } from './command.js';
import { joinUnderRoot } from './host-paths.js';
import { interpolate, type PlaceholderValues } from './placeholders.js';
import type { ContainerDefinition } from './schema.js';

/** A host path under the host root; root `/` leaves it unchanged; a `..` segment throws (src/stack/host-paths.ts). */
export const underRoot = joinUnderRoot;

/** `-v` value with its host side (an absolute path) under the host root; named and anonymous volumes unchanged. */
export function hostVolume(root: string, spec: string): string {
  const colon = spec.indexOf(':');
  if (colon < 0 || !spec.startsWith('/')) return spec;
  return underRoot(root, spec.slice(0, colon)) + spec.slice(colon);
}

const digestTag = /^sha256:[a-f0-9]{64}$/;

/**
 * The image reference to run. A `tag` holding a digest (`sha256:...`, what merge writes when pinning)
 * runs `image@sha256:...`; `v1@sha256:...` runs `image:v1@sha256:...`; anything else `image:tag`.
 */
export function imageReference(definition: Pick<ContainerDefinition, 'image' | 'tag'>): string {
  return digestTag.test(definition.tag) ? `${definition.image}@${definition.tag}` : `${definition.image}:${definition.tag}`;
}

/**
 * Volumes, volumes_from, links, network, entrypoint and log options: everything but identity and ports.
 * `entrypoint: false` leaves the definition's entrypoint out, as the cookbook's migration line did
 * (an entrypoint wrapper that `exec`s a server would otherwise start the server instead of migrating).
 */
export function sharedRunArgs(
  definition: ContainerDefinition,
  root: string,
  values: PlaceholderValues,
  options: { entrypoint?: boolean } = {},
): string[] {
  const args: string[] = [];
  if (definition.network !== undefined) args.push('--network', definition.network);
  if (definition.entrypoint !== undefined && options.entrypoint !== false) args.push('--entrypoint', definition.entrypoint);
  for (const volume of definition.volumes) args.push('-v', hostVolume(root, interpolate(volume, values)));
  for (const from of definition.volumes_from) args.push('--volumes-from', interpolate(from, values));
  for (const link of definition.links) args.push('--link', interpolate(link, values));
  args.push(...logArgs(definition));
  return args;
}

/** Docker's own log rotation (json-file/local); other drivers get only `--log-driver`. */
export function logArgs(definition: ContainerDefinition): string[] {
  const log = definition.log;
  const args = ['--log-driver', log.driver];
  if (log.driver === 'json-file' || log.driver === 'local') {
    args.push('--log-opt', `max-size=${log.max_size}`, '--log-opt', `max-file=${log.max_file}`);
  }
  return args;
}

/** Names of data volumes and containers this definition mounts or links (recreate it when they change). */
export function dependencies(definition: ContainerDefinition, values: PlaceholderValues): string[] {
  const names = [
    ...definition.volumes_from.map((from) => interpolate(from, values).replace(/:(ro|rw)$/, '')),
    ...definition.links.map((link) => interpolate(link, values).split(':')[0] ?? ''),
  ];
  return [...new Set(names.filter((name) => name !== ''))];
}

/** Default deadline (seconds) for a copy to become healthy when the health setting names none. */
export const DEFAULT_HEALTH_DEADLINE = 60;

export function healthSettings(definition: ContainerDefinition): HealthSettings {
  const startupTime = definition.startup_time ?? 0;
  const health = definition.health;
  if (health === undefined) return { interval: 1, timeout: 5, deadline: startupTime, startupTime };
  const options: {
    interval?: number | undefined;
    timeout?: number | undefined;
    retries?: number | undefined;
    deadline?: number | undefined;
  } = health === 'docker' ? {} : health;
  const interval = options.interval ?? 1;
  const timeout = options.timeout ?? 5;
  const deadline = options.deadline ?? (options.retries !== undefined ? options.retries * interval : DEFAULT_HEALTH_DEADLINE);
  return { interval, timeout, deadline: Math.max(deadline, startupTime), startupTime };
}

/** The probe of one copy in one slot; `values` carry that copy's `%{app_name}`, `%{index}`, `%{slot}`. */
export function healthCheck(definition: ContainerDefinition, root: string, values: PlaceholderValues): HealthCheck {
  const health = definition.health;
  if (health === undefined) return { kind: 'none' };
  if (health === 'docker') return { kind: 'docker' };
  if ('cmd' in health) return { kind: 'cmd', argv: splitCommand(health.cmd).map((arg) => interpolate(arg, values)) };
  if (health.socket !== undefined)
    return { kind: 'http-unix', socket: underRoot(root, interpolate(health.socket, values)), path: health.http };
  if (health.port !== undefined) return { kind: 'http', url: `http://127.0.0.1:${interpolate(health.port, values)}${health.http}` };
  const address = definition.load_balancer?.address;
  if (address === undefined) return { kind: 'none' };
  const resolved = interpolate(address, values);
  if (resolved.startsWith('unix@')) return { kind: 'http-unix', socket: underRoot(root, resolved.slice(5)), path: health.http };
  return { kind: 'http', url: `http://${resolved}${health.http}` };
}
