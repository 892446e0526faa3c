// What is secret, how it is redacted, and how inline secrets become Parameter Store references.
import { describe, expect, it } from 'vitest';
import { buildHostPlan } from '../../src/stack/plan.js';
import { hostPlaceholders, withHashesOf } from '../../src/stack/plan.js';
import {
  isSecretKey,
  listInlineSecrets,
  perHostParameter,
  redact,
  referencingSecrets,
  stageDatabaseSecrets,
  stageInlineSecrets,
  stagePerHost,
  STANDARD_TIER_BYTES,
} from '../../src/stack/secrets.js';
import { docker1, parseValid, planOptions, readFixture } from './helpers.js';

const text = JSON.stringify({
  docker: {
    registries: {
      'quay.io': { username: 'acme+bot', password: 'robot-pass' },
      'ghcr.io': { username: 'u', password: '%{ssm:/acme/ghcr}' },
    },
  },
  deploy: {
    'My Shop': {
      database: { adapter: 'mysql2', password: 'db-pass', host: 'db' },
      containers: [
        {
          web: {
            deploy: 'auto',
            image: 'acme/web',
            database: true,
            env: {
              API_KEY: 'k-123',
              Db_Password: 'pw-456',
              aws_credentials: 'cred-xyz',
              PLAIN: 'visible',
              EMPTY_TOKEN: '',
              REF_SECRET: '%{ssm:/acme/s}',
            },
            notifications: { rollbar: { access_token: 'rb-token', env_var: 'RACK_ENV', rev_var: 'REV' } },
          },
        },
      ],
    },
  },
});
const document = parseValid(text);

