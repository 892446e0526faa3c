// State Manager associations of the fake, driven by the real SDK: runs on create/update, on instances that join
// with matching tags and on the test's schedule hook, MaxConcurrency and MaxErrors, the executions' results,
// and the refusals AWS answers with (its model's and its documented ones).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AssociationDescription,
  CreateAssociationCommand,
  type CreateAssociationCommandInput,
  DeleteAssociationCommand,
  DescribeAssociationCommand,
  DescribeAssociationExecutionsCommand,
  DescribeAssociationExecutionTargetsCommand,
  GetCommandInvocationCommand,
  ListAssociationsCommand,
  ListCommandsCommand,
  type SSMClient,
  UpdateAssociationCommand,
} from '@aws-sdk/client-ssm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type FakeAws, type ManagedInstance, NO_LATENCY, shellInstance, startFakeAws } from './aws.js';
import { ssmClient } from './aws/test-clients.js';

// Real processes and sockets: a busy 2-core machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const WEB1 = 'i-0aaaaaaaaaaaaaaa1';
const WEB2 = 'i-0aaaaaaaaaaaaaaa2';
const WEB3 = 'i-0aaaaaaaaaaaaaaa3';
const WORKER = 'i-0bbbbbbbbbbbbbbb1';

let root: string;
let fake: FakeAws;
let ssm: SSMClient;
let joined = 0;

function hostDir(instanceId: string): string {
  return join(root, instanceId);
}

function host(instanceId: string, tags: Record<string, string>): ManagedInstance {
  return shellInstance({
    instanceId,
    hostname: instanceId.slice(-4),
    tags,
    cwd: root,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOST_DIR: hostDir(instanceId) },
  });
}

/** The lines the script appended on that instance, one per run. */
function runsOn(instanceId: string): string[] {
  const file = join(hostDir(instanceId), 'runs');
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [];
}

/** A script that records each run (with a label) on the host it runs on. */
function recording(label: string, extra: string[] = []): Record<string, string[]> {
  return {
    commands: ['mkdir -p "$HOST_DIR"', ...extra, `echo "${label} $AWS_SSM_INSTANCE_ID" >> "$HOST_DIR/runs"`, `echo "ran ${label}"`],
  };
}

async function create(input: Partial<CreateAssociationCommandInput>): Promise<AssociationDescription> {
  const answer = await ssm.send(
    new CreateAssociationCommand({ Name: 'AWS-RunShellScript', Targets: [{ Key: 'tag:Role', Values: ['web'] }], ...input }),
  );
  return answer.AssociationDescription ?? {};
}

async function executions(associationId: string) {
  const answer = await ssm.send(new DescribeAssociationExecutionsCommand({ AssociationId: associationId }));
  return answer.AssociationExecutions ?? [];
}

async function targets(associationId: string, executionId: string) {
  const answer = await ssm.send(new DescribeAssociationExecutionTargetsCommand({ AssociationId: associationId, ExecutionId: executionId }));
  return answer.AssociationExecutionTargets ?? [];
}

async function refusal(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
  throw new Error('the call was accepted');
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'berth-fake-associations-'));
  // No latency: these tests are about what runs and what the calls answer (the world test keeps the latency).
  fake = await startFakeAws({
    instances: [host(WEB1, { Role: 'web' }), host(WEB2, { Role: 'web' }), host(WORKER, { Role: 'worker' })],
    latency: NO_LATENCY,
  });
  ssm = ssmClient(fake.endpoint);
});
afterAll(async () => {
  ssm.destroy();
  await fake.stop();
  rmSync(root, { recursive: true, force: true });
});
afterEach(async () => {
  await fake.associationRunsSettled();
  const listed = await ssm.send(new ListAssociationsCommand({}));
  for (const association of listed.Associations ?? []) {
    await ssm.send(new DeleteAssociationCommand({ AssociationId: association.AssociationId }));
  }
  for (const id of [WEB1, WEB2, WEB3, WORKER]) rmSync(hostDir(id), { recursive: true, force: true });
});

