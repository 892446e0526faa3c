// The `berth` CLI as a user runs it: a real process, real files, exit status and output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostPlan } from '../../src/stack/index.js';
import { bundleEntries, runNode, type Bundles } from './run.js';

let bundles: Bundles;
beforeAll(async () => {
  bundles = await bundleEntries();
}, 120_000);
afterAll(() => bundles?.remove());

const runCli = (args: string[]) => runNode(bundles.cli, args);

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const seed = fixture('stack-seed.json');

/** `file:line:col` of the first occurrence of `needle` on line `line` of a fixture (1-based, like editors). */
function at(name: string, line: number, needle: string): string {
  const text = readFileSync(fixture(name), 'utf8').split('\n')[line - 1] ?? '';
  const column = text.indexOf(needle);
  if (column < 0) throw new Error(`${needle} is not on line ${line} of ${name}`);
  return `${fixture(name)}:${line}:${column + 1}`;
}

describe('berth', { timeout: 30_000 }, () => {
  it('prints help and exits 0 for --help, 2 without a command or for an unknown one', async () => {
    const help = await runCli(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['validate', 'plan', 'deploy', 'rollback', 'unlock', 'export', 'converge-off']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
    }
    expect((await runCli([])).status).toBe(2);
    const unknown = await runCli(['ship']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "ship"');
  });
});

describe('berth converge-off', { timeout: 30_000 }, () => {
  it('explains what it deletes', async () => {
    const help = await runCli(['converge-off', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('deletes its State Manager association (berth-NAME)');
  });
});

describe('berth validate', { timeout: 30_000 }, () => {
  it('passes the seed document (notices allowed) with exit 0', async () => {
    const result = await runCli(['validate', seed]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/: error: /);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^0 error\(s\), \d+ warning\(s\), \d+ notice\(s\) in 1 file\(s\)$/);
  });

  it('reports each problem at its line and column and exits 1', async () => {
    const result = await runCli(['validate', fixture('semantic.json')]);
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(
      `${at('semantic.json', 5, '"80:80"')}: error: host port in "80:80" is fixed but "web" runs 2 copies that cannot all bind it: set "containers" to 1, drop the host port, or put %{index} in it`,
    );
    expect(lines.find((l) => l.startsWith(`${at('semantic.json', 5, '"http://')}: error: unknown placeholder %{nope}`))).toBeDefined();
    expect(lines.find((l) => l.startsWith(`${at('semantic.json', 6, '"wbe"')}: error: env_from "wbe" names no definition`))).toBeDefined();
    expect(lines.find((l) => l.startsWith(`${at('semantic.json', 6, '"rake')}: warning: command uses shell syntax`))).toBeDefined();
    expect(
      lines.find(
        (l) =>
          l.startsWith(`${at('semantic.json', 6, '"volume_from"')}: warning: unknown key "volume_from"`) &&
          l.includes('did you mean "volumes_from"'),
      ),
    ).toBeDefined();
    // The worker (no binding, no host port) starts its new copy before the old one stops: no single-slot notice.
    expect(lines).toContain('3 error(s), 2 warning(s), 0 notice(s) in 1 file(s)');
  });

  it('points at where malformed JSON breaks', async () => {
    const result = await runCli(['validate', fixture('syntax.json'), seed]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${at('syntax.json', 4, '"tag"')}: error: invalid JSON: expected "," between values`);
    expect(result.stdout).toContain('in 2 file(s)');
  });

  it('never prints an inline secret of the document', async () => {
    const result = await runCli(['validate', '--json', fixture('semantic.json')]);
    expect(result.stdout).not.toContain('s3cr3t-value');
    const report = JSON.parse(result.stdout) as { errors: number; warnings: number; diagnostics: { line: number; column: number }[] };
    expect(report.errors).toBe(3);
    expect(report.warnings).toBe(2);
    expect(report.diagnostics).toHaveLength(5);
  });

  it('counts an unreadable file as an error and rejects a missing file list', async () => {
    const missing = await runCli(['validate', '/nonexistent/stack.json']);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('/nonexistent/stack.json:1:1: error: cannot read the file: no such file');
    const usage = await runCli(['validate']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('name at least one Stack JSON file');
    const badFlag = await runCli(['validate', '--frobnicate', seed]);
    expect(badFlag.status).toBe(2);
    expect(badFlag.stderr).toContain("Unknown option '--frobnicate'");
  });
});

describe('berth plan', { timeout: 30_000 }, () => {
  const seedPlanArgs = [
    'plan',
    seed,
    '--hostname',
    'docker1',
    '--stack-name',
    'Awesome Stack',
    '--public-ip',
    '203.0.113.7',
    '--instance-id',
    'i-0abc',
  ];

  it('prints the seed plan as JSON, in deploy order, placeholders resolved for the host', async () => {
    const result = await runCli([...seedPlanArgs, '--json']);
    expect(result.status).toBe(0);
    const plan = JSON.parse(result.stdout) as HostPlan;
    expect(plan.host).toEqual({ root: '/', hostname: 'docker1', instanceId: 'i-0abc' });
    expect(plan.dataVolumes.map((v) => [v.name, v.volumes])).toEqual([
      ['socks', ['/var/run', '/var/lib/haproxy/socks']],
      ['static', ['/var/static']],
    ]);
    expect(plan.definitions.map((d) => [d.name, d.mode, d.image, d.copies.map((c) => c.name)])).toEqual([
      ['app', 'auto', 'quay.io/mikamai/awesome-app:latest', ['app0', 'app1']],
      ['cron', 'cron', 'quay.io/mikamai/awesome-app:latest', []],
      ['sidekiq', 'auto', 'quay.io/mikamai/awesome-app:latest', ['sidekiq0']],
      ['haproxy', 'manual', 'quay.io/mikamai/configured-haproxy:latest', ['haproxy0']],
      ['nginx', 'manual', 'quay.io/mikamai/configured-nginx:latest', ['nginx0']],
      ['logspout', 'manual', 'progrium/logspout:latest', ['logspout0']],
    ]);
    const app1 = plan.definitions[0]?.copies[1]?.slots[0];
    expect(app1?.command).toEqual(['bundle', 'exec', 'unicorn', '-c', 'config/unicorn.rb', '-l', '/var/lib/haproxy/socks/app1.sock']);
    expect(app1?.runArgs.slice(0, 2)).toEqual(['--hostname', 'app1.docker1']);
    const logspout = plan.definitions[5]?.copies[0]?.slots[0];
    expect(logspout?.runArgs.slice(0, 2)).toEqual(['--hostname', 'awesome-stack-docker1']);
    expect(logspout?.command).toEqual(['syslog://logs.papertrailapp.com:1234']);
    expect(plan.migration?.command).toEqual(['bundle', 'exec', 'rake', 'db:migrate']);
    expect(plan.cron[0]?.lines.some((line) => line.startsWith('59 * * * * '))).toBe(true);
  });

  it('prints the seed plan as text with every docker run line', async () => {
    const result = await runCli(seedPlanArgs);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^ {2}app0: docker run -d --name app0 --hostname app0\.docker1 .* quay\.io\/mikamai\/awesome-app:latest bundle exec unicorn -c config\/unicorn\.rb -l \/var\/lib\/haproxy\/socks\/app0\.sock$/m,
    );
    expect(result.stdout).toMatch(/^ {2}nginx0: docker run -d --name nginx0 .*-p 80:80 -p 443:443 /m);
    expect(result.stdout).toMatch(/^ {2}logspout0: docker run -d --name logspout0 --hostname awesome-stack-docker1 /m);
    expect(result.stdout).toMatch(/^ {2}docker run --rm .* quay\.io\/mikamai\/awesome-app:latest bundle exec rake db:migrate$/m);
    expect(result.stdout).toMatch(/^ {2}59 \* \* \* \* /m);
  });

  it('keeps hostile values as exact argument bytes and redacts every secret', async () => {
    const args = ['plan', fixture('hostile.json'), '--hostname', 'h1', '--stack-name', 'S'];
    const json = await runCli([...args, '--json']);
    expect(json.status).toBe(0);
    const text = await runCli(args);
    for (const secret of ['db-pass-123', 'tok-abcdef', 'rb-token-999', 'robot-pw-777']) {
      expect(json.stdout).not.toContain(secret);
      expect(text.stdout).not.toContain(secret);
    }
    const plan = JSON.parse(json.stdout) as HostPlan;
    const web = plan.definitions[0];
    expect(web?.copies[0]?.slots[0]?.command).toEqual(['echo', 'its', '$(id)', '`uname`', 'a\nb', '%', '100%', 'ü', 'x"y']);
    const env = Object.fromEntries((web?.env ?? []).map((e) => [e.key, e.value]));
    expect(env['PLAIN']).toEqual({ kind: 'literal', value: 'a \'b\' "c" $(d) `e` % ü\nz' });
    expect(env['API_TOKEN']).toEqual({ kind: 'literal', value: '***' });
    expect(env['DB_PASSWORD']).toEqual({ kind: 'literal', value: '***' });
    expect(env['REF_SECRET']).toEqual({ kind: 'ssm', name: '/acme/api' });
    expect(plan.registries).toEqual([
      { host: 'quay.io', username: { kind: 'literal', value: 'acme+robot' }, password: { kind: 'literal', value: '***' } },
    ]);
    // In text, each argument is quoted so a POSIX shell would get exactly these bytes, one line per copy.
    expect(text.stdout).toContain(` x:latest echo its '$(id)' '\`uname\`' $'a\\nb' % 100% 'ü' 'x"y'\n`);
    expect(text.stdout).toContain(`PLAIN=$'a \\'b\\' "c" $(d) \`e\` % ü\\nz'`);
  });

  it('refuses a document with errors and a command line without the host', async () => {
    const broken = await runCli(['plan', fixture('semantic.json'), '--hostname', 'h', '--stack-name', 'S']);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`${at('semantic.json', 5, '"80:80"')}: error:`);
    expect(broken.stdout).toBe('');
    const noHost = await runCli(['plan', seed, '--stack-name', 'S']);
    expect(noHost.status).toBe(2);
    expect(noHost.stderr).toContain('--hostname is required');
  });
});
