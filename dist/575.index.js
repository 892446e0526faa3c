export const id = 575;
export const ids = [575];
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

/***/ 6575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDeployAction: () => (/* binding */ runDeployAction)
/* harmony export */ });
/* harmony import */ var _app_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3964);
/* harmony import */ var _app_deploy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5003);
/* harmony import */ var _deploy_document_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3469);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5738);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8592);
/* harmony import */ var _post_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(626);
/* harmony import */ var _release_step_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(194);
// `command: deploy`: inputs -> the app's deploy (src/app/deploy.ts) -> outputs and job summary.







async function runDeployAction(inputs) {
    const log = (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .actionLog */ .Z)();
    const context = (0,_app_context_js__WEBPACK_IMPORTED_MODULE_0__.contextFromEnv)();
    const cancel = (0,_cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .cancelOnSignals */ .d)();
    const result = await (0,_app_deploy_js__WEBPACK_IMPORTED_MODULE_1__/* .deployRelease */ .H)(inputs, context, await (0,_release_step_js__WEBPACK_IMPORTED_MODULE_6__/* .actionReleasePorts */ .u8)(inputs, context, log, cancel), log).finally(cancel.dispose);
    (0,_post_state_js__WEBPACK_IMPORTED_MODULE_5__/* .forgetPostState */ .bO)();
    const { outcome } = result;
    return (0,_release_step_js__WEBPACK_IMPORTED_MODULE_6__/* .publishRelease */ .Dl)(inputs, {
        result: (0,_release_step_js__WEBPACK_IMPORTED_MODULE_6__/* .deployResultJson */ .R2)(outcome),
        version: outcome.version,
        outcome,
        images: result.document ? (0,_deploy_document_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .definitionImages */ .G)(result.document) : outcome.images,
        model: result.model,
    });
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

/***/ 5003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ deployRelease)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/deploy/build.ts
// The build step of `deploy`: log in, build each image unless its tag is already in the registry,
// push every tag, and report the digest push gave. Login, build, push and pull are retried with
// backoff when the registry stumbles (5xx, EOF, reset), never when it refuses the credentials.

