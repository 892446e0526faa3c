// `deploy` end to end: lock -> build/push/merge -> stage inline secrets -> preflight ->
// [OpsWorks: CreateDeployment and wait] -> rollout -> read back -> [OpsWorks: UpdateStack] -> record -> unlock.
// Every outside call goes through a port; the outcome says success only after the read back agrees.
import type { HostPlan, HostResult } from '../stack/host-plan.js';
import type { HostFacts } from '../stack/plan.js';
import type { StackDocument } from '../stack/schema.js';
import { stageDatabaseSecrets, stageInlineSecrets } from '../stack/secrets.js';
import {
  describeFailure,
  hostLabel,
  planBatches,
  planFromHostState,
  resolveSsmHosts,
  rollOut,
  TargetsError,
  undoDeployId,
  succeeded,
  type RolloutReport,
} from './hosts.js';
import { hostSends } from './host-sends.js';
import { acquireLock, describeHolder, LockHeldError, type HeldLock } from './lock.js';
import type {
  DeployOutcome,
  DeployPorts,
  HostReport,
  HostSend,
  PreparedRelease,
  ProgressLog,
  TargetHost,
} from './ports.js';
import type { DeploySettings } from './settings.js';
import { describeProblems, readBack } from './readback.js';
import { withTags } from './tags.js';

class DeployFailure extends Error {
  constructor(
    message: string,
    readonly fleet: DeployOutcome['fleet'],
    readonly hosts: HostReport[] = [],
  ) {
    super(message);
  }
}

const MINUTE = 60_000;

