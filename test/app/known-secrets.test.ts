// The inputs' secret values are known values at deploy (src/app/release.ts secretValues): a plain env
// value equal to a secret-named build arg, the `database` input's password (a JSON number too),
// `registry-password` or `rollbar-token` is staged in Parameter Store and never travels in a
// SendCommand's parameters; a command holding one is refused before any host is touched; and
// stack-json-output holding such a copy is written 0600. Through deployRelease with the real plans
// (buildHostPlan) over the fake fleet, asserting the commands it was sent and the file on disk.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunContext } from '../../src/app/context.js';
import { deployRelease } from '../../src/app/deploy.js';
import { parseActionInputs, type InputName } from '../../src/app/inputs.js';
import { buildHostPlan } from '../../src/stack/plan.js';
import { startFakeRollbar, type FakeRollbar } from '../world/fakes/rollbar.js';
import { fakeFleet, fakeHost, fakePlanner, memoryParameters, recordingLog, runMode } from '../deploy/fakes.js';

const BUILD_SECRET = 'npm-s3cret-41';
const DB_PASSWORD = 98765432;
const REGISTRY_PASSWORD = 'robot-pass-123';

let dir: string;
let rollbar: FakeRollbar;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'berth-known-'));
  rollbar = await startFakeRollbar();
});
afterEach(async () => {
  await rollbar.stop();
  rmSync(dir, { recursive: true, force: true });
});

function writeStack(env: Record<string, string>, command?: string): void {
  const web = { deploy: 'auto', image: 'quay.io/acme/web', tag: 'v2', containers: 1, env, ...(command ? { command } : {}) };
  writeFileSync(join(dir, 'stack.json'), `${JSON.stringify({ deploy: { shop: { containers: [{ web }] } } }, null, 2)}\n`);
}

function inputs() {
  const values: Partial<Record<InputName, string>> = {
    command: 'deploy',
    version: 'v2',
    'stack-json': join(dir, 'stack.json'),
    'stack-json-output': join(dir, 'out', 'merged.json'),
    'instance-ids': 'i-0',
    'aws-region': 'eu-west-1',
    'build-args': `VERSION=plain-v7\nNPM_TOKEN=${BUILD_SECRET}`,
    database: `{"adapter":"mysql2","password":${DB_PASSWORD}}`,
    'registry-password': REGISTRY_PASSWORD,
    'rollbar-token': rollbar.token,
    'rollbar-endpoint': rollbar.endpoint,
  };
  return parseActionInputs((name) => values[name] ?? '', {});
}

const context = (): RunContext => ({
  owner: 'acme',
  repo: 'shop',
  apiUrl: 'http://127.0.0.1:9',
  runUrl: 'https://github.com/acme/shop/actions/runs/9',
  actor: 'octocat',
  workspace: dir,
  runId: '9',
});

/** The real plans (every env value as the host would get it), sent as JSON the fake fleet reads. */
function ports() {
  const hosts = [fakeHost('i-0', 'docker1', 'v1')];
  const fleet = fakeFleet(hosts);
  const parameters = memoryParameters();
  return { hosts, fleet, parameters, deps: { hosts: fleet, parameters, planner: { ...fakePlanner(), hostPlan: buildHostPlan }, env: {} } };
}

describe('secret values given as inputs, copied into plain values', () => {
  it('stages every copy, sends none of them to a host, and writes stack-json-output 0600', async () => {
    writeStack({
      NPM_COPY: BUILD_SECRET,
      DB_COPY: String(DB_PASSWORD),
      PULL_COPY: REGISTRY_PASSWORD,
      RB_COPY: rollbar.token,
      PLAIN: 'plain-v7',
    });
    const { hosts, fleet, parameters, deps } = ports();
    const result = await deployRelease(inputs(), context(), deps, recordingLog());

    expect(result.outcome.status).toBe('success');
    expect(fleet.runs.filter((run) => runMode(run) === 'rollout')).toHaveLength(1);
    const sent = JSON.stringify(fleet.runs.map((run) => run.sends.map((send) => send.commands)));
    for (const secret of [BUILD_SECRET, String(DB_PASSWORD), REGISTRY_PASSWORD, rollbar.token]) expect(sent).not.toContain(secret);
    // Each copy is a reference to its own SecureString, holding the value as the container gets it.
    const prefix = '/berth/production/secrets/shop';
    const env = hosts[0]?.received.find((r) => r.mode === 'rollout')?.plan?.definitions.find((d) => d.name === 'web')?.env ?? [];
    const value = (key: string) => env.find((entry) => entry.key === key)?.value;
    for (const [key, secret] of [
      ['NPM_COPY', BUILD_SECRET],
      ['DB_COPY', String(DB_PASSWORD)],
      ['PULL_COPY', REGISTRY_PASSWORD],
      ['RB_COPY', rollbar.token],
    ] as const) {
      expect(value(key)).toMatchObject({ kind: 'ssm', name: `${prefix}/web/${key}` });
      expect(parameters.values.get(`${prefix}/web/${key}`)).toEqual({ value: secret, secure: true });
    }
    // The numeric database password is stored as its text; a plain build arg's copy stays a plain value.
    expect(parameters.values.get(`${prefix}/database/password`)).toEqual({ value: String(DB_PASSWORD), secure: true });
    expect(JSON.stringify(value('PLAIN'))).toContain('plain-v7');
    expect(statSync(join(dir, 'out', 'merged.json')).mode & 0o777).toBe(0o600);
  });

  it('refuses a command holding a secret build arg before any host is touched', async () => {
    writeStack({ PLAIN: 'x' }, `npm publish --token ${BUILD_SECRET}`);
    const { hosts, fleet, deps } = ports();
    const before = JSON.stringify(hosts[0]?.copies);
    const result = await deployRelease(inputs(), context(), deps, recordingLog());

    expect(result.outcome.status).toBe('failure');
    expect(result.outcome.fleet).toBe('unchanged');
    expect(result.outcome.summary).toMatch(/Refused before any change: .*command holds a credential \(the value of a secret/);
    expect(result.outcome.summary).not.toContain(BUILD_SECRET);
    expect(fleet.runs.filter((run) => runMode(run) === 'rollout')).toEqual([]);
    expect(JSON.stringify(hosts[0]?.copies)).toBe(before);
  });
});
