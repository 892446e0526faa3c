export const id = 758;
export const ids = [758,332,964];
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

/***/ 3514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QU: () => (/* binding */ maskSecrets),
  UP: () => (/* binding */ rollbarFanOut),
  T_: () => (/* binding */ runRelease)
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

// EXTERNAL MODULE: ./src/deploy/github-record.ts
var github_record = __webpack_require__(4264);
// EXTERNAL MODULE: ./src/deploy/host-history.ts
var host_history = __webpack_require__(9020);
// EXTERNAL MODULE: ./src/deploy/observe.ts
var observe = __webpack_require__(2079);
// EXTERNAL MODULE: ./src/deploy/pipeline.ts + 7 modules
var pipeline = __webpack_require__(6239);
// EXTERNAL MODULE: ./src/stack/environment.ts
var environment = __webpack_require__(7569);
// EXTERNAL MODULE: ./src/stack/placeholders.ts
var placeholders = __webpack_require__(1716);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
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









function checkpointHook(ports, policy, rollbar) {
    const hook = ports.onCheckpoint;
    return hook ? { onCheckpoint: (checkpoint) => hook({ ...checkpoint, policy, rollbar }) } : {};
}
/** Rollbar: one deploy per app and environment of the document; tokens resolved on the runner. */
async function rollbarFanOut(document, inputs, parameters, ports, log, info) {
    const deploys = document
        ? await resolveRollbarTargets(rollbarTargets(document, { environment: inputs.environment, tokenInput: inputs.rollbarToken }), parameters, log)
        : [];
    const fanOut = fanOutNotifier(createRollbarNotifier({ endpoint: inputs.rollbarEndpoint, log, ...(ports.rollbarFetch ? { fetch: ports.rollbarFetch } : {}) }), deploys, info);
    return { ...fanOut, deploys };
}
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
    const rollbar = await rollbarFanOut(document, inputs, parameters.parameters, ports, log, {
        revision: release.commit,
        comment: request.rollbarComment,
        localUsername: context.actor,
    });
    const rollbarDeploys = rollbar.deploys;
    const { ssmTarget, policy, host } = (0,app_settings/* fleetSettings */.E0)(inputs, document, ports.env ?? process.env);
    const settings = {
        release,
        target: release.kind === 'rollback' ? ssmTarget : (0,app_settings/* targetSettings */.FG)(inputs, ssmTarget),
        policy: { ...policy, ...request.policy },
        host,
        ...(document ? { document } : {}),
        ...(rollbarDeploys.length > 0 ? { rollbarToken: rollbar.anyToken } : {}),
        secretValues: [...(0,app_inputs/* secretInputValues */.fl)(inputs), ...rollbarDeploys.map((target) => target.token)],
        ...(ports.signal ? { signal: ports.signal } : {}),
    };
    const deploy = request.runDeploy ?? pipeline/* runDeploy */.zt;
    const outcome = await deploy(settings, {
        hosts: hosts.runner,
        parameters: parameters.parameters,
        planner: request.planner,
        ...(request.opsworks ? { opsworks: request.opsworks } : {}),
        ...(request.build ? { build: request.build } : {}),
        ...(rollbarDeploys.length > 0 ? { notifier: rollbar.notifier } : {}),
        ...(ports.recorder ? { recorder: (0,github_record/* completingRecorder */.$)(ports.recorder, request.deployed) } : {}),
        ...(ports.onLockTaken ? { onLockTaken: ports.onLockTaken } : {}),
        ...(ports.onRecordStarted ? { onRecordStarted: ports.onRecordStarted } : {}),
        ...checkpointHook(ports, settings.policy, rollbar.activity),
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

/***/ 5257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ trackCommands),
/* harmony export */   _M: () => (/* binding */ touch),
/* harmony export */   vk: () => (/* binding */ newCheckpoint)
/* harmony export */ });
/* unused harmony export stillRunningHosts */
function newCheckpoint(release) {
    return { release, phase: 'preparing', records: {}, touched: [], inFlight: [], sending: [] };
}
/** Adds hosts to `touched` (each once). */
function touch(checkpoint, hosts) {
    for (const host of hosts) {
        if (!checkpoint.touched.some((t) => t.instanceId === host.instanceId))
            checkpoint.touched.push(host);
    }
}
/**
 * The runner, keeping the checkpoint's in-flight commands: a send's hosts are `sending` until SSM
 * answers, then its command is in flight until the run ends. `save` is called after every change.
 */
function trackCommands(runner, checkpoint, save) {
    return {
        ...runner,
        async run(request) {
            const hosts = request.sends.flatMap((s) => s.hosts);
            const ids = new Set();
            checkpoint.sending.push(...hosts);
            save();
            const done = (sentHosts) => {
                for (const host of sentHosts) {
                    const at = checkpoint.sending.indexOf(host);
                    if (at >= 0)
                        checkpoint.sending.splice(at, 1);
                }
            };
            try {
                return await runner.run({
                    ...request,
                    onSent: (command) => {
                        request.onSent?.(command);
                        ids.add(command.commandId);
                        done(command.hosts);
                        checkpoint.inFlight.push(command);
                        save();
                    },
                });
            }
            finally {
                done(hosts);
                checkpoint.inFlight = checkpoint.inFlight.filter((c) => !ids.has(c.commandId));
                save();
            }
        },
    };
}
/** "docker1 (i-1), docker2 (i-2)" from the in-flight commands and unanswered sends. */
function stillRunningHosts(checkpoint) {
    const hosts = [...checkpoint.inFlight.flatMap((c) => c.hosts), ...checkpoint.sending];
    return hosts.filter((h, i) => hosts.findIndex((o) => o.instanceId === h.instanceId) === i);
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

/***/ 4457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ DeployFailure)
/* harmony export */ });
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


/***/ }),

/***/ 4264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ completingRecorder)
/* harmony export */ });
/* harmony import */ var _stack_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6325);
/* harmony import */ var _document_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3469);


/**
 * A recorder that fills the payload from the deployed document (hash, per-definition images),
 * whatever the caller put there, so the history always holds what a rollback needs.
 */
function completingRecorder(inner, document) {
    return {
        start: async (input) => {
            const doc = document();
            const payload = doc
                ? // Hashed with inline secrets as their references: the payload is readable by anyone with repo access.
                    {
                        ...input.payload,
                        documentHash: (0,_document_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .documentHash */ .k)((0,_stack_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .referencingSecrets */ .Us)(doc, '/')),
                        images: { ...input.payload.images, ...(0,_document_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .definitionImages */ .G)(doc) },
                    }
                : input.payload;
            return inner.start({ ...input, payload });
        },
        finish: (id, state, description) => inner.finish(id, state, description),
        history: (environment) => inner.history(environment),
    };
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
        if ((report.failed.length > 0 && !input.keepGoing) || report.cancelled || input.signal?.aborted) {
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
        for (const failure of outcomes.filter((o) => !succeeded(o)))
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

/***/ 4332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ resumeLock),
/* harmony export */   IZ: () => (/* binding */ acquireLock),
/* harmony export */   Nq: () => (/* binding */ clearLock),
/* harmony export */   Rk: () => (/* binding */ LockHeldError),
/* harmony export */   releaseLock: () => (/* reexport safe */ _lock_store_js__WEBPACK_IMPORTED_MODULE_2__.x_),
/* harmony export */   sG: () => (/* reexport safe */ _lock_record_js__WEBPACK_IMPORTED_MODULE_1__.sG),
/* harmony export */   yx: () => (/* reexport safe */ _lock_lease_js__WEBPACK_IMPORTED_MODULE_0__.yx)
/* harmony export */ });
/* unused harmony export extendLock */
/* harmony import */ var _lock_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(196);
/* harmony import */ var _lock_lease_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4527);
/* harmony import */ var _lock_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8720);






