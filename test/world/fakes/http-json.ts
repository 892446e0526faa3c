// Small helpers shared by the Rollbar and GitHub fakes: a loopback JSON server on a random port.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface JsonRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface JsonReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type JsonHandler = (request: JsonRequest) => JsonReply | Promise<JsonReply>;

export interface JsonServer {
  server: Server;
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  stop(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function send(res: ServerResponse, reply: JsonReply): void {
  const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    ...reply.headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

export async function startJsonServer(handler: JsonHandler): Promise<JsonServer> {
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const body = await readBody(req);
        const reply = await handler({
          method: req.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          body,
        });
        send(res, reply);
      } catch (error) {
        send(res, { status: 500, body: { message: error instanceof Error ? error.message : String(error) } });
      }
    })();
  });
  // Keep-alive sockets would keep stop() waiting.
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake server has no TCP address');
  return {
    server,
    url: `http://127.0.0.1:${address.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
