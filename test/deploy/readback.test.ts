import { describe, expect, it } from 'vitest';
import { readBack, runsPlannedImage } from '../../src/deploy/readback.js';
import type { HostRunOutcome } from '../../src/deploy/ports.js';
import type { HostCopyResult, HostPlan, PlanDefinition } from '../../src/stack/host-plan.js';

function def(name: string, image: string, mode: PlanDefinition['mode'] = 'auto', copies = 1): PlanDefinition {
  return {
    app: 'shop',
    name,
    mode,
    image,
    hash: 'h',
    redeploy: false,
    env: [],
    copies: Array.from({ length: copies }, (_, index) => ({ index, name: `${name}${index}`, slots: [] })),
    health: { interval: 1, timeout: 1, deadline: 1, startupTime: 0 },
    stopSignal: 'TERM',
    stopGrace: 1,
    dependsOn: [],
  };
}

function plan(id: string, definitions: PlanDefinition[]): HostPlan {
  return {
    version: 1,
    deployId: 'd',
    release: 'v2',
    actor: 'a',
    createdAt: '',
    host: { root: '/', hostname: `host-${id}`, instanceId: id },
    apps: ['shop'],
    lockTimeout: 1,
    keepImages: 3,
    force: false,
    preferLocalImages: false,
    aws: { region: 'r' },
    registries: [],
    dataVolumes: [],
    definitions,
    cron: [],
    logTailLines: 10,
  };
}

function copy(name: string, extra: Partial<HostCopyResult> = {}): HostCopyResult {
  return {
    definition: name.replace(/\d+$/, ''),
    name,
    containerId: 'c',
    image: 'quay.io/a/web:v2',
    imageDigest: 'quay.io/a/web@sha256:abc',
    slot: '',
    health: 'healthy',
    action: 'unchanged',
    ...extra,
  };
}

function outcome(id: string, copies: HostCopyResult[], extra: Partial<HostRunOutcome> = {}): HostRunOutcome {
  return {
    host: { instanceId: id, hostname: `host-${id}`, publicIp: '' },
    commandId: 'c',
    status: 'Success',
    exitCode: 0,
    stdoutTail: '',
    stderrTail: '',
    result: {
      ok: true,
      mode: 'state',
      deployId: 'd',
      hostname: '',
      instanceId: id,
      copies,
      removed: [],
      prunedImages: [],
      timings: { totalSeconds: 0, lockWaitSeconds: 0 },
    },
    ...extra,
  };
}

describe('read back', () => {
  const plans = new Map([
    [
      'i-1',
      plan('i-1', [
        def('web', 'quay.io/a/web:v2', 'auto', 2),
        def('proxy', 'quay.io/a/proxy:1', 'manual'),
        def('cron', 'quay.io/a/web:v2', 'cron', 0),
      ]),
    ],
    ['i-2', plan('i-2', [def('web', 'quay.io/a/web:v2', 'auto', 2)])],
  ]);

  it('is ok only when every planned copy runs, healthy, what the plan says', () => {
    const report = readBack(plans, [
      outcome('i-1', [copy('web0'), copy('web1', { health: 'none' }), copy('proxy0', { image: 'quay.io/a/proxy:0', action: 'outdated' })]),
      outcome('i-2', [copy('web0'), copy('web1')]),
    ]);
    expect(report).toEqual({ ok: true, hosts: [] });
  });

  it('names each host and copy that is missing, unhealthy or outdated, and hosts that gave no state', () => {
    const report = readBack(plans, [
      outcome('i-1', [copy('web0', { health: 'starting' }), copy('proxy0', { health: 'missing' })]),
      outcome('i-2', [copy('web0', { action: 'outdated', imageDigest: 'quay.io/a/web@sha256:old' }), copy('web1')], {}),
    ]);
    expect(report.ok).toBe(false);
    expect(report.hosts).toEqual([
      { instanceId: 'i-1', hostname: 'host-i-1', problems: ['web0 is starting', 'web1 is not running', 'proxy0 is not running'] },
      {
        instanceId: 'i-2',
        hostname: 'host-i-2',
        problems: ['web0 does not run what the plan says (planned quay.io/a/web:v2; running quay.io/a/web@sha256:old)'],
      },
    ]);
    const silent = readBack(
      plans,
      [outcome('i-1', [], { status: 'TimedOut', stderrTail: 'no final answer' }) as HostRunOutcome].map((o) => {
        const { result: _result, ...rest } = o;
        return rest;
      }),
    );
    expect(silent.hosts.map((h) => h.problems)).toEqual([
      ['no state read back (SSM status TimedOut: no final answer)'],
      ['no state read back'],
    ]);
  });

  it('keeps the host verdict when its copies looked fine from here', () => {
    const failed = outcome('i-2', [copy('web0'), copy('web1')]);
    if (failed.result) failed.result = { ...failed.result, ok: false, failure: { reason: 'disk full' } };
    expect(readBack(new Map([['i-2', plans.get('i-2') as HostPlan]]), [failed]).hosts[0]?.problems).toEqual([
      'the host reports: disk full',
    ]);
  });

  it('matches a pinned digest by the digest the host reports', () => {
    expect(runsPlannedImage('quay.io/a/web@sha256:abc', copy('web0', { image: 'quay.io/a/web@sha256:abc' }))).toBe(true);
    expect(runsPlannedImage('quay.io/a/web@sha256:abc', copy('web0', { image: 'x', imageDigest: 'quay.io/a/web@sha256:def' }))).toBe(false);
    expect(runsPlannedImage('quay.io/a/web', copy('web0', { image: 'quay.io/a/web:latest' }))).toBe(true);
  });
});
