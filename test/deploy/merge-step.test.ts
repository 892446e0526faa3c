import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeIntoText, updatesFromBuiltImages } from '../../src/deploy/merge-step.js';
import type { ProgressLog } from '../../src/deploy/ports.js';

const SEED_PATH = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/stack-seed.json');
const SHA = '0123456789abcdef0123456789abcdef01234567';
const DIGEST = `sha256:${'c0'.repeat(32)}`;
const APP = 'quay.io/mikamai/awesome-app';

function recordingLog() {
  const lines: string[] = [];
  const log: ProgressLog = {
    info: (m) => void lines.push(`info ${m}`),
    warn: (m) => void lines.push(`warn ${m}`),
    error: (m) => void lines.push(`error ${m}`),
    group: (_t, body) => body(),
    secret: () => undefined,
  };
  return { log, lines };
}

/** The text with every line that sets `"tag": value` removed: what must equal the input byte for byte. */
function withoutTagLines(text: string, value: string): string {
  return text
    .split('\n')
    .filter((line) => !line.includes(`"tag": "${value}"`))
    .join('\n');
}

let seed: string;
beforeAll(async () => {
  seed = await readFile(SEED_PATH, 'utf8');
});

describe('mergeIntoText on the seed document', () => {
  it('sets the new tag on exactly the three seed definitions using the image, every other byte kept', () => {
    const { log, lines } = recordingLog();
    const result = mergeIntoText(seed, [{ image: APP, tag: SHA, digest: DIGEST }], false, log);
    const merged = result.text;
    expect(result.changed).toEqual([
      { app: 'amazing application', definition: 'app' },
      { app: 'amazing application', definition: 'cron' },
      { app: 'amazing application', definition: 'sidekiq' },
    ]);
    expect(merged.split(`"tag": "${SHA}"`)).toHaveLength(4);
    expect(withoutTagLines(merged, SHA)).toBe(seed);
    expect(JSON.parse(merged).deploy['amazing application'].containers[3].haproxy.tag).toBeUndefined();
    expect(lines.filter((l) => l.startsWith('warn'))).toEqual([]);
  });

  it('pins the pushed digest when asked', () => {
    const { log } = recordingLog();
    const built = [{ image: APP, tags: [SHA, 'latest'], digest: DIGEST, reference: `${APP}@${DIGEST}`, skipped: false }];
    const merged = mergeIntoText(seed, updatesFromBuiltImages(built), true, log).text;
    expect(withoutTagLines(merged, DIGEST)).toBe(seed);
    expect(JSON.parse(merged).deploy['amazing application'].containers[0].app.tag).toBe(DIGEST);
  });

  it('refuses to pin an image whose digest is unknown', () => {
    const { log } = recordingLog();
    expect(() => mergeIntoText(seed, [{ image: APP, tag: SHA }], true, log)).toThrow(/Cannot pin quay.io\/mikamai\/awesome-app/);
  });
});

describe('mergeIntoText', () => {
  it('updates every app using a built image, keeps other images, and warns for a built image nobody uses', () => {
    const text = JSON.stringify(
      {
        deploy: {
          web: { containers: [{ app: { image: APP, tag: 'old' } }, { proxy: { image: 'quay.io/mikamai/configured-haproxy', tag: 'v3' } }] },
          jobs: { containers: [{ worker: { image: APP, deploy: 'auto' } }] },
        },
      },
      null,
      2,
    );
    const { log, lines } = recordingLog();
    const result = mergeIntoText(
      text,
      [
        { image: APP, tag: SHA },
        { image: 'quay.io/mikamai/unused', tag: SHA },
      ],
      false,
      log,
    );
    const doc = JSON.parse(result.text);
    expect(doc.deploy.web.containers[0].app.tag).toBe(SHA);
    expect(doc.deploy.web.containers[1].proxy.tag).toBe('v3');
    expect(doc.deploy.jobs.containers[0].worker.tag).toBe(SHA);
    expect(result.changed).toEqual([
      { app: 'web', definition: 'app' },
      { app: 'jobs', definition: 'worker' },
    ]);
    expect(result.unusedImages).toEqual(['quay.io/mikamai/unused']);
    expect(lines.filter((l) => l.startsWith('warn'))).toEqual([
      'warn Built image quay.io/mikamai/unused is used by no definition of the Stack JSON; it was pushed but will not be deployed.',
    ]);
  });

  it('serves a one-line OpsWorks Custom JSON string the same way', () => {
    const custom = `{"deploy":{"a":{"containers":[{"app":{"image":"${APP}","tag":"old"}}]}},"other":{"keep":1}}`;
    const { log } = recordingLog();
    const result = mergeIntoText(custom, [{ image: APP, tag: SHA }], false, log);
    expect(result.text).toBe(custom.replace('"tag":"old"', `"tag":"${SHA}"`));
  });
});
