export const id = 348;
export const ids = [348];
export const modules = {

/***/ 5738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ cancelOnSignals)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _deploy_hosts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2140);
/* harmony import */ var _post_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(626);
// A cancelled job, on the main step's side. GitHub sends SIGINT, SIGTERM 7.5 s later and kills the
// process tree 2.5 s after that, then runs the post step (post-if: always()). So on the first signal
// the release stops starting new batches (the batch in flight is never cancelled: the hosts finish
// it), the checkpoint (src/deploy/cancel.ts) is on disk, and the step exits once no SendCommand is
// unanswered (at most EXIT_WITHIN_MS). The post step (post.ts) finishes the deploy from the checkpoint.





/** Well inside GitHub's 10 s from SIGINT to the kill. */
const EXIT_WITHIN_MS = 5_000;
/** Writes the checkpoint to a file in RUNNER_TEMP (whole or not at all), its path in the step state. */
function checkpointFile(dir, write = _post_state_js__WEBPACK_IMPORTED_MODULE_3__/* .rememberCheckpoint */ .kt) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `berth-checkpoint-${process.pid}.json`);
    let remembered = false;
    return (checkpoint) => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(`${path}.tmp`, JSON.stringify(checkpoint));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(`${path}.tmp`, path);
        if (!remembered)
            write(path);
        remembered = true;
    };
}
function cancelOnSignals(options = {}) {
    const controller = new AbortController();
    const save = checkpointFile(options.dir ?? process.env['RUNNER_TEMP'] ?? process.cwd());
    const exit = options.exit ?? ((code) => process.exit(code));
    const now = options.now ?? Date.now;
    let latest;
    let cancelledAt;
    const onSignal = (name) => {
        if (cancelledAt !== undefined)
            return;
        cancelledAt = now();
        controller.abort();
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`${name}: the job is being cancelled. No new batch starts; the batch in flight finishes on its hosts; the post step applies the failure policy.`);
        if (latest)
            save({ ...latest, cancelledAt });
        const started = now();
        const timer = setInterval(() => {
            const sending = latest?.sending.length ?? 0;
            if (sending > 0 && now() - started < EXIT_WITHIN_MS)
                return;
            clearInterval(timer);
            if (latest)
                save({ ...latest, cancelledAt: cancelledAt });
            const running = latest ? [...latest.inFlight.flatMap((c) => c.hosts), ...latest.sending] : [];
            // Exit status 1 fails the step (main.ts is the one setFailed of a step that ends on its own).
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(`The deploy was cancelled${running.length > 0 ? `; still running on ${running.map(_deploy_hosts_js__WEBPACK_IMPORTED_MODULE_4__/* .hostLabel */ .vy).join(', ')}` : ''}. The post step finishes it (failure policy, read back, lock).`);
            exit(1);
        }, 100);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        onCheckpoint: (checkpoint) => {
            latest = checkpoint;
            save(cancelledAt === undefined ? checkpoint : { ...checkpoint, cancelledAt });
        },
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}


/***/ }),

/***/ 8592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ actionLog)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
// The ProgressLog of the action: the runner's log, groups, and masking.

function actionLog() {
    return {
        info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(message),
        warn: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(message),
        error: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(message),
        group: (title, body) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.group(title, body),
        secret: (value) => {
            if (value !== '')
                _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(value);
        },
    };
}


/***/ }),

/***/ 626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bO: () => (/* binding */ forgetPostState),
/* harmony export */   cj: () => (/* binding */ readPostState),
/* harmony export */   dD: () => (/* binding */ postStepHooks),
/* harmony export */   kt: () => (/* binding */ rememberCheckpoint)
/* harmony export */ });
/* unused harmony exports rememberLock, forgetLock, rememberDeployment, forgetDeployment */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
// What the post step (runs.post, always run, also after a cancel) must clean up. The deploy and
// rollback actions record a held lock and an open GitHub deployment here as soon as they have them,
// and forget them once released/finished; the post step finishes whatever is still recorded.

