// Step: every host's plan (the migration only on the first host in rollout order), each encoded once,
// and the Run Commands that carry them: one per up to 50 hosts, each host picking its own plan.
import type { HostPlan } from '../../stack/host-plan.js';
import type { StackDocument } from '../../stack/schema.js';
import { hostPlaceholders, type HostFacts } from '../../stack/plan.js';
import { missingParametersMessage, pinSecretVersions, referencedParameters, retargetReferences } from '../../stack/secret-versions.js';
import { perHostParameter, stagePerHost } from '../../stack/secrets.js';
import { HostnameTooLongError } from '../../stack/hostname.js';
import { HostPathError } from '../../stack/host-paths.js';
import { DeployFailure } from '../failure.js';
import { hostLabel } from '../hosts.js';
import { hostSends } from '../host-sends.js';
import type { HostSend, TargetHost } from '../ports.js';
import type { DeployRun } from '../run.js';
import type { ReadyFleet } from './preflight.js';
import { writeChangedSecrets, type StagedWrite, type StagedRelease } from './secrets.js';

export interface PlanChoice {
  runMigration: boolean;
  preferLocal: boolean;
  force: boolean;
}

export interface FleetPlans {
  /** The ready hosts in rollout order. */
  hosts: TargetHost[];
  /** Instance id -> the plan of the new release. */
  plans: Map<string, HostPlan>;
  hasMigration: boolean;
  /** Parameter name -> the version every plan pins (read once, when the fleet was planned). */
  secretVersions: ReadonlyMap<string, number>;
  /** A host's plan of any document (the way back plans the previous one), pinned to the same versions. */
  planFor(document: StackDocument, host: TargetHost, choice: PlanChoice): HostPlan;
  /**
   * The release's plan for no particular host (input converge): built with the given sentinel facts and
   * the host-root input, never the migration, never forced, pinned to the same versions (a reference no
   * host plan names is absent from `secretVersions`: the caller reads it).
   */
  templateFor(document: StackDocument, facts: HostFacts): HostPlan;
  /** The state read's commands for these hosts (default: every host, packed once). */
  stateSends(hosts?: TargetHost[]): HostSend[];
  /** The rollout commands of one batch, from the given plans (default the new release's). */
  rolloutSends(batch: TargetHost[], plans?: Map<string, HostPlan>): HostSend[];
}

