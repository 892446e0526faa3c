// What the way-back world tests share, on either target: a host's whole running shape (to compare before
// and after), a host made to fail its rollout half-way, the release document that changes everything the
// way back must undo, and the restore commands berth sent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeAws } from '../world/fakes/aws.js';
import type { SimHost } from '../world/host.js';
import type { World } from '../world/index.js';

/** Everything docker says a container is, but its identity and run times (the restore starts new containers). */
export async function containerShape(h: SimHost, name: string): Promise<unknown> {
  const [inspect] = JSON.parse((await h.docker(['inspect', name])).stdout) as {
    Image: string;
    State: { Running: boolean };
    Config: { Env?: string[]; Labels?: Record<string, string> };
    HostConfig: unknown;
  }[];
  if (!inspect) throw new Error(`no container ${name}`);
  // berth.deploy names the run that started the container: the restore, recorded as `<deploy>~undo`.
  const { 'berth.deploy': _deploy, ...labels } = inspect.Config.Labels ?? {};
  return {
    image: inspect.Image,
    running: inspect.State.Running,
    config: { ...inspect.Config, Env: [...(inspect.Config.Env ?? [])].sort(), Labels: labels },
    hostConfig: inspect.HostConfig,
  };
}

function filesUnder(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

/** A host as it runs: its containers, cron file, cron env files, haproxy's servers. */
export async function hostSnapshot(world: World, h: SimHost): Promise<Record<string, unknown>> {
  const names = (await h.docker(['ps', '-a', '--filter', 'label=berth.app', '--format', '{{.Names}}'])).stdout
    .split('\n')
    .filter((n) => n !== '')
    .sort();
  const containers: Record<string, unknown> = {};
  for (const name of names) containers[name] = await containerShape(h, name);
  const servers = (await world.haproxyAdmin(h, 'show servers state web'))
    .split('\n')
    .filter((l) => /^\d/.test(l))
    .map((l) => {
      const f = l.split(' ');
      // Name, address, and whether it takes traffic (running, no admin state). A slot berth drained stays in
      // maintenance where before its first use it was merely down: neither serves.
      return `${f[3]} ${f[4]} ${f[5] === '2' && f[6] === '0' ? 'serving' : 'idle'}`;
    })
    .sort();
  return {
    containers,
    cron: filesUnder(join(h.root, 'etc/cron.d')),
    cronEnv: filesUnder(join(h.root, 'etc/berth/env/demo')),
    servers,
  };
}

/** Removes the second web copy's new container on a host as soon as it appears: that host's rollout fails there. */
export function breakSecondCopyOn(h: SimHost): () => Promise<void> {
  let stop = false;
  const loop = (async () => {
    while (!stop) {
      const found = await h.docker(['ps', '-aq', '--filter', 'name=^web1-berth-next$']);
      if (found.stdout.trim() !== '') await h.docker(['rm', '-f', 'web1-berth-next']);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return async () => {
    stop = true;
    await loop;
  };
}

type Doc = {
  deploy: {
    demo: {
      containers: Record<string, { env?: Record<string, string>; command?: string; stop_signal?: string; cron?: Record<string, string> }>[];
    };
  };
};

/** The example document (as text) with everything the way back must undo changed: env, command, stop signal, cron. */
export function changedDocumentText(text: string): string {
  const doc = JSON.parse(text) as Doc;
  for (const entry of doc.deploy.demo.containers) {
    const [name, def] = Object.entries(entry)[0] ?? [];
    if (!def) continue;
    if (name === 'web') def.env = { ...def.env, RACK_ENV: 'staging', FEATURE: 'on' };
    if (name === 'worker') {
      def.command = 'work --fast';
      def.stop_signal = 'TERM';
    }
    if (name === 'cron') {
      def.cron = { minute: '*/7' };
      def.env = { ...def.env, JOB_LOG: '/srv/data/jobs-new.log' };
    }
  }
  return JSON.stringify(doc, null, 2);
}

/** The restore commands sent since request `from`: their instance ids. */
export function restoresSince(aws: FakeAws, from: number): string[] {
  return aws.requests
    .slice(from)
    .filter((r) => r.target === 'AmazonSSM.SendCommand' && r.status === 200)
    .map((r) => r.body as { Comment?: string; InstanceIds?: string[] })
    .filter((b) => (b.Comment ?? '').startsWith('berth restore before'))
    .flatMap((b) => b.InstanceIds ?? []);
}
