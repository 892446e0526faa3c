// At most two Run Commands per host per deploy (issue 20): the preflight, which also reads what the host
// runs, recorded and took last time, and the rollout, whose answer ends with the host's own read back.
// Counted on the fake hosts (every command each one received), not on the pipeline's report.
import { describe, expect, it } from 'vitest';
import { runDeploy } from '../../src/deploy/pipeline.js';
import { sendHistory } from '../../src/deploy/host-history.js';
import { batchOverheadSeconds, expectedOverheadSeconds, expectedSeconds } from '../../src/deploy/preflight-reads.js';
import type { HostPlan, HostResult } from '../../src/stack/host-plan.js';
import { HostnameTooLongError } from '../../src/stack/hostname.js';
import { fakeHost, recordingLog, runMode, webDocument, type FakeHost } from './fakes.js';
import { fleetOf, ports, settings, webImages } from './pipeline-fixtures.js';

const commandsPerHost = (hosts: FakeHost[]) => hosts.map((h) => h.received.map((r) => r.mode));

describe('two commands per host', () => {
  it('a deploy sends each host its preflight and its rollout, nothing else', async () => {
    const hosts = fleetOf(5);
    const { fleet, ports: p } = ports(hosts);
    const outcome = await runDeploy(settings({ policy: { batchSize: 2 } }), p, recordingLog());
    expect(outcome.status).toBe('success');
    expect(commandsPerHost(hosts)).toEqual(Array(5).fill(['preflight', 'rollout']));
    // One preflight round, then one round per batch (the migration host's own first).
    expect(fleet.runs.map(runMode)).toEqual(['preflight', 'rollout', 'rollout', 'rollout']);
    // What ran before, decided on the runner from the preflight's containers and the plans' hashes.
    expect(outcome.before?.['i-0']?.copies.filter((c) => c.definition === 'web').map((c) => [c.name, c.action])).toEqual([
      ['web0', 'outdated'],
      ['web1', 'outdated'],
    ]);
  });

  it("a rollback from the hosts' records: the preflight and the restore", async () => {
    const hosts = fleetOf(3, 'v2');
    const { ports: p } = ports(hosts);
    const rollback = settings({
      document: webDocument('v1'),
      policy: { batchSize: 2, restoreRecords: { 'i-0': 'deploy-0', 'i-1': 'deploy-0', 'i-2': 'deploy-0' } },
    });
    rollback.release = { ...rollback.release, kind: 'rollback', version: 'v2', deployId: 'deploy-rb' };
    const outcome = await runDeploy(rollback, p, recordingLog());
    expect(outcome.status).toBe('success');
    expect(commandsPerHost(hosts)).toEqual(Array(3).fill(['preflight', 'restore']));
  });

  it("a rollback from the hosts' records takes its records read as the preflight: only hosts it missed get one", async () => {
    const hosts = fleetOf(3, 'v2');
    const { ports: p, planner } = ports(hosts);
    // The records read before the lock (src/deploy/host-history.ts, asPreflight) reached docker1 and docker2.
    const read = { apps: ['shop'], hostRoot: '/', environment: 'production', actor: 'a', region: 'eu-west-1', deadline: 0 };
    const pre = await sendHistory(
      p.hosts,
      planner,
      hosts.slice(0, 2).map((h) => h.host),
      read,
      recordingLog(),
      { asPreflight: true },
    );
    const restoreRecords = { 'i-0': 'deploy-0', 'i-1': 'deploy-0', 'i-2': 'deploy-0' };
    const rollback = settings({
      document: webDocument('v1'),
      policy: { batchSize: 3, restoreRecords, recordsPreflight: { apps: ['shop'], outcomes: pre } },
    });
    rollback.release = { ...rollback.release, kind: 'rollback', version: 'v2', deployId: 'deploy-rb' };
    const outcome = await runDeploy(rollback, p, recordingLog());
    expect(outcome.status, outcome.summary).toBe('success');
    expect(commandsPerHost(hosts)).toEqual([
      ['preflight', 'restore'],
      ['preflight', 'restore'],
      ['preflight', 'restore'],
    ]);
    // docker3 joined after the read: its preflight came from the pipeline, in a round of its own.
    expect(hosts[2]?.received[0]?.plan?.historyDepth).toBeUndefined();
    expect(hosts.slice(0, 2).map((h) => h.received[0]?.plan?.historyDepth)).toEqual([10, 10]);
  });

  it("a records read of other apps than the restored document's is no preflight: every host gets one", async () => {
    const hosts = fleetOf(2, 'v2');
    const { ports: p, planner } = ports(hosts);
    const read = { apps: ['shop', 'blog'], hostRoot: '/', environment: 'production', actor: 'a', region: 'eu-west-1', deadline: 0 };
    const pre = await sendHistory(
      p.hosts,
      planner,
      hosts.map((h) => h.host),
      read,
      recordingLog(),
      { asPreflight: true },
    );
    const rollback = settings({
      document: webDocument('v1'),
      policy: {
        batchSize: 2,
        restoreRecords: { 'i-0': 'deploy-0', 'i-1': 'deploy-0' },
        recordsPreflight: { apps: ['shop', 'blog'], outcomes: pre },
      },
    });
    rollback.release = { ...rollback.release, kind: 'rollback', version: 'v2', deployId: 'deploy-rb' };
    const outcome = await runDeploy(rollback, p, recordingLog());
    expect(outcome.status, outcome.summary).toBe('success');
    expect(commandsPerHost(hosts)).toEqual(Array(2).fill(['preflight', 'preflight', 'restore']));
  });

  it('a rollback of a document: the preflight and the rollout', async () => {
    const hosts = fleetOf(3, 'v2');
    const { ports: p } = ports(hosts);
    const rollback = settings({ document: webDocument('v1'), policy: { batchSize: 3 } });
    rollback.release = { ...rollback.release, kind: 'rollback', version: 'v1', deployId: 'deploy-rb' };
    const outcome = await runDeploy(rollback, p, recordingLog());
    expect(outcome.status).toBe('success');
    for (const h of hosts) expect(webImages(h)).toEqual(['quay.io/acme/web:v1', 'quay.io/acme/web:v1']);
    expect(commandsPerHost(hosts)).toEqual(Array(3).fill(['preflight', 'rollout']));
  });

  it('a host whose rollout answer shows an unhealthy copy fails the deploy without a read-back round', async () => {
    const hosts = fleetOf(2, 'v1', (i) => (i === 1 ? { stateHealth: 'unhealthy' } : {}));
    const { fleet, ports: p } = ports(hosts);
    const outcome = await runDeploy(
      settings({ document: webDocument('v2', { migration: false }), policy: { batchSize: 2 } }),
      p,
      recordingLog(),
    );
    expect(outcome.status).toBe('failure');
    expect(outcome.summary).toContain('docker2 (i-1): web0 is unhealthy');
    expect(fleet.runs.filter((r) => runMode(r) === 'state')).toHaveLength(0);
    // The way back (a third command, on a failure path only) put both hosts back.
    expect(commandsPerHost(hosts)).toEqual(Array(2).fill(['preflight', 'rollout', 'restore']));
    for (const h of hosts) expect(webImages(h)).toEqual(['quay.io/acme/web:v1', 'quay.io/acme/web:v1']);
  });

  it('hosts that joined while the deploy ran are read once (a third command only for them) and named', async () => {
    const hosts = fleetOf(2);
    const { fleet, ports: p } = ports(hosts);
    const run = fleet.run.bind(fleet);
    fleet.run = async (request) => {
      const out = await run(request);
      // A host joins the targets during the last batch.
      if (runMode(request) === 'rollout' && hosts.length === 2) hosts.push(fakeHost('i-9', 'docker9', 'v1'));
      return out;
    };
    const outcome = await runDeploy(settings({ policy: { batchSize: 1 } }), p, recordingLog());
    expect(outcome.status).toBe('success');
    expect(commandsPerHost(hosts)).toEqual([['preflight', 'rollout'], ['preflight', 'rollout'], ['state']]);
    expect(outcome.joined).toEqual([
      {
        instanceId: 'i-9',
        hostname: 'docker9',
        state: 'not deployed',
        story: 'joined during the deploy; not deployed by this deploy; the next deploy (or input converge) includes it',
      },
    ]);
    expect(outcome.hosts.map((h) => h.instanceId)).toEqual(['i-0', 'i-1']);
  });

  it('a joined host whose own facts make the plan impossible is named with the reason, not read; the deploy stays a success', async () => {
    const hosts = fleetOf(2);
    const long = 'ip-172-31-45-167.ap-southeast-2.compute.internal.example';
    const { fleet, planner, ports: p } = ports(hosts);
    const hostPlan = planner.hostPlan.bind(planner);
    p.planner = {
      ...planner,
      hostPlan: (document, facts, options) => {
        if (facts.hostname === long) throw new HostnameTooLongError('web0', 'web', `web0.${long}`, true);
        return hostPlan(document, facts, options);
      },
    };
    const run = fleet.run.bind(fleet);
    fleet.run = async (request) => {
      const out = await run(request);
      if (runMode(request) === 'rollout' && hosts.length === 2) hosts.push(fakeHost('i-9', long, 'v1'));
      return out;
    };
    const outcome = await runDeploy(settings({ policy: { batchSize: 1 } }), p, recordingLog());
    expect(outcome.status).toBe('success');
    expect(outcome.fleet).toBe('updated');
    expect(commandsPerHost(hosts)).toEqual([['preflight', 'rollout'], ['preflight', 'rollout'], []]);
    expect(outcome.joined).toEqual([
      {
        instanceId: 'i-9',
        hostname: long,
        state: 'unknown',
        story: expect.stringMatching(/^joined during the deploy; this release cannot run there: copy web0 would get the hostname /),
      },
    ]);
  });
});

