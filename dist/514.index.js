export const id = 514;
export const ids = [514];
export const modules = {

/***/ 3514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QU: () => (/* binding */ maskSecrets),
  UP: () => (/* binding */ rollbarFanOut),
  T_: () => (/* binding */ runRelease)
});

;// CONCATENATED MODULE: ./src/adapters/rollbar.ts
function rollbarConnection(options) {
    return {
        base: options.endpoint.replace(/\/+$/, ''),
        fetch: options.fetch ?? fetch,
        timeoutMs: options.timeoutMs ?? 10_000,
        retryDelayMs: options.retryDelayMs ?? 1_000,
    };
}
/** One call with the token in the X-Rollbar-Access-Token header (never in the URL); one retry of a 5xx or network error. */
async function rollbarRequest(connection, method, path, token, body) {
    let last = { ok: false, status: 0, message: 'not sent' };
    for (let attempt = 1; attempt <= 2; attempt++) {
        try {
            const response = await connection.fetch(`${connection.base}${path}`, {
                method,
                headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), 'x-rollbar-access-token': token },
                ...(body === undefined ? {} : { body: JSON.stringify(body) }),
                signal: AbortSignal.timeout(connection.timeoutMs),
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
            await new Promise((resolve) => setTimeout(resolve, connection.retryDelayMs));
    }
    return scrub(last, token);
}
// Rollbar answers a PATCH of a deploy it already timed out with "status is not started".
const REFUSED_AS_TIMED_OUT = /not started|timed.?out/i;
function createRollbarNotifier(options) {
    const connection = rollbarConnection(options);
    const { log } = options;
    const send = (method, path, token, body) => rollbarRequest(connection, method, path, token, body);
    async function report(input, status) {
        return send('POST', '/api/1/deploy', input.token, {
            environment: input.environment,
            revision: input.revision,
            status,
            comment: input.comment,
            local_username: input.localUsername,
        });
    }
    // The canary's read of the same API (src/deploy/steps/canary.ts): the items of the release's code version.
    const { readNewItems } = createRollbarItemsReader(options);
    return {
        readNewItems,
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
    return {
        ok,
        status,
        message,
        ...(id !== undefined && id !== null ? { deployId: String(id) } : {}),
        ...(body === undefined ? {} : { body }),
    };
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
/**
 * Rollbar's versions API: GET /api/1/versions/{code_version}?environment=E with a read-scope project token.
 * Its `result.item_stats.new` counts the items first seen in that version, per level; the canary counts
 * `error` + `critical`. A version Rollbar has never heard of (404) has no items yet: 0, and the log says so.
 */
function createRollbarItemsReader(options) {
    const connection = rollbarConnection(options);
    return {
        async readNewItems({ token, codeVersion, environment }) {
            if (token === '')
                return { unavailable: 'no Rollbar read token' };
            const path = `/api/1/versions/${encodeURIComponent(codeVersion)}?environment=${encodeURIComponent(environment)}`;
            const reply = await rollbarRequest(connection, 'GET', path, token);
            if (reply.status === 404) {
                options.log?.info(`Rollbar: no version "${codeVersion}" in "${environment}" yet (no item reported for it): 0 new items.`);
                return { new: 0 };
            }
            if (!reply.ok)
                return { unavailable: `Rollbar's versions API answered ${explain(reply)}` };
            const counts = newItemCounts(reply.body);
            if (counts === undefined)
                return { unavailable: "Rollbar's versions API answered without result.item_stats.new counts" };
            return { new: counts.critical + counts.error };
        },
    };
}
function newItemCounts(body) {
    const at = (value, key) => typeof value === 'object' && value !== null ? value[key] : undefined;
    const fresh = at(at(at(body, 'result'), 'item_stats'), 'new');
    if (typeof fresh !== 'object' || fresh === null)
        return undefined;
    const count = (level) => {
        const value = at(fresh, level);
        if (value === undefined)
            return 0;
        return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
    };
    const critical = count('critical');
    const error = count('error');
    return critical === undefined || error === undefined ? undefined : { critical, error };
}

// EXTERNAL MODULE: ./src/deploy/deploy-timing.ts
var deploy_timing = __webpack_require__(8479);
// EXTERNAL MODULE: ./src/deploy/github-record.ts
var github_record = __webpack_require__(4264);
// EXTERNAL MODULE: ./src/deploy/host-history.ts
var host_history = __webpack_require__(9020);
// EXTERNAL MODULE: ./src/deploy/observe.ts
var observe = __webpack_require__(2079);
// EXTERNAL MODULE: ./src/deploy/pipeline.ts + 10 modules
var pipeline = __webpack_require__(428);
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

// EXTERNAL MODULE: ./src/app/inputs.ts
var app_inputs = __webpack_require__(4734);
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
/** Rollbar's items for the canary (rollbar-read-token): the Rollbar adapter's read, when it has one. */
function rollbarItemsReader(inputs, ports, log) {
    const rollbar = createRollbarNotifier({
        endpoint: inputs.rollbarEndpoint,
        log,
        ...(ports.rollbarFetch ? { fetch: ports.rollbarFetch } : {}),
    });
    const read = rollbar.readNewItems;
    return read ? { readNewItems: (input) => read(input) } : undefined;
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
    const converge = (0,app_settings/* convergeSettings */.bR)(inputs);
    // A canary guards a new release; a rollback goes back to one that ran, at once.
    const canary = release.kind === 'deploy'
        ? (0,app_settings/* canarySettings */.yM)(inputs, {
            codeVersion: release.commit,
            environments: [...new Set(rollbarDeploys.length > 0 ? rollbarDeploys.map((d) => d.environment) : [inputs.environment])],
        })
        : undefined;
    if (release.kind === 'rollback' && inputs.canarySeconds > 0)
        log.info('canary-seconds applies to deploys: this rollback has no canary.');
    const rollbarItems = canary?.rollbar ? rollbarItemsReader(inputs, ports, log) : undefined;
    const settings = {
        release,
        target: release.kind === 'rollback' ? ssmTarget : (0,app_settings/* targetSettings */.FG)(inputs, ssmTarget),
        policy: { ...policy, ...request.policy },
        host,
        ...(converge ? { converge } : {}),
        ...(canary ? { canary } : {}),
        ...(document ? { document } : {}),
        ...(rollbarDeploys.length > 0 ? { rollbarToken: rollbar.anyToken } : {}),
        secretValues: [...(0,app_inputs/* secretInputValues */.fl)(inputs), ...rollbarDeploys.map((target) => target.token)],
        ...(ports.signal ? { signal: ports.signal } : {}),
    };
    const deploy = request.runDeploy ?? pipeline/* runDeploy */.zt;
    // What the success status records for the PR check's estimate (src/deploy/deploy-timing.ts).
    const sessionEnds = await ports.credentialsExpireAt?.().catch(() => undefined);
    const recordedTiming = () => (0,deploy_timing/* deployTiming */.Om)(hosts.results, {
        deploySeconds: (now() - request.started) / 1000,
        timeoutMinutes: settings.policy.timeoutMinutes,
        ...(sessionEnds ? { sessionMinutes: Math.max(0, (sessionEnds.getTime() - request.started) / 60_000) } : {}),
    });
    const outcome = await deploy(settings, {
        hosts: hosts.runner,
        parameters: parameters.parameters,
        planner: request.planner,
        ...(ports.associations ? { associations: ports.associations } : {}),
        ...(request.opsworks ? { opsworks: request.opsworks } : {}),
        ...(request.build ? { build: request.build } : {}),
        ...(rollbarDeploys.length > 0 ? { notifier: rollbar.notifier } : {}),
        ...(rollbarItems ? { rollbarItems } : {}),
        ...(ports.recorder ? { recorder: (0,github_record/* completingRecorder */.$)(ports.recorder, request.deployed, recordedTiming) } : {}),
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
    // What ran before, by name: the records the hosts' preflights listed, when their state gave only a digest.
    const model = (0,host_history/* summaryNamingBefore */.SS)(summary, outcome.deployId);
    return { outcome, model, document: deployed };
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

/***/ 8479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ describeWithTiming),
/* harmony export */   Om: () => (/* binding */ deployTiming),
/* harmony export */   ZC: () => (/* binding */ decodeTiming)
/* harmony export */ });
/* unused harmony export encodeTiming */
const TOKEN = 'berth-timing/1';
const ROLLOUT_MODES = new Set(['rollout', 'canary']);
const CHANGED = new Set(['replaced', 'started']);
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
/**
 * The timing of a deploy from the hosts' answers to its rollout (and canary) runs; undefined when no
 * host answered one (nothing was rolled out). A run is a batch (or a canary), however many Run Commands
 * carried it: they run side by side, so it lasts as long as its slowest host.
 */
function deployTiming(answers, context) {
    const perHost = new Map();
    const perRun = new Map();
    const rolloutRuns = new Set();
    for (const { run, outcome } of answers) {
        const result = outcome.result;
        if (!result || !ROLLOUT_MODES.has(result.mode))
            continue;
        const seconds = Math.max(0, result.timings?.totalSeconds ?? 0);
        const host = perHost.get(outcome.host.instanceId) ?? { seconds: 0, copies: 0 };
        host.seconds += seconds;
        host.copies += result.copies.filter((c) => CHANGED.has(c.action)).length;
        perHost.set(outcome.host.instanceId, host);
        perRun.set(run, Math.max(perRun.get(run) ?? 0, seconds));
        if (result.mode === 'rollout')
            rolloutRuns.add(run);
    }
    if (perHost.size === 0)
        return undefined;
    const seconds = [...perHost.values()].map((h) => h.seconds);
    return {
        hosts: perHost.size,
        batches: Math.max(1, rolloutRuns.size),
        deploySeconds: context.deploySeconds,
        rolloutSeconds: [...perRun.values()].reduce((sum, s) => sum + s, 0),
        hostSeconds: { min: Math.min(...seconds), median: median(seconds), max: Math.max(...seconds) },
        copies: Math.max(...[...perHost.values()].map((h) => h.copies)),
        timeoutMinutes: context.timeoutMinutes,
        ...(context.sessionMinutes !== undefined ? { sessionMinutes: context.sessionMinutes } : {}),
    };
}
const round = (n) => String(Math.round(n));
function encodeTiming(timing) {
    const { hostSeconds: p } = timing;
    return [
        TOKEN,
        `h=${timing.hosts}`,
        `b=${timing.batches}`,
        `d=${round(timing.deploySeconds)}`,
        `w=${round(timing.rolloutSeconds)}`,
        `p=${round(p.min)}/${round(p.median)}/${round(p.max)}`,
        `c=${timing.copies}`,
        `t=${timing.timeoutMinutes}`,
        ...(timing.sessionMinutes !== undefined ? [`a=${Math.floor(timing.sessionMinutes)}`] : []),
    ].join(' ');
}
/** The timing at the end of a status description, or undefined when it holds none (a deploy before this berth). */
function decodeTiming(description) {
    const at = description.lastIndexOf(TOKEN);
    if (at < 0)
        return undefined;
    const fields = new Map();
    for (const part of description
        .slice(at + TOKEN.length)
        .trim()
        .split(/\s+/)) {
        const [key, value] = part.split('=');
        if (key && value !== undefined)
            fields.set(key, value);
    }
    const number = (key) => {
        const value = Number(fields.get(key));
        return fields.has(key) && Number.isFinite(value) && value >= 0 ? value : undefined;
    };
    const [min, med, max] = (fields.get('p') ?? '').split('/').map(Number);
    const required = [number('h'), number('b'), number('d'), number('w'), number('c'), number('t'), min, med, max];
    if (required.some((value) => value === undefined || !Number.isFinite(value)))
        return undefined;
    const session = number('a');
    return {
        hosts: number('h'),
        batches: number('b'),
        deploySeconds: number('d'),
        rolloutSeconds: number('w'),
        hostSeconds: { min: min, median: med, max: max },
        copies: number('c'),
        timeoutMinutes: number('t'),
        ...(session !== undefined ? { sessionMinutes: session } : {}),
    };
}
/** GitHub keeps 140 characters of a status description: the text is clipped so the token always fits whole. */
function describeWithTiming(description, timing, limit = 140) {
    if (!timing)
        return description;
    const token = ` · ${encodeTiming(timing)}`;
    const room = limit - token.length;
    const text = description.length <= room ? description : `${description.slice(0, Math.max(0, room - 1))}…`;
    return `${text}${token}`;
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
/* harmony import */ var _deploy_timing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8479);
/* harmony import */ var _document_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3469);



/**
 * A recorder that fills the payload from the deployed document (hash, per-definition images),
 * whatever the caller put there, so the history always holds what a rollback needs.
 */
function completingRecorder(inner, document, timing = () => undefined) {
    return {
        start: async (input) => {
            const doc = document();
            const payload = doc
                ? // Hashed with inline secrets as their references: the payload is readable by anyone with repo access.
                    {
                        ...input.payload,
                        documentHash: (0,_document_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .documentHash */ .k)((0,_stack_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .referencingSecrets */ .Us)(doc, '/')),
                        images: { ...input.payload.images, ...(0,_document_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .definitionImages */ .G)(doc) },
                    }
                : input.payload;
            return inner.start({ ...input, payload });
        },
        finish: (id, state, description) => inner.finish(id, state, state === 'success' ? (0,_deploy_timing_js__WEBPACK_IMPORTED_MODULE_1__/* .describeWithTiming */ .Gv)(description, timing()) : description),
        history: (environment) => inner.history(environment),
    };
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

/***/ 428:
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
// EXTERNAL MODULE: ./src/deploy/steps/canary.ts + 2 modules
var canary = __webpack_require__(6496);
// EXTERNAL MODULE: ./src/stack/secret-versions.ts
var secret_versions = __webpack_require__(2274);
// EXTERNAL MODULE: ./src/stack/secrets.ts
var secrets = __webpack_require__(6325);
// EXTERNAL MODULE: ./src/deploy/association.ts
var association = __webpack_require__(3476);
// EXTERNAL MODULE: ./src/deploy/lock-lease.ts
var lock_lease = __webpack_require__(4527);
// EXTERNAL MODULE: ./src/deploy/release-record.ts + 1 modules
var release_record = __webpack_require__(7237);
;// CONCATENATED MODULE: ./src/deploy/steps/converge.ts








/**
 * Seconds a converging host waits for a deploy holding the fleet lock: a deploy's own timeout and its
 * lock's 5 minutes, at most a day (the host mode's bound).
 */
function lockWaitSeconds(run) {
    return Math.min(run.settings.policy.timeoutMinutes * 60 + 300, 86_400);
}
function refuse(reason) {
    const sentence = /[.!?]$/.test(reason) ? reason : `${reason}.`;
    throw new failure/* DeployFailure */.Q(`Converge is on, but this release cannot be recorded for hosts that join: ${sentence} Nothing was changed.`, 'unchanged');
}
/**
 * Before anything is staged or any host is asked (right after the release is prepared): converge needs
 * the ssm target, State Manager, release templates, no 0x1D in the document (the template's sentinels),
 * and no secret whose value differs per host (`%{opsworks}`, `%{public_ip}`): such a secret is staged for
 * the hosts a deploy sees only, never for one that joins.
 */
function checkConverge(run, document) {
    const { settings, ports } = run;
    if (!settings.converge)
        return;
    if (settings.target.kind !== 'ssm')
        refuse('converge works with target ssm only (OpsWorks runs its own recipes on instances that join).');
    if (!ports.associations)
        refuse('no State Manager client was given.');
    if (!ports.planner.releaseTemplate)
        refuse('this planner makes no release templates.');
    if (settings.policy.restoreRecords)
        return; // rolled out from the hosts' records: no template is made
    if (JSON.stringify(document).includes('\\u001d')) {
        refuse('the document holds the control character 0x1D (group separator), which a release template reserves for host facts: remove it.');
    }
    const perHost = (0,secrets/* listInlineSecrets */.Dh)(document).filter(secrets/* isPerHost */.ql);
    if (perHost.length > 0) {
        refuse(`the secret(s) ${perHost.map((secret) => secret.name).join(', ')} differ per host (their value holds %{opsworks} or %{public_ip}) ` +
            'and are staged for the hosts a deploy sees only; a host that joins has none. Give them one value for every host, or turn converge off.');
    }
}
/** After the plans, before any host changes: the release's template, checked to fit a release record. */
async function prepareConverge(run, fleet, staged) {
    const { settings, ports } = run;
    const converge = settings.converge;
    const templater = ports.planner.releaseTemplate;
    if (!converge || !templater)
        return undefined; // without a templater, checkConverge refused the release
    let association;
    try {
        association = associationFor(run, converge);
    }
    catch (error) {
        refuse(`the association's commands: ${(0,errors/* errorMessage */.g)(error)}`);
    }
    if (settings.policy.restoreRecords)
        return { settings: converge, association };
    const plan = fleet.templateFor(staged.document, templater.facts(staged.stackName));
    // Every reference a host plan names is pinned already; the template names no other unless no host was planned.
    const unpinned = (0,secret_versions/* referencedParameters */.E)([plan]).filter((name) => !fleet.secretVersions.has(name));
    if (unpinned.length > 0) {
        const versions = await ports.parameters.versions(unpinned);
        const missing = unpinned.filter((name) => !versions.has(name));
        if (missing.length > 0)
            refuse(`the parameter(s) ${missing.join(', ')} do not exist.`);
        (0,secret_versions/* pinSecretVersions */.V4)(plan, versions);
    }
    let template;
    try {
        template = templater.encode(plan);
        (0,release_record/* encodeReleaseRecord */.vX)(template, { deployId: settings.release.deployId, release: settings.release.version });
    }
    catch (error) {
        refuse((0,errors/* errorMessage */.g)(error));
    }
    run.log.info(`Converge: the release template is ready (${template.length} bytes); it is recorded once the release succeeds`);
    return { settings: converge, template, association };
}
/**
 * After a successful deploy or rollback: the record (parts, head, previous generation removed), then the
 * association. A failure here fails the release's status (every host runs it, but a host that joins
 * would not get it), and the record's head is removed so no joining host runs an older release.
 */
async function recordRelease(run, prepared) {
    if (!prepared)
        return;
    const { settings, ports, log, outcome } = run;
    const { recordPrefix, associationName: name } = prepared.settings;
    const head = (0,release_record/* releaseHeadName */.xh)(recordPrefix);
    const report = { record: 'failed', head, association: 'failed', associationName: name };
    outcome.converge = report;
    const signal = settings.signal;
    if (signal?.aborted && signal.reason instanceof lock_lease/* LockLostError */.yx) {
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
                await (0,release_record/* removeReleaseRecord */.tj)(ports.parameters, recordPrefix);
                report.record = 'removed';
                log.warn(`Rolled back from the hosts' own records, which make no release template: removed the release record ${head}, so a host that joins runs nothing until the next deploy (not the release rolled back from).`);
            }
            else {
                const written = await (0,release_record/* writeReleaseRecord */.QH)(ports.parameters, recordPrefix, prepared.template, {
                    deployId: settings.release.deployId,
                    release: settings.release.version,
                });
                Object.assign(report, { record: 'written', generation: written.generation, bytes: written.bytes, parts: written.parts });
                log.info(`Release record ${head}: generation ${written.generation}, ${written.parts} part(s), ${written.bytes} bytes`);
            }
            const associations = ports.associations;
            if (!associations)
                throw new Error('no State Manager client was given');
            const ensured = await (0,association/* ensureAssociation */.yD)(associations, prepared.association);
            Object.assign(report, { association: ensured.state, associationId: ensured.id });
            log.info(`Association ${name} (${ensured.id}): ${ensured.state}`);
        }
        catch (error) {
            report.problem = (0,errors/* errorMessage */.g)(error);
            await forgetRecordAfter(run, report, recordPrefix);
            outcome.status = 'failure';
            outcome.summary = `${outcome.summary} But hosts that join cannot get it: ${report.problem}.`;
            log.error(outcome.summary);
        }
    });
}
/** A record left half-written (or the previous one) must not send joining hosts to an older release. */
async function forgetRecordAfter(run, report, recordPrefix) {
    if (report.record === 'written')
        return; // the association failed; the record is this release's
    try {
        await (0,release_record/* removeReleaseRecord */.tj)(run.ports.parameters, recordPrefix);
        report.record = 'removed';
    }
    catch (error) {
        report.problem = `${report.problem ?? ''}; removing the record failed too: ${(0,errors/* errorMessage */.g)(error)}`;
    }
}
function associationFor(run, converge) {
    const { settings, ports } = run;
    const target = settings.target;
    const templater = ports.planner.releaseTemplate;
    if (target.kind !== 'ssm' || !templater)
        throw new Error('converge needs target ssm and a release template');
    const waitSeconds = lockWaitSeconds(run);
    return (0,association/* wantedAssociation */.fz)({
        name: converge.associationName,
        commands: templater.convergeCommands({
            recordName: (0,release_record/* releaseHeadName */.xh)(converge.recordPrefix),
            lockName: settings.policy.lockName,
            region: settings.host.region,
            ...(settings.host.hostAwsEndpoint ? { endpoint: settings.host.hostAwsEndpoint } : {}),
            waitSeconds,
        }),
        tags: target.tags,
        concurrency: converge.concurrency,
        driftRepairMinutes: converge.driftRepairMinutes,
        timeoutSeconds: waitSeconds + settings.policy.timeoutMinutes * (deploy_run/* MINUTE */.pY / 1000),
    });
}

