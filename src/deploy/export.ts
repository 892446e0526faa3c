// `berth export`: turn an OpsWorks stack's Custom JSON (live, or the file AWS's detach tool wrote to S3)
// into a Stack JSON for the repository. Inline secrets move to Parameter Store as SecureString and the
// document names them with `%{ssm:...}`; every other byte of the text stays as it was.
import { applyEdits, modify } from 'jsonc-parser';
import { checkStackFile } from '../stack/check-file.js';
import { formatDiagnostic, listInlineSecrets, ssmPlaceholder, type InlineSecret } from '../stack/index.js';
import type { ParameterStorePort, ProgressLog, TargetHost } from './ports.js';

export interface ExportRequest {
  /** The Custom JSON text. */
  text: string;
  /** Where the text came from, for diagnostics (a path, or `opsworks:<stack id>`). */
  source: string;
  /** Parameter Store prefix the secrets move under, e.g. `/berth/production/secrets`. */
  prefix: string;
  dryRun: boolean;
  /** Replace parameters that already exist with another value (default: refuse, nothing is lost). */
  overwrite: boolean;
  /** The stack's online instances, when read from a live stack (for the target suggestions). */
  instances: TargetHost[];
  stackName: string;
}

export interface MovedSecret {
  /** JSON path of the value, dotted for humans. */
  path: string;
  parameter: string;
  /** `written`, `unchanged` (already there with that value) or `planned` (dry run). */
  state: 'written' | 'unchanged' | 'planned';
}

export interface HostSuggestion {
  instanceId: string;
  hostname: string;
  layer: string;
  /** Tags to put on the EC2 instance so the SSM path finds it and keeps its names. */
  tags: Record<string, string>;
}

export interface ExportResult {
  text: string;
  moved: MovedSecret[];
  hosts: HostSuggestion[];
  /** One `targets` value per former layer, selecting that layer's instances (for deploying layer by layer). */
  targets: string[];
  stackName: string;
}

export const HOSTNAME_TAG = 'berth:hostname';
export const LAYER_TAG = 'berth:layer';

