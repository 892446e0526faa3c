export const id = 41;
export const ids = [41];
export const modules = {

/***/ 7041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsDeps: () => (/* binding */ awsDeps),
  dataVolumeImage: () => (/* reexport */ fleet_settings/* dataVolumeImage */.e),
  deployPlanner: () => (/* binding */ deployPlanner),
  deployRelease: () => (/* binding */ deployRelease),
  dockerBuildPorts: () => (/* binding */ dockerBuildPorts),
  gitHubRecorder: () => (/* binding */ gitHubRecorder),
  maxCommandBytes: () => (/* binding */ maxCommandBytes),
  resolveStackFile: () => (/* binding */ resolveStackFile),
  runDeployAction: () => (/* binding */ runDeployAction),
  runUnlockAction: () => (/* binding */ runUnlockAction),
  unlock: () => (/* binding */ unlock)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/adapters/github.ts
class GitHubApiError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'GitHubApiError';
    }
}
function createGitHubApi(options) {
    const doFetch = options.fetch ?? fetch;
    const base = options.baseUrl.replace(/\/+$/, '');
    return {
        async request(method, path, body) {
            const url = /^https?:\/\//.test(path) ? path : `${base}${path}`;
            let response;
            let lastError;
            // One retry for GitHub's occasional 502s and resets; never for 4xx.
            for (let attempt = 1; attempt <= 2; attempt++) {
                try {
                    response = await doFetch(url, {
                        method,
                        headers: {
                            accept: 'application/vnd.github+json',
                            authorization: `Bearer ${options.token}`,
                            'x-github-api-version': '2022-11-28',
                            'user-agent': 'berth',
                            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                        },
                        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
                        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
                    });
                    if (response.status < 500)
                        break;
                }
                catch (error) {
                    lastError = error;
                    response = undefined;
                }
                if (attempt === 1)
                    await new Promise((resolve) => setTimeout(resolve, 500));
            }
            if (!response) {
                const text = lastError instanceof Error ? lastError.message : String(lastError);
                throw new GitHubApiError(0, `GitHub API unreachable at ${base} (${text})`);
            }
            const text = await response.text();
            let data = undefined;
            try {
                data = text === '' ? undefined : JSON.parse(text);
            }
            catch {
                data = text;
            }
            if (response.status >= 400) {
                const message = typeof data === 'object' && data !== null && 'message' in data ? String(data.message) : text.slice(0, 200);
                throw new GitHubApiError(response.status, `GitHub API ${method} ${path.replace(base, '')}: HTTP ${response.status} ${message}`);
            }
            const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
            return { status: response.status, data, ...(next ? { next } : {}) };
        },
    };
}
function createDeployRecorder(api, options) {
    const repoPath = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}`;
    const historyLimit = options.historyLimit ?? 50;
    async function postStatus(id, state, description) {
        await api.request('POST', `${repoPath}/deployments/${id}/statuses`, {
            state,
            description: clip(description, 140),
            ...(options.logUrl ? { log_url: options.logUrl } : {}),
            ...(options.environmentUrl ? { environment_url: options.environmentUrl } : {}),
        });
    }
    return {
        async start(input) {
            let reply;
            try {
                reply = await api.request('POST', `${repoPath}/deployments`, {
                    // The exact commit, not a branch name that may have moved on since the run started.
                    ref: input.sha || input.ref,
                    task: 'deploy',
                    environment: input.environment,
                    description: clip(input.description, 140),
                    auto_merge: false,
                    required_contexts: [],
                    payload: input.payload,
                });
            }
            catch (error) {
                throw explainPermission(error);
            }
            const id = idOf(reply.data);
            if (reply.status !== 201 || id === undefined) {
                throw new Error(`GitHub did not create the deployment (HTTP ${reply.status}): ${JSON.stringify(reply.data).slice(0, 200)}`);
            }
            await postStatus(id, 'in_progress', input.description).catch((error) => {
                throw explainPermission(error);
            });
            return id;
        },
        async finish(deploymentId, state, description) {
            await postStatus(deploymentId, state, description);
        },
        async history(environment) {
            const deployments = [];
            let next = `${repoPath}/deployments?environment=${encodeURIComponent(environment)}&per_page=100`;
            while (next && deployments.length < historyLimit) {
                const reply = await api.request('GET', next);
                for (const item of Array.isArray(reply.data) ? reply.data : []) {
                    const parsed = parseDeployment(item);
                    if (parsed && deployments.length < historyLimit)
                        deployments.push(parsed);
                }
                next = reply.next;
            }
            const entries = [];
            for (const deployment of deployments) {
                const reply = await api.request('GET', `${repoPath}/deployments/${deployment.id}/statuses?per_page=100`);
                const states = (Array.isArray(reply.data) ? reply.data : [])
                    .map((status) => (typeof status === 'object' && status !== null && 'state' in status ? String(status.state) : ''));
                // GitHub turns an earlier success `inactive` once a newer one succeeds; it still was a good deploy.
                if (!states.includes('success'))
                    continue;
                entries.push({ ...deployment, state: states[0] ?? 'success' });
            }
            return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
        },
    };
}
function idOf(data) {
    return typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'number' ? data.id : undefined;
}
function parseDeployment(item) {
    if (typeof item !== 'object' || item === null)
        return undefined;
    const record = item;
    let payload = record.payload;
    if (typeof payload === 'string') {
        try {
            payload = JSON.parse(payload);
        }
        catch {
            return undefined;
        }
    }
    if (!isBerthPayload(payload) || typeof record.id !== 'number')
        return undefined;
    return { id: record.id, sha: String(record.sha ?? ''), createdAt: String(record.created_at ?? ''), payload };
}
function isBerthPayload(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const p = value;
    return p.tool === 'berth' && (p.kind === 'deploy' || p.kind === 'rollback') && typeof p.version === 'string'
        && typeof p.commit === 'string' && typeof p.stackJsonPath === 'string'
        && typeof p.images === 'object' && p.images !== null;
}
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function explainPermission(error) {
    if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
        return new Error(`${error.message}. The job needs \`permissions: deployments: write\` and a github-token that can write deployments.`);
    }
    return error;
}

