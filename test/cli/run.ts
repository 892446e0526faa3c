// Runs the CLI or the action as its own process, the way a user or the runner would: real argv,
// environment, exit status, stdout and stderr. The sources are bundled once per test file with
// esbuild (what tsx uses) into node_modules/.cache, so packages resolve and each run starts fast.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface Bundles {
  cli: string;
  action: string;
  remove(): void;
}

export async function bundleEntries(): Promise<Bundles> {
  const cache = join(repoRoot, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outdir = mkdtempSync(join(cache, 'berth-test-'));
  await build({
    entryPoints: { cli: join(repoRoot, 'src/cli/index.ts'), action: join(repoRoot, 'src/index.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  });
  return {
    cli: join(outdir, 'cli.mjs'),
    action: join(outdir, 'action.mjs'),
    remove: () => rmSync(outdir, { recursive: true, force: true }),
  };
}

export function runNode(
  script: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: process.env['HOME'] ?? '/tmp', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