class LockHeldError extends Error {
    lockName;
    holder;
    name = 'LockHeldError';
    constructor(lockName, holder, waitedSeconds, now = Date.now()) {
        super(`The deploy lock ${lockName} is held${holder ? ` by ${(0,_lock_record_js__WEBPACK_IMPORTED_MODULE_1__/* .describeHolder */ .sG)(holder, now)}` : ''}; waited ${waitedSeconds} s (input lock-wait-seconds). ` +
            `If that deploy is over, the lock is taken over once it expires; to clear it now run the unlock command (berth unlock, or the action with command: unlock).`);
        this.lockName = lockName;
        this.holder = holder;
    }
}
/** Takes the lock, waiting at most `waitSeconds` for a holder to let go or expire; throws LockHeldError naming the holder. */
async function acquireLock(store, name, holder, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const expiryMs = (options.expirySeconds ?? _lock_lease_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCK_EXPIRY_SECONDS */ .cm) * 1000;
    const started = now();
    let lastShown;
    for (;;) {
        let state = await (0,_lock_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readLock */ .mF)(store, name);
        if (!(0,_lock_store_js__WEBPACK_IMPORTED_MODULE_2__/* .currentHolder */ .iC)(state, now())) {
            const previous = state.generations.at(-1)?.record;
            // `when` is when this deploy took it: the time it asked may be long before.
            const at = now();
            const taken = await takeNext(store, name, state, (0,_lock_record_js__WEBPACK_IMPORTED_MODULE_1__/* .newRecord */ .Mx)({ ...holder, when: new Date(at).toISOString() }, at + expiryMs));
            if (taken) {
                if (previous && previous.released === '')
                    options.onTakeover?.(previous);
                return new _lock_lease_js__WEBPACK_IMPORTED_MODULE_0__/* .LockLease */ .UZ(store, name, taken, {
                    now,
                    expiryMs,
                    marginMs: (options.marginSeconds ?? _lock_lease_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCK_MARGIN_SECONDS */ .Di) * 1000,
                });
            }
            state = await (0,_lock_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readLock */ .mF)(store, name);
        }
        const current = (0,_lock_store_js__WEBPACK_IMPORTED_MODULE_2__/* .currentHolder */ .iC)(state, now());
        const waited = (now() - started) / 1000;
        if (waited >= options.waitSeconds || options.signal?.aborted)
            throw new LockHeldError(name, current, Math.round(waited), now());
        // Someone took it and let go in between: try again at once.
        if (!current)
            continue;
        const shown = JSON.stringify(current);
        if (shown !== lastShown) {
            options.onWait?.(current);
            lastShown = shown;
        }
        const retry = (options.retrySeconds ?? 5) * 1000;
        await sleep(Math.max(0, Math.min(retry, options.waitSeconds * 1000 - (now() - started))));
    }
}
/** Creates the generation above the highest one seen; the lock is ours only if it is still the highest when read back. */
async function takeNext(store, name, seen, record) {
    const generation = (seen.generations.at(-1)?.generation ?? 0) + 1;
    const parameter = (0,_lock_record_js__WEBPACK_IMPORTED_MODULE_1__/* .generationParameter */ .Ms)(name, generation);
    if (!(await store.putIfAbsent(parameter, JSON.stringify(record))))
        return undefined;
    const after = await (0,_lock_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readLock */ .mF)(store, name);
    if (after.legacy === undefined && after.generations.at(-1)?.generation === generation) {
        await sweep(store, after, generation);
        return { generation, parameter, record };
    }
    // A higher generation this deploy read too late, or the previous release's lock: not ours to hold.
    await store.delete(parameter);
    return undefined;
}
/** Deletes the generations below the one just taken over (kept: whose it was). Best effort: leftovers are swept next time. */
async function sweep(store, state, taken) {
    for (const old of state.generations) {
        if (old.generation >= taken - 1)
            continue;
        await store.delete(old.parameter).catch(() => undefined);
    }
}
/**
 * The lock a stopped process of deploy `deployId` took, held again by the process that finishes that
 * deploy (the post step after a cancel), so it can renew and release it. Undefined when the lock is no
 * longer this deploy's (expired and taken over, cleared by unlock, released).
 */
async function resumeLock(store, name, deployId, now = Date.now) {
    const state = await (0,_lock_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readLock */ .mF)(store, name);
    const top = state.generations.at(-1);
    if (!top || (0,_lock_store_js__WEBPACK_IMPORTED_MODULE_2__/* .currentHolder */ .iC)(state, now())?.deployId !== deployId || top.record.deployId !== deployId)
        return undefined;
    return new _lock_lease_js__WEBPACK_IMPORTED_MODULE_0__/* .LockLease */ .UZ(store, name, top, { now, expiryMs: _lock_lease_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCK_EXPIRY_SECONDS */ .cm * 1000, marginMs: _lock_lease_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCK_MARGIN_SECONDS */ .Di * 1000 });
}
/**
 * Moves this deploy's expiry to `until` if it still holds the lock (the highest generation, not
 * released). Returns the record written, or why the lock is not this deploy's (a holder description).
 * The post step can use it to keep the lock while in-flight commands run.
 */
async function extendLock(store, name, deployId, until, now = Date.now()) {
    const state = await readLock(store, name);
    const top = state.generations.at(-1);
    if (!top || top.record.deployId !== deployId)
        return { notHeld: notOurs(state, now) };
    return renewGeneration(store, name, top, until, now);
}
/**
 * `unlock`: clears the lock whoever holds it, by creating a released generation above the highest one
 * (a holder still running sees it at its next renewal and stops), and deletes the previous release's
 * lock. Returns the holders it cleared (none when the lock was free).
 */
async function clearLock(store, name, now = Date.now) {
    for (let attempt = 0; attempt < 3; attempt++) {
        const state = await (0,_lock_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readLock */ .mF)(store, name);
        const cleared = [];
        if (state.legacy) {
            await store.delete(name);
            cleared.push(state.legacy);
        }
        const top = state.generations.at(-1);
        if (!top || top.record.released !== '')
            return cleared;
        const at = new Date(now()).toISOString();
        const tombstone = {
            who: 'unlock',
            when: at,
            version: '',
            runUrl: '',
            deployId: '',
            expires: at,
            released: at,
            releasedBy: 'unlock',
        };
        if (await store.putIfAbsent((0,_lock_record_js__WEBPACK_IMPORTED_MODULE_1__/* .generationParameter */ .Ms)(name, top.generation + 1), JSON.stringify(tombstone)))
            return [...cleared, top.record];
    }
    throw new Error(`The deploy lock ${name} changed hands three times while clearing it; run unlock again.`);
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ mergeAndReadBack),
/* harmony export */   Es: () => (/* binding */ mergeIntoText),
/* harmony export */   Uq: () => (/* binding */ readBackMerge),
/* harmony export */   hs: () => (/* binding */ updatesFromBuiltImages)
/* harmony export */ });
/* harmony import */ var _stack_merge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9604);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4457);
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
    const result = (0,_stack_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeImageTags */ .Fi)(text, updates, { pin });
    for (const image of result.unusedImages) {
        log.warn(`Built image ${image} is used by no definition of the Stack JSON; it was pushed but will not be deployed.`);
    }
    const what = updates.map((u) => (pin ? `${u.image}@${u.digest ?? ''}` : `${u.image}:${u.tag}`)).join(', ');
    const where = result.changed.map(({ app, definition }) => `${app}/${definition}`).join(', ');
    log.info(`Stack JSON: ${result.changed.length} definition(s) set to ${what}${where ? `: ${where}` : ''}.`);
    return result;
}
/**
 * The merged document as the deploy will run it (`parse` is the deploy's own parser), refused when
 * it does not name the images just built: the hosts must run what was merged. `updates` undefined
 * (nothing built) reads the document as is.
 */
