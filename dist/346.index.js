export const id = 346;
export const ids = [346,964];
export const modules = {

/***/ 9346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runExportAction: () => (/* binding */ runExportAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _app_export_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5385);
/* harmony import */ var _app_stack_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5842);
/* harmony import */ var _app_wiring_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4033);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8592);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8948);
// `command: export`: an OpsWorks stack (live, by stack-id) or its exported Custom JSON file (stack-json)
// becomes a repository Stack JSON (written to stack-json-output) with its secrets in Parameter Store.






async function runExportAction(inputs) {
    const log = (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .actionLog */ .Z)();
    const { result, describe } = await (0,_app_export_js__WEBPACK_IMPORTED_MODULE_1__/* .exportFromOpsWorks */ .F)({
        stackId: inputs.stackId,
        file: inputs.stackJson,
        layerIds: inputs.layerIds,
        stackName: inputs.stackName,
        prefix: inputs.secretsPrefix,
        dryRun: inputs.dryRun,
        overwrite: inputs.force,
        client: (0,_app_wiring_js__WEBPACK_IMPORTED_MODULE_3__.awsClientSettings)(inputs),
        pollIntervalMs: inputs.pollIntervalSeconds * 1000,
    }, log);
    if (!inputs.dryRun) {
        await (0,_app_stack_output_js__WEBPACK_IMPORTED_MODULE_2__/* .writeStackJsonOutput */ .d3)(inputs.stackJsonOutput, result.text);
        _outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .outputs */ .V4.setStackJsonPath(inputs.stackJsonOutput);
    }
    const lines = describe(inputs.stackJsonOutput);
    for (const line of lines)
        log.info(line);
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addHeading('berth export', 2).addCodeBlock(lines.join('\n'), 'text').write();
    _outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .outputs */ .V4.setResult({ command: 'export', dryRun: inputs.dryRun, moved: result.moved, hosts: result.hosts, targets: result.targets });
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

/***/ 3964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitSubject: () => (/* binding */ commitSubject),
/* harmony export */   contextFromEnv: () => (/* binding */ contextFromEnv),
/* harmony export */   gitReader: () => (/* binding */ gitReader),
/* harmony export */   headCommit: () => (/* binding */ headCommit),
/* harmony export */   workspaceReader: () => (/* binding */ workspaceReader)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
// Where a release runs: the GitHub context (from the runner's environment, or the CLI's flags) and the
// repository checkout, read with git (the restored version's Stack JSON, the commit's subject).





const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
function contextFromEnv(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = env.GITHUB_RUN_ID ?? '';
    return {
        owner,
        repo,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        runUrl: owner && runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : '',
        actor: env.GITHUB_ACTOR ?? env.USER ?? 'berth',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runId: runId || String(Date.now()),
    };
}
/** `git show <commit>:<path>` in the checkout, with an error that says how to fix a shallow clone. */
function gitReader(workspace) {
    return async (commit, path) => {
        const relative = path.startsWith('/') ? path : `./${path.replace(/^\.\//, '')}`;
        try {
            const { stdout } = await run('git', ['show', `${commit}:${relative}`], { cwd: workspace, maxBuffer: 64 * 1024 * 1024 });
            return stdout;
        }
        catch (error) {
            const detail = error.stderr?.trim() || (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error);
            throw new Error(`Could not read ${path} at commit ${commit.slice(0, 12)} (${detail}). ` +
                "Check out the full history (actions/checkout with fetch-depth: 0) so the restored version's Stack JSON can be read.");
        }
    };
}
/** The Stack JSON file as it is in the checkout now. */
function workspaceReader(workspace) {
    return async (path) => {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace, path), 'utf8');
        }
        catch (error) {
            throw new Error(`Cannot read the Stack JSON ${path} (input stack-json) in ${workspace}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error)}`);
        }
    };
}
/** The checked-out commit (GITHUB_SHA, else `git rev-parse HEAD`); empty when unknown. */
async function headCommit(workspace, env = process.env) {
    if (env.GITHUB_SHA)
        return env.GITHUB_SHA;
    try {
        const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd: workspace });
        return stdout.trim();
    }
    catch {
        return '';
    }
}
/** The commit's subject line, for Rollbar's comment; empty when git cannot tell (no checkout). */
async function commitSubject(workspace, commit) {
    try {
        const { stdout } = await run('git', ['log', '-1', '--format=%s', commit], { cwd: workspace });
        return stdout.trim();
    }
    catch {
        return '';
    }
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
// EXTERNAL MODULE: ./src/stack/index.ts + 2 modules
var stack = __webpack_require__(2680);
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

/***/ 2326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ fleetSettings),
/* harmony export */   FG: () => (/* binding */ targetSettings),
/* harmony export */   Ue: () => (/* binding */ awsRegion)
/* harmony export */ });
/* unused harmony export FALLBACK_REGION */
/* harmony import */ var _stack_manual_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4720);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9092);


