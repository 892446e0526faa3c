// The secrets step and the plans' secret versions, through the pipeline's ports: a staged secret is
// written only when its value changed (the previous document's never over the new one), every plan
// pins the version of each reference, and a missing parameter stops the deploy before any host.
import { describe, expect, it } from 'vitest';
import { runDeploy } from '../../src/deploy/pipeline.js';
import { writeChangedSecrets } from '../../src/deploy/steps/secrets.js';
import { encodeHostPlan, type HostPlan } from '../../src/stack/host-plan.js';
import type { Planner } from '../../src/deploy/ports.js';
import { memoryParameters, recordingLog, runMode, webDocument } from './fakes.js';
import { fleetOf, ports, settings } from './pipeline-fixtures.js';

const puts = (calls: string[]) => calls.filter((c) => c.startsWith('putSecure ')).map((c) => c.slice('putSecure '.length));

/** The fake planner's plans with one Parameter Store reference in web's env, as the real planner makes them. */
function withReference(planner: Planner, name: string): Planner {
  return {
    ...planner,
    hostPlan(document, facts, options) {
      const plan = planner.hostPlan(document, facts, options);
      for (const def of plan.definitions) def.env.push({ key: 'API_KEY', value: { kind: 'ssm', name }, secret: true });
      return plan;
    },
  };
}

describe('staging secrets', () => {
  it('writes a secret only when its value changed, and says which', async () => {
    const store = memoryParameters();
    store.values.set('/p/same', { value: 'one', secure: true });
    store.values.set('/p/changed', { value: 'old', secure: true });
    const log = recordingLog();
    const written = await writeChangedSecrets(store, log, [
      { name: '/p/same', value: 'one' },
      { name: '/p/changed', value: 'new' },
      { name: '/p/fresh', value: 'x' },
    ]);
    expect(written).toEqual(['/p/changed', '/p/fresh']);
    expect(puts(store.calls)).toEqual(['/p/changed', '/p/fresh']);
    expect(store.versionOf.get('/p/changed')).toBe(2);
    expect(log.secrets).toEqual(expect.arrayContaining(['one', 'new', 'x']));
  });

  it("never writes the previous document's value over the new one; writes it only where no parameter exists", async () => {
    const store = memoryParameters();
    store.values.set('/p/shared', { value: 'current', secure: true });
    await writeChangedSecrets(store, recordingLog(), [
      { name: '/p/shared', value: 'old', onlyIfAbsent: true },
      { name: '/p/shared', value: 'rotated' },
      { name: '/p/gone', value: 'only-in-previous', onlyIfAbsent: true },
      { name: '/p/kept', value: 'prev', onlyIfAbsent: true },
    ]);
    expect(store.values.get('/p/shared')?.value).toBe('rotated');
    expect(store.values.get('/p/gone')?.value).toBe('only-in-previous');
    expect(puts(store.calls)).toEqual(['/p/shared', '/p/gone', '/p/kept']);
    store.calls.length = 0;
    await writeChangedSecrets(store, recordingLog(), [{ name: '/p/kept', value: 'other', onlyIfAbsent: true }]);
    expect(puts(store.calls)).toEqual([]);
  });

  it('a second deploy of the same document writes nothing; a changed inline secret is written once', async () => {
    const hosts = fleetOf(2);
    const { ports: p, parameters, planner } = ports(hosts);
    const deploy = (password: string) =>
      runDeploy(
        settings({ document: webDocument('v2', { password }), previousDocument: webDocument('v1', { password: 'older' }) }),
        p,
        recordingLog(),
      );
    expect((await deploy('first')).status).toBe('success');
    expect(puts(parameters.calls)).toEqual(['/berth/production/secrets/shop/database/password']);
    parameters.calls.length = 0;
    const planned = planner.plans.length;
    expect((await deploy('first')).status).toBe('success');
    expect(puts(parameters.calls)).toEqual([]);
    expect(planner.plans.slice(planned).map((plan) => plan.rotatedSecrets)).toEqual([undefined, undefined]);
    expect((await deploy('rotated')).status).toBe('success');
    expect(puts(parameters.calls)).toEqual(['/berth/production/secrets/shop/database/password']);
    expect(parameters.values.get('/berth/production/secrets/shop/database/password')?.value).toBe('rotated');
    expect(parameters.versionOf.get('/berth/production/secrets/shop/database/password')).toBe(2);
    // The plans say which parameters this deploy wrote (hosts replace unlabelled containers using them).
    expect(planner.plans.slice(-2).map((plan) => plan.rotatedSecrets)).toEqual([
      ['/berth/production/secrets/shop/database/password'],
      ['/berth/production/secrets/shop/database/password'],
    ]);
    expect(encodeHostPlan(planner.plans.at(-1) as HostPlan)).toContain(
      'meta\x1frotatedSecrets\x1f/berth/production/secrets/shop/database/password\x1f',
    );
  });

  it('stages a plain env value equal to a secret input (registry-password, github-token): no plan holds it', async () => {
    const { ports: p, parameters, planner } = ports(fleetOf(1));
    const document = webDocument('v2');
    const web = document.deploy['shop']?.containers[0]?.['web'];
    if (!web) throw new Error('no web');
    web.env['PULL_AUTH'] = 'robot-pass-123';
    const outcome = await runDeploy({ ...settings({ document }), secretValues: ['robot-pass-123'] }, p, recordingLog());
    expect(outcome.status).toBe('success');
    expect(puts(parameters.calls)).toEqual(['/berth/production/secrets/shop/web/PULL_AUTH']);
    expect(planner.plans.length).toBeGreaterThan(0);
    for (const plan of planner.plans) expect(encodeHostPlan(plan)).not.toContain('robot-pass-123');
  });
});

describe('secret versions in the plans the hosts get', () => {
  it('pins every reference to its current version', async () => {
    const hosts = fleetOf(2);
    const base = ports(hosts);
    base.parameters.values.set('/acme/api', { value: 'k', secure: true });
    base.parameters.versionOf.set('/acme/api', 7);
    const planner = withReference(base.planner, '/acme/api');
    const outcome = await runDeploy(settings(), { ...base.ports, planner }, recordingLog());
    expect(outcome.status).toBe('success');
    expect(base.fleet.runs.filter((r) => runMode(r) === 'rollout')).toHaveLength(2);
    const references = base.planner.plans.flatMap((plan) => plan.definitions.flatMap((d) => d.env.map((e) => e.value)));
    expect(references.length).toBeGreaterThan(0);
    for (const value of references) expect(value).toEqual({ kind: 'ssm', name: '/acme/api', version: 7 });
  });

  it('stops before any host is touched when a referenced parameter does not exist', async () => {
    const hosts = fleetOf(2);
    const base = ports(hosts);
    const planner = withReference(base.planner, '/acme/missing');
    const before = JSON.stringify(hosts.map((h) => h.copies));
    const outcome = await runDeploy(settings(), { ...base.ports, planner }, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('unchanged');
    expect(outcome.summary).toMatch(/Parameter Store has no parameter named \/acme\/missing .*nothing was changed on any host/);
    expect(base.fleet.runs.filter((r) => runMode(r) === 'rollout')).toEqual([]);
    expect(JSON.stringify(hosts.map((h) => h.copies))).toBe(before);
  });
});
