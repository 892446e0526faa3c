// A cancel (or the deploy's deadline) during a deploy, on fake hosts: no new batch starts, the batch
// in flight is never cancelled, then the failure policy and a read back of every host; and the
// post step's resume from the checkpoint the stopped process left.
import { describe, expect, it } from 'vitest';
import type { CancelCheckpoint } from '../../src/deploy/cancel.js';
import { runDeploy } from '../../src/deploy/pipeline.js';
import type { DeployRecorder, HostRunner, HostRunRequest } from '../../src/deploy/ports.js';
import { resumeCancelledDeploy } from '../../src/deploy/resume.js';
import { recordingLog, runMode } from './fakes.js';
import { lockGenerations, lockHolder, lockReleased } from './lock-helpers.js';
import { fleetOf, ports, settings, webImages } from './pipeline-fixtures.js';

/** How many commands that change a host (a rollout, a way back) each host got. */
const changes = (hosts: ReturnType<typeof fleetOf>) =>
  hosts.map((h) => h.received.filter((r) => r.mode !== 'preflight' && r.mode !== 'state').length);

/** The runner, telling onSent of each send as SSM would (the fake fleet answers at once). */
function announcing(runner: HostRunner & { runs: HostRunRequest[] }, before?: (request: HostRunRequest) => void) {
  const run = runner.run.bind(runner);
  runner.run = async (request) => {
    before?.(request);
    request.sends.forEach((send, i) => request.onSent?.({ commandId: `cmd-${runner.runs.length + 1}-${i}`, hosts: send.hosts, sentAt: 0 }));
    return run(request);
  };
  return runner;
}

function recorder(finished: { id: number; state: string; description: string }[]): DeployRecorder {
  return {
    start: async () => 42,
    finish: async (id, state, description) => void finished.push({ id, state, description }),
    history: async () => [],
  };
}

