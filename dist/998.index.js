export const id = 998;
export const ids = [998];
export const modules = {

/***/ 6727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseStackDocument),
/* harmony export */   e: () => (/* binding */ releasePlanner)
/* harmony export */ });
/* harmony import */ var _host_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7580);
/* harmony import */ var _stack_host_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6238);
/* harmony import */ var _stack_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4993);
/* harmony import */ var _stack_release_template_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4600);
/* harmony import */ var _stack_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1549);





/** The document in `text`, valid; throws listing its errors (`file` names it in each). */
function parseStackDocument(text, file) {
    const result = (0,_stack_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateStackJson */ .r)(text, file);
    if (!result.ok || !result.document) {
        const errors = result.diagnostics.filter((d) => d.severity === 'error').map(_stack_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiagnostic */ .x);
        throw new Error(`The Stack JSON to restore is not valid:\n${errors.join('\n')}`);
    }
    return result.document;
}
/**
 * Plans for the Stack JSON `file`, sent in commands of at most `maxBytes` (the max-command-bytes input);
 * `surge` (the surge input) is the default of definitions with an alternate slot that do not set it.
 */
function releasePlanner(file, maxBytes, surge = false) {
    const options = { maxBytes };
    return {
        parseDocument: (text) => parseStackDocument(text, file),
        hostPlan: (document, facts, planOptions) => (0,_stack_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .buildHostPlan */ .oy)(document, facts, { ...planOptions, surge }),
        encodePlan: _stack_host_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .encodeHostPlan */ .U6,
        hostCommands: (mode, planText) => (0,_host_index_js__WEBPACK_IMPORTED_MODULE_0__/* .buildHostCommands */ .$k)(mode, planText, options),
        // One command per batch (up to 50 hosts), carrying each host's plan; split only where it must be.
        packHostCommands: (mode, plans) => (0,_host_index_js__WEBPACK_IMPORTED_MODULE_0__/* .packHostCommands */ .q)(mode, plans, options),
        // Input converge: the release's host-neutral template and the association's commands.
        releaseTemplate: {
            facts: _stack_release_template_js__WEBPACK_IMPORTED_MODULE_2__/* .templateFacts */ .AA,
            encode: _stack_release_template_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeReleaseTemplate */ .at,
            convergeCommands: (converge) => (0,_host_index_js__WEBPACK_IMPORTED_MODULE_0__/* .convergeCommands */ .sg)(converge, options),
        },
    };
}


/***/ }),

/***/ 5432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ askHosts)
/* harmony export */ });
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2140);
/* harmony import */ var _host_sends_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9747);
// One read-only host command (status, logs) sent to the chosen hosts, each with its own plan text, and
// waited for: what `berth status` and `berth logs` share.


function askHosts(runner, planner, hosts, planText, read, log) {
    return log.group(read.title, () => runner.run({
        sends: (0,_host_sends_js__WEBPACK_IMPORTED_MODULE_0__/* .hostSends */ .q)(planner, read.mode, hosts, planText),
        comment: read.comment,
        deadline: read.deadline,
        executionTimeoutSeconds: 120,
        onProgress: (host, status) => log.info(`${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .hostLabel */ .vy)(host)}: ${status}`),
        ...(read.signal ? { signal: read.signal } : {}),
    }));
}


/***/ }),

/***/ 9020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ undoneDeploys),
/* harmony export */   SS: () => (/* binding */ summaryNamingBefore),
/* harmony export */   Tk: () => (/* binding */ isEntry),
/* harmony export */   bW: () => (/* binding */ targetHosts),
/* harmony export */   hV: () => (/* binding */ recordedPlans),
/* harmony export */   hc: () => (/* binding */ sendHistory),
/* harmony export */   rt: () => (/* binding */ readHostHistory),
/* harmony export */   wd: () => (/* binding */ historyPlan)
/* harmony export */ });
/* unused harmony exports RECORDED_PLANS, releasesBefore, namesBefore, agreedReleases */
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2140);
/* harmony import */ var _fleet_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5432);
/* harmony import */ var _summary_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8303);



/** The plans a host keeps per app (host/lib/records.sh): a rollback's read asks for all of them. */
const RECORDED_PLANS = 10;
/** The hosts the deploy would target (the pipeline's checks for the SSM target), in rollout order. */
async function targetHosts(runner, targets) {
    return (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .rolloutOrder */ .Ys)(await (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSsmHosts */ .Nf)(runner, targets));
}
/** The plan a `history` command carries: only what the script reads for it (host root, app names). */
function historyPlan(host, query, createdAt) {
    return {
        version: 1,
        deployId: `${query.environment}-history`,
        release: '',
        actor: query.actor,
        createdAt,
        host: { root: query.hostRoot, hostname: host.hostname, instanceId: host.instanceId },
        apps: query.apps,
        lockTimeout: 0,
        keepImages: 0,
        force: false,
        preferLocalImages: false,
        aws: { region: query.region },
        registries: [],
        dataVolumes: [],
        definitions: [],
        cron: [],
        logTailLines: 0,
    };
}
/**
 * Sends the `history` command to the hosts and waits for their answers (also `berth history`, fleet-history.ts).
 */
async function sendHistory(runner, planner, hosts, read, log, options = {}) {
    const now = read.now ?? Date.now;
    const createdAt = new Date(now()).toISOString();
    // A rollback's read: the deploy's preflight (prerequisites, facts, containers, durations) listing every
    // record, so the pipeline sends no preflight of its own to these hosts.
    const asPreflight = options.asPreflight === true;
    return (0,_fleet_read_js__WEBPACK_IMPORTED_MODULE_2__/* .askHosts */ .L)(runner, planner, hosts, (host) => planner.encodePlan({ ...historyPlan(host, read, createdAt), ...(asPreflight ? { historyDepth: RECORDED_PLANS } : {}) }), {
        mode: asPreflight ? 'preflight' : 'history',
        title: asPreflight
            ? `Preflight on ${hosts.length} host(s), with the releases they recorded`
            : `Read the releases ${hosts.length} host(s) recorded`,
        comment: `berth ${asPreflight ? 'preflight' : 'history'} ${read.environment}`,
        deadline: read.deadline,
        ...(read.signal ? { signal: read.signal } : {}),
    }, log);
}
/** Reads every target host's records and keeps the releases all of them can restore. */
async function readHostHistory(runner, planner, query, log, options = {}) {
    const hosts = await targetHosts(runner, query.ssmTargets);
    const outcomes = await sendHistory(runner, planner, hosts, query, log, options);
    return { hosts, outcomes, ...agreedReleases(hosts, outcomes) };
}
/**
 * Per instance id, what each host ran before the deploy `deployId`: the newest plan it recorded that
 * is not that deploy's (the deploy's own rollout and its undo are both recorded under its id).
 * Hosts without a readable answer are left out. For the job summary's "before" column.
 */
