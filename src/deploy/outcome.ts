// What a deploy or rollback hands back to its face: the outcome, per host, and what converge did.
// Split from ports.ts, which re-exports it.
import type { HostResult } from '../stack/host-plan.js';
import type { CanaryVerdict } from './canary-verdict.js';
import type { StackDocument } from '../stack/schema.js';

export interface HostReport {
  instanceId: string;
  hostname: string;
  /** Where the host ended: on the new release, back on the old one, untouched, or unknown. */
  state: 'updated' | 'rolled-back' | 'untouched' | 'failed' | 'unknown';
  problem?: string;
  /** After a failure, what happened to the host in words, from its own results ("web0 replaced, then restored from its record"). */
  story?: string;
}

export interface DeployOutcome {
  status: 'success' | 'failure';
  kind: 'deploy' | 'rollback';
  version: string;
  deployId: string;
  /** One sentence for humans (job summary, CLI). */
  summary: string;
  /** updated: every host on the new release; unchanged: nothing was changed; rolled-back: back on the old one; mixed: both. */
  fleet: 'updated' | 'unchanged' | 'rolled-back' | 'mixed' | 'unknown';
  hosts: HostReport[];
  images: Record<string, string>;
  digests: Record<string, string>;
  /** The deployed document (tags merged; inline secrets still inline): what the stack-json output holds. */
  document?: StackDocument;
  opsworksDeploymentId?: string;
  githubDeploymentId?: number;
  /** Input converge: the release record written (or removed) and the association's state. */
  converge?: ConvergeReport;
  /** Instance id -> what the host ran before (read by the preflight, compared with its plan): the summary's before. */
  before?: Record<string, HostResult>;
  /** Hosts that joined the targets while the deploy ran (not deployed by it), as read at its end. */
  joined?: JoinedHost[];
  /** Input canary-seconds: each canary host (each batch's first) and its verdict, in rollout order. */
  canary?: CanaryHostReport[];
}

/** A batch's canary host: what decided its batch's fate. */
export interface CanaryHostReport {
  instanceId: string;
  hostname: string;
  /** The batch it opened (1-based) and the number of batches. */
  batch: number;
  batches: number;
  /**
   * promoted: its batch was rolled out; refused: the verdict said no; failed: the canary command failed
   * (no comparison); stopped: a cancel or the deadline came before the promotion.
   */
  state: 'promoted' | 'refused' | 'failed' | 'stopped';
  /** One sentence with the deciding numbers. */
  text: string;
  /** The comparison (absent when the canary command gave no report). */
  verdict?: Omit<CanaryVerdict, 'text'>;
}

/** A host that joined the targets during the deploy, and what it ran when the deploy ended. */
export interface JoinedHost {
  instanceId: string;
  hostname: string;
  /** on the release: it already runs what this release plans for it; else waiting (converge on) or not deployed. */
  state: 'on the release' | 'converges' | 'not deployed' | 'unknown';
  /** What the read saw, in words. */
  story: string;
}

/** What a successful release left for hosts that join (src/deploy/steps/converge.ts). */
export interface ConvergeReport {
  /** written: this release's template; removed: a rollback from the hosts' records has no template. */
  record: 'written' | 'removed' | 'failed';
  /** Head parameter of the record. */
  head: string;
  generation?: string;
  bytes?: number;
  parts?: number;
  association: 'created' | 'updated' | 'unchanged' | 'failed';
  associationName: string;
  associationId?: string;
  /** What went wrong, when record or association failed. */
  problem?: string;
}
