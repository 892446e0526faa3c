import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cancelOnSignals, type SavedCheckpoint } from '../../src/action/cancel.js';
import type { ReleaseCheckpoint } from '../../src/app/release.js';

const docker1 = { instanceId: 'i-1', hostname: 'docker1', publicIp: '' };

function checkpoint(sending: ReleaseCheckpoint['sending']): ReleaseCheckpoint {
  return {
    release: {
      kind: 'deploy',
      environment: 'production',
      stackJsonPath: 'stack.json',
      version: 'v2',
      commit: 'abc',
      actor: 'me',
      runUrl: '',
      deployId: 'd-1',
    },
    phase: 'rollout',
    lock: { name: '/berth/production/lock', deployId: 'd-1' },
    records: { githubDeploymentId: 3 },
    touched: [docker1],
    inFlight: [{ commandId: 'cmd-9', hosts: [docker1], sentAt: 1 }],
    sending,
    policy: {
      batchSize: 1,
      failurePolicy: 'stop',
      timeoutMinutes: 30,
      force: false,
      manual: [],
      lockName: '/berth/production/lock',
      lockWaitSeconds: 0,
    },
    rollbar: [],
  };
}

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanup) step();
  cleanup = [];
});

describe('the main step on a cancel (SIGINT)', () => {
  it('stops the release, keeps the checkpoint on disk with the cancel time, and exits once no command is being sent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-cancel-'));
    const exits: number[] = [];
    const cancel = cancelOnSignals({ dir, exit: (code) => void exits.push(code), now: () => 1234 });
    cleanup.push(cancel.dispose, () => rmSync(dir, { recursive: true, force: true }));
    cancel.onCheckpoint(checkpoint([docker1]));
    process.emit('SIGINT', 'SIGINT');
    expect(cancel.signal.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // A SendCommand is unanswered: the step waits for its command id.
    expect(exits).toEqual([]);
    cancel.onCheckpoint(checkpoint([]));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(exits).toEqual([1]);
    const [file] = readdirSync(dir).filter((f) => f.endsWith('.json'));
    const saved = JSON.parse(readFileSync(join(dir, file as string), 'utf8')) as SavedCheckpoint;
    expect(saved.cancelledAt).toBe(1234);
    expect(saved.inFlight).toEqual([{ commandId: 'cmd-9', hosts: [docker1], sentAt: 1 }]);
    expect(saved.policy.failurePolicy).toBe('stop');
    expect(saved.records).toEqual({ githubDeploymentId: 3 });
  });
});
