export const id = 574;
export const ids = [574,729];
export const modules = {

/***/ 1729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readActionInputs: () => (/* binding */ readActionInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _app_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4734);
// The action's inputs as the runner gives them (INPUT_<NAME>), parsed by the one schema of src/app/inputs.ts.


/** Reads the inputs of the running action step; raw text, untrimmed, '' when absent. Secret inputs are masked before they are parsed. */
function readActionInputs() {
    return (0,_app_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseActionInputs */ .HC)((name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name, { trimWhitespace: false }), process.env, (value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(value));
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

/***/ 8948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V4: () => (/* binding */ outputs)
/* harmony export */ });
/* unused harmony exports OUTPUT_NAMES, createOutputs */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
// The only writer of the action's outputs: one typed setter per output declared in action.yml.

const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'result',
    'version',
    'deployment-id',
    'image-digests',
    'images',
    'stack-json',
    'errors',
    'warnings',
    'canary',
]));
/** Outputs written through `write` (core.setOutput in the action; a recorder in tests). */
function createOutputs(write = _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput) {
    return {
        setResult: (result) => write('result', JSON.stringify(result)),
        setVersion: (version) => write('version', version),
        setDeploymentId: (id) => write('deployment-id', String(id)),
        setImageDigests: (digests) => write('image-digests', JSON.stringify(digests)),
        setImages: (images) => write('images', JSON.stringify(images)),
        setStackJsonPath: (path) => write('stack-json', path),
        setValidationCounts: ({ errors, warnings }) => {
            write('errors', String(errors));
            write('warnings', String(warnings));
        },
        setCanary: (canary) => write('canary', JSON.stringify(canary)),
    };
}
const outputs = createOutputs();


/***/ }),

/***/ 5574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resumeFromCheckpoint: () => (/* binding */ resumeFromCheckpoint)
});

// UNUSED EXPORTS: DEADLINE_MS, WAIT_MS

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/app/context.ts
var app_context = __webpack_require__(3964);
// EXTERNAL MODULE: ./src/deploy/github-record.ts
var github_record = __webpack_require__(4264);
// EXTERNAL MODULE: ./src/deploy/observe.ts
var observe = __webpack_require__(2079);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/deploy/failure.ts
var failure = __webpack_require__(4457);
// EXTERNAL MODULE: ./src/deploy/hosts.ts
var deploy_hosts = __webpack_require__(2140);
// EXTERNAL MODULE: ./src/deploy/lock.ts
var deploy_lock = __webpack_require__(4332);
// EXTERNAL MODULE: ./src/deploy/pipeline.ts + 10 modules
var pipeline = __webpack_require__(428);
// EXTERNAL MODULE: ./src/deploy/steps/after-stop.ts + 1 modules
var after_stop = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/deploy/steps/lock.ts
var steps_lock = __webpack_require__(748);
// EXTERNAL MODULE: ./src/deploy/steps/plans.ts
var plans = __webpack_require__(4207);
// EXTERNAL MODULE: ./src/deploy/steps/records.ts
var records = __webpack_require__(373);
;// CONCATENATED MODULE: ./src/deploy/resume.ts
// Finishing a deploy another process started and was stopped in (the action's main step, cancelled
// by GitHub): the same settings, the deploy id and hosts from its checkpoint (src/deploy/cancel.ts).
// No build, lock, preflight or rollout: wait for the commands still in flight (never cancelling them),
// apply the failure policy to the hosts the rollout touched, read back every host, close the records,
// and only then release the lock. When the wait runs out first, the lock stays: a host may still be
// changing, and another deploy must not start beside it.