// EXTERNAL MODULE: ./src/deploy/hosts.ts
var deploy_hosts = __webpack_require__(2140);
// EXTERNAL MODULE: ./src/deploy/host-sends.ts
var host_sends = __webpack_require__(9747);
// EXTERNAL MODULE: ./src/deploy/readback.ts
var readback = __webpack_require__(1816);
;// CONCATENATED MODULE: ./src/deploy/steps/joined.ts
// Step, after a successful release: hosts that joined the targets while the deploy ran (resolved again
// at its end) got none of its commands. Each is read once (a `state` command of the plan it would get:
// the only third command of the deploy) and named in the outcome: with converge on, it converges to
// this release once the lock is released (its converge waits on the fleet lock); without, the next
// deploy includes it.





async function readJoinedHosts(run, fleet, staged) {
    const { settings, ports, log } = run;
    // OpsWorks: writing the stack's Custom JSON is the deploy's last act (its own lifecycle sets up new instances).
    if (settings.target.kind === 'opsworks')
        return;
    let now;
    try {
        now = await run.target.hosts(log);
    }
    catch (error) {
        log.info(`The targets could not be resolved again at the end of the deploy: ${(0,errors/* errorMessage */.g)(error)}`);
        return;
    }
    const joined = now.filter((host) => !fleet.hosts.some((h) => h.instanceId === host.instanceId));
    if (joined.length === 0)
        return;
    const version = settings.release.version;
    const waiting = settings.converge ? 'converges' : 'not deployed';
    const later = settings.converge
        ? `converges to ${version} once this deploy releases the fleet lock (its converge waits on the lock)`
        : `not deployed by this deploy; the next deploy (or input converge) includes it`;
    if (settings.policy.restoreRecords) {
        // A rollback from the hosts' records has no plan for a host that never ran the release.
        run.outcome.joined = joined.map((host) => ({
            instanceId: host.instanceId,
            hostname: host.hostname,
            state: waiting,
            story: `joined during the rollback; ${later}`,
        }));
        return;
    }
    // A host whose own facts make its plan impossible (a hostname too long, a path a fact makes climb) is
    // named, not read: the deploy itself went well.
    const plans = new Map();
    const refused = new Map();
    for (const host of joined) {
        try {
            const choice = { runMigration: false, preferLocal: settings.policy.preferLocalImages === true, force: false };
            plans.set(host.instanceId, fleet.planFor(staged.document, host, choice));
        }
        catch (error) {
            refused.set(host.instanceId, (0,errors/* errorMessage */.g)(error));
        }
    }
    const readable = joined.filter((host) => plans.has(host.instanceId));
    let answers = [];
    try {
        if (readable.length > 0)
            answers = await log.group(`Read ${readable.length} host(s) that joined during the deploy`, () => ports.hosts.run({
                sends: (0,host_sends/* hostSends */.q)(ports.planner, 'state', readable, (host) => {
                    const plan = plans.get(host.instanceId);
                    return plan ? ports.planner.encodePlan(plan) : undefined;
                }),
                comment: (0,deploy_run/* runComment */.P6)(run, 'joined'),
                deadline: run.now() + 5 * deploy_run/* MINUTE */.pY,
                executionTimeoutSeconds: 300,
                expectedSeconds: 1,
                onProgress: (host, status) => log.info(`${(0,deploy_hosts/* hostLabel */.vy)(host)}: ${status}`),
            }));
    }
    catch (error) {
        log.warn(`Could not read the hosts that joined: ${(0,errors/* errorMessage */.g)(error)}`);
    }
    run.outcome.joined = joined.map((host) => {
        const answer = answers.find((a) => a.host.instanceId === host.instanceId);
        const base = { instanceId: host.instanceId, hostname: host.hostname };
        const why = refused.get(host.instanceId);
        if (why !== undefined)
            return { ...base, state: 'unknown', story: `joined during the deploy; this release cannot run there: ${why}` };
        if (!answer?.result)
            return {
                ...base,
                state: 'unknown',
                story: `joined during the deploy; no answer to the read (${answer?.status ?? 'not asked'}); ${later}`,
            };
        if ((0,readback/* readBack */.e7)(plans, [answer]).ok)
            return { ...base, state: 'on the release', story: `joined during the deploy and already runs ${version}` };
        return { ...base, state: waiting, story: `joined during the deploy; ${later}` };
    });
    for (const host of run.outcome.joined)
        log.info(`${host.hostname || host.instanceId} (${host.instanceId}): ${host.story}`);
}

