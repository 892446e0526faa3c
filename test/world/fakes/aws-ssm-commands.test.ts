import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CancelCommandCommand,
  DescribeInstanceInformationCommand,
  GetCommandInvocationCommand,
  type GetCommandInvocationCommandOutput,
  InvalidInstanceId,
  InvocationDoesNotExist,
  ListCommandInvocationsCommand,
  ListCommandsCommand,
  SendCommandCommand,
  type SendCommandCommandInput,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type FakeAws,
  type HostLike,
  type ManagedInstance,
  managedInstanceOf,
  NO_LATENCY,
  shellInstance,
  simulatedInstance,
  startFakeAws,
} from './aws.js';
import { eventually, ssmClient } from './aws/test-clients.js';

// Real processes and sockets: a busy 2-core machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const WEB1 = 'i-0aaaaaaaaaaaaaaa1';
const WEB2 = 'i-0aaaaaaaaaaaaaaa2';
const WORKER = 'i-0bbbbbbbbbbbbbbb1';

let root: string;
let fake: FakeAws;
let ssm: SSMClient;

function hostDir(instanceId: string): string {
  return join(root, instanceId);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'berth-fake-aws-'));
  const host = (instanceId: string, hostname: string, role: string): ManagedInstance => {
    const dir = hostDir(instanceId);
    rmSync(dir, { recursive: true, force: true });
    return shellInstance({
      instanceId,
      hostname,
      ipAddress: '127.0.0.1',
      tags: { Role: role, Stack: 'demo' },
      cwd: root,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOST_DIR: dir },
    });
  };
  // No latency: these tests are about what the calls answer, not when (aws-ssm-agent.test.ts covers timing).
  fake = await startFakeAws({
    instances: [host(WEB1, 'web1', 'web'), host(WEB2, 'web2', 'web'), host(WORKER, 'worker1', 'worker')],
    latency: NO_LATENCY,
  });
  ssm = ssmClient(fake.endpoint);
});
afterAll(async () => {
  ssm.destroy();
  await fake.stop();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => fake.faults.reset());
afterEach(() => fake.faults.reset());

async function send(input: Partial<SendCommandCommandInput> & { commands: string[]; executionTimeout?: string }): Promise<string> {
  const { commands, executionTimeout, ...rest } = input;
  const parameters: Record<string, string[]> = { commands };
  if (executionTimeout) parameters.executionTimeout = [executionTimeout];
  const sent = await ssm.send(new SendCommandCommand({ DocumentName: 'AWS-RunShellScript', Parameters: parameters, ...rest }));
  return sent.Command?.CommandId ?? '';
}

const TERMINAL = ['Success', 'Failed', 'TimedOut', 'Cancelled'];

function finished(commandId: string, instanceId: string, timeoutMs = 10_000): Promise<GetCommandInvocationCommandOutput> {
  return eventually(
    () => ssm.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId })),
    (invocation) => TERMINAL.includes(invocation.Status ?? ''),
    timeoutMs,
  );
}

async function commandStatus(commandId: string): Promise<{ status: string; details: string; completed: number; errors: number }> {
  const listed = await ssm.send(new ListCommandsCommand({ CommandId: commandId }));
  const command = listed.Commands?.[0];
  return {
    status: command?.Status ?? '',
    details: command?.StatusDetails ?? '',
    completed: command?.CompletedCount ?? -1,
    errors: command?.ErrorCount ?? -1,
  };
}

