// The SSM command builder and result reader, and the script's plan parsing, without a docker engine:
// a stub `docker` that always fails stands in, so state mode reports every copy missing.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildHostCommands, DEFAULT_MAX_COMMAND_BYTES, hostCommandBytes, parseHostResult } from '../../src/host/command.js';
import { HOST_MODES, hostScriptParts } from '../../src/host/parts.js';
import { hostScript } from '../../src/host/script.js';
import { encodeHostPlan, PLAN_HEADER } from '../../src/stack/host-plan.js';
import { Faults } from '../world/fakes/aws/faults.js';
import { CommandEngine } from '../world/fakes/aws/ssm-commands.js';
import { demoDefinition, hostPlan, literal } from './plans.js';

const repo = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'berth-host-unit-'));
const stubBin = join(work, 'bin');
spawnSync('mkdir', ['-p', stubBin]);
writeFileSync(join(stubBin, 'docker'), '#!/bin/sh\necho "docker stub: no engine" >&2\nexit 1\n');
chmodSync(join(stubBin, 'docker'), 0o755);
const env = { PATH: `${stubBin}:/usr/bin:/bin`, BERTH_IMDS_URL: 'http://127.0.0.1:9', LANG: 'C.UTF-8' };

afterAll(() => rmSync(work, { recursive: true, force: true }));

const hostile = `d-'q"$(touch ${work}/pwned)\`id\`\n%ü✓`;

function samplePlan(root = join(work, 'root')) {
  return hostPlan(root, [demoDefinition({ root, image: 'acme/demo:v1', env: [literal('X', hostile)] })], { deployId: hostile });
}

function runCommands(commands: string[]) {
  return spawnSync('bash', ['-c', commands.join('\n')], { env, encoding: 'utf8', timeout: 60_000 });
}

