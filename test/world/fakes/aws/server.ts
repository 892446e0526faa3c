// The HTTP front: AWS JSON 1.1 over `POST /`, one handler per `x-amz-target`, errors as `{__type, message}`.
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwsError } from './errors.js';
import type { Faults } from './faults.js';
import type { Body } from './input.js';
import { appendRequestLog } from './request-log.js';
import { checkSigV4 } from './sigv4.js';
import type { RecordedRequest } from './types.js';

export interface CallerContext {
  region: string;
}

export type Handler = (body: Body, caller: CallerContext) => unknown;

/** What AWS would refuse a request with (checked before it reaches its handler), or undefined. */
export type RequestValidator = (target: string, body: Body) => AwsError | undefined;

interface AnswerOptions {
  handlers: Record<string, Handler>;
  faults: Faults;
  requests: RecordedRequest[];
  validate: RequestValidator;
  /** File to append every request to as a JSON line (BERTH_FAKE_AWS_LOG); none when undefined. */
  requestLog?: string | undefined;
}

/** Target prefix -> the service name its SigV4 credential scope must carry. */
const SERVICES: Record<string, string> = {
  AmazonSSM: 'ssm',
  OpsWorks_20130218: 'opsworks',
};

const MAX_BODY_BYTES = 1024 * 1024;

export interface ProtocolServer {
  endpoint: string;
  close(): Promise<void>;
}

export async function serveAwsJson(options: AnswerOptions & { port: number }): Promise<ProtocolServer> {
  const server: Server = createServer((req, res) => {
    void answer(req, res, options);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function answer(req: IncomingMessage, res: ServerResponse, options: AnswerOptions): Promise<void> {
  const target = typeof req.headers['x-amz-target'] === 'string' ? req.headers['x-amz-target'] : '';
  const record: RecordedRequest = { target, body: undefined, at: Date.now() };
  options.requests.push(record);
  try {
    const text = await readBody(req);
    if (options.requestLog !== undefined) appendRequestLog(options.requestLog, target, text);
    record.body = parseJson(text);
    if (req.method !== 'POST' || (req.url ?? '/').split('?')[0] !== '/') {
      throw new AwsError('UnknownOperationException', `AWS JSON 1.1 is spoken as POST /, not ${req.method ?? ''} ${req.url ?? ''}`);
    }
    if (!target)
      throw new AwsError(
        'UnknownOperationException',
        'Missing x-amz-target header: expected AmazonSSM.<Operation> or OpsWorks_20130218.<Operation>',
      );
    const prefix = target.slice(0, target.indexOf('.'));
    const service = SERVICES[prefix];
    if (!service)
      throw new AwsError(
        'UnknownOperationException',
        `Unknown service in x-amz-target '${target}': this fake speaks ${Object.keys(SERVICES).join(', ')}`,
      );
    const caller = checkSigV4(req.headers, service);
    const contentType = req.headers['content-type'] ?? '';
    if (!contentType.startsWith('application/x-amz-json-1.1')) {
      throw new AwsError('UnknownOperationException', `Content-Type must be application/x-amz-json-1.1, got '${contentType}'`);
    }
    if (typeof record.body !== 'object' || record.body === null || Array.isArray(record.body)) {
      throw new AwsError('SerializationException', 'The request body must be a JSON object.');
    }
    const handler = options.handlers[target];
    if (!handler) {
      const known = Object.keys(options.handlers)
        .filter((name) => name.startsWith(`${prefix}.`))
        .map((name) => name.slice(prefix.length + 1));
      throw new AwsError(
        'UnknownOperationException',
        `Operation ${target} is not implemented by the berth fake AWS. Implemented: ${known.join(', ')}`,
      );
    }
    const refusal = options.validate(target, record.body as Body);
    if (refusal) throw refusal;
    if (!options.faults.admit(target)) throw new AwsError('ThrottlingException', 'Rate exceeded');
    const result = await handler(record.body as Body, { region: caller.region });
    send(res, 200, result ?? {}, record);
  } catch (error) {
    if (error instanceof AwsError) {
      record.error = error.type;
      send(res, error.status, { __type: error.type, message: error.message }, record);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      record.error = 'InternalServerError';
      send(res, 500, { __type: 'InternalServerError', message: `fake AWS bug: ${message}` }, record);
    }
  }
}

function send(res: ServerResponse, status: number, payload: unknown, record: RecordedRequest): void {
  record.status = status;
  const text = JSON.stringify(payload);
  const headers: Record<string, string | number> = {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
  };
  if (status >= 400 && typeof payload === 'object' && payload !== null && '__type' in payload) {
    headers['x-amzn-errortype'] = String((payload as { __type: unknown }).__type);
  }
  res.writeHead(status, headers);
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new AwsError('SerializationException', `Request body larger than ${MAX_BODY_BYTES} bytes`, 413);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AwsError('SerializationException', 'The request body is not valid JSON.');
  }
}
