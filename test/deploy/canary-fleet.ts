// The fake fleet (fakes.ts) with the host mode `canary`: like the host script, the command replaces only
// copy 0 of the balanced definition (`web`; `proxy` has no load balancer here), holds the rest (`outdated`),
// records no plan, and answers with the counters a test gives it. Every other mode is the fake fleet's own.
import type { HostRunner, HostRunOutcome, HostRunRequest } from '../../src/deploy/ports.js';
import type { CanaryThresholds } from '../../src/deploy/settings.js';
import type { CanaryReport, HostResult } from '../../src/stack/host-plan.js';
import { fakeFleet, planIn, type FakeHost } from './fakes.js';

/** The inputs' default thresholds (test/action/canary-inputs.test.ts asserts the inputs give these). */
export const DEFAULT_THRESHOLDS: CanaryThresholds = Object.freeze({
  minRequests: 20,
  lowTraffic: 'wait',
  max5xxPoints: 1,
  maxResponseRatio: 1.5,
  max5xxPercent: 1,
  maxResponseMs: 1000,
  maxRollbarItems: 0,
});

/** What a canary host measures; `fail`: copy 0 never got healthy (the host put it back itself). */
export type CanaryAnswer = CanaryReport | 'fail';

export function side(requests: number, r5xx: number, rtimeMs = 10, errors = 0, servers = ['web_b0']) {
  return { servers, requests, r5xx, errors, rtimeMs };
}

/** A web definition compared: new (copy 0) against the old copy. */
export function webReport(fresh: ReturnType<typeof side>, old: ReturnType<typeof side>, extra: Partial<CanaryReport> = {}): CanaryReport {
  return {
    bakedSeconds: 30,
    definitions: [{ app: 'shop', definition: 'web', compared: true, new: fresh, old }],
    uncompared: [{ app: 'shop', definition: 'proxy', why: 'no load balancer' }],
    restarts: 0,
    ...extra,
  };
}

export const healthy = (): CanaryReport => webReport(side(140, 0, 11), side(151, 0, 10, 0, ['web_a1']));
export const failing = (): CanaryReport => webReport(side(140, 7, 12), side(151, 0, 11, 0, ['web_a1']));

export function canaryFleet(hosts: FakeHost[], answer: (host: FakeHost) => CanaryAnswer): HostRunner & { runs: HostRunRequest[] } {
  const inner = fakeFleet(hosts);
  const runs: HostRunRequest[] = [];
  return {
    runs,
    resolveTargets: (targets) => inner.resolveTargets(targets),
    async run(request) {
      if (request.sends[0]?.commands[1] !== 'canary') {
        const out = await inner.run(request);
        runs.push(request);
        return out;
      }
      runs.push(request);
      return request.sends.flatMap((send) =>
        send.hosts.map((host): HostRunOutcome => {
          const fake = hosts.find((h) => h.host.instanceId === host.instanceId);
          if (!fake) throw new Error(`no fake host ${host.instanceId}`);
          const { plan, meta } = planIn(send.commands, host.instanceId);
          if (!plan) throw new Error('canary without a plan');
          fake.received.push({ mode: 'canary', plan, ...(meta ? { meta } : {}) });
          const web = plan.definitions.find((d) => d.name === 'web');
          const base = { host, commandId: `canary-${runs.length}`, stdoutTail: '', stderrTail: '' };
          const result = (ok: boolean, extra: Partial<HostResult>): HostResult => ({
            ok,
            mode: 'canary',
            deployId: plan.deployId,
            hostname: host.hostname,
            instanceId: host.instanceId,
            copies: fake.copies,
            removed: [],
            prunedImages: [],
            timings: { totalSeconds: 30, lockWaitSeconds: 0 },
            ...extra,
          });
          const measured = answer(fake);
          if (measured === 'fail' || !web) {
            return {
              ...base,
              status: 'Failed',
              exitCode: 1,
              result: result(false, { failure: { reason: 'web0 did not become healthy' } }),
            };
          }
          fake.copies = fake.copies.map((c) =>
            c.name === 'web0' ? { ...c, image: web.image, imageDigest: web.image, containerId: 'c-web0-canary', action: 'replaced' } : c,
          );
          // Like the host: the copies it held report `outdated` where the rollout would change them.
          const answered = fake.copies.map((c) => (c.definition === 'web' && c.name !== 'web0' ? { ...c, action: 'outdated' } : c));
          return {
            ...base,
            status: 'Success',
            exitCode: 0,
            result: result(true, {
              canary: measured,
              copies: answered,
              ...(plan.migration ? { migration: { ran: true, ok: true, seconds: 1 } } : {}),
            }),
          };
        }),
      );
    },
  };
}
