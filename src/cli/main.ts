// Dispatches `berth <command> ...`. Every command module exports run(argv) -> exit status; commands
// other than validate, plan and diff are loaded on demand (they bring the AWS SDK).
import { errorMessage } from '../util/errors.js';
import { UsageError } from './usage.js';

type CommandRunner = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandRunner> }> = {
  validate: {
    summary: 'check Stack JSON documents (file:line:col: error: message)',
    load: async () => (await import('./commands/validate.js')).run,
  },
  plan: { summary: 'print what one host would run (secrets redacted)', load: async () => (await import('./commands/plan.js')).run },
  diff: {
    summary: 'what deploying AFTER does to a host running BEFORE, per definition, as the host decides',
    load: async () => (await import('./commands/diff.js')).run,
  },
  deploy: { summary: 'build, push and roll out to the hosts', load: async () => (await import('./commands/deploy.js')).run },
  rollback: { summary: 'restore the previous good version', load: async () => (await import('./commands/rollback.js')).run },
  unlock: { summary: 'clear the deploy lock, naming its holder', load: async () => (await import('./commands/unlock.js')).run },
  export: { summary: 'export a stack from OpsWorks', load: async () => (await import('./commands/export.js')).run },
  'converge-off': {
    summary: 'delete the association and release record (instances that join get nothing)',
    load: async () => (await import('./commands/converge-off.js')).run,
  },
  status: {
    summary: 'each host against the recorded release: copies, health, drift',
    load: async () => (await import('./commands/status.js')).run,
  },
  history: { summary: 'per host, the releases it recorded', load: async () => (await import('./commands/history.js')).run },
  logs: { summary: "one container's recent log, secrets redacted", load: async () => (await import('./commands/logs.js')).run },
};

export const HELP = `berth: zero-downtime Docker deploys to EC2 hosts, driven by a Stack JSON document

Usage: berth <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(14)}${command.summary}`)
  .join('\n')}

Run \`berth <command> --help\` for the options of a command.
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    process.stderr.write(`berth: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. See \`berth --help\`.\n`);
    return 2;
  }
  try {
    const run = await command.load();
    return await run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`berth ${name}: ${error.message}\nSee \`berth ${name} --help\`.\n`);
      return 2;
    }
    process.stderr.write(`berth ${name}: ${errorMessage(error)}\n`);
    return 1;
  }
}