export async function planFleet(run: DeployRun, fleet: ReadyFleet, staged: StagedRelease): Promise<FleetPlans> {
  const { settings, ports } = run;
  const { release, policy, host: hostSettings } = settings;
  const secretVersions = new Map<string, number>();
  const factsOf = (host: TargetHost): HostFacts => ({
    instanceId: host.instanceId,
    hostname: host.hostname,
    publicIp: host.publicIp,
    stackName: staged.stackName,
  });
  // Per-host secrets: each host's plan names its own parameter, the value with that host's placeholders.
  const perHostWrites = (host: TargetHost): StagedWrite[] =>
    staged.perHost.map((item) => stagePerHost(item, host.hostname, hostPlaceholders(factsOf(host))));
  const perHostNames = (host: TargetHost) => new Map(staged.perHost.map((item) => [item.name, perHostParameter(item.name, host.hostname)]));

  const planFor = (document: StackDocument, host: TargetHost, choice: PlanChoice): HostPlan =>
    pinSecretVersions(planUnpinned(document, host, choice), secretVersions);
  const planUnpinned = (document: StackDocument, host: TargetHost, choice: PlanChoice): HostPlan =>
    retargetReferences(
      buildPlan(document, factsOf(host), fleet.roots.get(host.instanceId) ?? hostSettings.hostRoot, choice),
      perHostNames(host),
    );
  const reportedRoot = fleet.hosts.map((host) => fleet.roots.get(host.instanceId)).find((root) => root !== undefined);
  const buildPlan = (document: StackDocument, facts: HostFacts, hostRoot: string, choice: PlanChoice): HostPlan =>
    ports.planner.hostPlan(document, facts, {
      deployId: release.deployId,
      release: release.version,
      revision: release.commit,
      actor: release.actor,
      createdAt: new Date(run.now()).toISOString(),
      hostRoot,
      force: choice.force,
      manual: policy.manual,
      runMigration: choice.runMigration,
      keepImages: hostSettings.keepImages,
      lockTimeout: hostSettings.hostLockTimeout ?? 600,
      aws: { region: hostSettings.region, ...(hostSettings.hostAwsEndpoint ? { endpoint: hostSettings.hostAwsEndpoint } : {}) },
      ...(staged.databases ? { databases: staged.databases } : {}),
      preferLocalImages: choice.preferLocal,
      dataVolumeImage: hostSettings.dataVolumeImage,
      logTailLines: 30,
      environment: release.environment,
    });

  const plans = new Map<string, HostPlan>();
  fleet.hosts.forEach((host, index) => {
    try {
      plans.set(
        host.instanceId,
        planUnpinned(staged.document, host, {
          runMigration: index === 0 && !policy.skipMigration,
          preferLocal: policy.preferLocalImages === true,
          force: policy.force,
        }),
      );
    } catch (error) {
      // What only a host's own facts show (a host path a fact makes climb, a hostname too long): refused
      // for the whole fleet before any host changes.
      if (error instanceof HostPathError || error instanceof HostnameTooLongError) {
        throw new DeployFailure(`${hostLabel(host)}: ${error.message}. No host was changed.`, 'unchanged');
      }
      throw error;
    }
  });

  const written = [...staged.written];
  if (staged.perHost.length > 0) {
    await run.log.group(`Stage ${staged.perHost.length} per-host secret(s) for ${fleet.hosts.length} host(s)`, async () => {
      written.push(...(await writeChangedSecrets(ports.parameters, run.log, fleet.hosts.flatMap(perHostWrites))));
    });
  }
  for (const plan of plans.values()) if (written.length > 0) plan.rotatedSecrets = written;
  for (const [name, version] of await currentVersions(run, referencedParameters(plans.values()))) secretVersions.set(name, version);
  for (const plan of plans.values()) pinSecretVersions(plan, secretVersions);

  // Each plan is encoded once, whatever number of commands carry it.
  const encoded = new WeakMap<HostPlan, string>();
  const encode = (plan: HostPlan | undefined): string | undefined => {
    if (!plan) return undefined;
    let text = encoded.get(plan);
    if (text === undefined) {
      text = ports.planner.encodePlan(plan);
      encoded.set(plan, text);
    }
    return text;
  };
  let stateCommands: HostSend[] | undefined;

  return {
    hosts: fleet.hosts,
    plans,
    hasMigration: [...plans.values()].some((plan) => plan.migration !== undefined),
    secretVersions,
    planFor,
    templateFor: (document, facts) =>
      pinSecretVersions(
        // Under the root the hosts reported (the local world: each its own, BERTH_HOST_ROOT; a joining host
        // moves it under its own, rerootTemplate), else the host-root input every real host shares.
        buildPlan(document, facts, reportedRoot ?? hostSettings.hostRoot, { runMigration: false, preferLocal: false, force: false }),
        secretVersions,
      ),
    stateSends: (hosts) => {
      const planOf = (host: TargetHost) => encode(plans.get(host.instanceId));
      if (hosts) return hostSends(ports.planner, 'state', hosts, planOf);
      return (stateCommands ??= hostSends(ports.planner, 'state', fleet.hosts, planOf));
    },
    rolloutSends: (batch, planOf = plans) => hostSends(ports.planner, 'rollout', batch, (host) => encode(planOf.get(host.instanceId))),
  };
}

/** The current version of every referenced parameter; a missing one stops the deploy before any host is touched. */
async function currentVersions(run: DeployRun, names: string[]): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const versions = await run.ports.parameters.versions(names);
  const missing = names.filter((name) => !versions.has(name));
  if (missing.length > 0) throw new DeployFailure(missingParametersMessage(missing), 'unchanged');
  run.log.info(`Secrets pinned: ${names.length} Parameter Store reference(s) at their current versions`);
  return versions;
}
