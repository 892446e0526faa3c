import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRollbarNotifier } from '../../src/adapters/rollbar.js';
import { startFakeRollbar, type FakeRollbar } from '../world/fakes/rollbar.js';
import { recordingLog } from './rollbar-log.js';

let rollbar: FakeRollbar;
beforeAll(async () => {
  rollbar = await startFakeRollbar();
});
afterAll(async () => rollbar.stop());
beforeEach(() => rollbar.reset());

const deploy = { environment: 'production', revision: 'a'.repeat(40), comment: 'Fix checkout (by octocat)', localUsername: 'octocat' };

function notifier() {
  const log = recordingLog();
  return { log, rollbar: createRollbarNotifier({ endpoint: rollbar.endpoint, log, retryDelayMs: 10 }) };
}

describe('Rollbar notifier', () => {
  it('starts a deploy and finishes it with a PATCH, sending the token only in the header', async () => {
    const { log, rollbar: n } = notifier();
    const id = await n.started({ token: rollbar.token, ...deploy });
    expect(id).toBeDefined();
    await n.finished({ token: rollbar.token, deployId: id, ...deploy, status: 'succeeded' });

    expect(rollbar.calls.map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual([
      'POST /api/1/deploy 200',
      `PATCH /api/1/deploy/${id} 200`,
    ]);
    expect(rollbar.calls[0]?.body).toEqual({
      environment: 'production',
      revision: deploy.revision,
      status: 'started',
      comment: deploy.comment,
      local_username: 'octocat',
    });
    expect(rollbar.calls.every((c) => c.token === rollbar.token)).toBe(true);
    expect(JSON.stringify(rollbar.calls.map((c) => c.body))).not.toContain(rollbar.token);
    const stored = rollbar.deploys.get(Number(id));
    expect(stored).toMatchObject({
      environment: 'production',
      revision: deploy.revision,
      status: 'succeeded',
      local_username: 'octocat',
      comment: deploy.comment,
    });
    expect(log.secrets).toContain(rollbar.token);
    expect(log.text()).not.toContain(rollbar.token);
  });

  it("warns with Rollbar's message on a bad token and never throws", async () => {
    const { log, rollbar: n } = notifier();
    const id = await n.started({ token: 'wrong-token', ...deploy });
    expect(id).toBeUndefined();
    await n.finished({ token: 'wrong-token', deployId: id, ...deploy, status: 'failed' });
    const warnings = log.lines.filter((l) => l.level === 'warn').map((l) => l.message);
    expect(warnings[0]).toContain('HTTP 403: invalid access token');
    expect(warnings[0]).toContain('The deploy goes on');
    expect(warnings[1]).toContain('reporting the final status "failed" as a new deploy failed too');
    expect(log.text()).not.toContain('wrong-token');
    expect(rollbar.deploys.size).toBe(0);
  });

  it('reports the final status as a new deploy when Rollbar timed the first one out', async () => {
    const { log, rollbar: n } = notifier();
    const id = await n.started({ token: rollbar.token, ...deploy });
    rollbar.timeOutStartedDeploys();
    await n.finished({ token: rollbar.token, deployId: id, ...deploy, status: 'succeeded' });

    expect(rollbar.calls.map((c) => `${c.method} ${c.status}`)).toEqual(['POST 200', 'PATCH 422', 'POST 200']);
    const deploys = [...rollbar.deploys.values()];
    expect(deploys.map((d) => d.status)).toEqual(['timed_out', 'succeeded']);
    const warning = log.lines.find((l) => l.level === 'warn')?.message ?? '';
    expect(warning).toContain(`Rollbar had timed deploy ${id} out and refused to finish it`);
    expect(warning).toContain('Deploy status is not started');
    expect(warning).toContain(`as a new deploy ${deploys[1]?.id}`);
  });

  it('times a deploy out by itself after the configured deploy timeout', async () => {
    const slow = await startFakeRollbar({ deployTimeoutMs: 20 });
    try {
      const log = recordingLog();
      const n = createRollbarNotifier({ endpoint: slow.endpoint, log, retryDelayMs: 10 });
      const id = await n.started({ token: slow.token, ...deploy });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await n.finished({ token: slow.token, deployId: id, ...deploy, status: 'failed' });
      expect([...slow.deploys.values()].map((d) => d.status)).toEqual(['timed_out', 'failed']);
    } finally {
      await slow.stop();
    }
  });

  it('retries one 5xx and succeeds', async () => {
    const { log, rollbar: n } = notifier();
    rollbar.failNext(1, { method: 'POST' });
    const id = await n.started({ token: rollbar.token, ...deploy });
    expect(id).toBeDefined();
    expect(rollbar.calls.map((c) => c.status)).toEqual([503, 200]);
    expect(log.lines.filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('warns (never throws) during an outage, and a failed PATCH leaves the result alone', async () => {
    const { log, rollbar: n } = notifier();
    const id = await n.started({ token: rollbar.token, ...deploy });
    rollbar.failNext(2, { method: 'PATCH', status: 502 });
    await expect(n.finished({ token: rollbar.token, deployId: id, ...deploy, status: 'succeeded' })).resolves.toBeUndefined();
    expect(log.lines.find((l) => l.level === 'warn')?.message).toContain(
      `could not mark deploy ${id} succeeded (HTTP 502: Service Unavailable)`,
    );
  });

  it('warns when Rollbar is unreachable', async () => {
    const log = recordingLog();
    const n = createRollbarNotifier({ endpoint: 'http://127.0.0.1:9', log, retryDelayMs: 10, timeoutMs: 2000 });
    await expect(n.started({ token: 'some-token', ...deploy })).resolves.toBeUndefined();
    expect(log.lines[0]?.level).toBe('warn');
    expect(log.lines[0]?.message).toMatch(/could not report the start.*(ECONNREFUSED|fetch failed)/);
  });

  it('does nothing without a token', async () => {
    const { log, rollbar: n } = notifier();
    expect(await n.started({ token: '', ...deploy })).toBeUndefined();
    await n.finished({ token: '', deployId: undefined, ...deploy, status: 'succeeded' });
    expect(rollbar.calls).toEqual([]);
    expect(log.lines).toEqual([]);
  });
});
