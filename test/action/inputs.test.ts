import { describe, expect, it } from 'vitest';
import { InputError, parseActionInputs, secretInputValues, splitList, type InputName } from '../../src/app/inputs.js';

function parse(given: Partial<Record<InputName, string>>, env: Record<string, string> = { RUNNER_TEMP: '/runner/tmp' }) {
  return parseActionInputs((name) => given[name] ?? '', env);
}

function failure(given: Partial<Record<InputName, string>>): string {
  try {
    parse(given);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected the inputs to be rejected');
}

describe('parseActionInputs', () => {
  it('applies the defaults when nothing is given', () => {
    const inputs = parse({});
    expect(inputs).toMatchObject({
      command: 'validate',
      stackJson: 'stack.json',
      stackJsonOutput: '/runner/tmp/berth-stack.json',
      environment: 'production',
      target: 'ssm',
      batchSize: 1,
      failurePolicy: 'rollback',
      timeoutMinutes: 30,
      pollIntervalSeconds: 5,
      force: false,
      lockName: '/berth/production/lock',
      lockWaitSeconds: 300,
      secretsPrefix: '/berth/production/secrets',
      hostRoot: '/',
      keepImages: 3,
      database: undefined,
      builds: [],
      pinDigest: false,
      skipExisting: true,
      rollbarEndpoint: 'https://api.rollbar.com',
      opsworksCommand: 'deploy',
      instanceIds: [],
      targets: [],
    });
  });

  it('derives the lock and secrets names from the environment', () => {
    const inputs = parse({ environment: 'staging', 'secrets-prefix': '/acme/stg/' });
    expect(inputs.lockName).toBe('/berth/staging/lock');
    expect(inputs.secretsPrefix).toBe('/acme/stg');
  });

  it('splits lists on commas and newlines and parses tag targets', () => {
    const inputs = parse({
      'instance-ids': 'i-1, i-2\ni-3\n',
      manual: 'haproxy,\nnginx',
      targets: 'tag:Role=web, worker\n\ntag:Env=prod',
    });
    expect(inputs.instanceIds).toEqual(['i-1', 'i-2', 'i-3']);
    expect(inputs.manual).toEqual(['haproxy', 'nginx']);
    expect(inputs.targets).toEqual([
      { key: 'Role', values: ['web', 'worker'] },
      { key: 'Env', values: ['prod'] },
    ]);
  });

  it('builds the single image first, then the images list', () => {
    const inputs = parse({
      image: 'quay.io/acme/app',
      'build-args': 'RUBY=3.3\nURL=a=b',
      images:
        '- image: quay.io/acme/worker\n  context: worker\n  build-args: {N: 1}\n  target: prod\n  platforms: linux/amd64, linux/arm64\n',
    });
    expect(inputs.builds).toEqual([
      { image: 'quay.io/acme/app', context: '.', dockerfile: '', buildArgs: { RUBY: '3.3', URL: 'a=b' }, target: '', platforms: [] },
      {
        image: 'quay.io/acme/worker',
        context: 'worker',
        dockerfile: '',
        buildArgs: { N: '1' },
        target: 'prod',
        platforms: ['linux/amd64', 'linux/arm64'],
      },
    ]);
  });

  it('parses the database JSON', () => {
    const inputs = parse({ database: '{"adapter":"mysql2","port":3306,"password":"%{ssm:/acme/db}"}' });
    expect(inputs.database).toEqual({ adapter: 'mysql2', port: 3306, password: '%{ssm:/acme/db}' });
  });

  it('accepts the YAML booleans in any of their spellings', () => {
    expect(parse({ force: 'True', 'skip-existing': 'FALSE', 'pin-digest': 'true' })).toMatchObject({
      force: true,
      skipExisting: false,
      pinDigest: true,
    });
  });

  it('names every bad input and what it allows', () => {
    const message = failure({ command: 'ship', 'batch-size': '0', 'failure-policy': 'ignore', force: 'yes please', targets: 'Role=web' });
    expect(message).toContain(
      'input "command" must be one of validate, deploy, rollback, unlock, export, converge-off, status (got "ship")',
    );
    expect(message).toContain('input "batch-size" must be a whole number of at least 1 (got "0")');
    expect(message).toContain('input "failure-policy" must be one of rollback, stop (got "ignore")');
    expect(message).toContain('input "force" must be true or false (got "yes please")');
    expect(message).toContain('input "targets" line "Role=web" must look like tag:Key=value1,value2');
  });

  it('rejects malformed JSON, YAML and paths', () => {
    expect(failure({ database: '{"adapter": ' })).toMatch(/input "database" must be a JSON object/);
    expect(failure({ database: '{"port": [1]}' })).toMatch(/input "database" must be a JSON object of strings, numbers or booleans/);
    expect(failure({ images: '- context: x' })).toMatch(/input "images" .*needs an image/);
    expect(failure({ 'host-root': 'srv' })).toContain('input "host-root" must be an absolute path (got "srv")');
    expect(failure({ 'expires-after': 'two weeks' })).toContain('input "expires-after" must be a number and a unit');
    expect(failure({ 'build-args': 'A=1\nNOVALUE' })).toContain(
      'input "build-args" line 2 must look like KEY=VALUE (the line is not shown, it may hold a secret)',
    );
  });

  it('never echoes a secret input in an error', () => {
    const message = failure({ database: '{"password": "hunter2"', 'batch-size': 'x' });
    expect(message).not.toContain('hunter2');
    expect(message).toContain('input "database"');
  });

  it('never echoes any part of a malformed database JSON or build-args line, and says where it breaks', () => {
    for (const database of [
      '{"password": hunter2xyz}',
      '{"password": "hunter2xyz" "host": 1}',
      '{"password": "hunter2xyz"',
      "{'password': 'hunter2xyz'}",
    ]) {
      const message = failure({ database });
      expect(message).not.toMatch(/hunter|2xyz/);
      expect(message).toMatch(
        /input "database" must be a JSON object \(invalid JSON at line 1, column \d+; the text is not shown, it may hold a password\)/,
      );
    }
    expect(failure({ 'build-args': 'NPM_TOKEN hunter2xyz' })).not.toContain('hunter2xyz');
    expect(failure({ images: '- image: x\n  build-args: ["TOKEN hunter2xyz"]' })).not.toContain('hunter2xyz');
  });

  it('masks every secret part of the raw inputs before parsing them, so a parse error cannot print one', () => {
    const masked: string[] = [];
    const events: string[] = [];
    const given: Partial<Record<InputName, string>> = {
      database: '{"adapter": "mysql2", "password": "hunter2xyz", "host": "db"',
      'registry-password': 'robot-pass ',
      'rollbar-token': 'rb-token',
      'build-args': 'VERSION=v1\nNPM_TOKEN=npm-secret',
    };
    expect(() =>
      parseActionInputs(
        (name) => {
          events.push(`read ${name}`);
          return given[name] ?? '';
        },
        {},
        (value) => masked.push(value),
      ),
    ).toThrow(InputError);
    expect(masked).toEqual(
      expect.arrayContaining([
        'hunter2xyz',
        'robot-pass ',
        'robot-pass',
        'rb-token',
        'VERSION=v1',
        'NPM_TOKEN=npm-secret',
        'npm-secret',
        given.database,
      ]),
    );
    // Fields that are not secret are not masked (masking "db" would hide the word everywhere in the log).
    expect(masked).not.toContain('db');
    expect(masked).not.toContain('mysql2');
    expect(masked).not.toContain('v1');
  });

  it('masks a database password given as a number, and any value of a malformed text, before parsing', () => {
    for (const [database, secrets] of [
      ['{"adapter": "mysql2", "password": 98765, "host": "db"', ['98765']],
      ['{"password": 1e5, "port": 3306}', ['1e5', '100000']],
      ['{"password": 0012}', ['0012']],
      ['{"password": hunter2xyz}', ['hunter2xyz']],
      ["{'password': 'hunter2xyz'}", ['hunter2xyz']],
      ['{"password": "p\\u0061ss", "host": "db"', ['p\\u0061ss', 'pass']],
    ] as const) {
      const masked: string[] = [];
      const given: Partial<Record<InputName, string>> = { database, 'batch-size': 'x' };
      expect(() =>
        parseActionInputs(
          (name) => given[name] ?? '',
          {},
          (value) => masked.push(value),
        ),
      ).toThrow(InputError);
      expect(masked).toEqual(expect.arrayContaining([...secrets, database]));
      expect(masked).not.toContain('3306');
      expect(masked).not.toContain('db');
    }
  });

  it('counts a numeric password, every secret-named field and each secret-named build arg among the secret values', () => {
    const inputs = parse({
      database: '{"adapter":"mysql2","password":98765,"port":3306,"secret_token":"db-extra"}',
      'build-args': 'VERSION=v1\nNPM_TOKEN=npm-secret\nGEM_KEY=%{ssm:/acme/gem}',
      images: '- image: q.io/acme/worker\n  build-args: { SENTRY_AUTH_TOKEN: sentry-secret, RELEASE: r9 }',
      'rollbar-token': 'rb-token',
    });
    expect(secretInputValues(inputs).sort()).toEqual(['98765', 'db-extra', 'npm-secret', 'rb-token', 'sentry-secret']);
    // The same with the single image given: its build args are the same lines, listed once.
    expect(secretInputValues(parse({ image: 'q.io/acme/web', 'build-args': 'NPM_TOKEN=npm-secret' }))).toEqual(['npm-secret']);
  });

  it('lists the secret values to mask, leaving ssm references alone', () => {
    expect(secretInputValues(parse({ 'registry-password': 'robot-token', database: '{"password":"pw%1"}' }))).toEqual([
      'robot-token',
      'pw%1',
    ]);
    expect(secretInputValues(parse({ database: '{"password":"%{ssm:/acme/db}"}' }))).toEqual([]);
  });
});

describe('splitList', () => {
  it('drops blanks and trims', () => {
    expect(splitList(' a,,b \n\n c ')).toEqual(['a', 'b', 'c']);
  });
});
