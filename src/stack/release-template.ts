// The host-neutral release template: a release's plan built once with sentinel host facts, which any
// host turns into the very plan (and the very `berth.hash` labels) a deploy would have given it. The host
// script's twin of instantiateTemplate is host/lib/template.sh: both must give the same bytes.
import { createHash } from 'node:crypto';
import { encodeHostPlan, encodePlanRecord, FIELD_END, PLAN_HEADER, RECORD_END, type HostPlan, type PlanValue } from './host-plan.js';
import { opsworksName } from './placeholders.js';
import { definitionHashInput, definitionLegacyHashInput, type HostFacts } from './plan.js';

/** 0x1D (group separator): never in a real plan, so a sentinel made of it cannot be mistaken for data. */
const MARK = '\x1d';

const sentinel = (name: string): string => `${MARK}${name}${MARK}`;

/** The sentinels standing for host facts in a template (the lower-cased hostname is `%{opsworks}`'s tail). */
export const TEMPLATE_SENTINELS = {
  hostname: sentinel('hostname'),
  hostnameLower: sentinel('hostname_lower'),
  publicIp: sentinel('public_ip'),
  instanceId: sentinel('instance_id'),
} as const;

/**
 * Where definition D's hash goes (its `def` record and its `berth.hash=` labels); `D:legacy` for its legacy
 * hash (the `def` record's last field), when that differs. Both instantiations hash `hashinput KEY` into
 * the sentinel `hash:KEY`, whatever KEY is.
 */