export async function runDeploy(settings: DeploySettings, ports: DeployPorts, log: ProgressLog): Promise<DeployOutcome> {
  const now = ports.now ?? Date.now;
  const deadline = now() + settings.policy.timeoutMinutes * MINUTE;
  const outcome: DeployOutcome = {
    status: 'failure',
    kind: settings.release.kind,
    version: settings.release.version,
    deployId: settings.release.deployId,
    summary: '',
    fleet: 'unchanged',
    hosts: [],
    images: {},
    digests: {},
  };

  let lock: HeldLock;
  try {
    lock = await acquireLock(
      ports.parameters,
      settings.policy.lockName,
      { who: settings.release.actor, when: new Date(now()).toISOString(), version: settings.release.version, runUrl: settings.release.runUrl, deployId: settings.release.deployId },
      {
        waitSeconds: settings.policy.lockWaitSeconds,
        now,
        ...(ports.sleep ? { sleep: ports.sleep } : {}),
        ...(settings.signal ? { signal: settings.signal } : {}),
        onWait: (holder) => log.info(`Waiting for the deploy lock ${settings.policy.lockName}, held by ${holder ? describeHolder(holder) : 'someone'}`),
      },
    );
  } catch (error) {
    outcome.summary = error instanceof LockHeldError ? error.message : `Could not take the deploy lock ${settings.policy.lockName}: ${message(error)}`;
    log.error(outcome.summary);
    return outcome;
  }
  log.info(`Took the deploy lock ${lock.name}`);

  let recordId: number | undefined;
  let rollbarId: string | undefined;
  try {
    // Inside the try: whatever the callback does, the lock is released below.
    ports.onLockTaken?.({ name: lock.name, deployId: settings.release.deployId });
    await deployLocked(settings, ports, log, outcome, deadline, {
      started: (github, rollbar) => {
        recordId = github;
        rollbarId = rollbar;
      },
    });
  } catch (error) {
    outcome.status = 'failure';
    if (error instanceof DeployFailure) {
      outcome.summary = error.message;
      outcome.fleet = error.fleet;
      if (error.hosts.length > 0) outcome.hosts = error.hosts;
    } else {
      outcome.summary = `The deploy stopped on an unexpected error: ${message(error)}`;
      if (outcome.fleet === 'updated') outcome.fleet = 'unknown';
    }
    log.error(outcome.summary);
  } finally {
    await finishRecords(settings, ports, log, outcome, recordId, rollbarId);
    try {
      if (!(await lock.release())) log.warn(`The deploy lock ${lock.name} is now held by another deploy; left it alone`);
      else log.info(`Released the deploy lock ${lock.name}`);
    } catch (error) {
      log.warn(`Could not release the deploy lock ${lock.name}: ${message(error)}. Run berth unlock if it stays.`);
    }
  }
  if (outcome.githubDeploymentId === undefined && recordId !== undefined) outcome.githubDeploymentId = recordId;
  return outcome;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function finishRecords(
  settings: DeploySettings,
  ports: DeployPorts,
  log: ProgressLog,
  outcome: DeployOutcome,
  recordId: number | undefined,
  rollbarId: string | undefined,
): Promise<void> {
  const state = outcome.status === 'success' ? 'success' : 'failure';
  if (ports.recorder && recordId !== undefined) {
    try {
      await ports.recorder.finish(recordId, state, outcome.summary.slice(0, 140));
    } catch (error) {
      log.warn(`Could not close the GitHub deployment record: ${message(error)}`);
    }
  }
  if (ports.notifier && settings.rollbarToken) {
    await ports.notifier.finished({
      token: settings.rollbarToken,
      deployId: rollbarId,
      environment: settings.release.environment,
      revision: settings.release.version,
      comment: outcome.summary.slice(0, 200),
      localUsername: settings.release.actor,
      status: outcome.status === 'success' ? 'succeeded' : 'failed',
    });
  }
}

interface Hooks {
  started(githubDeploymentId: number | undefined, rollbarDeployId: string | undefined): void;
}

async function deployLocked(
  settings: DeploySettings,
  ports: DeployPorts,
  log: ProgressLog,
  outcome: DeployOutcome,
  deadline: number,
  hooks: Hooks,
): Promise<void> {
  const now = ports.now ?? Date.now;
  // 1. The document: built and merged, from the repository, or from the OpsWorks stack.
  let prepared: PreparedRelease | undefined;
  if (ports.build) prepared = await log.group('Build and push', () => (ports.build as NonNullable<DeployPorts['build']>)(log));
  let document: StackDocument;
  let previous = settings.previousDocument;
  let stackName = settings.target.stackName;
  let deployedCustomJson: string | undefined;
  if (settings.target.kind === 'opsworks') {
    const opsworks = requireOpsWorks(settings, ports);
    const stack = await opsworks.port.describeStack(opsworks.stackId);
    stackName = stack.name || stackName;
    const current = parseJson(stack.customJson, `the Custom JSON of OpsWorks stack ${opsworks.stackId}`);
    const merged = withTags(current, prepared?.tags ?? {});
    deployedCustomJson = JSON.stringify(merged.document, null, 2);
    document = ports.planner.parseDocument(deployedCustomJson);
    previous ??= ports.planner.parseDocument(stack.customJson);
    log.info(`OpsWorks stack "${stack.name}": ${merged.changed} definition(s) get a new tag`);
  } else {
    const given = prepared?.document ?? settings.document;
    if (!given) throw new DeployFailure('No Stack JSON to deploy (input stack-json)', 'unchanged');
    document = given;
  }
  outcome.document = document;
  if (prepared) {
    outcome.images = prepared.images;
    outcome.digests = prepared.digests;
  }

  // 2. Records: the deploy history (rollback reads it) and Rollbar.
  let recordId: number | undefined;
  if (ports.recorder) {
    try {
      recordId = await ports.recorder.start({
        environment: settings.release.environment,
        ref: settings.release.commit,
        sha: settings.release.commit,
        description: `berth ${settings.release.kind} ${settings.release.version}`,
        payload: {
          tool: 'berth',
          kind: settings.release.kind,
          version: settings.release.version,
          commit: settings.release.commit,
          documentHash: '',
          stackJsonPath: settings.release.stackJsonPath,
          images: outcome.images,
        },
      });
      outcome.githubDeploymentId = recordId;
    } catch (error) {
      log.warn(`Could not create the GitHub deployment record: ${message(error)}`);
    }
  }
  let rollbarId: string | undefined;
  if (ports.notifier && settings.rollbarToken) {
    log.secret(settings.rollbarToken);
    rollbarId = await ports.notifier.started({
      token: settings.rollbarToken,
      environment: settings.release.environment,
      revision: settings.release.version,
      comment: `berth ${settings.release.kind} ${settings.release.version}`,
      localUsername: settings.release.actor,
    });
  }
  hooks.started(recordId, rollbarId);
  ports.onRecordStarted?.({ ...(recordId !== undefined ? { githubDeploymentId: recordId } : {}), ...(rollbarId ? { rollbarDeployId: rollbarId } : {}) });

  // 3. Inline secrets go to Parameter Store; the plans carry only references.
  const staged = stageInlineSecrets(document, settings.host.secretsPrefix);
  const stagedPrevious = previous ? stageInlineSecrets(previous, settings.host.secretsPrefix) : undefined;
  // Database settings given as an input: an inline password is staged the same way.
  const databases = settings.host.databases ? stageDatabaseSecrets(settings.host.databases, settings.host.secretsPrefix) : undefined;
  const secrets = new Map<string, string>();
  for (const item of [...staged.staged, ...(stagedPrevious?.staged ?? []), ...(databases?.staged ?? [])]) secrets.set(item.name, item.value);
  if (secrets.size > 0) {
    await log.group(`Stage ${secrets.size} inline secret(s) under ${settings.host.secretsPrefix}`, async () => {
      for (const [name, value] of secrets) {
        log.secret(value);
        await ports.parameters.putSecure(name, value, true);
        log.info(`SecureString ${name}`);
      }
    });
  }

  // 4. Hosts and their facts.
  const hosts = await resolveHosts(settings, ports, log);
  const preflight = await log.group(`Preflight on ${hosts.length} host(s)`, () =>
    ports.hosts.run({
      sends: [{ hosts, commands: ports.planner.hostCommands('preflight') }],
      comment: `berth preflight ${settings.release.version}`,
      deadline,
      executionTimeoutSeconds: 300,
      onProgress: (host, status) => log.info(`${hostLabel(host)}: ${status}`),
      ...(settings.signal ? { signal: settings.signal } : {}),
    }),
  );
  const preflightFacts = new Map<string, HostResult>();
  const unready: string[] = [];
  for (const result of preflight) {
    const missing = result.result?.facts?.missing ?? [];
    if (!succeeded(result)) unready.push(describeFailure(result));
    else if (missing.length > 0) unready.push(`${hostLabel(result.host)}: missing ${missing.join(', ')} (see the README's host prerequisites)`);
    if (result.result) preflightFacts.set(result.host.instanceId, result.result);
  }
  if (unready.length > 0) {
    throw new DeployFailure(`Preflight failed on ${unready.length} host(s); nothing was changed:\n${unready.join('\n')}`, 'unchanged');
  }
  const facts = new Map<string, Omit<HostFacts, 'stackName'>>();
  const ordered: TargetHost[] = [];
  for (const host of hosts) {
    const f = preflightFacts.get(host.instanceId)?.facts;
    const hostFacts = {
      instanceId: host.instanceId,
      // OpsWorks' and SSM's name for the instance first (SSM's ComputerName is the host's own name).
      hostname: host.hostname && host.hostname !== host.instanceId ? host.hostname : f?.hostname || host.hostname,
      publicIp: f?.publicIp || host.publicIp,
    };
    facts.set(host.instanceId, hostFacts);
    ordered.push({ ...host, hostname: hostFacts.hostname, publicIp: hostFacts.publicIp });
  }
  ordered.sort((a, b) => a.hostname.localeCompare(b.hostname) || a.instanceId.localeCompare(b.instanceId));

  // 5. Plans: the migration only on the first host in order.
  const planFor = (doc: StackDocument, host: TargetHost, options: { runMigration: boolean; preferLocal: boolean; force: boolean }) =>
    ports.planner.hostPlan(
      doc,
      { ...(facts.get(host.instanceId) ?? { instanceId: host.instanceId, hostname: host.hostname, publicIp: host.publicIp }), stackName },
      {
        deployId: settings.release.deployId,
        release: settings.release.version,
        revision: settings.release.commit,
        actor: settings.release.actor,
        createdAt: new Date(now()).toISOString(),
        hostRoot: preflightFacts.get(host.instanceId)?.root ?? settings.host.hostRoot,
        force: options.force,
        manual: settings.policy.manual,
        runMigration: options.runMigration,
        keepImages: settings.host.keepImages,
        lockTimeout: settings.host.hostLockTimeout ?? 600,
        aws: { region: settings.host.region, ...(settings.host.hostAwsEndpoint ? { endpoint: settings.host.hostAwsEndpoint } : {}) },
        ...(databases ? { databases: databases.databases } : {}),
        preferLocalImages: options.preferLocal,
        dataVolumeImage: settings.host.dataVolumeImage,
        logTailLines: 30,
        environment: settings.release.environment,
      },
    );
  const plans = new Map<string, HostPlan>();
  ordered.forEach((host, index) => {
    plans.set(
      host.instanceId,
      planFor(staged.document, host, {
        runMigration: index === 0 && !settings.policy.skipMigration,
        preferLocal: settings.policy.preferLocalImages === true,
        force: settings.policy.force,
      }),
    );
  });
  const hasMigration = [...plans.values()].some((plan) => plan.migration !== undefined);
  // Each plan is encoded once, whatever number of commands carry it.
  const encoded = new WeakMap<HostPlan, string>();
  const encode = (plan: HostPlan | undefined): string | undefined => {
    if (!plan) return undefined;
    let text = encoded.get(plan);
    if (text === undefined) {
      text = ports.planner.encodePlan(plan);
      encoded.set(plan, text);
    }
    return text;
  };
  // One command per up to 50 hosts, carrying each host's own plan (the host picks its own). The state
  // read before the rollout and the read back after it send the same commands: packed once.
  let stateCommands: HostSend[] | undefined;
  const stateSends = () => (stateCommands ??= hostSends(ports.planner, 'state', ordered, (host) => encode(plans.get(host.instanceId))));

  const batches = planBatches(ordered, settings.policy.batchSize, hasMigration);
  const rolloutSends = (batch: TargetHost[], planOf: Map<string, HostPlan>) =>
    hostSends(ports.planner, 'rollout', batch, (host) => encode(planOf.get(host.instanceId)));
  // Every batch's commands before anything changes: a plan that fits no command stops the deploy here.
  const batchSends = new Map<TargetHost[], HostSend[]>();
  const packRollout = async (yieldBetween: boolean): Promise<void> => {
    for (const batch of batches) {
      // Packing is CPU work (gzip): a batch at a time, letting the state read's polls run in between.
      if (yieldBetween) await new Promise((resolve) => setTimeout(resolve, 0));
      batchSends.set(batch, rolloutSends(batch, plans));
    }
  };

  // What each host runs now, compared with its new plan: the way back when no previous document is known.
  const before = new Map<string, HostResult>();
  if (settings.policy.failurePolicy === 'rollback' && !previous) {
    const reading = log.group(`Read what ${ordered.length} host(s) run now`, () =>
      ports.hosts.run({
        sends: stateSends(),
        comment: `berth state before ${settings.release.version}`,
        deadline,
        executionTimeoutSeconds: 300,
        onProgress: (host, status) => log.info(`${hostLabel(host)}: ${status}`),
        ...(settings.signal ? { signal: settings.signal } : {}),
      }),
    );
    // The rollout's commands are packed while the hosts answer; a packing error waits for the read to end.
    const packing = packRollout(true).then(() => ({ ok: true as const }), (error: unknown) => ({ ok: false as const, error }));
    const current = await reading;
    const packed = await packing;
    if (!packed.ok) throw packed.error;
    for (const item of current) if (item.result) before.set(item.host.instanceId, item.result);
  } else {
    await packRollout(false);
  }

  // 6. OpsWorks: its own deployment first; a failure there stops before anything of ours ran.
  if (settings.target.kind === 'opsworks') {
    const opsworks = requireOpsWorks(settings, ports);
    const comment = `berth ${settings.release.kind} ${settings.release.version} (${settings.release.commit.slice(0, 12)})`;
    const deploymentId = await opsworks.port.createDeployment({
      stackId: opsworks.stackId,
      ...(opsworks.appId ? { appId: opsworks.appId } : {}),
      instanceIds: hosts.map((h) => h.opsworksInstanceId ?? h.instanceId),
      command: opsworks.command,
      comment,
      customJson: deployedCustomJson ?? '{}',
    });
    outcome.opsworksDeploymentId = deploymentId;
    log.info(`OpsWorks deployment ${deploymentId} (${opsworks.command.name}) created; waiting`);
    const waited = await opsworks.port.waitDeployment(deploymentId, deadline);
    if (waited.status !== 'successful') {
      const lines = waited.commands
        .filter((c) => c.status !== 'successful')
        .map((c) => `${c.instanceId}: ${c.status}${c.logUrl ? ` (log: ${c.logUrl})` : ''}`);
      throw new DeployFailure(
        `OpsWorks deployment ${deploymentId} ${waited.status === 'timeout' ? 'did not finish in time' : 'failed'}; stopped before any rollout, the stack's Custom JSON is unchanged.${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`,
        'unchanged',
      );
    }
  }

  // 7. Rollout.
  const executionTimeoutSeconds = Math.max(60, Math.ceil((deadline - now()) / 1000));
  outcome.fleet = 'updated';
  const rollout = await rollOut({
    label: settings.release.kind === 'rollback' ? 'Rollback batch' : 'Batch',
    batches,
    sendsFor: (batch) => batchSends.get(batch) ?? rolloutSends(batch, plans),
    runner: ports.hosts,
    comment: `berth ${settings.release.kind} ${settings.release.version}`,
    deadline,
    executionTimeoutSeconds,
    log,
    ...(settings.signal ? { signal: settings.signal } : {}),
  });

  let failure: string | undefined;
  let touched: TargetHost[] = [];
  if (rollout.failed.length > 0 || rollout.cancelled) {
    failure = rollout.cancelled
      ? 'The deploy was cancelled'
      : `The rollout failed on ${rollout.failed.map((f) => hostLabel(f.host)).join(', ')}`;
    touched = [...rollout.succeeded, ...rollout.failed].map((o) => o.host);
  } else {
    // 8. Read back what every host runs now.
    const state = await log.group(`Read back ${ordered.length} host(s)`, () =>
      ports.hosts.run({
        sends: stateSends(),
        comment: `berth read back ${settings.release.version}`,
        deadline: Math.max(deadline, now() + 5 * MINUTE),
        executionTimeoutSeconds: 300,
        onProgress: (host, status) => log.info(`${hostLabel(host)}: ${status}`),
      }),
    );
    const report = readBack(plans, state);
    if (!report.ok) {
      failure = `Read back failed:\n${describeProblems(report)}`;
      touched = ordered;
      outcome.hosts = ordered.map((h) => {
        const problem = report.hosts.find((p) => p.instanceId === h.instanceId);
        return { instanceId: h.instanceId, hostname: h.hostname, state: problem ? 'failed' : 'updated', ...(problem ? { problem: problem.problems.join('; ') } : {}) };
      });
    }
  }

  if (failure !== undefined) {
    log.error(failure);
    await afterFailure(failure, touched, rollout);
    return;
  }

  // 9. OpsWorks: the stack names the new tags only now, re-read right before writing.
  if (settings.target.kind === 'opsworks' && prepared && Object.keys(prepared.tags).length > 0) {
    const opsworks = requireOpsWorks(settings, ports);
    const fresh = await opsworks.port.describeStack(opsworks.stackId);
    const merged = withTags(parseJson(fresh.customJson, `the Custom JSON of OpsWorks stack ${opsworks.stackId}`), prepared.tags);
    await opsworks.port.updateStackCustomJson(opsworks.stackId, JSON.stringify(merged.document, null, 2));
    log.info(`OpsWorks stack Custom JSON now names ${Object.entries(prepared.tags).map(([i, t]) => `${i}:${t}`).join(', ')}`);
  }

  outcome.status = 'success';
  outcome.fleet = 'updated';
  outcome.hosts = ordered.map((h) => ({ instanceId: h.instanceId, hostname: h.hostname, state: 'updated' }));
  outcome.summary = `${settings.release.kind === 'rollback' ? 'Rolled back to' : 'Deployed'} ${settings.release.version} on ${ordered.length} host(s); every host runs the planned images, healthy.`;
  log.info(outcome.summary);

  async function afterFailure(reason: string, touchedHosts: TargetHost[], report: RolloutReport): Promise<void> {
    const untouched = ordered.filter((h) => !touchedHosts.some((t) => t.instanceId === h.instanceId));
    const base = (state: HostReport['state'], list: TargetHost[], problem?: (h: TargetHost) => string | undefined): HostReport[] =>
      list.map((h) => {
        const text = problem?.(h);
        return { instanceId: h.instanceId, hostname: h.hostname, state, ...(text ? { problem: text } : {}) };
      });
    const failedProblem = (h: TargetHost) => {
      const f = report.failed.find((o) => o.host.instanceId === h.instanceId);
      return f ? describeFailure(f) : undefined;
    };
    if (touchedHosts.length === 0) {
      throw new DeployFailure(`${reason}; no host was changed.`, 'unchanged', base('untouched', ordered));
    }
    if (settings.policy.failurePolicy === 'stop' || settings.signal?.aborted) {
      const why = settings.signal?.aborted ? 'the deploy was cancelled' : 'failure-policy is stop';
      throw new DeployFailure(
        `${reason}. Left as is (${why}): ${touchedHosts.length} host(s) tried the new release, ${untouched.length} did not; the fleet may be mixed.`,
        'mixed',
        [...base('unknown', touchedHosts, failedProblem), ...base('untouched', untouched)],
      );
    }
    // Roll the touched hosts back, so the fleet never stays mixed.
    const previousPlans = new Map<string, HostPlan>();
    const noWayBack: TargetHost[] = [];
    for (const host of touchedHosts) {
      const plan = stagedPrevious
        ? planFor(stagedPrevious.document, host, { runMigration: false, preferLocal: true, force: false })
        : planFromHostState(plans.get(host.instanceId) as HostPlan, before.get(host.instanceId));
      if (plan) previousPlans.set(host.instanceId, { ...plan, preferLocalImages: true, deployId: undoDeployId(plan.deployId) });
      else noWayBack.push(host);
    }
    const back = await rollOut({
      label: 'Roll back batch',
      batches: planBatches(touchedHosts.filter((h) => previousPlans.has(h.instanceId)), settings.policy.batchSize, false),
      sendsFor: (batch) => rolloutSends(batch, previousPlans),
      runner: ports.hosts,
      comment: `berth roll back from ${settings.release.version}`,
      deadline: Math.max(deadline, now() + 10 * MINUTE),
      executionTimeoutSeconds: 600,
      log,
    });
    const stuck = [...back.failed.map((o) => o.host), ...back.notRun, ...noWayBack];
    if (stuck.length === 0) {
      throw new DeployFailure(
        `${reason}. Rolled back ${back.succeeded.length} host(s); the fleet is back on the previous release.`,
        'rolled-back',
        [...base('rolled-back', touchedHosts, failedProblem), ...base('untouched', untouched)],
      );
    }
    throw new DeployFailure(
      `${reason}. The roll back failed on ${stuck.map(hostLabel).join(', ')}: the fleet is mixed, fix those hosts or deploy again.`,
      'mixed',
      [
        ...base('rolled-back', back.succeeded.map((o) => o.host), failedProblem),
        ...base('failed', stuck, (h) => {
          const f = back.failed.find((o) => o.host.instanceId === h.instanceId);
          return f ? describeFailure(f) : 'no way back known (no previous document, no state read from the host)';
        }),
        ...base('untouched', untouched),
      ],
    );
  }
}

function requireOpsWorks(settings: DeploySettings, ports: DeployPorts) {
  if (!ports.opsworks || settings.target.kind !== 'opsworks' || !settings.target.stackId) {
    throw new DeployFailure('target opsworks needs the stack-id input (and layer-ids or app-id)', 'unchanged');
  }
  return { port: ports.opsworks, ...settings.target };
}

async function resolveHosts(settings: DeploySettings, ports: DeployPorts, log: ProgressLog): Promise<TargetHost[]> {
  if (settings.target.kind === 'opsworks') {
    const opsworks = requireOpsWorks(settings, ports);
    const hosts = await opsworks.port.onlineInstances(opsworks.stackId, opsworks.layerIds);
    if (hosts.length === 0) {
      throw new DeployFailure(`No online instance in OpsWorks stack ${opsworks.stackId}${opsworks.layerIds.length > 0 ? ` layers ${opsworks.layerIds.join(', ')}` : ''}`, 'unchanged');
    }
    log.info(`Hosts: ${hosts.map(hostLabel).join(', ')}`);
    return hosts;
  }
  let hosts: TargetHost[];
  try {
    hosts = await resolveSsmHosts(ports.hosts, settings.target);
  } catch (error) {
    throw error instanceof TargetsError ? new DeployFailure(error.message, 'unchanged') : error;
  }
  log.info(`Hosts: ${hosts.map(hostLabel).join(', ')}`);
  return hosts;
}

function parseJson(text: string, what: string): unknown {
  try {
    return text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    throw new DeployFailure(`${what} is not valid JSON: ${message(error)}`, 'unchanged');
  }
}