async function resumeCancelledDeploy(settings, ports, log, checkpoint, window) {
    const run = (0,pipeline/* startRun */.AD)(settings, ports, log);
    run.deadline = window.deadline;
    if (checkpoint.lock)
        run.checkpoint.lock = checkpoint.lock;
    const outcome = run.outcome;
    let stillRunning = [];
    // Held again and renewed while this process finishes the deploy; released last.
    const lock = await resumedLock(ports, checkpoint, run.now, log);
    try {
        const waited = await waitForInFlight(run.ports, checkpoint, window.waitUntil, log);
        stillRunning = [
            ...waited.filter((o) => o.status === 'StillRunning').map((o) => o.host),
            ...checkpoint.sending.filter((h) => !waited.some((o) => o.host.instanceId === h.instanceId)),
        ];
        if (stillRunning.length > 0) {
            throw new failure/* DeployFailure */.Q(`The deploy was cancelled; ${stillRunning.map(deploy_hosts/* hostLabel */.vy).join(', ')} may still be changing: ` +
                `their command had not ended by ${new Date(window.waitUntil).toISOString()}. ` +
                `The deploy lock ${checkpoint.lock?.name ?? ''} is left in place so no other deploy starts beside them; ` +
                'once they are done, deploy again or run unlock.', 'unknown', stillRunning.map((h) => ({ instanceId: h.instanceId, hostname: h.hostname, state: 'unknown', problem: 'may still be changing' })));
        }
        const { fleet: ready, staged } = checkpoint;
        if (!ready || !staged || checkpoint.touched.length === 0) {
            throw new failure/* DeployFailure */.Q('The deploy was cancelled before any host changed; nothing was changed.', 'unchanged');
        }
        const fleet = await (0,plans/* planFleet */.E)(run, { hosts: ready.hosts, roots: new Map(Object.entries(ready.roots)), answers: new Map() }, staged);
        const failed = waited.filter((o) => !(0,deploy_hosts/* succeeded */.gq)(o) && checkpoint.touched.some((t) => t.instanceId === o.host.instanceId));
        await (0,after_stop/* wayBack */.lZ)(run, fleet, {
            reason: checkpoint.phase === 'read back' ? 'The deploy was cancelled during the read back' : 'The deploy was cancelled',
            touched: checkpoint.touched,
            problemOf: (host) => {
                const outcome = failed.find((o) => o.host.instanceId === host.instanceId);
                return outcome ? (0,deploy_hosts/* describeFailure */.Ic)(outcome) : undefined;
            },
            // Only what a command that changes hosts said it did (a read back in flight changed nothing).
            resultOf: (host) => changedBy(waited, host),
            ...(checkpoint.canary ? { alwaysBack: checkpoint.canary } : {}),
            stopped: true,
        });
    }
    catch (error) {
        (0,pipeline/* stopped */.ce)(run, error);
    }
    finally {
        await (0,records/* finishRecords */.c)(run, checkpoint.records);
        if (stillRunning.length > 0)
            outcome.lockLeft = true;
        else if (lock)
            await (0,steps_lock/* releaseLock */.x)(run, lock);
    }
    return outcome;
}
async function waitForInFlight(ports, checkpoint, waitUntil, log) {
    if (checkpoint.inFlight.length === 0)
        return [];
    const hosts = checkpoint.inFlight.flatMap((c) => c.hosts);
    const watch = ports.hosts.watch;
    if (!watch)
        throw new Error('the host runner cannot wait for commands it did not send');
    return log.group(`Wait for the ${hosts.length} host(s) still running a command: ${hosts.map(deploy_hosts/* hostLabel */.vy).join(', ')}`, () => watch(checkpoint.inFlight, { deadline: waitUntil, onProgress: (host, status) => log.info(`${(0,deploy_hosts/* hostLabel */.vy)(host)}: ${status}`) }));
}
/** The lock the stopped process took, renewed from here on; undefined (and logged) when it is no longer this deploy's. */
async function resumedLock(ports, checkpoint, now, log) {
    if (!checkpoint.lock)
        return undefined;
    const { name, deployId } = checkpoint.lock;
    try {
        const lock = await (0,deploy_lock/* resumeLock */.Dl)(ports.parameters, name, deployId, now);
        if (!lock)
            log.warn(`The deploy lock ${name} is no longer this deploy's (expired, taken over or cleared); left alone`);
        lock?.keepRenewed({ onError: (error) => log.warn(`Could not renew the deploy lock ${name}: ${(0,errors/* errorMessage */.g)(error)}`) });
        return lock;
    }
    catch (error) {
        log.warn(`Could not read the deploy lock ${name}: ${(0,errors/* errorMessage */.g)(error)}; it expires by itself`);
        return undefined;
    }
}
/** The result of the host's rollout or way back among the commands waited for; undefined: unknown. */
function changedBy(waited, host) {
    const result = waited.find((o) => o.host.instanceId === host.instanceId)?.result;
    return result && result.mode !== 'state' && result.mode !== 'preflight' ? result : undefined;
}

