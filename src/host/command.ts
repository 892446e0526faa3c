// Builds the AWS-RunShellScript commands that carry the host script and one host's plan, and reads
// the host's answer back. The script travels with every command (host and action never disagree),
// minified and gzip+base64 encoded, because SendCommand parameters are size-limited.
import { gzipSync } from 'node:zlib';
import type { HostResult } from '../stack/host-plan.js';
import { minifyScript } from './minify.js';
import { ROLLOUT_SCRIPT } from './rollout-script.js';

export type HostMode = 'rollout' | 'preflight' | 'state' | 'history';

/**
 * AWS documents 64 KB for a document's content "including the content specified for input parameters at
 * runtime" (CreateDocument, MaxDocumentSizeExceeded); AWS-RunShellScript itself takes about 1 KB of that.
 * Public threads quote 16 KB: callers that must stay under it pass maxBytes (the example stack's rollout
 * command is about 17 KB, see docs/host.md).
 */
export const DEFAULT_MAX_COMMAND_BYTES = 60_000;

const UNIT = '\x1f';
const RECORD = '\x1e';

/**
 * Re-encodes a plan from the contract's wire format (`berth-plan 1`, base64 fields) into the raw
 * transport the script also reads (`berth-plan-raw 1`): same records, raw values ended by 0x1F,
 * records ended by 0x1E. Raw text compresses about a third better than base64 fields.
 */
export function toRawPlan(planText: string): string {
  const lines = planText.split('\n').filter((line) => line !== '');
  if (lines[0] !== 'berth-plan 1') throw new Error('the plan must start with "berth-plan 1" (encodeHostPlan output)');
  let out = 'berth-plan-raw 1\n';
  for (const line of lines.slice(1)) {
    const [name = '', ...fields] = line.split(' ');
    const values = fields.map((field) => (field === '-' ? '' : Buffer.from(field, 'base64').toString('utf8')));
    for (const value of values) {
      if (value.includes(UNIT) || value.includes(RECORD)) {
        throw new Error(`a value of the plan record "${name}" holds the control character 0x1E or 0x1F, which the host cannot carry`);
      }
    }
    out += [name, ...values].map((value) => value + UNIT).join('') + RECORD;
  }
  return out;
}

function packed(text: string): string {
  return gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64');
}

/** Bytes of the SendCommand `Parameters` JSON these commands make (what the size limit applies to). */
export function hostCommandBytes(commands: string[]): number {
  return Buffer.byteLength(JSON.stringify({ commands }), 'utf8');
}

export interface HostCommandOptions {
  /** Fail when the parameters would exceed this many bytes (default DEFAULT_MAX_COMMAND_BYTES). */
  maxBytes?: number;
  /** The script to send (default: the bundled host/rollout.sh). */
  script?: string;
}

/**
 * The commands for AWS-RunShellScript (run by sh on the host): unpack script and plan into a private
 * temporary directory, run the script, remove the directory, exit with the script's status.
 * The plan is required for rollout and state, optional for preflight.
 */
export function buildHostCommands(mode: HostMode, planText?: string, options: HostCommandOptions = {}): string[] {
  if (mode !== 'preflight' && planText === undefined) throw new Error(`host mode ${mode} needs a plan`);
  const script = packed(minifyScript(options.script ?? ROLLOUT_SCRIPT, mode));
  const commands = [
    'set -e',
    'umask 077',
    'berth_dir=$(mktemp -d "${TMPDIR:-/tmp}/berth.XXXXXX")',
    'trap \'rm -rf "$berth_dir"\' EXIT',
    `printf '%s' '${script}' | base64 -d | gunzip >"$berth_dir/rollout.sh"`,
  ];
  if (planText !== undefined) {
    commands.push(`printf '%s' '${packed(toRawPlan(planText))}' | base64 -d | gunzip >"$berth_dir/plan"`);
    commands.push(`bash "$berth_dir/rollout.sh" ${mode} "$berth_dir/plan"`);
  } else {
    commands.push(`bash "$berth_dir/rollout.sh" ${mode}`);
  }
  const bytes = hostCommandBytes(commands);
  const limit = options.maxBytes ?? DEFAULT_MAX_COMMAND_BYTES;
  if (bytes > limit) {
    throw new Error(
      `the host command is ${bytes} bytes (script and plan, compressed), over the ${limit}-byte limit of SSM command parameters; ` +
        'the plan is too large for one command: deploy fewer definitions per host, or raise the limit',
    );
  }
  return commands;
}

function isHostResult(value: unknown): value is HostResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.ok === 'boolean' && (v.mode === 'rollout' || v.mode === 'preflight' || v.mode === 'state' || v.mode === 'history') &&
    Array.isArray(v.copies) && Array.isArray(v.removed) && typeof v.timings === 'object' && v.timings !== null;
}

/** The host's result: the LAST non-empty line of stdout, when it is a HostResult JSON object. */
export function parseHostResult(stdout: string): HostResult | undefined {
  const lines = stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const last = lines[lines.length - 1];
  if (last === undefined || !last.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(last);
    return isHostResult(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
