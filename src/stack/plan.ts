// The per-host plan: everything one host runs, in order, with placeholders resolved for that host.
// Secret references stay references; the host resolves them itself.
import { createHash } from 'node:crypto';
import { splitCommand } from './command.js';
import { composeEnvironment, referenceOrLiteral } from './environment.js';
import type {
  HostPlan,
  PlanCopy,
  PlanCronFile,
  PlanDataVolume,
  PlanDefinition,
  PlanEnvVar,
  PlanMigration,
  PlanRegistryLogin,
} from './host-plan.js';
import { interpolate, opsworksName, type PlaceholderValues } from './placeholders.js';
import { copyHostname } from './hostname.js';
import { dependencies, healthCheck, healthSettings, hostVolume, imageReference, sharedRunArgs, underRoot } from './plan-args.js';
import { cronFile } from './plan-cron.js';
import { listDataVolumes, listDefinitions, type DatabaseSettings, type DefinitionEntry, type StackDocument } from './schema.js';
import { rolloutOf, slotValues } from './slots.js';

export interface HostFacts {
  hostname: string;
  instanceId: string;
  publicIp: string;
  stackName: string;
  /**
   * `%{opsworks}` already computed (the release template's sentinel, which must not be lower-cased);
   * absent: computed from the stack name and the hostname.
   */
  opsworks?: string;
}

export interface PlanOptions {
  deployId: string;
  release: string;
  revision: string;
  actor: string;
  createdAt: string;
  hostRoot: string;
  force: boolean;
  /** Manual definitions redeployed this time (the deploy's `manual` input). */
  manual: string[];
  /** This host runs the migration (exactly one host per deploy). */
  runMigration: boolean;
  keepImages: number;
  lockTimeout: number;
  aws: { region: string; endpoint?: string };
  /** App name -> database settings (input or Parameter Store); else the document's `database`. */
  databases?: Record<string, DatabaseSettings>;
  preferLocalImages: boolean;
  /** Image for data-only containers (`docker create` of it with `-v` per path). */
  dataVolumeImage: string;
  logTailLines: number;
  environment: string;
  /** The deploy's `surge` input: surge for definitions with an alternate slot that do not set `surge`. */
  surge?: boolean;
}

/** Restart policy of long-running copies: survive reboots and daemon restarts, stay down when we stop them. */
export const RESTART_POLICY = 'unless-stopped';

export function hostPlaceholders(facts: HostFacts): PlaceholderValues {
  return { opsworks: facts.opsworks ?? opsworksName(facts.stackName, facts.hostname), public_ip: facts.publicIp };
}

function definitionEnv(document: StackDocument, entry: DefinitionEntry, facts: HostFacts, options: PlanOptions): PlanEnvVar[] {
  const database = options.databases?.[entry.app];
  return composeEnvironment({
    document,
    app: entry.app,
    name: entry.name,
    definition: entry.definition,
    placeholders: { ...hostPlaceholders(facts), app_name: entry.name },
    ...(database ? { database } : {}),
    revision: options.revision,
  });
}

export function definitionHash(parts: unknown): string {
  return hashOfInput(JSON.stringify(parts));
}

function hashOfInput(input: string): string {
  return createHash('sha256').update(input).digest('hex');
}

// The texts each definition's hashes were computed over, kept beside the plan (not in it, so plans, their
// JSON and their encoding stay as they were): the release template carries them for hosts to hash.
interface HashInputs {
  canonical: string;
  legacy: string;
}
const hashInputs = new WeakMap<PlanDefinition, HashInputs>();

/** The JSON text `definition.hash` is the sha256 of; undefined for a definition buildHostPlan did not make. */
export function definitionHashInput(definition: PlanDefinition): string | undefined {
  return hashInputs.get(definition)?.canonical;
}

/** The JSON text `definition.legacyHash` is the sha256 of (env in document order, as berth before it hashed). */
export function definitionLegacyHashInput(definition: PlanDefinition): string | undefined {
  return hashInputs.get(definition)?.legacy;
}

/**
 * The two hash inputs of a definition. The canonical one (`berth.hash` of every container started from
 * now on) lists env sorted by key: env keys are unique and their order means nothing to a container, so
 * reordering them replaces nothing. The legacy one is exactly what berth computed before (env in document
 * order), kept only to recognise containers earlier releases labelled with it (docs/host.md, "Which
 * copies match the plan").
 */