async function releasesBefore(runner, planner, hosts, read, log) {
    if (hosts.length === 0)
        return {};
    return namesBefore(await sendHistory(runner, planner, hosts, read, log), 'history', read.deployId);
}
/**
 * Per instance id, what each host ran before the deploy `deployId`, from the plans its answers list (a
 * `history` answer's, or a deploy's preflight's): the newest not undone and not that deploy's own.
 */
function namesBefore(outcomes, mode, deployId) {
    const answered = [];
    for (const outcome of outcomes) {
        const history = outcome.result?.mode === mode && (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .succeeded */ .gq)(outcome) ? outcome.result.history : undefined;
        if (Array.isArray(history))
            answered.push({ instanceId: outcome.host.instanceId, plans: recordedPlans(history.filter(isEntry)) });
    }
    // Undone deploys ran something else than their name says; this deploy's own runs come after "before".
    const skip = undoneDeploys(answered.map((a) => a.plans)).add(deployId);
    const before = {};
    for (const { instanceId, plans } of answered) {
        const plan = plans.find((p) => !skip.has(p.deployId));
        if (plan)
            before[instanceId] = { release: plan.release, images: plan.images };
    }
    return before;
}
function isEntry(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    const images = v.images;
    return (typeof v.app === 'string' &&
        typeof v.release === 'string' &&
        v.release !== '' &&
        typeof v.deployId === 'string' &&
        typeof v.revision === 'string' &&
        typeof v.at === 'string' &&
        typeof images === 'object' &&
        images !== null &&
        !Array.isArray(images) &&
        Object.values(images).every((image) => typeof image === 'string' && image !== ''));
}
/**
 * A host's plans, newest first: its records of each app put together by plan (one record per app
 * and run; the apps' records of one run may differ in their second). A deploy id recorded twice for
 * one app is a deploy that was undone there (its rollout, then the way back after a failure): both
 * runs are returned, the newest first.
 */
function recordedPlans(entries) {
    const plans = new Map();
    const runs = new Map();
    const byTime = entries
        .map((entry, order) => ({ entry, order }))
        .sort((a, b) => (a.entry.at === b.entry.at ? a.order - b.order : a.entry.at < b.entry.at ? 1 : -1));
    for (const { entry, order } of byTime) {
        // The n-th newest record of this app under this deploy id belongs to the deploy's n-th newest run.
        const appKey = JSON.stringify([entry.app, entry.deployId]);
        const run = runs.get(appKey) ?? 0;
        runs.set(appKey, run + 1);
        const key = JSON.stringify([entry.deployId, entry.release, run]);
        const plan = plans.get(key) ?? {
            release: entry.release,
            deployId: entry.deployId,
            revision: entry.revision,
            at: entry.at,
            images: {},
            order,
            run,
        };
        Object.assign(plan.images, entry.images);
        if (entry.at > plan.at)
            plan.at = entry.at;
        plans.set(key, plan);
    }
    return [...plans.values()]
        .sort((a, b) => (a.at === b.at ? a.order - b.order : a.at < b.at ? 1 : -1))
        .map(({ order: _order, ...plan }) => plan);
}
/**
 * Deploys undone after a failure, and their ways back (`<id>~undo`): their records name the failed
 * release, not what ran. Older hosts recorded the way back under the deploy's own id: a deploy id some
 * host ran twice.
 */
function undoneDeploys(plansPerHost) {
    const undone = new Set();
    for (const plan of plansPerHost.flat()) {
        if (plan.run > 0)
            undone.add(plan.deployId);
        if (plan.deployId.endsWith(_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .UNDO_SUFFIX */ .xg)) {
            undone.add(plan.deployId);
            undone.add(plan.deployId.slice(0, -_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .UNDO_SUFFIX */ .xg.length));
        }
    }
    return undone;
}
/** A host's plans, newest first, one per release (the newest time it ran that release), undone deploys left out. */
function hostReleases(plans, undone) {
    const byRelease = new Map();
    for (const plan of plans)
        if (!undone.has(plan.deployId) && !byRelease.has(plan.release))
            byRelease.set(plan.release, plan);
    return [...byRelease.values()];
}
function sameImages(a, b) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
/**
 * The releases every host recorded, with the same images everywhere (a host that never ran one
 * cannot restore it), newest first: ordered by their places in the hosts' own lists. A host that did
 * not answer with a readable history leaves nothing agreed (what it ran is unknown).
 */
