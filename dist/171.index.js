export const id = 171;
export const ids = [171];
export const modules = {

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

/***/ 6171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HELP: () => (/* binding */ HELP),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _app_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3705);
/* harmony import */ var _app_status_view_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2295);
/* harmony import */ var _fleet_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9418);
// `berth status`: each target host against the environment's release record: the release it runs, per
// definition its copies, images and health, its last deploy, drift, its last converge, and target hosts
// berth never deployed to. A table, or --json (the FleetStatus model, documented in the README).



const HELP = `Usage: berth status [--environment E] [--instance-ids IDS | --targets 'tag:Key=v1,v2'] [--json]

Asks every target host (Run Command, host script mode status) what berth runs there and compares it
with the environment's release record (/berth/<environment>/release, written after each successful
deploy or rollback), made that host's plan: a copy missing, or one whose berth.hash differs, is drift.
Per host: state (ok, drift, unhealthy, never-deployed, unreachable), the release its containers carry,
the last deploy id, per definition the healthy copies, images and drift, the last converge result.
Changes nothing.

Options (each action input is a flag of the same name; the most used):
  --environment E        default production
  --instance-ids IDS     comma list, or --targets 'tag:Key=v1,v2'
  --stack-name NAME      for %{opsworks} in the recorded release (as the deploy had it)
  --host-root PATH       where hosts keep berth's files (default /)
  --aws-region R, --aws-endpoint URL
  --json                 print the status as JSON on stdout (progress stays on stderr)
  -h, --help
Exit status: 0 read (whatever the hosts' state), 1 failed, 2 wrong usage.
`;
async function run(argv) {
    const command = await (0,_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .fleetCommand */ .C)(argv, HELP);
    if (!command)
        return 0;
    const status = await (0,_app_status_js__WEBPACK_IMPORTED_MODULE_0__/* .fleetStatus */ .BO)(command.flags.inputs, command.ports, command.log);
    if (command.flags.json)
        process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    else
        process.stdout.write((0,_app_status_view_js__WEBPACK_IMPORTED_MODULE_2__/* .renderFleetStatus */ .z$)(status));
    return 0;
}


/***/ }),

/***/ 9418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ fleetCommand)
/* harmony export */ });
/* harmony import */ var _app_wiring_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4033);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1196);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9851);



async function fleetCommand(argv, help, extra = {}) {
    const flags = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .readReleaseFlags */ .n9)(argv, 'status', help, undefined, undefined, extra);
    if (!flags)
        return undefined;
    const log = (0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalLog */ .d)();
    const { hosts, parameters } = await (0,_app_wiring_js__WEBPACK_IMPORTED_MODULE_0__.awsPorts)({ ...flags.inputs, target: 'ssm' }, log);
    return { flags, log, ports: { hosts, parameters } };
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
