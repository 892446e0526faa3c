// A container's hostname is at most 64 characters (the kernel's HOST_NAME_MAX): the default
// `<copy>.<host's hostname>` on a host named by its full DNS name, or a long `hostname`, would keep the
// copy from starting. The plan refuses it before any host changes; validate refuses what is too long
// whatever the host facts.
import { describe, expect, it } from 'vitest';
import { HostnameTooLongError } from '../../src/stack/hostname.js';
import { buildHostPlan } from '../../src/stack/plan.js';
import { templateFacts } from '../../src/stack/release-template.js';
import { validateStackJson } from '../../src/stack/validate.js';
import { docker1, parseValid, planOptions } from './helpers.js';

const doc = (name: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ deploy: { shop: { containers: [{ [name]: { deploy: 'auto', image: 'acme/shop', ...extra } }] } } }, null, 2);
const fqdn = 'ip-172-31-45-167.ap-southeast-2.compute.internal'; // 48 characters, as Amazon Linux names its hosts

describe('container hostnames', () => {
  it('keeps the default <copy>.<host> up to 64 characters, as before', () => {
    const plan = buildHostPlan(parseValid(doc('web')), { ...docker1, hostname: fqdn }, planOptions());
    const runArgs = plan.definitions[0]?.copies[0]?.slots[0]?.runArgs ?? [];
    expect(runArgs[runArgs.indexOf('--hostname') + 1]).toBe(`web0.${fqdn}`);
  });

  it('refuses a default over 64 characters before any host changes, naming the copy and what to set', () => {
    const document = parseValid(doc('notifications-worker'));
    const build = () => buildHostPlan(document, { ...docker1, hostname: fqdn }, planOptions());
    expect(build).toThrow(HostnameTooLongError);
    expect(build).toThrow(
      `copy notifications-worker0 would get the hostname "notifications-worker0.${fqdn}" (the default: the copy's name, ".", the host's hostname): 70 characters, more than the 64 a container's hostname can have, so it could not start; set "hostname" on definition "notifications-worker" to something shorter, e.g. "%{app_name}"`,
    );
    // The way out it names works.
    const fixed = buildHostPlan(
      parseValid(doc('notifications-worker', { hostname: '%{app_name}' })),
      { ...docker1, hostname: fqdn },
      planOptions(),
    );
    const runArgs = fixed.definitions[0]?.copies[0]?.slots[0]?.runArgs ?? [];
    expect(runArgs[runArgs.indexOf('--hostname') + 1]).toBe('notifications-worker0');
  });

  it('a release template (host facts still sentinels) is not refused: the host that fills it in has its own name', () => {
    const document = parseValid(doc('notifications-worker-with-a-rather-long-name'));
    expect(() => buildHostPlan(document, templateFacts('Awesome Stack'), planOptions())).not.toThrow();
  });

  it('validate refuses an explicit hostname too long even with empty host facts, at the value', () => {
    const long = 'x'.repeat(64);
    const result = validateStackJson(doc('web', { containers: 2, hostname: `${long}-%{index}%{public_ip}` }), 'h.json');
    const found = result.diagnostics.filter((d) => d.code === 'hostname');
    expect(found.map((d) => [d.severity, d.line])).toEqual([['error', 10]]);
    expect(found[0]?.message).toContain(`(one copy gets "${long}-0"): it has 66 characters`);
    // 62 with an empty public IP: within the limit, left to the plan (which knows the IP).
    expect(
      validateStackJson(doc('web', { hostname: `${'x'.repeat(62)}%{public_ip}` }), 'h.json').diagnostics.filter(
        (d) => d.code === 'hostname',
      ),
    ).toEqual([]);
  });
});
