export const id = 533;
export const ids = [533];
export const modules = {

/***/ 4533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HELP: () => (/* binding */ HELP),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_rollback_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4150);
/* harmony import */ var _action_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8770);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1729);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9851);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7485);
// `berth rollback`: the action's rollback from a terminal. Every action input is a flag of the same
// name (`--environment production --version v41 --instance-ids i-1,i-2 ...`); the GitHub context
// comes from --repository/--github-token or GITHUB_REPOSITORY/GITHUB_TOKEN. Without them, the
// releases the hosts recorded decide (rollbackRelease reads them through the same AWS adapters).






const HELP = `Usage: berth rollback [--version V] [--environment E] [options]

Restores the newest successful deployment of the environment whose version is not the one running
now (GitHub Deployments history), or the version named with --version (tag or commit SHA): the
Stack JSON at that commit with the images it ran. Without a GitHub token or history (or when the
version is not in it), the releases every target host recorded decide (the hosts keep their last 10
plans); a release recorded without its commit gets today's Stack JSON (--stack-json) with its images.
No build, no migration; images still on the hosts are used without a pull. Same lock, health gates,
Rollbar and GitHub record as a deploy.

Options (each action input is a flag of the same name; the most used):
  --environment E        default production
  --version V            default: the previous good version
  --instance-ids IDS     comma list, or --targets 'tag:Key=v1,v2'
  --stack-json PATH      path of the Stack JSON in the repository (default stack.json): read at the
                         restored commit, and as checked out for the hosts' records
  --aws-region R, --aws-endpoint URL, --host-aws-endpoint URL
  --github-token T       default $GITHUB_TOKEN
  --repository OWNER/REPO  default $GITHUB_REPOSITORY
  --rollbar-token T, --rollbar-endpoint URL
  --json                 print the result as JSON on stdout (progress stays on stderr)
  -h, --help
Exit status: 0 rolled back, 1 failed, 2 wrong usage.
`;
async function run(argv) {
    const inputOptions = Object.fromEntries(_action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT_NAMES */ .Qh.map((name) => [name, { type: 'string' }]));
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: { ...inputOptions, repository: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
        });
    }
    catch (error) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e((0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .describeParseError */ .R)(error));
    }
    const values = parsed.values;
    if (values.help) {
        process.stdout.write(HELP);
        return 0;
    }
    const given = (name) => {
        const value = values[name];
        if (typeof value === 'string')
            return value;
        if (name === 'github-token')
            return process.env.GITHUB_TOKEN ?? '';
        return '';
    };
    let inputs;
    try {
        inputs = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseActionInputs */ .HC)((name) => (name === 'command' ? 'rollback' : given(name)));
    }
    catch (error) {
        if (error instanceof _action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(error.message.replace(/input "([^"]+)"/g, '--$1'));
        throw error;
    }
    const env = { ...process.env, ...(typeof values.repository === 'string' ? { GITHUB_REPOSITORY: values.repository } : {}) };
    const context = (0,_action_rollback_js__WEBPACK_IMPORTED_MODULE_1__/* .contextFromEnv */ .jW)(env);
    const log = (0,_progress_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalLog */ .d)();
    const result = await (0,_action_rollback_js__WEBPACK_IMPORTED_MODULE_1__/* .rollbackRelease */ .w6)(inputs, context, await (0,_action_rollback_js__WEBPACK_IMPORTED_MODULE_1__/* .awsRollbackDeps */ .IH)(inputs, context, log), log);
    process.stderr.write(`${(0,_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSummary */ .B)(result.model, (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .secretInputValues */ .fl)(inputs))}\n`);
    if (values.json)
        process.stdout.write(`${JSON.stringify((0,_action_rollback_js__WEBPACK_IMPORTED_MODULE_1__/* .rollbackResultJson */ .oc)(result))}\n`);
    return result.outcome.status === 'success' ? 0 : 1;
}


/***/ })

};
