export const id = 813;
export const ids = [813,332,964];
export const modules = {

/***/ 3964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitSubject: () => (/* binding */ commitSubject),
/* harmony export */   contextFromEnv: () => (/* binding */ contextFromEnv),
/* harmony export */   gitReader: () => (/* binding */ gitReader),
/* harmony export */   headCommit: () => (/* binding */ headCommit),
/* harmony export */   workspaceReader: () => (/* binding */ workspaceReader)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
// Where a release runs: the GitHub context (from the runner's environment, or the CLI's flags) and the
// repository checkout, read with git (the restored version's Stack JSON, the commit's subject).





const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
function contextFromEnv(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = env.GITHUB_RUN_ID ?? '';
    return {
        owner,
        repo,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        runUrl: owner && runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : '',
        actor: env.GITHUB_ACTOR ?? env.USER ?? 'berth',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runId: runId || String(Date.now()),
    };
}
/** `git show <commit>:<path>` in the checkout, with an error that says how to fix a shallow clone. */
function gitReader(workspace) {
    return async (commit, path) => {
        const relative = path.startsWith('/') ? path : `./${path.replace(/^\.\//, '')}`;
        try {
            const { stdout } = await run('git', ['show', `${commit}:${relative}`], { cwd: workspace, maxBuffer: 64 * 1024 * 1024 });
            return stdout;
        }
        catch (error) {
            const detail = error.stderr?.trim() || (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error);
            throw new Error(`Could not read ${path} at commit ${commit.slice(0, 12)} (${detail}). ` +
                "Check out the full history (actions/checkout with fetch-depth: 0) so the restored version's Stack JSON can be read.");
        }
    };
}
/** The Stack JSON file as it is in the checkout now. */
function workspaceReader(workspace) {
    return async (path) => {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace, path), 'utf8');
        }
        catch (error) {
            throw new Error(`Cannot read the Stack JSON ${path} (input stack-json) in ${workspace}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error)}`);
        }
    };
}
/** The checked-out commit (GITHUB_SHA, else `git rev-parse HEAD`); empty when unknown. */
async function headCommit(workspace, env = process.env) {
    if (env.GITHUB_SHA)
        return env.GITHUB_SHA;
    try {
        const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd: workspace });
        return stdout.trim();
    }
    catch {
        return '';
    }
}
/** The commit's subject line, for Rollbar's comment; empty when git cannot tell (no checkout). */
async function commitSubject(workspace, commit) {
    try {
        const { stdout } = await run('git', ['log', '-1', '--format=%s', commit], { cwd: workspace });
        return stdout.trim();
    }
    catch {
        return '';
    }
}


/***/ }),

/***/ 6727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseStackDocument),
/* harmony export */   e: () => (/* binding */ releasePlanner)
/* harmony export */ });
/* harmony import */ var _host_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1702);
/* harmony import */ var _stack_host_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6238);
/* harmony import */ var _stack_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4993);
/* harmony import */ var _stack_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9242);




/** The document in `text`, valid; throws listing its errors (`file` names it in each). */
function parseStackDocument(text, file) {
    const result = (0,_stack_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateStackJson */ .r)(text, file);
    if (!result.ok || !result.document) {
        const errors = result.diagnostics.filter((d) => d.severity === 'error').map(_stack_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDiagnostic */ .x);
        throw new Error(`The Stack JSON to restore is not valid:\n${errors.join('\n')}`);
    }
    return result.document;
}
/** Plans for the Stack JSON `file`, sent in commands of at most `maxBytes` (the max-command-bytes input). */
function releasePlanner(file, maxBytes) {
    const options = { maxBytes };
    return {
        parseDocument: (text) => parseStackDocument(text, file),
        hostPlan: _stack_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .buildHostPlan */ .oy,
        encodePlan: _stack_host_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeHostPlan */ .U6,
        hostCommands: (mode, planText) => (0,_host_index_js__WEBPACK_IMPORTED_MODULE_0__/* .buildHostCommands */ .$k)(mode, planText, options),
        // One command per batch (up to 50 hosts), carrying each host's plan; split only where it must be.
        packHostCommands: (mode, plans) => (0,_host_index_js__WEBPACK_IMPORTED_MODULE_0__/* .packHostCommands */ .q)(mode, plans, options),
    };
}


/***/ }),

/***/ 7727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ maskSecrets),
  T: () => (/* binding */ runRelease)
});

;// CONCATENATED MODULE: ./src/adapters/rollbar.ts
// Rollbar answers a PATCH of a deploy it already timed out with "status is not started".
const REFUSED_AS_TIMED_OUT = /not started|timed.?out/i;
function createRollbarNotifier(options) {
    const doFetch = options.fetch ?? fetch;
    const timeoutMs = options.timeoutMs ?? 10_000;
    const retryDelayMs = options.retryDelayMs ?? 1_000;
    const base = options.endpoint.replace(/\/+$/, '');
    const { log } = options;
    async function send(method, path, token, body) {
        let last = { ok: false, status: 0, message: 'not sent' };
        for (let attempt = 1; attempt <= 2; attempt++) {
            try {
                const response = await doFetch(`${base}${path}`, {
                    method,
                    headers: { 'content-type': 'application/json', 'x-rollbar-access-token': token },
                    body: JSON.stringify(body),
                    signal: AbortSignal.timeout(timeoutMs),
                });
                const text = await response.text();
                last = parseReply(response.status, text);
                if (last.ok || response.status < 500)
                    return scrub(last, token);
            }
            catch (error) {
                last = { ok: false, status: 0, message: error instanceof Error ? describeNetworkError(error) : String(error) };
            }
            if (attempt === 1)
                await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
        }
        return scrub(last, token);
    }
    async function report(input, status) {
        return send('POST', '/api/1/deploy', input.token, {
            environment: input.environment,
            revision: input.revision,
            status,
            comment: input.comment,
            local_username: input.localUsername,
        });
    }
    return {
        async started(input) {
            if (input.token === '')
                return undefined;
            log.secret(input.token);
            const reply = await report(input, 'started');
            if (!reply.ok || reply.deployId === undefined) {
                log.warn(`Rollbar: could not report the start of the deploy to "${input.environment}" (${explain(reply)}). The deploy goes on.`);
                return undefined;
            }
            log.info(`Rollbar: deploy ${reply.deployId} started for "${input.environment}" at ${input.revision}.`);
            return reply.deployId;
        },
        async finished(input) {
            if (input.token === '')
                return;
            log.secret(input.token);
            if (input.deployId === undefined) {
                // The start was never recorded (outage or bad token): the final status alone still tells the story.
                await reportAsNew(input, 'the start was not recorded');
                return;
            }
            const reply = await send('PATCH', `/api/1/deploy/${encodeURIComponent(input.deployId)}`, input.token, { status: input.status });
            if (reply.ok) {
                log.info(`Rollbar: deploy ${input.deployId} marked ${input.status}.`);
                return;
            }
            if (reply.status >= 400 && reply.status < 500 && REFUSED_AS_TIMED_OUT.test(reply.message)) {
                await reportAsNew(input, `Rollbar had timed deploy ${input.deployId} out and refused to finish it (${explain(reply)})`);
                return;
            }
            log.warn(`Rollbar: could not mark deploy ${input.deployId} ${input.status} (${explain(reply)}). The deploy's own result stands.`);
        },
    };
    async function reportAsNew(input, why) {
        const reply = await report(input, input.status);
        if (reply.ok) {
            const id = reply.deployId === undefined ? '' : ` ${reply.deployId}`;
            log.warn(`Rollbar: ${why}; reported the final status "${input.status}" as a new deploy${id}.`);
        }
        else {
            log.warn(`Rollbar: ${why}; reporting the final status "${input.status}" as a new deploy failed too (${explain(reply)}).`);
        }
    }
}
function parseReply(status, text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        body = undefined;
    }
    const record = (typeof body === 'object' && body !== null ? body : {});
    const data = (typeof record.data === 'object' && record.data !== null ? record.data : {});
    const id = data.deploy_id;
    const message = typeof record.message === 'string' ? record.message : text.slice(0, 200);
    const ok = status >= 200 && status < 300 && record.err !== 1;
    return { ok, status, message, ...(id !== undefined && id !== null ? { deployId: String(id) } : {}) };
}
// Rollbar never echoes the token today; this keeps it that way in our logs if it ever does.
function scrub(reply, token) {
    return token === '' ? reply : { ...reply, message: reply.message.split(token).join('***') };
}
function explain(reply) {
    return reply.status === 0 ? reply.message : `HTTP ${reply.status}: ${reply.message || 'no message'}`;
}
function describeNetworkError(error) {
    const cause = error.cause;
    const detail = cause instanceof Error ? cause.message : '';
    return detail ? `${error.message}: ${detail}` : error.message;
}

// EXTERNAL MODULE: ./src/deploy/document-identity.ts
var document_identity = __webpack_require__(3469);
;// CONCATENATED MODULE: ./src/deploy/github-record.ts

/**
 * A recorder that fills the payload from the deployed document (hash, per-definition images),
 * whatever the caller put there, so the history always holds what a rollback needs.
 */
function completingRecorder(inner, document) {
    return {
        start: async (input) => {
            const doc = document();
            const payload = doc
                ? { ...input.payload, documentHash: (0,document_identity/* documentHash */.k)(doc), images: { ...input.payload.images, ...(0,document_identity/* definitionImages */.G)(doc) } }
                : input.payload;
            return inner.start({ ...input, payload });
        },
        finish: (id, state, description) => inner.finish(id, state, description),
        history: (environment) => inner.history(environment),
    };
}