describe('buildHostCommands', () => {
  it('carries the joined script and the plan; the host unpacks both and answers with a HostResult', () => {
    const commands = buildHostCommands('state', encodeHostPlan(samplePlan()));
    const out = runCommands(commands);
    const result = parseHostResult(out.stdout);
    expect(result, out.stderr).toBeDefined();
    expect(result?.mode).toBe('state');
    expect(result?.deployId).toBe(hostile);
    expect(result?.copies.map((c) => [c.name, c.health])).toEqual([['web0', 'missing'], ['web1', 'missing']]);
    expect(result?.ok).toBe(false);
    expect(out.status).not.toBe(0);
    expect(spawnSync('test', ['-e', join(work, 'pwned')]).status).not.toBe(0);
  }, 60_000);

  it('the parts joined as written (comments and indentation kept) read the plan the same way', () => {
    const planFile = join(work, 'plan.txt');
    const scriptFile = join(work, 'state.sh');
    writeFileSync(planFile, encodeHostPlan(samplePlan()));
    writeFileSync(scriptFile, hostScriptParts('state', false).map((part) => readFileSync(join(repo, 'host', part), 'utf8')).join(''));
    const out = spawnSync('bash', [scriptFile, 'state', planFile], { env, encoding: 'utf8' });
    const result = parseHostResult(out.stdout);
    expect(result?.deployId, out.stderr).toBe(hostile);
    expect(out.stdout.trim().split('\n')).toHaveLength(1);
  }, 120_000);

  it('a rollout needs the docker engine on a local unix socket and says so before it changes anything', () => {
    const commands = buildHostCommands('rollout', encodeHostPlan(samplePlan()));
    const out = spawnSync('bash', ['-c', commands.join('\n')], { env: { ...env, DOCKER_HOST: 'tcp://127.0.0.1:9' }, encoding: 'utf8', timeout: 60_000 });
    const result = parseHostResult(out.stdout);
    expect(result?.ok, out.stderr).toBe(false);
    expect(result?.failure?.reason).toMatch(/docker engine on a local unix socket/);
    expect(result?.copies).toEqual([]);
  }, 60_000);

  it('every mode works under BERTH_HOST_ROOT when it is set, else under the plan\'s root, and reports the root it used', () => {
    const envRoot = join(work, 'env root');
    mkdirSync(envRoot, { recursive: true });
    const planRoot = join(work, 'plan-root');
    const run = (commands: string[], extra: Record<string, string>) =>
      spawnSync('bash', ['-c', commands.join('\n')], { env: { ...env, ...extra }, encoding: 'utf8', timeout: 60_000 });
    const state = buildHostCommands('state', encodeHostPlan(samplePlan(planRoot)));
    expect(parseHostResult(run(state, {}).stdout)?.root).toBe(planRoot);
    const underEnvRoot = parseHostResult(run(state, { BERTH_HOST_ROOT: envRoot }).stdout);
    expect(underEnvRoot?.root).toBe(envRoot);
    expect(underEnvRoot?.copies.map((c) => c.name)).toEqual(['web0', 'web1']);
    expect(parseHostResult(run(state, { BERTH_HOST_ROOT: `${envRoot}//` }).stdout)?.root).toBe(envRoot);
    // Without a plan, and without the variable, the host has no root of its own to report.
    expect(parseHostResult(run(buildHostCommands('preflight'), {}).stdout)?.root).toBeUndefined();
    expect(parseHostResult(run(buildHostCommands('preflight', encodeHostPlan(samplePlan(planRoot))), {}).stdout)?.root).toBe(planRoot);
    expect(parseHostResult(run(buildHostCommands('preflight'), { BERTH_HOST_ROOT: envRoot }).stdout)?.root).toBe(envRoot);
    expect(parseHostResult(run(buildHostCommands('history', encodeHostPlan(samplePlan(planRoot))), { BERTH_HOST_ROOT: envRoot }).stdout)?.root).toBe(envRoot);
    // The rollout takes the host lock under the root before it needs the engine.
    const rollout = run(buildHostCommands('rollout', encodeHostPlan(samplePlan(planRoot))), { BERTH_HOST_ROOT: envRoot, DOCKER_HOST: 'tcp://127.0.0.1:9' });
    expect(parseHostResult(rollout.stdout)?.root, rollout.stderr).toBe(envRoot);
    expect(parseHostResult(rollout.stdout)?.failure?.reason).toMatch(/docker engine on a local unix socket/);
    expect(existsSync(join(envRoot, 'var/lock/berth.lock'))).toBe(true);
    expect(existsSync(join(planRoot, 'var/lock/berth.lock'))).toBe(false);
    const relative = parseHostResult(run(state, { BERTH_HOST_ROOT: 'relative/root' }).stdout);
    expect(relative?.failure?.reason).toMatch(/host root must be an absolute path, got relative\/root/);
  }, 60_000);

  it('preflight needs no plan and names what is missing', () => {
    const out = runCommands(buildHostCommands('preflight'));
    const result = parseHostResult(out.stdout);
    expect(result?.mode, out.stderr).toBe('preflight');
    expect(result?.ok).toBe(false);
    expect(result?.facts?.missing.join(' ')).toMatch(/docker engine/);
  }, 60_000);

  it('preflight names an engine that is not on a local unix socket (the rollout talks to its API there)', () => {
    const out = spawnSync('bash', ['-c', buildHostCommands('preflight').join('\n')], {
      env: { ...env, DOCKER_HOST: 'tcp://127.0.0.1:2375' }, encoding: 'utf8', timeout: 60_000,
    });
    expect(parseHostResult(out.stdout)?.facts?.missing, out.stderr).toContain(
      'docker engine on a local unix socket (DOCKER_HOST=unix://... or /var/run/docker.sock)');
  }, 60_000);

  it('refuses a rollout without a plan and a command over the size limit', () => {
    expect(() => buildHostCommands('rollout')).toThrow(/needs a plan/);
    expect(() => buildHostCommands('rollout', encodeHostPlan(samplePlan()), { maxBytes: 4000 })).toThrow(/over the 4000-byte limit/);
  });

  it('measures the parameters as SendCommand sees them', () => {
    const commands = buildHostCommands('rollout', encodeHostPlan(samplePlan()));
    expect(hostCommandBytes(commands)).toBe(Buffer.byteLength(JSON.stringify({ commands })));
    expect(hostCommandBytes(commands)).toBeLessThan(DEFAULT_MAX_COMMAND_BYTES);
  });

  it('counts the commands and the longest execution timeout against the limit, which the fake SSM enforces by default', () => {
    // One plan text for every build: a sample plan carries the time (createdAt), so two would compress apart.
    const planText = encodeHostPlan(samplePlan());
    const commands = buildHostCommands('rollout', planText);
    const parameters = (bytes: number) => ({ commands, executionTimeout: ['172800'], workingDirectory: ['x'.repeat(bytes)] });
    const sized = (bytes: number) => parameters(bytes - Buffer.byteLength(JSON.stringify(parameters(0))));
    const exact = hostCommandBytes(commands) + Buffer.byteLength(',"executionTimeout":["172800"]');
    expect(() => buildHostCommands('rollout', planText, { maxBytes: exact })).not.toThrow();
    expect(() => buildHostCommands('rollout', planText, { maxBytes: exact - 1 })).toThrow(/over the/);
    expect(DEFAULT_MAX_COMMAND_BYTES).toBe(64 * 1024 - 2048);
    const engine = new CommandEngine({ instances: [], faults: new Faults(), accountId: '123456789012' });
    const send = (Parameters: unknown) => {
      try {
        engine.send({ DocumentName: 'AWS-RunShellScript', Parameters }, 'us-east-1');
        return 'sent';
      } catch (error) {
        return (error as Error).message;
      }
    };
    // Within the limit, the fake goes on to the next check (no target given).
    expect(send(sized(DEFAULT_MAX_COMMAND_BYTES))).toMatch(/InstanceIds or Targets/);
    expect(send(sized(DEFAULT_MAX_COMMAND_BYTES + 1))).toMatch(new RegExp(`limit is ${DEFAULT_MAX_COMMAND_BYTES} bytes`));
  });
});

