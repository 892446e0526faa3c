// Secret changes reach the containers, for real: on a simulated host, rotating an inline secret or the
// value behind a %{ssm:...} reference replaces exactly the copies that use it and rewrites the cron env
// file; an unchanged redeploy writes no Parameter Store version and restarts nothing. Every claim is
// checked on the host (docker inspect, the cron env file) and in the fake's recorded requests.
import { PutParameterCommand } from '@aws-sdk/client-ssm';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opsworksName } from '../../src/stack/placeholders.js';
import { perHostParameter } from '../../src/stack/secrets.js';
import { managedInstanceOf } from '../world/fakes/aws/from-host.js';
import { ssmClient } from '../world/fakes/aws/test-clients.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { startWorld, type World } from '../world/index.js';
import {
  baseInputs,
  deployInWorld,
  removeScratch,
  scratchDir,
  seedParameters,
  WORLD_COMMAND_BYTES,
  writeStackFile,
  type WorldDeploy,
} from './helpers-world.js';

let world: World;
let aws: FakeAws;
let setup: WorldDeploy;
/** What the host script logged (its stderr), every run, in order. */
const hostLogs: string[] = [];
const token = (label: string) => `${label}-${randomBytes(9).toString('hex')}`;
/** The worker's own inline secret (only the worker uses it) and the cron job's (only its env file). */
let workerToken = token('worker');
let cronToken = token('cron');

type Doc = { deploy: { demo: { containers: Record<string, { env?: Record<string, string> }>[] } } };

function definition(doc: Doc, name: string): { env?: Record<string, string> } {
  for (const group of doc.deploy.demo.containers) if (group[name]) return group[name];
  throw new Error(`the example document has no ${name}`);
}

/**
 * The merged document of the first deploy with the two inline secrets set: a deploy of it builds nothing.
 * Placeholders inside them mean what they mean in a plain value: the worker's `%{opsworks}` (so it is
 * staged per host) and `%%`, the cron job's `%%`.
 */
