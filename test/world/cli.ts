// Brings the local world up and down by hand: `npm run world -- up [--hosts N] [--no-registry]`,
// `npm run world -- status [--json]`, `npm run world -- down`.
// `up` leaves a small background process holding the world (its metadata endpoints and registry
// front live there) and records it in .world/state.json; `down` stops it.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './images.js';
import { run, sleep } from './proc.js';
import { startWorld } from './index.js';

// BERTH_WORLD_STATE_DIR lets a test (or a second world by hand) keep its own state.
const STATE_DIR = process.env.BERTH_WORLD_STATE_DIR ?? join(REPO_ROOT, '.world');
const STATE_FILE = join(STATE_DIR, 'state.json');
const LOG_FILE = join(STATE_DIR, 'world.log');

interface WorldState {
  pid: number;
  dir: string;
  startedAt: string;
  hosts: {
    hostname: string;
    instanceId: string;
    address: string;
    root: string;
    dockerHost: string;
    imdsUrl: string;
    frontUrl: string;
    env: Record<string, string>;
  }[];
  registry?: { host: string; username: string; password: string };
  exampleParameters: Record<string, string>;
}

function readState(): WorldState | undefined {
  if (!existsSync(STATE_FILE)) return undefined;
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as WorldState;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** The background process: starts the world, records it, stops it on SIGTERM/SIGINT. */
async function hold(args: string[]): Promise<void> {
  const hosts = Number(option(args, '--hosts') ?? '2');
  const world = await startWorld({ hosts, registry: !args.includes('--no-registry') });
  const state: WorldState = {
    pid: process.pid,
    dir: world.dir,
    startedAt: new Date().toISOString(),
    hosts: world.hosts.map((h) => ({
      hostname: h.hostname,
      instanceId: h.instanceId,
      address: h.address,
      root: h.root,
      dockerHost: h.dockerHost,
      imdsUrl: h.imdsUrl,
      frontUrl: h.frontUrl,
      env: h.env,
    })),
    ...(world.registry
      ? { registry: { host: world.registry.host, username: world.registry.robot.username, password: world.registry.robot.password } }
      : {}),
    exampleParameters: world.exampleParameters(),
  };
  mkdirSync(STATE_DIR, { recursive: true });
  // The robot password and example secrets are in it: readable by the owner only.
  writeFileSync(STATE_FILE, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  writeFileSync(join(STATE_DIR, 'stack.json'), world.exampleDocument());
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    world.stop().finally(() => {
      rmSync(STATE_FILE, { force: true });
      process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  setInterval(() => undefined, 60_000);
}

async function up(args: string[]): Promise<void> {
  const existing = readState();
  if (existing && alive(existing.pid)) {
    console.error(`a world is already up (pid ${existing.pid}, ${existing.dir}); run \`npm run world -- down\` first`);
    process.exitCode = 1;
    return;
  }
  rmSync(STATE_FILE, { force: true });
  mkdirSync(STATE_DIR, { recursive: true });
  const log = openSync(LOG_FILE, 'w');
  const child = spawn(process.execPath, [...process.execArgv, join(REPO_ROOT, 'test/world/cli.ts'), 'hold', ...args], {
    detached: true,
    stdio: ['ignore', log, log],
    cwd: REPO_ROOT,
  });
  closeSync(log);
  child.unref();
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (readState()?.pid === child.pid) {
      status([]);
      return;
    }
    if (child.exitCode !== null || (child.pid !== undefined && !alive(child.pid))) break;
    await sleep(200);
  }
  console.error(`the world did not come up; see ${LOG_FILE}:\n${readFileSync(LOG_FILE, 'utf8').slice(-3000)}`);
  process.exitCode = 1;
}

function status(args: string[]): void {
  const state = readState();
  if (!state || !alive(state.pid)) {
    if (args.includes('--json')) console.log(JSON.stringify({ up: false }));
    else console.log('no world is up (npm run world -- up)');
    return;
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify({ up: true, ...state }, null, 2));
    return;
  }
  console.log(`world up since ${state.startedAt} (pid ${state.pid}), state in ${state.dir}`);
  for (const h of state.hosts) {
    console.log(
      `  ${h.hostname} ${h.instanceId} ${h.address}  DOCKER_HOST=${h.dockerHost}  root=${h.root}  imds=${h.imdsUrl}  front=${h.frontUrl}`,
    );
  }
  if (state.registry) {
    console.log(`  registry ${state.registry.host} (robot ${state.registry.username}; password in ${STATE_FILE})`);
  }
  console.log(`  example document: ${join(STATE_DIR, 'stack.json')}`);
  console.log(`  a host's shell: eval "$(npm run -s world -- env docker1)"`);
}

function env(args: string[]): void {
  const state = readState();
  const host = state?.hosts.find((h) => h.hostname === (args[0] ?? 'docker1'));
  if (!state || !host) {
    console.error(`no such host (is the world up? hosts: ${state?.hosts.map((h) => h.hostname).join(', ') ?? 'none'})`);
    process.exitCode = 1;
    return;
  }
  // Only what points tools at the host; the caller's own HOME, PATH and locale stay.
  const keep = Object.entries(host.env).filter(([key]) => !['HOME', 'PATH', 'LANG', 'HOSTNAME'].includes(key));
  for (const [key, value] of keep) console.log(`export ${key}='${value.replace(/'/g, `'\\''`)}'`);
}

async function down(): Promise<void> {
  const state = readState();
  if (!state) {
    console.log('no world is up');
    return;
  }
  if (alive(state.pid)) {
    process.kill(state.pid, 'SIGTERM');
    const deadline = Date.now() + 120_000;
    while (alive(state.pid) && Date.now() < deadline) await sleep(200);
  }
  // Whatever the holder could not stop (it was killed, or timed out).
  if (existsSync(state.dir)) await run(['bash', join(REPO_ROOT, 'test/world/teardown.sh'), state.dir], { timeoutMs: 120_000 });
  rmSync(STATE_FILE, { force: true });
  console.log(`world ${state.dir} is down`);
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case 'up':
    await up(rest);
    break;
  case 'hold':
    await hold(rest);
    break;
  case 'status':
    status(rest);
    break;
  case 'env':
    env(rest);
    break;
  case 'down':
    await down();
    break;
  default:
    console.error('usage: npm run world -- up [--hosts N] [--no-registry] | status [--json] | env [HOSTNAME] | down');
    process.exitCode = 2;
}
