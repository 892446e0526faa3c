// One Docker engine per simulated host: own data-root, exec-root, socket and pidfile, loopback only.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync, writeFileSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { sleep } from './proc.js';

export interface Engine {
  /** unix:///.../d.sock */
  dockerHost: string;
  socketPath: string;
  pid: number;
}

/** The Debian 20.10 client: its legacy builder works without buildx (the docker 28 client on PATH has none). */
export const DOCKER_CLIENT = '/usr/bin/docker';

function ping(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.request({ socketPath, path: '/_ping', method: 'GET', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

/** Starts dockerd with all its state under dir (keep dir short: the exec-root holds unix sockets). */
export async function startEngine(dir: string, timeoutMs = 30_000): Promise<Engine> {
  mkdirSync(dir, { recursive: true });
  const socketPath = join(dir, 'd.sock');
  const configFile = join(dir, 'daemon.json');
  // An own (empty) config file: the machine's /etc/docker/daemon.json must not leak into the world.
  writeFileSync(configFile, '{}\n');
  const log = openSync(join(dir, 'dockerd.log'), 'a');
  const child = spawn(
    'dockerd',
    [
      '--config-file',
      configFile,
      '--data-root',
      join(dir, 'data'),
      '--exec-root',
      join(dir, 'x'),
      '-H',
      `unix://${socketPath}`,
      '--pidfile',
      join(dir, 'dockerd.pid'),
      '--iptables=false',
      '--ip-forward=false',
      '--ip-masq=false',
      '--bridge=none',
      '--log-level=warn',
      '--shutdown-timeout=2',
    ],
    { detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  child.unref();
  let exited: string | undefined;
  child.on('exit', (code, signal) => {
    exited = `dockerd exited (code ${code ?? '-'}, signal ${signal ?? '-'})`;
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('dockerd did not start: is docker.io installed? (scripts/setup.sh)');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== undefined) break;
    if (await ping(socketPath)) return { dockerHost: `unix://${socketPath}`, socketPath, pid };
    await sleep(100);
  }
  let tail = '';
  try {
    tail = readFileSync(join(dir, 'dockerd.log'), 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    // no log
  }
  throw new Error(`${exited ?? 'dockerd did not answer in time'} for ${dir}; last log lines:\n${tail}`);
}