// EXTERNAL MODULE: ./src/adapters/rollbar.ts
var adapters_rollbar = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/deploy/build.ts
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
            throw new RegistryCredentialsError(errorMessage(error));
        }
        ports.log.warn(`Could not check whether ${image}:${tag} exists (${errorMessage(error)}); building it.`);
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
                    error = new Error(`refused, though the registry accepts these credentials: ${errorMessage(caught)}`);
                }
                if (kind === 'auth')
                    throw this.refused(what, registry, error);
                if (kind !== 'transient' || attempt >= this.attempts) {
                    const tries = attempt > 1 ? ` after ${attempt} tries` : '';
                    // The ports' messages usually say what failed already ("docker push X failed (exit 1): ...").
                    const detail = errorMessage(error).startsWith(what) ? errorMessage(error).slice(what.length).replace(/^ failed:? ?/, '') : errorMessage(error);
                    throw new Error(`${what} failed${tries}: ${detail}`, { cause: error });
                }
                const delay = this.baseDelayMs * 2 ** (attempt - 1);
                this.ports.log.warn(`${what} failed (${firstLine(errorMessage(error))}); try ${attempt + 1} of ${this.attempts} in ${delay / 1000} s.`);
                await this.sleep(delay);
            }
        }
    }
    refused(what, registry, error) {
        const user = this.options.credentials?.username;
        const advice = user
            ? `Registry ${registry} rejected the credentials of user "${user}" (${what}): the username or password (robot token) is wrong, or the user may not access this repository. Check registry-username and registry-password.`
            : `Registry ${registry} refused ${what} without credentials: set registry-username and registry-password.`;
        return new RegistryCredentialsError(`${advice}\n${errorMessage(error)}`);
    }
}
function joinPath(dir, file) {
    return dir === '' || dir === '.' ? file : `${dir.replace(/\/+$/, '')}/${file}`;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
function firstLine(text) {
    return text.split('\n').find((line) => line.trim() !== '') ?? text;
}

// EXTERNAL MODULE: ./src/deploy/lock.ts
var lock = __webpack_require__(4332);
// EXTERNAL MODULE: ./src/stack/merge.ts
var merge = __webpack_require__(9604);
;// CONCATENATED MODULE: ./src/deploy/merge-step.ts
// The merge step of `deploy`: write the freshly built tags (or digests) into the Stack JSON,
// file in, file out. The text edit itself is the core's (src/stack/merge.ts): every other byte stays.



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
    const result = (0,merge/* mergeImageTags */.F)(text, updates, { pin });
    for (const image of result.unusedImages) {
        log.warn(`Built image ${image} is used by no definition of the Stack JSON; it was pushed but will not be deployed.`);
    }
    const what = updates.map((u) => (pin ? `${u.image}@${u.digest ?? ''}` : `${u.image}:${u.tag}`)).join(', ');
    const where = result.changed.map(({ app, definition }) => `${app}/${definition}`).join(', ');
    log.info(`Stack JSON: ${result.changed.length} definition(s) set to ${what}${where ? `: ${where}` : ''}.`);
    return result;
}
/**
 * Reads `inputPath`, merges, and writes `outputPath` (default: the input, in place).
 * The write goes through a temporary file and a rename, so a reader never sees half a document.
 */
