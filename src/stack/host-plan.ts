// The contract between the TypeScript plan code and the static host script (the parts under host/).
// The plan is everything one host needs, already resolved: no placeholder is left for the host
// to interpret except `%{ssm:...}` secret references, which the host resolves itself.
// It travels as records of raw fields (see encodeHostPlan) because the host has bash, not a JSON parser.

/**
 * A value that is either given literally or named in Parameter Store (resolved on the host). `version`
 * pins the parameter's version (the host asks for `name:version`); plans recorded before versions were
 * pinned, and the way back's plans of documents whose parameters were not looked up, have none.
 */
export type PlanValue = { kind: 'literal'; value: string } | { kind: 'ssm'; name: string; version?: number };

export interface PlanEnvVar {
  key: string;
  value: PlanValue;
  /** Secret values (by key pattern or ssm reference) go into a 0600 env file, never argv. */
  secret: boolean;
}

export type HealthCheck =
  | { kind: 'http'; url: string } // http://127.0.0.1:8080/up
  | { kind: 'http-unix'; socket: string; path: string } // host path of the socket, HTTP path
  | { kind: 'cmd'; argv: string[] } // run inside the new container with `docker exec`
  | { kind: 'docker' } // the image's own HEALTHCHECK (State.Health.Status)
  | { kind: 'none' }; // only `startup_time` (the old behaviour)

export interface HealthSettings {
  /** Seconds between probes. */
  interval: number;
  /** Seconds one probe may take. */
  timeout: number;
  /** Seconds the copy has to become healthy before it is declared failed. */
  deadline: number;
  /** Lower bound: never declared healthy before this many seconds (old `startup_time`). */
  startupTime: number;
}

/** One place a copy can run. A copy with two slots can be replaced with zero downtime. */
export interface PlanSlot {
  /** The slot's label, recorded on the container (`berth.slot`). */
  id: string;
  /** `docker run` options for this slot, before the image; no `--name`, no `-e`, no `--env-file`. */
  runArgs: string[];
  /** Arguments after the image (the split `command`, placeholders resolved for this copy and slot). */
  command: string[];
  health: HealthCheck;
  /** haproxy server name of this slot in the binding's backend (absent without a binding). */
  server?: string;
  /** haproxy server address (`unix@/path` or `127.0.0.1:port`), used to add the server when missing. */
  serverAddress?: string;
}

export interface PlanCopy {
  index: number;
  /** Runtime name, always `<definition><index>`. */
  name: string;
  /** One slot (stop-then-start) or two (start beside, then swap). */
  slots: PlanSlot[];
}

export interface LoadBalancerBinding {
  /** Host path of the haproxy runtime API socket (already under the host root). */
  adminSocket: string;
  backend: string;
  /** Seconds to wait for a drained server's sessions to end before stopping it anyway. */
  drainTimeout: number;
}

export interface PlanDefinition {
  app: string;
  name: string;
  mode: 'auto' | 'manual' | 'cron';
  /** Image reference to run: `repo:tag` or `repo@sha256:...`. */
  image: string;
  /**
   * Hash of everything that decides whether a running copy must be replaced, env sorted by key (the
   * canonical hash): the `berth.hash` label of every copy started from this plan.
   */
  hash: string;
  /**
   * The same with env in document order, as berth computed `berth.hash` before the canonical hash: a copy
   * an earlier release labelled with it also matches (`runsDefinition`). Absent: equals `hash` (a plan
   * recorded by an earlier berth, whose hash is this one).
   */
  legacyHash?: string;
  /** Redeploy even when the hash is unchanged (force input, or manual override list). */
  redeploy: boolean;
  env: PlanEnvVar[];
  copies: PlanCopy[];
  health: HealthSettings;
  stopSignal: string;
  /** Seconds between the stop signal and SIGKILL (`docker stop -t`). */
  stopGrace: number;
  loadBalancer?: LoadBalancerBinding;
  /** Names of runtime containers (`app0`) or data volumes this definition mounts or links; recreate on change. */
  dependsOn: string[];
  /**
   * How the host replaces the copies (src/stack/slots.ts rolloutOf): `surge` (all new copies at once in their
   * alternate slots), `overlap` (a worker's new copy beside the old one); absent: one copy at a time, as
   * plans before it. Not in the hash: it changes how copies are replaced, not what runs.
   */
  rollout?: 'surge' | 'overlap';
}