describe('fake State Manager associations', () => {
  it('runs at once on every matching target, and shows the run as an execution with per-target results', async () => {
    const created = await create({ AssociationName: 'berth-demo-production', Parameters: recording('create') });
    expect(created).toMatchObject({ Name: 'AWS-RunShellScript', AssociationName: 'berth-demo-production', AssociationVersion: '1' });
    expect(created.AssociationId).toMatch(/^[0-9a-f-]{36}$/);
    await fake.associationRunsSettled();
    expect(runsOn(WEB1)).toEqual([`create ${WEB1}`]);
    expect(runsOn(WEB2)).toEqual([`create ${WEB2}`]);
    expect(runsOn(WORKER)).toEqual([]);

    const [execution, ...others] = await executions(created.AssociationId ?? '');
    expect(others).toEqual([]);
    expect(execution).toMatchObject({ Status: 'Success', AssociationVersion: '1', ResourceCountByStatus: '{Success=2}' });
    const perTarget = await targets(created.AssociationId ?? '', execution?.ExecutionId ?? '');
    expect(perTarget.map((target) => [target.ResourceId, target.ResourceType, target.Status]).sort()).toEqual([
      [WEB1, 'ManagedInstance', 'Success'],
      [WEB2, 'ManagedInstance', 'Success'],
    ]);
    // The output is Run Command's, by the OutputSource id, as on AWS; the run is not in the Run Command listing.
    const source = perTarget[0]?.OutputSource;
    expect(source?.OutputSourceType).toBe('RunCommand');
    const invocation = await ssm.send(
      new GetCommandInvocationCommand({ CommandId: source?.OutputSourceId, InstanceId: perTarget[0]?.ResourceId }),
    );
    expect(invocation).toMatchObject({ Status: 'Success', StandardOutputContent: 'ran create\n' });
    const listed = await ssm.send(new ListCommandsCommand({}));
    expect(listed.Commands?.map((command) => command.CommandId)).not.toContain(source?.OutputSourceId);

    const described = await ssm.send(new DescribeAssociationCommand({ AssociationId: created.AssociationId }));
    expect(described.AssociationDescription?.Overview).toEqual({
      Status: 'Success',
      DetailedStatus: 'Success',
      AssociationStatusAggregatedCount: { Success: 2 },
    });
    expect(described.AssociationDescription?.LastSuccessfulExecutionDate).toBeInstanceOf(Date);
  });

  it('runs on an instance that joins with matching tags (aws:autoscaling:groupName too), not on one with other tags', async () => {
    const created = await create({
      Targets: [{ Key: 'tag:aws:autoscaling:groupName', Values: ['web-asg'] }],
      Parameters: recording('join'),
    });
    await fake.associationRunsSettled();
    expect(await executions(created.AssociationId ?? '')).toMatchObject([{ Status: 'Success', ResourceCountByStatus: '{}' }]);

    joined += 1;
    const member = `i-0cccccccccccccc0${joined}`;
    const stranger = `i-0ddddddddddddd0${joined}`;
    fake.instances.add(host(member, { 'aws:autoscaling:groupName': 'web-asg' }));
    fake.instances.add(host(stranger, { 'aws:autoscaling:groupName': 'other-asg' }));
    await fake.associationRunsSettled({ instanceId: member });
    expect(runsOn(member)).toEqual([`join ${member}`]);
    await fake.associationRunsSettled();
    expect(runsOn(stranger)).toEqual([]);
    const [latest] = await executions(created.AssociationId ?? '');
    expect(latest).toMatchObject({ Status: 'Success', ResourceCountByStatus: '{Success=1}' });
    expect((await targets(created.AssociationId ?? '', latest?.ExecutionId ?? '')).map((target) => target.ResourceId)).toEqual([member]);
    fake.instances.remove(member);
    fake.instances.remove(stranger);
  });

  it('with ApplyOnlyAtCronInterval runs only when the schedule fires (the test hook)', async () => {
    const created = await create({
      ScheduleExpression: 'cron(0 */2 * * ? *)',
      ApplyOnlyAtCronInterval: true,
      Parameters: recording('cron'),
    });
    await fake.associationRunsSettled();
    expect(await executions(created.AssociationId ?? '')).toEqual([]);
    expect(runsOn(WEB1)).toEqual([]);
    const [executionId, ...more] = fake.runScheduledAssociations();
    expect(more).toEqual([]);
    await fake.associationRunsSettled();
    expect(runsOn(WEB1)).toEqual([`cron ${WEB1}`]);
    expect((await executions(created.AssociationId ?? '')).map((execution) => execution.ExecutionId)).toEqual([executionId]);
  });

  it('honours MaxConcurrency: never more targets at once than allowed', async () => {
    fake.instances.add(host(WEB3, { Role: 'web' }));
    try {
      const window = ['date +%s%N > "$HOST_DIR/start"', 'sleep 0.4', 'date +%s%N > "$HOST_DIR/end"'];
      await create({ MaxConcurrency: '1', Parameters: recording('serial', window) });
      await fake.associationRunsSettled();
      const spans = [WEB1, WEB2, WEB3]
        .map((id) => [Number(readFileSync(join(hostDir(id), 'start'), 'utf8')), Number(readFileSync(join(hostDir(id), 'end'), 'utf8'))])
        .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
      for (let i = 1; i < spans.length; i += 1) expect(spans[i]?.[0]).toBeGreaterThan(spans[i - 1]?.[1] ?? Infinity);
    } finally {
      fake.instances.remove(WEB3);
    }
  });

  it('honours MaxErrors: once errors exceed it, no further target is started', async () => {
    fake.instances.add(host(WEB3, { Role: 'web' }));
    try {
      const created = await create({ MaxConcurrency: '1', MaxErrors: '0', Parameters: recording('failing', ['exit 3']) });
      await fake.associationRunsSettled();
      const [execution] = await executions(created.AssociationId ?? '');
      expect(execution).toMatchObject({ Status: 'Failed', ResourceCountByStatus: '{Cancelled=2, Failed=1}' });
      const started = [WEB1, WEB2, WEB3].filter((id) => existsSync(hostDir(id)));
      expect(started).toHaveLength(1);
    } finally {
      fake.instances.remove(WEB3);
    }
  });

  it('runs again on update, as a new version; an update replaces every optional member (AWS: left out = cleared)', async () => {
    const created = await create({ AssociationName: 'berth-update', MaxConcurrency: '50%', Parameters: recording('v1') });
    const id = created.AssociationId ?? '';
    await fake.associationRunsSettled();
    const updated = await ssm.send(
      new UpdateAssociationCommand({ AssociationId: id, Name: 'AWS-RunShellScript', Parameters: recording('v2') }),
    );
    expect(updated.AssociationDescription).toMatchObject({ AssociationVersion: '2' });
    expect(updated.AssociationDescription?.AssociationName).toBeUndefined();
    expect(updated.AssociationDescription?.MaxConcurrency).toBeUndefined();
    await fake.associationRunsSettled();
    expect(runsOn(WEB1)).toEqual([`v1 ${WEB1}`, `v2 ${WEB1}`]);
    expect((await executions(id)).map((execution) => execution.AssociationVersion)).toEqual(['2', '1']);
    const first = await ssm.send(new DescribeAssociationCommand({ AssociationId: id, AssociationVersion: '1' }));
    expect(first.AssociationDescription).toMatchObject({ AssociationName: 'berth-update', MaxConcurrency: '50%' });
    // Parameters left out are cleared too, and AWS-RunShellScript cannot run without commands.
    expect(await refusal(ssm.send(new UpdateAssociationCommand({ AssociationId: id, Name: 'AWS-RunShellScript' })))).toMatchObject({
      name: 'InvalidParameters',
    });
    expect(
      await refusal(ssm.send(new UpdateAssociationCommand({ AssociationId: id, AssociationVersion: '1', Parameters: recording('x') }))),
    ).toMatchObject({
      name: 'InvalidAssociationVersion',
    });
  });

  it('finds associations by AssociationName through ListAssociations, and legacy ones by Name and InstanceId', async () => {
    const named = await create({ AssociationName: 'berth-find-me', Parameters: recording('named') });
    await create({ AssociationName: 'berth-other', Parameters: recording('other') });
    const legacy = await create({ Targets: undefined, InstanceId: WORKER, Parameters: recording('legacy') });
    const found = await ssm.send(
      new ListAssociationsCommand({ AssociationFilterList: [{ key: 'AssociationName', value: 'berth-find-me' }] }),
    );
    expect(found.Associations?.map((association) => association.AssociationId)).toEqual([named.AssociationId]);
    expect(found.Associations?.[0]).toMatchObject({
      Name: 'AWS-RunShellScript',
      AssociationName: 'berth-find-me',
      Targets: [{ Key: 'tag:Role', Values: ['web'] }],
    });
    const paged = await ssm.send(new ListAssociationsCommand({ MaxResults: 2 }));
    expect(paged.Associations).toHaveLength(2);
    const rest = await ssm.send(new ListAssociationsCommand({ MaxResults: 2, NextToken: paged.NextToken }));
    expect(rest.Associations).toHaveLength(1);

    const byInstance = await ssm.send(new DescribeAssociationCommand({ Name: 'AWS-RunShellScript', InstanceId: WORKER }));
    expect(byInstance.AssociationDescription?.AssociationId).toBe(legacy.AssociationId);
    // An association made with Targets is found by its id only, as AWS documents.
    expect(await refusal(ssm.send(new DescribeAssociationCommand({ Name: 'AWS-RunShellScript', InstanceId: WEB1 })))).toMatchObject({
      name: 'AssociationDoesNotExist',
    });
  });

  it('deletes an association: it is gone and joining instances no longer run it', async () => {
    const created = await create({ Parameters: recording('deleted') });
    await fake.associationRunsSettled();
    await ssm.send(new DeleteAssociationCommand({ AssociationId: created.AssociationId }));
    expect(await refusal(ssm.send(new DescribeAssociationCommand({ AssociationId: created.AssociationId })))).toMatchObject({
      name: 'AssociationDoesNotExist',
    });
    expect(await refusal(ssm.send(new DeleteAssociationCommand({ AssociationId: created.AssociationId })))).toMatchObject({
      name: 'AssociationDoesNotExist',
    });
    expect(await refusal(ssm.send(new DescribeAssociationExecutionsCommand({ AssociationId: created.AssociationId })))).toMatchObject({
      name: 'AssociationDoesNotExist',
    });
    fake.instances.add(host(WEB3, { Role: 'web' }));
    await fake.associationRunsSettled();
    expect(runsOn(WEB3)).toEqual([]);
    fake.instances.remove(WEB3);
  });

  it('refuses what AWS refuses', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const cases: [() => Promise<unknown>, string, RegExp?][] = [
      // The model's constraints.
      [() => create({ MaxConcurrency: '0', Parameters: recording('x') }), 'ValidationException', /maxConcurrency/],
      [() => create({ AssociationName: 'no spaces allowed', Parameters: recording('x') }), 'ValidationException', /associationName/],
      [() => ssm.send(new DescribeAssociationCommand({ AssociationId: 'not-an-id' })), 'ValidationException', /associationId/],
      [() => ssm.send(new ListAssociationsCommand({ AssociationFilterList: [] })), 'ValidationException', /associationFilterList/],
      [
        () => ssm.send(new DescribeAssociationExecutionTargetsCommand({ AssociationId: id } as never)),
        'ValidationException',
        /executionId/,
      ],
      // What AWS documents beyond the model.
      [() => create({ Name: 'AWS-RunPowerShellScript', Parameters: recording('x') }), 'InvalidDocument'],
      [() => create({ Parameters: { command: ['typo'] } }), 'InvalidParameters'],
      [
        () => create({ Targets: [{ Key: 'resource-groups:Name', Values: ['web'] }], Parameters: recording('x') }),
        'InvalidTarget',
        /resource groups/,
      ],
      [() => create({ Targets: [{ Key: 'tag:Role', Values: [] }], Parameters: recording('x') }), 'InvalidTarget'],
      [() => create({ Targets: undefined, InstanceId: 'i-0eeeeeeeeeeeeeee1', Parameters: recording('x') }), 'InvalidInstanceId'],
      [() => create({ ScheduleExpression: 'rate(5 minutes)', Parameters: recording('x') }), 'InvalidSchedule'],
      [() => create({ ScheduleExpression: 'every hour', Parameters: recording('x') }), 'InvalidSchedule'],
      [() => create({ ApplyOnlyAtCronInterval: true, Parameters: recording('x') }), 'ValidationException', /ApplyOnlyAtCronInterval/],
      [
        () => create({ ApplyOnlyAtCronInterval: true, ScheduleExpression: 'rate(1 hour)', Parameters: recording('x') }),
        'ValidationException',
        /rate/,
      ],
      [() => ssm.send(new DescribeAssociationCommand({ AssociationId: id })), 'AssociationDoesNotExist'],
      [() => ssm.send(new UpdateAssociationCommand({ AssociationId: id, Parameters: recording('x') })), 'AssociationDoesNotExist'],
      [() => ssm.send(new DescribeAssociationExecutionsCommand({ AssociationId: id })), 'AssociationDoesNotExist'],
      [
        () => ssm.send(new ListAssociationsCommand({ AssociationFilterList: [{ key: 'ResourceGroupName', value: 'web' }] })),
        'ValidationException',
        /not supported/,
      ],
    ];
    for (const [index, [call, name, message]] of cases.entries()) {
      const refused = await refusal(call()).catch((error: unknown) => ({ name: `case ${index}: ${String(error)}`, message: '' }));
      expect(refused.name, `case ${index}: ${refused.message}`).toBe(name);
      if (message) expect(refused.message).toMatch(message);
    }
    // Nothing refused was created, and nothing ran.
    expect((await ssm.send(new ListAssociationsCommand({}))).Associations).toEqual([]);
    await fake.associationRunsSettled();
    expect(runsOn(WEB1)).toEqual([]);

    const created = await create({ Parameters: recording('twin') });
    expect(await refusal(create({ Parameters: recording('twin') }))).toMatchObject({ name: 'AssociationAlreadyExists' });
    expect(
      await refusal(ssm.send(new DescribeAssociationExecutionTargetsCommand({ AssociationId: created.AssociationId, ExecutionId: id }))),
    ).toMatchObject({
      name: 'AssociationExecutionDoesNotExist',
    });
  });
});
