// The host-path and placeholder-expansion rules behind the name checks: a path is refused when any
// value its placeholders can take gives it a `..` step.
import { describe, expect, it } from 'vitest';
import { escapesHostRoot, expansions } from '../../src/stack/check-names.js';
import { validateStackJson } from '../../src/stack/validate.js';

describe('host paths', () => {
  it('refuses a ".." step, written or made by a placeholder value', () => {
    expect(escapesHostRoot('/%{public_ip}/../root', {})).toBe(true);
    expect(escapesHostRoot('/srv/..%{public_ip}/x', {})).toBe(true); // an empty public IP leaves ".."
    expect(escapesHostRoot('/run/%{slot}/x', { slot: ['', '..'] })).toBe(true);
    expect(escapesHostRoot('/srv/%{public_ip}/x', {})).toBe(false);
    expect(escapesHostRoot('/srv/.%{public_ip}/x', {})).toBe(false);
    expect(escapesHostRoot('/srv/a..b/%{app_name}', { app_name: ['web'] })).toBe(false);
  });

  it('expands every combination of placeholder values, and nothing it cannot know', () => {
    expect(expansions('%{app_name}%{slot}', { app_name: ['web0', 'web1'], slot: ['', '_b'] })).toEqual([
      'web0',
      'web0_b',
      'web1',
      'web1_b',
    ]);
    expect(expansions('%{public_ip}:80', {})).toEqual([':80', '203.0.113.10:80']);
    expect(expansions('%{nope}', {})).toBeUndefined();
    expect(expansions('%{ssm:/a}', {})).toBeUndefined();
  });

  it('checks a slot value that can leave the root through a volume, at the volume', () => {
    const text =
      '{"deploy": {"a": {"containers": [{"web": {"deploy": "auto", "image": "i", "volumes": ["/run/%{slot}/s:/s"], "load_balancer": {"admin_socket": "/run/lb.sock", "backend": "b", "slots": ["x", ".."], "address": "unix@/run/%{slot}.sock"}}}]}}}';
    const result = validateStackJson(text, 'slot.json');
    expect(result.diagnostics.filter((d) => d.code === 'host-path').map((d) => [d.column, d.message])).toEqual([
      [
        text.indexOf('"/run/%{slot}') + 1,
        'this volume\'s host path can leave the host root: a ".." step (or a placeholder that may be empty, such as %{public_ip}, next to one) points outside it; write the path without ".."',
      ],
    ]);
  });
});
