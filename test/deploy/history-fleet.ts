// A fake fleet that also answers the host script's `history` mode: each host lists the plans it
// "recorded" (or fails, or answers like a script without the mode). Every other mode goes to the
// plain fake fleet of fakes.ts.
import type { HostHistoryEntry, HostPlan, HostResult } from '../../src/stack/host-plan.js';
import type { HostRunner, HostRunOutcome, HostRunRequest } from '../../src/deploy/ports.js';
import { fakeFleet, type FakeHost } from './fakes.js';

/** What a host answers to `history`: its entries, a failed command, or a result without `history`. */
export type HistoryAnswer = HostHistoryEntry[] | 'fails' | 'no-history' | unknown[];

export interface HistoryFleet extends HostRunner {
  runs: HostRunRequest[];
  /** Per instance id, the plans the history commands carried. */
  historyPlans: Map<string, HostPlan>;
}

/** One recorded plan of one app, as the host script lists it. */
export function entry(
  app: string,
  release: string,
  at: string,
  images: Record<string, string>,
  extra: Partial<HostHistoryEntry> = {},
): HostHistoryEntry {
  return { app, release, deployId: `d-${release}-${at}`, revision: '', at, images, ...extra };
}

/** The plan a host takes from a command (`berth MODE PLAN`): its own from a plan set, else the one plan. */
function planOf(commands: string[], instanceId: string): HostPlan | undefined {
  const text = commands[2];
  if (!text) return undefined;
  const parsed = JSON.parse(text) as HostPlan | { set: Record<string, string> };
  if ('set' in parsed) {
    const own = parsed.set[instanceId];
    return own === undefined ? undefined : (JSON.parse(own) as HostPlan);
  }
  return parsed;
}

/**
 * The records behind a host's history answer, oldest first, for its restore mode: each recorded plan
 * runs the host's copies on the images the entry names.
 */
function seedRecords(host: FakeHost, answer: HistoryAnswer): void {
  if (!Array.isArray(answer)) return;
  const entries = (answer as HostHistoryEntry[]).filter((e) => typeof e?.deployId === 'string' && typeof e.images === 'object');
  const byDeploy = new Map<string, HostHistoryEntry[]>();
  for (const e of [...entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)))
    byDeploy.set(e.deployId, [...(byDeploy.get(e.deployId) ?? []), e]);
  host.records = [...byDeploy.entries()].map(([deployId, list]) => {
    const images = Object.assign({}, ...list.map((e) => e.images)) as Record<string, string>;
    const imageOf = (definition: string) => Object.entries(images).find(([key]) => key.endsWith(`/${definition}`))?.[1];
    return {
      deployId,
      release: list[0]?.release ?? '',
      copies: host.copies.map((c) => ({
        ...c,
        image: imageOf(c.definition) ?? c.image,
        imageDigest: imageOf(c.definition) ?? c.imageDigest,
      })),
    };
  });
}

export function historyFleet(hosts: FakeHost[], answers: Record<string, HistoryAnswer>): HistoryFleet {
  for (const fake of hosts) seedRecords(fake, answers[fake.host.instanceId] ?? []);
  const inner = fakeFleet(hosts);
  const runs: HostRunRequest[] = [];
  const historyPlans = new Map<string, HostPlan>();
  return {
    runs,
    historyPlans,
    resolveTargets: (targets) => inner.resolveTargets(targets),
    async run(request) {
      const first = request.sends[0];
      runs.push(request);
      // A rollback's records read is a preflight asking for every record: the plain fleet's preflight
      // answer (facts, containers) with this fleet's history answer in it.
      const plan = first?.commands[1] === 'preflight' ? planOf(first.commands, first.hosts[0]?.instanceId ?? '') : undefined;
      if (first?.commands[1] === 'preflight' && plan?.historyDepth !== undefined) {
        for (const send of request.sends)
          for (const host of send.hosts) historyPlans.set(host.instanceId, planOf(send.commands, host.instanceId) as HostPlan);
        return (await inner.run(request)).map((outcome): HostRunOutcome => {
          const answer = answers[outcome.host.instanceId] ?? [];
          if (answer === 'fails' || !outcome.result)
            return { ...outcome, status: 'Failed', exitCode: 2, ...(outcome.result ? { result: { ...outcome.result, ok: false } } : {}) };
          const { history: _ignored, ...result } = outcome.result;
          return { ...outcome, result: answer === 'no-history' ? result : { ...result, history: answer as HostHistoryEntry[] } };
        });
      }
      if (first?.commands[1] !== 'history') return inner.run(request);
      return request.sends.flatMap((send) =>
        send.hosts.map((host): HostRunOutcome => {
          const plan = planOf(send.commands, host.instanceId);
          if (plan) historyPlans.set(host.instanceId, plan);
          const answer = answers[host.instanceId] ?? [];
          const base = { host, commandId: 'cmd-history', stdoutTail: '', stderrTail: '' };
          const result: HostResult = {
            ok: answer !== 'fails',
            mode: 'history',
            deployId: plan?.deployId ?? '',
            hostname: host.hostname,
            instanceId: host.instanceId,
            copies: [],
            removed: [],
            prunedImages: [],
            timings: { totalSeconds: 0.1, lockWaitSeconds: 0 },
          };
          if (answer === 'fails')
            return {
              ...base,
              status: 'Failed',
              exitCode: 2,
              result: { ...result, failure: { reason: 'plan error: cannot read the plan file' } },
            };
          if (answer === 'no-history') return { ...base, status: 'Success', exitCode: 0, result };
          return { ...base, status: 'Success', exitCode: 0, result: { ...result, history: answer as HostHistoryEntry[] } };
        }),
      );
    },
  };
}
