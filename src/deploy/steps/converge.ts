// Step (input converge, ssm target): what hosts that join the fleet get. Before any host changes,
// `prepareConverge` builds the release's host-neutral template and checks it can be recorded (a document
// that cannot make one is refused with nothing changed). After a successful deploy or rollback only,
// `recordRelease` writes the release record, then makes sure the association exists as configured.
// A rollback rolled out from the hosts' own records has no document to make a template of: its record's
// head is removed, so a host that joins runs nothing rather than the release just rolled back from.
import type { StackDocument } from '../../stack/schema.js';
import { pinSecretVersions, referencedParameters } from '../../stack/secret-versions.js';
import { isPerHost, listInlineSecrets } from '../../stack/secrets.js';
import { errorMessage } from '../../util/errors.js';
import { ensureAssociation, wantedAssociation } from '../association.js';
import { DeployFailure } from '../failure.js';
import { LockLostError } from '../lock-lease.js';
import { MINUTE, type DeployRun } from '../run.js';
import { encodeReleaseRecord, releaseHeadName, removeReleaseRecord, writeReleaseRecord } from '../release-record.js';
import type { AssociationSettings, ConvergeReport } from '../ports.js';
import type { ConvergeSettings } from '../settings.js';
import type { FleetPlans } from './plans.js';
import type { StagedRelease } from './secrets.js';

/** What the release leaves for hosts that join: its template, or (rollback from records) none. */
export interface PreparedConverge {
  settings: ConvergeSettings;
  template?: string;
  /** The association as it must be (made before any host changes: its commands check their settings). */
  association: AssociationSettings;
}

/**
 * Seconds a converging host waits for a deploy holding the fleet lock: a deploy's own timeout and its
 * lock's 5 minutes, at most a day (the host mode's bound).
 */
function lockWaitSeconds(run: DeployRun): number {
  return Math.min(run.settings.policy.timeoutMinutes * 60 + 300, 86_400);
}

function refuse(reason: string): never {
  const sentence = /[.!?]$/.test(reason) ? reason : `${reason}.`;
  throw new DeployFailure(
    `Converge is on, but this release cannot be recorded for hosts that join: ${sentence} Nothing was changed.`,
    'unchanged',
  );
}

/**
 * Before anything is staged or any host is asked (right after the release is prepared): converge needs
 * the ssm target, State Manager, release templates, no 0x1D in the document (the template's sentinels),
 * and no secret whose value differs per host (`%{opsworks}`, `%{public_ip}`): such a secret is staged for
 * the hosts a deploy sees only, never for one that joins.
 */
export function checkConverge(run: DeployRun, document: StackDocument): void {
  const { settings, ports } = run;
  if (!settings.converge) return;
  if (settings.target.kind !== 'ssm') refuse('converge works with target ssm only (OpsWorks runs its own recipes on instances that join).');
  if (!ports.associations) refuse('no State Manager client was given.');
  if (!ports.planner.releaseTemplate) refuse('this planner makes no release templates.');
  if (settings.policy.restoreRecords) return; // rolled out from the hosts' records: no template is made
  if (JSON.stringify(document).includes('\\u001d')) {
    refuse('the document holds the control character 0x1D (group separator), which a release template reserves for host facts: remove it.');
  }
  const perHost = listInlineSecrets(document).filter(isPerHost);
  if (perHost.length > 0) {
    refuse(
      `the secret(s) ${perHost.map((secret) => secret.name).join(', ')} differ per host (their value holds %{opsworks} or %{public_ip}) ` +
        'and are staged for the hosts a deploy sees only; a host that joins has none. Give them one value for every host, or turn converge off.',
    );
  }
}

/** After the plans, before any host changes: the release's template, checked to fit a release record. */
export async function prepareConverge(run: DeployRun, fleet: FleetPlans, staged: StagedRelease): Promise<PreparedConverge | undefined> {
  const { settings, ports } = run;
  const converge = settings.converge;
  const templater = ports.planner.releaseTemplate;
  if (!converge || !templater) return undefined; // without a templater, checkConverge refused the release
  let association: AssociationSettings;
  try {
    association = associationFor(run, converge);
  } catch (error) {
    refuse(`the association's commands: ${errorMessage(error)}`);
  }
  if (settings.policy.restoreRecords) return { settings: converge, association };
  const plan = fleet.templateFor(staged.document, templater.facts(staged.stackName));
  // Every reference a host plan names is pinned already; the template names no other unless no host was planned.
  const unpinned = referencedParameters([plan]).filter((name) => !fleet.secretVersions.has(name));
  if (unpinned.length > 0) {
    const versions = await ports.parameters.versions(unpinned);
    const missing = unpinned.filter((name) => !versions.has(name));
    if (missing.length > 0) refuse(`the parameter(s) ${missing.join(', ')} do not exist.`);
    pinSecretVersions(plan, versions);
  }
  let template: string;
  try {
    template = templater.encode(plan);
    encodeReleaseRecord(template, { deployId: settings.release.deployId, release: settings.release.version });
  } catch (error) {
    refuse(errorMessage(error));
  }
  run.log.info(`Converge: the release template is ready (${template.length} bytes); it is recorded once the release succeeds`);
  return { settings: converge, template, association };
}

