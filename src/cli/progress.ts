// ProgressLog for the terminal: progress to stderr (stdout stays for results), every registered
// secret value replaced by *** before anything is printed.
import type { ProgressLog } from '../deploy/ports.js';
import { redact } from '../stack/index.js';

export function terminalLog(stream: NodeJS.WritableStream = process.stderr): ProgressLog {
  const secrets = new Set<string>();
  const write = (prefix: string, message: string) => stream.write(`${prefix}${redact(message, secrets)}\n`);
  return {
    info: (message) => write('', message),
    warn: (message) => write('warning: ', message),
    error: (message) => write('error: ', message),
    async group(title, body) {
      write('== ', title);
      return body();
    },
    secret: (value) => {
      if (value !== '') secrets.add(value);
    },
  };
}
