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

/***/ 1196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B9: () => (/* binding */ commandLineContext),
  Du: () => (/* binding */ parseCommandLine),
  n9: () => (/* binding */ readReleaseFlags)
});

// UNUSED EXPORTS: SECRET_INPUT_ENV, secretInputHelp

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/app/context.ts
var context = __webpack_require__(3964);
// EXTERNAL MODULE: ./src/app/inputs.ts
var app_inputs = __webpack_require__(4734);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/app/input-values.ts
var input_values = __webpack_require__(7302);
// EXTERNAL MODULE: ./src/stack/credential-values.ts
var credential_values = __webpack_require__(7638);
// EXTERNAL MODULE: ./src/stack/secrets.ts
var secrets = __webpack_require__(6325);
;// CONCATENATED MODULE: ./src/cli/build-arg-flags.ts
// Build args may be plain (`VERSION=1.4`) or secret (`NPM_TOKEN=...`). A plain one is fine as a flag;
// a secret one is not, as every user of the machine reads a process's arguments (ps, /proc).



/** The inputs that carry build args: a flag of theirs is taken unless it holds a secret one. */
const BUILD_ARG_INPUTS = ['build-args', 'images'];
const isSecretArg = ([key, value]) => (0,secrets/* isSecretKey */.uE)(key) || (0,credential_values/* holdsUrlCredentials */.gX)(value);
/** Whether the text of a `--build-args` or `--images` flag holds a build arg that is a secret (a text that does not parse: no). */
function flagHoldsSecretBuildArg(input, text) {
    if (input === 'build-args') {
        const parsed = input_values/* buildArgs */.CH.safeParse(text);
        return parsed.success && Object.entries(parsed.data).some(isSecretArg);
    }
    const parsed = input_values/* images */.zC.safeParse(text);
    return parsed.success && parsed.data.some((build) => Object.entries(build.buildArgs).some(isSecretArg));
}

// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/args.ts
// The one command-line reader of every `berth <command>`: node's parseArgs plus -h/--help, with wrong
// usage turned into a UsageError (exit status 2). The release commands (deploy, rollback, unlock) take
// every action input as a flag of the same name, parsed by the inputs' one schema; the secret inputs
// come from the environment or stdin instead.







/** Says what went wrong with `--flag`-style parsing in words a user can act on. */
function describeParseError(error) {
    return (0,errors/* errorMessage */.g)(error).replace(/\. To specify a positional argument.*$/s, '');
}
/**
 * Parses `argv` with `options` (and -h/--help). Undefined after printing `help` when help was asked for.
 */
function parseCommandLine(argv, help, options, allowPositionals = false) {
    let parsed;
    try {
        const withHelp = { ...options, help: { type: 'boolean', short: 'h' } };
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals,
            options: withHelp,
        });
    }
    catch (error) {
        throw new usage/* UsageError */.e(describeParseError(error));
    }
    if (parsed.values.help) {
        process.stdout.write(help);
        return undefined;
    }
    return { values: parsed.values, positionals: parsed.positionals };
}
/** Where a command-line release runs: the checkout is the working directory; --repository names the GitHub repository. */
function commandLineContext(flags, env = process.env) {
    const repository = flags.repository !== undefined ? { GITHUB_REPOSITORY: flags.repository } : {};
    return { ...(0,context.contextFromEnv)({ ...env, ...repository }), workspace: process.cwd() };
}
/**
 * Inputs that hold secrets never come from a flag: every user of the machine reads a process's
 * arguments (`ps`, /proc). Each comes from its environment variable, or from stdin with `--<name>-stdin`.
 */
