// One managed cron file per app (the old cookbook added crontab lines and never removed them).
// Every job is a POSIX single-quoted `docker run --rm` line; its env comes from a 0600 env file,
// so no value (secret or not) is ever part of the crontab text.
import { posixQuote, splitCommand } from './command.js';
import type { PlanCronFile, PlanDefinition } from './host-plan.js';
import { underRoot } from './plan-args.js';
import type { DefinitionEntry } from './schema.js';
import { slug } from './secrets.js';

/** PATH for the jobs: cron's default PATH lacks /usr/local/bin, where docker often lives. */
export const CRON_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function cronFilePath(root: string, app: string): string {
  return underRoot(root, `/etc/cron.d/berth-${slug(app)}`);
}

export function cronEnvPath(root: string, app: string, definition: string): string {
  return underRoot(root, `/etc/berth/env/${slug(app)}/${slug(definition)}.env`);
}

/** cron turns an unescaped `%` into a newline; `\%` reaches the shell as `%`. */
function escapePercent(line: string): string {
  return line.replace(/%/g, '\\%');
}

export function cronFile(
  app: string,
  definitions: PlanDefinition[],
  entries: DefinitionEntry[],
  root: string,
  sharedArgs: (entry: DefinitionEntry) => string[],
): PlanCronFile {
  const lines = [`# berth: managed file for app ${slug(app)}; changes are overwritten on deploy`, CRON_PATH];
  const envFiles: PlanCronFile['envFiles'] = [];
  for (const definition of definitions) {
    const entry = entries.find((e) => e.app === app && e.name === definition.name);
    if (!entry) continue;
    const schedule = entry.definition.cron ?? { minute: '*', hour: '*', weekday: '*' };
    const envPath = cronEnvPath(root, app, definition.name);
    const argv = [
      'docker',
      'run',
      '--rm',
      '--env-file',
      envPath,
      ...sharedArgs(entry),
      '--label',
      `berth.app=${app}`,
      '--label',
      `berth.definition=${definition.name}`,
      '--label',
      `berth.hash=${definition.hash}`,
      definition.image,
      ...splitCommand(entry.definition.command ?? ''),
    ];
    if (argv.some((arg) => /[\r\n]/.test(arg))) {
      throw new Error(`cron definition "${definition.name}": a value holds a line break, which a crontab line cannot carry; remove it`);
    }
    const job = argv.map(posixQuote).join(' ');
    lines.push(`${schedule.minute} ${schedule.hour} * * ${schedule.weekday} root ${escapePercent(job)}`);
    envFiles.push({ definition: definition.name, path: envPath, env: definition.env });
  }
  return { app, path: cronFilePath(root, app), lines, envFiles };
}
