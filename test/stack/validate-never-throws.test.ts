// Property-style: random and mutated documents (from the seed and the schema's keys, plus truncations,
// deep nesting, huge numbers, odd unicode, duplicate and prototype-named keys) always come back as
// diagnostics: validate never throws, never reports an internal failure, never shows a library's
// wording, and every diagnostic has a place. A fixed seed keeps failures reproducible.
import { describe, expect, it } from 'vitest';
import { validateStackJson } from '../../src/stack/validate.js';
import { definitionKeys } from '../../src/stack/schema.js';
import { readFixture } from './helpers.js';

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const oddStrings = [
  '',
  ' ',
  'auto',
  'manual',
  'cron',
  'true',
  '2',
  '-1',
  '1e400',
  '99999999999999999999',
  '0x10',
  'NaN',
  '%',
  '%%',
  '%{',
  '%{app_name}',
  '%{index}',
  '%{slot}',
  '%{public_ip}',
  '%{opsworks}',
  '%{nope}',
  '%{ssm:/a/b}',
  '%{ssm:}',
  'x%{ssm:/a}',
  '/../root',
  '/%{public_ip}/../x:/y',
  '80:80',
  '127.0.0.1:80:80',
  'unix@/run/%{app_name}%{slot}.sock',
  'a|b',
  'line\nbreak',
  '\u0000',
  '\u2028',
  '\uD800',
  '\uDC00x',
  '🚀',
  'ünïcødé',
  '\u202Eevil',
  'sh -c \'echo "$X"\'',
  "unterminated 'quote",
  'a && b',
  '*/0',
  '1-5',
  'sun-sat',
  'sha256:' + 'a'.repeat(64),
];
const oddKeys = [
  ...definitionKeys,
  'deploy',
  'docker',
  'registries',
  'containers',
  'data_volumes',
  'database',
  'volumes',
  'http',
  'port',
  'cmd',
  'admin_socket',
  'backend',
  'slots',
  'rollbar',
  'access_token',
  'minute',
  'hour',
  'weekday',
  'logrotate',
  'forwarder',
  'manual',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  '#KEY',
  'A=B',
  'web1',
  'web10',
  'Shop',
  'shop',
  'a|b',
  '\u0000',
];
const numbers = ['0', '-0', '1', '11', '100', '101', '65536', '1.5', '-7', '1e400', '-1e400', '1e21', '99999999999999999999', '4.9e-324'];

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

/** Random JSON text; objects may repeat keys (JSON.stringify could not). */
function randomJson(rand: Rand, depth: number): string {
  const roll = rand();
  if (depth <= 0 || roll < 0.35) {
    const kind = Math.floor(rand() * 5);
    if (kind === 0) return JSON.stringify(pick(rand, oddStrings));
    if (kind === 1) return pick(rand, numbers);
    if (kind === 2) return pick(rand, ['true', 'false', 'null']);
    if (kind === 3) return JSON.stringify(pick(rand, oddStrings).repeat(1 + Math.floor(rand() * 3)));
    return '[]';
  }
  if (roll < 0.6) {
    const items = Array.from({ length: Math.floor(rand() * 4) }, () => randomJson(rand, depth - 1));
    return `[${items.join(',')}]`;
  }
  const entries = Array.from(
    { length: Math.floor(rand() * 5) },
    () => `${JSON.stringify(pick(rand, oddKeys))}:${randomJson(rand, depth - 1)}`,
  );
  return `{${entries.join(',')}}`;
}

/** Replaces, deletes or retypes random nodes of a parsed document. */
function mutate(value: unknown, rand: Rand, depth = 0): unknown {
  if (rand() < 0.08) return JSON.parse(randomJson(rand, 3)) as unknown;
  if (Array.isArray(value)) {
    const out = value.map((item) => mutate(item, rand, depth + 1));
    if (rand() < 0.1) out.push(JSON.parse(randomJson(rand, 2)) as unknown);
    return rand() < 0.05 ? { ...out } : out;
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (rand() < 0.07) continue;
      const name = rand() < 0.05 ? `${key.slice(0, -1)}${pick(rand, ['s', '_', 'X', ''])}` : key;
      out[name] = mutate(item, rand, depth + 1);
    }
    if (rand() < 0.1) out[pick(rand, oddKeys)] = JSON.parse(randomJson(rand, 2)) as unknown;
    return rand() < 0.03 ? Object.values(out) : out;
  }
  return rand() < 0.1 ? pick(rand, [...oddStrings, 1e300, -1, 0.5, true, null]) : value;
}

const seedText = readFixture('stack-seed.json');
const seed = JSON.parse(seedText) as unknown;

function assertDiagnostics(text: string, label: string): void {
  let result;
  try {
    result = validateStackJson(text, 'fuzz.json');
  } catch (error) {
    throw new Error(`validate threw on ${label}: ${String(error)}\n${text.slice(0, 500)}`);
  }
  expect(Array.isArray(result.diagnostics), label).toBe(true);
  for (const d of result.diagnostics) {
    expect(d.code, `${label}: ${d.message}\n${text.slice(0, 500)}`).not.toBe('internal');
    expect(d.message, label).not.toMatch(/Invalid input|expected \w+, received|Too (big|small)|Unrecognized key/);
    expect(d.line >= 1 && d.column >= 1 && d.endLine >= d.line, label).toBe(true);
  }
  expect(result.ok, label).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
}

describe('validate never throws', () => {
  it('on random documents', () => {
    const rand = random(14);
    for (let i = 0; i < 300; i++) {
      const text =
        rand() < 0.7
          ? `{"deploy":{"a":{"containers":[{"w":${randomJson(rand, 4)}}]}},${randomJson(rand, 3).slice(1)}`
          : randomJson(rand, 6);
      assertDiagnostics(text.endsWith(',') ? text.slice(0, -1) : text, `random #${i}`);
    }
  });

  it('on mutations of the seed', () => {
    const rand = random(1401);
    for (let i = 0; i < 300; i++)
      assertDiagnostics(JSON.stringify(mutate(seed, rand), null, rand() < 0.5 ? 2 : undefined), `mutation #${i}`);
  });

  it('on truncations and byte edits of the seed', () => {
    const rand = random(7);
    for (let i = 0; i < 200; i++) {
      const at = Math.floor(rand() * seedText.length);
      const text =
        i % 2 === 0
          ? seedText.slice(0, at)
          : seedText.slice(0, at) +
            pick(rand, ['"', '{', ']', ',', '\\', '\u0000', '\uD800', '%{', '1e999', '"":']) +
            seedText.slice(at + 1);
      assertDiagnostics(text, `edit #${i} at ${at}`);
    }
  });

  it('on deep nesting, in our words and at the place it gets too deep', () => {
    for (const depth of [65, 1_000, 200_000]) {
      const result = validateStackJson(`{"deploy":${'['.repeat(depth)}${']'.repeat(depth)}}`, 'deep.json');
      expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['too-deep', 1, 74]]);
    }
    assertDiagnostics(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, 'deep objects');
  });
});
