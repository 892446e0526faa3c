// Plain fakes of the deploy ports: an in-memory Parameter Store, a recording log, a planner that
// turns a document into small plans, and a fleet whose hosts apply plans to their own state.
import type { HostCopyResult, HostPlan, HostResult, PlanDefinition } from '../../src/stack/host-plan.js';
import { listDefinitions, stackSchema, type StackDocument } from '../../src/stack/schema.js';
import type { AssociationPort, AssociationSettings, Planner, ReleaseTemplater } from '../../src/deploy/ports.js';
import type { PlanOptions } from '../../src/stack/plan.js';
import type { HostRunner, HostRunOutcome, HostRunRequest, ParameterStorePort, ProgressLog, TargetHost } from '../../src/deploy/ports.js';

export function memoryParameters(): ParameterStorePort & {
  values: Map<string, { value: string; secure: boolean }>;
  /** Each parameter's version (one per put; a value set straight into `values` is version 1). */
  versionOf: Map<string, number>;
  calls: string[];
} {
  const values = new Map<string, { value: string; secure: boolean }>();
  const versionOf = new Map<string, number>();
  const calls: string[] = [];
  return {
    values,
    versionOf,
    calls,
    async putSecure(name, value, overwrite) {
      calls.push(`putSecure ${name}`);
      if (!overwrite && values.has(name)) throw Object.assign(new Error('exists'), { name: 'ParameterAlreadyExists' });
      versionOf.set(name, values.has(name) ? (versionOf.get(name) ?? 1) + 1 : 1);
      values.set(name, { value, secure: true });
    },
    async putIfAbsent(name, value) {
      calls.push(`putIfAbsent ${name}`);
      if (values.has(name)) return false;
      values.set(name, { value, secure: false });
      return true;
    },
    async overwrite(name, value) {
      calls.push(`overwrite ${name}`);
      values.set(name, { value, secure: false });
    },
    async list(path) {
      calls.push(`list ${path}`);
      const children = [...values].filter(([name]) => name.startsWith(`${path}/`) && !name.slice(path.length + 1).includes('/'));
      return new Map(children.map(([name, stored]) => [name, stored.value]));
    },
    async get(name) {
      calls.push(`get ${name}`);
      return values.get(name)?.value;
    },
    async getMany(names) {
      return new Map(names.flatMap((n) => (values.has(n) ? [[n, values.get(n)?.value ?? '']] : [])) as [string, string][]);
    },
    async versions(names) {
      calls.push(`versions ${names.join(' ')}`);
      return new Map(names.flatMap((n) => (values.has(n) ? [[n, versionOf.get(n) ?? 1]] : [])) as [string, number][]);
    },
    async delete(name) {
      calls.push(`delete ${name}`);
      values.delete(name);
    },
  };
}

export interface RecordingLog extends ProgressLog {
  lines: string[];
  secrets: string[];
}

export function recordingLog(): RecordingLog {
  const lines: string[] = [];
  const secrets: string[] = [];
  return {
    lines,
    secrets,
    info: (m) => void lines.push(`info ${m}`),
    warn: (m) => void lines.push(`warn ${m}`),
    error: (m) => void lines.push(`error ${m}`),
    async group(title, body) {
      lines.push(`group ${title}`);
      return body();
    },
    secret: (v) => void secrets.push(v),
  };
}

export function document(value: unknown): StackDocument {
  return stackSchema.parse(value);
}

/** A document with one app: `web` (auto, 2 copies, with a migration unless told not to) and `proxy` (manual). */
export function webDocument(tag: string, options: { migration?: boolean; password?: string } = {}): StackDocument {
  return document({
    deploy: {
      shop: {
        ...(options.password ? { database: { adapter: 'mysql2', password: options.password } } : {}),
        containers: [
          {
            web: {
              deploy: 'auto',
              image: 'quay.io/acme/web',
              tag,
              containers: 2,
              ...(options.migration === false ? {} : { migration: 'rake db:migrate' }),
            },
          },
          { proxy: { deploy: 'manual', image: 'quay.io/acme/proxy', tag: '1' } },
        ],
      },
    },
  });
}

