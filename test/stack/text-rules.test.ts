// Command splitting, placeholders and the schema's old defaults.
import { describe, expect, it } from 'vitest';
import { analyzeCommand, CommandSyntaxError, posixQuote, splitCommand } from '../../src/stack/command.js';
import { interpolate, isValidSsmName, opsworksName, ssmReference, tokenize } from '../../src/stack/placeholders.js';
import { parseValid } from './helpers.js';

describe('splitCommand', () => {
  it('splits on blanks with single quotes, double quotes and backslashes, expanding nothing', () => {
    expect(splitCommand('  a  b\tc\nd ')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitCommand(`sh -c 'echo $HOME | wc'`)).toEqual(['sh', '-c', 'echo $HOME | wc']);
    expect(splitCommand(`echo "a \\"b\\" \\$c \\\\ \\n" x\\ y ''`)).toEqual(['echo', 'a "b" $c \\ \\n', 'x y', '']);
    expect(splitCommand(`a'b'"c"d`)).toEqual(['abcd']);
    expect(splitCommand('')).toEqual([]);
  });

  it('rejects unterminated quotes and a trailing backslash', () => {
    expect(() => splitCommand(`echo 'x`)).toThrow(CommandSyntaxError);
    expect(() => splitCommand('echo "x')).toThrow('unterminated double quote');
    expect(() => splitCommand('echo x\\')).toThrow('trailing backslash');
  });

  it('notes shell syntax a shell would have interpreted, outside single quotes', () => {
    expect(analyzeCommand('a && b || c; d > e < f | g').shellSyntax.sort()).toEqual(['&&', ';', '<', '>', '|'].sort());
    expect(analyzeCommand('echo $HOME "$(id)" `x`').shellSyntax.sort()).toEqual(['$(...)', '$VAR', '`'].sort());
    expect(analyzeCommand(`sh -c 'a | b && $c'`).shellSyntax).toEqual([]);
    expect(analyzeCommand('price 5$ a-b').shellSyntax).toEqual([]);
  });

  it('quotes for /bin/sh', () => {
    expect(posixQuote(`it's`)).toBe(`'it'\\''s'`);
    expect(posixQuote('')).toBe(`''`);
  });
});

describe('placeholders', () => {
  it('resolves names, keeps a lone % and turns %% into %', () => {
    expect(interpolate('%{app_name}-%{public_ip} 100% %%{x} %', { app_name: 'web0', public_ip: '1.2.3.4' })).toBe(
      'web0-1.2.3.4 100% %{x} %',
    );
    expect(() => interpolate('%{nope}', {})).toThrow('unknown placeholder %{nope}');
    expect(() => interpolate('secret-%{ssm:/a}', {})).toThrow('must be the whole value');
  });

  it('tokenizes ssm references and unclosed placeholders', () => {
    expect(tokenize('a%{ssm:/x/y}b%{oops')).toEqual([
      { kind: 'text', value: 'a' },
      { kind: 'ssm', name: '/x/y', start: 1, end: 12 },
      { kind: 'text', value: 'b' },
      { kind: 'unclosed', start: 13 },
      { kind: 'text', value: '%{oops' },
    ]);
    expect(ssmReference('%{ssm:/a/b}')).toBe('/a/b');
    expect(ssmReference('x%{ssm:/a/b}')).toBeUndefined();
    expect([
      isValidSsmName('/a/b.c-d_e'),
      isValidSsmName('plain'),
      isValidSsmName('/a b'),
      isValidSsmName('/a//b'),
      isValidSsmName(''),
    ]).toEqual([true, true, false, false, false]);
  });

  it('builds %{opsworks} from stack and host', () => {
    expect(opsworksName('Awesome Stack', 'docker1')).toBe('awesome-stack-docker1');
    expect(opsworksName('My  Big Stack', 'Web-1')).toBe('my--big-stack-web-1');
  });
});

describe('schema defaults', () => {
  it('applies the old defaults, accepts numeric strings and passes unknown top-level keys through', () => {
    const document = parseValid(
      JSON.stringify({
        opsworks_custom_cookbooks: { keep: true },
        deploy: {
          a: {
            containers: [
              { web: { deploy: 'auto', image: 'i', containers: '2', startup_time: '15', ports: [8080], env: { N: 5, B: false, Z: null } } },
            ],
          },
        },
      }),
    );
    expect(document['opsworks_custom_cookbooks']).toEqual({ keep: true });
    const web = document.deploy['a']?.containers[0]?.['web'];
    expect(web).toMatchObject({
      tag: 'latest',
      containers: 2,
      startup_time: 15,
      ports: ['8080'],
      env: { N: '5', B: 'false', Z: '' },
      database: false,
      stop_grace_period: 30,
      log: { driver: 'json-file', max_size: '10m', max_file: 5 },
    });
    expect(document.deploy['a']?.data_volumes).toEqual([]);
  });

  it('defaults load-balancer slots, server name and drain timeout, and cron fields', () => {
    const document = parseValid(
      JSON.stringify({
        deploy: {
          a: {
            containers: [
              { web: { deploy: 'auto', image: 'i', load_balancer: { admin_socket: '/s', backend: 'b' } } },
              { job: { deploy: 'cron', image: 'i', cron: { hour: 3 } } },
            ],
          },
        },
      }),
    );
    expect(document.deploy['a']?.containers[0]?.['web']?.load_balancer).toEqual({
      admin_socket: '/s',
      backend: 'b',
      slots: ['', '_b'],
      server: '%{app_name}%{slot}',
      drain_timeout: 30,
    });
    expect(document.deploy['a']?.containers[1]?.['job']?.cron).toEqual({ minute: '*', hour: '3', weekday: '*' });
  });
});
