// The fake's live instance registry: joins and leaves, and what a leave does to runs in flight.
import { describe, expect, it } from 'vitest';
import { InstanceRegistry } from './aws/instance-registry.js';
import type { ManagedInstance, RunOptions, RunOutcome } from './aws/types.js';

/** An instance whose runs end only when the test says so (or when aborted: exit 137, as a killed script). */
function stubInstance(instanceId: string): ManagedInstance & { runs: { signal: AbortSignal; finish(outcome: RunOutcome): void }[] } {
  const runs: { signal: AbortSignal; finish(outcome: RunOutcome): void }[] = [];
  return {
    instanceId,
    hostname: `host-${instanceId}`,
    ipAddress: '127.0.0.9',
    tags: { Role: 'web' },
    runs,
    run: (_commands: string[], opts: RunOptions) =>
      new Promise<RunOutcome>((resolve) => {
        runs.push({ signal: opts.signal, finish: resolve });
        opts.signal.addEventListener('abort', () => resolve({ exitCode: 137, stdout: 'partial', stderr: 'Killed' }), { once: true });
      }),
  };
}

const opts = (signal = new AbortController().signal): RunOptions => ({ timeoutSeconds: 60, signal, env: {} });

describe('InstanceRegistry', () => {
  it('lists the initial instances, then joins and leaves, in join order', () => {
    const registry = new InstanceRegistry([stubInstance('i-1'), stubInstance('i-2')]);
    registry.add(stubInstance('i-3'));
    expect(registry.list().map((i) => i.instanceId)).toEqual(['i-1', 'i-2', 'i-3']);
    expect(registry.remove('i-2')).toBe(true);
    expect(registry.list().map((i) => i.instanceId)).toEqual(['i-1', 'i-3']);
    expect(registry.get('i-2')).toBeUndefined();
    expect(registry.get('i-3')?.hostname).toBe('host-i-3');
    expect(registry.remove('i-2')).toBe(false);
  });

  it('updates `live` in place, so a holder of the array sees joins and leaves', () => {
    const registry = new InstanceRegistry([stubInstance('i-1')]);
    const held = registry.live;
    registry.add(stubInstance('i-2'));
    registry.remove('i-1');
    expect(held.map((i) => i.instanceId)).toEqual(['i-2']);
    // list() is a copy: changing it changes nothing.
    registry.list().pop();
    expect(registry.list()).toHaveLength(1);
  });

  it('refuses an instance id that is already registered, and takes it again after it left', () => {
    const registry = new InstanceRegistry([stubInstance('i-1')]);
    expect(() => registry.add(stubInstance('i-1'))).toThrow(/i-1 is already registered/);
    expect(() => new InstanceRegistry([stubInstance('i-1'), stubInstance('i-1')])).toThrow(/already registered/);
    registry.remove('i-1');
    expect(() => registry.add(stubInstance('i-1'))).not.toThrow();
  });

  it('passes runs through while the instance is registered', async () => {
    const stub = stubInstance('i-1');
    const registered = new InstanceRegistry([stub]).get('i-1') as ManagedInstance;
    const running = registered.run(['true'], opts());
    await Promise.resolve();
    stub.runs[0]?.finish({ exitCode: 3, stdout: 'out', stderr: 'err' });
    expect(await running).toEqual({ exitCode: 3, stdout: 'out', stderr: 'err' });
  });

  it('ends a run in flight as undeliverable when its instance leaves, and stops the script', async () => {
    const stub = stubInstance('i-1');
    const registry = new InstanceRegistry([stub]);
    const running = (registry.get('i-1') as ManagedInstance).run(['sleep 100'], opts());
    await Promise.resolve();
    expect(stub.runs).toHaveLength(1);
    registry.remove('i-1');
    expect(await running).toEqual({ exitCode: -1, stdout: '', stderr: '', undeliverable: true });
    expect(stub.runs[0]?.signal.aborted).toBe(true);
  });

  it('answers undeliverable at once even when the instance never stops its script', async () => {
    const deaf: ManagedInstance = { ...stubInstance('i-1'), run: () => new Promise<RunOutcome>(() => undefined) };
    const registry = new InstanceRegistry([deaf]);
    const running = (registry.get('i-1') as ManagedInstance).run(['sleep 100'], opts());
    registry.remove('i-1');
    expect((await running).undeliverable).toBe(true);
  });

  it('does not run on an instance that already left (an invocation sent before the leave)', async () => {
    const stub = stubInstance('i-1');
    const registry = new InstanceRegistry([stub]);
    const registered = registry.get('i-1') as ManagedInstance;
    registry.remove('i-1');
    expect((await registered.run(['touch x'], opts())).undeliverable).toBe(true);
    expect(stub.runs).toHaveLength(0);
  });

  it("keeps the command's own abort (cancel, timeout): the instance stays, the run ends with the script", async () => {
    const stub = stubInstance('i-1');
    const registry = new InstanceRegistry([stub]);
    const cancel = new AbortController();
    const running = (registry.get('i-1') as ManagedInstance).run(['sleep 100'], opts(cancel.signal));
    await Promise.resolve();
    cancel.abort();
    expect(await running).toEqual({ exitCode: 137, stdout: 'partial', stderr: 'Killed' });
    expect(registry.list()).toHaveLength(1);
  });

  it('tells its listeners which instance left, once', () => {
    const registry = new InstanceRegistry([stubInstance('i-1'), stubInstance('i-2')]);
    const left: string[] = [];
    registry.onLeft((id) => left.push(id));
    registry.remove('i-2');
    registry.remove('i-2');
    registry.remove('i-9');
    expect(left).toEqual(['i-2']);
  });
});
