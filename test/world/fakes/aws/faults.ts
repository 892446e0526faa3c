// Faults a test switches on to see how our code copes with what AWS really does under stress.
// Everything is deterministic (seeded RNG) so a failing test fails the same way twice.

export interface DeliveryTimeoutFault {
  /** When the invocation gives up: default the command's TimeoutSeconds, as AWS does; tests pass a few ms. */
  afterMs?: number;
}

export class Faults {
  private throttleShare = 0;
  private throttleOps: Set<string> | undefined;
  private random: () => number = seeded(1);
  private hiddenPolls = 0;
  private readonly deliveryTimeouts = new Map<string, DeliveryTimeoutFault>();
  private readonly silent = new Set<string>();
  private readonly opsworksFailures = new Set<string>();
  private readonly counts = new Map<string, number>();
  private readonly throttledCounts = new Map<string, number>();

  /** Answers ThrottlingException "Rate exceeded" on about `share` (0..1) of calls to `ops` (all when absent). */
  throttle(share: number, ops?: string[], seed = 1): void {
    if (!(share >= 0 && share <= 1)) throw new Error(`throttle share must be between 0 and 1, got ${share}`);
    this.throttleShare = share;
    this.throttleOps = ops ? new Set(ops.map(shortName)) : undefined;
    this.random = seeded(seed);
  }

  /**
   * After each SendCommand, the first `polls` polls of that command (GetCommandInvocation: InvocationDoesNotExist;
   * ListCommandInvocations, by id or across commands: not listed) see nothing of it yet.
   */
  invocationsNotYetVisible(polls: number): void {
    if (!Number.isInteger(polls) || polls < 0) throw new Error(`polls must be a whole number >= 0, got ${polls}`);
    this.hiddenPolls = polls;
  }

  /** Commands sent to this instance are never delivered: they end DeliveryTimedOut. */
  deliveryTimeout(instanceId: string, fault: DeliveryTimeoutFault = {}): void {
    this.deliveryTimeouts.set(instanceId, fault);
  }

  /** This instance takes commands and never finishes them: InProgress until cancelled or the execution timeout. */
  neverAnswers(instanceId: string): void {
    this.silent.add(instanceId);
  }

  /** OpsWorks deployments that include this EC2 instance (or OpsWorks instance id) fail on it. */
  opsworksDeploymentFails(instanceId: string): void {
    this.opsworksFailures.add(instanceId);
  }

  /** Calls the fake received for an operation (`SendCommand` or `AmazonSSM.SendCommand`), throttled ones included. */
  callCount(operation: string): number {
    return this.counts.get(shortName(operation)) ?? 0;
  }

  /** Calls answered with ThrottlingException, per operation. */
  throttledCount(operation: string): number {
    return this.throttledCounts.get(shortName(operation)) ?? 0;
  }

  /** All call counts by short operation name. */
  callCounts(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** Clears every fault and counter. */
  reset(): void {
    this.throttleShare = 0;
    this.throttleOps = undefined;
    this.random = seeded(1);
    this.hiddenPolls = 0;
    this.deliveryTimeouts.clear();
    this.silent.clear();
    this.opsworksFailures.clear();
    this.counts.clear();
    this.throttledCounts.clear();
  }

  // ---- used by the fake itself -------------------------------------------------------------

  /** Counts the call and says whether it is throttled. */
  admit(target: string): boolean {
    const op = shortName(target);
    this.counts.set(op, (this.counts.get(op) ?? 0) + 1);
    if (this.throttleShare === 0 || (this.throttleOps && !this.throttleOps.has(op))) return true;
    if (this.random() >= this.throttleShare) return true;
    this.throttledCounts.set(op, (this.throttledCounts.get(op) ?? 0) + 1);
    return false;
  }

  get hiddenPollsPerCommand(): number {
    return this.hiddenPolls;
  }

  deliveryTimeoutFor(instanceId: string): DeliveryTimeoutFault | undefined {
    return this.deliveryTimeouts.get(instanceId);
  }

  isSilent(instanceId: string): boolean {
    return this.silent.has(instanceId);
  }

  opsworksFailsOn(...ids: string[]): boolean {
    return ids.some((id) => this.opsworksFailures.has(id));
  }
}

function shortName(operation: string): string {
  return operation.slice(operation.lastIndexOf('.') + 1);
}

/** mulberry32: small, fast, good enough for picking which calls fail. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
