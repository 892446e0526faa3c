// The PR check's GitHub calls against the fake GitHub: comments (paginated list, create, update, delete
// twice), a file at a commit, and a read-only token's 403.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubApi, GitHubApiError } from '../../src/adapters/github.js';
import { createPullRequestComments, readFileAtRef } from '../../src/adapters/github-pr.js';
import { startFakeGitHub, type FakeGitHub } from '../world/fakes/github.js';

let github: FakeGitHub;
beforeEach(async () => {
  github = await startFakeGitHub();
});
afterEach(async () => github.stop());

const repo = { owner: 'acme', repo: 'shop' };
const api = (token = github.token) => createGitHubApi({ baseUrl: github.url, token });

describe('pull-request comments', () => {
  it('lists every page, creates, updates and deletes (a second delete is not an error)', async () => {
    const comments = createPullRequestComments(api(), repo);
    const ids: number[] = [];
    for (let i = 0; i < 105; i++) ids.push(await comments.create(3, `comment ${i}`));
    await comments.create(4, 'another pull request');
    const listed = await comments.list(3);
    expect(listed.map((c) => c.id)).toEqual(ids);
    expect(github.calls.filter((c) => c.method === 'GET').length).toBe(2);
    await comments.update(ids[0] as number, 'edited');
    expect(github.comments.find((c) => c.id === ids[0])?.body).toBe('edited');
    await comments.remove(ids[1] as number);
    await comments.remove(ids[1] as number);
    expect(github.comments.some((c) => c.id === ids[1])).toBe(false);
  });

  it("refuses a write with a read-only token (a fork's) with GitHub's 403", async () => {
    const comments = createPullRequestComments(api(github.readOnlyToken), repo);
    expect(await comments.list(3)).toEqual([]);
    const refused = await comments.create(3, 'x').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GitHubApiError);
    expect((refused as GitHubApiError).status).toBe(403);
  });

  it('GitHub refuses a body over 65,536 characters', async () => {
    const refused = await createPullRequestComments(api(), repo)
      .create(3, 'x'.repeat(65_537))
      .catch((error: unknown) => error);
    expect((refused as GitHubApiError).status).toBe(422);
  });
});

describe('a file at a commit', () => {
  it('decodes the base64 GitHub sends, for a path with folders; 404 when the commit has no such file', async () => {
    const text = `${JSON.stringify({ deploy: { shop: { containers: [] } }, note: 'ünïcode' }, null, 2)}\n`.repeat(20);
    github.addFile('a'.repeat(40), 'deploy/production.json', text);
    expect(await readFileAtRef(api(), repo, './deploy/production.json', 'a'.repeat(40))).toBe(text);
    const missing = await readFileAtRef(api(), repo, 'deploy/production.json', 'b'.repeat(40)).catch((error: unknown) => error);
    expect((missing as GitHubApiError).status).toBe(404);
  });
});
