// The shape of a Stack JSON document (see the spec), with the old cookbook's defaults applied.
// Semantic checks (references, placeholders, cron ranges...) live in validate.ts; this file only
// decides types and defaults, so StackDocument is what the rest of the code can rely on.
import { z } from 'zod';

// Zod compiles object parsers with `new Function` on first use; for one parse per run (validate's cold
// start) that costs more than it saves (~160 ms measured on the seed).
z.config({ jitless: true });

/** Integers the old Ruby code read with `to_i`: JSON numbers and numeric strings both work. */
function integer(what: string, min = 0) {
  const message = `${what} must be a whole number (a number or a numeric string such as "2")`;
  return z
    .union([z.number(), z.string()], { error: message })
    .transform((value, context) => {
      const number = typeof value === 'number' ? value : /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(number)) context.addIssue({ code: 'custom', message, input: value });
      return number;
    })
    .pipe(z.number().min(min, { error: `${what} must be at least ${min}` }));
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

const seconds = (what: string) => integer(what, 0);

const cronField = z
  .union([z.string(), z.number()], { error: 'cron fields must be a number or a cron expression such as "*/5"' })
  .transform((value) => String(value).trim());

export const healthSchema = z.union(
  [
    z.literal('docker'),
    z.strictObject({
      http: z.string({ error: 'health.http must be an HTTP path such as "/up"' }),
      port: z.union([z.number().int(), z.string()]).transform(String).optional(),
      socket: z.string().optional(),
      interval: seconds('health.interval').optional(),
      timeout: seconds('health.timeout').optional(),
      retries: integer('health.retries', 1).optional(),
      deadline: seconds('health.deadline').optional(),
    }),
    z.strictObject({
      cmd: z.string({ error: 'health.cmd must be a command string' }),
      interval: seconds('health.interval').optional(),
      timeout: seconds('health.timeout').optional(),
      retries: integer('health.retries', 1).optional(),
      deadline: seconds('health.deadline').optional(),
    }),
  ],
  {
    error:
      'health must be "docker", {"http": "/up", "port": 3000} (or "socket": host path), or {"cmd": "..."}; with optional interval, timeout, retries, deadline',
  },
);

export const loadBalancerSchema = z.strictObject({
  admin_socket: z.string({ error: 'load_balancer.admin_socket is required: the host path of the haproxy runtime API socket' }),
  backend: z.string({ error: 'load_balancer.backend is required: the haproxy backend name' }),
  slots: z
    .tuple([z.string(), z.string()], { error: 'load_balancer.slots must be two strings, e.g. ["", "_b"]' })
    .default(['', '_b']),
  server: z.string().default('%{app_name}%{slot}'),
  address: z.string().optional(),
  drain_timeout: seconds('load_balancer.drain_timeout').default(30),
});

export const logSchema = z.strictObject({
  driver: z.string().default('json-file'),
  max_size: z.string().default('10m'),
  max_file: integer('log.max_file', 1).default(5),
});

export const deployModes = ['auto', 'manual', 'cron'] as const;
export type DeployMode = (typeof deployModes)[number];

export const definitionSchema = z.object({
  image: z.string({
    error: (issue) =>
      issue.input === undefined
        ? 'image is required: the repository without tag, e.g. "quay.io/acme/app"'
        : 'image must be a string such as "quay.io/acme/app"',
  }),
  tag: z.union([z.string(), z.number()]).transform(String).default('latest'),
  deploy: z
    .enum(deployModes, {
      error: (issue) => `deploy must be "auto", "manual" or "cron", not ${JSON.stringify(issue.input)}`,
    })
    .optional(),
  containers: integer('containers').default(1),
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
  entrypoint: z.string().optional(),
  command: z.string({ error: 'command must be a string' }).optional(),
  migration: z.string({ error: 'migration must be a command string' }).optional(),
  hostname: z.string().optional(),
  cron: z
    .object({
      minute: cronField.default('*'),
      hour: cronField.default('*'),
      weekday: cronField.default('*'),
    })
    .optional(),
  notifications: z
    .object({
      rollbar: z
        .object({
          access_token: z.string().default(''),
          env_var: z.string().optional(),
          rev_var: z.string().optional(),
        })
        .optional(),
    })
    .optional(),
  // Extensions (absent = old behaviour).
  health: healthSchema.optional(),
  load_balancer: loadBalancerSchema.optional(),
  stop_signal: z.string().optional(),
  stop_grace_period: seconds('stop_grace_period').default(30),
  network: z.string().optional(),
  log: logSchema.default({ driver: 'json-file', max_size: '10m', max_file: 5 }),
});

/** Keys a definition may have; anything else is reported (warning) with a "did you mean". */
export const definitionKeys = Object.keys(definitionSchema.shape);

export const databaseSchema = z.object({
  adapter: scalar.optional(),
  database: scalar.optional(),
  host: scalar.optional(),
  password: scalar.optional(),
  port: scalar.optional(),
  reconnect: scalar.optional(),
  username: scalar.optional(),
});

const dataVolumeSchema = z.object({ volumes: stringList.default([]) });

export const appSchema = z.object({
  data_volumes: z
    .array(z.record(z.string(), dataVolumeSchema), {
      error: 'data_volumes must be an array of objects mapping a name to {"volumes": [...]}',
    })
    .default([]),
  containers: z
    .array(z.record(z.string(), definitionSchema), {
      error: 'containers must be an array of objects mapping a definition name to its settings',
    })
    .default([]),
  database: databaseSchema.optional(),
});

export const stackSchema = z.looseObject({
  deploy: z.record(z.string(), appSchema, { error: 'deploy must be an object mapping app names to apps' }).default({}),
  docker: z
    .looseObject({
      registries: z
        .record(
          z.string(),
          z.object({ username: scalar.default(''), password: scalar.default('') }),
        )
        .default({}),
    })
    .optional(),
  logrotate: z.looseObject({ forwarder: z.string().optional() }).optional(),
  manual: z.array(z.string(), { error: 'manual must be an array of definition names' }).optional(),
});

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
