import { describe, expect, it } from 'vitest';
import { createHostRunner } from '../../src/deploy/host-runner.js';
import { expectedFinishMs, followUpMs, nextLookDelay } from '../../src/deploy/poll-schedule.js';
import type { CommandInvocation, CommandPort, HostRunRequest, TargetHost } from '../../src/deploy/ports.js';
import type { HostResult } from '../../src/stack/host-plan.js';

/** A Run Command that lives on a fake clock: each host finishes `durationMs` after the send. */
function fakeCommands(
  options: {
    durationMs?: (instanceId: string) => number;
    fails?: string[];
    silent?: string[];
    hiddenListCalls?: number;
    throttleListCalls?: number[];
    longOutput?: boolean;
    expiresAt?: number;
    failDetailsOnce?: boolean;
  } = {},
) {
  let detailsFailed = false;
  let clock = 0;
  const calls: string[] = [];
  const sent: { commandId: string; instanceIds: string[]; commands: string[]; at: number }[] = [];
  const cancelled: string[] = [];
  let listCalls = 0;
  const resultLine = (id: string, ok: boolean): string =>
    JSON.stringify({ ok, mode: 'rollout', instanceId: id } satisfies Partial<HostResult>);
  const invocation = (c: (typeof sent)[number], id: string, details: boolean): CommandInvocation => {
    const done = !options.silent?.includes(id) && clock >= c.at + (options.durationMs?.(id) ?? 3000);
    const failed = options.fails?.includes(id) ?? false;
    const status = cancelled.includes(`${c.commandId} ${id}`) ? 'Cancelled' : done ? (failed ? 'Failed' : 'Success') : 'InProgress';
    const stdout = `${options.longOutput ? 'x'.repeat(3000) : 'log line'}\n${resultLine(id, !failed)}\n`;
    return {
      commandId: c.commandId,
      instanceId: id,
      status,
      ...(details && done ? { stdout: options.longOutput ? stdout.slice(0, 2500) : stdout, exitCode: failed ? 1 : 0 } : {}),
    };
  };
  const port: CommandPort = {
    async send(input) {
      calls.push('send');
      const commandId = `cmd-${sent.length + 1}`;
      sent.push({ commandId, instanceIds: input.instanceIds, commands: input.commands, at: clock });
      return { commandId, requestedAt: new Date(clock) };
    },
    async listInvocations(query) {
      calls.push(`list${query.commandId ? ' one' : ' since'}${query.details ? ' details' : ''}`);
      listCalls += 1;
      if (options.throttleListCalls?.includes(listCalls)) throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
      if (query.details && options.failDetailsOnce && !detailsFailed) {
        detailsFailed = true;
        throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
      }
      if (listCalls <= (options.hiddenListCalls ?? 0)) return [];
      const commands = sent.filter((c) =>
        query.commandId ? c.commandId === query.commandId : c.at >= (query.invokedAfter?.getTime() ?? 0),
      );
      return commands.flatMap((c) => c.instanceIds.map((id) => invocation(c, id, query.details)));
    },
    async getInvocation(commandId, instanceId) {
      calls.push('get');
      const c = sent.find((s) => s.commandId === commandId);
      if (!c) return undefined;
      const inv = invocation(c, instanceId, true);
      return { ...inv, stdout: `${'x'.repeat(3000)}\n${resultLine(instanceId, !options.fails?.includes(instanceId))}\n` };
    },
    async cancel(commandId, instanceIds) {
      calls.push('cancel');
      for (const id of instanceIds ?? []) cancelled.push(`${commandId} ${id}`);
    },
    async describeInstances() {
      return [];
    },
    ...(options.expiresAt !== undefined ? { credentialsExpireAt: async () => new Date(options.expiresAt as number) } : {}),
  };
  return {
    port,
    calls,
    sent,
    now: () => clock,
    sleep: async (ms: number) => void (clock += ms),
  };
}

const parseResult = (stdout: string): HostResult | undefined => {
  const last = stdout.trim().split('\n').pop() ?? '';
  try {
    const value = JSON.parse(last) as HostResult;
    return typeof value.ok === 'boolean' ? value : undefined;
  } catch {
    return undefined;
  }
};

const hosts = (n: number): TargetHost[] => Array.from({ length: n }, (_, i) => ({ instanceId: `i-${i}`, hostname: `h${i}`, publicIp: '' }));

