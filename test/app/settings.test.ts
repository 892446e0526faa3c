import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { awsRegion, fleetSettings } from '../../src/app/settings.js';
import { InputError, parseActionInputs, type InputName } from '../../src/app/inputs.js';
import { validateStackJson } from '../../src/stack/validate.js';

const seedText = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'stack-seed.json'), 'utf8');
const seed = validateStackJson(seedText, 'stack-seed.json').document;

function settingsFor(given: Partial<Record<InputName, string>>) {
  if (!seed) throw new Error('the seed fixture must be valid');
  return fleetSettings(
    parseActionInputs((name) => given[name] ?? '', {}),
    seed,
    {},
  );
}

describe('fleetSettings: the manual input', () => {
  it('passes manual definitions of the document through', () => {
    expect(settingsFor({ command: 'deploy', manual: 'nginx, haproxy' }).policy.manual).toEqual(['nginx', 'haproxy']);
  });

  it('refuses a misspelt name, naming the manual definitions', () => {
    expect(() => settingsFor({ command: 'deploy', manual: 'ngnix' })).toThrow(InputError);
    expect(() => settingsFor({ command: 'deploy', manual: 'ngnix' })).toThrow(
      'manual: "ngnix" is no definition of the document; use one of haproxy, nginx, logspout',
    );
  });

  it('refuses an auto definition', () => {
    expect(() => settingsFor({ command: 'deploy', manual: 'app' })).toThrow(/"app" has deploy "auto", not "manual"/);
  });
});

describe('awsRegion', () => {
  it('takes the input, then AWS_REGION, then AWS_DEFAULT_REGION, then us-east-1', () => {
    expect(awsRegion('eu-south-1', { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-central-1' })).toBe('eu-south-1');
    expect(awsRegion('', { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-central-1' })).toBe('eu-west-1');
    expect(awsRegion('', { AWS_DEFAULT_REGION: 'eu-central-1' })).toBe('eu-central-1');
    expect(awsRegion('', {})).toBe('us-east-1');
  });

  it('is the region the hosts are given', () => {
    expect(settingsFor({ command: 'deploy' }).host.region).toBe('us-east-1');
  });
});
