// How slow the fake's SSM Run Command is, like the real service (docs/fake-aws.md, "Latency").

export interface Latency {
  /** From SendCommand (or CancelCommand) until the agent acts on it: the script starts, or is killed. */
  deliveryMs: number;
  /** From the script's end until GetCommandInvocation, ListCommandInvocations and ListCommands show it. */
  statusLagMs: number;
}

/** About a second each: what Run Command shows on a healthy instance (the reasoning is in docs/fake-aws.md). */
export const DEFAULT_LATENCY: Readonly<Latency> = Object.freeze({ deliveryMs: 1_000, statusLagMs: 1_000 });

/** For tests that need speed and say why: commands start and report at once. */
export const NO_LATENCY: Readonly<Latency> = Object.freeze({ deliveryMs: 0, statusLagMs: 0 });

/** The defaults with the given parts replaced; each must be a finite number of milliseconds, 0 or more. */
export function latencyOf(given: Partial<Latency> = {}): Latency {
  const latency = { ...DEFAULT_LATENCY, ...given };
  for (const [name, value] of Object.entries(latency)) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`startFakeAws: latency.${name} must be 0 or more milliseconds, got ${value}`);
  }
  return latency;
}