// EXTERNAL MODULE: ./src/deploy/steps/plans.ts
var plans = __webpack_require__(4207);
// EXTERNAL MODULE: ./src/deploy/host-history.ts
var host_history = __webpack_require__(9020);
;// CONCATENATED MODULE: ./src/deploy/steps/preflight.ts





/**
 * The answers a rollback from the hosts' records already has: its records read was this preflight (same
 * apps), sent just before the lock. Hosts it did not reach (they joined since) get the command.
 */
function earlierAnswers(run, apps) {
    const earlier = run.settings.policy.restoreRecords ? run.settings.policy.recordsPreflight : undefined;
    const same = earlier !== undefined && earlier.apps.length === apps.length && earlier.apps.every((app) => apps.includes(app));
    const answers = new Map();
    for (const outcome of same ? earlier.outcomes : []) {
        if (outcome.result?.mode === 'preflight')
            answers.set(outcome.host.instanceId, outcome);
    }
    return answers;
}
async function preflight(run, hosts, apps) {
    const { ports, log, settings } = run;
    const earlier = earlierAnswers(run, apps);
    const asked = hosts.filter((host) => !earlier.has(host.instanceId));
    if (earlier.size > 0) {
        log.info(`Preflight: ${hosts.length - asked.length} host(s) answered it with their records, before the lock` +
            (asked.length > 0 ? `; ${asked.length} more now` : ''));
    }
    const createdAt = new Date(run.now()).toISOString();
    const read = {
        apps,
        hostRoot: settings.host.hostRoot,
        environment: settings.release.environment,
        actor: settings.release.actor,
        region: settings.host.region,
        deadline: run.deadline,
    };
    // The plan gives only the root and the apps (as a history read's): the hosts' facts are not known yet.
    const planText = (host) => ports.planner.encodePlan({ ...(0,host_history/* historyPlan */.wd)(host, read, createdAt), deployId: settings.release.deployId });
    const sent = asked.length === 0
        ? []
        : await log.group(`Preflight on ${asked.length} host(s)`, () => ports.hosts.run({
            sends: (0,host_sends/* hostSends */.q)(ports.planner, 'preflight', asked, planText),
            comment: (0,deploy_run/* runComment */.P6)(run, 'preflight'),
            deadline: run.deadline,
            executionTimeoutSeconds: 300,
            // A read: about a second on the host.
            expectedSeconds: 1,
            onProgress: (host, status) => log.info(`${(0,deploy_hosts/* hostLabel */.vy)(host)}: ${status}`),
            ...(0,deploy_run/* withSignal */.l_)(run),
        }));
    // The earlier answers under today's names for the hosts (the target was resolved again under the lock).
    const results = [
        ...hosts.flatMap((host) => {
            const outcome = earlier.get(host.instanceId);
            return outcome ? [{ ...outcome, host }] : [];
        }),
        ...sent,
    ];
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
    return { hosts: (0,deploy_hosts/* rolloutOrder */.Ys)(named), roots, answers };
}