export interface PlanDataVolume {
  app: string;
  name: string;
  image: string;
  /** `-v` arguments (host side already under the host root). */
  volumes: string[];
}

export interface PlanMigration {
  app: string;
  definition: string;
  image: string;
  /** `docker run --rm` options (before the image) and command (after it). */
  runArgs: string[];
  command: string[];
  env: PlanEnvVar[];
}

export interface PlanCronFile {
  app: string;
  /** Host path of the managed cron file (one per app, under the host root). */
  path: string;
  /** Full crontab lines (POSIX-quoted by the plan code; cron runs them with /bin/sh). */
  lines: string[];
  /** Env files the cron jobs read (persist, mode 0600): definition name -> host path. */
  envFiles: { definition: string; path: string; env: PlanEnvVar[] }[];
}

export interface PlanRegistryLogin {
  host: string;
  username: PlanValue;
  password: PlanValue;
}

export interface HostPlan {
  version: 1;
  /** Identifies this deploy across hosts (also the lock holder's note). */
  deployId: string;
  /** Human version label (tag or short SHA). */
  release: string;
  /** Commit the release was built from (recorded on the host, for rollback without GitHub history). */
  revision?: string;
  actor: string;
  createdAt: string;
  host: { root: string; hostname: string; instanceId: string };
  apps: string[];
  lockTimeout: number;
  keepImages: number;
  /** Replace auto definitions even when unchanged. */
  force: boolean;
  /** Use images already on the host; pull only when missing (rollback). */
  preferLocalImages: boolean;
  aws: { region: string; endpoint?: string };
  registries: PlanRegistryLogin[];
  dataVolumes: PlanDataVolume[];
  definitions: PlanDefinition[];
  /** Present only on the one host that runs it this deploy. */
  migration?: PlanMigration;
  cron: PlanCronFile[];
  /** Docker log options for every container (`--log-opt` pairs are already in runArgs; kept for the record). */
  logTailLines: number;
  /**
   * Parameters this deploy wrote a new version of. A container started before berth pinned versions (no
   * `berth.secrets` label) that uses one of them is replaced rather than adopted at the new version.
   */
  rotatedSecrets?: string[];
  /** preflight: how many recorded plans per app it lists (the host's default: 4). */
  historyDepth?: number;
}

export * from './host-result.js';

