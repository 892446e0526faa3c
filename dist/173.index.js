export const id = 173;
export const ids = [173,332];
export const modules = {

/***/ 9775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ unlock)
/* harmony export */ });
/* harmony import */ var _deploy_lock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4332);
// Clears the deploy lock whoever holds it (a deploy that died, or one to stop), saying whose it was.

async function unlock(inputs, parameters, log, now = Date.now) {
    const holders = await (0,_deploy_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .clearLock */ .Nq)(parameters, inputs.lockName, now);
    const message = holders.length > 0
        ? `Released the deploy lock ${inputs.lockName}, held by ${holders.map((holder) => (0,_deploy_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .describeHolder */ .sG)(holder, now())).join('; and by ')}`
        : `The deploy lock ${inputs.lockName} was not held; nothing to do`;
    log.info(message);
    return message;
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

/***/ 6173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HELP: () => (/* binding */ HELP),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _app_unlock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9775);
/* harmony import */ var _app_wiring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4033);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9851);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1196);
// `berth unlock`: clears the deploy lock (whoever holds it) and says whose it was.




const HELP = `Usage: berth unlock [--environment NAME | --lock-name /berth/NAME/lock] [--aws-region R] [--aws-endpoint URL]

Clears the deploy lock in Parameter Store, whoever holds it, and prints its holder (who, since
when, which version, which run, until when). A deploy that died loses the lock by itself once it
expires (5 minutes after its last renewal); use unlock not to wait, or to stop a running deploy from
starting new batches (it sees the cleared lock at its next renewal). Also deletes a lock left by an
earlier berth release at the lock's own name (those never expire).
`;
async function run(argv) {
    const flags = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .readReleaseFlags */ .n9)(argv, 'unlock', HELP);
    if (!flags)
        return 0;
    const log = (0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalLog */ .d)();
    const message = await (0,_app_unlock_js__WEBPACK_IMPORTED_MODULE_0__/* .unlock */ .T)(flags.inputs, await (0,_app_wiring_js__WEBPACK_IMPORTED_MODULE_1__.parameterStore)((0,_app_wiring_js__WEBPACK_IMPORTED_MODULE_1__.awsClientSettings)(flags.inputs)), log);
    if (flags.json)
        process.stdout.write(`${JSON.stringify({ message })}\n`);
    return 0;
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


/***/ })

};
