// Turns diagnostics into GitHub annotations (`::error file=...,line=...,col=...::message`), so each
// problem shows on the offending line of the pull request.
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

/** One annotation per diagnostic, at its severity. */
export function annotate(diagnostics: readonly Diagnostic[], sink: AnnotationSink = runner): void {
  for (const d of diagnostics) sink[d.severity](d.message, annotationProperties(d));
}
