// Credentials in plain values: staged like secrets (env), refused where a reference cannot go (commands).
import { describe, expect, it } from 'vitest';
import { CredentialValueError, holdsUrlCredentials, knownSecretValues, stageCredentialValues } from '../../src/stack/credential-values.js';
import { diffDocuments } from '../../src/stack/diff.js';
import type { DatabaseSettings } from '../../src/stack/schema.js';
import { encodeHostPlan } from '../../src/stack/host-plan.js';
import { summarizeDocument } from '../../src/stack/summary.js';
import { buildHostPlan } from '../../src/stack/plan.js';
import { stageInlineSecrets } from '../../src/stack/secrets.js';
import { validateStackJson } from '../../src/stack/validate.js';
import { docker1, parseValid, planOptions } from './helpers.js';

const url = 'postgres://u:hunter2pass@db/x';
const secret = 's3cr3t-api-value';

function doc(env: Record<string, string>, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    deploy: {
      shop: {
        containers: [
          { web: { deploy: 'auto', image: 'acme/web', tag: '1', env: { API_TOKEN: secret, ...env }, ...extra } },
          { worker: { deploy: 'auto', image: 'acme/web', tag: '1', env_from: 'web' } },
        ],
      },
    },
  });
}

describe('credentials in values', () => {
  it('recognises URL credentials, not a URL without a password', () => {
    expect(['postgres://u:p@db/x', 'redis://:p@h:6379', 'https://a.b/c?u=x:y@z'].map(holdsUrlCredentials)).toEqual([true, true, false]);
    expect(['https://user@host/x', 'http://host:80/x', 'mailto:a@b', 'plain'].map(holdsUrlCredentials)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('stages a URL with credentials and a value equal to a secret, so neither is in any plan', () => {
    const document = parseValid(
      doc({ DATABASE_URL: url, COPY: secret, SAFE: 'https://example.com/x', PCT: 'mysql://a:b%%c@h/%{app_name}' }),
    );
    const staged = stageCredentialValues(stageInlineSecrets(document, '/p'), '/p', { values: ['rb-input-token'] });
    expect(staged.staged).toEqual([
      { name: '/p/shop/web/API_TOKEN', value: secret },
      { name: '/p/shop/web/DATABASE_URL', value: url },
      { name: '/p/shop/web/COPY', value: secret },
      { name: '/p/shop/web/PCT', value: 'mysql://a:b%c@h/web' },
    ]);
    const env = staged.document.deploy['shop']?.containers[0]?.['web']?.env;
    expect(env).toMatchObject({
      DATABASE_URL: '%{ssm:/p/shop/web/DATABASE_URL}',
      COPY: '%{ssm:/p/shop/web/COPY}',
      SAFE: 'https://example.com/x',
    });
    // The original document is left as it was.
    expect(document.deploy['shop']?.containers[0]?.['web']?.env['DATABASE_URL']).toBe(url);
    const plan = encodeHostPlan(buildHostPlan(staged.document, docker1, planOptions()));
    for (const value of [url, secret, 'hunter2pass', 'mysql://a:b%c']) expect(plan).not.toContain(value);
    // env_from gives the worker the same references.
    const worker = buildHostPlan(staged.document, docker1, planOptions()).definitions.find((d) => d.name === 'worker');
    expect(worker?.env.find((v) => v.key === 'DATABASE_URL')).toEqual({
      key: 'DATABASE_URL',
      value: { kind: 'ssm', name: '/p/shop/web/DATABASE_URL' },
      secret: true,
    });
  });

  it('plans a database input whose port is a JSON number (kept as given: the hash stays the same)', () => {
    // parseActionInputs keeps {"port": 5432} a number; the credential check crashed on it (text.indexOf).
    const databases = { shop: { port: 5432, password: 'db-input-pass' } as unknown as DatabaseSettings };
    const document = parseValid(doc({}, { database: true }));
    const web = buildHostPlan(document, docker1, planOptions({ databases })).definitions.find((d) => d.name === 'web');
    expect(web?.env.find((v) => v.key === 'DB_PORT')).toEqual({ key: 'DB_PORT', value: { kind: 'literal', value: 5432 }, secret: false });
  });

  it('stages a value equal to an input secret (the database input, rollbar-token)', () => {
    const document = parseValid(doc({ A: 'db-input-pass', B: 'rb-input-token' }));
    const inputs = { databases: { shop: { password: 'db-input-pass' } }, values: ['rb-input-token', undefined] };
    expect(knownSecretValues(document, inputs)).toEqual(new Set([secret, 'db-input-pass', 'rb-input-token']));
    const staged = stageCredentialValues(stageInlineSecrets(document, '/p'), '/p', inputs);
    expect(staged.staged.map((s) => s.name)).toEqual(['/p/shop/web/API_TOKEN', '/p/shop/web/A', '/p/shop/web/B']);
  });

  it('marks a URL with credentials secret in an unstaged plan (what `plan` and the summaries show)', () => {
    const plan = buildHostPlan(parseValid(doc({ DATABASE_URL: url })), docker1, planOptions());
    expect(plan.definitions[0]?.env.find((v) => v.key === 'DATABASE_URL')?.secret).toBe(true);
  });

  it('refuses a credential in a command at validate, located, quoting nothing', () => {
    const text = doc({}, { command: `app --db ${url}`, migration: `rake migrate ${secret}` });
    const result = validateStackJson(text, 'd.json');
    const found = result.diagnostics.filter((d) => d.code === 'credential' && d.severity === 'error');
    expect(found.map((d) => d.path.at(-1))).toEqual(['command', 'migration']);
    expect(found[0]?.message).toMatch(
      /^command holds a credential \(a URL with user:password@; the value is not shown\): a command travels in docker run's arguments/,
    );
    for (const d of result.diagnostics) expect(d.message).not.toMatch(/hunter2pass|s3cr3t/);
  });

  it('gives a notice for a plain env value it will stage, and refuses at deploy a command equal to an input secret', () => {
    const notices = validateStackJson(doc({ DATABASE_URL: url }), 'd.json').diagnostics.filter((d) => d.code === 'credential');
    expect(notices.map((d) => [d.severity, d.path.at(-1)])).toEqual([['notice', 'DATABASE_URL']]);
    const document = parseValid(doc({}, { command: 'app --password db-input-pass' }));
    expect(() =>
      stageCredentialValues(stageInlineSecrets(document, '/p'), '/p', { databases: { shop: { password: 'db-input-pass' } } }),
    ).toThrow(CredentialValueError);
  });

  it('refuses a credential that holds a per-host placeholder (one parameter cannot hold it)', () => {
    const document = parseValid(doc({ URL: 'http://u:p@%{public_ip}/x' }));
    expect(() => stageCredentialValues(stageInlineSecrets(document, '/p'), '/p')).toThrow(
      /env URL holds a credential \(a URL with user:password@\) and a per-host placeholder/,
    );
  });
});

describe('credentials in what people read', () => {
  it('the pull-request diff and the document summary show a URL with credentials as ***', () => {
    const before = parseValid(doc({ DATABASE_URL: 'postgres://u:old-pass@db/x' }));
    const after = parseValid(doc({ DATABASE_URL: url }));
    const text = JSON.stringify(diffDocuments(before, after));
    expect(text).toContain('DATABASE_URL');
    expect(text).not.toMatch(/old-pass|hunter2pass/);
    expect(JSON.stringify(summarizeDocument(after, docker1))).not.toContain('hunter2pass');
  });
});
