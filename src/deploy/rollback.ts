// Rollback: which version to go back to, and the document that restores it. Pure decisions; the
// caller (src/app/rollback.ts, for the action and the CLI) reads history (GitHub Deployments, else the hosts' records:
// src/deploy/host-history.ts) and files, and runs the result through the same pipeline as a deploy
// (runDeploy), with no build, no migration and images taken from the hosts.
import { mergeImageTags } from '../stack/merge.js';
import type { DeployRecordPayload, RestoreTools } from './ports.js';

/** A successful deployment from the recorder's history (newest first). */
export interface RecordedDeployment {
  id: number;
  sha: string;
  createdAt: string;
  state: string;
  payload: DeployRecordPayload;
}

/** A release every target host recorded running (src/deploy/host-history.ts), newest first. */
export interface HostRelease {
  release: string;
  /** app/definition -> image reference. */
  images: Record<string, string>;
  commit?: string;
  stackJsonPath?: string;
  documentHash?: string;
  /** Instance id -> the deploy id each host recorded the release under (its record to restore). */
  deployIds?: Record<string, string>;
}

export interface RollbackTarget {
  version: string;
  commit: string;
  stackJsonPath: string;
  /** app/definition -> image reference to restore. */
  images: Record<string, string>;
  documentHash: string;
  /** Where the choice came from, for the log and the summary. */
  source: 'github' | 'hosts';
  /** The GitHub deployment restored, when the choice came from GitHub. */
  deploymentId?: number;
  /** The version running before the rollback, when known. */
  from?: string;
  /** From the hosts' records: instance id -> the deploy id of the recorded plan each host restores. */
  records?: Record<string, string>;
}

export interface RollbackQuery {
  environment: string;
  /** The `version` input: empty = the previous good one. */
  requested: string;
  history: RecordedDeployment[];
  /** Fallback when GitHub has nothing to offer; newest first, index 0 = running now. */
  hostReleases?: HostRelease[];
  /** What the hosts run now, when the caller read it; else the newest successful deployment's version. */
  running?: string;
}

export class RollbackError extends Error {
  override name = 'RollbackError';
}

function fromDeployment(d: RecordedDeployment, from: string | undefined): RollbackTarget {
  return {
    version: d.payload.version,
    commit: d.payload.commit || d.sha,
    stackJsonPath: d.payload.stackJsonPath,
    images: d.payload.images,
    documentHash: d.payload.documentHash,
    source: 'github',
    deploymentId: d.id,
    ...(from === undefined ? {} : { from }),
  };
}

function fromHost(r: HostRelease, from: string | undefined): RollbackTarget {
  return {
    version: r.release,
    commit: r.commit ?? '',
    stackJsonPath: r.stackJsonPath ?? '',
    images: r.images,
    documentHash: r.documentHash ?? '',
    source: 'hosts',
    ...(r.deployIds ? { records: r.deployIds } : {}),
    ...(from === undefined ? {} : { from }),
  };
}

/** A version given by the user matches the recorded version, or the commit by a prefix of 7+ hex digits. */
function matches(requested: string, version: string, commit: string): boolean {
  if (requested === version) return true;
  return /^[0-9a-f]{7,40}$/i.test(requested) && commit.toLowerCase().startsWith(requested.toLowerCase());
}

export function chooseRollbackTarget(query: RollbackQuery): RollbackTarget {
  const history = query.history;
  const hosts = query.hostReleases ?? [];
  const running = query.running ?? history[0]?.payload.version ?? hosts[0]?.release;
  const requested = query.requested.trim();

  if (requested !== '') {
    const recorded = history.find((d) => matches(requested, d.payload.version, d.payload.commit || d.sha));
    if (recorded) return fromDeployment(recorded, running);
    const remembered = hosts.find((r) => matches(requested, r.release, r.commit ?? ''));
    if (remembered) return fromHost(remembered, running);
    const known = [...new Set([...history.map((d) => d.payload.version), ...hosts.map((r) => r.release)])];
    throw new RollbackError(
      `Version "${requested}" was never deployed successfully to "${query.environment}". ` +
        (known.length > 0 ? `Versions that were: ${known.slice(0, 10).join(', ')}.` : 'No successful deployment is recorded yet.'),
    );
  }

  const previous = history.find((d) => d.payload.version !== running);
  if (previous) return fromDeployment(previous, running);
  const remembered = hosts.find((r) => r.release !== running);
  if (remembered) return fromHost(remembered, running);
  throw new RollbackError(
    `Nothing to roll back to in "${query.environment}": ` +
      (running === undefined
        ? 'no successful deployment is recorded in GitHub and the hosts remember no earlier plan.'
        : `every recorded successful deployment runs "${running}", the version running now.`) +
      ' Name a version with the `version` input.',
  );
}