function agreedReleases(hosts, outcomes) {
    const problems = [];
    const recorded = [];
    for (const host of hosts) {
        const outcome = outcomes.find((o) => o.host.instanceId === host.instanceId);
        if (!outcome) {
            problems.push(`${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .hostLabel */ .vy)(host)}: no answer to the history command`);
            continue;
        }
        const mode = outcome.result?.mode;
        const history = mode === 'history' || mode === 'preflight' ? outcome.result?.history : undefined;
        if (!(0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .succeeded */ .gq)(outcome) || !Array.isArray(history)) {
            problems.push((0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .succeeded */ .gq)(outcome)
                ? `${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .hostLabel */ .vy)(host)}: the host script did not list its recorded plans (is it older than this action?)`
                : (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .Ic)(outcome));
            continue;
        }
        const entries = history.filter(isEntry);
        if (entries.length < history.length)
            problems.push(`${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .hostLabel */ .vy)(host)}: ${history.length - entries.length} unreadable record(s) skipped`);
        if (entries.length === 0)
            problems.push(`${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .hostLabel */ .vy)(host)}: no plan recorded for these apps`);
        recorded.push(recordedPlans(entries));
    }
    if (recorded.length < hosts.length || hosts.length === 0)
        return { releases: [], problems };
    const undone = undoneDeploys(recorded);
    for (const deployId of undone) {
        if (deployId.endsWith(_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .UNDO_SUFFIX */ .xg))
            continue;
        const release = recorded.flat().find((p) => p.deployId === deployId || p.deployId === `${deployId}${_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .UNDO_SUFFIX */ .xg}`)?.release ?? '?';
        problems.push(`deploy ${deployId} (${release}) was rolled back after a failure: its records are left out`);
    }
    const lists = recorded.map((plans) => hostReleases(plans, undone));
    const [first = [], ...others] = lists;
    const agreed = [];
    for (const plan of first) {
        let rank = first.indexOf(plan);
        let everywhere = true;
        // Per host, the deploy id it recorded the release under: the record a rollback restores there.
        const deployIds = { [hosts[0].instanceId]: plan.deployId };
        for (const [i, list] of others.entries()) {
            const index = list.findIndex((p) => p.release === plan.release);
            const host = hosts[i + 1];
            const other = list[index];
            if (!other) {
                problems.push(`release ${plan.release} left out: ${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .hostLabel */ .vy)(host)} has no record of it`);
                everywhere = false;
                break;
            }
            if (!sameImages(other.images, plan.images)) {
                problems.push(`release ${plan.release} left out: ${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .hostLabel */ .vy)(host)} recorded other images for it`);
                everywhere = false;
                break;
            }
            rank += index;
            deployIds[host.instanceId] = other.deployId;
        }
        if (everywhere)
            agreed.push({ plan, rank, deployIds });
    }
    agreed.sort((a, b) => a.rank - b.rank || (a.plan.at === b.plan.at ? 0 : a.plan.at < b.plan.at ? 1 : -1));
    const releases = agreed.map(({ plan, deployIds }) => ({
        release: plan.release,
        images: plan.images,
        deployIds,
        ...(plan.revision ? { commit: plan.revision } : {}),
    }));
    // Running now: what every host ran last, when that is one release.
    const last = new Set(lists.map((list) => list[0]?.release ?? '(none)'));
    const running = last.size === 1 && !last.has('(none)') ? [...last][0] : undefined;
    if (last.size > 1)
        problems.push(`the hosts last ran different releases (${[...last].join(', ')})`);
    return { releases, ...(running !== undefined ? { running } : {}), problems };
}
/**
 * The job summary's model, with what ran before named from the hosts' own records where the hosts'
 * state gave only a digest: the records each host's preflight listed (deploy and rollback alike; no
 * command of its own). A host whose preflight listed none keeps its digest.
 */
function summaryNamingBefore(input, deployId) {
    const model = (0,_summary_model_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryModel */ .cT)(input);
    const unnamed = (0,_summary_model_js__WEBPACK_IMPORTED_MODULE_0__/* .hostsWithoutNames */ .UZ)(model);
    if (unnamed.length === 0)
        return model;
    const preflights = input.observed.map((o) => o.outcome).filter((o) => unnamed.includes(o.host.instanceId));
    return (0,_summary_model_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryModel */ .cT)({ ...input, previousByHost: namesBefore(preflights, 'preflight', deployId) });
}


/***/ }),

/***/ 9747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ hostSends)
/* harmony export */ });
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2140);
// Which Run Commands carry which hosts' plans: as few as the planner packs them into.

/**
 * The Run Commands that give each host its plan: as few as the planner packs them into (one per up to
 * 50 hosts), every host in exactly one. Throws when a host has no plan or the packing leaves one out.
 */
function hostSends(planner, mode, hosts, planText) {
    const plans = hosts.map((host) => {
        const text = planText(host);
        if (text === undefined)
            throw new Error(`no ${mode} plan for ${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_0__/* .hostLabel */ .vy)(host)}`);
        return { instanceId: host.instanceId, planText: text };
    });
    if (!planner.packHostCommands) {
        return hosts.map((host, index) => ({ hosts: [host], commands: planner.hostCommands(mode, plans[index].planText) }));
    }
    const byId = new Map(hosts.map((host) => [host.instanceId, host]));
    const covered = new Set();
    const sends = [];
    for (const packed of hosts.length > 0 ? planner.packHostCommands(mode, plans) : []) {
        const sendHosts = packed.instanceIds.map((id) => {
            const host = byId.get(id);
            if (!host || covered.has(id))
                throw new Error(`the ${mode} commands name ${id} ${host ? 'twice' : 'which is not a target host'}`);
            covered.add(id);
            return host;
        });
        if (sendHosts.length > 0)
            sends.push({ hosts: sendHosts, commands: packed.commands });
    }
    const left = hosts.filter((host) => !covered.has(host.instanceId));
    if (left.length > 0)
        throw new Error(`the ${mode} commands leave out ${left.map(_hosts_js__WEBPACK_IMPORTED_MODULE_0__/* .hostLabel */ .vy).join(', ')}`);
    return sends;
}


/***/ }),

/***/ 2140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   Nf: () => (/* binding */ resolveSsmHosts),
/* harmony export */   Of: () => (/* binding */ rollOut),
/* harmony export */   Ys: () => (/* binding */ rolloutOrder),
/* harmony export */   gq: () => (/* binding */ succeeded),
/* harmony export */   nf: () => (/* binding */ undoDeployId),
/* harmony export */   un: () => (/* binding */ planBatches),
/* harmony export */   vy: () => (/* binding */ hostLabel),
/* harmony export */   xK: () => (/* binding */ TargetsError),
/* harmony export */   xg: () => (/* binding */ UNDO_SUFFIX)
/* harmony export */ });
/* unused harmony export batchSizeFor */
/** Old cookbook: the migration ran on the alphabetically first instance. Keep that order. */
function rolloutOrder(hosts) {
    return [...hosts].sort((a, b) => a.hostname.localeCompare(b.hostname) || a.instanceId.localeCompare(b.instanceId));
}
/** Hosts per batch for a fleet of `hostCount`: the count, or ceil(hostCount x percent / 100); at least 1. */
function batchSizeFor(batchSize, hostCount) {
    const size = typeof batchSize === 'number' ? batchSize : Math.ceil((hostCount * batchSize.percent) / 100);
    return Math.max(1, Math.floor(size));
}
/**
 * The migration host first and alone (when there is a migration), then the others in batches of
 * `batchSize` (a percentage of every host, the migration host counted). Hosts come in rollout order.
 */
