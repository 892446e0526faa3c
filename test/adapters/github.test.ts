import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeployRecorder, createGitHubApi } from '../../src/adapters/github.js';
import type { DeployRecordPayload } from '../../src/deploy/ports.js';
import { startFakeGitHub, type FakeGitHub } from '../world/fakes/github.js';

let github: FakeGitHub;
beforeEach(async () => {
  github = await startFakeGitHub({ refs: { main: 'c'.repeat(40) } });
});
afterEach(async () => github.stop());

const logUrl = 'https://github.com/acme/shop/actions/runs/42';

function recorder(token = github.token) {
  return createDeployRecorder(createGitHubApi({ baseUrl: github.url, token }), { owner: 'acme', repo: 'shop', logUrl });
}

function payload(version: string, commit: string, kind: 'deploy' | 'rollback' = 'deploy'): DeployRecordPayload {
  return {
    tool: 'berth',
    kind,
    version,
    commit,
    documentHash: `hash-${version}`,
    stackJsonPath: 'stack.json',
    images: { 'web/app': `127.0.0.1:5000/acme/app:${version}` },
  };
}

describe('GitHub deploy recorder', () => {
  it('creates a deployment of the exact commit without auto-merge or required contexts, then in_progress -> success with the log URL', async () => {
    const sha = 'a'.repeat(40);
    const id = await recorder().start({
      environment: 'production',
      ref: 'main',
      sha,
      description: 'Deploy v1',
      payload: payload('v1', sha),
    });
    await recorder().finish(id, 'success', 'Deployed v1 to 2 hosts');

    const created = github.calls[0];
    expect(created?.method).toBe('POST');
    expect(created?.body).toMatchObject({
      ref: sha,
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
      payload: payload('v1', sha),
    });
    const deployment = github.deployments.find((d) => d.id === id);
    expect(deployment?.sha).toBe(sha);
    expect(deployment?.statuses.map((s) => [s.state, s.log_url])).toEqual([
      ['in_progress', logUrl],
      ['success', logUrl],
    ]);
    expect(github.calls.every((c) => c.authorized)).toBe(true);
  });

  it('records a failure with its description, clipped to what GitHub accepts', async () => {
    const sha = 'b'.repeat(40);
    const id = await recorder().start({ environment: 'staging', ref: 'main', sha, description: 'Deploy v2', payload: payload('v2', sha) });
    await recorder().finish(id, 'failure', `docker2: web0 never became healthy ${'x'.repeat(200)}`);
    const status = github.deployments[0]?.statuses[1];
    expect(status?.state).toBe('failure');
    expect(status?.description.length).toBe(140);
    expect(status?.description.startsWith('docker2: web0 never became healthy')).toBe(true);
  });

  it('history: newest first, only berth deployments that succeeded (also once GitHub marked them inactive), only the environment asked for', async () => {
    github.seed({
      sha: '1'.repeat(40),
      environment: 'production',
      payload: payload('v1', '1'.repeat(40)),
      states: ['in_progress', 'success'],
    });
    github.seed({ sha: '2'.repeat(40), environment: 'production', payload: { deployedBy: 'another-tool' }, states: ['success'] });
    github.seed({ sha: '3'.repeat(40), environment: 'staging', payload: payload('v3', '3'.repeat(40)), states: ['success'] });
    github.seed({
      sha: '4'.repeat(40),
      environment: 'production',
      payload: payload('v4', '4'.repeat(40)),
      states: ['in_progress', 'failure'],
    });
    const rec = recorder();
    const id = await rec.start({
      environment: 'production',
      ref: 'main',
      sha: '5'.repeat(40),
      description: 'Deploy v5',
      payload: payload('v5', '5'.repeat(40)),
    });
    await rec.finish(id, 'success', 'ok');
    // GitHub's auto_inactive turned v1 inactive when v5 succeeded.
    expect(github.deployments[0]?.statuses.at(-1)?.state).toBe('inactive');

    const history = await rec.history('production');
    expect(history.map((h) => [h.payload.version, h.state])).toEqual([
      ['v5', 'success'],
      ['v1', 'inactive'],
    ]);
    expect(history[0]?.sha).toBe('5'.repeat(40));
    expect(history[1]?.payload).toEqual(payload('v1', '1'.repeat(40)));
  });

  it('history follows pagination', async () => {
    for (let i = 0; i < 120; i++) {
      const sha = i.toString(16).padStart(40, '0');
      github.seed({ sha, environment: 'production', payload: payload(`v${i}`, sha), states: ['success'] });
    }
    const history = await createDeployRecorder(createGitHubApi({ baseUrl: github.url, token: github.token }), {
      owner: 'acme',
      repo: 'shop',
      historyLimit: 110,
    }).history('production');
    expect(history.length).toBe(110);
    expect(history[0]?.payload.version).toBe('v119');
    expect(github.calls.filter((c) => c.path.endsWith('/deployments')).length).toBe(2);
  });

  it('says which permission is missing when GitHub refuses', async () => {
    await expect(
      recorder('not-the-token').start({
        environment: 'production',
        ref: 'main',
        sha: 'a'.repeat(40),
        description: 'Deploy',
        payload: payload('v1', 'a'.repeat(40)),
      }),
    ).rejects.toThrow(/HTTP 401 Bad credentials/);
  });

  it('retries one 502 from GitHub', async () => {
    github.failNext(1);
    const sha = 'd'.repeat(40);
    const id = await recorder().start({ environment: 'production', ref: 'main', sha, description: 'Deploy', payload: payload('v1', sha) });
    expect(github.deployments.map((d) => d.id)).toEqual([id]);
    expect(github.calls.map((c) => c.status)).toEqual([502, 201, 201]);
  });

  it('the fake behaves like GitHub: a deployment that asks for auto-merge is not created', async () => {
    const api = createGitHubApi({ baseUrl: github.url, token: github.token });
    const reply = await api.request('POST', '/repos/acme/shop/deployments', { ref: 'main', environment: 'production' });
    expect(reply.status).toBe(202);
    expect(github.deployments).toEqual([]);
    await expect(api.request('POST', '/repos/acme/shop/deployments', { ref: 'main', auto_merge: false })).rejects.toThrow(
      /409 Conflict: Commit status checks failed/,
    );
  });
});