function hashInputsOf(parts: { image: string; env: PlanEnvVar[] } & Record<string, unknown>): HashInputs {
  const sorted = [...parts.env].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { canonical: JSON.stringify({ ...parts, env: sorted }), legacy: JSON.stringify(parts) };
}

/**
 * The plan with each definition's hash (and its `berth.hash` label) taken from `hashed`, a plan of the same
 * document with inline secrets as references: what `berth plan` shows, so no shown hash covers a secret.
 */
export function withHashesOf(plan: HostPlan, hashed: HostPlan): HostPlan {
  plan.definitions.forEach((definition, d) => {
    const source = hashed.definitions[d];
    const hash = source?.hash ?? definition.hash;
    const legacyHash = source ? source.legacyHash : definition.legacyHash;
    const input = source ? hashInputs.get(source) : hashInputs.get(definition);
    if (input !== undefined) hashInputs.set(definition, input);
    else hashInputs.delete(definition);
    for (const copy of definition.copies) {
      for (const slot of copy.slots)
        slot.runArgs = slot.runArgs.map((arg) => (arg === `berth.hash=${definition.hash}` ? `berth.hash=${hash}` : arg));
    }
    definition.hash = hash;
    if (legacyHash !== undefined) definition.legacyHash = legacyHash;
    else delete definition.legacyHash;
  });
  return plan;
}

/** The plan of one definition on one host (buildHostPlan calls it for every definition with a mode). */
export function planDefinition(document: StackDocument, entry: DefinitionEntry, facts: HostFacts, options: PlanOptions): PlanDefinition {
  const { app, name, definition } = entry;
  const mode = definition.deploy ?? 'auto';
  const root = options.hostRoot;
  const host = hostPlaceholders(facts);
  const image = imageReference(definition);
  const env = definitionEnv(document, entry, facts, options);
  const stopSignal = definition.stop_signal ?? 'SIGTERM';
  const copies: PlanCopy[] = [];
  const count = mode === 'cron' ? 0 : definition.containers;
  for (let index = 0; index < count; index++) {
    const runtime = `${name}${index}`;
    const slots = slotValues(definition).map((slot) => {
      const copyValues = { ...host, app_name: runtime, index: String(index), slot };
      const fieldValues = { ...host, app_name: name, index: String(index), slot };
      const explicit = definition.hostname !== undefined ? interpolate(definition.hostname, copyValues) : undefined;
      const hostname = copyHostname(runtime, name, facts.hostname, explicit);
      const runArgs = ['--hostname', hostname, '--restart', RESTART_POLICY];
      if (definition.stop_signal !== undefined) runArgs.push('--stop-signal', definition.stop_signal);
      runArgs.push('--stop-timeout', String(definition.stop_grace_period));
      for (const port of definition.ports) runArgs.push('-p', interpolate(port, fieldValues));
      runArgs.push(...sharedRunArgs(definition, root, fieldValues));
      runArgs.push('--label', `berth.app=${app}`, '--label', `berth.definition=${name}`, '--label', `berth.slot=${slot}`);
      const binding = definition.load_balancer;
      return {
        id: slot,
        runArgs,
        command: splitCommand(definition.command ?? '').map((arg) => interpolate(arg, copyValues)),
        health: healthCheck(definition, root, copyValues),
        ...(binding ? { server: interpolate(binding.server, copyValues) } : {}),
        ...(binding?.address !== undefined ? { serverAddress: interpolate(binding.address, copyValues) } : {}),
      };
    });
    copies.push({ index, name: runtime, slots });
  }
  const health = healthSettings(definition);
  const first = copies[0]?.slots[0];
  // The field order is the hash input's: never change it (every running container's berth.hash is of it).
  const inputs = hashInputsOf({
    image,
    env,
    runArgs: first?.runArgs ?? [],
    command: first?.command ?? definition.command ?? '',
    health: first?.health ?? null,
    settings: health,
    stopSignal,
  });
  const hash = hashOfInput(inputs.canonical);
  const legacyHash = hashOfInput(inputs.legacy);
  for (const copy of copies) {
    for (const slot of copy.slots) slot.runArgs.push('--label', `berth.hash=${hash}`, '--label', `berth.release=${options.release}`);
  }
  const binding = definition.load_balancer;
  const bareValues = { ...host, app_name: name };
  const planned: PlanDefinition = {
    app,
    name,
    mode,
    image,
    hash,
    legacyHash,
    redeploy: (mode === 'auto' && options.force) || (mode === 'manual' && options.manual.includes(name)),
    env,
    copies,
    health,
    stopSignal,
    stopGrace: definition.stop_grace_period,
    ...(binding && mode !== 'cron'
      ? {
          loadBalancer: {
            adminSocket: underRoot(root, interpolate(binding.admin_socket, bareValues)),
            backend: binding.backend,
            drainTimeout: binding.drain_timeout,
          },
        }
      : {}),
    dependsOn: dependencies(definition, bareValues),
  };
  const rollout = rolloutOf(definition, options.surge ?? false);
  if (mode !== 'cron' && rollout !== 'one') planned.rollout = rollout;
  hashInputs.set(planned, inputs);
  return planned;
}

