// A local stand-in for Rollbar's deploy API (POST /api/1/deploy, PATCH /api/1/deploy/{id}) and its
// versions API (GET /api/1/versions/{code_version}?environment=E, read scope: the item counts a test sets).
// It checks the X-Rollbar-Access-Token header (the post token writes, the read token reads), records
// every call, and can misbehave the ways Rollbar does: a deploy timed out (PATCH refused, "status is not
// started") and 5xx outages.
import { startJsonServer, type JsonReply, type JsonRequest } from './http-json.js';

export type RollbarDeployStatus = 'started' | 'succeeded' | 'failed' | 'timed_out';

export interface RollbarDeploy {
  id: number;
  environment: string;
  revision: string;
  status: RollbarDeployStatus;
  comment?: string;
  local_username?: string;
  rollbar_username?: string;
}

/** Items first seen in a version, per level (Rollbar's `item_stats.new`). */
export interface RollbarItemLevels {
  critical: number;
  error: number;
  warning: number;
  info: number;
  debug: number;
}

export interface RecordedRollbarCall {
  method: string;
  path: string;
  /** The query string's parameters (e.g. environment of a versions read). */
  query: Record<string, string>;
  /** The access token the caller sent (tests assert it is the right one; never printed). */
  token: string | undefined;
  body: unknown;
  status: number;
}

export interface FakeRollbar {
  /** Base URL, e.g. http://127.0.0.1:PORT (the `rollbar-endpoint` input). */
  endpoint: string;
  /** The one token with post_server_item scope this fake accepts (deploys). */
  token: string;
  /** The one token with read scope this fake accepts (versions). */
  readToken: string;
  calls: RecordedRollbarCall[];
  deploys: Map<number, RollbarDeploy>;
  /** Every deploy still `started` becomes `timed_out`: the next PATCH of it is refused. */
  timeOutStartedDeploys(): void;
  /** Sets the new items Rollbar reports for a code version in an environment (other levels 0); the version becomes known. */
  setNewItems(codeVersion: string, environment: string, counts: Partial<RollbarItemLevels>): void;
  /** The next `count` requests (optionally of one method) answer 5xx. */
  failNext(count: number, options?: { method?: string; status?: number }): void;
  reset(): void;
  stop(): Promise<void>;
}

const STATUSES = new Set(['started', 'succeeded', 'failed', 'timed_out']);

function error(status: number, message: string): JsonReply {
  return { status, body: { err: 1, message } };
}

function stringField(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  return typeof value === 'string' ? value : undefined;
}

export interface FakeRollbarOptions {
  token?: string;
  readToken?: string;
  /** Like the project's deploy timeout: a deploy left `started` longer than this is timed out. */
  deployTimeoutMs?: number;
}

