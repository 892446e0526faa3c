export const id = 936;
export const ids = [936];
export const modules = {

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
/* harmony import */ var _stack_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8077);
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

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ terminalLog)
/* harmony export */ });
/* harmony import */ var _stack_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2680);

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

/***/ 8739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ countBySeverity),
/* harmony export */   R: () => (/* binding */ checkStackFile)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6325);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8077);


function checkStackFile(text, file) {
    const result = (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateStackJson */ .r)(text, file);
    if (result.document === undefined)
        return result;
    const secrets = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .listInlineSecrets */ .Dh)(result.document).map((secret) => secret.value);
    if (secrets.length === 0)
        return result;
    return { ...result, diagnostics: result.diagnostics.map((d) => ({ ...d, message: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(d.message, secrets) })) };
}
function countBySeverity(diagnostics) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const d of diagnostics)
        counts[d.severity]++;
    return counts;
}


/***/ }),

/***/ 2680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Oo: () => (/* reexport */ EXAMPLE_HOST),
  XF: () => (/* reexport */ secrets/* REDACTED */.XF),
  oy: () => (/* reexport */ stack_plan/* buildHostPlan */.oy),
  me: () => (/* reexport */ diffDocuments),
  xy: () => (/* reexport */ diagnostics/* formatDiagnostic */.xy),
  Dh: () => (/* reexport */ secrets/* listInlineSecrets */.Dh),
  E$: () => (/* reexport */ secrets/* redact */.E$),
  XI: () => (/* reexport */ placeholders/* ssmPlaceholder */.XI),
  LO: () => (/* reexport */ summarizeDocument),
  ry: () => (/* reexport */ validate/* validateStackJson */.r)
});

// UNUSED EXPORTS: CRON_PATH, CommandSyntaxError, DEFAULT_HEALTH_DEADLINE, FIELD_END, MAX_COPIES, MAX_SECONDS, PLAN_HEADER, RECORD_END, RESTART_POLICY, Reporter, STANDARD_TIER_BYTES, TEMPLATE_SENTINELS, analyzeCommand, appKeys, appSchema, checkStackFile, checkStandardTier, checkTemplateFacts, commandHealthSchema, composeEnvironment, countBySeverity, createPositionIndex, cronEnvPath, cronFile, cronFilePath, cronSchema, dataVolumeKeys, databaseSchema, databaseVariables, definitionHash, definitionHashInput, definitionKeys, definitionSchema, dependencies, deployModes, describePath, encodeHostPlan, encodePlanRecord, encodeReleaseTemplate, findDefinition, healthCheck, healthSchema, healthSettings, hostPlaceholders, hostPortOf, hostVolume, httpHealthSchema, imageReference, instantiateTemplate, interpolate, isFixedAcrossCopies, isFixedAcrossSlots, isLongRunning, isPerHost, isReleaseTemplate, isSecretKey, isValidSsmName, isWorker, level, listDataVolumes, listDefinitions, loadBalancerSchema, logArgs, logSchema, manualInputProblems, mergeImageTags, mergeMismatches, notificationsSchema, opsworksName, perHostParameter, placeholderNames, planDefinition, planValue, posixQuote, referenceOrLiteral, referencingSecrets, registrySchema, releaseTag, rerootTemplate, rollbarSchema, rolloutOf, runtimeNames, sharedRunArgs, shortName, slotValues, slug, splitCommand, ssmReference, stackSchema, stageDatabaseSecrets, stageInlineSecrets, stagePerHost, stagedValue, tagValue, templateFacts, tokenize, underRoot, withHashesOf

