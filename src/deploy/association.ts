// The State Manager association that converges hosts that join (input converge): what berth wants it to
// be, made so once (created, or updated only when one of its own settings differs), and removed by
// `converge-off` together with the release record. A release never updates it: AWS runs an association
// on every target when it is created or updated, which would ignore batch-size.
import type { AssociationPort, AssociationSettings, ParameterStorePort } from './ports.js';
import { releaseHeadName, removeReleaseRecord } from './release-record.js';

/** SSM refuses an executionTimeout over 48 hours. */
const MAX_EXECUTION_TIMEOUT_SECONDS = 172_800;

/** `berth-<environment>`: the association's name (the environment is letters, digits, ".", "_", "-"). */
export function associationName(environment: string): string {
  return `berth-${environment}`;
}

export interface WantedAssociation {
  name: string;
  commands: string[];
  tags: { key: string; values: string[] }[];
  concurrency: string;
  driftRepairMinutes: number;
  /** How long one host's converge may take: waiting for the fleet lock, pulls and the health gate. */
  timeoutSeconds: number;
}

export function wantedAssociation(wanted: WantedAssociation): AssociationSettings {
  return {
    name: wanted.name,
    commands: wanted.commands,
    executionTimeoutSeconds: Math.min(wanted.timeoutSeconds, MAX_EXECUTION_TIMEOUT_SECONDS),
    targets: wanted.tags.map((tag) => ({ key: `tag:${tag.key}`, values: [...tag.values] })),
    maxConcurrency: wanted.concurrency,
    // Each host converges on its own: one that fails must not keep the others from the release.
    maxErrors: '100%',
    ...(wanted.driftRepairMinutes > 0 ? { scheduleExpression: `rate(${wanted.driftRepairMinutes} minutes)` } : {}),
  };
}

function comparable(settings: AssociationSettings): string {
  const targets = settings.targets
    .map((target) => ({ key: target.key, values: [...target.values].sort() }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return JSON.stringify([
    settings.name,
    settings.commands,
    settings.executionTimeoutSeconds,
    targets,
    settings.maxConcurrency,
    settings.maxErrors,
    settings.scheduleExpression ?? '',
  ]);
}

export type AssociationState = 'created' | 'updated' | 'unchanged';

/** Creates the association, or updates it when a setting differs from what AWS holds; else leaves it be. */
export async function ensureAssociation(
  associations: AssociationPort,
  wanted: AssociationSettings,
): Promise<{ state: AssociationState; id: string }> {
  const existing = await associations.find(wanted.name);
  if (!existing) return { state: 'created', id: await associations.create(wanted) };
  if (comparable(existing) === comparable(wanted)) return { state: 'unchanged', id: existing.id };
  await associations.update(existing.id, wanted);
  return { state: 'updated', id: existing.id };
}

/** `converge-off`: deletes the association (no more runs), then the release record. Says what it removed. */
export async function turnConvergeOff(
  ports: { associations: AssociationPort; parameters: ParameterStorePort },
  environment: string,
  recordPrefix: string,
): Promise<{ association?: string; record: boolean; messages: string[] }> {
  const name = associationName(environment);
  const existing = await ports.associations.find(name);
  if (existing) await ports.associations.delete(existing.id);
  const record = await removeReleaseRecord(ports.parameters, recordPrefix);
  return {
    ...(existing ? { association: existing.id } : {}),
    record,
    messages: [
      existing
        ? `Deleted the association ${name} (${existing.id}): hosts that join no longer converge`
        : `No association ${name}: nothing to delete`,
      record
        ? `Deleted the release record ${releaseHeadName(recordPrefix)} and its parts`
        : `No release record at ${releaseHeadName(recordPrefix)}`,
    ],
  };
}
