// The PR check as the runner runs it: the action's entry point in its own process (command validate on
// a pull_request event) against the fake GitHub: the deployed document from GitHub Deployments, one
// sticky comment per environment created then updated, two runs at once leaving one, and a fork's
// read-only token falling back to the job summary with the reason.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/deploy/sticky-comment.js';
import { startFakeGitHub, type FakeGitHub } from '../world/fakes/github.js';
import { bundleEntries, runNode, type Bundles } from '../cli/run.js';

let bundles: Bundles;
let github: FakeGitHub;
const dirs: string[] = [];

beforeAll(async () => {
  bundles = await bundleEntries();
}, 120_000);
afterAll(() => {
  bundles?.remove();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  github = await startFakeGitHub();
});
afterEach(async () => github.stop());

const IMAGE = '127.0.0.1:5000/acme/web';
const DEPLOYED_SHA = 'd'.repeat(40);
const HEAD_SHA = 'e'.repeat(40);

function stack(web: Record<string, unknown>, worker: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      deploy: {
        shop: {
          containers: [
            { web: { deploy: 'auto', image: IMAGE, tag: 'latest', containers: 2, command: 'bin/web', env: { MODE: 'a' }, ...web } },
            { worker: { deploy: 'auto', image: IMAGE, tag: 'latest', containers: 1, command: 'bin/worker', ...worker } },
            { cache: { deploy: 'auto', image: 'redis', tag: '7', containers: 1 } },
          ],
        },
      },
    },
    null,
    2,
  );
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim();
}

/** A clone whose base commit has `base`, the checkout `head`; the event names both. */
function pullRequest(base: string, head: string, options: { fork?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'berth-prcheck-'));
  dirs.push(dir);
  git(dir, 'init', '-q');
  writeFileSync(join(dir, 'stack.json'), base);
  git(dir, 'add', 'stack.json');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(join(dir, 'stack.json'), head);
  const event = join(dir, '.event.json');
  writeFileSync(
    event,
    JSON.stringify({
      number: 7,
      pull_request: {
        number: 7,
        base: { sha: baseSha, repo: { full_name: 'acme/shop' } },
        head: { sha: HEAD_SHA, repo: { full_name: options.fork ? 'someone/shop' : 'acme/shop', fork: options.fork === true } },
      },
    }),
  );
  return { dir, event, baseSha };
}

/** production runs v41 (deployment of DEPLOYED_SHA with the tag v41 merged), its timing recorded. */
function seedDeployed(document: string, description = 'Deployed v41 to 3 hosts · berth-timing/1 h=3 b=3 d=200 w=150 p=40/50/60 c=3 t=30') {
  github.addFile(DEPLOYED_SHA, 'stack.json', document);
  github.seed({
    sha: DEPLOYED_SHA,
    environment: 'production',
    states: ['in_progress', 'success'],
    description,
    payload: {
      tool: 'berth',
      kind: 'deploy',
      version: 'v41',
      commit: DEPLOYED_SHA,
      documentHash: '',
      stackJsonPath: 'stack.json',
      images: { 'shop/web': `${IMAGE}:v41`, 'shop/worker': `${IMAGE}:v41` },
    },
  });
}