const LOCK = 'berth-lock';
const DEPLOYMENT = 'berth-deployment';
const CHECKPOINT = 'berth-checkpoint';
function rememberCheckpoint(path) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(CHECKPOINT, JSON.stringify({ path }));
}
function rememberLock(lock) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(LOCK, JSON.stringify(lock));
}
function forgetLock() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(LOCK, '');
}
function rememberDeployment(deployment) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(DEPLOYMENT, JSON.stringify(deployment));
}
function forgetDeployment() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(DEPLOYMENT, '');
}
/**
 * The pipeline's callbacks that leave the post step what it must finish if the job is cancelled:
 * the held lock (as soon as it is taken) and the open GitHub deployment.
 */
function postStepHooks(target) {
    return {
        onLockTaken: (lock) => rememberLock({ name: lock.name, deployId: lock.deployId, region: target.region, endpoint: target.endpoint }),
        onRecordStarted: (record) => {
            if (record.githubDeploymentId !== undefined)
                rememberDeployment({ id: record.githubDeploymentId, environment: target.environment });
        },
    };
}
/** The run ended on its own: the lock is released and the deployment closed. */
function forgetPostState() {
    forgetLock();
    forgetDeployment();
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(CHECKPOINT, '');
}
function parse(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** The state saved by the main step (read in the post step). */
function readPostState(getState = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState) {
    const lock = parse(getState(LOCK));
    const deployment = parse(getState(DEPLOYMENT));
    const checkpoint = parse(getState(CHECKPOINT))?.path;
    return {
        ...(lock ? { lock } : {}),
        ...(deployment ? { deployment } : {}),
        ...(typeof checkpoint === 'string' && checkpoint !== '' ? { checkpoint } : {}),
    };
}


/***/ }),

/***/ 194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ publishRelease),
/* harmony export */   R2: () => (/* binding */ deployResultJson),
/* harmony export */   u8: () => (/* binding */ actionReleasePorts)
/* harmony export */ });
/* harmony import */ var _app_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4734);
/* harmony import */ var _app_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2326);
/* harmony import */ var _app_wiring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4033);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8948);
/* harmony import */ var _post_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(626);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8770);






async function actionReleasePorts(inputs, context, log, cancel) {
    return {
        ...(await (0,_app_wiring_js__WEBPACK_IMPORTED_MODULE_2__.releasePorts)(inputs, context, log)),
        ...(0,_post_state_js__WEBPACK_IMPORTED_MODULE_4__/* .postStepHooks */ .dD)({ region: (0,_app_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .awsRegion */ .Ue)(inputs.awsRegion), endpoint: inputs.awsEndpoint, environment: inputs.environment }),
        ...(cancel ? { signal: cancel.signal, onCheckpoint: cancel.onCheckpoint } : {}),
    };
}
/** The `result` output of a deploy: the outcome without the document. */
function deployResultJson(outcome, extra = {}) {
    return {
        status: outcome.status,
        kind: outcome.kind,
        version: outcome.version,
        fleet: outcome.fleet,
        summary: outcome.summary,
        hosts: outcome.hosts,
        deployId: outcome.deployId,
        ...(outcome.opsworksDeploymentId ? { opsworksDeploymentId: outcome.opsworksDeploymentId } : {}),
        ...(outcome.converge ? { converge: outcome.converge } : {}),
        ...(outcome.joined ? { joined: outcome.joined } : {}),
        ...(outcome.canary ? { canary: outcome.canary } : {}),
        ...extra,
    };
}
/** Outputs and job summary of a deploy or rollback; the failure to report when it did not succeed. */
async function publishRelease(inputs, release) {
    const { outcome } = release;
    _outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .outputs */ .V4.setResult(release.result);
    _outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .outputs */ .V4.setVersion(release.version);
    if (outcome.githubDeploymentId !== undefined)
        _outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .outputs */ .V4.setDeploymentId(outcome.githubDeploymentId);
    _outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .outputs */ .V4.setImages(release.images);
    _outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .outputs */ .V4.setImageDigests(outcome.digests);
    _outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .outputs */ .V4.setStackJsonPath(inputs.stackJsonOutput);
    _outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .outputs */ .V4.setCanary(outcome.canary ?? []);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .writeJobSummary */ .j)(release.model, (0,_app_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .secretInputValues */ .fl)(inputs));
    return outcome.status === 'success' ? undefined : outcome.summary;
}


