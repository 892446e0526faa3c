// The request log (BERTH_FAKE_AWS_LOG): one JSON line per request received, `{"target", "body"}`, written
// before the request is checked, so refused requests are in it too; it can be validated again offline.
import { appendFileSync, readFileSync } from 'node:fs';

export interface LoggedRequest {
  /** The x-amz-target header as sent ('' when missing). */
  target: string;
  /** The parsed JSON body; the raw text when it was not JSON. */
  body: unknown;
}

/** Appends synchronously: lines stay whole and in order, and a reader right after a call sees them. */
export function appendRequestLog(file: string, target: string, text: string): void {
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : (JSON.parse(text) as unknown);
  } catch {
    body = text;
  }
  appendFileSync(file, `${JSON.stringify({ target, body } satisfies LoggedRequest)}\n`);
}

export function readRequestLog(file: string): LoggedRequest[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as LoggedRequest);
}
