export const id = 533;
export const ids = [533];
export const modules = {

/***/ 9969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ rollbackRelease),
  o: () => (/* binding */ rollbackResultJson)
});

// EXTERNAL MODULE: ./src/deploy/host-history.ts
var host_history = __webpack_require__(9020);
// EXTERNAL MODULE: ./src/deploy/pipeline.ts + 10 modules
var pipeline = __webpack_require__(428);
// EXTERNAL MODULE: ./src/stack/merge.ts
var merge = __webpack_require__(9604);
;// CONCATENATED MODULE: ./src/deploy/rollback.ts
// Rollback: which version to go back to, and the document that restores it. Pure decisions; the
// caller (src/app/rollback.ts, for the action and the CLI) reads history (GitHub Deployments, else the hosts' records:
// src/deploy/host-history.ts) and files, and runs the result through the same pipeline as a deploy
// (runDeploy), with no build, no migration and images taken from the hosts.

class RollbackError extends Error {
    name = 'RollbackError';
}
function fromDeployment(d, from) {
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
function fromHost(r, from) {
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
function matches(requested, version, commit) {
    if (requested === version)
        return true;
    return /^[0-9a-f]{7,40}$/i.test(requested) && commit.toLowerCase().startsWith(requested.toLowerCase());
}
function chooseRollbackTarget(query) {
    const history = query.history;
    const hosts = query.hostReleases ?? [];
    const running = query.running ?? history[0]?.payload.version ?? hosts[0]?.release;
    const requested = query.requested.trim();
    if (requested !== '') {
        const recorded = history.find((d) => matches(requested, d.payload.version, d.payload.commit || d.sha));
        if (recorded)
            return fromDeployment(recorded, running);
        const remembered = hosts.find((r) => matches(requested, r.release, r.commit ?? ''));
        if (remembered)
            return fromHost(remembered, running);
        const known = [...new Set([...history.map((d) => d.payload.version), ...hosts.map((r) => r.release)])];
        throw new RollbackError(`Version "${requested}" was never deployed successfully to "${query.environment}". ` +
            (known.length > 0 ? `Versions that were: ${known.slice(0, 10).join(', ')}.` : 'No successful deployment is recorded yet.'));
    }
    const previous = history.find((d) => d.payload.version !== running);
    if (previous)
        return fromDeployment(previous, running);
    const remembered = hosts.find((r) => r.release !== running);
    if (remembered)
        return fromHost(remembered, running);
    throw new RollbackError(`Nothing to roll back to in "${query.environment}": ` +
        (running === undefined
            ? 'no successful deployment is recorded in GitHub and the hosts remember no earlier plan.'
            : `every recorded successful deployment runs "${running}", the version running now.`) +
        ' Name a version with the `version` input.');
}
/** `repo:tag`, `repo@sha256:...` or `repo:tag@sha256:...` -> parts. */
function parseImageReference(reference) {
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
function imageUpdates(images) {
    const byImage = new Map();
    for (const [definition, reference] of Object.entries(images)) {
        const parsed = parseImageReference(reference);
        const seen = byImage.get(parsed.image);
        if (seen && seen.reference !== reference) {
            throw new RollbackError(`The recorded deployment ran two versions of ${parsed.image} (${seen.reference} and, for ${definition}, ${reference}); ` +
                'restore it by naming the commit whose document holds both.');
        }
        byImage.set(parsed.image, { ...parsed, reference });
    }
    return [...byImage.values()].map(({ image, tag, digest }) => ({ image, tag, ...(digest === undefined ? {} : { digest }) }));
}
/**
 * The whole plan of a recorded release: its document as committed, then the images it ran written
 * back in (a build writes its tags into a merged copy that is not committed). Digests stay digests.
 * A release the hosts remember without its commit gets today's document with its images.
 */
async function restoreRelease(target, tools, fallbackPath) {
    const path = target.stackJsonPath || fallbackPath;
    if (!target.commit && !tools.readCurrent) {
        throw new RollbackError(`The hosts remember release "${target.version}" but not its commit; name a version recorded in GitHub Deployments.`);
    }
    const currentDocument = !target.commit;
    const committed = target.commit
        ? await tools.readAtCommit(target.commit, path)
        : await tools.readCurrent(path);
    const updates = imageUpdates(target.images);
    const pinned = updates.filter((u) => u.digest !== undefined);
    const byTag = updates.filter((u) => u.digest === undefined);
    let text = committed;
    const retagged = [];
    for (const [batch, pin] of [
        [byTag, false],
        [pinned, true],
    ]) {
        if (batch.length === 0)
            continue;
        const merged = (tools.mergeImageTags ?? merge/* mergeImageTags */.Fi)(text, batch, { pin });
        text = merged.text;
        retagged.push(...merged.changed);
    }
    return { target, text, retagged, ...(currentDocument ? { currentDocument } : {}) };
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/app/context.ts
var app_context = __webpack_require__(3964);
// EXTERNAL MODULE: ./src/app/inputs.ts
var app_inputs = __webpack_require__(4734);
// EXTERNAL MODULE: ./src/app/planner.ts
var planner = __webpack_require__(6727);
// EXTERNAL MODULE: ./src/app/release.ts + 2 modules
var release = __webpack_require__(3514);
// EXTERNAL MODULE: ./src/app/settings.ts
var settings = __webpack_require__(2326);
// EXTERNAL MODULE: ./src/app/stack-output.ts
var stack_output = __webpack_require__(5842);
;// CONCATENATED MODULE: ./src/app/rollback.ts
// A rollback: choose the version (the `version` input, else the previous good one from GitHub
// Deployments; when GitHub has nothing to offer, from the plans the hosts recorded), restore its whole
// plan (the Stack JSON at its commit with the images it ran), and run it like a deploy: lock, health
// gates, failure policy, Rollbar and a GitHub deployment record. No build, no migration, images on the
// hosts used without a pull. A release chosen from the hosts' records is restored from those records:
// each host rolls out again the plan it recorded (policy.restoreRecords, the host's restore mode).










async function rollbackRelease(inputs, context, deps, log) {
    const now = deps.now ?? Date.now;
    const started = now();
    (0,release/* maskSecrets */.QU)(inputs, log);
    let history = [];
    if (deps.recorder) {
        try {
            history = await deps.recorder.history(inputs.environment);
        }
        catch (error) {
            log.warn(`Could not read the GitHub deployment history of "${inputs.environment}": ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    else {
        log.warn('No github-token: the GitHub deployment history cannot be read; the releases the hosts recorded are used instead.');
    }
    const readCurrent = deps.readCurrent ?? (0,app_context.workspaceReader)(context.workspace);
    const plans = deps.planner ?? (0,planner/* releasePlanner */.e)(inputs.stackJson, inputs.maxCommandBytes, inputs.surge);
    const query = { environment: inputs.environment, requested: inputs.version, history };
    let target;
    let hostHistory;
    try {
        target = chooseRollbackTarget(query);
    }
    catch (error) {
        if (!(error instanceof RollbackError))
            throw error;
        // GitHub has nothing to offer: ask the hosts what they ran.
        log.info(`GitHub Deployments has nothing to offer (${history.length === 0 ? 'no successful deployment read' : `none of ${history.length} successful deployment(s) fits`}); ` +
            'reading the releases the hosts recorded.');
        hostHistory = await readHostsHistory(inputs, context, deps, plans, readCurrent, log, now);
        target = chooseRollbackTarget({
            ...query,
            hostReleases: hostHistory?.releases ?? [],
            ...(hostHistory?.running !== undefined ? { running: hostHistory.running } : {}),
        });
    }
    const source = target.source === 'github' ? `GitHub deployment ${target.deploymentId}` : "the hosts' records";
    log.info(`Rolling "${inputs.environment}" back to ${target.version} (${target.commit ? `commit ${target.commit.slice(0, 12)}` : 'commit not recorded'}, from ${source})` +
        (target.from ? `; ${target.from} runs now` : ''));
    const running = history.find((d) => d.payload.version === target.from);
    const runningOnHosts = hostHistory?.releases.find((r) => r.release === target.from);
    const restored = await restoreRelease(target, { readAtCommit: deps.readAtCommit, readCurrent }, inputs.stackJson);
    const file = target.stackJsonPath || inputs.stackJson;
    if (restored.currentDocument) {
        log.warn(`The hosts did not record the commit of ${target.version}: restoring today's ${file} with the images ${target.version} ran ` +
            `(${Object.entries(target.images)
                .map(([d, i]) => `${d}=${i}`)
                .join(', ')}), not the document it was deployed with.`);
    }
    const commit = target.commit || (await (0,app_context.headCommit)(context.workspace, deps.env ?? process.env));
    const document = (0,planner/* parseStackDocument */.R)(restored.text, file);
    await (0,stack_output/* writeStackJsonOutput */.d3)(inputs.stackJsonOutput, restored.text, (0,app_inputs/* secretInputValues */.fl)(inputs));
    const subject = commit ? await (0,app_context.commitSubject)(context.workspace, commit) : '';
    // From the hosts' records: each host rolls out the plan it recorded for the release, exactly as it ran
    // it (host restore mode); the restored document only names the apps and gives the records their context.
    const records = target.records;
    const deploy = deps.runDeploy ?? pipeline/* runDeploy */.zt;
    if (records)
        log.info(`Each host restores the plan it recorded for ${target.version} (not a plan of the document).`);
    const previousImages = running?.payload.images ?? runningOnHosts?.images;
    const run = await (0,release/* runRelease */.T_)({
        inputs,
        context,
        planner: plans,
        started,
        release: {
            kind: 'rollback',
            environment: inputs.environment,
            stackJsonPath: file,
            version: target.version,
            commit,
            actor: context.actor,
            runUrl: context.runUrl,
            deployId: `${inputs.environment}-rollback-${context.runId}-${now().toString(36)}`,
        },
        document,
        deployed: () => document,
        rollbarComment: `Rollback to ${target.version}${subject ? `: ${subject}` : ''} (${context.actor})`,
        policy: { skipMigration: true, preferLocalImages: true },
        ...(target.from ? { rollbackFrom: target.from } : {}),
        ...(previousImages ? { previousImages } : {}),
        ...(records
            ? {
                runDeploy: (settings, ports, runLog) => deploy({ ...settings, policy: { ...settings.policy, restoreRecords: records } }, ports, runLog),
            }
            : deps.runDeploy
                ? { runDeploy: deps.runDeploy }
                : {}),
    }, deps, log);
    return { target, outcome: run.outcome, model: run.model, document, text: restored.text, ...(hostHistory ? { hostHistory } : {}) };
}
/**
 * The releases every target host recorded (src/deploy/host-history.ts), for the apps of the Stack
 * JSON as checked out now. Undefined, with a warning, when they cannot be read: the choice then says
 * there is nothing to go back to.
 */
async function readHostsHistory(inputs, context, deps, plans, readCurrent, log, now) {
    try {
        const current = plans.parseDocument(await readCurrent(inputs.stackJson));
        const fleet = (0,settings/* fleetSettings */.E0)(inputs, undefined, deps.env ?? process.env);
        const hostHistory = await (0,host_history/* readHostHistory */.rt)(deps.hosts, plans, {
            ssmTargets: fleet.ssmTarget,
            apps: Object.keys(current.deploy),
            hostRoot: fleet.host.hostRoot,
            environment: inputs.environment,
            actor: context.actor,
            region: fleet.host.region,
            deadline: now() + Math.min(fleet.policy.timeoutMinutes, 5) * 60_000,
            now,
        }, log);
        for (const problem of hostHistory.problems)
            log.warn(`Hosts' records: ${problem}`);
        log.info(hostHistory.releases.length > 0
            ? `Releases every host recorded, newest first: ${hostHistory.releases.map((r) => r.release).join(', ')}` +
                (hostHistory.running ? ` (${hostHistory.running} runs now)` : '')
            : 'No release is recorded on every host.');
        return hostHistory;
    }
    catch (error) {
        log.warn(`Could not read the releases the hosts recorded: ${(0,errors/* errorMessage */.g)(error)}`);
        return undefined;
    }
}
/** The `result` output and the CLI's --json: the outcome without the document. */
function rollbackResultJson(result) {
    const { outcome } = result;
    return {
        status: outcome.status,
        kind: outcome.kind,
        version: outcome.version,
        fleet: outcome.fleet,
        summary: outcome.summary,
        rolledBackFrom: result.target.from ?? null,
        commit: result.target.commit,
        hosts: outcome.hosts,
        deployId: outcome.deployId,
        githubDeploymentId: outcome.githubDeploymentId ?? null,
    };
}


/***/ }),

/***/ 2703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _stack_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6325);

function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function seconds(value) {
    if (value === undefined)
        return '-';
    return value >= 90 ? `${Math.floor(value / 60)} min ${Math.round(value % 60)} s` : `${Math.round(value * 10) / 10} s`;
}
function fence(lines) {
    const body = lines.join('\n');
    const ticks = body.includes('```') ? '~~~~' : '```';
    return `${ticks}\n${body}\n${ticks}`;
}
function renderSummary(model, secrets = []) {
    const out = [];
    const verb = model.kind === 'rollback' ? 'rollback' : 'deploy';
    out.push(`## ${model.ok ? '✅' : '❌'} berth ${verb} of ${model.version} to ${model.environment}`);
    out.push('');
    out.push(model.headline);
    out.push('');
    const facts = [
        model.commit ? `commit \`${model.commit.slice(0, 12)}\`` : '',
        `took ${seconds(model.seconds)}`,
        `fleet: ${model.fleet}`,
        model.rollbackFrom ? `rolled back from ${model.rollbackFrom}` : '',
        model.github
            ? model.github.url
                ? `[GitHub deployment ${model.github.deploymentId}](${model.github.url})`
                : `GitHub deployment ${model.github.deploymentId}`
            : '',
    ].filter((f) => f !== '');
    out.push(facts.join(' · '));
    out.push('');
    // After a failure, each host's own story: what the release did there and where the way back left it.
    if (model.hosts.some((h) => h.story)) {
        for (const host of model.hosts)
            out.push(`- **${host.hostname}** (${host.instanceId}): ${host.story ?? host.state}`);
        out.push('');
    }
    if (model.hosts.length > 0) {
        out.push('| Host | Definition | Copies | Version (before → after) | Health | Action | Time |');
        out.push('|---|---|---|---|---|---|---|');
        for (const host of model.hosts) {
            const label = `${host.hostname} (${host.instanceId})${host.state === 'updated' ? '' : ` — ${host.state}`}`;
            if (host.definitions.length === 0) {
                out.push(`| ${cell(label)} | - | - | - | - | - | ${seconds(host.seconds)} |`);
                continue;
            }
            host.definitions.forEach((d, i) => {
                const version = d.before === d.after ? d.after : `${d.before} → ${d.after}`;
                out.push(`| ${i === 0 ? cell(label) : ''} | ${cell(d.definition)} | ${d.copies.length} (${cell(d.copies.join(', ') || '-')}) | ${cell(version)} | ${cell(d.health)} | ${cell(d.action || '-')} | ${seconds(d.seconds ?? (i === 0 ? host.seconds : undefined))} |`);
            });
        }
        out.push('');
    }
    for (const host of model.hosts.filter((h) => h.failure)) {
        const failure = host.failure;
        out.push(`### ❌ ${host.hostname} (${host.instanceId})`);
        out.push('');
        out.push(failure.reason);
        if (failure.logTail && failure.logTail.length > 0) {
            out.push('');
            out.push(`<details open><summary>Last log lines${failure.container ? ` of ${failure.container}` : ''}</summary>`);
            out.push('');
            out.push(fence(failure.logTail));
            out.push('');
            out.push('</details>');
        }
        out.push('');
    }
    out.push('### Records');
    out.push('');
    out.push(`- **Lock**: ${model.lock}`);
    if (model.converge)
        out.push(`- **Converge**: ${model.converge}`);
    for (const joined of model.joined ?? [])
        out.push(`- **Joined during the deploy**: ${joined}`);
    if (model.rollbar.length === 0)
        out.push('- **Rollbar**: not configured (no token)');
    for (const r of model.rollbar) {
        const what = r.status === 'not reported' ? 'not reported (see the warnings in the log)' : `deploy ${r.deployId ?? '(new)'} ${r.status}`;
        out.push(`- **Rollbar** app "${r.app}", environment "${r.environment}": ${what}`);
    }
    out.push(`- **GitHub**: ${model.github ? `deployment ${model.github.deploymentId} marked ${model.ok ? 'success' : 'failure'}` : 'no deployment recorded'}`);
    out.push('');
    return (0,_stack_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(out.join('\n'), secrets);
}


/***/ }),

/***/ 4533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HELP: () => (/* binding */ HELP),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _app_rollback_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9969);
/* harmony import */ var _app_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2703);
/* harmony import */ var _app_wiring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4033);
/* harmony import */ var _app_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4734);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4558);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9851);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1196);
// `berth rollback`: the action's rollback from a terminal. Every action input is a flag of the same
// name (`--environment production --version v41 --instance-ids i-1,i-2 ...`); the GitHub context
// comes from --repository/BERTH_GITHUB_TOKEN or GITHUB_REPOSITORY/GITHUB_TOKEN. Without them, the
// releases the hosts recorded decide (rollbackRelease reads them through the same AWS adapters).







