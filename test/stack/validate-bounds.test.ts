// Bounds: document size, string and key lengths, copies and waits give a clear error at their place,
// quickly, never a crash or minutes of work.
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES, MAX_KEY_LENGTH, MAX_STRING_LENGTH } from '../../src/stack/limits.js';
import { validateStackJson } from '../../src/stack/validate.js';

const definition = (settings: string) => `{"deploy": {"a": {"containers": [{"web": {"deploy": "auto", "image": "i"${settings}}}]}}}`;

describe('bounds', () => {
  it('refuses a document over the size limit before parsing it', () => {
    const text = `{"deploy": {}, "pad": "${'x'.repeat(MAX_DOCUMENT_BYTES)}"}`;
    const result = validateStackJson(text, 'big.json');
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      [
        'too-large',
        1,
        1,
        `the document is ${text.length} bytes, more than the ${MAX_DOCUMENT_BYTES} berth reads: split it or remove what no host needs`,
      ],
    ]);
  });

  it('refuses over-long strings and keys in the parts berth reads, and leaves other cookbooks alone', () => {
    const long = 'x'.repeat(MAX_STRING_LENGTH + 1);
    const key = 'K'.repeat(MAX_KEY_LENGTH + 1);
    const text = definition(`, "command": "${long}", "env": {"${key}": "1"}`).replace(/\}$/, `, "nginx": {"certificate": "${long}"}}`);
    const result = validateStackJson(text, 'long.json');
    expect(result.diagnostics.filter((d) => d.code === 'too-long').map((d) => [d.line, d.column, d.message])).toEqual([
      [
        1,
        text.indexOf(`"${long}"`) + 1,
        `this string has ${long.length} characters, more than the ${MAX_STRING_LENGTH} allowed: keep large content in the image or in Parameter Store`,
      ],
      [
        1,
        text.indexOf(`"${key}"`) + 1,
        `this key has ${key.length} characters, more than the ${MAX_KEY_LENGTH} allowed for a name: shorten it`,
      ],
    ]);
  });

  it('bounds copies and waits with the limit in the message', () => {
    const text = definition(', "containers": "1000000000", "stop_grace_period": 100000, "health": {"cmd": "true", "retries": 1e9}');
    const result = validateStackJson(text, 'b.json');
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.column, d.message])).toEqual([
      [text.indexOf('"1000000000"') + 1, 'deploy.a.containers[0].web.containers: containers must be at most 100'],
      [text.indexOf('100000,') + 1, 'deploy.a.containers[0].web.stop_grace_period: stop_grace_period must be at most 86400'],
      [text.indexOf('1e9') + 1, 'deploy.a.containers[0].web.health.retries: health.retries must be at most 10000'],
    ]);
  });

  it('reports every problem of a document with thousands of them, fast', () => {
    const env = Array.from({ length: 20_000 }, (_, i) => `"#K${i}": "%{nope}"`).join(', ');
    const started = performance.now();
    const result = validateStackJson(definition(`, "env": {${env}}`), 'many.json');
    expect(result.diagnostics.filter((d) => d.code === 'env-key')).toHaveLength(20_000);
    expect(result.diagnostics.filter((d) => d.code === 'placeholder')).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('stays linear with thousands of schema and reference problems together', () => {
    const definitions = Array.from(
      { length: 5_000 },
      (_, i) => `{"w${i}": {"deploy": "automatic", "image": "i", "containers": "x", "links": ["nope"], "env_from": "none"}}`,
    );
    const started = performance.now();
    const result = validateStackJson(`{"deploy": {"a": {"containers": [${definitions.join(',')}]}}}`, 'many.json');
    const count = (code: string) => result.diagnostics.filter((d) => d.code === code).length;
    expect([count('schema'), count('links'), count('env-from')]).toEqual([10_000, 5_000, 5_000]);
    expect(result.diagnostics.find((d) => d.code === 'env-from')?.message).toBe(
      'env_from "none" names no definition of app "a": use one of w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12, ... (4999 in all)',
    );
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
