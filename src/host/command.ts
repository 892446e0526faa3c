// Builds the AWS-RunShellScript commands that carry the host script and one host's plan (or a set of
// plans, one per host, for one command sent to many hosts), and reads the host's answer back. The script
// travels with every command (host and action never disagree), joined for the mode from the parts under
// host/ and gzip+base64 encoded, because SendCommand parameters are size-limited.
import { gzipSync } from 'node:zlib';
import { FIELD_END, type HostResult, PLAN_HEADER, RECORD_END } from '../stack/host-plan.js';
import { readCanaryReport } from './canary-result.js';
import { HOST_MODES, type HostMode } from './parts.js';
import { hostScript } from './script.js';

export type { HostMode } from './parts.js';

/**
 * The default size limit of one host command, and the figure the local world's fake SSM enforces: bytes
 * (UTF-8) of the SendCommand `Parameters` JSON, `{"commands":[...],"executionTimeout":["..."]}`. AWS
 * documents 64 KB (65,536 bytes) for a Run Command document's content "including the content specified
 * for input parameters at runtime" (CreateDocument, MaxDocumentSizeExceeded); 2,048 bytes of that are
 * left to AWS-RunShellScript's own content (about 1.2 KB). buildHostCommands counts the commands
 * (hostCommandBytes) and the executionTimeout parameter at its longest.
 */
export const DEFAULT_MAX_COMMAND_BYTES = 65_536 - 2_048;

/** AWS-RunShellScript takes an executionTimeout of whole seconds up to 48 hours and refuses more. */
export const MAX_EXECUTION_TIMEOUT_SECONDS = 172_800;

/** `,"executionTimeout":["172800"]`: the sender adds it beside the commands, at most this long. */
const EXECUTION_TIMEOUT_BYTES = Buffer.byteLength(`,"executionTimeout":["${MAX_EXECUTION_TIMEOUT_SECONDS}"]`, 'utf8');

/** One host's plan (encodeHostPlan output) in a command that carries plans for several hosts. */
export interface PlanForHost {
  instanceId: string;
  planText: string;
}

/**
 * A plan set (`berth-plan-set 1`): each host's plan records, as encodeHostPlan wrote them, after a
 * `host INSTANCE_ID` record. The host script keeps only its own (by the instance id the SSM agent gives
 * it). The plans of one batch differ in little (host name, instance id), so gzip stores each after the
 * first in a few bytes.
 */
function planSetText(plans: PlanForHost[]): string {
  let out = 'berth-plan-set 1\n';
  const seen = new Set<string>();
  for (const { instanceId, planText } of plans) {
    if (!/^[A-Za-z0-9-]+$/.test(instanceId)) throw new Error(`"${instanceId}" is not an instance id`);
    if (seen.has(instanceId)) throw new Error(`two plans for ${instanceId} in one command`);
    seen.add(instanceId);
    out += `host${FIELD_END}${instanceId}${FIELD_END}${RECORD_END}${planRecords(planText)}`;
  }
  return out;
}

/** The records of a plan, after its header line. */
function planRecords(planText: string): string {
  if (!planText.startsWith(`${PLAN_HEADER}\n`)) throw new Error(`the plan must start with "${PLAN_HEADER}" (encodeHostPlan output)`);
  return planText.slice(PLAN_HEADER.length + 1);
}

function packed(text: string): string {
  return gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64');
}

/** Joining and compressing the script costs tens of milliseconds; a deploy sends it per batch. */
const packedScripts = new Map<string, string>();
function packedScript(mode: HostMode, planSet: boolean): string {
  const key = `${mode}${planSet ? ' set' : ''}`;
  let text = packedScripts.get(key);
  if (text === undefined) {
    text = packed(hostScript(mode, planSet));
    packedScripts.set(key, text);
  }
  return text;
}

/** Bytes of the SendCommand `Parameters` JSON of these commands alone, `{"commands":[...]}` (UTF-8). */
export function hostCommandBytes(commands: string[]): number {
  return Buffer.byteLength(JSON.stringify({ commands }), 'utf8');
}

export interface HostCommandOptions {
  /** Fail when the parameters would exceed this many bytes (default DEFAULT_MAX_COMMAND_BYTES). */
  maxBytes?: number;
}

/**
 * The commands for AWS-RunShellScript (run by sh on the host): unpack script and plan into a private
 * temporary directory, run the script, remove the directory, exit with the script's status.
 * The plan is required for rollout and state, optional for preflight.
 */
