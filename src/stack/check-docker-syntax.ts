// Values docker and the kernel refuse: an image repository (docker pull), a port mapping (docker run -p),
// a volume (docker run -v), a hostname over 64 characters. Such a value would pass validation and fail
// the deploy on its first host, after the lock and the preflight: refused here instead, where the user
// still sees which value it is.
import type { Reporter } from './diagnostics.js';
import { copyValues, expansions } from './check-names.js';
import { quote } from './check-values.js';
import { MAX_HOSTNAME_LENGTH } from './hostname.js';
import { isLongRunning, listDataVolumes, listDefinitions, type StackDocument } from './schema.js';

/** Longest repository name docker accepts (distribution's reference grammar). */
const MAX_NAME_LENGTH = 255;
/** A registry host: DNS labels (any case), or an IPv4 address; an optional port. Or a bracketed IPv6 address. */
const DOMAIN =
  /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
/** One path component of a repository: lowercase letters and digits, joined by ".", "_", "__" or dashes. */
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

/** Why `image` is not a repository docker can pull (without tag or digest), or undefined when it is. */
export function imageProblem(image: string): string | undefined {
  if (image.trim() === '') return 'image is empty: name the repository, e.g. "quay.io/acme/app"';
  if (image.length > MAX_NAME_LENGTH) return `image has ${image.length} characters, more than the ${MAX_NAME_LENGTH} docker accepts`;
  const components = image.split('/');
  const first = components[0] ?? '';
  // docker's rule: the first component is a registry host when it has a "." or a ":", is localhost, or has capitals.
  const hasDomain = components.length > 1 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
  const path = hasDomain ? components.slice(1) : components;
  const last = path.at(-1) ?? '';
  if (last.includes('@')) {
    return `image ${quote(image)} carries a digest: put the repository in "image" and "sha256:..." in "tag"`;
  }
  if (last.includes(':')) {
    const tag = last.slice(last.indexOf(':') + 1);
    return `image ${quote(image)} carries a tag: put the repository in "image" and ${quote(tag)} in "tag"`;
  }
  if (hasDomain && !DOMAIN.test(first)) {
    return `image ${quote(image)} starts with ${quote(first)}, which is not a registry host: use a host name or address with an optional port, e.g. "quay.io" or "registry.local:5000"`;
  }
  const bad = path.find((component) => !PATH_COMPONENT.test(component));
  if (bad !== undefined) {
    const why = bad === '' ? 'an empty part (a doubled or trailing "/")' : `the part ${quote(bad)}`;
    return `image ${quote(image)} is not a Docker repository name: ${why}; each part after the registry host is lowercase letters and digits, joined by ".", "_" or "-" (e.g. "quay.io/acme/web-app")`;
  }
  return undefined;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

/** A port or a range `a-b` (1 to 65535, a <= b): its length (1 for a single port), or undefined. */
function portRange(text: string): number | undefined {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  if (start < 1 || end > 65535 || end < start) return undefined;
  return end - start + 1;
}

/** Why docker run -p would refuse `spec`, or undefined when it takes it. */
export function portMappingProblem(spec: string): string | undefined {
  let rest = spec;
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    const protocol = rest.slice(slash + 1);
    if (!PROTOCOLS.has(protocol)) return `the protocol ${quote(protocol)} is not tcp, udp or sctp`;
    rest = rest.slice(0, slash);
  }
  let ip: string | undefined;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']:');
    if (close < 0) return 'a bracketed IPv6 address must be followed by ":" and the ports';
    ip = rest.slice(0, close + 1);
    if (!/^\[[0-9a-fA-F:]+\]$/.test(ip)) return `${quote(ip)} is not an IPv6 address`;
    rest = rest.slice(close + 2);
  }
  const parts = rest.split(':');
  if (ip === undefined && parts.length === 3) ip = parts.shift();
  else if (ip !== undefined && parts.length !== 2) return 'after the IPv6 address comes "HOST_PORT:CONTAINER_PORT"';
  if (parts.length > 2) return 'too many ":" (an IPv6 address goes in brackets: "[::1]:8080:80")';
  if (ip !== undefined && ip !== '' && !ip.startsWith('[')) {
    const octets = IPV4.exec(ip);
    if (!octets || octets.slice(1).some((o) => Number(o) > 255)) return `${quote(ip)} is not an IPv4 address`;
  }
  const container = parts.pop() ?? '';
  const host = parts.pop();
  const containerPorts = portRange(container);
  if (containerPorts === undefined) return `the container port ${quote(container)} is not a port (1-65535) or a range "8000-8009"`;
  if (host === undefined || host === '') return undefined;
  const hostPorts = portRange(host);
  if (hostPorts === undefined) return `the host port ${quote(host)} is not a port (1-65535) or a range "8000-8009"`;
  if (containerPorts > 1 && hostPorts !== containerPorts) return 'a container port range needs a host range of the same length';
  return undefined;
}

