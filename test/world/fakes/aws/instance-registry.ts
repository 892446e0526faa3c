// The fake's managed instances, live: hosts join and leave a running fake (scale-out, a terminated host),
// and DescribeInstanceInformation, SendCommand targets and the OpsWorks instance list follow.
import type { ManagedInstance, RunOptions, RunOutcome } from './types.js';

/** What a run on an instance that left answers: the agent is gone, so no output reaches SSM. */
const UNDELIVERABLE: RunOutcome = { exitCode: -1, stdout: '', stderr: '', undeliverable: true };

export type InstanceLeftListener = (instanceId: string) => void;
export type InstanceJoinedListener = (instance: ManagedInstance) => void;

export class InstanceRegistry {
  /** The registered instances, updated in place: holders of this array (the command engine) see joins and leaves. */
  readonly live: ManagedInstance[] = [];
  /** Per registered instance: aborted when it leaves, ending its runs. */
  private readonly presence = new Map<string, AbortController>();
  private readonly leftListeners: InstanceLeftListener[] = [];
  private readonly joinedListeners: InstanceJoinedListener[] = [];

  constructor(initial: readonly ManagedInstance[] = []) {
    for (const instance of initial) this.add(instance);
  }

  /** A copy of the current members, in the order they joined. */
  list(): ManagedInstance[] {
    return [...this.live];
  }

  get(instanceId: string): ManagedInstance | undefined {
    return this.live.find((instance) => instance.instanceId === instanceId);
  }

  /**
   * Registers an instance (as its SSM agent does on boot) and returns the registered form: the same instance,
   * except that its runs end `Undeliverable` once it leaves.
   */
  add(instance: ManagedInstance): ManagedInstance {
    if (this.presence.has(instance.instanceId)) throw new Error(`instance ${instance.instanceId} is already registered`);
    const gone = new AbortController();
    const registered: ManagedInstance = {
      instanceId: instance.instanceId,
      hostname: instance.hostname,
      ipAddress: instance.ipAddress,
      tags: instance.tags,
      run: (commands, opts) => runUnlessGone(instance, commands, opts, gone.signal),
    };
    this.presence.set(instance.instanceId, gone);
    this.live.push(registered);
    for (const listener of this.joinedListeners) listener(registered);
    return registered;
  }

  /**
   * The instance leaves (terminated, deregistered): it is no longer listed nor targeted, and what it still runs
   * ends at once as `Undeliverable` (its own processes are told to stop through the run's signal). False when unknown.
   */
  remove(instanceId: string): boolean {
    const gone = this.presence.get(instanceId);
    if (!gone) return false;
    this.presence.delete(instanceId);
    const index = this.live.findIndex((instance) => instance.instanceId === instanceId);
    if (index >= 0) this.live.splice(index, 1);
    gone.abort(new Error(`instance ${instanceId} left`));
    for (const listener of this.leftListeners) listener(instanceId);
    return true;
  }

  /** Called, synchronously within add(), with each instance that joins (State Manager applies its associations). */
  onJoined(listener: InstanceJoinedListener): void {
    this.joinedListeners.push(listener);
  }

  /** Called with the id of each instance that leaves (the OpsWorks fake marks its record). */
  onLeft(listener: InstanceLeftListener): void {
    this.leftListeners.push(listener);
  }
}

async function runUnlessGone(instance: ManagedInstance, commands: string[], opts: RunOptions, gone: AbortSignal): Promise<RunOutcome> {
  if (gone.aborted) return UNDELIVERABLE;
  let stopWaiting = (): void => undefined;
  const left = new Promise<RunOutcome>((resolve) => {
    const onGone = (): void => resolve(UNDELIVERABLE);
    gone.addEventListener('abort', onGone, { once: true });
    stopWaiting = () => gone.removeEventListener('abort', onGone);
  });
  const ran = instance.run(commands, { ...opts, signal: AbortSignal.any([opts.signal, gone]) }).then(
    // A run that ends because its instance left (killed with it) is reported as the leave, not as its exit code.
    (outcome) => (gone.aborted ? UNDELIVERABLE : outcome),
    (error: unknown) => {
      if (gone.aborted) return UNDELIVERABLE;
      throw error;
    },
  );
  try {
    return await Promise.race([ran, left]);
  } finally {
    stopWaiting();
  }
}
