// The deploy's first command: the host script's preflight with a plan (root and apps), joined as SSM runs
// it, against stub tools. Besides the prerequisites it answers the plan's apps' containers (hash, image,
// health), and the durations its apps' state files recorded for the last run.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyPlan } from '../../src/deploy/host-history.js';
import { buildHostCommands, parseHostResult } from '../../src/host/command.js';
import { encodeHostPlan } from '../../src/stack/host-plan.js';

const work = mkdtempSync(join(tmpdir(), 'berth-preflight-reads-'));
const bin = join(work, 'bin');
const socket = join(work, 'docker.sock');
mkdirSync(bin);
// docker: a version, and a container listing (the status mode's format: it asks for berth.hash).
writeFileSync(
  join(bin, 'docker'),
  `#!/bin/bash
case $1 in
  version) echo 27.0.0 ;;
  ps) printf '%s\\n' \\
    'shop-web-0|aaa|Up 5 minutes (healthy)|reg/acme/web:v1|shop|web|0|h1|v1|d-1|' \\
    'shop-web-1|bbb|Exited (1) 2 minutes ago|reg/acme/web:v1|shop|web|1|h1|v1|d-1|' \\
    'other-app-0|ccc|Up 1 minute|reg/acme/other:v9|other|app|0|h9|v9|d-9|' \\
    'shop-migrate|ddd|Exited (0)|reg/acme/web:v1|shop|web||||d-1|migration' ;;
  *) exit 1 ;;
esac
`,
);
for (const tool of ['socat', 'aws', 'flock']) writeFileSync(join(bin, tool), '#!/bin/bash\nexit 0\n');
for (const tool of ['docker', 'socat', 'aws', 'flock']) chmodSync(join(bin, tool), 0o755);
let engine: Server;
beforeAll(async () => {
  engine = createServer();
  await new Promise<void>((resolve) => engine.listen(socket, resolve));
});
afterAll(() => {
  engine.close();
  rmSync(work, { recursive: true, force: true });
});

const host = { instanceId: 'i-0123456789abcdef0', hostname: 'docker1', publicIp: '' };
const read = { apps: ['shop'], hostRoot: '/', environment: 'test', actor: 't', region: 'us-east-1', deadline: 0 };

describe('host mode preflight with a plan', () => {
  it("lists the plan's apps' containers and the last run's durations", () => {
    const root = join(work, 'root');
    mkdirSync(join(root, 'var/lib/berth'), { recursive: true });
    writeFileSync(
      join(root, 'var/lib/berth/shop.state'),
      '{"deployId":"d-1","release":"v1","at":"2026-12-04T10:00:00Z","app":"shop","copies":[{"name":"shop-web-0","startToHealthy":2.5},{"name":"shop-web-1","startToHealthy":3.1},{"name":"shop-cron","action":"unchanged"}],"migrationSeconds":4.2,"overheadSeconds":1.3}\n',
    );
    const commands = buildHostCommands('preflight', encodeHostPlan({ ...historyPlan(host, read, 'now'), deployId: 'd-2' }), {
      maxBytes: 1_000_000,
    });
    const out = spawnSync('bash', ['-c', commands.join('\n')], {
      env: {
        PATH: `${bin}:/usr/bin:/bin`,
        BERTH_HOST_ROOT: root,
        DOCKER_HOST: `unix://${socket}`,
        BERTH_IMDS_URL: 'http://127.0.0.1:9',
        LANG: 'C.UTF-8',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const result = parseHostResult(out.stdout);
    expect(result?.ok, `${out.stdout}\n${out.stderr}`).toBe(true);
    expect(result?.facts?.missing).toEqual([]);
    expect(result?.preflight).toEqual({
      listed: true,
      // Only the plan's apps; a migration's container is not a copy.
      containers: [
        { name: 'shop-web-0', app: 'shop', definition: 'web', image: 'reg/acme/web:v1', running: true, health: 'healthy', hash: 'h1' },
        { name: 'shop-web-1', app: 'shop', definition: 'web', image: 'reg/acme/web:v1', running: false, health: 'stopped', hash: 'h1' },
      ],
      lastRun: { startToHealthy: [2.5, 3.1], migrationSeconds: 4.2, overheadSeconds: 1.3 },
    });
    // No plan recorded yet: an empty history, not none.
    expect(result?.history).toEqual([]);
  });
});
