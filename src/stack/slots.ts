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