function failureKind(error) {
    const kind = error?.kind;
    return kind === 'auth' || kind === 'transient' ? kind : 'other';
}
/** The credentials were refused. The message names the user, never the secret. */
class RegistryCredentialsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RegistryCredentialsError';
    }
}
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** Registry host of a repository, by docker's rule (a first part with `.` or `:`, or localhost). */
function registryOf(image) {
    const slash = image.indexOf('/');
    const first = slash === -1 ? '' : image.slice(0, slash);
    return slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : 'docker.io';
}
/** The labels every build gets. */
function imageLabels(options, created) {
    const labels = {
        'org.opencontainers.image.revision': options.revision,
        'org.opencontainers.image.created': created,
    };
    if (options.source)
        labels['org.opencontainers.image.source'] = options.source;
    if (options.expiresAfter)
        labels['quay.expires-after'] = options.expiresAfter;
    return labels;
}
/** The tags of one build: the version (default the commit SHA) first, then extra tags, without repeats. */
function imageTags(options) {
    const tags = [...new Set([options.version || options.revision, ...(options.extraTags ?? [])].filter((t) => t !== ''))];
    for (const tag of tags) {
        if (!TAG.test(tag)) {
            throw new Error(`"${tag}" is not a valid image tag: use letters, digits, '_', '.', '-' (at most 128, not starting with '.' or '-').`);
        }
    }
    if (tags.length === 0)
        throw new Error('No tag to build: give a version or a commit SHA.');
    return tags;
}
async function buildAndPush(specs, options, ports) {
    const { log } = ports;
    if (options.credentials?.password)
        log.secret(options.credentials.password);
    const tags = imageTags(options);
    const created = options.created ?? new Date().toISOString();
    const labels = imageLabels(options, created);
    const retry = new Retrier(ports, options);
    if (options.credentials) {
        const { username, password } = options.credentials;
        for (const registry of new Set(specs.map((spec) => registryOf(spec.image)))) {
            // docker reports a refused login also when only its first request hit a 5xx (it then skips the
            // token handshake): a refusal counts as a stumble when the registry itself accepts the credentials.
            const stumbled = () => ports.registry.checkCredentials(registry).catch(() => false);
            await retry.run(`docker login ${registry}`, registry, () => ports.docker.login(registry, username, password), stumbled);
            log.info(`Logged in to ${registry} as ${username}.`);
        }
    }
    const built = [];
    for (const spec of specs) {
        const result = await log.group(`Build ${spec.image}:${tags[0]}`, () => buildOne(spec, tags, labels, options, ports, retry));
        log.info(`${spec.image}: ${result.skipped ? 'already in the registry, build skipped' : 'pushed'} ${result.reference}`);
        built.push(result);
    }
    return built;
}
async function buildOne(spec, tags, labels, options, ports, retry) {
    const registry = registryOf(spec.image);
    const [primary = ''] = tags;
    const refs = tags.map((tag) => `${spec.image}:${tag}`);
    if (options.skipExisting !== false && !options.force) {
        const existing = await existingDigest(spec.image, primary, options, ports);
        if (existing) {
            await addMissingTags(spec.image, existing, tags.slice(1), ports, retry, registry);
            return { image: spec.image, tags, digest: existing, reference: `${spec.image}@${existing}`, skipped: true };
        }
    }
    const request = {
        context: spec.context,
        dockerfile: spec.dockerfile || joinPath(spec.context, 'Dockerfile'),
        tags: refs,
        buildArgs: spec.buildArgs,
        labels,
        ...(spec.target ? { target: spec.target } : {}),
        ...(spec.platforms && spec.platforms.length > 0 ? { platforms: spec.platforms } : {}),
    };
    const { pushedDigest } = await retry.run(`docker build ${refs[0]}`, registry, () => ports.docker.build(request));
    if (pushedDigest)
        return { image: spec.image, tags, digest: pushedDigest, reference: `${spec.image}@${pushedDigest}`, skipped: false };
    let digest;
    for (const ref of refs) {
        const pushed = await retry.run(`docker push ${ref}`, registry, () => ports.docker.push(ref));
        digest ??= pushed;
        if (pushed !== digest)
            ports.log.warn(`${ref} was pushed as ${pushed}, ${refs[0]} as ${digest}.`);
    }
    if (!digest)
        throw new Error(`Nothing was pushed for ${spec.image}.`);
    return { image: spec.image, tags, digest, reference: `${spec.image}@${digest}`, skipped: false };
}
/** The digest of the tag in the registry, or undefined to build. A failed check only costs a build. */
async function existingDigest(image, tag, options, ports) {
    try {
        return await ports.registry.manifestDigest(image, tag);
    }
    catch (error) {
        if (failureKind(error) === 'auth' && options.credentials) {
            throw new RegistryCredentialsError((0,errors/* errorMessage */.g)(error));
        }
        ports.log.warn(`Could not check whether ${image}:${tag} exists (${(0,errors/* errorMessage */.g)(error)}); building it.`);
        return undefined;
    }
}
/** The version tag exists; make the extra tags (e.g. `latest`) point at it too, without building. */
async function addMissingTags(image, digest, extra, ports, retry, registry) {
    const missing = [];
    for (const tag of extra) {
        const current = await ports.registry.manifestDigest(image, tag).catch(() => undefined);
        if (current !== digest)
            missing.push(tag);
    }
    if (missing.length === 0)
        return;
    const source = `${image}@${digest}`;
    const targets = missing.map((tag) => `${image}:${tag}`);
    if (await ports.docker.hasBuildx()) {
        await retry.run(`tag ${source} as ${missing.join(', ')}`, registry, () => ports.docker.retagRemote(source, targets));
        return;
    }
    await retry.run(`docker pull ${source}`, registry, () => ports.docker.pull(source));
    for (const target of targets) {
        await ports.docker.tag(source, target);
        const pushed = await retry.run(`docker push ${target}`, registry, () => ports.docker.push(target));
        if (pushed !== digest)
            ports.log.warn(`${target} was pushed as ${pushed}, not as ${digest}: same image, different manifest.`);
    }
}
class Retrier {
    ports;
    options;
    attempts;
    baseDelayMs;
    sleep;
    constructor(ports, options) {
        this.ports = ports;
        this.options = options;
        this.attempts = Math.max(1, options.retry?.attempts ?? 4);
        this.baseDelayMs = options.retry?.baseDelayMs ?? 2000;
        this.sleep = ports.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    }
    /** Runs operation, retrying transient failures; `refusalIsTransient` may overrule an 'auth' failure. */
    async run(what, registry, operation, refusalIsTransient) {
        for (let attempt = 1;; attempt++) {
            try {
                return await operation();
            }
            catch (caught) {
                let error = caught;
                let kind = failureKind(error);
                if (kind === 'auth' && refusalIsTransient && (await refusalIsTransient())) {
                    kind = 'transient';
                    error = new Error(`refused, though the registry accepts these credentials: ${(0,errors/* errorMessage */.g)(caught)}`);
                }
                if (kind === 'auth')
                    throw this.refused(what, registry, error);
                if (kind !== 'transient' || attempt >= this.attempts) {
                    const tries = attempt > 1 ? ` after ${attempt} tries` : '';
                    // The ports' messages usually say what failed already ("docker push X failed (exit 1): ...").
                    const detail = (0,errors/* errorMessage */.g)(error).startsWith(what)
                        ? (0,errors/* errorMessage */.g)(error)
                            .slice(what.length)
                            .replace(/^ failed:? ?/, '')
                        : (0,errors/* errorMessage */.g)(error);
                    throw new Error(`${what} failed${tries}: ${detail}`, { cause: error });
                }
                const delay = this.baseDelayMs * 2 ** (attempt - 1);
                this.ports.log.warn(`${what} failed (${firstLine((0,errors/* errorMessage */.g)(error))}); try ${attempt + 1} of ${this.attempts} in ${delay / 1000} s.`);
                await this.sleep(delay);
            }
        }
    }
    refused(what, registry, error) {
        const user = this.options.credentials?.username;
        const advice = user
            ? `Registry ${registry} rejected the credentials of user "${user}" (${what}): the username or password (robot token) is wrong, or the user may not access this repository. Check registry-username and registry-password.`
            : `Registry ${registry} refused ${what} without credentials: set registry-username and registry-password.`;
        return new RegistryCredentialsError(`${advice}\n${(0,errors/* errorMessage */.g)(error)}`);
    }
}
function joinPath(dir, file) {
    return dir === '' || dir === '.' ? file : `${dir.replace(/\/+$/, '')}/${file}`;
}
function firstLine(text) {
    return text.split('\n').find((line) => line.trim() !== '') ?? text;
}