// EXTERNAL MODULE: ./src/stack/schema.ts
var schema = __webpack_require__(5449);
// EXTERNAL MODULE: ./src/stack/positions.ts
var positions = __webpack_require__(876);
// EXTERNAL MODULE: ./src/stack/diagnostics.ts
var diagnostics = __webpack_require__(516);
// EXTERNAL MODULE: ./src/stack/validate.ts + 7 modules
var validate = __webpack_require__(8077);
// EXTERNAL MODULE: ./src/stack/check-file.ts
var check_file = __webpack_require__(8739);
// EXTERNAL MODULE: ./src/stack/placeholders.ts
var placeholders = __webpack_require__(1716);
// EXTERNAL MODULE: ./src/stack/environment.ts
var environment = __webpack_require__(7569);
// EXTERNAL MODULE: ./src/stack/secrets.ts
var secrets = __webpack_require__(6325);
// EXTERNAL MODULE: ./src/stack/plan-args.ts + 1 modules
var plan_args = __webpack_require__(7095);
// EXTERNAL MODULE: ./src/stack/plan-cron.ts
var plan_cron = __webpack_require__(8266);
// EXTERNAL MODULE: ./src/stack/plan.ts
var stack_plan = __webpack_require__(4993);
// EXTERNAL MODULE: ./src/stack/merge.ts
var merge = __webpack_require__(9604);
// EXTERNAL MODULE: ./src/stack/credential-values.ts
var credential_values = __webpack_require__(7638);
;// CONCATENATED MODULE: ./src/stack/diff.ts
// What a change to the document does, per definition, for the pull-request check:
// tag, image, copies, mode and env keys added/removed/changed. Secret values never show.





/** The env a definition's own keys and its env_from give (DB_* and RELEASE_TAG are not in the document). */
function documentEnv(document, app, definition) {
    const env = new Map();
    const source = definition.env_from !== undefined ? (0,environment/* findDefinition */.Jn)(document, app, definition.env_from) : undefined;
    for (const [key, value] of Object.entries(source?.env ?? {}))
        env.set(key, value);
    for (const [key, value] of Object.entries(definition.env))
        env.set(key, value);
    return env;
}
function shown(key, value) {
    return ((0,secrets/* isSecretKey */.uE)(key) || (0,credential_values/* holdsUrlCredentials */.gX)(value)) && (0,placeholders/* ssmReference */.rI)(value) === undefined ? (0,secrets/* redact */.E$)(value) : value;
}
function fields(definition) {
    return {
        image: definition?.image ?? '',
        tag: definition?.tag ?? '',
        copies: definition === undefined ? '' : definition.deploy === 'cron' ? 'cron' : String(definition.containers),
        mode: definition?.deploy ?? (definition ? 'unset' : ''),
    };
}
function envChanges(before, after) {
    const changes = [];
    for (const [key, value] of after) {
        const old = before.get(key);
        if (old === undefined)
            changes.push({ key, change: 'added', after: shown(key, value) });
        else if (old !== value)
            changes.push({ key, change: 'changed', before: shown(key, old), after: shown(key, value) });
    }
    for (const [key, value] of before) {
        if (!after.has(key))
            changes.push({ key, change: 'removed', before: shown(key, value) });
    }
    return changes;
}
/** Per-definition changes from `base` (undefined: a new file) to `head`; unchanged definitions are left out. */
function diffDocuments(base, head) {
    const key = (app, name) => JSON.stringify([app, name]);
    const baseEntries = new Map((base ? (0,schema/* listDefinitions */.Pb)(base) : []).map((e) => [key(e.app, e.name), e]));
    const headEntries = new Map((0,schema/* listDefinitions */.Pb)(head).map((e) => [key(e.app, e.name), e]));
    const changes = [];
    for (const [id, entry] of headEntries) {
        const old = baseEntries.get(id);
        const beforeFields = fields(old?.definition);
        const afterFields = fields(entry.definition);
        const fieldChanges = Object.keys(afterFields)
            .filter((field) => beforeFields[field] !== afterFields[field])
            .map((field) => ({ field, before: beforeFields[field], after: afterFields[field] }));
        const env = envChanges(old && base ? documentEnv(base, old.app, old.definition) : new Map(), documentEnv(head, entry.app, entry.definition));
        if (old && fieldChanges.length === 0 && env.length === 0)
            continue;
        changes.push({ app: entry.app, definition: entry.name, kind: old ? 'changed' : 'added', fields: fieldChanges, env });
    }
    for (const [id, entry] of baseEntries) {
        if (headEntries.has(id) || !base)
            continue;
        const beforeFields = fields(entry.definition);
        changes.push({
            app: entry.app,
            definition: entry.name,
            kind: 'removed',
            fields: Object.keys(beforeFields).map((field) => ({ field, before: beforeFields[field], after: '' })),
            env: envChanges(documentEnv(base, entry.app, entry.definition), new Map()),
        });
    }
    return changes;
}

