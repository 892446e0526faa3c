// The canary in the rollout's batches, counted on the fake hosts (every command each one received, its
// mode and plan) and on their containers, not on the pipeline's report.
import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/app/summary.js';
import type { CancelCheckpoint } from '../../src/deploy/cancel.js';
import { observeHostRunner } from '../../src/deploy/observe.js';
import { summaryModel } from '../../src/deploy/summary-model.js';
import type { CanaryReport } from '../../src/stack/host-plan.js';
import { runDeploy } from '../../src/deploy/pipeline.js';
import type { HostRunner, HostRunRequest, RollbarItemsReader } from '../../src/deploy/ports.js';
import { resumeCancelledDeploy } from '../../src/deploy/resume.js';
import type { CanarySettings, DeploySettings } from '../../src/deploy/settings.js';
import { canaryFleet, DEFAULT_THRESHOLDS, failing, healthy, side, webReport, type CanaryAnswer } from './canary-fleet.js';
import { recordingLog, runHosts, runMode, type FakeHost } from './fakes.js';
import { fleetOf, ports, settings, webImages, type SettingsOverride } from './pipeline-fixtures.js';

const canary = (over: Partial<CanarySettings> = {}): CanarySettings => ({
  seconds: 30,
  maxWaitSeconds: 90,
  thresholds: DEFAULT_THRESHOLDS,
  ...over,
});

function withCanary(over: SettingsOverride = {}, canaryOver: Partial<CanarySettings> = {}): DeploySettings {
  return { ...settings(over), canary: canary(canaryOver) };
}

const modes = (hosts: FakeHost[]) => hosts.map((h) => h.received.map((r) => r.mode));
const v1 = ['quay.io/acme/web:v1', 'quay.io/acme/web:v1'];
const v2 = ['quay.io/acme/web:v2', 'quay.io/acme/web:v2'];

function deployWith(hosts: FakeHost[], answer: (host: FakeHost) => CanaryAnswer, over: Partial<Parameters<typeof ports>[1]> = {}) {
  const fleet = canaryFleet(hosts, answer);
  const { ports: p } = ports(hosts, { hosts: fleet, ...over });
  return { fleet, p };
}