/**
 * Plans with just what the pipeline and the fleet look at; the plan travels as JSON. Several hosts'
 * plans travel as one plan set (`{"set":{instanceId: planText}}`), at most `perCommand` hosts a command.
 */
export function fakePlanner(options: { perCommand?: number } = {}): Planner & {
  plans: HostPlan[];
  calls: PlanOptions[];
  packed: { mode: string; instanceIds: string[] }[];
  packHostCommands: NonNullable<Planner['packHostCommands']>;
} {
  const plans: HostPlan[] = [];
  const calls: PlanOptions[] = [];
  const packed: { mode: string; instanceIds: string[] }[] = [];
  const perCommand = options.perCommand ?? 50;
  return {
    plans,
    calls,
    packed,
    parseDocument: (text) => document(JSON.parse(text)),
    hostPlan(doc, facts, options) {
      calls.push(options);
      const definitions: PlanDefinition[] = listDefinitions(doc).map(({ app, name, definition }) => ({
        app,
        name,
        mode: definition.deploy ?? 'auto',
        image: `${definition.image}:${definition.tag}`,
        hash: `${definition.image}:${definition.tag}`,
        redeploy: options.force,
        env: [],
        copies: Array.from({ length: definition.deploy === 'cron' ? 0 : definition.containers }, (_, index) => ({
          index,
          name: `${name}${index}`,
          slots: [],
        })),
        health: { interval: 1, timeout: 1, deadline: 10, startupTime: 0 },
        stopSignal: 'TERM',
        stopGrace: 10,
        dependsOn: [],
      }));
      const migrating = listDefinitions(doc).find((d) => d.definition.migration);
      const plan: HostPlan = {
        version: 1,
        deployId: options.deployId,
        release: options.release,
        actor: options.actor,
        createdAt: options.createdAt,
        host: { root: options.hostRoot, hostname: facts.hostname, instanceId: facts.instanceId },
        apps: Object.keys(doc.deploy),
        lockTimeout: options.lockTimeout,
        keepImages: options.keepImages,
        force: options.force,
        preferLocalImages: options.preferLocalImages,
        aws: options.aws,
        registries: [],
        dataVolumes: [],
        definitions,
        ...(options.runMigration && migrating
          ? {
              migration: {
                app: migrating.app,
                definition: migrating.name,
                image: `${migrating.definition.image}:${migrating.definition.tag}`,
                runArgs: [],
                command: ['migrate'],
                env: [],
              },
            }
          : {}),
        cron: [],
        logTailLines: options.logTailLines,
      };
      plans.push(plan);
      return plan;
    },
    encodePlan: (plan) => JSON.stringify(plan),
    hostCommands: (mode, planText) => ['berth', mode, planText ?? ''],
    packHostCommands(mode, hostPlans) {
      const out: { instanceIds: string[]; commands: string[] }[] = [];
      for (let i = 0; i < hostPlans.length; i += perCommand) {
        const chunk = hostPlans.slice(i, i + perCommand);
        const instanceIds = chunk.map((p) => p.instanceId);
        packed.push({ mode, instanceIds });
        out.push({
          instanceIds,
          commands: ['berth', mode, JSON.stringify({ set: Object.fromEntries(chunk.map((p) => [p.instanceId, p.planText])) })],
        });
      }
      return out;
    },
  };
}

/** The mode a run's commands ask for (`berth MODE PLAN`). */
export function runMode(request: HostRunRequest): string | undefined {
  return request.sends[0]?.commands[1];
}

/** The hosts of a run, in send order. */
export function runHosts(request: HostRunRequest): TargetHost[] {
  return request.sends.flatMap((send) => send.hosts);
}

/**
 * A plan text of the fake planner (JSON), with the raw `meta KEY VALUE` records a restore request adds
 * after it (src/deploy/restore.ts): the plan and those records.
 */
function parsePlanText(text: string): { plan: HostPlan; meta: Record<string, string> } {
  const at = text.indexOf('meta\x1f');
  const meta: Record<string, string> = {};
  if (at >= 0) {
    for (const record of text
      .slice(at)
      .split('\x1e')
      .filter((r) => r !== '')) {
      const [, key = '', value = ''] = record.split('\x1f');
      meta[key] = value;
    }
  }
  return { plan: JSON.parse(at >= 0 ? text.slice(0, at) : text) as HostPlan, meta };
}