// EXTERNAL MODULE: ./src/stack/host-plan.ts
var host_plan = __webpack_require__(6238);
;// CONCATENATED MODULE: ./src/deploy/preflight-reads.ts
// What the deploy's first command answers besides the prerequisites (host/modes/preflight.sh with a
// plan): the apps' containers, the plans the host recorded, its last run's durations. From it and the
// plans the runner builds, without another round: what each host ran before (compare hashes here, as
// the `state` mode compares them on the host) and how long its rollout is likely to take.

/** The preflight's listing, when the host gave one (a host script older than this action gives none). */
function preflightReport(answer) {
    const report = answer?.preflight;
    return report && report.listed && Array.isArray(report.containers) ? report : undefined;
}
function healthOf(container) {
    if (!container.running)
        return 'unhealthy';
    return container.health === 'stopped' ? 'unhealthy' : container.health;
}
/**
 * What a host ran before, as a `state` run of the plan would have said it: every planned copy (cron
 * aside), `unchanged` when its container carries the plan's hash, else `outdated` (missing: no
 * container). Undefined when the preflight listed nothing.
 */
function stateBefore(answer, plan) {
    const report = preflightReport(answer);
    if (!answer || !report)
        return undefined;
    const copies = [];
    for (const def of plan.definitions) {
        if (def.mode === 'cron')
            continue;
        for (const planned of def.copies) {
            const container = report.containers.find((c) => c.name === planned.name);
            const same = container !== undefined && (0,host_plan/* runsDefinition */.AK)(container.hash, def);
            copies.push({
                definition: def.name,
                name: planned.name,
                containerId: '',
                // As the state mode: the plan's image when the copy runs it, else what docker lists.
                image: same || !container ? def.image : container.image,
                imageDigest: container && !same ? container.image : '',
                slot: '',
                health: container ? healthOf(container) : 'missing',
                action: same ? 'unchanged' : 'outdated',
            });
        }
    }
    return { ...answer, mode: 'state', copies, removed: [], prunedImages: [] };
}
/**
 * Seconds of work the host's rollout of `plan` is likely to take, from its last run: the copies it will
 * replace times their mean start-to-healthy, plus the migration when this plan runs it. Undefined when the
 * host has no durations to go by (it never recorded one, or the preflight listed nothing). The run's own
 * overhead comes on top (expectedOverheadSeconds): kept apart, as it varies with the host's load.
 */
function expectedSeconds(answer, plan) {
    const report = preflightReport(answer);
    if (!report)
        return undefined;
    let replaced = 0;
    for (const def of plan.definitions) {
        if (def.mode === 'cron')
            continue;
        // A manual definition already running is left alone unless redeployed.
        const running = def.copies.some((copy) => report.containers.some((c) => c.name === copy.name));
        if (def.mode === 'manual' && running && !def.redeploy)
            continue;
        for (const planned of def.copies) {
            const container = report.containers.find((c) => c.name === planned.name);
            if (def.redeploy || plan.force || !container || !(0,host_plan/* runsDefinition */.AK)(container.hash, def))
                replaced++;
        }
    }
    const durations = report.lastRun.startToHealthy.filter((s) => Number.isFinite(s) && s >= 0);
    const migration = plan.migration ? report.lastRun.migrationSeconds : 0;
    if (replaced === 0)
        return migration;
    if (durations.length === 0)
        return undefined;
    const mean = durations.reduce((sum, s) => sum + s, 0) / durations.length;
    return replaced * mean + migration;
}
/**
 * The host's last run's own time beyond its work and lock wait (secrets, logins, pulls, drains, cleanup),
 * as its state recorded it; undefined when it has none (a host script older than the field).
 */
function expectedOverheadSeconds(answer) {
    const overhead = preflightReport(answer)?.lastRun.overheadSeconds;
    return overhead !== undefined && Number.isFinite(overhead) ? Math.max(0, overhead) : undefined;
}
/** A batch's expected overhead: its largest host's (0 for hosts that recorded none). */
function batchOverheadSeconds(perHost) {
    return Math.max(0, ...perHost.map((s) => s ?? 0));
}
/** A batch's expected seconds: its slowest host's; undefined when any host's is unknown. */
function batchExpectedSeconds(perHost) {
    if (perHost.length === 0 || perHost.some((s) => s === undefined))
        return undefined;
    return Math.max(...perHost);
}

;// CONCATENATED MODULE: ./src/deploy/steps/prepare-rollout.ts