/**
 * After a successful deploy or rollback: the record (parts, head, previous generation removed), then the
 * association. A failure here fails the release's status (every host runs it, but a host that joins
 * would not get it), and the record's head is removed so no joining host runs an older release.
 */
export async function recordRelease(run: DeployRun, prepared: PreparedConverge | undefined): Promise<void> {
  if (!prepared) return;
  const { settings, ports, log, outcome } = run;
  const { recordPrefix, associationName: name } = prepared.settings;
  const head = releaseHeadName(recordPrefix);
  const report: ConvergeReport = { record: 'failed', head, association: 'failed', associationName: name };
  outcome.converge = report;
  const signal = settings.signal;
  if (signal?.aborted && signal.reason instanceof LockLostError) {
    // Another deploy holds the fleet lock now and records its own release: touch nothing of it.
    report.problem = `${signal.reason.message}; the release record was left to the deploy that holds the lock`;
    outcome.status = 'failure';
    outcome.summary = `${outcome.summary} But hosts that join cannot get it: ${report.problem}.`;
    log.error(outcome.summary);
    return;
  }
  await log.group('Converge: the release record and the association', async () => {
    try {
      if (prepared.template === undefined) {
        await removeReleaseRecord(ports.parameters, recordPrefix);
        report.record = 'removed';
        log.warn(
          `Rolled back from the hosts' own records, which make no release template: removed the release record ${head}, so a host that joins runs nothing until the next deploy (not the release rolled back from).`,
        );
      } else {
        const written = await writeReleaseRecord(ports.parameters, recordPrefix, prepared.template, {
          deployId: settings.release.deployId,
          release: settings.release.version,
        });
        Object.assign(report, { record: 'written', generation: written.generation, bytes: written.bytes, parts: written.parts });
        log.info(`Release record ${head}: generation ${written.generation}, ${written.parts} part(s), ${written.bytes} bytes`);
      }
      const associations = ports.associations;
      if (!associations) throw new Error('no State Manager client was given');
      const ensured = await ensureAssociation(associations, prepared.association);
      Object.assign(report, { association: ensured.state, associationId: ensured.id });
      log.info(`Association ${name} (${ensured.id}): ${ensured.state}`);
    } catch (error) {
      report.problem = errorMessage(error);
      await forgetRecordAfter(run, report, recordPrefix);
      outcome.status = 'failure';
      outcome.summary = `${outcome.summary} But hosts that join cannot get it: ${report.problem}.`;
      log.error(outcome.summary);
    }
  });
}

/** A record left half-written (or the previous one) must not send joining hosts to an older release. */
async function forgetRecordAfter(run: DeployRun, report: ConvergeReport, recordPrefix: string): Promise<void> {
  if (report.record === 'written') return; // the association failed; the record is this release's
  try {
    await removeReleaseRecord(run.ports.parameters, recordPrefix);
    report.record = 'removed';
  } catch (error) {
    report.problem = `${report.problem ?? ''}; removing the record failed too: ${errorMessage(error)}`;
  }
}

function associationFor(run: DeployRun, converge: ConvergeSettings) {
  const { settings, ports } = run;
  const target = settings.target;
  const templater = ports.planner.releaseTemplate;
  if (target.kind !== 'ssm' || !templater) throw new Error('converge needs target ssm and a release template');
  const waitSeconds = lockWaitSeconds(run);
  return wantedAssociation({
    name: converge.associationName,
    commands: templater.convergeCommands({
      recordName: releaseHeadName(converge.recordPrefix),
      lockName: settings.policy.lockName,
      region: settings.host.region,
      ...(settings.host.hostAwsEndpoint ? { endpoint: settings.host.hostAwsEndpoint } : {}),
      waitSeconds,
    }),
    tags: target.tags,
    concurrency: converge.concurrency,
    driftRepairMinutes: converge.driftRepairMinutes,
    timeoutSeconds: waitSeconds + settings.policy.timeoutMinutes * (MINUTE / 1000),
  });
}
