// A local stand-in for the GitHub Deployments REST API (what berth uses of it, with GitHub's rules):
// create a deployment, create a status, list deployments (filter environment, sha, ref, task), list
// statuses, get one deployment. Checks the token, records every call. As on GitHub, a deployment asks
// for an auto-merge and for all status checks unless told otherwise, and a `success` status marks the
// environment's earlier successful deployments `inactive` (auto_inactive, default true). The pull-request
// side (issue comments, contents at a ref, a read-only token's 403) is in github-pr.ts.
import { fakePullRequestSide, type FakeComment } from './github-pr.js';
import { startJsonServer, type JsonReply, type JsonRequest } from './http-json.js';

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface FakeDeploymentStatus {
  id: number;
  state: DeploymentState;
  description: string;
  environment: string;
  log_url: string;
  environment_url: string;
  created_at: string;
}

export interface FakeDeployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  payload: unknown;
  creator: { login: string };
  created_at: string;
  production_environment: boolean;
  transient_environment: boolean;
  statuses: FakeDeploymentStatus[];
}

export interface RecordedGitHubCall {
  method: string;
  path: string;
  body: unknown;
  status: number;
  authorized: boolean;
}

export interface FakeGitHub {
  /** The API base URL (GITHUB_API_URL), e.g. http://127.0.0.1:PORT */
  url: string;
  token: string;
  owner: string;
  repo: string;
  calls: RecordedGitHubCall[];
  /** Oldest first. */
  deployments: FakeDeployment[];
  /** Adds a deployment as if made earlier (history for rollback tests). */
  seed(input: {
    sha: string;
    environment: string;
    payload: unknown;
    states: DeploymentState[];
    ref?: string;
    createdAt?: string;
    /** The statuses' description (where a deploy records its timing). */
    description?: string;
  }): FakeDeployment;
  /** The next `count` requests answer 502. */
  failNext(count: number): void;
  /** A token that reads but cannot write (a fork's pull request): writes answer 403. */
  readOnlyToken: string;
  /** Issue and pull-request comments, oldest first. */
  comments: FakeComment[];
  /** Puts a file at a commit (the contents API answers it for `?ref=<sha>`). */
  addFile(sha: string, path: string, text: string): void;
  /** See FakePullRequestSide.holdLists. */
  holdCommentLists(count: number, timeoutMs?: number): void;
  stop(): Promise<void>;
}

const STATES = new Set<DeploymentState>(['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success']);
const SHA = /^[0-9a-f]{40}$/;

function fail(status: number, message: string): JsonReply {
  return { status, body: { message, documentation_url: 'https://docs.github.com/rest/deployments' } };
}

export interface FakeGitHubOptions {
  token?: string;
  owner?: string;
  repo?: string;
  /** Branch or tag names -> commit SHA; a 40-hex ref is its own SHA. */
  refs?: Record<string, string>;
  login?: string;
  readOnlyToken?: string;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const token = options.token ?? 'ghs_fakeGitHubToken0123456789';
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'shop';
  const login = options.login ?? 'github-actions[bot]';
  const refs = options.refs ?? {};
  const readOnlyToken = options.readOnlyToken ?? 'ghs_fakeReadOnlyForkToken0123';
  const calls: RecordedGitHubCall[] = [];
  const deployments: FakeDeployment[] = [];
  let nextId = 1;
  let failures = 0;
  // Timestamps strictly increase so "newest first" is well defined even within one millisecond.
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const now = (): string => {
    clock = Math.max(clock + 1000, Date.now());
    return new Date(clock).toISOString();
  };
  const base = `/repos/${owner}/${repo}/deployments`;

  function toJson(deployment: FakeDeployment, url: string): unknown {
    const { statuses: _statuses, ...rest } = deployment;
    return {
      ...rest,
      url: `${url}${base}/${deployment.id}`,
      statuses_url: `${url}${base}/${deployment.id}/statuses`,
      original_environment: deployment.environment,
    };
  }

