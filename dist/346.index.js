export const id = 346;
export const ids = [346];
export const modules = {

/***/ 9346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runExportAction: () => (/* binding */ runExportAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _app_export_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5385);
/* harmony import */ var _app_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4734);
/* harmony import */ var _app_stack_output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5842);
/* harmony import */ var _app_wiring_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4033);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8592);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8948);
// `command: export`: an OpsWorks stack (live, by stack-id) or its exported Custom JSON file (stack-json)
// becomes a repository Stack JSON (written to stack-json-output) with its secrets in Parameter Store.







async function runExportAction(inputs) {
    const log = (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .actionLog */ .Z)();
    const { result, describe } = await (0,_app_export_js__WEBPACK_IMPORTED_MODULE_1__/* .exportFromOpsWorks */ .F)({
        stackId: inputs.stackId,
        file: inputs.stackJson,
        layerIds: inputs.layerIds,
        stackName: inputs.stackName,
        prefix: inputs.secretsPrefix,
        dryRun: inputs.dryRun,
        overwrite: inputs.force,
        client: (0,_app_wiring_js__WEBPACK_IMPORTED_MODULE_4__.awsClientSettings)(inputs),
        pollIntervalMs: inputs.pollIntervalSeconds * 1000,
    }, log);
    if (!inputs.dryRun) {
        await (0,_app_stack_output_js__WEBPACK_IMPORTED_MODULE_3__/* .writeStackJsonOutput */ .d3)(inputs.stackJsonOutput, result.text, (0,_app_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .secretInputValues */ .fl)(inputs));
        _outputs_js__WEBPACK_IMPORTED_MODULE_6__/* .outputs */ .V4.setStackJsonPath(inputs.stackJsonOutput);
    }
    const lines = describe(inputs.stackJsonOutput);
    for (const line of lines)
        log.info(line);
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addHeading('berth export', 2).addCodeBlock(lines.join('\n'), 'text').write();
    _outputs_js__WEBPACK_IMPORTED_MODULE_6__/* .outputs */ .V4.setResult({ command: 'export', dryRun: inputs.dryRun, moved: result.moved, hosts: result.hosts, targets: result.targets });
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

/***/ 5385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ exportFromOpsWorks)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/stack/check-file.ts
var check_file = __webpack_require__(8739);
// EXTERNAL MODULE: ./src/stack/index.ts + 1 modules
var stack = __webpack_require__(2087);
;// CONCATENATED MODULE: ./src/deploy/export.ts
// `berth export`: turn an OpsWorks stack's Custom JSON (live, or the file AWS's detach tool wrote to S3)
// into a Stack JSON for the repository. Inline secrets move to Parameter Store as SecureString and the
// document names them with `%{ssm:...}`; every other byte of the text stays as it was.



