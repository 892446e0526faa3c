// Checks on single values: placeholders and %{ssm:...} references, commands, cron fields, tags,
// health settings. Messages never quote a value that may be a secret.
import { analyzeCommand, CommandSyntaxError, posixQuote } from './command.js';
import type { Reporter } from './diagnostics.js';
import { isValidSsmName, tokenize, type PlaceholderName, type Token } from './placeholders.js';
import type { JsonPath } from './positions.js';
import { checkCredentials } from './credential-values.js';
import { findDefinition } from './environment.js';
import { isLongRunning, listDataVolumes, listDefinitions, type ContainerDefinition, type StackDocument } from './schema.js';
import { isSecretKey } from './secrets.js';

const hostNames: PlaceholderName[] = ['app_name', 'opsworks', 'public_ip'];
const copyNames: PlaceholderName[] = [...hostNames, 'index', 'slot'];

interface PlaceholderRules {
  allowed: PlaceholderName[];
  /** Whether a whole-value %{ssm:...} reference is allowed here. */
  ssm: boolean;
  what: string;
  /** The value is a secret: messages name the key and never quote any part of the value. */
  secret?: boolean;
}

function checkPlaceholders(value: string, path: JsonPath, rules: PlaceholderRules, reporter: Reporter): void {
  const tokens = tokenize(value);
  if (rules.secret) {
    checkSecretPlaceholders(tokens, path, rules, reporter);
    return;
  }
  for (const token of tokens) {
    if (token.kind === 'unclosed') {
      reporter.error(
        'placeholder',
        path,
        `${rules.what} has a "%{" without a closing "}": close the placeholder, or write "%%{" for a literal "%{"`,
      );
    } else if (token.kind === 'ssm') {
      if (!rules.ssm) {
        reporter.error(
          'ssm-reference',
          path,
          `%{ssm:...} is not allowed in ${rules.what}: secret references work in env values, database fields, registry credentials and the Rollbar access_token`,
        );
      } else if (!isValidSsmName(token.name)) {
        reporter.error(
          'ssm-reference',
          path,
          `malformed reference %{ssm:${token.name}} in ${rules.what}: name a parameter like %{ssm:/acme/prod/db_password} (letters, digits, "_.-", levels separated by "/")`,
        );
      } else if (tokens.length !== 1) {
        reporter.error(
          'ssm-reference',
          path,
          `%{ssm:${token.name}} must be the whole value of ${rules.what}, not part of it: store the full value in the parameter`,
        );
      }
    } else if (token.kind === 'placeholder' && !rules.allowed.includes(token.name as PlaceholderName)) {
      const where =
        (token.name === 'index' || token.name === 'slot') && copyNames.includes(token.name)
          ? ` (%{${token.name}} only works in hostname, command, ports, volumes, health and load_balancer)`
          : '';
      reporter.error(
        'placeholder',
        path,
        `unknown placeholder %{${token.name}} in ${rules.what}${where}: use ${rules.allowed.map((n) => `%{${n}}`).join(', ')}, or "%%" for a literal "%"`,
      );
    }
  }
}

/** The same checks for a secret value: one message per problem kind, naming the key, quoting nothing. */
function checkSecretPlaceholders(tokens: Token[], path: JsonPath, rules: PlaceholderRules, reporter: Reporter): void {
  const problems = new Set<string>();
  const allowed = rules.allowed.map((n) => `%{${n}}`).join(', ');
  for (const token of tokens) {
    if (token.kind === 'unclosed')
      problems.add(`has a "%{" without a closing "}": close the placeholder, or write "%%{" for a literal "%{"`);
    else if (token.kind === 'ssm' && !isValidSsmName(token.name))
      problems.add(
        'holds a malformed %{ssm:...} reference: name a parameter like %{ssm:/acme/prod/db_password} (letters, digits, "_.-", levels separated by "/")',
      );
    else if (token.kind === 'ssm' && tokens.length !== 1)
      problems.add('holds a %{ssm:...} reference as part of the value: it must be the whole value; store the full value in the parameter');
    else if (token.kind === 'placeholder' && !rules.allowed.includes(token.name as PlaceholderName)) {
      problems.add(
        `holds an unknown placeholder: ${allowed === '' ? 'placeholders do not work here' : `use ${allowed}`}, or "%%" for a literal "%"`,
      );
    }
  }
  for (const problem of problems)
    reporter.error(problem.includes('ssm') ? 'ssm-reference' : 'placeholder', path, `${rules.what} ${problem} (the value is not shown)`);
}

/** Fields holding only a value or a whole %{ssm:...} reference (no interpolation). */
function checkSecretField(value: string, path: JsonPath, what: string, reporter: Reporter, secret = false): void {
  if (!value.startsWith('%{ssm:') && !value.startsWith('%{ ssm')) return;
  checkPlaceholders(value, path, { allowed: [], ssm: true, what, secret }, reporter);
}

