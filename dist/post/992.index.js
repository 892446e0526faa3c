export const id = 992;
export const ids = [992];
export const modules = {

/***/ 6992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOpsWorksClient: () => (/* binding */ createOpsWorksClient),
/* harmony export */   createSsmClient: () => (/* binding */ createSsmClient),
/* harmony export */   credentialsExpiry: () => (/* binding */ credentialsExpiry)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4736);
/* harmony import */ var _aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8859);
/* harmony import */ var _aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_1__);
// AWS clients as berth uses them: region, optional endpoint override (VPC endpoints, the local fake),
// and the SDK's adaptive retry mode, which slows down on ThrottlingException instead of failing.


function common(settings) {
    return {
        region: settings.region,
        retryMode: settings.retryMode ?? 'adaptive',
        maxAttempts: settings.maxAttempts ?? 8,
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
    };
}
function createSsmClient(settings) {
    return new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .SSMClient */ .jBj(common(settings));
}
function createOpsWorksClient(settings) {
    return new _aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_1__.OpsWorksClient(common(settings));
}
/** When the client's credentials expire (assumed roles last about an hour), if they say so. */
async function credentialsExpiry(client) {
    try {
        const provider = client.config.credentials;
        const credentials = await provider();
        return credentials.expiration;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