const HELP = `Usage: berth rollback [--version V] [--environment E] [options]

Restores the newest successful deployment of the environment whose version is not the one running
now (GitHub Deployments history), or the version named with --version (tag or commit SHA): the
Stack JSON at that commit with the images it ran. Without a GitHub token or history (or when the
version is not in it), the releases every target host recorded decide (the hosts keep their last 10
plans); a release recorded without its commit gets today's Stack JSON (--stack-json) with its images.
No build, no migration; images still on the hosts are used without a pull. Same lock, health gates,
Rollbar and GitHub record as a deploy.

Options (each action input is a flag of the same name; the most used):
  --environment E        default production
  --version V            default: the previous good version
  --instance-ids IDS     comma list, or --targets 'tag:Key=v1,v2'
  --stack-json PATH      path of the Stack JSON in the repository (default stack.json): read at the
                         restored commit, and as checked out for the hosts' records
  --aws-region R, --aws-endpoint URL, --host-aws-endpoint URL
  BERTH_GITHUB_TOKEN     (or --github-token-stdin) default $GITHUB_TOKEN
  --repository OWNER/REPO  default $GITHUB_REPOSITORY
  BERTH_ROLLBAR_TOKEN, --rollbar-endpoint URL (secrets never as flags: ps shows them)
  --json                 print the result as JSON on stdout (progress stays on stderr)
  -h, --help
Exit status: 0 rolled back, 1 failed, 2 wrong usage.
`;
async function run(argv) {
    const flags = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .readReleaseFlags */ .n9)(argv, 'rollback', HELP, (name) => (name === 'github-token' ? (process.env.GITHUB_TOKEN ?? '') : ''));
    if (!flags)
        return 0;
    const { inputs } = flags;
    const context = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .commandLineContext */ .B9)(flags);
    const log = (0,_progress_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalLog */ .d)();
    const ports = await (0,_app_wiring_js__WEBPACK_IMPORTED_MODULE_2__.releasePorts)(inputs, context, log);
    const cancel = (0,_cancel_js__WEBPACK_IMPORTED_MODULE_6__/* .cancelOnCtrlC */ .A)(log);
    const result = await (0,_app_rollback_js__WEBPACK_IMPORTED_MODULE_0__/* .rollbackRelease */ .w)(inputs, context, { ...ports, signal: cancel.signal, onCheckpoint: cancel.onCheckpoint }, log).finally(cancel.dispose);
    process.stderr.write(`${(0,_app_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSummary */ .B)(result.model, (0,_app_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .secretInputValues */ .fl)(inputs))}\n`);
    if (flags.json)
        process.stdout.write(`${JSON.stringify((0,_app_rollback_js__WEBPACK_IMPORTED_MODULE_0__/* .rollbackResultJson */ .o)(result))}\n`);
    return result.outcome.status === 'success' ? 0 : 1;
}


/***/ })

};