// EXTERNAL MODULE: ./src/deploy/host-history.ts
var host_history = __webpack_require__(9020);
// EXTERNAL MODULE: ./src/deploy/observe.ts
var observe = __webpack_require__(2079);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/deploy/failure.ts
class DeployFailure extends Error {
    fleet;
    hosts;
    name = 'DeployFailure';
    constructor(message, fleet, hosts = []) {
        super(message);
        this.fleet = fleet;
        this.hosts = hosts;
    }
}

;// CONCATENATED MODULE: ./src/deploy/run.ts
const MINUTE = 60_000;
/** The signal as an optional property, for requests that take one. */
function withSignal(run) {
    return run.settings.signal ? { signal: run.settings.signal } : {};
}
/** The comment a Run Command of this deploy carries: `berth <what> <version>`, `what` the deploy's kind by default. */
function runComment(run, what = run.settings.release.kind) {
    return `berth ${what} ${run.settings.release.version}`;
}

// EXTERNAL MODULE: ./src/deploy/lock.ts
var deploy_lock = __webpack_require__(4332);
;// CONCATENATED MODULE: ./src/deploy/steps/lock.ts
// Step: the fleet-wide deploy lock, taken first and released last whatever happened in between.


/** Takes the lock; on failure the outcome says why and nothing else runs (undefined). */
async function takeLock(run) {
    const { settings, ports, log } = run;
    const { release, policy } = settings;
    try {
        const lock = await (0,deploy_lock/* acquireLock */.IZ)(ports.parameters, policy.lockName, {
            who: release.actor,
            when: new Date(run.now()).toISOString(),
            version: release.version,
            runUrl: release.runUrl,
            deployId: release.deployId,
        }, {
            waitSeconds: policy.lockWaitSeconds,
            now: run.now,
            ...(ports.sleep ? { sleep: ports.sleep } : {}),
            ...(settings.signal ? { signal: settings.signal } : {}),
            onWait: (holder) => log.info(`Waiting for the deploy lock ${policy.lockName}, held by ${holder ? (0,deploy_lock/* describeHolder */.sG)(holder) : 'someone'}`),
        });
        log.info(`Took the deploy lock ${lock.name}`);
        return lock;
    }
    catch (error) {
        run.outcome.summary =
            error instanceof deploy_lock/* LockHeldError */.Rk ? error.message : `Could not take the deploy lock ${policy.lockName}: ${(0,errors/* errorMessage */.g)(error)}`;
        log.error(run.outcome.summary);
        return undefined;
    }
}
/** Releases the lock if this deploy still holds it; a failure only warns. */
async function releaseLock(run, lock) {
    try {
        if (!(await lock.release()))
            run.log.warn(`The deploy lock ${lock.name} is now held by another deploy; left it alone`);
        else
            run.log.info(`Released the deploy lock ${lock.name}`);
    }
    catch (error) {
        run.log.warn(`Could not release the deploy lock ${lock.name}: ${(0,errors/* errorMessage */.g)(error)}. Run berth unlock if it stays.`);
    }
}

// EXTERNAL MODULE: ./src/deploy/host-sends.ts
var host_sends = __webpack_require__(9747);
;// CONCATENATED MODULE: ./src/deploy/steps/plans.ts

function planFleet(run, fleet, staged) {
    const { settings, ports } = run;
    const { release, policy, host: hostSettings } = settings;
    const planFor = (document, host, choice) => ports.planner.hostPlan(document, { instanceId: host.instanceId, hostname: host.hostname, publicIp: host.publicIp, stackName: staged.stackName }, {
        deployId: release.deployId,
        release: release.version,
        revision: release.commit,
        actor: release.actor,
        createdAt: new Date(run.now()).toISOString(),
        hostRoot: fleet.roots.get(host.instanceId) ?? hostSettings.hostRoot,
        force: choice.force,
        manual: policy.manual,
        runMigration: choice.runMigration,
        keepImages: hostSettings.keepImages,
        lockTimeout: hostSettings.hostLockTimeout ?? 600,
        aws: { region: hostSettings.region, ...(hostSettings.hostAwsEndpoint ? { endpoint: hostSettings.hostAwsEndpoint } : {}) },
        ...(staged.databases ? { databases: staged.databases } : {}),
        preferLocalImages: choice.preferLocal,
        dataVolumeImage: hostSettings.dataVolumeImage,
        logTailLines: 30,
        environment: release.environment,
    });
    const plans = new Map();
    fleet.hosts.forEach((host, index) => {
        plans.set(host.instanceId, planFor(staged.document, host, {
            runMigration: index === 0 && !policy.skipMigration,
            preferLocal: policy.preferLocalImages === true,
            force: policy.force,
        }));
    });
    // Each plan is encoded once, whatever number of commands carry it.
    const encoded = new WeakMap();
    const encode = (plan) => {
        if (!plan)
            return undefined;
        let text = encoded.get(plan);
        if (text === undefined) {
            text = ports.planner.encodePlan(plan);
            encoded.set(plan, text);
        }
        return text;
    };
    let stateCommands;
    return {
        hosts: fleet.hosts,
        plans,
        hasMigration: [...plans.values()].some((plan) => plan.migration !== undefined),
        planFor,
        stateSends: () => (stateCommands ??= (0,host_sends/* hostSends */.q)(ports.planner, 'state', fleet.hosts, (host) => encode(plans.get(host.instanceId)))),
        rolloutSends: (batch, planOf = plans) => (0,host_sends/* hostSends */.q)(ports.planner, 'rollout', batch, (host) => encode(planOf.get(host.instanceId))),
    };
}

// EXTERNAL MODULE: ./src/deploy/hosts.ts
var deploy_hosts = __webpack_require__(2140);
;// CONCATENATED MODULE: ./src/deploy/steps/preflight.ts



async function preflight(run, hosts) {
    const { ports, log } = run;
    const results = await log.group(`Preflight on ${hosts.length} host(s)`, () => ports.hosts.run({
        sends: [{ hosts, commands: ports.planner.hostCommands('preflight') }],
        comment: runComment(run, 'preflight'),
        deadline: run.deadline,
        executionTimeoutSeconds: 300,
        onProgress: (host, status) => log.info(`${(0,deploy_hosts/* hostLabel */.vy)(host)}: ${status}`),
        ...withSignal(run),
    }));
    const answers = new Map();
    const unready = [];
    for (const result of results) {
        const missing = result.result?.facts?.missing ?? [];
        if (!(0,deploy_hosts/* succeeded */.gq)(result))
            unready.push((0,deploy_hosts/* describeFailure */.Ic)(result));
        else if (missing.length > 0)
            unready.push(`${(0,deploy_hosts/* hostLabel */.vy)(result.host)}: missing ${missing.join(', ')} (see the README's host prerequisites)`);
        if (result.result)
            answers.set(result.host.instanceId, result.result);
    }
    if (unready.length > 0) {
        throw new DeployFailure(`Preflight failed on ${unready.length} host(s); nothing was changed:\n${unready.join('\n')}`, 'unchanged');
    }
    const roots = new Map();
    const named = hosts.map((host) => {
        const answer = answers.get(host.instanceId);
        if (answer?.root)
            roots.set(host.instanceId, answer.root);
        const facts = answer?.facts;
        return {
            ...host,
            // OpsWorks' and SSM's name for the instance first (SSM's ComputerName is the host's own name).
            hostname: host.hostname && host.hostname !== host.instanceId ? host.hostname : facts?.hostname || host.hostname,
            publicIp: facts?.publicIp || host.publicIp,
        };
    });
    return { hosts: (0,deploy_hosts/* rolloutOrder */.Ys)(named), roots };
}

;// CONCATENATED MODULE: ./src/deploy/steps/prepare-rollout.ts


async function prepareRollout(run, fleet, previousKnown) {
    const { settings, ports, log } = run;
    const batches = (0,deploy_hosts/* planBatches */.un)(fleet.hosts, settings.policy.batchSize, fleet.hasMigration);
    const sends = new Map();
    const pack = async (yieldBetween) => {
        for (const batch of batches) {
            // Packing is CPU work (gzip): a batch at a time, letting the state read's polls run in between.
            if (yieldBetween)
                await new Promise((resolve) => setTimeout(resolve, 0));
            sends.set(batch, fleet.rolloutSends(batch));
        }
    };
    const before = new Map();
    if (settings.policy.failurePolicy !== 'rollback' || previousKnown) {
        await pack(false);
        return { batches, sends, before };
    }
    const reading = log.group(`Read what ${fleet.hosts.length} host(s) run now`, () => ports.hosts.run({
        sends: fleet.stateSends(),
        comment: runComment(run, 'state before'),
        deadline: run.deadline,
        executionTimeoutSeconds: 300,
        onProgress: (host, status) => log.info(`${(0,deploy_hosts/* hostLabel */.vy)(host)}: ${status}`),
        ...withSignal(run),
    }));
    // A packing error waits for the read to end.
    const packing = pack(true).then(() => ({ ok: true }), (error) => ({ ok: false, error }));
    const current = await reading;
    const packed = await packing;
    if (!packed.ok)
        throw packed.error;
    for (const item of current)
        if (item.result)
            before.set(item.host.instanceId, item.result);
    return { batches, sends, before };
}