function readBackMerge(document, updates, pin) {
    const mismatches = updates ? (0,_stack_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeMismatches */ .Nt)(document, updates, { pin }) : [];
    if (mismatches.length === 0)
        return document;
    const lines = mismatches.map((m) => `${m.app}/${m.definition} runs ${m.image}:${m.tag}, not the merged ${m.expected}`);
    throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployFailure */ .Q(`The merged Stack JSON does not name the images just built, so the hosts would not run what was merged (a duplicated "tag" or "image" key?): ${lines.join('; ')}. Nothing was deployed.`, 'unchanged');
}
/** Merges into the text and reads the result back with the deploy's parser (see readBackMerge). */
function mergeAndReadBack(text, updates, pin, log, parse) {
    const merged = mergeIntoText(text, updates, pin, log).text;
    return { text: merged, document: readBackMerge(parse(merged), updates, pin) };
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

/***/ 6239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zt: () => (/* binding */ runDeploy),
  AD: () => (/* binding */ startRun),
  ce: () => (/* binding */ stopped)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/deploy/cancel.ts
var cancel = __webpack_require__(5257);
// EXTERNAL MODULE: ./src/deploy/failure.ts
var failure = __webpack_require__(4457);
// EXTERNAL MODULE: ./src/deploy/run.ts
var deploy_run = __webpack_require__(114);
// EXTERNAL MODULE: ./src/deploy/steps/after-stop.ts + 1 modules
var after_stop = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/deploy/steps/lock.ts
var steps_lock = __webpack_require__(748);
// EXTERNAL MODULE: ./src/deploy/steps/plans.ts + 1 modules
var plans = __webpack_require__(6669);
// EXTERNAL MODULE: ./src/deploy/hosts.ts
var deploy_hosts = __webpack_require__(2140);
;// CONCATENATED MODULE: ./src/deploy/steps/preflight.ts



async function preflight(run, hosts) {
    const { ports, log } = run;
    const results = await log.group(`Preflight on ${hosts.length} host(s)`, () => ports.hosts.run({
        sends: [{ hosts, commands: ports.planner.hostCommands('preflight') }],
        comment: (0,deploy_run/* runComment */.P6)(run, 'preflight'),
        deadline: run.deadline,
        executionTimeoutSeconds: 300,
        onProgress: (host, status) => log.info(`${(0,deploy_hosts/* hostLabel */.vy)(host)}: ${status}`),
        ...(0,deploy_run/* withSignal */.l_)(run),
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
        throw new failure/* DeployFailure */.Q(`Preflight failed on ${unready.length} host(s); nothing was changed:\n${unready.join('\n')}`, 'unchanged');
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
        comment: (0,deploy_run/* runComment */.P6)(run, 'state before'),
        deadline: run.deadline,
        executionTimeoutSeconds: 300,
        onProgress: (host, status) => log.info(`${(0,deploy_hosts/* hostLabel */.vy)(host)}: ${status}`),
        ...(0,deploy_run/* withSignal */.l_)(run),
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

// EXTERNAL MODULE: ./src/deploy/steps/records.ts
var steps_records = __webpack_require__(373);
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

// EXTERNAL MODULE: ./src/deploy/steps/rollout.ts
var steps_rollout = __webpack_require__(8950);
// EXTERNAL MODULE: ./src/deploy/restore.ts
var restore = __webpack_require__(2801);
;// CONCATENATED MODULE: ./src/deploy/steps/restore-records.ts
// Step, in place of the rollout and read back when a rollback goes to a release only the hosts'
// records know (policy.restoreRecords): each host rolls out again the plan it recorded under that
// release's deploy id (host restore mode), so it runs exactly what it ran then, not a plan rebuilt from
// a document. A failure goes the usual way back (goBack), which restores what each host ran before.




/** Copies a restore kept as they were are not health-gated by it: they must be healthy now. */
function unhealthyCopies(outcome) {
    return (outcome.result?.copies ?? []).filter((c) => c.health !== 'healthy' && c.health !== 'none').map((c) => `${c.name} is ${c.health}`);
}
async function restoreRecordedPlans(run, fleet, records) {
    const { settings, ports, log } = run;
    const missing = fleet.hosts.filter((h) => !records[h.instanceId]);
    if (missing.length > 0) {
        throw new failure/* DeployFailure */.Q(`${missing.map(deploy_hosts/* hostLabel */.vy).join(', ')} did not record ${settings.release.version}: nothing was restored (its records name no such plan).`, 'unchanged');
    }
    const requests = new Map();
    for (const host of fleet.hosts) {
        const plan = fleet.plans.get(host.instanceId);
        if (!plan)
            throw new Error(`no plan for ${(0,deploy_hosts/* hostLabel */.vy)(host)}`);
        requests.set(host.instanceId, (0,restore/* restoreRequest */._v)(ports.planner, plan, settings.release.deployId, { restore: records[host.instanceId] }));
    }
    run.outcome.fleet = 'updated';
    const report = await (0,deploy_hosts/* rollOut */.Of)({
        label: 'Restore batch',
        batches: (0,deploy_hosts/* planBatches */.un)(fleet.hosts, settings.policy.batchSize, false),
        sendsFor: (batch) => (0,restore/* restoreSends */.qy)(ports.planner, batch, requests),
        runner: ports.hosts,
        comment: (0,deploy_run/* runComment */.P6)(run),
        deadline: Math.max(run.deadline, run.now() + 5 * deploy_run/* MINUTE */.pY),
        executionTimeoutSeconds: Math.max(60, Math.ceil((run.deadline - run.now()) / 1000)),
        log,
        ...(0,deploy_run/* withSignal */.l_)(run),
    });
    const done = [...report.succeeded, ...report.failed];
    const unhealthy = report.succeeded.filter((o) => unhealthyCopies(o).length > 0);
    if (report.failed.length === 0 && unhealthy.length === 0 && !report.cancelled)
        return undefined;
    const failed = [...report.failed.map((o) => o.host), ...unhealthy.map((o) => o.host)];
    return {
        reason: report.cancelled ? 'The rollback was cancelled' : `The restore failed on ${failed.map(deploy_hosts/* hostLabel */.vy).join(', ')}`,
        touched: done.map((o) => o.host),
        problemOf: (host) => {
            const outcome = done.find((o) => o.host.instanceId === host.instanceId);
            if (!outcome)
                return undefined;
            if (report.failed.includes(outcome))
                return (0,deploy_hosts/* describeFailure */.Ic)(outcome);
            const sick = unhealthyCopies(outcome);
            return sick.length > 0 ? `${(0,deploy_hosts/* hostLabel */.vy)(host)}: ${sick.join(', ')}` : undefined;
        },
        resultOf: (host) => done.find((o) => o.host.instanceId === host.instanceId)?.result,
    };
}

// EXTERNAL MODULE: ./src/deploy/steps/secrets.ts
var secrets = __webpack_require__(1858);
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
            throw new failure/* DeployFailure */.Q('target opsworks needs the stack-id input (and layer-ids or app-id)', 'unchanged');
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
            throw new failure/* DeployFailure */.Q(`${what} is not valid JSON: ${(0,errors/* errorMessage */.g)(error)}`, 'unchanged');
        }
        return { name: stack.name, text };
    }
    return {
        async release(prepared, _given, log) {
            const stack = await customJson();
            deployedCustomJson = prepared ? (0,merge_step/* mergeIntoText */.Es)(stack.text, tagUpdates(prepared), prepared.pinDigest === true, log).text : stack.text;
            return {
                document: (0,merge_step/* readBackMerge */.Uq)(options.planner.parseDocument(deployedCustomJson), prepared && tagUpdates(prepared), prepared?.pinDigest === true),
                previous: options.previous ?? options.planner.parseDocument(stack.text),
                stackName: stack.name || settings.stackName,
            };
        },
        async hosts(log) {
            const hosts = await port().onlineInstances(settings.stackId, settings.layerIds);
            if (hosts.length === 0) {
                const layers = settings.layerIds.length > 0 ? ` layers ${settings.layerIds.join(', ')}` : '';
                throw new failure/* DeployFailure */.Q(`No online instance in OpsWorks stack ${settings.stackId}${layers}`, 'unchanged');
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
            throw new failure/* DeployFailure */.Q(`OpsWorks deployment ${deploymentId} ${waited.status === 'timeout' ? 'did not finish in time' : 'failed'}; stopped before any rollout, the stack's Custom JSON is unchanged.${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`, 'unchanged');
        },
        async afterSuccess(prepared, log) {
            if (!prepared || Object.keys(prepared.tags).length === 0)
                return;
            // Re-read right before writing: someone may have changed other keys meanwhile.
            const fresh = await customJson();
            const merged = (0,merge/* mergeImageTags */.Fi)(fresh.text, tagUpdates(prepared), { pin: prepared.pinDigest === true });
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
                throw new failure/* DeployFailure */.Q('No Stack JSON to deploy (input stack-json)', 'unchanged');
            return { document, ...(previous ? { previous } : {}), stackName: settings.stackName };
        },
        async hosts(log) {
            let hosts;
            try {
                hosts = await (0,deploy_hosts/* resolveSsmHosts */.Nf)(runner, settings);
            }
            catch (error) {
                throw error instanceof deploy_hosts/* TargetsError */.xK ? new failure/* DeployFailure */.Q(error.message, 'unchanged') : error;
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
// outcome says success only after the read back agrees. A cancel (settings.signal) or the deadline
// stops new batches, lets the batch in flight finish, then the failure policy applies (steps/after-stop).















async function runDeploy(settings, ports, log) {
    const run = startRun(settings, ports, log);
    const lock = await (0,steps_lock/* takeLock */.H)(run);
    if (!lock)
        return run.outcome;
    const records = {};
    try {
        // Inside the try: whatever the callback does, the lock is released below.
        ports.onLockTaken?.({ name: lock.name, deployId: settings.release.deployId });
        run.checkpoint.lock = { name: lock.name, deployId: settings.release.deployId };
        run.save();
        await deployLocked(run, records);
    }
    catch (error) {
        stopped(run, error);
    }
    finally {
        await (0,steps_records/* finishRecords */.c)(run, records);
        await (0,steps_lock/* releaseLock */.x)(run, lock);
    }
    return run.outcome;
}
/** Before any host changes, a stop ends the deploy with nothing changed. */
function stopIfAsked(run) {
    const reason = (0,deploy_run/* stopReason */.PJ)(run);
    if (reason)
        throw new failure/* DeployFailure */.Q(`${reason} before any host changed; nothing was changed.`, 'unchanged');
}
async function deployLocked(run, records) {
    const release = await prepareRelease(run);
    await (0,steps_records/* startRecords */.V)(run, records);
    run.checkpoint.records = { ...records };
    run.save();
    const staged = await (0,secrets/* stageSecrets */.i)(run, release);
    stopIfAsked(run);
    const ready = await preflight(run, await run.target.hosts(run.log));
    stopIfAsked(run);
    const fleet = await (0,plans/* planFleet */.E)(run, ready, staged);
    const rollout = await prepareRollout(run, fleet, staged.previous !== undefined);
    stopIfAsked(run);
    Object.assign(run.checkpoint, {
        phase: 'rollout',
        staged,
        fleet: { hosts: ready.hosts, roots: Object.fromEntries(ready.roots) },
        before: Object.fromEntries(rollout.before),
    });
    run.save();
    await run.target.beforeRollout(fleet.hosts, run);
    const recorded = run.settings.policy.restoreRecords;
    const failure = recorded
        ? await restoreRecordedPlans(run, fleet, recorded)
        : ((await (0,steps_rollout/* rollOutBatches */.wY)(run, fleet, rollout)) ?? (await (0,steps_rollout/* readBackFleet */.q$)(run, fleet)));
    if (failure)
        await (0,after_stop/* wayBack */.lZ)(run, fleet, failure);
    await run.target.afterSuccess(release.prepared, run.log);
    succeeded(run, fleet.hosts);
}
function startRun(settings, ports, log) {
    const now = ports.now ?? Date.now;
    const { release } = settings;
    const checkpoint = (0,cancel/* newCheckpoint */.vk)(release);
    const save = () => ports.onCheckpoint?.(checkpoint);
    return {
        settings,
        ports: { ...ports, hosts: (0,cancel/* trackCommands */.CF)(ports.hosts, checkpoint, save) },
        log,
        target: chooseTarget(settings, ports),
        now,
        deadline: now() + settings.policy.timeoutMinutes * deploy_run/* MINUTE */.pY,
        checkpoint,
        save,
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
    if (error instanceof failure/* DeployFailure */.Q) {
        // A read cancelled before the rollout (preflight, state) fails its step; the reason is the cancel.
        const cancelled = run.settings.signal?.aborted && error.fleet === 'unchanged' && !error.message.startsWith('The deploy was cancelled');
        outcome.summary = cancelled ? 'The deploy was cancelled before any host changed; nothing was changed.' : error.message;
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


/***/ }),

/***/ 1816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e7: () => (/* binding */ readBack),
/* harmony export */   yg: () => (/* binding */ describeProblems)
/* harmony export */ });
/* unused harmony export runsPlannedImage */
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


/***/ }),

/***/ 2801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _v: () => (/* binding */ restoreRequest),
/* harmony export */   eb: () => (/* binding */ missingRecord),
/* harmony export */   qy: () => (/* binding */ restoreSends),
/* harmony export */   ws: () => (/* binding */ restoredRecord)
/* harmony export */ });
/* harmony import */ var _stack_host_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6238);
/* harmony import */ var _host_sends_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9747);
// Putting hosts back on a plan they recorded (the host script's `restore` mode, host/modes/restore.sh):
// the way back after a failed deploy, and a rollback to a release only the hosts' records know. The
// host rolls its own record out again, so it comes back exactly as it ran: images, env, command,
// ports, volumes, health, balancer, stop signal, cron lines and env files, copies.


