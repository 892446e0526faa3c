// Local images, made without any image hub: a busybox base, a base for the demo app (busybox, haproxy
// whose Lua engine serves the app's HTTP, socat),
// and haproxy (the Debian binary and its libraries). Each is a rootfs tar given to `docker import`.
import { chmodSync, copyFileSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOk } from './proc.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUSYBOX_IMAGE = 'local/busybox:1';
export const DEMO_BASE_IMAGE = 'local/demo-base:1';
export const HAPROXY_IMAGE = 'local/haproxy:1';

export interface BaseImage {
  ref: string;
  tar: string;
  /** `docker import --change` instructions. */
  changes: string[];
}

async function sharedLibraries(binary: string): Promise<string[]> {
  const { stdout } = await runOk(['ldd', binary]);
  const libs: string[] = [];
  for (const line of stdout.split('\n')) {
    const match = /=>\s+(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(/.exec(line);
    if (match?.[1]) libs.push(match[1]);
  }
  return libs;
}

function copyInto(rootfs: string, source: string, target = source): void {
  const destination = join(rootfs, target);
  mkdirSync(dirname(destination), { recursive: true });
  copyFileSync(source, destination); // follows symlinks: the image gets the real file
  chmodSync(destination, 0o755);
}

async function busyboxRootfs(rootfs: string): Promise<void> {
  for (const dir of ['bin', 'usr/bin', 'etc', 'tmp', 'var/run', 'run', 'proc', 'sys', 'dev', 'root']) {
    mkdirSync(join(rootfs, dir), { recursive: true });
  }
  chmodSync(join(rootfs, 'tmp'), 0o1777);
  copyInto(rootfs, '/bin/busybox', '/bin/busybox');
  const { stdout } = await runOk(['/bin/busybox', '--list']);
  for (const applet of stdout.split('\n').map((a) => a.trim())) {
    // The applet named busybox would replace the binary with a link to itself.
    if (applet === '' || applet === 'busybox') continue;
    symlinkSync('busybox', join(rootfs, 'bin', applet));
  }
  symlinkSync('../../bin/busybox', join(rootfs, 'usr/bin/env'));
  writeFileSync(join(rootfs, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n');
  writeFileSync(join(rootfs, 'etc/group'), 'root:x:0:\nnogroup:x:65534:\n');
}

async function withBinary(rootfs: string, binary: string): Promise<void> {
  copyInto(rootfs, binary);
  for (const lib of await sharedLibraries(binary)) copyInto(rootfs, lib);
}

async function tarRootfs(rootfs: string, tar: string): Promise<void> {
  await runOk(['tar', '--numeric-owner', '-C', rootfs, '-cf', tar, '.']);
}

/** Builds the three base image tars under dir (about a second); import them into any engine. */
export async function prepareBaseImages(dir: string): Promise<BaseImage[]> {
  mkdirSync(dir, { recursive: true });
  const make = async (name: string, fill: (rootfs: string) => Promise<void>): Promise<string> => {
    const rootfs = join(dir, name);
    const tar = join(dir, `${name}.tar`);
    if (existsSync(tar)) return tar;
    mkdirSync(rootfs, { recursive: true });
    await busyboxRootfs(rootfs);
    await fill(rootfs);
    await tarRootfs(rootfs, tar);
    return tar;
  };
  const [busybox, demoBase, haproxy] = await Promise.all([
    make('busybox', async () => undefined),
    make('demo-base', async (rootfs) => {
      await withBinary(rootfs, '/usr/bin/socat');
      await withBinary(rootfs, '/usr/sbin/haproxy');
    }),
    make('haproxy', async (rootfs) => {
      await withBinary(rootfs, '/usr/sbin/haproxy');
      copyInto(rootfs, join(REPO_ROOT, 'examples/haproxy/start-haproxy'), '/usr/local/bin/start-haproxy');
      mkdirSync(join(rootfs, 'srv/socks'), { recursive: true });
      mkdirSync(join(rootfs, 'srv/haproxy'), { recursive: true });
    }),
  ]);
  return [
    { ref: BUSYBOX_IMAGE, tar: busybox, changes: ['CMD ["/bin/sh"]'] },
    { ref: DEMO_BASE_IMAGE, tar: demoBase, changes: ['CMD ["/bin/sh"]'] },
    { ref: HAPROXY_IMAGE, tar: haproxy, changes: ['ENTRYPOINT ["/usr/local/bin/start-haproxy"]'] },
  ];
}

export async function importBaseImage(env: Record<string, string>, image: BaseImage): Promise<void> {
  const args = ['/usr/bin/docker', 'import'];
  for (const change of image.changes) args.push('--change', change);
  args.push(image.tar, image.ref);
  await runOk(args, { env, timeoutMs: 60_000 });
}