async function mergeStackFile(input, log) {
    const text = await readFile(input.inputPath, 'utf8').catch((error) => {
        throw new Error(`Cannot read the Stack JSON ${input.inputPath}: ${error instanceof Error ? error.message : String(error)}`);
    });
    const result = mergeIntoText(text, input.updates, input.pin, log);
    const outputPath = input.outputPath || input.inputPath;
    await mkdir(dirname(outputPath), { recursive: true });
    const temporary = `${outputPath}.berth-${process.pid}.tmp`;
    await writeFile(temporary, result.text, 'utf8');
    await rename(temporary, outputPath);
    return { ...result, outputPath };
}

// EXTERNAL MODULE: ./src/deploy/pipeline.ts + 2 modules
var pipeline = __webpack_require__(5391);
// EXTERNAL MODULE: ./src/deploy/record.ts
var record = __webpack_require__(1654);
// EXTERNAL MODULE: ./src/deploy/host-history.ts
var host_history = __webpack_require__(9020);
// EXTERNAL MODULE: ./src/host/index.ts
var host = __webpack_require__(1702);
// EXTERNAL MODULE: ./src/action/glob.ts
var glob = __webpack_require__(5410);
// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(1729);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/post-state.ts
var post_state = __webpack_require__(626);
// EXTERNAL MODULE: ./src/action/rollback.ts + 2 modules
var rollback = __webpack_require__(4150);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/action/fleet-settings.ts
var fleet_settings = __webpack_require__(7346);
;// CONCATENATED MODULE: ./src/action/deploy.ts
// `command: deploy` and `command: unlock`: wires the inputs, the real adapters, the build step and
// the records to the pipeline (src/deploy/pipeline.ts), then writes outputs and the job summary.
// deployRelease() takes its outside parts as parameters, so the CLI and the world tests reuse it.




















/**
 * Size limit of one SendCommand's parameters. 16 KB is the figure quoted in public threads; an account
 * that allows more sets BERTH_MAX_COMMAND_BYTES (the local world's fake enforces whatever it is given).
 */
