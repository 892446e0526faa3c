// `npm run world -- up|status|env|down`: a world brought up by hand stays up between commands and goes away on down.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './images.js';
import { run } from './proc.js';

const stateDir = mkdtempSync(join(tmpdir(), 'berth-world-cli-'));
const env = { ...(process.env as Record<string, string>), BERTH_WORLD_STATE_DIR: stateDir };
const cli = (...args: string[]): ReturnType<typeof run> =>
  run([process.execPath, '--import', 'tsx', join(REPO_ROOT, 'test/world/cli.ts'), ...args], { env, cwd: REPO_ROOT, timeoutMs: 240_000 });

afterAll(async () => {
  await cli('down');
  rmSync(stateDir, { recursive: true, force: true });
});

describe('world CLI', () => {
  it('brings a world up, reports it, points docker at a host, and brings it down', async () => {
    const up = await cli('up', '--hosts', '1', '--no-registry');
    expect(up.code, up.stderr).toBe(0);
    expect(up.stdout).toMatch(/docker1 i-0[0-9a-f]{16} 127\./);

    const status = await cli('status', '--json');
    const state = JSON.parse(status.stdout) as { up: boolean; dir: string; hosts: { dockerHost: string }[] };
    expect(state.up).toBe(true);
    expect(state.hosts).toHaveLength(1);
    expect(existsSync(state.dir)).toBe(true);

    const exports = await cli('env', 'docker1');
    expect(exports.stdout).toContain(`export DOCKER_HOST='${state.hosts[0]!.dockerHost}'`);
    expect(exports.stdout).not.toContain('export HOME=');
    const info = await run([
      'bash',
      '-c',
      `${exports.stdout}\n/usr/bin/docker info --format '{{.Name}}' >/dev/null && docker image ls --format '{{.Repository}}'`,
    ]);
    expect(info.code, info.stderr).toBe(0);
    expect(info.stdout).toContain('local/busybox');

    const again = await cli('up');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already up');

    const down = await cli('down');
    expect(down.code, down.stderr).toBe(0);
    expect(existsSync(state.dir)).toBe(false);
    expect(JSON.parse((await cli('status', '--json')).stdout)).toEqual({ up: false });
  });
});
