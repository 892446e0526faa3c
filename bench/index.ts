// `npm run bench -- <name>` runs the default export of bench/<name>.ts. Every benchmark prints a
// table for humans and ends with one JSON line for machines.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -3))
  .sort();
const name = process.argv[2];

if (name === undefined || !/^[a-z0-9-]+$/.test(name) || !existsSync(join(here, `${name}.ts`))) {
  console.error(`Usage: npm run bench -- <name>   (available: ${available.join(', ') || 'none'})`);
  process.exit(2);
}
const module = (await import(pathToFileURL(join(here, `${name}.ts`)).href)) as { default?: (args: string[]) => unknown };
if (typeof module.default !== 'function') {
  console.error(`bench/${name}.ts has no default export to run`);
  process.exit(2);
}
await module.default(process.argv.slice(3));
