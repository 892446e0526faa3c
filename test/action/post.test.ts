import { describe, expect, it } from 'vitest';
import { cleanUp, type PostDeps } from '../../src/action/post.js';
import { readPostState } from '../../src/action/post-state.js';
import type { DeployRecorder, ParameterStorePort } from '../../src/deploy/ports.js';

function memoryStore(initial: Record<string, string>): ParameterStorePort & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    async putSecure(name, value) {
      values.set(name, value);
    },
    async putIfAbsent(name, value) {
      if (values.has(name)) return false;
      values.set(name, value);
      return true;
    },
    async overwrite(name, value) {
      values.set(name, value);
    },
    async list(path) {
      return new Map([...values].filter(([name]) => name.startsWith(`${path}/`) && !name.slice(path.length + 1).includes('/')));
    },
    async get(name) {
      return values.get(name);
    },
    async getMany(names) {
      return new Map(names.filter((n) => values.has(n)).map((n) => [n, values.get(n) as string]));
    },
    async versions(names) {
      return new Map(names.filter((n) => values.has(n)).map((n) => [n, 1]));
    },
    async delete(name) {
      values.delete(name);
    },
  };
}

function deps(store: ParameterStorePort | Error, finished: unknown[] = []) {
  const messages: string[] = [];
  const recorder: DeployRecorder = {
    start: async () => 1,
    finish: async (id, state, description) => {
      finished.push({ id, state, description });
    },
    history: async () => [],
  };
  const d: PostDeps = {
    store: async () => {
      if (store instanceof Error) throw store;
      return store;
    },
    recorder: async () => recorder,
    log: { info: (m) => messages.push(`info: ${m}`), warning: (m) => messages.push(`warning: ${m}`) },
  };
  return { d, messages };
}

const lock = { name: '/berth/production/lock', deployId: 'run-7', region: 'eu-west-1', endpoint: '' };

describe('post step clean-up', () => {
  it('releases the lock this deploy still holds', async () => {
    const store = memoryStore({ [lock.name]: JSON.stringify({ who: 'ci', deployId: 'run-7' }) });
    const { d, messages } = deps(store);
    await cleanUp({ lock }, d);
    expect(store.values.has(lock.name)).toBe(false);
    expect(messages).toEqual(['info: berth: released the deploy lock /berth/production/lock']);
  });

  it("leaves another deploy's lock alone", async () => {
    const store = memoryStore({ [lock.name]: JSON.stringify({ who: 'other', deployId: 'run-8' }) });
    const { d, messages } = deps(store);
    await cleanUp({ lock }, d);
    expect(store.values.get(lock.name)).toContain('run-8');
    expect(messages[0]).toMatch(/held by another deploy now; left alone/);
  });

  it('warns with the way out when the lock cannot be released', async () => {
    const { d, messages } = deps(new Error('ExpiredToken'));
    await cleanUp({ lock }, d);
    expect(messages).toEqual([
      'warning: berth: could not release the deploy lock /berth/production/lock (ExpiredToken); release it with command: unlock',
    ]);
  });

  it('marks a deployment left open as failed', async () => {
    const finished: unknown[] = [];
    const { d } = deps(memoryStore({}), finished);
    await cleanUp({ deployment: { id: 99, environment: 'production' } }, d);
    expect(finished).toEqual([
      { id: 99, state: 'failure', description: 'The job ended before the deploy finished (cancelled or failed).' },
    ]);
  });
});

describe('readPostState', () => {
  it('reads what the main step saved and ignores cleared or broken entries', () => {
    const saved: Record<string, string> = { 'berth-lock': JSON.stringify(lock), 'berth-deployment': '' };
    expect(readPostState((name) => saved[name] ?? '')).toEqual({ lock });
    expect(readPostState((name) => (name === 'berth-deployment' ? '{"id": 5, "environment": "stg"}' : '{oops'))).toEqual({
      deployment: { id: 5, environment: 'stg' },
    });
  });

  it("reads the path of a cancelled release's checkpoint, and nothing once the main step forgot it", () => {
    const path = '/runner/temp/berth-checkpoint-1.json';
    expect(readPostState((name) => (name === 'berth-checkpoint' ? JSON.stringify({ path }) : ''))).toEqual({ checkpoint: path });
    expect(readPostState(() => '')).toEqual({});
  });
});
