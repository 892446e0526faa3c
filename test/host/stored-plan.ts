// A plan with every kind of record and hostile values, fixed so that its text is too: the release before
// the single wire format stored this exact text on hosts (test/host/fixtures/plan-0.1.0.plan, written by
// that release's encodeHostPlan + toRawPlan), and the script must keep reading what hosts stored.
import type { HostPlan } from '../../src/stack/host-plan.js';
import { demoDefinition, fromSsm, hostPlan, literal } from './plans.js';

export const STORED_ROOT = '/srv/berth-upgrade';
const hostile = `v-'q"$(touch /tmp/berth-pwned)\`id\`\n%ü✓ -`;

export function storedPlan(): HostPlan {
  const web = demoDefinition({ root: STORED_ROOT, image: 'acme/demo:v1', env: [literal('X', hostile), literal('EMPTY', ''), fromSsm('TOKEN', '/berth/prod/token')] });
  const worker = demoDefinition({
    root: STORED_ROOT, image: 'acme/demo@sha256:feed', name: 'worker', copies: 1, slots: 1, health: 'cmd', loadBalancer: false,
    mode: 'manual', redeploy: true, dependsOn: ['web0', 'data'], command: () => ['work', '--', hostile, ''],
  });
  return hostPlan(STORED_ROOT, [web, worker], {
    deployId: 'd-stored',
    release: `v1 ${hostile}`,
    revision: 'abc1234',
    actor: 'tester',
    createdAt: '2026-11-20T10:00:00.000Z',
    aws: { region: 'eu-west-1', endpoint: 'https://ssm.example.test' },
    registries: [{ host: 'quay.io', username: { kind: 'literal', value: 'acme+bot' }, password: { kind: 'ssm', name: '/berth/prod/quay' } }],
    dataVolumes: [{ app: 'demo', name: 'data', image: 'acme/busybox:1', volumes: [`${STORED_ROOT}/srv/data:/data`] }],
    migration: { app: 'demo', definition: 'web', image: 'acme/demo:v1', runArgs: ['--network', 'host'], command: ['migrate', hostile], env: [literal('M', 'm')] },
    cron: [{
      app: 'demo',
      path: `${STORED_ROOT}/etc/cron.d/berth-demo`,
      lines: [`*/5 * * * * root /usr/bin/docker run --rm acme/demo:v1 'tick' # ${hostile.replace('\n', ' ')}`],
      envFiles: [{ definition: 'job', path: `${STORED_ROOT}/etc/berth/env/demo/job.env`, env: [literal('J', 'j'), fromSsm('S', '/berth/prod/s')] }],
    }],
  });
}