function request(targets: TargetHost[], over: Partial<HostRunRequest> = {}, sameCommands = false): HostRunRequest {
  return {
    sends: sameCommands
      ? [{ hosts: targets, commands: ['same'] }]
      : targets.map((host) => ({ hosts: [host], commands: [`plan for ${host.instanceId}`] })),
    comment: 'test',
    deadline: 600_000,
    executionTimeoutSeconds: 600,
    ...over,
  };
}

describe('the watch loop', () => {
  it('sends hosts with the same commands together, at most 50 a command', async () => {
    const f = fakeCommands();
    const runner = createHostRunner(f.port, { pollIntervalMs: 1000, parseResult, now: f.now, sleep: f.sleep });
    const out = await runner.run(request(hosts(120), {}, true));
    expect(f.sent.map((s) => s.instanceIds.length)).toEqual([50, 50, 20]);
    expect(out.every((o) => o.status === 'Success' && o.result?.ok === true)).toBe(true);
  });

  it('polls all single-host commands with one listing a round, details only when some finished', async () => {
    const f = fakeCommands({ durationMs: (id) => (id === 'i-0' ? 2000 : 4000) });
    const runner = createHostRunner(f.port, { pollIntervalMs: 1000, parseResult, now: f.now, sleep: f.sleep });
    const out = await runner.run(request(hosts(10)));
    expect(out.map((o) => o.status)).toEqual(Array(10).fill('Success'));
    const lists = f.calls.filter((c) => c.startsWith('list'));
    // Rounds at 1, 2, 3 and 4 s: one listing each, plus one details listing in the 2 rounds where hosts finished.
    expect(lists).toEqual(['list since', 'list since', 'list since details', 'list since', 'list since', 'list since details']);
    expect(f.calls.filter((c) => c === 'get')).toHaveLength(0);
  });

  it('treats an empty listing right after the send as pending, not as a failure', async () => {
    const f = fakeCommands({ hiddenListCalls: 3, durationMs: () => 1000 });
    const runner = createHostRunner(f.port, { pollIntervalMs: 500, parseResult, now: f.now, sleep: f.sleep });
    const out = await runner.run(request(hosts(1)));
    expect(out[0]?.status).toBe('Success');
    expect(f.calls.filter((c) => c === 'list one').length).toBeGreaterThan(3);
  });

  it('loses a round to throttling and still ends with the right outcome', async () => {
    const f = fakeCommands({ throttleListCalls: [1, 2, 4], fails: ['i-1'] });
    const warnings: string[] = [];
    const runner = createHostRunner(f.port, {
      pollIntervalMs: 1000,
      parseResult,
      now: f.now,
      sleep: f.sleep,
      warn: (m) => warnings.push(m),
    });
    const out = await runner.run(request(hosts(2)));
    expect(out.map((o) => o.status)).toEqual(['Success', 'Failed']);
    expect(out[1]?.result?.ok).toBe(false);
    expect(warnings.filter((w) => w.includes('Rate exceeded'))).toHaveLength(3);
  });

  it("reads finished hosts' output in the next round when the details listing is throttled, not host by host", async () => {
    const f = fakeCommands({ failDetailsOnce: true });
    const runner = createHostRunner(f.port, { pollIntervalMs: 1000, parseResult, now: f.now, sleep: f.sleep });
    const out = await runner.run(request(hosts(3)));
    expect(out.every((o) => o.status === 'Success' && o.result?.ok === true)).toBe(true);
    expect(f.calls.filter((c) => c === 'get')).toHaveLength(0);
    expect(f.calls.filter((c) => c === 'list since details')).toHaveLength(2);
  });

  it('reads the whole output once when the listing cut the result off', async () => {
    const f = fakeCommands({ longOutput: true });
    const runner = createHostRunner(f.port, { pollIntervalMs: 1000, parseResult, now: f.now, sleep: f.sleep });
    const out = await runner.run(request(hosts(2)));
    expect(out.every((o) => o.result?.ok === true)).toBe(true);
    expect(f.calls.filter((c) => c === 'get')).toHaveLength(2);
  });

  it('cancels what is still running at the deadline and says so', async () => {
    const f = fakeCommands({ silent: ['i-1'] });
    const runner = createHostRunner(f.port, { pollIntervalMs: 1000, parseResult, now: f.now, sleep: f.sleep });
    const out = await runner.run(request(hosts(2), { deadline: 20_000 }));
    expect(out.map((o) => o.status)).toEqual(['Success', 'TimedOut']);
    expect(out[1]?.stderrTail).toMatch(/no final answer .*deadline.*cancelled/);
    expect(f.calls.filter((c) => c === 'cancel')).toHaveLength(1);
    expect(f.now()).toBe(20_000);
  });

  it('ends the wait before the credentials expire', async () => {
    const f = fakeCommands({ silent: ['i-0'], expiresAt: 10 * 60_000 });
    const runner = createHostRunner(f.port, {
      pollIntervalMs: 5000,
      parseResult,
      now: f.now,
      sleep: f.sleep,
      credentialsMarginMs: 120_000,
    });
    const out = await runner.run(request(hosts(1), { deadline: 60 * 60_000 }));
    expect(out[0]?.status).toBe('CredentialsExpiring');
    expect(out[0]?.stderrTail).toMatch(/credentials expire/);
    expect(f.now()).toBeLessThan(10 * 60_000);
    expect(f.calls).toContain('cancel');
  });

  it('cancels in-flight commands when the deploy is cancelled', async () => {
    const f = fakeCommands({ silent: ['i-0'] });
    const controller = new AbortController();
    const sleep = async (ms: number) => {
      await f.sleep(ms);
      if (f.now() >= 3000) controller.abort();
    };
    const runner = createHostRunner(f.port, { pollIntervalMs: 1000, parseResult, now: f.now, sleep });
    const out = await runner.run(request(hosts(1), { signal: controller.signal }));
    expect(out[0]?.status).toBe('Cancelled');
    expect(f.calls).toContain('cancel');
  });

  it('reports one progress line per state change', async () => {
    const f = fakeCommands({ durationMs: () => 3000 });
    const seen: string[] = [];
    const runner = createHostRunner(f.port, { pollIntervalMs: 1000, parseResult, now: f.now, sleep: f.sleep });
    await runner.run(request(hosts(1), { onProgress: (h, s) => seen.push(`${h.instanceId} ${s}`) }));
    expect(seen).toEqual(['i-0 Sent', 'i-0 InProgress', 'i-0 Success']);
  });

  it('sends a plan set to all its hosts in one SendCommand and still reports each host on its own', async () => {
    const f = fakeCommands({ fails: ['i-1'] });
    const runner = createHostRunner(f.port, { pollIntervalMs: 1000, parseResult, now: f.now, sleep: f.sleep });
    const targets = hosts(3);
    const out = await runner.run({ ...request([]), sends: [{ hosts: targets, commands: ['plan set for i-0 i-1 i-2'] }] });
    expect(f.sent.map((s) => s.instanceIds)).toEqual([['i-0', 'i-1', 'i-2']]);
    expect(out.map((o) => `${o.host.instanceId} ${o.commandId} ${o.status}`)).toEqual([
      'i-0 cmd-1 Success',
      'i-1 cmd-1 Failed',
      'i-2 cmd-1 Success',
    ]);
    // One command in flight: listed by its id.
    expect(f.calls.filter((c) => c.startsWith('list')).every((c) => c.startsWith('list one'))).toBe(true);
  });

  it('merges sends with the same commands and splits every send at 50 instances', async () => {
    const f = fakeCommands();
    const runner = createHostRunner(f.port, { pollIntervalMs: 1000, parseResult, now: f.now, sleep: f.sleep });
    const many = hosts(70);
    await runner.run({
      ...request([]),
      sends: [
        { hosts: many.slice(0, 10), commands: ['same'] },
        { hosts: many.slice(10, 65), commands: ['set'] },
        { hosts: many.slice(65), commands: ['same'] },
      ],
    });
    expect(f.sent.map((s) => `${s.commands[0]} ${s.instanceIds.length}`).sort()).toEqual(['same 15', 'set 5', 'set 50']);
    await expect(
      runner.run({
        ...request([]),
        sends: [
          { hosts: many.slice(0, 2), commands: ['a'] },
          { hosts: many.slice(1, 3), commands: ['b'] },
        ],
      }),
    ).rejects.toThrow(/i-1 is in more than one send/);
  });

  it('a SendCommand that fails (throttled past its retries) fails every host it covered, naming them; other sends go on', async () => {
    const f = fakeCommands();
    const send = f.port.send.bind(f.port);
    f.port.send = async (input) => {
      if (input.commands[0] === 'set A') throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
      return send(input);
    };
    const warnings: string[] = [];
    const runner = createHostRunner(f.port, {
      pollIntervalMs: 1000,
      parseResult,
      now: f.now,
      sleep: f.sleep,
      warn: (m) => warnings.push(m),
    });
    const targets = hosts(4);
    const out = await runner.run({
      ...request([]),
      sends: [
        { hosts: targets.slice(0, 2), commands: ['set A'] },
        { hosts: targets.slice(2), commands: ['set B'] },
      ],
    });
    const byHost = Object.fromEntries(out.map((o) => [o.host.instanceId, o]));
    expect(['i-0', 'i-1', 'i-2', 'i-3'].map((id) => byHost[id]?.status)).toEqual(['Undeliverable', 'Undeliverable', 'Success', 'Success']);
    expect(byHost['i-0']?.stderrTail).toBe('SendCommand for 2 host(s) (i-0, i-1) failed: ThrottlingException: Rate exceeded');
    expect(byHost['i-1']?.stderrTail).toBe(byHost['i-0']?.stderrTail);
    expect(warnings).toEqual(['SendCommand for 2 host(s) (i-0, i-1) failed: ThrottlingException: Rate exceeded']);
  });

  it('turns a failed SendCommand into failed hosts, not a thrown error', async () => {
    const f = fakeCommands();
    f.port.send = async () => {
      throw Object.assign(new Error('Parameters too large'), { name: 'ValidationException' });
    };
    const runner = createHostRunner(f.port, { pollIntervalMs: 1000, parseResult, now: f.now, sleep: f.sleep });
    const out = await runner.run(request(hosts(2)));
    expect(out.map((o) => o.status)).toEqual(['Undeliverable', 'Undeliverable']);
    expect(out[0]?.stderrTail).toContain('ValidationException: Parameters too large');
  });
});

