// The canary's host pieces without an engine: its plan (canaryPlanText) as the host script reads it, and
// the counter arithmetic of host/lib/canary.sh over haproxy `show stat` answers written here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canaryPlanText } from '../../src/host/canary-plan.js';
import { buildHostCommands, parseHostResult } from '../../src/host/command.js';
import { encodeHostPlan, FIELD_END, RECORD_END } from '../../src/stack/host-plan.js';
import { demoDefinition, hostPlan } from './plans.js';

const repo = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'berth-canary-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = { PATH: '/usr/bin:/bin', BERTH_IMDS_URL: 'http://127.0.0.1:9', LANG: 'C.UTF-8', DOCKER_HOST: `unix://${work}/no-engine.sock` };

function canaryRun(planText: string) {
  const root = join(work, 'root');
  const commands = buildHostCommands('canary', planText);
  const out = spawnSync('bash', ['-c', commands.join('\n')], { env: { ...env, BERTH_HOST_ROOT: root }, encoding: 'utf8', timeout: 60_000 });
  return { ...out, result: parseHostResult(out.stdout) };
}

describe('the canary plan', () => {
  const plan = () => hostPlan(join(work, 'root'), [demoDefinition({ root: join(work, 'root'), image: 'acme/demo:v1' })]);

  it('carries the bake as three meta records after the rollout plan', () => {
    const text = encodeHostPlan(plan());
    const canary = canaryPlanText(text, { seconds: 60, minRequests: 20, maxWaitSeconds: 180 });
    expect(canary.startsWith(text)).toBe(true);
    const meta = (k: string, v: string) => `meta${FIELD_END}${k}${FIELD_END}${v}${FIELD_END}${RECORD_END}`;
    expect(canary.slice(text.length)).toBe(meta('canarySeconds', '60') + meta('canaryMinRequests', '20') + meta('canaryMaxWaitSeconds', '180'));
    for (const bad of [-1, 1.5, Number.NaN, 1_000_000]) expect(() => canaryPlanText(text, { seconds: bad, minRequests: 0, maxWaitSeconds: 0 })).toThrow(/whole number/);
  });

  it('the host refuses a canary plan without its bake, or with a bake that is not a number, before anything else', () => {
    const text = encodeHostPlan(plan());
    const none = canaryRun(text);
    expect(none.result?.mode).toBe('canary');
    expect(none.result?.failure?.reason, none.stderr).toBe('plan error: a canary plan names its bake (meta canarySeconds)');
    const bad = canaryRun(`${text}meta${FIELD_END}canarySeconds${FIELD_END}5; rm -rf /${FIELD_END}${RECORD_END}`);
    expect(bad.result?.failure?.reason, bad.stderr).toBe('plan error: meta canarySeconds must be a whole number (at most 999999)');
    expect(bad.status).toBe(2);
    const huge = canaryRun(`${canaryPlanText(text, { seconds: 60, minRequests: 0, maxWaitSeconds: 60 })}meta${FIELD_END}canaryMinRequests${FIELD_END}${'9'.repeat(20)}${FIELD_END}${RECORD_END}`);
    expect(huge.result?.failure?.reason, huge.stderr).toBe('plan error: meta canaryMinRequests must be a whole number (at most 999999)');
  }, 60_000);
});

/**
 * canary_stats and canary_side (host/lib/canary.sh) over two `show stat` answers: the bake's start and
 * end. `hap` stands in for the runtime API (it prints the answer of the read).
 */
function sides(start: string, end: string, servers: string[][]): string[] {
  writeFileSync(join(work, 'stat.0'), start);
  writeFileSync(join(work, 'stat.1'), end);
  const script = [
    'set -eEuo pipefail',
    `source ${join(repo, 'host/lib/util.sh')}`,
    `source ${join(repo, 'host/lib/canary.sh')}`,
    'declare -A LB_SOCK=([3]=/admin.sock) LB_BACKEND=([3]=web)',
    'CANARY_DEFS=(3)',
    // canary_stats calls hap in a command substitution (a subshell): the test picks the file.
    'READ=0',
    `hap() { cat "${work}/stat.$READ"; }`,
    'canary_stats STAT_START',
    'READ=1',
    'canary_stats STAT_END',
    ...servers.map((list) => `canary_side 3 '${list.join(' ')}'; printf '%s\\n' "$REPLY"`),
  ].join('\n');
  const out = spawnSync('bash', ['--norc', '-c', script], { env, encoding: 'utf8' });
  expect(out.stderr).toBe('');
  return out.stdout.trim().split('\n');
}

