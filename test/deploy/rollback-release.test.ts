// rollbackRelease end to end with plain fakes: GitHub history (fake API + real recorder), a real git
// repository for `git show`, the real pipeline (runDeploy) over a fake fleet, and the Rollbar fake.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeployRecorder, createGitHubApi } from '../../src/adapters/github.js';
import { gitReader, type RunContext } from '../../src/app/context.js';
import { rollbackRelease } from '../../src/app/rollback.js';
import { parseActionInputs, type InputName } from '../../src/app/inputs.js';
import { startFakeGitHub, type FakeGitHub } from '../world/fakes/github.js';
import { startFakeRollbar, type FakeRollbar } from '../world/fakes/rollbar.js';
import { fakeFleet, fakeHost, fakePlanner, memoryParameters, recordingLog } from './fakes.js';

function documentText(tag: string): string {
  return `${JSON.stringify(
    {
      deploy: {
        shop: {
          containers: [
            {
              web: {
                deploy: 'auto',
                image: 'quay.io/acme/web',
                tag,
                containers: 2,
                migration: 'rake db:migrate',
                env: { RACK_ENV: 'prod-eu' },
                notifications: { rollbar: { access_token: '%{ssm:/acme/rollbar}', env_var: 'RACK_ENV' } },
              },
            },
            { proxy: { deploy: 'manual', image: 'quay.io/acme/proxy', tag: '1' } },
          ],
        },
      },
    },
    null,
    2,
  )}\n`;
}

let dir: string;
let github: FakeGitHub;
let rollbar: FakeRollbar;
const commits: Record<string, string> = {};

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' },
  }).trim();
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'berth-rollback-'));
  git('init', '-q', '-b', 'main');
  for (const version of ['v1', 'v2']) {
    // A build would merge the tag into a copy; the committed file keeps `latest`, the record holds the tag.
    writeFileSync(join(dir, 'stack.json'), documentText('latest'));
    writeFileSync(join(dir, 'CHANGELOG'), version);
    git('add', '.');
    git('commit', '-q', '-m', `Release ${version}`);
    commits[version] = git('rev-parse', 'HEAD');
  }
  github = await startFakeGitHub();
  rollbar = await startFakeRollbar();
  for (const version of ['v1', 'v2']) {
    github.seed({
      sha: commits[version] ?? '',
      environment: 'production',
      states: ['in_progress', 'success'],
      payload: {
        tool: 'berth',
        kind: 'deploy',
        version,
        commit: commits[version],
        documentHash: '',
        stackJsonPath: 'stack.json',
        images: { 'shop/web': `quay.io/acme/web:${version}`, 'shop/proxy': 'quay.io/acme/proxy:1' },
      },
    });
  }
});
afterEach(async () => {
  await github.stop();
  await rollbar.stop();
  rmSync(dir, { recursive: true, force: true });
});

function inputs(overrides: Partial<Record<InputName, string>> = {}) {
  const values: Partial<Record<InputName, string>> = {
    command: 'rollback',
    environment: 'production',
    'instance-ids': 'i-1,i-2',
    'stack-json': 'stack.json',
    'stack-json-output': join(dir, 'out', 'merged.json'),
    'rollbar-endpoint': rollbar.endpoint,
    'aws-region': 'eu-west-1',
    ...overrides,
  };
  return parseActionInputs((name) => values[name] ?? '', {});
}

function context(): RunContext {
  return {
    owner: github.owner,
    repo: github.repo,
    apiUrl: github.url,
    runUrl: 'https://github.com/acme/shop/actions/runs/9',
    actor: 'octocat',
    workspace: dir,
    runId: '9',
  };
}