describe('commands a cancelled step left running', () => {
  it('tells onSent of each command SSM took, with its hosts', async () => {
    const f = fakeCommands();
    const runner = createHostRunner(f.port, { pollIntervalMs: 1000, parseResult, now: f.now, sleep: f.sleep });
    const sent: string[] = [];
    await runner.run(request(hosts(2), { onSent: (c) => void sent.push(`${c.commandId}: ${c.hosts.map((h) => h.instanceId).join(',')}`) }));
    expect(sent).toEqual(['cmd-1: i-0', 'cmd-2: i-1']);
  });

  it('waits for commands sent by another process until they end, never cancelling them', async () => {
    const f = fakeCommands({ durationMs: (id) => (id === 'i-0' ? 2000 : 5000) });
    const runner = createHostRunner(f.port, { pollIntervalMs: 1000, parseResult, now: f.now, sleep: f.sleep });
    const [a, b] = hosts(2) as [TargetHost, TargetHost];
    const first = await f.port.send({ instanceIds: ['i-0', 'i-1'], commands: ['x'], comment: 't', executionTimeoutSeconds: 60 });
    const out = await runner.watch?.([{ commandId: first.commandId, hosts: [a, b], sentAt: 0 }], { deadline: 60_000 });
    expect(out?.map((o) => `${o.host.instanceId} ${o.status} ${o.result?.ok}`)).toEqual(['i-0 Success true', 'i-1 Success true']);
    expect(f.calls).not.toContain('cancel');
  });

  it('ends the wait at its deadline with StillRunning, and still cancels nothing', async () => {
    const f = fakeCommands({ silent: ['i-1'] });
    const runner = createHostRunner(f.port, { pollIntervalMs: 1000, parseResult, now: f.now, sleep: f.sleep });
    const [a, b] = hosts(2) as [TargetHost, TargetHost];
    const one = await f.port.send({ instanceIds: ['i-0'], commands: ['x'], comment: 't', executionTimeoutSeconds: 60 });
    const two = await f.port.send({ instanceIds: ['i-1'], commands: ['y'], comment: 't', executionTimeoutSeconds: 60 });
    const out = await runner.watch?.(
      [
        { commandId: one.commandId, hosts: [a], sentAt: 0 },
        { commandId: two.commandId, hosts: [b], sentAt: 0 },
      ],
      { deadline: 20_000 },
    );
    expect(out?.map((o) => `${o.host.instanceId} ${o.status}`)).toEqual(['i-0 Success', 'i-1 StillRunning']);
    expect(f.calls).not.toContain('cancel');
  });
});

