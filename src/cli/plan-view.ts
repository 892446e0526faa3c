// How a host plan is shown to people: secret values replaced by `***` (references to Parameter Store
// stay, they name a secret without revealing it), arguments quoted the way a shell would need them.
import {
  listInlineSecrets,
  redact,
  REDACTED,
  ssmPlaceholder,
  type HostPlan,
  type PlanEnvVar,
  type PlanValue,
  type StackDocument,
} from '../stack/index.js';

function redactValue(value: PlanValue, secret: boolean): PlanValue {
  return value.kind === 'literal' && secret && value.value !== '' ? { kind: 'literal', value: REDACTED } : value;
}

function redactEnv(env: PlanEnvVar[]): PlanEnvVar[] {
  return env.map((variable) => ({ ...variable, value: redactValue(variable.value, variable.secret) }));
}

/** Every literal secret value the plan or its document holds. */
export function planSecrets(plan: HostPlan, document: StackDocument): string[] {
  const values = new Set<string>(listInlineSecrets(document).map((secret) => secret.value));
  const add = (env: PlanEnvVar[]) => {
    for (const variable of env) if (variable.secret && variable.value.kind === 'literal') values.add(variable.value.value);
  };
  for (const definition of plan.definitions) add(definition.env);
  if (plan.migration) add(plan.migration.env);
  for (const cron of plan.cron) for (const file of cron.envFiles) add(file.env);
  for (const login of plan.registries) if (login.password.kind === 'literal') values.add(login.password.value);
  values.delete('');
  return [...values];
}

/**
 * The plan with every secret value replaced by `***`: secret env values, registry passwords, and
 * (as a second net) any occurrence of a known secret value anywhere else in the plan's text.
 */
export function redactHostPlan(plan: HostPlan, document: StackDocument): HostPlan {
  const secrets = planSecrets(plan, document);
  const structured: HostPlan = {
    ...plan,
    registries: plan.registries.map((login) => ({ ...login, password: redactValue(login.password, true) })),
    definitions: plan.definitions.map((definition) => ({ ...definition, env: redactEnv(definition.env) })),
    ...(plan.migration ? { migration: { ...plan.migration, env: redactEnv(plan.migration.env) } } : {}),
    cron: plan.cron.map((cron) => ({ ...cron, envFiles: cron.envFiles.map((file) => ({ ...file, env: redactEnv(file.env) })) })),
  };
  return redactStrings(structured, secrets) as HostPlan;
}

/** Every string inside `value` (not the keys) with the known secret values masked. */
function redactStrings(value: unknown, secrets: string[]): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, secrets));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, secrets)]));
  }
  return value;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** An argument as a POSIX shell would need it to get exactly these bytes. */
export function shellWord(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  // Control characters (newlines, tabs) are shown escaped in bash's $'...' form, so one argument stays one line.
  if (CONTROL.test(arg)) {
    const escaped = arg.replace(/[\\']/g, '\\$&').replace(new RegExp(CONTROL.source, 'g'), (ch) => {
      const named: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };
      return named[ch] ?? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
    });
    return `$'${escaped}'`;
  }
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function shellLine(args: string[]): string {
  return args.map(shellWord).join(' ');
}

function showValue(value: PlanValue): string {
  return value.kind === 'ssm' ? ssmPlaceholder(value.name) : value.value;
}

function showEnv(env: PlanEnvVar[], indent: string): string[] {
  return env.map((variable) => `${indent}${variable.key}=${shellWord(showValue(variable.value))}${variable.secret ? '   (secret)' : ''}`);
}

/** The plan as text, in the order the host runs it. Expects a redacted plan. */
export function renderPlan(plan: HostPlan): string {
  const out: string[] = [];
  out.push(`host ${plan.host.hostname} (instance ${plan.host.instanceId || '-'}, root ${plan.host.root}), apps: ${plan.apps.join(', ')}`);
  if (plan.registries.length > 0) {
    out.push('', 'registry logins');
    for (const login of plan.registries)
      out.push(`  ${login.host}  user ${showValue(login.username) || '-'}  password ${showValue(login.password) || '-'}`);
  }
  if (plan.dataVolumes.length > 0) {
    out.push('', 'data volumes (created once, never replaced)');
    for (const volume of plan.dataVolumes) {
      out.push(
        `  ${volume.name}  [${volume.app}]  docker create --name ${shellWord(volume.name)} ${shellLine(volume.volumes.flatMap((v) => ['-v', v]))} ${volume.image}`,
      );
    }
  }
  if (plan.migration) {
    const m = plan.migration;
    out.push('', `migration (before the first copy of ${m.definition} is replaced)`);
    const rm = m.runArgs.includes('--rm') ? [] : ['--rm'];
    out.push(`  docker run ${shellLine([...rm, ...m.runArgs])} ${shellWord(m.image)} ${shellLine(m.command)}`.trimEnd());
    out.push(...showEnv(m.env, '    '));
  }
  for (const definition of plan.definitions) {
    const copies =
      definition.mode === 'cron' ? 'scheduled' : `${definition.copies.length} cop${definition.copies.length === 1 ? 'y' : 'ies'}`;
    out.push('', `${definition.name}  [${definition.app}]  ${definition.mode}, ${copies}, ${definition.image}`);
    out.push(
      `  hash ${definition.hash.slice(0, 12)}  stop ${definition.stopSignal} after ${definition.stopGrace}s  health ${definition.health.interval}s/${definition.health.timeout}s, deadline ${definition.health.deadline}s, startup ${definition.health.startupTime}s`,
    );
    if (definition.loadBalancer) {
      out.push(
        `  load balancer: backend ${definition.loadBalancer.backend} via ${definition.loadBalancer.adminSocket}, drain ${definition.loadBalancer.drainTimeout}s`,
      );
    }
    if (definition.dependsOn.length > 0) out.push(`  depends on: ${definition.dependsOn.join(', ')}`);
    if (definition.rollout === 'surge') out.push('  rollout: surge (every new copy at once, in its alternate slot)');
    if (definition.rollout === 'overlap') out.push('  rollout: the new copy starts before the old one stops');
    if (definition.env.length > 0) {
      out.push('  env:');
      out.push(...showEnv(definition.env, '    '));
    }
    for (const copy of definition.copies) {
      for (const slot of copy.slots) {
        const label = copy.slots.length > 1 ? `${copy.name} [slot ${slot.id || '-'}]` : copy.name;
        out.push(
          `  ${label}: docker run -d --name ${copy.name} ${shellLine(slot.runArgs)} ${shellWord(definition.image)} ${shellLine(slot.command)}`.trimEnd(),
        );
        if (slot.health.kind !== 'none') out.push(`    health: ${JSON.stringify(slot.health)}`);
        if (slot.server) out.push(`    haproxy server ${slot.server} ${slot.serverAddress ?? ''}`.trimEnd());
      }
    }
  }
  for (const cron of plan.cron) {
    if (cron.lines.length === 0) continue;
    out.push('', `cron file ${cron.path}  [${cron.app}]`);
    for (const line of cron.lines) out.push(`  ${line}`);
  }
  return out.join('\n') + '\n';
}
