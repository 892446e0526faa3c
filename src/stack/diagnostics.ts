// One problem found in a document, with the place of the offending value.
import type { JsonPath, Position, PositionIndex } from './positions.js';

export type Severity = 'error' | 'warning' | 'notice';

export interface Diagnostic {
  severity: Severity;
  /** Stable identifier of the check, e.g. `unknown-placeholder`. */
  code: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  path: JsonPath;
}

/** `file:line:col: error: message`, the form editors and compilers use. */
export function formatDiagnostic(d: Diagnostic): string {
  // One problem, one line: a message quoting a multi-line value shows its line breaks as \n.
  const message = d.message.replace(/\r?\n/g, '\\n');
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${message}`;
}

/** Collects diagnostics for one file, locating each at its JSON path. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly file: string,
    private readonly positions: PositionIndex,
  ) {}

  report(severity: Severity, code: string, path: JsonPath, message: string, options: { key?: boolean } = {}): void {
    const position = this.positions.locate(path, options);
    this.diagnostics.push({ severity, code, message, file: this.file, ...position, path });
  }

  /** For a node found in the tree directly (e.g. the second of two equal keys, which a path cannot name). */
  reportSpan(severity: Severity, code: string, path: JsonPath, span: { offset: number; length: number }, message: string): void {
    this.diagnostics.push({ severity, code, message, file: this.file, ...this.positions.at(span.offset, span.length), path });
  }

  /** Whether the path exists in the text (defaults do not). */
  exists(path: JsonPath): boolean {
    return this.positions.node(path) !== undefined;
  }

  /** For problems that have an offset but no JSON path (syntax errors). */
  reportAt(severity: Severity, code: string, position: Position, message: string): void {
    this.diagnostics.push({ severity, code, message, file: this.file, ...position, path: [] });
  }

  error(code: string, path: JsonPath, message: string, options?: { key?: boolean }): void {
    this.report('error', code, path, message, options);
  }

  warning(code: string, path: JsonPath, message: string, options?: { key?: boolean }): void {
    this.report('warning', code, path, message, options);
  }

  notice(code: string, path: JsonPath, message: string, options?: { key?: boolean }): void {
    this.report('notice', code, path, message, options);
  }
}

/** A name as a message shows it: cut short past 80 characters, so one message stays readable. */
export function shortName(name: string): string {
  return name.length > 80 ? `${name.slice(0, 77)}...` : name;
}

/** `deploy["amazing application"].containers[0].app.env`: how a path reads in a message. */
export function describePath(path: JsonPath): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(step) && step.length <= 80) out += out === '' ? step : `.${step}`;
    else out += `[${JSON.stringify(shortName(step))}]`;
  }
  return out === '' ? '(document)' : out;
}
