// GitHub shows at most 10 error, 10 warning (and 10 notice) annotations per step: the first ones of
// each severity are annotated, the rest counted (the job summary lists every problem).
import { describe, expect, it } from 'vitest';
import { annotate, ANNOTATION_LIMIT, type AnnotationSink } from '../../src/action/annotations.js';
import type { Diagnostic } from '../../src/stack/index.js';

function diagnostic(severity: Diagnostic['severity'], line: number): Diagnostic {
  return { severity, code: 'x', message: `${severity} ${line}`, file: 's.json', line, column: 1, endLine: line, endColumn: 2, path: [] };
}

function recorder(): AnnotationSink & { seen: string[] } {
  const seen: string[] = [];
  const record = (message: string) => void seen.push(message);
  return { seen, error: record, warning: record, notice: record };
}

describe('annotate', () => {
  it('annotates the first ten of each severity and returns how many were left out', () => {
    const diagnostics = [
      ...Array.from({ length: 14 }, (_, i) => diagnostic('error', i + 1)),
      ...Array.from({ length: 3 }, (_, i) => diagnostic('warning', 100 + i)),
      ...Array.from({ length: 12 }, (_, i) => diagnostic('notice', 200 + i)),
    ];
    const sink = recorder();
    expect(annotate(diagnostics, sink)).toBe(4 + 2);
    expect(ANNOTATION_LIMIT).toBe(10);
    expect(sink.seen).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `error ${i + 1}`),
      'warning 100',
      'warning 101',
      'warning 102',
      ...Array.from({ length: 10 }, (_, i) => `notice ${200 + i}`),
    ]);
  });

  it('annotates everything when under the limit', () => {
    const sink = recorder();
    expect(annotate([diagnostic('warning', 1), diagnostic('error', 2)], sink)).toBe(0);
    expect(sink.seen).toEqual(['warning 1', 'error 2']);
  });
});