function planBatches(hosts, batchSize, migrationFirst) {
    const size = batchSizeFor(batchSize, hosts.length);
    const batches = [];
    let rest = hosts;
    if (migrationFirst && hosts.length > 0) {
        batches.push(hosts.slice(0, 1));
        rest = hosts.slice(1);
    }
    for (let i = 0; i < rest.length; i += size)
        batches.push(rest.slice(i, i + size));
    return batches;
}
/** The SSM targets name no host, or hosts that are not online: nothing was sent anywhere. */
class TargetsError extends Error {
    name = 'TargetsError';
}
/** The online managed instances the SSM targets name (instance ids and/or tags), or why there are none. */
async function resolveSsmHosts(runner, targets) {
    const { instanceIds, tags } = targets;
    if (instanceIds.length === 0 && tags.length === 0) {
        throw new TargetsError('target ssm needs hosts: the instance-ids or targets input (tag:Key=value)');
    }
    const hosts = await runner.resolveTargets(targets);
    const missing = instanceIds.filter((id) => !hosts.some((h) => h.instanceId === id));
    if (missing.length > 0) {
        throw new TargetsError(`Not online in SSM: ${missing.join(', ')} (check the SSM agent, the instance role AmazonSSMManagedInstanceCore, and the region)`);
    }
    if (hosts.length === 0) {
        throw new TargetsError(`No online SSM managed instance matches ${tags.map((t) => `tag:${t.key}=${t.values.join(',')}`).join(' and ')}`);
    }
    return hosts;
}
function hostLabel(host) {
    return host.hostname && host.hostname !== host.instanceId ? `${host.hostname} (${host.instanceId})` : host.instanceId;
}
/** A host run counts as done only when SSM says Success and the host's own result says ok. */
function succeeded(outcome) {
    return outcome.status === 'Success' && outcome.result?.ok === true;
}
/** One paragraph per failed host: status, reason, failing container, last log lines, where the full log is. */
function describeFailure(outcome) {
    const lines = [`${hostLabel(outcome.host)}: SSM status ${outcome.status}, exit code ${outcome.exitCode}`];
    const failure = outcome.result?.failure;
    if (failure) {
        lines.push(`  reason: ${failure.reason}${failure.container ? ` (container ${failure.container})` : ''}`);
        for (const line of failure.logTail ?? [])
            lines.push(`  | ${line}`);
    }
    else if (outcome.result?.ok === false) {
        lines.push('  reason: the host reported a failure without a reason');
    }
    else if (!outcome.result) {
        lines.push('  reason: the host script gave no result (it did not run to its end)');
    }
    if (outcome.stderrTail)
        for (const line of outcome.stderrTail.split('\n').slice(-10))
            lines.push(`  stderr| ${line}`);
    if (outcome.logLocation)
        lines.push(`  full log: CloudWatch Logs ${outcome.logLocation}`);
    return lines.join('\n');
}
/** Runs batch after batch; the first batch with a failed host is the last one run. */
async function rollOut(input) {
    const report = { succeeded: [], failed: [], notRun: [], cancelled: false };
    for (const [index, batch] of input.batches.entries()) {
        if (!(await mayStart(input, report, batch, index))) {
            report.notRun.push(...batch);
            continue;
        }
        const title = `${input.label} ${index + 1}/${input.batches.length}: ${batch.map((h) => h.hostname || h.instanceId).join(', ')}`;
        const expectedSeconds = input.expectedSecondsFor?.(batch);
        const expectedOverheadSeconds = input.expectedOverheadFor?.(batch);
        const outcomes = await input.log.group(title, () => input.runner.run({
            ...(expectedSeconds !== undefined ? { expectedSeconds } : {}),
            ...(expectedOverheadSeconds !== undefined ? { expectedOverheadSeconds } : {}),
            sends: input.sendsFor(batch),
            comment: input.comment,
            deadline: input.deadline,
            executionTimeoutSeconds: input.executionTimeoutSeconds,
            onProgress: (host, status) => input.log.info(`${hostLabel(host)}: ${status}`),
            ...(input.signal ? { signal: input.signal } : {}),
        }));
        for (const outcome of outcomes) {
            if (succeeded(outcome))
                report.succeeded.push(outcome);
            else
                report.failed.push(outcome);
        }
        if (outcomes.some((o) => o.status === 'Cancelled') && input.signal?.aborted)
            report.cancelled = true;
        for (const failure of outcomes.filter((o) => !succeeded(o)))
            input.log.error(describeFailure(failure));
    }
    return report;
}
/**
 * Whether batch `index` starts: not after a failed host (unless keepGoing), a stop or the gate's no;
 * after the pause between batches (a stop during it counts).
 */
async function mayStart(input, report, batch, index) {
    const ended = () => {
        report.cancelled ||= input.signal?.aborted === true;
        return report.cancelled || (report.failed.length > 0 && !input.keepGoing) || report.gatedAt !== undefined;
    };
    if (ended())
        return false;
    if (index > 0 && input.pause) {
        await input.pause(index);
        if (ended())
            return false;
    }
    if (input.gate && !(await input.gate(batch, index))) {
        if (!ended())
            report.gatedAt = index;
        return false;
    }
    return true;
}
/**
 * The deploy id of the way back after a failed deploy: the host records the plan it ran under this id,
 * so its history can tell the way back (what ran before) from the failed deploy's own rollout.
 */
const UNDO_SUFFIX = '~undo';
function undoDeployId(deployId) {
    return `${deployId}${UNDO_SUFFIX}`;
}


/***/ }),

/***/ 4527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Di: () => (/* binding */ LOCK_MARGIN_SECONDS),
/* harmony export */   UZ: () => (/* binding */ LockLease),
/* harmony export */   cm: () => (/* binding */ LOCK_EXPIRY_SECONDS),
/* harmony export */   yx: () => (/* binding */ LockLostError)
/* harmony export */ });
/* unused harmony export LOCK_RENEW_SECONDS */
/* harmony import */ var _lock_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(196);
/* harmony import */ var _lock_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8720);


/** How long a generation holds the lock without a renewal. */
const LOCK_EXPIRY_SECONDS = 300;
/** How often a holder renews it (well inside the expiry: a few renewals in a row may fail). */
const LOCK_RENEW_SECONDS = 60;
/**
 * A holder counts its lock lost this long before the expiry it wrote, and a renewal that completes
 * later does not count: covers clocks that disagree and a renewal's write landing late.
 */