/** A value quoted in a message, cut short so one message stays readable. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

/** Env keys an env file and `docker run -e` carry as they are (`#KEY` would be a comment line, its value lost). */
const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function checkCommand(value: string, path: JsonPath, what: string, reporter: Reporter): void {
  try {
    const { shellSyntax } = analyzeCommand(value);
    if (shellSyntax.length > 0) {
      const suggestion = value.length > 200 ? "wrap it in sh -c '...'" : `write: sh -c ${posixQuote(value)}`;
      reporter.warning(
        'shell-syntax',
        path,
        `${what} uses shell syntax (${shellSyntax.join(' ')}) that the old host shell interpreted; berth runs it without a shell. If you need the shell, ${suggestion}`,
      );
    }
  } catch (error) {
    if (!(error instanceof CommandSyntaxError)) throw error;
    reporter.error('command-syntax', path, `${what} cannot be split into arguments: ${error.message}`);
  }
}

const cronRanges = { minute: [0, 59], hour: [0, 23], weekday: [0, 7] } as const;
const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function cronFieldProblem(field: keyof typeof cronRanges, value: string): string | undefined {
  const [min, max] = cronRanges[field];
  const number = (text: string) => {
    const day = field === 'weekday' ? weekdays.indexOf(text.toLowerCase()) : -1;
    if (day >= 0) return day;
    return /^\d+$/.test(text) ? Number(text) : NaN;
  };
  for (const part of value.split(',')) {
    const match = /^(\*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/(\d+))?$/.exec(part);
    if (!match) return `"${value}" is not a cron ${field}: use a number ${min}-${max}, "*", a range "1-5", a list "1,3" or a step "*/15"`;
    if (match[2] !== undefined && Number(match[2]) < 1) return `step "/${match[2]}" must be at least 1`;
    if (match[1] === '*') continue;
    for (const bound of (match[1] ?? '').split('-')) {
      const n = number(bound);
      if (Number.isNaN(n) || n < min || n > max) return `cron ${field} "${bound}" is out of range: use ${min}-${max}`;
    }
  }
  return undefined;
}

const tagPattern = /^(?:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}|(?:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}@)?sha256:[a-f0-9]{64})$/;

export function checkValues(document: StackDocument, reporter: Reporter): void {
  for (const [host, login] of Object.entries(document.docker?.registries ?? {})) {
    checkSecretField(login.username, ['docker', 'registries', host, 'username'], 'a registry username', reporter);
    checkSecretField(login.password, ['docker', 'registries', host, 'password'], 'a registry password', reporter, true);
  }
  for (const [app, spec] of Object.entries(document.deploy)) {
    for (const [field, value] of Object.entries(spec.database ?? {})) {
      if (value !== undefined)
        checkSecretField(value, ['deploy', app, 'database', field], `database.${field}`, reporter, field === 'password');
    }
  }
  for (const volume of listDataVolumes(document)) {
    volume.volumes.forEach((value, i) =>
      checkPlaceholders(value, [...volume.path, 'volumes', i], { allowed: hostNames, ssm: false, what: 'a data volume path' }, reporter),
    );
  }
  for (const { definition, path, name } of listDefinitions(document)) {
    const longRunning = isLongRunning(definition);
    if (!tagPattern.test(definition.tag)) {
      reporter.error(
        'tag',
        [...path, 'tag'],
        `tag ${quote(definition.tag)} is not a Docker tag: use letters, digits, "_.-" (up to 128), or a digest "sha256:<64 hex>"`,
      );
    }
    for (const [key, value] of Object.entries(definition.env)) {
      if (!ENV_KEY.test(key)) {
        reporter.error(
          'env-key',
          [...path, 'env', key],
          `env key ${quote(key)} is not a variable name (an env file would drop or misread it): start with a letter or "_", then letters, digits, "_", "." or "-"`,
          { key: true },
        );
      }
      const secret = isSecretKey(key);
      const what = secret ? `env ${key} (a secret)` : `env ${key}`;
      checkPlaceholders(value, [...path, 'env', key], { allowed: hostNames, ssm: true, what, secret }, reporter);
    }
    const lists = [
      ['volumes', copyNames],
      ['ports', copyNames],
      ['volumes_from', hostNames],
      ['links', hostNames],
    ] as const;
    for (const [field, allowed] of lists) {
      definition[field].forEach((value, i) =>
        checkPlaceholders(value, [...path, field, i], { allowed: [...allowed], ssm: false, what: field }, reporter),
      );
    }
    if (definition.hostname !== undefined) {
      checkPlaceholders(definition.hostname, [...path, 'hostname'], { allowed: copyNames, ssm: false, what: 'hostname' }, reporter);
    }
    if (definition.command !== undefined) {
      // Only the long-running command is interpolated; cron commands keep `%{` literally (old behaviour).
      if (longRunning)
        checkPlaceholders(definition.command, [...path, 'command'], { allowed: copyNames, ssm: false, what: 'command' }, reporter);
      checkCommand(definition.command, [...path, 'command'], 'command', reporter);
    }
    if (definition.deploy === 'cron' && definition.command !== undefined && /[\r\n]/.test(definition.command.trim())) {
      reporter.error(
        'cron',
        [...path, 'command'],
        'a cron command cannot hold a line break (a crontab line ends there): put the steps in a script in the image',
      );
    }
    if (definition.migration !== undefined) checkCommand(definition.migration, [...path, 'migration'], 'migration', reporter);
    const token = definition.notifications?.rollbar?.access_token;
    if (token !== undefined)
      checkSecretField(token, [...path, 'notifications', 'rollbar', 'access_token'], 'the Rollbar access_token', reporter, true);
    if (definition.cron) {
      for (const field of ['minute', 'hour', 'weekday'] as const) {
        const problem = cronFieldProblem(field, definition.cron[field]);
        if (problem) reporter.error('cron', [...path, 'cron', field], `${problem} (definition "${name}")`);
      }
    }
    checkHealth(definition, path, reporter);
    checkLineBreaks(document, { definition, path, name }, reporter);
  }
  checkCredentials(document, reporter);
}

