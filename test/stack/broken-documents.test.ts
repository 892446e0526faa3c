// The corpus of broken documents (test/fixtures/broken): each problem is reported with its message
// at the exact line and column of the offending value (or key, for key problems).
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, validateStackJson } from '../../src/stack/validate.js';
import { readFixture } from './helpers.js';

type Expected = [severity: string, code: string, line: number, column: number, message: string];

const corpus: Record<string, Expected[]> = {
  'syntax-missing-comma.json': [['error', 'json-syntax', 9, 13, 'invalid JSON: expected "," between values (a comma is missing here)']],
  'syntax-trailing-comma.json': [
    ['error', 'json-syntax', 5, 59, 'invalid JSON: expected a property name in double quotes (is there a trailing comma?)'],
  ],
  'syntax-unterminated-string.json': [['error', 'json-syntax', 5, 47, 'invalid JSON: unterminated string: add the closing double quote']],
  'not-an-object.json': [['error', 'not-an-object', 1, 1, 'a Stack JSON document must be a JSON object with a "deploy" key']],
  'env-from.json': [
    ['error', 'env-from', 6, 74, 'env_from "ap" names no definition of app "web": use one of app, self'],
    ['error', 'env-from', 7, 72, 'env_from names the definition itself: name another definition of app "web"'],
    ['error', 'env-from', 12, 75, 'env_from "app" names no definition of app "admin": use one of (none)'],
  ],
  'references.json': [
    [
      'warning',
      'forwarder',
      2,
      31,
      'logrotate.forwarder "logspout" names no running container (berth needs no forwarder restart, so nothing uses it): name a runtime container such as app0, app1, nginx0, logspout0, or remove it',
    ],
    ['error', 'manual', 3, 14, 'manual names "nginxx", which is no definition: use one of app, nginx, logspout'],
    [
      'error',
      'volumes-from',
      13,
      39,
      'volumes_from "sockz" names no data volume and no running container: use a data volume (socks) or a runtime name such as "app0"',
    ],
    [
      'error',
      'volumes-from',
      13,
      48,
      'volumes_from "app" names no data volume and no running container (containers are named with their copy index, e.g. "app0"): use a data volume (socks) or a runtime name such as "app0"',
    ],
    [
      'error',
      'links',
      14,
      39,
      'link "db" names no running container: use a runtime name with its copy index (app0, app1, nginx0, logspout0)',
    ],
  ],
  'fixed-port-copies.json': [
    [
      'error',
      'fixed-port-copies',
      10,
      31,
      'host port in "80:80" is fixed but "app" runs 3 copies that cannot all bind it: set "containers" to 1, drop the host port, or put %{index} in it',
    ],
  ],
  'duplicate-definition.json': [
    [
      'error',
      'duplicate-definition',
      6,
      11,
      'definition "app" is already defined in app "web": container names must be unique on a host, rename one',
    ],
    ['error', 'duplicate-definition', 7, 62, 'definition "cron" is defined twice: rename one of them'],
    [
      'error',
      'duplicate-definition',
      12,
      11,
      'definition "app" is already defined in app "web": container names must be unique on a host, rename one',
    ],
  ],
  'schema.json': [
    ['error', 'schema', 5, 30, 'deploy.web.containers[0].app.deploy: deploy must be "auto", "manual" or "cron", not "automatic"'],
    [
      'error',
      'schema',
      6,
      76,
      'deploy.web.containers[1].worker.containers: containers must be a whole number (a number or a numeric string such as "2")',
    ],
    [
      'error',
      'schema',
      7,
      23,
      'deploy.web.containers[2].nameless.image: image is required: the repository without tag, e.g. "quay.io/acme/app"',
    ],
    // Reported together with the checks on the rest: the typo leaves health.http without a port.
    [
      'error',
      'health',
      8,
      71,
      'health.http needs "port" or "socket" (or a load_balancer address to probe): say where the container listens',
    ],
    ['warning', 'unknown-key', 8, 88, 'unknown key "prot" in health of definition "probe" is ignored: did you mean "port"?'],
  ],
  'cron.json': [
    ['error', 'cron', 10, 33, 'cron minute "60" is out of range: use 0-59 (definition "report")'],
    ['error', 'cron', 10, 45, 'cron hour "25" is out of range: use 0-23 (definition "report")'],
    ['error', 'cron', 17, 33, 'step "/0" must be at least 1 (definition "cleanup")'],
    ['error', 'cron', 17, 51, 'cron weekday "8" is out of range: use 0-7 (definition "cleanup")'],
  ],
  'placeholders.json': [
    [
      'error',
      'placeholder',
      9,
      25,
      'unknown placeholder %{hostname} in hostname: use %{app_name}, %{opsworks}, %{public_ip}, %{index}, %{slot}, or "%%" for a literal "%"',
    ],
    [
      'error',
      'placeholder',
      11,
      23,
      'unknown placeholder %{app} in env NAME: use %{app_name}, %{opsworks}, %{public_ip}, or "%%" for a literal "%"',
    ],
    [
      'error',
      'placeholder',
      12,
      23,
      'unknown placeholder %{index} in env COPY (%{index} only works in hostname, command, ports, volumes, health and load_balancer): use %{app_name}, %{opsworks}, %{public_ip}, or "%%" for a literal "%"',
    ],
    ['error', 'placeholder', 13, 23, 'env OPEN has a "%{" without a closing "}": close the placeholder, or write "%%{" for a literal "%{"'],
    [
      'error',
      'placeholder',
      14,
      29,
      'env API_SECRET (a secret) holds an unknown placeholder: use %{app_name}, %{opsworks}, %{public_ip}, or "%%" for a literal "%" (the value is not shown)',
    ],
    [
      'error',
      'ssm-reference',
      15,
      25,
      '%{ssm:/acme/db} must be the whole value of env DB_URL, not part of it: store the full value in the parameter',
    ],
    [
      'error',
      'ssm-reference',
      16,
      28,
      'malformed reference %{ssm:} in env EMPTY_REF: name a parameter like %{ssm:/acme/prod/db_password} (letters, digits, "_.-", levels separated by "/")',
    ],
    [
      'error',
      'ssm-reference',
      17,
      28,
      'malformed reference %{ssm:/acme/my secret} in env SPACE_REF: name a parameter like %{ssm:/acme/prod/db_password} (letters, digits, "_.-", levels separated by "/")',
    ],
    [
      'error',
      'ssm-reference',
      20,
      25,
      '%{ssm:...} is not allowed in volumes: secret references work in env values, database fields, registry credentials and the Rollbar access_token',
    ],
  ],
  'values.json': [
    ['error', 'tag', 5, 66, 'tag "v1 beta" is not a Docker tag: use letters, digits, "_.-" (up to 128), or a digest "sha256:<64 hex>"'],
    ['error', 'command-syntax', 5, 88, "command cannot be split into arguments: unterminated single quote at character 6: close it with '"],
    [
      'error',
      'health',
      10,
      23,
      'health.http needs "port" or "socket" (or a load_balancer address to probe): say where the container listens',
    ],
    ['error', 'health', 10, 33, 'health.http "up" must be a path starting with "/", e.g. "/up"'],
    ['error', 'load-balancer', 11, 96, 'load_balancer.slots must be two different values, e.g. ["", "_b"]'],
  ],
  'warnings.json': [
    ['warning', 'unknown-key', 9, 13, 'unknown key "volume_from" in definition "app" is ignored: did you mean "volumes_from"?'],
    ['warning', 'unknown-key', 10, 13, 'unknown key "comand" in definition "app" is ignored: did you mean "command"?'],
    [
      'warning',
      'unknown-key',
      11,
      13,
      'unknown key "frobnicate" in definition "app" is ignored: known keys: image, tag, deploy, containers, startup_time, database, env, env_from, ports, links, volumes, volumes_from, entrypoint, command, migration, hostname, cron, notifications, health, load_balancer, stop_signal, stop_grace_period, surge, exclusive, network, log',
    ],
    [
      'warning',
      'shell-syntax',
      12,
      24,
      "command uses shell syntax (&& >) that the old host shell interpreted; berth runs it without a shell. If you need the shell, write: sh -c 'bundle exec rake jobs:work && echo done > /tmp/log'",
    ],
    [
      'warning',
      'missing-deploy',
      16,
      11,
      'definition "idle" has no "deploy" and is not run (as in the old cookbook): set "deploy" to "auto", "manual" or "cron"',
    ],
  ],
};

