export const id = 682;
export const ids = [682];
export const modules = {

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

/***/ 7625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ globFiles),
/* harmony export */   TI: () => (/* binding */ resolveStackFile)
/* harmony export */ });
/* unused harmony export hasGlobMagic */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// A small file matcher for the stack-json input (node:fs glob needs Node 22; we also run on 20).
// Supports `*`, `?`, `[...]` inside a path segment and `**` for any number of directories.
// Directories starting with `.` and node_modules are skipped unless the pattern names them.


const MAGIC = /[*?[]/;
function hasGlobMagic(pattern) {
    return MAGIC.test(pattern);
}
function segmentRegExp(segment) {
    let source = '';
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (ch === '*')
            source += '[^/]*';
        else if (ch === '?')
            source += '[^/]';
        else if (ch === '[') {
            const end = segment.indexOf(']', i + 2);
            if (end === -1)
                source += '\\[';
            else {
                const body = segment
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                source += `[${body}]`;
                i = end;
            }
        }
        else
            source += ch.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
function listDir(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).map((entry) => ({
            name: entry.name,
            isDir: entry.isDirectory() || (entry.isSymbolicLink() && isDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name))),
        }));
    }
    catch {
        return [];
    }
}
function isDirectory(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function isFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function hidden(name, segment) {
    return (name.startsWith('.') && !segment.startsWith('.')) || (name === 'node_modules' && segment !== 'node_modules');
}
/**
 * Files matching `pattern` (relative to `cwd`, or absolute), sorted, as paths in the pattern's own
 * form (relative stays relative). A pattern without magic matches itself when it is a file.
 */
function globFiles(pattern, cwd = process.cwd()) {
    const normalized = pattern.replace(/\\/g, '/');
    if (!hasGlobMagic(normalized))
        return isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, normalized)) || isFile(normalized) ? [normalized] : [];
    const absolute = normalized.startsWith('/');
    const segments = normalized.split('/').filter((s, i) => s !== '' && !(s === '.' && i === 0));
    const found = new Set();
    const walk = (index, relative) => {
        const dir = absolute ? '/' + relative : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, relative);
        if (index === segments.length) {
            if (isFile(dir))
                found.add(absolute ? '/' + relative : relative);
            return;
        }
        const segment = segments[index];
        if (segment === '**') {
            walk(index + 1, relative); // zero directories
            for (const entry of listDir(dir)) {
                if (entry.isDir && !hidden(entry.name, segments[index + 1] ?? ''))
                    walk(index, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(relative, entry.name));
            }
            return;
        }
        if (!hasGlobMagic(segment)) {
            walk(index + 1, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(relative, segment));
            return;
        }
        const re = segmentRegExp(segment);
        for (const entry of listDir(dir)) {
            if (hidden(entry.name, segment) || !re.test(entry.name))
                continue;
            if (index + 1 === segments.length ? !entry.isDir : entry.isDir)
                walk(index + 1, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(relative, entry.name));
        }
    };
    walk(0, '');
    return [...found].sort();
}
/** The one Stack JSON file a deploy uses: the input names a file, or a glob matching exactly one. */
function resolveStackFile(pattern, cwd) {
    if (!hasGlobMagic(pattern))
        return pattern;
    const files = globFiles(pattern, cwd);
    if (files.length !== 1) {
        throw new Error(`stack-json "${pattern}" must name exactly one file for a deploy; it matches ${files.length}${files.length > 0 ? `: ${files.join(', ')}` : ''}`);
    }
    return files[0];
}


/***/ }),

/***/ 2682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HELP: () => (/* binding */ HELP),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _app_deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5003);
/* harmony import */ var _app_wiring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4033);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9851);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4558);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1196);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7485);
// `berth deploy`: the action's deploy from a terminal. Every action input is a flag of the same
// name (`--batch-size 2`), so a workflow step and a command line say the same thing.
// Ctrl-C / SIGTERM: no new batch; the batch in flight finishes, then the failure policy, read back,
// lock release (src/cli/cancel.ts); a second one quits at once and leaves the lock.






const HELP = `Usage: berth deploy --stack-json FILE (--targets tag:Key=v | --instance-ids IDS) [options]

Builds and pushes the images (when --image is given), merges the new tag into the Stack JSON,
and rolls it out to the hosts through SSM Run Command; success only after every host reports the
planned images running, healthy. Every input of the GitHub Action is a flag of the same name:

  --stack-json FILE        the document (default stack.json)
  --environment NAME       lock, secrets prefix and records per environment (default production)
  --target ssm|opsworks    (default ssm)
  --targets 'tag:Role=web' / --instance-ids i-1,i-2
  --version V              the tag to deploy (default: the commit SHA in Actions; required here)
  --image REPO             build and push this image first
  --batch-size N           hosts at a time after the migration host (default 1)
  --failure-policy rollback|stop
  --timeout-minutes N      (default 30)
  --aws-region R, --aws-endpoint URL, --host-aws-endpoint URL
  --converge true          instances that join the --targets tags get the release by themselves
                           (--converge-concurrency 25%, --drift-repair-minutes N; README: Converge)
  BERTH_GITHUB_TOKEN, --repository OWNER/REPO  record a GitHub deployment (default $GITHUB_REPOSITORY)
  Secrets never as flags (ps shows them): BERTH_GITHUB_TOKEN, BERTH_REGISTRY_PASSWORD, BERTH_ROLLBAR_TOKEN,
  BERTH_DATABASE in the environment, or one of them piped into --<input>-stdin (--registry-password-stdin);
  build args with a secret (NPM_TOKEN=...) in BERTH_BUILD_ARGS / BERTH_IMAGES, plain ones also as flags
  ... and the rest: see the README's input table.
  --json                   print the outcome as JSON on stdout

Exit status: 0 deployed, 1 failed (the outcome says where the fleet is), 2 usage.
`;
async function run(argv) {
    const flags = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .readReleaseFlags */ .n9)(argv, 'deploy', HELP);
    if (!flags)
        return 0;
    const { inputs, json } = flags;
    if (!inputs.version && !process.env['GITHUB_SHA'])
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e('set --version (the tag to deploy)');
    const log = (0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalLog */ .d)();
    const context = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .commandLineContext */ .B9)(flags);
    const ports = await (0,_app_wiring_js__WEBPACK_IMPORTED_MODULE_1__.releasePorts)(inputs, context, log);
    const cancel = (0,_cancel_js__WEBPACK_IMPORTED_MODULE_5__/* .cancelOnCtrlC */ .A)(log);
    try {
        const result = await (0,_app_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .deployRelease */ .H)(inputs, context, { ...ports, signal: cancel.signal, onCheckpoint: cancel.onCheckpoint }, log);
        const { outcome } = result;
        // Without the document and the preflight's per-host reads (the summary's input, not a result).
        if (json)
            process.stdout.write(`${JSON.stringify({ ...outcome, document: undefined, before: undefined })}\n`);
        log.info(`${outcome.status === 'success' ? 'OK' : 'FAILED'}: ${outcome.summary}`);
        return outcome.status === 'success' ? 0 : 1;
    }
    finally {
        cancel.dispose();
    }
}


/***/ })

};
