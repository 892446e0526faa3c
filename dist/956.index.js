export const id = 956;
export const ids = [956,964];
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

/***/ 2575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HELP: () => (/* binding */ HELP),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _stack_check_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8739);
/* harmony import */ var _stack_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2087);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1196);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7485);
// `berth validate FILE...`: one `file:line:col: severity: message` line per problem, exit 1 on errors.





const HELP = `Usage: berth validate [--json] [--quiet] FILE...

Checks each Stack JSON document: JSON syntax, keys and types, references between definitions,
placeholders, secret references, cron fields, ports. Prints one line per problem:
  file:line:col: error|warning|notice: message
and a count. Exit status: 0 clean or only warnings, 1 any error, 2 wrong usage.

Options:
  --json    print {"files": [...], "errors": N, "warnings": N, "diagnostics": [...]} instead
  --quiet   leave out notices
  -h, --help
`;
async function run(argv) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandLine */ .Du)(argv, HELP, { json: { type: 'boolean' }, quiet: { type: 'boolean' } }, true);
    if (!parsed)
        return 0;
    const files = parsed.positionals;
    if (files.length === 0)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e('name at least one Stack JSON file');
    const diagnostics = [];
    for (const file of files) {
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
        }
        catch (error) {
            diagnostics.push(unreadable(file, error));
            continue;
        }
        diagnostics.push(...(0,_stack_check_file_js__WEBPACK_IMPORTED_MODULE_1__/* .checkStackFile */ .R)(text, file).diagnostics);
    }
    const shown = parsed.values.quiet ? diagnostics.filter((d) => d.severity !== 'notice') : diagnostics;
    const counts = (0,_stack_check_file_js__WEBPACK_IMPORTED_MODULE_1__/* .countBySeverity */ .O)(diagnostics);
    if (parsed.values.json) {
        process.stdout.write(JSON.stringify({ files, errors: counts.error, warnings: counts.warning, notices: counts.notice, diagnostics: shown }, null, 2) + '\n');
    }
    else {
        for (const d of shown)
            process.stdout.write((0,_stack_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDiagnostic */ .xy)(d) + '\n');
        process.stdout.write(`${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s) in ${files.length} file(s)\n`);
    }
    return counts.error > 0 ? 1 : 0;
}
function unreadable(file, error) {
    const reason = error.code === 'ENOENT' ? 'no such file' : error.message;
    return {
        severity: 'error',
        code: 'unreadable',
        message: `cannot read the file: ${reason}`,
        file,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        path: [],
    };
}


/***/ })

};
