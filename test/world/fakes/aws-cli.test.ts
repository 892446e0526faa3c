// The hosts fetch secrets with the AWS CLI (`aws ssm get-parameters --with-decryption`): it must read them from the fake.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PutParameterCommand } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type FakeAws, startFakeAws } from './aws.js';
import { ssmClient } from './aws/test-clients.js';

// Real processes and sockets: a busy 2-core machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const run = promisify(execFile);
// Debian's awscli 2.9; a pip v1 may come first on PATH, so the path is explicit.
const AWS_CLI = '/usr/bin/aws';

let fake: FakeAws;
let home: string;

beforeAll(async () => {
  fake = await startFakeAws({ instances: [] });
  home = mkdtempSync(join(tmpdir(), 'berth-aws-cli-'));
  const ssm = ssmClient(fake.endpoint);
  await ssm.send(
    new PutParameterCommand({ Name: '/berth/production/secrets/DB_PASSWORD', Value: 'pa$$ "word" %{x}', Type: 'SecureString' }),
  );
  await ssm.send(new PutParameterCommand({ Name: '/berth/production/secrets/API_KEY', Value: 'k-123', Type: 'SecureString' }));
  ssm.destroy();
});
afterAll(async () => {
  await fake.stop();
  rmSync(home, { recursive: true, force: true });
});

describe.skipIf(!existsSync(AWS_CLI))('the AWS CLI against the fake', () => {
  it('reads SecureStrings with decryption and lists unknown names as invalid', async () => {
    const { stdout } = await run(
      AWS_CLI,
      [
        'ssm',
        'get-parameters',
        '--with-decryption',
        '--output',
        'json',
        '--names',
        '/berth/production/secrets/DB_PASSWORD',
        '/berth/production/secrets/API_KEY',
        '/berth/production/secrets/MISSING',
        '--endpoint-url',
        fake.endpoint,
      ],
      {
        timeout: 60_000,
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: home,
          AWS_ACCESS_KEY_ID: 'AKIDFAKEBERTH0000000',
          AWS_SECRET_ACCESS_KEY: 'fake-secret',
          AWS_DEFAULT_REGION: 'eu-west-1',
          AWS_CONFIG_FILE: join(home, 'config'),
          AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
          AWS_EC2_METADATA_DISABLED: 'true',
          AWS_PAGER: '',
        },
      },
    );
    const answer = JSON.parse(stdout) as { Parameters: { Name: string; Value: string; Type: string }[]; InvalidParameters: string[] };
    expect(answer.Parameters.map((parameter) => [parameter.Name, parameter.Value, parameter.Type])).toEqual([
      ['/berth/production/secrets/DB_PASSWORD', 'pa$$ "word" %{x}', 'SecureString'],
      ['/berth/production/secrets/API_KEY', 'k-123', 'SecureString'],
    ]);
    expect(answer.InvalidParameters).toEqual(['/berth/production/secrets/MISSING']);
    const request = fake.requests.find((candidate) => candidate.target === 'AmazonSSM.GetParameters');
    expect(request?.status).toBe(200);
  }, 60_000);
});
