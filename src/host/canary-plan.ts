// The canary command's plan: the rollout's plan text (encodeHostPlan) with the bake's three `meta`
// records appended, which the host's plan reader keeps as plain metadata (host/lib/canary.sh reads them).
// They are in no hash; the promotion's rollout sends the same plan without them.
import { FIELD_END, RECORD_END } from '../stack/host-plan.js';

export interface CanaryBake {
  /** Seconds the host bakes at least. */
  seconds: number;
  /** Requests each new server should get; below it the host bakes on, up to maxWaitSeconds. */
  minRequests: number;
  /** The bake's bound from its start (the host uses `seconds` when this is smaller). */
  maxWaitSeconds: number;
}

/** The host takes at most six digits (host/lib/canary.sh canary_settings). */
export const MAX_CANARY_SETTING = 999_999;

function record(key: string, value: number): string {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_CANARY_SETTING)
    throw new Error(`canary ${key} must be a whole number from 0 to ${MAX_CANARY_SETTING}, got ${value}`);
  return `meta${FIELD_END}${key}${FIELD_END}${value}${FIELD_END}${RECORD_END}`;
}

/** The plan text of a canary command: the rollout's plan text and the bake's settings. */
export function canaryPlanText(planText: string, bake: CanaryBake): string {
  return planText + record('canarySeconds', bake.seconds) + record('canaryMinRequests', bake.minRequests) + record('canaryMaxWaitSeconds', bake.maxWaitSeconds);
}
