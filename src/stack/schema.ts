// The shape of a Stack JSON document (see the spec), with the old cookbook's defaults applied.
// Semantic checks (references, placeholders, cron ranges...) live in validate.ts; this file only
// decides types and defaults, so StackDocument is what the rest of the code can rely on.
import { z } from 'zod';

// Zod compiles object parsers with `new Function` on first use; for one parse per run (validate's cold
// start) that costs more than it saves (~160 ms measured on the seed).
z.config({ jitless: true });

/** Copies one definition may run (documented): more is a typo, and the host names every copy. */
export const MAX_COPIES = 100;
/** Seconds a wait may last: more is a typo (and would reach the host as `1e+21`). */
export const MAX_SECONDS = 86_400;

/** Integers the old Ruby code read with `to_i`: JSON numbers and numeric strings both work. */
function integer(what: string, min = 0, max = Number.MAX_SAFE_INTEGER) {
  const message = `${what} must be a whole number (a number or a numeric string such as "2")`;
  return z
    .union([z.number(), z.string()], { error: message })
    .transform((value, context) => {
      const number = typeof value === 'number' ? value : /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(number)) context.addIssue({ code: 'custom', message, input: value });
      return Number.isInteger(number) ? number : min;
    })
    .pipe(
      z
        .number()
        .min(min, { error: `${what} must be at least ${min}` })
        .max(max, { error: `${what} must be at most ${max}` }),
    );
}

/** Env, database and similar values: any JSON scalar, kept as the text the container sees. */
const scalar = z
  .union([z.string(), z.number(), z.boolean(), z.null()], {
    error: 'must be a string, number, boolean or null (not an object or array)',
  })
  .transform((value) => (value === null ? '' : String(value)));

/** Arrays of strings where old documents sometimes wrote numbers (ports such as 8080). */
const stringList = z.array(
  z.union([z.string(), z.number()], { error: 'must be a string' }).transform((value) => String(value)),
  { error: 'must be an array of strings' },
);

const seconds = (what: string) => integer(what, 0, MAX_SECONDS);

/** A string setting: `what` says what it holds, for the message when something else is given. */
const text = (what: string) => z.string({ error: `${what} must be a string` });

const cronField = z
  .union([z.string(), z.number()], { error: 'cron fields must be a number or a cron expression such as "*/5"' })
  .transform((value) => String(value).trim());

const healthTiming = {
  interval: seconds('health.interval').optional(),
  timeout: seconds('health.timeout').optional(),
  retries: integer('health.retries', 1, 10_000).optional(),
  deadline: seconds('health.deadline').optional(),
};

/** Unknown keys inside objects are reported (warning) on the raw text, so the objects here are not strict. */
export const httpHealthSchema = z.object({
  http: z.string({ error: 'health.http must be an HTTP path such as "/up"' }),
  port: z.union([z.number().int(), z.string()], { error: 'health.port must be a port number such as 3000' }).transform(String).optional(),
  socket: text('health.socket').optional(),
  ...healthTiming,
});

export const commandHealthSchema = z.object({
  cmd: z.string({ error: 'health.cmd must be a command string' }),
  ...healthTiming,
});

export const healthSchema = z.union([z.literal('docker'), httpHealthSchema, commandHealthSchema], {
  error:
    'health must be "docker", {"http": "/up", "port": 3000} (or "socket": host path), or {"cmd": "..."}; with optional interval, timeout, retries, deadline',
});

export const loadBalancerSchema = z.object(
  {
    admin_socket: z.string({ error: 'load_balancer.admin_socket is required: the host path of the haproxy runtime API socket' }),
    backend: z.string({ error: 'load_balancer.backend is required: the haproxy backend name' }),
    slots: z.tuple([z.string(), z.string()], { error: 'load_balancer.slots must be two strings, e.g. ["", "_b"]' }).default(['', '_b']),
    server: text('load_balancer.server').default('%{app_name}%{slot}'),
    address: text('load_balancer.address').optional(),
    drain_timeout: seconds('load_balancer.drain_timeout').default(30),
  },
  { error: 'load_balancer must be an object such as {"admin_socket": "/var/run/haproxy.sock", "backend": "app"}' },
);