;// CONCATENATED MODULE: ./src/deploy/steps/records.ts
// Step: the records of the deploy, opened once the document is known and closed whatever happened:
// the GitHub deployment (the deploy history a rollback reads) and Rollbar.

async function startRecords(run, records) {
    const { settings, ports, log, outcome } = run;
    const { release } = settings;
    if (ports.recorder) {
        try {
            records.githubDeploymentId = await ports.recorder.start({
                environment: release.environment,
                ref: release.commit,
                sha: release.commit,
                description: `berth ${release.kind} ${release.version}`,
                payload: {
                    tool: 'berth',
                    kind: release.kind,
                    version: release.version,
                    commit: release.commit,
                    documentHash: '',
                    stackJsonPath: release.stackJsonPath,
                    images: outcome.images,
                },
            });
            outcome.githubDeploymentId = records.githubDeploymentId;
        }
        catch (error) {
            log.warn(`Could not create the GitHub deployment record: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    if (ports.notifier && settings.rollbarToken) {
        log.secret(settings.rollbarToken);
        const id = await ports.notifier.started({
            token: settings.rollbarToken,
            environment: release.environment,
            revision: release.version,
            comment: `berth ${release.kind} ${release.version}`,
            localUsername: release.actor,
        });
        if (id)
            records.rollbarDeployId = id;
    }
    ports.onRecordStarted?.({ ...records });
}
async function finishRecords(run, records) {
    const { settings, ports, log, outcome } = run;
    if (ports.recorder && records.githubDeploymentId !== undefined) {
        try {
            await ports.recorder.finish(records.githubDeploymentId, outcome.status === 'success' ? 'success' : 'failure', outcome.summary.slice(0, 140));
        }
        catch (error) {
            log.warn(`Could not close the GitHub deployment record: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    if (ports.notifier && settings.rollbarToken) {
        await ports.notifier.finished({
            token: settings.rollbarToken,
            deployId: records.rollbarDeployId,
            environment: settings.release.environment,
            revision: settings.release.version,
            comment: outcome.summary.slice(0, 200),
            localUsername: settings.release.actor,
            status: outcome.status === 'success' ? 'succeeded' : 'failed',
        });
    }
}

;// CONCATENATED MODULE: ./src/deploy/steps/release.ts
async function prepareRelease(run) {
    const { ports, log, outcome } = run;
    const build = ports.build;
    const prepared = build ? await log.group('Build and push', () => build(log)) : undefined;
    const release = await run.target.release(prepared, run.settings.document, log);
    outcome.document = release.document;
    if (prepared) {
        outcome.images = prepared.images;
        outcome.digests = prepared.digests;
    }
    return { ...release, ...(prepared ? { prepared } : {}) };
}

;// CONCATENATED MODULE: ./src/deploy/readback.ts
/** Does this running copy run the planned image (by reference, or by digest when the plan pins one)? */
function runsPlannedImage(planned, copy) {
    const at = planned.indexOf('@');
    if (at >= 0) {
        const digest = planned.slice(at + 1);
        return (copy.imageDigest === digest || copy.image === planned || copy.image.endsWith(`@${digest}`) || copy.imageDigest.endsWith(`@${digest}`));
    }
    const withTag = /:[^/]+$/.test(planned) ? planned : `${planned}:latest`;
    return copy.image === planned || copy.image === withTag;
}
function checkDefinition(def, copies) {
    if (def.mode === 'cron')
        return [];
    const problems = [];
    // Manual definitions left running keep their image: only their presence and health count.
    const mustRunPlanned = def.mode === 'auto' || def.redeploy;
    for (const planned of def.copies) {
        const copy = copies.find((c) => c.name === planned.name);
        if (!copy || copy.health === 'missing') {
            problems.push(`${planned.name} is not running`);
            continue;
        }
        if (mustRunPlanned && (!runsPlannedImage(def.image, copy) || copy.action === 'outdated')) {
            // The host compares the plan's hash (image and every run option) with the container's label.
            problems.push(`${planned.name} does not run what the plan says (planned ${def.image}; running ${copy.imageDigest || copy.image})`);
        }
        if (copy.health !== 'healthy' && copy.health !== 'none') {
            problems.push(`${planned.name} is ${copy.health}`);
        }
    }
    return problems;
}
/** Compares what each host reports (a `state` run after the rollout) with its plan. */
function readBack(plans, outcomes) {
    const hosts = [];
    const seen = new Set();
    for (const outcome of outcomes) {
        seen.add(outcome.host.instanceId);
        const plan = plans.get(outcome.host.instanceId);
        const problems = [];
        if (!plan) {
            problems.push('no plan was made for this host');
        }
        else if (!outcome.result) {
            problems.push(`no state read back (SSM status ${outcome.status}${outcome.stderrTail ? `: ${outcome.stderrTail.split('\n').pop() ?? ''}` : ''})`);
        }
        else {
            for (const def of plan.definitions)
                problems.push(...checkDefinition(def, outcome.result.copies));
            // The host's own verdict counts too, even when every copy looked right from here.
            if (problems.length === 0 && !outcome.result.ok) {
                problems.push(`the host reports: ${outcome.result.failure?.reason ?? 'a failure without a reason'}`);
            }
        }
        if (problems.length > 0)
            hosts.push({ instanceId: outcome.host.instanceId, hostname: outcome.host.hostname, problems });
    }
    for (const [instanceId, plan] of plans) {
        if (!seen.has(instanceId))
            hosts.push({ instanceId, hostname: plan.host.hostname, problems: ['no state read back'] });
    }
    return { ok: hosts.length === 0, hosts };
}
function describeProblems(report) {
    return report.hosts.map((h) => `${h.hostname} (${h.instanceId}): ${h.problems.join('; ')}`).join('\n');
}

;// CONCATENATED MODULE: ./src/deploy/steps/rollout.ts
// Steps: the rollout, batch after batch (the first failed host stops it), then the read back: a deploy
// is a success only when every host says it runs what was planned, healthy.



async function rollOutBatches(run, fleet, prepared) {
    const { settings, ports, log } = run;
    run.outcome.fleet = 'updated';
    const report = await (0,deploy_hosts/* rollOut */.Of)({
        label: settings.release.kind === 'rollback' ? 'Rollback batch' : 'Batch',
        batches: prepared.batches,
        sendsFor: (batch) => prepared.sends.get(batch) ?? fleet.rolloutSends(batch),
        runner: ports.hosts,
        comment: runComment(run),
        deadline: run.deadline,
        executionTimeoutSeconds: Math.max(60, Math.ceil((run.deadline - run.now()) / 1000)),
        log,
        ...withSignal(run),
    });
    if (report.failed.length === 0 && !report.cancelled)
        return undefined;
    return {
        reason: report.cancelled
            ? 'The deploy was cancelled'
            : `The rollout failed on ${report.failed.map((f) => (0,deploy_hosts/* hostLabel */.vy)(f.host)).join(', ')}`,
        touched: [...report.succeeded, ...report.failed].map((o) => o.host),
        problemOf: (host) => {
            const failed = report.failed.find((o) => o.host.instanceId === host.instanceId);
            return failed ? (0,deploy_hosts/* describeFailure */.Ic)(failed) : undefined;
        },
    };
}
async function readBackFleet(run, fleet) {
    const { ports, log } = run;
    const state = await log.group(`Read back ${fleet.hosts.length} host(s)`, () => ports.hosts.run({
        sends: fleet.stateSends(),
        comment: runComment(run, 'read back'),
        deadline: Math.max(run.deadline, run.now() + 5 * MINUTE),
        executionTimeoutSeconds: 300,
        onProgress: (host, status) => log.info(`${(0,deploy_hosts/* hostLabel */.vy)(host)}: ${status}`),
    }));
    const report = readBack(fleet.plans, state);
    if (report.ok)
        return undefined;
    return {
        reason: `Read back failed:\n${describeProblems(report)}`,
        touched: fleet.hosts,
        problemOf: (host) => report.hosts.find((p) => p.instanceId === host.instanceId)?.problems.join('; '),
    };
}

// EXTERNAL MODULE: ./src/stack/secrets.ts
var stack_secrets = __webpack_require__(6325);
;// CONCATENATED MODULE: ./src/deploy/steps/secrets.ts

async function stageSecrets(run, release) {
    const { settings, ports, log } = run;
    const prefix = settings.host.secretsPrefix;
    const staged = (0,stack_secrets/* stageInlineSecrets */.Xh)(release.document, prefix);
    const previous = release.previous ? (0,stack_secrets/* stageInlineSecrets */.Xh)(release.previous, prefix) : undefined;
    // Database settings given as an input: an inline password is staged the same way.
    const databases = settings.host.databases ? (0,stack_secrets/* stageDatabaseSecrets */.R6)(settings.host.databases, prefix) : undefined;
    const secrets = new Map();
    for (const item of [...staged.staged, ...(previous?.staged ?? []), ...(databases?.staged ?? [])])
        secrets.set(item.name, item.value);
    if (secrets.size > 0) {
        await log.group(`Stage ${secrets.size} inline secret(s) under ${prefix}`, async () => {
            for (const [name, value] of secrets) {
                log.secret(value);
                await ports.parameters.putSecure(name, value, true);
                log.info(`SecureString ${name}`);
            }
        });
    }
    return {
        document: staged.document,
        ...(previous ? { previous: previous.document } : {}),
        ...(databases ? { databases: databases.databases } : {}),
        stackName: release.stackName,
    };
}

;// CONCATENATED MODULE: ./src/deploy/steps/way-back.ts



function reports(state, hosts, problemOf) {
    return hosts.map((h) => {
        const problem = problemOf?.(h);
        return { instanceId: h.instanceId, hostname: h.hostname, state, ...(problem ? { problem } : {}) };
    });
}
/** The plans that put each touched host back; hosts with no way back known are listed apart. */
function wayBackPlans(fleet, touched, previous, before) {
    const plans = new Map();
    const noWayBack = [];
    for (const host of touched) {
        const plan = previous
            ? fleet.planFor(previous, host, { runMigration: false, preferLocal: true, force: false })
            : (0,deploy_hosts/* planFromHostState */.Dt)(fleet.plans.get(host.instanceId), before.get(host.instanceId));
        if (plan)
            plans.set(host.instanceId, { ...plan, preferLocalImages: true, deployId: (0,deploy_hosts/* undoDeployId */.nf)(plan.deployId) });
        else
            noWayBack.push(host);
    }
    return { plans, noWayBack };
}
async function goBack(run, fleet, failure, previous, before) {
    const { settings, log } = run;
    const { reason, touched, problemOf } = failure;
    log.error(reason);
    const untouched = fleet.hosts.filter((h) => !touched.some((t) => t.instanceId === h.instanceId));
    if (touched.length === 0) {
        throw new DeployFailure(`${reason}; no host was changed.`, 'unchanged', reports('untouched', fleet.hosts));
    }
    if (settings.policy.failurePolicy === 'stop' || settings.signal?.aborted) {
        const why = settings.signal?.aborted ? 'the deploy was cancelled' : 'failure-policy is stop';
        throw new DeployFailure(`${reason}. Left as is (${why}): ${touched.length} host(s) tried the new release, ${untouched.length} did not; the fleet may be mixed.`, 'mixed', [...reports('unknown', touched, problemOf), ...reports('untouched', untouched)]);
    }
    const { plans, noWayBack } = wayBackPlans(fleet, touched, previous, before);
    const back = await (0,deploy_hosts/* rollOut */.Of)({
        label: 'Roll back batch',
        batches: (0,deploy_hosts/* planBatches */.un)(touched.filter((h) => plans.has(h.instanceId)), settings.policy.batchSize, false),
        sendsFor: (batch) => fleet.rolloutSends(batch, plans),
        runner: run.ports.hosts,
        comment: runComment(run, 'roll back from'),
        deadline: Math.max(run.deadline, run.now() + 10 * MINUTE),
        executionTimeoutSeconds: 600,
        log,
    });
    const stuck = [...back.failed.map((o) => o.host), ...back.notRun, ...noWayBack];
    if (stuck.length === 0) {
        throw new DeployFailure(`${reason}. Rolled back ${back.succeeded.length} host(s); the fleet is back on the previous release.`, 'rolled-back', [...reports('rolled-back', touched, problemOf), ...reports('untouched', untouched)]);
    }
    throw new DeployFailure(`${reason}. The roll back failed on ${stuck.map(deploy_hosts/* hostLabel */.vy).join(', ')}: the fleet is mixed, fix those hosts or deploy again.`, 'mixed', [
        ...reports('rolled-back', back.succeeded.map((o) => o.host), problemOf),
        ...reports('failed', stuck, (h) => {
            const failed = back.failed.find((o) => o.host.instanceId === h.instanceId);
            return failed ? (0,deploy_hosts/* describeFailure */.Ic)(failed) : 'no way back known (no previous document, no state read from the host)';
        }),
        ...reports('untouched', untouched),
    ]);
}

// EXTERNAL MODULE: ./src/stack/merge.ts
var merge = __webpack_require__(9604);
// EXTERNAL MODULE: ./src/deploy/merge-step.ts
var merge_step = __webpack_require__(6670);
;// CONCATENATED MODULE: ./src/deploy/targets/opsworks.ts
// The OpsWorks target: the document is the stack's Custom JSON with the new tags merged in (the one
// tag merge, src/stack/merge.ts, so pin-digest writes digests here too), the hosts are the stack's
// online instances. OpsWorks' own deployment runs first and must succeed; the stack's Custom JSON
// names the new tags only after every host read back well.





/** The built images as tag updates: the digest goes with each, for pin-digest. */
function tagUpdates(prepared) {
    return Object.entries(prepared.tags).map(([image, tag]) => {
        const digest = prepared.digests[image];
        return { image, tag, ...(digest ? { digest } : {}) };
    });
}
function opsworksTarget(settings, release, options) {
    const what = `the Custom JSON of OpsWorks stack ${settings.stackId}`;
    // The Custom JSON sent with OpsWorks' deployment: the stack's, with the new tags.
    let deployedCustomJson = '{}';
    function port() {
        if (!options.port || !settings.stackId) {
            throw new DeployFailure('target opsworks needs the stack-id input (and layer-ids or app-id)', 'unchanged');
        }
        return options.port;
    }
    async function customJson() {
        const stack = await port().describeStack(settings.stackId);
        const text = stack.customJson.trim() === '' ? '{}' : stack.customJson;
        try {
            JSON.parse(text);
        }
        catch (error) {
            throw new DeployFailure(`${what} is not valid JSON: ${(0,errors/* errorMessage */.g)(error)}`, 'unchanged');
        }
        return { name: stack.name, text };
    }
    return {
        async release(prepared, _given, log) {
            const stack = await customJson();
            deployedCustomJson = prepared ? (0,merge_step/* mergeIntoText */.E)(stack.text, tagUpdates(prepared), prepared.pinDigest === true, log).text : stack.text;
            return {
                document: options.planner.parseDocument(deployedCustomJson),
                previous: options.previous ?? options.planner.parseDocument(stack.text),
                stackName: stack.name || settings.stackName,
            };
        },
        async hosts(log) {
            const hosts = await port().onlineInstances(settings.stackId, settings.layerIds);
            if (hosts.length === 0) {
                const layers = settings.layerIds.length > 0 ? ` layers ${settings.layerIds.join(', ')}` : '';
                throw new DeployFailure(`No online instance in OpsWorks stack ${settings.stackId}${layers}`, 'unchanged');
            }
            log.info(`Hosts: ${hosts.map(deploy_hosts/* hostLabel */.vy).join(', ')}`);
            return hosts;
        },
        async beforeRollout(hosts, { deadline, log, outcome }) {
            const deploymentId = await port().createDeployment({
                stackId: settings.stackId,
                ...(settings.appId ? { appId: settings.appId } : {}),
                instanceIds: hosts.map((h) => h.opsworksInstanceId ?? h.instanceId),
                command: settings.command,
                comment: `berth ${release.kind} ${release.version} (${release.commit.slice(0, 12)})`,
                customJson: deployedCustomJson,
            });
            outcome.opsworksDeploymentId = deploymentId;
            log.info(`OpsWorks deployment ${deploymentId} (${settings.command.name}) created; waiting`);
            const waited = await port().waitDeployment(deploymentId, deadline);
            if (waited.status === 'successful')
                return;
            const lines = waited.commands
                .filter((c) => c.status !== 'successful')
                .map((c) => `${c.instanceId}: ${c.status}${c.logUrl ? ` (log: ${c.logUrl})` : ''}`);
            throw new DeployFailure(`OpsWorks deployment ${deploymentId} ${waited.status === 'timeout' ? 'did not finish in time' : 'failed'}; stopped before any rollout, the stack's Custom JSON is unchanged.${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`, 'unchanged');
        },
        async afterSuccess(prepared, log) {
            if (!prepared || Object.keys(prepared.tags).length === 0)
                return;
            // Re-read right before writing: someone may have changed other keys meanwhile.
            const fresh = await customJson();
            const merged = (0,merge/* mergeImageTags */.F)(fresh.text, tagUpdates(prepared), { pin: prepared.pinDigest === true });
            await port().updateStackCustomJson(settings.stackId, merged.text);
            const named = tagUpdates(prepared).map((u) => (prepared.pinDigest === true ? `${u.image}@${u.digest ?? ''}` : `${u.image}:${u.tag}`));
            log.info(`OpsWorks stack Custom JSON now names ${named.join(', ')}`);
        },
    };
}

;// CONCATENATED MODULE: ./src/deploy/targets/ssm.ts


function ssmTarget(settings, previous, runner) {
    return {
        async release(prepared, given) {
            const document = prepared?.document ?? given;
            if (!document)
                throw new DeployFailure('No Stack JSON to deploy (input stack-json)', 'unchanged');
            return { document, ...(previous ? { previous } : {}), stackName: settings.stackName };
        },
        async hosts(log) {
            let hosts;
            try {
                hosts = await (0,deploy_hosts/* resolveSsmHosts */.Nf)(runner, settings);
            }
            catch (error) {
                throw error instanceof deploy_hosts/* TargetsError */.xK ? new DeployFailure(error.message, 'unchanged') : error;
            }
            log.info(`Hosts: ${hosts.map(deploy_hosts/* hostLabel */.vy).join(', ')}`);
            return hosts;
        },
        beforeRollout: async () => undefined,
        afterSuccess: async () => undefined,
    };
}

;// CONCATENATED MODULE: ./src/deploy/targets/choose.ts


function chooseTarget(settings, ports) {
    const previous = settings.previousDocument;
    if (settings.target.kind === 'opsworks') {
        return opsworksTarget(settings.target, settings.release, { port: ports.opsworks, planner: ports.planner, previous });
    }
    return ssmTarget(settings.target, previous, ports.hosts);
}

;// CONCATENATED MODULE: ./src/deploy/pipeline.ts
// `deploy` (and `rollback`, which is a deploy of a recorded release) end to end, as the list of its
// steps. Every outside call goes through a port; the target (SSM or OpsWorks) is chosen once; the
// outcome says success only after the read back agrees.













async function runDeploy(settings, ports, log) {
    const run = startRun(settings, ports, log);
    const lock = await takeLock(run);
    if (!lock)
        return run.outcome;
    const records = {};
    try {
        // Inside the try: whatever the callback does, the lock is released below.
        ports.onLockTaken?.({ name: lock.name, deployId: settings.release.deployId });
        await deployLocked(run, records);
    }
    catch (error) {
        stopped(run, error);
    }
    finally {
        await finishRecords(run, records);
        await releaseLock(run, lock);
    }
    return run.outcome;
}
async function deployLocked(run, records) {
    const release = await prepareRelease(run);
    await startRecords(run, records);
    const staged = await stageSecrets(run, release);
    const ready = await preflight(run, await run.target.hosts(run.log));
    const fleet = planFleet(run, ready, staged);
    const rollout = await prepareRollout(run, fleet, staged.previous !== undefined);
    await run.target.beforeRollout(fleet.hosts, run);
    const failure = (await rollOutBatches(run, fleet, rollout)) ?? (await readBackFleet(run, fleet));
    if (failure)
        await goBack(run, fleet, failure, staged.previous, rollout.before);
    await run.target.afterSuccess(release.prepared, run.log);
    succeeded(run, fleet.hosts);
}
function startRun(settings, ports, log) {
    const now = ports.now ?? Date.now;
    const { release } = settings;
    return {
        settings,
        ports,
        log,
        target: chooseTarget(settings, ports),
        now,
        deadline: now() + settings.policy.timeoutMinutes * MINUTE,
        outcome: {
            status: 'failure',
            kind: release.kind,
            version: release.version,
            deployId: release.deployId,
            summary: '',
            fleet: 'unchanged',
            hosts: [],
            images: {},
            digests: {},
        },
    };
}
function succeeded(run, hosts) {
    const { outcome, settings } = run;
    outcome.status = 'success';
    outcome.fleet = 'updated';
    outcome.hosts = hosts.map((h) => ({ instanceId: h.instanceId, hostname: h.hostname, state: 'updated' }));
    outcome.summary = `${settings.release.kind === 'rollback' ? 'Rolled back to' : 'Deployed'} ${settings.release.version} on ${hosts.length} host(s); every host runs the planned images, healthy.`;
    run.log.info(outcome.summary);
}
/** The outcome of a deploy that stopped: as the step said (DeployFailure), or unexpected. */
function stopped(run, error) {
    const { outcome } = run;
    outcome.status = 'failure';
    if (error instanceof DeployFailure) {
        outcome.summary = error.message;
        outcome.fleet = error.fleet;
        if (error.hosts.length > 0)
            outcome.hosts = error.hosts;
    }
    else {
        outcome.summary = `The deploy stopped on an unexpected error: ${(0,errors/* errorMessage */.g)(error)}`;
        if (outcome.fleet === 'updated')
            outcome.fleet = 'unknown';
    }
    run.log.error(outcome.summary);
}

// EXTERNAL MODULE: ./src/stack/environment.ts
var environment = __webpack_require__(7569);
// EXTERNAL MODULE: ./src/stack/placeholders.ts
var placeholders = __webpack_require__(1716);
;// CONCATENATED MODULE: ./src/deploy/rollbar-deploys.ts
// Rollbar: which deploys a release reports (one per app and environment), their tokens resolved on
// the runner, and the notifier that fans the pipeline's one started/finished pair out to them.



/**
 * Which Rollbar deploys a release reports. Environment: the value of the definition's `env_var`
 * variable (own env over env_from's), else the deploy's environment. Token: the input, else the
 * definition's `access_token` (a `%{ssm:...}` reference is resolved later, on the runner).
 * With a token input and no definition asking for Rollbar, each app is still reported.
 */
function rollbarTargets(document, options) {
    const targets = [];
    const seen = new Set();
    const add = (app, environment, token) => {
        const key = JSON.stringify([app, environment]);
        if (seen.has(key))
            return;
        seen.add(key);
        targets.push({ app, environment, token });
    };
    const input = options.tokenInput ? { kind: 'literal', value: options.tokenInput } : undefined;
    for (const [app, settings] of Object.entries(document.deploy)) {
        let reported = false;
        for (const group of settings.containers) {
            for (const definition of Object.values(group)) {
                const rollbar = definition.notifications?.rollbar;
                if (!rollbar)
                    continue;
                const own = rollbar.access_token.trim();
                const reference = (0,placeholders/* ssmReference */.rI)(own);
                const token = input ?? (reference !== undefined ? { kind: 'ssm', name: reference } : own ? { kind: 'literal', value: own } : undefined);
                if (!token)
                    continue;
                const inherited = definition.env_from ? ((0,environment/* findDefinition */.Jn)(document, app, definition.env_from)?.env ?? {}) : {};
                const env = { ...inherited, ...definition.env };
                const fromVar = rollbar.env_var ? env[rollbar.env_var] : undefined;
                add(app, fromVar !== undefined && String(fromVar).trim() !== '' ? String(fromVar) : options.environment, token);
                reported = true;
            }
        }
        if (!reported && input)
            add(app, options.environment, input);
    }
    return targets;
}
/** Resolves `%{ssm:...}` tokens on the runner. A token that cannot be read skips that report, with a warning. */
async function resolveRollbarTargets(targets, parameters, log) {
    const resolved = [];
    for (const target of targets) {
        let token;
        if (target.token.kind === 'literal')
            token = target.token.value;
        else {
            try {
                token = await parameters.get(target.token.name, true);
                if (token === undefined)
                    log.warn(`Rollbar: parameter ${target.token.name} (access token of app "${target.app}") does not exist; not reporting this deploy to Rollbar.`);
            }
            catch (error) {
                log.warn(`Rollbar: could not read parameter ${target.token.name} (${(0,errors/* errorMessage */.g)(error)}); not reporting app "${target.app}" to Rollbar.`);
            }
        }
        if (token) {
            log.secret(token);
            resolved.push({ app: target.app, environment: target.environment, token });
        }
    }
    return resolved;
}
/**
 * A DeployNotifier that turns the pipeline's one started/finished pair into one Rollbar deploy per
 * app and environment, with the commit SHA as revision and "subject (actor)" as comment, and keeps
 * what it did for the job summary.
 */
function fanOutNotifier(inner, targets, info) {
    const activity = targets.map((t) => ({ app: t.app, environment: t.environment, status: 'not reported' }));
    const notifier = {
        async started() {
            for (const [i, target] of targets.entries()) {
                const id = await inner.started({ token: target.token, environment: target.environment, ...info });
                const entry = activity[i];
                if (entry) {
                    entry.status = id === undefined ? 'not reported' : 'started';
                    if (id !== undefined)
                        entry.deployId = id;
                }
            }
            return targets.length > 0 ? 'fan-out' : undefined;
        },
        async finished(input) {
            for (const [i, target] of targets.entries()) {
                const entry = activity[i];
                await inner.finished({
                    token: target.token,
                    deployId: entry?.deployId,
                    environment: target.environment,
                    ...info,
                    status: input.status,
                });
                if (entry)
                    entry.status = input.status;
            }
        },
    };
    // The pipeline calls the notifier only when it has a token; any of ours will do to say "yes".
    return { notifier, activity, anyToken: targets[0]?.token ?? '' };
}

// EXTERNAL MODULE: ./src/deploy/summary-model.ts
var summary_model = __webpack_require__(8303);
// EXTERNAL MODULE: ./src/app/inputs.ts + 1 modules
var app_inputs = __webpack_require__(9092);
// EXTERNAL MODULE: ./src/app/settings.ts
var app_settings = __webpack_require__(2326);
;// CONCATENATED MODULE: ./src/app/release.ts
// The part every release shares, deploy or rollback: observe the hosts and the lock (for the summary),
// fan out to Rollbar, build the pipeline's settings, run the pipeline (src/deploy/pipeline.ts) and
// build the summary's model, naming what ran before from the hosts' records where only a digest is known.









/** Registers every secret input with the log, so none is ever printed. */
function maskSecrets(inputs, log) {
    for (const value of (0,app_inputs/* secretInputValues */.fl)(inputs))
        log.secret(value);
}
async function runRelease(request, ports, log) {
    const { inputs, context, document, release } = request;
    const now = ports.now ?? Date.now;
    const hosts = (0,observe/* observeHostRunner */.VL)(ports.hosts, now);
    const parameters = (0,observe/* observeLock */.i4)(ports.parameters, inputs.lockName, now);
    // Rollbar: one deploy per app and environment of the document; tokens resolved on the runner.
    const rollbarDeploys = document
        ? await resolveRollbarTargets(rollbarTargets(document, { environment: inputs.environment, tokenInput: inputs.rollbarToken }), parameters.parameters, log)
        : [];
    const rollbar = fanOutNotifier(createRollbarNotifier({ endpoint: inputs.rollbarEndpoint, log, ...(ports.rollbarFetch ? { fetch: ports.rollbarFetch } : {}) }), rollbarDeploys, { revision: release.commit, comment: request.rollbarComment, localUsername: context.actor });
    const { ssmTarget, policy, host } = (0,app_settings/* fleetSettings */.E0)(inputs, document, ports.env ?? process.env);
    const settings = {
        release,
        target: release.kind === 'rollback' ? ssmTarget : (0,app_settings/* targetSettings */.FG)(inputs, ssmTarget),
        policy: { ...policy, ...request.policy },
        host,
        ...(document ? { document } : {}),
        ...(rollbarDeploys.length > 0 ? { rollbarToken: rollbar.anyToken } : {}),
        ...(ports.signal ? { signal: ports.signal } : {}),
    };
    const deploy = request.runDeploy ?? runDeploy;
    const outcome = await deploy(settings, {
        hosts: hosts.runner,
        parameters: parameters.parameters,
        planner: request.planner,
        ...(request.opsworks ? { opsworks: request.opsworks } : {}),
        ...(request.build ? { build: request.build } : {}),
        ...(rollbarDeploys.length > 0 ? { notifier: rollbar.notifier } : {}),
        ...(ports.recorder ? { recorder: completingRecorder(ports.recorder, request.deployed) } : {}),
        ...(ports.onLockTaken ? { onLockTaken: ports.onLockTaken } : {}),
        ...(ports.onRecordStarted ? { onRecordStarted: ports.onRecordStarted } : {}),
        now,
    }, log);
    const deployed = outcome.document ?? request.deployed();
    const summary = {
        outcome,
        observed: hosts.results,
        environment: inputs.environment,
        commit: release.commit,
        seconds: (now() - request.started) / 1000,
        rollbar: rollbar.activity,
        lock: parameters.lock,
        ...(request.rollbackFrom ? { rollbackFrom: request.rollbackFrom } : {}),
        ...(request.previousImages ? { previousImages: request.previousImages } : {}),
    };
    // What ran before, by name: the hosts' records, when their state gave only a digest.
    const model = deployed
        ? await (0,host_history/* summaryNamingBefore */.SS)(summary, ports.hosts, request.planner, { deployId: outcome.deployId, document: deployed, settings, now }, log)
        : (0,summary_model/* summaryModel */.cT)(summary);
    return { outcome, model, document: deployed };
}


/***/ }),

/***/ 2326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ fleetSettings),
/* harmony export */   FG: () => (/* binding */ targetSettings),
/* harmony export */   Ue: () => (/* binding */ awsRegion)
/* harmony export */ });
/* unused harmony export FALLBACK_REGION */
/* harmony import */ var _stack_manual_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4720);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9092);


