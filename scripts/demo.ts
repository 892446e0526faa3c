// The one-command demo (scripts/demo.sh runs this): a local world of 2 Docker hosts behind haproxy, a
// quay-like registry, fake AWS (SSM Run Command, Parameter Store), fake Rollbar and GitHub APIs, all on
// 127.0.0.1; then the action's bundle runs exactly as a runner runs it (INPUT_* variables, GITHUB_OUTPUT
// and GITHUB_STEP_SUMMARY files, an event payload): deploy v1; deploy v2 under load; v3, whose migration
// passes but whose app never becomes healthy (refused at the health gate), and v4, whose migration fails
// (refused before anything is replaced), while the site keeps serving v2; a rollback without naming a
// version (back to v1, since v2 runs). Every step is checked against the hosts themselves; the last line
// is a JSON report; any broken promise exits non-zero.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { managedInstanceOf } from '../test/world/fakes/aws/from-host.js';
import { startFakeAws, type FakeAws } from '../test/world/fakes/aws.js';
import { startFakeGitHub, type FakeGitHub } from '../test/world/fakes/github.js';
import { startFakeRollbar, type FakeRollbar } from '../test/world/fakes/rollbar.js';
import { startWorld, type World } from '../test/world/index.js';
import { startLoad, type LoadReport, type RunningLoad } from '../test/world/load.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

class StepFailed extends Error {}

const COMMAND_BYTES = 32_768;

export interface DemoOptions {
  /** Requests the load may send per host (bounded; the load also stops at the end of the demo). */
  requestsPerHost: number;
  /** Requests per second per host. */
  rate: number;
  connections: number;
  /** The action bundle to run (default dist/index.js). */
  bundle: string;
  /** Progress lines for humans. */
  log(line: string): void;
  /** Lines the action printed (default: dropped). */
  actionLog?(line: string): void;
}

export interface DemoReport {
  deploys: number;
  requests: number;
  failed_requests: number;
  /** v3: its migration passed, its app never became healthy; refused at the health gate, v2 kept serving. */
  unhealthy_release_refused: boolean;
  /** v4: its migration failed; refused with nothing replaced, v2 kept serving. */
  failed_migration_refused: boolean;
  rolled_back_to: string;
  /** Every step that did not do what it claims; empty = success. */
  problems: string[];
  /** The job summaries the runs wrote (markdown). */
  summary: string;
}

interface ActionRun {
  code: number;
  /** What this run wrote to the job summary. */
  summary: string;
  outputs: Record<string, string>;
  result: {
    status?: string;
    fleet?: string;
    version?: string;
    summary?: string;
    rolledBackFrom?: string | null;
    hosts?: { hostname: string; state: string; story?: string }[];
  };
  seconds: number;
}

/** How a release of the demo is made: good, an app that never becomes healthy, or a failing migration. */
type Release = 'good' | 'unhealthy' | 'failing-migration';

/** GITHUB_OUTPUT's file format: `name<<DELIMITER` ... `DELIMITER`, or `name=value`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Octo Cat',
      GIT_AUTHOR_EMAIL: 'octocat@example.test',
      GIT_COMMITTER_NAME: 'Octo Cat',
      GIT_COMMITTER_EMAIL: 'octocat@example.test',
    },
  }).trim();
}

async function frontVersion(url: string): Promise<string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
    await response.text();
    return response.ok ? (response.headers.get('x-version') ?? '?') : `HTTP ${response.status}`;
  } catch (error) {
    return `unreachable (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** Where and how requests failed: statuses, socket error kinds, and each failure's step. */
function describeFailures(report: LoadReport, steps: { name: string; at: number }[], log: (line: string) => void): void {
  if (report.non2xx + report.errors === 0) return;
  log(`   ${report.url}: statuses ${JSON.stringify(report.statuses)}, socket errors ${JSON.stringify(report.errorKinds)}`);
  for (const sample of report.samples.filter((s) => !s.ok).slice(0, 20)) {
    const step = steps.filter((s) => s.at <= sample.t).at(-1)?.name ?? 'before the first step';
    log(`   failed at ${new Date(sample.t).toISOString()} (status ${sample.status || 'socket error'}) during: ${step}`);
  }
}

