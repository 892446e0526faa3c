// The pull-request side of the fake GitHub (what the PR check uses): issue comments (list, create,
// update, delete, with GitHub's 65,536-character body limit) and repository contents at a ref (base64,
// as GitHub answers). A write with a read-only token (a fork's pull request) gets GitHub's 403.
import type { JsonReply, JsonRequest } from './http-json.js';

export const COMMENT_BODY_LIMIT = 65_536;

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface FakePullRequestSide {
  comments: FakeComment[];
  /** sha -> path -> text. */
  files: Map<string, Map<string, string>>;
  /**
   * Holds the comment-list replies until `count` lists have arrived (or `timeoutMs` passed), then answers
   * them all as the comments are then: two concurrent runs both find no comment and both create one, the
   * race the PR check must survive.
   */
  holdLists(count: number, timeoutMs?: number): void;
  handle(req: JsonRequest, access: 'write' | 'read', body: Record<string, unknown>): Promise<JsonReply> | JsonReply | undefined;
}

function fail(status: number, message: string): JsonReply {
  return { status, body: { message, documentation_url: 'https://docs.github.com/rest/issues/comments' } };
}

export function fakePullRequestSide(options: {
  owner: string;
  repo: string;
  login: string;
  nextId: () => number;
  now: () => string;
  page: (items: unknown[], req: JsonRequest) => JsonReply;
}): FakePullRequestSide {
  const comments: FakeComment[] = [];
  const files = new Map<string, Map<string, string>>();
  const repoPath = `/repos/${options.owner}/${options.repo}`;
  let hold: { count: number; waiting: (() => void)[]; timeoutMs: number } | undefined;

  async function heldList(): Promise<void> {
    if (!hold) return;
    const barrier = hold;
    await new Promise<void>((resolve) => {
      barrier.waiting.push(resolve);
      if (barrier.waiting.length >= barrier.count) {
        hold = undefined;
        for (const release of barrier.waiting) release();
      } else {
        setTimeout(() => {
          if (hold === barrier) hold = undefined;
          resolve();
        }, barrier.timeoutMs);
      }
    });
  }

  function commentJson(comment: FakeComment): unknown {
    return { ...comment, html_url: `https://github.com/${options.owner}/${options.repo}/pull/${comment.issue}#issuecomment-${comment.id}` };
  }

  function bodyOf(body: Record<string, unknown>): string | JsonReply {
    if (typeof body.body !== 'string' || body.body === '') return fail(422, 'Validation Failed: body is missing');
    if (body.body.length > COMMENT_BODY_LIMIT) {
      return fail(422, `Validation Failed: body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)`);
    }
    return body.body;
  }

  return {
    comments,
    files,
    holdLists(count, timeoutMs = 5000) {
      hold = { count, waiting: [], timeoutMs };
    },
    handle(req, access, body) {
      const forbidden = (): JsonReply => ({
        status: 403,
        body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
      });
      const list = new RegExp(`^${repoPath}/issues/(\\d+)/comments$`).exec(req.path);
      if (list) {
        const issue = Number(list[1]);
        if (req.method === 'GET') {
          return heldList().then(() => options.page(comments.filter((c) => c.issue === issue).map(commentJson), req));
        }
        if (req.method === 'POST') {
          if (access !== 'write') return forbidden();
          const text = bodyOf(body);
          if (typeof text !== 'string') return text;
          const at = options.now();
          const comment: FakeComment = {
            id: options.nextId(),
            issue,
            body: text,
            user: { login: options.login, type: 'Bot' },
            created_at: at,
            updated_at: at,
          };
          comments.push(comment);
          return { status: 201, body: commentJson(comment) };
        }
      }
      const one = new RegExp(`^${repoPath}/issues/comments/(\\d+)$`).exec(req.path);
      if (one) {
        const index = comments.findIndex((c) => c.id === Number(one[1]));
        const comment = comments[index];
        if (!comment) return fail(404, 'Not Found');
        if (req.method === 'GET') return { status: 200, body: commentJson(comment) };
        if (access !== 'write') return forbidden();
        if (req.method === 'PATCH') {
          const text = bodyOf(body);
          if (typeof text !== 'string') return text;
          comment.body = text;
          comment.updated_at = options.now();
          return { status: 200, body: commentJson(comment) };
        }
        if (req.method === 'DELETE') {
          comments.splice(index, 1);
          return { status: 204, body: undefined };
        }
      }
      const content = new RegExp(`^${repoPath}/contents/(.+)$`).exec(req.path);
      if (content && req.method === 'GET') {
        const path = decodeURIComponent(content[1] ?? '');
        const ref = req.query.get('ref') ?? '';
        const text = files.get(ref)?.get(path);
        if (text === undefined) return fail(404, 'Not Found');
        return {
          status: 200,
          body: {
            type: 'file',
            encoding: 'base64',
            size: Buffer.byteLength(text),
            name: path.split('/').pop(),
            path,
            // GitHub wraps the base64 at 60 characters.
            content: (
              Buffer.from(text)
                .toString('base64')
                .match(/.{1,60}/g) ?? []
            ).join('\n'),
          },
        };
      }
      return undefined;
    },
  };
}
