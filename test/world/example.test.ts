// examples/stack.json is what the demo and the end-to-end tests deploy: it must stay valid, keep the
// seed's shape, and only run what the demo image and the world provide.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStackJson } from '../../src/stack/validate.js';
import { REPO_ROOT } from './images.js';

const text = readFileSync(join(REPO_ROOT, 'examples/stack.json'), 'utf8');
const demo = readFileSync(join(REPO_ROOT, 'examples/app/bin/demo'), 'utf8');

interface Definition {
  deploy?: string;
  image: string;
  command?: string;
  migration?: string;
  env_from?: string;
  env?: Record<string, string>;
}
const doc = JSON.parse(text) as {
  deploy: Record<string, { data_volumes: Record<string, unknown>[]; containers: Record<string, Definition>[] }>;
  docker: { registries: Record<string, { username: string; password: string }> };
};
const definitions = Object.values(doc.deploy).flatMap((app) => app.containers.flatMap((group) => Object.entries(group)));

describe('examples/stack.json', () => {
  it('validates without errors or warnings', () => {
    const result = validateStackJson(text, 'examples/stack.json');
    expect(result.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("keeps the seed's shape: data volumes, 2 web copies with a migration behind haproxy, env_from, cron, manual proxy and forwarder", () => {
    const byName = Object.fromEntries(definitions);
    expect(Object.keys(doc.deploy.demo!.data_volumes[0]!)).toEqual(['socks', 'shared']);
    expect(byName.web).toMatchObject({
      deploy: 'auto',
      containers: 2,
      migration: 'migrate',
      load_balancer: { backend: 'web' },
      health: { http: '/up' },
    });
    expect(byName.worker).toMatchObject({ deploy: 'auto', env_from: 'web' });
    expect(byName.cron).toMatchObject({ deploy: 'cron' });
    expect(byName.haproxy).toMatchObject({ deploy: 'manual' });
    expect(byName.logs).toMatchObject({ deploy: 'manual' });
  });

  it('references secrets only through Parameter Store and images only from the world registry', () => {
    for (const [name, definition] of definitions) {
      expect(definition.image, name).toMatch(/^registry\.berth\.test\/acme\//);
      for (const [key, value] of Object.entries(definition.env ?? {})) {
        if (/PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL/i.test(key)) expect(value, `${name}.${key}`).toMatch(/^%\{ssm:\/berth-example\//);
      }
    }
    expect(doc.docker.registries['registry.berth.test']?.password).toMatch(/^%\{ssm:\/berth-example\//);
  });

  it('runs only commands the demo image knows', () => {
    const demoDefinitions = definitions.filter(([, d]) => d.image.endsWith('/acme/demo'));
    expect(demoDefinitions.length).toBeGreaterThan(0);
    for (const [name, definition] of demoDefinitions) {
      for (const command of [definition.command, definition.migration]) {
        if (command === undefined) continue;
        const verb = command.split(' ')[0]!;
        expect(demo, `${name}: ${command}`).toContain(`\n  ${verb}) `);
      }
    }
  });
});
