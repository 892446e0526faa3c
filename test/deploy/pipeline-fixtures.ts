// The settings, fleets and ports the pipeline's unit tests share.
import type { DeployPorts } from '../../src/deploy/ports.js';
import type { DeploySettings, HostSettings, PolicySettings, TargetSettings } from '../../src/deploy/settings.js';
import type { StackDocument } from '../../src/stack/schema.js';
import { fakeFleet, fakeHost, fakePlanner, memoryParameters, webDocument, type FakeHost } from './fakes.js';

export interface SettingsOverride {
  target?: TargetSettings;
  policy?: Partial<PolicySettings>;
  host?: Partial<HostSettings>;
  document?: StackDocument;
  previousDocument?: StackDocument;
  signal?: AbortSignal;
}

export function settings(over: SettingsOverride = {}): DeploySettings {
  return {
    release: {
      kind: 'deploy',
      environment: 'production',
      stackJsonPath: 'stack.json',
      version: 'v2',
      commit: '0123456789abcdef0123',
      actor: 'octocat',
      runUrl: 'https://github.com/acme/shop/actions/runs/1',
      deployId: 'deploy-1',
    },
    target: over.target ?? { kind: 'ssm', instanceIds: [], tags: [{ key: 'Role', values: ['web'] }], stackName: 'Shop' },
    policy: {
      batchSize: 1,
      failurePolicy: 'rollback',
      timeoutMinutes: 30,
      force: false,
      manual: [],
      lockName: '/berth/production/lock',
      lockWaitSeconds: 0,
      ...over.policy,
    },
    host: {
      secretsPrefix: '/berth/production/secrets',
      hostRoot: '/',
      keepImages: 3,
      dataVolumeImage: 'busybox:1',
      region: 'eu-west-1',
      ...over.host,
    },
    document: over.document ?? webDocument('v2'),
    ...(over.previousDocument ? { previousDocument: over.previousDocument } : {}),
    ...(over.signal ? { signal: over.signal } : {}),
  };
}

export function fleetOf(count: number, tag = 'v1', extra: (i: number) => Partial<FakeHost> = () => ({})): FakeHost[] {
  return Array.from({ length: count }, (_, i) => fakeHost(`i-${i}`, `docker${i + 1}`, tag, extra(i)));
}

export function ports(hosts: FakeHost[], over: Partial<DeployPorts> = {}, perCommand?: number) {
  const fleet = fakeFleet(hosts);
  const parameters = memoryParameters();
  const planner = fakePlanner(perCommand === undefined ? {} : { perCommand });
  return { fleet, parameters, planner, ports: { hosts: fleet, parameters, planner, sleep: async () => undefined, ...over } as DeployPorts };
}

export const webImages = (h: FakeHost) => h.copies.filter((c) => c.definition === 'web').map((c) => c.image);