/**
 * The restore request for a host: a plan without definitions that names the apps, the root, the deploy
 * id the host records the restore under, and the record to take (an extra `meta undo|restore ID`
 * record, which the rollout's reader keeps as plain metadata).
 */
function restoreRequest(planner, base, deployId, choice) {
    const { migration: _migration, revision: _revision, ...rest } = base;
    const plan = {
        ...rest,
        deployId,
        definitions: [],
        dataVolumes: [],
        registries: [],
        cron: [],
        force: false,
        preferLocalImages: true,
    };
    const [key, value] = 'undo' in choice ? ['undo', choice.undo] : ['restore', choice.restore];
    if (value.includes(_stack_host_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_END */ .V0) || value.includes(_stack_host_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORD_END */ .Y8))
        throw new Error(`deploy id ${JSON.stringify(value)} cannot be carried in a plan`);
    return `${planner.encodePlan(plan)}meta${_stack_host_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_END */ .V0}${key}${_stack_host_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_END */ .V0}${value}${_stack_host_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_END */ .V0}${_stack_host_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORD_END */ .Y8}`;
}
/** The restore commands of a batch, each host with its own request. */
function restoreSends(planner, batch, requests) {
    return (0,_host_sends_js__WEBPACK_IMPORTED_MODULE_1__/* .hostSends */ .q)(planner, 'restore', batch, (host) => requests.get(host.instanceId));
}
/** The record a restore rolled out, as the host named it (`history` of its result), in words. */
function restoredRecord(result) {
    const entry = result?.mode === 'restore' && result.ok ? result.history?.[0] : undefined;
    if (!entry)
        return undefined;
    return entry.release ? `release ${entry.release}, deploy ${entry.deployId}` : `deploy ${entry.deployId}`;
}
/** A restore that found no usable record: the host says why (nothing changed there). */
function missingRecord(result) {
    if (result?.mode !== 'restore' || result.ok || !Array.isArray(result.history) || result.history.length > 0)
        return undefined;
    return result.failure?.reason ?? 'no record of what it ran before';
}


/***/ }),

