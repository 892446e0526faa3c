// Values docker parses (an image repository, a -p mapping) and text no process can carry (NUL) are
// refused by validate, at the value's line and column, rather than failing the deploy on its first host.
import { describe, expect, it } from 'vitest';
import { imageProblem, portMappingProblem, volumeProblem } from '../../src/stack/check-docker-syntax.js';
import { validateStackJson } from '../../src/stack/validate.js';

describe('image repositories', () => {
  it('takes what docker pulls: Docker Hub names, registry hosts with ports, IPs, localhost, separators', () => {
    for (const image of [
      'redis',
      'library/redis',
      'progrium/logspout',
      'quay.io/mikamai/awesome-app',
      'Quay.IO/acme/app',
      'localhost/app',
      'localhost:5000/app',
      'registry:5000/team/app',
      '127.0.0.1:5000/acme/demo',
      '[::1]:5000/acme/demo',
      'ghcr.io/a/b/c/d',
      'acme/web__app',
      'acme/web---app',
      'acme/web.app_2',
    ]) {
      expect(imageProblem(image), image).toBeUndefined();
    }
  });

  it('refuses what docker refuses, saying which part and what to write', () => {
    expect(imageProblem('quay.io/acme/app:1.0')).toBe(
      'image "quay.io/acme/app:1.0" carries a tag: put the repository in "image" and "1.0" in "tag"',
    );
    expect(imageProblem('localhost:5000/app:v2')).toContain('carries a tag: put the repository in "image" and "v2" in "tag"');
    expect(imageProblem('acme/app@sha256:abc')).toContain('carries a digest');
    expect(imageProblem('')).toBe('image is empty: name the repository, e.g. "quay.io/acme/app"');
    expect(imageProblem('  ')).toContain('image is empty');
    const parts: [string, string][] = [
      ['quay.io/Acme/app', '"Acme"'],
      ['acme/my app', '"my app"'],
      ['--privileged', '"--privileged"'],
      ['-rm', '"-rm"'],
      ['acme/app-', '"app-"'],
      ['acme/_app', '"_app"'],
      ['acme/a___b', '"a___b"'],
      ['acme/%{app_name}', '"%{app_name}"'],
    ];
    for (const [image, part] of parts) {
      expect(imageProblem(image), image).toContain(`the part ${part}`);
    }
    expect(imageProblem('quay.io//app')).toContain('an empty part (a doubled or trailing "/")');
    expect(imageProblem('quay.io/acme/')).toContain('an empty part');
    expect(imageProblem('my_registry.local/app')).toContain('starts with "my_registry.local", which is not a registry host');
    expect(imageProblem(`acme/${'a'.repeat(300)}`)).toBe('image has 305 characters, more than the 255 docker accepts');
  });
});

describe('port mappings (docker run -p)', () => {
  it('takes the forms docker takes', () => {
    for (const spec of [
      '80',
      '8080:80',
      '127.0.0.1:8080:80',
      '127.0.0.1::80',
      ':8080:80',
      '8080:80/udp',
      '53:53/sctp',
      '80/tcp',
      '8000-8009:8000-8009',
      '8000-8009:80',
      '[::1]:8080:80',
      '[2001:db8::1]:443:443/tcp',
      '65535:1',
    ]) {
      expect(portMappingProblem(spec), spec).toBeUndefined();
    }
  });

  it('refuses the rest, saying what is wrong', () => {
    expect(portMappingProblem('abc')).toBe('the container port "abc" is not a port (1-65535) or a range "8000-8009"');
    expect(portMappingProblem('99999:80')).toBe('the host port "99999" is not a port (1-65535) or a range "8000-8009"');
    expect(portMappingProblem('0:80')).toContain('the host port "0"');
    expect(portMappingProblem('80:0')).toContain('the container port "0"');
    expect(portMappingProblem('90-80:80')).toContain('the host port "90-80"');
    expect(portMappingProblem('8080:80/http')).toBe('the protocol "http" is not tcp, udp or sctp');
    expect(portMappingProblem('1.2.3:80:80')).toBe('"1.2.3" is not an IPv4 address');
    expect(portMappingProblem('300.0.0.1:80:80')).toBe('"300.0.0.1" is not an IPv4 address');
    expect(portMappingProblem('::1:80:80')).toContain('too many ":"');
    expect(portMappingProblem('[::1]80')).toContain('bracketed IPv6 address must be followed by ":"');
    expect(portMappingProblem('8000-8001:80-82')).toBe('a container port range needs a host range of the same length');
    expect(portMappingProblem('80:80-82')).toBe('a container port range needs a host range of the same length');
    expect(portMappingProblem('')).toContain('the container port ""');
    expect(portMappingProblem('-p 80')).toContain('is not a port');
  });
});

