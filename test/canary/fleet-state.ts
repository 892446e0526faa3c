// What the canary's world tests and `npm run bench -- canary` read from the real hosts and the fake AWS:
// each host's running app copies (docker inspect: container ids and image ids) and the Run Commands berth
// sent to each host (by their comment, `berth <what> <version>`).
import type { FakeAws } from '../world/fakes/aws.js';
import type { SimHost } from '../world/host.js';

export interface RunningCopy {
  definition: string;
  containerId: string;
  imageId: string;
}

/** The running containers of `definitions` (berth.definition label) on a host, by container name. */
export async function runningCopies(host: SimHost, definitions: string[]): Promise<Record<string, RunningCopy>> {
  const ids = (await host.docker(['ps', '-q', '--filter', 'label=berth.app'])).stdout.split('\n').filter(Boolean);
  if (ids.length === 0) return {};
  const inspected = await host.docker([
    'inspect',
    '-f',
    '{{index .Config.Labels "berth.definition"}} {{.Name}} {{.Id}} {{.Image}}',
    ...ids,
  ]);
  const copies: Record<string, RunningCopy> = {};
  for (const line of inspected.stdout.split('\n')) {
    const [definition = '', name = '', containerId = '', imageId = ''] = line.split(' ');
    if (definitions.includes(definition)) copies[name.replace(/^\//, '')] = { definition, containerId, imageId };
  }
  return Object.fromEntries(Object.entries(copies).sort(([a], [b]) => a.localeCompare(b)));
}

/** The image id `ref` names in a host's engine ('' when the host does not have it). */
export async function imageIdOn(host: SimHost, ref: string): Promise<string> {
  return (await host.docker(['image', 'inspect', '-f', '{{.Id}}', ref])).stdout.trim();
}

/** Whether every listed copy on the host runs `imageId` (and there is at least one). */
export function allRun(copies: Record<string, RunningCopy>, imageId: string): boolean {
  const all = Object.values(copies);
  return imageId !== '' && all.length > 0 && all.every((copy) => copy.imageId === imageId);
}

/** Per instance id, what berth asked it to do since request `from` of the fake, in order: preflight, canary, rollout, restore... */
export function commandsSince(aws: FakeAws, from: number): Record<string, string[]> {
  const sent: Record<string, string[]> = {};
  for (const request of aws.requests.slice(from)) {
    if (request.target !== 'AmazonSSM.SendCommand' || request.status !== 200) continue;
    const body = request.body as { Comment?: string; InstanceIds?: string[] };
    const what = /^berth (\S+)/.exec(body.Comment ?? '')?.[1] ?? '?';
    for (const id of body.InstanceIds ?? []) (sent[id] ??= []).push(what);
  }
  return sent;
}
