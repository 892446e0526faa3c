// The local world's hosts each have their own root: a release template planned under one host's root, moved
// under another's (rerootTemplate), is byte for byte the plan a deploy builds for that host under its root.
import { describe, expect, it } from 'vitest';
import { encodeHostPlan } from '../../src/stack/host-plan.js';
import { buildHostPlan } from '../../src/stack/plan.js';
import { encodeReleaseTemplate, instantiateTemplate, rerootTemplate, templateFacts } from '../../src/stack/release-template.js';
import { parseValid, readFixture } from '../stack/helpers.js';
import { templateFactSets, templateOptions } from '../stack/template-cases.js';

const document = parseValid(readFixture('stack-seed.json'));
const facts = templateFactSets[0]!;
const templateUnder = (hostRoot: string) =>
  encodeReleaseTemplate(buildHostPlan(document, templateFacts(facts.stackName), { ...templateOptions, hostRoot }));

describe('rerootTemplate', () => {
  it("moves a template planned under one world host's root under another's", () => {
    const template = templateUnder('/tmp/bw-abc/h0/root');
    const own = encodeHostPlan(buildHostPlan(document, facts, { ...templateOptions, hostRoot: '/tmp/bw-abc/h2/root' }));
    expect(instantiateTemplate(template, facts)).not.toBe(own);
    expect(instantiateTemplate(rerootTemplate(template, '/tmp/bw-abc/h2/root/'), facts)).toBe(own);
  });

  it("leaves a template alone when the host reports no root or the template's own", () => {
    const template = templateUnder('/');
    expect(rerootTemplate(template, undefined)).toBe(template);
    expect(rerootTemplate(template, '/')).toBe(template);
    expect(rerootTemplate(templateUnder('/srv/h0'), '/srv/h0/')).toBe(templateUnder('/srv/h0'));
  });

  it('refuses to move paths under / (its root is in every path)', () => {
    expect(() => rerootTemplate(templateUnder('/'), '/tmp/bw-abc/h2/root')).toThrow(/under \/, which cannot be moved/);
    expect(() => rerootTemplate(templateUnder('/tmp/bw-abc/h0/root'), '/')).toThrow(/cannot be moved/);
  });
});