describe('fake SSM Run Command, as the SDK sees it', () => {
  it('describes the managed instances, filtered by id or tag', async () => {
    const all = await ssm.send(new DescribeInstanceInformationCommand({}));
    expect(all.InstanceInformationList?.map((info) => info.InstanceId)).toEqual([WEB1, WEB2, WORKER]);
    expect(all.InstanceInformationList?.[0]).toMatchObject({
      PingStatus: 'Online',
      PlatformType: 'Linux',
      ComputerName: 'web1',
      IPAddress: '127.0.0.1',
    });
    const byId = await ssm.send(new DescribeInstanceInformationCommand({ Filters: [{ Key: 'InstanceIds', Values: [WORKER] }] }));
    expect(byId.InstanceInformationList?.map((info) => info.InstanceId)).toEqual([WORKER]);
    const byTag = await ssm.send(new DescribeInstanceInformationCommand({ Filters: [{ Key: 'tag:Role', Values: ['web'] }] }));
    expect(byTag.InstanceInformationList?.map((info) => info.InstanceId)).toEqual([WEB1, WEB2]);
  });

  it('really runs the script on each named instance and reports exit code and output', async () => {
    const commandId = await send({
      InstanceIds: [WEB1, WORKER],
      Comment: 'berth test run',
      commands: ['mkdir -p "$HOST_DIR"', 'echo "ran on $HOST_DIR" > "$HOST_DIR/ran"', 'cat "$HOST_DIR/ran"', 'echo warning >&2', 'exit 7'],
    });
    expect(commandId).toMatch(/^[0-9a-f-]{36}$/);
    const web1 = await finished(commandId, WEB1);
    expect(web1).toMatchObject({
      Status: 'Failed',
      StatusDetails: 'Failed',
      ResponseCode: 7,
      StandardOutputContent: `ran on ${hostDir(WEB1)}\n`,
      StandardErrorContent: 'warning\n',
      Comment: 'berth test run',
    });
    expect(web1.ExecutionElapsedTime).toMatch(/^PT\d+\.\d+S$/);
    await finished(commandId, WORKER);
    expect(readFileSync(join(hostDir(WORKER), 'ran'), 'utf8')).toBe(`ran on ${hostDir(WORKER)}\n`);
    expect(existsSync(join(hostDir(WEB2), 'ran'))).toBe(false);
    expect(await commandStatus(commandId)).toEqual({ status: 'Failed', details: 'Failed', completed: 2, errors: 2 });
  });

  it('tells each instance of one command which one it runs on, as the agent does (AWS_SSM_INSTANCE_ID)', async () => {
    const commandId = await send({ InstanceIds: [WEB1, WEB2], commands: ['echo "$AWS_SSM_INSTANCE_ID $AWS_SSM_REGION_NAME"'] });
    const region = await ssm.config.region();
    expect((await finished(commandId, WEB1)).StandardOutputContent).toBe(`${WEB1} ${region}\n`);
    expect((await finished(commandId, WEB2)).StandardOutputContent).toBe(`${WEB2} ${region}\n`);
  });

  it('answers Pending first, then Success with exit code 0', async () => {
    const sent = await ssm.send(
      new SendCommandCommand({ DocumentName: 'AWS-RunShellScript', InstanceIds: [WEB2], Parameters: { commands: ['echo ok'] } }),
    );
    expect(sent.Command).toMatchObject({
      Status: 'Pending',
      StatusDetails: 'Pending',
      TargetCount: 1,
      CompletedCount: 0,
      InstanceIds: [WEB2],
    });
    expect(sent.Command?.RequestedDateTime).toBeInstanceOf(Date);
    const commandId = sent.Command?.CommandId ?? '';
    expect(await finished(commandId, WEB2)).toMatchObject({ Status: 'Success', ResponseCode: 0, StandardOutputContent: 'ok\n' });
    expect((await commandStatus(commandId)).status).toBe('Success');
  });

  it('resolves tag targets to the matching instances only', async () => {
    const commandId = await send({ Targets: [{ Key: 'tag:Role', Values: ['worker'] }], commands: ['echo "$HOST_DIR"'] });
    const invocations = await eventually(
      () => ssm.send(new ListCommandInvocationsCommand({ CommandId: commandId, Details: true })),
      (page) => (page.CommandInvocations ?? []).every((inv) => inv.Status === 'Success'),
    );
    expect(invocations.CommandInvocations?.map((inv) => [inv.InstanceId, inv.InstanceName])).toEqual([[WORKER, 'worker1']]);
    expect(invocations.CommandInvocations?.[0]?.CommandPlugins?.[0]).toMatchObject({
      Name: 'aws:runShellScript',
      ResponseCode: 0,
      Output: `${hostDir(WORKER)}\n`,
    });
  });

  it('truncates output as AWS does: 24,000 chars of stdout, 8,000 of stderr, 2,500 in plugin details', async () => {
    const commandId = await send({
      InstanceIds: [WEB1],
      commands: ["head -c 30000 /dev/zero | tr '\\0' o", "head -c 9000 /dev/zero | tr '\\0' e >&2"],
    });
    const invocation = await finished(commandId, WEB1);
    expect(invocation.Status).toBe('Success');
    expect(invocation.StandardOutputContent).toBe('o'.repeat(24_000));
    expect(invocation.StandardErrorContent).toBe('e'.repeat(8_000));
    const details = await ssm.send(new ListCommandInvocationsCommand({ CommandId: commandId, Details: true }));
    const output = details.CommandInvocations?.[0]?.CommandPlugins?.[0]?.Output ?? '';
    expect(output.length).toBe(2_500);
    expect(output.startsWith('ooo')).toBe(true);
    expect(output.endsWith('---Output truncated---')).toBe(true);
  });

  it('refuses instances SSM does not manage with InvalidInstanceId', async () => {
    const error = await send({ InstanceIds: [WEB1, 'i-0ffffffffffffffff'], commands: ['true'] }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(InvalidInstanceId);
  });

  it('times a command out after executionTimeout and kills its processes', async () => {
    const started = Date.now();
    const commandId = await send({
      InstanceIds: [WEB1],
      executionTimeout: '1',
      commands: ['mkdir -p "$HOST_DIR"', 'echo $$ > "$HOST_DIR/timeout.pid"', 'sleep 30'],
    });
    const invocation = await finished(commandId, WEB1);
    expect(invocation).toMatchObject({ Status: 'TimedOut', StatusDetails: 'ExecutionTimedOut', ResponseCode: -1 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await commandStatus(commandId)).toMatchObject({ status: 'TimedOut', details: 'ExecutionTimedOut' });
    const pid = Number(readFileSync(join(hostDir(WEB1), 'timeout.pid'), 'utf8'));
    await eventually(
      async () => isAlive(pid),
      (alive) => !alive,
      3_000,
    );
  });

  it('cancels a running command', async () => {
    const commandId = await send({ InstanceIds: [WEB2], commands: ['sleep 30'] });
    await eventually(
      () => ssm.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: WEB2 })),
      (inv) => inv.Status === 'InProgress',
    );
    await ssm.send(new CancelCommandCommand({ CommandId: commandId }));
    const invocation = await finished(commandId, WEB2, 5_000);
    expect(invocation.Status).toBe('Cancelled');
    expect(await commandStatus(commandId)).toMatchObject({ status: 'Cancelled', details: 'Cancelled' });
  });

  it('rejects a Comment over 100 characters and unknown documents', async () => {
    const long = await send({ InstanceIds: [WEB1], Comment: 'c'.repeat(101), commands: ['true'] }).catch((caught: Error) => caught);
    expect((long as Error).name).toBe('ValidationException');
    const document = await ssm
      .send(new SendCommandCommand({ DocumentName: 'AWS-RunPowerShellScript', InstanceIds: [WEB1], Parameters: { commands: ['dir'] } }))
      .catch((caught: Error) => caught);
    expect((document as Error).name).toBe('InvalidDocument');
  });

  it('hides new invocations for the first polls when told to (eventual consistency)', async () => {
    fake.faults.invocationsNotYetVisible(3);
    const commandId = await send({ InstanceIds: [WEB1], commands: ['echo visible'] });
    const get = () => ssm.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: WEB1 }));
    const list = () => ssm.send(new ListCommandInvocationsCommand({ CommandId: commandId }));
    expect(await get().catch((caught: Error) => caught)).toBeInstanceOf(InvocationDoesNotExist);
    expect((await list()).CommandInvocations).toEqual([]);
    expect(await get().catch((caught: Error) => caught)).toBeInstanceOf(InvocationDoesNotExist);
    // Three polls of this command saw nothing; from now on both calls see it.
    expect((await list()).CommandInvocations).toHaveLength(1);
    expect((await get()).CommandId).toBe(commandId);
    expect(await finished(commandId, WEB1)).toMatchObject({ Status: 'Success', StandardOutputContent: 'visible\n' });
  });

  it('hides a new command from listings across commands too', async () => {
    fake.faults.invocationsNotYetVisible(1);
    const since = new Date(Date.now() - 1).toISOString();
    const commandId = await send({ InstanceIds: [WEB2], commands: ['true'] });
    const listing = () => ssm.send(new ListCommandInvocationsCommand({ Filters: [{ key: 'InvokedAfter', value: since }] }));
    expect((await listing()).CommandInvocations).toEqual([]);
    expect((await listing()).CommandInvocations?.map((inv) => inv.CommandId)).toEqual([commandId]);
  });
});

