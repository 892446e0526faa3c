// Names and values the host script refuses (validate_plan in host/lib/plan.sh uses the same patterns),
// and names that differ in the document but meet on the host: one cron file, env file or
// Parameter Store name for two things. Refused here, where the user can still see which value it is.
import type { Reporter } from './diagnostics.js';
import { tokenize, type PlaceholderName } from './placeholders.js';
import type { JsonPath } from './positions.js';
import { listDataVolumes, listDefinitions, type ContainerDefinition, type StackDocument } from './schema.js';
import { level, slug } from './secrets.js';

/** Container names (definitions, copies, data volumes): docker's rule, as the host checks it. */
export const CONTAINER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** haproxy backend and server names, and slot values (they end up in server names and labels). */
export const HAPROXY_NAME = /^[A-Za-z0-9_.:-]+$/;
export const HAPROXY_ADDRESS = /^[A-Za-z0-9_.:/@-]+$/;
/** App names end up in labels the host reads back as `|`-separated lines. */
const APP_NAME_FORBIDDEN = /[\p{Cc}|\u2028\u2029]/u;

/** The values a placeholder can take where the document cannot know them (host facts). */
const HOST_VALUES: Record<'opsworks' | 'public_ip', string[]> = { opsworks: ['stack-host'], public_ip: ['', '203.0.113.10'] };
const MAX_EXPANSIONS = 64;

/** Every value `text` can take for the given placeholder values (host facts in all their forms). */
export function expansions(text: string, values: Partial<Record<PlaceholderName, string[]>>): string[] | undefined {
  let out = [''];
  for (const token of tokenize(text)) {
    if (token.kind === 'text') {
      out = out.map((prefix) => prefix + token.value);
      continue;
    }
    if (token.kind !== 'placeholder') return undefined; // reported by the placeholder checks
    const options = values[token.name as PlaceholderName] ?? HOST_VALUES[token.name as keyof typeof HOST_VALUES];
    if (options === undefined) return undefined;
    out = out.flatMap((prefix) => options.map((option) => prefix + option)).slice(0, MAX_EXPANSIONS);
  }
  return out;
}

/** A host path that some placeholder value turns into one with a `..` step (out of the host root). */
export function escapesHostRoot(path: string, values: Partial<Record<PlaceholderName, string[]>>): boolean {
  if (path.split('/').includes('..')) return true;
  const all = expansions(path, values);
  return all !== undefined && all.some((value) => value.split('/').includes('..'));
}

export interface CopyValues {
  app_name: string[];
  index: string[];
  slot: string[];
}

/** The values a copy's placeholders take where the copy is named (`app_name` is `web0`, as in hostname, command, health). */
export function copyValues(name: string, definition: ContainerDefinition): CopyValues {
  const count = Math.max(1, definition.containers);
  const indexes = Array.from({ length: count }, (_, i) => String(i));
  return {
    app_name: indexes.map((i) => `${name}${i}`),
    index: indexes,
    slot: definition.load_balancer?.slots ?? [''],
  };
}

function checkHostPath(
  value: string,
  path: JsonPath,
  what: string,
  values: Partial<Record<PlaceholderName, string[]>>,
  reporter: Reporter,
): void {
  if (escapesHostRoot(value, values)) {
    reporter.error(
      'host-path',
      path,
      `${what} can leave the host root: a ".." step (or a placeholder that may be empty, such as %{public_ip}, next to one) points outside it; write the path without ".."`,
    );
  }
}

/** The host side of a `-v` value (`/srv/x:/data`); undefined for named and anonymous volumes. */
function hostSide(spec: string): string | undefined {
  const colon = spec.indexOf(':');
  return colon > 0 && spec.startsWith('/') ? spec.slice(0, colon) : undefined;
}

function checkLoadBalancer(name: string, definition: ContainerDefinition, path: JsonPath, reporter: Reporter): void {
  const binding = definition.load_balancer;
  if (!binding) return;
  const at = [...path, 'load_balancer'];
  if (!HAPROXY_NAME.test(binding.backend)) {
    reporter.error(
      'load-balancer',
      [...at, 'backend'],
      `load_balancer.backend ${JSON.stringify(binding.backend)} has characters haproxy's runtime API cannot take: use letters, digits and "_.:-"`,
    );
  }
  binding.slots.forEach((slot, index) => {
    if (slot !== '' && !HAPROXY_NAME.test(slot)) {
      reporter.error(
        'load-balancer',
        [...at, 'slots', index],
        `slot ${JSON.stringify(slot)} ends up in server names and labels: use letters, digits and "_.:-" (or "")`,
      );
    }
  });
  const values = copyValues(name, definition);
  const servers = expansions(binding.server, values);
  if (servers?.some((server) => server === '')) {
    reporter.error(
      'load-balancer',
      [...at, 'server'],
      'load_balancer.server can be empty for a copy: each copy needs its own server name, e.g. "%{app_name}%{slot}"',
    );
  } else if (servers?.some((server) => !HAPROXY_NAME.test(server))) {
    reporter.error(
      'load-balancer',
      [...at, 'server'],
      'load_balancer.server gives a server name haproxy\'s runtime API cannot take: use letters, digits, "_.:-" and placeholders',
    );
  }
  if (binding.address !== undefined) {
    const addresses = expansions(binding.address, values);
    if (addresses?.some((address) => address !== '' && !HAPROXY_ADDRESS.test(address))) {
      reporter.error(
        'load-balancer',
        [...at, 'address'],
        'load_balancer.address gives an address haproxy cannot take: use "host:port" or "unix@/path" with letters, digits, "_.:/@-" and placeholders',
      );
    }
    if (binding.address.startsWith('unix@'))
      checkHostPath(binding.address.slice(5), [...at, 'address'], 'load_balancer.address', values, reporter);
  }
  checkHostPath(binding.admin_socket, [...at, 'admin_socket'], 'load_balancer.admin_socket', { app_name: [name] }, reporter);
}