describe('volumes (docker run -v)', () => {
  it('takes the forms docker takes', () => {
    for (const spec of [
      '/data',
      '/srv/data:/data',
      '/srv/da ta:/data',
      '/srv/data:/data:ro',
      '/srv/data:/data:rw,Z',
      '/srv/data:/data:ro,rslave',
      'cache:/var/cache',
      'cache:/var/cache:nocopy',
    ]) {
      expect(volumeProblem(spec), spec).toBeUndefined();
    }
  });

  it('refuses the rest, saying what is wrong', () => {
    expect(volumeProblem('/a:/b:ro:x')).toBe('too many ":"');
    expect(volumeProblem('/a:relative')).toBe('the container path "relative" is not absolute');
    expect(volumeProblem('relative')).toBe('the container path "relative" is not absolute');
    expect(volumeProblem('')).toBe('the container path "" is not absolute');
    expect(volumeProblem('/srv:/')).toBe('the container path cannot be "/"');
    expect(volumeProblem('/data:ro')).toBe('a container path with a mode but no source: write "/host/path:/container/path:mode"');
    expect(volumeProblem('relative/dir:/data')).toContain('the source "relative/dir" is neither an absolute host path nor a volume name');
    expect(volumeProblem(':/data')).toContain('the source "" is neither');
    expect(volumeProblem('/a:/b:rwz')).toContain('the mode "rwz" is none of');
    expect(volumeProblem('/a:/b:ro,rw')).toBe('the mode "ro,rw" sets the same thing twice');
  });
});

describe('validate reports them at the value', () => {
  const document = (web: string) => `{
  "deploy": {
    "shop": {
      "containers": [
        {
          "web": ${web}
        }
      ]
    }
  }
}`;

  it('an image with its tag, a port docker refuses, a port one copy gets wrong through a placeholder', () => {
    const result = validateStackJson(
      document(`{
            "image": "quay.io/acme/shop:1.0",
            "containers": 2,
            "ports": ["8080", "127.0.0.1:9%{index}999:80"],
            "volumes": ["/srv/%{app_name}:data"],
            "deploy": "auto"
          }`),
      'shop.json',
    );
    expect(result.ok).toBe(false);
    const found = result.diagnostics.filter((d) => d.code === 'image' || d.code === 'port' || d.code === 'volume');
    expect(found.map((d) => [d.line, d.column, d.code])).toEqual([
      [7, 22, 'image'],
      [9, 31, 'port'],
      [10, 25, 'volume'],
    ]);
    expect(found[2]?.message).toContain('(one copy gets "/srv/web:data"): the container path "data" is not absolute');
    expect(found[1]?.message).toContain('(one copy gets "127.0.0.1:90999:80"): the host port "90999" is not a port');
  });

  it("a cron job's ports and hostname are ignored (it runs neither), as the cookbook ignored them: not checked", () => {
    const result = validateStackJson(
      document(`{ "image": "acme/shop", "deploy": "cron", "cron": { "minute": 5 }, "ports": ["abc"], "hostname": "${'h'.repeat(70)}" }`),
      'cron.json',
    );
    expect(result.diagnostics.filter((d) => d.code === 'port' || d.code === 'hostname')).toEqual([]);
  });

  it('a NUL anywhere berth reads (a value or a key) is refused, never quoted', () => {
    const result = validateStackJson(
      document(`{ "image": "acme/shop", "env": { "TOKEN": "s3cr\\u0000et", "A\\u0000B": "1" } }`),
      'nul.json',
    );
    const nul = result.diagnostics.filter((d) => d.code === 'nul');
    expect(nul.map((d) => d.line)).toEqual([6, 6]);
    for (const d of nul) expect(d.message).not.toContain('s3cr');
    expect(result.ok).toBe(false);
  });

  it('the seed and the examples stay clean', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of ['../shared/fixtures/stack-seed.json', 'examples/stack.json']) {
      const result = validateStackJson(readFileSync(file, 'utf8'), file);
      expect(
        result.diagnostics.filter((d) => d.severity === 'error'),
        file,
      ).toEqual([]);
    }
  });
});