const HEADER =
  '# pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,wredis,status,weight,act,bck,chkfail,chkdown,lastchg,downtime,qlimit,pid,iid,sid,throttle,lbtot,tracked,type,rate,rate_lim,rate_max,check_status,check_code,check_duration,hrsp_1xx,hrsp_2xx,hrsp_3xx,hrsp_4xx,hrsp_5xx,hrsp_other,hanafail,req_rate,req_rate_max,req_tot,cli_abrt,srv_abrt,comp_in,comp_out,comp_byp,comp_rsp,lastsess,last_chk,last_agt,qtime,ctime,rtime,ttime,';

/** One server's row: the named counters set, the others empty or 0 as haproxy leaves them. */
function row(proxy: string, server: string, c: { h1?: number; h2?: number; h3?: number; h4?: number; h5?: number; other?: number; econ?: number; eresp?: number; rtime?: number | '' }): string {
  const names = HEADER.slice(2).split(',');
  const f = names.map(() => '0');
  const set = (name: string, v: number | string) => (f[names.indexOf(name)] = String(v));
  set('pxname', proxy);
  set('svname', server);
  set('status', 'UP');
  set('hrsp_1xx', c.h1 ?? 0);
  set('hrsp_2xx', c.h2 ?? 0);
  set('hrsp_3xx', c.h3 ?? 0);
  set('hrsp_4xx', c.h4 ?? 0);
  set('hrsp_5xx', c.h5 ?? 0);
  set('hrsp_other', c.other ?? 0);
  set('econ', c.econ ?? 0);
  set('eresp', c.eresp ?? '');
  set('rtime', c.rtime ?? 0);
  return f.join(',');
}

describe('the counters over the bake', () => {
  it('deltas per side: requests of every status class, 5xx, connection and response errors, rtime weighted by requests', () => {
    const start = [HEADER, row('web', 'web0_b', { h2: 100, h5: 3, rtime: 50 }), row('web', 'web1', { h2: 1000, h4: 10, econ: 1, rtime: 9 }), row('web', 'web2', { h2: 500 }), row('other', 'web1', { h2: 7 }), row('web', 'BACKEND', { h2: 9999 })].join('\n');
    const end = [HEADER, row('web', 'web0_b', { h1: 1, h2: 230, h3: 4, h4: 5, h5: 13, other: 2, econ: 2, eresp: 3, rtime: 12 }), row('web', 'web1', { h2: 1090, h4: 20, econ: 1, eresp: 1, rtime: 10 }), row('web', 'web2', { h2: 530, rtime: 30 }), row('other', 'web1', { h2: 700 }), row('web', 'BACKEND', { h2: 1 })].join('\n');
    const [fresh, old, none] = sides(start, end, [['web0_b'], ['web1', 'web2'], []]);
    // 1 + 130 + 4 + 5 + 10 + 2 requests; econ 2 + eresp 3; rtime as haproxy says at the end.
    expect(JSON.parse(fresh!)).toEqual({ servers: ['web0_b'], requests: 152, r5xx: 10, errors: 5, rtimeMs: 12 });
    // web1: 100 requests at 10 ms, web2: 30 at 30 ms -> (1000 + 900) / 130 = 14.6 -> 15.
    expect(JSON.parse(old!)).toEqual({ servers: ['web1', 'web2'], requests: 130, r5xx: 0, errors: 1, rtimeMs: 15 });
    expect(JSON.parse(none!)).toEqual({ servers: [], requests: 0, r5xx: 0, errors: 0, rtimeMs: 0 });
  });

  it('a server that got no request reports rtime 0; counters that went down (haproxy reloaded) count from 0', () => {
    const start = [HEADER, row('web', 'web0_b', { h2: 100, rtime: 40 }), row('web', 'web1', { h2: 900, h5: 50, rtime: 8 })].join('\n');
    const end = [HEADER, row('web', 'web0_b', { h2: 100, rtime: 40 }), row('web', 'web1', { h2: 20, h5: 1, rtime: 8 })].join('\n');
    const [fresh, old] = sides(start, end, [['web0_b'], ['web1']]);
    expect(JSON.parse(fresh!)).toEqual({ servers: ['web0_b'], requests: 0, r5xx: 0, errors: 0, rtimeMs: 0 });
    expect(JSON.parse(old!)).toEqual({ servers: ['web1'], requests: 21, r5xx: 1, errors: 0, rtimeMs: 8 });
  });

  it('a server missing from the answer, or a balancer that does not answer, counts 0', () => {
    const [fresh] = sides('', [HEADER, row('web', 'web1', { h2: 5 })].join('\n'), [['web0_b']]);
    expect(JSON.parse(fresh!)).toEqual({ servers: ['web0_b'], requests: 0, r5xx: 0, errors: 0, rtimeMs: 0 });
  });
});
