// How a definition's copies are replaced: `surge` (key and input), workers that start before they stop,
// `exclusive`; refused where they cannot work, and never part of berth.hash.
import { describe, expect, it } from 'vitest';
import { encodeHostPlan } from '../../src/stack/host-plan.js';
import { buildHostPlan, type PlanOptions } from '../../src/stack/plan.js';
import { validateStackJson } from '../../src/stack/validate.js';
import { docker1, parseValid, planOptions } from './helpers.js';

const binding = { admin_socket: '/run/admin.sock', backend: 'web', address: 'unix@/srv/socks/%{app_name}%{slot}.sock' };
const web = (extra: Record<string, unknown> = {}) => ({
  deploy: 'auto',
  image: 'acme/web',
  containers: 4,
  load_balancer: binding,
  ...extra,
});
const worker = (extra: Record<string, unknown> = {}) => ({ deploy: 'auto', image: 'acme/app', command: 'bundle exec sidekiq', ...extra });

function documentText(definitions: Record<string, unknown>): string {
  return JSON.stringify({ deploy: { shop: { containers: Object.entries(definitions).map(([name, d]) => ({ [name]: d })) } } }, null, 2);
}

function planOf(definitions: Record<string, unknown>, options: Partial<PlanOptions> = {}) {
  return buildHostPlan(parseValid(documentText(definitions)), docker1, planOptions(options));
}

function rollouts(definitions: Record<string, unknown>, options: Partial<PlanOptions> = {}) {
  return Object.fromEntries(planOf(definitions, options).definitions.map((d) => [d.name, d.rollout ?? 'one']));
}

/** Where `needle` is in the document's text, as validation reports it (1-based). */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

describe('the plan says how copies are replaced', () => {
  it('one copy at a time by default; surge by the key or by the input for definitions with an alternate slot', () => {
    expect(rollouts({ web: web() })).toEqual({ web: 'one' });
    expect(rollouts({ web: web({ surge: true }) })).toEqual({ web: 'surge' });
    expect(rollouts({ web: web() }, { surge: true })).toEqual({ web: 'surge' });
    // The definition's own key wins over the input.
    expect(rollouts({ web: web({ surge: false }) }, { surge: true })).toEqual({ web: 'one' });
    // The input leaves definitions without an alternate slot as they were.
    const fixed = web({ containers: 1, load_balancer: { ...binding, address: 'unix@/srv/socks/web.sock' } });
    expect(rollouts({ web: fixed }, { surge: true })).toEqual({ web: 'one' });
  });

  it('a worker (no binding, no host port) overlaps unless exclusive; one with a host port or a binding does not', () => {
    expect(rollouts({ sidekiq: worker() })).toEqual({ sidekiq: 'overlap' });
    expect(rollouts({ sidekiq: worker({ ports: ['3000'] }) })).toEqual({ sidekiq: 'overlap' });
    expect(rollouts({ sidekiq: worker({ exclusive: true }) })).toEqual({ sidekiq: 'one' });
    expect(rollouts({ sidekiq: worker({ ports: ['3000:3000'] }) })).toEqual({ sidekiq: 'one' });
    expect(rollouts({ job: worker({ deploy: 'cron', cron: { minute: '5' } }) })).toEqual({ job: 'one' });
  });

  it('carries the style in a rollout record, only when it is not one at a time', () => {
    const text = encodeHostPlan(planOf({ web: web({ surge: true }), sidekiq: worker(), mailer: worker({ exclusive: true }) }));
    expect(text).toContain('rollout\x1f0\x1fsurge\x1f\x1e');
    expect(text).toContain('rollout\x1f1\x1foverlap\x1f\x1e');
    expect(text).not.toContain('rollout\x1f2\x1f');
    expect(encodeHostPlan(planOf({ web: web() }))).not.toContain('rollout\x1f');
  });

  it('leaves berth.hash as it was: surge, exclusive and the input change how copies are replaced, not what runs', () => {
    const before = planOf({ web: web(), sidekiq: worker() });
    const after = planOf({ web: web({ surge: true }), sidekiq: worker({ exclusive: true }) }, { surge: true });
    expect(after.definitions.map((d) => d.hash)).toEqual(before.definitions.map((d) => d.hash));
    expect(after.definitions.map((d) => d.copies)).toEqual(before.definitions.map((d) => d.copies));
  });
});

describe('validation of surge and exclusive', () => {
  it('refuses surge on a definition without an alternate slot, at the value', () => {
    const text = documentText({
      sidekiq: worker({ surge: true }),
      web: web({ containers: 1, surge: true, load_balancer: { ...binding, address: 'unix@/srv/socks/web.sock' } }),
    });
    const result = validateStackJson(text, 's.json');
    expect(result.ok).toBe(false);
    const surge = result.diagnostics.filter((d) => d.code === 'surge');
    const first = positionOf(text, '"surge": true');
    const second = positionOf(text.slice(text.indexOf('"web"')), '"surge": true');
    const webLine = text.slice(0, text.indexOf('"web"')).split('\n').length - 1;
    expect(surge.map((d) => [d.severity, d.line, d.column, d.path.join('.')])).toEqual([
      ['error', first.line, first.column + '"surge": '.length, 'deploy.shop.containers.0.sidekiq.surge'],
      ['error', webLine + second.line, second.column + '"surge": '.length, 'deploy.shop.containers.1.web.surge'],
    ]);
    expect(surge[0]?.message).toMatch(/"sidekiq" sets surge, but its copies have no alternate slot .*no load_balancer binding/);
    expect(surge[1]?.message).toMatch(/same address .* or a host port is fixed/);
  });

  it('accepts surge with an alternate slot; refuses a surge that is no boolean', () => {
    expect(validateStackJson(documentText({ web: web({ surge: true }) }), 's.json').diagnostics).toEqual([]);
    const wrong = validateStackJson(documentText({ web: web({ surge: 'yes' }) }), 's.json');
    expect(wrong.diagnostics.map((d) => [d.severity, d.message])).toContainEqual([
      'error',
      'deploy.shop.containers[0].web.surge: surge must be true or false',
    ]);
  });

  it('warns where exclusive changes nothing, and names it in the single-slot notice of an exclusive worker', () => {
    const text = documentText({ web: web({ exclusive: true }), sidekiq: worker({ exclusive: true }) });
    const result = validateStackJson(text, 's.json');
    expect(result.ok).toBe(true);
    const exclusive = result.diagnostics.filter((d) => d.code === 'exclusive');
    expect(exclusive.map((d) => [d.severity, d.line, d.path.join('.')])).toEqual([
      ['warning', positionOf(text, '"exclusive"').line, 'deploy.shop.containers.0.web.exclusive'],
    ]);
    const notice = result.diagnostics.filter((d) => d.code === 'single-slot');
    expect(notice.map((d) => [d.severity, d.message])).toEqual([['notice', expect.stringContaining('it is "exclusive"')]]);
    // A worker that may overlap gets no notice: nothing stops before its new copy is healthy.
    expect(validateStackJson(documentText({ sidekiq: worker() }), 's.json').diagnostics).toEqual([]);
  });
});
