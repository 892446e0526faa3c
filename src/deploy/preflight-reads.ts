// What the deploy's first command answers besides the prerequisites (host/modes/preflight.sh with a
// plan): the apps' containers, the plans the host recorded, its last run's durations. From it and the
// plans the runner builds, without another round: what each host ran before (compare hashes here, as
// the `state` mode compares them on the host) and how long its rollout is likely to take.
import { runsDefinition, type HostCopyResult, type HostPlan, type HostResult } from '../stack/host-plan.js';
import type { HostPreflightReport } from '../stack/host-status.js';

/** The preflight's listing, when the host gave one (a host script older than this action gives none). */
export function preflightReport(answer: HostResult | undefined): HostPreflightReport | undefined {
  const report = answer?.preflight;
  return report && report.listed && Array.isArray(report.containers) ? report : undefined;
}

function healthOf(container: HostPreflightReport['containers'][number]): HostCopyResult['health'] {
  if (!container.running) return 'unhealthy';
  return container.health === 'stopped' ? 'unhealthy' : container.health;
}

/**
 * What a host ran before, as a `state` run of the plan would have said it: every planned copy (cron
 * aside), `unchanged` when its container carries the plan's hash, else `outdated` (missing: no
 * container). Undefined when the preflight listed nothing.
 */
export function stateBefore(answer: HostResult | undefined, plan: HostPlan): HostResult | undefined {
  const report = preflightReport(answer);
  if (!answer || !report) return undefined;
  const copies: HostCopyResult[] = [];
  for (const def of plan.definitions) {
    if (def.mode === 'cron') continue;
    for (const planned of def.copies) {
      const container = report.containers.find((c) => c.name === planned.name);
      const same = container !== undefined && runsDefinition(container.hash, def);
      copies.push({
        definition: def.name,
        name: planned.name,
        containerId: '',
        // As the state mode: the plan's image when the copy runs it, else what docker lists.
        image: same || !container ? def.image : container.image,
        imageDigest: container && !same ? container.image : '',
        slot: '',
        health: container ? healthOf(container) : 'missing',
        action: same ? 'unchanged' : 'outdated',
      });
    }
  }
  return { ...answer, mode: 'state', copies, removed: [], prunedImages: [] };
}

/**
 * Seconds of work the host's rollout of `plan` is likely to take, from its last run: the copies it will
 * replace times their mean start-to-healthy, plus the migration when this plan runs it. Undefined when the
 * host has no durations to go by (it never recorded one, or the preflight listed nothing). The run's own
 * overhead comes on top (expectedOverheadSeconds): kept apart, as it varies with the host's load.
 */
export function expectedSeconds(answer: HostResult | undefined, plan: HostPlan): number | undefined {
  const report = preflightReport(answer);
  if (!report) return undefined;
  let replaced = 0;
  for (const def of plan.definitions) {
    if (def.mode === 'cron') continue;
    // A manual definition already running is left alone unless redeployed.
    const running = def.copies.some((copy) => report.containers.some((c) => c.name === copy.name));
    if (def.mode === 'manual' && running && !def.redeploy) continue;
    for (const planned of def.copies) {
      const container = report.containers.find((c) => c.name === planned.name);
      if (def.redeploy || plan.force || !container || !runsDefinition(container.hash, def)) replaced++;
    }
  }
  const durations = report.lastRun.startToHealthy.filter((s) => Number.isFinite(s) && s >= 0);
  const migration = plan.migration ? report.lastRun.migrationSeconds : 0;
  if (replaced === 0) return migration;
  if (durations.length === 0) return undefined;
  const mean = durations.reduce((sum, s) => sum + s, 0) / durations.length;
  return replaced * mean + migration;
}

/**
 * The host's last run's own time beyond its work and lock wait (secrets, logins, pulls, drains, cleanup),
 * as its state recorded it; undefined when it has none (a host script older than the field).
 */
export function expectedOverheadSeconds(answer: HostResult | undefined): number | undefined {
  const overhead = preflightReport(answer)?.lastRun.overheadSeconds;
  return overhead !== undefined && Number.isFinite(overhead) ? Math.max(0, overhead) : undefined;
}

/** A batch's expected overhead: its largest host's (0 for hosts that recorded none). */
export function batchOverheadSeconds(perHost: (number | undefined)[]): number {
  return Math.max(0, ...perHost.map((s) => s ?? 0));
}

/** A batch's expected seconds: its slowest host's; undefined when any host's is unknown. */
export function batchExpectedSeconds(perHost: (number | undefined)[]): number | undefined {
  if (perHost.length === 0 || perHost.some((s) => s === undefined)) return undefined;
  return Math.max(...(perHost as number[]));
}