// ---------------------------------------------------------------------------------------------
// Wire format read by the host script (host/lib/plan.sh), which also keeps the plans it ran in it
// (<root>/var/lib/berth/plans/, read back by its history mode): the header line `berth-plan-raw 1`,
// then records. A record is its name and its fields, each ended by the unit separator 0x1F; the record
// is ended by the record separator 0x1E. Values are raw UTF-8, so no value is ever seen by the shell as
// anything but data; a value holding 0x1E or 0x1F cannot be carried and is refused.
// D, C, S are the definition, copy and slot indexes.
//
//   meta KEY VALUE                       deployId release revision actor createdAt root hostname instanceId
//                                        lockTimeout keepImages force preferLocalImages awsRegion
//                                        awsEndpoint logTailLines rotatedSecrets (names, space-separated)
//                                        historyDepth (preflight only)
//   app NAME
//   registry HOST USER_KIND USER PASS_KIND PASS          kind: literal | ssm (value: parameter name)
//   volume APP NAME IMAGE VOLUME_ARG...
//   def D APP NAME MODE IMAGE HASH REDEPLOY COPIES STOP_SIGNAL STOP_GRACE INTERVAL TIMEOUT DEADLINE STARTUP LEGACY_HASH
//                                        LEGACY_HASH: only when it differs from HASH (absent: HASH, as in
//                                        the plans of earlier releases)
//   lb D ADMIN_SOCKET BACKEND DRAIN_TIMEOUT
//   dep D NAME...
//   rollout D STYLE                      surge | overlap (absent: one copy at a time)
//   env D KEY KIND VALUE SECRET          ssm VALUE: NAME or NAME:VERSION (names never hold `:`)
//   copy D C NAME SLOT_COUNT
//   slot D C S ID SERVER SERVER_ADDRESS HEALTH_KIND HEALTH_ARG...
//                                        http: URL; http-unix: SOCKET PATH; cmd: ARGV...; docker, none: nothing
//   runargs D C S ARG...
//   command D C S ARG...
//   migration APP DEFINITION IMAGE
//   migrationargs ARG...
//   migrationcommand ARG...
//   migrationenv KEY KIND VALUE SECRET
//   cronfile APP PATH
//   cronline APP LINE
//   cronenv APP DEFINITION PATH KEY KIND VALUE SECRET
// Booleans are `1` or `0`; numbers are decimal text.
//
// A release template (src/stack/release-template.ts) is this format with host facts and hashes as
// sentinels (0x1D NAME 0x1D) and two records of its own right after the header, which instantiating it
// drops: `meta template 1`, then `hashinput D JSON` (the text definition D's hash is the sha256 of) and,
// for a definition whose legacy hash differs, `hashinput D:legacy JSON` (its legacy hash's text).
//
// The name `raw` dates from when the action re-encoded an older line format of base64 fields into this
// one; hosts keep plans under this header, so it stays.

export const PLAN_HEADER = 'berth-plan-raw 1';
/** Ends every field (0x1F, unit separator). */
export const FIELD_END = '\x1f';
/** Ends every record (0x1E, record separator). */
export const RECORD_END = '\x1e';

/** One record of the wire format: its name and fields, each ended by FIELD_END, then RECORD_END. */
export function encodePlanRecord(name: string, ...fields: (string | number | boolean)[]): string {
  const values = fields.map((value) => (typeof value === 'boolean' ? (value ? '1' : '0') : String(value)));
  for (const value of values) {
    if (value.includes(FIELD_END) || value.includes(RECORD_END)) {
      throw new Error(`a value of the plan record "${name}" holds the control character 0x1E or 0x1F, which the host cannot carry`);
    }
  }
  return [name, ...values].map((value) => value + FIELD_END).join('') + RECORD_END;
}

/**
 * Whether a container labelled `berth.hash=containerHash` runs the definition as planned: the one rule
 * every comparison uses (the host's twin: `copy_runs_plan` in host/lib/plan.sh). Its label is the
 * definition's canonical hash, or the legacy one an earlier berth labelled it with.
 */
export function runsDefinition(containerHash: string, definition: Pick<PlanDefinition, 'hash' | 'legacyHash'>): boolean {
  return containerHash !== '' && (containerHash === definition.hash || containerHash === (definition.legacyHash ?? definition.hash));
}

function valueFields(value: PlanValue): [string, string] {
  if (value.kind === 'literal') return ['literal', value.value];
  return ['ssm', value.version !== undefined ? `${value.name}:${value.version}` : value.name];
}

function healthFields(check: HealthCheck): string[] {
  switch (check.kind) {
    case 'http':
      return ['http', check.url];
    case 'http-unix':
      return ['http-unix', check.socket, check.path];
    case 'cmd':
      return ['cmd', ...check.argv];
    case 'docker':
    case 'none':
      return [check.kind];
  }
}

