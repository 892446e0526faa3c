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

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ commandLineContext),
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   n9: () => (/* binding */ readReleaseFlags)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _app_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3964);
/* harmony import */ var _app_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9092);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7485);
// The one command-line reader of every `berth <command>`: node's parseArgs plus -h/--help, with wrong
// usage turned into a UsageError (exit status 2). The release commands (deploy, rollback, unlock) take
// every action input as a flag of the same name, parsed by the inputs' one schema.





/** Says what went wrong with `--flag`-style parsing in words a user can act on. */
function describeParseError(error) {
    return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(error).replace(/\. To specify a positional argument.*$/s, '');
}
/**
 * Parses `argv` with `options` (and -h/--help). Undefined after printing `help` when help was asked for.
 */
function parseCommandLine(argv, help, options, allowPositionals = false) {
    let parsed;
    try {
        const withHelp = { ...options, help: { type: 'boolean', short: 'h' } };
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            allowPositionals,
            options: withHelp,
        });
    }
    catch (error) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(describeParseError(error));
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
    return { ...(0,_app_context_js__WEBPACK_IMPORTED_MODULE_1__.contextFromEnv)({ ...env, ...repository }), workspace: process.cwd() };
}
const INPUT_FLAGS = Object.fromEntries(_app_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_NAMES */ .Qh.filter((name) => name !== 'command').map((name) => [name, { type: 'string' }]));
/**
 * Every input of the action as a flag of the same name (`--batch-size 2`), parsed like the action's
 * inputs; `fallback` gives a value for a flag that is not on the command line.
 */
function readReleaseFlags(argv, command, help, fallback = () => '') {
    const parsed = parseCommandLine(argv, help, { ...INPUT_FLAGS, json: { type: 'boolean' }, repository: { type: 'string' } });
    if (!parsed)
        return undefined;
    const values = parsed.values;
    const given = (name) => {
        if (name === 'command')
            return command;
        const value = values[name];
        return typeof value === 'string' ? value : fallback(name);
    };
    try {
        const inputs = (0,_app_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseActionInputs */ .HC)(given);
        const repository = values['repository'];
        return { inputs, json: values['json'] === true, ...(typeof repository === 'string' ? { repository } : {}) };
    }
    catch (error) {
        if (error instanceof _app_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(error.message.replace('Invalid action inputs', 'Invalid options').replace(/input "([^"]+)"/g, '--$1'));
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
/* harmony import */ var _stack_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2680);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7593);
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
