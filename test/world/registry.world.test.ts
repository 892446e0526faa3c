// The quay-like registry: Bearer token auth with the robot, push/pull through the front, injected faults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type SimHost, type World } from './index.js';

let world: World;
let builder: SimHost;
let registryHost: string;
let demoV1: string;

beforeAll(async () => {
  world = await startWorld({ hosts: 2 });
  builder = await world.builder();
  registryHost = world.registry!.host;
  demoV1 = await world.buildDemoApp({ repository: `${registryHost}/acme/demo`, version: 'v1' });
});
afterAll(async () => {
  await world?.stop();
});

function login(host: SimHost, password: string): ReturnType<SimHost['exec']> {
  return host.exec(['docker', 'login', '-u', world.registry!.robot.username, '--password-stdin', registryHost], {
    input: password,
    timeoutMs: 60_000,
  });
}

describe('registry front', () => {
  it('challenges like quay.io: 401 with a Bearer realm and service', async () => {
    const res = await fetch(`http://${registryHost}/v2/acme/demo/manifests/v1`, { method: 'HEAD' });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe(
      `Bearer realm="http://${registryHost}/auth",service="berth-local-registry",scope="repository:acme/demo:pull,push"`,
    );
    const badToken = await fetch(`http://${registryHost}/auth?service=berth-local-registry`, {
      headers: { authorization: `Basic ${Buffer.from('acme+deployer:wrong').toString('base64')}` },
    });
    expect(badToken.status).toBe(401);
  });

  it('refuses docker login with a wrong password and accepts the robot', async () => {
    const wrong = await login(builder, 'not-the-password');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/unauthorized|401|denied/i);
    const right = await login(builder, world.registry!.robot.password);
    expect(right.code, right.stderr).toBe(0);
  });

  it('pushes from the builder and pulls on a host', async () => {
    const push = await builder.exec(['docker', 'push', demoV1], { timeoutMs: 120_000 });
    expect(push.code, push.stderr).toBe(0);
    const host = world.hosts[1]!;
    const anonymous = await host.docker(['pull', demoV1]);
    expect(anonymous.code).not.toBe(0);
    expect((await login(host, world.registry!.robot.password)).code).toBe(0);
    const pull = await host.docker(['pull', demoV1]);
    expect(pull.code, pull.stderr).toBe(0);
    const version = await host.docker([
      'image',
      'inspect',
      '--format',
      '{{index .Config.Labels "org.opencontainers.image.version"}}',
      demoV1,
    ]);
    expect(version.stdout.trim()).toBe('v1');
    // The credentials live in the host's own docker config, under its root.
    const config = await host.exec(['cat', `${host.env.DOCKER_CONFIG}/config.json`]);
    expect(config.stdout).toContain(registryHost);
  });

  it('answers "does this tag exist" to a token holder', async () => {
    const auth = `Basic ${Buffer.from(`${world.registry!.robot.username}:${world.registry!.robot.password}`).toString('base64')}`;
    const tokenRes = await fetch(`http://${registryHost}/auth?service=berth-local-registry&scope=repository:acme/demo:pull`, {
      headers: { authorization: auth },
    });
    const { token } = (await tokenRes.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, accept: 'application/vnd.docker.distribution.manifest.v2+json' };
    const found = await fetch(`http://${registryHost}/v2/acme/demo/manifests/v1`, { method: 'HEAD', headers });
    expect(found.status).toBe(200);
    expect(found.headers.get('docker-content-digest')).toMatch(/^sha256:[0-9a-f]{64}$/);
    const missing = await fetch(`http://${registryHost}/v2/acme/demo/manifests/nope`, { method: 'HEAD', headers });
    expect(missing.status).toBe(404);
  });

  it('fails a push on one injected 502 on the manifest PUT; the next push succeeds', async () => {
    const v2 = `${registryHost}/acme/demo:v2`;
    expect((await builder.docker(['tag', demoV1, v2])).code).toBe(0);
    world.registry!.injectFailures({ method: 'PUT', pathIncludes: '/manifests/', count: 1, kind: '502' });
    const failed = await builder.docker(['push', v2]);
    expect(failed.code).not.toBe(0);
    expect(world.registry!.requests()).toContainEqual({ method: 'PUT', path: '/v2/acme/demo/manifests/v2', status: 502 });
    const retried = await builder.docker(['push', v2]);
    expect(retried.code, retried.stderr).toBe(0);
  });

  it('drops connections (EOF) more times in a row than docker retries', async () => {
    const host = world.hosts[0]!;
    expect((await login(host, world.registry!.robot.password)).code).toBe(0);
    world.registry!.injectFailures({ pathIncludes: '/manifests/v1', count: 8, kind: 'eof' });
    const before = world.registry!.requests().length;
    const failed = await host.docker(['pull', demoV1]);
    expect(failed.code).not.toBe(0);
    const dropped = world
      .registry!.requests()
      .slice(before)
      .filter((r) => r.status === 0);
    expect(dropped.length).toBeGreaterThan(0);
    // Spend the remaining injected failures, then a pull works again.
    let pulled = false;
    for (let attempt = 0; attempt < 8 && !pulled; attempt += 1) pulled = (await host.docker(['pull', demoV1])).code === 0;
    expect(pulled).toBe(true);
  });

  it('refuses a pull after logout', async () => {
    const host = world.hosts[0]!;
    expect((await host.docker(['logout', registryHost])).code).toBe(0);
    expect((await host.docker(['rmi', demoV1])).code).toBe(0);
    expect((await host.docker(['pull', demoV1])).code).not.toBe(0);
  });

  it('holds the base images the example document runs', async () => {
    const doc = JSON.parse(world.exampleDocument()) as { docker: { registries: Record<string, unknown> } };
    expect(Object.keys(doc.docker.registries)).toEqual([registryHost]);
    const auth = `Basic ${Buffer.from(`${world.registry!.robot.username}:${world.registry!.robot.password}`).toString('base64')}`;
    const { token } = (await (await fetch(`http://${registryHost}/auth?service=x`, { headers: { authorization: auth } })).json()) as {
      token: string;
    };
    for (const path of ['acme/haproxy/manifests/1', 'acme/busybox/manifests/1']) {
      const res = await fetch(`http://${registryHost}/v2/${path}`, {
        method: 'HEAD',
        headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.docker.distribution.manifest.v2+json' },
      });
      expect(res.status, path).toBe(200);
    }
  });
});