async function runCheck(pr: { dir: string; event: string }, env: Record<string, string> = {}) {
  const summary = join(pr.dir, `.summary-${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(summary, '');
  writeFileSync(join(pr.dir, '.output.txt'), '', { flag: 'a' });
  const result = await runNode(bundles.action, [], {
    cwd: pr.dir,
    env: {
      INPUT_COMMAND: 'validate',
      'INPUT_STACK-JSON': 'stack.json',
      INPUT_ENVIRONMENT: 'production',
      'INPUT_GITHUB-TOKEN': github.token,
      INPUT_IMAGE: IMAGE,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: join(pr.dir, '.output.txt'),
      GITHUB_WORKSPACE: pr.dir,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: pr.event,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '99',
      ...env,
    },
  });
  return { ...result, summary: readFileSync(summary, 'utf8') };
}

const marked = () => github.comments.filter((c) => c.body.startsWith(commentMarker('production')));

describe('the PR check (validate on a pull request)', { timeout: 60_000 }, () => {
  it('compares with the deployed document, comments once, then updates the same comment on the next push', async () => {
    // The base branch says tag "latest" and MODE a; production runs v41 with MODE a.
    seedDeployed(stack({}));
    const pr = pullRequest(stack({}), stack({ env: { MODE: 'b' }, ports: ['80'] }, { command: 'bin/worker --fast' }));

    const first = await runCheck(pr);
    expect(first.status).toBe(0);
    expect(marked()).toHaveLength(1);
    const comment = marked()[0];
    expect(comment?.issue).toBe(7);
    const body = comment?.body ?? '';
    expect(body).toContain('Compared with **what is deployed**: GitHub deployment');
    expect(body).toContain(`of <code>v41</code> (commit <code>${DEPLOYED_SHA.slice(0, 7)}</code>`);
    // The deploy builds the image: a new tag, so web and worker are replaced; redis stays.
    expect(body).toMatch(/\| <code>shop<\/code> \| <code>web<\/code> \| 🔁 replaced \| image, env, ports \|/);
    expect(body).toMatch(/\| <code>shop<\/code> \| <code>worker<\/code> \| 🔁 replaced \| image, command \|/);
    expect(body).toContain('<details><summary>1 untouched</summary>');
    expect(body).toContain('- <code>shop/cache</code>');
    // 3 hosts in 3 batches, 60 s per changed copy at most (60/3 = 20 s x 3 copies), 50 s outside the rollout.
    expect(body).toContain('Time: about **4 min** for 3 host(s) in 3 batch(es)');
    expect(first.summary).toContain("The pull request's comment for production was created");
    expect(first.summary).toContain('### berth: what merging this does to <code>production</code>');
    const created = github.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/issues/7/comments'));
    expect(created).toHaveLength(1);

    // The next push: the worker change is dropped; the same comment is updated, none created.
    writeFileSync(join(pr.dir, 'stack.json'), stack({ env: { MODE: 'b' }, ports: ['80'] }));
    const second = await runCheck(pr);
    expect(second.status).toBe(0);
    expect(marked()).toHaveLength(1);
    expect(marked()[0]?.id).toBe(comment?.id);
    expect(marked()[0]?.body).toMatch(/\| <code>worker<\/code> \| 🔁 replaced \| image \|/);
    expect(github.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/issues/7/comments'))).toHaveLength(1);
    expect(github.calls.filter((c) => c.method === 'PATCH')).toHaveLength(1);
    expect(second.summary).toContain("The pull request's comment for production was updated");
  });

  it('two runs at once (two pushes) leave exactly one comment', async () => {
    seedDeployed(stack({}));
    const pr = pullRequest(stack({}), stack({ env: { MODE: 'b' } }));
    // Both runs find no comment (their first lists are answered together), so both create one.
    github.holdCommentLists(2);
    const [a, b] = await Promise.all([runCheck(pr), runCheck(pr)]);
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    expect(github.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/issues/7/comments') && c.status === 201)).toHaveLength(2);
    expect(marked()).toHaveLength(1);
    expect(github.calls.filter((c) => c.method === 'DELETE' && c.status === 204).length).toBeGreaterThanOrEqual(1);
    expect(marked()[0]?.body).toContain('🔁 replaced');
  });

  it('keeps one comment per environment: staging gets its own', async () => {
    seedDeployed(stack({}));
    const pr = pullRequest(stack({}), stack({ env: { MODE: 'b' } }));
    await runCheck(pr);
    await runCheck(pr, { INPUT_ENVIRONMENT: 'staging' });
    expect(marked()).toHaveLength(1);
    const staging = github.comments.filter((c) => c.body.startsWith(commentMarker('staging')));
    expect(staging).toHaveLength(1);
    // Nothing deployed to staging: the base branch instead, and it says so.
    expect(staging[0]?.body).toContain('Compared with **the base branch**');
    expect(staging[0]?.body).toContain('no successful deployment of "staging"');
  });

  it('a prediction longer than a comment may be: the comment stops under the limit and says so, the job summary has every row', async () => {
    const many = (command: string) =>
      JSON.stringify({
        deploy: {
          shop: {
            containers: Array.from({ length: 1500 }, (_, i) => ({
              [`definition-with-a-long-name-${i}`]: { deploy: 'auto', image: 'redis', tag: '7', containers: 1, command },
            })),
          },
        },
      });
    github.addFile(DEPLOYED_SHA, 'stack.json', many('old'));
    github.seed({
      sha: DEPLOYED_SHA,
      environment: 'production',
      states: ['success'],
      payload: {
        tool: 'berth',
        kind: 'deploy',
        version: 'v41',
        commit: DEPLOYED_SHA,
        documentHash: '',
        stackJsonPath: 'stack.json',
        images: {},
      },
    });
    const pr = pullRequest(many('old'), many('new'));
    const result = await runCheck(pr);
    expect(result.status).toBe(0);
    // The fake refuses a body over 65,536 characters as GitHub does: the comment exists, so it fit.
    expect(marked()).toHaveLength(1);
    const body = marked()[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('**1500 replaced');
    expect(body).toMatch(/… \d+ more line\(s\) not shown \(GitHub limits this text's length\): the job summary of this run lists them\./);
    expect(body).not.toContain('definition-with-a-long-name-1499');
    expect(result.summary).toContain('| <code>shop</code> | <code>definition-with-a-long-name-1499</code> | 🔁 replaced | command |');
  });

  it('from a fork (a read-only token): no comment, the job summary carries the prediction and says why', async () => {
    seedDeployed(stack({}));
    // An inline secret value changes too: the prediction says `secret`, never the value.
    const pr = pullRequest(stack({}), stack({ env: { MODE: 'a', API_TOKEN: 'tok-secret-77' } }), { fork: true });
    const result = await runCheck(pr, { 'INPUT_GITHUB-TOKEN': github.readOnlyToken });
    expect(result.status).toBe(0);
    expect(result.summary).toMatch(/\| <code>web<\/code> \| 🔁 replaced \| image, secret \|/);
    expect(result.summary + result.stdout + result.stderr).not.toContain('tok-secret-77');
    expect(github.comments).toHaveLength(0);
    expect(github.calls.some((c) => c.method === 'POST' && c.status === 403)).toBe(true);
    expect(result.summary).toContain('Compared with **what is deployed**');
    expect(result.summary).toContain(
      'Not commented on the pull request: the pull request comes from a fork, and GitHub gives such runs a read-only token',
    );
    expect(result.stdout).toContain('::warning::Not commented on the pull request');
  });
});
