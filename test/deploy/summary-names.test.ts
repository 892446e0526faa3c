// A deploy's job summary names the versions before -> after (tag, or the release name when the image
// is pinned by digest); the digest only when nothing better is known. What ran before comes from the
// hosts' own records (history mode) when their state gives only a digest.
import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/app/summary.js';
import { releasesBefore, summaryNamingBefore } from '../../src/deploy/host-history.js';
import { hostsWithoutNames, summaryModel, type OutcomeLike } from '../../src/deploy/summary-model.js';
import type { HostRunOutcome, TargetHost } from '../../src/deploy/ports.js';
import type { HostCopyResult, HostHistoryEntry, HostResult } from '../../src/stack/host-plan.js';
import { fakeHost, fakePlanner, recordingLog } from './fakes.js';
import { entry, historyFleet } from './history-fleet.js';

const host1: TargetHost = { instanceId: 'i-1', hostname: 'docker1', publicIp: '' };
const host2: TargetHost = { instanceId: 'i-2', hostname: 'docker2', publicIp: '' };
const d1 = `r/app@sha256:${'1'.repeat(64)}`;
const d2 = `r/app@sha256:${'2'.repeat(64)}`;

function copy(name: string, image: string, extra: Partial<HostCopyResult> = {}): HostCopyResult {
  return {
    definition: 'web',
    name,
    containerId: `c-${name}`,
    image,
    imageDigest: image,
    slot: 'a',
    health: 'healthy',
    action: 'replaced',
    ...extra,
  };
}

function outcome(host: TargetHost, mode: HostResult['mode'], copies: HostCopyResult[]): { outcome: HostRunOutcome } {
  const result: HostResult = {
    ok: true,
    mode,
    deployId: 'dep-2',
    hostname: host.hostname,
    instanceId: host.instanceId,
    copies,
    removed: [],
    prunedImages: [],
    timings: { totalSeconds: 2, lockWaitSeconds: 0 },
  };
  return { outcome: { host, commandId: 'c', status: 'Success', exitCode: 0, result, stdoutTail: '', stderrTail: '' } };
}

/** A deploy of v2 over v1 on two hosts: the state read before knows only v1's digest. */
function deployOfV2(image: string) {
  const observed = [host1, host2].flatMap((h) => [
    outcome(h, 'state', [copy('web0', image, { action: 'outdated', imageDigest: d1 })]),
    outcome(h, 'rollout', [copy('web0', image, { imageDigest: d2 })]),
    outcome(h, 'state', [copy('web0', image, { action: 'unchanged', imageDigest: d2, health: 'none' })]),
  ]);
  const deployed: OutcomeLike = {
    status: 'success',
    kind: 'deploy',
    version: 'v2',
    summary: 'Deployed v2',
    fleet: 'updated',
    hosts: [
      { ...host1, state: 'updated' },
      { ...host2, state: 'updated' },
    ],
  };
  return { observed, deployed };
}

const base = { environment: 'production', commit: 'c', seconds: 1, rollbar: [], lock: { name: 'l', attempts: 0 } };