const SECRET_INPUT_ENV = {
    'github-token': 'BERTH_GITHUB_TOKEN',
    'registry-password': 'BERTH_REGISTRY_PASSWORD',
    'rollbar-token': 'BERTH_ROLLBAR_TOKEN',
    'rollbar-read-token': 'BERTH_ROLLBAR_READ_TOKEN',
    database: 'BERTH_DATABASE',
    // Build args: as a flag too while none of them is a secret (build-arg-flags.ts).
    'build-args': 'BERTH_BUILD_ARGS',
    images: 'BERTH_IMAGES',
};
const SECRET_INPUTS = Object.keys(SECRET_INPUT_ENV);
const isSecretInput = (name) => Object.hasOwn(SECRET_INPUT_ENV, name);
const isBuildArgInput = (name) => BUILD_ARG_INPUTS.includes(name);
/** How to give a secret input: the message for its refused flag, and the help text. */
function secretInputHelp(name) {
    return `set ${SECRET_INPUT_ENV[name]} in the environment or pipe it into --${name}-stdin`;
}
const INPUT_FLAGS = Object.fromEntries(app_inputs/* INPUT_NAMES */.Qh.filter((name) => name !== 'command').map((name) => [name, { type: 'string' }]));
const STDIN_FLAGS = Object.fromEntries(SECRET_INPUTS.map((name) => [`${name}-stdin`, { type: 'boolean' }]));
/** The secret inputs from the environment and stdin; a secret given as a flag is refused. */
function readSecretInputs(values, sources) {
    const env = sources.env ?? process.env;
    // A build arg input's flag is taken while it holds no secret build arg (build-arg-flags.ts).
    const given = SECRET_INPUTS.filter((name) => {
        const text = values[name];
        return typeof text === 'string' && (!isBuildArgInput(name) || flagHoldsSecretBuildArg(name, text));
    });
    if (given.length > 0) {
        const why = (name) => isBuildArgInput(name)
            ? ' with a secret build arg in it (a key holding PASSWORD, SECRET, TOKEN, KEY or CREDENTIAL, or user:password@)'
            : '';
        throw new usage/* UsageError */.e(given
            .map((name) => `--${name} is not accepted${why(name)}: a flag is visible to every user of this machine (ps, /proc); ${secretInputHelp(name)}`)
            .join('\n'));
    }
    const twice = BUILD_ARG_INPUTS.filter((name) => typeof values[name] === 'string' && ((env[SECRET_INPUT_ENV[name]] ?? '') !== '' || values[`${name}-stdin`] === true));
    if (twice.length > 0)
        throw new usage/* UsageError */.e(twice.map((name) => `--${name} is given twice (also by ${SECRET_INPUT_ENV[name]} or --${name}-stdin): give it once`).join('\n'));
    const piped = SECRET_INPUTS.filter((name) => values[`${name}-stdin`] === true);
    if (piped.length > 1)
        throw new usage/* UsageError */.e(`only one input can come from stdin, got ${piped.map((name) => `--${name}-stdin`).join(' and ')}`);
    const out = {};
    for (const name of SECRET_INPUTS) {
        const value = env[SECRET_INPUT_ENV[name]];
        if (value !== undefined && value !== '')
            out[name] = value;
    }
    const [fromStdin] = piped;
    if (fromStdin)
        out[fromStdin] = (sources.readStdin ?? (() => (0,external_node_fs_.readFileSync)(0, 'utf8')))().replace(/\r?\n$/, '');
    return out;
}
/**
 * Every input of the action as a flag of the same name (`--batch-size 2`), parsed like the action's
 * inputs, except the secret ones (SECRET_INPUT_ENV); `fallback` gives a value for an input not given.
 */
function readReleaseFlags(argv, command, help, fallback = () => '', sources = {}, extra = {}) {
    const parsed = parseCommandLine(argv, help, { ...INPUT_FLAGS, ...STDIN_FLAGS, json: { type: 'boolean' }, repository: { type: 'string' }, ...extra.options }, extra.positionals === true);
    if (!parsed)
        return undefined;
    const values = parsed.values;
    const secrets = readSecretInputs(values, sources);
    const given = (name) => {
        if (name === 'command')
            return command;
        const value = values[name];
        // A secret input's flag got this far only when allowed (a build arg input holding no secret).
        if (isSecretInput(name))
            return secrets[name] ?? (typeof value === 'string' ? value : fallback(name));
        return typeof value === 'string' ? value : fallback(name);
    };
    try {
        const inputs = (0,app_inputs/* parseActionInputs */.HC)(given);
        const repository = values['repository'];
        const own = Object.fromEntries(Object.keys(extra.options ?? {}).map((name) => [name, values[name]]));
        return {
            inputs,
            json: values['json'] === true,
            ...(typeof repository === 'string' ? { repository } : {}),
            own,
            positionals: parsed.positionals,
        };
    }
    catch (error) {
        if (error instanceof app_inputs/* InputError */.dz)
            throw new usage/* UsageError */.e(error.message
                .replace('Invalid action inputs', 'Invalid options')
                .replace(/input "([^"]+)"/g, (_, name) => isSecretInput(name) && typeof values[name] !== 'string' ? SECRET_INPUT_ENV[name] : `--${name}`));
        throw error;
    }
}


