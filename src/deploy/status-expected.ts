// What a host should run by the release record: the definitions and copies of the record's template
// instantiated for that host (a `berth-plan-raw 1` plan), read from the plan's `def` and `copy` records.
// Pure text work; the comparison with what runs is status.ts's.
import { FIELD_END, PLAN_HEADER, RECORD_END } from '../stack/host-plan.js';

export interface ExpectedDefinition {
  app: string;
  name: string;
  mode: string;
  image: string;
  /** The berth.hash each of its copies must carry (or `legacyHash`: see runsDefinition). */
  hash: string;
  /** The same with env in document order, which containers an earlier berth started carry (absent: `hash`). */
  legacyHash?: string;
  /** Its containers' names, by copy index. */
  copies: string[];
}

/** The definitions a plan runs (cron definitions left out: they run no lasting container). */
export function expectedDefinitions(planText: string): ExpectedDefinition[] {
  if (!planText.startsWith(`${PLAN_HEADER}\n`)) throw new Error(`the instantiated release is not a "${PLAN_HEADER}" plan`);
  const byIndex = new Map<string, ExpectedDefinition>();
  for (const raw of planText.slice(PLAN_HEADER.length + 1).split(RECORD_END)) {
    const fields = raw.replace(/^\n/, '').split(FIELD_END).slice(0, -1);
    const [name, ...values] = fields;
    if (name === 'def') {
      const [index = '', app = '', defName = '', mode = '', image = '', hash = ''] = values;
      // The def record's 15th field (after the index): absent in plans of earlier releases.
      const legacyHash = values[14] ?? hash;
      byIndex.set(index, { app, name: defName, mode, image, hash, legacyHash, copies: [] });
    } else if (name === 'copy') {
      const [index = '', copyIndex = '', container = ''] = values;
      const definition = byIndex.get(index);
      if (definition) definition.copies[Number(copyIndex)] = container;
    }
  }
  return [...byIndex.values()].filter((definition) => definition.mode !== 'cron').map((d) => ({ ...d, copies: d.copies.filter(Boolean) }));
}