/***/ 114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P6: () => (/* binding */ runComment),
/* harmony export */   PJ: () => (/* binding */ stopReason),
/* harmony export */   l_: () => (/* binding */ withSignal),
/* harmony export */   pY: () => (/* binding */ MINUTE)
/* harmony export */ });
/* harmony import */ var _lock_lease_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4527);

const MINUTE = 60_000;
/** The signal as an optional property, for requests that take one. */
function withSignal(run) {
    return run.settings.signal ? { signal: run.settings.signal } : {};
}
/** Why the deploy stops starting new work: cancelled (settings.signal: the job's cancel, Ctrl-C), or its deadline passed. */
function stopReason(run) {
    const { signal } = run.settings;
    if (signal?.aborted)
        return signal.reason instanceof _lock_lease_js__WEBPACK_IMPORTED_MODULE_0__/* .LockLostError */ .yx ? signal.reason.message : 'The deploy was cancelled';
    if (run.now() >= run.deadline) {
        return `The deploy's deadline passed (timeout-minutes ${run.settings.policy.timeoutMinutes}, at ${new Date(run.deadline).toISOString()})`;
    }
    return undefined;
}
/** The comment a Run Command of this deploy carries: `berth <what> <version>`, `what` the deploy's kind by default. */
function runComment(run, what = run.settings.release.kind) {
    return `berth ${what} ${run.settings.release.version}`;
}


/***/ }),

/***/ 6706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lZ: () => (/* binding */ wayBack)
});

// UNUSED EXPORTS: describeRunning, readBackAfterStop

// EXTERNAL MODULE: ./src/deploy/failure.ts
var deploy_failure = __webpack_require__(4457);
// EXTERNAL MODULE: ./src/deploy/hosts.ts
var deploy_hosts = __webpack_require__(2140);
// EXTERNAL MODULE: ./src/deploy/lock-lease.ts
var lock_lease = __webpack_require__(4527);
// EXTERNAL MODULE: ./src/deploy/readback.ts
var readback = __webpack_require__(1816);
// EXTERNAL MODULE: ./src/deploy/steps/rollout.ts
var rollout = __webpack_require__(8950);
// EXTERNAL MODULE: ./src/deploy/restore.ts
var restore = __webpack_require__(2801);
// EXTERNAL MODULE: ./src/deploy/run.ts
var deploy_run = __webpack_require__(114);
;// CONCATENATED MODULE: ./src/deploy/steps/way-back.ts