function hashSentinel(key: number | string): string {
  return sentinel(`hash:${key}`);
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A sentinel as JSON.stringify writes it inside a hash input. */
function escapedSentinel(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

const TEMPLATE_RECORD = encodePlanRecord('meta', 'template', '1');
const TEMPLATE_START = `${PLAN_HEADER}\n${TEMPLATE_RECORD}`;

/** Host facts for building a release's template: sentinels, and the stack's part of `%{opsworks}` as a deploy computes it. */
export function templateFacts(stackName: string): HostFacts {
  if (stackName.includes(MARK)) {
    throw new Error('the stack name holds the control character 0x1D, which a release template cannot carry: remove it');
  }
  return {
    hostname: TEMPLATE_SENTINELS.hostname,
    instanceId: TEMPLATE_SENTINELS.instanceId,
    publicIp: TEMPLATE_SENTINELS.publicIp,
    stackName,
    // `<stack> <host>` lower-cased, blanks to `-`: the stack's part is fixed, the host's comes from the host.
    opsworks: opsworksName(stackName, '') + TEMPLATE_SENTINELS.hostnameLower,
  };
}

function secretValues(plan: HostPlan): PlanValue[] {
  return [
    ...plan.registries.flatMap((login) => [login.username, login.password]),
    ...plan.definitions.flatMap((definition) => definition.env.map((env) => env.value)),
    ...plan.cron.flatMap((cron) => cron.envFiles.flatMap((file) => file.env.map((env) => env.value))),
  ];
}

function withoutSentinels(text: string, escaped: boolean): string {
  const names = [...Object.values(TEMPLATE_SENTINELS)];
  let out = text;
  for (const name of names) out = out.split(escaped ? escapedSentinel(name) : name).join('');
  return escaped ? out : out.replace(new RegExp(`${MARK}hash:\\d+(?::legacy)?${MARK}`, 'g'), '');
}

/**
 * The template of a plan built by `buildHostPlan(document, templateFacts(stack), options)` (no migration).
 * Throws, saying what to change, for what a joining host could not rebuild exactly.
 */
export function encodeReleaseTemplate(plan: HostPlan): string {
  if (plan.host.hostname !== TEMPLATE_SENTINELS.hostname || plan.host.instanceId !== TEMPLATE_SENTINELS.instanceId) {
    throw new Error('a release template is made of a plan built with templateFacts(stackName), not with one host’s facts');
  }
  if (plan.migration) throw new Error('a release template never runs the migration: build its plan with runMigration false');
  for (const value of secretValues(plan)) {
    if (value.kind === 'ssm' && value.name.includes(MARK)) {
      throw new Error(
        `the parameter ${JSON.stringify(value.name.split(MARK).join(''))} is named per host: a joining host has none; name one parameter for every host`,
      );
    }
  }
  const legacyHashes = new Map<number, string>();
  const inputs = plan.definitions.flatMap((definition, d) => {
    const input = definitionHashInput(definition);
    const legacy = definitionLegacyHashInput(definition);
    const legacyHash = definition.legacyHash ?? definition.hash;
    if (input === undefined || legacy === undefined || sha256(input) !== definition.hash || sha256(legacy) !== legacyHash) {
      throw new Error(`definition ${definition.name}: its hash input is unknown; build the template's plan with buildHostPlan`);
    }
    if (legacyHash === definition.hash) return [encodePlanRecord('hashinput', d, input)];
    legacyHashes.set(d, legacyHash);
    return [encodePlanRecord('hashinput', d, input), encodePlanRecord('hashinput', `${d}:legacy`, legacy)];
  });
  let body = encodeHostPlan(plan).slice(PLAN_HEADER.length + 1);
  if (body.includes(MARK) && withoutSentinels(body, false).includes(MARK)) {
    throw new Error('the document holds the control character 0x1D, which a release template cannot carry: remove it');
  }
  if (body.includes('\\u001d') || inputs.some((input) => withoutSentinels(input, true).includes('\\u001d'))) {
    throw new Error('the document holds the text "\\u001d", which a release template cannot carry: write it another way');
  }
  plan.definitions.forEach((definition, d) => {
    body = body.split(definition.hash).join(hashSentinel(d));
    const legacy = legacyHashes.get(d);
    if (legacy !== undefined) body = body.split(legacy).join(hashSentinel(`${d}:legacy`));
  });
  return `${TEMPLATE_START}${inputs.join('')}${body}`;
}

export function isReleaseTemplate(text: string): boolean {
  return text.startsWith(TEMPLATE_START);
}

const HOSTNAME = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;
const PUBLIC_IP = /^(?:|[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f:]{2,39})$/;
const INSTANCE_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/;

/** Refuses facts outside the strict charsets both instantiations accept (so no escaping is ever needed). */
export function checkTemplateFacts(facts: Pick<HostFacts, 'hostname' | 'publicIp' | 'instanceId'>): void {
  if (!HOSTNAME.test(facts.hostname) || facts.hostname.includes('..')) {
    throw new Error(`hostname ${JSON.stringify(facts.hostname)} is not a host name (letters, digits, "." and "-")`);
  }
  if (!PUBLIC_IP.test(facts.publicIp)) throw new Error(`public IP ${JSON.stringify(facts.publicIp)} is not an IP address`);
  if (!INSTANCE_ID.test(facts.instanceId)) throw new Error(`instance id ${JSON.stringify(facts.instanceId)} is not an instance id`);
}

/**
 * The template with its host paths moved under `root`. The local world runs several hosts on one machine,
 * each under its own root (BERTH_HOST_ROOT, which the host reports), and a deploy plans each host's paths
 * under the root it reported: a template planned under one of those roots is moved to another host's root
 * before it is instantiated (host/modes/converge.sh does the same). Real hosts report no root and share the
 * host-root input: `root` undefined (or the template's own) leaves the template as it is. A template under
 * "/" cannot be moved (its root is in every path): refused.
 */
export function rerootTemplate(template: string, root: string | undefined): string {
  const to = root === undefined ? undefined : root.replace(/\/+$/, '') || '/';
  const record = `${RECORD_END}meta${FIELD_END}root${FIELD_END}`;
  const at = template.indexOf(record);
  const from =
    at < 0 ? '/' : template.slice(at + record.length, template.indexOf(FIELD_END, at + record.length)).replace(/\/+$/, '') || '/';
  if (to === undefined || to === from) return template;
  if (from === '/' || to === '/')
    throw new Error(`the release template's paths are under ${from}, which cannot be moved to the host's root ${to}`);
  return template.split(from).join(to);
}

/** The encoded plan of the host with these facts (its stack name is the template's; `facts.opsworks` is ignored). */
export function instantiateTemplate(template: string, facts: HostFacts): string {
  if (!isReleaseTemplate(template)) throw new Error('not a release template (it does not start with the template record)');
  checkTemplateFacts(facts);
  const values: [string, string][] = [
    [TEMPLATE_SENTINELS.hostname, facts.hostname],
    [TEMPLATE_SENTINELS.hostnameLower, facts.hostname.toLowerCase()],
    [TEMPLATE_SENTINELS.publicIp, facts.publicIp],
    [TEMPLATE_SENTINELS.instanceId, facts.instanceId],
  ];
  const substitute = (text: string, escaped: boolean): string =>
    values.reduce((out, [name, value]) => out.split(escaped ? escapedSentinel(name) : name).join(value), text);
  const records = template.slice(TEMPLATE_START.length).split(RECORD_END);
  if (records.pop() !== '') throw new Error('the release template is cut short (its last record is not ended)');
  const hashes = new Map<string, string>();
  const out: string[] = [];
  for (const record of records) {
    const [name, definition, input] = record.split(FIELD_END);
    if (name === 'hashinput' && definition !== undefined && input !== undefined) {
      hashes.set(sentinel(`hash:${definition}`), createHash('sha256').update(substitute(input, true)).digest('hex'));
      continue;
    }
    let text = substitute(record, false);
    for (const [mark, hash] of hashes) text = text.split(mark).join(hash);
    if (text.includes(MARK)) throw new Error('the release template holds a sentinel it gives no value for');
    out.push(text + RECORD_END);
  }
  return `${PLAN_HEADER}\n${out.join('')}`;
}
