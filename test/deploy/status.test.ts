// The fleet status: each host's status answer against the release record's template made that host's
// plan (drift), hosts that never ran berth, hosts that did not answer; and the table that shows it.
import { describe, expect, it } from 'vitest';
import { renderFleetHistory, renderFleetLogs, renderFleetStatus } from '../../src/app/status-view.js';
import type { HostRunner, HostRunOutcome, HostRunRequest, TargetHost } from '../../src/deploy/ports.js';
import { chooseHosts, logsPlanText } from '../../src/deploy/fleet-logs.js';
import { readFleetStatus, type RecordedRelease } from '../../src/deploy/status.js';
import { expectedDefinitions } from '../../src/deploy/status-expected.js';
import { encodeHostPlan, type HostResult } from '../../src/stack/host-plan.js';
import type { HostContainerStatus, HostStatusReport } from '../../src/stack/host-status.js';
import { buildHostPlan, type HostFacts } from '../../src/stack/plan.js';
import { encodeReleaseTemplate, instantiateTemplate, templateFacts } from '../../src/stack/release-template.js';
import { planOptions } from '../stack/helpers.js';
import { fakePlanner, recordingLog, webDocument } from './fakes.js';

const hosts: TargetHost[] = [
  { instanceId: 'i-0000000000000000a', hostname: 'docker1', publicIp: '' },
  { instanceId: 'i-0000000000000000b', hostname: 'docker2', publicIp: '' },
  { instanceId: 'i-0000000000000000c', hostname: 'docker3', publicIp: '' },
];
const stackName = 'Shop Stack';
const document = webDocument('v2', { migration: false });
const options = planOptions({ deployId: 'prod-2', release: 'v2' });
const record: RecordedRelease = {
  template: encodeReleaseTemplate(buildHostPlan(document, templateFacts(stackName), options)),
  deployId: 'prod-2',
  release: 'v2',
  generation: '7',
};
const factsOf = (host: TargetHost): HostFacts => ({ ...host, publicIp: '198.51.100.1', stackName });

/** What a host a deploy of v2 set up runs: every copy of the deploy's own plan for it, healthy. */
function runningRelease(host: TargetHost): HostContainerStatus[] {
  const plan = encodeHostPlan(buildHostPlan(document, factsOf(host), options));
  return expectedDefinitions(plan).flatMap((d) =>
    d.copies.map((name, slot) => ({
      name,
      app: d.app,
      definition: d.name,
      slot: String(slot),
      image: d.image,
      running: true,
      health: 'healthy' as const,
      hash: d.hash,
      release: 'v2',
      deployId: 'prod-2',
    })),
  );
}

function statusResult(host: TargetHost, report: Partial<HostStatusReport>): HostResult {
  return {
    ok: true,
    mode: 'status',
    deployId: 'prod-status',
    hostname: host.hostname,
    instanceId: host.instanceId,
    copies: [],
    removed: [],
    prunedImages: [],
    timings: { totalSeconds: 0, lockWaitSeconds: 0 },
    status: {
      facts: { hostname: host.hostname, publicIp: '198.51.100.1', instanceId: host.instanceId },
      containers: [],
      containersLeftOut: 0,
      apps: [],
      ...report,
    },
  };
}

function fleet(answers: Record<string, HostResult | undefined>): HostRunner & { runs: HostRunRequest[] } {
  const runs: HostRunRequest[] = [];
  return {
    runs,
    resolveTargets: async () => hosts,
    run: async (request) => {
      runs.push(request);
      return request.sends.flatMap((send) =>
        send.hosts.map((host): HostRunOutcome => {
          const result = answers[host.instanceId];
          return {
            host,
            commandId: 'c1',
            status: result ? 'Success' : 'Failed',
            exitCode: result ? 0 : 1,
            stdoutTail: '',
            stderrTail: result ? '' : 'boom',
            ...(result ? { result } : {}),
          };
        }),
      );
    },
  };
}

const query = {
  ssmTargets: { instanceIds: [], tags: [{ key: 'Role', values: ['web'] }] },
  stackName,
  hostRoot: '/',
  environment: 'prod',
  actor: 't',
  region: 'us-east-1',
  deadline: Date.now() + 60_000,
};
const apps = [{ app: 'shop', deployId: 'prod-2', release: 'v2', at: '2026-12-04T10:00:00Z' }];