describe('fake SSM Run Command with a world-style host', () => {
  it('reports ExecutionTimedOut when the host enforces the timeout itself', async () => {
    const host: HostLike = {
      instanceId: 'i-0e00000000000000a',
      hostname: 'selftimed',
      address: '127.0.0.9',
      tags: { Role: 'web' },
      runCommands: (_commands, { timeoutSeconds }) =>
        new Promise((resolve) =>
          setTimeout(
            () => resolve({ exitCode: -1, stdout: 'partial\n', stderr: '', timedOut: true, cancelled: false }),
            timeoutSeconds * 1000 - 100,
          ),
        ),
    };
    const own = await startFakeAws({ instances: [managedInstanceOf(host)], latency: NO_LATENCY });
    const client = ssmClient(own.endpoint);
    try {
      const info = await client.send(new DescribeInstanceInformationCommand({}));
      expect(info.InstanceInformationList?.[0]).toMatchObject({
        InstanceId: host.instanceId,
        IPAddress: '127.0.0.9',
        ComputerName: 'selftimed',
      });
      const sent = await client.send(
        new SendCommandCommand({
          DocumentName: 'AWS-RunShellScript',
          InstanceIds: [host.instanceId],
          Parameters: { commands: ['sleep 9'], executionTimeout: ['1'] },
        }),
      );
      const invocation = await eventually(
        () => client.send(new GetCommandInvocationCommand({ CommandId: sent.Command?.CommandId ?? '', InstanceId: host.instanceId })),
        (inv) => TERMINAL.includes(inv.Status ?? ''),
      );
      expect(invocation).toMatchObject({ Status: 'TimedOut', StatusDetails: 'ExecutionTimedOut', StandardOutputContent: 'partial\n' });
    } finally {
      client.destroy();
      await own.stop();
    }
  });
});

