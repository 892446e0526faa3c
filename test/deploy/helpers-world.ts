// Wiring the real deploy (action inputs -> deployRelease) to the local world: hosts with engines
// behind the fake AWS, the builder engine as the runner's docker, the world's registry.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOpsWorksClient, deploySsmClients } from '../../src/adapters/aws-clients.js';
import { DockerCli } from '../../src/adapters/docker.js';
import { createAssociations } from '../../src/adapters/associations.js';
import { createOpsWorks } from '../../src/adapters/opsworks.js';
import { createParameterStore } from '../../src/adapters/parameters.js';
import { RegistryClient } from '../../src/adapters/registry.js';
import { createSsmCommandPort } from '../../src/adapters/ssm.js';
import { deployRelease, type DeployDeps, type DeployResult } from '../../src/app/deploy.js';
import { parseActionInputs, type InputName } from '../../src/app/inputs.js';
import type { RunContext } from '../../src/app/context.js';
import type { ProgressLog } from '../../src/deploy/ports.js';
import { createHostRunner } from '../../src/deploy/host-runner.js';
import { parseHostResult } from '../../src/host/index.js';
import type { FakeAws } from '../world/fakes/aws.js';
import { DUMMY_CREDENTIALS } from '../world/fakes/aws/test-clients.js';
import type { World } from '../world/index.js';

/**
 * The host script alone is about 15 KB compressed, so script + the example's plan pass the 16 KB
 * usually quoted for SendCommand; the world's fake and the deploy both allow this much instead.
 */
export const WORLD_COMMAND_BYTES = 32_768;

export interface DeployRun {
  result: DeployResult;
  lines: string[];
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'berth-deploy-world-'));
}

export function removeScratch(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Parameter Store holds the example's secrets, as an operator would have stored them. */
export function seedParameters(aws: FakeAws, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    aws.parameters.set(name, { value, type: 'SecureString', version: 1, tier: 'Standard', lastModified: new Date() });
  }
}

export function recordingLog(lines: string[]): ProgressLog {
  return {
    info: (m) => void lines.push(`info ${m}`),
    warn: (m) => void lines.push(`warn ${m}`),
    error: (m) => void lines.push(`error ${m}`),
    group: (title, body) => {
      lines.push(`group ${title}`);
      return body();
    },
    secret: () => undefined,
  };
}

export interface WorldDeploy {
  world: World;
  aws: FakeAws;
  dir: string;
  /** The example document with this world's registry, written where stack-json points. */
  stackFile: string;
}

/** One deploy as the action runs it, with inputs given by name (kebab-case, like action.yml). */
export async function deployInWorld(
  setup: WorldDeploy,
  given: Partial<Record<InputName, string>>,
  extra: Partial<DeployDeps> = {},
): Promise<DeployRun> {
  const { world, aws, dir } = setup;
  const inputs = parseActionInputs((name) => given[name] ?? '', { RUNNER_TEMP: dir });
  const lines: string[] = [];
  const log = recordingLog(lines);
  // The action's SSM clients (src/action/deploy.ts awsDeps): patient throttling retries.
  const { ssm, pollClient } = deploySsmClients({
    region: 'us-east-1',
    endpoint: aws.endpoint,
    credentials: DUMMY_CREDENTIALS,
    pollIntervalMs: inputs.pollIntervalSeconds * 1000,
    timeoutMs: inputs.timeoutMinutes * 60_000,
  });
  const hosts = createHostRunner(createSsmCommandPort(ssm, { pollClient }), {
    pollIntervalMs: inputs.pollIntervalSeconds * 1000,
    parseResult: parseHostResult,
    warn: (m) => log.warn(m),
  });
  const registry = world.registry;
  const builder = await world.builder();
  const home = join(dir, `home-${Math.random().toString(36).slice(2)}`);
  mkdirSync(home);
  const context: RunContext = {
    owner: '',
    repo: '',
    apiUrl: '',
    runUrl: 'https://github.test/acme/demo/actions/runs/1',
    actor: 'world-test',
    workspace: dir,
    runId: String(Date.now()),
  };
  const result = await deployRelease(
    inputs,
    context,
    {
      hosts,
      parameters: createParameterStore(ssm),
      // As the action wires it (src/app/wiring.ts): State Manager for input converge on the ssm target.
      ...(inputs.converge && inputs.target === 'ssm' ? { associations: createAssociations(ssm) } : {}),
      ...(inputs.target === 'opsworks'
        ? {
            opsworks: createOpsWorks(
              createOpsWorksClient({ region: 'us-east-1', endpoint: aws.endpoint, credentials: DUMMY_CREDENTIALS }),
              { pollIntervalMs: 300 },
            ),
          }
        : {}),
      buildPorts: async () => {
        const docker = await DockerCli.create({
          env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, RUNNER_TEMP: home, DOCKER_HOST: builder.dockerHost },
          onLine: (line) => lines.push(`docker ${line}`),
        });
        const registryClient = new RegistryClient({
          ...(registry ? { credentials: registry.robot } : {}),
          retry: { attempts: 3, baseDelayMs: 200 },
        });
        return { docker, registry: registryClient, log, dispose: () => docker.dispose() };
      },
      ...extra,
    },
    log,
  );
  // Like the action: the merged document lands in stack-json-output, the next deploy's input.
  writeFileSync(inputs.stackJsonOutput, result.text);
  const logDir = process.env['BERTH_WORLD_LOG_DIR'];
  if (logDir) writeFileSync(join(logDir, `deploy-${inputs.version || 'x'}-${Date.now()}.log`), lines.join('\n'));
  return { result, lines };
}

