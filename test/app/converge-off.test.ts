import { describe, expect, it } from 'vitest';
import { convergeOff } from '../../src/app/converge-off.js';
import { parseActionInputs } from '../../src/app/inputs.js';
import { convergeSettings } from '../../src/app/settings.js';
import { readReleaseRecord, writeReleaseRecord } from '../../src/deploy/release-record.js';
import { memoryAssociations, memoryParameters, recordingLog } from '../deploy/fakes.js';

const inputs = (given: Record<string, string>) => parseActionInputs((name) => given[name] ?? '');

describe('converge-off', () => {
  it('deletes the association and the release record, parts included', async () => {
    const parameters = memoryParameters();
    const associations = memoryAssociations();
    await writeReleaseRecord(parameters, '/berth/staging', 'template', { deployId: 'd-1', release: 'v1' });
    const id = await associations.create({
      name: 'berth-staging',
      commands: [],
      executionTimeoutSeconds: 60,
      targets: [],
      maxConcurrency: '1',
      maxErrors: '1',
    });
    const log = recordingLog();
    await convergeOff(inputs({ command: 'converge-off', environment: 'staging' }), { parameters, associations }, log);
    expect(associations.calls).toContain(`delete ${id}`);
    expect(associations.byId.size).toBe(0);
    expect(await readReleaseRecord(parameters, '/berth/staging')).toBeUndefined();
    expect(parameters.values.size).toBe(0);
    expect(log.lines).toContain('info Deleted the release record /berth/staging/release and its parts');
  });

  it('says there was nothing to delete, and warns while the converge input is still on', async () => {
    const log = recordingLog();
    await convergeOff(
      inputs({ command: 'converge-off', converge: 'true' }),
      { parameters: memoryParameters(), associations: memoryAssociations() },
      log,
    );
    expect(log.lines).toEqual([
      'info No association berth-production: nothing to delete',
      'info No release record at /berth/production/release',
      'warn Input converge is still true: the next deploy creates the association and the record again.',
    ]);
  });
});

describe('the converge inputs', () => {
  it('default to off, 25% and no drift repair', () => {
    const parsed = inputs({});
    expect([parsed.converge, parsed.convergeConcurrency, parsed.driftRepairMinutes]).toEqual([false, '25%', 0]);
    expect(convergeSettings(parsed)).toBeUndefined();
  });

  it('accept what AWS accepts for MaxConcurrency and a rate of at least 30 minutes', () => {
    for (const concurrency of ['1', '12', '1%', '50%', '100%'])
      expect(inputs({ 'converge-concurrency': concurrency }).convergeConcurrency).toBe(concurrency);
    for (const bad of ['0', '0%', '101%', '25 %', 'all']) {
      expect(() => inputs({ 'converge-concurrency': bad })).toThrow(/"converge-concurrency" must be a number of hosts/);
    }
    expect(inputs({ 'drift-repair-minutes': '30' }).driftRepairMinutes).toBe(30);
    expect(() => inputs({ 'drift-repair-minutes': '29' })).toThrow(/"drift-repair-minutes" must be 0 \(off\) or at least 30/);
  });

  it('name the record and the association after the environment, with tag targets', () => {
    expect(
      convergeSettings(inputs({ converge: 'true', environment: 'staging', targets: 'tag:Role=web', 'drift-repair-minutes': '60' })),
    ).toEqual({ recordPrefix: '/berth/staging', associationName: 'berth-staging', concurrency: '25%', driftRepairMinutes: 60 });
  });

  it('refuse converge without tag targets, and on the opsworks target', () => {
    expect(() => convergeSettings(inputs({ converge: 'true', 'instance-ids': 'i-1' }))).toThrow(/needs "targets" \(tags\)/);
    expect(() => convergeSettings(inputs({ converge: 'true', target: 'opsworks', targets: 'tag:Role=web' }))).toThrow(/target ssm only/);
  });
});