function planMigration(document: StackDocument, facts: HostFacts, options: PlanOptions): PlanMigration | undefined {
  const entry = listDefinitions(document).find((d) => d.definition.deploy !== undefined && d.definition.migration !== undefined);
  const migration = entry?.definition.migration;
  if (!entry || migration === undefined) return undefined;
  const { app, name, definition } = entry;
  const values = { ...hostPlaceholders(facts), app_name: name, index: '0', slot: '' };
  return {
    app,
    definition: name,
    image: imageReference(definition),
    runArgs: [
      '--rm',
      ...sharedRunArgs(definition, options.hostRoot, values, { entrypoint: false }),
      '--label',
      `berth.app=${app}`,
      '--label',
      `berth.definition=${name}`,
      '--label',
      'berth.role=migration',
    ],
    // Like the cron command, the migration is not interpolated (the old cookbook did not either).
    command: splitCommand(migration),
    env: definitionEnv(document, entry, facts, options),
  };
}

function planRegistries(document: StackDocument): PlanRegistryLogin[] {
  return Object.entries(document.docker?.registries ?? {})
    .filter(([, login]) => login.username !== '' || login.password !== '')
    .map(([host, login]) => ({ host, username: referenceOrLiteral(login.username), password: referenceOrLiteral(login.password) }));
}

function planDataVolumes(document: StackDocument, facts: HostFacts, options: PlanOptions): PlanDataVolume[] {
  return listDataVolumes(document).map((volume) => ({
    app: volume.app,
    name: volume.name,
    image: options.dataVolumeImage,
    volumes: volume.volumes.map((path) =>
      hostVolume(options.hostRoot, interpolate(path, { ...hostPlaceholders(facts), app_name: volume.name })),
    ),
  }));
}

export function buildHostPlan(document: StackDocument, facts: HostFacts, options: PlanOptions): HostPlan {
  const entries = listDefinitions(document).filter((entry) => entry.definition.deploy !== undefined);
  const definitions = entries.map((entry) => planDefinition(document, entry, facts, options));
  const cron: PlanCronFile[] = Object.keys(document.deploy).map((app) =>
    cronFile(
      app,
      definitions.filter((d) => d.app === app && d.mode === 'cron'),
      entries,
      options.hostRoot,
      (entry) =>
        sharedRunArgs(entry.definition, options.hostRoot, { ...hostPlaceholders(facts), app_name: entry.name, index: '0', slot: '' }),
    ),
  );
  const migration = options.runMigration ? planMigration(document, facts, options) : undefined;
  return {
    version: 1,
    deployId: options.deployId,
    release: options.release,
    ...(options.revision !== '' ? { revision: options.revision } : {}),
    actor: options.actor,
    createdAt: options.createdAt,
    host: { root: options.hostRoot, hostname: facts.hostname, instanceId: facts.instanceId },
    apps: Object.keys(document.deploy),
    lockTimeout: options.lockTimeout,
    keepImages: options.keepImages,
    force: options.force,
    preferLocalImages: options.preferLocalImages,
    aws: { region: options.aws.region, ...(options.aws.endpoint !== undefined ? { endpoint: options.aws.endpoint } : {}) },
    registries: planRegistries(document),
    dataVolumes: planDataVolumes(document, facts, options),
    definitions,
    ...(migration ? { migration } : {}),
    cron,
    logTailLines: options.logTailLines,
  };
}
