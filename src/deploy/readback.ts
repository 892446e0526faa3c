// Read back: a deploy is a success only when every host says it runs what was planned, healthy.
// Anything else (no answer, no result, a missing copy, another image, an unhealthy copy) is a
// failure named per host.
import type { HostCopyResult, HostPlan, PlanDefinition } from '../stack/host-plan.js';
import type { HostRunOutcome } from './ports.js';

export interface HostProblem {
  instanceId: string;
  hostname: string;
  problems: string[];
}

export interface ReadBackReport {
  ok: boolean;
  hosts: HostProblem[];
}

/** Does this running copy run the planned image (by reference, or by digest when the plan pins one)? */
export function runsPlannedImage(planned: string, copy: HostCopyResult): boolean {
  const at = planned.indexOf('@');
  if (at >= 0) {
    const digest = planned.slice(at + 1);
    return (
      copy.imageDigest === digest || copy.image === planned || copy.image.endsWith(`@${digest}`) || copy.imageDigest.endsWith(`@${digest}`)
    );
  }
  const withTag = /:[^/]+$/.test(planned) ? planned : `${planned}:latest`;
  return copy.image === planned || copy.image === withTag;
}

function checkDefinition(def: PlanDefinition, copies: HostCopyResult[]): string[] {
  if (def.mode === 'cron') return [];
  const problems: string[] = [];
  // Manual definitions left running keep their image: only their presence and health count.
  const mustRunPlanned = def.mode === 'auto' || def.redeploy;
  for (const planned of def.copies) {
    const copy = copies.find((c) => c.name === planned.name);
    if (!copy || copy.health === 'missing') {
      problems.push(`${planned.name} is not running`);
      continue;
    }
    if (mustRunPlanned && (!runsPlannedImage(def.image, copy) || copy.action === 'outdated')) {
      // The host compares the plan's hash (image and every run option) with the container's label.
      problems.push(`${planned.name} does not run what the plan says (planned ${def.image}; running ${copy.imageDigest || copy.image})`);
    }
    if (copy.health !== 'healthy' && copy.health !== 'none') {
      problems.push(`${planned.name} is ${copy.health}`);
    }
  }
  return problems;
}

/** Compares what each host reports (a `state` run after the rollout) with its plan. */
export function readBack(plans: ReadonlyMap<string, HostPlan>, outcomes: HostRunOutcome[]): ReadBackReport {
  const hosts: HostProblem[] = [];
  const seen = new Set<string>();
  for (const outcome of outcomes) {
    seen.add(outcome.host.instanceId);
    const plan = plans.get(outcome.host.instanceId);
    const problems: string[] = [];
    if (!plan) {
      problems.push('no plan was made for this host');
    } else if (!outcome.result) {
      problems.push(
        `no state read back (SSM status ${outcome.status}${outcome.stderrTail ? `: ${outcome.stderrTail.split('\n').pop() ?? ''}` : ''})`,
      );
    } else {
      for (const def of plan.definitions) problems.push(...checkDefinition(def, outcome.result.copies));
      // The host's own verdict counts too, even when every copy looked right from here.
      if (problems.length === 0 && !outcome.result.ok) {
        problems.push(`the host reports: ${outcome.result.failure?.reason ?? 'a failure without a reason'}`);
      }
    }
    if (problems.length > 0) hosts.push({ instanceId: outcome.host.instanceId, hostname: outcome.host.hostname, problems });
  }
  for (const [instanceId, plan] of plans) {
    if (!seen.has(instanceId)) hosts.push({ instanceId, hostname: plan.host.hostname, problems: ['no state read back'] });
  }
  return { ok: hosts.length === 0, hosts };
}

export function describeProblems(report: ReadBackReport): string {
  return report.hosts.map((h) => `${h.hostname} (${h.instanceId}): ${h.problems.join('; ')}`).join('\n');
}
