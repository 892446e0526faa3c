// Step, after a cancel or the deploy's deadline stopped the rollout: the failure policy as for a failed
// deploy (goBack: rollback puts the touched hosts back, stop leaves them), then a read back of every
// host, so the outcome names what each one runs now rather than what was meant to happen.
import type { HostResult } from '../../stack/host-plan.js';
import { DeployFailure } from '../failure.js';
import { hostLabel } from '../hosts.js';
import { LockLostError } from '../lock-lease.js';
import type { DeployOutcome, HostReport, HostRunOutcome } from '../ports.js';
import { readBack } from '../readback.js';
import type { DeployRun } from '../run.js';
import type { FleetPlans } from './plans.js';
import { readFleetState, type RolloutFailure } from './rollout.js';
import { goBack } from './way-back.js';

/**
 * The run as goBack sees it after a stop: no signal, so failure-policy alone decides (goBack leaves a
 * cancelled fleet as is). A lost lock keeps its signal: another deploy may be changing the hosts now,
 * so nothing is put back.
 */
function policyDecides(run: DeployRun): DeployRun {
  const { signal, ...settings } = run.settings;
  return signal?.reason instanceof LockLostError ? run : { ...run, settings };
}

/** goBack, and after a stop the read back of every host; always throws the DeployFailure that says where the fleet is. */
export async function wayBack(run: DeployRun, fleet: FleetPlans, failure: RolloutFailure): Promise<never> {
  run.checkpoint.phase = 'way back';
  run.save();
  let ended: unknown;
  try {
    await goBack(policyDecides(run), fleet, failure);
  } catch (error) {
    ended = error;
  }
  if (!failure.stopped || !(ended instanceof DeployFailure)) throw ended;
  throw await readBackAfterStop(run, fleet, ended);
}

/**
 * "image (web0, web1); image2 (worker0)": what the host's copies run, grouped by image. A copy that runs
 * what the plan says is named by the plan's image (its tag); any other by what the host reports running
 * (the repo digest), since `image` in a state answer is the plan's.
 */
export function describeRunning(result: HostResult | undefined): string {
  if (!result) return 'no answer';
  const byImage = new Map<string, string[]>();
  for (const copy of result.copies) {
    if (copy.health === 'missing') continue;
    const image = copy.action === 'unchanged' ? copy.image : copy.imageDigest || copy.image;
    const names = byImage.get(image) ?? [];
    names.push(copy.name);
    byImage.set(image, names);
  }
  if (byImage.size === 0) return 'no container of the document';
  return [...byImage]
    .sort(([, a], [, b]) => (a[0] ?? '').localeCompare(b[0] ?? ''))
    .map(([image, names]) => `${image} (${names.join(', ')})`)
    .join('; ');
}

function fleetFrom(claimed: DeployOutcome['fleet'], onNew: boolean[], answered: boolean): DeployOutcome['fleet'] {
  if (!answered) return claimed === 'mixed' ? 'mixed' : 'unknown';
  if (onNew.every(Boolean)) return 'updated';
  if (onNew.some(Boolean)) return 'mixed';
  return claimed === 'mixed' || claimed === 'updated' ? 'unknown' : claimed;
}

/** Reads every host's state and turns the policy's outcome into what the hosts say they run. */
export async function readBackAfterStop(run: DeployRun, fleet: FleetPlans, ended: DeployFailure): Promise<DeployFailure> {
  const { log } = run;
  let state: HostRunOutcome[] = [];
  try {
    state = await readFleetState(run, fleet, `Read what ${fleet.hosts.length} host(s) run now`);
  } catch (error) {
    log.warn(`Could not read back the fleet: ${String(error)}`);
  }
  const lines: string[] = [];
  const onNew: boolean[] = [];
  let answered = true;
  const hosts: HostReport[] = fleet.hosts.map((host) => {
    const outcome = state.find((o) => o.host.instanceId === host.instanceId);
    const reported = ended.hosts.find((h) => h.instanceId === host.instanceId);
    const base: HostReport = reported ?? { instanceId: host.instanceId, hostname: host.hostname, state: 'unknown' };
    if (!outcome?.result) {
      answered = false;
      lines.push(`- ${hostLabel(host)}: no answer to the read back (${outcome?.status ?? 'not asked'})`);
      return { ...base, state: 'unknown' };
    }
    const plan = fleet.plans.get(host.instanceId);
    const isNew = plan !== undefined && readBack(new Map([[host.instanceId, plan]]), [outcome]).ok;
    onNew.push(isNew);
    lines.push(`- ${hostLabel(host)}: ${isNew ? 'the new release' : 'not the new release'}: ${describeRunning(outcome.result)}`);
    return isNew ? { ...base, state: 'updated' } : base.state === 'updated' ? { ...base, state: 'unknown' } : base;
  });
  const fleetState = fleetFrom(ended.fleet, onNew, answered);
  const mixed = fleetState === 'mixed' ? ' The fleet is mixed:' : '';
  return new DeployFailure(`${ended.message}\nWhat every host runs now (read back):${mixed}\n${lines.join('\n')}`, fleetState, hosts);
}