export const logSchema = z.object(
  {
    driver: text('log.driver').default('json-file'),
    max_size: text('log.max_size').default('10m'),
    max_file: integer('log.max_file', 1, 100).default(5),
  },
  { error: 'log must be an object such as {"driver": "json-file", "max_size": "10m", "max_file": 5}' },
);

export const cronSchema = z.object(
  {
    minute: cronField.default('*'),
    hour: cronField.default('*'),
    weekday: cronField.default('*'),
  },
  { error: 'cron must be an object such as {"minute": 0, "hour": 3, "weekday": "*"}, not a crontab line' },
);

export const rollbarSchema = z.object(
  {
    access_token: text('notifications.rollbar.access_token').default(''),
    env_var: text('notifications.rollbar.env_var').optional(),
    rev_var: text('notifications.rollbar.rev_var').optional(),
  },
  { error: 'notifications.rollbar must be an object {"access_token": ..., "env_var": ..., "rev_var": ...}' },
);

export const notificationsSchema = z.object(
  { rollbar: rollbarSchema.optional() },
  {
    error: 'notifications must be an object such as {"rollbar": {"access_token": "..."}}',
  },
);

export const deployModes = ['auto', 'manual', 'cron'] as const;
export type DeployMode = (typeof deployModes)[number];

export const definitionSchema = z.object(
  {
    image: z.string({
      error: (issue) =>
        issue.input === undefined
          ? 'image is required: the repository without tag, e.g. "quay.io/acme/app"'
          : 'image must be a string such as "quay.io/acme/app"',
    }),
    tag: z.union([z.string(), z.number()], { error: 'tag must be a string such as "v1.2.0"' }).transform(String).default('latest'),
    deploy: z
      .enum(deployModes, {
        error: (issue) => `deploy must be "auto", "manual" or "cron", not ${JSON.stringify(issue.input)}`,
      })
      .optional(),
    containers: integer('containers', 0, MAX_COPIES).default(1),
    startup_time: seconds('startup_time').optional(),
    database: z
      .union([z.boolean(), z.enum(['true', 'false'])], { error: 'database must be true or false' })
      .transform((value) => value === true || value === 'true')
      .default(false),
    env: z.record(z.string(), scalar, { error: 'env must be an object of KEY: value' }).default({}),
    env_from: z.string({ error: 'env_from must be the name of another definition' }).optional(),
    ports: stringList.default([]),
    links: stringList.default([]),
    volumes: stringList.default([]),
    volumes_from: stringList.default([]),
    entrypoint: text('entrypoint').optional(),
    command: z.string({ error: 'command must be a string' }).optional(),
    migration: z.string({ error: 'migration must be a command string' }).optional(),
    hostname: text('hostname').optional(),
    cron: cronSchema.optional(),
    notifications: notificationsSchema.optional(),
    // Extensions (absent = old behaviour).
    health: healthSchema.optional(),
    load_balancer: loadBalancerSchema.optional(),
    stop_signal: text('stop_signal').optional(),
    stop_grace_period: seconds('stop_grace_period').default(30),
    // How copies are replaced (src/stack/slots.ts rolloutOf): all new copies side by side, or never two at once.
    surge: z.boolean({ error: 'surge must be true or false' }).optional(),
    exclusive: z.boolean({ error: 'exclusive must be true or false' }).optional(),
    network: text('network').optional(),
    log: logSchema.default({ driver: 'json-file', max_size: '10m', max_file: 5 }),
  },
  { error: 'a definition must be an object such as {"deploy": "auto", "image": "quay.io/acme/app"}' },
);

/** Keys a definition may have; anything else is reported (warning) with a "did you mean". */
export const definitionKeys = Object.keys(definitionSchema.shape);

export const databaseSchema = z.object(
  {
    adapter: scalar.optional(),
    database: scalar.optional(),
    host: scalar.optional(),
    password: scalar.optional(),
    port: scalar.optional(),
    reconnect: scalar.optional(),
    username: scalar.optional(),
  },
  { error: 'database must be an object {"adapter": ..., "database": ..., "host": ..., "password": ..., "port": ..., "username": ...}' },
);

const dataVolumeSchema = z.object(
  { volumes: stringList.default([]) },
  {
    error:
      'a data volume must be {"volumes": ["/path", ...]} (old docs wrote {"<name>": ["/path"]}; here that is [{"<name>": {"volumes": ["/path"]}}])',
  },
);

