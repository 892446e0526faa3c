// The per-app summary for the validate job summary and the CLI.
import { describe, expect, it } from 'vitest';
import { summarizeDocument } from '../../src/stack/summary.js';
import { validateStackJson } from '../../src/stack/validate.js';
import { docker1, parseValid, readFixture } from './helpers.js';

describe('summarizeDocument', () => {
  it('lists definitions with image:tag, copies, mode and placeholders resolved for the example host', () => {
    const [app] = summarizeDocument(parseValid(readFixture('stack-seed.json')), docker1);
    expect(app?.app).toBe('amazing application');
    expect(app?.dataVolumes).toEqual(['socks', 'static']);
    expect(app?.definitions.map((d) => [d.name, d.mode, d.reference, d.copies, d.runtimeNames, d.hostname ?? null, d.slots])).toEqual([
      ['app', 'auto', 'quay.io/mikamai/awesome-app:latest', 2, ['app0', 'app1'], 'app0.docker1', 1],
      ['cron', 'cron', 'quay.io/mikamai/awesome-app:latest', 0, [], null, 1],
      ['sidekiq', 'auto', 'quay.io/mikamai/awesome-app:latest', 1, ['sidekiq0'], 'sidekiq0.docker1', 1],
      ['haproxy', 'manual', 'quay.io/mikamai/configured-haproxy:latest', 1, ['haproxy0'], 'opsworks', 1],
      ['nginx', 'manual', 'quay.io/mikamai/configured-nginx:latest', 1, ['nginx0'], 'nginx0.docker1', 1],
      ['logspout', 'manual', 'progrium/logspout:latest', 1, ['logspout0'], 'awesome-stack-docker1', 1],
    ]);
    expect(app?.definitions[0]?.command.at(-1)).toBe('/var/lib/haproxy/socks/app0.sock');
    expect(app?.definitions[1]?.schedule).toBe('59 * * * *');
    expect(app?.definitions[1]?.command).toEqual(['bundle', 'exec', 'rake', 'cron:run']);
  });

  it('redacts secret env values and keeps references visible', () => {
    const [app] = summarizeDocument(
      parseValid(
        JSON.stringify({
          deploy: {
            a: {
              containers: [
                {
                  web: { deploy: 'auto', image: 'i', env: { API_TOKEN: 'tok-999', REF_PASSWORD: '%{ssm:/a/b}', PLAIN: 'x' } },
                },
              ],
            },
          },
        }),
      ),
    );
    expect(app?.definitions[0]?.env.slice(0, 3)).toEqual([
      { key: 'API_TOKEN', value: '***' },
      { key: 'REF_PASSWORD', value: '%{ssm:/a/b}' },
      { key: 'PLAIN', value: 'x' },
    ]);
    expect(app?.definitions[0]?.hostname).toBe('web0.docker1');
  });

  it('marks a definition it cannot plan instead of throwing', () => {
    const result = validateStackJson(
      JSON.stringify({ deploy: { a: { containers: [{ web: { deploy: 'auto', image: 'i', hostname: '%{nope}' } }] } } }),
      'x',
    );
    expect(result.ok).toBe(false);
    const [app] = summarizeDocument(result.document ?? { deploy: {} });
    expect(app?.definitions[0]?.problem).toBe('unknown placeholder %{nope} here');
  });
});
