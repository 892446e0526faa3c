// `command: export` as the action runs it, against the local fake AWS (real SDK clients, no mocks): a live
// stack with two layers and inline secrets becomes a Stack JSON file, the secrets SecureStrings; the job
// log, summary and outputs name parameters and tags, and hold a secret value only in `::add-mask::` lines.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runExportAction } from '../../src/action/export.js';
import { parseActionInputs, type InputName } from '../../src/app/inputs.js';
import { listInlineSecrets, validateStackJson } from '../../src/stack/index.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { DUMMY_CREDENTIALS } from '../world/fakes/aws/test-clients.js';

vi.setConfig({ testTimeout: 60_000 });

const STACK = '5e1d0000-0000-4000-8000-000000000001';
const WEB = '5e1d0000-0000-4000-8000-0000000000a1';
const JOBS = '5e1d0000-0000-4000-8000-0000000000a2';
const SECRETS = { registry: 'robot-token-Qx81', rollbar: 'rollbar-tok-77aa', key: 'skb-9f3e-$(id)' };

const seed = readFileSync(new URL('../fixtures/stack-seed.json', import.meta.url), 'utf8');
const customJson = seed
  .replace('"password": "",\n        "username": ""', `"password": "${SECRETS.registry}",\n        "username": "mikamai+deployer"`)
  .replace('"access_token": ""', `"access_token": "${SECRETS.rollbar}"`)
  .replace('"RANDOM_VAR": "foo"', `"RANDOM_VAR": "foo",\n              "SECRET_KEY_BASE": "${SECRETS.key}"`);

let aws: FakeAws;
let dir: string;
const ENV_KEYS = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] as const;
const saved = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));

beforeAll(async () => {
  expect(customJson).toContain(SECRETS.key); // the fixture still has the shape these replacements expect
  aws = await startFakeAws({
    instances: [],
    opsworks: {
      stacks: [{ StackId: STACK, Name: 'Awesome Stack', CustomJson: customJson }],
      layers: [
        { LayerId: WEB, StackId: STACK, Name: 'Docker', Shortname: 'docker' },
        { LayerId: JOBS, StackId: STACK, Name: 'Workers', Shortname: 'workers' },
      ],
      instances: [
        {
          InstanceId: '5e1d0000-0000-4000-8000-0000000000c1',
          StackId: STACK,
          Ec2InstanceId: 'i-0aa1',
          Hostname: 'docker1',
          Status: 'online',
          LayerIds: [WEB],
        },
        {
          InstanceId: '5e1d0000-0000-4000-8000-0000000000c2',
          StackId: STACK,
          Ec2InstanceId: 'i-0bb2',
          Hostname: 'worker1',
          Status: 'online',
          LayerIds: [JOBS],
        },
        {
          InstanceId: '5e1d0000-0000-4000-8000-0000000000c3',
          StackId: STACK,
          Ec2InstanceId: 'i-0cc3',
          Hostname: 'docker2',
          Status: 'stopped',
          LayerIds: [WEB],
        },
      ],
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'berth-export-action-'));
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  Object.assign(process.env, {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    AWS_ACCESS_KEY_ID: DUMMY_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: DUMMY_CREDENTIALS.secretAccessKey,
  });
});

afterAll(async () => {
  for (const key of ENV_KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  await aws?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function runAction(given: Partial<Record<InputName, string>>): Promise<string> {
  const inputs = parseActionInputs((name) => given[name] ?? '', { RUNNER_TEMP: dir });
  const printed: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    await runExportAction(inputs);
  } finally {
    spy.mockRestore();
  }
  return printed.join('');
}

const leaks = (text: string) => Object.values(SECRETS).filter((secret) => text.includes(secret));

describe('command: export (the action) against a live stack', () => {
  const base = { command: 'export', 'stack-id': STACK, 'aws-region': 'us-east-1', environment: 'production' } as const;

  it('dry-run: plans, writes no parameter and no file', async () => {
    const out = join(dir, 'dry.json');
    const log = await runAction({ ...base, 'aws-endpoint': aws.endpoint, 'dry-run': 'true', 'stack-json-output': out });
    expect(log).toMatch(
      /docker\.registries\.quay\.io\.password -> %\{ssm:\/berth\/production\/secrets\/registries\/quay\.io\/password\} \(planned\)/,
    );
    expect(aws.parameters.size).toBe(0);
    expect(() => readFileSync(out)).toThrow();
  });

  it('writes the file and the SecureStrings; log, summary and outputs carry names and tags, never values', async () => {
    const out = join(dir, 'stack.json');
    const log = await runAction({ ...base, 'aws-endpoint': aws.endpoint, 'stack-json-output': out });

    const text = readFileSync(out, 'utf8');
    expect(leaks(text)).toEqual([]);
    const check = validateStackJson(text, out);
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(listInlineSecrets(check.document!)).toEqual([]);
    expect([...aws.parameters.entries()].map(([name, p]) => [name, p.type, p.value]).sort()).toEqual([
      ['/berth/production/secrets/amazing-application/app/SECRET_KEY_BASE', 'SecureString', SECRETS.key],
      ['/berth/production/secrets/amazing-application/app/rollbar_access_token', 'SecureString', SECRETS.rollbar],
      ['/berth/production/secrets/registries/quay.io/password', 'SecureString', SECRETS.registry],
    ]);

    // Secrets appear only where the runner learns to mask them.
    const masks = log.split('\n').filter((line) => line.startsWith('::add-mask::'));
    expect(masks.map((line) => line.slice('::add-mask::'.length)).sort()).toEqual(Object.values(SECRETS).sort());
    const rest = log
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(leaks(rest)).toEqual([]);
    // Online instances only, one tag command each; one targets line covering both former layers.
    expect(rest).toContain('aws ec2 create-tags --resources i-0aa1 --tags Key=berth:hostname,Value=docker1 Key=berth:layer,Value=docker');
    expect(rest).toContain('aws ec2 create-tags --resources i-0bb2 --tags Key=berth:hostname,Value=worker1 Key=berth:layer,Value=workers');
    expect(rest).not.toContain('i-0cc3');
    expect(rest).toContain('Then deploy with targets: tag:berth:layer=docker,workers');
    expect(rest).toContain('Use stack-name: "Awesome Stack" so %{opsworks} keeps its value.');

    const summary = readFileSync(join(dir, 'summary'), 'utf8');
    expect(summary).toContain('registries/quay.io/password');
    expect(leaks(summary)).toEqual([]);
    const outputs = readFileSync(join(dir, 'output'), 'utf8');
    expect(outputs).toContain(out);
    expect(outputs).toContain('"targets":["tag:berth:layer=docker","tag:berth:layer=workers"]');
    expect(leaks(outputs)).toEqual([]);
  });

  it('a second run finds the same values and rewrites nothing', async () => {
    const puts = aws.requests.filter((r) => r.target === 'AmazonSSM.PutParameter').length;
    const log = await runAction({ ...base, 'aws-endpoint': aws.endpoint, 'stack-json-output': join(dir, 'again.json') });
    expect(log.match(/ -> %\{ssm:[^}]+\} \(unchanged\)/g)?.length).toBe(3);
    expect(aws.requests.filter((r) => r.target === 'AmazonSSM.PutParameter').length).toBe(puts);
    expect(readFileSync(join(dir, 'again.json'), 'utf8')).toBe(readFileSync(join(dir, 'stack.json'), 'utf8'));
  });
});
