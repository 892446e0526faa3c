// berth.hash and env order: the canonical hash (env sorted by key) labels what berth starts from now on,
// the legacy hash (env in document order) is exactly what berth computed before it and recognises what
// earlier releases labelled. Both travel in the plan's `def` record; a plan without the legacy field (one
// an earlier berth recorded on a host) reads as legacy = hash.
import { describe, expect, it } from 'vitest';
import { encodeHostPlan, FIELD_END, RECORD_END, runsDefinition, type HostResult } from '../../src/stack/host-plan.js';
import type { HostContainerStatus } from '../../src/stack/host-status.js';
import { expectedSeconds, stateBefore } from '../../src/deploy/preflight-reads.js';
import { compareDefinitions } from '../../src/deploy/status.js';
import { buildHostPlan, definitionHashInput, definitionLegacyHashInput } from '../../src/stack/plan.js';
import { expectedDefinitions } from '../../src/deploy/status-expected.js';
import { docker1, parseValid, planOptions, readFixture } from './helpers.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- free-form edits of raw JSON in tests */
function documentWith(env: Record<string, string>): any {
  return { deploy: { shop: { containers: [{ web: { deploy: 'auto', image: 'acme/web', tag: 'v1', containers: 1, env } }] } } };
}
const ENV = { ZEBRA: 'z', APPLE: 'a', MIDDLE: '%{ssm:/shop/middle}' };
const web = (env: Record<string, string>) => {
  const plan = buildHostPlan(parseValid(JSON.stringify(documentWith(env))), docker1, planOptions());
  const definition = plan.definitions[0];
  if (!definition) throw new Error('no definition planned');
  return { plan, definition };
};

// Computed by berth at main 83c119b (src/stack/plan.ts before the canonical hash), same documents and options.
const LEGACY_WEB = '9201cf0b99a0ad7a6c4c951b58e02fe20ab4be9dc6adca0dc56143bb3aebdfb5';
const LEGACY_SEED: Record<string, string> = {
  app: '70b6a88b28212a253cef8c55e0c92038c0f8398d49e3a148d622f0137ed44ece',
  cron: '560181f041896b40fc82fa6070ddf853ee9f09d73924836d9897451f6a7462c1',
  sidekiq: '3c0d282f712632bc1ecd9f278c690faec99bfd9dea058444e678e6e3913a1010',
  haproxy: '812d06dee0997e9751a66cf71eafc197ae5f45740bdc2ccabba332fbca0d16e1',
  nginx: '76cce7f4e1e2d2253bdbf5bf2c61d8e575b2481d936d44448f2b44b90f2e9d71',
  logspout: '768be30181446af206107a9544803dd59e50aeee5e3df7fe450572047a31dc1b',
};

describe('canonical and legacy hash', () => {
  it('computes the legacy hash exactly as berth did before (pinned from main 83c119b)', () => {
    expect(web(ENV).definition.legacyHash).toBe(LEGACY_WEB);
    const seed = buildHostPlan(parseValid(readFixture('stack-seed.json')), docker1, planOptions());
    expect(Object.fromEntries(seed.definitions.map((d) => [d.name, d.legacyHash]))).toEqual(LEGACY_SEED);
  });

  it('keeps the canonical hash and changes the legacy one when only the env order changes', () => {
    const a = web(ENV).definition;
    const b = web({ MIDDLE: ENV.MIDDLE, ZEBRA: 'z', APPLE: 'a' }).definition;
    expect(b.hash).toBe(a.hash);
    expect(b.legacyHash).not.toBe(a.legacyHash);
    // Each hash is the sha256 of its input; the canonical input lists env sorted, the legacy one as written.
    const keys = (input: string | undefined) => (JSON.parse(input ?? '{}') as { env: { key: string }[] }).env.map((e) => e.key);
    expect(keys(definitionHashInput(a))).toEqual(['APPLE', 'MIDDLE', 'RELEASE_TAG', 'ZEBRA']);
    expect(keys(definitionLegacyHashInput(a))).toEqual(['ZEBRA', 'APPLE', 'MIDDLE', 'RELEASE_TAG']);
    expect(keys(definitionLegacyHashInput(b))).toEqual(['MIDDLE', 'ZEBRA', 'APPLE', 'RELEASE_TAG']);
  });

  it('gives one hash for env already in key order, and labels copies with the canonical hash', () => {
    const { definition } = web({ APPLE: 'a', MIDDLE: 'm', PEAR: 'p' });
    expect(definition.legacyHash).toBe(definition.hash);
    const unsorted = web(ENV).definition;
    expect(unsorted.hash).not.toBe(unsorted.legacyHash);
    expect(unsorted.copies[0]?.slots[0]?.runArgs).toContain(`berth.hash=${unsorted.hash}`);
    expect(unsorted.copies[0]?.slots[0]?.runArgs.join(' ')).not.toContain(unsorted.legacyHash);
  });

  it('still changes both hashes when a value changes', () => {
    const a = web(ENV).definition;
    const b = web({ ...ENV, APPLE: 'b' }).definition;
    expect(b.hash).not.toBe(a.hash);
    expect(b.legacyHash).not.toBe(a.legacyHash);
  });
});

