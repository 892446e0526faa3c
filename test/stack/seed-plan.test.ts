// The canonical seed document: it validates without errors and its plan for stack "Awesome Stack",
// host "docker1" is asserted in full, argument by argument.
import { describe, expect, it } from 'vitest';
import type { PlanDefinition, PlanEnvVar } from '../../src/stack/host-plan.js';
import { buildHostPlan } from '../../src/stack/plan.js';
import { validateStackJson } from '../../src/stack/validate.js';
import { docker1, parseValid, planOptions, readFixture } from './helpers.js';

const seed = readFixture('stack-seed.json');
const plan = buildHostPlan(parseValid(seed), docker1, planOptions());

const literal = (key: string, value: string, secret = false): PlanEnvVar => ({ key, value: { kind: 'literal', value }, secret });
const appEnvBase = [
  literal('RANDOM_VAR', 'foo'),
  literal('DB_ADAPTER', ''),
  literal('DB_DATABASE', ''),
  literal('DB_HOST', ''),
  literal('DB_PASSWORD', '', true),
  literal('DB_PORT', ''),
  literal('DB_RECONNECT', ''),
  literal('DB_USERNAME', ''),
  literal('RELEASE_TAG', 'latest'),
];
const logArgs = ['--log-driver', 'json-file', '--log-opt', 'max-size=10m', '--log-opt', 'max-file=5'];

function definition(name: string): PlanDefinition {
  const found = plan.definitions.find((d) => d.name === name);
  if (!found) throw new Error(`no definition ${name}`);
  return found;
}

function labels(name: string, hash: string): string[] {
  return [
    '--label',
    'berth.app=amazing application',
    '--label',
    `berth.definition=${name}`,
    '--label',
    'berth.slot=',
    '--label',
    `berth.hash=${hash}`,
    '--label',
    'berth.release=v42',
  ];
}

