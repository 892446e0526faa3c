// The host script's status and logs modes, joined as SSM runs them, against a stub docker that answers
// from files: what the status answer carries (labels, health, states, converge.json, facts), and that
// the logs answer has the container's secret values redacted and its oldest lines cut to fit.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { historyPlan } from '../../src/deploy/host-history.js';
import { logsPlanText } from '../../src/deploy/fleet-logs.js';
import { buildHostCommands, parseHostResult } from '../../src/host/command.js';
import { encodeHostPlan, FIELD_END, RECORD_END } from '../../src/stack/host-plan.js';

const work = mkdtempSync(join(tmpdir(), 'berth-status-mode-'));
const stub = join(work, 'stub');
const bin = join(work, 'bin');
mkdirSync(stub);
mkdirSync(bin);
// ps: the status mode's format asks for berth.hash, the logs mode's does not; inspect and logs by name.
writeFileSync(
  join(bin, 'docker'),
  `#!/bin/bash
stub=${JSON.stringify(stub)}
case $1 in
  ps) [[ $* == *berth.hash* ]] && cat "$stub/ps-status" || cat "$stub/ps-logs" ;;
  inspect)
    name=\${@: -1}
    [[ $3 == *berth.secrets* ]] && { cat "$stub/label-$name" 2>/dev/null; echo; exit 0; }
    cat "$stub/env-$name" ;;
  logs) n=$3; tail -n "$n" "$stub/log-\${@: -1}" ;;
  *) exit 1 ;;
esac
`,
);
chmodSync(join(bin, 'docker'), 0o755);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const host = { instanceId: 'i-0123456789abcdef0', hostname: 'docker1', publicIp: '' };
const read = { apps: [], hostRoot: '/', environment: 'test', actor: 't', region: 'us-east-1', deadline: 0 };

