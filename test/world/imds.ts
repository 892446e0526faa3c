// A small EC2 instance metadata endpoint (IMDSv2) for one simulated host, on the host's own address.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface InstanceMetadata {
  instanceId: string;
  hostname: string;
  publicIpv4: string;
  region: string;
}

export interface ImdsServer {
  url: string;
  close(): Promise<void>;
}

export async function startImds(address: string, meta: InstanceMetadata): Promise<ImdsServer> {
  const tokens = new Map<string, number>();
  const values: Record<string, string> = {
    'instance-id': meta.instanceId,
    'local-hostname': meta.hostname,
    hostname: meta.hostname,
    'public-ipv4': meta.publicIpv4,
    'local-ipv4': meta.publicIpv4,
    'placement/region': meta.region,
    'placement/availability-zone': `${meta.region}a`,
  };
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method === 'PUT' && path === '/latest/api/token') {
      const ttl = Number(req.headers['x-aws-ec2-metadata-token-ttl-seconds']);
      if (!Number.isInteger(ttl) || ttl < 1 || ttl > 21600) {
        res.writeHead(400).end('missing or invalid X-aws-ec2-metadata-token-ttl-seconds');
        return;
      }
      const token = randomBytes(24).toString('base64url');
      tokens.set(token, Date.now() + ttl * 1000);
      res.writeHead(200, { 'content-type': 'text/plain', 'x-aws-ec2-metadata-token-ttl-seconds': String(ttl) }).end(token);
      return;
    }
    const token = req.headers['x-aws-ec2-metadata-token'];
    const expires = typeof token === 'string' ? tokens.get(token) : undefined;
    if (expires === undefined || expires < Date.now()) {
      // IMDSv2 only, like an instance with HttpTokens=required.
      res.writeHead(401).end();
      return;
    }
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    if (path === '/latest/meta-data/' || path === '/latest/meta-data') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(Object.keys(values).join('\n'));
      return;
    }
    const key = path.replace(/^\/latest\/meta-data\//, '');
    const value = path.startsWith('/latest/meta-data/') ? values[key] : undefined;
    if (value === undefined || value === '') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end(value);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, address, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