export function encodeHostPlan(plan: HostPlan): string {
  const records: string[] = [];
  const meta: [string, string | number | boolean][] = [
    ['deployId', plan.deployId],
    ['release', plan.release],
    ['revision', plan.revision ?? ''],
    ['actor', plan.actor],
    ['createdAt', plan.createdAt],
    ['root', plan.host.root],
    ['hostname', plan.host.hostname],
    ['instanceId', plan.host.instanceId],
    ['lockTimeout', plan.lockTimeout],
    ['keepImages', plan.keepImages],
    ['force', plan.force],
    ['preferLocalImages', plan.preferLocalImages],
    ['awsRegion', plan.aws.region],
    ['awsEndpoint', plan.aws.endpoint ?? ''],
    ['logTailLines', plan.logTailLines],
  ];
  if (plan.rotatedSecrets && plan.rotatedSecrets.length > 0) meta.push(['rotatedSecrets', plan.rotatedSecrets.join(' ')]);
  if (plan.historyDepth !== undefined) meta.push(['historyDepth', plan.historyDepth]);
  for (const [key, value] of meta) records.push(encodePlanRecord('meta', key, value));
  for (const app of plan.apps) records.push(encodePlanRecord('app', app));
  for (const login of plan.registries) {
    records.push(encodePlanRecord('registry', login.host, ...valueFields(login.username), ...valueFields(login.password)));
  }
  for (const volume of plan.dataVolumes) {
    records.push(encodePlanRecord('volume', volume.app, volume.name, volume.image, ...volume.volumes));
  }
  plan.definitions.forEach((def, d) => {
    const h = def.health;
    records.push(
      encodePlanRecord(
        'def',
        d,
        def.app,
        def.name,
        def.mode,
        def.image,
        def.hash,
        def.redeploy,
        def.copies.length,
        def.stopSignal,
        def.stopGrace,
        h.interval,
        h.timeout,
        h.deadline,
        h.startupTime,
        // Only when it differs: a plan of env already in key order is byte for byte what earlier releases wrote.
        ...(def.legacyHash !== undefined && def.legacyHash !== def.hash ? [def.legacyHash] : []),
      ),
    );
    if (def.loadBalancer) {
      const lb = def.loadBalancer;
      records.push(encodePlanRecord('lb', d, lb.adminSocket, lb.backend, lb.drainTimeout));
    }
    if (def.dependsOn.length > 0) records.push(encodePlanRecord('dep', d, ...def.dependsOn));
    if (def.rollout !== undefined) records.push(encodePlanRecord('rollout', d, def.rollout));
    for (const env of def.env) records.push(encodePlanRecord('env', d, env.key, ...valueFields(env.value), env.secret));
    for (const copy of def.copies) {
      records.push(encodePlanRecord('copy', d, copy.index, copy.name, copy.slots.length));
      copy.slots.forEach((slot, s) => {
        records.push(
          encodePlanRecord('slot', d, copy.index, s, slot.id, slot.server ?? '', slot.serverAddress ?? '', ...healthFields(slot.health)),
        );
        records.push(encodePlanRecord('runargs', d, copy.index, s, ...slot.runArgs));
        records.push(encodePlanRecord('command', d, copy.index, s, ...slot.command));
      });
    }
  });
  if (plan.migration) {
    const m = plan.migration;
    records.push(encodePlanRecord('migration', m.app, m.definition, m.image));
    records.push(encodePlanRecord('migrationargs', ...m.runArgs));
    records.push(encodePlanRecord('migrationcommand', ...m.command));
    for (const env of m.env) records.push(encodePlanRecord('migrationenv', env.key, ...valueFields(env.value), env.secret));
  }
  for (const cron of plan.cron) {
    records.push(encodePlanRecord('cronfile', cron.app, cron.path));
    for (const line of cron.lines) records.push(encodePlanRecord('cronline', cron.app, line));
    for (const file of cron.envFiles) {
      for (const env of file.env) {
        records.push(encodePlanRecord('cronenv', cron.app, file.definition, file.path, env.key, ...valueFields(env.value), env.secret));
      }
    }
  }
  return `${PLAN_HEADER}\n${records.join('')}`;
}