describe('fake SSM Run Command, fleet behaviour', () => {
  let fleet: FakeAws;
  let client: SSMClient;
  let active = 0;
  let peak = 0;
  const ids = ['i-0c00000000000000a', 'i-0c00000000000000b', 'i-0c00000000000000c', 'i-0c00000000000000d'];
  const ran: string[] = [];

  beforeAll(async () => {
    const instances = ids.map((instanceId, index) => {
      const simulated = simulatedInstance({
        instanceId,
        hostname: `sim${index}`,
        durationMs: 150,
        outcome: index === 0 ? 'fail' : 'success',
        result: (_commands, on) => `${on.instanceId}\n{"ok":${index !== 0}}\n`,
      });
      const counted: ManagedInstance = {
        ...simulated,
        run: async (commands, opts) => {
          ran.push(instanceId);
          active += 1;
          peak = Math.max(peak, active);
          try {
            return await simulated.run(commands, opts);
          } finally {
            active -= 1;
          }
        },
      };
      return counted;
    });
    fleet = await startFakeAws({ instances, maxParameterBytes: 1_000, latency: NO_LATENCY });
    client = ssmClient(fleet.endpoint);
  });
  afterAll(async () => {
    client.destroy();
    await fleet.stop();
  });
  beforeEach(() => {
    fleet.faults.reset();
    peak = 0;
    ran.length = 0;
  });

  const sendTo = (input: Partial<SendCommandCommandInput>, commands = ['run']) =>
    client
      .send(new SendCommandCommand({ DocumentName: 'AWS-RunShellScript', Parameters: { commands }, ...input }))
      .then((out) => out.Command?.CommandId ?? '');
  const invocations = (commandId: string) =>
    eventually(
      () => client.send(new ListCommandInvocationsCommand({ CommandId: commandId })),
      (page) =>
        (page.CommandInvocations ?? []).length > 0 && (page.CommandInvocations ?? []).every((inv) => TERMINAL.includes(inv.Status ?? '')),
    ).then((page) =>
      Object.fromEntries((page.CommandInvocations ?? []).map((inv) => [inv.InstanceId, `${inv.Status}/${inv.StatusDetails}`])),
    );

  it('runs at most MaxConcurrency instances at a time', async () => {
    const one = await sendTo({ InstanceIds: ids.slice(1), MaxConcurrency: '1' });
    await invocations(one);
    expect(peak).toBe(1);
    peak = 0;
    const all = await sendTo({ InstanceIds: ids.slice(1), MaxConcurrency: '100%' });
    await invocations(all);
    expect(peak).toBe(3);
    // One command, three instances: each simulated host's result function knew which one it was.
    for (const id of ids.slice(1)) {
      const out = await client.send(new GetCommandInvocationCommand({ CommandId: all, InstanceId: id }));
      expect(out.StandardOutputContent?.split('\n')[0]).toBe(id);
    }
  });

  it('stops sending after MaxErrors is exceeded', async () => {
    const commandId = await sendTo({ InstanceIds: ids, MaxConcurrency: '1', MaxErrors: '0' });
    expect(await invocations(commandId)).toEqual({
      [ids[0] as string]: 'Failed/Failed',
      [ids[1] as string]: 'Cancelled/Cancelled',
      [ids[2] as string]: 'Cancelled/Cancelled',
      [ids[3] as string]: 'Cancelled/Cancelled',
    });
    expect(ran).toEqual([ids[0]]);
    const listed = await client.send(new ListCommandsCommand({ CommandId: commandId }));
    expect(listed.Commands?.[0]).toMatchObject({ Status: 'Failed', ErrorCount: 1, CompletedCount: 4 });
  });

  it('lets failures up to MaxErrors through and calls the command Incomplete', async () => {
    const commandId = await sendTo({ InstanceIds: ids, MaxErrors: '1' });
    const states = await invocations(commandId);
    expect(Object.values(states).filter((state) => state === 'Success/Success')).toHaveLength(3);
    const listed = await client.send(new ListCommandsCommand({ CommandId: commandId }));
    expect(listed.Commands?.[0]).toMatchObject({ StatusDetails: 'Incomplete', ErrorCount: 1 });
  });

  it('times out delivery to an unreachable instance without running anything there', async () => {
    const target = ids[1] as string;
    fleet.faults.deliveryTimeout(target, { afterMs: 100 });
    const commandId = await sendTo({ InstanceIds: [target, ids[2] as string] });
    expect(await invocations(commandId)).toEqual({ [target]: 'TimedOut/DeliveryTimedOut', [ids[2] as string]: 'Success/Success' });
    expect(ran).toEqual([ids[2]]);
    const invocation = await client.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: target }));
    expect(invocation.ResponseCode).toBe(-1);
    const listed = await client.send(new ListCommandsCommand({ CommandId: commandId }));
    expect(listed.Commands?.[0]).toMatchObject({ Status: 'TimedOut', StatusDetails: 'DeliveryTimedOut', DeliveryTimedOutCount: 1 });
  });

  it('keeps a never-answering instance InProgress until it is cancelled', async () => {
    const target = ids[2] as string;
    fleet.faults.neverAnswers(target);
    const commandId = await sendTo({ InstanceIds: [target] });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const stuck = await client.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: target }));
    expect(stuck.Status).toBe('InProgress');
    await client.send(new CancelCommandCommand({ CommandId: commandId, InstanceIds: [target] }));
    expect(await invocations(commandId)).toEqual({ [target]: 'Cancelled/Cancelled' });
  });

  it('rejects parameters larger than the configured limit', async () => {
    const error = await sendTo({ InstanceIds: [ids[1] as string] }, ['x'.repeat(1_200)]).catch((caught: Error) => caught);
    expect((error as Error).name).toBe('ValidationException');
    expect((error as Error).message).toMatch(/limit is 1000 bytes/);
    await expect(sendTo({ InstanceIds: [ids[1] as string] }, ['x'.repeat(900)])).resolves.toMatch(/^[0-9a-f-]{36}$/);
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
