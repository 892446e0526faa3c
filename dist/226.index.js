export const id = 226;
export const ids = [226];
export const modules = {

/***/ 8226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DockerCli: () => (/* binding */ DockerCli)
/* harmony export */ });
/* unused harmony exports spawnCommand, DockerCommandError, classifyDockerFailure, parsePushDigest, buildCommand */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _stack_credential_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7638);
/* harmony import */ var _stack_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6325);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17);
// The docker CLI, driven with argument arrays (never a shell). Passwords go in on stdin, build-arg
// values through the child's environment, and every credential lives in a temporary DOCKER_CONFIG
// that dispose() removes. buildx is used when the client has it; the classic builder otherwise.







const OUTPUT_LIMIT = 256 * 1024;
/** The real runner: spawn without a shell. Keeps the last 256 KiB of each stream. */
const spawnCommand = (file, args, options) => new Promise((resolve, reject) => {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...args], { env: options.env, cwd: options.cwd, shell: false, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const collect = (stream, append) => {
        let partial = '';
        stream.on('data', (chunk) => {
            const text = chunk.toString('utf8');
            append(text);
            if (!options.onLine)
                return;
            const lines = (partial + text).split(/\r?\n/);
            partial = lines.pop() ?? '';
            for (const line of lines)
                if (line.trim())
                    options.onLine(line);
        });
        stream.on('end', () => {
            if (partial.trim())
                options.onLine?.(partial);
        });
    };
    collect(child.stdout, (t) => {
        stdout = (stdout + t).slice(-OUTPUT_LIMIT);
    });
    collect(child.stderr, (t) => {
        stderr = (stderr + t).slice(-OUTPUT_LIMIT);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr }));
    child.stdin.on('error', () => undefined); // the program may exit before reading its input
    child.stdin.end(options.input ?? '');
});
/** A docker command that failed. `kind` says whether trying again can help. Text is already redacted. */
class DockerCommandError extends Error {
    kind;
    exitCode;
    output;
    constructor(message, kind, exitCode, output) {
        super(message);
        this.kind = kind;
        this.exitCode = exitCode;
        this.output = output;
        this.name = 'DockerCommandError';
    }
}
const AUTH_PATTERNS = [
    /\bunauthorized\b/i,
    /\b401\b/,
    /incorrect username or password/i,
    /authentication required/i,
    /denied: requested access to the resource is denied/i,
    /\bno basic auth credentials\b/i,
];
const TRANSIENT_PATTERNS = [
    /\b50[0-4]\b/,
    /bad gateway|service unavailable|gateway time-?out|internal server error/i,
    /\bEOF\b/,
    /connection reset by peer/i,
    /broken pipe/i,
    /i\/o timeout/i,
    /TLS handshake timeout/i,
    /connection refused/i,
    /net\/http: request canceled/i,
    /\btoomanyrequests\b|\b429\b/i,
];
/** Reads docker's stderr: a refused credential is never worth a retry; 5xx, EOF and resets are. */
function classifyDockerFailure(output) {
    if (AUTH_PATTERNS.some((p) => p.test(output)))
        return 'auth';
    if (TRANSIENT_PATTERNS.some((p) => p.test(output)))
        return 'transient';
    return 'other';
}
/** The digest `docker push` reports on its last `<tag>: digest: sha256:... size: N` line. */
function parsePushDigest(output) {
    const matches = [...output.matchAll(/digest: (sha256:[0-9a-f]{64})/g)];
    return matches.at(-1)?.[1];
}
// The docker client reads these itself: a build arg of that name must not be passed through the environment.
const CLIENT_ENV = /^(DOCKER_.*|BUILDX_.*|BUILDKIT_.*|PATH|HOME|USER|TMPDIR|HTTPS?_PROXY|NO_PROXY|ALL_PROXY)$/i;
function clientArgRefusal(key) {
    return (`build arg ${key} holds a credential (the value is not shown): the docker client reads ${key} from its own environment, ` +
        `so berth could pass it only in docker's arguments, which anyone on the runner reads with ps. Put a proxy's login in the ` +
        `docker client's config.json "proxies" (berth's temporary DOCKER_CONFIG starts from yours), or pass the value under ` +
        `another name (e.g. BUILD_${key.toUpperCase()}) and use it in the Dockerfile's RUN line`);
}
/**
 * The argv of a build (after the binary) and the environment entries carrying build-arg values.
 * `--build-arg KEY` without a value makes docker read KEY from its environment: values stay out of argv.
 * A key the client reads itself (`DOCKER_*`, proxies, ...) goes in argv, so one holding a credential is refused.
 * mode: `classic` (docker build), `buildx-load` (one platform, into the engine), `buildx-push` (several platforms).
 */