const LOCK_MARGIN_SECONDS = 60;
/** The `lost` signal's reason. */
class LockLostError extends Error {
    lockName;
    why;
    name = 'LockLostError';
    constructor(lockName, why) {
        super(`Lost the deploy lock ${lockName}: ${why}`);
        this.lockName = lockName;
        this.why = why;
    }
}
class LockLease {
    store;
    name;
    held;
    options;
    controller = new AbortController();
    timer;
    stopped = false;
    renewing;
    constructor(store, name, held, options) {
        this.store = store;
        this.name = name;
        this.held = held;
        this.options = options;
    }
    get generation() {
        return this.held.generation;
    }
    get record() {
        return this.held.record;
    }
    get lost() {
        return this.controller.signal;
    }
    renew() {
        if (this.lost.aborted)
            return Promise.resolve(false);
        // One renewal at a time: the timer's and a caller's share it.
        this.renewing ??= this.renewOnce().finally(() => {
            this.renewing = undefined;
        });
        return this.renewing;
    }
    keepRenewed(options = {}) {
        const everyMs = options.everyMs ?? LOCK_RENEW_SECONDS * 1000;
        const next = () => {
            if (this.stopped || this.lost.aborted)
                return;
            this.timer = setTimeout(() => {
                this.renew().then(next, (error) => {
                    options.onError?.(error);
                    next();
                });
            }, everyMs);
            // The deploy's own work keeps the process alive; the renewal alone must not.
            this.timer.unref?.();
        };
        next();
    }
    async release() {
        this.stop();
        // A renewal in flight would overwrite the released mark with a live record: let it finish first.
        await this.renewing?.catch(() => undefined);
        return (0,_lock_store_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseLock */ .x_)(this.store, this.name, this.held.record.deployId, this.options.now());
    }
    stop() {
        this.stopped = true;
        if (this.timer !== undefined)
            clearTimeout(this.timer);
    }
    async renewOnce() {
        const { now, expiryMs, marginMs } = this.options;
        const trustedUntil = (0,_lock_record_js__WEBPACK_IMPORTED_MODULE_1__/* .expiresAt */ .WJ)(this.held.record) - marginMs;
        if (now() >= trustedUntil)
            return this.lose(`it was not renewed in time (it expires ${this.held.record.expires})`);
        const result = await (0,_lock_store_js__WEBPACK_IMPORTED_MODULE_0__/* .renewGeneration */ .g3)(this.store, this.name, this.held, now() + expiryMs, now());
        if ('notHeld' in result)
            return this.lose(result.notHeld);
        // The write may have landed after another deploy saw the old expiry pass: then it does not count.
        if (now() >= trustedUntil)
            return this.lose(`renewing it took until after ${new Date(trustedUntil).toISOString()}`);
        this.held = { ...this.held, record: result.record };
        return true;
    }
    lose(why) {
        this.stop();
        if (!this.lost.aborted)
            this.controller.abort(new LockLostError(this.name, why));
        return false;
    }
}


/***/ }),

/***/ 196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ isLive),
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   Ms: () => (/* binding */ generationParameter),
/* harmony export */   Mx: () => (/* binding */ newRecord),
/* harmony export */   WJ: () => (/* binding */ expiresAt),
/* harmony export */   gS: () => (/* binding */ generationOf),
/* harmony export */   sG: () => (/* binding */ describeHolder)
/* harmony export */ });
// What one generation of the fleet lock holds (src/deploy/lock.ts explains the generations): the holder,
// when it took the lock, until when it holds it unless renewed, and whether it let go. Also reads the
// single parameter the previous berth release wrote at the lock's own name (holder only, no expiry).
/** Parameter name of generation `n` of the lock `name`. */
function generationParameter(name, generation) {
    return `${name}/${generation}`;
}
/** The generation number when `parameter` is one of the lock's generations, else undefined. */
function generationOf(name, parameter) {
    if (!parameter.startsWith(`${name}/`))
        return undefined;
    const suffix = parameter.slice(name.length + 1);
    return /^[1-9]\d{0,15}$/.test(suffix) ? Number(suffix) : undefined;
}
function newRecord(holder, expiresAt) {
    return { ...holder, expires: new Date(expiresAt).toISOString(), released: '', releasedBy: '' };
}
/** Parses a generation or the previous release's lock; text that is not a JSON object is shown as the holder. */
function parseRecord(text) {
    try {
        const value = JSON.parse(text);
        if (value === null || typeof value !== 'object')
            throw new Error('not an object');
        const field = (key) => (value[key] === undefined || value[key] === null ? '' : String(value[key]));
        return {
            who: field('who'),
            when: field('when'),
            version: field('version'),
            runUrl: field('runUrl'),
            deployId: field('deployId'),
            expires: field('expires'),
            released: field('released'),
            releasedBy: field('releasedBy'),
        };
    }
    catch {
        return { who: text, when: '', version: '', runUrl: '', deployId: '', expires: '', released: '', releasedBy: '' };
    }
}
/** Epoch ms after which the record no longer holds the lock; Infinity without a readable expiry. */
function expiresAt(record) {
    const at = Date.parse(record.expires);
    return Number.isNaN(at) ? Infinity : at;
}
/** Holds the lock at `now`: not released and not expired. */
function isLive(record, now) {
    return record.released === '' && expiresAt(record) > now;
}
/** `alice since <when> deploying v7 (<run>), expires <time> unless renewed`: every message naming a holder says this. */
function describeHolder(record, now = Date.now()) {
    const base = `${record.who || 'someone'} since ${record.when || '?'} deploying ${record.version || '?'}${record.runUrl ? ` (${record.runUrl})` : ''}`;
    if (record.released)
        return `${base}, released ${record.released}${record.releasedBy === 'unlock' ? ' by unlock' : ''}`;
    if (record.expires === '')
        return `${base}, no expiry (a lock of an earlier berth release: clear it with unlock once that deploy is over)`;
    if (expiresAt(record) <= now)
        return `${base}, expired ${record.expires}`;
    return `${base}, expires ${record.expires} unless renewed`;
}


/***/ }),

/***/ 8720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g3: () => (/* binding */ renewGeneration),
/* harmony export */   iC: () => (/* binding */ currentHolder),
/* harmony export */   mF: () => (/* binding */ readLock),
/* harmony export */   x_: () => (/* binding */ releaseLock)
/* harmony export */ });
/* unused harmony export notOurs */
/* harmony import */ var _lock_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(196);

