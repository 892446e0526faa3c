// action.yml is the action's public contract: these tests keep it equal to what the code reads and writes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, parseActionInputs, type InputName } from '../../src/app/inputs.js';
import { createOutputs, type OutputName } from '../../src/action/outputs.js';

interface ActionYml {
  name: string;
  runs: { using: string; main: string; post: string; 'post-if': string };
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
}

const root = join(import.meta.dirname, '..', '..');
const actionYml = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionYml;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('action.yml', () => {
  it('runs the bundles on node24 with an always-run post step', () => {
    expect(actionYml.name).toBe('berth');
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js', 'post-if': 'always()' });
  });

  it('declares exactly the inputs the code reads', () => {
    const read = new Set<string>();
    parseActionInputs((name) => {
      read.add(name);
      return '';
    }, {});
    expect([...read].sort()).toEqual(Object.keys(actionYml.inputs).sort());
  });

  it('gives every input a description and the default the code applies', () => {
    for (const [name, input] of Object.entries(actionYml.inputs)) {
      expect(input.description, name).toMatch(/\S/);
      expect(input.required ?? false, name).toBe(false);
      const declared = input.default ?? '';
      // An expression default is evaluated by the runner; locally the code's default applies.
      if (declared.startsWith('${{')) continue;
      expect(declared, `default of ${name}`).toBe(INPUT_DEFAULTS[name as InputName]);
    }
  });

  it('declares exactly the outputs the code sets', () => {
    const written = new Set<OutputName>();
    const outputs = createOutputs((name) => written.add(name));
    outputs.setResult({ ok: true });
    outputs.setVersion('v1');
    outputs.setDeploymentId(7);
    outputs.setImageDigests({});
    outputs.setImages({});
    outputs.setStackJsonPath('/tmp/x.json');
    outputs.setValidationCounts({ errors: 0, warnings: 0 });
    outputs.setCanary([]);
    expect([...written].sort()).toEqual(Object.keys(actionYml.outputs).sort());
    for (const [name, output] of Object.entries(actionYml.outputs)) expect(output.description, name).toMatch(/\S/);
  });

  it('is the only place inputs are read and outputs written', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      const relative = file.slice(root.length + 1);
      if (
        relative !== 'src/action/inputs.ts' &&
        /\b(getInput|getBooleanInput|getMultilineInput)\b|process\.env\[?['"`.]?INPUT_/.test(text)
      ) {
        offenders.push(`${relative} reads inputs`);
      }
      if (relative !== 'src/action/outputs.ts' && /\bsetOutput\b/.test(text)) offenders.push(`${relative} writes outputs`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('outputs', () => {
  it('writes JSON for structured outputs and text for the rest', () => {
    const written: [string, string][] = [];
    const outputs = createOutputs((name, value) => written.push([name, value]));
    outputs.setImageDigests({ 'quay.io/acme/app:v1': 'sha256:abc' });
    outputs.setDeploymentId(42);
    outputs.setValidationCounts({ errors: 2, warnings: 5 });
    expect(written).toEqual([
      ['image-digests', '{"quay.io/acme/app:v1":"sha256:abc"}'],
      ['deployment-id', '42'],
      ['errors', '2'],
      ['warnings', '5'],
    ]);
  });
});
