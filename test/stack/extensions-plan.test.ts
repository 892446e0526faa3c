// The extensions in the plan: health checks, the load-balancer binding with an alternate slot,
// stop signal and grace, network, log options, and when a copy gets one slot or two.
import { describe, expect, it } from 'vitest';
import { buildHostPlan } from '../../src/stack/plan.js';
import { validateStackJson } from '../../src/stack/validate.js';
import { docker1, parseValid, planOptions } from './helpers.js';

function planOf(definitions: Record<string, unknown>[], root = '/') {
  const document = parseValid(JSON.stringify({ deploy: { shop: { containers: definitions } } }));
  return buildHostPlan(document, docker1, planOptions({ hostRoot: root }));
}

describe('plan extensions', () => {
  it('gives each copy two slots behind a unix-socket binding and probes the slot socket', () => {
    const plan = planOf(
      [
        {
          web: {
            deploy: 'auto',
            image: 'acme/web',
            containers: 2,
            command: 'unicorn -l /srv/socks/%{app_name}%{slot}.sock',
            volumes: ['/srv/socks:/srv/socks'],
            health: { http: '/up', socket: '/srv/socks/%{app_name}%{slot}.sock', interval: 2, timeout: 1, retries: 10 },
            load_balancer: {
              admin_socket: '/run/haproxy/admin.sock',
              backend: 'web',
              address: 'unix@/srv/socks/%{app_name}%{slot}.sock',
              drain_timeout: 12,
            },
            stop_signal: 'QUIT',
            stop_grace_period: 20,
            network: 'host',
            log: { max_size: '1m', max_file: '2' },
          },
        },
      ],
      '/tmp/h',
    );
    const web = plan.definitions[0];
    expect(web?.loadBalancer).toEqual({ adminSocket: '/tmp/h/run/haproxy/admin.sock', backend: 'web', drainTimeout: 12 });
    expect(web?.health).toEqual({ interval: 2, timeout: 1, deadline: 20, startupTime: 0 });
    expect(web?.stopSignal).toBe('QUIT');
    expect(web?.stopGrace).toBe(20);
    const copy1 = web?.copies[1];
    expect(copy1?.slots.map((s) => [s.id, s.server, s.serverAddress, s.health, s.command.at(-1)])).toEqual([
      [
        '',
        'web1',
        'unix@/srv/socks/web1.sock',
        { kind: 'http-unix', socket: '/tmp/h/srv/socks/web1.sock', path: '/up' },
        '/srv/socks/web1.sock',
      ],
      [
        '_b',
        'web1_b',
        'unix@/srv/socks/web1_b.sock',
        { kind: 'http-unix', socket: '/tmp/h/srv/socks/web1_b.sock', path: '/up' },
        '/srv/socks/web1_b.sock',
      ],
    ]);
    expect(copy1?.slots[1]?.runArgs).toEqual([
      '--hostname',
      'web1.docker1',
      '--restart',
      'unless-stopped',
      '--stop-signal',
      'QUIT',
      '--stop-timeout',
      '20',
      '--network',
      'host',
      '-v',
      '/tmp/h/srv/socks:/srv/socks',
      '--log-driver',
      'json-file',
      '--log-opt',
      'max-size=1m',
      '--log-opt',
      'max-file=2',
      '--label',
      'berth.app=shop',
      '--label',
      'berth.definition=web',
      '--label',
      'berth.slot=_b',
      '--label',
      `berth.hash=${web?.hash}`,
      '--label',
      'berth.release=v42',
    ]);
  });

  it('uses ports per slot and copy through %{index} and %{slot}; probes the address when health names no port', () => {
    const plan = planOf([
      {
        api: {
          deploy: 'auto',
          image: 'acme/api',
          network: 'host',
          command: 'serve --port 80%{index}%{slot}',
          health: { http: '/health' },
          load_balancer: { admin_socket: '/run/admin.sock', backend: 'api', slots: ['0', '1'], address: '127.0.0.1:80%{index}%{slot}' },
        },
      },
    ]);
    const slots = plan.definitions[0]?.copies[0]?.slots ?? [];
    expect(slots.map((s) => [s.id, s.server, s.serverAddress, s.command, s.health])).toEqual([
      ['0', 'api00', '127.0.0.1:8000', ['serve', '--port', '8000'], { kind: 'http', url: 'http://127.0.0.1:8000/health' }],
      ['1', 'api01', '127.0.0.1:8001', ['serve', '--port', '8001'], { kind: 'http', url: 'http://127.0.0.1:8001/health' }],
    ]);
    expect(plan.definitions[0]?.health).toEqual({ interval: 1, timeout: 5, deadline: 60, startupTime: 0 });
  });

  it('falls back to one slot (stop-then-start) with a fixed host port or an address without %{slot}', () => {
    const fixed = planOf([
      {
        web: {
          deploy: 'auto',
          image: 'acme/web',
          ports: ['8080:80'],
          health: { http: '/up', port: 8080 },
          load_balancer: { admin_socket: '/run/admin.sock', backend: 'web', address: '127.0.0.1:90%{slot}' },
        },
      },
    ]);
    expect(fixed.definitions[0]?.copies[0]?.slots.map((s) => [s.id, s.serverAddress, s.health])).toEqual([
      ['', '127.0.0.1:90', { kind: 'http', url: 'http://127.0.0.1:8080/up' }],
    ]);
    const sameAddress = planOf([
      { web: { deploy: 'auto', image: 'acme/web', load_balancer: { admin_socket: '/a', backend: 'b', address: '127.0.0.1:81' } } },
    ]);
    expect(sameAddress.definitions[0]?.copies[0]?.slots).toHaveLength(1);
  });

  it('runs a command health check and the image health check', () => {
    const plan = planOf([
      { worker: { deploy: 'auto', image: 'acme/w', health: { cmd: "pgrep -f 'sidekiq %{app_name}'", deadline: 90 } } },
      { db: { deploy: 'manual', image: 'acme/db', health: 'docker', startup_time: '120' } },
    ]);
    expect(plan.definitions[0]?.copies[0]?.slots[0]?.health).toEqual({ kind: 'cmd', argv: ['pgrep', '-f', 'sidekiq worker0'] });
    expect(plan.definitions[0]?.health.deadline).toBe(90);
    expect(plan.definitions[1]?.copies[0]?.slots[0]?.health).toEqual({ kind: 'docker' });
    expect(plan.definitions[1]?.health).toEqual({ interval: 1, timeout: 5, deadline: 120, startupTime: 120 });
  });

  it('only passes Docker rotation options to drivers that take them', () => {
    const plan = planOf([{ web: { deploy: 'auto', image: 'acme/web', log: { driver: 'syslog' } } }]);
    const args = plan.definitions[0]?.copies[0]?.slots[0]?.runArgs ?? [];
    expect(args).toContain('syslog');
    expect(args).not.toContain('--log-opt');
  });

  it('validates the seed-style notice away once a binding gives the single copy a second slot', () => {
    const result = validateStackJson(
      JSON.stringify({
        deploy: {
          shop: {
            containers: [
              {
                web: {
                  deploy: 'auto',
                  image: 'acme/web',
                  load_balancer: { admin_socket: '/a', backend: 'b', address: 'unix@/s/%{app_name}%{slot}.sock' },
                },
              },
            ],
          },
        },
      }),
      'x.json',
    );
    expect(result.diagnostics).toEqual([]);
  });
});

