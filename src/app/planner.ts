// The core's plans and the host script's commands, as the pipeline uses them (the Planner port).
import type { Planner } from '../deploy/ports.js';
import { buildHostCommands, convergeCommands, packHostCommands } from '../host/index.js';
import { encodeHostPlan } from '../stack/host-plan.js';
import { buildHostPlan } from '../stack/plan.js';
import { encodeReleaseTemplate, templateFacts } from '../stack/release-template.js';
import type { StackDocument } from '../stack/schema.js';
import { formatDiagnostic, validateStackJson } from '../stack/validate.js';

/** The document in `text`, valid; throws listing its errors (`file` names it in each). */
export function parseStackDocument(text: string, file: string): StackDocument {
  const result = validateStackJson(text, file);
  if (!result.ok || !result.document) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    throw new Error(`The Stack JSON to restore is not valid:\n${errors.join('\n')}`);
  }
  return result.document;
}

/**
 * Plans for the Stack JSON `file`, sent in commands of at most `maxBytes` (the max-command-bytes input);
 * `surge` (the surge input) is the default of definitions with an alternate slot that do not set it.
 */
export function releasePlanner(file: string, maxBytes: number, surge = false): Planner {
  const options = { maxBytes };
  return {
    parseDocument: (text) => parseStackDocument(text, file),
    hostPlan: (document, facts, planOptions) => buildHostPlan(document, facts, { ...planOptions, surge }),
    encodePlan: encodeHostPlan,
    hostCommands: (mode, planText) => buildHostCommands(mode, planText, options),
    // One command per batch (up to 50 hosts), carrying each host's plan; split only where it must be.
    packHostCommands: (mode, plans) => packHostCommands(mode, plans, options),
    // Input converge: the release's host-neutral template and the association's commands.
    releaseTemplate: {
      facts: templateFacts,
      encode: encodeReleaseTemplate,
      convergeCommands: (converge) => convergeCommands(converge, options),
    },
  };
}
