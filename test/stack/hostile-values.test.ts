// Hostile values (quotes, $(...), backticks, newlines, % and %%, unicode) come out of the plan as
// exact argument bytes, survive the line-based wire format, and a cron line run by /bin/sh gives
// docker exactly the planned arguments.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeHostPlan, type HostPlan } from '../../src/stack/host-plan.js';
import { buildHostPlan } from '../../src/stack/plan.js';
import { stackSchema } from '../../src/stack/schema.js';
import { validateStackJson } from '../../src/stack/validate.js';
import { docker1, planOptions } from './helpers.js';

const app = 'héllo wörld';
const raw = {
  deploy: {
    [app]: {
      database: { adapter: 'postgresql', password: 'p%ss\'"$(x)`y`\n%{z}', port: 5432 },
      containers: [
        {
          web: {
            deploy: 'auto',
            image: 'acme/app',
            tag: 'v1',
            database: true,
            hostname: 'h-%{app_name}',
            command: `echo "it's $(rm -rf /)" '\`id\`' 100% %% %{app_name} 'line\nbreak' ünïcødé 🚀`,
            env: { QUOTE: 'a\'b"c', SUB: '$(whoami)', TICK: '`id`', NL: 'x\ny', PCT: '50% off %% %{public_ip}', UNI: '日本語 🚀' },
            volumes: ['/srv/da ta/%{app_name}:/data'],
          },
        },
        {
          job: {
            deploy: 'cron',
            image: 'acme/app',
            env_from: 'web',
            command: `printf '%s\\n' "$HOME" 'a'\\''b' \`x\` 100% ü`,
            cron: { minute: '*/5' },
          },
        },
      ],
    },
  },
};
// Validation refuses one thing here, which the host would refuse too: the cron job inherits NL's line
// break, which its env file cannot carry. The plan must still carry every byte as given.
const document = stackSchema.parse(raw);
const plan = buildHostPlan(document, docker1, planOptions({ hostRoot: '/tmp/root dir' }));
const web = plan.definitions[0];
const job = plan.definitions[1];

describe('hostile values', () => {
  it('validate without an error but the line break a cron env file cannot carry, named by key only', () => {
    const result = validateStackJson(JSON.stringify(raw), 'h.json');
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.message])).toEqual([
      [
        'env-value',
        'env NL (from env_from "web") holds a line break, which the env file of cron job "job" cannot carry: remove it, or keep the value in the image',
      ],
    ]);
  });

  it('split the command without expansion and resolve only placeholders', () => {
    expect(web?.copies[0]?.slots[0]?.command).toEqual([
      'echo',
      "it's $(rm -rf /)",
      '`id`',
      '100%',
      '%',
      'web0',
      'line\nbreak',
      'ünïcødé',
      '🚀',
    ]);
  });

  it('keep env values byte for byte (`%%` is `%`, a lone `%` stays), database values uninterpreted', () => {
    const env = Object.fromEntries(
      (web?.env ?? []).map((e) => [e.key, e.value.kind === 'literal' ? e.value.value : `ssm:${e.value.name}`]),
    );
    expect(env).toMatchObject({
      QUOTE: 'a\'b"c',
      SUB: '$(whoami)',
      TICK: '`id`',
      NL: 'x\ny',
      PCT: '50% off % 203.0.113.7',
      UNI: '日本語 🚀',
      DB_PASSWORD: 'p%ss\'"$(x)`y`\n%{z}',
      DB_PORT: '5432',
      DB_ADAPTER: 'postgresql',
      RELEASE_TAG: 'v1',
    });
    expect(web?.env.find((e) => e.key === 'DB_PASSWORD')?.secret).toBe(true);
  });

  it('keep labels, hostnames and volume paths as single arguments', () => {
    const args = web?.copies[0]?.slots[0]?.runArgs ?? [];
    expect(args.slice(0, 2)).toEqual(['--hostname', 'h-web0']);
    expect(args).toContain('/tmp/root dir/srv/da ta/web:/data');
    expect(args).toContain(`berth.app=${app}`);
  });

  it('quote the cron line so /bin/sh hands docker exactly the planned arguments', () => {
    const cron = plan.cron[0];
    const line = cron?.lines[2] ?? '';
    expect(line.startsWith('*/5 * * * * root ')).toBe(true);
    expect(line).not.toMatch(/[^\\]%/);
    expect(cron?.path).toBe('/tmp/root dir/etc/cron.d/berth-h-llo-w-rld');

    const bin = mkdtempSync(join(tmpdir(), 'berth-core-cron-'));
    cleanups.push(bin);
    writeFileSync(join(bin, 'docker'), '#!/bin/sh\nfor a in "$@"; do printf \'%s\\0\' "$a"; done\n');
    chmodSync(join(bin, 'docker'), 0o755);
    // cron turns `\%` back into `%` before running the command with /bin/sh.
    const command = line.replace(/^(\S+ ){5}root /, '').replace(/\\%/g, '%');
    const run = spawnSync('/bin/sh', ['-c', command], { env: { PATH: bin, HOME: '/nonexistent' }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const argv = run.stdout.split('\0').slice(0, -1);
    expect(argv.slice(0, 4)).toEqual(['run', '--rm', '--env-file', '/tmp/root dir/etc/berth/env/h-llo-w-rld/job.env']);
    expect(argv).toContain(`berth.app=${app}`);
    expect(argv.slice(-8)).toEqual(['acme/app:latest', 'printf', '%s\\n', '$HOME', "a'b", '`x`', '100%', 'ü']);
    expect(job?.env.find((e) => e.key === 'NL')?.value).toEqual({ kind: 'literal', value: 'x\ny' });
  });
});

