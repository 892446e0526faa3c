// Every kind of secret at once, through the real pipeline on a real host, each with its own value: an
// inline secret env key, a `%{ssm:...}` reference, the `database` input's password, `registry-password`
// (the registry's robot, which the hosts log in with through the document's reference), `rollbar-token`,
// a secret build arg and `github-token`; plain env values holding a copy of the input secrets. The
// container gets what it should (docker inspect); no SendCommand, no process's arguments while the
// containers start, no file on the runner or the host (but the 0600 files meant to hold them), no log
// line, no summary and no output holds any of them.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/app/summary.js';
import {
  baseInputs,
  deployInWorld,
  removeScratch,
  scratchDir,
  seedParameters,
  WORLD_COMMAND_BYTES,
  writeStackFile,
  type WorldDeploy,
} from '../deploy/helpers-world.js';
import { managedInstanceOf } from '../world/fakes/aws/from-host.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { startWorld, type World } from '../world/index.js';
import { filesUnder, leaks, sampleProcessArguments, sendCommandTexts } from './secret-places.js';

let world: World;
let aws: FakeAws;
let setup: WorldDeploy;
const mark = (kind: string) => `${kind}-${randomBytes(8).toString('hex')}`;
const inlineSecret = mark('inline');
const databasePassword = mark('dbinput');
const rollbarToken = mark('rollbar');
const buildToken = mark('buildarg');
const githubToken = mark('ghs');
/** Filled once the world runs: the robot's password and the `%{ssm:...}` value the example references. */
const values: Record<string, string> = {
  'inline SESSION_SECRET': inlineSecret,
  'database input password': databasePassword,
  'rollbar-token': rollbarToken,
  'build arg BUILD_TOKEN': buildToken,
  'github-token': githubToken,
};

type Definition = { env: Record<string, string> };
type Document = { deploy: { demo: { containers: Record<string, Definition>[] } } };

beforeAll(async () => {
  world = await startWorld({ hosts: 1, registry: true });
  aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES });
  const parameters = world.exampleParameters();
  seedParameters(aws, parameters);
  values['registry-password'] = world.registry?.robot.password ?? '';
  values['%{ssm:} SECRET_KEY_BASE'] = parameters['/berth-example/secret-key-base'] ?? '';
  expect(Object.values(values).every((value) => value.length >= 16)).toBe(true);
  const dir = scratchDir();
  const document = JSON.parse(world.exampleDocument()) as Document;
  const web = document.deploy.demo.containers[0]?.['web'];
  if (!web) throw new Error('the example document changed: no web definition first');
  web.env['SESSION_SECRET'] = inlineSecret;
  // Plain keys holding an input's secret: staged like a secret, never sent as they are.
  web.env['REGISTRY_AUTH'] = values['registry-password'];
  web.env['ROLLBAR_AUTH'] = rollbarToken;
  web.env['GITHUB_AUTH'] = githubToken;
  web.env['DATABASE_AUTH'] = databasePassword;
  web.env['BUILD_AUTH'] = buildToken;
  setup = { world, aws, dir, stackFile: writeStackFile(dir, JSON.stringify(document, null, 2)) };
});

afterAll(async () => {
  await aws?.stop();
  await world?.stop();
  removeScratch(setup?.dir);
});