/** The region when neither the input nor the environment names one. */
const FALLBACK_REGION = 'us-east-1';
/**
 * The AWS region of every client and of the hosts' AWS CLI: the aws-region input (CLI: --aws-region),
 * else AWS_REGION (what the AWS SDK reads), else AWS_DEFAULT_REGION (what the AWS CLI reads), else us-east-1.
 */
function awsRegion(given, env = process.env) {
    return given || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || FALLBACK_REGION;
}
/** What a deploy and a rollback take alike from the inputs: the SSM targets, the policy, the hosts' settings. */
function fleetSettings(inputs, document, env = process.env) {
    // A misspelt `manual` name would redeploy nothing: it must name manual definitions of the document.
    const problems = document ? (0,_stack_manual_js__WEBPACK_IMPORTED_MODULE_0__/* .manualInputProblems */ .n)(document, inputs.manual) : [];
    if (problems.length > 0)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Invalid action inputs:\n- ${problems.join('\n- ')}`);
    return {
        ssmTarget: { kind: 'ssm', instanceIds: inputs.instanceIds, tags: inputs.targets, stackName: inputs.stackName },
        policy: {
            batchSize: inputs.batchSize,
            failurePolicy: inputs.failurePolicy,
            timeoutMinutes: inputs.timeoutMinutes,
            force: inputs.force,
            manual: inputs.manual,
            lockName: inputs.lockName,
            lockWaitSeconds: inputs.lockWaitSeconds,
        },
        host: {
            secretsPrefix: inputs.secretsPrefix,
            hostRoot: inputs.hostRoot,
            keepImages: inputs.keepImages,
            ...(inputs.database && document
                ? { databases: Object.fromEntries(Object.keys(document.deploy).map((app) => [app, inputs.database ?? {}])) }
                : {}),
            dataVolumeImage: inputs.dataVolumeImage,
            region: awsRegion(inputs.awsRegion, env),
            ...(inputs.hostAwsEndpoint ? { hostAwsEndpoint: inputs.hostAwsEndpoint } : {}),
        },
    };
}
/** The hosts a deploy goes to: the SSM targets, or the OpsWorks stack's instances. */
function targetSettings(inputs, ssmTarget) {
    if (inputs.target !== 'opsworks')
        return ssmTarget;
    return {
        kind: 'opsworks',
        stackId: inputs.stackId,
        ...(inputs.appId ? { appId: inputs.appId } : {}),
        layerIds: inputs.layerIds,
        command: { name: inputs.opsworksCommand || 'deploy' },
        stackName: inputs.stackName,
    };
}


/***/ }),

/***/ 4033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsClientSettings: () => (/* binding */ awsClientSettings),
/* harmony export */   awsPorts: () => (/* binding */ awsPorts),
/* harmony export */   dockerBuildPorts: () => (/* binding */ dockerBuildPorts),
/* harmony export */   gitHubRecorder: () => (/* binding */ gitHubRecorder),
/* harmony export */   opsWorks: () => (/* binding */ opsWorks),
/* harmony export */   parameterStore: () => (/* binding */ parameterStore),
/* harmony export */   releasePorts: () => (/* binding */ releasePorts)
/* harmony export */ });
/* harmony import */ var _host_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1702);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3964);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2326);



/** Region and endpoint override of every AWS client. */
function awsClientSettings(inputs, env = process.env) {
    return { region: (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .awsRegion */ .Ue)(inputs.awsRegion, env), ...(inputs.awsEndpoint ? { endpoint: inputs.awsEndpoint } : {}) };
}
/** Parameter Store alone (unlock, export, the post step). */
async function parameterStore(client) {
    const [{ createSsmClient }, { createParameterStore }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(859), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 2796)),
        Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(138)]).then(__webpack_require__.bind(__webpack_require__, 2138)),
    ]);
    return createParameterStore(createSsmClient(client));
}
/** OpsWorks alone (export of a live stack). */
async function opsWorks(client, pollIntervalMs) {
    const [{ createOpsWorksClient }, { createOpsWorks }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(859), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 2796)),
        Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(859), __webpack_require__.e(824)]).then(__webpack_require__.bind(__webpack_require__, 7824)),
    ]);
    return createOpsWorks(createOpsWorksClient(client), { pollIntervalMs });
}
/** SSM Run Command, Parameter Store and (target opsworks) OpsWorks for the inputs. */
async function awsPorts(inputs, log) {
    const { deploySsmClients } = await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(859), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 2796));
    const { createSsmCommandPort } = await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(859), __webpack_require__.e(901)]).then(__webpack_require__.bind(__webpack_require__, 9282));
    const { createParameterStore } = await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(138)]).then(__webpack_require__.bind(__webpack_require__, 2138));
    const { createHostRunner } = await __webpack_require__.e(/* import() */ 408).then(__webpack_require__.bind(__webpack_require__, 408));
    const client = awsClientSettings(inputs);
    // Patient throttling retries for SSM (src/adapters/retry.ts) rather than the SDK's modes: berth makes
    // few calls, so adaptive's client-side rate cap only slows SendCommand when others throttle the
    // account, and standard's growing waits and retry quota slow a throttled fleet deploy down or fail it
    // (measured with bench/fleet.ts, 30% of all calls throttled: numbers in its header).
    const { ssm, pollClient } = deploySsmClients({
        ...client,
        pollIntervalMs: inputs.pollIntervalSeconds * 1000,
        timeoutMs: inputs.timeoutMinutes * 60_000,
    });
    const hosts = createHostRunner(createSsmCommandPort(ssm, { pollClient }), {
        pollIntervalMs: inputs.pollIntervalSeconds * 1000,
        parseResult: _host_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseHostResult */ .Bp,
        ...(inputs.cloudwatchLogGroup ? { cloudWatchLogGroup: inputs.cloudwatchLogGroup } : {}),
        warn: (message) => log.warn(message),
    });
    const opsworks = inputs.target === 'opsworks' ? await opsWorks(client, inputs.pollIntervalSeconds * 1000) : undefined;
    return { hosts, parameters: createParameterStore(ssm), ...(opsworks ? { opsworks } : {}) };
}
/** docker (a private DOCKER_CONFIG) and the registry client with the registry credentials. */
function dockerBuildPorts(inputs, log) {
    return async () => {
        const { DockerCli } = await __webpack_require__.e(/* import() */ 226).then(__webpack_require__.bind(__webpack_require__, 8226));
        const { RegistryClient } = await __webpack_require__.e(/* import() */ 389).then(__webpack_require__.bind(__webpack_require__, 9389));
        const docker = await DockerCli.create({ onLine: (line) => log.info(line) });
        const registry = new RegistryClient({
            ...(inputs.registryUsername ? { credentials: { username: inputs.registryUsername, password: inputs.registryPassword } } : {}),
            onRetry: (message) => log.warn(message),
        });
        return { docker, registry, log, dispose: () => docker.dispose() };
    };
}
/** GitHub Deployments of the run's repository; undefined without a github-token or a repository. */
async function gitHubRecorder(token, context) {
    if (!token || !context.owner)
        return undefined;
    const { createDeployRecorder, createGitHubApi } = await __webpack_require__.e(/* import() */ 401).then(__webpack_require__.bind(__webpack_require__, 2401));
    return createDeployRecorder(createGitHubApi({ baseUrl: context.apiUrl, token }), {
        owner: context.owner,
        repo: context.repo,
        ...(context.runUrl ? { logUrl: context.runUrl } : {}),
    });
}
/** Every real port of a deploy or a rollback: AWS, GitHub Deployments (given a token), git, docker for builds. */
async function releasePorts(inputs, context, log) {
    // A rollback always goes through SSM (it restores a Stack JSON): no OpsWorks client for it.
    const aws = await awsPorts(inputs.command === 'rollback' ? { ...inputs, target: 'ssm' } : inputs, log);
    const recorder = await gitHubRecorder(inputs.githubToken, context);
    return {
        ...aws,
        ...(recorder ? { recorder } : {}),
        readAtCommit: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__.gitReader)(context.workspace),
        buildPorts: dockerBuildPorts(inputs, log),
    };
}


/***/ }),

/***/ 3469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ definitionImages),
/* harmony export */   k: () => (/* binding */ documentHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// What identifies a deployed document in the records: its hash (formatting never changes it) and the
// image each definition runs.

/** sha256 of the document as canonical JSON (keys sorted), so formatting never changes it. */
function documentHash(document) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(document)).digest('hex');
}
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/** app/definition -> the image reference it runs (`repo:tag`, or `repo@sha256:...` when the tag holds a digest). */
function definitionImages(document) {
    const images = {};
    for (const [app, settings] of Object.entries(document.deploy)) {
        for (const group of settings.containers) {
            for (const [name, definition] of Object.entries(group)) {
                const tag = definition.tag;
                images[`${app}/${name}`] = tag.startsWith('sha256:') ? `${definition.image}@${tag}` : `${definition.image}:${tag}`;
            }
        }
    }
    return images;
}


/***/ }),

/***/ 9020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ summaryNamingBefore),
/* harmony export */   rt: () => (/* binding */ readHostHistory)
/* harmony export */ });
/* unused harmony exports targetHosts, historyPlan, releasesBefore, agreedReleases, releasesBeforeDeploy */
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2140);
/* harmony import */ var _host_sends_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9747);
/* harmony import */ var _summary_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8303);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);




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
 * Sends the `history` command to the hosts and waits for their answers. The only use of the
 * HostRunner outside the pipeline, so a change of its request shape is adopted here alone.
 */
async function sendHistory(runner, planner, hosts, read, log) {
    const now = read.now ?? Date.now;
    const createdAt = new Date(now()).toISOString();
    return log.group(`Read the releases ${hosts.length} host(s) recorded`, () => runner.run({
        sends: (0,_host_sends_js__WEBPACK_IMPORTED_MODULE_2__/* .hostSends */ .q)(planner, 'history', hosts, (host) => planner.encodePlan(historyPlan(host, read, createdAt))),
        comment: `berth history ${read.environment}`,
        deadline: read.deadline,
        executionTimeoutSeconds: 120,
        onProgress: (host, status) => log.info(`${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .hostLabel */ .vy)(host)}: ${status}`),
        ...(read.signal ? { signal: read.signal } : {}),
    }));
}
/** Reads every target host's records and keeps the releases all of them can restore. */
async function readHostHistory(runner, planner, query, log) {
    const hosts = await targetHosts(runner, query.ssmTargets);
    const outcomes = await sendHistory(runner, planner, hosts, query, log);
    return { hosts, ...agreedReleases(hosts, outcomes) };
}
/**
 * Per instance id, what each host ran before the deploy `deployId`: the newest plan it recorded that
 * is not that deploy's (the deploy's own rollout and its undo are both recorded under its id).
 * Hosts without a readable answer are left out. For the job summary's "before" column.
 */
async function releasesBefore(runner, planner, hosts, read, log) {
    if (hosts.length === 0)
        return {};
    const outcomes = await sendHistory(runner, planner, hosts, read, log);
    const answered = [];
    for (const outcome of outcomes) {
        const history = outcome.result?.mode === 'history' && (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .succeeded */ .gq)(outcome) ? outcome.result.history : undefined;
        if (Array.isArray(history))
            answered.push({ instanceId: outcome.host.instanceId, plans: recordedPlans(history.filter(isEntry)) });
    }
    // Undone deploys ran something else than their name says; this deploy's own runs come after "before".
    const skip = undoneDeploys(answered.map((a) => a.plans)).add(read.deployId);
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
        const history = outcome.result?.mode === 'history' ? outcome.result.history : undefined;
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
        }
        if (everywhere)
            agreed.push({ plan, rank });
    }
    agreed.sort((a, b) => a.rank - b.rank || (a.plan.at === b.plan.at ? 0 : a.plan.at < b.plan.at ? 1 : -1));
    const releases = agreed.map(({ plan }) => ({
        release: plan.release,
        images: plan.images,
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
 * For a deploy's job summary: what each host ran before the deploy, by name, read from the hosts'
 * records after the deploy (a digest is all the hosts' state says). Never fails the deploy: on any
 * error the summary keeps its digests, and the log says why.
 */
async function releasesBeforeDeploy(runner, planner, input, log) {
    const { settings } = input;
    // OpsWorks: writing the stack's Custom JSON is the deploy's last act; no command goes to the hosts after it.
    if (input.hosts.length === 0 || settings.signal?.aborted || settings.target.kind === 'opsworks')
        return {};
    const now = input.now ?? Date.now;
    try {
        return await releasesBefore(runner, planner, input.hosts.map((h) => ({ instanceId: h.instanceId, hostname: h.hostname, publicIp: '' })), {
            apps: Object.keys(input.document.deploy),
            hostRoot: settings.host.hostRoot,
            environment: settings.release.environment,
            actor: settings.release.actor,
            region: settings.host.region,
            deadline: now() + 60_000,
            deployId: input.deployId,
            now,
        }, log);
    }
    catch (error) {
        log.info(`The summary shows digests for what ran before: the hosts' records could not be read (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(error)})`);
        return {};
    }
}
/**
 * The job summary's model, with what ran before named from the hosts' own records where the hosts'
 * state gave only a digest: one extra history command, to those hosts only (deploy and rollback alike).
 */
