export const id = 145;
export const ids = [145];
export const modules = {

/***/ 5145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runConvergeOffAction: () => (/* binding */ runConvergeOffAction)
/* harmony export */ });
/* harmony import */ var _app_converge_off_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7258);
/* harmony import */ var _app_wiring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4033);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8592);
// `command: converge-off`: deletes the association and the release record (src/app/converge-off.ts).



async function runConvergeOffAction(inputs) {
    await (0,_app_converge_off_js__WEBPACK_IMPORTED_MODULE_0__/* .convergeOff */ .b)(inputs, await (0,_app_wiring_js__WEBPACK_IMPORTED_MODULE_1__.convergePorts)((0,_app_wiring_js__WEBPACK_IMPORTED_MODULE_1__.awsClientSettings)(inputs)), (0,_log_js__WEBPACK_IMPORTED_MODULE_2__/* .actionLog */ .Z)());
    return undefined;
}


/***/ }),

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

/***/ 7258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ convergeOff)
/* harmony export */ });
/* harmony import */ var _deploy_association_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3476);
/* harmony import */ var _deploy_release_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7237);
// `converge-off`: stops giving instances that join the release: deletes the environment's State Manager
// association, then its release record (src/deploy/association.ts turnConvergeOff).


async function convergeOff(inputs, ports, log) {
    const result = await (0,_deploy_association_js__WEBPACK_IMPORTED_MODULE_0__/* .turnConvergeOff */ .E5)(ports, inputs.environment, (0,_deploy_release_record_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseRecordPrefix */ .JN)(inputs.environment));
    for (const message of result.messages)
        log.info(message);
    if (inputs.converge)
        log.warn('Input converge is still true: the next deploy creates the association and the record again.');
    return result.messages.join('; ');
}


/***/ })

};