async function readLock(store, name) {
    const [legacy, children] = await Promise.all([store.get(name, false), store.list(name)]);
    const generations = [];
    for (const [parameter, text] of children) {
        const generation = (0,_lock_record_js__WEBPACK_IMPORTED_MODULE_0__/* .generationOf */ .gS)(name, parameter);
        if (generation !== undefined)
            generations.push({ generation, parameter, record: (0,_lock_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRecord */ .Hh)(text) });
    }
    generations.sort((a, b) => a.generation - b.generation);
    return { ...(legacy !== undefined ? { legacy: (0,_lock_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRecord */ .Hh)(legacy) } : {}), generations };
}
/** Who holds the lock at `now`: the previous release's lock, else the highest generation if live. */
function currentHolder(state, now) {
    if (state.legacy)
        return state.legacy;
    const top = state.generations.at(-1);
    return top && (0,_lock_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isLive */ .DG)(top.record, now) ? top.record : undefined;
}
/**
 * Marks this deploy's generation released (never another's). Returns false when another deploy holds
 * the lock now. For the post step and the CLI, which know only the lock's name and the deploy id.
 */
async function releaseLock(store, name, deployId, now = Date.now()) {
    const state = await readLock(store, name);
    for (const own of state.generations) {
        if (own.record.deployId !== deployId || own.record.released !== '')
            continue;
        const released = { ...own.record, released: new Date(now).toISOString(), releasedBy: 'holder' };
        await store.overwrite(own.parameter, JSON.stringify(released));
    }
    // The previous release's lock, only if this deploy wrote it (read, then delete, as that release did).
    if (state.legacy?.deployId === deployId)
        await store.delete(name);
    const holder = currentHolder(state, now);
    return holder === undefined || holder.deployId === deployId;
}
/** Overwrites our own generation with a later expiry, then reads back that it is still the highest and ours. */
async function renewGeneration(store, name, held, until, now) {
    const before = await readLock(store, name);
    if (!heldBy(before, held))
        return { notHeld: notOurs(before, now) };
    const record = { ...held.record, expires: new Date(until).toISOString() };
    await store.overwrite(held.parameter, JSON.stringify(record));
    const after = await readLock(store, name);
    return heldBy(after, held) ? { record } : { notHeld: notOurs(after, now) };
}
function heldBy(state, held) {
    const top = state.generations.at(-1);
    return state.legacy === undefined && top?.generation === held.generation && top.record.released === '';
}
function notOurs(state, now) {
    if (state.legacy)
        return `held by ${(0,_lock_record_js__WEBPACK_IMPORTED_MODULE_0__/* .describeHolder */ .sG)(state.legacy, now)}`;
    const top = state.generations.at(-1);
    if (!top)
        return 'the lock is gone';
    return top.record.released !== ''
        ? `released ${top.record.released}${top.record.releasedBy === 'unlock' ? ' by unlock' : ''}`
        : `held by ${(0,_lock_record_js__WEBPACK_IMPORTED_MODULE_0__/* .describeHolder */ .sG)(top.record, now)}`;
}


/***/ }),

/***/ 2079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ describeLock),
/* harmony export */   VL: () => (/* binding */ observeHostRunner),
/* harmony export */   i4: () => (/* binding */ observeLock)
/* harmony export */ });
/* harmony import */ var _lock_lease_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4527);
/* harmony import */ var _lock_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(196);
// Observing the ports without changing what they do: every host result as it arrived, and what the
// fleet lock did (how long the deploy waited, whether it was released), for the job summary.


function observeHostRunner(inner, now = Date.now) {
    const results = [];
    let runs = 0;
    return {
        results,
        runner: {
            resolveTargets: (targets) => inner.resolveTargets(targets),
            async run(request) {
                const run = ++runs;
                const outcomes = await inner.run(request);
                for (const outcome of outcomes)
                    results.push({ at: now(), run, outcome });
                return outcomes;
            },
        },
    };
}
/**
 * Watches the lock's generations go by (src/deploy/lock.ts): each read of the lock is an attempt, the
 * generation this deploy created is when it took it (unless it deleted it again, having lost the
 * read-back), and that generation marked released is the release.
 */
function observeLock(inner, lockName, now = Date.now) {
    const lock = { name: lockName, attempts: 0 };
    let taken;
    return {
        lock,
        parameters: {
            putSecure: (name, value, overwrite) => inner.putSecure(name, value, overwrite),
            get: (name, decrypt) => inner.get(name, decrypt),
            getMany: (names, decrypt) => inner.getMany(names, decrypt),
            versions: (names) => inner.versions(names),
            async list(path) {
                const listed = await inner.list(path);
                if (path === lockName && lock.acquiredAt === undefined) {
                    lock.attempts++;
                    lock.firstAttemptAt ??= now();
                }
                return listed;
            },
            async putIfAbsent(name, value) {
                const created = await inner.putIfAbsent(name, value);
                if (created && (0,_lock_record_js__WEBPACK_IMPORTED_MODULE_1__/* .generationOf */ .gS)(lockName, name) !== undefined && (0,_lock_record_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRecord */ .Hh)(value).released === '') {
                    taken = name;
                    lock.acquiredAt = now();
                }
                return created;
            },
            async overwrite(name, value) {
                await inner.overwrite(name, value);
                if (name === taken && (0,_lock_record_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRecord */ .Hh)(value).released !== '')
                    lock.releasedAt = now();
            },
            async delete(name) {
                await inner.delete(name);
                if (name === taken) {
                    taken = undefined;
                    delete lock.acquiredAt;
                }
            },
        },
    };
}
function describeLock(lock) {
    if (lock.acquiredAt === undefined) {
        return lock.attempts === 0
            ? `${lock.name}: not taken`
            : `${lock.name}: held by another deploy; not taken after ${lock.attempts} attempt(s)`;
    }
    const waited = Math.round((lock.acquiredAt - (lock.firstAttemptAt ?? lock.acquiredAt)) / 1000);
    const taken = waited > 0 ? `taken after waiting ${waited} s` : 'taken at once';
    return `${lock.name}: ${taken}, ${lock.releasedAt !== undefined ? 'released' : `NOT released (it expires by itself within ${_lock_lease_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCK_EXPIRY_SECONDS */ .cm / 60} minutes; berth unlock clears it now)`}`;
}


/***/ }),