describe('the canary on each batch first host', () => {
  it('promoted: the canary host gets preflight, canary, rollout; the rest of its batch preflight, rollout', async () => {
    const hosts = fleetOf(4);
    const { fleet, p } = deployWith(hosts, healthy);
    const log = recordingLog();
    const outcome = await runDeploy(withCanary({ policy: { batchSize: 2 } }), p, log);
    expect(outcome.status).toBe('success');
    // Batches: docker1 (the migration host) alone, then docker2+docker3, then docker4.
    expect(modes(hosts)).toEqual([
      ['preflight', 'canary', 'rollout'],
      ['preflight', 'canary', 'rollout'],
      ['preflight', 'rollout'],
      ['preflight', 'canary', 'rollout'],
    ]);
    expect(fleet.runs.map((r) => [runMode(r), runHosts(r).map((h) => h.hostname)])).toEqual([
      ['preflight', ['docker1', 'docker2', 'docker3', 'docker4']],
      ['canary', ['docker1']],
      ['rollout', ['docker1']],
      ['canary', ['docker2']],
      ['rollout', ['docker2', 'docker3']],
      ['canary', ['docker4']],
      ['rollout', ['docker4']],
    ]);
    for (const h of hosts) expect(webImages(h)).toEqual(v2);
    expect(outcome.canary?.map((c) => [c.hostname, c.batch, c.batches, c.state])).toEqual([
      ['docker1', 1, 3, 'promoted'],
      ['docker2', 2, 3, 'promoted'],
      ['docker4', 3, 3, 'promoted'],
    ]);
    expect(outcome.summary).toContain('The canary promoted it on docker1 (i-0), docker2 (i-1), docker4 (i-3).');
    expect(outcome.canary?.[0]?.verdict?.rows.map((r) => [r.definition, r.verdict])).toEqual([['web', 'pass']]);
  });

  it("the canary command carries the host's plan and the canary's meta lines; the rollout's plan has none", async () => {
    const hosts = fleetOf(2);
    const { p } = deployWith(hosts, healthy);
    await runDeploy(withCanary({ policy: { batchSize: 1 } }, { seconds: 7, maxWaitSeconds: 21 }), p, recordingLog());
    const [first] = hosts;
    const canaryCommand = first?.received.find((r) => r.mode === 'canary');
    const rollout = first?.received.find((r) => r.mode === 'rollout');
    expect(canaryCommand?.meta).toEqual({ canarySeconds: '7', canaryMinRequests: '20', canaryMaxWaitSeconds: '21' });
    expect(rollout?.meta).toBeUndefined();
    // The same plan, but the migration runs once: in the canary command (batch 1), not again at the promotion.
    expect(canaryCommand?.plan?.migration?.definition).toBe('web');
    expect(rollout?.plan?.migration).toBeUndefined();
    const { migration: _migration, ...rest } = canaryCommand?.plan ?? {};
    expect(rollout?.plan).toEqual(rest);
    // The second batch's canary host has no migration.
    expect(hosts[1]?.received.find((r) => r.mode === 'canary')?.plan?.migration).toBeUndefined();
  });

  it('refused on the first host: only it goes back (restore), nobody gets a rollout, the deploy fails with the numbers', async () => {
    const hosts = fleetOf(3);
    const { p } = deployWith(hosts, failing);
    const log = recordingLog();
    const outcome = await runDeploy(withCanary({ policy: { batchSize: 2 } }), p, log);
    expect(outcome.status).toBe('failure');
    expect(modes(hosts)).toEqual([['preflight', 'canary', 'restore'], ['preflight'], ['preflight']]);
    expect(hosts[0]?.received.at(-1)?.meta).toEqual({ undo: 'deploy-1' });
    for (const h of hosts) expect(webImages(h)).toEqual(v1);
    expect(outcome.summary).toContain(
      'The canary on docker1 (i-0) was refused after 30 s: web: 5xx 5.0% (7/140) vs 0.0% (0/151), limit old + 1 point',
    );
    expect(outcome.summary).toContain('Restored 1 host(s) from their own records (docker1)');
    expect(outcome.fleet).toBe('rolled-back');
    expect(outcome.hosts.map((h) => [h.hostname, h.state])).toEqual([
      ['docker1', 'rolled-back'],
      ['docker2', 'untouched'],
      ['docker3', 'untouched'],
    ]);
    expect(outcome.canary?.map((c) => [c.hostname, c.state])).toEqual([['docker1', 'refused']]);
    expect(outcome.canary?.[0]?.verdict?.rows[0]?.broken).toEqual(['5xx 5.0% (7/140) vs 0.0% (0/151), limit old + 1 point']);
  });

  it('refused with failure-policy stop: the canary host still goes back; the batch already done stays', async () => {
    const hosts = fleetOf(3);
    // Batch 1 (docker1) is promoted, batch 2's canary (docker2) is refused.
    const { p } = deployWith(hosts, (h) => (h.host.hostname === 'docker2' ? failing() : healthy()));
    const outcome = await runDeploy(withCanary({ policy: { batchSize: 2, failurePolicy: 'stop' } }), p, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(modes(hosts)).toEqual([['preflight', 'canary', 'rollout'], ['preflight', 'canary', 'restore'], ['preflight']]);
    expect(webImages(hosts[0] as FakeHost)).toEqual(v2);
    expect(webImages(hosts[1] as FakeHost)).toEqual(v1);
    expect(webImages(hosts[2] as FakeHost)).toEqual(v1);
    expect(outcome.fleet).toBe('mixed');
    expect(outcome.summary).toContain('The canary on docker2 (i-1) was refused');
    expect(outcome.summary).toContain('Restored 1 host(s) from their own records (docker2)');
    expect(outcome.summary).toContain('Left as is (failure-policy stop): 1 host(s) changed by the new release (docker1 (i-0))');
    expect(outcome.hosts.map((h) => [h.hostname, h.state])).toEqual([
      ['docker1', 'updated'],
      ['docker2', 'rolled-back'],
      ['docker3', 'untouched'],
    ]);
  });

  it('refused on a later batch with failure-policy rollback: the earlier batches and the canary host go back', async () => {
    const hosts = fleetOf(3);
    const { p } = deployWith(hosts, (h) => (h.host.hostname === 'docker2' ? failing() : healthy()));
    const outcome = await runDeploy(withCanary({ policy: { batchSize: 2 } }), p, recordingLog());
    expect(modes(hosts)).toEqual([['preflight', 'canary', 'rollout', 'restore'], ['preflight', 'canary', 'restore'], ['preflight']]);
    for (const h of hosts) expect(webImages(h)).toEqual(v1);
    expect(outcome.fleet).toBe('rolled-back');
  });

  it('a canary command that fails (copy 0 never healthy) stops the rollout; nobody else gets a command', async () => {
    const hosts = fleetOf(2);
    const { p } = deployWith(hosts, () => 'fail');
    const outcome = await runDeploy(withCanary({ policy: { batchSize: 1 } }), p, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.summary).toContain('The canary failed on docker1 (i-0)');
    // The host put copy 0 back itself (nothing replaced): no restore needed.
    expect(modes(hosts)).toEqual([['preflight', 'canary'], ['preflight']]);
    for (const h of hosts) expect(webImages(h)).toEqual(v1);
    expect(outcome.canary?.map((c) => c.state)).toEqual(['failed']);
  });

  it('Rollbar: new items over the limit refuse; the read token goes to the reader only and is masked', async () => {
    const hosts = fleetOf(2);
    const reads: unknown[] = [];
    const rollbarItems: RollbarItemsReader = {
      readNewItems: async (input) => {
        reads.push(input);
        return { new: 3 };
      },
    };
    const { p } = deployWith(hosts, healthy, { rollbarItems });
    const log = recordingLog();
    const token = 'read-token-5e3c';
    const outcome = await runDeploy(
      withCanary({}, { rollbar: { token, codeVersion: '0123456789abcdef0123', environments: ['production', 'staging'] } }),
      p,
      log,
    );
    expect(outcome.status).toBe('failure');
    expect(reads).toEqual([
      { token, codeVersion: '0123456789abcdef0123', environment: 'production' },
      { token, codeVersion: '0123456789abcdef0123', environment: 'staging' },
    ]);
    expect(outcome.summary).toContain('Rollbar: 6 new error/critical item(s) for this release, limit 0');
    expect(modes(hosts)).toEqual([['preflight', 'canary', 'restore'], ['preflight']]);
    expect(log.secrets).toContain(token);
    expect(log.lines.some((l) => l.includes(token))).toBe(false);
    expect(JSON.stringify(outcome)).not.toContain(token);
  });

  it('Rollbar unreadable: judged on haproxy alone, with a warning', async () => {
    const hosts = fleetOf(1);
    const rollbarItems: RollbarItemsReader = { readNewItems: async () => ({ unavailable: 'HTTP 403: token lacks read scope' }) };
    const { p } = deployWith(hosts, healthy, { rollbarItems });
    const log = recordingLog();
    const outcome = await runDeploy(
      withCanary({}, { rollbar: { token: 'tok-x', codeVersion: 'c', environments: ['production'] } }),
      p,
      log,
    );
    expect(outcome.status).toBe('success');
    expect(log.lines.some((l) => l.startsWith('warn') && l.includes('HTTP 403: token lacks read scope'))).toBe(true);
  });

  it('a Rollbar reader that throws anyway counts as unreadable, its words without the token', async () => {
    const hosts = fleetOf(1);
    const rollbarItems: RollbarItemsReader = {
      readNewItems: async ({ token }) => {
        throw new Error(`socket hang up (token ${token})`);
      },
    };
    const { p } = deployWith(hosts, healthy, { rollbarItems });
    const log = recordingLog();
    const outcome = await runDeploy(
      withCanary({}, { rollbar: { token: 'tok-zz9', codeVersion: 'c', environments: ['production'] } }),
      p,
      log,
    );
    expect(outcome.status).toBe('success');
    expect(modes(hosts)).toEqual([['preflight', 'canary', 'rollout']]);
    const warning = log.lines.find((l) => l.startsWith('warn') && l.includes('socket hang up'));
    expect(warning).toBeDefined();
    expect(warning).not.toContain('tok-zz9');
  });

  it('a cancel during the canary: no rollout, and the canary host goes back even with failure-policy stop', async () => {
    const hosts = fleetOf(2);
    const controller = new AbortController();
    const { p } = deployWith(hosts, () => {
      controller.abort();
      return healthy();
    });
    const outcome = await runDeploy(
      withCanary({ policy: { batchSize: 1, failurePolicy: 'stop' }, signal: controller.signal }),
      p,
      recordingLog(),
    );
    expect(outcome.status).toBe('failure');
    // The canary command ran to its end; its host went back; a read back of the fleet after the stop.
    expect(modes(hosts)).toEqual([
      ['preflight', 'canary', 'restore', 'state'],
      ['preflight', 'state'],
    ]);
    for (const h of hosts) expect(webImages(h)).toEqual(v1);
    expect(outcome.canary?.map((c) => c.state)).toEqual(['stopped']);
  });

  it('low traffic with pass: promoted, with a warning in the log', async () => {
    const hosts = fleetOf(1);
    const { p } = deployWith(hosts, () => webReport(side(3, 0, 10), side(4, 0, 10, 0, ['web_a1'])));
    const log = recordingLog();
    const outcome = await runDeploy(
      withCanary({}, { maxWaitSeconds: 30, thresholds: { ...canary().thresholds, lowTraffic: 'pass' } }),
      p,
      log,
    );
    expect(outcome.status).toBe('success');
    expect(
      log.lines.some(
        (l) =>
          l.startsWith('warn') && l.includes('low traffic: the new copies got fewer than canary-min-requests 20 requests in 30 s (web 3)'),
      ),
    ).toBe(true);
    expect(outcome.canary?.[0]?.verdict?.lowTraffic).toBe('passed with a warning');
  });
});

describe('batches', () => {
  it('batch-size 25% of 10 hosts: the migration host alone, then batches of 3', async () => {
    const hosts = fleetOf(10);
    const { fleet, ports: p } = ports(hosts);
    const outcome = await runDeploy(settings({ policy: { batchSize: { percent: 25 } } }), p, recordingLog());
    expect(outcome.status).toBe('success');
    const rollouts = fleet.runs.filter((r) => runMode(r) === 'rollout').map((r) => runHosts(r).length);
    expect(rollouts).toEqual([1, 3, 3, 3]);
    expect(modes(hosts)).toEqual(Array(10).fill(['preflight', 'rollout']));
  });

  it('batch-wait-seconds: the wait is waited after each batch that went well, before the next', async () => {
    const hosts = fleetOf(3);
    const events: string[] = [];
    const { fleet, ports: p } = ports(hosts, {
      sleep: async (ms) => void events.push(`sleep ${ms}`),
    });
    const run = fleet.run.bind(fleet);
    fleet.run = async (request) => {
      events.push(
        `${runMode(request)} ${runHosts(request)
          .map((h) => h.hostname)
          .join(',')}`,
      );
      return run(request);
    };
    const log = recordingLog();
    const outcome = await runDeploy(settings({ policy: { batchSize: 1, batchWaitSeconds: 45 } }), p, log);
    expect(outcome.status).toBe('success');
    expect(events.filter((e) => !e.startsWith('preflight'))).toEqual([
      'rollout docker1',
      'sleep 45000',
      'rollout docker2',
      'sleep 45000',
      'rollout docker3',
    ]);
    expect(log.lines).toContain('info Waiting 45 s before batch 2/3 (batch-wait-seconds)');
  });

  it('a cancel during the batch wait: no new batch; the failure policy applies to the hosts done', async () => {
    const hosts = fleetOf(3);
    const controller = new AbortController();
    const { ports: p } = ports(hosts, {
      // The wait never ends by itself: only the cancel ends it.
      sleep: () => {
        controller.abort();
        return new Promise(() => undefined);
      },
    });
    const outcome = await runDeploy(
      settings({ policy: { batchSize: 1, batchWaitSeconds: 600 }, signal: controller.signal }),
      p,
      recordingLog(),
    );
    expect(outcome.status).toBe('failure');
    expect(modes(hosts).map((m) => m.filter((x) => x === 'rollout').length)).toEqual([1, 0, 0]);
  });
});

/** The job summary of a deploy whose canaries all answer `report`, which must promote it. */
async function promotedSummary(hosts: ReturnType<typeof fleetOf>, report: () => CanaryReport): Promise<string> {
  const { p } = deployWith(hosts, report);
  const outcome = await runDeploy(withCanary(), p, recordingLog());
  expect(outcome.status).toBe('success');
  return renderSummary(
    summaryModel({ outcome, observed: [], environment: 'p', commit: '', seconds: 1, rollbar: [], lock: { name: 'l', attempts: 1 } }),
  );
}

describe('the job summary of a canary', () => {
  it('shows the comparison old vs new per definition, the verdict, and what the canary host did', async () => {
    const hosts = fleetOf(2);
    const observed = observeHostRunner(canaryFleet(hosts, failing), () => 0);
    const { ports: p } = ports(hosts, { hosts: observed.runner });
    const outcome = await runDeploy(withCanary({ policy: { batchSize: 1 } }), p, recordingLog());
    const model = summaryModel({
      outcome,
      observed: observed.results,
      environment: 'production',
      commit: 'abc',
      seconds: 40,
      rollbar: [],
      lock: { name: 'l', attempts: 1 },
    });
    const text = renderSummary(model);
    expect(text).toContain('### Canary');
    expect(text).toContain(
      '- ❌ **docker1 (i-0)**, batch 1/2: refused after 30 s: web: 5xx 5.0% (7/140) vs 0.0% (0/151), limit old + 1 point',
    );
    expect(text).toContain('  - proxy: not compared (no load balancer)');
    expect(text).toContain('| Canary host | Definition | Requests (old → new) | 5xx | Errors | Response time | Verdict |');
    expect(text).toContain('| docker1 (i-0) | web | 151 → 140 | 0.0% (0) → 5.0% (7) | 0.0% (0) → 0.0% (0) | 11 ms → 12 ms | refuse |');
    // The canary host's row: what the canary did, then the way back.
    const web = model.hosts.find((h) => h.hostname === 'docker1')?.definitions.find((d) => d.definition === 'web');
    expect(web?.action).toBe('replaced, outdated, restored');
  });

  it('a lone copy says it was judged on the absolute limits', async () => {
    const hosts = fleetOf(1);
    const lone = (): CanaryReport => ({
      bakedSeconds: 30,
      definitions: [
        {
          app: 'shop',
          definition: 'web',
          compared: false,
          why: 'one copy: nothing to compare',
          new: side(50, 0, 12),
          old: side(0, 0, 0, 0, []),
        },
      ],
      uncompared: [],
      restarts: 0,
    });
    const text = await promotedSummary(hosts, lone);
    expect(text).toContain(
      '| docker1 (i-0) | web | - → 50 | - → 0.0% (0) | - → 0.0% (0) | - → 12 ms | pass (nothing to compare: absolute limits; one copy: nothing to compare) |',
    );
  });
});

describe('the job summary of a canary on a TCP-mode backend', () => {
  it('shows connections, and no 5xx or response time it never measured', async () => {
    const hosts = fleetOf(1);
    const tcp = (requests: number, servers: string[]) => ({ ...side(requests, 0, 0, 0, servers), unit: 'connections' as const });
    const report = (): CanaryReport => ({
      bakedSeconds: 30,
      definitions: [{ app: 'shop', definition: 'web', compared: true, new: tcp(48, ['web_b0']), old: tcp(51, ['web_a1']) }],
      uncompared: [],
      restarts: 0,
    });
    const text = await promotedSummary(hosts, report);
    expect(text).toContain(
      '| docker1 (i-0) | web | 51 connections → 48 connections | n/a (TCP) → n/a (TCP) | 0.0% (0) → 0.0% (0) | n/a (TCP) → n/a (TCP) | pass |',
    );
  });
});

describe("a cancelled job's post step", () => {
  it('sends a canary host that was not promoted back, even with failure-policy stop', async () => {
    const hosts = fleetOf(2);
    const fleet = canaryFleet(hosts, healthy);
    const { ports: p } = ports(hosts, { hosts: fleet });
    let left: CancelCheckpoint | undefined;
    let inFlight: HostRunRequest | undefined;
    const run = fleet.run.bind(fleet);
    fleet.run = async (request) => {
      if (runMode(request) === 'canary' && !left) {
        request.onSent?.({ commandId: 'cmd-canary', hosts: runHosts(request), sentAt: 0 });
        inFlight = request;
        throw new Error('the process was killed');
      }
      return run(request);
    };
    const stop = withCanary({ policy: { failurePolicy: 'stop' } });
    await runDeploy(stop, { ...p, onCheckpoint: (c) => (left = c.inFlight.length > 0 ? structuredClone(c) : left) }, recordingLog());
    fleet.run = run;
    if (!left || !inFlight) throw new Error('no checkpoint');
    const request = inFlight;
    expect(left.canary?.map((h) => h.hostname)).toEqual(['docker1']);
    // The canary host finishes the command it got when watched.
    const watch: HostRunner['watch'] = async () => fleet.run(request);
    const outcome = await resumeCancelledDeploy(stop, { ...p, hosts: { ...fleet, watch } }, recordingLog(), left, {
      waitUntil: Date.now() + 60_000,
      deadline: Date.now() + 120_000,
    });
    expect(outcome.status).toBe('failure');
    expect(modes(hosts).map((m) => m.filter((x) => x !== 'preflight' && x !== 'state'))).toEqual([['canary', 'restore'], []]);
    for (const h of hosts) expect(webImages(h)).toEqual(v1);
  });
});