describe('every path a secret takes', () => {
  it('the container gets each secret; no command, process argument, file, log, summary or output holds one', async () => {
    const database = {
      adapter: 'postgresql',
      database: 'demo',
      host: '127.0.0.1',
      port: 5432,
      username: 'demo',
      password: databasePassword,
    };
    const sampler = sampleProcessArguments();
    const { result, lines } = await deployInWorld(
      setup,
      baseInputs(setup, 'v1', {
        database: JSON.stringify(database),
        'rollbar-token': rollbarToken,
        'github-token': githubToken,
        'build-args': `VERSION=v1\nBUILD_TOKEN=${buildToken}`,
      }),
    );
    const argv = sampler.stop();
    expect(result.outcome.status, `${result.outcome.summary}\n${lines.join('\n')}`).toBe('success');
    const host = world.hosts[0];
    if (!host) throw new Error('no host');

    // Each reached the container (the build arg only the build and its plain-key copy; a token only its API).
    const inspect = await host.docker(['inspect', '-f', '{{range .Config.Env}}{{println .}}{{end}}', 'web0']);
    expect(inspect.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        `SESSION_SECRET=${inlineSecret}`,
        `SECRET_KEY_BASE=${values['%{ssm:} SECRET_KEY_BASE']}`,
        `DB_PASSWORD=${databasePassword}`,
        `DATABASE_AUTH=${databasePassword}`,
        `REGISTRY_AUTH=${values['registry-password']}`,
        `ROLLBAR_AUTH=${rollbarToken}`,
        `GITHUB_AUTH=${githubToken}`,
        `BUILD_AUTH=${buildToken}`,
      ]),
    );
    // The host pulled the image with the robot's login (the registry refuses anonymous pulls).
    expect(lines.join('\n')).not.toMatch(/unauthorized|denied/i);

    // Stored where the README says: SecureStrings under secrets-prefix.
    const secure = [...aws.parameters.entries()].filter(([, p]) => p.type === 'SecureString');
    const holding = (value: string) =>
      secure
        .filter(([, p]) => p.value === value)
        .map(([name]) => name)
        .sort();
    expect(holding(inlineSecret)).toEqual(['/berth/world/secrets/demo/web/SESSION_SECRET']);
    expect(holding(databasePassword)).toEqual([
      '/berth/world/secrets/demo/database/password',
      '/berth/world/secrets/demo/web/DATABASE_AUTH',
    ]);
    expect(holding(values['registry-password'] ?? '')).toEqual([
      '/berth-example/registry-password',
      '/berth/world/secrets/demo/web/REGISTRY_AUTH',
    ]);
    expect(holding(rollbarToken)).toEqual(['/berth/world/secrets/demo/web/ROLLBAR_AUTH']);
    expect(holding(githubToken)).toEqual(['/berth/world/secrets/demo/web/GITHUB_AUTH']);
    expect(holding(buildToken)).toEqual(['/berth/world/secrets/demo/web/BUILD_AUTH']);

    // The sampler saw the host start the containers and the runner build (so it could have seen values).
    expect(argv.some((a) => a.includes('docker') && a.includes(' run ') && a.includes('berth.definition=web'))).toBe(true);
    expect(argv.some((a) => a.includes(' build ') && a.includes('--build-arg BUILD_TOKEN'))).toBe(true);
    const sends = sendCommandTexts(aws);
    expect(sends.length).toBeGreaterThan(4);

    // Where they rest by design: the cron jobs' env files, 0600 (each env file under etc/berth/env).
    const envDir = join(host.root, 'etc/berth/env');
    const envFiles = readdirSync(envDir, { recursive: true, encoding: 'utf8' })
      .map((name) => join(envDir, name))
      .filter((path) => statSync(path).isFile());
    expect(envFiles).toContain(join(envDir, 'demo/cron.env'));
    for (const path of envFiles) expect(statSync(path).mode & 0o777, path).toBe(0o600);
    expect(readFileSync(join(envDir, 'demo/cron.env'), 'utf8')).toContain(`DB_PASSWORD=${databasePassword}`);
    const hostFiles = filesUnder(host.root).filter(([path]) => !envFiles.includes(path));
    expect(hostFiles.some(([path]) => path.includes('var/lib/berth'))).toBe(true);

    // The runner: the merged document (stack-json-output) holds the inline secret: 0600. The input
    // document is the user's own file. Nothing else under RUNNER_TEMP/the workspace may hold one.
    const output = join(setup.dir, 'out-v1.json');
    expect(statSync(output).mode & 0o777).toBe(0o600);
    const runnerFiles = filesUnder(setup.dir).filter(([path]) => path !== output && path !== setup.stackFile);

    const places: [string, string[]][] = [
      ['file on the host', hostFiles.map(([path, text]) => `${path}\n${text}`)],
      ['file on the runner', runnerFiles.map(([path, text]) => `${path}\n${text}`)],
      ['SendCommand', sends],
      ['process arguments', argv],
      ['log', lines],
      ['summary', [result.outcome.summary, renderSummary(result.model)]],
      ['outputs', [JSON.stringify({ hosts: result.outcome.hosts, images: result.outcome.images, digests: result.outcome.digests })]],
    ];
    expect(leaks(places, values)).toEqual([]);
  }, 600_000);
});
