// Parameter Store versions in a plan: every `%{ssm:...}` reference a host resolves is pinned to the
// version current when the deploy planned it, so the host reads exactly that value (get-parameters with
// `name:version`), a changed secret is a changed plan (the host compares the versions a container was
// started with, label `berth.secrets`), and a recorded plan brings back the values it ran.
import type { HostPlan, PlanEnvVar, PlanValue } from './host-plan.js';

function* planValues(plan: HostPlan): Generator<PlanValue> {
  const envs: PlanEnvVar[] = [
    ...plan.definitions.flatMap((d) => d.env),
    ...(plan.migration?.env ?? []),
    ...plan.cron.flatMap((c) => c.envFiles.flatMap((f) => f.env)),
  ];
  for (const env of envs) yield env.value;
  for (const login of plan.registries) yield* [login.username, login.password];
}

/** Every parameter name the plans reference, once each, in first-seen order. */
export function referencedParameters(plans: Iterable<HostPlan>): string[] {
  const names = new Set<string>();
  for (const plan of plans) {
    for (const value of planValues(plan)) if (value.kind === 'ssm') names.add(value.name);
  }
  return [...names];
}

/**
 * Pins each reference of the plan to its version in `versions` (in place; the plan's hashes are
 * computed without versions, so an unchanged definition keeps its `berth.hash` across berth releases).
 */
export function pinSecretVersions(plan: HostPlan, versions: ReadonlyMap<string, number>): HostPlan {
  for (const value of planValues(plan)) {
    if (value.kind !== 'ssm') continue;
    const version = versions.get(value.name);
    if (version !== undefined) value.version = version;
  }
  return plan;
}

/** Points the plan's references named in `names` (name -> name) at other parameters, in place. */
export function retargetReferences(plan: HostPlan, names: ReadonlyMap<string, string>): HostPlan {
  for (const value of planValues(plan)) {
    if (value.kind === 'ssm') value.name = names.get(value.name) ?? value.name;
  }
  return plan;
}

/** The refusal when a referenced parameter does not exist: before any host is touched. */
export function missingParametersMessage(missing: string[]): string {
  return (
    `Parameter Store has no parameter named ${missing.join(', ')} (referenced with %{ssm:...}). ` +
    'Create it (SecureString), or fix the name; nothing was changed on any host'
  );
}