describe('fleet status', () => {
  it('a host on the recorded release is ok; a copy removed by hand or changed is drift; an empty host never deployed; a silent one unreachable', async () => {
    const [one, two, three] = hosts as [TargetHost, TargetHost, TargetHost];
    const onTwo = runningRelease(two);
    const [removed, changed, ...kept] = onTwo as [HostContainerStatus, HostContainerStatus, ...HostContainerStatus[]];
    const converge = Buffer.from(JSON.stringify({ outcome: 'converged', release: 'v2', at: '2026-12-04T10:05:00Z' })).toString('base64');
    const runner = fleet({
      [one.instanceId]: statusResult(one, { containers: runningRelease(one), apps, convergeBase64: converge }),
      [two.instanceId]: statusResult(two, { containers: [{ ...changed, hash: 'other' }, ...kept], apps }),
      [three.instanceId]: statusResult(three, {}),
    });
    const log = recordingLog();
    const status = await readFleetStatus(
      { runner, planner: fakePlanner(), readRecord: async () => record, instantiate: instantiateTemplate },
      { ...query },
      log,
    );
    expect(runner.runs[0]?.sends.flatMap((s) => s.hosts.map((h) => h.instanceId))).toEqual(hosts.map((h) => h.instanceId));
    expect(status.record).toEqual({ release: 'v2', deployId: 'prod-2', generation: '7' });
    const [first, second, third] = status.hosts;
    expect(first).toMatchObject({ state: 'ok', releases: ['v2'], lastDeployId: 'prod-2', driftCount: 0 });
    expect(first?.converge).toEqual({ outcome: 'converged', release: 'v2', at: '2026-12-04T10:05:00Z' });
    expect(first?.definitions.map((d) => [d.definition, d.expectedCopies, d.healthyCopies])).toEqual([
      ['shop/proxy', 1, 1],
      ['shop/web', 2, 2],
    ]);
    expect(second).toMatchObject({ state: 'drift', driftCount: 2 });
    const drifted = second?.definitions.flatMap((d) => d.copies.filter((c) => c.drift).map((c) => [c.name, c.drift]));
    expect(drifted).toEqual(
      expect.arrayContaining([
        [removed.name, 'missing'],
        [changed.name, 'changed'],
      ]),
    );
    expect(third).toMatchObject({ state: 'never-deployed', converge: null, driftCount: 2 + 1 });

    const table = renderFleetStatus(status);
    expect(table).toContain('recorded release v2');
    expect(table).toMatch(/docker1\s+i-0000000000000000a\s+ok\s+v2\s+prod-2\s+0\s+converged v2 2026-12-04T10:05:00Z/);
    expect(table).toMatch(/docker2\s+i-0000000000000000b\s+drift/);
    expect(table).toContain(`drift: ${removed.name} is missing`);
    expect(table).toContain(`drift: ${changed.name} differs from the recorded release`);
    expect(table).toMatch(/docker3\s+i-0000000000000000c\s+never-deployed/);
  });

  it('without a record: no drift computed, health still read; a host without an answer is unreachable', async () => {
    const [one, two] = hosts as [TargetHost, TargetHost];
    const sick = runningRelease(one).map((c, i) => (i === 0 ? { ...c, health: 'unhealthy' as const } : c));
    const runner = fleet({ [one.instanceId]: statusResult(one, { containers: sick, apps }), [two.instanceId]: undefined });
    const status = await readFleetStatus(
      { runner, planner: fakePlanner(), readRecord: async () => undefined, instantiate: instantiateTemplate },
      query,
      recordingLog(),
    );
    expect(status.record).toBeUndefined();
    expect(status.problems.join()).toContain('no release record');
    expect(status.hosts[0]).toMatchObject({ state: 'unhealthy' });
    expect(status.hosts[0]?.driftCount).toBeUndefined();
    expect(status.hosts[1]).toMatchObject({ state: 'unreachable' });
    expect(status.hosts[1]?.problems.join()).toContain('boom');
    expect(renderFleetStatus(status)).toContain('no release record');
  });
});

describe('history and logs rendering', () => {
  it('lists each host with its releases newest first, and marks undone deploys', () => {
    const text = renderFleetHistory([
      {
        instanceId: 'i-1',
        hostname: 'docker1',
        releases: [
          {
            release: 'v2',
            deployId: 'prod-2',
            revision: 'abcdef1234567890',
            at: '20261204T100000Z',
            images: { 'shop/web': 'web:v2' },
            undone: false,
          },
          { release: 'v3', deployId: 'prod-3', revision: '', at: '20261204T090000Z', images: { 'shop/web': 'web:v3' }, undone: true },
        ],
      },
      { instanceId: 'i-2', hostname: 'docker2', releases: [], problem: 'docker2 (i-2): SSM status Failed' },
    ]);
    expect(text.split('\n')).toEqual([
      'docker1 (i-1):',
      '  20261204T100000Z  v2  prod-2  abcdef123456  shop/web=web:v2',
      '  20261204T090000Z  v3  prod-3  -             shop/web=web:v3  (undone after a failure)',
      '',
      'docker2 (i-2):',
      '  ! docker2 (i-2): SSM status Failed',
      '',
    ]);
  });

  it('heads each host with its container and what was cut', () => {
    const text = renderFleetLogs([
      {
        instanceId: 'i-1',
        hostname: 'docker1',
        logs: {
          container: 'web0',
          app: 'shop',
          definition: 'web',
          others: ['web1'],
          requested: 100,
          cut: 3,
          redactedValues: 1,
          lines: ['a', 'b [redacted]'],
        },
      },
    ]);
    expect(text).toBe("== docker1 (i-1): web0 (shop/web); 3 oldest line(s) cut to fit Run Command's output; also: web1\na\nb [redacted]\n");
  });
});

describe('logs requests', () => {
  it('--host picks a target host by name or instance id, and names the targets when it is none of them', () => {
    expect(chooseHosts(hosts, 'DOCKER2').map((h) => h.instanceId)).toEqual(['i-0000000000000000b']);
    expect(chooseHosts(hosts, 'i-0000000000000000c').map((h) => h.hostname)).toEqual(['docker3']);
    expect(chooseHosts(hosts, undefined)).toHaveLength(3);
    expect(() => chooseHosts(hosts, 'docker9')).toThrow('--host docker9 is not one of the target hosts (docker1 (i-0000000000000000a)');
  });

  it('carries what to show as a meta record the host reads, and refuses a name a record cannot carry', () => {
    expect(logsPlanText('berth-plan-raw 1\n', 'shop/web')).toBe('berth-plan-raw 1\nmeta\x1flogsTarget\x1fshop/web\x1f\x1e');
    expect(() => logsPlanText('berth-plan-raw 1\n', 'web\x1ex')).toThrow('is not a container or definition name');
    expect(() => logsPlanText('berth-plan-raw 1\n', '')).toThrow('is not a container or definition name');
  });
});
