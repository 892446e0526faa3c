// Validation details beyond the corpus: duplicate keys, byte-order marks, Custom JSON with other
// cookbooks' keys, and the deploy's manual input.
import { describe, expect, it } from 'vitest';
import { manualInputProblems } from '../../src/stack/manual.js';
import { definitionKeys } from '../../src/stack/schema.js';
import { validateStackJson } from '../../src/stack/validate.js';
import { parseValid, readFixture } from './helpers.js';

describe('validateStackJson details', () => {
  it('refuses a duplicate key inside a definition and warns about one elsewhere, at the second key', () => {
    const text =
      '{\n  "deploy": {\n    "a": {\n      "containers": [\n        { "web": { "deploy": "auto", "image": "x", "tag": "1", "tag": "2" } }\n      ]\n    }\n  },\n  "rails": {"env": 1, "env": 2}\n}\n';
    const result = validateStackJson(text, 'd.json');
    expect(result.ok).toBe(false);
    expect(result.diagnostics.filter((d) => d.code === 'duplicate-key').map((d) => [d.severity, d.line, d.column, d.message])).toEqual([
      [
        'error',
        5,
        64,
        'key "tag" appears twice in definition "web": the deploy uses the last one, a tag merge edits the first; remove one',
      ],
      ['warning', 9, 23, 'key "env" appears twice in this object and only the last one counts: remove one'],
    ]);
    expect(result.document?.deploy['a']?.containers[0]?.['web']?.tag).toBe('2');
  });

  it('accepts a byte-order mark and keeps columns right', () => {
    const result = validateStackJson('\uFEFF{"deploy": {"a": {"containers": [{"w": {"deploy": "nope", "image": "i"}}]}}}', 'bom.json');
    expect(result.diagnostics.map((d) => [d.line, d.column])).toEqual([[1, 52]]);
  });

  it('accepts an OpsWorks Custom JSON carrying other keys, and an empty document with a warning', () => {
    const custom = JSON.stringify({
      opsworks: { ruby_version: '2.0' },
      rails: { max_pool_size: 5 },
      ...JSON.parse(readFixture('stack-seed.json')),
    });
    expect(validateStackJson(custom, 'custom.json').ok).toBe(true);
    const empty = validateStackJson('{}', 'e.json');
    expect(empty.ok).toBe(true);
    expect(empty.diagnostics.map((d) => d.code)).toEqual(['no-deploy']);
  });

  it('refuses "__proto__" as a name where berth reads (it would be dropped silently), and cuts long names short in messages', () => {
    const text =
      '{"deploy": {"__proto__": {"containers": []}, "a": {"containers": [{"w": {"deploy": "manual", "image": "i", "' +
      'k'.repeat(100) +
      '": 1}}]}}}';
    expect(validateStackJson(text, 'p.json').diagnostics.map((d) => [d.code, d.column, d.message])).toEqual([
      [
        'reserved-name',
        13,
        'the name "__proto__" cannot be used (JavaScript gives it a meaning of its own, so it would be dropped): rename it',
      ],
      [
        'unknown-key',
        text.indexOf('"kkk') + 1,
        `unknown key "${'k'.repeat(77)}..." in definition "w" is ignored: known keys: ${definitionKeys.join(', ')}`,
      ],
    ]);
  });

  it('reports empty text where it breaks', () => {
    expect(validateStackJson('', 'e.json').diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [1, 1, 'invalid JSON: expected a value (is there a trailing comma or a missing value?)'],
    ]);
  });
});

describe('manualInputProblems', () => {
  const seed = parseValid(readFixture('stack-seed.json'));
  it('accepts manual definitions and explains every other name', () => {
    expect(manualInputProblems(seed, ['nginx', 'haproxy'])).toEqual([]);
    expect(manualInputProblems(seed, ['ngnix', 'app'])).toEqual([
      'manual: "ngnix" is no definition of the document; use one of haproxy, nginx, logspout',
      'manual: "app" has deploy "auto", not "manual"; only manual definitions can be listed (use force for auto ones)',
    ]);
  });
});

describe('name clashes and env keys', () => {
  it('rejects data volumes that share a name with another data volume or a container, and unusable env keys', () => {
    const text = [
      '{"deploy": {',
      ' "a": {"data_volumes": [{"socks": {"volumes": ["/s"]}}, {"web0": {"volumes": ["/w"]}}],',
      '       "containers": [{"web": {"deploy": "auto", "image": "i", "containers": 2, "env": {"A=B": "1", "OK_1.x": "2"}}}]},',
      ' "b": {"data_volumes": [{"socks": {"volumes": ["/t"]}}]}',
      '}}',
    ].join('\n');
    const result = validateStackJson(text, 'n.json');
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      [
        'duplicate-data-volume',
        2,
        58,
        'data volume "web0" clashes with another data volume or container of that name on the host: rename it',
      ],
      [
        'env-key',
        3,
        89,
        'env key "A=B" is not a variable name (an env file would drop or misread it): start with a letter or "_", then letters, digits, "_", "." or "-"',
      ],
      [
        'duplicate-data-volume',
        4,
        26,
        'data volume "socks" clashes with another data volume or container of that name on the host: rename it',
      ],
    ]);
  });
});
