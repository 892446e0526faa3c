// Reading the releases the hosts recorded (history mode) and keeping those every host can restore.
import { describe, expect, it } from 'vitest';
import { readHostHistory, type HostHistoryQuery } from '../../src/deploy/host-history.js';
import { chooseRollbackTarget } from '../../src/deploy/rollback.js';
import { fakeHost, fakePlanner, recordingLog } from './fakes.js';
import { entry, historyFleet, type HistoryAnswer } from './history-fleet.js';

const hosts = () => [fakeHost('i-1', 'docker1', 'v3'), fakeHost('i-2', 'docker2', 'v3')];

function query(extra: Partial<HostHistoryQuery> = {}): HostHistoryQuery {
  return {
    ssmTargets: { instanceIds: ['i-1', 'i-2'], tags: [] },
    apps: ['shop'],
    hostRoot: '/',
    environment: 'production',
    actor: 'octocat',
    region: 'eu-west-1',
    deadline: Date.now() + 60_000,
    ...extra,
  };
}

const web = (tag: string) => ({ 'shop/web': `quay.io/acme/web:${tag}`, 'shop/proxy': 'quay.io/acme/proxy:1' });
/** v1, v2, v3 in that order, newest first (as the host script lists them). */
const threeReleases = () => [
  entry('shop', 'v3', '20261125T120300Z', web('v3'), { revision: '3'.repeat(40) }),
  entry('shop', 'v2', '20261125T120200Z', web('v2'), { revision: '2'.repeat(40) }),
  entry('shop', 'v1', '20261125T120100Z', web('v1'), { revision: '1'.repeat(40) }),
];

/** The deploy id every host recorded a release under: the record a rollback restores on each. */
const on = (deployId: string) => ({ 'i-1': deployId, 'i-2': deployId });

async function read(answers: Record<string, HistoryAnswer>, extra: Partial<HostHistoryQuery> = {}) {
  const fleet = historyFleet(hosts(), answers);
  const log = recordingLog();
  const history = await readHostHistory(fleet, fakePlanner(), query(extra), log);
  return { history, fleet, log };
}

