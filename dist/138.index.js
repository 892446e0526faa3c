export const id = 138;
export const ids = [138];
export const modules = {

/***/ 2138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createParameterStore: () => (/* binding */ createParameterStore)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4736);
// Parameter Store through an SSMClient: staged secrets (SecureString) and the fleet lock (create-if-absent,
// a deploy's own generation overwritten, the generations listed by path).

function errorName(error) {
    return error instanceof Error ? error.name : '';
}
function createParameterStore(client) {
    return {
        async putSecure(name, value, overwrite) {
            await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .PutParameterCommand */ .ihh({ Name: name, Value: value, Type: 'SecureString', Overwrite: overwrite }));
        },
        async putIfAbsent(name, value) {
            try {
                await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .PutParameterCommand */ .ihh({ Name: name, Value: value, Type: 'String', Overwrite: false }));
                return true;
            }
            catch (error) {
                if (errorName(error) === 'ParameterAlreadyExists')
                    return false;
                throw error;
            }
        },
        async overwrite(name, value) {
            await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .PutParameterCommand */ .ihh({ Name: name, Value: value, Type: 'String', Overwrite: true }));
        },
        async list(path) {
            const values = new Map();
            for await (const page of (0,_aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .paginateGetParametersByPath */ .kU5)({ client }, { Path: path, Recursive: false, WithDecryption: false })) {
                for (const p of page.Parameters ?? []) {
                    if (p.Name !== undefined && p.Value !== undefined)
                        values.set(p.Name, p.Value);
                }
            }
            return values;
        },
        async get(name, decrypt) {
            try {
                const out = await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .GetParameterCommand */ .lhy({ Name: name, WithDecryption: decrypt }));
                return out.Parameter?.Value;
            }
            catch (error) {
                if (errorName(error) === 'ParameterNotFound')
                    return undefined;
                throw error;
            }
        },
        async getMany(names, decrypt) {
            const values = new Map();
            // GetParameters takes at most 10 names a call.
            for (let i = 0; i < names.length; i += 10) {
                const out = await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .GetParametersCommand */ .AFe({ Names: names.slice(i, i + 10), WithDecryption: decrypt }));
                for (const p of out.Parameters ?? []) {
                    if (p.Name !== undefined && p.Value !== undefined)
                        values.set(p.Name, p.Value);
                }
            }
            return values;
        },
        async versions(names) {
            const versions = new Map();
            for (let i = 0; i < names.length; i += 10) {
                // Without decryption: only the version is read, never a value.
                const out = await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .GetParametersCommand */ .AFe({ Names: names.slice(i, i + 10), WithDecryption: false }));
                for (const p of out.Parameters ?? []) {
                    if (p.Name !== undefined && p.Version !== undefined)
                        versions.set(p.Name, p.Version);
                }
            }
            return versions;
        },
        async delete(name) {
            try {
                await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .DeleteParameterCommand */ .Obs({ Name: name }));
            }
            catch (error) {
                if (errorName(error) !== 'ParameterNotFound')
                    throw error;
            }
        },
    };
}


/***/ })

};
