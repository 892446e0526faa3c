// Documents, host facts and options the release template is tested with (TS here, bash in test/host).
import { readFileSync } from 'node:fs';
import type { HostFacts } from '../../src/stack/plan.js';
import { planOptions, readFixture } from './helpers.js';

export const templateDocuments: [string, string][] = [
  ['seed', readFixture('stack-seed.json')],
  ['example', readFileSync(new URL('../../examples/stack.json', import.meta.url), 'utf8')],
  ['opsworks-mixed', readFileSync(new URL('./corpus/opsworks-mixed-stack.json', import.meta.url), 'utf8')],
  ['host-facts', JSON.stringify(hostFactsDocument())],
];

/** Host facts in every place a placeholder may stand: hostname, ports, volumes, links, command, health, env, cron. */
export function hostFactsDocument(): unknown {
  return {
    deploy: {
      'Shop App': {
        data_volumes: [{ data: { volumes: ['/srv/%{opsworks}/data:/data'] } }],
        containers: [
          {
            web: {
              deploy: 'auto',
              image: 'acme/web',
              containers: 2,
              hostname: '%{app_name}-%{opsworks}',
              ports: ['%{public_ip}:80%{index}:80'],
              command: 'serve --name %{opsworks}/%{app_name}%{slot}',
              volumes: ['/srv/%{opsworks}/socks:/socks'],
              volumes_from: ['data'],
              env: { WHO: '%{opsworks} %{public_ip}', PUBLIC: 'http://%{public_ip}/', QUOTE: 'say "hi" \\ \\u001 %{app_name}' },
              health: { http: '/up', port: '80%{index}', interval: 1, timeout: 1, deadline: 5 },
            },
          },
          { worker: { deploy: 'manual', image: 'acme/worker', tag: 'v2', links: ['web0:web'], command: 'work %{opsworks}' } },
          {
            job: {
              deploy: 'cron',
              image: 'acme/job',
              command: 'run it',
              volumes: ['/srv/%{opsworks}/job:/job'],
              cron: { minute: '5', hour: '*', weekday: '*' },
            },
          },
        ],
      },
    },
  };
}

export const templateFactSets: HostFacts[] = [
  { hostname: 'docker1', instanceId: 'i-0abc', publicIp: '203.0.113.7', stackName: 'Awesome Stack' },
  { hostname: 'Web-01.Eu-West.Example.COM', instanceId: 'i-0123456789abcdef0', publicIp: '', stackName: 'My BIG  Stack' },
  { hostname: 'ip-10-0-1-23.ec2.internal', instanceId: 'mi-0f1e2d3c4b5a69788', publicIp: '2001:db8::1', stackName: 'prod' },
];

export const templateOptions = planOptions({
  runMigration: false,
  hostRoot: '/srv/berth host',
  revision: 'c0ffee',
  release: 'v7 "quoted"',
});