// EXTERNAL MODULE: ./src/deploy/summary-model.ts
var summary_model = __webpack_require__(8303);
// EXTERNAL MODULE: ./src/app/planner.ts
var planner = __webpack_require__(6727);
// EXTERNAL MODULE: ./src/app/release.ts + 2 modules
var app_release = __webpack_require__(3514);
// EXTERNAL MODULE: ./src/app/settings.ts
var app_settings = __webpack_require__(2326);
;// CONCATENATED MODULE: ./src/app/resume.ts
// Finishing a cancelled release (the action's post step): the settings read again from the same
// inputs, the deploy id, policy, fleet and hosts from the main step's checkpoint; then the pipeline's
// resume (src/deploy/resume.ts): wait for the commands in flight, failure policy, read back, records,
// lock. Returns the outcome and the job summary's model, as a release does.







async function resumeRelease(inputs, context, checkpoint, ports, log, window) {
    (0,app_release/* maskSecrets */.QU)(inputs, log);
    const now = ports.now ?? Date.now;
    const started = now();
    const { release } = checkpoint;
    const document = checkpoint.staged?.document;
    const hosts = (0,observe/* observeHostRunner */.VL)(ports.hosts, now);
    const runner = ports.hosts.watch ? { ...hosts.runner, watch: ports.hosts.watch } : hosts.runner;
    const parameters = (0,observe/* observeLock */.i4)(ports.parameters, checkpoint.lock?.name ?? inputs.lockName, now);
    const rollbar = await (0,app_release/* rollbarFanOut */.UP)(document, inputs, parameters.parameters, ports, log, {
        revision: release.commit,
        comment: `berth ${release.kind} ${release.version} (cancelled)`,
        localUsername: context.actor,
    });
    // The deploys the main step started are the ones finished here.
    for (const entry of rollbar.activity) {
        const started = checkpoint.rollbar.find((r) => r.app === entry.app && r.environment === entry.environment);
        if (started?.deployId)
            Object.assign(entry, { deployId: started.deployId, status: started.status });
    }
    const { ssmTarget, host } = (0,app_settings/* fleetSettings */.E0)(inputs, document, ports.env ?? process.env);
    const settings = {
        release,
        target: ssmTarget,
        policy: checkpoint.policy,
        host,
        ...(document ? { document } : {}),
        ...(rollbar.deploys.length > 0 ? { rollbarToken: rollbar.anyToken } : {}),
    };
    const outcome = await resumeCancelledDeploy(settings, {
        hosts: runner,
        parameters: parameters.parameters,
        planner: ports.planner ?? (0,planner/* releasePlanner */.e)(inputs.stackJson, inputs.maxCommandBytes, inputs.surge),
        ...(rollbar.deploys.length > 0 ? { notifier: rollbar.notifier } : {}),
        ...(ports.recorder ? { recorder: (0,github_record/* completingRecorder */.$)(ports.recorder, () => document) } : {}),
        now,
    }, log, checkpoint, window);
    const model = (0,summary_model/* summaryModel */.cT)({
        outcome,
        observed: hosts.results,
        environment: inputs.environment,
        commit: release.commit,
        seconds: (now() - started) / 1000,
        rollbar: rollbar.activity,
        lock: parameters.lock,
    });
    return { outcome, model };
}

// EXTERNAL MODULE: ./src/app/wiring.ts
var wiring = __webpack_require__(4033);
// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(1729);
// EXTERNAL MODULE: ./src/action/log.ts
var action_log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/action/post-state.ts
var post_state = __webpack_require__(626);
// EXTERNAL MODULE: ./src/action/release-step.ts
var release_step = __webpack_require__(194);
;// CONCATENATED MODULE: ./src/action/post-resume.ts
// The post step after a cancelled release: the main step's checkpoint (src/action/cancel.ts) and the
// same inputs give the release back (src/app/resume.ts), which is finished within GitHub's window
// (about 5 minutes from the cancel, after which GitHub ends the post step too): the commands in flight
// are waited for until WAIT_MS after the cancel, the way back and read back get until DEADLINE_MS.