function buildCommand(request, mode, metadataFile) {
    const args = mode === 'classic' ? ['build'] : ['buildx', 'build'];
    const env = {};
    args.push('--file', request.dockerfile);
    for (const tag of request.tags)
        args.push('--tag', tag);
    for (const [key, value] of Object.entries(request.labels))
        args.push('--label', `${key}=${value}`);
    for (const [key, value] of Object.entries(request.buildArgs)) {
        if (CLIENT_ENV.test(key)) {
            // Only argv can carry it, and anyone on the runner reads argv (ps, /proc): no credential goes there.
            if ((0,_stack_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .isSecretKey */ .uE)(key) || (0,_stack_credential_values_js__WEBPACK_IMPORTED_MODULE_4__/* .holdsUrlCredentials */ .gX)(value))
                throw new Error(clientArgRefusal(key));
            args.push('--build-arg', `${key}=${value}`);
        }
        else {
            args.push('--build-arg', key);
            env[key] = value;
        }
    }
    if (request.target)
        args.push('--target', request.target);
    if (request.platforms && request.platforms.length > 0)
        args.push('--platform', request.platforms.join(','));
    if (mode === 'buildx-load')
        args.push('--load');
    if (mode === 'buildx-push') {
        args.push('--push');
        if (metadataFile)
            args.push('--metadata-file', metadataFile);
    }
    args.push(request.context);
    return { args, env };
}
class DockerCli {
    configDir;
    binary;
    env;
    run;
    onLine;
    secrets = [];
    buildx;
    constructor(
    /** The temporary DOCKER_CONFIG directory, removed by dispose(). */
    configDir, binary, env, run, onLine) {
        this.configDir = configDir;
        this.binary = binary;
        this.env = env;
        this.run = run;
        this.onLine = onLine;
    }
    /**
     * Makes a private DOCKER_CONFIG. It starts from the user's config.json (logins done before, e.g. for
     * private base images) without its credsStore, so our login is written only to the temporary file,
     * and links the user's cli-plugins and buildx state so buildx and the selected builder stay visible.
     */
    static async create(options = {}) {
        const base = options.env ?? process.env;
        const configDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(base['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'berth-docker-'));
        const original = base['DOCKER_CONFIG'] || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(base['HOME'] || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.docker');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(configDir, 'config.json'), await startingConfig((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(original, 'config.json')), { mode: 0o600 });
        for (const entry of ['cli-plugins', 'buildx']) {
            if (await exists((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(original, entry)))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.symlink)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(original, entry), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(configDir, entry));
        }
        const env = { ...base, DOCKER_CONFIG: configDir };
        return new DockerCli(configDir, options.binary ?? 'docker', env, options.run ?? spawnCommand, options.onLine);
    }
    /** Removes the temporary config and every credential in it. */
    async dispose() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.configDir, { recursive: true, force: true });
    }
    /** Whether `docker buildx` works with this client (checked once). */
    async hasBuildx() {
        if (this.buildx === undefined) {
            const result = await this.run(this.binary, ['buildx', 'version'], { env: this.env }).catch(() => undefined);
            this.buildx = result?.exitCode === 0;
        }
        return this.buildx;
    }
    /** `docker login` with the password on stdin. */
    async login(registry, username, password) {
        if (password)
            this.secrets.push(password);
        const args = ['login', registry, '--username', username, '--password-stdin'];
        await this.exec(args, { input: password, what: `docker login ${registry} as ${username}` });
    }
    /** Builds; with several platforms (buildx) pushes too and returns the pushed digest. */
    async build(request) {
        const buildx = await this.hasBuildx();
        const platforms = request.platforms ?? [];
        if (!buildx && platforms.length > 1) {
            throw new DockerCommandError(`Building for several platforms (${platforms.join(', ')}) needs docker buildx, which this docker client lacks: ` +
                'install it (docker/setup-buildx-action) or build one platform.', 'other', 1, '');
        }
        const mode = !buildx ? 'classic' : platforms.length > 1 ? 'buildx-push' : 'buildx-load';
        const metadataFile = mode === 'buildx-push' ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.configDir, `metadata-${Date.now()}.json`) : undefined;
        const { args, env } = buildCommand(request, mode, metadataFile);
        const extraEnv = mode === 'classic' ? { ...env, DOCKER_BUILDKIT: '0' } : env;
        await this.exec(args, { extraEnv, what: `docker build of ${request.tags[0] ?? request.context}`, stream: true });
        if (!metadataFile)
            return {};
        const metadata = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(metadataFile, 'utf8'));
        const digest = metadata['containerimage.digest'];
        return typeof digest === 'string' ? { pushedDigest: digest } : {};
    }
    /** Pushes one reference and returns the digest docker reports. */
    async push(reference) {
        const output = await this.exec(['push', reference], { what: `docker push ${reference}`, stream: true });
        const digest = parsePushDigest(output);
        if (!digest)
            throw new DockerCommandError(`docker push ${reference} reported no digest.`, 'other', 0, output);
        return digest;
    }
    async pull(reference) {
        await this.exec(['pull', reference], { what: `docker pull ${reference}`, stream: true });
    }
    async tag(source, target) {
        await this.exec(['tag', source, target], { what: `docker tag ${source} ${target}` });
    }
    /** Points more tags at an existing manifest (list) in the registry without pulling (buildx only). */
    async retagRemote(source, targets) {
        const args = ['buildx', 'imagetools', 'create'];
        for (const target of targets)
            args.push('--tag', target);
        args.push(source);
        await this.exec(args, { what: `docker buildx imagetools create from ${source}` });
    }
    redact(text) {
        let out = text;
        for (const secret of this.secrets)
            out = out.split(secret).join('***');
        return out;
    }
    async exec(args, options) {
        const onLine = options.stream && this.onLine ? (line) => this.onLine?.(this.redact(line)) : undefined;
        let result;
        try {
            result = await this.run(this.binary, args, {
                env: { ...this.env, ...options.extraEnv },
                ...(options.input !== undefined ? { input: options.input } : {}),
                ...(onLine ? { onLine } : {}),
            });
        }
        catch (error) {
            const message = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error);
            throw new DockerCommandError(`Could not run ${this.binary}: ${this.redact(message)}`, 'other', 127, '');
        }
        const output = this.redact(`${result.stdout}\n${result.stderr}`);
        if (result.exitCode === 0)
            return output;
        const tail = lastLines(this.redact(result.stderr), 5) || lastLines(output, 5);
        throw new DockerCommandError(`${options.what} failed (exit ${result.exitCode}): ${tail}`, 
        // Only docker's own last words: a build's step output (on stderr with buildx) may mention 502 or EOF.
        classifyDockerFailure(lastLines(result.stderr || result.stdout, 1)), result.exitCode, output);
    }
}
function lastLines(text, count) {
    return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .slice(-count)
        .join('\n');
}
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).then(() => true, () => false);
}
async function startingConfig(path) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8').catch(() => undefined);
    if (text === undefined)
        return '{}\n';
    try {
        const config = JSON.parse(text);
        delete config['credsStore'];
        return JSON.stringify(config, null, 2) + '\n';
    }
    catch {
        return '{}\n';
    }
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CH: () => (/* binding */ stageCredentialValues),
/* harmony export */   DF: () => (/* binding */ CredentialValueError),
/* harmony export */   _9: () => (/* binding */ knownSecretValues),
/* harmony export */   gX: () => (/* binding */ holdsUrlCredentials),
/* harmony export */   vG: () => (/* binding */ checkCredentials)
/* harmony export */ });
/* unused harmony exports credentialIn, commandCredentials */
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1716);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5449);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6325);



