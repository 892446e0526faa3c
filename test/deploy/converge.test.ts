// The pipeline with input converge: the release record and the association, written only after a
// successful deploy or rollback, and a document that cannot make a template refused before any host changes.
import { describe, expect, it } from 'vitest';
import { LockLostError } from '../../src/deploy/lock-lease.js';
import { runDeploy } from '../../src/deploy/pipeline.js';
import { readReleaseRecord } from '../../src/deploy/release-record.js';
import type { DeploySettings } from '../../src/deploy/settings.js';
import { describeConverge } from '../../src/deploy/summary-model.js';
import type { HostPlan } from '../../src/stack/host-plan.js';
import { document, fakeTemplater, memoryAssociations, recordingLog, runMode, webDocument } from './fakes.js';
import { fleetOf, ports, settings, webImages, type SettingsOverride } from './pipeline-fixtures.js';

const converge = { recordPrefix: '/berth/production', associationName: 'berth-production', concurrency: '25%', driftRepairMinutes: 0 };

function convergeSettings(over: SettingsOverride = {}, extra: Partial<DeploySettings> = {}): DeploySettings {
  return { ...settings(over), converge, ...extra };
}

function convergeWorld(hostCount = 2, tag = 'v1', extra: Parameters<typeof fleetOf>[2] = () => ({})) {
  const hosts = fleetOf(hostCount, tag, extra);
  const associations = memoryAssociations();
  const built = ports(hosts, { associations });
  const templater = fakeTemplater();
  built.planner.releaseTemplate = templater;
  return { hosts, associations, templater, ...built };
}

function templatePlan(template: string): HostPlan {
  return JSON.parse(template.replace(/^template\n/, '')) as HostPlan;
}

