// predictRelease: the host's decision per definition for pairs of documents, one pair per reason code,
// and the rules around them (manual, force, dependencies in deploy order, cron, migration, secrets).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildHostPlan } from '../../src/stack/plan.js';
import { predictRelease, REASON_CODES, type Prediction, type PredictionOptions, type ReasonCode } from '../../src/stack/predict.js';
import { hashInputReasons } from '../../src/stack/predict-reasons.js';
import { docker1, parseValid, planOptions, readFixture } from './helpers.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- free-form edits of raw JSON in tests */
function baseRaw(): any {
  return {
    deploy: {
      shop: {
        data_volumes: [{ files: { volumes: ['/srv/files:/srv/files'] } }],
        database: {
          adapter: 'postgresql',
          database: 'shop',
          host: 'db.internal',
          password: 'inline-db-pass',
          port: 5432,
          reconnect: true,
          username: 'shop',
        },
        containers: [
          { db: { deploy: 'auto', image: 'acme/db', tag: '1', containers: 1 } },
          {
            web: {
              deploy: 'auto',
              image: 'acme/web',
              tag: 'v1',
              containers: 2,
              database: true,
              command: 'serve',
              migration: 'migrate',
              links: ['db0:db'],
              env: { RACK_ENV: 'production', API_TOKEN: 'inline-token-1', SECRET_REF: '%{ssm:/shop/secret}' },
            },
          },
          { worker: { deploy: 'auto', image: 'acme/web', tag: 'v1', containers: 1, command: 'work', volumes_from: ['files'] } },
          { api: { deploy: 'auto', image: 'acme/api', tag: 'v1', containers: 1, ports: ['8080:8080'] } },
          { proxy: { deploy: 'manual', image: 'acme/proxy', tag: '1', containers: 1 } },
          { job: { deploy: 'cron', image: 'acme/web', tag: 'v1', command: 'tick', cron: { minute: '*/5' } } },
        ],
      },
    },
  };
}

const containersOf = (raw: any): Record<string, any>[] => raw.deploy.shop.containers;
const defOf = (raw: any, name: string): any => containersOf(raw).find((group) => name in group)?.[name];
const parse = (raw: any) => parseValid(JSON.stringify(raw));

const seen = new Set<ReasonCode>();
function predict(before: any, after: any, options: PredictionOptions = {}): Prediction {
  const prediction = predictRelease(before === undefined ? undefined : parse(before), parse(after), docker1, options);
  for (const d of prediction.definitions) for (const code of d.reasons) seen.add(code);
  return prediction;
}
function changed(edit: (raw: any) => void, options: PredictionOptions = {}): Prediction {
  const after = baseRaw();
  edit(after);
  return predict(baseRaw(), after, options);
}
const entry = (p: Prediction, name: string) => p.definitions.find((d) => d.definition === name);
const decisions = (p: Prediction) => Object.fromEntries(p.definitions.map((d) => [d.definition, d.decision]));
const untouchedAll = { db: 'untouched', web: 'untouched', worker: 'untouched', api: 'untouched', proxy: 'untouched', job: 'untouched' };