const CHANGES = new Set(['replaced', 'started', 'restarted']);
/** The copies a rollout replaced or started, by name (empty: it changed none). */
function changedCopies(result) {
    return [...new Set((result?.copies ?? []).filter((c) => CHANGES.has(c.action)).map((c) => c.name))];
}
/** Whether the release may have changed the host: unknown when it gave no result. */
function changedHost(result) {
    return (!result ||
        ((result.mode === 'rollout' || result.mode === 'restore') && result.ok) ||
        changedCopies(result).length > 0 ||
        result.removed.length > 0);
}
/** What the release did on a host, in words: "migration failed, nothing replaced", "web0, web1 replaced". */
function whatItDid(result) {
    if (!result)
        return 'reached by the new release';
    const copies = changedCopies(result);
    const removed = result.removed.length > 0 ? `${result.removed.join(', ')} removed` : '';
    const did = [copies.length > 0 ? `${copies.join(', ')} replaced` : '', removed].filter((s) => s !== '').join(', ');
    if (result.ok)
        return did || 'on the new release, nothing replaced';
    const reason = result.failure?.reason;
    const failed = result.migration?.ok === false ? 'migration failed' : reason ? `failed (${brief(reason)})` : 'failed';
    // A failed rollout puts back what it replaced itself (host/lib/failure.sh) before it answers.
    return did ? `${failed} after ${did}, which the host restored itself` : `${failed}, nothing replaced`;
}
/** A host's failure reason, short enough for a sentence. */
function brief(reason) {
    const line = reason.split('\n')[0] ?? '';
    return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
function report(host, state, story, problem) {
    return { instanceId: host.instanceId, hostname: host.hostname, state, story, ...(problem ? { problem } : {}) };
}
/** Per host, the restore request: its new plan's apps and root, the record before `deployId`. */
function requests(run, fleet, hosts) {
    const deployId = run.settings.release.deployId;
    const out = new Map();
    for (const host of hosts) {
        const plan = fleet.plans.get(host.instanceId);
        if (!plan)
            throw new Error(`no plan for ${(0,deploy_hosts/* hostLabel */.vy)(host)}: cannot ask it to restore`);
        out.set(host.instanceId, (0,restore/* restoreRequest */._v)(run.ports.planner, plan, (0,deploy_hosts/* undoDeployId */.nf)(deployId), { undo: deployId }));
    }
    return out;
}
/** A host's report after its restore (or none was needed, or it could not run). */
function afterRestore(host, did, outcome, problem) {
    if (!outcome)
        return report(host, 'failed', `${did}; the restore was not run`, problem);
    const record = (0,restore/* restoredRecord */.ws)(outcome.result);
    if ((0,deploy_hosts/* succeeded */.gq)(outcome) && record)
        return report(host, 'rolled-back', `${did}, then restored from its record (${record})`, problem);
    const missing = (0,restore/* missingRecord */.eb)(outcome.result);
    if (missing) {
        return report(host, 'failed', `${did}; no record of what it ran before, left as it is: ${missing}`, problem ?? (0,deploy_hosts/* describeFailure */.Ic)(outcome));
    }
    return report(host, 'failed', `${did}; the restore from its record failed`, (0,deploy_hosts/* describeFailure */.Ic)(outcome));
}
function fleetOf(hosts) {
    if (hosts.every((h) => h.state === 'untouched'))
        return 'unchanged';
    if (hosts.every((h) => h.state === 'untouched' || h.state === 'rolled-back'))
        return 'rolled-back';
    return 'mixed';
}
/**
 * The way back after `failure`. Needs only the run (settings, ports), the hosts and each host's new
 * plan (its apps and root), and the failure: a resumed run (after a cancel) can call it with those.
 */
async function goBack(run, fleet, failure) {
    const { settings, log } = run;
    const { reason, touched, problemOf } = failure;
    log.error(reason);
    const resultOf = (host) => failure.resultOf?.(host);
    const reached = (host) => touched.some((t) => t.instanceId === host.instanceId);
    const changed = fleet.hosts.filter((h) => reached(h) && changedHost(resultOf(h)));
    const unchangedReport = (host) => reached(host) ? report(host, 'untouched', whatItDid(resultOf(host)), problemOf(host)) : report(host, 'untouched', 'untouched');
    if (changed.length === 0) {
        const hosts = fleet.hosts.map(unchangedReport);
        const told = hosts
            .filter((h) => touched.some((t) => t.instanceId === h.instanceId))
            .map((h) => `${h.hostname || h.instanceId}: ${h.story}`);
        throw new deploy_failure/* DeployFailure */.Q(`${reason}${told.length > 0 ? ` (${told.join('; ')})` : ''}. Nothing was replaced on any host.`, 'unchanged', hosts);
    }
    if (settings.policy.failurePolicy === 'stop' || settings.signal?.aborted) {
        const lost = settings.signal?.reason instanceof lock_lease/* LockLostError */.yx;
        const why = settings.signal?.aborted ? (lost ? 'the deploy lost its lock' : 'the deploy was cancelled') : 'failure-policy stop';
        const hosts = fleet.hosts.map((h) => {
            if (!changed.includes(h))
                return unchangedReport(h);
            const result = resultOf(h);
            const left = result?.ok ? `left on the new release (${why})` : `left as it is (${why})`;
            return report(h, result?.ok ? 'updated' : 'unknown', `${whatItDid(result)}; ${left}`, problemOf(h));
        });
        throw new deploy_failure/* DeployFailure */.Q(`${reason}. Left as is (${why}): ${changed.length} host(s) changed by the new release (${changed.map(deploy_hosts/* hostLabel */.vy).join(', ')}); the fleet may be mixed.`, 'mixed', hosts);
    }
    const back = await (0,deploy_hosts/* rollOut */.Of)({
        label: 'Restore batch',
        batches: (0,deploy_hosts/* planBatches */.un)(changed, settings.policy.batchSize, false),
        sendsFor: (batch) => (0,restore/* restoreSends */.qy)(run.ports.planner, batch, requests(run, fleet, batch)),
        runner: run.ports.hosts,
        comment: (0,deploy_run/* runComment */.P6)(run, 'restore before'),
        deadline: Math.max(run.deadline, run.now() + 10 * deploy_run/* MINUTE */.pY),
        executionTimeoutSeconds: 600,
        log,
        keepGoing: true,
    });
    const outcomes = [...back.succeeded, ...back.failed];
    const hosts = fleet.hosts.map((h) => {
        if (!changed.includes(h))
            return unchangedReport(h);
        const outcome = outcomes.find((o) => o.host.instanceId === h.instanceId);
        return afterRestore(h, whatItDid(resultOf(h)), outcome, problemOf(h));
    });
    const restored = hosts.filter((h) => h.state === 'rolled-back');
    const stuck = hosts.filter((h) => h.state === 'failed');
    const fleetState = fleetOf(hosts);
    if (stuck.length === 0) {
        throw new deploy_failure/* DeployFailure */.Q(`${reason}. Restored ${restored.length} host(s) from their own records (${restored.map((h) => h.hostname || h.instanceId).join(', ')}); the fleet runs what it ran before.`, fleetState, hosts);
    }
    throw new deploy_failure/* DeployFailure */.Q(`${reason}. The way back failed on ${stuck.map((h) => `${h.hostname || h.instanceId} (${h.story})`).join('; ')}: the fleet is mixed, fix those hosts or deploy again.`, fleetState, hosts);
}

;// CONCATENATED MODULE: ./src/deploy/steps/after-stop.ts






/**
 * The run as goBack sees it after a stop: no signal, so failure-policy alone decides (goBack leaves a
 * cancelled fleet as is). A lost lock keeps its signal: another deploy may be changing the hosts now,
 * so nothing is put back.
 */
function policyDecides(run) {
    const { signal, ...settings } = run.settings;
    return signal?.reason instanceof lock_lease/* LockLostError */.yx ? run : { ...run, settings };
}
/** goBack, and after a stop the read back of every host; always throws the DeployFailure that says where the fleet is. */
async function wayBack(run, fleet, failure) {
    run.checkpoint.phase = 'way back';
    run.save();
    let ended;
    try {
        await goBack(policyDecides(run), fleet, failure);
    }
    catch (error) {
        ended = error;
    }
    if (!failure.stopped || !(ended instanceof deploy_failure/* DeployFailure */.Q))
        throw ended;
    throw await readBackAfterStop(run, fleet, ended);
}
/**
 * "image (web0, web1); image2 (worker0)": what the host's copies run, grouped by image. A copy that runs
 * what the plan says is named by the plan's image (its tag); any other by what the host reports running
 * (the repo digest), since `image` in a state answer is the plan's.
 */
function describeRunning(result) {
    if (!result)
        return 'no answer';
    const byImage = new Map();
    for (const copy of result.copies) {
        if (copy.health === 'missing')
            continue;
        const image = copy.action === 'unchanged' ? copy.image : copy.imageDigest || copy.image;
        const names = byImage.get(image) ?? [];
        names.push(copy.name);
        byImage.set(image, names);
    }
    if (byImage.size === 0)
        return 'no container of the document';
    return [...byImage]
        .sort(([, a], [, b]) => (a[0] ?? '').localeCompare(b[0] ?? ''))
        .map(([image, names]) => `${image} (${names.join(', ')})`)
        .join('; ');
}
function fleetFrom(claimed, onNew, answered) {
    if (!answered)
        return claimed === 'mixed' ? 'mixed' : 'unknown';
    if (onNew.every(Boolean))
        return 'updated';
    if (onNew.some(Boolean))
        return 'mixed';
    return claimed === 'mixed' || claimed === 'updated' ? 'unknown' : claimed;
}
/** Reads every host's state and turns the policy's outcome into what the hosts say they run. */
async function readBackAfterStop(run, fleet, ended) {
    const { log } = run;
    let state = [];
    try {
        state = await (0,rollout/* readFleetState */.cf)(run, fleet, `Read what ${fleet.hosts.length} host(s) run now`);
    }
    catch (error) {
        log.warn(`Could not read back the fleet: ${String(error)}`);
    }
    const lines = [];
    const onNew = [];
    let answered = true;
    const hosts = fleet.hosts.map((host) => {
        const outcome = state.find((o) => o.host.instanceId === host.instanceId);
        const reported = ended.hosts.find((h) => h.instanceId === host.instanceId);
        const base = reported ?? { instanceId: host.instanceId, hostname: host.hostname, state: 'unknown' };
        if (!outcome?.result) {
            answered = false;
            lines.push(`- ${(0,deploy_hosts/* hostLabel */.vy)(host)}: no answer to the read back (${outcome?.status ?? 'not asked'})`);
            return { ...base, state: 'unknown' };
        }
        const plan = fleet.plans.get(host.instanceId);
        const isNew = plan !== undefined && (0,readback/* readBack */.e7)(new Map([[host.instanceId, plan]]), [outcome]).ok;
        onNew.push(isNew);
        lines.push(`- ${(0,deploy_hosts/* hostLabel */.vy)(host)}: ${isNew ? 'the new release' : 'not the new release'}: ${describeRunning(outcome.result)}`);
        return isNew ? { ...base, state: 'updated' } : base.state === 'updated' ? { ...base, state: 'unknown' } : base;
    });
    const fleetState = fleetFrom(ended.fleet, onNew, answered);
    const mixed = fleetState === 'mixed' ? ' The fleet is mixed:' : '';
    return new deploy_failure/* DeployFailure */.Q(`${ended.message}\nWhat every host runs now (read back):${mixed}\n${lines.join('\n')}`, fleetState, hosts);
}


/***/ }),

/***/ 748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ takeLock),
/* harmony export */   x: () => (/* binding */ releaseLock)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4332);
// Step: the fleet-wide deploy lock, taken first, renewed while the deploy runs, released last whatever
// happened in between. Losing it (another holder, unlock, no renewal in time) stops new batches.


/** Takes the lock and keeps it renewed; on failure the outcome says why and nothing else runs (undefined). */
async function takeLock(run) {
    const { settings, ports, log } = run;
    const { release, policy } = settings;
    let lock;
    try {
        lock = await (0,_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .acquireLock */ .IZ)(ports.parameters, policy.lockName, {
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
            onWait: (holder) => log.info(`Waiting for the deploy lock ${policy.lockName}, held by ${holder ? (0,_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .describeHolder */ .sG)(holder, run.now()) : 'someone'}`),
            onTakeover: (previous) => log.warn(`Took over the deploy lock ${policy.lockName} from ${(0,_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .describeHolder */ .sG)(previous, run.now())}: that deploy stopped renewing it`),
        });
    }
    catch (error) {
        run.outcome.summary =
            error instanceof _lock_js__WEBPACK_IMPORTED_MODULE_0__/* .LockHeldError */ .Rk ? error.message : `Could not take the deploy lock ${policy.lockName}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}`;
        log.error(run.outcome.summary);
        return undefined;
    }
    log.info(`Took the deploy lock ${lock.name} (generation ${lock.generation}), expires ${lock.record.expires} unless renewed`);
    lock.keepRenewed({ onError: (error) => log.warn(`Could not renew the deploy lock ${lock.name} (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}); retrying`) });
    lock.lost.addEventListener('abort', () => log.error(`${lostReason(lock)}. No new batch starts.`), { once: true });
    // The hook for the pipeline: every step already stops starting new work on the run's signal (a
    // cancel), so losing the lock is folded into it; the outcome names the loss (releaseLock below).
    run.settings = { ...settings, signal: settings.signal ? AbortSignal.any([settings.signal, lock.lost]) : lock.lost };
    return lock;
}
/** Releases the lock if this deploy still holds it; a failure only warns. A lost lock is named in the outcome. */
async function releaseLock(run, lock) {
    if (lock.lost.aborted)
        run.outcome.summary = `${run.outcome.summary} ${lostReason(lock)}; no batch started after that.`.trim();
    try {
        if (!(await lock.release()))
            run.log.warn(`The deploy lock ${lock.name} is now held by another deploy; left it alone`);
        else
            run.log.info(`Released the deploy lock ${lock.name}`);
    }
    catch (error) {
        run.log.warn(`Could not release the deploy lock ${lock.name}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}. It expires by itself; berth unlock clears it now.`);
    }
}
function lostReason(lock) {
    const reason = lock.lost.reason;
    return reason instanceof _lock_js__WEBPACK_IMPORTED_MODULE_0__/* .LockLostError */ .yx ? reason.message : `Lost the deploy lock ${lock.name}`;
}