describe('the poll schedule: a first look soon, one at the expected finish, then steady', () => {
  /** The clock at each status listing (details listings aside). */
  function looks(f: ReturnType<typeof fakeCommands>): number[] {
    const at: number[] = [];
    const list = f.port.listInvocations.bind(f.port);
    f.port.listInvocations = async (query) => {
      if (!query.details) at.push(f.now());
      return list(query);
    };
    return at;
  }

  it('looks 1 s after the send, then at the expected finish (round trip + expected seconds)', async () => {
    const f = fakeCommands({ durationMs: () => 6000 });
    const at = looks(f);
    const runner = createHostRunner(f.port, { pollIntervalMs: 10_000, parseResult, now: f.now, sleep: f.sleep });
    const out = await runner.run(request(hosts(2), { expectedSeconds: 4 }));
    expect(out.map((o) => o.status)).toEqual(['Success', 'Success']);
    // 2,000 ms round trip + 4 s: the second look at 6,000 ms finds both done (steady alone: 10,000).
    expect(at).toEqual([1000, 6000]);
  });

  it('without an expected finish: the first look, then the steady interval', async () => {
    const f = fakeCommands({ durationMs: () => 7000 });
    const at = looks(f);
    const runner = createHostRunner(f.port, { pollIntervalMs: 5000, parseResult, now: f.now, sleep: f.sleep });
    await runner.run(request(hosts(1)));
    // The steady rounds stay on the interval's own grid (5 and 10 s after the send).
    expect(at).toEqual([1000, 5000, 10000]);
  });

  it('an expected finish past the next steady round adds a look at it and a few after it', async () => {
    const f = fakeCommands({ durationMs: () => 14_000 });
    const at = looks(f);
    const runner = createHostRunner(f.port, { pollIntervalMs: 5000, parseResult, now: f.now, sleep: f.sleep });
    await runner.run(request(hosts(1), { expectedSeconds: 10 }));
    // Expected at 2,000 + 10,000 = 12,000 ms: steady rounds before it are kept (a host may fail early);
    // after it a look every half second for a few seconds (the host's own overhead), here finding it at 14 s.
    expect(at).toEqual([1000, 5000, 10000, 12000, 12500, 13000, 13500, 14000]);
  });

  it("the half-second looks go on for twice the hosts' recorded overhead beyond the usual 4 s", async () => {
    const f = fakeCommands({ durationMs: () => 19_000 });
    const at = looks(f);
    const runner = createHostRunner(f.port, { pollIntervalMs: 10_000, parseResult, now: f.now, sleep: f.sleep });
    await runner.run(request(hosts(1), { expectedSeconds: 10, expectedOverheadSeconds: 3 }));
    // Expected at 12,000 ms; half-second looks until 12,000 + 4,000 + 2 x 3,000 = 22,000 (the steady round
    // at 20,000 among them): found at 19,000, not at the next steady round (30,000).
    expect(at).toEqual([
      1000, 10000, 12000, 12500, 13000, 13500, 14000, 14500, 15000, 15500, 16000, 16500, 17000, 17500, 18000, 18500, 19000,
    ]);
    // Without the overhead the half-second looks end at 16,000 and the next is the steady one (20,000).
    const g = fakeCommands({ durationMs: () => 19_000 });
    const without = looks(g);
    await createHostRunner(g.port, { pollIntervalMs: 10_000, parseResult, now: g.now, sleep: g.sleep }).run(
      request(hosts(1), { expectedSeconds: 10 }),
    );
    expect(without).toEqual([1000, 10000, 12000, 12500, 13000, 13500, 14000, 14500, 15000, 15500, 16000, 20000]);
  });

  it('nextLookDelay: the steady rounds keep their grid from the send', () => {
    const schedule = { firstLookMs: 1000, intervalMs: 5000, expectedMs: 3000 };
    expect(nextLookDelay(schedule, 0, undefined, 0)).toBe(1000);
    expect(nextLookDelay(schedule, 0, 1000, 1000)).toBe(2000);
    // Past the expected finish: every half second for FOLLOW_UP_MS, then the steady grid only.
    expect(nextLookDelay(schedule, 0, 3000, 3000)).toBe(500);
    expect(nextLookDelay(schedule, 0, 6500, 6500)).toBe(500);
    expect(nextLookDelay(schedule, 0, 7000, 7000)).toBe(3000);
    expect(nextLookDelay({ firstLookMs: 1000, intervalMs: 5000 }, 0, 1000, 1200)).toBe(3800);
    expect(nextLookDelay({ firstLookMs: 1000, intervalMs: 5000 }, 0, 5000, 5000)).toBe(5000);
    expect(expectedFinishMs(undefined)).toBeUndefined();
    expect(expectedFinishMs(10)).toBe(12_000);
    expect(followUpMs(undefined)).toBe(4_000);
    expect(followUpMs(1.5)).toBe(7_000);
  });
});
