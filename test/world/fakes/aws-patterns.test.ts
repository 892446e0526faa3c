// The models' Java regular expressions as the fake reads them: every pattern of both models compiles with
// Java's meaning, and one without a faithful translation refuses the request instead of passing everything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOTOCORE_DATA, type ModelIndex, SERVICE_MODELS, loadModels } from './aws/models.js';
import { compileJavaPattern } from './aws/patterns.js';
import { validateRequest } from './aws/request-validation.js';

function matches(pattern: string, value: string): boolean {
  const compiled = compileJavaPattern(pattern);
  if (!compiled.ok) throw new Error(`${pattern} ${compiled.reason}`);
  return compiled.regex.test(value);
}

describe('Java patterns', () => {
  it('compiles every pattern of the ssm and opsworks models', () => {
    const patterns = SERVICE_MODELS.flatMap((service) => {
      const model = JSON.parse(readFileSync(join(BOTOCORE_DATA, service, 'service-2.json'), 'utf8')) as {
        shapes: Record<string, { pattern?: string }>;
      };
      return Object.values(model.shapes).flatMap((shape) => (shape.pattern === undefined ? [] : [shape.pattern]));
    });
    expect(patterns.length).toBeGreaterThan(40);
    const failing = patterns.flatMap((pattern) => {
      const compiled = compileJavaPattern(pattern);
      return compiled.ok ? [] : [`${pattern}: ${compiled.reason}`];
    });
    expect(failing).toEqual([]);
  });

  it('searches the value (patterns are not anchored unless they say so)', () => {
    expect(matches('tag:.+|Name|Type', 'Names')).toBe(true);
    expect(matches('^(Name|Type)$', 'Names')).toBe(false);
  });

  it("lets $ match before a final line terminator, as Java's does, and . match no line terminator", () => {
    expect(matches('^abc$', 'abc')).toBe(true);
    expect(matches('^abc$', 'abc\n')).toBe(true);
    expect(matches('^abc$', 'abc\r\n')).toBe(true);
    expect(matches('^abc$', 'abc\n\n')).toBe(false);
    expect(matches('^a.c$', 'a\u0085c')).toBe(false);
    expect(matches('^a.c$', 'a-c')).toBe(true);
    expect(matches(String.raw`^a\z`, 'a\n')).toBe(false);
    expect(matches(String.raw`^a\Z`, 'a\n')).toBe(true);
  });

  it('reads escapes of any punctuation, Unicode and POSIX classes, quoting and a leading (?i)', () => {
    expect(matches(String.raw`^[\w\.\-\:\/ ]*$`, 'a-b:c/d e.f')).toBe(true);
    expect(matches(String.raw`^[\w\.\-\:\/ ]*$`, 'a!b')).toBe(false);
    expect(matches(String.raw`^[0-9a-f]{2}\-[0-9a-f]{2}$`, '0a-ff')).toBe(true);
    expect(matches(String.raw`^[\p{L}\p{Z}\p{N}_.:/=\-@]*$`, 'tag:Rôle 2')).toBe(true);
    expect(matches(String.raw`^[\p{L}\p{Z}\p{N}_.:/=\-@]*$`, 'tag:Role!')).toBe(false);
    expect(matches(String.raw`^\p{Alpha}+$`, 'abc')).toBe(true);
    expect(matches(String.raw`^\p{Alpha}+$`, 'abé')).toBe(false);
    expect(matches(String.raw`^\p{IsLatin}+$`, 'abé')).toBe(true);
    expect(matches(String.raw`^\Q.*\E$`, '.*')).toBe(true);
    expect(matches(String.raw`^\Q.*\E$`, 'ab')).toBe(false);
    expect(matches('(?i)all|[0-9]{12}', 'ALL')).toBe(true);
    expect(matches('[]a]+', ']a')).toBe(true);
  });

  it.each([
    ['a++', 'possessive quantifier'],
    ['[a-z&&[^q]]', 'class intersection'],
    ['(?>ab)', 'atomic group'],
    [String.raw`\p{javaLowerCase}`, 'Java-only property'],
    [String.raw`\h+`, 'horizontal whitespace class'],
    ['(?s)a.b', 'inline flag other than a leading (?i)'],
    [String.raw`[\0101]`, 'octal escape'],
  ])('reports %s (%s) as unsupported', (pattern) => {
    expect(compileJavaPattern(pattern)).toMatchObject({ ok: false, reason: expect.stringContaining('cannot check') });
  });

  it('refuses a request whose value meets a pattern it cannot check, rather than passing it', () => {
    const models: ModelIndex = {
      operations: new Map([
        [
          'Test.Op',
          {
            input: 'Input',
            model: {
              targetPrefix: 'Test',
              shapes: {
                Input: { type: 'structure', members: { Name: { shape: 'Name' } } },
                Name: { type: 'string', pattern: '^[a-z&&[^q]]+$' },
              },
            },
          },
        ],
      ]),
    };
    const refused = validateRequest('Test.Op', { Name: 'abc' }, { models });
    expect(refused).toMatchObject({
      type: 'InternalFailure',
      status: 500,
      message: expect.stringContaining('cannot check the pattern ^[a-z&&[^q]]+$ of shape Name'),
    });
    // Absent, the member has nothing to check.
    expect(validateRequest('Test.Op', {}, { models })).toBeUndefined();
  });
});

describe('the service models', () => {
  it('are read from the awscli package, and their absence names it', () => {
    expect(loadModels().operations.get('AmazonSSM.SendCommand')?.input).toBe('SendCommandRequest');
    expect(loadModels().operations.get('OpsWorks_20130218.CreateDeployment')?.input).toBe('CreateDeploymentRequest');
    expect(() => loadModels('/nonexistent/botocore/data')).toThrow(/service-2\.json is missing.*Debian package awscli/);
  });
});
