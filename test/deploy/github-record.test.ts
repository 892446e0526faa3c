import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definitionImages, documentHash } from '../../src/deploy/document-identity.js';
import { completingRecorder } from '../../src/deploy/github-record.js';
import { stackSchema, type StackDocument } from '../../src/stack/schema.js';
import { listInlineSecrets, referencingSecrets } from '../../src/stack/secrets.js';

const seedText = readFileSync('test/fixtures/stack-seed.json', 'utf8');
const parse = (value: unknown): StackDocument => stackSchema.parse(value);
const seed = () => parse(JSON.parse(seedText));

describe('GitHub payload', () => {
  it('hashes the document, not its formatting or key order', () => {
    const raw = JSON.parse(seedText) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(raw).reverse());
    expect(Object.keys(reordered)).not.toEqual(Object.keys(raw));
    expect(documentHash(reordered)).toBe(documentHash(raw));
    expect(documentHash(seed())).toBe(documentHash(parse(JSON.parse(seedText.replace(/\n\s*/g, '')))));
    expect(documentHash(seed())).toMatch(/^[0-9a-f]{64}$/);
    const retagged = JSON.parse(seedText) as { deploy: Record<string, { containers: Record<string, { tag?: string }>[] }> };
    const app = retagged.deploy['amazing application']?.containers[0]?.app;
    if (app) app.tag = 'v2';
    expect(documentHash(parse(retagged))).not.toBe(documentHash(seed()));
  });

  it("records every definition's image reference, digests as @sha256", () => {
    const images = definitionImages(seed());
    expect(images).toMatchObject({
      'amazing application/app': 'quay.io/mikamai/awesome-app:latest',
      'amazing application/cron': 'quay.io/mikamai/awesome-app:latest',
      'amazing application/logspout': 'progrium/logspout:latest',
    });
    expect(Object.keys(images)).toHaveLength(6);
    const pinned = JSON.parse(seedText) as { deploy: Record<string, { containers: Record<string, { tag?: string }>[] }> };
    const app = pinned.deploy['amazing application']?.containers[0]?.app;
    if (app) app.tag = `sha256:${'e'.repeat(64)}`;
    expect(definitionImages(parse(pinned))['amazing application/app']).toBe(`quay.io/mikamai/awesome-app@sha256:${'e'.repeat(64)}`);
  });

  it('completes a payload a caller left half empty', async () => {
    const payload = {
      tool: 'berth' as const,
      kind: 'deploy' as const,
      version: 'v1',
      commit: 'a'.repeat(40),
      documentHash: documentHash(referencingSecrets(seed(), '/')),
      stackJsonPath: 'stack.json',
      images: definitionImages(seed()),
    };
    const started: unknown[] = [];
    const recorder = completingRecorder(
      {
        start: async (input) => {
          started.push(input.payload);
          return 7;
        },
        finish: async () => undefined,
        history: async () => [],
      },
      () => seed(),
    );
    await recorder.start({
      environment: 'production',
      ref: 'main',
      sha: 'a'.repeat(40),
      description: 'd',
      payload: { ...payload, documentHash: '', images: {} },
    });
    expect(started).toEqual([payload]);
  });

  it('never records a hash of a secret value: inline secrets are hashed as their references', async () => {
    const payloadHash = async (document: StackDocument) => {
      let hash = '';
      const recorder = completingRecorder(
        {
          start: async (input) => {
            hash = input.payload.documentHash;
            return 1;
          },
          finish: async () => undefined,
          history: async () => [],
        },
        () => document,
      );
      await recorder.start({ environment: 'p', ref: 'main', sha: 'a', description: 'd', payload: { ...emptyPayload } });
      return hash;
    };
    const withToken = (token: string) => {
      const raw = JSON.parse(seedText) as { deploy: Record<string, { containers: Record<string, { env?: Record<string, string> }>[] }> };
      const app = raw.deploy['amazing application']?.containers[0]?.app;
      if (!app) throw new Error('the seed changed');
      app.env = { ...app.env, API_TOKEN: token };
      return parse(raw);
    };
    expect(listInlineSecrets(withToken('one')).map((s) => s.value)).toEqual(['one']);
    expect(await payloadHash(withToken('rotated'))).toBe(await payloadHash(withToken('one')));
    expect(await payloadHash(withToken('one'))).not.toBe(documentHash(withToken('one')));
  });
});

const emptyPayload = {
  tool: 'berth' as const,
  kind: 'deploy' as const,
  version: 'v1',
  commit: '',
  documentHash: '',
  stackJsonPath: 'stack.json',
  images: {},
};
