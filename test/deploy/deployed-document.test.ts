// What the PR check compares with: the last successful deployment's document rebuilt as a rollback
// rebuilds it, else the base branch with the reason.
import { describe, expect, it } from 'vitest';
import { lookUpDeployedDocument, type DeployedDocumentSources, type EnvironmentDeployment } from '../../src/deploy/deployed-document.js';

const file = (tag: string) =>
  `{"deploy": {"shop": {"containers": [{"web": {"deploy": "auto", "image": "quay.io/acme/web", "tag": "${tag}"}}]}}}\n`;

function deployment(id: number, version: string, kind: 'deploy' | 'rollback' = 'deploy', description = ''): EnvironmentDeployment {
  return {
    id,
    sha: `${id}`.repeat(40).slice(0, 40),
    createdAt: `2026-12-0${id}T00:00:00Z`,
    state: 'success',
    successDescription: description,
    payload: {
      tool: 'berth',
      kind,
      version,
      commit: `${id}`.repeat(40).slice(0, 40),
      documentHash: '',
      stackJsonPath: 'deploy/stack.json',
      images: { 'shop/web': `quay.io/acme/web:${version}` },
    },
  };
}

function sources(over: Partial<DeployedDocumentSources> = {}): DeployedDocumentSources & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    deployments: async () => [deployment(3, 'v3', 'rollback'), deployment(2, 'v2'), deployment(1, 'v1')],
    readAtCommit: async (commit, path) => {
      reads.push(`${commit.slice(0, 1)}:${path}`);
      return file('latest');
    },
    readBase: async () => ({ kind: 'found', sha: 'b'.repeat(40), text: file('base') }),
    ...over,
  };
}

describe('the deployed document', () => {
  it('is the newest successful deployment (a rollback too), its file at its commit with the images it ran', async () => {
    const s = sources();
    const { against } = await lookUpDeployedDocument(s, 'production', 'stack.json');
    expect(s.reads).toEqual(['3:deploy/stack.json']);
    expect(against).toMatchObject({ kind: 'deployment', deploymentId: 3, version: 'v3', path: 'deploy/stack.json', retagged: 1 });
    expect(against.kind === 'deployment' && against.text).toContain('"tag": "v3"');
  });

  it('reads the timings the deploys (not the rollbacks) recorded, newest first', async () => {
    const t = (h: number) => `Deployed · berth-timing/1 h=${h} b=1 d=10 w=5 p=5/5/5 c=1 t=30`;
    const s = sources({
      deployments: async () => [
        deployment(4, 'v4', 'rollback', t(9)),
        deployment(3, 'v3', 'deploy', t(3)),
        deployment(2, 'v2'),
        deployment(1, 'v1', 'deploy', t(1)),
      ],
    });
    const { timings } = await lookUpDeployedDocument(s, 'production', 'stack.json');
    expect(timings.map((x) => x.hosts)).toEqual([3, 1]);
  });

  it('falls back to the base branch, saying why, when nothing was deployed', async () => {
    const { against } = await lookUpDeployedDocument(sources({ deployments: async () => [] }), 'staging', 'stack.json');
    expect(against).toEqual({
      kind: 'base',
      sha: 'b'.repeat(40),
      text: file('base'),
      why: 'no successful deployment of "staging" is recorded in GitHub Deployments',
    });
  });

  it('falls back when GitHub Deployments cannot be read, naming the permission', async () => {
    const { against } = await lookUpDeployedDocument(
      sources({
        deployments: async () => {
          throw new Error('HTTP 403 Resource not accessible by integration');
        },
      }),
      'production',
      'stack.json',
    );
    expect(against.kind).toBe('base');
    expect(against.kind === 'base' && against.why).toBe(
      'GitHub Deployments of "production" could not be read (HTTP 403 Resource not accessible by integration; the job needs `deployments: read`)',
    );
  });

  it('falls back when the deployed file cannot be read at its commit; says so when the base cannot be read either', async () => {
    const missing = async () => {
      throw new Error('Not Found');
    };
    const base = await lookUpDeployedDocument(sources({ readAtCommit: missing }), 'production', 'stack.json');
    expect(base.against.kind === 'base' && base.against.why).toBe('the document of deployment 3 (v3) could not be rebuilt: Not Found');
    const newFile = await lookUpDeployedDocument(
      sources({ deployments: async () => [], readBase: async () => ({ kind: 'new-file', sha: 'c'.repeat(40) }) }),
      'production',
      'stack.json',
    );
    expect(newFile.against.kind).toBe('base-new-file');
    const nothing = await lookUpDeployedDocument(
      sources({ readAtCommit: missing, readBase: async () => ({ kind: 'unavailable', reason: 'the base commit is not in the clone' }) }),
      'production',
      'stack.json',
    );
    expect(nothing.against).toEqual({
      kind: 'nothing',
      why: 'the document of deployment 3 (v3) could not be rebuilt: Not Found; the base branch cannot be read either: the base commit is not in the clone',
    });
  });
});