function maxCommandBytes(env = process.env) {
    const value = Number(env['BERTH_MAX_COMMAND_BYTES'] ?? '');
    return Number.isInteger(value) && value > 0 ? value : undefined;
}
/** The core's plans and the host script's commands, with the command size limit in force. */
function deployPlanner(file, env = process.env) {
    const base = (0,rollback.planner)(file);
    const maxBytes = maxCommandBytes(env);
    const options = maxBytes ? { maxBytes } : {};
    return {
        ...base,
        hostCommands: (mode, planText) => (0,host/* buildHostCommands */.$k)(mode, planText, options),
        // One command per batch (up to 50 hosts), carrying each host's plan; split only where it must be.
        packHostCommands: (mode, plans) => (0,host/* packHostCommands */.q)(mode, plans, options),
    };
}

/** Rollbar's comment: the commit subject and the actor. */
async function deployComment(context, commit, version) {
    const subject = commit ? await (0,rollback.commitSubject)(context.workspace, commit) : '';
    return `${subject || `Deploy ${version}`} (${context.actor})`;
}
/** The one Stack JSON file a deploy uses: the input names a file, or a glob matching exactly one. */
function resolveStackFile(pattern, cwd) {
    if (!(0,glob/* hasGlobMagic */.s)(pattern))
        return pattern;
    const files = (0,glob/* globFiles */.C)(pattern, cwd);
    if (files.length !== 1) {
        throw new Error(`stack-json "${pattern}" must name exactly one file for a deploy; it matches ${files.length}${files.length > 0 ? `: ${files.join(', ')}` : ''}`);
    }
    return files[0];
}
async function deployRelease(inputs, context, deps, log) {
    const now = deps.now ?? Date.now;
    const started = now();
    for (const value of (0,action_inputs/* secretInputValues */.fl)(inputs))
        log.secret(value);
    const version = inputs.version || process.env['GITHUB_SHA'] || '';
    const commit = process.env['GITHUB_SHA'] || inputs.version;
    if (version === '')
        throw new Error('No version to deploy: set the version input (or run in GitHub Actions, where the commit SHA is the default)');
    const plan = deps.planner ?? deployPlanner(inputs.stackJson, deps.env ?? process.env);
    const stackFile = inputs.target === 'ssm' ? resolveStackFile(inputs.stackJson, context.workspace) : '';
    let text = stackFile ? await (0,promises_.readFile)(stackFile, 'utf8').catch((error) => {
        throw new Error(`Cannot read the Stack JSON ${stackFile} (input stack-json): ${error instanceof Error ? error.message : String(error)}`);
    }) : '';
    const document = stackFile ? plan.parseDocument(text) : undefined;
    let deployed = document;
    const built = [];
    const build = inputs.builds.length > 0 && deps.buildPorts
        ? async (buildLog) => {
            const ports = await deps.buildPorts();
            try {
                built.push(...(await buildAndPush(inputs.builds.map((b) => ({ image: b.image, context: b.context, dockerfile: b.dockerfile, buildArgs: b.buildArgs, target: b.target, platforms: b.platforms })), {
                    revision: commit || version,
                    version,
                    extraTags: inputs.tags,
                    ...(inputs.expiresAfter ? { expiresAfter: inputs.expiresAfter } : {}),
                    ...(inputs.registryUsername ? { credentials: { username: inputs.registryUsername, password: inputs.registryPassword } } : {}),
                    skipExisting: inputs.skipExisting,
                    force: inputs.force,
                }, ports)));
            }
            finally {
                await ports.dispose?.();
            }
            if (stackFile)
                text = mergeIntoText(text, updatesFromBuiltImages(built), inputs.pinDigest, buildLog).text;
            // The record made next names what is deployed: the merged document.
            if (stackFile)
                deployed = plan.parseDocument(text);
            return {
                document: deployed,
                tags: Object.fromEntries(built.map((b) => [b.image, b.tags[0] ?? version])),
                images: Object.fromEntries(built.map((b) => [b.image, inputs.pinDigest ? b.reference : `${b.image}:${b.tags[0] ?? version}`])),
                digests: Object.fromEntries(built.map((b) => [b.image, b.digest])),
            };
        }
        : undefined;
    if (inputs.builds.length > 0 && !deps.buildPorts)
        throw new Error('images to build were given, but no docker is available to build them');
    const hosts = (0,record/* observeHostRunner */.VL)(deps.hosts, now);
    const parameters = (0,record/* observeLock */.i4)(deps.parameters, inputs.lockName, now);
    const rollbarDeploys = document
        ? await (0,record/* resolveRollbarTargets */.F0)((0,record/* rollbarTargets */.rG)(document, { environment: inputs.environment, tokenInput: inputs.rollbarToken }), parameters.parameters, log)
        : [];
    const rollbar = (0,record/* fanOutNotifier */.Q5)((0,adapters_rollbar/* createRollbarNotifier */.v)({ endpoint: inputs.rollbarEndpoint, log, ...(deps.rollbarFetch ? { fetch: deps.rollbarFetch } : {}) }), rollbarDeploys, { revision: commit || version, comment: await deployComment(context, commit, version), localUsername: context.actor });
    const settings = {
        kind: 'deploy',
        environment: inputs.environment,
        target: inputs.target,
        ...(document ? { document } : {}),
        stackJsonPath: stackFile || inputs.stackJson,
        version,
        commit: commit || version,
        actor: context.actor,
        runUrl: context.runUrl,
        deployId: `${inputs.environment}-${context.runId}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`,
        ...(0,fleet_settings/* fleetSettings */.E)(inputs, document, { env: deps.env, hostRoots: deps.hostRoots }),
        ...(inputs.target === 'opsworks'
            ? { opsworks: { stackId: inputs.stackId, ...(inputs.appId ? { appId: inputs.appId } : {}), layerIds: inputs.layerIds, command: { name: inputs.opsworksCommand || 'deploy' } } }
            : {}),
        ...(rollbarDeploys.length > 0 ? { rollbarToken: rollbar.anyToken } : {}),
        ...(deps.signal ? { signal: deps.signal } : {}),
    };
    const outcome = await (0,pipeline/* runDeploy */.z)(settings, {
        hosts: hosts.runner,
        parameters: parameters.parameters,
        planner: plan,
        ...(deps.opsworks ? { opsworks: deps.opsworks } : {}),
        ...(build ? { build } : {}),
        ...(rollbarDeploys.length > 0 ? { notifier: rollbar.notifier } : {}),
        ...(deps.recorder ? { recorder: (0,record/* completingRecorder */.$6)(deps.recorder, () => deployed) } : {}),
        ...(deps.onLockTaken ? { onLockTaken: deps.onLockTaken } : {}),
        ...(deps.onRecordStarted ? { onRecordStarted: deps.onRecordStarted } : {}),
        now,
    }, log);
    deployed = outcome.document ?? deployed;
    if (outcome.document && !stackFile)
        text = `${JSON.stringify(outcome.document, null, 2)}\n`;
    const summary = {
        outcome,
        observed: hosts.results,
        environment: inputs.environment,
        commit: commit || version,
        seconds: (now() - started) / 1000,
        rollbar: rollbar.activity,
        lock: parameters.lock,
    };
    // What ran before, by name: the hosts' records, when their state gave only a digest.
    const model = deployed
        ? await (0,host_history/* summaryNamingBefore */.SS)(summary, deps.hosts, plan, { deployId: outcome.deployId, document: deployed, settings, now }, log)
        : (0,record/* summaryModel */.cT)(summary);
    return { outcome, model, text, document: deployed, built };
}
/** Real AWS clients and adapters for the inputs (region, endpoint override, adaptive retries). */
async function awsDeps(inputs, log) {
    const { deploySsmClients, createOpsWorksClient } = await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(859), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 2796));
    const { createSsmCommandPort } = await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(859), __webpack_require__.e(901)]).then(__webpack_require__.bind(__webpack_require__, 9282));
    const { createParameterStore } = await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(138)]).then(__webpack_require__.bind(__webpack_require__, 2138));
    const { createHostRunner } = await __webpack_require__.e(/* import() */ 808).then(__webpack_require__.bind(__webpack_require__, 4808));
    const client = { region: inputs.awsRegion || process.env['AWS_REGION'] || 'us-east-1', ...(inputs.awsEndpoint ? { endpoint: inputs.awsEndpoint } : {}) };
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
        parseResult: host/* parseHostResult */.Bp,
        ...(inputs.cloudwatchLogGroup ? { cloudWatchLogGroup: inputs.cloudwatchLogGroup } : {}),
        warn: (message) => log.warn(message),
    });
    let opsworks;
    if (inputs.target === 'opsworks') {
        const { createOpsWorks } = await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(859), __webpack_require__.e(824)]).then(__webpack_require__.bind(__webpack_require__, 7824));
        opsworks = createOpsWorks(createOpsWorksClient(client), { pollIntervalMs: inputs.pollIntervalSeconds * 1000 });
    }
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
function gitHubRecorder(inputs, context) {
    if (!inputs.githubToken || !context.owner)
        return undefined;
    return createDeployRecorder(createGitHubApi({ baseUrl: context.apiUrl, token: inputs.githubToken }), {
        owner: context.owner,
        repo: context.repo,
        ...(context.runUrl ? { logUrl: context.runUrl } : {}),
    });
}
async function runDeployAction(inputs) {
    const log = (0,rollback.actionLog)();
    const context = (0,rollback.contextFromEnv)();
    const recorder = gitHubRecorder(inputs, context);
    const region = inputs.awsRegion || process.env['AWS_REGION'] || 'us-east-1';
    const result = await deployRelease(inputs, context, {
        ...(await awsDeps(inputs, log)),
        ...(recorder ? { recorder } : {}),
        buildPorts: dockerBuildPorts(inputs, log),
        ...(0,rollback.hostRootsFromEnv)(),
        // The post step releases what a cancelled job leaves behind.
        ...(0,post_state/* postStepHooks */.dD)({ region, endpoint: inputs.awsEndpoint, environment: inputs.environment }),
    }, log);
    (0,post_state/* forgetPostState */.bO)();
    const { outcome } = result;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(inputs.stackJsonOutput), { recursive: true });
    await (0,promises_.writeFile)(inputs.stackJsonOutput, result.text);
    outputs/* outputs */.V4.setResult({
        status: outcome.status, kind: outcome.kind, version: outcome.version, fleet: outcome.fleet, summary: outcome.summary,
        hosts: outcome.hosts, deployId: outcome.deployId, ...(outcome.opsworksDeploymentId ? { opsworksDeploymentId: outcome.opsworksDeploymentId } : {}),
    });
    outputs/* outputs */.V4.setVersion(outcome.version);
    if (outcome.githubDeploymentId !== undefined)
        outputs/* outputs */.V4.setDeploymentId(outcome.githubDeploymentId);
    outputs/* outputs */.V4.setImages(result.document ? (0,record/* definitionImages */.GL)(result.document) : outcome.images);
    outputs/* outputs */.V4.setImageDigests(outcome.digests);
    outputs/* outputs */.V4.setStackJsonPath(inputs.stackJsonOutput);
    await (0,summary/* writeJobSummary */.j)(result.model, (0,action_inputs/* secretInputValues */.fl)(inputs));
    if (outcome.status !== 'success')
        core/* setFailed */.C1(outcome.summary);
}
/** Clears the deploy lock whoever holds it, saying whose it was. */
async function unlock(inputs, parameters, log) {
    const holder = await (0,lock/* clearLock */.Nq)(parameters, inputs.lockName);
    const message = holder
        ? `Released the deploy lock ${inputs.lockName}, held by ${(0,lock/* describeHolder */.sG)(holder)}`
        : `The deploy lock ${inputs.lockName} was not held; nothing to do`;
    log.info(message);
    return message;
}
async function runUnlockAction(inputs) {
    const log = (0,rollback.actionLog)();
    const { parameters } = await awsDeps({ ...inputs, target: 'ssm' }, log);
    await unlock(inputs, parameters, log);
}


/***/ })

};
