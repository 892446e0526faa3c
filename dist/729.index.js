export const id = 729;
export const ids = [729];
export const modules = {

/***/ 1729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readActionInputs: () => (/* binding */ readActionInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _app_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4734);
// The action's inputs as the runner gives them (INPUT_<NAME>), parsed by the one schema of src/app/inputs.ts.


/** Reads the inputs of the running action step; raw text, untrimmed, '' when absent. Secret inputs are masked before they are parsed. */
function readActionInputs() {
    return (0,_app_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseActionInputs */ .HC)((name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name, { trimWhitespace: false }), process.env, (value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(value));
}


/***/ })

};
