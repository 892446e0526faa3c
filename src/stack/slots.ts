// Whether a copy can run a second instance beside the old one (zero-downtime swap) or must be
// stopped before its replacement starts. Shared by validation (the notice) and the plan.
import { tokenize } from './placeholders.js';
import type { ContainerDefinition } from './schema.js';

function mentions(text: string, placeholder: string): boolean {
  return tokenize(text).some((token) => token.kind === 'placeholder' && token.name === placeholder);
}

/** The host side of a `-p` value (`80:80`, `127.0.0.1:80:80`), empty when Docker picks the port. */
export function hostPortOf(port: string): string {
  const spec = port.replace(/\/(tcp|udp|sctp)$/, '');
  const parts = spec.split(':');
  if (parts.length < 2) return '';
  return parts[parts.length - 2] ?? '';
}

/** A host port that stays the same across copies (`containers` > 1 cannot share it). */
export function isFixedAcrossCopies(port: string): boolean {
  const host = hostPortOf(port);
  return host !== '' && !mentions(host, 'index');
}

/** A host port that stays the same across the two slots of one copy. */
export function isFixedAcrossSlots(port: string): boolean {
  const host = hostPortOf(port);
  return host !== '' && !mentions(host, 'slot');
}

/**
 * The slot values a copy of this definition uses: two when a load-balancer binding gives the slots
 * different addresses and no host port is fixed; otherwise one (stop-then-start).
 */
export function slotValues(definition: ContainerDefinition): string[] {
  const binding = definition.load_balancer;
  if (!binding) return [''];
  const [first, second] = binding.slots;
  const differ = first !== second && binding.address !== undefined && mentions(binding.address, 'slot');
  if (!differ || definition.ports.some(isFixedAcrossSlots)) return [first];
  return [first, second];
}

/**
 * A worker: no load-balancer binding and no host port, so two of its copies never clash over an address
 * and its new copy can start beside the old one (under a second name) before the old one stops.
 */
export function isWorker(definition: ContainerDefinition): boolean {
  return definition.load_balancer === undefined && definition.ports.every((port) => hostPortOf(port) === '');
}

/**
 * How the host replaces a definition's copies (the plan's `rollout`):
 *   surge    every new copy starts at once, each in its alternate slot; health-gated together, then swapped
 *            one by one (the definition's `surge`, else the deploy's `surge` input, and two slots);
 *   overlap  a worker's new copy starts beside the old one, which stops once the new one is healthy
 *            (unless `exclusive`);
 *   one      one copy at a time, as before: swap (two slots) or stop-then-start (one slot).
 */
export type RolloutStyle = 'surge' | 'overlap' | 'one';

export function rolloutOf(definition: ContainerDefinition, surgeByDefault: boolean): RolloutStyle {
  if (slotValues(definition).length >= 2) return (definition.surge ?? surgeByDefault) ? 'surge' : 'one';
  if (isWorker(definition) && definition.exclusive !== true) return 'overlap';
  return 'one';
}