describe('the plan text', () => {
  it('keeps every record and value as it is, and refuses the separators as data', () => {
    const text = encodeHostPlan(samplePlan());
    expect(text.startsWith(`${PLAN_HEADER}\n`)).toBe(true);
    expect(text).toContain(`deployId\x1f${hostile}\x1f\x1e`);
    const bad = hostPlan('/', [demoDefinition({ root: '/', image: 'x', env: [literal('A', 'a\x1fb')] })]);
    expect(() => encodeHostPlan(bad)).toThrow(/0x1E or 0x1F/);
  });
});

describe('parseHostResult', () => {
  const ok = '{"ok":true,"mode":"rollout","deployId":"d","hostname":"h","instanceId":"i","copies":[],"removed":[],"prunedImages":[],"timings":{"totalSeconds":1,"lockWaitSeconds":0}}';
  it('reads the last non-empty line only', () => {
    expect(parseHostResult(`noise\n{"not":"it"}\n${ok}\n\n`)?.ok).toBe(true);
    expect(parseHostResult(`${ok}\ntrailing noise`)).toBeUndefined();
    expect(parseHostResult('{"ok":true}')).toBeUndefined();
    expect(parseHostResult(ok.slice(0, 50))).toBeUndefined();
    expect(parseHostResult('')).toBeUndefined();
  });
});

describe('the script', () => {
  it('ships each mode\'s parts joined, without comments and indentation, every name as written', () => {
    const partLines = new Set(HOST_MODES.flatMap((mode) => [...hostScriptParts(mode, false), ...hostScriptParts(mode, true)])
      .flatMap((part) => readFileSync(join(repo, 'host', part), 'utf8').split('\n').map((line) => line.trim())));
    for (const mode of HOST_MODES) {
      for (const planSet of [false, true]) {
        const text = hostScript(mode, planSet);
        const lines = text.trimEnd().split('\n');
        expect(lines[0]).toBe('#!/usr/bin/env bash');
        for (const line of lines.slice(1)) {
          expect(line).not.toMatch(/^(#|\s|$)/);
          expect(partLines.has(line), line).toBe(true);
        }
        const check = spawnSync('bash', ['-n'], { input: text, encoding: 'utf8' });
        expect(check.stderr).toBe('');
        for (const record of ['meta)', 'runargs)', 'command)', 'slot)', 'cronenv)', 'migrationenv)']) expect(text).toContain(record);
        // A restore, a converge and a canary roll a plan out: they carry the rollout's mode too, and no other.
        const carries = (other: string) => other === mode || ((mode === 'restore' || mode === 'converge' || mode === 'canary') && other === 'rollout');
        for (const other of HOST_MODES) expect(text.includes(`mode_${other}() {`), `${mode} carries mode_${other}`).toBe(carries(other));
      }
    }
  }, 60_000);

  it('is shellcheck-clean, each mode\'s parts checked together', () => {
    const out = spawnSync('node', [join(repo, 'scripts/shellcheck.mjs'), '--host-only'], { cwd: repo, encoding: 'utf8' });
    expect(out.stdout + out.stderr).toMatch(/clean\n$/);
    expect(out.status).toBe(0);
  }, 180_000);
});