async function summaryNamingBefore(input, runner, planner, read, log) {
    const model = (0,_summary_model_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryModel */ .cT)(input);
    const unnamed = (0,_summary_model_js__WEBPACK_IMPORTED_MODULE_0__/* .hostsWithoutNames */ .UZ)(model);
    if (unnamed.length === 0)
        return model;
    const hosts = input.outcome.hosts.filter((h) => unnamed.includes(h.instanceId));
    return (0,_summary_model_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryModel */ .cT)({ ...input, previousByHost: await releasesBeforeDeploy(runner, planner, { ...read, hosts }, log) });
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
/* harmony export */   Dt: () => (/* binding */ planFromHostState),
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
/** Old cookbook: the migration ran on the alphabetically first instance. Keep that order. */
function rolloutOrder(hosts) {
    return [...hosts].sort((a, b) => a.hostname.localeCompare(b.hostname) || a.instanceId.localeCompare(b.instanceId));
}
/**
 * The migration host first and alone (when there is a migration), then the others in batches of
 * `batchSize`. Hosts come in rollout order.
 */
function planBatches(hosts, batchSize, migrationFirst) {
    const size = Math.max(1, Math.floor(batchSize));
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
        if (report.failed.length > 0 || report.cancelled || input.signal?.aborted) {
            report.cancelled ||= input.signal?.aborted === true;
            report.notRun.push(...batch);
            continue;
        }
        const title = `${input.label} ${index + 1}/${input.batches.length}: ${batch.map((h) => h.hostname || h.instanceId).join(', ')}`;
        const outcomes = await input.log.group(title, () => input.runner.run({
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
        for (const failure of report.failed)
            input.log.error(describeFailure(failure));
    }
    return report;
}
/**
 * The deploy id of the way back after a failed deploy: the host records the plan it ran under this id,
 * so its history can tell the way back (what ran before) from the failed deploy's own rollout.
 */
const UNDO_SUFFIX = '~undo';
function undoDeployId(deployId) {
    return `${deployId}${UNDO_SUFFIX}`;
}
/**
 * The plan that puts a host back where it was, from what it ran before this deploy (a `state` run
 * with the new plan, before the rollout): each definition on the image its copies ran (the digest
 * the host reported), definitions it did not run left out (the host removes them), no migration,
 * local images first. Used when no previous document is known. Undefined when the state is unknown.
 */
function planFromHostState(plan, before) {
    if (!before)
        return undefined;
    const definitions = [];
    for (const def of plan.definitions) {
        if (def.mode === 'cron') {
            definitions.push(def);
            continue;
        }
        const copy = before.copies.find((c) => c.definition === def.name && c.health !== 'missing');
        if (!copy)
            continue;
        // Same hash as the running copies: the host leaves them alone.
        if (copy.action === 'unchanged') {
            definitions.push(def);
            continue;
        }
        const image = copy.imageDigest || copy.image;
        definitions.push({ ...def, image, hash: `${def.hash}~${image}`, redeploy: false });
    }
    const { migration: _migration, ...rest } = plan;
    return { ...rest, definitions, preferLocalImages: true, force: false };
}


/***/ }),

/***/ 4332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ acquireLock),
/* harmony export */   Nq: () => (/* binding */ clearLock),
/* harmony export */   Rk: () => (/* binding */ LockHeldError),
/* harmony export */   releaseLock: () => (/* binding */ releaseLock),
/* harmony export */   sG: () => (/* binding */ describeHolder)
/* harmony export */ });
/* unused harmony export parseHolder */
class LockHeldError extends Error {
    lockName;
    holder;
    name = 'LockHeldError';
    constructor(lockName, holder, waitedSeconds) {
        super(`The deploy lock ${lockName} is held${holder ? ` by ${describeHolder(holder)}` : ''}; waited ${waitedSeconds} s (input lock-wait-seconds). ` +
            `If that deploy is over and the lock is stale, run the unlock command (berth unlock, or the action with command: unlock).`);
        this.lockName = lockName;
        this.holder = holder;
    }
}
function describeHolder(holder) {
    return `${holder.who || 'someone'} since ${holder.when || '?'} deploying ${holder.version || '?'}${holder.runUrl ? ` (${holder.runUrl})` : ''}`;
}
function parseHolder(text) {
    if (text === undefined)
        return undefined;
    try {
        const value = JSON.parse(text);
        return {
            who: String(value.who ?? ''),
            when: String(value.when ?? ''),
            version: String(value.version ?? ''),
            runUrl: String(value.runUrl ?? ''),
            deployId: String(value.deployId ?? ''),
        };
    }
    catch {
        return { who: text, when: '', version: '', runUrl: '', deployId: '' };
    }
}
/** Takes the lock, waiting at most `waitSeconds` for a holder to let go; throws LockHeldError naming the holder. */
async function acquireLock(store, name, holder, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const started = now();
    let lastHolder;
    for (;;) {
        if (await store.putIfAbsent(name, JSON.stringify(holder))) {
            return { name, holder, release: () => releaseLock(store, name, holder.deployId) };
        }
        const current = parseHolder(await store.get(name, false));
        const waited = (now() - started) / 1000;
        if (waited >= options.waitSeconds || options.signal?.aborted) {
            throw new LockHeldError(name, current, Math.round(waited));
        }
        const shown = current ? JSON.stringify(current) : '';
        if (shown !== lastHolder) {
            options.onWait?.(current);
            lastHolder = shown;
        }
        const retry = (options.retrySeconds ?? 5) * 1000;
        await sleep(Math.max(0, Math.min(retry, options.waitSeconds * 1000 - (now() - started))));
    }
}
/** Deletes the lock if this deploy still holds it. Returns false when another deploy holds it now. */
async function releaseLock(store, name, deployId) {
    const current = parseHolder(await store.get(name, false));
    if (!current)
        return true;
    if (current.deployId !== deployId)
        return false;
    await store.delete(name);
    return true;
}
/** `unlock`: clears the lock whoever holds it; returns the holder it removed, if any. */
async function clearLock(store, name) {
    const current = parseHolder(await store.get(name, false));
    if (current)
        await store.delete(name);
    return current;
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ mergeIntoText),
/* harmony export */   h: () => (/* binding */ updatesFromBuiltImages)
/* harmony export */ });
/* harmony import */ var _stack_merge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9604);
// The merge step of `deploy`: write the freshly built tags (or digests) into the Stack JSON text. The text edit itself is the core's (src/stack/merge.ts): every other byte stays.

