import { describe, expect, it } from 'vitest';
import {
  batchesFromLog,
  commandsPerInstance,
  deployJsonLine,
  deployNumbers,
  deployTable,
  fleetWorkSeconds,
  hostWorkSeconds,
  meetsGoals,
  roundTripFloorRatio,
  sendTimeline,
  type DeployNumbers,
} from '../../bench/lib/deploy-numbers.js';
import { idealMs, idealRounds } from '../../bench/lib/ideal-schedule.js';
import type { HostCopyResult } from '../../src/stack/host-plan.js';

/** What the action printed in a 10-host deploy at batch-size 5 (its log as the runner captures it). */
const ACTION_LOG = [
  'Took the deploy lock /berth/world/lock (generation 2), expires 2026-12-05T00:16:09.945Z unless renewed',
  '::group::Preflight on 10 host(s)',
  'docker1 (i-01): Sent',
  '::endgroup::',
  '::group::Read what 10 host(s) run now',
  '::endgroup::',
  '::group::Batch 1/3: docker1',
  'docker1 (i-01): Success',
  '::endgroup::',
  '::group::Batch 2/3: docker10, docker2, docker3, docker4, docker5',
  '::endgroup::',
  '::group::Batch 3/3: docker6, docker7, i-0abc',
  '::endgroup::',
  '::group::Read back 10 host(s)',
  '::endgroup::',
].join('\n');

function copy(name: string, startToHealthy?: number): HostCopyResult {
  return {
    definition: name.replace(/\d+$/, ''),
    name,
    containerId: 'c0ffee',
    image: 'registry.test/acme/demo:v2',
    imageDigest: '',
    slot: '',
    health: 'healthy',
    action: startToHealthy === undefined ? 'unchanged' : 'replaced',
    ...(startToHealthy === undefined ? {} : { startToHealthy }),
  };
}

function send(instanceIds: string[] | undefined, status = 200) {
  return { target: 'AmazonSSM.SendCommand', status, body: instanceIds ? { InstanceIds: instanceIds, Comment: 'berth deploy v2' } : {} };
}

describe('batchesFromLog', () => {
  it("reads the rollout batches from the action's group lines, the migration host's own batch first", () => {
    expect(batchesFromLog(ACTION_LOG)).toEqual([
      ['docker1'],
      ['docker10', 'docker2', 'docker3', 'docker4', 'docker5'],
      ['docker6', 'docker7', 'i-0abc'],
    ]);
  });

  it('finds no batch in a log without rollout groups (a deploy that stopped at the preflight)', () => {
    expect(batchesFromLog('::group::Preflight on 2 host(s)\n::endgroup::\n::error::docker2: docker is missing')).toEqual([]);
  });
});

describe('commandsPerInstance', () => {
  it('counts each accepted SendCommand once for every instance it names; throttled attempts and other calls reach no host', () => {
    const counts = commandsPerInstance([
      send(['i-01', 'i-02']),
      { target: 'AmazonSSM.ListCommandInvocations', status: 200, body: { CommandId: 'x' } },
      send(['i-01'], 400),
      send(['i-01']),
      send(['i-02', 'i-03']),
    ]);
    expect(Object.fromEntries(counts)).toEqual({ 'i-01': 2, 'i-02': 2, 'i-03': 1 });
  });

  it('refuses a SendCommand by tag targets rather than count its hosts as none', () => {
    expect(() =>
      commandsPerInstance([{ target: 'AmazonSSM.SendCommand', status: 200, body: { Targets: [{ Key: 'tag:Role', Values: ['web'] }] } }]),
    ).toThrow(/without InstanceIds/);
  });
});

describe('sendTimeline', () => {
  it("places each accepted SendCommand after the process's start, with its comment and host count, then the last call", () => {
    const started = 1_000_000;
    const requests = [
      { ...send(['i-01', 'i-02']), at: started + 2_140 },
      { ...send(['i-01'], 400), at: started + 6_000 },
      { ...send(['i-01']), at: started + 6_310 },
      { target: 'AmazonSSM.ListCommandInvocations', status: 200, body: {}, at: started + 25_960 },
    ];
    expect(sendTimeline(requests, started)).toBe('+2.1 s berth deploy v2 (2), +6.3 s berth deploy v2 (1); last AWS call +26.0 s');
    expect(sendTimeline([], started)).toBe('no SendCommand');
  });
});

describe('hostWorkSeconds', () => {
  it("adds the migration's seconds to every replaced copy's start-to-healthy", () => {
    expect(
      hostWorkSeconds({
        migration: { ran: true, ok: true, seconds: 1.2 },
        copies: [copy('web0', 2.1), copy('web1', 2.3), copy('worker0', 0.4)],
      }),
    ).toBeCloseTo(6.0, 6);
  });

  it('counts no migration that did not run, and nothing for copies left alone', () => {
    expect(hostWorkSeconds({ migration: { ran: false, ok: true, seconds: 9 }, copies: [copy('web0', 2.2), copy('haproxy0')] })).toBeCloseTo(
      2.2,
      6,
    );
    expect(hostWorkSeconds({ copies: [copy('web0'), copy('web1')] })).toBe(0);
  });
});

