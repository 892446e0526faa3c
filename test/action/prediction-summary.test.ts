// The PR check's Markdown: what it says, escaping, and GitHub's comment size limit.
import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, renderPredictionReport, renderPredictionSkipped, SUMMARY_LIMIT } from '../../src/action/prediction-summary.js';
import type { PredictionReport } from '../../src/app/prediction.js';
import { EXAMPLE_HOST, type PredictedDefinition } from '../../src/stack/index.js';

function report(definitions: PredictedDefinition[], over: Partial<PredictionReport> = {}): PredictionReport {
  return {
    environment: 'production',
    file: 'deploy/stack.json',
    against: {
      kind: 'deployment',
      deploymentId: 12,
      version: 'v41',
      commit: 'abcdef0123456789abcdef0123456789abcdef01',
      createdAt: '2026-12-04T10:00:00Z',
      path: 'deploy/stack.json',
      text: '{}',
      retagged: 2,
    },
    prediction: {
      host: EXAMPLE_HOST,
      migration: true,
      definitions,
      cron: { added: ['59 * * * * root docker run x'], removed: [] },
      notes: ['shop/web: its env carries the commit (notifications.rollbar.rev_var GIT_REVISION): it is replaced on every deploy'],
    },
    estimate: {
      seconds: 230,
      hosts: 3,
      batches: 3,
      perHostSeconds: 60,
      otherSeconds: 50,
      basedOn: 2,
      warnings: [
        'The estimate (4 min) is longer than timeout-minutes of the last deploy (3): the deploy would stop before its last batches.',
      ],
    },
    headSha: 'eeeeeee1234',
    runUrl: 'https://github.com/acme/shop/actions/runs/9',
    ...over,
  };
}

const web: PredictedDefinition = { app: 'shop', definition: 'web', decision: 'replaced', reasons: ['image', 'rev_var'] };
const worker: PredictedDefinition = {
  app: 'shop',
  definition: 'worker',
  decision: 'started',
  reasons: [],
  copies: { before: 0, after: 2 },
};
const proxy: PredictedDefinition = { app: 'shop', definition: 'proxy', decision: 'manual', reasons: ['image'] };
const cache: PredictedDefinition = { app: 'shop', definition: 'cache', decision: 'untouched', reasons: [] };

describe('prediction report', () => {
  it('says what is compared, the example host, the counts, each decision with its reasons, the estimate and its warning', () => {
    const text = renderPredictionReport(report([web, worker, proxy, cache]), COMMENT_LIMIT, 'see the job summary');
    expect(text).toContain('### berth: what merging this does to <code>production</code>');
    expect(text).toContain(
      '**1 replaced · 1 started · 1 manual (left alone) · 1 untouched · the migration runs · cron: 1 added, 0 removed · about 4 min**',
    );
    expect(text).toContain('Compared with **what is deployed**: GitHub deployment 12 of <code>v41</code> (commit <code>abcdef0</code>');
    expect(text).toContain(
      'for an example host: <code>docker1</code> (instance <code>i-0123456789abcdef0</code>, stack <code>Example Stack</code>, public IP <code>203.0.113.10</code>)',
    );
    expect(text).toContain('| <code>shop</code> | <code>web</code> | 🔁 replaced | image, rev_var |');
    expect(text).toContain('| <code>shop</code> | <code>worker</code> | 🆕 started | copies 0 → 2 |');
    expect(text).toContain('| <code>shop</code> | <code>proxy</code> | ✋ manual, left alone | image |');
    expect(text).toContain('- added: <code>59 * * * * root docker run x</code>');
    expect(text).toContain('it is replaced on every deploy');
    expect(text).toContain('Time: about **4 min** for 3 host(s) in 3 batch(es)');
    expect(text).toContain('> [!WARNING]\n> The estimate (4 min) is longer than timeout-minutes of the last deploy (3)');
    expect(text).toContain('- <code>rev_var</code>: the Rollbar rev_var variable');
    expect(text).not.toContain('more line(s) not shown');
  });

  it('says when it compares with the base branch instead, and why', () => {
    const text = renderPredictionReport(
      report([web], {
        against: {
          kind: 'base',
          sha: 'b'.repeat(40),
          text: '{}',
          why: 'no successful deployment of "production" is recorded in GitHub Deployments',
        },
      }),
      COMMENT_LIMIT,
      'x',
    );
    expect(text).toContain(
      'Compared with **the base branch** (<code>bbbbbbb</code>), not with what is deployed: no successful deployment of "production" is recorded in GitHub Deployments.',
    );
  });

  it('says when there is nothing to compare with: a new file and nothing deployed', () => {
    const text = renderPredictionReport(
      report([{ ...worker, copies: { before: 0, after: 2 } }], {
        against: {
          kind: 'base-new-file',
          sha: 'c'.repeat(40),
          why: 'no successful deployment of "production" is recorded in GitHub Deployments',
        },
      }),
      COMMENT_LIMIT,
      'x',
    );
    expect(text).toContain(
      'Compared with **nothing**: the file is not on the base branch (<code>ccccccc</code>), and no successful deployment of "production" is recorded in GitHub Deployments.',
    );
  });

  it('escapes document text: no Markdown or HTML gets through', () => {
    const odd: PredictedDefinition = { app: 'a|b', definition: '<img src=x>', decision: 'replaced', reasons: ['env'] };
    const text = renderPredictionReport(report([odd]), COMMENT_LIMIT, 'x');
    expect(text).toContain('| <code>a&#124;b</code> | <code>&lt;img src=x&gt;</code> |');
    expect(text).not.toContain('<img');
  });

  it('stays under GitHub 65,536 characters with thousands of definitions, says how many lines are left out and where to look', () => {
    const many: PredictedDefinition[] = Array.from({ length: 3000 }, (_, i) => ({
      app: 'shop',
      definition: `definition-with-a-long-name-${i}`,
      decision: i % 3 === 0 ? 'untouched' : 'replaced',
      reasons: i % 3 === 0 ? [] : ['image', 'env', 'command', 'ports', 'volumes'],
    }));
    const comment = renderPredictionReport(report(many), COMMENT_LIMIT, 'the job summary of this run lists them');
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(comment.length).toBeGreaterThan(COMMENT_LIMIT - 3000);
    expect(comment).toMatch(
      /… \d+ more line\(s\) not shown \(GitHub limits this text's length\): the job summary of this run lists them\./,
    );
    // The headline counts every definition even when the rows are cut.
    expect(comment).toContain('**2000 replaced · 1000 untouched');
    expect(comment).toContain('<sub>head <code>eeeeeee</code>');
    const summary = renderPredictionReport(report(many), SUMMARY_LIMIT, 'x');
    expect(summary).toContain('definition-with-a-long-name-2999');
    expect(summary).not.toContain('more line(s) not shown');
  });

  it('says why there is no prediction', () => {
    expect(renderPredictionSkipped('staging', '2 files match stack-json')).toBe(
      '### berth: what merging this does to <code>staging</code>\n\nNo prediction: 2 files match stack-json.\n',
    );
  });
});
