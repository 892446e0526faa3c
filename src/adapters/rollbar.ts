// Rollbar deploy notifications (DeployNotifier). Rollbar is a courtesy, never a gate: every failure
// becomes a warning carrying Rollbar's own message, and the deploy goes on.
import type { DeployNotifier, ProgressLog, RollbarItemsReader } from '../deploy/ports.js';

export interface RollbarNotifierOptions {
  /** API base, e.g. https://api.rollbar.com (the `rollbar-endpoint` input). */
  endpoint: string;
  log: ProgressLog;
  fetch?: typeof fetch;
  /** Per request; an unreachable Rollbar must not hold the deploy up. */
  timeoutMs?: number;
  /** Wait before the one retry of a 5xx or network error. */
  retryDelayMs?: number;
}

interface RollbarReply {
  ok: boolean;
  status: number;
  message: string;
  deployId?: string;
  /** The parsed JSON body (undefined when it was not JSON). */
  body?: unknown;
}

interface RollbarConnection {
  base: string;
  fetch: typeof fetch;
  timeoutMs: number;
  retryDelayMs: number;
}

function rollbarConnection(options: Omit<RollbarNotifierOptions, 'log'>): RollbarConnection {
  return {
    base: options.endpoint.replace(/\/+$/, ''),
    fetch: options.fetch ?? fetch,
    timeoutMs: options.timeoutMs ?? 10_000,
    retryDelayMs: options.retryDelayMs ?? 1_000,
  };
}

/** One call with the token in the X-Rollbar-Access-Token header (never in the URL); one retry of a 5xx or network error. */
async function rollbarRequest(
  connection: RollbarConnection,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  token: string,
  body?: unknown,
): Promise<RollbarReply> {
  let last: RollbarReply = { ok: false, status: 0, message: 'not sent' };
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      const response = await connection.fetch(`${connection.base}${path}`, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), 'x-rollbar-access-token': token },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(connection.timeoutMs),
      });
      const text = await response.text();
      last = parseReply(response.status, text);
      if (last.ok || response.status < 500) return scrub(last, token);
    } catch (error) {
      last = { ok: false, status: 0, message: error instanceof Error ? describeNetworkError(error) : String(error) };
    }
    if (attempt === 1) await new Promise((resolve) => setTimeout(resolve, connection.retryDelayMs));
  }
  return scrub(last, token);
}

type FinalStatus = 'succeeded' | 'failed';

// Rollbar answers a PATCH of a deploy it already timed out with "status is not started".
const REFUSED_AS_TIMED_OUT = /not started|timed.?out/i;

export function createRollbarNotifier(options: RollbarNotifierOptions): DeployNotifier {
  const connection = rollbarConnection(options);
  const { log } = options;

  const send = (method: 'POST' | 'PATCH', path: string, token: string, body: unknown): Promise<RollbarReply> =>
    rollbarRequest(connection, method, path, token, body);

  async function report(input: DeployInput, status: 'started' | FinalStatus): Promise<RollbarReply> {
    return send('POST', '/api/1/deploy', input.token, {
      environment: input.environment,
      revision: input.revision,
      status,
      comment: input.comment,
      local_username: input.localUsername,
    });
  }

  // The canary's read of the same API (src/deploy/steps/canary.ts): the items of the release's code version.
  const { readNewItems } = createRollbarItemsReader(options);

  return {
    readNewItems,
    async started(input) {
      if (input.token === '') return undefined;
      log.secret(input.token);
      const reply = await report(input, 'started');
      if (!reply.ok || reply.deployId === undefined) {
        log.warn(`Rollbar: could not report the start of the deploy to "${input.environment}" (${explain(reply)}). The deploy goes on.`);
        return undefined;
      }
      log.info(`Rollbar: deploy ${reply.deployId} started for "${input.environment}" at ${input.revision}.`);
      return reply.deployId;
    },

    async finished(input) {
      if (input.token === '') return;
      log.secret(input.token);
      if (input.deployId === undefined) {
        // The start was never recorded (outage or bad token): the final status alone still tells the story.
        await reportAsNew(input, 'the start was not recorded');
        return;
      }
      const reply = await send('PATCH', `/api/1/deploy/${encodeURIComponent(input.deployId)}`, input.token, { status: input.status });
      if (reply.ok) {
        log.info(`Rollbar: deploy ${input.deployId} marked ${input.status}.`);
        return;
      }
      if (reply.status >= 400 && reply.status < 500 && REFUSED_AS_TIMED_OUT.test(reply.message)) {
        await reportAsNew(input, `Rollbar had timed deploy ${input.deployId} out and refused to finish it (${explain(reply)})`);
        return;
      }
      log.warn(`Rollbar: could not mark deploy ${input.deployId} ${input.status} (${explain(reply)}). The deploy's own result stands.`);
    },
  };

  async function reportAsNew(input: DeployInput & { status: FinalStatus }, why: string): Promise<void> {
    const reply = await report(input, input.status);
    if (reply.ok) {
      const id = reply.deployId === undefined ? '' : ` ${reply.deployId}`;
      log.warn(`Rollbar: ${why}; reported the final status "${input.status}" as a new deploy${id}.`);
    } else {
      log.warn(`Rollbar: ${why}; reporting the final status "${input.status}" as a new deploy failed too (${explain(reply)}).`);
    }
  }
}

