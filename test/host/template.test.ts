// host/lib/template.sh, the host's twin of instantiateTemplate: for every test document and fact set,
// bash-instantiated == TS-instantiated == the plan a deploy builds for that host, byte for byte; and
// the facts the TS side refuses, bash refuses too (writing nothing).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeHostPlan } from '../../src/stack/host-plan.js';
import { buildHostPlan, type HostFacts } from '../../src/stack/plan.js';
import { encodeReleaseTemplate, instantiateTemplate, templateFacts } from '../../src/stack/release-template.js';
import { parseValid } from '../stack/helpers.js';
import { templateDocuments, templateFactSets, templateOptions } from '../stack/template-cases.js';

const hostDir = fileURLToPath(new URL('../../host/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'berth-template-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The parts template.sh runs with in the joined script: the helpers and the plan reader's header.
const driver = [
  'set -eEuo pipefail',
  ...['lib/util.sh', 'lib/plan.sh', 'lib/template.sh'].map((part) => `source ${JSON.stringify(join(hostDir, part))}`),
  'if template_instantiate "$@"; then exit 0; fi',
  'printf "%s\\n" "$REPLY" >&2',
  'exit 3',
].join('\n');

let count = 0;
function bashInstantiate(template: string, facts: Pick<HostFacts, 'hostname' | 'publicIp' | 'instanceId'>) {
  count += 1;
  const input = join(work, `t${count}`);
  const output = join(work, `p${count}`);
  writeFileSync(input, template);
  const run = spawnSync('bash', ['--norc', '--noprofile', '-c', driver, 'template', input, output, facts.hostname, facts.publicIp, facts.instanceId], {
    encoding: 'utf8',
    env: { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: work },
  });
  return { status: run.status, stderr: run.stderr, plan: existsSync(output) ? readFileSync(output, 'utf8') : undefined };
}

describe('template.sh', () => {
  for (const [name, text] of templateDocuments) {
    const document = parseValid(text, `${name}.json`);
    for (const facts of templateFactSets) {
      it(`${name} for ${facts.hostname} (${facts.stackName}, IP "${facts.publicIp}"): bash == TS == the host's own plan`, () => {
        const template = encodeReleaseTemplate(buildHostPlan(document, templateFacts(facts.stackName), templateOptions));
        const own = encodeHostPlan(buildHostPlan(document, facts, templateOptions));
        const bash = bashInstantiate(template, facts);
        expect(bash.stderr).toBe('');
        expect(bash.status).toBe(0);
        expect(bash.plan).toBe(own);
        expect(instantiateTemplate(template, facts)).toBe(own);
      });
    }
  }

  it('refuses hostile facts as the TS side does, and writes no plan', () => {
    const [, text] = templateDocuments[0]!;
    const template = encodeReleaseTemplate(buildHostPlan(parseValid(text), templateFacts('s'), templateOptions));
    const good = { hostname: 'h1', instanceId: 'i-1', publicIp: '1.2.3.4', stackName: 's' };
    const hostile: [Partial<HostFacts>, RegExp][] = [
      [{ hostname: 'web"1' }, /is not a host name/],
      [{ hostname: 'web/1' }, /is not a host name/],
      [{ hostname: 'web\n1' }, /is not a host name/],
      [{ hostname: 'web..1' }, /is not a host name/],
      [{ hostname: "$(touch x)'" }, /is not a host name/],
      [{ publicIp: '1.2.3.4\n' }, /is not an IP address/],
      [{ publicIp: '../..' }, /is not an IP address/],
      [{ instanceId: 'i-1/../x' }, /is not an instance id/],
    ];
    for (const [change, reason] of hostile) {
      const facts = { ...good, ...change };
      const bash = bashInstantiate(template, facts);
      expect(bash.status, JSON.stringify(change)).toBe(3);
      expect(bash.stderr).toMatch(reason);
      expect(bash.plan).toBeUndefined();
      expect(() => instantiateTemplate(template, facts)).toThrow(reason);
    }
  });

  it('refuses a plan that is not a template, and a template cut short', () => {
    const [, text] = templateDocuments[0]!;
    const document = parseValid(text);
    const facts = templateFactSets[0]!;
    const own = encodeHostPlan(buildHostPlan(document, facts, templateOptions));
    expect(bashInstantiate(own, facts).stderr).toMatch(/not a release template/);
    const template = encodeReleaseTemplate(buildHostPlan(document, templateFacts(facts.stackName), templateOptions));
    const cut = bashInstantiate(template.slice(0, -5), facts);
    expect(cut.status).toBe(3);
    expect(cut.stderr).toMatch(/cut short/);
    expect(() => instantiateTemplate(template.slice(0, -5), facts)).toThrow(/cut short/);
  });
});
