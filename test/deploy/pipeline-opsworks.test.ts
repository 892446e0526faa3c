import { describe, expect, it } from 'vitest';
import { runDeploy } from '../../src/deploy/pipeline.js';
import type { OpsWorksPort } from '../../src/deploy/ports.js';
import { recordingLog, webDocument } from './fakes.js';
import { fleetOf, ports, settings, webImages, type SettingsOverride } from './pipeline-fixtures.js';

describe('runDeploy on the opsworks target', () => {
  function opsworks(customJson: string, status: 'successful' | 'failed' = 'successful') {
    const calls: string[] = [];
    const state = { customJson };
    const deployed: string[] = [];
    const port: OpsWorksPort & { calls: string[]; state: typeof state; deployed: string[] } = {
      calls,
      state,
      deployed,
      async describeStack() {
        calls.push('describeStack');
        return { name: 'Shop Stack', customJson: state.customJson };
      },
      async onlineInstances() {
        calls.push('onlineInstances');
        return [
          { instanceId: 'i-0', opsworksInstanceId: 'ow-0', hostname: 'docker1', publicIp: '' },
          { instanceId: 'i-1', opsworksInstanceId: 'ow-1', hostname: 'docker2', publicIp: '' },
        ];
      },
      async createDeployment(input) {
        calls.push(`createDeployment ${input.instanceIds.join(',')} ${input.comment} ${input.command.name}`);
        deployed.push(input.customJson);
        return 'dep-1';
      },
      async waitDeployment() {
        calls.push('waitDeployment');
        return status === 'successful'
          ? { status, commands: [] }
          : {
              status,
              commands: [
                { instanceId: 'ow-1', status: 'failed', logUrl: 'https://logs/ow-1' },
                { instanceId: 'ow-0', status: 'successful' },
              ],
            };
      },
      async updateStackCustomJson(_id, json) {
        calls.push('updateStack');
        state.customJson = json;
      },
    };
    return port;
  }

  const opsSettings = (over: SettingsOverride = {}) =>
    settings({
      target: { kind: 'opsworks', stackId: 'stack-1', layerIds: ['layer-1'], command: { name: 'deploy' }, stackName: 'Shop' },
      ...over,
    });
  const build = async () => ({ document: webDocument('v2'), tags: { 'quay.io/acme/web': 'v2' }, images: {}, digests: {} });

  it('deploys the stack Custom JSON with the new tags and writes it back only after success', async () => {
    const hosts = fleetOf(2);
    const port = opsworks(JSON.stringify({ other_cookbook: { keep: true }, ...webDocument('v1') }));
    const { ports: p } = ports(hosts, { opsworks: port, build });
    const outcome = await runDeploy(opsSettings(), p, recordingLog());
    expect(outcome.status).toBe('success');
    expect(port.calls).toEqual([
      'describeStack',
      'onlineInstances',
      'createDeployment ow-0,ow-1 berth deploy v2 (0123456789ab) deploy',
      'waitDeployment',
      'describeStack',
      'updateStack',
    ]);
    const written = JSON.parse(port.state.customJson);
    expect(written.other_cookbook).toEqual({ keep: true });
    expect(written.deploy.shop.containers[0].web.tag).toBe('v2');
    for (const h of hosts) expect(webImages(h)).toEqual(['quay.io/acme/web:v2', 'quay.io/acme/web:v2']);
  });

  it('stops before any rollout when the OpsWorks deployment fails, naming the instance and its log', async () => {
    const hosts = fleetOf(2);
    const before = JSON.stringify(webDocument('v1'));
    const port = opsworks(before, 'failed');
    const { fleet, ports: p } = ports(hosts, { opsworks: port, build });
    const outcome = await runDeploy(opsSettings(), p, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.fleet).toBe('unchanged');
    expect(outcome.summary).toContain('ow-1: failed (log: https://logs/ow-1)');
    expect(fleet.runs.every((r) => r.sends.every((c) => c.commands[1] === 'preflight'))).toBe(true);
    expect(port.calls).not.toContain('updateStack');
    expect(port.state.customJson).toBe(before);
  });

  it('keeps the stack Custom JSON when the rollout fails', async () => {
    const hosts = fleetOf(2, 'v1', (i) => (i === 1 ? { failsOnImage: 'quay.io/acme/web:v2' } : {}));
    const before = JSON.stringify(webDocument('v1'));
    const port = opsworks(before);
    const { ports: p } = ports(hosts, { opsworks: port, build });
    const outcome = await runDeploy(opsSettings(), p, recordingLog());
    expect(outcome.fleet).toBe('rolled-back');
    expect(port.state.customJson).toBe(before);
    for (const h of hosts) expect(webImages(h)).toEqual(['quay.io/acme/web:v1', 'quay.io/acme/web:v1']);
  });

  it("honours pin-digest: the deployment, the hosts and the stack's Custom JSON name the pushed digest, every other byte kept", async () => {
    const digest = `sha256:${'d1'.repeat(32)}`;
    const hosts = fleetOf(2);
    const before = JSON.stringify({ other_cookbook: { keep: true }, ...webDocument('v1') }, null, 4);
    const port = opsworks(before);
    const pinned = async () => ({
      document: webDocument('v2'),
      tags: { 'quay.io/acme/web': 'v2' },
      images: { 'quay.io/acme/web': `quay.io/acme/web@${digest}` },
      digests: { 'quay.io/acme/web': digest },
      pinDigest: true,
    });
    const { ports: p } = ports(hosts, { opsworks: port, build: pinned });
    const outcome = await runDeploy(opsSettings(), p, recordingLog());
    expect(outcome.status).toBe('success');
    const tagOf = (json: string | undefined) => JSON.parse(json ?? '{}').deploy.shop.containers[0].web.tag;
    expect(tagOf(port.deployed[0])).toBe(digest);
    expect(tagOf(port.state.customJson)).toBe(digest);
    // Only the tag changed: the stack's own formatting and other cookbooks' keys stay as they were.
    expect(port.state.customJson).toBe(before.replace('"tag": "v1"', `"tag": "${digest}"`));
    for (const h of hosts) {
      const rollout = h.received.find((r) => r.mode === 'rollout');
      expect(rollout?.plan?.definitions.find((d) => d.name === 'web')?.image).toContain(digest);
    }
  });

  it('refuses to pin a built image whose digest is unknown, before anything runs', async () => {
    const hosts = fleetOf(1);
    const port = opsworks(JSON.stringify(webDocument('v1')));
    const unknown = async () => ({
      document: webDocument('v2'),
      tags: { 'quay.io/acme/web': 'v2' },
      images: {},
      digests: {},
      pinDigest: true,
    });
    const { fleet, ports: p } = ports(hosts, { opsworks: port, build: unknown });
    const outcome = await runDeploy(opsSettings(), p, recordingLog());
    expect(outcome.status).toBe('failure');
    expect(outcome.summary).toContain('Cannot pin quay.io/acme/web: its digest is unknown');
    expect(fleet.runs).toHaveLength(0);
    expect(port.calls).not.toContain('updateStack');
  });
});
