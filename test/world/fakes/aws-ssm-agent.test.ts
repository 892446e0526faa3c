// The fake SSM Run Command behaves like the service and its agent in time and in killing: a command reaches
// the agent after deliveryMs, its end shows statusLagMs later in every read alike, and a cancel or an
// execution timeout SIGKILLs the script's whole process group (no trap runs, children die too).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CancelCommandCommand,
  GetCommandInvocationCommand,
  ListCommandInvocationsCommand,
  ListCommandsCommand,
  SendCommandCommand,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../proc.js';
import { DEFAULT_LATENCY, type FakeAws, type Latency, managedInstanceOf, shellInstance, startFakeAws } from './aws.js';
import { eventually, ssmClient } from './aws/test-clients.js';

vi.setConfig({ testTimeout: 30_000 });

const TERMINAL = ['Success', 'Failed', 'TimedOut', 'Cancelled'];
const SHELL = 'i-0a9e000000000000a';
const WORLD_STYLE = 'i-0a9e000000000000b';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'berth-fake-agent-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fake with the two ways the fake runs scripts: a local bash (shellInstance) and a world host's (test/world/proc.ts). */
async function agentFake(latency: Latency): Promise<{ fake: FakeAws; ssm: SSMClient }> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  const fake = await startFakeAws({
    instances: [
      shellInstance({ instanceId: SHELL, hostname: 'shell', cwd: root, env }),
      // What test/world/index.ts does for its hosts' commands: test/world/proc.ts's run of bash.
      managedInstanceOf({
        instanceId: WORLD_STYLE,
        hostname: 'worldstyle',
        address: '127.0.0.1',
        tags: {},
        runCommands: async (commands, opts) => {
          const result = await run(['bash', '-c', commands.join('\n')], {
            env: { ...env, ...opts.env },
            cwd: root,
            timeoutMs: opts.timeoutSeconds * 1000,
            ...(opts.signal ? { signal: opts.signal } : {}),
          });
          return {
            exitCode: result.code,
            stdout: result.stdout,
            stderr: result.stderr,
            timedOut: result.timedOut,
            cancelled: result.aborted,
          };
        },
      }),
    ],
    latency,
  });
  return { fake, ssm: ssmClient(fake.endpoint) };
}

async function send(ssm: SSMClient, instanceId: string, commands: string[], executionTimeout?: string): Promise<string> {
  const parameters: Record<string, string[]> = { commands };
  if (executionTimeout) parameters.executionTimeout = [executionTimeout];
  const sent = await ssm.send(
    new SendCommandCommand({ DocumentName: 'AWS-RunShellScript', InstanceIds: [instanceId], Parameters: parameters }),
  );
  return sent.Command?.CommandId ?? '';
}

const getInvocation = (ssm: SSMClient, commandId: string, instanceId: string) =>
  ssm.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId }));

/** Gone, or a zombie nobody reaps (a killed script's orphans go to init, which may not reap in a container). */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

