// A container's hostname (docker run --hostname): the kernel refuses one longer than 64 characters
// (HOST_NAME_MAX), and the copy would never start. The default `<copy>.<the host's hostname>` gets long
// on hosts named by their full DNS name (Amazon Linux: "ip-10-0-1-2.eu-west-1.compute.internal"), so
// the plan refuses it before any host changes, saying what to set instead.

/** The longest hostname the kernel sets (sethostname: HOST_NAME_MAX). */
export const MAX_HOSTNAME_LENGTH = 64;

export class HostnameTooLongError extends Error {
  constructor(copy: string, definition: string, hostname: string, byDefault: boolean) {
    const why = byDefault ? ` (the default: the copy's name, ".", the host's hostname)` : '';
    super(
      `copy ${copy} would get the hostname ${JSON.stringify(hostname)}${why}: ${hostname.length} characters, more than the ${MAX_HOSTNAME_LENGTH} a container's hostname can have, so it could not start; set "hostname" on definition "${definition}" to something shorter, e.g. "%{app_name}"`,
    );
    this.name = 'HostnameTooLongError';
  }
}

/** The hostname of a copy: `explicit` (placeholders already filled in), else `<copy>.<host's hostname>`; at most 64 characters. */
export function copyHostname(copy: string, definition: string, hostHostname: string, explicit: string | undefined): string {
  const hostname = explicit ?? `${copy}.${hostHostname}`;
  // A release template's sentinel (0x1D-marked, src/stack/release-template.ts) is no length: a host fills it in.
  if (hostname.length > MAX_HOSTNAME_LENGTH && !hostname.includes('\x1d')) {
    throw new HostnameTooLongError(copy, definition, hostname, explicit === undefined);
  }
  return hostname;
}