describe('predictRelease: no change', () => {
  it('leaves every definition untouched, keeps deploy order, runs the migration', () => {
    const p = predict(baseRaw(), baseRaw());
    expect(p.definitions.map((d) => [d.definition, d.decision, d.reasons])).toEqual(
      ['db', 'web', 'worker', 'api', 'proxy', 'job'].map((name) => [name, 'untouched', []]),
    );
    expect(p.cron).toEqual({ added: [], removed: [] });
    expect(p.migration).toBe(true);
    expect(p.host).toEqual(docker1);
  });

  it('gives untouched everywhere for other whitespace and another key order of each definition', () => {
    const reordered = baseRaw();
    for (const group of containersOf(reordered)) {
      for (const [name, def] of Object.entries<any>(group)) group[name] = Object.fromEntries(Object.entries(def).reverse());
    }
    reordered.deploy.shop = Object.fromEntries(Object.entries(reordered.deploy.shop).reverse());
    const before = parseValid(JSON.stringify(baseRaw()));
    const after = parseValid(JSON.stringify(reordered, null, '\t\t ').replace(/\n/g, '\r\n\n'));
    expect(decisions(predictRelease(before, after, docker1))).toEqual(untouchedAll);
  });

  it('gives untouched for a reordered env object: berth.hash sorts env keys, as the host compares them', () => {
    const p = changed((raw) => {
      const web = defOf(raw, 'web');
      web.env = Object.fromEntries(Object.entries(web.env).reverse());
    });
    expect(decisions(p)).toEqual(untouchedAll);
    expect(entry(p, 'web')?.reasons).toEqual([]);
    expect(p.notes.some((note) => note.startsWith('shop/web: only the order of its env keys changed: untouched'))).toBe(true);
    // The host's own comparison: the canonical hashes (the labels) are equal, the legacy ones differ.
    const after = baseRaw();
    defOf(after, 'web').env = Object.fromEntries(Object.entries(defOf(after, 'web').env).reverse());
    const webOf = (raw: any) => buildHostPlan(parse(raw), docker1, planOptions()).definitions.find((d) => d.name === 'web');
    expect(webOf(after)?.hash).toBe(webOf(baseRaw())?.hash);
    expect(webOf(after)?.legacyHash).not.toBe(webOf(baseRaw())?.legacyHash);
  });

  it('still replaces for a reordered env object that also changes a value (reason env only)', () => {
    const p = changed((raw) => {
      const web = defOf(raw, 'web');
      web.env = { ...Object.fromEntries(Object.entries(web.env).reverse()), RACK_ENV: 'staging' };
    });
    expect(entry(p, 'web')).toMatchObject({ decision: 'replaced', reasons: ['env'] });
  });

  it('predicts the seed and the example document unchanged, except a definition carrying the commit', () => {
    for (const text of [readFixture('stack-seed.json'), readFileSync(new URL('../../examples/stack.json', import.meta.url), 'utf8')]) {
      const doc = parseValid(text);
      const p = predictRelease(doc, doc, docker1);
      const replaced = p.definitions.filter((d) => d.decision !== 'untouched');
      expect(replaced.length).toBe(1);
      expect(replaced[0]).toMatchObject({ decision: 'replaced', reasons: ['rev_var'] });
      expect(p.notes.join('\n')).toMatch(/rev_var GIT_REVISION\): it is replaced on every deploy/);
      seen.add('rev_var');
    }
  });
});

describe('predictRelease: the seed and the example document', () => {
  it('seed deployed, example next: the example app starts beside it, the manual haproxy (same name) is left alone', () => {
    const seedDoc = parseValid(readFixture('stack-seed.json'));
    const exampleDoc = parseValid(readFileSync(new URL('../../examples/stack.json', import.meta.url), 'utf8'));
    const p = predictRelease(seedDoc, exampleDoc, docker1);
    expect(p.definitions.map((d) => [d.app, d.definition, d.decision, d.reasons.join(','), d.copies?.after])).toEqual([
      ['demo', 'web', 'started', '', 2],
      ['demo', 'cron', 'started', 'app', undefined],
      ['demo', 'worker', 'started', '', 1],
      ['demo', 'haproxy', 'manual', 'image,env,network,hostname,stop_signal,stop_grace,app', undefined],
      ['demo', 'logs', 'started', '', 1],
    ]);
    // The seed's app is gone from the document: its containers and cron file stay, nothing is removed.
    expect(p.cron.removed).toEqual([]);
    expect(p.notes.join('\n')).toContain('app amazing application is no longer in the document');
  });
});