// EXTERNAL MODULE: ./src/deploy/merge-step.ts
var merge_step = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/app/context.ts
var app_context = __webpack_require__(3964);
// EXTERNAL MODULE: ./src/app/glob.ts
var glob = __webpack_require__(7625);
// EXTERNAL MODULE: ./src/app/inputs.ts
var app_inputs = __webpack_require__(4734);
// EXTERNAL MODULE: ./src/app/planner.ts
var planner = __webpack_require__(6727);
// EXTERNAL MODULE: ./src/app/release.ts + 2 modules
var release = __webpack_require__(3514);
// EXTERNAL MODULE: ./src/app/stack-output.ts
var stack_output = __webpack_require__(5842);
;// CONCATENATED MODULE: ./src/app/deploy.ts
// A deploy: the version (input, else the commit), the Stack JSON (one file), the build step (build,
// push, merge the new tags), then the shared release run. Writes the merged Stack JSON to
// stack-json-output, the next deploy's input.











/** Rollbar's comment: the commit subject and the actor. */
async function deployComment(context, commit, version) {
    const subject = commit ? await (0,app_context.commitSubject)(context.workspace, commit) : '';
    return `${subject || `Deploy ${version}`} (${context.actor})`;
}
async function deployRelease(inputs, context, deps, log) {
    const now = deps.now ?? Date.now;
    const started = now();
    (0,release/* maskSecrets */.QU)(inputs, log);
    const sha = (deps.env ?? process.env)['GITHUB_SHA'] ?? '';
    const version = inputs.version || sha;
    const commit = sha || inputs.version;
    if (version === '')
        throw new Error('No version to deploy: set the version input (or run in GitHub Actions, where the commit SHA is the default)');
    const plan = deps.planner ?? (0,planner/* releasePlanner */.e)(inputs.stackJson, inputs.maxCommandBytes, inputs.surge);
    const stackFile = inputs.target === 'ssm' ? (0,glob/* resolveStackFile */.TI)(inputs.stackJson, context.workspace) : '';
    let text = stackFile
        ? await (0,promises_.readFile)(stackFile, 'utf8').catch((error) => {
            throw new Error(`Cannot read the Stack JSON ${stackFile} (input stack-json): ${(0,errors/* errorMessage */.g)(error)}`);
        })
        : '';
    const document = stackFile ? plan.parseDocument(text) : undefined;
    let deployed = document;
    const built = [];
    const buildPorts = deps.buildPorts;
    if (inputs.builds.length > 0 && !buildPorts)
        throw new Error('images to build were given, but no docker is available to build them');
    const build = inputs.builds.length > 0 && buildPorts
        ? async (buildLog) => {
            const ports = await buildPorts();
            try {
                built.push(...(await buildAndPush(inputs.builds, {
                    revision: commit || version,
                    version,
                    extraTags: inputs.tags,
                    ...(inputs.expiresAfter ? { expiresAfter: inputs.expiresAfter } : {}),
                    ...(inputs.registryUsername
                        ? { credentials: { username: inputs.registryUsername, password: inputs.registryPassword } }
                        : {}),
                    skipExisting: inputs.skipExisting,
                    force: inputs.force,
                }, ports)));
            }
            finally {
                await ports.dispose?.();
            }
            // The record made next names what is deployed: the merged document, read back.
            if (stackFile)
                ({ text, document: deployed } = (0,merge_step/* mergeAndReadBack */.B7)(text, (0,merge_step/* updatesFromBuiltImages */.hs)(built), inputs.pinDigest, buildLog, plan.parseDocument));
            return {
                document: deployed,
                tags: Object.fromEntries(built.map((b) => [b.image, b.tags[0] ?? version])),
                images: Object.fromEntries(built.map((b) => [b.image, inputs.pinDigest ? b.reference : `${b.image}:${b.tags[0] ?? version}`])),
                digests: Object.fromEntries(built.map((b) => [b.image, b.digest])),
                pinDigest: inputs.pinDigest,
            };
        }
        : undefined;
    const run = await (0,release/* runRelease */.T_)({
        inputs,
        context,
        planner: plan,
        started,
        release: {
            kind: 'deploy',
            environment: inputs.environment,
            stackJsonPath: stackFile || inputs.stackJson,
            version,
            commit: commit || version,
            actor: context.actor,
            runUrl: context.runUrl,
            deployId: `${inputs.environment}-${context.runId}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`,
        },
        document,
        deployed: () => deployed,
        rollbarComment: await deployComment(context, commit, version),
        ...(build ? { build } : {}),
        ...(deps.opsworks ? { opsworks: deps.opsworks } : {}),
    }, deps, log);
    if (run.outcome.document && !stackFile)
        text = `${JSON.stringify(run.outcome.document, null, 2)}\n`;
    await (0,stack_output/* writeStackJsonOutput */.d3)(inputs.stackJsonOutput, text, (0,app_inputs/* secretInputValues */.fl)(inputs));
    return { outcome: run.outcome, model: run.model, text, document: run.document, built };
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


/***/ })

};
