// The command lines of the converge association (AWS-RunShellScript): its settings as plain shell
// variable assignments, then the host script joined for the `converge` mode (host/modes/converge.sh
// reads the settings). Nothing secret is in them: names of parameters, a region, an endpoint, seconds.
import { posixQuote } from '../stack/command.js';
import { isValidSsmName } from '../stack/placeholders.js';
import { buildHostCommands, DEFAULT_MAX_COMMAND_BYTES, type HostCommandOptions } from './command.js';

export interface ConvergeCommandOptions {
  /** The release record's head parameter (`<prefix>/release`). */
  recordName: string;
  /** The fleet lock's name (its generations are `<lockName>/<n>`). */
  lockName: string;
  region: string;
  endpoint?: string;
  /** How long a converging host waits for a deploy that holds the fleet lock. */
  waitSeconds: number;
}

function parameterPath(label: string, name: string): string {
  if (!name.startsWith('/') || !isValidSsmName(name)) throw new Error(`${label} ${JSON.stringify(name)} is not a Parameter Store path (/a/b)`);
  return name;
}

export function convergeCommands(options: ConvergeCommandOptions, limits: HostCommandOptions = {}): string[] {
  if (!/^[a-z0-9-]{1,50}$/.test(options.region)) throw new Error(`region ${JSON.stringify(options.region)} is not an AWS region`);
  if (options.endpoint !== undefined && !/^https?:\/\/[^\s'"\\]+$/.test(options.endpoint)) {
    throw new Error(`endpoint ${JSON.stringify(options.endpoint)} is not an http(s) URL`);
  }
  if (!Number.isInteger(options.waitSeconds) || options.waitSeconds < 0 || options.waitSeconds > 86_400) {
    throw new Error(`the converge wait must be whole seconds from 0 to 86400, got ${options.waitSeconds}`);
  }
  const settings: [string, string][] = [
    ['BERTH_RECORD', parameterPath('the release record', options.recordName)],
    ['BERTH_LOCK', parameterPath('the lock name', options.lockName)],
    ['BERTH_REGION', options.region],
    ['BERTH_ENDPOINT', options.endpoint ?? ''],
    ['BERTH_WAIT_SECONDS', String(options.waitSeconds)],
  ];
  const lines = [...settings.map(([name, value]) => `${name}=${posixQuote(value)}`), `export ${settings.map(([name]) => name).join(' ')}`];
  // The settings count against the same size limit as the script (their JSON text and a comma).
  const extra = Buffer.byteLength(JSON.stringify(lines).slice(1, -1), 'utf8') + 1;
  return [...lines, ...buildHostCommands('converge', undefined, { maxBytes: (limits.maxBytes ?? DEFAULT_MAX_COMMAND_BYTES) - extra })];
}
