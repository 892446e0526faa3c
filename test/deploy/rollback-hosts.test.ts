// rollbackRelease when GitHub Deployments has nothing to offer: the releases the hosts recorded
// (history mode) decide, a real git repository gives the document at the recorded commit, and the
// real pipeline (runDeploy) runs the rollback over a fake fleet.
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
import { fakeHost, fakePlanner, memoryParameters, recordingLog } from './fakes.js';
import { entry, historyFleet, type HistoryAnswer } from './history-fleet.js';

function documentText(tag: string, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify(
    {
      deploy: {
        shop: {
          containers: [
            { web: { deploy: 'auto', image: 'quay.io/acme/web', tag, containers: 2, migration: 'rake db:migrate', ...extra } },
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
const commits: Record<string, string> = {};

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' },
  }).trim();
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'berth-rollback-hosts-'));
  git('init', '-q', '-b', 'main');
  // v1 ran with 2 web copies; v2 (and today's document) with 3.
  for (const [version, containers] of [
    ['v1', 2],
    ['v2', 3],
    ['today', 3],
  ] as const) {
    writeFileSync(join(dir, 'stack.json'), documentText('latest', { containers, env: { RELEASE: version } }));
    git('add', '.');
    git('commit', '-q', '-m', `Release ${version}`);
    commits[version] = git('rev-parse', 'HEAD');
  }
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function inputs(overrides: Partial<Record<InputName, string>> = {}) {
  const values: Partial<Record<InputName, string>> = {
    command: 'rollback',
    environment: 'production',
    'instance-ids': 'i-1,i-2',
    'stack-json': 'stack.json',
    'stack-json-output': join(dir, 'out', 'merged.json'),
    'aws-region': 'eu-west-1',
    ...overrides,
  };
  return parseActionInputs((name) => values[name] ?? '', {});
}

function context(): RunContext {
  return {
    owner: 'acme',
    repo: 'shop',
    apiUrl: 'http://127.0.0.1:9',
    runUrl: 'https://github.com/acme/shop/actions/runs/9',
    actor: 'octocat',
    workspace: dir,
    runId: '9',
  };
}

const images = (tag: string) => ({ 'shop/web': `quay.io/acme/web:${tag}`, 'shop/proxy': 'quay.io/acme/proxy:1' });

/** Both hosts ran v1 then v2; with `revision: false` the plans did not carry their commit. */
function recorded(options: { revision?: boolean } = {}): HistoryAnswer {
  const revision = (version: string) => (options.revision === false ? '' : (commits[version] ?? ''));
  return [
    entry('shop', 'v2', '20261125T120200Z', images('v2'), { revision: revision('v2') }),
    entry('shop', 'v1', '20261125T120100Z', images('v1'), { revision: revision('v1') }),
  ];
}

describe("rollbackRelease from the hosts' records", () => {
  it('without a github-token: back to the release before the running one, its document at its commit, no pull, no migration', async () => {
    const hosts = [fakeHost('i-1', 'docker1', 'v2'), fakeHost('i-2', 'docker2', 'v2')];
    const fleet = historyFleet(hosts, { 'i-1': recorded(), 'i-2': recorded() });
    const log = recordingLog();
    const result = await rollbackRelease(
      inputs(),
      context(),
      {
        readAtCommit: gitReader(dir),
        hosts: fleet,
        parameters: memoryParameters(),
        planner: fakePlanner(),
      },
      log,
    );

    expect(result.outcome.status, result.outcome.summary).toBe('success');
    expect(result.target).toMatchObject({ version: 'v1', commit: commits.v1, from: 'v2', source: 'hosts' });
    expect(result.hostHistory?.releases.map((r) => r.release)).toEqual(['v2', 'v1']);
    for (const host of hosts) {
      // Each host restores the plan it recorded for v1 (host restore mode): no plan of a document is sent.
      expect(host.received.filter((r) => r.mode === 'rollout')).toEqual([]);
      const restores = host.received.filter((r) => r.mode === 'restore');
      expect(restores.map((r) => r.meta)).toEqual([{ restore: 'd-v1-20261125T120100Z' }]);
      expect(restores[0]?.plan?.definitions).toEqual([]);
      expect(restores[0]?.plan?.migration).toBeUndefined();
      expect(host.copies.filter((c) => c.definition === 'web').map((c) => c.image)).toEqual(['quay.io/acme/web:v1', 'quay.io/acme/web:v1']);
    }
    expect(JSON.parse(readFileSync(join(dir, 'out', 'merged.json'), 'utf8'))).toEqual(
      JSON.parse(documentText('v1', { containers: 2, env: { RELEASE: 'v1' } })),
    );
    expect(log.lines).toContain(
      'info Rolling "production" back to v1 (commit ' + (commits.v1 ?? '').slice(0, 12) + ", from the hosts' records); v2 runs now",
    );
    expect(log.lines).toContain('info Releases every host recorded, newest first: v2, v1 (v2 runs now)');
    // The records were read before the lock, once, by a preflight asking for every record; the pipeline
    // took those answers as its preflight: two commands per host in all.
    expect(fleet.runs.map((r) => r.sends[0]?.commands[1])).toEqual(['preflight', 'restore', 'restore']);
    expect([...fleet.historyPlans.values()].map((plan) => plan.historyDepth)).toEqual([10, 10]);
    for (const host of hosts) expect(host.received.map((r) => r.mode)).toEqual(['preflight', 'restore']);
    // The summary names both versions.
    expect(result.model.hosts[0]?.definitions.find((d) => d.definition === 'web')).toMatchObject({ before: 'v2', after: 'v1' });
    expect(result.model.rollbackFrom).toBe('v2');
  });

  it("a release recorded without its commit: today's document with the recorded images, and the log says so", async () => {
    const hosts = [fakeHost('i-1', 'docker1', 'v2'), fakeHost('i-2', 'docker2', 'v2')];
    const fleet = historyFleet(hosts, { 'i-1': recorded({ revision: false }), 'i-2': recorded({ revision: false }) });
    const log = recordingLog();
    const result = await rollbackRelease(
      inputs(),
      context(),
      {
        readAtCommit: async () => {
          throw new Error('no commit to read');
        },
        hosts: fleet,
        parameters: memoryParameters(),
        planner: fakePlanner(),
        // Outside a runner: the checkout's HEAD is the record's commit (GITHUB_SHA would win).
        env: {},
      },
      log,
    );

    expect(result.outcome.status, result.outcome.summary).toBe('success');
    expect(result.target).toMatchObject({ version: 'v1', commit: '', source: 'hosts' });
    expect(JSON.parse(result.text)).toEqual(JSON.parse(documentText('v1', { containers: 3, env: { RELEASE: 'today' } })));
    expect(
      log.lines.some((l) =>
        l.startsWith("warn The hosts did not record the commit of v1: restoring today's stack.json with the images v1 ran"),
      ),
    ).toBe(true);
    // The record's commit is the checkout's.
    expect(result.model.commit).toBe(commits.today);
    // The hosts restore their records of v1 (2 copies each), not today's document (3).
    for (const host of hosts)
      expect(host.copies.filter((c) => c.definition === 'web').map((c) => c.image)).toEqual(Array(2).fill('quay.io/acme/web:v1'));
  });

  it('a named version GitHub never recorded is taken from the hosts', async () => {
    const github: FakeGitHub = await startFakeGitHub();
    try {
      github.seed({
        sha: commits.v2 ?? '',
        environment: 'production',
        states: ['in_progress', 'success'],
        payload: {
          tool: 'berth',
          kind: 'deploy',
          version: 'v2',
          commit: commits.v2,
          documentHash: '',
          stackJsonPath: 'stack.json',
          images: images('v2'),
        },
      });
      const recorder = createDeployRecorder(createGitHubApi({ baseUrl: github.url, token: github.token }), {
        owner: github.owner,
        repo: github.repo,
      });
      const hosts = [fakeHost('i-1', 'docker1', 'v2'), fakeHost('i-2', 'docker2', 'v2')];
      const result = await rollbackRelease(
        inputs({ version: 'v1' }),
        context(),
        {
          recorder,
          readAtCommit: gitReader(dir),
          hosts: historyFleet(hosts, { 'i-1': recorded(), 'i-2': recorded() }),
          parameters: memoryParameters(),
          planner: fakePlanner(),
        },
        recordingLog(),
      );
      expect(result.outcome.status, result.outcome.summary).toBe('success');
      expect(result.target).toMatchObject({ version: 'v1', commit: commits.v1, source: 'hosts', from: 'v2' });
      // Recorded in GitHub like any rollback, at v1's commit.
      expect(github.deployments.at(-1)?.payload).toMatchObject({ kind: 'rollback', version: 'v1', commit: commits.v1 });
    } finally {
      await github.stop();
    }
  });

  it('a restore that fails on a host: the hosts already restored go back to what they ran before the rollback', async () => {
    const hosts = [fakeHost('i-1', 'docker1', 'v2'), fakeHost('i-2', 'docker2', 'v2', { failsOnImage: 'quay.io/acme/web:v1' })];
    const fleet = historyFleet(hosts, { 'i-1': recorded(), 'i-2': recorded() });
    const result = await rollbackRelease(
      inputs(),
      context(),
      { readAtCommit: gitReader(dir), hosts: fleet, parameters: memoryParameters(), planner: fakePlanner() },
      recordingLog(),
    );
    expect(result.outcome.status).toBe('failure');
    expect(result.outcome.fleet).toBe('rolled-back');
    for (const host of hosts)
      expect(host.copies.filter((c) => c.definition === 'web').map((c) => c.image)).toEqual(['quay.io/acme/web:v2', 'quay.io/acme/web:v2']);
    // docker1 restored v1's record, then its record from before the rollback (v2's); docker2 changed nothing.
    expect(hosts.map((h) => h.received.filter((r) => r.mode === 'restore').map((r) => r.meta))).toEqual([
      [{ restore: 'd-v1-20261125T120100Z' }, { undo: result.outcome.deployId }],
      [{ restore: 'd-v1-20261125T120100Z' }],
    ]);
    expect(result.outcome.hosts.map((h) => [h.hostname, h.state, h.story])).toEqual([
      ['docker1', 'rolled-back', 'web0, web1 replaced, then restored from its record (release v2, deploy d-v2-20261125T120200Z)'],
      ['docker2', 'untouched', 'failed (web0 did not become healthy), nothing replaced'],
    ]);
  });

  it('says there is nothing to go back to when neither GitHub nor every host has an earlier release', async () => {
    const hosts = [fakeHost('i-1', 'docker1', 'v2'), fakeHost('i-2', 'docker2', 'v2')];
    const onlyV2 = [entry('shop', 'v2', '20261125T120200Z', images('v2'))];
    const log = recordingLog();
    await expect(
      rollbackRelease(
        inputs(),
        context(),
        {
          readAtCommit: gitReader(dir),
          hosts: historyFleet(hosts, { 'i-1': recorded(), 'i-2': onlyV2 }),
          parameters: memoryParameters(),
          planner: fakePlanner(),
        },
        log,
      ),
    ).rejects.toThrow(/Nothing to roll back to in "production": every recorded successful deployment runs "v2"/);
    expect(log.lines).toContain("warn Hosts' records: release v1 left out: docker2 (i-2) has no record of it");
    // Nothing was rolled out or restored.
    for (const host of hosts) expect(host.received.filter((r) => r.mode === 'rollout' || r.mode === 'restore')).toEqual([]);
  });
});