export function buildHostCommands(mode: HostMode, plan?: string | PlanForHost[], options: HostCommandOptions = {}): string[] {
  if (mode !== 'preflight' && mode !== 'converge' && plan === undefined) throw new Error(`host mode ${mode} needs a plan`);
  if (mode === 'converge' && plan !== undefined) throw new Error('host mode converge makes its own plan (from the release record)');
  if (Array.isArray(plan) && plan.length === 0) throw new Error('a plan set needs at least one plan');
  const script = packedScript(mode, Array.isArray(plan));
  const commands = [
    'set -e',
    'umask 077',
    'berth_dir=$(mktemp -d "${TMPDIR:-/tmp}/berth.XXXXXX")',
    'trap \'rm -rf "$berth_dir"\' EXIT',
    `printf '%s' '${script}' | base64 -d | gunzip >"$berth_dir/rollout.sh"`,
  ];
  if (plan !== undefined) {
    const text = typeof plan === 'string' ? `${PLAN_HEADER}\n${planRecords(plan)}` : planSetText(plan);
    commands.push(`printf '%s' '${packed(text)}' | base64 -d | gunzip >"$berth_dir/plan"`);
    commands.push(`bash "$berth_dir/rollout.sh" ${mode} "$berth_dir/plan"`);
  } else {
    commands.push(`bash "$berth_dir/rollout.sh" ${mode}`);
  }
  const bytes = hostCommandBytes(commands) + EXECUTION_TIMEOUT_BYTES;
  const limit = options.maxBytes ?? DEFAULT_MAX_COMMAND_BYTES;
  if (bytes > limit) {
    throw new CommandTooLargeError(
      `the host command is ${bytes} bytes (script and plan, compressed, and the execution timeout), over the ${limit}-byte limit of SSM command parameters; ` +
        'the plan is too large for one command: deploy fewer definitions per host, or raise the limit',
    );
  }
  return commands;
}

export class CommandTooLargeError extends Error {
  override name = 'CommandTooLargeError';
}

/** SendCommand takes at most 50 instance ids. */
export const MAX_INSTANCES_PER_COMMAND = 50;

export interface HostCommandGroup {
  instanceIds: string[];
  commands: string[];
}

/**
 * The commands for several hosts' plans, in as few SendCommands as fit: up to 50 hosts each, and a
 * group that would exceed the size limit is halved until it fits (one host alone that does not fit
 * is the plan's own error). Hosts keep their order.
 */
export function packHostCommands(mode: HostMode, plans: PlanForHost[], options: HostCommandOptions = {}): HostCommandGroup[] {
  const groups: HostCommandGroup[] = [];
  const pack = (slice: PlanForHost[]): void => {
    if (slice.length === 0) return;
    if (slice.length > MAX_INSTANCES_PER_COMMAND) {
      pack(slice.slice(0, MAX_INSTANCES_PER_COMMAND));
      pack(slice.slice(MAX_INSTANCES_PER_COMMAND));
      return;
    }
    try {
      const commands = slice.length === 1 ? buildHostCommands(mode, (slice[0] as PlanForHost).planText, options) : buildHostCommands(mode, slice, options);
      groups.push({ instanceIds: slice.map((p) => p.instanceId), commands });
    } catch (error) {
      if (!(error instanceof CommandTooLargeError) || slice.length === 1) throw error;
      const half = Math.ceil(slice.length / 2);
      pack(slice.slice(0, half));
      pack(slice.slice(half));
    }
  };
  pack(plans);
  return groups;
}

function isHostResult(value: unknown): value is HostResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.ok === 'boolean' && HOST_MODES.includes(v.mode as HostMode) &&
    Array.isArray(v.copies) && Array.isArray(v.removed) && typeof v.timings === 'object' && v.timings !== null &&
    (v.root === undefined || typeof v.root === 'string');
}

/**
 * The host's result: the LAST non-empty line of stdout, when it is a HostResult JSON object. A `canary`
 * field of the wrong shape is dropped (readCanaryReport): the result stays, without a report to trust.
 */
export function parseHostResult(stdout: string): HostResult | undefined {
  const lines = stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const last = lines[lines.length - 1];
  if (last === undefined || !last.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(last);
    if (!isHostResult(parsed)) return undefined;
    if (parsed.canary === undefined) return parsed;
    const canary = readCanaryReport(parsed.canary);
    if (canary !== undefined) return { ...parsed, canary };
    const { canary: _dropped, ...rest } = parsed;
    return rest;
  } catch {
    return undefined;
  }
}
