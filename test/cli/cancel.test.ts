import { afterEach, describe, expect, it } from 'vitest';
import type { ReleaseCheckpoint } from '../../src/app/release.js';
import { cancelOnCtrlC, describeLeft } from '../../src/cli/cancel.js';
import type { ProgressLog } from '../../src/deploy/ports.js';

function log(lines: string[]): ProgressLog {
  return {
    info: (m) => void lines.push(`info ${m}`),
    warn: (m) => void lines.push(`warn ${m}`),
    error: (m) => void lines.push(`error ${m}`),
    group: (_t, body) => body(),
    secret: () => undefined,
  };
}

const docker1 = { instanceId: 'i-1', hostname: 'docker1', publicIp: '' };

function checkpoint(over: Partial<ReleaseCheckpoint> = {}): ReleaseCheckpoint {
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
    records: {},
    touched: [docker1],
    inFlight: [{ commandId: 'cmd-9', hosts: [docker1] }],
    sending: [],
    policy: {
      batchSize: 1,
      failurePolicy: 'rollback',
      timeoutMinutes: 30,
      force: false,
      manual: [],
      lockName: '/berth/production/lock',
      lockWaitSeconds: 0,
    },
    rollbar: [],
    ...over,
  };
}

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

describe('Ctrl-C during berth deploy', () => {
  it('the first stops the release (no kill) and says what finishes; the second quits naming what runs, the lock left', () => {
    const lines: string[] = [];
    const exits: number[] = [];
    const cancel = cancelOnCtrlC(log(lines), (code) => void exits.push(code));
    dispose = cancel.dispose;
    cancel.onCheckpoint(checkpoint());
    process.emit('SIGINT', 'SIGINT');
    expect(cancel.signal.aborted).toBe(true);
    expect(exits).toEqual([]);
    expect(lines.at(-1)).toMatch(/^warn SIGINT: stopping\. No new batch starts; the batch in flight \(docker1 \(i-1\)\) finishes/);
    process.emit('SIGINT', 'SIGINT');
    expect(exits).toEqual([130]);
    expect(lines.at(-1)).toBe(
      'error SIGINT again: quitting; still running on docker1 (i-1) (command cmd-9). The deploy lock /berth/production/lock stays; run berth unlock once the hosts are done.',
    );
  });

  it('says so when nothing runs and no lock was taken', () => {
    expect(describeLeft(checkpoint({ inFlight: [], lock: undefined as never }))).toBe(
      'no host command is running. No deploy lock was held.',
    );
    expect(describeLeft(undefined)).toBe('nothing was started on the hosts.');
  });
});