/** Inputs every world deploy shares: the example document, its registry robot, the fake AWS for the hosts. */
export function baseInputs(
  setup: WorldDeploy,
  version: string,
  extra: Partial<Record<InputName, string>> = {},
): Partial<Record<InputName, string>> {
  const registry = setup.world.registry;
  return {
    command: 'deploy',
    'stack-json': setup.stackFile,
    'stack-json-output': join(setup.dir, `out-${version}.json`),
    environment: 'world',
    target: 'ssm',
    'aws-region': 'us-east-1',
    'aws-endpoint': setup.aws.endpoint,
    'host-aws-endpoint': setup.aws.endpoint,
    targets: 'tag:Role=web',
    'stack-name': 'World Stack',
    'poll-interval-seconds': '1',
    'lock-wait-seconds': '0',
    'data-volume-image': `${registry?.host ?? ''}/acme/busybox:1`,
    'max-command-bytes': String(WORLD_COMMAND_BYTES),
    image: `${registry?.host ?? ''}/acme/demo`,
    context: join(process.cwd(), 'examples/app'),
    dockerfile: join(process.cwd(), 'examples/app/Dockerfile'),
    'build-args': `VERSION=${version}`,
    'registry-username': registry?.robot.username ?? '',
    'registry-password': registry?.robot.password ?? '',
    version,
    'timeout-minutes': '8',
    // Never the real Rollbar: a closed loopback port (a Rollbar outage only warns).
    'rollbar-endpoint': 'http://127.0.0.1:9',
    ...extra,
  };
}

export function writeStackFile(dir: string, text: string): string {
  const file = join(dir, 'stack.json');
  writeFileSync(file, text);
  return file;
}

/** The version the demo app answers with through the host's front (haproxy from the document). */
export async function frontVersion(url: string): Promise<string | null> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
    await res.text();
    return res.headers.get('x-version');
  } catch (error) {
    return `unreachable: ${(error as Error).message}`;
  }
}

/** What each host's front answers with, in host order. */
export async function fleetVersions(world: World): Promise<(string | null)[]> {
  return Promise.all(world.hosts.map((h) => frontVersion(h.frontUrl)));
}

/** Per host: whether web0 and web1 both run the image `ref` names there (by image id: a rollback may run it by digest). */
export async function webRuns(world: World, ref: string): Promise<boolean[]> {
  return Promise.all(
    world.hosts.map(async (h) => {
      const want = (await h.docker(['image', 'inspect', '-f', '{{.Id}}', ref])).stdout.trim();
      const running = (await h.docker(['inspect', '-f', '{{.Image}} {{.State.Running}}', 'web0', 'web1'])).stdout.trim().split('\n');
      return want !== '' && running.length === 2 && running.every((line) => line === `${want} true`);
    }),
  );
}
