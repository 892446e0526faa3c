// What a host really runs and keeps, read from the host itself (its engine and its root), never from
// berth's own report: every container with what says whether it was restarted or replaced, the cron
// files, and the records under var/lib/berth. Values that may hold secrets (container env, cron env
// files) are kept as digests, so a failed assertion never prints them.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SimHost } from '../world/index.js';

export interface ContainerState {
  name: string;
  id: string;
  startedAt: string;
  restartCount: number;
  running: boolean;
  /** The image id (sha256:...) and the reference it was started from. */
  imageId: string;
  image: string;
  /** sha256 of the sorted environment. */
  envDigest: string;
  labels: Record<string, string>;
}

export interface HostSnapshot {
  hostname: string;
  /** By container name. */
  containers: Record<string, ContainerState>;
  /** Path under the host root -> sha256 of the file, for etc/cron.d and the cron env files (etc/berth). */
  cronFiles: Record<string, string>;
  /** Paths of the files under var/lib/berth (plans, state, journals), sorted. */
  records: string[];
}

const digest = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

function filesUnder(root: string, dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

async function containersOn(host: SimHost): Promise<Record<string, ContainerState>> {
  const ids = (await host.docker(['ps', '-a', '-q', '--no-trunc'])).stdout.split('\n').filter((id) => id !== '');
  if (ids.length === 0) return {};
  const inspected = await host.docker(['inspect', ...ids]);
  if (inspected.code !== 0) throw new Error(`docker inspect on ${host.hostname}: ${inspected.stderr}`);
  const raw = JSON.parse(inspected.stdout) as {
    Id: string;
    Name: string;
    Image: string;
    RestartCount: number;
    State: { StartedAt: string; Running: boolean };
    Config: { Image: string; Env: string[] | null; Labels: Record<string, string> | null };
  }[];
  return Object.fromEntries(
    raw.map((c) => {
      const name = c.Name.replace(/^\//, '');
      return [
        name,
        {
          name,
          id: c.Id,
          startedAt: c.State.StartedAt,
          restartCount: c.RestartCount,
          running: c.State.Running,
          imageId: c.Image,
          image: c.Config.Image,
          envDigest: digest([...(c.Config.Env ?? [])].sort().join('\n')),
          labels: c.Config.Labels ?? {},
        },
      ];
    }),
  );
}

export async function snapshotHost(host: SimHost): Promise<HostSnapshot> {
  const cronPaths = [...filesUnder(host.root, join(host.root, 'etc/cron.d')), ...filesUnder(host.root, join(host.root, 'etc/berth'))];
  return {
    hostname: host.hostname,
    containers: await containersOn(host),
    cronFiles: Object.fromEntries(cronPaths.map((path) => [path, digest(readFileSync(join(host.root, path)))])),
    records: filesUnder(host.root, join(host.root, 'var/lib/berth')),
  };
}

/** What says a container was neither replaced nor restarted. */
export function restartMarks(
  snapshot: HostSnapshot,
): Record<string, Pick<ContainerState, 'id' | 'startedAt' | 'restartCount' | 'running'>> {
  return Object.fromEntries(
    Object.values(snapshot.containers).map((c) => [
      c.name,
      { id: c.id, startedAt: c.startedAt, restartCount: c.restartCount, running: c.running },
    ]),
  );
}
