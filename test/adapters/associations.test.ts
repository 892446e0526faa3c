import {
  CreateAssociationCommand,
  DeleteAssociationCommand,
  DescribeAssociationCommand,
  ListAssociationsCommand,
  SSMClient,
  UpdateAssociationCommand,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-vitest/extend';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAssociations } from '../../src/adapters/associations.js';
import type { AssociationSettings } from '../../src/deploy/ports.js';

const ssm = mockClient(SSMClient);
beforeEach(() => ssm.reset());
const port = () => createAssociations(new SSMClient({ region: 'eu-west-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }));
const named = (name: string) => Object.assign(new Error(name), { name });

const wanted: AssociationSettings = {
  name: 'berth-production',
  commands: ['echo converge'],
  executionTimeoutSeconds: 3900,
  targets: [{ key: 'tag:Role', values: ['web'] }],
  maxConcurrency: '25%',
  maxErrors: '100%',
};

describe('the State Manager adapter', () => {
  it('creates an AWS-RunShellScript association that runs at once and on every host that joins', async () => {
    ssm.on(CreateAssociationCommand).resolves({ AssociationDescription: { AssociationId: 'a-1' } });
    expect(await port().create(wanted)).toBe('a-1');
    expect(ssm).toHaveReceivedCommandWith(CreateAssociationCommand, {
      Name: 'AWS-RunShellScript',
      AssociationName: 'berth-production',
      Parameters: { commands: ['echo converge'], executionTimeout: ['3900'] },
      Targets: [{ Key: 'tag:Role', Values: ['web'] }],
      MaxConcurrency: '25%',
      MaxErrors: '100%',
      ApplyOnlyAtCronInterval: false,
    });
    expect(ssm.commandCalls(CreateAssociationCommand)[0]?.args[0].input.ScheduleExpression).toBeUndefined();
  });

  it('updates with every field (UpdateAssociation clears what is left out), the schedule with drift repair', async () => {
    ssm.on(UpdateAssociationCommand).resolves({});
    await port().update('a-1', { ...wanted, scheduleExpression: 'rate(30 minutes)' });
    expect(ssm).toHaveReceivedCommandWith(UpdateAssociationCommand, {
      AssociationId: 'a-1',
      Name: 'AWS-RunShellScript',
      AssociationName: 'berth-production',
      MaxConcurrency: '25%',
      ScheduleExpression: 'rate(30 minutes)',
      ApplyOnlyAtCronInterval: false,
    });
  });

  it('finds an association by its name and reads back its settings', async () => {
    ssm.on(ListAssociationsCommand).resolves({
      Associations: [{ Name: 'AWS-RunShellScript', AssociationName: 'berth-production', AssociationId: 'a-1' }],
    });
    ssm.on(DescribeAssociationCommand).resolves({
      AssociationDescription: {
        AssociationId: 'a-1',
        AssociationName: 'berth-production',
        Parameters: { commands: ['echo converge'], executionTimeout: ['3900'] },
        Targets: [{ Key: 'tag:Role', Values: ['web'] }],
        MaxConcurrency: '25%',
        MaxErrors: '100%',
      },
    });
    expect(await port().find('berth-production')).toEqual({ ...wanted, id: 'a-1' });
    expect(ssm).toHaveReceivedCommandWith(ListAssociationsCommand, {
      AssociationFilterList: [{ key: 'AssociationName', value: 'berth-production' }],
    });
    expect(ssm).toHaveReceivedCommandWith(DescribeAssociationCommand, { AssociationId: 'a-1' });
  });

  it('finds none when no association has the name', async () => {
    ssm.on(ListAssociationsCommand).resolves({ Associations: [] });
    expect(await port().find('berth-production')).toBeUndefined();
    expect(ssm).not.toHaveReceivedCommand(DescribeAssociationCommand);
  });

  it('deletes, an association already gone included', async () => {
    ssm
      .on(DeleteAssociationCommand)
      .resolvesOnce({})
      .rejectsOnce(named('AssociationDoesNotExist'))
      .rejectsOnce(named('AccessDeniedException'));
    await port().delete('a-1');
    await port().delete('a-1');
    await expect(port().delete('a-1')).rejects.toThrow('AccessDeniedException');
  });
});