describe('latency like the real service', () => {
  it('defaults to about a second each for delivery and status, and refuses negative values', async () => {
    const fake = await startFakeAws({ instances: [] });
    try {
      expect(fake.latency).toEqual({ deliveryMs: 1_000, statusLagMs: 1_000 });
      expect(fake.latency).toEqual(DEFAULT_LATENCY);
    } finally {
      await fake.stop();
    }
    await expect(startFakeAws({ instances: [], latency: { statusLagMs: -1 } })).rejects.toThrow(/latency.statusLagMs/);
  });

  describe('with a delivery delay and a long status lag', () => {
    const latency: Latency = { deliveryMs: 700, statusLagMs: 2_500 };
    let fake: FakeAws;
    let ssm: SSMClient;
    beforeAll(async () => {
      ({ fake, ssm } = await agentFake(latency));
    });
    afterAll(async () => {
      ssm.destroy();
      await fake.stop();
    });

    it('starts the script deliveryMs after SendCommand and shows its end statusLagMs later, in every read alike', async () => {
      const mark = mkdtempSync(join(root, 'timing-'));
      const sentAt = Date.now();
      const commandId = await send(ssm, SHELL, [`date +%s%3N > ${mark}/started`, 'echo out', `date +%s%3N > ${mark}/ended`]);
      const ended = await eventually(
        async () => (existsSync(join(mark, 'ended')) ? Number(readFileSync(join(mark, 'ended'), 'utf8')) : 0),
        (at) => at > 0,
        10_000,
        20,
      );
      expect(Number(readFileSync(join(mark, 'started'), 'utf8')) - sentAt).toBeGreaterThanOrEqual(latency.deliveryMs);
      // The script has ended; the service does not know yet: GetCommandInvocation, the listing and the command agree.
      const [invocation, listing, commands] = await Promise.all([
        getInvocation(ssm, commandId, SHELL),
        ssm.send(new ListCommandInvocationsCommand({ CommandId: commandId, Details: true })),
        ssm.send(new ListCommandsCommand({ CommandId: commandId })),
      ]);
      expect(invocation).toMatchObject({ Status: 'InProgress', StandardOutputContent: '', ExecutionEndDateTime: '' });
      expect(listing.CommandInvocations?.[0]).toMatchObject({ Status: 'InProgress' });
      expect(listing.CommandInvocations?.[0]?.CommandPlugins?.[0]).toMatchObject({ Status: 'InProgress', Output: '' });
      expect(commands.Commands?.[0]).toMatchObject({ Status: 'InProgress', CompletedCount: 0 });

      const final = await eventually(
        () => getInvocation(ssm, commandId, SHELL),
        (inv) => TERMINAL.includes(inv.Status ?? ''),
        10_000,
        20,
      );
      const seenAt = Date.now();
      expect(final).toMatchObject({ Status: 'Success', ResponseCode: 0, StandardOutputContent: 'out\n' });
      expect(seenAt - ended).toBeGreaterThanOrEqual(latency.statusLagMs);
      // The end time is when the script ended, not when the service learnt it.
      expect(Date.parse(final.ExecutionEndDateTime ?? '')).toBeLessThanOrEqual(seenAt - latency.statusLagMs);
      const [listed, command] = await Promise.all([
        ssm.send(new ListCommandInvocationsCommand({ CommandId: commandId, Details: true })),
        ssm.send(new ListCommandsCommand({ CommandId: commandId })),
      ]);
      expect(listed.CommandInvocations?.[0]?.CommandPlugins?.[0]).toMatchObject({ Status: 'Success', Output: 'out\n' });
      expect(command.Commands?.[0]).toMatchObject({ Status: 'Success', CompletedCount: 1 });
    });

    it('shows Cancelling at once; the cancel reaches the agent after deliveryMs and Cancelled shows statusLagMs after the kill', async () => {
      const commandId = await send(ssm, SHELL, ['sleep 30']);
      await eventually(
        () => getInvocation(ssm, commandId, SHELL),
        (inv) => inv.Status === 'InProgress',
      );
      const cancelledAt = Date.now();
      await ssm.send(new CancelCommandCommand({ CommandId: commandId }));
      expect((await getInvocation(ssm, commandId, SHELL)).Status).toBe('Cancelling');
      const final = await eventually(
        () => getInvocation(ssm, commandId, SHELL),
        (inv) => TERMINAL.includes(inv.Status ?? ''),
        10_000,
        20,
      );
      expect(final.Status).toBe('Cancelled');
      expect(Date.now() - cancelledAt).toBeGreaterThanOrEqual(latency.deliveryMs + latency.statusLagMs);
    });
  });
});

describe('cancel and execution timeout kill the process group with SIGKILL, as the agent on Linux', () => {
  let fake: FakeAws;
  let ssm: SSMClient;
  // A little latency, so the kill goes through the same delayed path as with the defaults, quickly.
  beforeAll(async () => {
    ({ fake, ssm } = await agentFake({ deliveryMs: 200, statusLagMs: 200 }));
  });
  afterAll(async () => {
    ssm.destroy();
    await fake.stop();
  });

  /** A script that would clean up on TERM (marker file) and waits on a child: neither may survive. */
  const trapping = (mark: string) => [
    `trap 'touch ${mark}/trapped; exit 3' TERM`,
    `sleep 30 & echo $! > ${mark}/child.pid`,
    `echo $$ > ${mark}/shell.pid`,
    'wait',
  ];

  describe.each([
    ['a local bash (shellInstance)', SHELL],
    ['a world host (test/world/proc.ts)', WORLD_STYLE],
  ])('on %s', (_kind, instanceId) => {
    async function expectKilled(mark: string): Promise<void> {
      const pids = ['shell.pid', 'child.pid'].map((file) => Number(readFileSync(join(mark, file), 'utf8')));
      await eventually(
        async () => pids.map(isGone),
        (gone) => gone.every(Boolean),
        3_000,
      );
      // A TERM would have run the trap; SIGKILL gives it no chance.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(existsSync(join(mark, 'trapped'))).toBe(false);
    }

    it('CancelCommand: Cancelled, the script and its child gone, the trap never ran', async () => {
      const mark = mkdtempSync(join(root, 'cancel-'));
      const commandId = await send(ssm, instanceId, trapping(mark));
      await eventually(async () => existsSync(join(mark, 'shell.pid')), Boolean);
      await ssm.send(new CancelCommandCommand({ CommandId: commandId }));
      const final = await eventually(
        () => getInvocation(ssm, commandId, instanceId),
        (inv) => TERMINAL.includes(inv.Status ?? ''),
      );
      expect(final).toMatchObject({ Status: 'Cancelled', StatusDetails: 'Cancelled', ResponseCode: -1 });
      await expectKilled(mark);
    });

    it('executionTimeout: TimedOut, the script and its child gone, the trap never ran', async () => {
      const mark = mkdtempSync(join(root, 'timeout-'));
      const commandId = await send(ssm, instanceId, trapping(mark), '1');
      const final = await eventually(
        () => getInvocation(ssm, commandId, instanceId),
        (inv) => TERMINAL.includes(inv.Status ?? ''),
      );
      expect(final).toMatchObject({ Status: 'TimedOut', StatusDetails: 'ExecutionTimedOut', ResponseCode: -1 });
      await expectKilled(mark);
    });
  });
});
