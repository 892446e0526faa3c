// The release template: instantiated for a host, it is byte for byte the plan a deploy builds for that host.
import { describe, expect, it } from 'vitest';
import { encodeHostPlan, type HostPlan } from '../../src/stack/host-plan.js';
import { buildHostPlan } from '../../src/stack/plan.js';
import { encodeReleaseTemplate, instantiateTemplate, isReleaseTemplate, templateFacts } from '../../src/stack/release-template.js';
import { parseValid, readFixture } from './helpers.js';
import { hostFactsDocument, templateDocuments, templateFactSets, templateOptions } from './template-cases.js';

/** A plan whose secret was staged per host (`<name>/<hostname>`), as a deploy does for per-host values. */
function stagedPerHost(plan: HostPlan): HostPlan {
  const env = plan.definitions[0]!.env;
  env.push({ key: 'TOKEN', value: { kind: 'ssm', name: `/berth/prod/secrets/TOKEN/${plan.host.hostname}`, version: 2 }, secret: true });
  return plan;
}

describe('release template', () => {
  for (const [name, text] of templateDocuments) {
    const document = parseValid(text, `${name}.json`);
    for (const facts of templateFactSets) {
      it(`${name}: instantiated for ${facts.hostname} equals the host's own plan`, () => {
        const template = encodeReleaseTemplate(buildHostPlan(document, templateFacts(facts.stackName), templateOptions));
        expect(isReleaseTemplate(template)).toBe(true);
        const own = encodeHostPlan(buildHostPlan(document, facts, templateOptions));
        expect(isReleaseTemplate(own)).toBe(false);
        expect(instantiateTemplate(template, facts)).toBe(own);
      });
    }
  }

  it('puts sentinels where host facts and hashes go, and hash inputs beside them', () => {
    const document = parseValid(readFixture('stack-seed.json'));
    const plan = buildHostPlan(document, templateFacts('Awesome Stack'), templateOptions);
    const template = encodeReleaseTemplate(plan);
    expect(template).toContain('\x1dhostname\x1d');
    expect(template).toContain('awesome-stack-\x1dhostname_lower\x1d');
    expect(template).toContain('berth.hash=\x1dhash:0\x1d');
    expect(template).toContain('\x1ehashinput\x1f0\x1f{');
    for (const definition of plan.definitions) expect(template).not.toContain(definition.hash);
    // The seed's first definition lists env out of key order: its legacy hash has a sentinel and an input.
    expect(plan.definitions[0]?.legacyHash).not.toBe(plan.definitions[0]?.hash);
    expect(template).toContain('\x1ehashinput\x1f0:legacy\x1f{');
    expect(template).toContain('\x1f\x1dhash:0:legacy\x1d\x1f');
    for (const definition of plan.definitions) expect(template).not.toContain(definition.legacyHash);
  });

  it('refuses hostile or malformed facts', () => {
    const document = parseValid(readFixture('stack-seed.json'));
    const template = encodeReleaseTemplate(buildHostPlan(document, templateFacts('s'), templateOptions));
    const good = { hostname: 'h1', instanceId: 'i-1', publicIp: '1.2.3.4', stackName: 's' };
    for (const hostname of ['a"b', 'a/b', 'a\nb', '', '-a', 'a..b', 'a b', 'a\x1db'])
      expect(() => instantiateTemplate(template, { ...good, hostname })).toThrow(/is not a host name/);
    for (const publicIp of ['1.2.3.4; rm', '..', '1.2.3', 'x'])
      expect(() => instantiateTemplate(template, { ...good, publicIp })).toThrow(/is not an IP/);
    for (const instanceId of ['i/1', "i'1", ''])
      expect(() => instantiateTemplate(template, { ...good, instanceId })).toThrow(/is not an instance id/);
  });

  it('refuses a plan built for one host, a migration, 0x1D or "\\u001d" in the document, a per-host parameter', () => {
    const seed = readFixture('stack-seed.json');
    const document = parseValid(seed);
    expect(() => encodeReleaseTemplate(buildHostPlan(document, templateFactSets[0]!, templateOptions))).toThrow(/templateFacts/);
    expect(() => encodeReleaseTemplate(buildHostPlan(document, templateFacts('s'), { ...templateOptions, runMigration: true }))).toThrow(
      /never runs the migration/,
    );
    const withMark = hostFactsDocument() as { deploy: Record<string, { containers: { web?: { env: Record<string, string> } }[] }> };
    const web = withMark.deploy['Shop App']!.containers[0]!.web!;
    web.env = { ...web.env, ODD: 'a\u001db' };
    expect(() => encodeReleaseTemplate(buildHostPlan(parseValid(JSON.stringify(withMark)), templateFacts('s'), templateOptions))).toThrow(
      /control character 0x1D/,
    );
    web.env = { ...web.env, ODD: 'a\\u001db' };
    expect(() => encodeReleaseTemplate(buildHostPlan(parseValid(JSON.stringify(withMark)), templateFacts('s'), templateOptions))).toThrow(
      /the text "\\u001d"/,
    );
    expect(() => encodeReleaseTemplate(stagedPerHost(buildHostPlan(document, templateFacts('s'), templateOptions)))).toThrow(
      /named per host/,
    );
    expect(() => templateFacts('a\x1db')).toThrow(/0x1D/);
  });

  it('instantiating a non-template is refused', () => {
    const own = encodeHostPlan(buildHostPlan(parseValid(readFixture('stack-seed.json')), templateFactSets[0]!, templateOptions));
    expect(() => instantiateTemplate(own, templateFactSets[0]!)).toThrow(/not a release template/);
  });
});
