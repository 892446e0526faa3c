// What the deploy benches ship without a build: demo app releases pushed to the world's registry, and the
// example document naming one of them.
import { join } from 'node:path';
import { DOCKER_CLIENT } from '../../test/world/engine.js';
import type { World } from '../../test/world/index.js';
import { run, runOk } from '../../test/world/proc.js';

/** The example document's definitions that run the app's image (the rest are manual base images). */
export const APP_DEFINITIONS = ['web', 'cron', 'worker'];

/** One release of the demo app: its tag, and the share of requests it answers 500 to (a "bad" release). */
export interface DemoRelease {
  tag: string;
  failPercent?: number;
}

/** Builds each release of the demo app on the runner's engine and pushes it; returns the repository. */
export async function pushDemoReleases(world: World, dir: string, releases: DemoRelease[]): Promise<string> {
  const registry = world.registry;
  if (!registry) throw new Error('the world has no registry');
  const repository = `${registry.host}/acme/demo`;
  const builder = await world.builder();
  // A throw-away client config: the robot's credentials stay out of the engine's own.
  const env = { ...builder.env, DOCKER_CONFIG: join(dir, 'push-docker-config') };
  await runOk([DOCKER_CLIENT, 'login', '-u', registry.robot.username, '--password-stdin', registry.host], {
    env,
    input: registry.robot.password,
    timeoutMs: 30_000,
  });
  try {
    for (const release of releases) {
      const ref = await world.buildDemoApp({
        repository,
        version: release.tag,
        ...(release.failPercent !== undefined ? { failPercent: release.failPercent } : {}),
      });
      await runOk([DOCKER_CLIENT, 'push', '-q', ref], { env, timeoutMs: 120_000 });
    }
  } finally {
    await run([DOCKER_CLIENT, 'logout', registry.host], { env });
  }
  return repository;
}

/** The example document with the app's definitions on `tag` (what a deploy without a build ships). */
export function exampleDocumentOn(world: World, tag: string): string {
  const document = JSON.parse(world.exampleDocument()) as { deploy: { demo: { containers: Record<string, { tag?: string }>[] } } };
  for (const entry of document.deploy.demo.containers) {
    for (const [name, definition] of Object.entries(entry)) if (APP_DEFINITIONS.includes(name)) definition.tag = tag;
  }
  return `${JSON.stringify(document, null, 2)}\n`;
}
