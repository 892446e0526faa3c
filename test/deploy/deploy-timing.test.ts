// The timing a successful deploy records in its GitHub status description, and the estimate the PR
// check makes from it.
import { describe, expect, it } from 'vitest';
import {
  decodeTiming,
  deployTiming,
  describeWithTiming,
  encodeTiming,
  type DeployTiming,
  type RunAnswer,
} from '../../src/deploy/deploy-timing.js';
import { estimateDeploy, minutes } from '../../src/deploy/estimate.js';
import type { HostRunOutcome } from '../../src/deploy/ports.js';
import type { HostResult } from '../../src/stack/host-plan.js';

/** A host's answer to `commandId`, from the host runner's `run`-th call. */
function answer(run: number, instanceId: string, commandId: string, mode: string, seconds: number, actions: string[]): RunAnswer {
  return { run, outcome: outcome(instanceId, commandId, mode, seconds, actions) };
}

function outcome(instanceId: string, commandId: string, mode: string, seconds: number, actions: string[]): HostRunOutcome {
  return {
    host: { instanceId, hostname: instanceId, publicIp: '' },
    commandId,
    status: 'Success',
    exitCode: 0,
    stdoutTail: '',
    stderrTail: '',
    result: {
      ok: true,
      mode: mode as HostResult['mode'],
      deployId: 'd',
      hostname: instanceId,
      instanceId,
      copies: actions.map((action, i) => ({
        definition: 'web',
        name: `web${i}`,
        containerId: 'c',
        image: 'i',
        imageDigest: '',
        slot: 'a',
        health: 'healthy',
        action,
      })),
      removed: [],
      prunedImages: [],
      timings: { totalSeconds: seconds, lockWaitSeconds: 0 },
    },
  };
}

const timing: DeployTiming = {
  hosts: 3,
  batches: 2,
  deploySeconds: 161.4,
  rolloutSeconds: 120,
  hostSeconds: { min: 38, median: 41, max: 45 },
  copies: 2,
  timeoutMinutes: 30,
};

describe('deploy timing', () => {
  it('sums each host over its rollout and canary commands; a batch takes its slowest host; preflight and state do not count', () => {
    const got = deployTiming(
      [
        answer(1, 'i-1', 'pre', 'preflight', 5, []),
        answer(2, 'i-1', 'can', 'canary', 30, ['replaced']),
        answer(3, 'i-1', 'c1', 'rollout', 20, ['unchanged', 'replaced']),
        answer(3, 'i-2', 'c1', 'rollout', 25, ['replaced', 'replaced']),
        answer(4, 'i-3', 'c2', 'rollout', 40, ['replaced', 'started', 'replaced']),
        answer(5, 'i-3', 'st', 'state', 2, []),
      ],
      { deploySeconds: 130, timeoutMinutes: 30 },
    );
    expect(got).toEqual({
      hosts: 3,
      batches: 2,
      deploySeconds: 130,
      rolloutSeconds: 30 + 25 + 40,
      hostSeconds: { min: 25, median: 40, max: 50 },
      copies: 3,
      timeoutMinutes: 30,
    });
    expect(deployTiming([answer(1, 'i-1', 'pre', 'preflight', 5, [])], { deploySeconds: 9, timeoutMinutes: 30 })).toBeUndefined();
  });

  it('counts a batch carried by several Run Commands (over 50 hosts, or plans too big to share one) once, as long as its slowest host', () => {
    // Batch 1: 120 hosts in 3 commands of up to 50, side by side; batch 2: one host.
    const batch1 = Array.from({ length: 120 }, (_, i) =>
      answer(1, `i-${i}`, `c${Math.floor(i / 50)}`, 'rollout', 20 + (i % 7), ['replaced']),
    );
    const got = deployTiming([...batch1, answer(2, 'i-120', 'c9', 'rollout', 31, ['replaced'])], { deploySeconds: 70, timeoutMinutes: 30 });
    expect(got).toMatchObject({ hosts: 121, batches: 2, rolloutSeconds: 26 + 31 });
  });

  it('round-trips through the status description, kept within GitHub 140 characters whatever the summary', () => {
    expect(encodeTiming(timing)).toBe('berth-timing/1 h=3 b=2 d=161 w=120 p=38/41/45 c=2 t=30');
    const short = describeWithTiming('Deployed v42 to 3 hosts', { ...timing, sessionMinutes: 59.5 });
    expect(short).toBe('Deployed v42 to 3 hosts · berth-timing/1 h=3 b=2 d=161 w=120 p=38/41/45 c=2 t=30 a=59');
    const long = describeWithTiming('x'.repeat(300), timing);
    expect(long).toHaveLength(140);
    expect(long).toContain('…');
    expect(decodeTiming(long)).toEqual({ ...timing, deploySeconds: 161 });
    expect(decodeTiming(short)?.sessionMinutes).toBe(59);
    expect(describeWithTiming('Deployed v1', undefined)).toBe('Deployed v1');
  });

  it('reads nothing from a description an older berth wrote, or a damaged token', () => {
    expect(decodeTiming('Deployed v41 to 3 hosts')).toBeUndefined();
    expect(decodeTiming('x · berth-timing/1 h=3 b=2 d=1')).toBeUndefined();
    expect(decodeTiming('x · berth-timing/1 h=3 b=2 d=1 w=1 p=1/x/2 c=1 t=30')).toBeUndefined();
  });
});

describe('estimate', () => {
  it('scales the slowest recorded seconds per changed copy by the copies the prediction changes, per batch, plus the rest', () => {
    // 45 s for 2 copies: 22.5 s a copy; 4 copies -> 90 s a batch; 2 batches; 161.4 - 120 = 41.4 s outside.
    const e = estimateDeploy({ records: [timing], copies: 4 });
    expect(e?.perHostSeconds).toBe(90);
    expect(e?.otherSeconds).toBeCloseTo(41.4);
    expect(e?.seconds).toBeCloseTo(221.4);
    expect(e).toMatchObject({ hosts: 3, batches: 2, basedOn: 1, warnings: [] });
    expect(minutes(e?.seconds ?? 0)).toBe('4 min');
  });

  it('nothing to change: the quickest recorded host run per batch', () => {
    const e = estimateDeploy({ records: [timing, { ...timing, hostSeconds: { min: 12, median: 20, max: 30 } }], copies: 0 });
    expect(e?.perHostSeconds).toBe(12);
  });

  it('no record: no estimate', () => {
    expect(estimateDeploy({ records: [], copies: 3 })).toBeUndefined();
  });

  it('warns when the timeout or the AWS session the last deploy recorded is shorter', () => {
    const slow = { ...timing, batches: 20, timeoutMinutes: 10, sessionMinutes: 15 };
    // 20 batches x 45 s + 41.4 s = 941.4 s, about 16 minutes.
    const e = estimateDeploy({ records: [slow], copies: 2 });
    expect(e?.warnings).toEqual([
      'The estimate (16 min) is longer than timeout-minutes of the last deploy (10): the deploy would stop before its last batches.',
      'The estimate (16 min) is longer than the AWS session the last deploy had (15 min left at its start): the deploy would stop before its last batches.',
    ]);
    expect(estimateDeploy({ records: [timing], copies: 2 })?.warnings).toEqual([]);
  });
});