/** The plan a host takes from commands: its own from a plan set, else the one plan (and a restore's extra meta). */
export function planIn(commands: string[], instanceId: string): { plan?: HostPlan; meta?: Record<string, string>; missing?: boolean } {
  const text = commands[2];
  if (!text) return {};
  if (text.startsWith('{"set":')) {
    const own = (JSON.parse(text) as { set: Record<string, string> }).set[instanceId];
    return own === undefined ? { missing: true } : parsePlanText(own);
  }
  return parsePlanText(text);
}

export interface FakeHost {
  host: TargetHost;
  copies: HostCopyResult[];
  /** Rollout of a plan that runs this image fails here (the copy never gets healthy). */
  failsOnImage?: string;
  /** Tools the preflight reports missing. */
  missing?: string[];
  /** `state`, and a rollout's final read (its read back), report this health for every copy. */
  stateHealth?: HostCopyResult['health'];
  /** A rollout's answer without its final read (a host script older than the action). */
  noFinalRead?: boolean;
  /** The durations its state files recorded for the last run (preflight reports them). */
  lastRun?: { startToHealthy: number[]; migrationSeconds: number };
  /** The host's own root (BERTH_HOST_ROOT), reported by preflight and state. */
  root?: string;
  /** Every mode and plan this host was sent (and a restore request's extra meta). */
  received: { mode: string; plan?: HostPlan; meta?: Record<string, string> }[];
  /** The plans it ran well, oldest first, as the host script records them: what a restore puts back. */
  records: { deployId: string; release: string; copies: HostCopyResult[] }[];
}

export function fakeHost(instanceId: string, hostname: string, runningTag: string | undefined, extra: Partial<FakeHost> = {}): FakeHost {
  const copies: HostCopyResult[] = runningTag
    ? [
        copy('web', 'web0', `quay.io/acme/web:${runningTag}`),
        copy('web', 'web1', `quay.io/acme/web:${runningTag}`),
        copy('proxy', 'proxy0', 'quay.io/acme/proxy:1'),
      ]
    : [];
  const records = runningTag ? [{ deployId: 'deploy-0', release: runningTag, copies }] : [];
  return { host: { instanceId, hostname, publicIp: '' }, copies, received: [], records, ...extra };
}

function copy(definition: string, name: string, image: string): HostCopyResult {
  // Like the host script: the digest field names what really runs.
  return { definition, name, containerId: `c-${name}`, image, imageDigest: image, slot: '', health: 'healthy', action: 'unchanged' };
}

function result(mode: HostResult['mode'], host: FakeHost, ok: boolean, extra: Partial<HostResult> = {}, plan?: HostPlan): HostResult {
  const planned = (c: HostCopyResult) => plan?.definitions.find((d) => d.name === c.definition)?.image;
  return {
    ok,
    mode,
    deployId: 'd',
    hostname: host.host.hostname,
    instanceId: host.host.instanceId,
    copies: host.copies.map((c) => ({
      ...c,
      ...(mode === 'state' ? { action: 'unchanged' } : {}),
      ...(mode === 'state' && host.stateHealth ? { health: host.stateHealth } : {}),
      ...(mode === 'state' && planned(c) !== undefined && planned(c) !== c.image ? { action: 'outdated' } : {}),
    })),
    removed: [],
    prunedImages: [],
    timings: { totalSeconds: 1, lockWaitSeconds: 0 },
    ...(host.root && (mode === 'preflight' || mode === 'state') ? { root: host.root } : {}),
    ...extra,
  };
}

