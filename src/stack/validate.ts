// Validates one Stack JSON text: JSON syntax, the schema, then the semantic checks. Every
// diagnostic carries the file, line and column of the offending value.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { checkDefinitionKeys, checkDuplicateKeys } from './check-keys.js';
import { checkReferences } from './check-references.js';
import { checkValues } from './check-values.js';
import { describePath, Reporter, type Diagnostic } from './diagnostics.js';
import { createPositionIndex, type PositionIndex } from './positions.js';
import { stackSchema, type StackDocument } from './schema.js';

export { formatDiagnostic, type Diagnostic } from './diagnostics.js';

export interface ValidationResult {
  /** No errors (warnings and notices allowed). */
  ok: boolean;
  /** The parsed document with defaults, when JSON and schema are valid (even with semantic errors). */
  document?: StackDocument;
  diagnostics: Diagnostic[];
}

const syntaxMessages: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes (is there a trailing comma?)',
  ValueExpected: 'expected a value (is there a trailing comma or a missing value?)',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between values (a comma is missing here)',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the array',
  EndOfFileExpected: 'unexpected text after the end of the document',
  InvalidCommentToken: 'comments are not allowed in JSON: remove it',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string: add the closing double quote',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character in a string',
  InvalidCharacter: 'invalid character in a string (control characters must be escaped, e.g. \\n)',
};

/** Only the first syntax error: where the text breaks; the rest follow from it. */
function reportSyntax(errors: ParseError[], reporter: Reporter, positions: PositionIndex): void {
  for (const error of errors.slice(0, 1)) {
    const code = printParseErrorCode(error.error);
    reporter.reportAt('error', 'json-syntax', positions.at(error.offset, error.length), `invalid JSON: ${syntaxMessages[code] ?? code}`);
  }
}

function schemaMessage(issue: z.core.$ZodIssue): string {
  const where = describePath(issue.path as (string | number)[]);
  if (issue.code === 'unrecognized_keys') {
    return `${where}: unknown key ${issue.keys.map((key) => `"${key}"`).join(', ')}: remove it (see the README for the keys this object takes)`;
  }
  return `${where}: ${issue.message}`;
}

export function validateStackJson(source: string, file: string): ValidationResult {
  // A byte-order mark becomes a blank, so offsets (and columns) still match the file.
  const text = source.startsWith('\uFEFF') ? ` ${source.slice(1)}` : source;
  const positions = createPositionIndex(text);
  const reporter = new Reporter(file, positions);
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    reportSyntax(errors, reporter, positions);
    return { ok: false, diagnostics: reporter.diagnostics };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    reporter.error('not-an-object', [], 'a Stack JSON document must be a JSON object with a "deploy" key');
    return { ok: false, diagnostics: reporter.diagnostics };
  }
  checkDuplicateKeys(positions.root, [], reporter);
  checkDefinitionKeys(positions.root, reporter);

  const parsed = stackSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as (string | number)[];
      const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      reporter.error('schema', key !== undefined ? [...path, key] : path, schemaMessage(issue), { key: key !== undefined });
    }
    return { ok: false, diagnostics: sortDiagnostics(reporter.diagnostics) };
  }
  if (!('deploy' in value)) {
    reporter.warning('no-deploy', [], 'the document has no "deploy" key, so nothing runs: add "deploy": {"<app>": {"containers": [...]}}');
  }
  checkReferences(parsed.data, reporter);
  checkValues(parsed.data, reporter);
  const diagnostics = sortDiagnostics(reporter.diagnostics);
  return { ok: !diagnostics.some((d) => d.severity === 'error'), document: parsed.data, diagnostics };
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
}