export async function runDemo(options: DemoOptions): Promise<DemoReport> {
  // Each `== step` line is remembered with its time, so a failed request can be placed in its step.
  const steps: { name: string; at: number }[] = [];
  const log = (line: string): void => {
    if (line.startsWith('\n== ')) steps.push({ name: line.slice(4), at: Date.now() });
    options.log(line);
  };
  const problems: string[] = [];
  const check = (ok: boolean, claim: string): boolean => {
    log(`${ok ? '  ok  ' : '  FAIL'} ${claim}`);
    if (!ok) problems.push(claim);
    return ok;
  };
  /** A claim the next steps build on: when it fails, the demo stops here. */
  const must = (ok: boolean, claim: string): void => {
    if (!check(ok, claim)) throw new StepFailed(claim);
  };
  if (!existsSync(options.bundle))
    throw new Error(`The action bundle ${options.bundle} does not exist: run npm run build, or pass --fresh-bundle`);

  const scratch = mkdtempSync(join(tmpdir(), 'berth-demo-'));
  let world: World | undefined;
  let aws: FakeAws | undefined;
  let rollbar: FakeRollbar | undefined;
  let github: FakeGitHub | undefined;
  const loads: RunningLoad[] = [];
  let reports: LoadReport[] = [];
  let deploys = 0;
  let rolledBackTo = '';
  let unhealthyRefused = false;
  let failedMigrationRefused = false;
  try {
    log('Starting the local world: 2 hosts with their own Docker engines, a quay-like registry ...');
    world = await startWorld({ hosts: 2, registry: true });
    const registry = world.registry;
    if (!registry) throw new Error('the world has no registry');
    const builder = await world.builder();
    // The host script and the example's plan take about 18 KB compressed: more than the 16 KB usually
    // quoted for SendCommand parameters, so the demo raises the limit on both sides (max-command-bytes).
    aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: COMMAND_BYTES });
    const secrets = world.exampleParameters();
    for (const [name, value] of Object.entries(secrets)) {
      aws.parameters.set(name, { value, type: 'SecureString', version: 1, tier: 'Standard', lastModified: new Date() });
    }
    rollbar = await startFakeRollbar({ token: secrets['/berth-example/rollbar-token'] ?? randomBytes(16).toString('hex') });
    github = await startFakeGitHub({ owner: 'acme', repo: 'demo' });
    log(`  hosts: ${world.hosts.map((h) => `${h.hostname} ${h.instanceId} ${h.address}`).join(', ')}`);
    log(`  registry ${registry.host}, fake AWS ${aws.endpoint}, fake Rollbar ${rollbar.endpoint}, fake GitHub ${github.url}`);

    // The user's repository: the example Stack JSON and the demo app, one commit per release.
    const repo = join(scratch, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'stack.json'), world.exampleDocument());
    cpSync(join(REPO_ROOT, 'examples/app'), join(repo, 'app'), { recursive: true });
    const runner = join(scratch, 'runner');
    mkdirSync(join(runner, 'temp'), { recursive: true });
    mkdirSync(join(runner, 'home'), { recursive: true });
    const summaryFile = join(runner, 'step-summary.md');
    writeFileSync(summaryFile, '');
    let runNumber = 0;

    const stackJson = world.exampleDocument();
    const commit = (version: string, subject: string, document = stackJson): string => {
      writeFileSync(join(repo, 'app', 'RELEASE'), `${version}\n`);
      writeFileSync(join(repo, 'stack.json'), document);
      git(repo, 'add', '-A');
      git(repo, 'commit', '-q', '-m', subject);
      return git(repo, 'rev-parse', 'HEAD');
    };

    const common: Record<string, string> = {
      environment: 'production',
      'github-token': github.token,
      'stack-json': 'stack.json',
      target: 'ssm',
      'aws-region': 'us-east-1',
      'aws-endpoint': aws.endpoint,
      'host-aws-endpoint': aws.endpoint,
      targets: 'tag:Role=web',
      'stack-name': 'Demo Stack',
      'poll-interval-seconds': '1',
      'timeout-minutes': '8',
      'lock-wait-seconds': '60',
      'registry-username': registry.robot.username,
      'registry-password': registry.robot.password,
      'rollbar-endpoint': rollbar.endpoint,
      // The data-volume image comes from the world's registry (the simulated hosts have no hub).
      'data-volume-image': `${registry.host}/acme/busybox:1`,
      'max-command-bytes': String(COMMAND_BYTES),
    };

    const runAction = async (inputs: Record<string, string>, event: { name: string; payload: unknown }): Promise<ActionRun> => {
      runNumber++;
      const outputFile = join(runner, `output-${runNumber}`);
      const eventFile = join(runner, `event-${runNumber}.json`);
      const stateFile = join(runner, `state-${runNumber}`);
      // A runner creates these files before the step starts; the toolkit appends to them.
      writeFileSync(outputFile, '');
      writeFileSync(stateFile, '');
      writeFileSync(eventFile, JSON.stringify(event.payload));
      const sha = git(repo, 'rev-parse', 'HEAD');
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
        HOME: join(runner, 'home'),
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: repo,
        GITHUB_REPOSITORY: 'acme/demo',
        GITHUB_REPOSITORY_OWNER: 'acme',
        GITHUB_SHA: sha,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_ACTOR: 'octocat',
        GITHUB_EVENT_NAME: event.name,
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_RUN_ID: String(4200 + runNumber),
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SERVER_URL: 'https://github.example.test',
        GITHUB_API_URL: github?.url ?? '',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_STATE: stateFile,
        RUNNER_TEMP: join(runner, 'temp'),
        RUNNER_OS: 'Linux',
        AWS_ACCESS_KEY_ID: 'AKIADEMODEMODEMO0000',
        AWS_SECRET_ACCESS_KEY: 'demo-secret-access-key-not-real',
        AWS_REGION: 'us-east-1',
        // The runner's docker is the world's builder engine.
        DOCKER_HOST: builder.dockerHost,
      };
      for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
      const started = Date.now();
      const summaryBefore = readFileSync(summaryFile, 'utf8').length;
      const code = await new Promise<number>((resolveRun, reject) => {
        const child = spawn(process.execPath, [options.bundle], { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const guard = setTimeout(() => child.kill('SIGKILL'), 12 * 60_000);
        let pending = '';
        const onData = (chunk: string) => {
          pending += chunk;
          const lines = pending.split('\n');
          pending = lines.pop() ?? '';
          for (const line of lines) options.actionLog?.(line);
        };
        child.stdout.setEncoding('utf8').on('data', onData);
        child.stderr.setEncoding('utf8').on('data', onData);
        child.on('error', reject);
        child.on('close', (exit) => {
          clearTimeout(guard);
          if (pending) options.actionLog?.(pending);
          resolveRun(exit ?? 1);
        });
      });
      const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
      let result: ActionRun['result'] = {};
      try {
        result = JSON.parse(outputs.result ?? '{}') as ActionRun['result'];
      } catch {
        result = {};
      }
      const summary = readFileSync(summaryFile, 'utf8').slice(summaryBefore);
      return { code, summary, outputs, result, seconds: Math.round((Date.now() - started) / 100) / 10 };
    };

    const subjects: Record<Release, string> = {
      good: '',
      unhealthy: ' (its app hangs at boot: never healthy)',
      'failing-migration': ' (its migration fails)',
    };
    const deploy = async (version: string, release: Release = 'good'): Promise<ActionRun> => {
      const subject = `Release ${version}${subjects[release]}`;
      // The unhealthy release's Stack JSON makes the app boot for 10 minutes; the health gate gives it 30 s.
      const sha = commit(
        version,
        subject,
        release === 'unhealthy' ? stackJson.replace('"BOOT_SECONDS": "2"', '"BOOT_SECONDS": "600"') : stackJson,
      );
      log(`\n== deploy ${version}${subjects[release]}: commit ${sha.slice(0, 12)} "${subject}"`);
      deploys++;
      const run = await runAction(
        {
          ...common,
          command: 'deploy',
          image: `${registry.host}/acme/demo`,
          context: 'app',
          dockerfile: 'app/Dockerfile',
          // BROKEN=1 builds an app whose migration fails (and whose health check would too).
          'build-args': `VERSION=${version}${release === 'failing-migration' ? '\nBROKEN=1' : ''}`,
          version,
        },
        {
          name: 'push',
          payload: {
            ref: 'refs/heads/main',
            after: sha,
            repository: { full_name: 'acme/demo', name: 'demo', owner: { login: 'acme' } },
            head_commit: { id: sha, message: subject, author: { name: 'Octo Cat' } },
            pusher: { name: 'octocat' },
          },
        },
      );
      log(`   exit ${run.code} after ${run.seconds} s: ${run.result.summary ?? '(no result output)'}`);
      return run;
    };

    const fleet = async () => Promise.all((world as World).hosts.map((h) => frontVersion(h.frontUrl)));
    /** Per host: the ids of the web copies that run (a replaced copy is a new container). */
    const webContainers = async () =>
      Promise.all((world as World).hosts.map(async (h) => (await h.docker(['inspect', '-f', '{{.Id}}', 'web0', 'web1'])).stdout.trim()));
    /** The releases whose migration ran on some host (the demo app's migration appends its version to the log first). */
    const migrated = () =>
      (world as World).hosts.flatMap((h) => {
        const file = join(h.root, 'srv/data/migrations.log');
        return existsSync(file)
          ? readFileSync(file, 'utf8')
              .split('\n')
              .map((line) => line.split(' ')[1] ?? '')
          : [];
      });

    // 1. v1 onto empty hosts.
    const v1 = await deploy('v1');
    must(v1.code === 0 && v1.result.status === 'success', 'deploy v1 succeeds');
    must(JSON.stringify(await fleet()) === JSON.stringify(['v1', 'v1']), 'both hosts serve v1 through their haproxy');

    // 2. v2 under load.
    log(
      `\n== load: ${options.connections} connections per host, ${options.rate} req/s per host, at most ${options.requestsPerHost} requests per host`,
    );
    for (const host of world.hosts) {
      loads.push(
        await startLoad({
          url: host.frontUrl,
          connections: options.connections,
          rate: options.rate,
          maxRequests: options.requestsPerHost,
          maxDurationMs: 540_000,
        }),
      );
    }
    const v2 = await deploy('v2');
    must(v2.code === 0 && v2.result.status === 'success', 'deploy v2 under load succeeds');
    must(JSON.stringify(await fleet()) === JSON.stringify(['v2', 'v2']), 'both hosts serve v2');

    // 3. v3: the migration passes, the app never becomes healthy. Refused at the health gate; v2 keeps serving.
    const v3 = await deploy('v3', 'unhealthy');
    const after3 = await fleet();
    unhealthyRefused = [
      check(v3.code !== 0 && v3.result.status === 'failure', 'v3 is refused: the action fails'),
      check(migrated().includes('v3'), "v3's migration ran and passed (the hosts' migration log names v3)"),
      check(
        /health/i.test(`${v3.result.summary ?? ''}\n${v3.summary}`),
        `v3 was refused at the health gate (the outcome says: ${v3.result.summary ?? ''})`,
      ),
      check(
        (v3.result.hosts ?? []).every((h) => h.state !== 'updated'),
        `no host is reported on v3 (${(v3.result.hosts ?? []).map((h) => `${h.hostname} ${h.state}`).join(', ')})`,
      ),
      check(JSON.stringify(after3) === JSON.stringify(['v2', 'v2']), `the site keeps serving v2 (hosts answer ${after3.join(', ')})`),
    ].every(Boolean);

    // 4. v4: the migration fails. Refused before anything is replaced: the same containers keep serving v2.
    const before4 = await webContainers();
    const migrationsBefore = migrated().filter((v) => v === 'v4').length;
    const v4 = await deploy('v4', 'failing-migration');
    const after4 = await fleet();
    failedMigrationRefused = [
      check(v4.code !== 0 && v4.result.status === 'failure', 'v4 is refused: the action fails'),
      check(migrated().filter((v) => v === 'v4').length > migrationsBefore, "v4's migration ran (and failed, as this build's does)"),
      check(
        /migration/i.test(`${v4.result.summary ?? ''}\n${v4.summary}`),
        `the outcome names the failed migration (it says: ${v4.result.summary ?? ''})`,
      ),
      check(
        v4.result.fleet === 'unchanged' && (v4.result.hosts ?? []).every((h) => h.state === 'untouched'),
        `the outcome says nothing was replaced (fleet ${v4.result.fleet ?? '?'}; ${(v4.result.hosts ?? []).map((h) => `${h.hostname} ${h.state}`).join(', ')})`,
      ),
      check(
        JSON.stringify(await webContainers()) === JSON.stringify(before4),
        'and nothing was: every host runs the same web containers as before v4',
      ),
      check(JSON.stringify(after4) === JSON.stringify(['v2', 'v2']), `the site keeps serving v2 (hosts answer ${after4.join(', ')})`),
    ].every(Boolean);

    // 4. Roll back without naming a version: v2 runs, so the previous good one is v1.
    log('\n== rollback (no version given)');
    deploys++;
    const back = await runAction(
      { ...common, command: 'rollback' },
      {
        name: 'workflow_dispatch',
        payload: {
          inputs: { environment: 'production', version: '' },
          ref: 'refs/heads/main',
          repository: { full_name: 'acme/demo' },
          sender: { login: 'octocat' },
        },
      },
    );
    log(`   exit ${back.code} after ${back.seconds} s: ${back.result.summary ?? '(no result output)'}`);
    rolledBackTo = back.outputs.version ?? '';
    check(
      back.code === 0 && back.result.status === 'success' && rolledBackTo === 'v1' && back.result.rolledBackFrom === 'v2',
      `the rollback restores v1 (from v2) without being told the version (got "${rolledBackTo}")`,
    );
    check(JSON.stringify(await fleet()) === JSON.stringify(['v1', 'v1']), 'both hosts serve v1 again');

    reports = await Promise.all(loads.splice(0).map((l) => l.stop()));
    const seen = new Set(reports.flatMap((r) => Object.keys(r.versions)));
    check(
      seen.size > 0 && !seen.has('v3') && !seen.has('v4'),
      `no request was ever answered by the refused v3 or v4 (versions seen: ${[...seen].sort().join(', ')})`,
    );
    const failed = reports.reduce((n, r) => n + r.non2xx + r.errors, 0);
    if (!check(failed === 0, `zero failed requests under load (${reports.reduce((n, r) => n + r.requests, 0)} requests)`)) {
      for (const report of reports) describeFailures(report, steps, log);
    }

    // 5. The records: GitHub Deployments and Rollbar.
    const states = github.deployments.map(
      (d) => `${(d.payload as { kind?: string }).kind} ${(d.payload as { version?: string }).version}: ${d.statuses.at(-1)?.state}`,
    );
    check(
      JSON.stringify(states) ===
        JSON.stringify(['deploy v1: inactive', 'deploy v2: inactive', 'deploy v3: failure', 'deploy v4: failure', 'rollback v1: success']),
      `GitHub Deployments record every run (${states.join('; ')})`,
    );
    const rollbarDeploys = [...rollbar.deploys.values()].map((d) => `${d.environment} ${d.status}`);
    check(
      rollbarDeploys.length === 5 && rollbarDeploys.filter((d) => d.endsWith('failed')).length === 2,
      `Rollbar got one deploy per run, the two refused ones failed (${rollbarDeploys.join('; ')})`,
    );

    const summary = readFileSync(summaryFile, 'utf8');
    return {
      deploys,
      requests: reports.reduce((n, r) => n + r.requests, 0),
      failed_requests: reports.reduce((n, r) => n + r.non2xx + r.errors, 0),
      unhealthy_release_refused: unhealthyRefused,
      failed_migration_refused: failedMigrationRefused,
      rolled_back_to: rolledBackTo,
      problems,
      summary,
    };
  } catch (error) {
    if (!(error instanceof StepFailed))
      problems.push(`the demo stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    else log('  (stopping: the next steps build on this one)');
    if (reports.length === 0 && loads.length > 0)
      reports = await Promise.all(loads.splice(0).map((l) => l.stop().catch(() => undefined))).then((r) =>
        r.filter((x): x is LoadReport => x !== undefined),
      );
    return {
      deploys,
      requests: reports.reduce((n, r) => n + r.requests, 0),
      failed_requests: reports.reduce((n, r) => n + r.non2xx + r.errors, 0),
      unhealthy_release_refused: unhealthyRefused,
      failed_migration_refused: failedMigrationRefused,
      rolled_back_to: rolledBackTo,
      problems,
      summary: '',
    };
  } finally {
    for (const load of loads) await load.stop().catch(() => undefined);
    log('\nTearing the world down ...');
    await github?.stop();
    await rollbar?.stop();
    await aws?.stop();
    await world?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Builds the action bundle from the sources into a temporary directory (scripts/build.mjs), for runs without a fresh dist/. */
export function buildFreshBundle(log: (line: string) => void): string {
  const out = mkdtempSync(join(tmpdir(), 'berth-bundle-'));
  log(`Bundling the sources into ${out} (scripts/build.mjs) ...`);
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/build.mjs'), out], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return join(out, 'index.js');
}

async function main(argv: string[]): Promise<number> {
  // Ctrl-C: let runDemo's finally tear the world down (the world also cleans up on exit).
  const stop = (signal: string) => {
    process.stderr.write(`\n${signal}: stopping the demo; the world is torn down on exit\n`);
    process.exit(130);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  const fresh = argv.includes('--fresh-bundle');
  const quiet = argv.includes('--quiet');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const bundle = fresh ? buildFreshBundle(log) : process.env.BERTH_DEMO_BUNDLE || join(REPO_ROOT, 'dist/index.js');
  const report = await runDemo({
    // The load runs from before v2 until after the rollback; it also stops at these bounds.
    requestsPerHost: Number(process.env.BERTH_DEMO_REQUESTS ?? 60_000),
    rate: Number(process.env.BERTH_DEMO_RATE ?? 80),
    connections: 4,
    bundle,
    log,
    ...(quiet ? {} : { actionLog: (line: string) => process.stderr.write(`   | ${line}\n`) }),
  });
  if (fresh) rmSync(dirname(bundle), { recursive: true, force: true });
  if (report.summary) {
    log('\n================ job summaries (GITHUB_STEP_SUMMARY) ================\n');
    log(report.summary);
  }
  if (report.problems.length > 0) log(`\nThe demo did NOT do everything it claims:\n- ${report.problems.join('\n- ')}`);
  const { problems: _problems, summary: _summary, ...line } = report;
  process.stdout.write(`${JSON.stringify(line)}\n`);
  return report.problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
