// The deploy's `manual` input names definitions to redeploy this time; check it before any host is touched.
import { listDefinitions, type StackDocument } from './schema.js';

/** One message per name that is not a `manual` definition of the document (empty when all are fine). */
export function manualInputProblems(document: StackDocument, names: string[]): string[] {
  const definitions = listDefinitions(document);
  const manual = definitions.filter((d) => d.definition.deploy === 'manual').map((d) => d.name);
  return names.flatMap((name) => {
    const found = definitions.find((d) => d.name === name);
    if (!found) return [`manual: "${name}" is no definition of the document; use one of ${manual.join(', ') || '(no manual definitions)'}`];
    if (found.definition.deploy !== 'manual') {
      return [
        `manual: "${name}" has deploy "${found.definition.deploy ?? 'unset'}", not "manual"; only manual definitions can be listed (use force for auto ones)`,
      ];
    }
    return [];
  });
}