describe('a copy matches the plan', () => {
  const definition = web(ENV).definition;
  it('when its label is the canonical or the legacy hash, nothing else', () => {
    expect(runsDefinition(definition.hash, definition)).toBe(true);
    expect(runsDefinition(LEGACY_WEB, definition)).toBe(true);
    expect(runsDefinition(web({ ...ENV, APPLE: 'b' }).definition.legacyHash ?? '', definition)).toBe(false);
    expect(runsDefinition('', definition)).toBe(false);
    // A definition without a legacy hash (a plan an earlier berth recorded): its hash only.
    expect(runsDefinition(definition.hash, { hash: definition.hash })).toBe(true);
    expect(runsDefinition(LEGACY_WEB, { hash: definition.hash })).toBe(false);
  });
});

describe('the plan carries both hashes', () => {
  const { plan, definition } = web(ENV);
  const text = encodeHostPlan(plan);
  const defRecord = text.split(RECORD_END).find((record) => record.startsWith(`def${FIELD_END}`)) ?? '';

  it('as the def record: HASH at its place, LEGACY_HASH as a new last field', () => {
    const fields = defRecord.split(FIELD_END).slice(0, -1);
    expect(fields).toHaveLength(16);
    expect(fields[6]).toBe(definition.hash);
    expect(fields[15]).toBe(LEGACY_WEB);
  });

  it('reads a plan without the legacy field as legacy = hash (status, from a plan an earlier berth wrote)', () => {
    expect(expectedDefinitions(text)[0]).toMatchObject({ hash: definition.hash, legacyHash: LEGACY_WEB });
    const withoutLegacy = text.replace(`${LEGACY_WEB}${FIELD_END}${RECORD_END}`, RECORD_END);
    expect(withoutLegacy).not.toContain(LEGACY_WEB);
    expect(expectedDefinitions(withoutLegacy)[0]).toMatchObject({ hash: definition.hash, legacyHash: definition.hash });
  });
});

describe('the runner compares with the same rule', () => {
  const { plan, definition } = web(ENV);
  const name = definition.copies[0]?.name ?? '';
  const container = (hash: string): HostContainerStatus => ({
    name,
    app: 'shop',
    definition: 'web',
    slot: '',
    image: definition.image,
    running: true,
    health: 'none',
    hash,
    release: 'v1',
    deployId: 'd-1',
  });
  const preflight = (hash: string): HostResult =>
    ({
      ok: true,
      mode: 'preflight',
      preflight: { listed: true, containers: [container(hash)], lastRun: { startToHealthy: [4], migrationSeconds: 0, overheadSeconds: 0 } },
    }) as unknown as HostResult;
  const other = web({ ...ENV, APPLE: 'b' }).definition.hash;

  it('status: no drift for a copy labelled with the legacy hash, drift for another hash', () => {
    const wanted = expectedDefinitions(encodeHostPlan(plan));
    for (const hash of [definition.hash, LEGACY_WEB])
      expect(compareDefinitions([container(hash)], wanted)[0]?.copies[0]?.drift).toBeUndefined();
    expect(compareDefinitions([container(other)], wanted)[0]?.copies[0]?.drift).toBe('changed');
  });

  it('preflight: what ran before and the expected time', () => {
    for (const hash of [definition.hash, LEGACY_WEB]) {
      expect(stateBefore(preflight(hash), plan)?.copies.map((c) => c.action)).toEqual(['unchanged']);
      expect(expectedSeconds(preflight(hash), plan)).toBe(0);
    }
    expect(stateBefore(preflight(other), plan)?.copies.map((c) => c.action)).toEqual(['outdated']);
    expect(expectedSeconds(preflight(other), plan)).toBe(4);
  });
});