const hasLineBreak = (value: string) => /[\r\n]/.test(value);
const SHELL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Values the host cannot pass (the host script fails on them): a line break in a cron job's env (its env
 * file has one line per variable), and in a secret whose name is no shell name (it travels as one).
 * The messages name the key only: the value may be a secret.
 */
function checkLineBreaks(
  document: StackDocument,
  entry: { definition: ContainerDefinition; path: JsonPath; name: string },
  reporter: Reporter,
): void {
  const { definition, path, name } = entry;
  const app = String(path[1]);
  if (definition.deploy === 'cron') {
    const inherited = definition.env_from !== undefined ? (findDefinition(document, app, definition.env_from)?.env ?? {}) : {};
    for (const [key, value] of Object.entries({ ...inherited, ...definition.env })) {
      if (!hasLineBreak(value)) continue;
      const own = Object.hasOwn(definition.env, key);
      reporter.error(
        'env-value',
        own ? [...path, 'env', key] : [...path, 'env_from'],
        `env ${key}${own ? '' : ` (from env_from "${definition.env_from ?? ''}")`} holds a line break, which the env file of cron job "${name}" cannot carry: remove it, or keep the value in the image`,
      );
    }
    return;
  }
  for (const [key, value] of Object.entries(definition.env)) {
    if (isSecretKey(key) && hasLineBreak(value) && !SHELL_NAME.test(key)) {
      reporter.error(
        'env-value',
        [...path, 'env', key],
        `secret env ${key} holds a line break, which the host passes only under a shell variable name: rename it with letters, digits and "_"`,
        { key: true },
      );
    }
  }
}

function checkHealth(definition: ReturnType<typeof listDefinitions>[number]['definition'], path: JsonPath, reporter: Reporter): void {
  const health = definition.health;
  const binding = definition.load_balancer;
  const rules = (what: string): PlaceholderRules => ({ allowed: copyNames, ssm: false, what });
  if (health !== undefined && health !== 'docker') {
    if ('http' in health) {
      if (!health.http.startsWith('/'))
        reporter.error('health', [...path, 'health', 'http'], `health.http "${health.http}" must be a path starting with "/", e.g. "/up"`);
      if (health.port !== undefined) checkPlaceholders(health.port, [...path, 'health', 'port'], rules('health.port'), reporter);
      if (health.socket !== undefined) checkPlaceholders(health.socket, [...path, 'health', 'socket'], rules('health.socket'), reporter);
      if (health.port === undefined && health.socket === undefined && binding?.address === undefined) {
        reporter.error(
          'health',
          [...path, 'health'],
          'health.http needs "port" or "socket" (or a load_balancer address to probe): say where the container listens',
        );
      }
    } else {
      checkPlaceholders(health.cmd, [...path, 'health', 'cmd'], rules('health.cmd'), reporter);
      checkCommand(health.cmd, [...path, 'health', 'cmd'], 'health.cmd', reporter);
    }
  }
  if (binding) {
    checkPlaceholders(
      binding.admin_socket,
      [...path, 'load_balancer', 'admin_socket'],
      { allowed: hostNames, ssm: false, what: 'load_balancer.admin_socket' },
      reporter,
    );
    checkPlaceholders(binding.server, [...path, 'load_balancer', 'server'], rules('load_balancer.server'), reporter);
    if (binding.address !== undefined)
      checkPlaceholders(binding.address, [...path, 'load_balancer', 'address'], rules('load_balancer.address'), reporter);
    if (binding.slots[0] === binding.slots[1]) {
      reporter.error(
        'load-balancer',
        [...path, 'load_balancer', 'slots'],
        'load_balancer.slots must be two different values, e.g. ["", "_b"]',
      );
    }
  }
  if (definition.deploy === 'cron' && (binding || definition.ports.length > 0)) {
    reporter.warning(
      'cron-options',
      path,
      'a cron definition runs no long-lived copy: its ports and load_balancer are ignored, remove them',
      { key: true },
    );
  }
}