describe('the seed document', () => {
  it('validates with no errors and no notice (sidekiq, a worker, starts its new copy before the old one stops)', () => {
    const result = validateStackJson(seed, 'stack.json');
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([]);
  });

  it('plans the host header, registries (empty credentials: no login) and data volumes', () => {
    expect(plan).toMatchObject({
      version: 1,
      deployId: 'deploy-1',
      release: 'v42',
      actor: 'octocat',
      createdAt: '2026-11-25T12:00:00Z',
      host: { root: '/', hostname: 'docker1', instanceId: 'i-0abc' },
      apps: ['amazing application'],
      lockTimeout: 300,
      keepImages: 3,
      force: false,
      preferLocalImages: false,
      aws: { region: 'eu-west-1' },
      logTailLines: 50,
    });
    expect(plan.registries).toEqual([]);
    expect(plan.dataVolumes).toEqual([
      { app: 'amazing application', name: 'socks', image: 'local/busybox:1', volumes: ['/var/run', '/var/lib/haproxy/socks'] },
      { app: 'amazing application', name: 'static', image: 'local/busybox:1', volumes: ['/var/static'] },
    ]);
    expect(plan.definitions.map((d) => [d.name, d.mode, d.copies.map((c) => c.name)])).toEqual([
      ['app', 'auto', ['app0', 'app1']],
      ['cron', 'cron', []],
      ['sidekiq', 'auto', ['sidekiq0']],
      ['haproxy', 'manual', ['haproxy0']],
      ['nginx', 'manual', ['nginx0']],
      ['logspout', 'manual', ['logspout0']],
    ]);
  });

  it('plans app0 and app1 argument by argument', () => {
    const app = definition('app');
    expect(app.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(app).toMatchObject({
      app: 'amazing application',
      image: 'quay.io/mikamai/awesome-app:latest',
      redeploy: false,
      health: { interval: 1, timeout: 5, deadline: 60, startupTime: 60 },
      stopSignal: 'SIGTERM',
      stopGrace: 30,
      dependsOn: ['socks', 'static'],
    });
    expect(app.loadBalancer).toBeUndefined();
    expect(app.env).toEqual([...appEnvBase, literal('GIT_REVISION', 'abc123')]);
    for (const index of [0, 1]) {
      expect(app.copies[index]).toEqual({
        index,
        name: `app${index}`,
        slots: [
          {
            id: '',
            runArgs: [
              '--hostname',
              `app${index}.docker1`,
              '--restart',
              'unless-stopped',
              '--stop-timeout',
              '30',
              '--entrypoint',
              '/app/bin/entrypoint.sh',
              '--volumes-from',
              'socks',
              '--volumes-from',
              'static',
              ...logArgs,
              ...labels('app', app.hash),
            ],
            command: ['bundle', 'exec', 'unicorn', '-c', 'config/unicorn.rb', '-l', `/var/lib/haproxy/socks/app${index}.sock`],
            health: { kind: 'none' },
          },
        ],
      });
    }
  });

  it('plans sidekiq0 with the env of app (env_from) but no rev_var of its own', () => {
    const sidekiq = definition('sidekiq');
    expect(sidekiq.rollout).toBe('overlap');
    expect(sidekiq.env).toEqual(appEnvBase);
    expect(sidekiq.health).toEqual({ interval: 1, timeout: 5, deadline: 0, startupTime: 0 });
    expect(sidekiq.copies).toEqual([
      {
        index: 0,
        name: 'sidekiq0',
        slots: [
          {
            id: '',
            runArgs: [
              '--hostname',
              'sidekiq0.docker1',
              '--restart',
              'unless-stopped',
              '--stop-timeout',
              '30',
              ...logArgs,
              ...labels('sidekiq', sidekiq.hash),
            ],
            command: ['bundle', 'exec', 'sidekiq'],
            health: { kind: 'none' },
          },
        ],
      },
    ]);
    expect(sidekiq.dependsOn).toEqual([]);
  });

  it('plans haproxy, nginx and logspout (%{opsworks} is awesome-stack-docker1)', () => {
    const haproxy = definition('haproxy');
    expect(haproxy.image).toBe('quay.io/mikamai/configured-haproxy:latest');
    expect(haproxy.env).toEqual([literal('REMOTE_SYSLOG', 'logs.papertrailapp.com:1234'), literal('RELEASE_TAG', 'latest')]);
    expect(haproxy.copies[0]?.slots[0]?.runArgs).toEqual([
      '--hostname',
      'opsworks',
      '--restart',
      'unless-stopped',
      '--stop-timeout',
      '30',
      '--volumes-from',
      'socks',
      ...logArgs,
      ...labels('haproxy', haproxy.hash),
    ]);
    expect(haproxy.copies[0]?.slots[0]?.command).toEqual([]);
    expect(haproxy.dependsOn).toEqual(['socks']);

    const nginx = definition('nginx');
    expect(nginx.image).toBe('quay.io/mikamai/configured-nginx:latest');
    expect(nginx.env).toEqual([literal('RELEASE_TAG', 'latest')]);
    expect(nginx.copies[0]?.slots[0]?.runArgs).toEqual([
      '--hostname',
      'nginx0.docker1',
      '--restart',
      'unless-stopped',
      '--stop-timeout',
      '30',
      '-p',
      '80:80',
      '-p',
      '443:443',
      '--volumes-from',
      'socks',
      '--volumes-from',
      'static',
      ...logArgs,
      ...labels('nginx', nginx.hash),
    ]);
    expect(nginx.dependsOn).toEqual(['socks', 'static']);

    const logspout = definition('logspout');
    expect(logspout.image).toBe('progrium/logspout:latest');
    expect(logspout.copies[0]?.slots[0]).toEqual({
      id: '',
      runArgs: [
        '--hostname',
        'awesome-stack-docker1',
        '--restart',
        'unless-stopped',
        '--stop-timeout',
        '30',
        '-v',
        '/var/run/docker.sock:/tmp/docker.sock',
        ...logArgs,
        ...labels('logspout', logspout.hash),
      ],
      command: ['syslog://logs.papertrailapp.com:1234'],
      health: { kind: 'none' },
    });
  });

  it('plans the cron file: one managed file for the app, a quoted docker run line, an env file', () => {
    const cron = definition('cron');
    expect(cron.copies).toEqual([]);
    expect(plan.cron).toEqual([
      {
        app: 'amazing application',
        path: '/etc/cron.d/berth-amazing-application',
        lines: [
          '# berth: managed file for app amazing-application; changes are overwritten on deploy',
          'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
          `59 * * * * root 'docker' 'run' '--rm' '--env-file' '/etc/berth/env/amazing-application/cron.env' ` +
            `'--log-driver' 'json-file' '--log-opt' 'max-size=10m' '--log-opt' 'max-file=5' ` +
            `'--label' 'berth.app=amazing application' '--label' 'berth.definition=cron' '--label' 'berth.hash=${cron.hash}' ` +
            `'quay.io/mikamai/awesome-app:latest' 'bundle' 'exec' 'rake' 'cron:run'`,
        ],
        envFiles: [{ definition: 'cron', path: '/etc/berth/env/amazing-application/cron.env', env: appEnvBase }],
      },
    ]);
  });

  it('plans the migration from app, with the new image, only where asked', () => {
    expect(plan.migration).toEqual({
      app: 'amazing application',
      definition: 'app',
      image: 'quay.io/mikamai/awesome-app:latest',
      // Without the definition's entrypoint, as the cookbook ran the migration.
      runArgs: [
        '--rm',
        '--volumes-from',
        'socks',
        '--volumes-from',
        'static',
        ...logArgs,
        '--label',
        'berth.app=amazing application',
        '--label',
        'berth.definition=app',
        '--label',
        'berth.role=migration',
      ],
      command: ['bundle', 'exec', 'rake', 'db:migrate'],
      env: [...appEnvBase, literal('GIT_REVISION', 'abc123')],
    });
    expect(buildHostPlan(parseValid(seed), docker1, planOptions({ runMigration: false })).migration).toBeUndefined();
  });

  it('puts host paths under the host root, leaving anonymous volumes alone', () => {
    const rooted = buildHostPlan(parseValid(seed), docker1, planOptions({ hostRoot: '/tmp/h1/' }));
    const logspout = rooted.definitions.find((d) => d.name === 'logspout');
    expect(logspout?.copies[0]?.slots[0]?.runArgs).toContain('/tmp/h1/var/run/docker.sock:/tmp/docker.sock');
    expect(rooted.dataVolumes[0]?.volumes).toEqual(['/var/run', '/var/lib/haproxy/socks']);
    expect(rooted.cron[0]?.path).toBe('/tmp/h1/etc/cron.d/berth-amazing-application');
    expect(rooted.cron[0]?.envFiles[0]?.path).toBe('/tmp/h1/etc/berth/env/amazing-application/cron.env');
  });
});
