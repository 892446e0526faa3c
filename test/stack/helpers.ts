// Shared inputs for the core's tests: the fixtures and a complete set of plan options.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateStackJson } from '../../src/stack/validate.js';
import type { HostFacts, PlanOptions } from '../../src/stack/plan.js';
import type { StackDocument } from '../../src/stack/schema.js';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** Parses a document that must be valid; fails the test with the diagnostics otherwise. */
export function parseValid(text: string, file = 'test.json'): StackDocument {
  const result = validateStackJson(text, file);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.document || errors.length > 0) {
    throw new Error(`expected a valid document, got: ${errors.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`);
  }
  return result.document;
}

export const docker1: HostFacts = { hostname: 'docker1', instanceId: 'i-0abc', publicIp: '203.0.113.7', stackName: 'Awesome Stack' };

export function planOptions(overrides: Partial<PlanOptions> = {}): PlanOptions {
  return {
    deployId: 'deploy-1',
    release: 'v42',
    revision: 'abc123',
    actor: 'octocat',
    createdAt: '2026-11-25T12:00:00Z',
    hostRoot: '/',
    force: false,
    manual: [],
    runMigration: true,
    keepImages: 3,
    lockTimeout: 300,
    aws: { region: 'eu-west-1' },
    preferLocalImages: false,
    dataVolumeImage: 'local/busybox:1',
    logTailLines: 50,
    environment: 'production',
    ...overrides,
  };
}
