// Validates one Stack JSON text: bounds, JSON syntax, keys, the schema, then the reference, value
// and name checks, all reported together. Every diagnostic carries the file, line and column of the
// offending value, and no message holds a secret value of the document.
import { getNodeValue, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { checkDockerSyntax } from './check-docker-syntax.js';
import { checkDuplicateKeys, checkKnownKeys } from './check-keys.js';
import { checkNames } from './check-names.js';
import { checkReferences } from './check-references.js';
import { checkRollout } from './check-rollout.js';
import { checkValues } from './check-values.js';
import { Reporter, type Diagnostic } from './diagnostics.js';
import { checkStringBounds, checkTextBounds } from './limits.js';
import { createPositionIndex, type PositionIndex } from './positions.js';
import { parseLeniently, repairFilter } from './schema-issues.js';
import type { StackDocument } from './schema.js';
import { listInlineSecrets, redact } from './secrets.js';

export { formatDiagnostic, type Diagnostic } from './diagnostics.js';

export interface ValidationResult {
  /** No errors (warnings and notices allowed). */
  ok: boolean;
  /** The parsed document with defaults, when JSON and schema are valid (even with other errors). */
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

/** Every problem the document shows, as far as it can be read; never throws. */
export function validateStackJson(source: string, file: string): ValidationResult {
  try {
    return validate(source, file);
  } catch (error) {
    // A bug of ours must not hide the document's problems behind a stack trace (nor crash a PR check).
    const message = `berth could not finish checking this document (${(error as Error).name}); please report it with the document`;
    return {
      ok: false,
      diagnostics: [{ severity: 'error', code: 'internal', message, file, line: 1, column: 1, endLine: 1, endColumn: 1, path: [] }],
    };
  }
}

function validate(source: string, file: string): ValidationResult {
  // A byte-order mark becomes a blank, so offsets (and columns) still match the file.
  const text = source.startsWith('\uFEFF') ? ` ${source.slice(1)}` : source;
  const bounds = checkTextBounds(text);
  if (bounds) {
    const positions = createPositionIndex(text.slice(0, bounds.offset + 1), { parse: false });
    const reporter = new Reporter(file, positions);
    reporter.reportAt('error', bounds.code, positions.at(bounds.offset, 1), bounds.message);
    return { ok: false, diagnostics: reporter.diagnostics };
  }
  // One parse: the tree locates every diagnostic and gives the value (the text can be a megabyte).
  const errors: ParseError[] = [];
  const positions = createPositionIndex(text, { errors });
  const reporter = new Reporter(file, positions);
  if (errors.length > 0) {
    reportSyntax(errors, reporter, positions);
    return { ok: false, diagnostics: reporter.diagnostics };
  }
  const value: unknown = positions.root ? getNodeValue(positions.root) : undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    reporter.error('not-an-object', [], 'a Stack JSON document must be a JSON object with a "deploy" key');
    return { ok: false, diagnostics: reporter.diagnostics };
  }
  checkDuplicateKeys(positions.root, [], reporter);
  checkKnownKeys(positions.root, reporter);
  checkStringBounds(positions.root, reporter);

  const parsed = parseLeniently(value as Record<string, unknown>);
  for (const issue of parsed.issues) reporter.error('schema', issue.path, issue.message);
  if (!('deploy' in value)) {
    reporter.warning('no-deploy', [], 'the document has no "deploy" key, so nothing runs: add "deploy": {"<app>": {"containers": [...]}}');
  }
  if (parsed.document) {
    // The checks run on what could be read; findings resting on a repaired value are left out.
    const semantic = new Reporter(file, positions);
    checkReferences(parsed.document, semantic);
    checkRollout(parsed.document, semantic);
    checkValues(parsed.document, semantic);
    checkNames(parsed.document, semantic);
    checkDockerSyntax(parsed.document, semantic);
    const invented = repairFilter(parsed.repaired);
    reporter.diagnostics.push(...semantic.diagnostics.filter((d) => !invented(d.path, d.code)));
  }
  const secrets = parsed.document ? listInlineSecrets(parsed.document).map((secret) => secret.value) : [];
  const diagnostics = sortDiagnostics(
    secrets.length > 0 ? reporter.diagnostics.map((d) => ({ ...d, message: redact(d.message, secrets) })) : reporter.diagnostics,
  );
  const clean = parsed.issues.length === 0 && parsed.document !== undefined;
  return {
    ok: !diagnostics.some((d) => d.severity === 'error'),
    ...(clean ? { document: parsed.document } : {}),
    diagnostics,
  };
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
}