const cleanups: string[] = [];
afterAll(() => {
  for (const dir of cleanups) rmSync(dir, { recursive: true, force: true });
});

/** A reader of the wire format written independently of the encoder: records ended by 0x1E, fields by 0x1F. */
function decode(text: string): string[][] {
  const header = 'berth-plan-raw 1\n';
  expect(text.startsWith(header)).toBe(true);
  const records = text.slice(header.length).split('\x1e');
  expect(records.at(-1)).toBe('');
  return records.slice(0, -1).map((record) => {
    const fields = record.split('\x1f');
    expect(fields.at(-1)).toBe('');
    return fields.slice(0, -1);
  });
}

function records(all: string[][], name: string): string[][] {
  return all.filter((r) => r[0] === name).map((r) => r.slice(1));
}

describe('the wire format', () => {
  const wire = encodeHostPlan(plan);
  const decoded = decode(wire);

  it('names every record, and refuses a value that holds a separator', () => {
    for (const record of decoded) expect(record[0]).toMatch(/^[a-z]+$/);
    const bad: HostPlan = { ...plan, release: 'v1\x1e' };
    expect(() => encodeHostPlan(bad)).toThrow(/0x1E or 0x1F/);
  });

  it('round-trips meta, run args, commands, env and cron lines', () => {
    const meta = Object.fromEntries(records(decoded, 'meta').map(([k, v]) => [k, v]));
    expect(meta).toMatchObject({ deployId: 'deploy-1', root: '/tmp/root dir', hostname: 'docker1', force: '0', awsEndpoint: '' });
    expect(records(decoded, 'app')).toEqual([[app]]);
    const slot = web?.copies[0]?.slots[0];
    expect(records(decoded, 'runargs')).toEqual([['0', '0', '0', ...(slot?.runArgs ?? [])]]);
    expect(records(decoded, 'command')).toEqual([['0', '0', '0', ...(slot?.command ?? [])]]);
    const env = records(decoded, 'env').filter((r) => r[0] === '0');
    expect(env.map(([, key, kind, value, secret]) => ({ key, value: { kind, value }, secret: secret === '1' }))).toEqual(web?.env);
    expect(records(decoded, 'cronline').map((r) => r[1])).toEqual(plan.cron[0]?.lines);
    expect(records(decoded, 'def').map((r) => r.slice(0, 8))).toEqual([
      ['0', app, 'web', 'auto', 'acme/app:v1', web?.hash, '0', '1'],
      ['1', app, 'job', 'cron', 'acme/app:latest', job?.hash, '0', '0'],
    ]);
  });

  it('writes ssm references as such and the migration when present', () => {
    const withSecrets: HostPlan = {
      ...plan,
      registries: [
        { host: 'quay.io', username: { kind: 'literal', value: 'acme+bot' }, password: { kind: 'ssm', name: '/berth/prod/quay' } },
      ],
    };
    expect(records(decode(encodeHostPlan(withSecrets)), 'registry')).toEqual([
      ['quay.io', 'literal', 'acme+bot', 'ssm', '/berth/prod/quay'],
    ]);
  });
});
