export const id = 828;
export const ids = [828];
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

/***/ 5828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runUnlockAction: () => (/* binding */ runUnlockAction)
/* harmony export */ });
/* harmony import */ var _app_unlock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9775);
/* harmony import */ var _app_wiring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4033);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8592);



async function runUnlockAction(inputs) {
    await (0,_app_unlock_js__WEBPACK_IMPORTED_MODULE_0__/* .unlock */ .T)(inputs, await (0,_app_wiring_js__WEBPACK_IMPORTED_MODULE_1__.parameterStore)((0,_app_wiring_js__WEBPACK_IMPORTED_MODULE_1__.awsClientSettings)(inputs)), (0,_log_js__WEBPACK_IMPORTED_MODULE_2__/* .actionLog */ .Z)());
    return undefined;
}


/***/ })

};