describe('predictRelease: one reason code per change', () => {
  const cases: [ReasonCode, string, (raw: any) => void][] = [
    ['image', 'api', (raw) => (defOf(raw, 'api').tag = 'v2')],
    ['env', 'web', (raw) => (defOf(raw, 'web').env.RACK_ENV = 'staging')],
    ['secret', 'web', (raw) => (defOf(raw, 'web').env.SECRET_REF = '%{ssm:/shop/other}')],
    ['database', 'web', (raw) => (raw.deploy.shop.database.host = 'db2.internal')],
    ['command', 'worker', (raw) => (defOf(raw, 'worker').command = 'work --fast')],
    ['entrypoint', 'api', (raw) => (defOf(raw, 'api').entrypoint = '/bin/sh')],
    ['ports', 'api', (raw) => (defOf(raw, 'api').ports = ['8081:8080'])],
    ['volumes', 'worker', (raw) => (defOf(raw, 'worker').volumes = ['/srv/tmp:/tmp'])],
    ['links', 'api', (raw) => (defOf(raw, 'api').links = ['db0:db'])],
    ['network', 'api', (raw) => (defOf(raw, 'api').network = 'host')],
    ['log', 'api', (raw) => (defOf(raw, 'api').log = { driver: 'local', max_size: '20m', max_file: 2 })],
    ['hostname', 'api', (raw) => (defOf(raw, 'api').hostname = 'api-%{index}.%{opsworks}')],
    ['health', 'api', (raw) => (defOf(raw, 'api').health = { http: '/up', port: '8080' })],
    ['stop_signal', 'api', (raw) => (defOf(raw, 'api').stop_signal = 'QUIT')],
    ['stop_grace', 'api', (raw) => (defOf(raw, 'api').stop_grace_period = 42)],
  ];
  for (const [code, name, edit] of cases) {
    it(`${code}: ${name} replaced, the others untouched`, () => {
      const p = changed(edit);
      expect(entry(p, name)).toEqual({ app: 'shop', definition: name, decision: 'replaced', reasons: [code] });
      const others = p.definitions.filter((d) => d.definition !== name && d.definition !== 'job');
      expect(others.every((d) => d.decision === 'untouched')).toBe(true);
    });
  }

  it('load_balancer: the slots the copies run in', () => {
    const binding = { admin_socket: '/srv/haproxy/admin.sock', backend: 'api', server: 'api%{index}' };
    const before = baseRaw();
    defOf(before, 'api').load_balancer = { ...binding, slots: ['a', 'b'] };
    const after = baseRaw();
    defOf(after, 'api').load_balancer = { ...binding, slots: ['c', 'd'] };
    expect(entry(predict(before, after), 'api')).toMatchObject({ decision: 'replaced', reasons: ['load_balancer'] });
  });

  it('app: a definition moved to another app keeps its container name, and the host replaces it', () => {
    const after = baseRaw();
    const groups = containersOf(after);
    const index = groups.findIndex((g) => 'api' in g);
    const [api] = groups.splice(index, 1);
    after.deploy.other = { containers: [api] };
    const p = predict(baseRaw(), after);
    expect(entry(p, 'api')).toMatchObject({ app: 'other', decision: 'replaced', reasons: ['app'] });
    expect(p.definitions.filter((d) => d.definition === 'api')).toHaveLength(1);
  });

  it('run_options: a docker run option only a berth upgrade changes', () => {
    const input = (restart: string) => JSON.stringify({ image: 'i', env: [], runArgs: ['--restart', restart], command: [], health: null });
    const codes = hashInputReasons(input('unless-stopped'), input('always'), { revVars: new Set(), databaseKeys: new Set() });
    expect(codes).toEqual(['run_options']);
    seen.add('run_options');
  });

  it('an image change also changes RELEASE_TAG: one reason, image', () => {
    expect(
      entry(
        changed((raw) => (defOf(raw, 'web').tag = 'v2')),
        'web',
      )?.reasons,
    ).toEqual(['image']);
  });
});

describe('predictRelease: secrets', () => {
  it('a changed inline secret keeps berth.hash but gets a new Parameter Store version: replaced, reason secret', () => {
    const p = changed((raw) => (defOf(raw, 'web').env.API_TOKEN = 'inline-token-2'));
    expect(entry(p, 'web')).toMatchObject({ decision: 'replaced', reasons: ['secret'] });
    expect(entry(p, 'worker')?.decision).toBe('untouched');
    const text = JSON.stringify(p);
    for (const value of ['inline-token-1', 'inline-token-2', 'inline-db-pass']) expect(text).not.toContain(value);
  });

  it('a changed inline database password replaces every definition that takes the database', () => {
    const p = changed((raw) => (raw.deploy.shop.database.password = 'another-pass'));
    expect(entry(p, 'web')).toMatchObject({ decision: 'replaced', reasons: ['secret'] });
    expect(JSON.stringify(p)).not.toContain('another-pass');
  });

  it('says a new value behind an unchanged reference cannot be seen', () => {
    const p = predict(baseRaw(), baseRaw());
    expect(p.notes.join('\n')).toMatch(/unchanged %\{ssm:\.\.\.\} reference \(\/shop\/secret\).*cannot be seen without AWS credentials/);
  });
});