/** A preflight's reads on a fake host: its copies as containers (hash: the image, as the fake planner's), its records. */
function preflightReads(fake: FakeHost, plan: HostPlan): Pick<HostResult, 'preflight' | 'history'> {
  const app = plan.apps[0] ?? '';
  const containers = fake.copies.map((c) => ({
    name: c.name,
    app,
    definition: c.definition,
    image: c.image,
    running: c.health !== 'missing',
    health: c.health === 'missing' ? ('stopped' as const) : c.health,
    hash: c.image,
  }));
  const history = [...fake.records].reverse().map((r, i) => ({
    app,
    release: r.release,
    deployId: r.deployId,
    revision: '',
    at: `2026-12-04T00:00:${String(59 - i).padStart(2, '0')}Z`,
    images: Object.fromEntries(r.copies.map((c) => [`${app}/${c.definition}`, c.image])),
  }));
  return { preflight: { listed: true, containers, lastRun: fake.lastRun ?? { startToHealthy: [], migrationSeconds: 0 } }, history };
}

/** The host script's restore mode on a fake host: the newest record not of the undone deploy (or of the named one). */
function restoreOn(
  fake: FakeHost,
  request: HostPlan,
  meta: Record<string, string>,
): Pick<HostRunOutcome, 'status' | 'exitCode' | 'result'> {
  const undo = meta['undo'];
  const record = [...fake.records].reverse().find((r) => (undo !== undefined ? r.deployId !== undo : r.deployId === meta['restore']));
  if (!record) {
    const reason = `no record of what this host ran before deploy ${undo ?? meta['restore'] ?? '?'} for ${request.apps.join(' ')}; nothing restored`;
    return { status: 'Failed', exitCode: 1, result: result('restore', fake, false, { history: [], failure: { reason } }) };
  }
  const failing = record.copies.find((c) => c.image === fake.failsOnImage);
  if (failing) {
    const reason = `${failing.name} did not become healthy`;
    return { status: 'Failed', exitCode: 1, result: result('restore', fake, false, { history: [], failure: { reason } }) };
  }
  fake.copies = record.copies.map((c) => ({
    ...c,
    action: fake.copies.some((now) => now.name === c.name && now.image === c.image) ? 'unchanged' : 'replaced',
  }));
  fake.records.push({ deployId: request.deployId, release: record.release, copies: fake.copies });
  const history = [
    { app: request.apps[0] ?? '', release: record.release, deployId: record.deployId, revision: '', at: '20261204T000000Z', images: {} },
  ];
  return { status: 'Success', exitCode: 0, result: result('restore', fake, true, { history }) };
}