interface DeployInput {
  token: string;
  environment: string;
  revision: string;
  comment: string;
  localUsername: string;
}

function parseReply(status: number, text: string): RollbarReply {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const data = (typeof record.data === 'object' && record.data !== null ? record.data : {}) as Record<string, unknown>;
  const id = data.deploy_id;
  const message = typeof record.message === 'string' ? record.message : text.slice(0, 200);
  const ok = status >= 200 && status < 300 && record.err !== 1;
  return {
    ok,
    status,
    message,
    ...(id !== undefined && id !== null ? { deployId: String(id) } : {}),
    ...(body === undefined ? {} : { body }),
  };
}

// Rollbar never echoes the token today; this keeps it that way in our logs if it ever does.
function scrub(reply: RollbarReply, token: string): RollbarReply {
  return token === '' ? reply : { ...reply, message: reply.message.split(token).join('***') };
}

function explain(reply: RollbarReply): string {
  return reply.status === 0 ? reply.message : `HTTP ${reply.status}: ${reply.message || 'no message'}`;
}

function describeNetworkError(error: Error): string {
  const cause = (error as Error & { cause?: unknown }).cause;
  const detail = cause instanceof Error ? cause.message : '';
  return detail ? `${error.message}: ${detail}` : error.message;
}

export type RollbarReaderOptions = Omit<RollbarNotifierOptions, 'log'> & {
  /** Told when Rollbar knows no such version (counted as 0 new items). */
  log?: Pick<ProgressLog, 'info'>;
};

/**
 * Rollbar's versions API: GET /api/1/versions/{code_version}?environment=E with a read-scope project token.
 * Its `result.item_stats.new` counts the items first seen in that version, per level; the canary counts
 * `error` + `critical`. A version Rollbar has never heard of (404) has no items yet: 0, and the log says so.
 */
export function createRollbarItemsReader(options: RollbarReaderOptions): RollbarItemsReader {
  const connection = rollbarConnection(options);
  return {
    async readNewItems({ token, codeVersion, environment }) {
      if (token === '') return { unavailable: 'no Rollbar read token' };
      const path = `/api/1/versions/${encodeURIComponent(codeVersion)}?environment=${encodeURIComponent(environment)}`;
      const reply = await rollbarRequest(connection, 'GET', path, token);
      if (reply.status === 404) {
        options.log?.info(`Rollbar: no version "${codeVersion}" in "${environment}" yet (no item reported for it): 0 new items.`);
        return { new: 0 };
      }
      if (!reply.ok) return { unavailable: `Rollbar's versions API answered ${explain(reply)}` };
      const counts = newItemCounts(reply.body);
      if (counts === undefined) return { unavailable: "Rollbar's versions API answered without result.item_stats.new counts" };
      return { new: counts.critical + counts.error };
    },
  };
}

function newItemCounts(body: unknown): { critical: number; error: number } | undefined {
  const at = (value: unknown, key: string): unknown =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  const fresh = at(at(at(body, 'result'), 'item_stats'), 'new');
  if (typeof fresh !== 'object' || fresh === null) return undefined;
  const count = (level: string): number | undefined => {
    const value = at(fresh, level);
    if (value === undefined) return 0;
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
  };
  const critical = count('critical');
  const error = count('error');
  return critical === undefined || error === undefined ? undefined : { critical, error };
}