function documentWith(worker: string, cron: string): string {
  const doc = JSON.parse(readFileSync(join(setup.dir, 'out-v1.json'), 'utf8')) as Doc;
  (definition(doc, 'worker').env ??= {})['WORKER_TOKEN'] = `${worker}-%%-%{opsworks}`;
  (definition(doc, 'cron').env ??= {})['CRON_TOKEN'] = `${cron}-100%%`;
  const file = join(setup.dir, `stack-${randomBytes(4).toString('hex')}.json`);
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

/** Redeploys v1 from a document: no build. */
async function redeploy(stackFile: string): Promise<string> {
  const from = hostLogs.length;
  const { result, lines } = await deployInWorld(setup, baseInputs(setup, 'v1', { 'stack-json': stackFile, image: '', 'build-args': '' }));
  expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');
  return [...lines, ...hostLogs.slice(from)].join('\n');
}

interface Running {
  id: string;
  startedAt: string;
  env: string[];
}

/** Every container on the host, by name: id, start time, env (from docker inspect). */
async function running(): Promise<Record<string, Running>> {
  const host = world.hosts[0];
  if (!host) throw new Error('no host');
  const names = (await host.docker(['ps', '--format', '{{.Names}}'])).stdout.split('\n').filter(Boolean);
  const inspected = JSON.parse((await host.docker(['inspect', ...names])).stdout) as {
    Id: string;
    Name: string;
    State: { StartedAt: string };
    Config: { Env: string[] };
  }[];
  return Object.fromEntries(
    inspected.map((c) => [c.Name.replace(/^\//, ''), { id: c.Id, startedAt: c.State.StartedAt, env: c.Config.Env }]),
  );
}

function cronEnv(): string {
  return readFileSync(join(world.hosts[0]?.root ?? '', 'etc/berth/env/demo/cron.env'), 'utf8');
}

const ids = (state: Record<string, Running>) =>
  Object.fromEntries(Object.entries(state).map(([name, c]) => [name, `${c.id} ${c.startedAt}`]));

/** The containers whose id changed between two reads (replaced), by name. */
function replaced(before: Record<string, Running>, after: Record<string, Running>): string[] {
  return Object.keys(after)
    .filter((name) => before[name]?.id !== after[name]?.id)
    .sort();
}

/** What the worker's and the cron job's secrets become on the host. */
const workerValue = (worker: string) => `WORKER_TOKEN=${worker}-%-${opsworksName('World Stack', world.hosts[0]?.hostname ?? '')}`;
const cronValue = (cron: string) => `CRON_TOKEN=${cron}-100%\n`;
const workerParameter = () => perHostParameter('/berth/world/secrets/demo/worker/WORKER_TOKEN', world.hosts[0]?.hostname ?? '');

const putRequests = (from: number) =>
  aws.requests
    .slice(from)
    // The fleet lock's generations (<lock>/<n>) are written on every deploy; only the secrets count here.
    .filter((r) => r.target === 'AmazonSSM.PutParameter' && !/\/lock(\/\d+)?$/.test(String((r.body as { Name?: string }).Name)));

beforeAll(async () => {
  world = await startWorld({ hosts: 1, registry: true });
  const instances = world.hosts.map(managedInstanceOf).map((instance) => ({
    ...instance,
    async run(...args: Parameters<typeof instance.run>) {
      const outcome = await instance.run(...args);
      hostLogs.push(outcome.stderr);
      return outcome;
    },
  }));
  aws = await startFakeAws({ instances, maxParameterBytes: WORLD_COMMAND_BYTES });
  seedParameters(aws, world.exampleParameters());
  const dir = scratchDir();
  setup = { world, aws, dir, stackFile: writeStackFile(dir, world.exampleDocument()) };
  const { result, lines } = await deployInWorld(setup, baseInputs(setup, 'v1'));
  expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');
  // The first deploy with the inline secrets: staged as new parameters, version 1.
  await redeploy(documentWith(workerToken, cronToken));
}, 600_000);

afterAll(async () => {
  await aws?.stop();
  await world?.stop();
  removeScratch(setup?.dir);
});

describe('secret changes reach the containers, in the local world', () => {
  it('an unchanged redeploy writes no Parameter Store version and restarts nothing', async () => {
    const before = await running();
    const cronBefore = cronEnv();
    const from = aws.requests.length;
    await redeploy(documentWith(workerToken, cronToken));
    expect(putRequests(from).map((r) => (r.body as { Name?: string }).Name)).toEqual([]);
    expect(aws.parameters.get(workerParameter())?.version).toBe(1);
    expect(aws.parameters.get('/berth/world/secrets/demo/cron/CRON_TOKEN')?.version).toBe(1);
    expect(ids(await running())).toEqual(ids(before));
    expect(cronEnv()).toBe(cronBefore);
  }, 600_000);

  it('rotating inline secrets replaces exactly the copies that use them and rewrites the cron env file', async () => {
    const before = await running();
    expect(before['worker0']?.env).toContain(workerValue(workerToken));
    expect(cronEnv()).toContain(cronValue(cronToken));
    workerToken = token('worker-rotated');
    cronToken = token('cron-rotated');
    const from = aws.requests.length;
    const log = await redeploy(documentWith(workerToken, cronToken));
    // Exactly the two rotated secrets were written, once each.
    expect(
      putRequests(from)
        .map((r) => (r.body as { Name?: string }).Name)
        .sort(),
    ).toEqual(['/berth/world/secrets/demo/cron/CRON_TOKEN', workerParameter()]);
    const after = await running();
    expect(replaced(before, after)).toEqual(['worker0']);
    expect(after['worker0']?.env).toContain(workerValue(workerToken));
    expect(cronEnv()).toContain(cronValue(cronToken));
    // The host says why: the version change, never the value.
    expect(log).toContain('replacing worker0: secret WORKER_TOKEN changed (version 1 -> 2)');
    expect(log).not.toContain(workerToken);
    expect(log).not.toContain(cronToken);
  }, 600_000);

  it('rotating the value behind a %{ssm:...} reference replaces the copies that use it and rewrites the cron env file', async () => {
    const before = await running();
    const cronBefore = cronEnv();
    const rotated = token('secret-key-base');
    await ssmClient(aws.endpoint).send(
      new PutParameterCommand({ Name: '/berth-example/secret-key-base', Value: rotated, Type: 'SecureString', Overwrite: true }),
    );
    const log = await redeploy(documentWith(workerToken, cronToken));
    expect(log).toContain('replacing web0: secret SECRET_KEY_BASE changed (version 1 -> 2)');
    expect(log).not.toContain(rotated);
    const after = await running();
    // web and worker (env_from web) use SECRET_KEY_BASE; haproxy and logs do not.
    expect(replaced(before, after)).toEqual(['web0', 'web1', 'worker0']);
    for (const name of ['web0', 'web1', 'worker0']) expect(after[name]?.env, name).toContain(`SECRET_KEY_BASE=${rotated}`);
    expect(cronEnv()).not.toBe(cronBefore);
    expect(cronEnv()).toContain(`SECRET_KEY_BASE=${rotated}\n`);
  }, 600_000);
});