describe('the definition hash', () => {
  const base = { deploy: 'auto', image: 'acme/web', env: { A: '1' }, command: 'run' };
  const hashOf = (definition: Record<string, unknown>, options = {}) => {
    const document = parseValid(JSON.stringify({ deploy: { shop: { containers: [{ web: definition }] } } }));
    return buildHostPlan(document, docker1, planOptions(options)).definitions[0]?.hash;
  };

  it('is stable across releases, deploy ids and copy counts', () => {
    expect(hashOf(base)).toBe(hashOf(base, { release: 'v43', deployId: 'other' }));
    expect(hashOf(base)).toBe(hashOf({ ...base, containers: 3 }));
  });

  it('changes with the image tag, env, command, run options, health and stop signal', () => {
    const original = hashOf(base);
    const variants = [
      { ...base, tag: 'v2' },
      { ...base, env: { A: '2' } },
      { ...base, command: 'run --fast' },
      { ...base, volumes: ['/a:/a'] },
      { ...base, health: 'docker' },
      { ...base, stop_signal: 'QUIT' },
    ];
    const hashes = variants.map((v) => hashOf(v));
    for (const hash of hashes) expect(hash).not.toBe(original);
    expect(new Set(hashes).size).toBe(variants.length);
  });

  it('sets redeploy from force (auto) and the manual list (manual)', () => {
    const document = parseValid(
      JSON.stringify({
        deploy: {
          shop: {
            containers: [
              { web: { deploy: 'auto', image: 'a' } },
              { proxy: { deploy: 'manual', image: 'p' } },
              { other: { deploy: 'manual', image: 'o' } },
            ],
          },
        },
      }),
    );
    const redeploy = (options: object) => buildHostPlan(document, docker1, planOptions(options)).definitions.map((d) => d.redeploy);
    expect(redeploy({})).toEqual([false, false, false]);
    expect(redeploy({ force: true })).toEqual([true, false, false]);
    expect(redeploy({ manual: ['proxy'] })).toEqual([false, true, false]);
  });
});
