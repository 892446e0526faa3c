// Values that hold credentials, on a real host: a URL with user:password@ and a copy of another key's
// secret, in plain env keys, reach the container (docker inspect) through Parameter Store and appear
// in no SendCommand, no host process's arguments while the containers start, no file the host keeps,
// no log line, no summary and no output. Then a merged document that names a tag twice is refused before any host is touched.
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/app/summary.js';
import {
  baseInputs,
  deployInWorld,
  removeScratch,
  scratchDir,
  seedParameters,
  webRuns,
  WORLD_COMMAND_BYTES,
  writeStackFile,
  type WorldDeploy,
} from '../deploy/helpers-world.js';
import { managedInstanceOf } from '../world/fakes/aws/from-host.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { startWorld, type World } from '../world/index.js';
import { filesUnder, sampleProcessArguments, sendCommandTexts } from './secret-places.js';

let world: World;
let aws: FakeAws;
let setup: WorldDeploy;
const password = `hunter2pass${randomBytes(6).toString('hex')}`;
const databaseUrl = `postgres://u:${password}@db/x`;
const apiToken = `tok-${randomBytes(10).toString('hex')}`;

beforeAll(async () => {
  world = await startWorld({ hosts: 1, registry: true });
  aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES });
  seedParameters(aws, world.exampleParameters());
  const dir = scratchDir();
  const document = JSON.parse(world.exampleDocument()) as { deploy: { demo: { containers: { web?: { env: Record<string, string> } }[] } } };
  const web = document.deploy.demo.containers[0]?.web;
  if (!web) throw new Error('the example document changed: no web definition first');
  web.env['API_TOKEN'] = apiToken;
  web.env['DATABASE_URL'] = databaseUrl;
  web.env['UPSTREAM_AUTH'] = apiToken;
  setup = { world, aws, dir, stackFile: writeStackFile(dir, JSON.stringify(document, null, 2)) };
});

afterAll(async () => {
  await aws?.stop();
  await world?.stop();
  removeScratch(setup?.dir);
});

describe('values that hold credentials', () => {
  it('stages them: the container gets them, no command, process argument, host file, log, summary or output holds them', async () => {
    const sampler = sampleProcessArguments();
    const { result, lines } = await deployInWorld(setup, baseInputs(setup, 'v1'));
    const argv = sampler.stop();
    expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');

    // They reached the container, from Parameter Store.
    const env = await world.hosts[0]?.docker(['inspect', '-f', '{{range .Config.Env}}{{println .}}{{end}}', 'web0']);
    expect(env?.stdout.split('\n')).toEqual(expect.arrayContaining([`DATABASE_URL=${databaseUrl}`, `UPSTREAM_AUTH=${apiToken}`]));
    const stored = [...aws.parameters.entries()].filter(([, p]) => p.value === databaseUrl || p.value === apiToken).map(([name]) => name);
    expect(stored.sort()).toEqual([
      '/berth/world/secrets/demo/web/API_TOKEN',
      '/berth/world/secrets/demo/web/DATABASE_URL',
      '/berth/world/secrets/demo/web/UPSTREAM_AUTH',
    ]);

    // The sampler saw the host start the containers (so it could have seen the values).
    expect(argv.filter((a) => a.includes('docker') && a.includes(' run ') && a.includes('berth.definition=web')).length).toBeGreaterThan(0);
    const sends = sendCommandTexts(aws);
    expect(sends.length).toBeGreaterThan(4);
    const host = world.hosts[0];
    if (!host) throw new Error('no host');
    // The cron job (env_from web) gets them the only way cron can: its env file, 0600, like any secret of
    // a cron job. Every other file the host keeps must not hold them.
    const cronEnv = join(host.root, 'etc/berth/env/demo/cron.env');
    expect(statSync(cronEnv).mode & 0o777).toBe(0o600);
    expect(readFileSync(cronEnv, 'utf8')).toContain(`DATABASE_URL=${databaseUrl}`);
    const hostFiles = filesUnder(host.root).filter(([path]) => path !== cronEnv);
    expect(hostFiles.some(([path]) => path.includes('var/lib/berth'))).toBe(true);
    // The merged document still holds them inline (it is the user's own file): readable by its owner only.
    expect(statSync(join(setup.dir, 'out-v1.json')).mode & 0o777).toBe(0o600);
    const places: [string, string[]][] = [
      ['files on the host', hostFiles.map(([path, text]) => `${path}\n${text}`)],
      ['SendCommand', sends],
      ['process arguments', argv],
      ['log', lines],
      ['summary', [result.outcome.summary, renderSummary(result.model)]],
      ['outputs', [JSON.stringify({ hosts: result.outcome.hosts, images: result.outcome.images, digests: result.outcome.digests })]],
    ];
    for (const [place, texts] of places) {
      for (const value of [password, apiToken]) {
        // The failure names where (the first line: a file's path, else the start of the text), never the value.
        const holding = texts.filter((t) => t.includes(value)).map((t) => t.split('\n')[0]?.slice(0, 120).split(value).join('***'));
        expect(holding, `${place} holds a credential`).toEqual([]);
      }
    }
  }, 600_000);

  it('refuses a document that names a tag twice before any host is touched', async () => {
    const merged = readFileSync(join(setup.dir, 'out-v1.json'), 'utf8');
    const twice = merged.replace('"tag": "v1",', '"tag": "v1",\n            "tag": "v2",');
    expect(twice).not.toBe(merged);
    const stackFile = join(setup.dir, 'twice.json');
    writeFileSync(stackFile, twice);
    const from = aws.requests.length;
    const failed = await deployInWorld(setup, baseInputs(setup, 'v2', { 'stack-json': stackFile }))
      .then(() => undefined)
      .catch((error: unknown) => error as Error);
    expect(failed?.message).toMatch(/key "tag" appears twice in definition "web"/);
    expect(aws.requests.slice(from).filter((r) => r.target === 'AmazonSSM.SendCommand')).toEqual([]);
    expect(await webRuns(world, `${world.registry?.host ?? ''}/acme/demo:v1`)).toEqual([true]);
  }, 600_000);
});