function prepareRollout(run, fleet, ready) {
    const { settings } = run;
    const batches = (0,deploy_hosts/* planBatches */.un)(fleet.hosts, settings.policy.batchSize, fleet.hasMigration);
    const sends = new Map();
    const expected = new Map();
    const overhead = new Map();
    for (const batch of batches) {
        overhead.set(batch, batchOverheadSeconds(batch.map((host) => expectedOverheadSeconds(ready.answers.get(host.instanceId)))));
        sends.set(batch, fleet.rolloutSends(batch));
        const seconds = batchExpectedSeconds(batch.map((host) => {
            const plan = fleet.plans.get(host.instanceId);
            return plan ? expectedSeconds(ready.answers.get(host.instanceId), plan) : undefined;
        }));
        if (seconds !== undefined)
            expected.set(batch, seconds);
    }
    const before = new Map();
    for (const host of fleet.hosts) {
        const plan = fleet.plans.get(host.instanceId);
        const state = plan ? stateBefore(ready.answers.get(host.instanceId), plan) : undefined;
        if (state)
            before.set(host.instanceId, state);
    }
    return { batches, sends, expectedSeconds: expected, expectedOverhead: overhead, before };
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
var rollout = __webpack_require__(8950);
// EXTERNAL MODULE: ./src/deploy/restore.ts
var restore = __webpack_require__(2801);
;// CONCATENATED MODULE: ./src/deploy/steps/restore-records.ts
// Step, in place of the rollout and read back when a rollback goes to a release only the hosts'
// records know (policy.restoreRecords): each host rolls out again the plan it recorded under that
// release's deploy id (host restore mode), so it runs exactly what it ran then, not a plan rebuilt from
// a document. A failure goes the usual way back (goBack), which restores what each host ran before.




/**
 * Copies a restore kept as they were are not health-gated by it: they must be healthy now, as its final
 * read (after its cleanup) saw them, else as it reported them (a host script without the final read).
 */
function unhealthyCopies(outcome) {
    return (outcome.result?.final ?? outcome.result?.copies ?? [])
        .filter((c) => c.health !== 'healthy' && c.health !== 'none')
        .map((c) => `${c.name} is ${c.health}`);
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
var steps_secrets = __webpack_require__(1858);
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
    checkConverge(run, release.document);
    await (0,steps_records/* startRecords */.V)(run, records);
    run.checkpoint.records = { ...records };
    run.save();
    const staged = await (0,steps_secrets/* stageSecrets */.i)(run, release);
    stopIfAsked(run);
    // Command 1 per host: prerequisites, and what it runs, recorded and took last time.
    const ready = await preflight(run, await run.target.hosts(run.log), Object.keys(staged.document.deploy));
    stopIfAsked(run);
    const fleet = await (0,plans/* planFleet */.E)(run, ready, staged);
    const converge = await prepareConverge(run, fleet, staged);
    const rollout = prepareRollout(run, fleet, ready);
    stopIfAsked(run);
    const { policy } = run.settings;
    run.outcome.before = Object.fromEntries(rollout.before);
    Object.assign(run.checkpoint, {
        phase: 'rollout',
        staged,
        fleet: { hosts: ready.hosts, roots: Object.fromEntries(ready.roots) },
        // What the way back needs when the hosts' state is all it has (no previous document).
        before: policy.failurePolicy === 'rollback' && staged.previous === undefined ? run.outcome.before : {},
    });
    run.save();
    await run.target.beforeRollout(fleet.hosts, run);
    // Command 2 per host: the rollout, whose answer ends with the host's own read back.
    const failure = policy.restoreRecords
        ? await restoreRecordedPlans(run, fleet, policy.restoreRecords)
        : await rollOutAndReadBack(run, fleet, rollout);
    if (failure)
        await (0,after_stop/* wayBack */.lZ)(run, fleet, failure);
    await run.target.afterSuccess(release.prepared, run.log);
    succeeded(run, fleet.hosts);
    await readJoinedHosts(run, fleet, staged);
    await recordRelease(run, converge);
}
async function rollOutAndReadBack(run, fleet, prepared) {
    const rolled = await (0,rollout/* rollOutBatches */.wY)(run, fleet, prepared);
    return rolled.failure ?? (await (0,rollout/* readBackFleet */.q$)(run, fleet, rolled.answered));
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
    outcome.summary = `${settings.release.kind === 'rollback' ? 'Rolled back to' : 'Deployed'} ${settings.release.version} on ${hosts.length} host(s); every host runs the planned images, healthy.${(0,canary/* promotedSentence */.E)(outcome.canary)}`;
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
    const holding = settings.policy.failurePolicy === 'stop' || settings.signal?.aborted === true;
    const lost = settings.signal?.reason instanceof lock_lease/* LockLostError */.yx;
    const why = settings.signal?.aborted ? (lost ? 'the deploy lost its lock' : 'the deploy was cancelled') : 'failure-policy stop';
    // A canary not promoted goes back whatever the policy: it never stays serving (unless the lock was
    // lost: another deploy may be changing the hosts now).
    const always = lost ? [] : changed.filter((h) => failure.alwaysBack?.some((a) => a.instanceId === h.instanceId));
    const goingBack = holding ? always : changed;
    const left = changed.filter((h) => !goingBack.includes(h));
    const leftReport = (h) => {
        const result = resultOf(h);
        const state = result?.ok ? `left on the new release (${why})` : `left as it is (${why})`;
        return report(h, result?.ok ? 'updated' : 'unknown', `${whatItDid(result)}; ${state}`, problemOf(h));
    };
    const leftSentence = `Left as is (${why}): ${left.length} host(s) changed by the new release (${left.map(deploy_hosts/* hostLabel */.vy).join(', ')}); the fleet may be mixed.`;
    if (goingBack.length === 0) {
        const hosts = fleet.hosts.map((h) => (changed.includes(h) ? leftReport(h) : unchangedReport(h)));
        throw new deploy_failure/* DeployFailure */.Q(`${reason}. ${leftSentence}`, 'mixed', hosts);
    }
    const back = await (0,deploy_hosts/* rollOut */.Of)({
        label: 'Restore batch',
        batches: (0,deploy_hosts/* planBatches */.un)(goingBack, settings.policy.batchSize, false),
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
        if (left.includes(h))
            return leftReport(h);
        const outcome = outcomes.find((o) => o.host.instanceId === h.instanceId);
        return afterRestore(h, whatItDid(resultOf(h)), outcome, problemOf(h));
    });
    const restored = hosts.filter((h) => h.state === 'rolled-back');
    const stuck = hosts.filter((h) => h.state === 'failed');
    const fleetState = left.length > 0 ? 'mixed' : fleetOf(hosts);
    const rest = left.length > 0 ? ` ${leftSentence}` : '';
    if (stuck.length === 0) {
        const runs = left.length > 0 ? '' : '; the fleet runs what it ran before';
        throw new deploy_failure/* DeployFailure */.Q(`${reason}. Restored ${restored.length} host(s) from their own records (${restored.map((h) => h.hostname || h.instanceId).join(', ')})${runs}.${rest}`, fleetState, hosts);
    }
    throw new deploy_failure/* DeployFailure */.Q(`${reason}. The way back failed on ${stuck.map((h) => `${h.hostname || h.instanceId} (${h.story})`).join('; ')}: the fleet is mixed, fix those hosts or deploy again.${rest}`, fleetState, hosts);
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

/***/ 6496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ canaryGate),
  E: () => (/* binding */ promotedSentence)
});

// EXTERNAL MODULE: ./src/stack/host-plan.ts
var host_plan = __webpack_require__(6238);
;// CONCATENATED MODULE: ./src/host/canary-plan.ts
// The canary command's plan: the rollout's plan text (encodeHostPlan) with the bake's three `meta`
// records appended, which the host's plan reader keeps as plain metadata (host/lib/canary.sh reads them).
// They are in no hash; the promotion's rollout sends the same plan without them.

/** The host takes at most six digits (host/lib/canary.sh canary_settings). */
const MAX_CANARY_SETTING = 999_999;
function record(key, value) {
    if (!Number.isSafeInteger(value) || value < 0 || value > MAX_CANARY_SETTING)
        throw new Error(`canary ${key} must be a whole number from 0 to ${MAX_CANARY_SETTING}, got ${value}`);
    return `meta${host_plan/* FIELD_END */.V0}${key}${host_plan/* FIELD_END */.V0}${value}${host_plan/* FIELD_END */.V0}${host_plan/* RECORD_END */.Y8}`;
}
/** The plan text of a canary command: the rollout's plan text and the bake's settings. */
function canaryPlanText(planText, bake) {
    return planText + record('canarySeconds', bake.seconds) + record('canaryMinRequests', bake.minRequests) + record('canaryMaxWaitSeconds', bake.maxWaitSeconds);
}

// EXTERNAL MODULE: ./src/stack/secrets.ts
var secrets = __webpack_require__(6325);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/deploy/cancel.ts
var cancel = __webpack_require__(5257);
;// CONCATENATED MODULE: ./src/deploy/canary-verdict.ts
/**
 * haproxy averages whole milliseconds: a response time this close to the old one's is never refused
 * by the ratio (0 ms vs 1 ms is not "infinitely slower").
 */
const RESPONSE_SLACK_MS = 20;
function percent(part, whole) {
    return whole > 0 ? (100 * part) / whole : 0;
}
const shown = (value) => `${value.toFixed(1)}%`;
/** "1 point", "0.5 points". */
const points = (value) => `${value} point${value === 1 ? '' : 's'}`;
/** The share of a side's attempts that got no answer: errors over requests plus errors. */
function errorShare(side) {
    return percent(side.errors, side.requests + side.errors);
}
/** Each number with its limit; the broken ones apart. */
function checks() {
    const judged = { numbers: [], broken: [] };
    const check = (text, over) => {
        judged.numbers.push(text);
        if (over)
            judged.broken.push(text);
    };
    return { judged, check };
}
/**
 * A TCP-mode backend (haproxy counts connections, no HTTP status, no response time): only its connection
 * errors can be judged; the row says so rather than pass a 0 % 5xx it never measured.
 */
