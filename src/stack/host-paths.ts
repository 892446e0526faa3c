// Host paths of a plan (volume host sides, health sockets, the haproxy admin socket, cron and env
// files) are joined under the host root here. A `..` segment is refused, never joined: validate
// refuses one written in the document (check-names.ts), and this refuses one a placeholder brings in
// (a host fact such as the OpsWorks name), so `/srv/h/../../etc` never reaches a host. A path without
// `..` is joined as written, so a host deployed before this check keeps the same `docker run`
// arguments (and the same definition hash).

/** A host path that would leave the host root. The message names the path and the way out. */
export class HostPathError extends Error {
  constructor(readonly path: string) {
    super(
      `host path ${JSON.stringify(path)} has a ".." segment: berth keeps every host path under the host root; write the path it means without ".."`,
    );
    this.name = 'HostPathError';
  }
}

/** Whether `path` has a `..` segment (anywhere: `a/../b` is refused too, it means `b`). */
export function climbsUp(path: string): boolean {
  return path.split('/').includes('..');
}

/** A host path under the host root (root `/` leaves it as written); throws HostPathError on `..`. */
export function joinUnderRoot(root: string, path: string): string {
  if (climbsUp(path)) throw new HostPathError(path);
  const base = root.replace(/\/+$/, '');
  return base === '' ? path : `${base}${path.startsWith('/') ? '' : '/'}${path}`;
}