describe('secrets', () => {
  it('recognises secret keys by pattern, case-insensitively', () => {
    expect(['DB_PASSWORD', 'api_secret', 'GITHUB_TOKEN', 'SSH_KEY', 'AwsCredentials'].map(isSecretKey)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['PLAIN', 'RACK_ENV', 'HOST'].map(isSecretKey)).toEqual([false, false, false]);
  });

  it('redacts values and occurrences in text, keeping references and empty values', () => {
    expect(redact('hunter2')).toBe('***');
    expect(redact('')).toBe('');
    expect(redact('%{ssm:/a/b}')).toBe('%{ssm:/a/b}');
    expect(redact('login with hunter2 and hunter22', ['hunter2', 'hunter22', ''])).toBe('login with *** and ***');
  });

  it('lists every inline secret with a parameter name suggestion, skipping empty values and references', () => {
    expect(listInlineSecrets(document)).toEqual([
      { path: ['docker', 'registries', 'quay.io', 'password'], name: 'registries/quay.io/password', value: 'robot-pass' },
      { path: ['deploy', 'My Shop', 'database', 'password'], name: 'my-shop/database/password', value: 'db-pass' },
      {
        path: ['deploy', 'My Shop', 'containers', 0, 'web', 'env', 'API_KEY'],
        name: 'my-shop/web/API_KEY',
        value: 'k-123',
        placeholders: { app_name: 'web' },
      },
      {
        path: ['deploy', 'My Shop', 'containers', 0, 'web', 'env', 'Db_Password'],
        name: 'my-shop/web/Db_Password',
        value: 'pw-456',
        placeholders: { app_name: 'web' },
      },
      {
        path: ['deploy', 'My Shop', 'containers', 0, 'web', 'env', 'aws_credentials'],
        name: 'my-shop/web/aws_credentials',
        value: 'cred-xyz',
        placeholders: { app_name: 'web' },
      },
      {
        path: ['deploy', 'My Shop', 'containers', 0, 'web', 'notifications', 'rollbar', 'access_token'],
        name: 'my-shop/web/rollbar_access_token',
        value: 'rb-token',
      },
    ]);
    expect(listInlineSecrets(parseValid(readFixture('stack-seed.json')))).toEqual([]);
  });

  it('stages inline secrets as references so the plan holds no secret value', () => {
    const { document: staged, staged: parameters } = stageInlineSecrets(document, '/berth/production/secrets/');
    expect(parameters.map((p) => p.name)).toEqual([
      '/berth/production/secrets/registries/quay.io/password',
      '/berth/production/secrets/my-shop/database/password',
      '/berth/production/secrets/my-shop/web/API_KEY',
      '/berth/production/secrets/my-shop/web/Db_Password',
      '/berth/production/secrets/my-shop/web/aws_credentials',
      '/berth/production/secrets/my-shop/web/rollbar_access_token',
    ]);
    expect(parameters.map((p) => p.value)).toEqual(['robot-pass', 'db-pass', 'k-123', 'pw-456', 'cred-xyz', 'rb-token']);
    // The original is untouched.
    expect(document.deploy['My Shop']?.database?.password).toBe('db-pass');
    const plan = buildHostPlan(staged, docker1, planOptions());
    const wire = JSON.stringify(plan);
    for (const value of parameters.map((p) => p.value)) expect(wire).not.toContain(value);
    const web = plan.definitions[0];
    expect(web?.env.filter((e) => e.secret).map((e) => [e.key, e.value])).toEqual([
      ['API_KEY', { kind: 'ssm', name: '/berth/production/secrets/my-shop/web/API_KEY' }],
      ['Db_Password', { kind: 'ssm', name: '/berth/production/secrets/my-shop/web/Db_Password' }],
      ['aws_credentials', { kind: 'ssm', name: '/berth/production/secrets/my-shop/web/aws_credentials' }],
      ['EMPTY_TOKEN', { kind: 'literal', value: '' }],
      ['REF_SECRET', { kind: 'ssm', name: '/acme/s' }],
      ['DB_PASSWORD', { kind: 'ssm', name: '/berth/production/secrets/my-shop/database/password' }],
    ]);
    expect(plan.registries).toEqual([
      {
        host: 'quay.io',
        username: { kind: 'literal', value: 'acme+bot' },
        password: { kind: 'ssm', name: '/berth/production/secrets/registries/quay.io/password' },
      },
      { host: 'ghcr.io', username: { kind: 'literal', value: 'u' }, password: { kind: 'ssm', name: '/acme/ghcr' } },
    ]);
    expect(web?.env.at(-1)).toEqual({ key: 'REV', value: { kind: 'literal', value: 'abc123' }, secret: false });
  });

  it('keeps registry credentials verbatim when not staged (no placeholder interpretation)', () => {
    const raw = parseValid(
      JSON.stringify({ docker: { registries: { 'r.example': { username: 'u%{x}', password: 'p%{y}%' } } }, deploy: {} }),
    );
    expect(buildHostPlan(raw, docker1, planOptions()).registries).toEqual([
      { host: 'r.example', username: { kind: 'literal', value: 'u%{x}' }, password: { kind: 'literal', value: 'p%{y}%' } },
    ]);
  });

  it('stages an inline database password given outside the document (the database input)', () => {
    const result = stageDatabaseSecrets(
      { 'My Shop': { host: 'db', password: 's3cr3t%' }, blog: { password: '%{ssm:/blog/db}' }, empty: { password: '' } },
      '/berth/p',
    );
    expect(result).toEqual({
      databases: {
        'My Shop': { host: 'db', password: '%{ssm:/berth/p/my-shop/database/password}' },
        blog: { password: '%{ssm:/blog/db}' },
        empty: { password: '' },
      },
      staged: [{ name: '/berth/p/my-shop/database/password', value: 's3cr3t%' }],
    });
    const plan = buildHostPlan(document, docker1, planOptions({ databases: result.databases }));
    expect(plan.definitions[0]?.env.find((e) => e.key === 'DB_PASSWORD')?.value).toEqual({
      kind: 'ssm',
      name: '/berth/p/my-shop/database/password',
    });
    expect(plan.definitions[0]?.env.find((e) => e.key === 'DB_HOST')?.value).toEqual({ kind: 'literal', value: 'db' });
  });

  it('stages an env secret interpolated as a plain value in its place would be: %% is %, %{app_name} the definition', () => {
    const doc = parseValid(
      JSON.stringify({
        deploy: {
          shop: {
            containers: [
              { web: { deploy: 'auto', image: 'acme/web', env: { API_TOKEN: 'a%%b-%{app_name}-%c', PLAIN: 'a%%b-%{app_name}' } } },
            ],
          },
        },
      }),
    );
    const staged = stageInlineSecrets(doc, '/berth/p');
    expect(staged.staged).toEqual([{ name: '/berth/p/shop/web/API_TOKEN', value: 'a%b-web-%c' }]);
    expect(staged.perHost).toEqual([]);
    // The plain value next to it, for comparison: the same rules.
    const plain = buildHostPlan(doc, docker1, planOptions()).definitions[0]?.env.find((e) => e.key === 'PLAIN');
    expect(plain?.value).toEqual({ kind: 'literal', value: 'a%b-web' });
  });

  it("stages a secret using %{opsworks} or %{public_ip} once per host, with that host's values", () => {
    const doc = parseValid(
      JSON.stringify({
        deploy: {
          shop: { containers: [{ web: { deploy: 'auto', image: 'acme/web', env: { API_TOKEN: 'k-%{opsworks}-%{public_ip}-100%%' } } }] },
        },
      }),
    );
    const staged = stageInlineSecrets(doc, '/berth/p');
    expect(staged.staged).toEqual([]);
    expect(staged.perHost.map((p) => p.name)).toEqual(['/berth/p/shop/web/API_TOKEN']);
    const item = staged.perHost[0];
    if (!item) throw new Error('no per-host secret');
    expect(stagePerHost(item, 'docker1', hostPlaceholders(docker1))).toEqual({
      name: '/berth/p/shop/web/API_TOKEN/docker1',
      value: 'k-awesome-stack-docker1-203.0.113.7-100%',
    });
    expect(perHostParameter('/berth/p/x', 'Web Host 2')).toBe('/berth/p/x/Web-Host-2');
  });

  it('registry and database passwords stay verbatim when staged (plain ones are not interpolated either)', () => {
    const doc = parseValid(JSON.stringify({ docker: { registries: { 'r.example': { username: 'u', password: 'p%%{x}' } } }, deploy: {} }));
    expect(stageInlineSecrets(doc, '/berth/p').staged).toEqual([{ name: '/berth/p/registries/r.example/password', value: 'p%%{x}' }]);
  });

  it('counts the Standard tier limit in UTF-8 bytes and says what to do past it', () => {
    const docWith = (value: string) =>
      parseValid(
        JSON.stringify({ deploy: { shop: { containers: [{ web: { deploy: 'auto', image: 'acme/web', env: { API_TOKEN: value } } }] } } }),
      );
    expect(stageInlineSecrets(docWith('a'.repeat(STANDARD_TIER_BYTES)), '/p').staged[0]?.value).toHaveLength(4096);
    // 2,049 "é" are 2,049 characters but 4,098 bytes.
    expect(() => stageInlineSecrets(docWith('é'.repeat(2049)), '/p')).toThrow(
      /deploy\.shop\.containers\.0\.web\.env\.API_TOKEN is 4098 bytes \(UTF-8\).*at most 4096 bytes.*Advanced-tier SecureString.*%\{ssm:<its name>\}/,
    );
    // The message never quotes the value.
    expect(() => stageInlineSecrets(docWith('é'.repeat(2049)), '/p')).not.toThrow(/éé/);
    expect(() => stageDatabaseSecrets({ shop: { password: 'x'.repeat(4097) } }, '/p')).toThrow(/4097 bytes/);
  });

  it('berth plan shows the hashes a deploy computes: over the references, never over a secret value', () => {
    const docWith = (value: string) =>
      parseValid(
        JSON.stringify({ deploy: { shop: { containers: [{ web: { deploy: 'auto', image: 'acme/web', env: { API_TOKEN: value } } }] } } }),
      );
    const shown = (value: string) =>
      withHashesOf(
        buildHostPlan(docWith(value), docker1, planOptions()),
        buildHostPlan(referencingSecrets(docWith(value), '/p'), docker1, planOptions()),
      );
    const [one, two] = [shown('one'), shown('two')];
    expect(buildHostPlan(docWith('one'), docker1, planOptions()).definitions[0]?.hash).not.toBe(
      buildHostPlan(docWith('two'), docker1, planOptions()).definitions[0]?.hash,
    );
    expect(one.definitions[0]?.hash).toBe(two.definitions[0]?.hash);
    expect(one.definitions[0]?.copies[0]?.slots[0]?.runArgs).toContain(`berth.hash=${one.definitions[0]?.hash ?? ''}`);
    expect(JSON.stringify(one)).toBe(JSON.stringify(two).split('two').join('one'));
  });
});
