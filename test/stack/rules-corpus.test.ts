// The rules of issue #14, one real-world-looking document per rule (test/stack/corpus): OpsWorks Custom
// JSON of a mixed stack, the cookbook's early formats, its own `registry_0` comment copied into
// `docker`, collisions on the host, values the host script refuses, secrets. Every problem of a
// document is reported in one run, at its exact line and column, in our words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStackJson } from '../../src/stack/validate.js';
import { readFixture } from './helpers.js';

type Expected = [severity: string, code: string, line: number, column: number, message: string];

function readCorpus(name: string): string {
  return readFileSync(new URL(`./corpus/${name}`, import.meta.url), 'utf8');
}

const corpus: Record<string, Expected[]> = {
  'opsworks-mixed-stack.json': [
    [
      'warning',
      'no-containers',
      8,
      5,
      'app "storefront" has no "containers", so nothing runs for it (the cookbook skipped such apps): add "containers": [{"<name>": {...}}] if it is meant for berth',
    ],
    [
      'warning',
      'unknown-key',
      9,
      7,
      'key "application" of app "storefront" is ignored: berth reads only containers, data_volumes and database (other layers\' app settings may stay)',
    ],
    [
      'warning',
      'unknown-key',
      10,
      7,
      'key "application_type" of app "storefront" is ignored: berth reads only containers, data_volumes and database (other layers\' app settings may stay)',
    ],
    [
      'warning',
      'unknown-key',
      11,
      7,
      'key "environment" of app "storefront" is ignored: berth reads only containers, data_volumes and database (other layers\' app settings may stay)',
    ],
    [
      'warning',
      'unknown-key',
      12,
      7,
      'key "deploy_to" of app "storefront" is ignored: berth reads only containers, data_volumes and database (other layers\' app settings may stay)',
    ],
    [
      'warning',
      'unknown-key',
      13,
      7,
      'key "rails_env" of app "storefront" is ignored: berth reads only containers, data_volumes and database (other layers\' app settings may stay)',
    ],
    [
      'warning',
      'unknown-key',
      14,
      7,
      'key "scm" of app "storefront" is ignored: berth reads only containers, data_volumes and database (other layers\' app settings may stay)',
    ],
    ['warning', 'unknown-key', 18, 7, 'key "containr" of app "docker apps" is ignored: did you mean "containers"?'],
  ],
  'docker-without-registries.json': [
    [
      'error',
      'docker-registries',
      2,
      3,
      '"docker" has no "registries", which crashed the cookbook\'s Setup: add "registries": {"<registry host>": {"username": "...", "password": "..."}} (or {}), or remove "docker"',
    ],
    [
      'error',
      'unknown-key',
      3,
      5,
      'unknown key "registry_0" in docker (the cookbook read only "registries") is not allowed: did you mean "registries"?',
    ],
  ],
  'early-formats.json': [
    [
      'error',
      'schema',
      3,
      15,
      'deploy.legacy is an array of definitions (the cookbook\'s early format): an app is now an object, write it as {"containers": [{"<name>": {...}}, ...]} (the array goes under "containers")',
    ],
    [
      'error',
      'schema',
      7,
      23,
      'deploy.shop.data_volumes is an object; data_volumes is an array of {"<name>": {"volumes": [paths]}}. Old docs showed {"socks": ["/var/run"]}: write that as [{"socks": {"volumes": ["/var/run"]}}]',
    ],
    [
      'error',
      'schema',
      8,
      21,
      'deploy.shop.containers: containers must be an array of objects mapping a definition name to its settings, e.g. [{"app": {"deploy": "auto", "image": "..."}}] (an object of definitions goes inside [ ])',
    ],
    [
      'error',
      'schema',
      11,
      37,
      'deploy.blog.data_volumes[0].uploads is a list of paths; a data volume is {"volumes": [paths]}. Old docs showed {"socks": ["/var/run"]}: write that as {"socks": {"volumes": ["/var/run"]}}',
    ],
  ],
  'four-fatal.json': [
    [
      'warning',
      'forwarder',
      2,
      31,
      'logrotate.forwarder "logspout" names no running container (berth needs no forwarder restart, so nothing uses it): name a runtime container such as app0, app1, worker0, or remove it',
    ],
    ['error', 'schema', 6, 30, 'deploy.shop.containers[0].app.deploy: deploy must be "auto", "manual" or "cron", not "automatic"'],
    [
      'error',
      'fixed-port-copies',
      6,
      100,
      'host port in "80:80" is fixed but "app" runs 2 copies that cannot all bind it: set "containers" to 1, drop the host port, or put %{index} in it',
    ],
    ['error', 'env-from', 7, 83, 'env_from "ap" names no definition of app "shop": use one of app, cron'],
    [
      'error',
      'schema',
      7,
      103,
      'deploy.shop.containers[1].worker.containers: containers must be a whole number (a number or a numeric string such as "2")',
    ],
    ['error', 'cron', 8, 89, 'cron minute "75" is out of range: use 0-59 (definition "cron")'],
  ],
  'collisions.json': [
    [
      'error',
      'name-clash',
      3,
      87,
      'registries "quay.io" and "quay.io/" would share the Parameter Store name of their password (registries/quay.io/password): write the host once',
    ],
    [
      'error',
      'container-name-clash',
      9,
      11,
      'copy 0 of "web1" and copy 10 of "web" are both named "web10" on the host: rename one definition, or change its "containers"',
    ],
    ['error', 'name-clash', 11, 11, 'cron definitions "Report" and "report" of app "Shop" would share the env file report.env: rename one'],
    [
      'error',
      'name-clash',
      14,
      5,
      'apps "Shop" and "shop" would share the cron file /etc/cron.d/berth-shop, the env directory and Parameter Store names (both become "shop"): rename one',
    ],
  ],
  'host-refuses.json': [
    [
      'error',
      'app-name',
      3,
      5,
      'app name "shop|eu" holds a line break, "|" or a control character, which the host cannot read back from container labels: use letters, digits, blanks and "_.-"',
    ],
    [
      'error',
      'data-volume-name',
      4,
      26,
      'data volume name "my socks" is not a valid container name: use letters, digits and "_.-", starting with a letter or digit',
    ],
    [
      'error',
      'definition-name',
      6,
      11,
      'definition name "web app" is not a valid container name: use letters, digits and "_.-", starting with a letter or digit',
    ],
    [
      'error',
      'env-key',
      9,
      22,
      'env key "#RAILS_ENV" is not a variable name (an env file would drop or misread it): start with a letter or "_", then letters, digits, "_", "." or "-"',
    ],
    [
      'error',
      'host-path',
      10,
      25,
      'this volume\'s host path can leave the host root: a ".." step (or a placeholder that may be empty, such as %{public_ip}, next to one) points outside it; write the path without ".."',
    ],
    [
      'error',
      'health',
      11,
      48,
      'health.port must be a port number from 1 to 65535 for every copy (one copy gets ""): use a number such as 3000, or "300%{index}"',
    ],
    [
      'error',
      'load-balancer',
      12,
      90,
      'load_balancer.backend "shop web" has characters haproxy\'s runtime API cannot take: use letters, digits and "_.:-"',
    ],
    [
      'error',
      'load-balancer',
      12,
      112,
      'load_balancer.server gives a server name haproxy\'s runtime API cannot take: use letters, digits, "_.:-" and placeholders',
    ],
    [
      'error',
      'health',
      14,
      94,
      'health.port must be a port number from 1 to 65535 for every copy (one copy gets "70000"): use a number such as 3000, or "300%{index}"',
    ],
  ],
  'nested-keys.json': [
    ['warning', 'unknown-key', 3, 79, 'unknown key "email" in the login for registry "quay.io" is ignored: known keys: username, password'],
    ['warning', 'unknown-key', 7, 37, 'unknown key "volume" in data volume "socks" is ignored: did you mean "volumes"?'],
    ['warning', 'unknown-key', 11, 32, 'unknown key "slack" in notifications of definition "web" is ignored: known keys: rollbar'],
    [
      'warning',
      'unknown-key',
      11,
      58,
      'unknown key "token" in notifications.rollbar of definition "web" is ignored: known keys: access_token, env_var, rev_var',
    ],
    ['warning', 'unknown-key', 12, 87, 'unknown key "backends" in load_balancer of definition "web" is ignored: did you mean "backend"?'],
    ['warning', 'unknown-key', 13, 45, 'unknown key "max-size" in log of definition "web" is ignored: did you mean "max_size"?'],
    [
      'error',
      'schema',
      13,
      76,
      'deploy.shop.containers[0].web.log.max_file: log.max_file must be a whole number (a number or a numeric string such as "2")',
    ],
    ['warning', 'unknown-key', 15, 125, 'unknown key "day" in cron of definition "nightly" is ignored: known keys: minute, hour, weekday'],
    [
      'error',
      'schema',
      16,
      97,
      'deploy.shop.containers[2].hourly.cron: cron must be an object such as {"minute": 0, "hour": 3, "weekday": "*"}, not a crontab line',
    ],
  ],
  'secrets.json': [
    [
      'error',
      'ssm-reference',
      7,
      58,
      'database.password holds a malformed %{ssm:...} reference: name a parameter like %{ssm:/acme/prod/db_password} (letters, digits, "_.-", levels separated by "/") (the value is not shown)',
    ],
    [
      'error',
      'ssm-reference',
      9,
      82,
      'env API_TOKEN (a secret) holds a %{ssm:...} reference as part of the value: it must be the whole value; store the full value in the parameter (the value is not shown)',
    ],
    [
      'error',
      'placeholder',
      9,
      128,
      'env SECRET_KEY_BASE (a secret) holds an unknown placeholder: use %{app_name}, %{opsworks}, %{public_ip}, or "%%" for a literal "%" (the value is not shown)',
    ],
  ],
  'bounds.json': [
    ['error', 'schema', 5, 74, 'deploy.shop.containers[0].web.containers: containers must be at most 100'],
    ['error', 'schema', 6, 77, 'deploy.shop.containers[1].worker.containers: containers must be at most 100'],
    [
      'error',
      'schema',
      6,
      122,
      'deploy.shop.containers[1].worker.stop_grace_period: stop_grace_period must be a whole number (a number or a numeric string such as "2")',
    ],
    ['error', 'schema', 7, 80, 'deploy.shop.containers[2].sidekiq.startup_time: startup_time must be at most 86400'],
  ],
  'line-breaks.json': [
    [
      'error',
      'env-value',
      7,
      13,
      'secret env spring.ssl.key holds a line break, which the host passes only under a shell variable name: rename it with letters, digits and "_"',
    ],
    [
      'error',
      'env-value',
      10,
      75,
      'env TLS_PRIVATE_KEY (from env_from "web") holds a line break, which the env file of cron job "digest" cannot carry: remove it, or keep the value in the image',
    ],
    [
      'error',
      'env-value',
      10,
      75,
      'env spring.ssl.key (from env_from "web") holds a line break, which the env file of cron job "digest" cannot carry: remove it, or keep the value in the image',
    ],
    [
      'error',
      'env-value',
      10,
      75,
      'env MOTD (from env_from "web") holds a line break, which the env file of cron job "digest" cannot carry: remove it, or keep the value in the image',
    ],
    [
      'error',
      'env-value',
      10,
      128,
      'env SUBJECT holds a line break, which the env file of cron job "digest" cannot carry: remove it, or keep the value in the image',
    ],
  ],
};

