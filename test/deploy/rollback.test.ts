import { describe, expect, it } from 'vitest';
import {
  chooseRollbackTarget,
  imageUpdates,
  parseImageReference,
  restoreRelease,
  type RecordedDeployment,
} from '../../src/deploy/rollback.js';

function deployment(id: number, version: string, kind: 'deploy' | 'rollback' = 'deploy'): RecordedDeployment {
  const commit = `${id}`.repeat(40).slice(0, 40);
  return {
    id,
    sha: commit,
    createdAt: `2026-11-25T12:0${id}:00Z`,
    state: 'success',
    payload: {
      tool: 'berth',
      kind,
      version,
      commit,
      documentHash: `h${id}`,
      stackJsonPath: 'deploy/stack.json',
      images: { 'web/app': `127.0.0.1:5000/acme/app:${version}`, 'web/worker': `127.0.0.1:5000/acme/app:${version}` },
    },
  };
}

describe('chooseRollbackTarget', () => {
  // Newest first: v3 runs now, v2 before it, v1 before that.
  const history = [deployment(3, 'v3'), deployment(2, 'v2'), deployment(1, 'v1')];

  it('defaults to the newest successful deployment whose version is not the one running now', () => {
    const target = chooseRollbackTarget({ environment: 'production', requested: '', history });
    expect(target).toMatchObject({
      version: 'v2',
      commit: '2'.repeat(40),
      source: 'github',
      deploymentId: 2,
      from: 'v3',
      stackJsonPath: 'deploy/stack.json',
    });
    expect(target.images['web/app']).toBe('127.0.0.1:5000/acme/app:v2');
  });

  it('skips older deployments of the running version (v2 redeployed after v1)', () => {
    const again = [deployment(4, 'v2'), deployment(3, 'v2'), deployment(2, 'v1')];
    expect(chooseRollbackTarget({ environment: 'production', requested: '', history: again }).version).toBe('v1');
  });

  it('uses what the hosts run when the caller knows it better than GitHub', () => {
    // The hosts run v2 (someone restored it by hand): the newest good version that is not v2 is v3.
    expect(chooseRollbackTarget({ environment: 'production', requested: '', history, running: 'v2' }).version).toBe('v3');
  });

  it('after a rollback to v1, the next default rollback goes to v2 (the one before the running v1)', () => {
    const afterRollback = [deployment(4, 'v1', 'rollback'), deployment(2, 'v2'), deployment(1, 'v1')];
    expect(chooseRollbackTarget({ environment: 'production', requested: '', history: afterRollback }).version).toBe('v2');
  });

  it('takes a named version, or a commit prefix', () => {
    expect(chooseRollbackTarget({ environment: 'production', requested: 'v1', history }).deploymentId).toBe(1);
    expect(chooseRollbackTarget({ environment: 'production', requested: '2222222', history }).version).toBe('v2');
  });

  it('refuses an unknown version and lists the known ones', () => {
    expect(() => chooseRollbackTarget({ environment: 'production', requested: 'v9', history })).toThrow(
      'Version "v9" was never deployed successfully to "production". Versions that were: v3, v2, v1.',
    );
  });

  it('falls back to the releases the hosts remember when GitHub has no history', () => {
    const target = chooseRollbackTarget({
      environment: 'staging',
      requested: '',
      history: [],
      hostReleases: [
        { release: 'v7', images: { 'web/app': 'r/app:v7' } },
        { release: 'v6', images: { 'web/app': 'r/app:v6' }, commit: 'abc' },
      ],
    });
    expect(target).toEqual({
      version: 'v6',
      commit: 'abc',
      stackJsonPath: '',
      images: { 'web/app': 'r/app:v6' },
      documentHash: '',
      source: 'hosts',
      from: 'v7',
    });
  });

  it('says what to do when there is nothing to go back to', () => {
    expect(() => chooseRollbackTarget({ environment: 'production', requested: '', history: [deployment(1, 'v1')] })).toThrow(
      /every recorded successful deployment runs "v1".*Name a version with the `version` input/,
    );
    expect(() => chooseRollbackTarget({ environment: 'production', requested: '', history: [] })).toThrow(
      /no successful deployment is recorded/,
    );
  });
});

describe('image references', () => {
  it('parses tags, registry ports and digests', () => {
    expect(parseImageReference('127.0.0.1:5000/acme/app:v1')).toEqual({ image: '127.0.0.1:5000/acme/app', tag: 'v1' });
    expect(parseImageReference('quay.io/acme/app@sha256:abcd')).toEqual({
      image: 'quay.io/acme/app',
      tag: 'sha256:abcd',
      digest: 'sha256:abcd',
    });
    expect(parseImageReference('quay.io/acme/app:v2@sha256:ef')).toEqual({ image: 'quay.io/acme/app', tag: 'v2', digest: 'sha256:ef' });
    expect(parseImageReference('127.0.0.1:5000/busybox')).toEqual({ image: '127.0.0.1:5000/busybox', tag: 'latest' });
  });

  it('turns recorded images into one update per repository', () => {
    expect(imageUpdates({ 'web/app': 'r/app:v1', 'web/worker': 'r/app:v1', 'web/haproxy': 'r/haproxy:2' })).toEqual([
      { image: 'r/app', tag: 'v1' },
      { image: 'r/haproxy', tag: '2' },
    ]);
    expect(() => imageUpdates({ 'web/app': 'r/app:v1', 'web/worker': 'r/app:v2' })).toThrow(/ran two versions of r\/app/);
  });
});

describe('restoreRelease', () => {
  const committed = JSON.stringify(
    {
      deploy: {
        shop: {
          containers: [
            { web: { image: 'r/app', tag: 'latest', deploy: 'auto' } },
            { lb: { image: 'r/haproxy', tag: '2', deploy: 'manual' } },
          ],
        },
      },
    },
    null,
    2,
  );

  it('reads the document at the recorded commit and writes the recorded images back in (tags and digests)', async () => {
    const { mergeImageTags } = await import('../../src/stack/merge.js');
    const reads: string[] = [];
    const restored = await restoreRelease(
      {
        version: 'v1',
        commit: 'c'.repeat(40),
        stackJsonPath: 'deploy/stack.json',
        images: { 'shop/web': 'r/app:v1', 'shop/lb': `r/haproxy@sha256:${'d'.repeat(64)}` },
        documentHash: '',
        source: 'github',
      },
      {
        readAtCommit: async (commit, path) => {
          reads.push(`${commit}:${path}`);
          return committed;
        },
        mergeImageTags,
      },
      'stack.json',
    );
    expect(reads).toEqual([`${'c'.repeat(40)}:deploy/stack.json`]);
    const doc = JSON.parse(restored.text) as { deploy: { shop: { containers: Record<string, { tag: string }>[] } } };
    expect(doc.deploy.shop.containers[0]?.web?.tag).toBe('v1');
    expect(doc.deploy.shop.containers[1]?.lb?.tag).toBe(`sha256:${'d'.repeat(64)}`);
    expect(restored.retagged).toEqual([
      { app: 'shop', definition: 'web' },
      { app: 'shop', definition: 'lb' },
    ]);
  });

  it('needs a commit to read the document from', async () => {
    await expect(
      restoreRelease(
        { version: 'v6', commit: '', stackJsonPath: '', images: {}, documentHash: '', source: 'hosts' },
        {
          readAtCommit: async () => committed,
          mergeImageTags: () => {
            throw new Error('not called');
          },
        },
        'stack.json',
      ),
    ).rejects.toThrow(/remember release "v6" but not its commit/);
  });
});
