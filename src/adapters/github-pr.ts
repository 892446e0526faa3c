// What the PR check asks GitHub besides Deployments (src/adapters/github.ts): a pull request's comments
// (list, create, update, delete: the sticky prediction comment) and a file at a commit (the contents
// API, so the deployed document is read without a full-history checkout). Permissions:
// `pull-requests: write` for the comment, `contents: read` for the file.
import type { PullRequestComments } from '../deploy/sticky-comment.js';
import { GitHubApiError, repositoryPath, type GitHubApi, type GitHubApiReply } from './github.js';

function commentOf(item: unknown): { id: number; body: string } | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const record = item as Record<string, unknown>;
  return typeof record.id === 'number' ? { id: record.id, body: typeof record.body === 'string' ? record.body : '' } : undefined;
}

export function createPullRequestComments(api: GitHubApi, repo: { owner: string; repo: string }): PullRequestComments {
  const base = repositoryPath(repo.owner, repo.repo);
  return {
    async list(issue) {
      const comments: { id: number; body: string }[] = [];
      let next: string | undefined = `${base}/issues/${issue}/comments?per_page=100`;
      while (next) {
        const reply: GitHubApiReply = await api.request('GET', next);
        for (const item of Array.isArray(reply.data) ? reply.data : []) {
          const comment = commentOf(item);
          if (comment) comments.push(comment);
        }
        next = reply.next;
      }
      return comments;
    },
    async create(issue, body) {
      const reply = await api.request('POST', `${base}/issues/${issue}/comments`, { body });
      const comment = commentOf(reply.data);
      if (!comment) throw new Error(`GitHub did not create the comment (HTTP ${reply.status})`);
      return comment.id;
    },
    async update(id, body) {
      await api.request('PATCH', `${base}/issues/comments/${id}`, { body });
    },
    async remove(id) {
      try {
        await api.request('DELETE', `${base}/issues/comments/${id}`);
      } catch (error) {
        // Another run deleted it first: what we wanted.
        if (!(error instanceof GitHubApiError && error.status === 404)) throw error;
      }
    },
  };
}

/** The text of `path` at `ref` through the contents API; throws with the HTTP reason when GitHub has no such file. */
export async function readFileAtRef(api: GitHubApi, repo: { owner: string; repo: string }, path: string, ref: string): Promise<string> {
  const encoded = path
    .replace(/^\.\//, '')
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
  const reply = await api.request('GET', `${repositoryPath(repo.owner, repo.repo)}/contents/${encoded}?ref=${encodeURIComponent(ref)}`);
  const data = (typeof reply.data === 'object' && reply.data !== null ? reply.data : {}) as Record<string, unknown>;
  if (data.type !== 'file' || data.encoding !== 'base64' || typeof data.content !== 'string') {
    // Over 1 MB GitHub answers `encoding: none` without the content.
    throw new Error(
      `GitHub's contents API did not return ${path} at ${ref.slice(0, 12)} as a file (a Stack JSON over 1 MB is not served inline)`,
    );
  }
  return Buffer.from(data.content.replace(/\s+/g, ''), 'base64').toString('utf8');
}
