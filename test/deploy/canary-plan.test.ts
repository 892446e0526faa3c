// The canary command as the real planner packs it: the host's rollout plan, then the canary's meta
// records, in host mode canary; the host's plan reader sees them as plain `meta` records.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { releasePlanner } from '../../src/app/planner.js';
import { canaryPlanText } from '../../src/host/canary-plan.js';
import { hostSends } from '../../src/deploy/host-sends.js';
import { FIELD_END, RECORD_END } from '../../src/stack/host-plan.js';
import { webDocument } from './fakes.js';

describe('the canary command', () => {
  it('carries the plan and the meta records canarySeconds, canaryMinRequests, canaryMaxWaitSeconds', () => {
    const planner = releasePlanner('stack.json', 60_000);
    const host = { instanceId: 'i-0', hostname: 'docker1', publicIp: '' };
    const plan = planner.hostPlan(
      webDocument('v2'),
      { ...host, stackName: 'Shop' },
      {
        deployId: 'd-1',
        release: 'v2',
        revision: '0123abc',
        actor: 'a',
        createdAt: '2026-12-05T00:00:00Z',
        hostRoot: '/',
        force: false,
        manual: [],
        runMigration: true,
        keepImages: 3,
        lockTimeout: 600,
        aws: { region: 'eu-west-1' },
        preferLocalImages: false,
        dataVolumeImage: 'busybox',
        logTailLines: 30,
        environment: 'production',
      },
    );
    const planText = planner.encodePlan(plan);
    const text = canaryPlanText(planText, { seconds: 60, maxWaitSeconds: 180, minRequests: 20 });
    expect(text.startsWith(planText)).toBe(true);
    const meta = (key: string, value: number) => `meta${FIELD_END}${key}${FIELD_END}${value}${FIELD_END}${RECORD_END}`;
    expect(text.slice(planText.length)).toBe(meta('canarySeconds', 60) + meta('canaryMinRequests', 20) + meta('canaryMaxWaitSeconds', 180));
    const sends = hostSends(planner, 'canary', [host], () => text);
    expect(sends).toHaveLength(1);
    // The command names the canary mode and carries the plan with its meta records (gzip+base64 inside).
    const joined = sends[0]?.commands.join('\n') ?? '';
    const blobs = [...joined.matchAll(/[A-Za-z0-9+/=]{200,}/g)].map((m) => {
      try {
        return gunzipSync(Buffer.from(m[0], 'base64')).toString('utf8');
      } catch {
        return '';
      }
    });
    expect(blobs.some((b) => b.includes(`canarySeconds${FIELD_END}60`))).toBe(true);
    expect(blobs.some((b) => b.includes('mode_canary'))).toBe(true);
  });
});