// EXTERNAL MODULE: ./src/stack/command.ts
var command = __webpack_require__(245);
;// CONCATENATED MODULE: ./src/stack/summary.ts
// What a document would run, per app, for the validate job summary and the CLI: definitions,
// image:tag, copies, mode, and placeholders resolved for an example host. Secrets redacted.




const EXAMPLE_HOST = {
    hostname: 'docker1',
    instanceId: 'i-0123456789abcdef0',
    publicIp: '203.0.113.10',
    stackName: 'Example Stack',
};
const exampleOptions = {
    deployId: 'example',
    release: 'example',
    revision: '<revision>',
    actor: 'example',
    createdAt: '1970-01-01T00:00:00Z',
    hostRoot: '/',
    force: false,
    manual: [],
    runMigration: false,
    keepImages: 3,
    lockTimeout: 300,
    aws: { region: 'us-east-1' },
    preferLocalImages: false,
    dataVolumeImage: 'busybox',
    logTailLines: 50,
    environment: 'production',
};
function shownEnv(env) {
    return env.map(({ key, value, secret }) => ({
        key,
        value: value.kind === 'ssm' ? `%{ssm:${value.name}}` : secret ? (0,secrets/* redact */.E$)(value.value) : value.value,
    }));
}
function summarizeDocument(document, exampleFacts = EXAMPLE_HOST) {
    const definitions = (0,schema/* listDefinitions */.Pb)(document);
    const volumes = (0,schema/* listDataVolumes */.W8)(document);
    return Object.keys(document.deploy).map((app) => ({
        app,
        dataVolumes: volumes.filter((v) => v.app === app).map((v) => v.name),
        definitions: definitions
            .filter((entry) => entry.app === app)
            .map((entry) => {
            const { definition, name } = entry;
            const base = {
                name,
                mode: definition.deploy ?? 'unset',
                image: definition.image,
                tag: definition.tag,
                reference: '',
                copies: definition.deploy === 'cron' ? 0 : definition.containers,
                runtimeNames: [],
                slots: 1,
                command: [],
                env: [],
                ...(definition.deploy === 'cron' && definition.cron
                    ? { schedule: `${definition.cron.minute} ${definition.cron.hour} * * ${definition.cron.weekday}` }
                    : definition.deploy === 'cron'
                        ? { schedule: '* * * * *' }
                        : {}),
            };
            try {
                const plan = (0,stack_plan/* planDefinition */.fw)(document, entry, exampleFacts, exampleOptions);
                const first = plan.copies[0]?.slots[0];
                const hostnameAt = first ? first.runArgs.indexOf('--hostname') : -1;
                const hostname = hostnameAt >= 0 ? first?.runArgs[hostnameAt + 1] : undefined;
                return {
                    ...base,
                    reference: plan.image,
                    runtimeNames: plan.copies.map((copy) => copy.name),
                    slots: plan.copies[0]?.slots.length ?? 1,
                    ...(hostname !== undefined ? { hostname } : {}),
                    command: first?.command ?? (0,command/* splitCommand */.GW)(definition.command ?? ''),
                    env: shownEnv(plan.env),
                };
            }
            catch (error) {
                return { ...base, problem: error instanceof Error ? error.message : String(error) };
            }
        }),
    }));
}

// EXTERNAL MODULE: ./src/stack/manual.ts
var manual = __webpack_require__(4720);
// EXTERNAL MODULE: ./src/stack/release-template.ts
var release_template = __webpack_require__(4600);
;// CONCATENATED MODULE: ./src/stack/index.ts
// The core's public surface: the Stack JSON model, validation, the per-host plan and text edits.






















/***/ })

};