/***/ 8303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UZ: () => (/* binding */ hostsWithoutNames),
/* harmony export */   cT: () => (/* binding */ summaryModel)
/* harmony export */ });
/* unused harmony exports versionOf, isDigestLabel, summaryHosts, summaryCanary, describeConverge */
/* harmony import */ var _observe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2079);

/** The version a reference names: the tag, or a short digest. */
function versionOf(image) {
    if (image.startsWith('sha256:'))
        return image.slice(0, 'sha256:'.length + 12);
    const at = image.indexOf('@');
    if (at >= 0)
        return image.slice(at + 1, at + 1 + 'sha256:'.length + 12);
    const slash = image.lastIndexOf('/');
    const colon = image.lastIndexOf(':');
    return colon > slash ? image.slice(colon + 1) : 'latest';
}
function summarize(values) {
    const unique = [...new Set(values)];
    return unique.length === 0 ? '-' : unique.join(', ');
}
// A host result names the PLANNED image for each copy; the copy really runs it only where the host
// says so: a successful rollout (or restore of a recorded plan) that replaced, started, restarted or
// kept it, or a state read that found it unchanged. Elsewhere only the running image's digest is known.
const RUNS_PLANNED = new Set(['replaced', 'started', 'restarted', 'unchanged']);
const CHANGED = new Set(['replaced', 'started', 'restarted']);
/** A run that changes the host: the rollout of a plan, or the restore of a recorded one. */
function changes(result) {
    return result.mode === 'rollout' || result.mode === 'restore';
}
function runsPlanned(copy, result) {
    if (copy.health === 'missing')
        return false;
    if (copy.action === 'unchanged')
        return true;
    return changes(result) && result.ok && RUNS_PLANNED.has(copy.action);
}
function shortDigest(digest) {
    const match = /sha256:[0-9a-f]{12}/.exec(digest);
    return match ? `${match[0]}…` : undefined;
}
/**
 * What the rollout did to a definition's copies, then the way back: `replaced`, `replaced, restored`,
 * `none` when a failed rollout got to none of them.
 */
