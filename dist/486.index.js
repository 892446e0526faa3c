export const id = 486;
export const ids = [486];
export const modules = {

/***/ 486:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2957);
// The `berth` command line: the same jobs as the action, for terminals and scripts.

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony export HELP */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7485);
// Dispatches `berth <command> ...`. Every command module exports run(argv) -> exit status; commands
// other than validate, plan and diff are loaded on demand (they bring the AWS SDK).


const COMMANDS = {
    validate: {
        summary: 'check Stack JSON documents (file:line:col: error: message)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(687), __webpack_require__.e(734), __webpack_require__.e(80), __webpack_require__.e(87), __webpack_require__.e(956)]).then(__webpack_require__.bind(__webpack_require__, 2575))).run,
    },
    plan: { summary: 'print what one host would run (secrets redacted)', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(687), __webpack_require__.e(734), __webpack_require__.e(80), __webpack_require__.e(87), __webpack_require__.e(979)]).then(__webpack_require__.bind(__webpack_require__, 9979))).run },
    diff: {
        summary: 'what deploying AFTER does to a host running BEFORE, per definition, as the host decides',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(687), __webpack_require__.e(734), __webpack_require__.e(80), __webpack_require__.e(87), __webpack_require__.e(522)]).then(__webpack_require__.bind(__webpack_require__, 2522))).run,
    },
    deploy: { summary: 'build, push and roll out to the hosts', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(687), __webpack_require__.e(33), __webpack_require__.e(734), __webpack_require__.e(80), __webpack_require__.e(87), __webpack_require__.e(998), __webpack_require__.e(514), __webpack_require__.e(682)]).then(__webpack_require__.bind(__webpack_require__, 2682))).run },
    rollback: { summary: 'restore the previous good version', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(687), __webpack_require__.e(33), __webpack_require__.e(734), __webpack_require__.e(80), __webpack_require__.e(87), __webpack_require__.e(998), __webpack_require__.e(514), __webpack_require__.e(533)]).then(__webpack_require__.bind(__webpack_require__, 4533))).run },
    unlock: { summary: 'clear the deploy lock, naming its holder', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(687), __webpack_require__.e(33), __webpack_require__.e(734), __webpack_require__.e(80), __webpack_require__.e(87), __webpack_require__.e(173)]).then(__webpack_require__.bind(__webpack_require__, 6173))).run },
    export: { summary: 'export a stack from OpsWorks', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(687), __webpack_require__.e(33), __webpack_require__.e(734), __webpack_require__.e(80), __webpack_require__.e(87), __webpack_require__.e(231)]).then(__webpack_require__.bind(__webpack_require__, 5231))).run },
    'converge-off': {
        summary: 'delete the association and release record (instances that join get nothing)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(687), __webpack_require__.e(33), __webpack_require__.e(734), __webpack_require__.e(80), __webpack_require__.e(87), __webpack_require__.e(884)]).then(__webpack_require__.bind(__webpack_require__, 2884))).run,
    },
    status: {
        summary: 'each host against the recorded release: copies, health, drift',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(687), __webpack_require__.e(33), __webpack_require__.e(734), __webpack_require__.e(80), __webpack_require__.e(87), __webpack_require__.e(998), __webpack_require__.e(727), __webpack_require__.e(171)]).then(__webpack_require__.bind(__webpack_require__, 6171))).run,
    },
    history: { summary: 'per host, the releases it recorded', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(687), __webpack_require__.e(33), __webpack_require__.e(734), __webpack_require__.e(80), __webpack_require__.e(87), __webpack_require__.e(998), __webpack_require__.e(727), __webpack_require__.e(905)]).then(__webpack_require__.bind(__webpack_require__, 8905))).run },
    logs: { summary: "one container's recent log, secrets redacted", load: async () => (await Promise.all(/* import() */[__webpack_require__.e(687), __webpack_require__.e(33), __webpack_require__.e(734), __webpack_require__.e(80), __webpack_require__.e(87), __webpack_require__.e(998), __webpack_require__.e(727), __webpack_require__.e(722)]).then(__webpack_require__.bind(__webpack_require__, 3722))).run },
};
const HELP = `berth: zero-downtime Docker deploys to EC2 hosts, driven by a Stack JSON document

Usage: berth <command> [options]

Commands:
${Object.entries(COMMANDS)
    .map(([name, command]) => `  ${name.padEnd(14)}${command.summary}`)
    .join('\n')}

Run \`berth <command> --help\` for the options of a command.
`;
async function main(argv) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(HELP);
        return name === undefined ? 2 : 0;
    }
    const command = COMMANDS[name];
    if (command === undefined) {
        process.stderr.write(`berth: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. See \`berth --help\`.\n`);
        return 2;
    }
    try {
        const run = await command.load();
        return await run(rest);
    }
    catch (error) {
        if (error instanceof _usage_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e) {
            process.stderr.write(`berth ${name}: ${error.message}\nSee \`berth ${name} --help\`.\n`);
            return 2;
        }
        process.stderr.write(`berth ${name}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}\n`);
        return 1;
    }
}


/***/ }),

/***/ 7485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
// A wrong command line: printed with the command's usage, exit status 2.
class UsageError extends Error {
    name = 'UsageError';
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
// One way to turn whatever was thrown into words for a message.
/** The message of an Error (its name when the message is empty), else the thrown value as text. */
function errorMessage(error) {
    return error instanceof Error ? error.message || error.name : String(error);
}


/***/ })

};
