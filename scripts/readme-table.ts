// The README's inputs and outputs tables are generated from action.yml, between marker comments.
// `node --import tsx scripts/readme-table.ts --write` rewrites them; a test checks they are current.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

interface ActionYml {
  inputs?: Record<string, { description?: string; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

const START = '<!-- action-table:start (generated from action.yml: node --import tsx scripts/readme-table.ts --write) -->';
const END = '<!-- action-table:end -->';

function cell(text: string): string {
  return text
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

export function renderActionTables(actionYmlText: string): string {
  const action = parse(actionYmlText) as ActionYml;
  const lines = ['### Inputs', '', '| input | default | description |', '|---|---|---|'];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const fallback = input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``;
    lines.push(`| \`${name}\` | ${fallback} | ${cell(input.description ?? '')} |`);
  }
  lines.push('', '### Outputs', '', '| output | description |', '|---|---|');
  for (const [name, output] of Object.entries(action.outputs ?? {})) {
    lines.push(`| \`${name}\` | ${cell(output.description ?? '')} |`);
  }
  return [START, ...lines, END].join('\n');
}

/** The README with its table block replaced; throws when the markers are missing. */
export function withActionTables(readme: string, actionYmlText: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers\n${START}\n${END}`);
  return readme.slice(0, start) + renderActionTables(actionYmlText) + readme.slice(end + END.length);
}

if (process.argv.includes('--write')) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', withActionTables(readme, readFileSync('action.yml', 'utf8')));
  console.log('README.md: inputs and outputs tables written from action.yml');
}
