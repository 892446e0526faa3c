// Hand-built host plans for the host script tests: the demo app (examples/app) behind the world's
// haproxy, copies in slots '' and '_b' on unix sockets under the host root, like examples/stack.json.
import type { HostPlan, PlanDefinition, PlanEnvVar, PlanSlot } from '../../src/stack/host-plan.js';

export interface DemoOptions {
  root: string;
  image: string;
  name?: string;
  app?: string;
  copies?: number;
  /** Two slots per copy (zero downtime) or one (stop-then-start). */
  slots?: 1 | 2;
  env?: PlanEnvVar[];
  command?: (copy: string, slot: string) => string[];
  health?: 'http-unix' | 'cmd' | 'none';
  deadline?: number;
  startupTime?: number;
  loadBalancer?: boolean;
  hash?: string;
  mode?: 'auto' | 'manual';
  redeploy?: boolean;
  extraRunArgs?: string[];
  hostname?: (copy: string) => string;
  dependsOn?: string[];
}

export const literal = (key: string, value: string, secret = false): PlanEnvVar => ({ key, value: { kind: 'literal', value }, secret });
export const fromSsm = (key: string, name: string): PlanEnvVar => ({ key, value: { kind: 'ssm', name }, secret: true });

export function demoDefinition(o: DemoOptions): PlanDefinition {
  const name = o.name ?? 'web';
  const slotIds = o.slots === 1 ? [''] : ['', '_b'];
  const copies = Array.from({ length: o.copies ?? 2 }, (_, index) => {
    const copy = `${name}${index}`;
    const slots: PlanSlot[] = slotIds.map((slot) => {
      const socket = `${o.root}/srv/socks/${copy}${slot}.sock`;
      const health = o.health ?? 'http-unix';
      return {
        id: slot,
        runArgs: ['--network', 'host', '--init', '--hostname', o.hostname ? o.hostname(copy) : `${copy}.docker1`,
          '-v', `${o.root}/srv/socks:/srv/socks`, '--log-opt', 'max-size=10m', '--log-opt', 'max-file=3', ...(o.extraRunArgs ?? [])],
        command: o.command ? o.command(copy, slot) : ['serve', `unix:/srv/socks/${copy}${slot}.sock`],
        health: health === 'http-unix' ? { kind: 'http-unix', socket, path: '/up' }
          : health === 'cmd' ? { kind: 'cmd', argv: ['/app/bin/demo', 'check', `unix:/srv/socks/${copy}${slot}.sock`] }
            : { kind: 'none' },
        ...(o.loadBalancer === false ? {} : { server: `${copy}${slot}`, serverAddress: `unix@${socket}` }),
      };
    });
    return { index, name: copy, slots };
  });
  return {
    app: o.app ?? 'demo',
    name,
    mode: o.mode ?? 'auto',
    image: o.image,
    hash: o.hash ?? `hash-${o.image}`,
    redeploy: o.redeploy ?? false,
    env: o.env ?? [literal('BOOT_SECONDS', '1')],
    copies,
    health: { interval: 1, timeout: 2, deadline: o.deadline ?? 20, startupTime: o.startupTime ?? 0 },
    stopSignal: 'SIGTERM',
    stopGrace: 10,
    ...(o.loadBalancer === false ? {} : { loadBalancer: { adminSocket: `${o.root}/srv/haproxy/admin.sock`, backend: 'web', drainTimeout: 10 } }),
    dependsOn: o.dependsOn ?? [],
  };
}

export function hostPlan(root: string, definitions: PlanDefinition[], extra: Partial<HostPlan> = {}): HostPlan {
  return {
    version: 1,
    deployId: `d-${Date.now().toString(36)}`,
    release: 'test',
    actor: 'tester',
    createdAt: new Date().toISOString(),
    host: { root, hostname: 'docker1', instanceId: 'i-0123456789abcdef0' },
    apps: [...new Set(definitions.map((d) => d.app)), ...(extra.apps ?? [])].filter((v, i, a) => a.indexOf(v) === i),
    lockTimeout: 30,
    keepImages: 3,
    force: false,
    preferLocalImages: true,
    aws: { region: 'us-east-1' },
    registries: [],
    dataVolumes: [],
    definitions,
    cron: [],
    logTailLines: 20,
    ...extra,
  };
}
