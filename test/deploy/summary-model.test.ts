import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/app/summary.js';
import { observeHostRunner } from '../../src/deploy/observe.js';
import type { HostRunOutcome } from '../../src/deploy/ports.js';
import { summaryModel, versionOf } from '../../src/deploy/summary-model.js';
import type { HostCopyResult, HostResult } from '../../src/stack/host-plan.js';

const host = { instanceId: 'i-01', hostname: 'docker1', publicIp: '' };
const host2 = { instanceId: 'i-02', hostname: 'docker2', publicIp: '' };
function copy(name: string, image: string, extra: Partial<HostCopyResult> = {}): HostCopyResult {
  return {
    definition: name.replace(/\d+$/, ''),
    name,
    containerId: 'c',
    image,
    imageDigest: '',
    slot: '',
    health: 'healthy',
    action: 'unchanged',
    ...extra,
  };
}
function result(mode: HostResult['mode'], copies: HostCopyResult[], extra: Partial<HostResult> = {}): HostResult {
  return {
    ok: true,
    mode,
    deployId: 'd1',
    hostname: 'docker1',
    instanceId: 'i-01',
    copies,
    removed: [],
    prunedImages: [],
    timings: { totalSeconds: 0, lockWaitSeconds: 0 },
    ...extra,
  };
}
function outcome(h: typeof host, r: HostResult): HostRunOutcome {
  return {
    host: h,
    commandId: 'cmd',
    status: r.ok ? 'Success' : 'Failed',
    exitCode: r.ok ? 0 : 1,
    result: r,
    stdoutTail: '',
    stderrTail: '',
  };
}