/** `user:password@` right after `://` (the user may be empty, as in `redis://:password@host`). */
const USERINFO = /^[^\s/?#@:]*:[^\s/?#@]+@/;
/** Whether `text` holds `scheme://user:password@`; linear in the text (a value can be a megabyte). */
function holdsUrlCredentials(text) {
    for (let at = text.indexOf('://'); at > 0; at = text.indexOf('://', at + 3)) {
        if (/[A-Za-z0-9+.-]/.test(text.charAt(at - 1)) && USERINFO.test(text.slice(at + 3, at + 3 + 2048)))
            return true;
    }
    return false;
}
function inputValues(inputs) {
    // The database input's password may be a JSON number (the runner's parse keeps it one): compared as text.
    const passwords = Object.values(inputs.databases ?? {}).map((settings) => settings.password === undefined ? undefined : String(settings.password));
    return [...passwords, ...(inputs.values ?? [])].filter((value) => value !== undefined && value !== '');
}
/** Every secret value known: the document's inline secrets and the inputs' (references are names, not values). */
function knownSecretValues(document, inputs = {}) {
    const values = [...(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .listInlineSecrets */ .Dh)(document).map((secret) => secret.value), ...inputValues(inputs)];
    return new Set(values.filter((value) => value !== '' && (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .ssmReference */ .rI)(value) === undefined));
}
/** Why `value` is a credential, or undefined. `known` holds the secret values to compare with. */
function credentialIn(value, known) {
    if (holdsUrlCredentials(value))
        return 'a URL with user:password@';
    if (known.has(value))
        return 'the value of a secret';
    return undefined;
}
const fixMessage = "a command travels in docker run's arguments, which anyone on the host reads with ps or in /proc: put the credential in env under a name holding PASSWORD, SECRET, TOKEN, KEY or CREDENTIAL (or as a %{ssm:...} reference) and have the program read it from its environment";
/** Command fields holding a credential (URL credentials, or an argument equal to a known secret). */
function commandCredentials(document, known) {
    const found = [];
    for (const { definition, path } of (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .listDefinitions */ .Pb)(document)) {
        const health = definition.health;
        const fields = [
            ['command', definition.command],
            ['migration', definition.migration],
            ['entrypoint', definition.entrypoint],
            ['health.cmd', health !== undefined && health !== 'docker' && 'cmd' in health ? health.cmd : undefined],
        ];
        for (const [field, text] of fields) {
            if (text === undefined)
                continue;
            const why = holdsUrlCredentials(text)
                ? 'a URL with user:password@'
                : text.split(/\s+/).some((word) => known.has(word) || known.has(word.replace(/^['"]|['"]$/g, '')))
                    ? 'the value of a secret'
                    : undefined;
            if (why)
                found.push({
                    path: [...path, ...field.split('.')],
                    message: `${field} holds a credential (${why}; the value is not shown): ${fixMessage}`,
                });
        }
    }
    return found;
}
/** Validate's rule: a credential in a command is an error; one in a plain env value is staged by the deploy (a notice). */
function checkCredentials(document, reporter) {
    const known = knownSecretValues(document);
    for (const { path, message } of commandCredentials(document, known))
        reporter.error('credential', path, message);
    for (const { definition, path } of (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .listDefinitions */ .Pb)(document)) {
        for (const [key, value] of Object.entries(definition.env)) {
            const why = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)(key) || (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .ssmReference */ .rI)(value) !== undefined ? undefined : credentialIn(value, known);
            if (why === undefined)
                continue;
            reporter.notice('credential', [...path, 'env', key], `env ${key} holds a credential (${why}; the value is not shown): the deploy stores it in Parameter Store like a secret, so it never travels in a command or in docker's arguments`);
        }
    }
}
/** Thrown by the deploy for a command holding a credential, or a credential it cannot stage. */
class CredentialValueError extends Error {
    name = 'CredentialValueError';
}
const perHost = new Set(['opsworks', 'public_ip', 'index', 'slot']);
/**
 * The staged documents one step further: each plain env value holding a credential becomes
 * `%{ssm:<prefix>/<app>/<definition>/<KEY>}` (the name a secret key there would get) and joins the
 * values to store. The stored value is the value as the container gets it (`%%` is `%`, `%{app_name}`
 * the definition); a credential with a per-host placeholder is refused, as one parameter cannot hold it.
 * `inputs` adds the secrets given outside the document. Throws CredentialValueError for a command
 * holding a credential.
 */
function stageCredentialValues(staged, prefix, inputs = {}) {
    const known = new Set([...staged.staged.map((item) => item.value), ...inputValues(inputs)].filter((value) => value !== ''));
    const commands = commandCredentials(staged.document, known);
    if (commands.length > 0) {
        throw new CredentialValueError(commands.map(({ path, message }) => `${path.join('.')}: ${message}`).join('\n'));
    }
    const base = prefix.replace(/\/+$/, '');
    const document = structuredClone(staged.document);
    const added = [];
    for (const { app, name, definition, path } of (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .listDefinitions */ .Pb)(document)) {
        for (const [key, raw] of Object.entries(definition.env)) {
            if ((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)(key) || raw === '' || (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .ssmReference */ .rI)(raw) !== undefined)
                continue;
            const placeholders = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenize */ .qw)(raw).filter((token) => token.kind === 'placeholder');
            const value = placeholders.some((token) => token.kind === 'placeholder' && perHost.has(token.name))
                ? undefined
                : (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .interpolate */ .GW)(raw, { app_name: name });
            const why = credentialIn(raw, known) ?? (value !== undefined ? credentialIn(value, known) : undefined);
            if (why === undefined)
                continue;
            if (value === undefined) {
                throw new CredentialValueError(`${[...path, 'env', key].join('.')}: env ${key} holds a credential (${why}) and a per-host placeholder; berth stages a credential as one Parameter Store value for every host: keep the host-specific part in another variable, or store one parameter per host and reference it with %{ssm:...}`);
            }
            const parameter = `${base}/${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .slug */ .yR)(app)}/${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .level */ .Rc)(name)}/${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .level */ .Rc)(key)}`;
            definition.env[key] = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .ssmPlaceholder */ .XI)(parameter);
            added.push({ name: parameter, value });
        }
    }
    return { ...staged, document, staged: [...staged.staged, ...added] };
}


/***/ })

};
