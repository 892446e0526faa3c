// convergeCommands (the association's command lines) and the converge mode's early outcomes, run with
// sh as AWS-RunShellScript does, against a stub `aws` that answers from a directory of parameters.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_COMMAND_BYTES, hostCommandBytes, parseHostResult } from '../../src/host/command.js';
import { convergeCommands } from '../../src/host/converge.js';
import { buildHostPlan } from '../../src/stack/plan.js';
import { encodeReleaseTemplate, templateFacts } from '../../src/stack/release-template.js';
import { parseValid, readFixture } from '../stack/helpers.js';
import { templateOptions } from '../stack/template-cases.js';

const work = mkdtempSync(join(tmpdir(), 'berth-converge-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const bin = join(work, 'bin');
mkdirSync(bin);
// A parameter is a file in $STUB_STORE named after it, `/` written as `%`; aws calls are logged.
writeFileSync(
  join(bin, 'aws'),
  `#!/bin/bash
printf '%s\\n' "$*" >>"$STUB_STORE.calls"
op=$2; shift 2
names=() path=''
while (($#)); do
  case $1 in
    --names) shift; while (($#)) && [[ $1 != --* ]]; do names+=("$1"); shift; done ;;
    --path) path=$2; shift 2 ;;
    *) shift ;;
  esac
done
if [[ $op == get-parameters ]]; then
  for n in "\${names[@]}"; do f=$STUB_STORE/\${n//\\//%}; [[ -f $f ]] && printf '%s\\t%s\\n' "$n" "$(<"$f")"; done
elif [[ $op == get-parameters-by-path ]]; then
  for f in "$STUB_STORE"/*; do
    [[ -f $f ]] || continue
    n=\${f##*/}; n=\${n//%//}
    [[ $n == "$path"/* && \${n#"$path"/} != */* ]] && printf '%s\\t%s\\n' "$n" "$(<"$f")"
  done
fi
exit 0
`,
);
chmodSync(join(bin, 'aws'), 0o755);
writeFileSync(join(bin, 'docker'), '#!/bin/sh\nexit 1\n');
chmodSync(join(bin, 'docker'), 0o755);

const RECORD = '/berth/prod/release';
const LOCK = '/berth/prod/lock';
let runs = 0;

function put(store: string, name: string, value: string): void {
  writeFileSync(join(store, name.replace(/\//g, '%')), value);
}

function run(setup: (store: string) => void, env: Record<string, string> = {}, waitSeconds = 0) {
  runs += 1;
  const store = join(work, `store${runs}`);
  const root = join(work, `root${runs}`);
  mkdirSync(store);
  mkdirSync(root);
  setup(store);
  const commands = convergeCommands({ recordName: RECORD, lockName: LOCK, region: 'eu-west-1', waitSeconds });
  const out = spawnSync('sh', ['-c', commands.join('\n')], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: `${bin}:/usr/bin:/bin`,
      HOME: work,
      LANG: 'C.UTF-8',
      STUB_STORE: store,
      BERTH_HOST_ROOT: root,
      BERTH_IMDS_URL: 'http://127.0.0.1:9',
      AWS_SSM_INSTANCE_ID: 'i-0123456789abcdef0',
      HOSTNAME: 'web1.example.com',
      ...env,
    },
  });
  const file = join(root, 'var/lib/berth/converge.json');
  return {
    status: out.status,
    stderr: out.stderr,
    result: parseHostResult(out.stdout),
    file: existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined,
    calls: existsSync(`${store}.calls`) ? readFileSync(`${store}.calls`, 'utf8') : '',
  };
}

function writeRecord(store: string, options: { corrupt?: boolean } = {}): void {
  const plan = buildHostPlan(parseValid(readFixture('stack-seed.json')), templateFacts('Awesome Stack'), templateOptions);
  const joined = gzipSync(encodeReleaseTemplate(plan)).toString('base64');
  const parts = joined.match(/.{1,4096}/gs) ?? [];
  parts.forEach((part, i) => put(store, `${RECORD}/3/${i}`, options.corrupt && i === 0 ? `A${part.slice(1)}` : part));
  const sha = createHash('sha256').update(joined).digest('hex');
  put(store, RECORD, `berth-release 1 3 ${parts.length} ${sha} deploy-7 v7 "quoted"`);
}

function held(store: string, released = false): void {
  const expires = new Date(Date.now() + 600_000).toISOString();
  put(store, `${LOCK}/1`, JSON.stringify({ who: 'old', when: '', version: 'v1', runUrl: '', deployId: 'd1', expires: '', released: 'x', releasedBy: 'holder' }));
  const record = { who: 'alice', when: '', version: 'v8', runUrl: '', deployId: 'd8', expires, released: released ? expires : '', releasedBy: '' };
  put(store, `${LOCK}/2`, JSON.stringify(record));
}

describe('convergeCommands', () => {
  it('sets the settings as quoted shell assignments and fits an SSM command', () => {
    const commands = convergeCommands({ recordName: RECORD, lockName: LOCK, region: 'eu-west-1', endpoint: 'http://127.0.0.1:4566', waitSeconds: 900 });
    expect(commands.slice(0, 6)).toEqual([
      `BERTH_RECORD='${RECORD}'`,
      `BERTH_LOCK='${LOCK}'`,
      "BERTH_REGION='eu-west-1'",
      "BERTH_ENDPOINT='http://127.0.0.1:4566'",
      "BERTH_WAIT_SECONDS='900'",
      'export BERTH_RECORD BERTH_LOCK BERTH_REGION BERTH_ENDPOINT BERTH_WAIT_SECONDS',
    ]);
    expect(commands.at(-1)).toBe('bash "$berth_dir/rollout.sh" converge');
    // The runtime limit is the whole budget (convergeCommands); this bound keeps 40% of it free for the
    // script's growth (it was half until the canary's hold and the hash rule took the last 300 bytes).
    expect(hostCommandBytes(commands)).toBeLessThan(DEFAULT_MAX_COMMAND_BYTES * 0.6);
  });

  it('refuses settings that are not what they say', () => {
    const good = { recordName: RECORD, lockName: LOCK, region: 'eu-west-1', waitSeconds: 60 };
    expect(() => convergeCommands({ ...good, recordName: "/a/b'; rm -rf /" })).toThrow(/not a Parameter Store path/);
    expect(() => convergeCommands({ ...good, lockName: 'lock' })).toThrow(/not a Parameter Store path/);
    expect(() => convergeCommands({ ...good, region: 'eu west' })).toThrow(/not an AWS region/);
    expect(() => convergeCommands({ ...good, endpoint: "http://x'" })).toThrow(/not an http/);
    expect(() => convergeCommands({ ...good, waitSeconds: -1 })).toThrow(/whole seconds/);
  });
});

describe('host mode converge, before any container', () => {
  it('without a release record: nothing to do', () => {
    const out = run(() => undefined);
    expect(out.status, out.stderr).toBe(0);
    expect(out.result).toMatchObject({ ok: true, mode: 'converge', converge: { outcome: 'unchanged', deployId: '', release: '' } });
    expect(out.calls).toContain(`ssm get-parameters --names ${RECORD} --output text --query Parameters[].[Name,Value] --region eu-west-1`);
  });

  it('refuses a hostile host name before anything but the record is read', () => {
    for (const hostname of ['web"1', 'web/1', 'web\n1']) {
      const out = run(writeRecord, { HOSTNAME: hostname });
      expect(out.status).toBe(1);
      expect(out.result?.converge?.outcome).toBe('failed');
      expect(out.result?.failure?.reason).toMatch(/this host's facts cannot fill in the release: hostname .* is not a host name/);
      expect(out.calls.split('\n').filter(Boolean).every((call) => call.startsWith(`ssm get-parameters --names ${RECORD}`))).toBe(true);
    }
  });

  it('takes the host name a deploy already used on this host (its newest recorded plan) over its own', () => {
    const out = run((store) => {
      writeRecord(store);
      const root = join(store, '..', `root${runs}`);
      const plans = join(root, 'var/lib/berth/plans/web');
      mkdirSync(plans, { recursive: true });
      const old = `berth-plan-raw 1\n\x1emeta\x1fhostname\x1fold-name\x1f\x1e`;
      writeFileSync(join(plans, '20260101T000000Z-1.plan'), old);
      writeFileSync(join(plans, '20261201T000000Z-2.plan'), old.replace('old-name', 'ip-10-0-0-7.ec2.internal'));
    }, { HOSTNAME: 'web"1' });
    expect(out.result?.failure?.reason ?? '').not.toMatch(/facts cannot fill in/);
    expect(out.stderr + JSON.stringify(out.result)).toContain('instantiated for ip-10-0-0-7.ec2.internal');
  }, 30_000);

  it('refuses a record whose parts do not match its sha256', () => {
    const out = run((store) => writeRecord(store, { corrupt: true }));
    expect(out.status).toBe(1);
    expect(out.result?.failure?.reason).toMatch(/do not match the sha256/);
  }, 30_000);

  it('a lock that stays held: waited-out, recorded in converge.json; a released one is no obstacle', () => {
    const waited = run((store) => {
      writeRecord(store);
      held(store);
    });
    expect(waited.status).toBe(1);
    expect(waited.result?.converge).toMatchObject({ outcome: 'waited-out', deployId: 'deploy-7', release: 'v7 "quoted"' });
    expect(waited.result?.failure?.reason).toMatch(/fleet lock is still held after 0s by generation 2 of \/berth\/prod\/lock \(alice\)/);
    expect(waited.file).toMatchObject({ outcome: 'waited-out', deployId: 'deploy-7', release: 'v7 "quoted"' });
    expect(waited.file?.when).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // Released: it goes on to the host's containers (the stub docker fails them: a failed converge, not a wait).
    const free = run((store) => {
      writeRecord(store);
      held(store, true);
    });
    expect(free.result?.converge?.outcome).toBe('failed');
    expect(free.result?.failure?.reason).not.toMatch(/fleet lock/);
  }, 30_000);
});
