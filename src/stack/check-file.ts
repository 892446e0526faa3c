// Validation of one Stack JSON file as both faces show it: the core's diagnostics, with any inline
// secret value of the document masked in messages (a message may quote the offending value).
import type { Diagnostic } from './diagnostics.js';
import { listInlineSecrets, redact } from './secrets.js';
import { validateStackJson, type ValidationResult } from './validate.js';

export function checkStackFile(text: string, file: string): ValidationResult {
  const result = validateStackJson(text, file);
  if (result.document === undefined) return result;
  const secrets = listInlineSecrets(result.document).map((secret) => secret.value);
  if (secrets.length === 0) return result;
  return { ...result, diagnostics: result.diagnostics.map((d) => ({ ...d, message: redact(d.message, secrets) })) };
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Diagnostic['severity'], number> {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