/***/ }),

/***/ 348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRollbackAction: () => (/* binding */ runRollbackAction)
/* harmony export */ });
/* harmony import */ var _app_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3964);
/* harmony import */ var _app_rollback_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8875);
/* harmony import */ var _deploy_document_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3469);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5738);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8592);
/* harmony import */ var _post_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(626);
/* harmony import */ var _release_step_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(194);
// `command: rollback`: inputs -> the app's rollback (src/app/rollback.ts) -> outputs and job summary.







async function runRollbackAction(inputs) {
    const log = (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .actionLog */ .Z)();
    const context = (0,_app_context_js__WEBPACK_IMPORTED_MODULE_0__.contextFromEnv)();
    const cancel = (0,_cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .cancelOnSignals */ .d)();
    const result = await (0,_app_rollback_js__WEBPACK_IMPORTED_MODULE_1__/* .rollbackRelease */ .w)(inputs, context, await (0,_release_step_js__WEBPACK_IMPORTED_MODULE_6__/* .actionReleasePorts */ .u8)(inputs, context, log, cancel), log).finally(cancel.dispose);
    (0,_post_state_js__WEBPACK_IMPORTED_MODULE_5__/* .forgetPostState */ .bO)();
    return (0,_release_step_js__WEBPACK_IMPORTED_MODULE_6__/* .publishRelease */ .Dl)(inputs, {
        result: (0,_app_rollback_js__WEBPACK_IMPORTED_MODULE_1__/* .rollbackResultJson */ .o)(result),
        version: result.target.version,
        outcome: result.outcome,
        images: (0,_deploy_document_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .definitionImages */ .G)(result.document),
        model: result.model,
    });
}


/***/ }),

/***/ 8875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ rollbackResultJson),
/* harmony export */   w: () => (/* binding */ rollbackRelease)
/* harmony export */ });
/* harmony import */ var _deploy_host_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9020);
/* harmony import */ var _deploy_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(428);
/* harmony import */ var _deploy_rollback_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4283);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(17);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3964);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4734);
/* harmony import */ var _planner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6727);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3514);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2326);
/* harmony import */ var _stack_output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5842);
// A rollback: choose the version (the `version` input, else the previous good one from GitHub
// Deployments; when GitHub has nothing to offer, from the plans the hosts recorded), restore its whole
// plan (the Stack JSON at its commit with the images it ran), and run it like a deploy: lock, health
// gates, failure policy, Rollbar and a GitHub deployment record. No build, no migration, images on the
// hosts used without a pull. A release chosen from the hosts' records is restored from those records:
// each host rolls out again the plan it recorded (policy.restoreRecords, the host's restore mode).