describe('summary', () => {
  it("per host and definition: copies, version before -> after, health, action, time; the failing host's reason and log; secrets redacted", async () => {
    const responses: HostRunOutcome[][] = [
      [
        outcome(host, result('state', [copy('web0', 'r/app:v1'), copy('web1', 'r/app:v1'), copy('worker0', 'r/app:v1')])),
        outcome(host2, result('state', [copy('web0', 'r/app:v1')], { hostname: 'docker2', instanceId: 'i-02' })),
      ],
      [
        outcome(
          host,
          result(
            'rollout',
            [
              copy('web0', 'r/app:v2', { action: 'replaced', startToHealthy: 3.2 }),
              copy('web1', 'r/app:v2', { action: 'replaced', startToHealthy: 4.1 }),
              copy('worker0', 'r/app:v2', { action: 'replaced', health: 'none', startToHealthy: 1 }),
            ],
            { timings: { totalSeconds: 11.5, lockWaitSeconds: 0 } },
          ),
        ),
      ],
      [
        outcome(
          host2,
          result('rollout', [copy('web0', 'r/app:v1')], {
            ok: false,
            hostname: 'docker2',
            instanceId: 'i-02',
            timings: { totalSeconds: 30, lockWaitSeconds: 0 },
            failure: {
              reason: 'web0 did not become healthy within 30 s',
              container: 'web0',
              logTail: ['booting', 'DB_PASSWORD=hunter2-secret failed'],
            },
          }),
        ),
      ],
    ];
    const observed = observeHostRunner({
      resolveTargets: async () => [host, host2],
      run: async () => responses.shift() ?? [],
    });
    for (let i = 0; i < 3; i++) await observed.runner.run({ sends: [], comment: '', deadline: 0, executionTimeoutSeconds: 1 });
    const model = summaryModel({
      outcome: {
        status: 'failure',
        kind: 'deploy',
        version: 'v2',
        summary: 'The rollout failed on docker2. Rolled back 2 host(s).',
        fleet: 'rolled-back',
        hosts: [
          { ...host, state: 'rolled-back' },
          { ...host2, state: 'rolled-back', problem: 'web0 unhealthy' },
        ],
        githubDeploymentId: 12,
      },
      observed: observed.results,
      environment: 'production',
      commit: 'abcdef1234567890',
      seconds: 95,
      rollbar: [{ app: 'shop', environment: 'production', deployId: '1001', status: 'failed' }],
      lock: { name: '/berth/production/lock', attempts: 1, acquiredAt: 5, firstAttemptAt: 5, releasedAt: 9 },
    });
    expect(model.hosts[0]?.definitions).toEqual([
      { definition: 'web', copies: ['web0', 'web1'], before: 'v1', after: 'v2', health: 'healthy', action: 'replaced', seconds: 4.1 },
      { definition: 'worker', copies: ['worker0'], before: 'v1', after: 'v2', health: 'none', action: 'replaced', seconds: 1 },
    ]);
    expect(model.hosts[0]?.seconds).toBe(11.5);
    expect(model.hosts[1]?.failure?.reason).toBe('web0 did not become healthy within 30 s');

    const text = renderSummary(model, ['hunter2-secret']);
    expect(text).toContain('## ❌ berth deploy of v2 to production');
    expect(text).toContain('| docker1 (i-01) — rolled-back | web | 2 (web0, web1) | v1 → v2 | healthy | replaced | 4.1 s |');
    expect(text).toContain('|  | worker | 1 (worker0) | v1 → v2 | none | replaced | 1 s |');
    expect(text).toContain('| docker2 (i-02) — rolled-back | web | 1 (web0) | v1 | healthy | unchanged | 30 s |');
    expect(text).toContain('### ❌ docker2 (i-02)\n\nweb0 did not become healthy within 30 s');
    expect(text).toContain('DB_PASSWORD=*** failed');
    expect(text).not.toContain('hunter2-secret');
    expect(text).toContain('commit `abcdef123456` · took 1 min 35 s · fleet: rolled-back · GitHub deployment 12');
    expect(text).toContain('- **Lock**: /berth/production/lock: taken at once, released');
    expect(text).toContain('- **Rollbar** app "shop", environment "production": deploy 1001 failed');
    expect(text).toContain('- **GitHub**: deployment 12 marked failure');
  });

  it('a state read names the planned image: an outdated copy is labelled by what is known of its digest, never by the plan', () => {
    const d1 = `sha256:${'1'.repeat(64)}`;
    const d2 = `sha256:${'2'.repeat(64)}`;
    const hostsSeen = [
      // Before the rollout: the plan says v2, the hosts still run d1 (v1).
      outcome(host, result('state', [copy('web0', 'r/app:v2', { action: 'outdated', imageDigest: d1 })])),
      outcome(
        host2,
        result('state', [copy('web0', 'r/app:v2', { action: 'outdated', imageDigest: d1 })], { hostname: 'docker2', instanceId: 'i-02' }),
      ),
      // docker1 fails; the way back re-runs what ran (by digest); docker2 is never touched.
      outcome(
        host,
        result('rollout', [copy('web0', 'r/app:v2', { action: 'replaced', imageDigest: d2 })], {
          ok: false,
          failure: { reason: 'web0 unhealthy' },
        }),
      ),
      outcome(host, result('rollout', [copy('web0', d1, { action: 'replaced', imageDigest: d1 })])),
    ].map((o) => ({ outcome: o }));
    const base = {
      status: 'failure' as const,
      kind: 'deploy' as const,
      version: 'v2',
      summary: 'failed',
      fleet: 'rolled-back',
      hosts: [
        { ...host, state: 'rolled-back' },
        { ...host2, state: 'untouched' },
      ],
    };
    const unlabelled = summaryModel({
      outcome: base,
      observed: hostsSeen,
      environment: 'production',
      commit: 'c',
      seconds: 1,
      rollbar: [],
      lock: { name: 'l', attempts: 0 },
    });
    expect(unlabelled.hosts.map((h) => h.definitions[0] && [h.definitions[0].before, h.definitions[0].after])).toEqual([
      ['sha256:111111111111…', 'sha256:111111111111…'],
      ['sha256:111111111111…', 'sha256:111111111111…'],
    ]);
    // With the previous release's record (GitHub history), before gets its name; nothing ever claims v2 ran.
    const labelled = summaryModel({
      outcome: base,
      observed: hostsSeen,
      environment: 'production',
      commit: 'c',
      seconds: 1,
      rollbar: [],
      lock: { name: 'l', attempts: 0 },
      previousImages: { 'shop/web': 'r/app:v1' },
    });
    expect(labelled.hosts.map((h) => h.definitions[0]?.before)).toEqual(['v1', 'v1']);
    expect(JSON.stringify(labelled)).not.toContain('"after":"v2"');
  });

  it('names versions by tag or short digest', () => {
    expect(versionOf('127.0.0.1:5000/acme/app:v2')).toBe('v2');
    expect(versionOf(`r/app@sha256:${'a'.repeat(64)}`)).toBe(`sha256:${'a'.repeat(12)}`);
    expect(versionOf('127.0.0.1:5000/acme/app')).toBe('latest');
  });

  it('after a failure, says per host what happened: a failed migration replaced nothing; a host replaced then restored', () => {
    const before = (h: typeof host, tag: string) =>
      outcome(h, result('state', [copy('web0', `r/app:${tag}`), copy('web1', `r/app:${tag}`)], { instanceId: h.instanceId }));
    const failedMigration = summaryModel({
      outcome: {
        status: 'failure',
        kind: 'deploy',
        version: 'v2',
        summary: 'The rollout failed on docker1; nothing was replaced on any host.',
        fleet: 'unchanged',
        hosts: [
          { ...host, state: 'untouched', story: 'migration failed, nothing replaced', problem: 'the migration failed' },
          { ...host2, state: 'untouched', story: 'untouched' },
        ],
      },
      observed: [
        { outcome: before(host, 'v1') },
        { outcome: before(host2, 'v1') },
        {
          outcome: outcome(
            host,
            result('rollout', [], {
              ok: false,
              migration: { ran: true, ok: false, seconds: 2 },
              failure: { reason: 'the migration failed' },
            }),
          ),
        },
      ],
      environment: 'production',
      commit: 'c',
      seconds: 1,
      rollbar: [],
      lock: { name: 'l', attempts: 0 },
    });
    // The failed host runs what it ran before: no row says it was replaced or removed.
    expect(failedMigration.hosts.map((h) => h.definitions.map((d) => [d.definition, d.before, d.after, d.action]))).toEqual([
      [['web', 'v1', 'v1', 'none']],
      [['web', 'v1', 'v1', '-']],
    ]);
    const text = renderSummary(failedMigration);
    expect(text).toContain('- **docker1** (i-01): migration failed, nothing replaced');
    expect(text).toContain('- **docker2** (i-02): untouched');
    expect(text).not.toMatch(/replaced, healthy|removed|Rolled back/);

    const restored = summaryModel({
      outcome: {
        status: 'failure',
        kind: 'deploy',
        version: 'v2',
        summary: 'The rollout failed on docker2. Restored 1 host(s) from their own records (docker1).',
        fleet: 'rolled-back',
        hosts: [{ ...host, state: 'rolled-back', story: 'web0, web1 replaced, then restored from its record (release v1, deploy d0)' }],
      },
      observed: [
        { outcome: before(host, 'v1') },
        {
          outcome: outcome(
            host,
            result('rollout', [copy('web0', 'r/app:v2', { action: 'replaced' }), copy('web1', 'r/app:v2', { action: 'replaced' })]),
          ),
        },
        {
          outcome: outcome(
            host,
            result('restore', [copy('web0', 'r/app:v1', { action: 'replaced' }), copy('web1', 'r/app:v1', { action: 'replaced' })]),
          ),
        },
      ],
      environment: 'production',
      commit: 'c',
      seconds: 1,
      rollbar: [],
      lock: { name: 'l', attempts: 0 },
    });
    expect(restored.hosts[0]?.definitions.map((d) => [d.before, d.after, d.action, d.health])).toEqual([
      ['v1', 'v1', 'replaced, restored', 'healthy'],
    ]);
    expect(renderSummary(restored)).toContain(
      '- **docker1** (i-01): web0, web1 replaced, then restored from its record (release v1, deploy d0)',
    );
  });
});