function runMode(mode: 'status' | 'logs', root: string, planText: string) {
  const commands = buildHostCommands(mode, planText, { maxBytes: 1_000_000 });
  const out = spawnSync('bash', ['-c', commands.join('\n')], {
    env: { PATH: `${bin}:/usr/bin:/bin`, BERTH_HOST_ROOT: root, BERTH_IMDS_URL: 'http://127.0.0.1:9', LANG: 'C.UTF-8' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { ...out, result: parseHostResult(out.stdout) };
}

describe('host mode status', () => {
  it('lists what berth started, each app state and the last converge, without a release plan', () => {
    const root = join(work, 'root-status');
    mkdirSync(join(root, 'var/lib/berth'), { recursive: true });
    writeFileSync(
      join(stub, 'ps-status'),
      [
        'web-0|aaa|Up 5 minutes (healthy)|reg/acme/demo:v2|demo|web|0|h1|v2|world-2|',
        'web-1,other/alias|bbb|Exited (1) 2 minutes ago|reg/acme/demo:v1|demo|web|1|h0|v1|world-1|',
        'worker-0|ccc|Up 1 minute|reg/acme/demo:v2|demo|worker|0|h2|v2|world-2|',
        'demo-migrate|ddd|Exited (0)|reg/acme/demo:v2|demo|web||||world-2|migration',
      ].join('\n') + '\n',
    );
    writeFileSync(
      join(root, 'var/lib/berth/demo.state'),
      '{"deployId":"world-2","release":"v2","at":"2026-12-04T10:00:00Z","app":"demo","copies":[{"name":"web-0"}]}\n',
    );
    writeFileSync(join(root, 'var/lib/berth/broken.state'), 'not json\n');
    const converge = { at: '2026-12-04T10:01:00Z', deployId: 'world-2', release: 'v2', outcome: 'converged' };
    writeFileSync(join(root, 'var/lib/berth/converge.json'), `${JSON.stringify(converge)}\n`);

    const run = runMode('status', root, encodeHostPlan({ ...historyPlan(host, read, 'now'), deployId: 'test-status' }));
    expect(run.status, run.stderr).toBe(0);
    const status = run.result?.status;
    expect(run.result?.mode).toBe('status');
    expect(status?.facts.hostname).not.toBe('');
    expect(status?.containers).toEqual([
      { name: 'web-0', app: 'demo', definition: 'web', slot: '0', image: 'reg/acme/demo:v2', running: true, health: 'healthy', hash: 'h1', release: 'v2', deployId: 'world-2' },
      { name: 'web-1', app: 'demo', definition: 'web', slot: '1', image: 'reg/acme/demo:v1', running: false, health: 'stopped', hash: 'h0', release: 'v1', deployId: 'world-1' },
      { name: 'worker-0', app: 'demo', definition: 'worker', slot: '0', image: 'reg/acme/demo:v2', running: true, health: 'none', hash: 'h2', release: 'v2', deployId: 'world-2' },
    ]);
    expect(status?.apps).toEqual([{ app: 'demo', deployId: 'world-2', release: 'v2', at: '2026-12-04T10:00:00Z' }]);
    expect(JSON.parse(Buffer.from(status?.convergeBase64 ?? '', 'base64').toString('utf8'))).toEqual(converge);
  });
});

describe('host mode logs', () => {
  const root = join(work, 'root-logs');
  const secret = 's3cr3t-Value';
  const inline = 'inline-pass';
  // The newest plan the host recorded for app demo: web's DB_PASS is marked secret (an inline one).
  const recorded =
    'berth-plan-raw 1\n' +
    [
      ['meta', 'deployId', 'world-2'],
      ['def', '0', 'demo', 'web', 'auto', 'img', 'h', '0', '1', 'TERM', '10', '1', '1', '30', '0'],
      ['env', '0', 'DB_PASS', 'literal', inline, '1'],
      ['env', '0', 'PLAIN', 'literal', 'shown', '0'],
    ]
      .map((fields) => fields.map((f) => f + FIELD_END).join('') + RECORD_END)
      .join('');

  function setUp(logLines: string[]): void {
    mkdirSync(join(root, 'var/lib/berth/plans/demo'), { recursive: true });
    writeFileSync(join(root, 'var/lib/berth/plans/demo/20261204T100000Z-1.plan'), recorded);
    writeFileSync(join(stub, 'ps-logs'), 'web-1|demo|web||Up 1 minute\nweb-0|demo|web||Up 2 minutes\nmig|demo|web|migration|Exited\n');
    writeFileSync(join(stub, 'label-web-0'), 'v1 API_KEY=3');
    writeFileSync(join(stub, 'env-web-0'), `API_KEY=${secret}\nDB_PASS=${inline}\nPLAIN=shown\nPATH=/usr/bin\n`);
    writeFileSync(join(stub, 'log-web-0'), `${logLines.join('\n')}\n`);
  }

  it('shows the first copy of a definition with every secret value the container got redacted', () => {
    setUp(['starting', `env API_KEY=${secret} DB_PASS=${inline} PLAIN=shown`, `again ${secret}${secret}`]);
    const plan = { ...historyPlan(host, read, 'now'), deployId: 'test-logs', logTailLines: 50 };
    const run = runMode('logs', root, logsPlanText(encodeHostPlan(plan), 'web'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain(secret);
    expect(run.stdout).not.toContain(inline);
    expect(run.result?.logs).toEqual({
      container: 'web-0',
      app: 'demo',
      definition: 'web',
      others: ['web-1'],
      requested: 50,
      cut: 0,
      redactedValues: 2,
      lines: ['starting', 'env API_KEY=[redacted] DB_PASS=[redacted] PLAIN=shown', 'again [redacted][redacted]'],
    });
  });

  it('cuts the oldest lines to stay within Run Command output, and says how many', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `line ${String(i).padStart(3, '0')} ${'x'.repeat(80)} ${secret}`);
    setUp(lines);
    const plan = { ...historyPlan(host, read, 'now'), deployId: 'test-logs', logTailLines: 1000 };
    const run = runMode('logs', root, logsPlanText(encodeHostPlan(plan), 'demo/web'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.length).toBeLessThan(24_000);
    const logs = run.result?.logs;
    expect(logs?.cut).toBeGreaterThan(0);
    expect((logs?.cut ?? 0) + (logs?.lines.length ?? 0)).toBe(400);
    expect(logs?.lines.at(-1)).toBe(`line 399 ${'x'.repeat(80)} [redacted]`);
    expect(logs?.lines[0]).toBe(`line ${String(logs?.cut).padStart(3, '0')} ${'x'.repeat(80)} [redacted]`);
  });

  it('fails with a reason when nothing berth started has that name', () => {
    setUp(['x']);
    const run = runMode('logs', root, logsPlanText(encodeHostPlan(historyPlan(host, read, 'now')), 'nope'));
    expect(run.status).not.toBe(0);
    expect(run.result?.failure?.reason).toContain('nope');
  });
});