async function rollbackRelease(inputs, context, deps, log) {
    const now = deps.now ?? Date.now;
    const started = now();
    (0,_release_js__WEBPACK_IMPORTED_MODULE_6__/* .maskSecrets */ .QU)(inputs, log);
    let history = [];
    if (deps.recorder) {
        try {
            history = await deps.recorder.history(inputs.environment);
        }
        catch (error) {
            log.warn(`Could not read the GitHub deployment history of "${inputs.environment}": ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .g)(error)}`);
        }
    }
    else {
        log.warn('No github-token: the GitHub deployment history cannot be read; the releases the hosts recorded are used instead.');
    }
    const readCurrent = deps.readCurrent ?? (0,_context_js__WEBPACK_IMPORTED_MODULE_3__.workspaceReader)(context.workspace);
    const plans = deps.planner ?? (0,_planner_js__WEBPACK_IMPORTED_MODULE_5__/* .releasePlanner */ .e)(inputs.stackJson, inputs.maxCommandBytes, inputs.surge);
    const query = { environment: inputs.environment, requested: inputs.version, history };
    let target;
    let hostHistory;
    try {
        target = (0,_deploy_rollback_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseRollbackTarget */ .NO)(query);
    }
    catch (error) {
        if (!(error instanceof _deploy_rollback_js__WEBPACK_IMPORTED_MODULE_2__/* .RollbackError */ .ZS))
            throw error;
        // GitHub has nothing to offer: ask the hosts what they ran.
        log.info(`GitHub Deployments has nothing to offer (${history.length === 0 ? 'no successful deployment read' : `none of ${history.length} successful deployment(s) fits`}); ` +
            'reading the releases the hosts recorded.');
        hostHistory = await readHostsHistory(inputs, context, deps, plans, readCurrent, log, now);
        target = (0,_deploy_rollback_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseRollbackTarget */ .NO)({
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
    const restored = await (0,_deploy_rollback_js__WEBPACK_IMPORTED_MODULE_2__/* .restoreRelease */ .E8)(target, { readAtCommit: deps.readAtCommit, readCurrent }, inputs.stackJson);
    const file = target.stackJsonPath || inputs.stackJson;
    if (restored.currentDocument) {
        log.warn(`The hosts did not record the commit of ${target.version}: restoring today's ${file} with the images ${target.version} ran ` +
            `(${Object.entries(target.images)
                .map(([d, i]) => `${d}=${i}`)
                .join(', ')}), not the document it was deployed with.`);
    }
    const commit = target.commit || (await (0,_context_js__WEBPACK_IMPORTED_MODULE_3__.headCommit)(context.workspace, deps.env ?? process.env));
    const document = (0,_planner_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStackDocument */ .R)(restored.text, file);
    await (0,_stack_output_js__WEBPACK_IMPORTED_MODULE_8__/* .writeStackJsonOutput */ .d3)(inputs.stackJsonOutput, restored.text, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .secretInputValues */ .fl)(inputs));
    const subject = commit ? await (0,_context_js__WEBPACK_IMPORTED_MODULE_3__.commitSubject)(context.workspace, commit) : '';
    // From the hosts' records: each host rolls out the plan it recorded for the release, exactly as it ran
    // it (host restore mode); the restored document only names the apps and gives the records their context.
    const records = target.records;
    const deploy = deps.runDeploy ?? _deploy_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .runDeploy */ .zt;
    if (records)
        log.info(`Each host restores the plan it recorded for ${target.version} (not a plan of the document).`);
    const previousImages = running?.payload.images ?? runningOnHosts?.images;
    const run = await (0,_release_js__WEBPACK_IMPORTED_MODULE_6__/* .runRelease */ .T_)({
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
                runDeploy: (settings, ports, runLog) => deploy({
                    ...settings,
                    policy: {
                        ...settings.policy,
                        restoreRecords: records,
                        ...(hostHistory ? { recordsPreflight: { apps: hostHistory.apps, outcomes: hostHistory.outcomes } } : {}),
                    },
                }, ports, runLog),
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
        const fleet = (0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .fleetSettings */ .E0)(inputs, undefined, deps.env ?? process.env);
        const apps = Object.keys(current.deploy);
        // As the rollback's preflight: a release chosen from these records is restored with no other
        // command before each host's restore.
        const hostHistory = await (0,_deploy_host_history_js__WEBPACK_IMPORTED_MODULE_0__/* .readHostHistory */ .rt)(deps.hosts, plans, {
            ssmTargets: fleet.ssmTarget,
            apps,
            hostRoot: fleet.host.hostRoot,
            environment: inputs.environment,
            actor: context.actor,
            region: fleet.host.region,
            deadline: now() + Math.min(fleet.policy.timeoutMinutes, 5) * 60_000,
            now,
        }, log, { asPreflight: true });
        for (const problem of hostHistory.problems)
            log.warn(`Hosts' records: ${problem}`);
        log.info(hostHistory.releases.length > 0
            ? `Releases every host recorded, newest first: ${hostHistory.releases.map((r) => r.release).join(', ')}` +
                (hostHistory.running ? ` (${hostHistory.running} runs now)` : '')
            : 'No release is recorded on every host.');
        return { ...hostHistory, apps };
    }
    catch (error) {
        log.warn(`Could not read the releases the hosts recorded: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .g)(error)}`);
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

/***/ 5842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d3: () => (/* binding */ writeStackJsonOutput)
/* harmony export */ });
/* unused harmony exports holdsSecrets, stackOutputMode */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _stack_credential_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _stack_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1549);
// The one writer of `stack-json-output` (deploy, rollback, export). A document that holds secrets
// inline, credentials in plain values, or a copy of a secret given as an input is written with mode
// 0600, set before the first byte goes in even when the file already existed with a wider mode.




/** Every string in a JSON value, keys included. */
function* stringsIn(value) {
    if (typeof value === 'string')
        yield value;
    else if (Array.isArray(value))
        for (const item of value)
            yield* stringsIn(item);
    else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) {
            yield key;
            yield* stringsIn(item);
        }
    }
}
/** Whether any string of the JSON text holds one of `secrets` (as it reads, escapes undone). */
function holdsCopyOf(text, secrets) {
    const wanted = secrets.filter((secret) => secret !== '');
    if (wanted.length === 0)
        return false;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return true; // a text berth read leniently (comments): assumed to hold one
    }
    for (const value of stringsIn(parsed))
        if (wanted.some((secret) => value.includes(secret)))
            return true;
    return false;
}
/**
 * Whether the text may hold a secret: inline secrets, URL credentials, a copy of one of `inputSecrets`
 * (the secret values of the inputs, src/app/inputs.ts secretInputValues) anywhere in a value, or a text
 * berth cannot read (assumed so).
 */