/** The deployed tag of each built image (its first tag) and its pushed digest. */
function updatesFromBuiltImages(images) {
    return images.map((built) => ({ image: built.image, tag: built.tags[0] ?? '', digest: built.digest }));
}
/**
 * Merges into a document's text (a Stack JSON file or an OpsWorks Custom JSON string) and warns for
 * built images no definition uses. With `pin`, definitions get `image@digest` instead of a tag.
 */
function mergeIntoText(text, updates, pin, log) {
    for (const update of updates) {
        if (pin && !update.digest)
            throw new Error(`Cannot pin ${update.image}: its digest is unknown.`);
        if (!pin && !update.tag)
            throw new Error(`No tag to merge for ${update.image}.`);
    }
    const result = (0,_stack_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeImageTags */ .F)(text, updates, { pin });
    for (const image of result.unusedImages) {
        log.warn(`Built image ${image} is used by no definition of the Stack JSON; it was pushed but will not be deployed.`);
    }
    const what = updates.map((u) => (pin ? `${u.image}@${u.digest ?? ''}` : `${u.image}:${u.tag}`)).join(', ');
    const where = result.changed.map(({ app, definition }) => `${app}/${definition}`).join(', ');
    log.info(`Stack JSON: ${result.changed.length} definition(s) set to ${what}${where ? `: ${where}` : ''}.`);
    return result;
}