/** Keys of each object the cookbook read; anything else is reported on the raw text. */
export const dataVolumeKeys = Object.keys(dataVolumeSchema.shape);

const dataVolumesShape =
  'data_volumes must be an array of objects mapping a name to {"volumes": [paths]}, e.g. [{"socks": {"volumes": ["/var/run"]}}] (old docs showed {"socks": ["/var/run"]}: write that as [{"socks": {"volumes": ["/var/run"]}}])';
const containersShape =
  'containers must be an array of objects mapping a definition name to its settings, e.g. [{"app": {"deploy": "auto", "image": "..."}}] (an object of definitions goes inside [ ])';

export const appSchema = z.object(
  {
    data_volumes: z.array(z.record(z.string(), dataVolumeSchema, { error: dataVolumesShape }), { error: dataVolumesShape }).default([]),
    containers: z.array(z.record(z.string(), definitionSchema, { error: containersShape }), { error: containersShape }).default([]),
    database: databaseSchema.optional(),
  },
  { error: 'an app must be an object {"containers": [...], "data_volumes": [...], "database": {...}}' },
);

export const appKeys = Object.keys(appSchema.shape);

export const registrySchema = z.object(
  { username: scalar.default(''), password: scalar.default('') },
  { error: 'a registry login must be an object {"username": "...", "password": "..."}' },
);

export const stackSchema = z.looseObject(
  {
    deploy: z.record(z.string(), appSchema, { error: 'deploy must be an object mapping app names to apps' }).default({}),
    docker: z
      .looseObject(
        {
          registries: z
            .record(z.string(), registrySchema, {
              error: 'docker.registries must be an object mapping a registry host to {"username", "password"}',
            })
            .default({}),
        },
        { error: 'docker must be an object {"registries": {"<registry host>": {"username": "...", "password": "..."}}}' },
      )
      .optional(),
    logrotate: z
      .looseObject(
        { forwarder: text('logrotate.forwarder').optional() },
        { error: 'logrotate must be an object such as {"forwarder": "logspout0"}' },
      )
      .optional(),
    manual: z
      .array(z.string({ error: 'manual must list definition names (strings)' }), { error: 'manual must be an array of definition names' })
      .optional(),
  },
  { error: 'a Stack JSON document must be a JSON object with a "deploy" key' },
);

export type StackDocument = z.output<typeof stackSchema>;
export type StackApp = z.output<typeof appSchema>;
export type ContainerDefinition = z.output<typeof definitionSchema>;
export type DatabaseSettings = z.output<typeof databaseSchema>;
export type HealthSetting = z.output<typeof healthSchema>;
export type LoadBalancerSetting = z.output<typeof loadBalancerSchema>;

/** One definition with where it sits in the document. */
export interface DefinitionEntry {
  app: string;
  name: string;
  definition: ContainerDefinition;
  /** JSON path of the definition object. */
  path: (string | number)[];
}

/** Definitions of every app in deploy order: array order, then key order inside one object. */
export function listDefinitions(document: StackDocument): DefinitionEntry[] {
  const entries: DefinitionEntry[] = [];
  for (const [app, spec] of Object.entries(document.deploy)) {
    spec.containers.forEach((group, index) => {
      for (const [name, definition] of Object.entries(group)) {
        entries.push({ app, name, definition, path: ['deploy', app, 'containers', index, name] });
      }
    });
  }
  return entries;
}

export interface DataVolumeEntry {
  app: string;
  name: string;
  volumes: string[];
  path: (string | number)[];
}

export function listDataVolumes(document: StackDocument): DataVolumeEntry[] {
  const entries: DataVolumeEntry[] = [];
  for (const [app, spec] of Object.entries(document.deploy)) {
    spec.data_volumes.forEach((group, index) => {
      for (const [name, volume] of Object.entries(group)) {
        entries.push({ app, name, volumes: volume.volumes, path: ['deploy', app, 'data_volumes', index, name] });
      }
    });
  }
  return entries;
}

/** Long-running definitions run copies named `<name><i>`; cron and unset modes run none. */
export function isLongRunning(definition: ContainerDefinition): boolean {
  return definition.deploy === 'auto' || definition.deploy === 'manual';
}

export function runtimeNames(name: string, definition: ContainerDefinition): string[] {
  if (!isLongRunning(definition)) return [];
  return Array.from({ length: definition.containers }, (_, index) => `${name}${index}`);
}
