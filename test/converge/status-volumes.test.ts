// `berth status` in a fleet running the example stack: its data volumes (docker create'd, no definition) are
// no copies, so they are never drift (every host of the converge world test showed `demo/ socks extra`).
import { describe, expect, it } from 'vitest';
import { compareDefinitions } from '../../src/deploy/status.js';
import type { HostContainerStatus } from '../../src/stack/host-status.js';

const container = (name: string, definition: string, hash: string): HostContainerStatus => ({
  name,
  app: 'demo',
  definition,
  slot: '',
  image: definition === '' ? 'busybox:1' : 'demo:v1',
  running: definition !== '',
  health: definition === '' ? 'stopped' : 'none',
  hash,
  release: definition === '' ? '' : 'v1',
  deployId: definition === '' ? '' : 'd-1',
});

describe('compareDefinitions', () => {
  const wanted = [{ app: 'demo', name: 'web', mode: 'auto', image: 'demo:v1', hash: 'h1', copies: ['web0'] }];

  it('leaves data volumes out and still names a copy no definition of the record has', () => {
    const definitions = compareDefinitions(
      [container('web0', 'web', 'h1'), container('socks', '', ''), container('shared', '', ''), container('old0', 'old', 'h0')],
      wanted,
    );
    const drift = definitions.flatMap((d) => d.copies.filter((c) => c.drift).map((c) => `${d.definition} ${c.name} ${c.drift}`));
    expect(drift).toEqual(['demo/old old0 extra']);
    expect(definitions.map((d) => d.definition)).toEqual(['demo/old', 'demo/web']);
  });
});