describe("the expected time of a host's rollout", () => {
  const plan = (migration: boolean): HostPlan =>
    ({
      force: false,
      definitions: [
        { name: 'web', mode: 'auto', hash: 'h2', redeploy: false, copies: [{ name: 'web0' }, { name: 'web1' }] },
        { name: 'proxy', mode: 'manual', hash: 'p1', redeploy: false, copies: [{ name: 'proxy0' }] },
      ],
      ...(migration ? { migration: { definition: 'web' } } : {}),
    }) as unknown as HostPlan;
  const answer = (hashes: Record<string, string>, startToHealthy: number[], migrationSeconds = 0, overheadSeconds?: number): HostResult =>
    ({
      preflight: {
        listed: true,
        containers: Object.entries(hashes).map(([name, hash]) => ({
          name,
          hash,
          app: 'shop',
          definition: name.slice(0, -1),
          image: 'x',
          running: true,
          health: 'healthy',
        })),
        lastRun: { startToHealthy, migrationSeconds, ...(overheadSeconds === undefined ? {} : { overheadSeconds }) },
      },
    }) as unknown as HostResult;

  it('copies it will replace x their mean start-to-healthy, plus the migration this plan runs', () => {
    expect(expectedSeconds(answer({ web0: 'h1', web1: 'h1', proxy0: 'p0' }, [2, 4]), plan(false))).toBe(6);
    expect(expectedSeconds(answer({ web0: 'h2', web1: 'h1', proxy0: 'p0' }, [2, 4], 5), plan(true))).toBe(8);
    // Nothing to replace: only the migration; no durations recorded: unknown.
    expect(expectedSeconds(answer({ web0: 'h2', web1: 'h2', proxy0: 'p1' }, [], 5), plan(true))).toBe(5);
    expect(expectedSeconds(answer({ web0: 'h1', web1: 'h1' }, []), plan(false))).toBeUndefined();
    expect(expectedSeconds({} as HostResult, plan(false))).toBeUndefined();
  });

  it("keeps the last run's own overhead apart from the work; an older host's answer has none", () => {
    const withOverhead = answer({ web0: 'h1', web1: 'h1', proxy0: 'p0' }, [2, 4], 0, 1.5);
    expect(expectedSeconds(withOverhead, plan(false))).toBe(6);
    expect(expectedOverheadSeconds(withOverhead)).toBe(1.5);
    expect(expectedOverheadSeconds(answer({ web0: 'h1' }, [2, 4]))).toBeUndefined();
    expect(expectedOverheadSeconds(answer({ web0: 'h1' }, [2, 4], 0, -3))).toBe(0);
    expect(batchOverheadSeconds([1.5, undefined, 3.2])).toBe(3.2);
    expect(batchOverheadSeconds([undefined])).toBe(0);
  });

  it("the rollout request carries its batch's largest recorded overhead", async () => {
    const hosts = fleetOf(3, 'v1', (i) => ({ lastRun: { startToHealthy: [1, 1], migrationSeconds: 3, overheadSeconds: i + 0.5 } }));
    const { fleet, ports: p } = ports(hosts);
    await runDeploy(settings({ policy: { batchSize: 2 } }), p, recordingLog());
    expect(fleet.runs.filter((r) => runMode(r) === 'rollout').map((r) => r.expectedOverheadSeconds)).toEqual([0.5, 2.5]);
  });

  it("the rollout request carries its batch's expected seconds: its slowest host's", async () => {
    const hosts = fleetOf(3, 'v1', (i) => ({ lastRun: { startToHealthy: [i + 1, i + 1], migrationSeconds: 3 } }));
    const { fleet, ports: p } = ports(hosts);
    await runDeploy(settings({ policy: { batchSize: 2 } }), p, recordingLog());
    // docker1 migrates (3 s) and replaces web0, web1 (1 s each); then docker2 (2 s x 2) with docker3 (3 s x 2).
    expect(fleet.runs.filter((r) => runMode(r) === 'rollout').map((r) => r.expectedSeconds)).toEqual([5, 6]);
  });
});