function holdsSecrets(text, inputSecrets = []) {
    const document = (0,_stack_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateStackJson */ .r)(text, 'stack-json-output').document;
    return document === undefined || (0,_stack_credential_values_js__WEBPACK_IMPORTED_MODULE_2__/* .knownSecretValues */ ._9)(document).size > 0 || (0,_stack_credential_values_js__WEBPACK_IMPORTED_MODULE_2__/* .holdsUrlCredentials */ .gX)(text) || holdsCopyOf(text, inputSecrets);
}
/** The file mode `text` is written with: 0600 when it holds secrets, else 0644. */
function stackOutputMode(text, inputSecrets = []) {
    return holdsSecrets(text, inputSecrets) ? 0o600 : 0o644;
}
/** Writes `text` to `path`; `inputSecrets`: the inputs' secret values, a copy of which makes the file 0600 too. */
async function writeStackJsonOutput(path, text, inputSecrets = []) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const mode = stackOutputMode(text, inputSecrets);
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'w', mode);
    try {
        await file.chmod(mode);
        await file.writeFile(text);
    }
    finally {
        await file.close();
    }
}


/***/ }),

/***/ 4283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ restoreRelease),
/* harmony export */   NO: () => (/* binding */ chooseRollbackTarget),
/* harmony export */   ZS: () => (/* binding */ RollbackError)
/* harmony export */ });
/* unused harmony exports parseImageReference, imageUpdates */
/* harmony import */ var _stack_merge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9604);
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
        const merged = (tools.mergeImageTags ?? _stack_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeImageTags */ .Fi)(text, batch, { pin });
        text = merged.text;
        retagged.push(...merged.changed);
    }
    return { target, text, retagged, ...(currentDocument ? { currentDocument } : {}) };
}


/***/ })

};
