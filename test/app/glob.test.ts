import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globFiles } from '../../src/app/glob.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'berth-glob-'));
  for (const file of [
    'stack.json',
    'stacks/prod.json',
    'stacks/stg.json',
    'stacks/notes.txt',
    'stacks/eu/west.json',
    '.hidden/x.json',
    'node_modules/pkg/y.json',
    'a[1].json',
  ]) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '{}');
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('globFiles', () => {
  it('returns a plain path when it is a file, nothing when it is not', () => {
    expect(globFiles('stack.json', dir)).toEqual(['stack.json']);
    expect(globFiles('missing.json', dir)).toEqual([]);
    expect(globFiles('stacks', dir)).toEqual([]);
  });

  it('matches * and ? inside one directory level', () => {
    expect(globFiles('stacks/*.json', dir)).toEqual(['stacks/prod.json', 'stacks/stg.json']);
    expect(globFiles('stacks/st?.json', dir)).toEqual(['stacks/stg.json']);
    expect(globFiles('./stacks/p*', dir)).toEqual(['stacks/prod.json']);
  });

  it('matches ** across directories, skipping dot directories and node_modules', () => {
    expect(globFiles('**/*.json', dir)).toEqual(['a[1].json', 'stack.json', 'stacks/eu/west.json', 'stacks/prod.json', 'stacks/stg.json']);
    expect(globFiles('.hidden/*.json', dir)).toEqual(['.hidden/x.json']);
  });

  it('supports character classes and absolute patterns', () => {
    expect(globFiles('stacks/[ps]*.json', dir)).toEqual(['stacks/prod.json', 'stacks/stg.json']);
    expect(globFiles('stacks/[!p]*.json', dir)).toEqual(['stacks/stg.json']);
    expect(globFiles(`${dir}/stacks/*/*.json`)).toEqual([`${dir}/stacks/eu/west.json`]);
  });
});
