// Cold start of the bundled action validating the seed document, next to a bare `node -e ''`, in
// one run: both are started as fresh processes, alternately, several times; medians are compared.
// Then the same for a 1 MB document (the seed's app repeated under new names): it should take about a second.
// The bundle is built fresh into a temporary directory (so the numbers are for the current sources);
// `--dist DIR` measures an existing bundle instead (e.g. `--dist dist`).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const RUNS = 11;
const LARGE_RUNS = 5;
const LARGE_BYTES = 1_000_000;
const SEED = resolve('test/cli/fixtures/stack-seed.json');

/**
 * A valid document of about `bytes`: the seed's app copied under new app, definition and data-volume
 * names (`app_7_`, so no copy name of one meets another's), references renamed along.
 */
export function largeDocument(seedText: string, bytes: number): string {
  const seed = JSON.parse(seedText) as { deploy: Record<string, unknown> };
  const app = JSON.stringify(Object.values(seed.deploy)[0]);
  const build = (count: number) => {
    const deploy: Record<string, unknown> = {};
    for (let i = 0; i < count; i++) {
      const renamed = app
        .replace(/"(socks|static)"/g, (_, name: string) => `"${name}_${i}_"`)
        .replace(/"(app|cron|sidekiq|haproxy|nginx|logspout)":\{"deploy"/g, (_, name: string) => `"${name}_${i}_":{"deploy"`)
        .replace(/"env_from":"app"/g, `"env_from":"app_${i}_"`);
      deploy[`amazing application ${i}`] = JSON.parse(renamed) as unknown;
    }
    return JSON.stringify({ ...seed, logrotate: { forwarder: 'logspout_0_0' }, deploy }, null, 2);
  };
  const one = build(1).length;
  const perApp = build(2).length - one;
  return build(1 + Math.ceil((bytes - one) / perApp));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function timed(args: string[], env: NodeJS.ProcessEnv, cwd: string): { ms: number; status: number | null; stdout: string } {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { env, cwd, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: child.status, stdout: child.stdout + child.stderr };
}

export default function bench(args: string[]): void {
  const distFlag = args.indexOf('--dist');
  const work = mkdtempSync(join(tmpdir(), 'berth-bench-'));
  try {
    let dist: string;
    if (distFlag >= 0 && args[distFlag + 1]) {
      dist = resolve(args[distFlag + 1] as string);
    } else {
      dist = join(work, 'dist');
      execFileSync(process.execPath, ['scripts/build.mjs', dist], { stdio: 'inherit' });
    }
    const seed = join(work, 'stack.json');
    copyFileSync(SEED, seed);
    const summary = join(work, 'summary.md');
    const output = join(work, 'output.txt');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      INPUT_COMMAND: 'validate',
      'INPUT_STACK-JSON': 'stack.json',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: work,
    };
    const action = join(dist, 'index.js');

    // One warm-up each (file system cache), then alternate so both see the same machine load.
    const first = timed([action], env, work);
    if (first.status !== 0) throw new Error(`the bundled action failed validating the seed (exit ${first.status}):\n${first.stdout}`);
    const large = largeDocument(readFileSync(SEED, 'utf8'), LARGE_BYTES);
    writeFileSync(join(work, 'large.json'), large);
    const largeEnv: NodeJS.ProcessEnv = { ...env, 'INPUT_STACK-JSON': 'large.json' };
    timed(['-e', ''], env, work);
    const validateMs: number[] = [];
    const nodeMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = timed([action], env, work);
      if (run.status !== 0) throw new Error(`run ${i} failed (exit ${run.status})`);
      validateMs.push(run.ms);
      nodeMs.push(timed(['-e', ''], env, work).ms);
    }
    // @actions/core writes outputs as `name<<delimiter` lines; the seed must give errors 0.
    const outputs = readFileSync(output, 'utf8');
    if (!/^errors<<(\S+)\n0\n\1$/m.test(outputs)) throw new Error(`the seed did not validate clean:\n${outputs}`);
    const largeMs: number[] = [];
    for (let i = 0; i < LARGE_RUNS; i++) {
      writeFileSync(output, '');
      const run = timed([action], largeEnv, work);
      if (run.status !== 0) throw new Error(`the 1 MB document failed (exit ${run.status}):\n${run.stdout.slice(0, 2000)}`);
      largeMs.push(run.ms);
    }
    if (!/^errors<<(\S+)\n0\n\1$/m.test(readFileSync(output, 'utf8'))) throw new Error('the 1 MB document did not validate clean');

    const row = (label: string, values: number[]) =>
      `| ${label.padEnd(28)} | ${median(values).toFixed(1).padStart(9)} | ${Math.min(...values)
        .toFixed(1)
        .padStart(8)} | ${Math.max(...values)
        .toFixed(1)
        .padStart(8)} |`;
    console.log(`cold start, ${RUNS} runs each (${LARGE_RUNS} for the 1 MB document), ms, bundle ${action}`);
    console.log('| process                      | median ms |   min ms |   max ms |');
    console.log('|------------------------------|-----------|----------|----------|');
    console.log(row('berth validate (seed)', validateMs));
    console.log(row("node -e ''", nodeMs));
    console.log(row(`berth validate (${(Buffer.byteLength(large) / 1e6).toFixed(2)} MB)`, largeMs));
    console.log(
      JSON.stringify({
        validate_ms: Math.round(median(validateMs)),
        node_ms: Math.round(median(nodeMs)),
        validate_1mb_ms: Math.round(median(largeMs)),
      }),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