/***/ }),

/***/ 2079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ describeLock),
/* harmony export */   VL: () => (/* binding */ observeHostRunner),
/* harmony export */   i4: () => (/* binding */ observeLock)
/* harmony export */ });
function observeHostRunner(inner, now = Date.now) {
    const results = [];
    return {
        results,
        runner: {
            resolveTargets: (targets) => inner.resolveTargets(targets),
            async run(request) {
                const outcomes = await inner.run(request);
                for (const outcome of outcomes)
                    results.push({ at: now(), outcome });
                return outcomes;
            },
        },
    };
}
/** Watches the lock parameter go by: how long the deploy waited for it, and that it was released. */
function observeLock(inner, lockName, now = Date.now) {
    const lock = { name: lockName, attempts: 0 };
    return {
        lock,
        parameters: {
            putSecure: (name, value, overwrite) => inner.putSecure(name, value, overwrite),
            get: (name, decrypt) => inner.get(name, decrypt),
            getMany: (names, decrypt) => inner.getMany(names, decrypt),
            async putIfAbsent(name, value) {
                const taken = await inner.putIfAbsent(name, value);
                if (name === lockName) {
                    lock.attempts++;
                    lock.firstAttemptAt ??= now();
                    if (taken)
                        lock.acquiredAt = now();
                }
                return taken;
            },
            async delete(name) {
                await inner.delete(name);
                if (name === lockName)
                    lock.releasedAt = now();
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
    return `${lock.name}: ${taken}, ${lock.releasedAt !== undefined ? 'released' : 'NOT released (run berth unlock if it stays)'}`;
}


/***/ }),

/***/ 8303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UZ: () => (/* binding */ hostsWithoutNames),
/* harmony export */   cT: () => (/* binding */ summaryModel)
/* harmony export */ });
/* unused harmony exports versionOf, isDigestLabel, summaryHosts */
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
// says so: a successful rollout that replaced, started, restarted or kept it, or a state read that
// found it unchanged. Elsewhere only the running image's digest is known.
const RUNS_PLANNED = new Set(['replaced', 'started', 'restarted', 'unchanged']);
function runsPlanned(copy, result) {
    if (copy.health === 'missing')
        return false;
    if (copy.action === 'unchanged')
        return true;
    return result.mode === 'rollout' && result.ok && RUNS_PLANNED.has(copy.action);
}
function shortDigest(digest) {
    const match = /sha256:[0-9a-f]{12}/.exec(digest);
    return match ? `${match[0]}…` : undefined;
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
        const rollouts = results.filter((r) => r.mode === 'rollout');
        const firstRollout = results.findIndex((r) => r.mode === 'rollout');
        const beforeState = results
            .slice(0, firstRollout < 0 ? results.length : firstRollout)
            .filter((r) => r.copies.length > 0)
            .at(0);
        const lastRollout = rollouts.at(-1);
        const lastRolloutIndex = lastRollout ? results.lastIndexOf(lastRollout) : -1;
        // A state read counts as "after" only when it came after the host's last rollout.
        const afterState = results
            .slice(lastRolloutIndex + 1)
            .reverse()
            .find((r) => r.mode === 'state') ??
            lastRollout ??
            beforeState;
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
                    const proved = acted.find((a) => a.name === c.name && lastRollout?.ok && ['replaced', 'started', 'restarted'].includes(a.action));
                    return proved ? proved.health : c.health;
                })),
                action: summarize(acted.map((c) => c.action)),
                ...(started.length > 0 ? { seconds: Math.max(...started) } : {}),
            };
        });
        const failure = [...rollouts].reverse().find((r) => r.failure)?.failure;
        const seconds = rollouts.reduce((sum, r) => sum + (r.timings?.totalSeconds ?? 0), 0);
        return {
            hostname: host.hostname,
            instanceId: host.instanceId,
            state: host.state,
            ...(rollouts.length > 0 ? { seconds } : {}),
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
    };
}
/** The hosts whose "before" is only a digest (or unknown) somewhere: their own records may name it. */
function hostsWithoutNames(model) {
    return model.hosts.filter((host) => host.definitions.some((d) => isDigestLabel(d.before))).map((host) => host.instanceId);
}


/***/ }),

/***/ 1702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* reexport safe */ _command_js__WEBPACK_IMPORTED_MODULE_0__.$k),
/* harmony export */   Bp: () => (/* reexport safe */ _command_js__WEBPACK_IMPORTED_MODULE_0__.Bp),
/* harmony export */   q: () => (/* reexport safe */ _command_js__WEBPACK_IMPORTED_MODULE_0__.q)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7798);



/***/ })

};