const HOSTNAME_TAG = 'berth:hostname';
const LAYER_TAG = 'berth:layer';
function dotted(path) {
    return path
        .map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`))
        .join('')
        .replace(/^\./, '');
}
/** The text with each inline secret replaced by its reference; formatting and key order kept. */
function replaceSecretsInText(text, secrets, prefix) {
    const base = prefix.replace(/\/+$/, '');
    let out = text;
    for (const secret of secrets) {
        const edits = (0,main.modify)(out, secret.path, (0,stack/* ssmPlaceholder */.XI)(`${base}/${secret.name}`), {});
        out = (0,main.applyEdits)(out, edits);
    }
    return out;
}
function suggestHosts(instances) {
    const hosts = instances.map((instance) => {
        const layer = instance.group ?? '';
        const tags = { [HOSTNAME_TAG]: instance.hostname };
        if (layer !== '')
            tags[LAYER_TAG] = layer;
        return { instanceId: instance.instanceId, hostname: instance.hostname, layer, tags };
    });
    const layers = [...new Set(hosts.map((h) => h.layer).filter((l) => l !== ''))].sort();
    return { hosts, targets: layers.map((layer) => `tag:${LAYER_TAG}=${layer}`) };
}
function checkPrefix(prefix) {
    if (!/^\/[A-Za-z0-9_.\-/]+$/.test(prefix)) {
        throw new Error(`secrets prefix "${prefix}" is not a Parameter Store path: start with "/" and use letters, digits and _.-/ only`);
    }
}
/**
 * Validates the Custom JSON, stores its inline secrets (unless a dry run) and returns the repository
 * document. Bad input changes nothing: the document is checked and every conflict found before the
 * first parameter is written, and parameters are written before the caller writes the file.
 */
async function exportStack(request, parameters, log) {
    checkPrefix(request.prefix);
    const validation = (0,check_file/* checkStackFile */.R)(request.text, request.source);
    const errors = validation.diagnostics.filter((d) => d.severity === 'error');
    if (!validation.document || errors.length > 0) {
        throw new Error(`the Custom JSON is not a valid Stack JSON; nothing was exported:\n${errors.map(stack/* formatDiagnostic */.xy).join('\n')}`);
    }
    const secrets = (0,stack/* listInlineSecrets */.Dh)(validation.document);
    for (const secret of secrets)
        log.secret(secret.value);
    const base = request.prefix.replace(/\/+$/, '');
    const names = secrets.map((secret) => `${base}/${secret.name}`);
    if (new Set(names).size !== names.length) {
        throw new Error('two secrets map to the same parameter name; rename one of the definitions or env keys');
    }
    const moved = [];
    if (request.dryRun || secrets.length === 0) {
        secrets.forEach((secret, i) => moved.push({ path: dotted(secret.path), parameter: names[i] ?? '', state: 'planned' }));
    }
    else {
        if (!parameters)
            throw new Error('writing secrets needs Parameter Store access (or use --dry-run)');
        const existing = await parameters.getMany(names, true);
        const conflicts = secrets.filter((secret, i) => {
            const current = existing.get(names[i] ?? '');
            return current !== undefined && current !== secret.value;
        });
        if (conflicts.length > 0 && !request.overwrite) {
            throw new Error(`these parameters already exist with other values; nothing was written (pass overwrite to replace them):\n` +
                conflicts.map((secret) => `  ${base}/${secret.name}`).join('\n'));
        }
        for (const [i, secret] of secrets.entries()) {
            const name = names[i] ?? '';
            if (existing.get(name) === secret.value) {
                moved.push({ path: dotted(secret.path), parameter: name, state: 'unchanged' });
                continue;
            }
            await parameters.putSecure(name, secret.value, true);
            moved.push({ path: dotted(secret.path), parameter: name, state: 'written' });
        }
    }
    const { hosts, targets } = suggestHosts(request.instances);
    return { text: replaceSecretsInText(request.text, secrets, request.prefix), moved, hosts, targets, stackName: request.stackName };
}
/** What to tell a human after an export: names and commands, never values. */
function describeExport(result, outputPath) {
    // Only a dry run plans: say so rather than "Wrote".
    const dryRun = result.moved.length > 0 && result.moved.every((entry) => entry.state === 'planned');
    const lines = [
        dryRun
            ? `Dry run, nothing written: ${result.moved.length} secret(s) would move to Parameter Store.`
            : `Wrote ${outputPath}: ${result.moved.length} secret(s) now referenced from Parameter Store.`,
    ];
    for (const entry of result.moved)
        lines.push(`  ${entry.path} -> %{ssm:${entry.parameter}} (${entry.state})`);
    if (result.stackName !== '')
        lines.push(`Use stack-name: "${result.stackName}" so %{opsworks} keeps its value.`);
    if (result.hosts.length > 0) {
        lines.push(`Tag the instances so the SSM path finds them (${LAYER_TAG}) and keeps a record of their OpsWorks hostname (${HOSTNAME_TAG}):`);
        for (const host of result.hosts) {
            const tags = Object.entries(host.tags)
                .map(([key, value]) => `Key=${key},Value=${value}`)
                .join(' ');
            lines.push(`  aws ec2 create-tags --resources ${host.instanceId} --tags ${tags}`);
        }
        // One line: several `targets` lines must all match, so the former layers are alternatives of one tag.
        const layers = [...new Set(result.hosts.map((h) => h.layer).filter((l) => l !== ''))].sort();
        lines.push(`Then deploy with targets: ${layers.length > 0 ? `tag:${LAYER_TAG}=${layers.join(',')}` : `tag:${HOSTNAME_TAG}=${result.hosts.map((h) => h.hostname).join(',')}`}`);
    }
    return lines;
}

// EXTERNAL MODULE: ./src/app/wiring.ts
var wiring = __webpack_require__(4033);
;// CONCATENATED MODULE: ./src/app/export.ts
// Leaving OpsWorks: an OpsWorks stack's Custom JSON (a live stack, by id, or the file AWS's detach tool
// exported) becomes a repository Stack JSON whose secrets live in Parameter Store (src/deploy/export.ts).



async function exportFromOpsWorks(source, log) {
    let text;
    let origin;
    let stackName = source.stackName;
    let instances = [];
    if (source.stackId !== '') {
        const opsworks = await (0,wiring.opsWorks)(source.client, source.pollIntervalMs);
        const stack = await opsworks.describeStack(source.stackId);
        text = stack.customJson;
        stackName = stackName || stack.name;
        instances = await opsworks.onlineInstances(source.stackId, source.layerIds);
        origin = `opsworks:${source.stackId}`;
    }
    else {
        origin = source.file;
        text = await (0,promises_.readFile)(origin, 'utf8');
    }
    const parameters = source.dryRun ? undefined : await (0,wiring.parameterStore)(source.client);
    const result = await exportStack({ text, source: origin, prefix: source.prefix, dryRun: source.dryRun, overwrite: source.overwrite, instances, stackName }, parameters, log);
    return { result, describe: (destination) => describeExport(result, source.dryRun ? '(dry run: nothing written)' : destination) };
}


/***/ }),

/***/ 5842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d3: () => (/* binding */ writeStackJsonOutput)
/* harmony export */ });
/* unused harmony exports holdsSecrets, stackOutputMode */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _stack_credential_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _stack_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1549);
// The one writer of `stack-json-output` (deploy, rollback, export). A document that holds secrets
// inline, credentials in plain values, or a copy of a secret given as an input is written with mode
// 0600, set before the first byte goes in even when the file already existed with a wider mode.




/** Every string in a JSON value, keys included. */
function* stringsIn(value) {
    if (typeof value === 'string')
        yield value;
    else if (Array.isArray(value))
        for (const item of value)
            yield* stringsIn(item);
    else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) {
            yield key;
            yield* stringsIn(item);
        }
    }
}
/** Whether any string of the JSON text holds one of `secrets` (as it reads, escapes undone). */
function holdsCopyOf(text, secrets) {
    const wanted = secrets.filter((secret) => secret !== '');
    if (wanted.length === 0)
        return false;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return true; // a text berth read leniently (comments): assumed to hold one
    }
    for (const value of stringsIn(parsed))
        if (wanted.some((secret) => value.includes(secret)))
            return true;
    return false;
}
/**
 * Whether the text may hold a secret: inline secrets, URL credentials, a copy of one of `inputSecrets`
 * (the secret values of the inputs, src/app/inputs.ts secretInputValues) anywhere in a value, or a text
 * berth cannot read (assumed so).
 */
function holdsSecrets(text, inputSecrets = []) {
    const document = (0,_stack_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateStackJson */ .r)(text, 'stack-json-output').document;
    return document === undefined || (0,_stack_credential_values_js__WEBPACK_IMPORTED_MODULE_2__/* .knownSecretValues */ ._9)(document).size > 0 || (0,_stack_credential_values_js__WEBPACK_IMPORTED_MODULE_2__/* .holdsUrlCredentials */ .gX)(text) || holdsCopyOf(text, inputSecrets);
}
/** The file mode `text` is written with: 0600 when it holds secrets, else 0644. */
function stackOutputMode(text, inputSecrets = []) {
    return holdsSecrets(text, inputSecrets) ? 0o600 : 0o644;
}
/** Writes `text` to `path`; `inputSecrets`: the inputs' secret values, a copy of which makes the file 0600 too. */
async function writeStackJsonOutput(path, text, inputSecrets = []) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const mode = stackOutputMode(text, inputSecrets);
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'w', mode);
    try {
        await file.chmod(mode);
        await file.writeFile(text);
    }
    finally {
        await file.close();
    }
}


/***/ })

};