  function addStatus(deployment: FakeDeployment, body: Record<string, unknown>): JsonReply | FakeDeploymentStatus {
    const state = body.state;
    if (typeof state !== 'string' || !STATES.has(state as DeploymentState)) {
      return fail(422, `Validation Failed: state "${String(state)}" is not one of ${[...STATES].join(', ')}`);
    }
    const description = typeof body.description === 'string' ? body.description : '';
    if (description.length > 140) return fail(422, 'Validation Failed: description is too long (maximum is 140 characters)');
    const logUrl = typeof body.log_url === 'string' ? body.log_url : typeof body.target_url === 'string' ? body.target_url : '';
    if (logUrl !== '' && !/^https?:\/\//.test(logUrl)) return fail(422, 'Validation Failed: log_url is not a URL');
    const status: FakeDeploymentStatus = {
      id: nextId++,
      state: state as DeploymentState,
      description,
      environment: typeof body.environment === 'string' ? body.environment : deployment.environment,
      log_url: logUrl,
      environment_url: typeof body.environment_url === 'string' ? body.environment_url : '',
      created_at: now(),
    };
    if (status.state === 'success' && body.auto_inactive !== false) {
      for (const other of deployments) {
        const latest = other.statuses[other.statuses.length - 1];
        if (
          other !== deployment &&
          other.environment === deployment.environment &&
          !other.transient_environment &&
          latest?.state === 'success'
        ) {
          other.statuses.push({ ...latest, id: nextId++, state: 'inactive', description: '', created_at: now() });
        }
      }
    }
    deployment.statuses.push(status);
    return status;
  }

  function page<T>(items: T[], req: JsonRequest, url: string): JsonReply {
    const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? 30)));
    const pageNo = Math.max(1, Number(req.query.get('page') ?? 1));
    const slice = items.slice((pageNo - 1) * perPage, pageNo * perPage);
    const headers: Record<string, string> = {};
    if (pageNo * perPage < items.length) {
      const next = new URL(`${url}${req.path}`);
      for (const [k, v] of req.query) next.searchParams.set(k, v);
      next.searchParams.set('page', String(pageNo + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return { status: 200, body: slice, headers };
  }

  const pullRequests = fakePullRequestSide({
    owner,
    repo,
    login,
    nextId: () => nextId++,
    now,
    page: (items, req) => page(items, req, baseUrl),
  });

  function access(auth: string | undefined): 'write' | 'read' | undefined {
    if (auth === `Bearer ${token}` || auth === `token ${token}`) return 'write';
    if (auth === `Bearer ${readOnlyToken}` || auth === `token ${readOnlyToken}`) return 'read';
    return undefined;
  }

  function handle(req: JsonRequest, url: string): JsonReply | Promise<JsonReply> {
    if (failures > 0) {
      failures--;
      return fail(502, 'Server Error');
    }
    const allowed = access(req.headers.authorization);
    if (!allowed) return fail(401, 'Bad credentials');
    const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
    const answered = pullRequests.handle(req, allowed, body);
    if (answered) return answered;
    if (allowed !== 'write' && req.method !== 'GET') {
      return {
        status: 403,
        body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
      };
    }

    if (req.path === base && req.method === 'POST') {
      const ref = body.ref;
      if (typeof ref !== 'string' || ref === '') return fail(422, 'Validation Failed: ref is missing');
      const sha = SHA.test(ref) ? ref : refs[ref];
      if (!sha) return fail(422, `No ref found for: ${ref}`);
      if (body.auto_merge !== false) {
        // GitHub would merge the default branch into the ref first; a deploy tool must not want that.
        return { status: 202, body: { message: `Auto-merged main into ${ref} on deployment.` } };
      }
      if (!Array.isArray(body.required_contexts) || body.required_contexts.length > 0) {
        return fail(409, `Conflict: Commit status checks failed for ${ref}.`);
      }
      const environment = typeof body.environment === 'string' ? body.environment : 'production';
      const deployment: FakeDeployment = {
        id: nextId++,
        sha,
        ref,
        task: typeof body.task === 'string' ? body.task : 'deploy',
        environment,
        description: typeof body.description === 'string' ? body.description : null,
        payload: body.payload ?? {},
        creator: { login },
        created_at: now(),
        production_environment:
          typeof body.production_environment === 'boolean' ? body.production_environment : environment === 'production',
        transient_environment: body.transient_environment === true,
        statuses: [],
      };
      deployments.push(deployment);
      return { status: 201, body: toJson(deployment, url) };
    }
    if (req.path === base && req.method === 'GET') {
      const filters = ['environment', 'sha', 'ref', 'task'] as const;
      const matching = deployments
        .filter((d) =>
          filters.every((key) => {
            const wanted = req.query.get(key);
            return wanted === null || wanted === '' || d[key] === wanted;
          }),
        )
        .reverse();
      return page(
        matching.map((d) => toJson(d, url)),
        req,
        url,
      );
    }
    const one = new RegExp(`^${base}/(\\d+)(/statuses)?$`).exec(req.path);
    if (one) {
      const deployment = deployments.find((d) => d.id === Number(one[1]));
      if (!deployment) return fail(404, 'Not Found');
      if (!one[2] && req.method === 'GET') return { status: 200, body: toJson(deployment, url) };
      if (one[2] && req.method === 'GET') return page([...deployment.statuses].reverse(), req, url);
      if (one[2] && req.method === 'POST') {
        const result = addStatus(deployment, body);
        return 'status' in result && typeof result.status === 'number' ? result : { status: 201, body: result };
      }
    }
    return fail(404, 'Not Found');
  }

  let baseUrl = '';
  const server = await startJsonServer(async (req) => {
    const reply = await handle(req, baseUrl);
    calls.push({
      method: req.method,
      path: req.path,
      body: req.body,
      status: reply.status,
      authorized: access(req.headers.authorization) !== undefined,
    });
    return reply;
  });
  baseUrl = server.url;

  return {
    url: server.url,
    token,
    owner,
    repo,
    calls,
    deployments,
    seed(input) {
      const createdAt = input.createdAt ?? now();
      const deployment: FakeDeployment = {
        id: nextId++,
        sha: input.sha,
        ref: input.ref ?? input.sha,
        task: 'deploy',
        environment: input.environment,
        description: null,
        payload: input.payload,
        creator: { login },
        created_at: createdAt,
        production_environment: input.environment === 'production',
        transient_environment: false,
        statuses: input.states.map((state) => ({
          id: nextId++,
          state,
          description: input.description ?? '',
          environment: input.environment,
          log_url: '',
          environment_url: '',
          created_at: createdAt,
        })),
      };
      deployments.push(deployment);
      return deployment;
    },
    failNext(count) {
      failures += count;
    },
    readOnlyToken,
    comments: pullRequests.comments,
    addFile(sha, path, text) {
      const files = pullRequests.files.get(sha) ?? new Map<string, string>();
      files.set(path, text);
      pullRequests.files.set(sha, files);
    },
    holdCommentLists: (count, timeoutMs) => pullRequests.holdLists(count, timeoutMs),
    stop: () => server.stop(),
  };
}