describe('rollbackRelease', () => {
  it("restores the previous good version's whole plan on every host, records it, reports it to Rollbar", async () => {
    const hosts = [fakeHost('i-1', 'docker1', 'v2'), fakeHost('i-2', 'docker2', 'v2')];
    const parameters = memoryParameters();
    parameters.values.set('/acme/rollbar', { value: rollbar.token, secure: true });
    const log = recordingLog();
    const recorder = createDeployRecorder(createGitHubApi({ baseUrl: github.url, token: github.token }), {
      owner: github.owner,
      repo: github.repo,
      logUrl: context().runUrl,
    });

    const result = await rollbackRelease(
      inputs(),
      context(),
      {
        recorder,
        readAtCommit: gitReader(dir),
        hosts: fakeFleet(hosts),
        parameters,
        planner: fakePlanner(),
        // An assumed role's session with 45 minutes left: recorded with the timing (a=44 once a moment passed).
        credentialsExpireAt: async () => new Date(Date.now() + 45 * 60_000),
      },
      log,
    );

    expect(result.outcome.status).toBe('success');
    expect(result.target).toMatchObject({ version: 'v1', commit: commits.v1, from: 'v2', source: 'github' });
    // Every host got v1, from local images, without the migration.
    for (const host of hosts) {
      const rollout = host.received.find((r) => r.mode === 'rollout')?.plan;
      expect(rollout?.definitions.find((d) => d.name === 'web')?.image).toBe('quay.io/acme/web:v1');
      expect(rollout?.preferLocalImages).toBe(true);
      expect(rollout?.migration).toBeUndefined();
      expect(host.copies.filter((c) => c.definition === 'web').map((c) => c.image)).toEqual(['quay.io/acme/web:v1', 'quay.io/acme/web:v1']);
    }
    // The restored document is the one at v1's commit with v1's images, also written to stack-json-output.
    expect(JSON.parse(readFileSync(join(dir, 'out', 'merged.json'), 'utf8'))).toEqual(JSON.parse(documentText('v1')));
    // GitHub: a rollback deployment of v1's commit, success.
    const record = github.deployments.at(-1);
    expect(record?.sha).toBe(commits.v1);
    expect(record?.payload).toMatchObject({
      tool: 'berth',
      kind: 'rollback',
      version: 'v1',
      commit: commits.v1,
      images: { 'shop/web': 'quay.io/acme/web:v1' },
    });
    expect((record?.payload as { documentHash: string }).documentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(record?.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    // The success status ends with the timing the PR check's estimate reads: 2 hosts, 1 s each (the fake's), 30 min timeout.
    const success = record?.statuses[1]?.description ?? '';
    expect(success.length).toBeLessThanOrEqual(140);
    expect(success).toMatch(/ · berth-timing\/1 h=2 b=[12] d=\d+ w=[12] p=1\/1\/1 c=\d+ t=30 a=4[45]$/);
    // Rollbar: one deploy for the app, environment from RACK_ENV, revision = v1's commit, token from Parameter Store.
    expect([...rollbar.deploys.values()].map((d) => [d.environment, d.revision, d.status, d.comment])).toEqual([
      ['prod-eu', commits.v1, 'succeeded', 'Rollback to v1: Release v1 (octocat)'],
    ]);
    expect(log.secrets).toContain(rollbar.token);
    // The summary knows before -> after and what the lock did.
    expect(result.model.hosts[0]?.definitions.find((d) => d.definition === 'web')).toMatchObject({ before: 'v2', after: 'v1' });
    expect(result.model.lock).toBe('/berth/production/lock: taken at once, released');
    expect(result.model.rollbar).toEqual([{ app: 'shop', environment: 'prod-eu', deployId: expect.any(String), status: 'succeeded' }]);
  });

  it('a named version must have succeeded in that environment', async () => {
    await expect(
      rollbackRelease(
        inputs({ version: 'v7' }),
        context(),
        {
          recorder: createDeployRecorder(createGitHubApi({ baseUrl: github.url, token: github.token }), {
            owner: github.owner,
            repo: github.repo,
          }),
          readAtCommit: gitReader(dir),
          hosts: fakeFleet([]),
          parameters: memoryParameters(),
          planner: fakePlanner(),
        },
        recordingLog(),
      ),
    ).rejects.toThrow('Version "v7" was never deployed successfully to "production". Versions that were: v2, v1.');
  });

  it('says how to fix a shallow checkout', async () => {
    await expect(gitReader(dir)('0'.repeat(40), 'stack.json')).rejects.toThrow(/fetch-depth: 0/);
  });
});