const isTcp = (...sides) => sides.some((side) => side.unit === 'connections');
const TCP_NOTE = 'TCP mode: connections and their errors only (no HTTP status, no response time)';
function judgeCompared(side, limits) {
    const { new: fresh, old } = side;
    const { judged, check } = checks();
    const tcp = isTcp(fresh, old);
    if (tcp) {
        judged.numbers.push(TCP_NOTE);
    }
    else {
        const new5xx = percent(fresh.r5xx, fresh.requests);
        const old5xx = percent(old.r5xx, old.requests);
        check(`5xx ${shown(new5xx)} (${fresh.r5xx}/${fresh.requests}) vs ${shown(old5xx)} (${old.r5xx}/${old.requests}), limit old + ${points(limits.max5xxPoints)}`, new5xx > old5xx + limits.max5xxPoints);
    }
    const newErrors = errorShare(fresh);
    const oldErrors = errorShare(old);
    check(`errors ${shown(newErrors)} (${fresh.errors}) vs ${shown(oldErrors)} (${old.errors}), limit old + ${points(limits.max5xxPoints)}`, newErrors > oldErrors + limits.max5xxPoints);
    if (!tcp && fresh.requests > 0 && old.requests > 0) {
        check(`response time ${fresh.rtimeMs} ms vs ${old.rtimeMs} ms, limit ${limits.maxResponseRatio} x old`, fresh.rtimeMs > limits.maxResponseRatio * old.rtimeMs && fresh.rtimeMs - old.rtimeMs > RESPONSE_SLACK_MS);
    }
    return judged;
}
function judgeAlone(fresh, limits) {
    const { judged, check } = checks();
    const tcp = isTcp(fresh);
    if (tcp) {
        judged.numbers.push(TCP_NOTE);
    }
    else {
        const new5xx = percent(fresh.r5xx, fresh.requests);
        check(`5xx ${shown(new5xx)} (${fresh.r5xx}/${fresh.requests}), limit ${limits.max5xxPercent}%`, new5xx > limits.max5xxPercent);
    }
    const newErrors = errorShare(fresh);
    check(`errors ${shown(newErrors)} (${fresh.errors}), limit ${limits.max5xxPercent}%`, newErrors > limits.max5xxPercent);
    if (!tcp && fresh.requests > 0) {
        check(`response time ${fresh.rtimeMs} ms, limit ${limits.maxResponseMs} ms`, fresh.rtimeMs > limits.maxResponseMs);
    }
    return judged;
}
/** The verdict on one canary host's report. `rollbar`: absent when no read token was given. */
function canaryVerdict(report, limits, rollbar) {
    const rows = report.definitions.map((d) => {
        const judged = d.compared ? judgeCompared(d, limits) : judgeAlone(d.new, limits);
        return {
            app: d.app,
            definition: d.definition,
            compared: d.compared,
            ...(d.why !== undefined ? { why: d.why } : {}),
            new: d.new,
            old: d.old,
            verdict: judged.broken.length > 0 ? 'refuse' : 'pass',
            ...judged,
        };
    });
    const reasons = [];
    const warnings = [];
    for (const row of rows.filter((r) => r.verdict === 'refuse')) {
        const alone = row.compared ? '' : ' (nothing to compare: absolute limits)';
        reasons.push(`${row.definition}${alone}: ${row.broken.join('; ')}`);
    }
    if (report.restarts > 0)
        reasons.push(`a canary copy restarted ${report.restarts} time(s) during the bake`);
    const requests = rows.reduce((sum, r) => sum + r.new.requests, 0);
    let lowTraffic;
    // Per definition, as the host bakes on until each new copy has them: 2 requests compare nothing.
    const quiet = rows.filter((r) => r.new.requests < limits.minRequests);
    if (quiet.length > 0) {
        const got = quiet.map((r) => `${r.definition} ${r.new.requests}${isTcp(r.new) ? ' connections' : ''}`).join(', ');
        const numbers = `the new copies got fewer than canary-min-requests ${limits.minRequests} requests in ${report.bakedSeconds} s (${got})`;
        if (limits.lowTraffic === 'pass') {
            lowTraffic = 'passed with a warning';
            warnings.push(`low traffic: ${numbers}; passed (canary-low-traffic pass): the comparison rests on few requests`);
        }
        else if (limits.lowTraffic === 'fail') {
            lowTraffic = 'refused';
            reasons.push(`low traffic: ${numbers} (canary-low-traffic fail)`);
        }
        else {
            lowTraffic = 'refused after waiting';
            reasons.push(`low traffic: ${numbers}, still after waiting (canary-low-traffic wait, canary-max-wait-seconds)`);
        }
    }
    let rollbarRead;
    if (rollbar && 'unavailable' in rollbar) {
        rollbarRead = rollbar;
        warnings.push(`Rollbar's new items could not be read (${rollbar.unavailable}); judged on haproxy's counters alone`);
    }
    else if (rollbar) {
        rollbarRead = { new: rollbar.new, limit: limits.maxRollbarItems };
        if (rollbar.new > limits.maxRollbarItems) {
            reasons.push(`Rollbar: ${rollbar.new} new error/critical item(s) for this release, limit ${limits.maxRollbarItems}`);
        }
    }
    const promote = reasons.length === 0;
    return {
        promote,
        rows,
        uncompared: report.uncompared,
        bakedSeconds: report.bakedSeconds,
        requests,
        ...(lowTraffic ? { lowTraffic } : {}),
        restarts: report.restarts,
        ...(rollbarRead ? { rollbar: rollbarRead } : {}),
        reasons,
        warnings,
        text: verdictText(promote, rows, reasons, report.bakedSeconds),
    };
}
function verdictText(promote, rows, reasons, bakedSeconds) {
    if (!promote)
        return `refused after ${bakedSeconds} s: ${reasons.join('; ')}`;
    if (rows.length === 0)
        return 'promoted: no copy behind a load balancer needed replacing, nothing was baked';
    return `promoted after ${bakedSeconds} s: ${rows.map((r) => `${r.definition}: ${r.numbers.join('; ')}`).join(' | ')}`;
}

// EXTERNAL MODULE: ./src/deploy/hosts.ts
var hosts = __webpack_require__(2140);
// EXTERNAL MODULE: ./src/deploy/host-sends.ts
var host_sends = __webpack_require__(9747);
// EXTERNAL MODULE: ./src/deploy/run.ts
var deploy_run = __webpack_require__(114);
;// CONCATENATED MODULE: ./src/deploy/steps/canary.ts
// Step, inside the rollout (input canary-seconds): before each batch, its first host gets host mode
// `canary` (its rollout plan plus the canary's meta lines: copy 0 of each balanced definition on the new
// release, baked beside the old copies, haproxy's counters of both), the verdict is computed here
// (src/deploy/canary-verdict.ts, with Rollbar's new items when a read token is given), and the batch is
// promoted (its normal rollout, the canary host included) or the rollout stops there: the caller sends
// that host back through the way back whatever the failure policy (a refused canary never stays serving).








function canarySends(run, fleet, host, canary) {
    const { planner } = run.ports;
    return (0,host_sends/* hostSends */.q)(planner, 'canary', [host], (h) => {
        const plan = fleet.plans.get(h.instanceId);
        const bake = { seconds: canary.seconds, minRequests: canary.thresholds.minRequests, maxWaitSeconds: canary.maxWaitSeconds };
        return plan ? canaryPlanText(planner.encodePlan(plan), bake) : undefined;
    });
}
/** Rollbar's new items of the release, summed over its environments; unavailable when any read is. */
async function readRollbar(run, canary) {
    const { rollbar } = canary;
    if (!rollbar)
        return undefined;
    const reader = run.ports.rollbarItems;
    if (!reader)
        return { unavailable: 'no Rollbar reader is wired in' };
    run.log.secret(rollbar.token);
    let total = 0;
    for (const environment of rollbar.environments) {
        // The port never throws; a reader that does anyway must not leave the canary host half-way.
        const count = await reader
            .readNewItems({ token: rollbar.token, codeVersion: rollbar.codeVersion, environment })
            .catch((error) => ({ unavailable: (0,secrets/* redact */.E$)((0,errors/* errorMessage */.g)(error), [rollbar.token]) }));
        if ('unavailable' in count)
            return { unavailable: `environment "${environment}": ${count.unavailable}` };
        total += count.new;
    }
    return { new: total };
}
/**
 * The canary gate of a rollout: `runner` is the rollout's (the batch in flight is never cancelled),
 * `deadline` and `executionTimeoutSeconds` the rollout's too.
 */
