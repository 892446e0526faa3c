// Turns diagnostics into GitHub annotations (`::error file=...,line=...,col=...::message`), so each
// problem shows on the offending line of the pull request (the first ten of each severity: GitHub's limit).
import type { Diagnostic } from '../stack/index.js';
import * as runner from '@actions/core';
import type { AnnotationProperties } from '@actions/core';

export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
}

export function annotationProperties(d: Diagnostic): AnnotationProperties {
  return {
    title: `berth: ${d.code}`,
    file: d.file,
    startLine: d.line,
    startColumn: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
  };
}

/** GitHub shows at most this many annotations of each severity per step and drops the rest silently. */
export const ANNOTATION_LIMIT = 10;

/**
 * One annotation per diagnostic, at its severity, for the first `limit` of each severity (the job
 * summary lists them all). Returns how many were left out.
 */
export function annotate(diagnostics: readonly Diagnostic[], sink: AnnotationSink = runner, limit = ANNOTATION_LIMIT): number {
  const shown = { error: 0, warning: 0, notice: 0 };
  let omitted = 0;
  for (const d of diagnostics) {
    if (shown[d.severity] >= limit) {
      omitted++;
      continue;
    }
    shown[d.severity]++;
    sink[d.severity](d.message, annotationProperties(d));
  }
  return omitted;
}
