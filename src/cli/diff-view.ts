// `berth diff` as text: the example host, the migration, each definition's decision with its reasons,
// the cron lines and the notes. No secret value is in a Prediction, so nothing here needs redacting.
import type { Prediction } from '../stack/predict.js';

export function renderPrediction(prediction: Prediction): string {
  const { host } = prediction;
  const lines = [
    `Example host: ${host.hostname} (stack "${host.stackName}"${host.publicIp !== '' ? `, public IP ${host.publicIp}` : ''})`,
    `Migration: ${prediction.migration ? 'runs' : 'does not run'}`,
    'Definitions, in deploy order:',
  ];
  const width = Math.max(0, ...prediction.definitions.map((d) => `${d.app}/${d.definition}`.length));
  for (const d of prediction.definitions) {
    const copies = d.copies ? `  copies ${d.copies.before} -> ${d.copies.after}` : '';
    const reasons = d.reasons.length > 0 ? `  (${d.reasons.join(', ')})` : '';
    lines.push(`  ${`${d.app}/${d.definition}`.padEnd(width)}  ${d.decision.padEnd(9)}${reasons}${copies}`.trimEnd());
  }
  if (prediction.definitions.length === 0) lines.push('  (none)');
  const { added, removed } = prediction.cron;
  lines.push(`Cron: ${added.length} line(s) added, ${removed.length} removed`);
  for (const line of added) lines.push(`  + ${line}`);
  for (const line of removed) lines.push(`  - ${line}`);
  if (prediction.notes.length > 0) lines.push('Notes:', ...prediction.notes.map((note) => `  - ${note}`));
  return lines.join('\n') + '\n';
}