describe('predictRelease: the host rules', () => {
  it('manual: a changed manual definition is left alone unless named; named, it is replaced', () => {
    const edit = (raw: any) => (defOf(raw, 'proxy').tag = '2');
    expect(entry(changed(edit), 'proxy')).toMatchObject({ decision: 'manual', reasons: ['image'] });
    expect(entry(changed(edit, { manual: ['proxy'] }), 'proxy')).toMatchObject({ decision: 'replaced', reasons: ['image', 'manual'] });
    expect(
      entry(
        changed(() => {}, { manual: ['proxy'] }),
        'proxy',
      ),
    ).toMatchObject({ decision: 'replaced', reasons: ['manual'] });
  });

  it('force: every auto definition is replaced, manual ones are not', () => {
    const p = changed(() => {}, { force: true });
    expect(entry(p, 'api')).toMatchObject({ decision: 'replaced', reasons: ['force'] });
    expect(entry(p, 'proxy')?.decision).toBe('untouched');
  });

  it('dependency: a definition linking a container replaced earlier in deploy order is replaced too', () => {
    const p = changed((raw) => (defOf(raw, 'db').tag = '2'));
    expect(entry(p, 'db')).toMatchObject({ decision: 'replaced', reasons: ['image'] });
    expect(entry(p, 'web')).toMatchObject({ decision: 'replaced', reasons: ['dependency'] });
  });

  it('dependency: a manual definition is replaced too (deploy_definitions checks every mode), with its own change', () => {
    const p = changed((raw) => {
      defOf(raw, 'db').tag = '2';
      Object.assign(defOf(raw, 'proxy'), { links: ['db0:db'], tag: '2' });
    });
    expect(entry(p, 'proxy')).toMatchObject({ decision: 'replaced', reasons: ['image', 'links', 'dependency'] });
  });

  it('the order of definitions counts: the same change with db after web leaves web running', () => {
    const reorder = (raw: any) => {
      const groups = containersOf(raw);
      groups.splice(1, 0, groups.shift()!);
    };
    const before = baseRaw();
    reorder(before);
    const after = baseRaw();
    reorder(after);
    defOf(after, 'db').tag = '2';
    const p = predict(before, after);
    expect(p.definitions.map((d) => d.definition)).toEqual(['web', 'db', 'worker', 'api', 'proxy', 'job']);
    expect(entry(p, 'web')?.decision).toBe('untouched');
    expect(entry(p, 'db')?.decision).toBe('replaced');
  });

  it('a definition mounting a new data volume: replaced for its volumes (a copy already replaced needs no dependency)', () => {
    const p = changed((raw) => {
      raw.deploy.shop.data_volumes[0].cache = { volumes: ['/srv/cache:/srv/cache'] };
      defOf(raw, 'worker').volumes_from = ['files', 'cache'];
    });
    expect(entry(p, 'worker')).toMatchObject({ decision: 'replaced', reasons: ['volumes'] });
  });

  it('copies: more copies start beside the kept ones, fewer are removed', () => {
    const more = changed((raw) => (defOf(raw, 'web').containers = 3));
    expect(entry(more, 'web')).toEqual({
      app: 'shop',
      definition: 'web',
      decision: 'untouched',
      reasons: ['copies'],
      copies: { before: 2, after: 3 },
    });
    const fewer = changed((raw) => {
      defOf(raw, 'web').containers = 1;
      defOf(raw, 'web').command = 'serve --one';
    });
    expect(entry(fewer, 'web')).toMatchObject({ decision: 'replaced', reasons: ['command', 'copies'], copies: { before: 2, after: 1 } });
  });

  it('started and removed: a new definition, a definition deleted, one whose deploy mode is unset', () => {
    const p = changed((raw) => {
      containersOf(raw).push({ mailer: { deploy: 'auto', image: 'acme/mail', tag: '1', containers: 1 } });
      containersOf(raw).splice(
        containersOf(raw).findIndex((g) => 'api' in g),
        1,
      );
      delete defOf(raw, 'worker').deploy;
    });
    expect(entry(p, 'mailer')).toMatchObject({ decision: 'started', reasons: [], copies: { before: 0, after: 1 } });
    expect(entry(p, 'api')).toMatchObject({ decision: 'removed', reasons: [], copies: { before: 1, after: 0 } });
    expect(entry(p, 'worker')).toMatchObject({ decision: 'removed', reasons: [] });
    expect(p.definitions.slice(-2).map((d) => d.definition)).toEqual(['worker', 'api']);
  });

  it('nothing deployed: everything starts', () => {
    const p = predict(undefined, baseRaw());
    expect(p.definitions.every((d) => d.decision === 'started')).toBe(true);
    expect(p.cron.added).toHaveLength(1);
  });

  it('an app no longer in the document: the host leaves it, and says so', () => {
    const before = baseRaw();
    before.deploy.old = { containers: [{ legacy: { deploy: 'auto', image: 'acme/legacy', tag: '1', containers: 1 } }] };
    const p = predict(before, baseRaw());
    expect(entry(p, 'legacy')).toBeUndefined();
    expect(p.notes.join('\n')).toMatch(/app old is no longer in the document: the host leaves its containers/);
  });
});