export async function startFakeRollbar(options: FakeRollbarOptions = {}): Promise<FakeRollbar> {
  const token = options.token ?? 'rollbar-post-server-token-0123456789';
  const readToken = options.readToken ?? 'rollbar-read-token-9876543210';
  // `${environment}\n${version}` -> new items; a version is known once a deploy names it or a test sets it.
  const versions = new Map<string, RollbarItemLevels>();
  const versionKey = (version: string, environment: string): string => `${environment}\n${version}`;
  const noItems = (): RollbarItemLevels => ({ critical: 0, error: 0, warning: 0, info: 0, debug: 0 });
  const calls: RecordedRollbarCall[] = [];
  const deploys = new Map<number, RollbarDeploy>();
  let nextId = 1000;
  const failures: { method?: string; status: number }[] = [];
  const startedAt = new Map<number, number>();

  function expire(deploy: RollbarDeploy): void {
    const since = startedAt.get(deploy.id);
    if (
      deploy.status === 'started' &&
      options.deployTimeoutMs !== undefined &&
      since !== undefined &&
      Date.now() - since > options.deployTimeoutMs
    ) {
      deploy.status = 'timed_out';
    }
  }

  function handle(req: JsonRequest): JsonReply {
    const failureIndex = failures.findIndex((f) => f.method === undefined || f.method === req.method);
    if (failureIndex >= 0) {
      const failure = failures.splice(failureIndex, 1)[0];
      return error(failure?.status ?? 503, 'Service Unavailable');
    }
    const sent = req.headers['x-rollbar-access-token'];
    if (typeof sent !== 'string' || sent === '') return error(401, 'Missing access token');
    if (sent !== token && sent !== readToken) return error(403, 'invalid access token');
    if (req.method === 'GET') return sent === readToken ? readVersion(req) : error(403, 'access token has no read scope');
    if (sent !== token) return error(403, 'access token has no post_server_item scope');
    const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;

    if (req.method === 'POST' && (req.path === '/api/1/deploy' || req.path === '/api/1/deploy/')) {
      const environment = stringField(body, 'environment');
      const revision = stringField(body, 'revision');
      if (!environment) return error(422, "'environment' is a required field");
      if (!revision) return error(422, "'revision' is a required field");
      if (revision.length > 40) return error(422, "'revision' is too long (max 40 characters)");
      const status = stringField(body, 'status') ?? 'succeeded';
      if (!STATUSES.has(status)) return error(422, `invalid status '${status}'`);
      const deploy: RollbarDeploy = { id: nextId++, environment, revision, status: status as RollbarDeployStatus };
      for (const key of ['comment', 'local_username', 'rollbar_username'] as const) {
        const value = stringField(body, key);
        if (value !== undefined) deploy[key] = value;
      }
      deploys.set(deploy.id, deploy);
      startedAt.set(deploy.id, Date.now());
      if (!versions.has(versionKey(revision, environment))) versions.set(versionKey(revision, environment), noItems());
      return { status: 200, body: { data: { deploy_id: deploy.id } } };
    }

    const patch = /^\/api\/1\/deploy\/(\d+)$/.exec(req.path);
    if (req.method === 'PATCH' && patch) {
      const deploy = deploys.get(Number(patch[1]));
      if (!deploy) return error(404, 'Deploy not found');
      expire(deploy);
      const status = stringField(body, 'status');
      if (!status || !STATUSES.has(status)) return error(422, `invalid status '${String(status)}'`);
      if (deploy.status !== 'started') return error(422, 'Deploy status is not started');
      deploy.status = status as RollbarDeployStatus;
      return { status: 200, body: { err: 0, result: { id: deploy.id, status: deploy.status } } };
    }
    return error(404, `no route for ${req.method} ${req.path}`);
  }

  // Shaped like Rollbar's "Get a version" answer: the version, its environment and item_stats per status and level.
  function readVersion(req: JsonRequest): JsonReply {
    const match = /^\/api\/1\/versions\/([^/]+)$/.exec(req.path);
    if (!match?.[1]) return error(404, `no route for GET ${req.path}`);
    const version = decodeURIComponent(match[1]);
    const environment = req.query.get('environment') ?? '';
    if (environment === '') return error(422, "'environment' is a required parameter");
    const counts = versions.get(versionKey(version, environment));
    if (!counts) return error(404, 'Version not found');
    const deployIds = [...deploys.values()].filter((d) => d.revision === version && d.environment === environment).map((d) => d.id);
    return {
      status: 200,
      body: {
        err: 0,
        result: {
          version,
          environment,
          deploys: deployIds,
          item_stats: { new: { ...counts }, repeated: noItems(), reactivated: noItems(), resolved: noItems() },
        },
      },
    };
  }

  const server = await startJsonServer((req) => {
    const reply = handle(req);
    const sent = req.headers['x-rollbar-access-token'];
    calls.push({
      method: req.method,
      path: req.path,
      query: Object.fromEntries(req.query),
      token: typeof sent === 'string' ? sent : undefined,
      body: req.body,
      status: reply.status,
    });
    return reply;
  });

  return {
    endpoint: server.url,
    token,
    readToken,
    calls,
    deploys,
    setNewItems(codeVersion, environment, counts) {
      versions.set(versionKey(codeVersion, environment), { ...noItems(), ...counts });
    },
    timeOutStartedDeploys() {
      for (const deploy of deploys.values()) if (deploy.status === 'started') deploy.status = 'timed_out';
    },
    failNext(count, failOptions = {}) {
      for (let i = 0; i < count; i++) {
        failures.push({ ...(failOptions.method ? { method: failOptions.method } : {}), status: failOptions.status ?? 503 });
      }
    },
    reset() {
      calls.length = 0;
      deploys.clear();
      startedAt.clear();
      versions.clear();
      failures.length = 0;
    },
    stop: () => server.stop(),
  };
}
