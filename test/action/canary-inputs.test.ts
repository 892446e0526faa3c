// The canary's inputs and batch-size as a percentage: defaults, what a bad value says, the read token
// kept secret (masked, never echoed, never a CLI flag), and the pipeline's settings built from them.
import { describe, expect, it } from 'vitest';
import { InputError, parseActionInputs, rawSecretValues, secretInputValues, type InputName } from '../../src/app/inputs.js';
import { canarySettings, fleetSettings } from '../../src/app/settings.js';
import { readReleaseFlags } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/usage.js';
import { batchSizeFor, planBatches } from '../../src/deploy/hosts.js';

const parse = (given: Partial<Record<InputName, string>>, mask: (value: string) => void = () => undefined) =>
  parseActionInputs((name) => given[name] ?? '', { RUNNER_TEMP: '/tmp' }, mask);

function failure(given: Partial<Record<InputName, string>>): string {
  try {
    parse(given);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected the inputs to be rejected');
}

const rollbar = { codeVersion: 'abc123', environments: ['production'] };

describe('canary inputs', () => {
  it('are off by default, with the documented limits', () => {
    const inputs = parse({});
    expect(inputs).toMatchObject({
      batchSize: 1,
      batchWaitSeconds: 0,
      canarySeconds: 0,
      canaryMinRequests: 20,
      canaryLowTraffic: 'wait',
      canaryMax5xxPoints: 1,
      canaryMaxResponseRatio: 1.5,
      canaryMax5xxPercent: 1,
      canaryMaxResponseMs: 1000,
      canaryMaxRollbarItems: 0,
      rollbarReadToken: '',
    });
    expect(inputs.canaryMaxWaitSeconds).toBeUndefined();
    expect(canarySettings(inputs, rollbar)).toBeUndefined();
  });

  it('canary-seconds turns it on: the bake bound defaults to 3 x the bake for wait, the bake itself for pass and fail', () => {
    const wait = canarySettings(parse({ 'canary-seconds': '60' }), rollbar);
    expect(wait).toEqual({
      seconds: 60,
      maxWaitSeconds: 180,
      thresholds: {
        minRequests: 20,
        lowTraffic: 'wait',
        max5xxPoints: 1,
        maxResponseRatio: 1.5,
        max5xxPercent: 1,
        maxResponseMs: 1000,
        maxRollbarItems: 0,
      },
    });
    expect(canarySettings(parse({ 'canary-seconds': '60', 'canary-low-traffic': 'pass' }), rollbar)?.maxWaitSeconds).toBe(60);
    expect(canarySettings(parse({ 'canary-seconds': '60', 'canary-max-wait-seconds': '300' }), rollbar)?.maxWaitSeconds).toBe(300);
    const limits = canarySettings(
      parse({ 'canary-seconds': '5', 'canary-max-5xx-points': '0.5', 'canary-max-response-ratio': '2', 'canary-max-5xx-percent': '2.5' }),
      rollbar,
    )?.thresholds;
    expect(limits).toMatchObject({ max5xxPoints: 0.5, maxResponseRatio: 2, max5xxPercent: 2.5 });
  });

  it('a read token adds the Rollbar read (code version: the commit, the environments Rollbar reports)', () => {
    const settings = canarySettings(parse({ 'canary-seconds': '30', 'rollbar-read-token': 'rd-tok' }), rollbar);
    expect(settings?.rollbar).toEqual({ token: 'rd-tok', codeVersion: 'abc123', environments: ['production'] });
  });

  it('say what to fix', () => {
    expect(failure({ 'canary-low-traffic': 'maybe' })).toContain(
      'input "canary-low-traffic" must be one of wait, pass, fail (got "maybe")',
    );
    expect(failure({ 'canary-seconds': '-1' })).toContain('input "canary-seconds" must be a whole number of at least 0 (got "-1")');
    expect(failure({ 'canary-max-response-ratio': '0.5' })).toContain(
      'input "canary-max-response-ratio" must be a number of at least 1 (digits and one optional point, e.g. 1.5) (got "0.5")',
    );
    expect(failure({ 'canary-max-5xx-points': 'one' })).toContain('input "canary-max-5xx-points" must be a number from 0 to 100');
    expect(failure({ 'canary-max-wait-seconds': 'soon' })).toContain(
      'input "canary-max-wait-seconds" must be a whole number of seconds, or empty for 3 x canary-seconds (got "soon")',
    );
    expect(() => canarySettings(parse({ 'canary-seconds': '60', 'canary-max-wait-seconds': '30' }), rollbar)).toThrow(
      'input "canary-max-wait-seconds" must be at least canary-seconds (60): it bounds a longer bake (got "30")',
    );
  });

  it('rollbar-read-token is masked before parsing, counted as a secret value, and never echoed in an error', () => {
    const masked: string[] = [];
    expect(() => parse({ 'rollbar-read-token': 'rd-secret-77', 'canary-low-traffic': 'maybe' }, (v) => masked.push(v))).toThrow(InputError);
    expect(masked).toContain('rd-secret-77');
    expect(rawSecretValues({ 'rollbar-read-token': 'rd-secret-77' })).toContain('rd-secret-77');
    expect(secretInputValues(parse({ 'rollbar-read-token': 'rd-secret-77' }))).toContain('rd-secret-77');
    const message = failure({ 'rollbar-read-token': 'rd-secret-77', 'canary-seconds': 'x' });
    expect(message).not.toContain('rd-secret-77');
  });

  it('the CLI refuses it as a flag and reads BERTH_ROLLBAR_READ_TOKEN', () => {
    expect(() => readReleaseFlags(['--rollbar-read-token', 'rd-1'], 'deploy', 'HELP', undefined, { env: {} })).toThrow(UsageError);
    try {
      readReleaseFlags(['--rollbar-read-token', 'rd-1'], 'deploy', 'HELP', undefined, { env: {} });
    } catch (error) {
      expect((error as Error).message).toContain('--rollbar-read-token is not accepted');
      expect((error as Error).message).toContain('BERTH_ROLLBAR_READ_TOKEN');
      expect((error as Error).message).not.toContain('rd-1');
    }
    const flags = readReleaseFlags(['--canary-seconds', '45', '--batch-size', '25%'], 'deploy', 'HELP', undefined, {
      env: { BERTH_ROLLBAR_READ_TOKEN: 'rd-env' },
    });
    expect(flags?.inputs).toMatchObject({ rollbarReadToken: 'rd-env', canarySeconds: 45, batchSize: { percent: 25 } });
  });
});

describe('batch-size as a percentage', () => {
  it('takes 1% to 100%', () => {
    expect(parse({ 'batch-size': '25%' }).batchSize).toEqual({ percent: 25 });
    expect(parse({ 'batch-size': '100%' }).batchSize).toEqual({ percent: 100 });
    expect(parse({ 'batch-size': '3' }).batchSize).toBe(3);
  });

  it('refuses 0%, 150%, 2.5% and 0, saying what it allows', () => {
    for (const given of ['0%', '150%', '2.5%']) {
      expect(failure({ 'batch-size': given })).toContain(
        `input "batch-size" must be a whole percentage from 1% to 100% (e.g. 25%: a quarter of the hosts at a time) (got "${given}")`,
      );
    }
    expect(failure({ 'batch-size': '0' })).toContain('input "batch-size" must be a whole number of at least 1 (got "0")');
    expect(failure({ 'batch-wait-seconds': '1.5' })).toContain('input "batch-wait-seconds" must be a whole number of at least 0');
  });

  it('ceil(hosts x percent / 100), at least 1; the migration host alone first', () => {
    expect(batchSizeFor({ percent: 25 }, 10)).toBe(3);
    expect(batchSizeFor({ percent: 1 }, 10)).toBe(1);
    expect(batchSizeFor({ percent: 100 }, 10)).toBe(10);
    expect(batchSizeFor(4, 10)).toBe(4);
    const hosts = Array.from({ length: 10 }, (_, i) => ({ instanceId: `i-${i}`, hostname: `h${i}`, publicIp: '' }));
    expect(planBatches(hosts, { percent: 25 }, true).map((b) => b.length)).toEqual([1, 3, 3, 3]);
    expect(planBatches(hosts, { percent: 25 }, false).map((b) => b.length)).toEqual([3, 3, 3, 1]);
    expect(planBatches(hosts.slice(0, 2), { percent: 10 }, false).map((b) => b.length)).toEqual([1, 1]);
  });

  it('reaches the policy with batch-wait-seconds', () => {
    const { policy } = fleetSettings(parse({ 'batch-size': '50%', 'batch-wait-seconds': '120' }), undefined, {});
    expect(policy).toMatchObject({ batchSize: { percent: 50 }, batchWaitSeconds: 120 });
  });
});
