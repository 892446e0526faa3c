// The few runner commands the action's hot path needs, written the way @actions/core writes them
// (a test checks the output is identical). @actions/core itself loads its OIDC client, undici and
// @actions/exec on import (~0.7 MB of bundle), which doubled the cold start of `validate`; commands
// that need more (deploy, rollback) still use @actions/core, loaded on demand.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function issue(command: string, properties: Record<string, string | number | undefined>, message: string): void {
  const shown = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  process.stdout.write(`::${command}${shown ? ` ${shown}` : ''}::${escapeData(message)}${EOL}`);
}

function fileCommand(variable: 'GITHUB_OUTPUT' | 'GITHUB_STATE', key: string, value: string): boolean {
  const path = process.env[variable];
  if (!path) return false;
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (key.includes(delimiter) || value.includes(delimiter)) throw new Error('Unexpected input: the value contains the delimiter');
  appendFileSync(path, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
  return true;
}

function annotation(kind: 'error' | 'warning' | 'notice', message: string, properties: AnnotationProperties): void {
  issue(
    kind,
    {
      title: properties.title,
      file: properties.file,
      line: properties.startLine,
      endLine: properties.endLine,
      col: properties.startColumn,
      endColumn: properties.endColumn,
    },
    message,
  );
}

/** The raw text of an input (INPUT_<NAME>), untrimmed; '' when absent. */
export function getInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

export function setOutput(name: string, value: string): void {
  if (fileCommand('GITHUB_OUTPUT', name, value)) return;
  process.stdout.write(EOL);
  issue('set-output', { name }, value);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  annotation('error', message, properties);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  annotation('warning', message, properties);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  annotation('notice', message, properties);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function setSecret(secret: string): void {
  issue('add-mask', {}, secret);
}

export function saveState(name: string, value: string): void {
  if (fileCommand('GITHUB_STATE', name, value)) return;
  issue('save-state', { name }, value);
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

/** Appends Markdown to the job summary; false when the runner gave no summary file. */
export function appendSummary(markdown: string): boolean {
  const path = process.env['GITHUB_STEP_SUMMARY'];
  if (!path) return false;
  appendFileSync(path, markdown, { encoding: 'utf8' });
  return true;
}
