// The fake's State Manager associations on the world's real hosts, with the default Run Command latency: an
// association's script runs on each matching host one at a time (MaxConcurrency 1), and on a host the world
// adds later with matching tags, not on one it adds with other tags.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CreateAssociationCommand,
  DescribeAssociationExecutionsCommand,
  DescribeAssociationExecutionTargetsCommand,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimHost, type World, startWorld } from '../index.js';
import { type FakeAws, managedInstanceOf, startFakeAws } from './aws.js';
import { ssmClient } from './aws/test-clients.js';

let world: World | undefined;
let fake: FakeAws | undefined;
let ssm: SSMClient | undefined;

beforeAll(async () => {
  world = await startWorld({ hosts: 2, registry: false });
  fake = await startFakeAws({ instances: world.hosts.map(managedInstanceOf) });
  ssm = ssmClient(fake.endpoint);
});
afterAll(async () => {
  ssm?.destroy();
  await fake?.stop();
  await world?.stop();
});

/** The file each run appends to on its host: "<start ns> <end ns> <instance id>". */
const RUNS = 'var/lib/berth/association-runs';
const SCRIPT = [
  'start=$(date +%s%N)',
  'sleep 1',
  `echo "$start $(date +%s%N) $AWS_SSM_INSTANCE_ID" >> "$BERTH_HOST_ROOT/${RUNS}"`,
  'echo converged',
];

function runsOn(host: SimHost): { start: number; end: number; instanceId: string }[] {
  const file = join(host.root, RUNS);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [start, end, instanceId] = line.split(' ');
      return { start: Number(start), end: Number(end), instanceId: instanceId ?? '' };
    });
}

describe('fake State Manager associations on world hosts', () => {
  it('run one host at a time under MaxConcurrency 1, then on a joining host with matching tags only', async () => {
    const aws = fake as FakeAws;
    const client = ssm as SSMClient;
    const [first, second] = (world as World).hosts as [SimHost, SimHost];
    const created = await client.send(
      new CreateAssociationCommand({
        Name: 'AWS-RunShellScript',
        AssociationName: 'berth-world-production',
        Targets: [{ Key: 'tag:Role', Values: ['web'] }],
        Parameters: { commands: SCRIPT },
        MaxConcurrency: '1',
        MaxErrors: '0',
      }),
    );
    const associationId = created.AssociationDescription?.AssociationId ?? '';
    // Start the joining hosts' engines while the first run goes on.
    const joining = Promise.all([
      (world as World).addHost({ tags: { Role: 'web', Environment: 'production' } }),
      (world as World).addHost({ tags: { Role: 'worker', Environment: 'production' } }),
    ]);
    await aws.associationRunsSettled();
    const spans = [...runsOn(first), ...runsOn(second)].sort((a, b) => a.start - b.start);
    expect(spans.map((span) => span.instanceId).sort()).toEqual([first.instanceId, second.instanceId].sort());
    // The second host started only after the first one's script ended (and its result reached the service).
    expect(spans[1]?.start).toBeGreaterThan(spans[0]?.end ?? Infinity);

    const [web, worker] = await joining;
    aws.instances.add(managedInstanceOf(web));
    aws.instances.add(managedInstanceOf(worker));
    await aws.associationRunsSettled({ instanceId: web.instanceId });
    expect(runsOn(web).map((run) => run.instanceId)).toEqual([web.instanceId]);
    await aws.associationRunsSettled();
    expect(runsOn(worker)).toEqual([]);
    // The earlier hosts did not run it again.
    expect(runsOn(first)).toHaveLength(1);
    expect(runsOn(second)).toHaveLength(1);

    const executions =
      (await client.send(new DescribeAssociationExecutionsCommand({ AssociationId: associationId }))).AssociationExecutions ?? [];
    expect(executions.map((execution) => [execution.Status, execution.ResourceCountByStatus])).toEqual([
      ['Success', '{Success=1}'],
      ['Success', '{Success=2}'],
    ]);
    const joined = await client.send(
      new DescribeAssociationExecutionTargetsCommand({ AssociationId: associationId, ExecutionId: executions[0]?.ExecutionId }),
    );
    expect(joined.AssociationExecutionTargets?.map((target) => [target.ResourceId, target.Status])).toEqual([[web.instanceId, 'Success']]);
  });
});
