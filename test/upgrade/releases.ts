// The two releases the upgrade test runs against the same world: the previous one (the unpacked
// action bundle) and the code under test (the sources). Each run is its own node process, started
// like a GitHub Actions step: INPUT_* variables, a workspace, GITHUB_SHA, output files.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOutputFile } from '../../scripts/demo.js';
import { DUMMY_CREDENTIALS } from '../world/fakes/aws/test-clients.js';
import { REPO_ROOT } from '../world/images.js';
import { run } from '../world/proc.js';
import type { World } from '../world/index.js';

/** Action inputs by name (kebab-case, as in action.yml). */
export type Inputs = Partial<Record<string, string>>;

export interface StepRun {
  code: number;
  /** stdout and stderr together: the step's log. */
  log: string;
  outputs: Record<string, string>;
  /** The `result` output (status, version, fleet, summary, ...), {} when the step wrote none. */
  result: Record<string, unknown>;
}

export interface Runner {
  /** The repository checkout the step runs in (GITHUB_WORKSPACE). */
  workspace: string;
  /** The commit checked out (GITHUB_SHA). */
  sha: string;
  world: World;
  /** The world's simulated hosts share this machine: what each needs besides the inputs. */
  commandBytes: number;
}

export type Release = (inputs: Inputs, runner: Runner) => Promise<StepRun>;

/** What the simulated hosts need and real ones do not, the way the previous release reads it. */
function simulatedHostEnv(runner: Runner): Record<string, string> {
  return {
    BERTH_HOST_ROOTS: JSON.stringify(Object.fromEntries(runner.world.hosts.map((h) => [h.instanceId, h.root]))),
    BERTH_DATA_VOLUME_IMAGE: `${runner.world.registry?.host ?? ''}/acme/busybox:1`,
    BERTH_MAX_COMMAND_BYTES: String(runner.commandBytes),
  };
}

/** The step's log as the runner would show it: `::add-mask::` lines carry the secrets themselves. */
function withoutMasks(log: string): string {
  return log
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** One action step: `node ...nodeArgs` with the inputs as INPUT_* variables, the way the runner starts it. */
async function runStep(
  nodeArgs: string[],
  cwd: string,
  inputs: Inputs,
  runner: Runner,
  extraEnv: Record<string, string>,
): Promise<StepRun> {
  const temp = mkdtempSync(join(runner.workspace, '..', 'runner-'));
  const files = { GITHUB_OUTPUT: join(temp, 'output'), GITHUB_STATE: join(temp, 'state'), GITHUB_STEP_SUMMARY: join(temp, 'summary') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  mkdirSync(join(temp, 'home'));
  const builder = await runner.world.builder();
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: join(temp, 'home'),
    RUNNER_TEMP: temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: runner.workspace,
    GITHUB_SHA: runner.sha,
    GITHUB_ACTOR: 'upgrade-test',
    ...files,
    AWS_ACCESS_KEY_ID: DUMMY_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: DUMMY_CREDENTIALS.secretAccessKey,
    AWS_EC2_METADATA_DISABLED: 'true',
    NODE_NO_WARNINGS: '1',
    // The runner's docker is the world's builder engine.
    DOCKER_HOST: builder.dockerHost,
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) if (value !== undefined) env[`INPUT_${name.toUpperCase()}`] = value;
  const done = await run([process.execPath, ...nodeArgs], { cwd, env, timeoutMs: 12 * 60_000 });
  const outputs = parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8'));
  let result: Record<string, unknown> = {};
  try {
    result = JSON.parse(outputs['result'] ?? '{}') as Record<string, unknown>;
  } catch {
    result = {};
  }
  return { code: done.code, log: withoutMasks(`${done.stdout}${done.stderr}`), outputs, result };
}

/** The previous release: its action bundle, reading the simulated hosts' settings from BERTH_* variables. */
export function previousRelease(entry: string): Release {
  return (inputs, runner) => runStep([entry], runner.workspace, inputs, runner, simulatedHostEnv(runner));
}

/**
 * The code under test, from the sources (so the test follows whatever the code becomes). The one
 * place to adapt when the way berth is started or told about simulated hosts changes:
 * - today it runs the action's entry (src/index.ts), because today's CLI `deploy`/`rollback` cannot
 *   address simulated hosts (their roots come only from BERTH_HOST_ROOTS, which only the action reads);
 * - once the world's fake SSM gives each command its host's root (BERTH_HOST_ROOT), the CLI works
 *   too: `node --import tsx src/cli/index.ts <command> --<input> <value> ...` (every input is a
 *   flag of the same name), with `--data-volume-image` and `--max-command-bytes` in place of the
 *   BERTH_* variables below.
 * tsx resolves from the repository, so the process starts there; the workspace comes from GITHUB_WORKSPACE.
 */
export const currentCode: Release = (inputs, runner) =>
  runStep(['--import', 'tsx', join(REPO_ROOT, 'src/index.ts')], REPO_ROOT, inputs, runner, simulatedHostEnv(runner));