describe('a cancel during the rollout', () => {
  it('starts no new batch, lets the batch in flight finish, rolls the touched hosts back and names what each host runs', async () => {
    const hosts = fleetOf(3, 'v1');
    const controller = new AbortController();
    const { fleet, ports: p, parameters } = ports(hosts);
    const finished: { id: number; state: string; description: string }[] = [];
    announcing(fleet, (request) => {
      // The cancel arrives while the first batch is in flight.
      if (runMode(request) === 'rollout' && !controller.signal.aborted) controller.abort();
    });
    const outcome = await runDeploy(settings({ signal: controller.signal }), { ...p, recorder: recorder(finished) }, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('rolled-back');
    const rollouts = fleet.runs.filter((r) => runMode(r) === 'rollout');
    // The batch in flight was sent without the cancel (it runs to its end), then only the way back.
    expect(rollouts[0]?.signal).toBeUndefined();
    expect(changes(hosts)).toEqual([2, 0, 0]);
    for (const h of hosts) expect(webImages(h)).toEqual(['quay.io/acme/web:v1', 'quay.io/acme/web:v1']);
    expect(outcome.summary).toMatch(/^The deploy was cancelled\./);
    expect(outcome.summary).toContain('What every host runs now (read back):');
    expect(outcome.summary).toContain(
      '- docker1 (i-0): not the new release: quay.io/acme/proxy:1 (proxy0); quay.io/acme/web:v1 (web0, web1)',
    );
    expect(parameters.values.has('/berth/production/lock')).toBe(false);
    expect(finished).toEqual([{ id: 42, state: 'failure', description: expect.stringMatching(/^The deploy was cancelled/) }]);
  });

  it('with failure-policy stop leaves the touched hosts on the new release and names the mixed fleet host by host', async () => {
    const hosts = fleetOf(3, 'v1');
    const controller = new AbortController();
    const { fleet, ports: p } = ports(hosts);
    announcing(fleet, (request) => {
      if (runMode(request) === 'rollout') controller.abort();
    });
    const outcome = await runDeploy(settings({ signal: controller.signal, policy: { failurePolicy: 'stop' } }), p, recordingLog());
    expect(outcome.fleet).toBe('mixed');
    expect(webImages(hosts[0] as (typeof hosts)[0])).toEqual(['quay.io/acme/web:v2', 'quay.io/acme/web:v2']);
    expect(webImages(hosts[1] as (typeof hosts)[0])).toEqual(['quay.io/acme/web:v1', 'quay.io/acme/web:v1']);
    expect(outcome.summary).toContain('The fleet is mixed:');
    expect(outcome.summary).toContain('- docker1 (i-0): the new release: quay.io/acme/proxy:1 (proxy0); quay.io/acme/web:v2 (web0, web1)');
    expect(outcome.summary).toContain(
      '- docker2 (i-1): not the new release: quay.io/acme/proxy:1 (proxy0); quay.io/acme/web:v1 (web0, web1)',
    );
    expect(outcome.hosts.map((h) => `${h.hostname} ${h.state}`)).toEqual(['docker1 updated', 'docker2 untouched', 'docker3 untouched']);
  });

  it('before the rollout changes nothing and says it was cancelled', async () => {
    const hosts = fleetOf(2, 'v1');
    const controller = new AbortController();
    const { fleet, ports: p, parameters } = ports(hosts);
    announcing(fleet, (request) => {
      if (runMode(request) === 'preflight') controller.abort();
    });
    const outcome = await runDeploy(settings({ signal: controller.signal }), p, recordingLog());
    expect(outcome.fleet).toBe('unchanged');
    expect(outcome.summary).toBe('The deploy was cancelled before any host changed; nothing was changed.');
    expect(hosts.map((h) => h.received.map((r) => r.mode))).toEqual([['preflight'], ['preflight']]);
    expect(parameters.values.has('/berth/production/lock')).toBe(false);
  });

  it("treats the deploy's deadline as a cancel: the batch in flight finishes, no new batch, the way back runs", async () => {
    const hosts = fleetOf(3, 'v1');
    let clock = 1_000_000;
    const { fleet, ports: p } = ports(hosts, { now: () => clock });
    announcing(fleet, (request) => {
      // The first batch takes past the 30-minute deadline.
      if (runMode(request) === 'rollout') clock += 31 * 60_000;
    });
    const outcome = await runDeploy(settings(), p, recordingLog());
    const first = fleet.runs.find((r) => runMode(r) === 'rollout');
    // The batch in flight may run past the deadline (by IN_FLIGHT_GRACE) rather than being cancelled at it.
    expect(first?.deadline).toBe(1_000_000 + 40 * 60_000);
    expect(outcome.fleet).toBe('rolled-back');
    expect(outcome.summary).toMatch(/^The deploy's deadline passed \(timeout-minutes 30/);
    expect(changes(hosts)).toEqual([2, 0, 0]);
  });

  it('keeps a checkpoint of the lock, the touched hosts and the commands in flight', async () => {
    const hosts = fleetOf(2, 'v1');
    const seen: CancelCheckpoint[] = [];
    const { fleet, ports: p } = ports(hosts, { onCheckpoint: (c) => void seen.push(structuredClone(c)) });
    announcing(fleet);
    await runDeploy(settings(), p, recordingLog());
    const during = seen.find((c) => c.phase === 'rollout' && c.inFlight.length > 0);
    expect(during?.lock).toEqual({ name: '/berth/production/lock', deployId: 'deploy-1' });
    expect(during?.touched.map((h) => h.hostname)).toEqual(['docker1']);
    expect(during?.inFlight.map((c) => c.hosts.map((h) => h.hostname))).toEqual([['docker1']]);
    expect(during?.fleet?.hosts.map((h) => h.hostname)).toEqual(['docker1', 'docker2']);
    expect(seen.at(-1)?.inFlight).toEqual([]);
    expect(seen.at(-1)?.phase).toBe('read back');
  });
});

describe('finishing a cancelled deploy from its checkpoint (the post step)', () => {
  /** A deploy whose process "dies" right after sending its first batch: the checkpoint it left, the batch not yet applied. */
  async function stoppedAfterFirstSend(hosts: ReturnType<typeof fleetOf>) {
    const { fleet, ports: p, parameters } = ports(hosts);
    let left: CancelCheckpoint | undefined;
    let inFlight: HostRunRequest | undefined;
    const run = fleet.run.bind(fleet);
    fleet.run = async (request) => {
      if (runMode(request) === 'rollout' && !left) {
        request.onSent?.({ commandId: 'cmd-batch-1', hosts: request.sends.flatMap((s) => s.hosts), sentAt: 0 });
        inFlight = request;
        throw new Error('the process was killed');
      }
      return run(request);
    };
    await runDeploy(settings(), { ...p, onCheckpoint: (c) => (left = c.inFlight.length > 0 ? structuredClone(c) : left) }, recordingLog());
    fleet.run = run;
    // The killed process never released its lock: its generation is live again (and not yet expired).
    const [taken] = lockGenerations(parameters.values, '/berth/production/lock');
    if (!taken) throw new Error('the deploy took no lock');
    const live = { ...taken.record, released: '', releasedBy: '', expires: new Date(Date.now() + 300_000).toISOString() };
    await parameters.overwrite(`/berth/production/lock/${taken.generation}`, JSON.stringify(live));
    if (!left || !inFlight) throw new Error('no checkpoint');
    return { fleet, ports: p, parameters, checkpoint: left, inFlight };
  }

  it('waits for the batch in flight, rolls the touched host back, reads back, closes the record and releases the lock', async () => {
    const hosts = fleetOf(3, 'v1');
    const { fleet, ports: p, parameters, checkpoint, inFlight } = await stoppedAfterFirstSend(hosts);
    const finished: { id: number; state: string; description: string }[] = [];
    // The host finishes the command it got (the fleet applies it when watched).
    const watch: HostRunner['watch'] = async () => fleet.run(inFlight);
    const outcome = await resumeCancelledDeploy(
      settings(),
      { ...p, hosts: { ...fleet, watch }, recorder: recorder(finished) },
      recordingLog(),
      { ...checkpoint, records: { githubDeploymentId: 7 } },
      { waitUntil: Date.now() + 60_000, deadline: Date.now() + 120_000 },
    );
    expect(outcome.fleet).toBe('rolled-back');
    for (const h of hosts) expect(webImages(h)).toEqual(['quay.io/acme/web:v1', 'quay.io/acme/web:v1']);
    // docker1 got the release and then the way back; the others nothing but reads.
    expect(changes(hosts)).toEqual([2, 0, 0]);
    expect(hosts[0]?.received.find((r) => r.mode === 'rollout')?.plan?.deployId).toBe('deploy-1');
    expect(outcome.summary).toContain(
      '- docker1 (i-0): not the new release: quay.io/acme/proxy:1 (proxy0); quay.io/acme/web:v1 (web0, web1)',
    );
    expect(finished).toEqual([{ id: 7, state: 'failure', description: expect.stringMatching(/^The deploy was cancelled/) }]);
    expect(await lockReleased(parameters, '/berth/production/lock')).toBe(true);
    expect(outcome.lockLeft).toBeUndefined();
  });

  it('leaves the lock when a command is still running at the end of the window, naming the host', async () => {
    const hosts = fleetOf(2, 'v1');
    const { fleet, ports: p, parameters, checkpoint } = await stoppedAfterFirstSend(hosts);
    const watch: HostRunner['watch'] = async (commands) =>
      commands.flatMap((c) =>
        c.hosts.map((host) => ({ host, commandId: c.commandId, status: 'StillRunning', exitCode: -1, stdoutTail: '', stderrTail: '' })),
      );
    const outcome = await resumeCancelledDeploy(settings(), { ...p, hosts: { ...fleet, watch } }, recordingLog(), checkpoint, {
      waitUntil: 0,
      deadline: 0,
    });
    expect(outcome.fleet).toBe('unknown');
    expect(outcome.summary).toMatch(/docker1 \(i-0\) may still be changing/);
    expect(outcome.summary).toContain('The deploy lock /berth/production/lock is left in place');
    expect(outcome.lockLeft).toBe(true);
    expect((await lockHolder(parameters, '/berth/production/lock', Date.now()))?.deployId).toBe('deploy-1');
    // Nothing was sent to any host: no way back under a running command.
    expect(changes(hosts)).toEqual([0, 0]);
  });
});