describe('converge in the pipeline', () => {
  it('after a successful deploy writes the record of a host-neutral plan and creates the association once', async () => {
    const world = convergeWorld();
    const outcome = await runDeploy(convergeSettings(), world.ports, recordingLog());
    expect(outcome.status).toBe('success');
    const record = await readReleaseRecord(world.parameters, '/berth/production');
    expect(record).toMatchObject({ deployId: 'deploy-1', release: 'v2', generation: '1' });
    const plan = templatePlan(record?.template ?? '');
    // Sentinel host facts, the host-root input, never the migration, never forced.
    expect(plan.host).toEqual({ root: '/', hostname: '\x1dhostname\x1d', instanceId: '\x1dinstance_id\x1d' });
    expect(plan.migration).toBeUndefined();
    expect(plan.force).toBe(false);
    expect(plan.definitions.map((d) => d.image)).toEqual(['quay.io/acme/web:v2', 'quay.io/acme/proxy:1']);
    expect(world.associations.calls.filter((c) => !c.startsWith('find'))).toEqual(['create berth-production']);
    const [association] = world.associations.byId.values();
    expect(association).toEqual({
      name: 'berth-production',
      commands: [
        'berth',
        'converge',
        JSON.stringify({
          recordName: '/berth/production/release',
          lockName: '/berth/production/lock',
          region: 'eu-west-1',
          waitSeconds: 2100,
        }),
      ],
      executionTimeoutSeconds: 3900,
      targets: [{ key: 'tag:Role', values: ['web'] }],
      maxConcurrency: '25%',
      maxErrors: '100%',
    });
    expect(outcome.converge).toMatchObject({
      record: 'written',
      head: '/berth/production/release',
      generation: '1',
      parts: 1,
      association: 'created',
    });
    expect(outcome.converge?.bytes).toBe(world.parameters.values.get('/berth/production/release/1/0')?.value.length);
    expect(describeConverge(outcome.converge!)).toBe(
      `release record /berth/production/release written, generation 1 (1 part(s), ${outcome.converge?.bytes} bytes); association berth-production (assoc-1) created`,
    );
  });

  it('a second release moves the record and leaves the association as it is', async () => {
    const world = convergeWorld();
    await runDeploy(convergeSettings(), world.ports, recordingLog());
    const second = convergeSettings({ document: webDocument('v3') });
    second.release = { ...second.release, version: 'v3', deployId: 'deploy-2' };
    const outcome = await runDeploy(second, world.ports, recordingLog());
    expect(outcome.status).toBe('success');
    expect(world.associations.calls.filter((c) => !c.startsWith('find'))).toEqual(['create berth-production']);
    expect(outcome.converge).toMatchObject({ record: 'written', generation: '2', association: 'unchanged' });
    expect(await readReleaseRecord(world.parameters, '/berth/production')).toMatchObject({
      deployId: 'deploy-2',
      release: 'v3',
      generation: '2',
    });
    expect([...world.parameters.values.keys()].filter((n) => n.startsWith('/berth/production/release/'))).toEqual([
      '/berth/production/release/2/0',
    ]);
  });

  it("bounds the host's wait for the fleet lock to a day and its command to 48 hours, whatever timeout-minutes says", async () => {
    const world = convergeWorld();
    const outcome = await runDeploy(convergeSettings({ policy: { timeoutMinutes: 2880 } }), world.ports, recordingLog());
    expect(outcome.status).toBe('success');
    const [association] = world.associations.byId.values();
    expect(association?.commands[2]).toContain('"waitSeconds":86400');
    expect(association?.executionTimeoutSeconds).toBe(172_800);
  });

  it('updates the association when its concurrency or drift repair changes', async () => {
    const world = convergeWorld();
    await runDeploy(convergeSettings(), world.ports, recordingLog());
    const outcome = await runDeploy(
      { ...convergeSettings(), converge: { ...converge, concurrency: '2', driftRepairMinutes: 30 } },
      world.ports,
      recordingLog(),
    );
    expect(outcome.converge).toMatchObject({ association: 'updated', associationId: 'assoc-1' });
    expect(world.associations.calls.filter((c) => !c.startsWith('find'))).toEqual(['create berth-production', 'update assoc-1']);
    expect(world.associations.byId.get('assoc-1')).toMatchObject({ maxConcurrency: '2', scheduleExpression: 'rate(30 minutes)' });
  });

  it('a failed deploy writes no record and touches no association: hosts that join keep the last good release', async () => {
    const world = convergeWorld();
    await runDeploy(convergeSettings(), world.ports, recordingLog());
    const failing = convergeSettings({ document: webDocument('v3') });
    failing.release = { ...failing.release, version: 'v3', deployId: 'deploy-2' };
    world.hosts[1]!.failsOnImage = 'quay.io/acme/web:v3';
    world.associations.calls.length = 0;
    const outcome = await runDeploy(failing, world.ports, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('rolled-back');
    expect(outcome.converge).toBeUndefined();
    expect(world.associations.calls).toEqual([]);
    expect(await readReleaseRecord(world.parameters, '/berth/production')).toMatchObject({
      deployId: 'deploy-1',
      release: 'v2',
      generation: '1',
    });
  });

  it('a stopped deploy (cancelled between batches, failure-policy stop) writes no record', async () => {
    const world = convergeWorld(3);
    const controller = new AbortController();
    const run = world.fleet.run.bind(world.fleet);
    world.fleet.run = async (request) => {
      const out = await run(request);
      if (runMode(request) === 'rollout') controller.abort();
      return out;
    };
    const outcome = await runDeploy(
      convergeSettings({ signal: controller.signal, policy: { failurePolicy: 'stop' } }),
      world.ports,
      recordingLog(),
    );
    expect(outcome.status).toBe('failure');
    expect(webImages(world.hosts[0]!)).toEqual(['quay.io/acme/web:v2', 'quay.io/acme/web:v2']);
    expect(await readReleaseRecord(world.parameters, '/berth/production')).toBeUndefined();
    expect(world.associations.calls).toEqual([]);
  });

  it('refuses a document with a per-host secret before anything is staged or any host is asked', async () => {
    const world = convergeWorld();
    const doc = webDocument('v2');
    const web = doc.deploy['shop']?.containers[0]?.['web'];
    if (!web) throw new Error('no web');
    web.env = { API_TOKEN: 'abc-%{opsworks}' };
    const outcome = await runDeploy(convergeSettings({ document: document(doc) }), world.ports, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('unchanged');
    expect(outcome.summary).toMatch(/cannot be recorded for hosts that join: the secret\(s\) .*API_TOKEN differ per host/);
    expect(world.fleet.runs).toEqual([]);
    expect([...world.parameters.values.keys()].filter((n) => !n.startsWith('/berth/production/lock'))).toEqual([]);
    expect(world.associations.calls).toEqual([]);
    for (const host of world.hosts) expect(webImages(host)).toEqual(['quay.io/acme/web:v1', 'quay.io/acme/web:v1']);
  });

  it('refuses a document holding 0x1D before any host is asked', async () => {
    const world = convergeWorld();
    const outcome = await runDeploy(convergeSettings({ document: webDocument('v2\x1d') }), world.ports, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.summary).toMatch(/0x1D/);
    expect(world.fleet.runs).toEqual([]);
    expect(world.associations.calls).toEqual([]);
  });

  it('refuses a template the planner will not make, after planning but before any host changes', async () => {
    const world = convergeWorld();
    world.templater.encode = () => {
      throw new Error('the plan holds something no host can fill in');
    };
    const outcome = await runDeploy(convergeSettings(), world.ports, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('unchanged');
    expect(outcome.summary).toContain('cannot be recorded for hosts that join: the plan holds something no host can fill in');
    expect(world.fleet.runs.map(runMode).filter((mode) => mode === 'rollout')).toEqual([]);
    for (const host of world.hosts) expect(webImages(host)).toEqual(['quay.io/acme/web:v1', 'quay.io/acme/web:v1']);
    expect(await readReleaseRecord(world.parameters, '/berth/production')).toBeUndefined();
  });

  it("a rollback from the hosts' records removes the record (no template) and says so", async () => {
    const world = convergeWorld();
    await runDeploy(convergeSettings(), world.ports, recordingLog());
    const rollback = convergeSettings({
      document: webDocument('v1'),
      policy: { restoreRecords: { 'i-0': 'deploy-0', 'i-1': 'deploy-0' } },
    });
    rollback.release = { ...rollback.release, kind: 'rollback', version: 'v1', deployId: 'deploy-3' };
    const log = recordingLog();
    const outcome = await runDeploy(rollback, world.ports, log);
    expect(outcome.status, outcome.summary).toBe('success');
    for (const host of world.hosts) expect(webImages(host)).toEqual(['quay.io/acme/web:v1', 'quay.io/acme/web:v1']);
    expect(await readReleaseRecord(world.parameters, '/berth/production')).toBeUndefined();
    expect([...world.parameters.values.keys()].filter((n) => n.startsWith('/berth/production/release'))).toEqual([]);
    expect(outcome.converge).toMatchObject({ record: 'removed', association: 'unchanged' });
    expect(log.lines.some((l) => l.startsWith('warn') && l.includes('a host that joins runs nothing until the next deploy'))).toBe(true);
  });

  it('a failure to make the association fails the release status, with every host on it and the record kept', async () => {
    const world = convergeWorld();
    world.associations.create = async () => {
      throw new Error('AccessDeniedException: not authorized to perform ssm:CreateAssociation');
    };
    const outcome = await runDeploy(convergeSettings(), world.ports, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('updated');
    expect(outcome.summary).toContain('But hosts that join cannot get it: AccessDeniedException');
    expect(outcome.converge).toMatchObject({ record: 'written', association: 'failed' });
    expect(await readReleaseRecord(world.parameters, '/berth/production')).toMatchObject({ deployId: 'deploy-1' });
  });

  it('a failure to write the record removes the previous one, so no host that joins runs an older release', async () => {
    const world = convergeWorld();
    await runDeploy(convergeSettings(), world.ports, recordingLog());
    const overwrite = world.parameters.overwrite.bind(world.parameters);
    world.parameters.overwrite = async (name, value) => {
      if (name.startsWith('/berth/production/release')) throw new Error('ThrottlingException');
      return overwrite(name, value);
    };
    const second = convergeSettings({ document: webDocument('v3') });
    second.release = { ...second.release, version: 'v3', deployId: 'deploy-2' };
    const outcome = await runDeploy(second, world.ports, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.converge).toMatchObject({ record: 'removed', association: 'failed', problem: 'ThrottlingException' });
    expect(await readReleaseRecord(world.parameters, '/berth/production')).toBeUndefined();
  });

  it('a deploy whose lock is lost during the read back is stopped and writes no record', async () => {
    const world = convergeWorld();
    await runDeploy(convergeSettings(), world.ports, recordingLog());
    const controller = new AbortController();
    const run = world.fleet.run.bind(world.fleet);
    // The read back is the rollout's answer (its final read): the lock is lost as that answer arrives.
    world.fleet.run = async (request) => {
      const out = await run(request);
      if (runMode(request) === 'rollout') controller.abort(new LockLostError('/berth/production/lock', 'taken over'));
      return out;
    };
    const second = convergeSettings({ document: webDocument('v3'), signal: controller.signal });
    second.release = { ...second.release, version: 'v3', deployId: 'deploy-2' };
    world.associations.calls.length = 0;
    const outcome = await runDeploy(second, world.ports, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.summary).toContain('lost its lock');
    expect(world.associations.calls).toEqual([]);
    expect(await readReleaseRecord(world.parameters, '/berth/production')).toMatchObject({ deployId: 'deploy-1', generation: '1' });
  });

  it('a deploy that lost the lock once it succeeded leaves the record to the deploy that holds the lock now', async () => {
    const world = convergeWorld();
    await runDeploy(convergeSettings(), world.ports, recordingLog());
    const controller = new AbortController();
    const log = recordingLog();
    const info = log.info;
    log.info = (message) => {
      // The lease notices the takeover right as the success is announced, before the record is written.
      if (message.startsWith('Deployed v3')) controller.abort(new LockLostError('/berth/production/lock', 'taken over'));
      info(message);
    };
    const second = convergeSettings({ document: webDocument('v3'), signal: controller.signal });
    second.release = { ...second.release, version: 'v3', deployId: 'deploy-2' };
    world.associations.calls.length = 0;
    const outcome = await runDeploy(second, world.ports, log);
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('updated');
    expect(outcome.summary).toContain('But hosts that join cannot get it: Lost the deploy lock /berth/production/lock: taken over');
    expect(world.associations.calls).toEqual([]);
    expect(await readReleaseRecord(world.parameters, '/berth/production')).toMatchObject({ deployId: 'deploy-1', generation: '1' });
  });

  it('without converge, writes no record and makes no association', async () => {
    const world = convergeWorld();
    const outcome = await runDeploy(settings(), world.ports, recordingLog());
    expect(outcome.status).toBe('success');
    expect(outcome.converge).toBeUndefined();
    expect(world.associations.calls).toEqual([]);
    expect([...world.parameters.values.keys()].filter((n) => n.startsWith('/berth/production/release'))).toEqual([]);
  });
});