/** The region when neither the input nor the environment names one. */
const FALLBACK_REGION = 'us-east-1';
/**
 * The AWS region of every client and of the hosts' AWS CLI: the aws-region input (CLI: --aws-region),
 * else AWS_REGION (what the AWS SDK reads), else AWS_DEFAULT_REGION (what the AWS CLI reads), else us-east-1.
 */
function awsRegion(given, env = process.env) {
    return given || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || FALLBACK_REGION;
}
/** What a deploy and a rollback take alike from the inputs: the SSM targets, the policy, the hosts' settings. */
function fleetSettings(inputs, document, env = process.env) {
    // A misspelt `manual` name would redeploy nothing: it must name manual definitions of the document.
    const problems = document ? (0,_stack_manual_js__WEBPACK_IMPORTED_MODULE_0__/* .manualInputProblems */ .n)(document, inputs.manual) : [];
    if (problems.length > 0)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Invalid action inputs:\n- ${problems.join('\n- ')}`);
    return {
        ssmTarget: { kind: 'ssm', instanceIds: inputs.instanceIds, tags: inputs.targets, stackName: inputs.stackName },
        policy: {
            batchSize: inputs.batchSize,
            failurePolicy: inputs.failurePolicy,
            timeoutMinutes: inputs.timeoutMinutes,
            force: inputs.force,
            manual: inputs.manual,
            lockName: inputs.lockName,
            lockWaitSeconds: inputs.lockWaitSeconds,
        },
        host: {
            secretsPrefix: inputs.secretsPrefix,
            hostRoot: inputs.hostRoot,
            keepImages: inputs.keepImages,
            ...(inputs.database && document
                ? { databases: Object.fromEntries(Object.keys(document.deploy).map((app) => [app, inputs.database ?? {}])) }
                : {}),
            dataVolumeImage: inputs.dataVolumeImage,
            region: awsRegion(inputs.awsRegion, env),
            ...(inputs.hostAwsEndpoint ? { hostAwsEndpoint: inputs.hostAwsEndpoint } : {}),
        },
    };
}
/** The hosts a deploy goes to: the SSM targets, or the OpsWorks stack's instances. */
function targetSettings(inputs, ssmTarget) {
    if (inputs.target !== 'opsworks')
        return ssmTarget;
    return {
        kind: 'opsworks',
        stackId: inputs.stackId,
        ...(inputs.appId ? { appId: inputs.appId } : {}),
        layerIds: inputs.layerIds,
        command: { name: inputs.opsworksCommand || 'deploy' },
        stackName: inputs.stackName,
    };
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
/* harmony import */ var _stack_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9242);
// The one writer of `stack-json-output` (deploy, rollback, export). A document that holds secrets
// inline (or credentials in plain values) is written with mode 0600, set before the first byte goes in
// even when the file already existed with a wider mode.




/** Whether the text may hold a secret: inline secrets, URL credentials, or a text berth cannot read (assumed so). */
function holdsSecrets(text) {
    const document = (0,_stack_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateStackJson */ .r)(text, 'stack-json-output').document;
    return document === undefined || (0,_stack_credential_values_js__WEBPACK_IMPORTED_MODULE_2__/* .knownSecretValues */ ._9)(document).size > 0 || (0,_stack_credential_values_js__WEBPACK_IMPORTED_MODULE_2__/* .holdsUrlCredentials */ .gX)(text);
}
/** The file mode `text` is written with: 0600 when it holds secrets, else 0644. */
function stackOutputMode(text) {
    return holdsSecrets(text) ? 0o600 : 0o644;
}
async function writeStackJsonOutput(path, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const mode = stackOutputMode(text);
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'w', mode);
    try {
        await file.chmod(mode);
        await file.writeFile(text);
    }
    finally {
        await file.close();
    }
}


/***/ }),

/***/ 4033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsClientSettings: () => (/* binding */ awsClientSettings),
/* harmony export */   awsPorts: () => (/* binding */ awsPorts),
/* harmony export */   dockerBuildPorts: () => (/* binding */ dockerBuildPorts),
/* harmony export */   gitHubRecorder: () => (/* binding */ gitHubRecorder),
/* harmony export */   opsWorks: () => (/* binding */ opsWorks),
/* harmony export */   parameterStore: () => (/* binding */ parameterStore),
/* harmony export */   releasePorts: () => (/* binding */ releasePorts)
/* harmony export */ });
/* harmony import */ var _host_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1702);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3964);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2326);



/** Region and endpoint override of every AWS client. */
function awsClientSettings(inputs, env = process.env) {
    return { region: (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .awsRegion */ .Ue)(inputs.awsRegion, env), ...(inputs.awsEndpoint ? { endpoint: inputs.awsEndpoint } : {}) };
}
/** Parameter Store alone (unlock, export, the post step). */
async function parameterStore(client) {
    const [{ createSsmClient }, { createParameterStore }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(859), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 2796)),
        Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(138)]).then(__webpack_require__.bind(__webpack_require__, 2138)),
    ]);
    return createParameterStore(createSsmClient(client));
}
/** OpsWorks alone (export of a live stack). */
async function opsWorks(client, pollIntervalMs) {
    const [{ createOpsWorksClient }, { createOpsWorks }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(859), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 2796)),
        Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(859), __webpack_require__.e(824)]).then(__webpack_require__.bind(__webpack_require__, 7824)),
    ]);
    return createOpsWorks(createOpsWorksClient(client), { pollIntervalMs });
}
/** SSM Run Command, Parameter Store and (target opsworks) OpsWorks for the inputs. */
async function awsPorts(inputs, log) {
    const { deploySsmClients } = await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(859), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 2796));
    const { createSsmCommandPort } = await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(859), __webpack_require__.e(901)]).then(__webpack_require__.bind(__webpack_require__, 9282));
    const { createParameterStore } = await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(138)]).then(__webpack_require__.bind(__webpack_require__, 2138));
    const { createHostRunner } = await __webpack_require__.e(/* import() */ 408).then(__webpack_require__.bind(__webpack_require__, 408));
    const client = awsClientSettings(inputs);
    // Patient throttling retries for SSM (src/adapters/retry.ts) rather than the SDK's modes: berth makes
    // few calls, so adaptive's client-side rate cap only slows SendCommand when others throttle the
    // account, and standard's growing waits and retry quota slow a throttled fleet deploy down or fail it
    // (measured with bench/fleet.ts, 30% of all calls throttled: numbers in its header).
    const { ssm, pollClient } = deploySsmClients({
        ...client,
        pollIntervalMs: inputs.pollIntervalSeconds * 1000,
        timeoutMs: inputs.timeoutMinutes * 60_000,
    });
    const hosts = createHostRunner(createSsmCommandPort(ssm, { pollClient }), {
        pollIntervalMs: inputs.pollIntervalSeconds * 1000,
        parseResult: _host_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseHostResult */ .Bp,
        ...(inputs.cloudwatchLogGroup ? { cloudWatchLogGroup: inputs.cloudwatchLogGroup } : {}),
        warn: (message) => log.warn(message),
    });
    const opsworks = inputs.target === 'opsworks' ? await opsWorks(client, inputs.pollIntervalSeconds * 1000) : undefined;
    return { hosts, parameters: createParameterStore(ssm), ...(opsworks ? { opsworks } : {}) };
}
/** docker (a private DOCKER_CONFIG) and the registry client with the registry credentials. */
function dockerBuildPorts(inputs, log) {
    return async () => {
        const { DockerCli } = await __webpack_require__.e(/* import() */ 226).then(__webpack_require__.bind(__webpack_require__, 8226));
        const { RegistryClient } = await __webpack_require__.e(/* import() */ 389).then(__webpack_require__.bind(__webpack_require__, 9389));
        const docker = await DockerCli.create({ onLine: (line) => log.info(line) });
        const registry = new RegistryClient({
            ...(inputs.registryUsername ? { credentials: { username: inputs.registryUsername, password: inputs.registryPassword } } : {}),
            onRetry: (message) => log.warn(message),
        });
        return { docker, registry, log, dispose: () => docker.dispose() };
    };
}
/** GitHub Deployments of the run's repository; undefined without a github-token or a repository. */
async function gitHubRecorder(token, context) {
    if (!token || !context.owner)
        return undefined;
    const { createDeployRecorder, createGitHubApi } = await __webpack_require__.e(/* import() */ 401).then(__webpack_require__.bind(__webpack_require__, 2401));
    return createDeployRecorder(createGitHubApi({ baseUrl: context.apiUrl, token }), {
        owner: context.owner,
        repo: context.repo,
        ...(context.runUrl ? { logUrl: context.runUrl } : {}),
    });
}
/** Every real port of a deploy or a rollback: AWS, GitHub Deployments (given a token), git, docker for builds. */
async function releasePorts(inputs, context, log) {
    // A rollback always goes through SSM (it restores a Stack JSON): no OpsWorks client for it.
    const aws = await awsPorts(inputs.command === 'rollback' ? { ...inputs, target: 'ssm' } : inputs, log);
    const recorder = await gitHubRecorder(inputs.githubToken, context);
    return {
        ...aws,
        ...(recorder ? { recorder } : {}),
        readAtCommit: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__.gitReader)(context.workspace),
        buildPorts: dockerBuildPorts(inputs, log),
    };
}


/***/ }),

/***/ 1702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* reexport safe */ _command_js__WEBPACK_IMPORTED_MODULE_0__.$k),
/* harmony export */   Bp: () => (/* reexport safe */ _command_js__WEBPACK_IMPORTED_MODULE_0__.Bp),
/* harmony export */   q: () => (/* reexport safe */ _command_js__WEBPACK_IMPORTED_MODULE_0__.q)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7798);



/***/ })

};