const MOUNT_OPTIONS = [['rw', 'ro'], ['z', 'Z'], ['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'], ['nocopy']];
/** A named volume (docker volume create's rule). */
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** Why docker's mount mode `mode` ("ro", "rw,Z", ...) is refused, or undefined. */
function mountModeProblem(mode: string): string | undefined {
  const seen = new Set<number>();
  for (const option of mode.split(',')) {
    const group = MOUNT_OPTIONS.findIndex((options) => options.includes(option));
    if (group < 0) return `the mode ${quote(option)} is none of ro, rw, z, Z, nocopy, shared, slave, private (r-)`;
    if (seen.has(group)) return `the mode ${quote(mode)} sets the same thing twice`;
    seen.add(group);
  }
  return undefined;
}

/** Why docker run -v would refuse `spec` (Linux: [SOURCE:]DESTINATION[:MODE]), or undefined. */
export function volumeProblem(spec: string): string | undefined {
  const parts = spec.split(':');
  if (parts.length > 3) return 'too many ":"';
  const destination = parts.length === 1 ? parts[0] : parts[1];
  const source = parts.length === 1 ? undefined : parts[0];
  const mode = parts[2];
  if (parts.length === 2 && mountModeProblem(parts[1] ?? '') === undefined) {
    return 'a container path with a mode but no source: write "/host/path:/container/path:mode"';
  }
  if (destination === undefined || !destination.startsWith('/')) {
    return `the container path ${quote(destination ?? '')} is not absolute`;
  }
  if (/^\/+$/.test(destination)) return 'the container path cannot be "/"';
  if (source !== undefined && !source.startsWith('/') && !VOLUME_NAME.test(source)) {
    return `the source ${quote(source)} is neither an absolute host path nor a volume name (letters, digits, "_.-", two or more)`;
  }
  return mode === undefined ? undefined : mountModeProblem(mode);
}

type Values = Parameters<typeof expansions>[1];

/**
 * Reports the first value a copy gives `spec` (its placeholders expanded: an unknown one is reported by
 * the placeholder checks) that `problem` refuses.
 */
function checkEachValue(
  spec: string,
  values: Values,
  problem: (value: string) => string | undefined,
  report: (message: string) => void,
): void {
  for (const expanded of expansions(spec, values) ?? []) {
    const found = problem(expanded);
    if (found === undefined) continue;
    report(`${expanded === spec ? '' : ` (one copy gets ${quote(expanded)})`}: ${found}`);
    return;
  }
}

export function checkDockerSyntax(document: StackDocument, reporter: Reporter): void {
  for (const { definition, path, name } of listDefinitions(document)) {
    const image = imageProblem(definition.image);
    if (image !== undefined) reporter.error('image', [...path, 'image'], image);
    // As the plan fills them in (src/stack/plan.ts): `app_name` is the definition's name in ports and
    // volumes, the copy's name in the hostname.
    const copies = copyValues(name, definition);
    const values = { ...copies, app_name: [name] };
    // Only long-running copies get -p and --hostname: a cron job ignores both, as the cookbook did.
    const longRunning = isLongRunning(definition);
    (longRunning ? definition.ports : []).forEach((spec, index) =>
      checkEachValue(spec, values, portMappingProblem, (why) =>
        reporter.error(
          'port',
          [...path, 'ports', index],
          `ports entry is not a docker port mapping${why}; use "8080:80", "127.0.0.1:8080:80", "80", "8000-8009:8000-8009", with "/udp" or "/sctp" for another protocol`,
        ),
      ),
    );
    definition.volumes.forEach((spec, index) =>
      checkEachValue(spec, values, volumeProblem, (why) =>
        reporter.error(
          'volume',
          [...path, 'volumes', index],
          `volumes entry is not a docker volume${why}; use "/host/path:/container/path", "/host/path:/container/path:ro", "name:/container/path" or "/container/path"`,
        ),
      ),
    );
    if (definition.hostname !== undefined && longRunning) {
      // Host facts empty: what is too long then is too long on any host.
      checkEachValue(
        definition.hostname,
        { ...copies, opsworks: [''], public_ip: [''] },
        (hostname) => (hostname.length > MAX_HOSTNAME_LENGTH ? `it has ${hostname.length} characters` : undefined),
        (why) =>
          reporter.error(
            'hostname',
            [...path, 'hostname'],
            `hostname is too long for a container${why}; a container's hostname has at most ${MAX_HOSTNAME_LENGTH} (even with empty host facts this one is longer), or the copy cannot start: shorten it`,
          ),
      );
    }
  }
  for (const volume of listDataVolumes(document)) {
    volume.volumes.forEach((spec, index) =>
      checkEachValue(spec, { app_name: [volume.name] }, volumeProblem, (why) =>
        reporter.error(
          'volume',
          [...volume.path, 'volumes', index],
          `data volume path is not a docker volume${why}; use a container path such as "/var/static" (or "/host/path:/container/path")`,
        ),
      ),
    );
  }
}