export interface ImageReference {
  /** Repository without tag or digest (may hold a registry port: `127.0.0.1:5000/acme/app`). */
  image: string;
  tag: string;
  digest?: string;
}

/** `repo:tag`, `repo@sha256:...` or `repo:tag@sha256:...` -> parts. */
export function parseImageReference(reference: string): ImageReference {
  const at = reference.indexOf('@');
  const digest = at >= 0 ? reference.slice(at + 1) : undefined;
  const named = at >= 0 ? reference.slice(0, at) : reference;
  const slash = named.lastIndexOf('/');
  const colon = named.lastIndexOf(':');
  const hasTag = colon > slash;
  const image = hasTag ? named.slice(0, colon) : named;
  const tag = hasTag ? named.slice(colon + 1) : (digest ?? 'latest');
  return { image, tag, ...(digest === undefined ? {} : { digest }) };
}

/**
 * The image updates that put a document back on the recorded images: one per repository
 * (a deploy gives every definition of one repository the same tag). Conflicting records are an error.
 */
export function imageUpdates(images: Record<string, string>): { image: string; tag: string; digest?: string }[] {
  const byImage = new Map<string, ImageReference & { reference: string }>();
  for (const [definition, reference] of Object.entries(images)) {
    const parsed = parseImageReference(reference);
    const seen = byImage.get(parsed.image);
    if (seen && seen.reference !== reference) {
      throw new RollbackError(
        `The recorded deployment ran two versions of ${parsed.image} (${seen.reference} and, for ${definition}, ${reference}); ` +
          'restore it by naming the commit whose document holds both.',
      );
    }
    byImage.set(parsed.image, { ...parsed, reference });
  }
  return [...byImage.values()].map(({ image, tag, digest }) => ({ image, tag, ...(digest === undefined ? {} : { digest }) }));
}

export interface RestoredRelease {
  target: RollbackTarget;
  /** The Stack JSON text to deploy: the document at the target's commit, with the recorded images. */
  text: string;
  /** Definitions whose tag the recorded images changed in that text. */
  retagged: { app: string; definition: string }[];
  /** The document is today's, with the recorded images (the hosts did not record the release's commit). */
  currentDocument?: boolean;
}

/**
 * The whole plan of a recorded release: its document as committed, then the images it ran written
 * back in (a build writes its tags into a merged copy that is not committed). Digests stay digests.
 * A release the hosts remember without its commit gets today's document with its images.
 */
export async function restoreRelease(target: RollbackTarget, tools: RestoreTools, fallbackPath: string): Promise<RestoredRelease> {
  const path = target.stackJsonPath || fallbackPath;
  if (!target.commit && !tools.readCurrent) {
    throw new RollbackError(
      `The hosts remember release "${target.version}" but not its commit; name a version recorded in GitHub Deployments.`,
    );
  }
  const currentDocument = !target.commit;
  const committed = target.commit
    ? await tools.readAtCommit(target.commit, path)
    : await (tools.readCurrent as NonNullable<RestoreTools['readCurrent']>)(path);
  const updates = imageUpdates(target.images);
  const pinned = updates.filter((u) => u.digest !== undefined);
  const byTag = updates.filter((u) => u.digest === undefined);
  let text = committed;
  const retagged: { app: string; definition: string }[] = [];
  for (const [batch, pin] of [
    [byTag, false],
    [pinned, true],
  ] as const) {
    if (batch.length === 0) continue;
    const merged = (tools.mergeImageTags ?? mergeImageTags)(text, batch, { pin });
    text = merged.text;
    retagged.push(...merged.changed);
  }
  return { target, text, retagged, ...(currentDocument ? { currentDocument } : {}) };
}
