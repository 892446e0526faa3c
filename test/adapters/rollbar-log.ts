// A ProgressLog that keeps every line, so tests can assert what users would read.
import type { ProgressLog } from '../../src/deploy/ports.js';

export interface RecordingLog extends ProgressLog {
  lines: { level: 'info' | 'warn' | 'error'; message: string }[];
  secrets: string[];
  text(): string;
}

export function recordingLog(): RecordingLog {
  const lines: RecordingLog['lines'] = [];
  const secrets: string[] = [];
  return {
    lines,
    secrets,
    info: (message) => void lines.push({ level: 'info', message }),
    warn: (message) => void lines.push({ level: 'warn', message }),
    error: (message) => void lines.push({ level: 'error', message }),
    group: async (_title, body) => body(),
    secret: (value) => void secrets.push(value),
    text: () => lines.map((l) => `${l.level}: ${l.message}`).join('\n'),
  };
}
