import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeExport, exportStack, replaceSecretsInText, suggestHosts } from '../../src/deploy/export.js';
import { listInlineSecrets, validateStackJson } from '../../src/stack/index.js';
import { memoryParameters, recordingLog } from './fakes.js';

const seed = readFileSync(new URL('../fixtures/stack-seed.json', import.meta.url), 'utf8');

/** The seed as an OpsWorks user really filled it: inline registry password, Rollbar token, DB password in env. */
function seedWithSecrets(): string {
  return seed
    .replace('"password": "",\n        "username": ""', '"password": "robot-token-XYZ",\n        "username": "mikamai+deployer"')
    .replace('"access_token": ""', '"access_token": "rollbar-token-123"')
    .replace('"RANDOM_VAR": "foo"', '"RANDOM_VAR": "foo",\n              "SECRET_KEY_BASE": "s3cr3t-$(touch /tmp/x)"');
}

/** The shared in-memory Parameter Store, seeded; every value an export writes must be a SecureString. */
function memoryStore(initial: Record<string, string> = {}) {
  const store = memoryParameters();
  for (const [name, value] of Object.entries(initial)) store.values.set(name, { value, secure: true });
  return store;
}

const writes = (store: ReturnType<typeof memoryParameters>) =>
  store.calls.filter((call) => call.startsWith('putSecure ')).map((call) => call.slice('putSecure '.length));

function stored(store: ReturnType<typeof memoryParameters>): Map<string, string> {
  for (const [name, entry] of store.values) expect(entry.secure, `${name} is a SecureString`).toBe(true);
  return new Map([...store.values].map(([name, entry]) => [name, entry.value]));
}

const request = (text: string, extra: Partial<Parameters<typeof exportStack>[0]> = {}) => ({
  text,
  source: 'custom.json',
  prefix: '/berth/production/secrets',
  dryRun: false,
  overwrite: false,
  instances: [],
  stackName: 'Awesome Stack',
  ...extra,
});

describe('export', () => {
  it('moves every inline secret to Parameter Store and changes no other byte', async () => {
    const text = seedWithSecrets();
    const store = memoryStore();
    const log = recordingLog();
    const result = await exportStack(request(text), store, log);

    expect([...stored(store).entries()].sort()).toEqual([
      ['/berth/production/secrets/amazing-application/app/SECRET_KEY_BASE', 's3cr3t-$(touch /tmp/x)'],
      ['/berth/production/secrets/amazing-application/app/rollbar_access_token', 'rollbar-token-123'],
      ['/berth/production/secrets/registries/quay.io/password', 'robot-token-XYZ'],
    ]);
    for (const value of stored(store).values()) {
      expect(result.text).not.toContain(value);
      expect(log.lines.join('\n')).not.toContain(value);
    }
    expect(log.secrets.sort()).toEqual(['robot-token-XYZ', 'rollbar-token-123', 's3cr3t-$(touch /tmp/x)']);
    // Only the three values changed: putting them back gives the original text.
    const restored = result.text
      .replace('%{ssm:/berth/production/secrets/registries/quay.io/password}', 'robot-token-XYZ')
      .replace('%{ssm:/berth/production/secrets/amazing-application/app/rollbar_access_token}', 'rollbar-token-123')
      .replace('%{ssm:/berth/production/secrets/amazing-application/app/SECRET_KEY_BASE}', 's3cr3t-$(touch /tmp/x)');
    expect(restored).toBe(text);
    // The result is a valid Stack JSON without inline secrets.
    const check = validateStackJson(result.text, 'out.json');
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(listInlineSecrets(check.document!)).toEqual([]);
    expect(result.moved.map((m) => m.state)).toEqual(['written', 'written', 'written']);
  });

  it('a dry run writes nothing and says what would move', async () => {
    const store = memoryStore();
    const result = await exportStack(request(seedWithSecrets(), { dryRun: true }), store, recordingLog());
    expect(writes(store)).toEqual([]);
    expect(result.moved.map((m) => [m.path, m.state])).toEqual([
      ['docker.registries.quay.io.password', 'planned'],
      ['deploy.amazing application.containers[0].app.env.SECRET_KEY_BASE', 'planned'],
      ['deploy.amazing application.containers[0].app.notifications.rollbar.access_token', 'planned'],
    ]);
  });

  it('refuses to overwrite a parameter holding another value, and writes nothing', async () => {
    const store = memoryStore({ '/berth/production/secrets/registries/quay.io/password': 'older' });
    await expect(exportStack(request(seedWithSecrets()), store, recordingLog())).rejects.toThrow(
      /already exist with other values; nothing was written[\s\S]*registries\/quay.io\/password/,
    );
    expect(writes(store)).toEqual([]);
    const again = await exportStack(request(seedWithSecrets(), { overwrite: true }), store, recordingLog());
    expect(again.moved.filter((m) => m.state === 'written')).toHaveLength(3);
    expect(stored(store).get('/berth/production/secrets/registries/quay.io/password')).toBe('robot-token-XYZ');
  });

  it('a parameter already holding the same value is left alone', async () => {
    const store = memoryStore({ '/berth/production/secrets/registries/quay.io/password': 'robot-token-XYZ' });
    const result = await exportStack(request(seedWithSecrets()), store, recordingLog());
    expect(result.moved[0]).toEqual({
      path: 'docker.registries.quay.io.password',
      parameter: '/berth/production/secrets/registries/quay.io/password',
      state: 'unchanged',
    });
    expect(writes(store)).not.toContain('/berth/production/secrets/registries/quay.io/password');
  });

  it('an invalid Custom JSON is refused with its location and nothing is written', async () => {
    const store = memoryStore();
    const broken = seedWithSecrets().replace('"env_from": "app"', '"env_from": "ap"');
    await expect(exportStack(request(broken), store, recordingLog())).rejects.toThrow(/custom\.json:\d+:\d+: error: .*ap/);
    expect(writes(store)).toEqual([]);
  });

  it('rejects a prefix that is not a Parameter Store path', async () => {
    await expect(exportStack(request(seed, { prefix: 'no-slash' }), memoryStore(), recordingLog())).rejects.toThrow(/start with "\/"/);
  });

  it('suggests tags and targets per former layer and instance', () => {
    const { hosts, targets } = suggestHosts([
      { instanceId: 'i-0a', hostname: 'docker1', publicIp: '', group: 'docker' },
      { instanceId: 'i-0b', hostname: 'docker2', publicIp: '', group: 'docker' },
      { instanceId: 'i-0c', hostname: 'worker1', publicIp: '', group: 'workers' },
    ]);
    expect(targets).toEqual(['tag:berth:layer=docker', 'tag:berth:layer=workers']);
    expect(hosts[0]).toEqual({
      instanceId: 'i-0a',
      hostname: 'docker1',
      layer: 'docker',
      tags: { 'berth:hostname': 'docker1', 'berth:layer': 'docker' },
    });
    const lines = describeExport({ text: '', moved: [], hosts, targets, stackName: 'Awesome Stack' }, 'stack.json');
    expect(lines).toContain('  aws ec2 create-tags --resources i-0c --tags Key=berth:hostname,Value=worker1 Key=berth:layer,Value=workers');
    expect(lines).toContain('Use stack-name: "Awesome Stack" so %{opsworks} keeps its value.');
  });

  it('replaceSecretsInText keeps a document without secrets byte-identical', () => {
    expect(replaceSecretsInText(seed, [], '/p')).toBe(seed);
  });
});