/***/ }),

/***/ 6669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ planFleet)
});

// EXTERNAL MODULE: ./src/stack/plan.ts
var plan = __webpack_require__(4993);
;// CONCATENATED MODULE: ./src/stack/secret-versions.ts
function* planValues(plan) {
    const envs = [
        ...plan.definitions.flatMap((d) => d.env),
        ...(plan.migration?.env ?? []),
        ...plan.cron.flatMap((c) => c.envFiles.flatMap((f) => f.env)),
    ];
    for (const env of envs)
        yield env.value;
    for (const login of plan.registries)
        yield* [login.username, login.password];
}
/** Every parameter name the plans reference, once each, in first-seen order. */
function referencedParameters(plans) {
    const names = new Set();
    for (const plan of plans) {
        for (const value of planValues(plan))
            if (value.kind === 'ssm')
                names.add(value.name);
    }
    return [...names];
}
/**
 * Pins each reference of the plan to its version in `versions` (in place; the plan's hashes are
 * computed without versions, so an unchanged definition keeps its `berth.hash` across berth releases).
 */
function pinSecretVersions(plan, versions) {
    for (const value of planValues(plan)) {
        if (value.kind !== 'ssm')
            continue;
        const version = versions.get(value.name);
        if (version !== undefined)
            value.version = version;
    }
    return plan;
}
/** Points the plan's references named in `names` (name -> name) at other parameters, in place. */
function retargetReferences(plan, names) {
    for (const value of planValues(plan)) {
        if (value.kind === 'ssm')
            value.name = names.get(value.name) ?? value.name;
    }
    return plan;
}
/** The refusal when a referenced parameter does not exist: before any host is touched. */
function missingParametersMessage(missing) {
    return (`Parameter Store has no parameter named ${missing.join(', ')} (referenced with %{ssm:...}). ` +
        'Create it (SecureString), or fix the name; nothing was changed on any host');
}

// EXTERNAL MODULE: ./src/stack/secrets.ts
var secrets = __webpack_require__(6325);
// EXTERNAL MODULE: ./src/deploy/failure.ts
var failure = __webpack_require__(4457);
// EXTERNAL MODULE: ./src/deploy/host-sends.ts
var host_sends = __webpack_require__(9747);
// EXTERNAL MODULE: ./src/deploy/steps/secrets.ts
var steps_secrets = __webpack_require__(1858);
;// CONCATENATED MODULE: ./src/deploy/steps/plans.ts






async function planFleet(run, fleet, staged) {
    const { settings, ports } = run;
    const { release, policy, host: hostSettings } = settings;
    const secretVersions = new Map();
    const factsOf = (host) => ({
        instanceId: host.instanceId,
        hostname: host.hostname,
        publicIp: host.publicIp,
        stackName: staged.stackName,
    });
    // Per-host secrets: each host's plan names its own parameter, the value with that host's placeholders.
    const perHostWrites = (host) => staged.perHost.map((item) => (0,secrets/* stagePerHost */.m1)(item, host.hostname, (0,plan/* hostPlaceholders */.vx)(factsOf(host))));
    const perHostNames = (host) => new Map(staged.perHost.map((item) => [item.name, (0,secrets/* perHostParameter */.H7)(item.name, host.hostname)]));
    const planFor = (document, host, choice) => pinSecretVersions(planUnpinned(document, host, choice), secretVersions);
    const planUnpinned = (document, host, choice) => retargetReferences(ports.planner.hostPlan(document, factsOf(host), {
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
    }), perHostNames(host));
    const plans = new Map();
    fleet.hosts.forEach((host, index) => {
        plans.set(host.instanceId, planUnpinned(staged.document, host, {
            runMigration: index === 0 && !policy.skipMigration,
            preferLocal: policy.preferLocalImages === true,
            force: policy.force,
        }));
    });
    const written = [...staged.written];
    if (staged.perHost.length > 0) {
        await run.log.group(`Stage ${staged.perHost.length} per-host secret(s) for ${fleet.hosts.length} host(s)`, async () => {
            written.push(...(await (0,steps_secrets/* writeChangedSecrets */.N)(ports.parameters, run.log, fleet.hosts.flatMap(perHostWrites))));
        });
    }
    for (const plan of plans.values())
        if (written.length > 0)
            plan.rotatedSecrets = written;
    for (const [name, version] of await currentVersions(run, referencedParameters(plans.values())))
        secretVersions.set(name, version);
    for (const plan of plans.values())
        pinSecretVersions(plan, secretVersions);
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
        secretVersions,
        planFor,
        stateSends: () => (stateCommands ??= (0,host_sends/* hostSends */.q)(ports.planner, 'state', fleet.hosts, (host) => encode(plans.get(host.instanceId)))),
        rolloutSends: (batch, planOf = plans) => (0,host_sends/* hostSends */.q)(ports.planner, 'rollout', batch, (host) => encode(planOf.get(host.instanceId))),
    };
}
/** The current version of every referenced parameter; a missing one stops the deploy before any host is touched. */
async function currentVersions(run, names) {
    if (names.length === 0)
        return new Map();
    const versions = await run.ports.parameters.versions(names);
    const missing = names.filter((name) => !versions.has(name));
    if (missing.length > 0)
        throw new failure/* DeployFailure */.Q(missingParametersMessage(missing), 'unchanged');
    run.log.info(`Secrets pinned: ${names.length} Parameter Store reference(s) at their current versions`);
    return versions;
}


/***/ }),

/***/ 373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ startRecords),
/* harmony export */   c: () => (/* binding */ finishRecords)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
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
            log.warn(`Could not create the GitHub deployment record: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error)}`);
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
            log.warn(`Could not close the GitHub deployment record: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error)}`);
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


/***/ }),

/***/ 8950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cf: () => (/* binding */ readFleetState),
/* harmony export */   q$: () => (/* binding */ readBackFleet),
/* harmony export */   wY: () => (/* binding */ rollOutBatches)
/* harmony export */ });
/* unused harmony export IN_FLIGHT_GRACE */
/* harmony import */ var _host_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7798);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5257);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2140);
/* harmony import */ var _readback_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1816);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(114);
// Steps: the rollout, batch after batch (the first failed host stops it), then the read back: a deploy
// is a success only when every host says it runs what was planned, healthy. A cancel or the deploy's
// deadline stops it starting new batches; the batch in flight is never cancelled (a SIGKILL mid-swap
// is worse than letting it finish), it gets IN_FLIGHT_GRACE past the deadline to end.





/** How long the batch in flight may run past the deadline before it is cancelled after all. */
const IN_FLIGHT_GRACE = 10 * _run_js__WEBPACK_IMPORTED_MODULE_1__/* .MINUTE */ .pY;
/**
 * The runner for the rollout's batches: without the cancel (the batch in flight runs to its end), and
 * `stop` aborted once a batch ends after a cancel or past the deadline, so rollOut starts no new one.
 */
