// A GitHub Actions job with a cancel, as the runner drives it: the action's main step (src/index.ts)
// as its own node process with INPUT_* variables and the runner's files, a SIGINT to it (GitHub's
// cancel), then the post step (src/post.ts) with the state the main step saved (STATE_* variables).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOutputFile } from '../../scripts/demo.js';
import { DUMMY_CREDENTIALS } from '../world/fakes/aws/test-clients.js';
import type { SimHost } from '../world/index.js';
import { REPO_ROOT } from '../world/images.js';

export interface StepEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** stdout and stderr together. */
  log: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunningStep {
  pid: number;
  done: Promise<StepEnd>;
}

export interface CliEnd {
  code: number | null;
  stdout: string;
  /** stdout and stderr together. */
  log: string;
}

/** `berth <argv>` from the sources, in the job's environment. */
export function startCli(job: Job, argv: string[]): { pid: number; done: Promise<CliEnd> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/index.ts'), ...argv], {
    cwd: REPO_ROOT,
    env: job.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let log = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    log += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  const killer = setTimeout(() => child.kill('SIGKILL'), 10 * 60_000);
  const done = new Promise<CliEnd>((resolve) => {
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, log });
    });
  });
  if (child.pid === undefined) throw new Error('berth did not start');
  return { pid: child.pid, done };
}

export interface Job {
  /** RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY of this job. */
  temp: string;
  env: Record<string, string>;
}

/** A job's runner environment: its own temp dir and files, the inputs as INPUT_* variables. */
export function newJob(parent: string, inputs: Partial<Record<string, string>>, extra: Record<string, string>): Job {
  const temp = mkdtempSync(join(parent, 'job-'));
  mkdirSync(join(temp, 'home'));
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: join(temp, 'home'),
    RUNNER_TEMP: temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_STATE: join(temp, 'state'),
    AWS_ACCESS_KEY_ID: DUMMY_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: DUMMY_CREDENTIALS.secretAccessKey,
    AWS_EC2_METADATA_DISABLED: 'true',
    NODE_NO_WARNINGS: '1',
    ...extra,
  };
  writeFileSync(env['GITHUB_STATE'] as string, '');
  for (const [name, value] of Object.entries(inputs)) if (value !== undefined) env[`INPUT_${name.toUpperCase()}`] = value;
  return { temp, env };
}

/**
 * Starts one step of the job (`main` = src/index.ts, `post` = src/post.ts), each with its own output and
 * summary files. With `bundleDir`, the built action (`node BUNDLE/index.js`, as the runner runs action.yml's
 * `runs.main`) instead of the sources through tsx.
 */
export function startStep(job: Job, step: 'main' | 'post', options: { bundleDir?: string } = {}): RunningStep {
  const files = { GITHUB_OUTPUT: join(job.temp, `${step}-output`), GITHUB_STEP_SUMMARY: join(job.temp, `${step}-summary`) };
  for (const file of Object.values(files)) writeFileSync(file, '');
  // The post step gets what the main step saved as STATE_<name>, as the runner passes it.
  const state =
    step === 'post'
      ? Object.fromEntries(
          Object.entries(parseOutputFile(readFileSync(job.env['GITHUB_STATE'] as string, 'utf8'))).map(([k, v]) => [`STATE_${k}`, v]),
        )
      : {};
  const entry =
    options.bundleDir !== undefined
      ? [join(options.bundleDir, step === 'main' ? 'index.js' : 'post.js')]
      : ['--import', 'tsx', join(REPO_ROOT, step === 'main' ? 'src/index.ts' : 'src/post.ts')];
  const child = spawn(process.execPath, entry, {
    cwd: REPO_ROOT,
    env: { ...job.env, ...files, ...state },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  const killer = setTimeout(() => child.kill('SIGKILL'), 10 * 60_000);
  const done = new Promise<StepEnd>((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      resolve({
        code,
        signal,
        log: log
          .split('\n')
          .filter((line) => !line.startsWith('::add-mask::'))
          .join('\n'),
        outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      });
    });
  });
  if (child.pid === undefined) throw new Error('the step did not start');
  return { pid: child.pid, done };
}

/** Resolves once `check` holds, polling every 100 ms; rejects after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A host's containers of one app as docker inspect sees them, in name order: name, image id, running,
 * env (sorted: the engine keeps no order), command and entrypoint.
 */
export async function containersOf(host: SimHost, app: string): Promise<string[]> {
  const names = (await host.docker(['ps', '-a', '--filter', `label=berth.app=${app}`, '--format', '{{.Names}}'])).stdout
    .trim()
    .split('\n')
    .filter((n) => n !== '');
  const format = '{{.Name}}\t{{.Image}}\t{{.State.Running}}\t{{json .Config.Env}}\t{{json .Config.Cmd}}\t{{json .Config.Entrypoint}}';
  const inspected = await host.docker(['inspect', '-f', format, ...names]);
  return inspected.stdout
    .trim()
    .split('\n')
    .map((line) => {
      const [name, image, running, env, cmd, entrypoint] = line.split('\t');
      const sortedEnv = ((JSON.parse(env ?? 'null') as string[] | null) ?? []).sort();
      return [name, image, running, JSON.stringify(sortedEnv), cmd, entrypoint].join(' ');
    })
    .sort();
}

/** The host's recorded plans of one app (file names, oldest first) and the text of each. */
export function recordedPlans(host: SimHost, app: string): { name: string; text: string }[] {
  const dir = join(host.root, 'var/lib/berth/plans', app);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.plan'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** The deploy id the host's state file of one app names (the last rollout that succeeded there). */
export function stateDeployId(host: SimHost, app: string): string {
  return (JSON.parse(readFileSync(join(host.root, 'var/lib/berth', `${app}.state`), 'utf8')) as { deployId: string }).deployId;
}
