export const id = 575;
export const ids = [575];
export const modules = {

/***/ 2575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HELP: () => (/* binding */ HELP),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _stack_check_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8739);
/* harmony import */ var _stack_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1265);
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
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: { json: { type: 'boolean' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
        });
    }
    catch (error) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e((0,_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .describeParseError */ .R)(error));
    }
    if (parsed.values.help) {
        process.stdout.write(HELP);
        return 0;
    }
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
        diagnostics.push(...(0,_stack_check_file_js__WEBPACK_IMPORTED_MODULE_2__/* .checkStackFile */ .R)(text, file).diagnostics);
    }
    const shown = parsed.values.quiet ? diagnostics.filter((d) => d.severity !== 'notice') : diagnostics;
    const counts = (0,_stack_check_file_js__WEBPACK_IMPORTED_MODULE_2__/* .countBySeverity */ .O)(diagnostics);
    if (parsed.values.json) {
        process.stdout.write(JSON.stringify({ files, errors: counts.error, warnings: counts.warning, notices: counts.notice, diagnostics: shown }, null, 2) + '\n');
    }
    else {
        for (const d of shown)
            process.stdout.write((0,_stack_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiagnostic */ .xy)(d) + '\n');
        process.stdout.write(`${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s) in ${files.length} file(s)\n`);
    }
    return counts.error > 0 ? 1 : 0;
}
function unreadable(file, error) {
    const reason = error.code === 'ENOENT' ? 'no such file' : error.message;
    return { severity: 'error', code: 'unreadable', message: `cannot read the file: ${reason}`, file, line: 1, column: 1, endLine: 1, endColumn: 1, path: [] };
}


/***/ })

};
