// Step: every host's plan (the migration only on the first host in rollout order), each encoded once,
// and the Run Commands that carry them: one per up to 50 hosts, each host picking its own plan.
import type { HostPlan } from '../../stack/host-plan.js';
import type { StackDocument } from '../../stack/schema.js';
import { hostSends } from '../host-sends.js';
import type { HostSend, TargetHost } from '../ports.js';
import type { DeployRun } from '../run.js';
import type { ReadyFleet } from './preflight.js';
import type { StagedRelease } from './secrets.js';

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
  /** A host's plan of any document (the way back plans the previous one). */
  planFor(document: StackDocument, host: TargetHost, choice: PlanChoice): HostPlan;
  /** The state read's commands (before the rollout and the read back send the same): packed once. */
  stateSends(): HostSend[];
  /** The rollout commands of one batch, from the given plans (default the new release's). */
  rolloutSends(batch: TargetHost[], plans?: Map<string, HostPlan>): HostSend[];
}

export function planFleet(run: DeployRun, fleet: ReadyFleet, staged: StagedRelease): FleetPlans {
  const { settings, ports } = run;
  const { release, policy, host: hostSettings } = settings;

  const planFor = (document: StackDocument, host: TargetHost, choice: PlanChoice): HostPlan =>
    ports.planner.hostPlan(
      document,
      { instanceId: host.instanceId, hostname: host.hostname, publicIp: host.publicIp, stackName: staged.stackName },
      {
        deployId: release.deployId,
        release: release.version,
        revision: release.commit,
        actor: release.actor,
        createdAt: new Date(run.now()).toISOString(),
        hostRoot: fleet.roots.get(host.instanceId) ?? hostSettings.hostRoot,
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
      },
    );

  const plans = new Map<string, HostPlan>();
  fleet.hosts.forEach((host, index) => {
    plans.set(
      host.instanceId,
      planFor(staged.document, host, {
        runMigration: index === 0 && !policy.skipMigration,
        preferLocal: policy.preferLocalImages === true,
        force: policy.force,
      }),
    );
  });

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
    planFor,
    stateSends: () => (stateCommands ??= hostSends(ports.planner, 'state', fleet.hosts, (host) => encode(plans.get(host.instanceId)))),
    rolloutSends: (batch, planOf = plans) => hostSends(ports.planner, 'rollout', batch, (host) => encode(planOf.get(host.instanceId))),
  };
}