function batchRunner(run, stop) {
    const runner = run.ports.hosts;
    return {
        ...runner,
        run: async ({ signal: _signal, ...request }) => {
            try {
                return await runner.run(request);
            }
            finally {
                if ((0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .stopReason */ .PJ)(run))
                    stop.abort();
            }
        },
    };
}
async function rollOutBatches(run, fleet, prepared) {
    const { settings, log } = run;
    run.outcome.fleet = 'updated';
    const stop = new AbortController();
    if ((0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .stopReason */ .PJ)(run))
        stop.abort();
    const hardDeadline = run.deadline + IN_FLIGHT_GRACE;
    const report = await (0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .rollOut */ .Of)({
        label: settings.release.kind === 'rollback' ? 'Rollback batch' : 'Batch',
        batches: prepared.batches,
        sendsFor: (batch) => {
            // Touched before the send: a cancel arriving while SSM takes the command still counts these hosts.
            (0,_cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .touch */ ._M)(run.checkpoint, batch);
            run.save();
            return prepared.sends.get(batch) ?? fleet.rolloutSends(batch);
        },
        runner: batchRunner(run, stop),
        comment: (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runComment */ .P6)(run),
        deadline: hardDeadline,
        executionTimeoutSeconds: Math.min(_host_command_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_EXECUTION_TIMEOUT_SECONDS */ .I_, Math.max(60, Math.ceil((hardDeadline - run.now()) / 1000))),
        log,
        signal: stop.signal,
    });
    const stopped = (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .stopReason */ .PJ)(run);
    if (report.failed.length === 0 && !stopped)
        return undefined;
    const touched = [...report.succeeded, ...report.failed].map((o) => o.host);
    if (stopped && report.failed.length === 0) {
        const left = report.notRun.length;
        log.warn(`${stopped}: no new batch was started${left > 0 ? ` (${left} host(s) not sent anything)` : ''}; the batch in flight was let finish.`);
    }
    return {
        reason: report.failed.length > 0 ? `The rollout failed on ${report.failed.map((f) => (0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .hostLabel */ .vy)(f.host)).join(', ')}` : stopped,
        touched,
        problemOf: (host) => {
            const failed = report.failed.find((o) => o.host.instanceId === host.instanceId);
            return failed ? (0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(failed) : undefined;
        },
        resultOf: (host) => [...report.succeeded, ...report.failed].find((o) => o.host.instanceId === host.instanceId)?.result,
        ...(stopped && report.failed.length === 0 ? { stopped: true } : {}),
    };
}
/** What every host of the fleet runs now (a `state` run of the new plans), never cancelled. */
function readFleetState(run, fleet, title) {
    const { ports, log } = run;
    return log.group(title, () => ports.hosts.run({
        sends: fleet.stateSends(),
        comment: (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runComment */ .P6)(run, 'read back'),
        deadline: Math.max(run.deadline, run.now() + 5 * _run_js__WEBPACK_IMPORTED_MODULE_1__/* .MINUTE */ .pY),
        executionTimeoutSeconds: 300,
        onProgress: (host, status) => log.info(`${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .hostLabel */ .vy)(host)}: ${status}`),
    }));
}
async function readBackFleet(run, fleet) {
    run.checkpoint.phase = 'read back';
    run.save();
    const state = await readFleetState(run, fleet, `Read back ${fleet.hosts.length} host(s)`);
    const report = (0,_readback_js__WEBPACK_IMPORTED_MODULE_4__/* .readBack */ .e7)(fleet.plans, state);
    // A cancel during the read back is still a cancel: the failure policy decides, as for any stop.
    if (report.ok && run.settings.signal?.aborted) {
        return { reason: 'The deploy was cancelled during the read back', touched: fleet.hosts, problemOf: () => undefined, stopped: true };
    }
    if (report.ok)
        return undefined;
    return {
        reason: `Read back failed:\n${(0,_readback_js__WEBPACK_IMPORTED_MODULE_4__/* .describeProblems */ .yg)(report)}`,
        touched: fleet.hosts,
        problemOf: (host) => report.hosts.find((p) => p.instanceId === host.instanceId)?.problems.join('; '),
    };
}


/***/ }),

/***/ 1858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ writeChangedSecrets),
/* harmony export */   i: () => (/* binding */ stageSecrets)
/* harmony export */ });
/* harmony import */ var _stack_credential_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4457);
/* harmony import */ var _stack_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6325);



/**
 * Writes each secret whose stored value differs (read first, decrypted). The previous document's own
 * secrets are written only where no parameter exists: its values never replace the new release's (a
 * way back restores old values by their version, not by rewriting them). Returns the names written.
 */
async function writeChangedSecrets(parameters, log, writes) {
    const wanted = new Map();
    for (const write of writes) {
        const known = wanted.get(write.name);
        // The new release's value wins over the previous document's under the same name.
        if (!known || (known.onlyIfAbsent && !write.onlyIfAbsent))
            wanted.set(write.name, write);
    }
    const stored = await parameters.getMany([...wanted.keys()], true);
    const written = [];
    for (const [name, write] of wanted) {
        log.secret(write.value);
        const current = stored.get(name);
        if (current === write.value || (write.onlyIfAbsent && current !== undefined))
            continue;
        await parameters.putSecure(name, write.value, true);
        written.push(name);
        log.info(`SecureString ${name} (${current === undefined ? 'new' : 'changed'})`);
    }
    return written;
}
/** stageCredentialValues, with a refused credential (in a command) as the deploy's stop: nothing was changed. */
function credentialsStaged(...args) {
    try {
        return (0,_stack_credential_values_js__WEBPACK_IMPORTED_MODULE_0__/* .stageCredentialValues */ .CH)(...args);
    }
    catch (error) {
        if (error instanceof _stack_credential_values_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialValueError */ .DF)
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .DeployFailure */ .Q(`Refused before any change: ${error.message}`, 'unchanged');
        throw error;
    }
}
async function stageSecrets(run, release) {
    const { settings, ports, log } = run;
    const prefix = settings.host.secretsPrefix;
    // Credentials in plain values (a URL with user:password@, a secret's value) are staged too (credential-values.ts).
    const inputs = { databases: settings.host.databases, values: [settings.rollbarToken, ...(settings.secretValues ?? [])] };
    const staged = credentialsStaged((0,_stack_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .stageInlineSecrets */ .Xh)(release.document, prefix), prefix, inputs);
    const previous = release.previous ? credentialsStaged((0,_stack_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .stageInlineSecrets */ .Xh)(release.previous, prefix), prefix, inputs) : undefined;
    // Database settings given as an input: an inline password is staged the same way.
    const databases = settings.host.databases ? (0,_stack_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .stageDatabaseSecrets */ .R6)(settings.host.databases, prefix) : undefined;
    const writes = [
        ...staged.staged,
        ...(databases?.staged ?? []),
        ...(previous?.staged ?? []).map((item) => ({ ...item, onlyIfAbsent: true })),
    ];
    const written = [];
    if (writes.length > 0) {
        await log.group(`Stage inline secrets under ${prefix}`, async () => {
            written.push(...(await writeChangedSecrets(ports.parameters, log, writes)));
            if (written.length === 0)
                log.info(`${new Set(writes.map((w) => w.name)).size} secret(s) unchanged: nothing written`);
        });
    }
    return {
        document: staged.document,
        ...(previous ? { previous: previous.document } : {}),
        ...(databases ? { databases: databases.databases } : {}),
        stackName: release.stackName,
        perHost: staged.perHost,
        written,
    };
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
        const beforeState = results
            .slice(0, firstRun < 0 ? results.length : firstRun)
            .filter((r) => r.copies.length > 0)
            .at(0);
        // What the release did: its rollout (a rollback from the hosts' records: its restore).
        const lastRollout = results.filter((r) => r.mode === 'rollout').at(-1) ?? runs.at(0);
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
