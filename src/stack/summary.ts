// What a document would run, per app, for the validate job summary and the CLI: definitions,
// image:tag, copies, mode, and placeholders resolved for an example host. Secrets redacted.
import { splitCommand } from './command.js';
import type { PlanEnvVar } from './host-plan.js';
import { planDefinition, type HostFacts, type PlanOptions } from './plan.js';
import { listDataVolumes, listDefinitions, type StackDocument } from './schema.js';
import { redact } from './secrets.js';

export interface DefinitionSummary {
  name: string;
  mode: 'auto' | 'manual' | 'cron' | 'unset';
  image: string;
  tag: string;
  /** What runs: `image:tag` or `image@sha256:...`. */
  reference: string;
  copies: number;
  /** Container names on a host (`app0`, `app1`); none for cron. */
  runtimeNames: string[];
  /** Slots per copy: 2 = started beside the old copy, 1 = stop-then-start. */
  slots: number;
  /** Resolved for the example host, copy 0. */
  hostname?: string;
  command: string[];
  schedule?: string;
  env: { key: string; value: string }[];
  /** Set when the definition cannot be planned (the validation errors say why). */
  problem?: string;
}

export interface AppSummary {
  app: string;
  dataVolumes: string[];
  definitions: DefinitionSummary[];
}

export const EXAMPLE_HOST: HostFacts = {
  hostname: 'docker1',
  instanceId: 'i-0123456789abcdef0',
  publicIp: '203.0.113.10',
  stackName: 'Example Stack',
};

const exampleOptions: PlanOptions = {
  deployId: 'example',
  release: 'example',
  revision: '<revision>',
  actor: 'example',
  createdAt: '1970-01-01T00:00:00Z',
  hostRoot: '/',
  force: false,
  manual: [],
  runMigration: false,
  keepImages: 3,
  lockTimeout: 300,
  aws: { region: 'us-east-1' },
  preferLocalImages: false,
  dataVolumeImage: 'busybox',
  logTailLines: 50,
  environment: 'production',
};

function shownEnv(env: PlanEnvVar[]): { key: string; value: string }[] {
  return env.map(({ key, value, secret }) => ({
    key,
    value: value.kind === 'ssm' ? `%{ssm:${value.name}}` : secret ? redact(value.value) : value.value,
  }));
}

export function summarizeDocument(document: StackDocument, exampleFacts: HostFacts = EXAMPLE_HOST): AppSummary[] {
  const definitions = listDefinitions(document);
  const volumes = listDataVolumes(document);
  return Object.keys(document.deploy).map((app) => ({
    app,
    dataVolumes: volumes.filter((v) => v.app === app).map((v) => v.name),
    definitions: definitions
      .filter((entry) => entry.app === app)
      .map((entry): DefinitionSummary => {
        const { definition, name } = entry;
        const base: DefinitionSummary = {
          name,
          mode: definition.deploy ?? 'unset',
          image: definition.image,
          tag: definition.tag,
          reference: '',
          copies: definition.deploy === 'cron' ? 0 : definition.containers,
          runtimeNames: [],
          slots: 1,
          command: [],
          env: [],
          ...(definition.deploy === 'cron' && definition.cron
            ? { schedule: `${definition.cron.minute} ${definition.cron.hour} * * ${definition.cron.weekday}` }
            : definition.deploy === 'cron'
              ? { schedule: '* * * * *' }
              : {}),
        };
        try {
          const plan = planDefinition(document, entry, exampleFacts, exampleOptions);
          const first = plan.copies[0]?.slots[0];
          const hostnameAt = first ? first.runArgs.indexOf('--hostname') : -1;
          const hostname = hostnameAt >= 0 ? first?.runArgs[hostnameAt + 1] : undefined;
          return {
            ...base,
            reference: plan.image,
            runtimeNames: plan.copies.map((copy) => copy.name),
            slots: plan.copies[0]?.slots.length ?? 1,
            ...(hostname !== undefined ? { hostname } : {}),
            command: first?.command ?? splitCommand(definition.command ?? ''),
            env: shownEnv(plan.env),
          };
        } catch (error) {
          return { ...base, problem: error instanceof Error ? error.message : String(error) };
        }
      }),
  }));
}