function dotted(path: (string | number)[]): string {
  return path
    .map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`))
    .join('')
    .replace(/^\./, '');
}

/** The text with each inline secret replaced by its reference; formatting and key order kept. */
export function replaceSecretsInText(text: string, secrets: InlineSecret[], prefix: string): string {
  const base = prefix.replace(/\/+$/, '');
  let out = text;
  for (const secret of secrets) {
    const edits = modify(out, secret.path, ssmPlaceholder(`${base}/${secret.name}`), {});
    out = applyEdits(out, edits);
  }
  return out;
}

export function suggestHosts(instances: TargetHost[]): { hosts: HostSuggestion[]; targets: string[] } {
  const hosts = instances.map((instance) => {
    const layer = instance.group ?? '';
    const tags: Record<string, string> = { [HOSTNAME_TAG]: instance.hostname };
    if (layer !== '') tags[LAYER_TAG] = layer;
    return { instanceId: instance.instanceId, hostname: instance.hostname, layer, tags };
  });
  const layers = [...new Set(hosts.map((h) => h.layer).filter((l) => l !== ''))].sort();
  return { hosts, targets: layers.map((layer) => `tag:${LAYER_TAG}=${layer}`) };
}

function checkPrefix(prefix: string): void {
  if (!/^\/[A-Za-z0-9_.\-/]+$/.test(prefix)) {
    throw new Error(`secrets prefix "${prefix}" is not a Parameter Store path: start with "/" and use letters, digits and _.-/ only`);
  }
}

/**
 * Validates the Custom JSON, stores its inline secrets (unless a dry run) and returns the repository
 * document. Bad input changes nothing: the document is checked and every conflict found before the
 * first parameter is written, and parameters are written before the caller writes the file.
 */
export async function exportStack(
  request: ExportRequest,
  parameters: ParameterStorePort | undefined,
  log: ProgressLog,
): Promise<ExportResult> {
  checkPrefix(request.prefix);
  const validation = checkStackFile(request.text, request.source);
  const errors = validation.diagnostics.filter((d) => d.severity === 'error');
  if (!validation.document || errors.length > 0) {
    throw new Error(`the Custom JSON is not a valid Stack JSON; nothing was exported:\n${errors.map(formatDiagnostic).join('\n')}`);
  }
  const secrets = listInlineSecrets(validation.document);
  for (const secret of secrets) log.secret(secret.value);
  const base = request.prefix.replace(/\/+$/, '');
  const names = secrets.map((secret) => `${base}/${secret.name}`);
  if (new Set(names).size !== names.length) {
    throw new Error('two secrets map to the same parameter name; rename one of the definitions or env keys');
  }

  const moved: MovedSecret[] = [];
  if (request.dryRun || secrets.length === 0) {
    secrets.forEach((secret, i) => moved.push({ path: dotted(secret.path), parameter: names[i] ?? '', state: 'planned' }));
  } else {
    if (!parameters) throw new Error('writing secrets needs Parameter Store access (or use --dry-run)');
    const existing = await parameters.getMany(names, true);
    const conflicts = secrets.filter((secret, i) => {
      const current = existing.get(names[i] ?? '');
      return current !== undefined && current !== secret.value;
    });
    if (conflicts.length > 0 && !request.overwrite) {
      throw new Error(
        `these parameters already exist with other values; nothing was written (pass overwrite to replace them):\n` +
          conflicts.map((secret) => `  ${base}/${secret.name}`).join('\n'),
      );
    }
    for (const [i, secret] of secrets.entries()) {
      const name = names[i] ?? '';
      if (existing.get(name) === secret.value) {
        moved.push({ path: dotted(secret.path), parameter: name, state: 'unchanged' });
        continue;
      }
      await parameters.putSecure(name, secret.value, true);
      moved.push({ path: dotted(secret.path), parameter: name, state: 'written' });
    }
  }

  const { hosts, targets } = suggestHosts(request.instances);
  return { text: replaceSecretsInText(request.text, secrets, request.prefix), moved, hosts, targets, stackName: request.stackName };
}

/** What to tell a human after an export: names and commands, never values. */
export function describeExport(result: ExportResult, outputPath: string): string[] {
  // Only a dry run plans: say so rather than "Wrote".
  const dryRun = result.moved.length > 0 && result.moved.every((entry) => entry.state === 'planned');
  const lines = [
    dryRun
      ? `Dry run, nothing written: ${result.moved.length} secret(s) would move to Parameter Store.`
      : `Wrote ${outputPath}: ${result.moved.length} secret(s) now referenced from Parameter Store.`,
  ];
  for (const entry of result.moved) lines.push(`  ${entry.path} -> %{ssm:${entry.parameter}} (${entry.state})`);
  if (result.stackName !== '') lines.push(`Use stack-name: "${result.stackName}" so %{opsworks} keeps its value.`);
  if (result.hosts.length > 0) {
    lines.push(
      `Tag the instances so the SSM path finds them (${LAYER_TAG}) and keeps a record of their OpsWorks hostname (${HOSTNAME_TAG}):`,
    );
    for (const host of result.hosts) {
      const tags = Object.entries(host.tags)
        .map(([key, value]) => `Key=${key},Value=${value}`)
        .join(' ');
      lines.push(`  aws ec2 create-tags --resources ${host.instanceId} --tags ${tags}`);
    }
    // One line: several `targets` lines must all match, so the former layers are alternatives of one tag.
    const layers = [...new Set(result.hosts.map((h) => h.layer).filter((l) => l !== ''))].sort();
    lines.push(
      `Then deploy with targets: ${layers.length > 0 ? `tag:${LAYER_TAG}=${layers.join(',')}` : `tag:${HOSTNAME_TAG}=${result.hosts.map((h) => h.hostname).join(',')}`}`,
    );
  }
  return lines;
}