describe('fleetWorkSeconds and deployNumbers', () => {
  const batches = [['docker1'], ['docker2', 'docker3'], ['docker4']];
  const work = new Map([
    ['docker1', 6.0],
    ['docker2', 4.5],
    ['docker3', 5.2],
    ['docker4', 4.0],
  ]);

  it('sums the slowest host of each batch', () => {
    expect(fleetWorkSeconds(batches, work)).toBeCloseTo(6.0 + 5.2 + 4.0, 6);
  });

  it('fails when a host of a batch reported no work, rather than count it as none', () => {
    expect(() => fleetWorkSeconds([['docker1'], ['docker2', 'docker9']], work)).toThrow('batch 2: no rollout result from docker9');
  });

  it('gives the run its numbers: the ratio of the unrounded seconds, the most commands of any of its hosts', () => {
    const numbers = deployNumbers({
      hosts: 4,
      batches,
      commandsByInstance: new Map([
        ['i-1', 5],
        ['i-2', 4],
        ['i-other', 9],
      ]),
      instanceIds: ['i-1', 'i-2', 'i-3', 'i-4'],
      wallMs: 48_640,
      workByHost: work,
    });
    expect(numbers).toEqual({ hosts: 4, batches: 3, commands_per_host_max: 5, deploy_wall_s: 48.6, host_work_s: 15.2, ratio: 3.2 });
    expect(meetsGoals(numbers)).toBe(false);
    expect(meetsGoals({ ...numbers, commands_per_host_max: 2, ratio: 1.5 })).toBe(true);
    expect(meetsGoals({ ...numbers, commands_per_host_max: 3, ratio: 1.1 })).toBe(false);
  });
});

describe('the output', () => {
  const large: DeployNumbers = { hosts: 10, batches: 3, commands_per_host_max: 5, deploy_wall_s: 58.2, host_work_s: 15.4, ratio: 3.78 };
  const small: DeployNumbers = { hosts: 2, batches: 2, commands_per_host_max: 5, deploy_wall_s: 48.6, host_work_s: 10.5, ratio: 4.63 };

  it("ends with the 10-host run's numbers and the 2-host run's under small, keys in the issue's order", () => {
    expect(deployJsonLine(large, small)).toBe(
      '{"hosts":10,"batches":3,"commands_per_host_max":5,"deploy_wall_s":58.2,"host_work_s":15.4,"ratio":3.78,' +
        '"small":{"hosts":2,"batches":2,"commands_per_host_max":5,"deploy_wall_s":48.6,"host_work_s":10.5,"ratio":4.63}}',
    );
  });

  it('prints a Markdown row per run', () => {
    expect(
      deployTable([
        { label: 'small', batchSize: 1, numbers: small },
        { label: 'large', batchSize: 5, numbers: large },
      ]).slice(2),
    ).toEqual(['| small | 2 | 1 | 2 | 5 | 48.6 | 10.5 | 4.63 | no |', '| large | 10 | 5 | 3 | 5 | 58.2 | 15.4 | 3.78 | no |']);
  });
});

describe('the fleet benchmark ideal schedule', () => {
  it('is one check round, the migration host alone, then the batches: 12 rounds for 500 hosts at batch 50', () => {
    expect(idealRounds(500, 50)).toEqual({ rounds: 12, phases: ['check', 'migration host', '10 batch(es) of up to 50'] });
    expect(idealRounds(100, 50)).toEqual({ rounds: 4, phases: ['check', 'migration host', '2 batch(es) of up to 50'] });
    expect(idealRounds(10, 5, false).rounds).toBe(1 + 2);
  });

  it("lasts, per round, the command's delivery, the command and the status lag", () => {
    expect(idealMs(12, 5000, { deliveryMs: 1000, statusLagMs: 1000 })).toBe(84_000);
  });
});

describe('roundTripFloorRatio', () => {
  it('adds a delivery and a status lag for the preflight and for every batch to the host work', () => {
    // 2 batches + the preflight: 3 rounds of 2 s on 10 s of work.
    expect(roundTripFloorRatio({ batches: 2, deliveryMs: 1000, statusLagMs: 1000, hostWorkSeconds: 10 })).toBe(1.6);
    expect(roundTripFloorRatio({ batches: 3, deliveryMs: 1000, statusLagMs: 1000, hostWorkSeconds: 16 })).toBe(1.5);
    expect(roundTripFloorRatio({ batches: 3, deliveryMs: 0, statusLagMs: 0, hostWorkSeconds: 16 })).toBe(1);
  });

  it('has no floor for a run that measured no work', () => {
    expect(roundTripFloorRatio({ batches: 1, deliveryMs: 1000, statusLagMs: 1000, hostWorkSeconds: 0 })).toBe(Number.POSITIVE_INFINITY);
  });
});