describe('the rules corpus', () => {
  for (const [file, expected] of Object.entries(corpus)) {
    it(`${file}: every problem at its place`, () => {
      const result = validateStackJson(readCorpus(file), file);
      const found = result.diagnostics
        .filter((d) => d.code !== 'single-slot')
        .map((d): Expected => [d.severity, d.code, d.line, d.column, d.message]);
      expect(found).toEqual(expected);
      expect(result.ok).toBe(!expected.some(([severity]) => severity === 'error'));
    });
  }

  it('keeps the seed clean: no error, no warning', () => {
    const result = validateStackJson(readFixture('stack-seed.json'), 'seed.json');
    expect(result.ok).toBe(true);
    expect(result.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
  });

  it('quotes no part of a secret value, not even the unknown placeholder inside it', () => {
    const messages = validateStackJson(readCorpus('secrets.json'), 's.json')
      .diagnostics.map((d) => d.message)
      .join('\n');
    for (const part of ['hunter2', 'oops', 'q7x', 'my secret', '%{pw}', 'tok-', '/acme/tok', 'b4se64', 'nope', 'zq9'])
      expect(messages).not.toContain(part);
  });

  it('accepts the numeric strings and "true" the cookbook accepted', () => {
    const result = validateStackJson(readCorpus('opsworks-mixed-stack.json'), 'o.json');
    expect(result.document?.deploy['docker apps']?.containers[0]?.['web']).toMatchObject({
      containers: 2,
      database: true,
      startup_time: 30,
    });
  });
});
