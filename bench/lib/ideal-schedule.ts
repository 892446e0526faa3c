// The fleet benchmark's ideal schedule: the least time any deployer needs with berth's rounds of Run
// Commands, against which `npm run bench -- fleet` measures its wall time (goal: within 1.2x).
import type { Latency } from '../../test/world/fakes/aws/latency.js';

/**
 * The rounds of a deploy, one after the other (issue 20: at most two Run Commands per host):
 * - one check round on every host: prerequisites and the state they run now (preflight with the plan);
 * - the migration host alone, then the others in batches of `batchSize`: each host's one rollout command,
 *   which reads its copies back at its end (no read-back round after the rollout).
 * Before issue 20 the schedule had two more rounds: the state read after the preflight, and the read back
 * of every host after the last batch (14 rounds for 500 hosts at batch 50; now 12).
 */
export function idealRounds(hosts: number, batchSize: number, migration = true): { rounds: number; phases: string[] } {
  const size = Math.max(1, Math.floor(batchSize));
  const migrating = migration && hosts > 0 ? 1 : 0;
  const batches = Math.ceil((hosts - migrating) / size);
  const phases = ['check', ...(migrating ? ['migration host'] : []), `${batches} batch(es) of up to ${size}`];
  return { rounds: 1 + migrating + batches, phases };
}

/**
 * No deployer beats the service: each round lasts at least the command's delivery to the agent, one
 * host's command, and the lag until its end shows (the fake's latency, the numbers it runs with).
 * Everything else (polling granularity, API calls, throttling) is overhead.
 */
export function idealMs(rounds: number, commandMs: number, latency: Latency): number {
  return rounds * (latency.deliveryMs + commandMs + latency.statusLagMs);
}
