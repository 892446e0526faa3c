import { describe, expect, it } from 'vitest';
import { hostSends } from '../../src/deploy/host-sends.js';
import { runDeploy } from '../../src/deploy/pipeline.js';
import type { Planner, TargetHost } from '../../src/deploy/ports.js';
import { HostnameTooLongError } from '../../src/stack/hostname.js';
import { fakePlanner, memoryParameters, recordingLog, runHosts, runMode, webDocument, type FakeHost } from './fakes.js';
import { lockReleased } from './lock-helpers.js';
import { fleetOf, ports, settings, webImages } from './pipeline-fixtures.js';

describe('runDeploy on the ssm target', () => {
  it('runs the migration host first and alone, then batches, and succeeds after the read back', async () => {
    const hosts = fleetOf(5);
    const { fleet, ports: p, parameters } = ports(hosts);
    const log = recordingLog();
    const outcome = await runDeploy(settings({ policy: { batchSize: 2 } }), p, log);
    expect(outcome.status).toBe('success');
    expect(outcome.fleet).toBe('updated');
    const rollouts = fleet.runs.filter((r) => runMode(r) === 'rollout');
    expect(rollouts.map((r) => runHosts(r).map((h) => h.hostname))).toEqual([['docker1'], ['docker2', 'docker3'], ['docker4', 'docker5']]);
    const migrations = hosts.flatMap((h) => h.received.filter((r) => r.mode === 'rollout' && r.plan?.migration).map(() => h.host.hostname));
    expect(migrations).toEqual(['docker1']);
    for (const h of hosts) expect(webImages(h)).toEqual(['quay.io/acme/web:v2', 'quay.io/acme/web:v2']);
    // The read back is each host's rollout answer (its final read): no command after the last batch.
    expect(fleet.runs.at(-1)?.sends.every((c) => c.commands[1] === 'rollout')).toBe(true);
    expect(await lockReleased(parameters, '/berth/production/lock')).toBe(true);
  });

  it('uses batches from the first host when the document has no migration', async () => {
    const hosts = fleetOf(4);
    const { fleet, ports: p } = ports(hosts);
    await runDeploy(settings({ policy: { batchSize: 3 }, document: webDocument('v2', { migration: false }) }), p, recordingLog());
    const rollouts = fleet.runs.filter((r) => runMode(r) === 'rollout');
    expect(rollouts.map((r) => runHosts(r).length)).toEqual([3, 1]);
  });

  it('stops at the first failed host and rolls the touched hosts back to what they ran', async () => {
    const hosts = fleetOf(4, 'v1', (i) => (i === 2 ? { failsOnImage: 'quay.io/acme/web:v2' } : {}));
    const { fleet, ports: p, parameters } = ports(hosts);
    const log = recordingLog();
    const outcome = await runDeploy(settings(), p, log);
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('rolled-back');
    expect(outcome.summary).toContain('docker3');
    for (const h of hosts) expect(webImages(h)).toEqual(['quay.io/acme/web:v1', 'quay.io/acme/web:v1']);
    // docker4 was only asked what it runs (by its preflight), never sent the new release.
    expect(hosts[3]?.received.map((r) => r.mode)).toEqual(['preflight']);
    // The way back: the hosts the release changed restore their own records of what they ran before
    // this deploy; docker3 failed before it replaced anything and is left alone.
    expect(hosts.map((h) => h.received.filter((r) => r.mode === 'restore').map((r) => [r.plan?.deployId, r.meta]))).toEqual([
      [['deploy-1~undo', { undo: 'deploy-1' }]],
      [['deploy-1~undo', { undo: 'deploy-1' }]],
      [],
      [],
    ]);
    // A restore request carries no definitions and no migration: the host's record has them.
    const back = hosts.flatMap((h) => h.received.filter((r) => r.mode === 'restore'));
    expect(back.every((r) => r.plan?.definitions.length === 0 && r.plan?.migration === undefined)).toBe(true);
    expect(outcome.hosts.map((h) => [h.hostname, h.state, h.story])).toEqual([
      ['docker1', 'rolled-back', 'web0, web1 replaced, then restored from its record (release v1, deploy deploy-0)'],
      ['docker2', 'rolled-back', 'web0, web1 replaced, then restored from its record (release v1, deploy deploy-0)'],
      ['docker3', 'untouched', 'failed (web0 did not become healthy), nothing replaced'],
      ['docker4', 'untouched', 'untouched'],
    ]);
    expect(log.lines.some((l) => l.startsWith('error') && l.includes('did not become healthy') && l.includes('| boom'))).toBe(true);
    expect(await lockReleased(parameters, '/berth/production/lock')).toBe(true);
    // No state run: the preflight said what ran before, and there was nothing to read back.
    expect(fleet.runs.filter((r) => runMode(r) === 'state')).toHaveLength(0);
  });

  it('restores what each host recorded, not the previous document, when one is given', async () => {
    const hosts = fleetOf(3, 'v1', (i) => (i === 1 ? { failsOnImage: 'quay.io/acme/web:v2' } : {}));
    const { ports: p } = ports(hosts);
    const outcome = await runDeploy(settings({ previousDocument: webDocument('v0'), policy: { batchSize: 2 } }), p, recordingLog());
    expect(outcome.fleet).toBe('rolled-back');
    for (const h of hosts) expect(webImages(h)).toEqual(['quay.io/acme/web:v1', 'quay.io/acme/web:v1']);
    // The way back runs under its own deploy id, so the hosts' records tell it from the failed rollout.
    const runs = hosts.map((h) =>
      h.received.filter((r) => r.mode === 'rollout' || r.mode === 'restore').map((r) => `${r.mode} ${r.plan?.deployId}`),
    );
    expect(runs).toEqual([
      ['rollout deploy-1', 'restore deploy-1~undo'],
      ['rollout deploy-1'],
      ['rollout deploy-1', 'restore deploy-1~undo'],
    ]);
    expect(outcome.summary).toMatch(/Restored 2 host\(s\) from their own records \(docker1, docker3\)/);
  });

  it('names a host without a record of what it ran before, and leaves the fleet mixed', async () => {
    const hosts = fleetOf(2, 'v1', (i) => (i === 1 ? { failsOnImage: 'quay.io/acme/web:v2' } : i === 0 ? { records: [] } : {}));
    const { ports: p } = ports(hosts);
    const outcome = await runDeploy(settings(), p, recordingLog());
    expect(outcome.fleet).toBe('mixed');
    expect(webImages(hosts[0] as FakeHost)).toEqual(['quay.io/acme/web:v2', 'quay.io/acme/web:v2']);
    expect(outcome.hosts[0]).toMatchObject({ hostname: 'docker1', state: 'failed' });
    expect(outcome.hosts[0]?.story).toMatch(
      /^web0, web1 replaced; no record of what it ran before, left as it is: no record of what this host ran/,
    );
    expect(outcome.summary).toMatch(/The way back failed on docker1 \(web0, web1 replaced; no record of what it ran before/);
  });

  it('restores nothing when the failed host replaced nothing: the migration failed there', async () => {
    const hosts = fleetOf(2, 'v1', (i) => (i === 0 ? { failsOnImage: 'quay.io/acme/web:v2' } : {}));
    const { fleet, ports: p } = ports(hosts);
    const outcome = await runDeploy(settings(), p, recordingLog());
    expect(outcome.fleet).toBe('unchanged');
    expect(outcome.summary).toMatch(
      / \(docker1: failed \(web0 did not become healthy\), nothing replaced\)\. Nothing was replaced on any host\.$/,
    );
    expect(fleet.runs.filter((r) => runMode(r) === 'restore')).toEqual([]);
    expect(outcome.hosts.map((h) => [h.hostname, h.state, h.story])).toEqual([
      ['docker1', 'untouched', 'failed (web0 did not become healthy), nothing replaced'],
      ['docker2', 'untouched', 'untouched'],
    ]);
  });

  it('leaves a mixed fleet with failure-policy stop, and says so', async () => {
    const hosts = fleetOf(3, 'v1', (i) => (i === 1 ? { failsOnImage: 'quay.io/acme/web:v2' } : {}));
    const { ports: p } = ports(hosts);
    const outcome = await runDeploy(settings({ policy: { failurePolicy: 'stop' } }), p, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('mixed');
    expect(outcome.summary).toMatch(/mixed/);
    expect(webImages(hosts[0] as FakeHost)).toEqual(['quay.io/acme/web:v2', 'quay.io/acme/web:v2']);
    expect(webImages(hosts[2] as FakeHost)).toEqual(['quay.io/acme/web:v1', 'quay.io/acme/web:v1']);
  });

  it('fails when the read back finds an unhealthy copy, naming the host, and rolls back', async () => {
    const hosts = fleetOf(2, 'v1', (i) => (i === 1 ? { stateHealth: 'unhealthy' } : {}));
    const { ports: p } = ports(hosts);
    const outcome = await runDeploy(
      settings({ document: webDocument('v2', { migration: false }), policy: { batchSize: 2 } }),
      p,
      recordingLog(),
    );
    expect(outcome.status).toBe('failure');
    expect(outcome.summary).toContain('docker2 (i-1): web0 is unhealthy');
    expect(outcome.fleet).toBe('rolled-back');
  });

  it('changes nothing when a host misses a prerequisite', async () => {
    const hosts = fleetOf(2, 'v1', (i) => (i === 1 ? { missing: ['socat', 'aws'] } : {}));
    const { fleet, ports: p, parameters } = ports(hosts);
    const outcome = await runDeploy(settings(), p, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('unchanged');
    expect(outcome.summary).toContain('docker2 (i-1): missing socat, aws');
    expect(fleet.runs).toHaveLength(1);
    expect(await lockReleased(parameters, '/berth/production/lock')).toBe(true);
  });

  it("refuses the whole fleet before any host changes when one host's facts make its plan impossible", async () => {
    const hosts = fleetOf(2);
    const planner = fakePlanner();
    const long = 'ip-172-31-45-167.ap-southeast-2.compute.internal.example';
    hosts[1]!.host.hostname = long;
    const {
      fleet,
      ports: p,
      parameters,
    } = ports(hosts, {
      planner: {
        ...planner,
        hostPlan: (document, facts, options) => {
          // The real plan's refusal (src/stack/hostname.ts), for the host whose name makes the default too long.
          if (facts.hostname === long) throw new HostnameTooLongError('web0', 'web', `web0.${long}`, true);
          return planner.hostPlan(document, facts, options);
        },
      },
    });
    const outcome = await runDeploy(settings(), p, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('unchanged');
    expect(outcome.summary).toMatch(
      new RegExp(`^${long.replaceAll('.', '\\.')} \\(i-1\\): copy web0 would get the hostname .* No host was changed\\.$`),
    );
    expect(fleet.runs.map(runMode)).toEqual(['preflight']);
    expect(await lockReleased(parameters, '/berth/production/lock')).toBe(true);
  });

  it('waits for a held lock, then fails naming its holder, without touching any host', async () => {
    const hosts = fleetOf(1);
    let clock = 0;
    const {
      fleet,
      ports: p,
      parameters,
    } = ports(hosts, {
      now: () => clock,
      sleep: async (ms) => void (clock += ms),
    });
    parameters.values.set('/berth/production/lock', {
      value: JSON.stringify({ who: 'alice', when: '2026-11-25T10:00:00Z', version: 'v9', runUrl: 'https://x/runs/9', deployId: 'other' }),
      secure: false,
    });
    const log = recordingLog();
    const outcome = await runDeploy(settings({ policy: { lockWaitSeconds: 30 } }), p, log);
    expect(outcome.status).toBe('failure');
    expect(outcome.summary).toContain('held by alice since 2026-11-25T10:00:00Z deploying v9 (https://x/runs/9)');
    expect(clock).toBeGreaterThanOrEqual(30_000);
    expect(fleet.runs).toHaveLength(0);
    expect(parameters.values.has('/berth/production/lock')).toBe(true);
    expect(log.lines.filter((l) => l.includes('Waiting for the deploy lock'))).toHaveLength(1);
  });

  it('takes the lock once its holder lets go within the wait', async () => {
    const hosts = fleetOf(1);
    let clock = 0;
    const parameters = memoryParameters();
    parameters.values.set('/berth/production/lock', { value: '{"who":"bob","deployId":"other"}', secure: false });
    const { ports: p } = ports(hosts, {
      parameters,
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
        if (clock >= 10_000) parameters.values.delete('/berth/production/lock');
      },
    });
    const outcome = await runDeploy(settings({ policy: { lockWaitSeconds: 60 } }), p, recordingLog());
    expect(outcome.status).toBe('success');
  });

  it('releases the lock even when recording that it was taken fails', async () => {
    const hosts = fleetOf(1);
    const {
      fleet,
      ports: p,
      parameters,
    } = ports(hosts, {
      onLockTaken: () => {
        throw new Error('GITHUB_STATE is not writable');
      },
    });
    const outcome = await runDeploy(settings(), p, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.summary).toContain('GITHUB_STATE is not writable');
    expect(await lockReleased(parameters, '/berth/production/lock')).toBe(true);
    expect(fleet.runs).toHaveLength(0);
  });

  it('stages inline secrets as SecureString and sends only references to the hosts', async () => {
    const hosts = fleetOf(2);
    const { fleet, ports: p, parameters } = ports(hosts);
    const log = recordingLog();
    const password = 'hunter2-%-very-secret';
    const outcome = await runDeploy(settings({ document: webDocument('v2', { password }) }), p, log);
    expect(outcome.status).toBe('success');
    const staged = [...parameters.values.entries()].filter(([, v]) => v.secure);
    expect(staged).toEqual([['/berth/production/secrets/shop/database/password', { value: password, secure: true }]]);
    expect(log.secrets).toContain(password);
    const sent = JSON.stringify(fleet.runs.map((r) => r.sends));
    expect(sent).not.toContain(password);
  });

  it('refuses a credential in a command before anything changes, as a failure of the deploy', async () => {
    const hosts = fleetOf(2);
    const { fleet, ports: p, parameters } = ports(hosts);
    const document = webDocument('v2', { password: 'hunter2-pass' });
    const web = document.deploy.shop?.containers[0]?.web;
    if (!web) throw new Error('the document has no web definition');
    web.command = 'serve --db postgres://app:hunter2-pass@db/shop';
    const outcome = await runDeploy(settings({ document }), p, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('unchanged');
    expect(outcome.summary).toMatch(/^Refused before any change: .*command/);
    expect(outcome.summary).not.toContain('hunter2-pass');
    expect(fleet.runs).toHaveLength(0);
    expect([...parameters.values.values()].filter((v) => v.secure)).toEqual([]);
  });

  it('stages an inline database password given as an input, never sending it', async () => {
    const hosts = fleetOf(1);
    const { fleet, ports: p, parameters, planner } = ports(hosts);
    const password = 'db-input-secret-%-42';
    const outcome = await runDeploy(settings({ host: { databases: { shop: { adapter: 'mysql2', password } } } }), p, recordingLog());
    expect(outcome.status).toBe('success');
    expect(parameters.values.get('/berth/production/secrets/shop/database/password')).toEqual({ value: password, secure: true });
    expect(JSON.stringify(fleet.runs.map((r) => r.sends))).not.toContain(password);
    expect(planner.calls.at(-1)?.databases).toEqual({
      shop: { adapter: 'mysql2', password: '%{ssm:/berth/production/secrets/shop/database/password}' },
    });
  });

  it('when cancelled, stops sending new batches and applies the failure policy (rollback) to the touched hosts', async () => {
    const hosts = fleetOf(3, 'v1');
    const controller = new AbortController();
    const { fleet, ports: p, parameters } = ports(hosts);
    const run = fleet.run.bind(fleet);
    fleet.run = async (request) => {
      const out = await run(request);
      if (runMode(request) === 'rollout') controller.abort();
      return out;
    };
    const outcome = await runDeploy(settings({ signal: controller.signal }), p, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('rolled-back');
    // docker1's batch, then its way back; no batch after the cancel.
    expect(hosts.map((h) => h.received.filter((r) => r.mode !== 'preflight' && r.mode !== 'state').length)).toEqual([2, 0, 0]);
    expect(await lockReleased(parameters, '/berth/production/lock')).toBe(true);
  });

  it('plans each host with the root it reports, else the host-root input', async () => {
    const hosts = fleetOf(2, 'v1', (i) => (i === 1 ? { root: '/sim/docker2' } : {}));
    const { ports: p } = ports(hosts);
    const outcome = await runDeploy(settings({ host: { hostRoot: '/srv' } }), p, recordingLog());
    expect(outcome.status).toBe('success');
    const roots = hosts.map((h) => h.received.find((r) => r.mode === 'rollout')?.plan?.host.root);
    expect(roots).toEqual(['/srv', '/sim/docker2']);
  });

  it('refuses instance ids that are not online in SSM', async () => {
    const { ports: p } = ports(fleetOf(1));
    const outcome = await runDeploy(
      settings({ target: { kind: 'ssm', instanceIds: ['i-0', 'i-404'], tags: [], stackName: 'Shop' } }),
      p,
      recordingLog(),
    );
    expect(outcome.status).toBe('failure');
    expect(outcome.summary).toContain('Not online in SSM: i-404');
  });
});

describe('sending plans: one command per batch, carrying every host plan', () => {
  it('sends the preflight and each rollout batch as one command, and no state read', async () => {
    const hosts = fleetOf(5);
    const { fleet, planner, ports: p } = ports(hosts);
    const outcome = await runDeploy(settings({ policy: { batchSize: 2 } }), p, recordingLog());
    expect(outcome.status).toBe('success');
    const rollouts = fleet.runs.filter((r) => runMode(r) === 'rollout');
    // The migration host alone, then batches of two: one send each, carrying both hosts' plans.
    expect(rollouts.map((r) => r.sends.map((s) => s.hosts.map((h) => h.hostname)))).toEqual([
      [['docker1']],
      [['docker2', 'docker3']],
      [['docker4', 'docker5']],
    ]);
    // The preflight carries each host's root and apps (one plan set); the read back is in the rollouts' answers.
    expect(planner.packed.map((p) => `${p.mode} ${p.instanceIds.length}`)).toEqual(['preflight 5', 'rollout 1', 'rollout 2', 'rollout 2']);
    expect(fleet.runs.filter((r) => runMode(r) === 'state')).toHaveLength(0);
    // Each host ran its own plan out of the set: its own host name, the migration only on the first.
    for (const h of hosts) {
      const rollout = h.received.find((r) => r.mode === 'rollout');
      expect(rollout?.plan?.host.instanceId).toBe(h.host.instanceId);
      expect(rollout?.plan?.migration !== undefined).toBe(h.host.hostname === 'docker1');
      expect(h.received.find((r) => r.mode === 'preflight')?.plan?.apps).toEqual(['shop']);
    }
    expect(fleet.runs[0]?.sends).toHaveLength(1);
    expect(runHosts(fleet.runs[0] as (typeof fleet.runs)[number])).toHaveLength(5);
  });

  it('reads back with a state command, one per 50 hosts, only the hosts whose rollout answer has no final read', async () => {
    const hosts = fleetOf(5, 'v1', (i) => (i === 0 ? {} : { noFinalRead: true }));
    const { fleet, ports: p } = ports(hosts, {}, 2);
    const outcome = await runDeploy(
      settings({ policy: { batchSize: 4 }, document: webDocument('v2', { migration: false }) }),
      p,
      recordingLog(),
    );
    expect(outcome.status).toBe('success');
    const rollouts = fleet.runs.filter((r) => runMode(r) === 'rollout');
    expect(rollouts.map((r) => r.sends.map((s) => s.hosts.length))).toEqual([[2, 2], [1]]);
    expect(fleet.runs.filter((r) => runMode(r) === 'state').map((r) => r.sends.map((s) => s.hosts.map((h) => h.hostname)))).toEqual([
      [
        ['docker2', 'docker3'],
        ['docker4', 'docker5'],
      ],
    ]);
  });

  it('rolls touched hosts back with their own previous plans, packed in one command per batch', async () => {
    const hosts = fleetOf(4, 'v1', (i) => (i === 2 ? { failsOnImage: 'quay.io/acme/web:v2' } : {}));
    const { fleet, ports: p } = ports(hosts);
    const outcome = await runDeploy(
      settings({ policy: { batchSize: 2 }, document: webDocument('v2', { migration: false }) }),
      p,
      recordingLog(),
    );
    expect(outcome.fleet).toBe('rolled-back');
    const rollouts = fleet.runs.filter((r) => runMode(r) === 'rollout' || runMode(r) === 'restore');
    // Batch docker1+docker2, batch docker3 (fails, nothing replaced)+docker4, then the way back for the
    // three hosts the release changed, in two batches.
    expect(rollouts.map((r) => [runMode(r), r.sends.map((s) => s.hosts.map((h) => h.hostname))])).toEqual([
      ['rollout', [['docker1', 'docker2']]],
      ['rollout', [['docker3', 'docker4']]],
      ['restore', [['docker1', 'docker2']]],
      ['restore', [['docker4']]],
    ]);
    for (const h of hosts) expect(webImages(h)).toEqual(['quay.io/acme/web:v1', 'quay.io/acme/web:v1']);
  });

  it("stops before any rollout when a batch's plans fit no command", async () => {
    const hosts = fleetOf(3);
    const { fleet, planner, ports: p } = ports(hosts);
    const pack = planner.packHostCommands.bind(planner);
    planner.packHostCommands = (mode, plans) => {
      if (mode === 'rollout' && plans.some((plan) => plan.instanceId === 'i-2'))
        throw new Error('the host command is 70000 bytes, over the 60000-byte limit');
      return pack(mode, plans);
    };
    const outcome = await runDeploy(settings({ policy: { batchSize: 2 } }), p, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('unchanged');
    expect(outcome.summary).toContain('over the 60000-byte limit');
    expect(fleet.runs.some((r) => runMode(r) === 'rollout')).toBe(false);
  });

  it('hostSends: without a packer, one command per host; a packer that leaves a host out or adds one is an error', () => {
    const targets: TargetHost[] = [
      { instanceId: 'i-a', hostname: 'a', publicIp: '' },
      { instanceId: 'i-b', hostname: 'b', publicIp: '' },
    ];
    const base = fakePlanner();
    const { packHostCommands: _pack, ...single } = base;
    const plain: Planner = single;
    expect(hostSends(plain, 'state', targets, (h) => `plan-${h.instanceId}`)).toEqual([
      { hosts: [targets[0]], commands: ['berth', 'state', 'plan-i-a'] },
      { hosts: [targets[1]], commands: ['berth', 'state', 'plan-i-b'] },
    ]);
    expect(() => hostSends(base, 'rollout', targets, (h) => (h.instanceId === 'i-b' ? undefined : 'x'))).toThrow(
      /no rollout plan for b \(i-b\)/,
    );
    const dropping: Planner = {
      ...plain,
      packHostCommands: (_mode, plans) => [{ instanceIds: [plans[0]?.instanceId ?? ''], commands: ['c'] }],
    };
    expect(() => hostSends(dropping, 'state', targets, () => 'x')).toThrow(/leave out b \(i-b\)/);
    const adding: Planner = { ...plain, packHostCommands: () => [{ instanceIds: ['i-a', 'i-b', 'i-z'], commands: ['c'] }] };
    expect(() => hostSends(adding, 'state', targets, () => 'x')).toThrow(/i-z which is not a target host/);
    expect(hostSends(base, 'state', [], () => 'x')).toEqual([]);
  });
});