describe('predictRelease: cron and mode', () => {
  it('schedule: the crontab line changes, one line removed and one added', () => {
    const p = changed((raw) => (defOf(raw, 'job').cron = { minute: '0', hour: '3' }));
    expect(entry(p, 'job')).toMatchObject({ decision: 'replaced', reasons: ['schedule'] });
    expect(p.cron.added).toHaveLength(1);
    expect(p.cron.added[0]).toMatch(/^0 3 \* \* \* root 'docker' 'run'/);
    expect(p.cron.removed[0]).toMatch(/^\*\/5 \* \* \* \* root/);
  });

  it('a cron definition whose command changes: its line (berth.hash) changes', () => {
    const p = changed((raw) => (defOf(raw, 'job').command = 'tock'));
    expect(entry(p, 'job')).toMatchObject({ decision: 'replaced', reasons: ['command'] });
    expect(p.cron.added[0]).toContain("'tock'");
  });

  it('mode: auto to cron removes the copies and adds a line; cron to auto starts copies', () => {
    const p = changed((raw) => {
      Object.assign(defOf(raw, 'api'), { deploy: 'cron', cron: { minute: '1' } });
      delete defOf(raw, 'api').ports;
      defOf(raw, 'job').deploy = 'auto';
      defOf(raw, 'job').containers = 1;
      delete defOf(raw, 'job').cron;
    });
    expect(entry(p, 'api')).toMatchObject({ decision: 'removed', reasons: ['mode'] });
    expect(entry(p, 'job')).toMatchObject({ decision: 'started', reasons: ['mode'] });
    expect(p.cron.added.some((line) => line.includes("'berth.definition=api'"))).toBe(true);
    expect(p.cron.removed.some((line) => line.includes("'berth.definition=job'"))).toBe(true);
  });

  it('a removed cron definition: its line goes', () => {
    const p = changed((raw) => containersOf(raw).pop());
    expect(entry(p, 'job')).toMatchObject({ decision: 'removed' });
    expect(p.cron.removed).toHaveLength(1);
  });
});

describe('predictRelease: migration', () => {
  it('runs on every deploy while a deployed definition has one, not with skip-migration', () => {
    expect(predict(baseRaw(), baseRaw()).migration).toBe(true);
    expect(predict(baseRaw(), baseRaw(), { skipMigration: true }).migration).toBe(false);
    expect(changed((raw) => delete defOf(raw, 'web').migration).migration).toBe(false);
    expect(changed((raw) => delete defOf(raw, 'web').deploy).migration).toBe(false);
  });
});

describe('reason codes', () => {
  it('docs/diff.md lists every code, in order, and no other', () => {
    const doc = readFileSync(new URL('../../docs/diff.md', import.meta.url), 'utf8');
    const listed = [...doc.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual([...REASON_CODES]);
  });
});

afterAll(() => {
  // Every documented code has a pair of documents above that gives it.
  expect(REASON_CODES.filter((code) => !seen.has(code))).toEqual([]);
});