describe('the deploy summary names the versions', () => {
  it('without any record, before is the digest, and the hosts are the ones to ask', () => {
    const { observed, deployed } = deployOfV2('r/app:v2');
    const model = summaryModel({ ...base, outcome: deployed, observed });
    expect(model.hosts.map((h) => [h.definitions[0]?.before, h.definitions[0]?.after])).toEqual([
      ['sha256:111111111111…', 'v2'],
      ['sha256:111111111111…', 'v2'],
    ]);
    expect(hostsWithoutNames(model)).toEqual(['i-1', 'i-2']);
  });

  it('with what each host recorded before, before is the tag it ran: v1 -> v2', () => {
    const { observed, deployed } = deployOfV2('r/app:v2');
    const model = summaryModel({
      ...base,
      outcome: deployed,
      observed,
      previousByHost: {
        'i-1': { release: 'release-1', images: { 'shop/web': 'r/app:v1' } },
        'i-2': { release: 'release-1', images: { 'shop/web': 'r/app:v1' } },
      },
    });
    expect(model.hosts.map((h) => [h.definitions[0]?.before, h.definitions[0]?.after])).toEqual([
      ['v1', 'v2'],
      ['v1', 'v2'],
    ]);
    expect(hostsWithoutNames(model)).toEqual([]);
    expect(renderSummary(model)).toContain('| docker1 (i-1) | web | 1 (web0) | v1 → v2 | healthy | replaced | 2 s |');
  });

  it('images pinned by digest: the release names before and after, not digests', () => {
    const { observed, deployed } = deployOfV2(d2);
    const model = summaryModel({
      ...base,
      outcome: deployed,
      observed,
      previousByHost: { 'i-1': { release: 'v1', images: { 'shop/web': d1 } } },
    });
    expect(model.hosts.map((h) => [h.definitions[0]?.before, h.definitions[0]?.after])).toEqual([
      ['v1', 'v2'],
      // Nothing recorded for docker2: the digest is all there is before.
      ['sha256:111111111111…', 'v2'],
    ]);
    expect(hostsWithoutNames(model)).toEqual(['i-2']);
  });

  it("the hosts' records: the newest plan before this deploy's own (its rollout and its undo share its id)", async () => {
    const hosts = [fakeHost('i-1', 'docker1', 'v2'), fakeHost('i-2', 'docker2', 'v2')];
    const fleet = historyFleet(hosts, {
      'i-1': [
        entry('shop', 'v2', '20261125T120300Z', { 'shop/web': 'r/app:v2' }, { deployId: 'dep-2' }),
        entry('shop', 'v1', '20261125T120100Z', { 'shop/web': 'r/app:v1' }, { deployId: 'dep-1' }),
      ],
      // docker2 rolled v2 out, then back (both under dep-2).
      'i-2': [
        entry('shop', 'v2', '20261125T120400Z', { 'shop/web': d1 }, { deployId: 'dep-2' }),
        entry('shop', 'v2', '20261125T120300Z', { 'shop/web': 'r/app:v2' }, { deployId: 'dep-2' }),
        entry('shop', 'v1', '20261125T120100Z', { 'shop/web': 'r/app:v1' }, { deployId: 'dep-1' }),
      ],
    });
    const read = {
      apps: ['shop'],
      hostRoot: '/',
      environment: 'production',
      actor: 'a',
      region: 'r',
      deadline: Date.now() + 60_000,
      deployId: 'dep-2',
    };
    expect(await releasesBefore(fleet, fakePlanner(), [host1, host2], read, recordingLog())).toEqual({
      'i-1': { release: 'v1', images: { 'shop/web': 'r/app:v1' } },
      'i-2': { release: 'v1', images: { 'shop/web': 'r/app:v1' } },
    });
    // The next deploy (dep-3): dep-2 was undone on docker2, so what ran before dep-3 is v1 everywhere, not "v2".
    expect(await releasesBefore(fleet, fakePlanner(), [host1, host2], { ...read, deployId: 'dep-3' }, recordingLog())).toEqual({
      'i-1': { release: 'v1', images: { 'shop/web': 'r/app:v1' } },
      'i-2': { release: 'v1', images: { 'shop/web': 'r/app:v1' } },
    });
  });

  it("for a deploy: names what ran before from the records each host's preflight listed, without a command", () => {
    const { observed, deployed } = deployOfV2('r/app:v2');
    const preflight = (host: TargetHost, history: unknown[] | undefined) => {
      const answer = outcome(host, 'preflight', []);
      if (history) answer.outcome.result = { ...(answer.outcome.result as HostResult), history: history as HostHistoryEntry[] };
      return answer;
    };
    const withPreflights = [
      // docker1 listed its records (this deploy's own id is skipped); docker2 answered without any.
      preflight(host1, [
        entry('shop', 'v2', '20261125T120300Z', { 'shop/web': 'r/app:v2' }, { deployId: 'dep-2' }),
        entry('shop', 'v1', '20261125T120100Z', { 'shop/web': 'r/app:v1' }, { deployId: 'dep-1' }),
      ]),
      preflight(host2, undefined),
      ...observed,
    ];
    const model = summaryNamingBefore({ ...base, outcome: deployed, observed: withPreflights }, 'dep-2');
    expect(model.hosts.map((h) => [h.definitions[0]?.before, h.definitions[0]?.after])).toEqual([
      ['v1', 'v2'],
      ['sha256:111111111111…', 'v2'],
    ]);
  });
});