function checkHealthPort(name: string, definition: ContainerDefinition, path: JsonPath, reporter: Reporter): void {
  const health = definition.health;
  if (health === undefined || health === 'docker' || !('http' in health)) return;
  const values = copyValues(name, definition);
  if (health.port !== undefined) {
    const ports = expansions(health.port, values);
    const bad = ports?.find((port) => !/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535);
    if (bad !== undefined) {
      reporter.error(
        'health',
        [...path, 'health', 'port'],
        `health.port must be a port number from 1 to 65535 for every copy (one copy gets ${JSON.stringify(bad.slice(0, 40))}): use a number such as 3000, or "300%{index}"`,
      );
    }
  }
  if (health.socket !== undefined) checkHostPath(health.socket, [...path, 'health', 'socket'], 'health.socket', values, reporter);
}

/** Several things whose names differ only in case or punctuation but become the same file or parameter. */
function checkMeetings(
  items: { key: string; label: string; path: JsonPath }[],
  what: (a: string, b: string, shared: string) => string,
  reporter: Reporter,
): void {
  const first = new Map<string, string>();
  for (const item of items) {
    const earlier = first.get(item.key);
    if (earlier === undefined) first.set(item.key, item.label);
    else if (earlier !== item.label) reporter.error('name-clash', item.path, what(earlier, item.label, item.key), { key: true });
  }
}

export function checkNames(document: StackDocument, reporter: Reporter): void {
  for (const app of Object.keys(document.deploy)) {
    if (APP_NAME_FORBIDDEN.test(app)) {
      reporter.error(
        'app-name',
        ['deploy', app],
        `app name ${JSON.stringify(app)} holds a line break, "|" or a control character, which the host cannot read back from container labels: use letters, digits, blanks and "_.-"`,
        { key: true },
      );
    }
    if (app === '.' || app === '..') {
      reporter.error(
        'app-name',
        ['deploy', app],
        `app name "${app}" is a directory step: the host keeps each app's records under /var/lib/berth/plans/<app>, which "${app}" would turn into another directory; use letters, digits, blanks and "_.-"`,
        { key: true },
      );
    }
  }
  // The host names an app's state file and plan records by the name with "/" as "_" (app_file in host/lib/util.sh).
  checkMeetings(
    Object.keys(document.deploy).map((app) => ({ key: app.replaceAll('/', '_'), label: app, path: ['deploy', app] })),
    (a, b, shared) =>
      `apps "${a}" and "${b}" would share their records on the host (/var/lib/berth/${shared}.state and plans/${shared}; "/" becomes "_"): rename one`,
    reporter,
  );
  checkMeetings(
    Object.keys(document.deploy).map((app) => ({ key: slug(app), label: app, path: ['deploy', app] })),
    (a, b, shared) =>
      `apps "${a}" and "${b}" would share the cron file /etc/cron.d/berth-${shared}, the env directory and Parameter Store names (both become "${shared}"): rename one`,
    reporter,
  );
  checkMeetings(
    Object.keys(document.docker?.registries ?? {}).map((host) => ({ key: level(host), label: host, path: ['docker', 'registries', host] })),
    (a, b, shared) =>
      `registries "${a}" and "${b}" would share the Parameter Store name of their password (registries/${shared}/password): write the host once`,
    reporter,
  );
  const definitions = listDefinitions(document);
  for (const app of Object.keys(document.deploy)) {
    checkMeetings(
      definitions
        .filter((d) => d.app === app && d.definition.deploy === 'cron')
        .map((d) => ({ key: slug(d.name), label: d.name, path: d.path })),
      (a, b, shared) => `cron definitions "${a}" and "${b}" of app "${app}" would share the env file ${shared}.env: rename one`,
      reporter,
    );
  }
  for (const { name, definition, path } of definitions) {
    if (!CONTAINER_NAME.test(name)) {
      reporter.error(
        'definition-name',
        path,
        `definition name ${JSON.stringify(name)} is not a valid container name: use letters, digits and "_.-", starting with a letter or digit`,
        { key: true },
      );
    }
    const values = copyValues(name, definition);
    definition.volumes.forEach((spec, index) => {
      const host = hostSide(spec);
      if (host !== undefined)
        checkHostPath(
          host,
          [...path, 'volumes', index],
          "this volume's host path",
          { app_name: [name], index: values.index, slot: values.slot },
          reporter,
        );
    });
    checkLoadBalancer(name, definition, path, reporter);
    checkHealthPort(name, definition, path, reporter);
  }
  for (const volume of listDataVolumes(document)) {
    if (!CONTAINER_NAME.test(volume.name)) {
      reporter.error(
        'data-volume-name',
        volume.path,
        `data volume name ${JSON.stringify(volume.name)} is not a valid container name: use letters, digits and "_.-", starting with a letter or digit`,
        { key: true },
      );
    }
    volume.volumes.forEach((spec, index) => {
      const host = hostSide(spec);
      if (host !== undefined)
        checkHostPath(host, [...volume.path, 'volumes', index], "this data volume's host path", { app_name: [volume.name] }, reporter);
    });
  }
}