function canaryGate(run, fleet, prepared, options) {
    const canary = run.settings.canary;
    let stop;
    const reports = [];
    const migrated = new Set();
    const record = (host, index, state, text, verdict) => {
        reports.push({
            instanceId: host.instanceId,
            hostname: host.hostname,
            batch: index + 1,
            batches: prepared.batches.length,
            state,
            text,
            ...(verdict ? { verdict } : {}),
        });
        run.outcome.canary = reports;
    };
    async function gate(batch, index) {
        const host = batch[0];
        if (!canary || !host)
            return true;
        const { log } = run;
        (0,cancel/* touch */._M)(run.checkpoint, [host]);
        // Until promoted, a cancelled job's post step sends it back whatever the policy.
        run.checkpoint.canary = [...(run.checkpoint.canary ?? []), host];
        run.save();
        const expected = canary.seconds + (prepared.expectedSeconds.get(batch) ?? 0);
        const title = `Canary ${index + 1}/${prepared.batches.length}: ${(0,hosts/* hostLabel */.vy)(host)} (bake ${canary.seconds} s, at most ${canary.maxWaitSeconds} s)`;
        const [outcome] = await log.group(title, () => options.runner.run({
            sends: canarySends(run, fleet, host, canary),
            comment: (0,deploy_run/* runComment */.P6)(run, 'canary'),
            deadline: options.deadline,
            executionTimeoutSeconds: options.executionTimeoutSeconds,
            expectedSeconds: expected,
            onProgress: (h, status) => log.info(`${(0,hosts/* hostLabel */.vy)(h)}: ${status}`),
        }));
        if (!outcome)
            throw new Error(`the canary run gave no answer for ${(0,hosts/* hostLabel */.vy)(host)}`);
        const measure = outcome.result?.canary;
        if (!(0,hosts/* succeeded */.gq)(outcome) || !measure) {
            const problem = (0,hosts/* succeeded */.gq)(outcome)
                ? `${(0,hosts/* hostLabel */.vy)(host)}: the host answered without the canary's counters (is its host script older than this action?)`
                : (0,hosts/* describeFailure */.Ic)(outcome);
            log.error(problem);
            record(host, index, 'failed', `the canary failed on ${(0,hosts/* hostLabel */.vy)(host)}`);
            stop = { host, outcome, reason: `The canary failed on ${(0,hosts/* hostLabel */.vy)(host)}`, problem };
            return false;
        }
        const { text, ...verdict } = canaryVerdict(measure, canary.thresholds, await readRollbar(run, canary));
        for (const warning of verdict.warnings)
            log.warn(`Canary on ${(0,hosts/* hostLabel */.vy)(host)}: ${warning}`);
        if (!verdict.promote) {
            const reason = `The canary on ${(0,hosts/* hostLabel */.vy)(host)} was ${text}`;
            log.error(reason);
            record(host, index, 'refused', text, verdict);
            stop = { host, outcome, reason, problem: `canary ${text}` };
            return false;
        }
        const stopped = (0,deploy_run/* stopReason */.PJ)(run);
        if (stopped) {
            record(host, index, 'stopped', `${text}; not promoted: ${stopped}`, verdict);
            stop = { host, outcome, reason: stopped, problem: `canary not promoted: ${stopped}` };
            return false;
        }
        if (outcome.result?.migration?.ran)
            migrated.add(host.instanceId);
        log.info(`Canary on ${(0,hosts/* hostLabel */.vy)(host)} ${text}`);
        record(host, index, 'promoted', text, verdict);
        run.checkpoint.canary = run.checkpoint.canary?.filter((h) => h.instanceId !== host.instanceId);
        run.save();
        return true;
    }
    function promotionSends(batch) {
        const host = batch[0];
        const plan = host && migrated.has(host.instanceId) ? fleet.plans.get(host.instanceId) : undefined;
        if (!host || !plan)
            return undefined;
        const { migration: _ran, ...rest } = plan;
        return fleet.rolloutSends(batch, new Map([...fleet.plans, [host.instanceId, rest]]));
    }
    return { gate, stopped: () => stop, promotionSends };
}
/** " The canary promoted it on docker1 (i-0), docker3 (i-2)." for a successful deploy's summary; '' without one. */
function promotedSentence(reports) {
    const promoted = (reports ?? []).filter((r) => r.state === 'promoted');
    if (promoted.length === 0)
        return '';
    const names = promoted.map((r) => (r.hostname && r.hostname !== r.instanceId ? `${r.hostname} (${r.instanceId})` : r.instanceId));
    return ` The canary promoted it on ${names.join(', ')}.`;
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

/***/ 4207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ planFleet)
/* harmony export */ });
/* harmony import */ var _stack_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4993);
/* harmony import */ var _stack_secret_versions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2274);
/* harmony import */ var _stack_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6325);
/* harmony import */ var _stack_hostname_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4563);
/* harmony import */ var _stack_host_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5281);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4457);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2140);
/* harmony import */ var _host_sends_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9747);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1858);









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
    const perHostWrites = (host) => staged.perHost.map((item) => (0,_stack_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .stagePerHost */ .m1)(item, host.hostname, (0,_stack_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .hostPlaceholders */ .vx)(factsOf(host))));
    const perHostNames = (host) => new Map(staged.perHost.map((item) => [item.name, (0,_stack_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .perHostParameter */ .H7)(item.name, host.hostname)]));
    const planFor = (document, host, choice) => (0,_stack_secret_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .pinSecretVersions */ .V4)(planUnpinned(document, host, choice), secretVersions);
    const planUnpinned = (document, host, choice) => (0,_stack_secret_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .retargetReferences */ .Ti)(buildPlan(document, factsOf(host), fleet.roots.get(host.instanceId) ?? hostSettings.hostRoot, choice), perHostNames(host));
    const reportedRoot = fleet.hosts.map((host) => fleet.roots.get(host.instanceId)).find((root) => root !== undefined);
    const buildPlan = (document, facts, hostRoot, choice) => ports.planner.hostPlan(document, facts, {
        deployId: release.deployId,
        release: release.version,
        revision: release.commit,
        actor: release.actor,
        createdAt: new Date(run.now()).toISOString(),
        hostRoot,
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
        try {
            plans.set(host.instanceId, planUnpinned(staged.document, host, {
                runMigration: index === 0 && !policy.skipMigration,
                preferLocal: policy.preferLocalImages === true,
                force: policy.force,
            }));
        }
        catch (error) {
            // What only a host's own facts show (a host path a fact makes climb, a hostname too long): refused
            // for the whole fleet before any host changes.
            if (error instanceof _stack_host_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .HostPathError */ .mL || error instanceof _stack_hostname_js__WEBPACK_IMPORTED_MODULE_2__/* .HostnameTooLongError */ .QW) {
                throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployFailure */ .Q(`${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_7__/* .hostLabel */ .vy)(host)}: ${error.message}. No host was changed.`, 'unchanged');
            }
            throw error;
        }
    });
    const written = [...staged.written];
    if (staged.perHost.length > 0) {
        await run.log.group(`Stage ${staged.perHost.length} per-host secret(s) for ${fleet.hosts.length} host(s)`, async () => {
            written.push(...(await (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .writeChangedSecrets */ .N)(ports.parameters, run.log, fleet.hosts.flatMap(perHostWrites))));
        });
    }
    for (const plan of plans.values())
        if (written.length > 0)
            plan.rotatedSecrets = written;
    for (const [name, version] of await currentVersions(run, (0,_stack_secret_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .referencedParameters */ .E)(plans.values())))
        secretVersions.set(name, version);
    for (const plan of plans.values())
        (0,_stack_secret_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .pinSecretVersions */ .V4)(plan, secretVersions);
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
        templateFor: (document, facts) => (0,_stack_secret_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .pinSecretVersions */ .V4)(
        // Under the root the hosts reported (the local world: each its own, BERTH_HOST_ROOT; a joining host
        // moves it under its own, rerootTemplate), else the host-root input every real host shares.
        buildPlan(document, facts, reportedRoot ?? hostSettings.hostRoot, { runMigration: false, preferLocal: false, force: false }), secretVersions),
        stateSends: (hosts) => {
            const planOf = (host) => encode(plans.get(host.instanceId));
            if (hosts)
                return (0,_host_sends_js__WEBPACK_IMPORTED_MODULE_8__/* .hostSends */ .q)(ports.planner, 'state', hosts, planOf);
            return (stateCommands ??= (0,_host_sends_js__WEBPACK_IMPORTED_MODULE_8__/* .hostSends */ .q)(ports.planner, 'state', fleet.hosts, planOf));
        },
        rolloutSends: (batch, planOf = plans) => (0,_host_sends_js__WEBPACK_IMPORTED_MODULE_8__/* .hostSends */ .q)(ports.planner, 'rollout', batch, (host) => encode(planOf.get(host.instanceId))),
    };
}
/** The current version of every referenced parameter; a missing one stops the deploy before any host is touched. */
async function currentVersions(run, names) {
    if (names.length === 0)
        return new Map();
    const versions = await run.ports.parameters.versions(names);
    const missing = names.filter((name) => !versions.has(name));
    if (missing.length > 0)
        throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .DeployFailure */ .Q((0,_stack_secret_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .missingParametersMessage */ .mL)(missing), 'unchanged');
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
/* unused harmony exports IN_FLIGHT_GRACE, finalRead */
/* harmony import */ var _host_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1480);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5257);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2140);
/* harmony import */ var _readback_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1816);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(114);
/* harmony import */ var _canary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6496);
// Steps: the rollout, batch after batch (the first failed host stops it), then the read back: a deploy
// is a success only when every host says it runs what was planned, healthy. A host's rollout ends by
// reading every planned copy again (its result's `final`): that is its read back, so only hosts whose
// answer lacks it (an older host script) get a `state` command after the rollout. A cancel or the deploy's
// deadline stops it starting new batches; the batch in flight is never cancelled (a SIGKILL mid-swap
// is worse than letting it finish), it gets IN_FLIGHT_GRACE past the deadline to end. With the canary on,
// each batch's first host gets its canary first (steps/canary.ts): a canary not promoted stops the rollout
// there and its host goes back whatever the failure policy. batch-wait-seconds pauses between batches.






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
    const runner = batchRunner(run, stop);
    const executionTimeoutSeconds = Math.min(_host_command_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_EXECUTION_TIMEOUT_SECONDS */ .I_, Math.max(60, Math.ceil((hardDeadline - run.now()) / 1000)));
    const canary = settings.canary
        ? (0,_canary_js__WEBPACK_IMPORTED_MODULE_2__/* .canaryGate */ .C)(run, fleet, prepared, { runner, deadline: hardDeadline, executionTimeoutSeconds })
        : undefined;
    const report = await (0,_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .rollOut */ .Of)({
        label: settings.release.kind === 'rollback' ? 'Rollback batch' : 'Batch',
        batches: prepared.batches,
        sendsFor: (batch) => {
            // Touched before the send: a cancel arriving while SSM takes the command still counts these hosts.
            (0,_cancel_js__WEBPACK_IMPORTED_MODULE_4__/* .touch */ ._M)(run.checkpoint, batch);
            run.save();
            return canary?.promotionSends(batch) ?? prepared.sends.get(batch) ?? fleet.rolloutSends(batch);
        },
        runner,
        comment: (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runComment */ .P6)(run),
        deadline: hardDeadline,
        executionTimeoutSeconds,
        log,
        signal: stop.signal,
        expectedSecondsFor: (batch) => prepared.expectedSeconds.get(batch),
        expectedOverheadFor: (batch) => prepared.expectedOverhead.get(batch),
        ...(canary ? { gate: canary.gate } : {}),
        ...(settings.policy.batchWaitSeconds ? { pause: (next) => pauseBefore(run, stop, next, prepared.batches.length) } : {}),
    });
    const stopped = (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .stopReason */ .PJ)(run);
    const held = canary?.stopped();
    const answered = [...report.succeeded, ...report.failed];
    if (report.failed.length === 0 && !stopped && !held)
        return { answered };
    if (stopped && report.failed.length === 0 && !held) {
        const left = report.notRun.length;
        log.warn(`${stopped}: no new batch was started${left > 0 ? ` (${left} host(s) not sent anything)` : ''}; the batch in flight was let finish.`);
    }
    return { failure: rolloutFailure(report.failed, answered, stopped, held), answered };
}
/** Why the rollout did not take: the failed hosts, else the canary that was not promoted, else the stop. */
function rolloutFailure(failed, answered, stopped, held) {
    const same = (host) => (o) => o.host.instanceId === host.instanceId;
    const reason = failed.length > 0 ? `The rollout failed on ${failed.map((f) => (0,_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .hostLabel */ .vy)(f.host)).join(', ')}` : (held?.reason ?? stopped);
    return {
        reason,
        touched: [...answered.map((o) => o.host), ...(held ? [held.host] : [])],
        problemOf: (host) => {
            if (held && same(host)(held))
                return held.problem;
            const outcome = failed.find(same(host));
            return outcome ? (0,_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFailure */ .Ic)(outcome) : undefined;
        },
        resultOf: (host) => (held && same(host)(held) ? held.outcome.result : answered.find(same(host))?.result),
        ...(held ? { alwaysBack: [held.host] } : {}),
        // A canary held back by the stop itself (promoted, then cancelled) is a stop too.
        ...(stopped !== undefined && failed.length === 0 && (!held || held.reason === stopped) ? { stopped: true } : {}),
    };
}
/** batch-wait-seconds before batch `next`: cut short by a cancel or the deadline, which then stop the rollout. */
async function pauseBefore(run, stop, next, count) {
    const seconds = run.settings.policy.batchWaitSeconds ?? 0;
    const ms = Math.min(seconds * 1000, Math.max(0, run.deadline - run.now()));
    run.log.info(`Waiting ${seconds} s before batch ${next + 1}/${count} (batch-wait-seconds)`);
    if (ms > 0)
        await sleepUnlessCancelled(run, ms);
    if ((0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .stopReason */ .PJ)(run))
        stop.abort();
}
/** The run's sleep (ports.sleep, a timer by default), ended early by the deploy's cancel. */
function sleepUnlessCancelled(run, ms) {
    const { signal } = run.settings;
    if (signal?.aborted)
        return Promise.resolve();
    return new Promise((resolve) => {
        let timer;
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        signal?.addEventListener('abort', done, { once: true });
        if (run.ports.sleep)
            void run.ports.sleep(ms).then(done, done);
        else
            timer = setTimeout(done, ms);
    });
}
/** What the hosts run now (a `state` run of the new plans; default every host of the fleet), never cancelled. */
function readFleetState(run, fleet, title, hosts) {
    const { ports, log } = run;
    return log.group(title, () => ports.hosts.run({
        sends: fleet.stateSends(hosts),
        comment: (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runComment */ .P6)(run, 'read back'),
        deadline: Math.max(run.deadline, run.now() + 5 * _run_js__WEBPACK_IMPORTED_MODULE_1__/* .MINUTE */ .pY),
        executionTimeoutSeconds: 300,
        onProgress: (host, status) => log.info(`${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .hostLabel */ .vy)(host)}: ${status}`),
    }));
}
/** A rollout's answer as its read back: its final read in place of what it did (undefined: no final read). */
function finalRead(outcome) {
    const final = outcome.result?.final;
    return outcome.result && Array.isArray(final) ? { ...outcome, result: { ...outcome.result, copies: final } } : undefined;
}
/**
 * Every host's read back: its rollout's final read; a `state` command only to hosts whose answer has
 * none (a host script older than this action).
 */