/** From the cancel: how long the commands in flight are waited for, and when the way back must be done. */
const WAIT_MS = 150_000;
const DEADLINE_MS = 270_000;
/** done: finished (or left with a reason); failed: could not, the lock stays; skipped: nothing to resume. */
async function resumeFromCheckpoint(path) {
    let checkpoint;
    try {
        checkpoint = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        core.warning(`berth post step: cannot read the cancelled release's checkpoint ${path}: ${(0,errors/* errorMessage */.g)(error)}`);
        return 'skipped';
    }
    if (!checkpoint.lock)
        return 'skipped';
    try {
        const inputs = (0,action_inputs.readActionInputs)();
        const context = (0,app_context.contextFromEnv)();
        const log = (0,action_log/* actionLog */.Z)();
        const cancelledAt = checkpoint.cancelledAt ?? Date.now();
        core.info(`berth: finishing the ${checkpoint.release.kind} ${checkpoint.release.version} the job's cancel stopped (${checkpoint.phase})`);
        const { outcome, model } = await resumeRelease(inputs, context, checkpoint, await (0,wiring.releasePorts)(inputs, context, log), log, {
            waitUntil: cancelledAt + WAIT_MS,
            deadline: cancelledAt + DEADLINE_MS,
        });
        (0,post_state/* forgetPostState */.bO)();
        await (0,release_step/* publishRelease */.Dl)(inputs, {
            result: (0,release_step/* deployResultJson */.R2)(outcome, { cancelled: true, ...(outcome.lockLeft ? { lockLeft: true } : {}) }),
            version: outcome.version,
            outcome,
            images: outcome.images,
            model,
        });
        core.error(outcome.summary);
        return 'done';
    }
    catch (error) {
        core.warning(`berth post step: could not finish the cancelled release (${(0,errors/* errorMessage */.g)(error)}). The deploy lock ${checkpoint.lock.name} is left in place: ` +
            'check the hosts, then deploy again or run command: unlock.');
        return 'failed';
    }
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

/***/ 8770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ appendJobSummary),
/* harmony export */   j: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _app_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2703);
// The job summary (GITHUB_STEP_SUMMARY): the deploy and rollback summary (src/app/summary.ts) and the
// validate report are appended here.


/** Appends Markdown to the job's summary file (GITHUB_STEP_SUMMARY); a no-op outside a runner. */
async function appendJobSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(markdown, true).write();
}
/** Appends the deploy or rollback summary to the job's summary. */
async function writeJobSummary(model, secrets = []) {
    await appendJobSummary((0,_app_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSummary */ .B)(model, secrets));
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
const CANARY_MARK = { promoted: '✅', refused: '❌', failed: '❌', stopped: '⏹️' };
/** The canary's comparison: per canary host and compared definition, old → new, and the verdict. */
function renderCanary(hosts) {
    const out = ['### Canary', ''];
    for (const host of hosts) {
        out.push(`- ${CANARY_MARK[host.state]} **${host.host}**, ${host.batch}: ${cell(host.text)}`);
        for (const note of host.notes)
            out.push(`  - ${cell(note)}`);
    }
    out.push('');
    const rows = hosts.flatMap((host) => host.rows.map((row, i) => ({ host: i === 0 ? host.host : '', row })));
    if (rows.length > 0) {
        out.push('| Canary host | Definition | Requests (old → new) | 5xx | Errors | Response time | Verdict |');
        out.push('|---|---|---|---|---|---|---|');
        for (const { host, row } of rows) {
            out.push(`| ${cell(host)} | ${cell(row.definition)} | ${cell(row.requests)} | ${cell(row.r5xx)} | ${cell(row.errors)} | ${cell(row.rtime)} | ${cell(row.verdict)} |`);
        }
        out.push('');
    }
    return out;
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
    if (model.canary)
        out.push(...renderCanary(model.canary));
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


/***/ })

};
