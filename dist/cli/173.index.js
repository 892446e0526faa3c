export const id = 173;
export const ids = [173,682];
export const modules = {

/***/ 2682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HELP: () => (/* binding */ HELP),
/* harmony export */   readFlags: () => (/* binding */ readFlags),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_deploy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7047);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1729);
/* harmony import */ var _action_rollback_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4150);
/* harmony import */ var _deploy_lock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4332);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9851);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7485);
// `berth deploy`: the action's deploy from a terminal. Every action input is a flag of the same
// name (`--batch-size 2`), so a workflow step and a command line say the same thing.
// Ctrl-C / SIGTERM: stop sending, cancel in-flight commands, release the lock; a second one
// releases the lock at once and exits.







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
  ... and the rest: see the README's input table.
  --json                   print the outcome as JSON on stdout

Exit status: 0 deployed, 1 failed (the outcome says where the fleet is), 2 usage.
`;
function readFlags(argv, command) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            allowPositionals: false,
            options: {
                ...Object.fromEntries(_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_NAMES */ .Qh.filter((n) => n !== 'command').map((name) => [name, { type: 'string' }])),
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e((0,_usage_js__WEBPACK_IMPORTED_MODULE_6__/* .describeParseError */ .R)(error));
    }
    const values = parsed.values;
    if (values['help'])
        return undefined;
    try {
        const inputs = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseActionInputs */ .HC)((name) => (name === 'command' ? command : typeof values[name] === 'string' ? values[name] : ''));
        return { inputs, json: values['json'] === true };
    }
    catch (error) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(error instanceof Error ? error.message.replace(/action inputs/, 'options').replace(/input "/g, 'option "--') : String(error));
    }
}
async function run(argv) {
    const flags = readFlags(argv, 'deploy');
    if (!flags) {
        process.stdout.write(HELP);
        return 0;
    }
    const { inputs, json } = flags;
    if (!inputs.version && !process.env['GITHUB_SHA'])
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e('set --version (the tag to deploy)');
    const log = (0,_progress_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalLog */ .d)();
    const aws = await (0,_action_deploy_js__WEBPACK_IMPORTED_MODULE_1__.awsDeps)(inputs, log);
    const controller = new AbortController();
    let held;
    let signals = 0;
    const onSignal = (signal) => {
        signals += 1;
        if (signals === 1) {
            log.warn(`${signal}: stopping; in-flight commands are cancelled and the lock released (again to quit at once)`);
            controller.abort();
            return;
        }
        const lock = held;
        const exit = () => process.exit(130);
        if (!lock)
            return exit();
        (0,_deploy_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .releaseLock */ .x_)(aws.parameters, lock.name, lock.deployId).then(() => {
            log.warn(`released the deploy lock ${lock.name}`);
            exit();
        }, (error) => {
            log.error(`could not release the deploy lock ${lock.name}: ${error instanceof Error ? error.message : String(error)}; run berth unlock`);
            exit();
        });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        const context = { ...(0,_action_rollback_js__WEBPACK_IMPORTED_MODULE_3__/* .contextFromEnv */ .jW)(), workspace: process.cwd() };
        const result = await (0,_action_deploy_js__WEBPACK_IMPORTED_MODULE_1__/* .deployRelease */ .H_)(inputs, context, {
            ...aws,
            buildPorts: (0,_action_deploy_js__WEBPACK_IMPORTED_MODULE_1__/* .dockerBuildPorts */ .RU)(inputs, log),
            signal: controller.signal,
            onLockTaken: (lock) => {
                held = lock;
            },
        }, log);
        const { outcome } = result;
        if (json)
            process.stdout.write(`${JSON.stringify(outcome, (key, value) => (key === 'document' ? undefined : value))}\n`);
        log.info(`${outcome.status === 'success' ? 'OK' : 'FAILED'}: ${outcome.summary}`);
        return outcome.status === 'success' ? 0 : 1;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
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
/* harmony import */ var _action_deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7047);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9851);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2682);
// `berth unlock`: clears a stale deploy lock (whoever holds it) and says whose it was.



const HELP = `Usage: berth unlock [--environment NAME | --lock-name /berth/NAME/lock] [--aws-region R] [--aws-endpoint URL]

Deletes the deploy lock in Parameter Store, whoever holds it, and prints its holder (who, since
when, which version, which run). Use it when a deploy died without releasing it.
`;
async function run(argv) {
    const flags = (0,_deploy_js__WEBPACK_IMPORTED_MODULE_2__.readFlags)(argv, 'unlock');
    if (!flags) {
        process.stdout.write(HELP);
        return 0;
    }
    const log = (0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalLog */ .d)();
    const { parameters } = await (0,_action_deploy_js__WEBPACK_IMPORTED_MODULE_0__.awsDeps)({ ...flags.inputs, target: 'ssm' }, log);
    const message = await (0,_action_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .unlock */ .Tl)(flags.inputs, parameters, log);
    if (flags.json)
        process.stdout.write(`${JSON.stringify({ message })}\n`);
    return 0;
}


/***/ })

};
