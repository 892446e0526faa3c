import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRollbarNotifier } from '../../src/adapters/rollbar.js';
import type { ParameterStorePort } from '../../src/deploy/ports.js';
import { fanOutNotifier, resolveRollbarTargets, rollbarTargets } from '../../src/deploy/rollbar-deploys.js';
import { stackSchema, type StackDocument } from '../../src/stack/schema.js';
import { startFakeRollbar, type FakeRollbar } from '../world/fakes/rollbar.js';
import { recordingLog } from '../adapters/rollbar-log.js';

const seedText = readFileSync('test/fixtures/stack-seed.json', 'utf8');
const parse = (value: unknown): StackDocument => stackSchema.parse(value);
const seed = () => parse(JSON.parse(seedText));

function withRollbar(token: string, env: Record<string, string> = {}): StackDocument {
  const raw = JSON.parse(seedText) as {
    deploy: Record<
      string,
      { containers: Record<string, { env?: Record<string, string>; notifications?: { rollbar: { access_token: string } } }>[] }
    >;
  };
  const app = raw.deploy['amazing application']?.containers[0]?.app;
  if (!app?.notifications) throw new Error('seed changed: app has no notifications');
  app.notifications.rollbar.access_token = token;
  app.env = { ...app.env, ...env };
  return parse(raw);
}

describe('Rollbar targets', () => {
  it('reports nothing for the seed (empty access_token, no input)', () => {
    expect(rollbarTargets(seed(), { environment: 'production', tokenInput: '' })).toEqual([]);
  });

  it('one deploy per app and environment; environment from env_var, else the input; the input token wins', () => {
    expect(rollbarTargets(withRollbar('doc-token', { RACK_ENV: 'staging' }), { environment: 'production', tokenInput: '' })).toEqual([
      { app: 'amazing application', environment: 'staging', token: { kind: 'literal', value: 'doc-token' } },
    ]);
    expect(rollbarTargets(withRollbar('doc-token'), { environment: 'production', tokenInput: 'input-token' })).toEqual([
      { app: 'amazing application', environment: 'production', token: { kind: 'literal', value: 'input-token' } },
    ]);
    expect(rollbarTargets(withRollbar('%{ssm:/acme/rollbar}'), { environment: 'production', tokenInput: '' })).toEqual([
      { app: 'amazing application', environment: 'production', token: { kind: 'ssm', name: '/acme/rollbar' } },
    ]);
  });

  it('resolves %{ssm:...} tokens on the runner and masks them; a missing parameter only warns', async () => {
    const log = recordingLog();
    const parameters: Pick<ParameterStorePort, 'get'> = {
      get: async (name, decrypt) => (name === '/acme/rollbar' && decrypt ? 'resolved-token' : undefined),
    };
    const resolved = await resolveRollbarTargets(
      [
        { app: 'a', environment: 'production', token: { kind: 'ssm', name: '/acme/rollbar' } },
        { app: 'b', environment: 'production', token: { kind: 'ssm', name: '/acme/missing' } },
      ],
      parameters,
      log,
    );
    expect(resolved).toEqual([{ app: 'a', environment: 'production', token: 'resolved-token' }]);
    expect(log.secrets).toEqual(['resolved-token']);
    expect(log.lines[0]?.message).toContain('parameter /acme/missing (access token of app "b") does not exist');
  });

  describe('fan-out against the Rollbar fake', () => {
    let rollbar: FakeRollbar;
    beforeAll(async () => {
      rollbar = await startFakeRollbar();
    });
    afterAll(async () => rollbar.stop());

    it('turns one started/finished pair into one Rollbar deploy per target, revision = commit, comment = subject and actor', async () => {
      const log = recordingLog();
      const inner = createRollbarNotifier({ endpoint: rollbar.endpoint, log, retryDelayMs: 5 });
      const { notifier, activity } = fanOutNotifier(
        inner,
        [
          { app: 'shop', environment: 'production', token: rollbar.token },
          { app: 'admin', environment: 'admin-production', token: rollbar.token },
        ],
        { revision: 'f'.repeat(40), comment: 'Fix checkout (octocat)', localUsername: 'octocat' },
      );
      const id = await notifier.started({ token: 'ignored', environment: 'x', revision: 'v9', comment: 'c', localUsername: 'u' });
      await notifier.finished({
        token: 'ignored',
        deployId: id,
        environment: 'x',
        revision: 'v9',
        comment: 'c',
        localUsername: 'u',
        status: 'succeeded',
      });
      const deploys = [...rollbar.deploys.values()];
      expect(deploys.map((d) => [d.environment, d.revision, d.status, d.comment, d.local_username])).toEqual([
        ['production', 'f'.repeat(40), 'succeeded', 'Fix checkout (octocat)', 'octocat'],
        ['admin-production', 'f'.repeat(40), 'succeeded', 'Fix checkout (octocat)', 'octocat'],
      ]);
      expect(activity.map((a) => [a.app, a.status, a.deployId])).toEqual([
        ['shop', 'succeeded', String(deploys[0]?.id)],
        ['admin', 'succeeded', String(deploys[1]?.id)],
      ]);
    });
  });
});