describe('readHostHistory', () => {
  it('sends the history mode with a plan naming the host root and the apps, to every target host', async () => {
    const { fleet, history } = await read(
      { 'i-1': threeReleases(), 'i-2': threeReleases() },
      {
        apps: ['shop', 'blog'],
        hostRoot: '/srv',
      },
    );
    expect(history.hosts.map((h) => h.instanceId)).toEqual(['i-1', 'i-2']);
    expect(fleet.runs).toHaveLength(1);
    expect(fleet.runs[0]?.sends.flatMap((s) => s.hosts.map((h) => h.instanceId)).sort()).toEqual(['i-1', 'i-2']);
    expect(fleet.runs[0]?.sends.every((s) => s.commands[1] === 'history')).toBe(true);
    const plan1 = fleet.historyPlans.get('i-1');
    const plan2 = fleet.historyPlans.get('i-2');
    expect(plan1).toMatchObject({
      apps: ['shop', 'blog'],
      host: { root: '/srv', instanceId: 'i-1', hostname: 'docker1' },
      definitions: [],
    });
    // Every plan names the host-root input; a host with its own root (BERTH_HOST_ROOT) uses that instead.
    expect(plan2?.host).toMatchObject({ root: '/srv', instanceId: 'i-2' });
    expect(plan1?.migration).toBeUndefined();
  });

  it('keeps the releases the hosts agree on, newest first, the running one first, with their commits', async () => {
    const { history } = await read({ 'i-1': threeReleases(), 'i-2': threeReleases() });
    expect(history.releases).toEqual([
      { release: 'v3', images: web('v3'), commit: '3'.repeat(40), deployIds: on('d-v3-20261125T120300Z') },
      { release: 'v2', images: web('v2'), commit: '2'.repeat(40), deployIds: on('d-v2-20261125T120200Z') },
      { release: 'v1', images: web('v1'), commit: '1'.repeat(40), deployIds: on('d-v1-20261125T120100Z') },
    ]);
    expect(history.running).toBe('v3');
    expect(history.problems).toEqual([]);
    // The pure choice takes them as they are: back to v2.
    expect(
      chooseRollbackTarget({
        environment: 'production',
        requested: '',
        history: [],
        hostReleases: history.releases,
        running: history.running ?? '',
      }),
    ).toMatchObject({ version: 'v2', commit: '2'.repeat(40), source: 'hosts', from: 'v3', images: web('v2') });
  });

  it('leaves out a release one host never ran (it could not restore it)', async () => {
    const partial = threeReleases().filter((e) => e.release !== 'v2');
    const { history } = await read({ 'i-1': threeReleases(), 'i-2': partial });
    expect(history.releases.map((r) => r.release)).toEqual(['v3', 'v1']);
    expect(history.problems).toEqual(['release v2 left out: docker2 (i-2) has no record of it']);
    expect(chooseRollbackTarget({ environment: 'production', requested: '', history: [], hostReleases: history.releases }).version).toBe(
      'v1',
    );
  });

  it('leaves out a release the hosts recorded with different images', async () => {
    const other = threeReleases().map((e) => (e.release === 'v2' ? { ...e, images: web('v2-hotfix') } : e));
    const { history } = await read({ 'i-1': threeReleases(), 'i-2': other });
    expect(history.releases.map((r) => r.release)).toEqual(['v3', 'v1']);
    expect(history.problems).toEqual(['release v2 left out: docker2 (i-2) recorded other images for it']);
  });

  it('puts the records of several apps of one plan together, and a release run twice counts at its newest', async () => {
    const both = [
      // A rollback to v1 after v2: v1 is the newest, v2 before it.
      entry('shop', 'v1', '20261125T120300Z', { 'shop/web': 'r/web:v1' }, { deployId: 'rb' }),
      entry('shop', 'v2', '20261125T120200Z', { 'shop/web': 'r/web:v2' }, { deployId: 'd2' }),
      entry('shop', 'v1', '20261125T120100Z', { 'shop/web': 'r/web:v1' }, { deployId: 'd1' }),
      entry('blog', 'v1', '20261125T120300Z', { 'blog/app': 'r/blog:v1' }, { deployId: 'rb' }),
      entry('blog', 'v2', '20261125T120200Z', { 'blog/app': 'r/blog:v2' }, { deployId: 'd2' }),
    ];
    const { history } = await read({ 'i-1': both, 'i-2': both }, { apps: ['shop', 'blog'] });
    expect(history.releases).toEqual([
      // Each host restores a release from its newest record of it.
      { release: 'v1', images: { 'shop/web': 'r/web:v1', 'blog/app': 'r/blog:v1' }, deployIds: on('rb') },
      { release: 'v2', images: { 'shop/web': 'r/web:v2', 'blog/app': 'r/blog:v2' }, deployIds: on('d2') },
    ]);
    expect(history.running).toBe('v1');
  });

  it('leaves out a deploy that was undone (recorded twice on a host: its rollout, then the way back)', async () => {
    const back = { 'shop/web': `quay.io/acme/web@sha256:${'2'.repeat(64)}`, 'shop/proxy': 'quay.io/acme/proxy:1' };
    // docker1 ran v3 then went back (both under d3); docker2 failed v3 and went back (once, under d3).
    const undone = (twice: boolean) => [
      entry('shop', 'v3', '20261125T120310Z', back, { deployId: 'd3' }),
      ...(twice ? [entry('shop', 'v3', '20261125T120300Z', web('v3'), { deployId: 'd3' })] : []),
      ...threeReleases().slice(1),
    ];
    const { history } = await read({ 'i-1': undone(true), 'i-2': undone(false) });
    expect(history.releases.map((r) => r.release)).toEqual(['v2', 'v1']);
    expect(history.running).toBe('v2');
    expect(history.problems).toEqual(['deploy d3 (v3) was rolled back after a failure: its records are left out']);
    expect(
      chooseRollbackTarget({
        environment: 'production',
        requested: '',
        history: [],
        hostReleases: history.releases,
        running: history.running ?? '',
      }).version,
    ).toBe('v1');
  });

  it('leaves out a deploy whose way back was recorded under its undo id, even where the rollout itself failed', async () => {
    const back = { 'shop/web': `quay.io/acme/web@sha256:${'2'.repeat(64)}`, 'shop/proxy': 'quay.io/acme/proxy:1' };
    // docker1 ran v3 (d3) and was sent back (d3~undo); docker2 failed v3 (no record) and was sent back too.
    const undone = (ranIt: boolean) => [
      entry('shop', 'v3', '20261125T120310Z', back, { deployId: 'd3~undo' }),
      ...(ranIt ? [entry('shop', 'v3', '20261125T120300Z', web('v3'), { deployId: 'd3' })] : []),
      ...threeReleases().slice(1),
    ];
    for (const [one, two] of [
      [true, false],
      [false, false],
    ] as const) {
      const { history } = await read({ 'i-1': undone(one), 'i-2': undone(two) });
      expect(history.releases.map((r) => r.release)).toEqual(['v2', 'v1']);
      expect(history.running).toBe('v2');
      expect(history.problems).toEqual(['deploy d3 (v3) was rolled back after a failure: its records are left out']);
    }
  });

  it('the apps of one plan recorded a second apart are still one plan', async () => {
    const split = [
      entry('shop', 'v2', '20261125T120201Z', { 'shop/web': 'r/web:v2' }, { deployId: 'd2' }),
      entry('blog', 'v2', '20261125T120200Z', { 'blog/app': 'r/blog:v2' }, { deployId: 'd2' }),
      entry('shop', 'v1', '20261125T120101Z', { 'shop/web': 'r/web:v1' }, { deployId: 'd1' }),
      entry('blog', 'v1', '20261125T120100Z', { 'blog/app': 'r/blog:v1' }, { deployId: 'd1' }),
    ];
    const { history } = await read({ 'i-1': split, 'i-2': split }, { apps: ['shop', 'blog'] });
    expect(history.releases).toEqual([
      { release: 'v2', images: { 'shop/web': 'r/web:v2', 'blog/app': 'r/blog:v2' }, deployIds: on('d2') },
      { release: 'v1', images: { 'shop/web': 'r/web:v1', 'blog/app': 'r/blog:v1' }, deployIds: on('d1') },
    ]);
    expect(history.problems).toEqual([]);
  });

  it('offers nothing when a host fails, answers without a history, or has no record at all', async () => {
    const failing = await read({ 'i-1': threeReleases(), 'i-2': 'fails' });
    expect(failing.history.releases).toEqual([]);
    expect(failing.history.problems.join('\n')).toMatch(
      /docker2 \(i-2\): SSM status Failed, exit code 2\n {2}reason: plan error: cannot read the plan file/,
    );

    const old = await read({ 'i-1': threeReleases(), 'i-2': 'no-history' });
    expect(old.history.releases).toEqual([]);
    expect(old.history.problems).toEqual([
      'docker2 (i-2): the host script did not list its recorded plans (is it older than this action?)',
    ]);

    const empty = await read({ 'i-1': threeReleases(), 'i-2': [] });
    expect(empty.history.releases).toEqual([]);
    expect(empty.history.running).toBeUndefined();
    expect(empty.history.problems[0]).toBe('docker2 (i-2): no plan recorded for these apps');
  });

  it('skips malformed records and keeps the readable ones', async () => {
    const malformed: unknown[] = [
      ...threeReleases(),
      { app: 'shop', release: '', deployId: 'x', revision: '', at: '20261125T110000Z', images: {} },
      { app: 'shop', release: 'v0', deployId: 'x', revision: '', at: '20261125T110000Z', images: { 'shop/web': 7 } },
      'not an entry',
      null,
    ];
    const { history } = await read({ 'i-1': malformed, 'i-2': threeReleases() });
    expect(history.releases.map((r) => r.release)).toEqual(['v3', 'v2', 'v1']);
    expect(history.problems).toEqual(['docker1 (i-1): 4 unreadable record(s) skipped']);
  });

  it('says when the hosts last ran different releases, and then names none as running', async () => {
    const { history } = await read({ 'i-1': threeReleases(), 'i-2': threeReleases().slice(1) });
    expect(history.releases.map((r) => r.release)).toEqual(['v2', 'v1']);
    expect(history.running).toBeUndefined();
    expect(history.problems).toContain('the hosts last ran different releases (v3, v2)');
  });

  it('resolves the target hosts like a deploy: a named instance that is not online is an error', async () => {
    const fleet = historyFleet(hosts(), {});
    await expect(
      readHostHistory(fleet, fakePlanner(), query({ ssmTargets: { instanceIds: ['i-1', 'i-9'], tags: [] } }), recordingLog()),
    ).rejects.toThrow(/Not online in SSM: i-9/);
    await expect(
      readHostHistory(fleet, fakePlanner(), query({ ssmTargets: { instanceIds: [], tags: [] } }), recordingLog()),
    ).rejects.toThrow(/needs hosts/);
  });
});