describe('broken documents', () => {
  for (const [file, expected] of Object.entries(corpus)) {
    it(`${file} is reported at the right places`, () => {
      const result = validateStackJson(readFixture(`broken/${file}`), `broken/${file}`);
      const found = result.diagnostics
        .filter((d) => d.code !== 'single-slot')
        .map((d): Expected => [d.severity, d.code, d.line, d.column, d.message]);
      expect(found).toEqual(expected);
      expect(result.ok).toBe(!expected.some(([severity]) => severity === 'error'));
    });
  }

  it('formats a diagnostic as file:line:col: severity: message', () => {
    const [first] = validateStackJson(readFixture('broken/env-from.json'), 'stack.json').diagnostics.filter((d) => d.severity === 'error');
    expect(first && formatDiagnostic(first)).toBe(
      'stack.json:6:74: error: env_from "ap" names no definition of app "web": use one of app, self',
    );
  });

  it('never quotes a secret value in a message', () => {
    const result = validateStackJson(readFixture('broken/placeholders.json'), 'p.json');
    expect(result.diagnostics.map((d) => d.message).join('\n')).not.toContain('hunter2');
  });

  it('spans the whole offending value (end line and column)', () => {
    const result = validateStackJson(readFixture('broken/references.json'), 'r.json');
    const link = result.diagnostics.find((d) => d.code === 'links');
    expect(link).toMatchObject({
      line: 14,
      column: 39,
      endLine: 14,
      endColumn: 43,
      path: ['deploy', 'web', 'containers', 1, 'nginx', 'links', 1],
    });
  });

  it('reports the single-copy notice at the definition key when containers is not written', () => {
    const result = validateStackJson(readFixture('broken/values.json'), 'v.json');
    // "app" (line 5) is a worker: its new copy starts before the old one stops, no notice.
    expect(result.diagnostics.filter((d) => d.code === 'single-slot').map((d) => [d.severity, d.line, d.column])).toEqual([
      ['notice', 7, 11],
    ]);
  });
});
