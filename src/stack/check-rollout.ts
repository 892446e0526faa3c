// Checks on how copies are replaced: `surge` needs an alternate slot; `exclusive` only changes workers.
import type { Reporter } from './diagnostics.js';
import { isLongRunning, listDefinitions, type StackDocument } from './schema.js';
import { isWorker, slotValues } from './slots.js';

export function checkRollout(document: StackDocument, reporter: Reporter): void {
  for (const { name, definition, path } of listDefinitions(document)) {
    if (!isLongRunning(definition)) continue;
    if (definition.surge === true && slotValues(definition).length < 2) {
      const why = definition.load_balancer
        ? 'its load_balancer binding gives both slots the same address (no %{slot} in "address") or a host port is fixed'
        : 'it has no load_balancer binding';
      reporter.error(
        'surge',
        [...path, 'surge'],
        `"${name}" sets surge, but its copies have no alternate slot to start in beside the old ones (${why}): give it a load_balancer whose address contains %{slot}, or remove "surge"`,
      );
    }
    if (definition.exclusive === true && !isWorker(definition)) {
      reporter.warning(
        'exclusive',
        [...path, 'exclusive'],
        `"exclusive" only changes a worker (no load_balancer, no host port), whose new copy otherwise starts before the old one stops; "${name}" is no worker: remove it`,
      );
    }
  }
}