async function readBackFleet(run, fleet, answered) {
    run.checkpoint.phase = 'read back';
    run.save();
    const reads = new Map();
    for (const outcome of answered) {
        const read = finalRead(outcome);
        if (read)
            reads.set(outcome.host.instanceId, read);
    }
    const unread = fleet.hosts.filter((host) => !reads.has(host.instanceId));
    const state = unread.length > 0 ? await readFleetState(run, fleet, `Read back ${unread.length} host(s)`, unread) : [];
    const report = (0,_readback_js__WEBPACK_IMPORTED_MODULE_5__/* .readBack */ .e7)(fleet.plans, [...reads.values(), ...state]);
    // A cancel during the read back is still a cancel: the failure policy decides, as for any stop.
    if (report.ok && run.settings.signal?.aborted) {
        return { reason: 'The deploy was cancelled during the read back', touched: fleet.hosts, problemOf: () => undefined, stopped: true };
    }
    if (report.ok)
        return undefined;
    return {
        reason: `Read back failed:\n${(0,_readback_js__WEBPACK_IMPORTED_MODULE_5__/* .describeProblems */ .yg)(report)}`,
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

/***/ 2274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ referencedParameters),
/* harmony export */   Ti: () => (/* binding */ retargetReferences),
/* harmony export */   V4: () => (/* binding */ pinSecretVersions),
/* harmony export */   mL: () => (/* binding */ missingParametersMessage)
/* harmony export */ });
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


/***/ })

};