/** A HostRunner over fake hosts: each applies the plans it gets to its own copies. */
export function fakeFleet(hosts: FakeHost[]): HostRunner & { runs: HostRunRequest[] } {
  const runs: HostRunRequest[] = [];
  return {
    runs,
    async resolveTargets(targets) {
      return hosts.map((h) => h.host).filter((h) => targets.instanceIds.length === 0 || targets.instanceIds.includes(h.instanceId));
    },
    async run(request) {
      runs.push(request);
      const items = request.sends.flatMap((send, index) => send.hosts.map((host) => ({ host, commands: send.commands, index })));
      return items.map(({ host, commands, index }): HostRunOutcome => {
        const fake = hosts.find((h) => h.host.instanceId === host.instanceId);
        if (!fake) throw new Error(`no fake host ${host.instanceId}`);
        const mode = commands[1] ?? '';
        const { plan, meta, missing } = planIn(commands, host.instanceId);
        const base = { host, commandId: `cmd-${runs.length}-${index + 1}`, stdoutTail: '', stderrTail: '' };
        if (missing) {
          // Like the host script: a plan set without this host's plan fails on it.
          return {
            ...base,
            status: 'Failed',
            exitCode: 1,
            result: result(mode as HostResult['mode'], fake, false, { failure: { reason: 'no plan for this host in the plan set' } }),
          };
        }
        fake.received.push({ mode, ...(plan ? { plan } : {}), ...(meta && Object.keys(meta).length > 0 ? { meta } : {}) });
        request.onProgress?.(host, 'InProgress');
        if (mode === 'preflight') {
          const facts = {
            hostname: fake.host.hostname,
            publicIp: '203.0.113.9',
            instanceId: host.instanceId,
            dockerVersion: '20.10',
            freeDiskMb: 9000,
            missing: fake.missing ?? [],
          };
          // With a plan (root and apps), as the host script: its containers, records and last durations.
          const reads = plan ? preflightReads(fake, plan) : {};
          return {
            ...base,
            status: 'Success',
            exitCode: 0,
            result: { ...result('preflight', fake, true, { facts, ...reads }), copies: [] },
          };
        }
        if (mode === 'state') {
          if (!plan) throw new Error('state without a plan');
          return { ...base, status: 'Success', exitCode: 0, result: result('state', fake, true, {}, plan) };
        }
        if (!plan) throw new Error(`${mode} without a plan`);
        if (mode === 'restore') return { ...base, ...restoreOn(fake, plan, meta ?? {}) };
        const failing = plan.definitions.find((d) => d.image === fake.failsOnImage);
        const before = fake.copies;
        // Definitions before the failing one are replaced, as the host script goes in order.
        for (const def of plan.definitions) {
          if (def === failing) break;
          if (def.mode === 'manual' && fake.copies.some((c) => c.definition === def.name) && !def.redeploy) continue;
          fake.copies = [
            ...fake.copies.filter((c) => c.definition !== def.name),
            ...def.copies.map((c) => ({ ...copy(def.name, c.name, def.image), action: 'replaced' })),
          ];
        }
        if (failing) {
          // Like the host script: it reports what it replaced, then puts it back before it answers.
          const failed = result('rollout', fake, false, {
            failure: { reason: `${failing.name}0 did not become healthy`, container: `${failing.name}0`, logTail: ['boom'] },
          });
          fake.copies = before;
          return { ...base, status: 'Failed', exitCode: 1, result: failed };
        }
        fake.copies = fake.copies.filter((c) => plan.definitions.some((d) => d.name === c.definition));
        fake.records.push({ deployId: plan.deployId, release: plan.release, copies: fake.copies });
        // The host's final read, after its cleanup: every planned copy as a state run reads it.
        const final = fake.noFinalRead ? {} : { final: result('state', fake, true, {}, plan).copies };
        return { ...base, status: 'Success', exitCode: 0, result: result('rollout', fake, true, final) };
      });
    },
  };
}

/** State Manager in memory: the associations by id, and every call made (`create NAME`, `update ID`, `delete ID`). */
export function memoryAssociations(): AssociationPort & { byId: Map<string, AssociationSettings>; calls: string[] } {
  const byId = new Map<string, AssociationSettings>();
  const calls: string[] = [];
  let next = 1;
  return {
    byId,
    calls,
    async find(name) {
      calls.push(`find ${name}`);
      const found = [...byId].find(([, settings]) => settings.name === name);
      return found ? { ...structuredClone(found[1]), id: found[0] } : undefined;
    },
    async create(settings) {
      calls.push(`create ${settings.name}`);
      const id = `assoc-${next++}`;
      byId.set(id, structuredClone(settings));
      return id;
    },
    async update(id, settings) {
      calls.push(`update ${id}`);
      if (!byId.has(id)) throw Object.assign(new Error(`no association ${id}`), { name: 'AssociationDoesNotExist' });
      byId.set(id, structuredClone(settings));
    },
    async delete(id) {
      calls.push(`delete ${id}`);
      byId.delete(id);
    },
  };
}

/**
 * Release templates of the fake planner: the plan's JSON after a `template` line, refused (as the real
 * one is) when a value holds 0x1D; the association's commands name the record and the lock.
 */
export function fakeTemplater(): ReleaseTemplater & { encoded: HostPlan[] } {
  const encoded: HostPlan[] = [];
  return {
    encoded,
    facts: (stackName) => ({ hostname: '\x1dhostname\x1d', instanceId: '\x1dinstance_id\x1d', publicIp: '\x1dpublic_ip\x1d', stackName }),
    encode(plan) {
      const text = JSON.stringify(plan);
      const withoutFacts = ['hostname', 'instance_id', 'public_ip'].reduce((t, fact) => t.replaceAll(`\\u001d${fact}\\u001d`, ''), text);
      if (withoutFacts.includes('\\u001d')) {
        throw new Error('the document holds the control character 0x1D');
      }
      encoded.push(plan);
      return `template\n${text}`;
    },
    convergeCommands: (options) => ['berth', 'converge', JSON.stringify(options)],
  };
}
