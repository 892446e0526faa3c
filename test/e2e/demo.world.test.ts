// The README's first command, as a test: the same flow as scripts/demo.sh (the bundled action run
// as a runner runs it against the local world), with less load. Bundle: BERTH_DEMO_BUNDLE, else the
// sources bundled with ncc into a temporary directory (what `npm run build` puts in dist/). The fake AWS
// logs every request (BERTH_FAKE_AWS_LOG), and the whole log is validated again against AWS's models after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFreshBundle, runDemo, type DemoReport } from '../../scripts/demo.js';
import { readRequestLog, validateRequest } from '../world/fakes/aws.js';

let bundle = process.env.BERTH_DEMO_BUNDLE ?? '';
let built = false;
const lines: string[] = [];
const logDir = mkdtempSync(join(tmpdir(), 'berth-demo-aws-log-'));
const requestLog = join(logDir, 'requests.jsonl');
const previousLog = process.env.BERTH_FAKE_AWS_LOG;

beforeAll(() => {
  process.env.BERTH_FAKE_AWS_LOG = requestLog;
  if (!bundle) {
    bundle = buildFreshBundle((line) => lines.push(line));
    built = true;
  }
}, 600_000);

afterAll(() => {
  if (previousLog === undefined) delete process.env.BERTH_FAKE_AWS_LOG;
  else process.env.BERTH_FAKE_AWS_LOG = previousLog;
  rmSync(logDir, { recursive: true, force: true });
  if (built) rmSync(dirname(bundle), { recursive: true, force: true });
});

describe('the demo', () => {
  it('deploys v1, v2 under load, refuses v3 at the health gate and v4 at its migration while serving, rolls back to v1', async () => {
    const report: DemoReport = await runDemo({
      requestsPerHost: 12_000,
      rate: 20,
      connections: 2,
      bundle,
      log: (line) => lines.push(line),
      actionLog: (line) => lines.push(`   | ${line}`),
    });
    const context = `${report.problems.join('\n')}\n${lines.filter((l) => !l.startsWith('   |')).join('\n')}`;
    expect(report.problems, context).toEqual([]);
    expect(report).toMatchObject({
      deploys: 5,
      failed_requests: 0,
      unhealthy_release_refused: true,
      failed_migration_refused: true,
      rolled_back_to: 'v1',
    });
    expect(report.requests).toBeGreaterThan(500);
    // The job summaries the five runs wrote: before -> after per host, the failing host, the records.
    const sections = report.summary.split(/^(?=## )/m);
    const section = (heading: string) => sections.find((s) => s.startsWith(heading)) ?? '';
    const v3 = section('## ❌ berth deploy of v3 to production');
    const v4 = section('## ❌ berth deploy of v4 to production');
    expect(v3, report.summary).not.toBe('');
    expect(v4, report.summary).not.toBe('');
    // v4's migration failed before anything was replaced: no row may say a host was replaced or rolled back.
    expect(v4).not.toMatch(/\|\s*replaced[^|]*\|/);
    expect(v4).not.toMatch(/Rolled back \d+ host/);
    expect(report.summary).toContain('## ✅ berth rollback of v1 to production');
    expect(report.summary).toMatch(/\| docker1 \(i-[0-9a-f]+\) \| web \| 2 \(web0, web1\) \| v2 → v1 \|/);
    expect(report.summary).toContain('- **Rollbar** app "demo", environment "production": deploy');

    // Everything berth sent to AWS (the action's SDK calls and the hosts' AWS CLI) passes AWS's models.
    const logged = readRequestLog(requestLog);
    const refused = logged.flatMap((line) => {
      const refusal = validateRequest(line.target, line.body as Record<string, unknown>);
      return refusal ? [`${line.target}: ${refusal.type}: ${refusal.message}`] : [];
    });
    expect(refused).toEqual([]);
    const operations = new Set(logged.map((line) => line.target));
    for (const used of ['SendCommand', 'ListCommandInvocations', 'PutParameter', 'DeleteParameter', 'GetParameters']) {
      expect([...operations], `the log has AmazonSSM.${used}`).toContain(`AmazonSSM.${used}`);
    }
  }, 1_500_000);
});