function actionOf(acted, rollout, back, backOk) {
    const did = acted.length > 0 ? summarize(acted.map((c) => c.action)) : rollout && !rollout.ok ? 'none' : '-';
    const restored = backOk && (back ?? []).some((c) => CHANGED.has(c.action));
    return restored ? `${did}, restored` : did;
}
/** A version label that is only a digest (or nothing): a name would say more. */
function isDigestLabel(label) {
    return label === '?' || label.startsWith('sha256:');
}
/** Per host: what ran before its rollout, what its last rollout did, what it runs after (last state read). */
function summaryHosts(outcome, observed, previousImages = {}, 
/** Per instance id: the release each host ran before (its own records), preferred to previousImages. */
previousByHost = {}) {
    const all = observed.map((o) => o.outcome.result).filter((r) => r !== undefined);
    // Running image digest -> version, learnt from copies known to run their planned image.
    const known = new Map();
    for (const result of all) {
        for (const copy of result.copies) {
            if (runsPlanned(copy, result) && copy.imageDigest && !copy.image.includes('@') && !copy.image.startsWith('sha256:')) {
                known.set(copy.imageDigest, versionOf(copy.image));
            }
        }
    }
    // Without a better source, the previous release's record says what ran before: the host's own
    // record of its last plan, else the deploy history's.
    const previousOn = (instanceId) => (definition) => {
        const find = (images) => Object.keys(images).find((k) => k === definition || k.endsWith(`/${definition}`));
        const own = previousByHost[instanceId];
        const ownKey = own ? find(own.images) : undefined;
        if (own && ownKey !== undefined) {
            // The image's tag, as the history's images give it; the release name when the image is pinned by digest.
            const tag = versionOf(own.images[ownKey] ?? '');
            return tag.startsWith('sha256:') && own.release ? own.release : tag;
        }
        const key = find(previousImages);
        return key === undefined ? undefined : versionOf(previousImages[key] ?? '');
    };
    const labelFor = (previous, updated) => (copy, result, fallback) => {
        if (copy.health === 'missing')
            return 'none';
        if (runsPlanned(copy, result)) {
            const label = versionOf(copy.image);
            if (!label.startsWith('sha256:'))
                return label;
            // A pinned digest: on a host that ended on this release, a copy on its planned image runs this release.
            const thisRelease = updated ? outcome.version : undefined;
            return known.get(copy.image) ?? known.get(copy.imageDigest) ?? thisRelease ?? shortDigest(copy.image) ?? label;
        }
        return known.get(copy.imageDigest) ?? (fallback ? previous(copy.definition) : undefined) ?? shortDigest(copy.imageDigest) ?? '?';
    };
    return outcome.hosts.map((host) => {
        const previous = previousOn(host.instanceId);
        const running = labelFor(previous, host.state === 'updated');
        const results = observed
            .map((o) => o.outcome)
            .filter((o) => o.host.instanceId === host.instanceId && o.result)
            .map((o) => o.result);
        const runs = results.filter(changes);
        const firstRun = results.findIndex(changes);
        // A state read before the host's first run, else what its preflight listed (compared with its plan).
        const beforeState = results
            .slice(0, firstRun < 0 ? results.length : firstRun)
            .filter((r) => r.copies.length > 0)
            .at(0) ?? outcome.before?.[host.instanceId];
        // What the release did: its rollout, else its canary (refused), else (a rollback from the hosts' records) its restore.
        const lastRollout = results.filter((r) => r.mode === 'rollout').at(-1) ?? results.find((r) => r.mode === 'canary') ?? runs.at(0);
        // The way back after it: a restore that came after the rollout.
        const wayBack = lastRollout ? results.slice(results.lastIndexOf(lastRollout) + 1).find((r) => r.mode === 'restore') : undefined;
        const lastRun = runs.at(-1);
        const lastRunIndex = lastRun ? results.lastIndexOf(lastRun) : -1;
        // The last run that finished well is what runs; a failed rollout put back what it replaced itself,
        // so without one the host runs what it ran before.
        const lastGood = [...runs].reverse().find((r) => r.ok);
        // A state read counts as "after" only when it came after the host's last run.
        const afterState = results
            .slice(lastRunIndex + 1)
            .reverse()
            .find((r) => r.mode === 'state') ??
            lastGood ??
            beforeState ??
            lastRun;
        const names = [...new Set([afterState, lastRollout, beforeState].flatMap((r) => r?.copies.map((c) => c.definition) ?? []))];
        const definitions = names.map((definition) => {
            const of = (r) => (r?.copies ?? []).filter((c) => c.definition === definition);
            const after = of(afterState);
            const acted = of(lastRollout);
            const before = of(beforeState);
            const started = acted.map((c) => c.startToHealthy).filter((t) => typeof t === 'number');
            const afterVersion = afterState ? summarize(after.map((c) => running(c, afterState, false))) : '-';
            const unchanged = acted.length > 0 && acted.every((c) => c.action === 'unchanged');
            const beforeVersion = beforeState && before.length > 0
                ? summarize(before.map((c) => running(c, beforeState, true)))
                : unchanged
                    ? afterVersion
                    : (previous(definition) ?? '?');
            return {
                definition,
                copies: after.map((c) => c.name),
                before: beforeVersion,
                after: after.length > 0 ? afterVersion : 'removed',
                // A copy this rollout started was proved healthy by the host's own check; a state read only
                // knows Docker's HEALTHCHECK, so it says `none` for copies checked by berth.
                health: summarize(after.map((c) => {
                    const proved = (lastGood?.copies ?? []).find((a) => a.name === c.name && CHANGED.has(a.action));
                    return proved ? proved.health : c.health;
                })),
                action: actionOf(acted, lastRollout, wayBack ? of(wayBack) : undefined, wayBack?.ok === true),
                ...(started.length > 0 ? { seconds: Math.max(...started) } : {}),
            };
        });
        const failure = [...runs].reverse().find((r) => r.failure)?.failure;
        const seconds = runs.reduce((sum, r) => sum + (r.timings?.totalSeconds ?? 0), 0);
        return {
            hostname: host.hostname,
            instanceId: host.instanceId,
            state: host.state,
            ...(host.story ? { story: host.story } : {}),
            ...(runs.length > 0 ? { seconds } : {}),
            definitions,
            ...(failure ? { failure } : host.problem ? { failure: { reason: host.problem } } : {}),
        };
    });
}
function summaryModel(input) {
    const { outcome } = input;
    return {
        kind: outcome.kind,
        environment: input.environment,
        ok: outcome.status === 'success',
        version: outcome.version,
        commit: input.commit,
        headline: outcome.summary,
        fleet: outcome.fleet,
        seconds: input.seconds,
        hosts: summaryHosts(outcome, input.observed, input.previousImages, input.previousByHost),
        rollbar: input.rollbar,
        lock: (0,_observe_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLock */ .FD)(input.lock),
        ...(outcome.githubDeploymentId !== undefined
            ? { github: { deploymentId: outcome.githubDeploymentId, ...(input.githubUrl ? { url: input.githubUrl } : {}) } }
            : {}),
        ...(input.rollbackFrom ? { rollbackFrom: input.rollbackFrom } : {}),
        ...(outcome.converge ? { converge: describeConverge(outcome.converge) } : {}),
        ...(outcome.joined && outcome.joined.length > 0
            ? { joined: outcome.joined.map((h) => `${h.hostname || h.instanceId} (${h.instanceId}): ${h.story}`) }
            : {}),
        ...(outcome.canary && outcome.canary.length > 0 ? { canary: outcome.canary.map(summaryCanary) } : {}),
    };
}
const share = (part, whole) => `${(whole > 0 ? (100 * part) / whole : 0).toFixed(1)}%`;
/** A canary host's comparison as the summary's table shows it. */
function summaryCanary(report) {
    const verdict = report.verdict;
    const cells = (of, row) => `${row.compared ? of(row.old) : '-'} → ${of(row.new)}`;
    const rows = (verdict?.rows ?? []).map((row) => ({
        definition: row.definition,
        // A TCP-mode backend counts connections and measures no HTTP status or response time.
        requests: cells((s) => (s.unit === 'connections' ? `${s.requests} connections` : String(s.requests)), row),
        r5xx: cells((s) => (s.unit === 'connections' ? 'n/a (TCP)' : `${share(s.r5xx, s.requests)} (${s.r5xx})`), row),
        errors: cells((s) => `${share(s.errors, s.requests + s.errors)} (${s.errors})`, row),
        rtime: cells((s) => (s.unit === 'connections' ? 'n/a (TCP)' : `${s.rtimeMs} ms`), row),
        verdict: `${row.verdict}${row.compared ? '' : ` (nothing to compare: absolute limits${row.why ? `; ${row.why}` : ''})`}`,
    }));
    const notes = [
        ...(verdict?.uncompared ?? []).map((u) => `${u.definition}: not compared (${u.why})`),
        ...(verdict?.lowTraffic && verdict.lowTraffic !== 'passed with a warning'
            ? [`low traffic: ${verdict.requests} request(s) to the new copies, ${verdict.lowTraffic}`]
            : []),
        ...(verdict?.rollbar && 'new' in verdict.rollbar
            ? [`Rollbar: ${verdict.rollbar.new} new item(s), limit ${verdict.rollbar.limit}`]
            : []),
        ...(verdict?.warnings ?? []),
    ];
    return {
        host: report.hostname && report.hostname !== report.instanceId ? `${report.hostname} (${report.instanceId})` : report.instanceId,
        batch: `batch ${report.batch}/${report.batches}`,
        state: report.state,
        text: report.text,
        rows,
        notes,
    };
}
/** "release record /berth/prod/release generation 3 (1 part, 2,140 bytes); association berth-prod (id) unchanged". */
function describeConverge(report) {
    const record = report.record === 'written'
        ? `release record ${report.head} written, generation ${report.generation} (${report.parts} part(s), ${report.bytes} bytes)`
        : report.record === 'removed'
            ? `release record ${report.head} removed (hosts that join run nothing until the next deploy)`
            : `release record ${report.head} not written`;
    const association = `association ${report.associationName}${report.associationId ? ` (${report.associationId})` : ''} ${report.association === 'failed' ? 'not made' : report.association}`;
    return `${record}; ${association}${report.problem ? `: ${report.problem}` : ''}`;
}
/** The hosts whose "before" is only a digest (or unknown) somewhere: their own records may name it. */
function hostsWithoutNames(model) {
    return model.hosts.filter((host) => host.definitions.some((d) => isDigestLabel(d.before))).map((host) => host.instanceId);
}


/***/ })

};
