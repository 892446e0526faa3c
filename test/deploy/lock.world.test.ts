// The fleet lock with real deploys in the local world (2 hosts, the fake AWS's Parameter Store over
// the real SDK): a holder that crashed is waited for until its lock expires, then taken over, its
// generation never touched; two deploys racing for an expired lock: exactly one deploys, the other
// fails naming it, and the hosts run the winner's release.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managedInstanceOf } from '../world/fakes/aws/from-host.js';
import { startFakeAws, type FakeAws } from '../world/fakes/aws.js';
import { startWorld, type World } from '../world/index.js';
import {
  baseInputs,
  deployInWorld,
  fleetVersions,
  removeScratch,
  scratchDir,
  seedParameters,
  WORLD_COMMAND_BYTES,
  webRuns,
  writeStackFile,
  type WorldDeploy,
} from './helpers-world.js';
import { heldInFake, lockGenerations } from './lock-helpers.js';

let world: World;
let aws: FakeAws;
let setup: WorldDeploy;
const LOCK = '/berth/world/lock';

beforeAll(async () => {
  world = await startWorld({ hosts: 2, registry: true });
  aws = await startFakeAws({ instances: world.hosts.map(managedInstanceOf), maxParameterBytes: WORLD_COMMAND_BYTES });
  seedParameters(aws, world.exampleParameters());
  const dir = scratchDir();
  setup = { world, aws, dir, stackFile: writeStackFile(dir, world.exampleDocument()) };
});

afterAll(async () => {
  await aws?.stop();
  await world?.stop();
  removeScratch(setup?.dir);
});

/** What a crashed deploy leaves: its generation, never released, expiring at `expires`. */
function crashedHolder(generation: number, who: string, expires: number): string {
  const value = JSON.stringify({
    who,
    when: new Date(expires - 300_000).toISOString(),
    version: 'v0',
    runUrl: 'https://github.test/acme/demo/actions/runs/0',
    deployId: `world-${who}`,
    expires: new Date(expires).toISOString(),
    released: '',
    releasedBy: '',
  });
  aws.parameters.set(`${LOCK}/${generation}`, { value, type: 'String', version: 1, tier: 'Standard', lastModified: new Date() });
  return value;
}

const generations = () =>
  lockGenerations(aws.parameters, LOCK).map((g) => `${g.generation} ${g.record.who} ${g.record.releasedBy || 'held'}`);

describe('the fleet lock, in the local world', () => {
  it("waits for a crashed holder's lock to expire, takes it over, deploys and releases it; the crashed generation is never touched", async () => {
    const expires = Date.now() + 6000;
    const crashed = crashedHolder(1, 'crashed-ci', expires);
    const { result, lines } = await deployInWorld(setup, baseInputs(setup, 'v1', { 'lock-wait-seconds': '60' }));
    const log = lines.join('\n');
    expect(result.outcome.status, `${result.outcome.summary}\n${log}`).toBe('success');
    expect(await fleetVersions(world)).toEqual(['v1', 'v1']);
    expect(await webRuns(world, `${world.registry?.host ?? ''}/acme/demo:v1`)).toEqual([true, true]);
    expect(log).toContain(
      `info Waiting for the deploy lock ${LOCK}, held by crashed-ci since ${new Date(expires - 300_000).toISOString()} deploying v0 (https://github.test/acme/demo/actions/runs/0), expires ${new Date(expires).toISOString()} unless renewed`,
    );
    expect(log).toMatch(
      /warn Took over the deploy lock \/berth\/world\/lock from crashed-ci since .*, expired .*: that deploy stopped renewing it/,
    );
    expect(aws.parameters.get(`${LOCK}/1`)?.value).toBe(crashed);
    const taken = lockGenerations(aws.parameters, LOCK).find((g) => g.generation === 2)?.record;
    expect(Date.parse(taken?.when ?? '')).toBeGreaterThanOrEqual(expires);
    expect(generations()).toEqual(['1 crashed-ci held', '2 world-test holder']);
    expect(result.model.lock).toMatch(/^\/berth\/world\/lock: taken after waiting \d+ s, released$/);
  }, 600_000);

  it('of two deploys racing for an expired lock exactly one deploys; the other fails naming it, touching no host', async () => {
    crashedHolder(3, 'crashed-again', Date.now() - 1000);
    const sendsBefore = aws.requests.filter((r) => r.target === 'AmazonSSM.SendCommand').length;
    const inputs = (version: string) =>
      baseInputs(setup, version, { image: '', 'stack-json': `${setup.dir}/out-v1.json`, 'lock-wait-seconds': '2' });
    const [a, b] = await Promise.all([deployInWorld(setup, inputs('v1-a')), deployInWorld(setup, inputs('v1-b'))]);
    const outcomes = [a.result.outcome, b.result.outcome];
    expect(outcomes.map((o) => o.status).sort(), outcomes.map((o) => o.summary).join('\n')).toEqual(['failure', 'success']);
    const winner = outcomes.find((o) => o.status === 'success');
    const loser = outcomes.find((o) => o.status === 'failure');
    expect(loser?.summary).toMatch(
      new RegExp(
        `^The deploy lock /berth/world/lock is held by world-test since \\S+ deploying ${winner?.version} \\(https://github.test/acme/demo/actions/runs/1\\), expires \\S+ unless renewed; waited 2 s`,
      ),
    );
    expect(loser?.fleet).toBe('unchanged');
    // Only the winner's commands reached the hosts.
    const comments = aws.requests
      .filter((r) => r.target === 'AmazonSSM.SendCommand')
      .slice(sendsBefore)
      .map((r) => (r.body as { Comment?: string }).Comment ?? '');
    expect(comments.some((c) => c.endsWith(` ${loser?.version}`))).toBe(false);
    expect(comments.filter((c) => c.endsWith(` ${winner?.version}`)).length).toBeGreaterThan(0);
    expect(await fleetVersions(world)).toEqual(['v1', 'v1']);
    // The taker swept what lay below the generation it took over.
    expect(generations()).toEqual(['3 crashed-again held', '4 world-test holder']);
    expect(lockGenerations(aws.parameters, LOCK).at(-1)?.record.version).toBe(winner?.version);
    expect(heldInFake(aws.parameters, LOCK)).toBeUndefined();
  }, 600_000);
});
