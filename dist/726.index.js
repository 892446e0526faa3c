export const id = 726;
export const ids = [726];
export const modules = {

/***/ 8592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ actionLog)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
// The ProgressLog of the action: the runner's log, groups, and masking.

function actionLog() {
    return {
        info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(message),
        warn: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(message),
        error: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(message),
        group: (title, body) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.group(title, body),
        secret: (value) => {
            if (value !== '')
                _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(value);
        },
    };
}


/***/ }),

/***/ 7726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatusAction: () => (/* binding */ runStatusAction)
/* harmony export */ });
/* harmony import */ var _app_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3705);
/* harmony import */ var _app_status_view_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2295);
/* harmony import */ var _app_wiring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4033);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8592);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8948);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8770);






async function runStatusAction(inputs) {
    const log = (0,_log_js__WEBPACK_IMPORTED_MODULE_2__/* .actionLog */ .Z)();
    const { hosts, parameters } = await (0,_app_wiring_js__WEBPACK_IMPORTED_MODULE_1__.awsPorts)({ ...inputs, target: 'ssm' }, log);
    const status = await (0,_app_status_js__WEBPACK_IMPORTED_MODULE_0__/* .fleetStatus */ .BO)(inputs, { hosts, parameters }, log);
    const text = (0,_app_status_view_js__WEBPACK_IMPORTED_MODULE_5__/* .renderFleetStatus */ .z$)(status);
    for (const line of text.trimEnd().split('\n'))
        log.info(line);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .appendJobSummary */ .I)(`## berth status\n\n\`\`\`text\n${text}\`\`\`\n`);
    _outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .outputs */ .V4.setResult({ command: 'status', ...status });
    return undefined;
}


/***/ })

};