/***/ }),

/***/ 4558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ cancelOnCtrlC)
/* harmony export */ });
/* unused harmony export describeLeft */
/* harmony import */ var _deploy_hosts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2140);

/** What a quit leaves behind, in words: the commands still running and the lock. */
function describeLeft(checkpoint) {
    if (!checkpoint)
        return 'nothing was started on the hosts.';
    const running = [
        ...checkpoint.inFlight.map((c) => `${c.hosts.map(_deploy_hosts_js__WEBPACK_IMPORTED_MODULE_0__/* .hostLabel */ .vy).join(', ')} (command ${c.commandId})`),
        ...(checkpoint.sending.length > 0 ? [`${checkpoint.sending.map(_deploy_hosts_js__WEBPACK_IMPORTED_MODULE_0__/* .hostLabel */ .vy).join(', ')} (command being sent)`] : []),
    ];
    const lock = checkpoint.lock
        ? `The deploy lock ${checkpoint.lock.name} stays; run berth unlock once the hosts are done.`
        : 'No deploy lock was held.';
    return `${running.length > 0 ? `still running on ${running.join('; ')}.` : 'no host command is running.'} ${lock}`;
}
function cancelOnCtrlC(log, exit = (code) => process.exit(code)) {
    const controller = new AbortController();
    let latest;
    const onSignal = (name) => {
        if (!controller.signal.aborted) {
            controller.abort();
            const running = latest ? latest.inFlight.flatMap((c) => c.hosts).map(_deploy_hosts_js__WEBPACK_IMPORTED_MODULE_0__/* .hostLabel */ .vy) : [];
            log.warn(`${name}: stopping. No new batch starts${running.length > 0 ? `; the batch in flight (${running.join(', ')}) finishes` : ''}; ` +
                'then the failure policy, the read back and the lock release. Press Ctrl-C again to quit at once (the lock then stays).');
            return;
        }
        log.error(`${name} again: quitting; ${describeLeft(latest)}`);
        exit(130);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        onCheckpoint: (checkpoint) => {
            latest = checkpoint;
        },
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
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
  --batch-size N|P%        hosts at a time after the migration host (default 1; 25%: a quarter of them)
  --batch-wait-seconds N   pause after each batch that went well (default 0)
  --canary-seconds N       bake copy 0 on each batch's first host and compare it with the old copies
                           first (default 0: off; --canary-* thresholds, README: Canary)
  --failure-policy rollback|stop
  --timeout-minutes N      (default 30)
  --aws-region R, --aws-endpoint URL, --host-aws-endpoint URL
  --converge true          instances that join the --targets tags get the release by themselves
                           (--converge-concurrency 25%, --drift-repair-minutes N; README: Converge)
  BERTH_GITHUB_TOKEN, --repository OWNER/REPO  record a GitHub deployment (default $GITHUB_REPOSITORY)
  Secrets never as flags (ps shows them): BERTH_GITHUB_TOKEN, BERTH_REGISTRY_PASSWORD, BERTH_ROLLBAR_TOKEN,
  BERTH_ROLLBAR_READ_TOKEN, BERTH_DATABASE in the environment, or one of them piped into --<input>-stdin (--registry-password-stdin);
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


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ terminalLog)
/* harmony export */ });
/* harmony import */ var _stack_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);

function terminalLog(stream = process.stderr) {
    const secrets = new Set();
    const write = (prefix, message) => stream.write(`${prefix}${(0,_stack_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(message, secrets)}\n`);
    return {
        info: (message) => write('', message),
        warn: (message) => write('warning: ', message),
        error: (message) => write('error: ', message),
        async group(title, body) {
            write('== ', title);
            return body();
        },
        secret: (value) => {
            if (value !== '')
                secrets.add(value);
        },
    };
}


/***/ })

};
