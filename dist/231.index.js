export const id = 231;
export const ids = [231,964];
export const modules = {

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

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ commandLineContext),
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   n9: () => (/* binding */ readReleaseFlags)
/* harmony export */ });
/* unused harmony exports SECRET_INPUT_ENV, secretInputHelp */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _app_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3964);
/* harmony import */ var _app_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9092);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7485);
// The one command-line reader of every `berth <command>`: node's parseArgs plus -h/--help, with wrong
// usage turned into a UsageError (exit status 2). The release commands (deploy, rollback, unlock) take
// every action input as a flag of the same name, parsed by the inputs' one schema; the secret inputs
// come from the environment or stdin instead.






/** Says what went wrong with `--flag`-style parsing in words a user can act on. */
function describeParseError(error) {
    return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error).replace(/\. To specify a positional argument.*$/s, '');
}
/**
 * Parses `argv` with `options` (and -h/--help). Undefined after printing `help` when help was asked for.
 */
function parseCommandLine(argv, help, options, allowPositionals = false) {
    let parsed;
    try {
        const withHelp = { ...options, help: { type: 'boolean', short: 'h' } };
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: argv,
            allowPositionals,
            options: withHelp,
        });
    }
    catch (error) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(describeParseError(error));
    }
    if (parsed.values.help) {
        process.stdout.write(help);
        return undefined;
    }
    return { values: parsed.values, positionals: parsed.positionals };
}
/** Where a command-line release runs: the checkout is the working directory; --repository names the GitHub repository. */
function commandLineContext(flags, env = process.env) {
    const repository = flags.repository !== undefined ? { GITHUB_REPOSITORY: flags.repository } : {};
    return { ...(0,_app_context_js__WEBPACK_IMPORTED_MODULE_2__.contextFromEnv)({ ...env, ...repository }), workspace: process.cwd() };
}
/**
 * Inputs that hold secrets never come from a flag: every user of the machine reads a process's
 * arguments (`ps`, /proc). Each comes from its environment variable, or from stdin with `--<name>-stdin`.
 */
const SECRET_INPUT_ENV = {
    'github-token': 'BERTH_GITHUB_TOKEN',
    'registry-password': 'BERTH_REGISTRY_PASSWORD',
    'rollbar-token': 'BERTH_ROLLBAR_TOKEN',
    database: 'BERTH_DATABASE',
};
const SECRET_INPUTS = Object.keys(SECRET_INPUT_ENV);
const isSecretInput = (name) => Object.hasOwn(SECRET_INPUT_ENV, name);
/** How to give a secret input: the message for its refused flag, and the help text. */
function secretInputHelp(name) {
    return `set ${SECRET_INPUT_ENV[name]} in the environment or pipe it into --${name}-stdin`;
}
const INPUT_FLAGS = Object.fromEntries(_app_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT_NAMES */ .Qh.filter((name) => name !== 'command').map((name) => [name, { type: 'string' }]));
const STDIN_FLAGS = Object.fromEntries(SECRET_INPUTS.map((name) => [`${name}-stdin`, { type: 'boolean' }]));
/** The secret inputs from the environment and stdin; a secret given as a flag is refused. */
function readSecretInputs(values, sources) {
    const given = SECRET_INPUTS.filter((name) => typeof values[name] === 'string');
    if (given.length > 0) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(given
            .map((name) => `--${name} is not accepted: a flag is visible to every user of this machine (ps, /proc); ${secretInputHelp(name)}`)
            .join('\n'));
    }
    const piped = SECRET_INPUTS.filter((name) => values[`${name}-stdin`] === true);
    if (piped.length > 1)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`only one input can come from stdin, got ${piped.map((name) => `--${name}-stdin`).join(' and ')}`);
    const env = sources.env ?? process.env;
    const out = {};
    for (const name of SECRET_INPUTS) {
        const value = env[SECRET_INPUT_ENV[name]];
        if (value !== undefined && value !== '')
            out[name] = value;
    }
    const [fromStdin] = piped;
    if (fromStdin)
        out[fromStdin] = (sources.readStdin ?? (() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(0, 'utf8')))().replace(/\r?\n$/, '');
    return out;
}
/**
 * Every input of the action as a flag of the same name (`--batch-size 2`), parsed like the action's
 * inputs, except the secret ones (SECRET_INPUT_ENV); `fallback` gives a value for an input not given.
 */
function readReleaseFlags(argv, command, help, fallback = () => '', sources = {}) {
    const parsed = parseCommandLine(argv, help, {
        ...INPUT_FLAGS,
        ...STDIN_FLAGS,
        json: { type: 'boolean' },
        repository: { type: 'string' },
    });
    if (!parsed)
        return undefined;
    const values = parsed.values;
    const secrets = readSecretInputs(values, sources);
    const given = (name) => {
        if (name === 'command')
            return command;
        if (isSecretInput(name))
            return secrets[name] ?? fallback(name);
        const value = values[name];
        return typeof value === 'string' ? value : fallback(name);
    };
    try {
        const inputs = (0,_app_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseActionInputs */ .HC)(given);
        const repository = values['repository'];
        return { inputs, json: values['json'] === true, ...(typeof repository === 'string' ? { repository } : {}) };
    }
    catch (error) {
        if (error instanceof _app_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(error.message
                .replace('Invalid action inputs', 'Invalid options')
                .replace(/input "([^"]+)"/g, (_, name) => isSecretInput(name) ? SECRET_INPUT_ENV[name] : `--${name}`));
        throw error;
    }
}


/***/ }),

/***/ 5231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HELP: () => (/* binding */ HELP),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _app_export_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5385);
/* harmony import */ var _app_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2326);
/* harmony import */ var _app_stack_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5842);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9851);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7593);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7485);
// `berth export`: an OpsWorks stack's Custom JSON (file or live stack) -> a repository Stack JSON whose
// secrets live in Parameter Store.






const HELP = `Usage: berth export (FILE | --stack-id ID) --out FILE [options]

Turns an OpsWorks stack's Custom JSON into a Stack JSON for the repository. Every inline secret
(registry passwords, Rollbar tokens, database password, env keys matching PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL)
is stored in Parameter Store as a SecureString under --prefix and replaced by a %{ssm:...} reference.
Prints what moved where (names, never values) and how to tag the instances for the SSM-only path.

  FILE               the Custom JSON (e.g. what AWS's "detach in place" tool exported to S3)
  --stack-id ID      read the Custom JSON, stack name and instances from a live OpsWorks stack instead
  --out FILE         where to write the Stack JSON (default: stdout)
  --prefix PATH      Parameter Store prefix (default /berth/production/secrets)
  --dry-run          show the plan, write nothing (no parameter, no file)
  --overwrite        replace parameters that exist with another value (default: refuse)
  --region R         AWS region (default: AWS_REGION, then AWS_DEFAULT_REGION, then us-east-1)
  --endpoint URL     AWS endpoint override (VPC endpoint, local fake)
`;
async function run(argv) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandLine */ .Du)(argv, HELP, {
        'stack-id': { type: 'string' },
        out: { type: 'string' },
        prefix: { type: 'string', default: '/berth/production/secrets' },
        'dry-run': { type: 'boolean' },
        overwrite: { type: 'boolean' },
        region: { type: 'string' },
        endpoint: { type: 'string' },
    }, true);
    if (!parsed)
        return 0;
    const options = parsed.values;
    const file = parsed.positionals[0];
    const stackId = options['stack-id'];
    if ((file === undefined) === (stackId === undefined))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e('name either a Custom JSON FILE or --stack-id');
    const dryRun = options['dry-run'] === true;
    const log = (0,_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalLog */ .d)();
    const { result, describe } = await (0,_app_export_js__WEBPACK_IMPORTED_MODULE_0__/* .exportFromOpsWorks */ .F)({
        stackId: stackId ?? '',
        file: file ?? '',
        layerIds: [],
        stackName: '',
        prefix: options.prefix ?? '',
        dryRun,
        overwrite: options.overwrite === true,
        client: { region: (0,_app_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .awsRegion */ .Ue)(options.region ?? ''), ...(options.endpoint ? { endpoint: options.endpoint } : {}) },
        pollIntervalMs: 5000,
    }, log);
    const out = options.out;
    if (!dryRun) {
        if (out !== undefined)
            await (0,_app_stack_output_js__WEBPACK_IMPORTED_MODULE_2__/* .writeStackJsonOutput */ .d3)(out, result.text);
        else
            process.stdout.write(result.text);
    }
    for (const line of describe(out ?? 'stdout'))
        log.info(line);
    return 0;
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ terminalLog)
/* harmony export */ });
/* harmony import */ var _stack_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2680);

function terminalLog(stream = process.stderr) {
    const secrets = new Set();
    const write = (prefix, message) => stream.write(`${prefix}${(0,_stack_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(message, secrets)}\n`);
    return {
        info: (message) => write('', message),
        warn: (message) => write('warning: ', message),
        error: (message) => write('error: ', message),
        async group(title, body) {
            write('== ', title);
            return body();
        },
        secret: (value) => {
            if (value !== '')
                secrets.add(value);
        },
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



/***/ }),

/***/ 8739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ countBySeverity),
/* harmony export */   R: () => (/* binding */ checkStackFile)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6325);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9242);


function checkStackFile(text, file) {
    const result = (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateStackJson */ .r)(text, file);
    if (result.document === undefined)
        return result;
    const secrets = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .listInlineSecrets */ .Dh)(result.document).map((secret) => secret.value);
    if (secrets.length === 0)
        return result;
    return { ...result, diagnostics: result.diagnostics.map((d) => ({ ...d, message: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(d.message, secrets) })) };
}
function countBySeverity(diagnostics) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const d of diagnostics)
        counts[d.severity]++;
    return counts;
}


/***/ }),

/***/ 2680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Oo: () => (/* reexport */ EXAMPLE_HOST),
  XF: () => (/* reexport */ secrets/* REDACTED */.XF),
  oy: () => (/* reexport */ stack_plan/* buildHostPlan */.oy),
  me: () => (/* reexport */ diffDocuments),
  xy: () => (/* reexport */ diagnostics/* formatDiagnostic */.xy),
  Dh: () => (/* reexport */ secrets/* listInlineSecrets */.Dh),
  E$: () => (/* reexport */ secrets/* redact */.E$),
  XI: () => (/* reexport */ placeholders/* ssmPlaceholder */.XI),
  LO: () => (/* reexport */ summarizeDocument),
  ry: () => (/* reexport */ validate/* validateStackJson */.r)
});

// UNUSED EXPORTS: CRON_PATH, CommandSyntaxError, DEFAULT_HEALTH_DEADLINE, FIELD_END, MAX_COPIES, MAX_SECONDS, PLAN_HEADER, RECORD_END, RESTART_POLICY, Reporter, STANDARD_TIER_BYTES, analyzeCommand, appKeys, appSchema, checkStackFile, checkStandardTier, commandHealthSchema, composeEnvironment, countBySeverity, createPositionIndex, cronEnvPath, cronFile, cronFilePath, cronSchema, dataVolumeKeys, databaseSchema, databaseVariables, definitionHash, definitionKeys, definitionSchema, dependencies, deployModes, describePath, encodeHostPlan, findDefinition, healthCheck, healthSchema, healthSettings, hostPlaceholders, hostPortOf, hostVolume, httpHealthSchema, imageReference, interpolate, isFixedAcrossCopies, isFixedAcrossSlots, isLongRunning, isPerHost, isSecretKey, isValidSsmName, level, listDataVolumes, listDefinitions, loadBalancerSchema, logArgs, logSchema, manualInputProblems, mergeImageTags, mergeMismatches, notificationsSchema, opsworksName, perHostParameter, placeholderNames, planDefinition, planValue, posixQuote, referenceOrLiteral, referencingSecrets, registrySchema, releaseTag, rollbarSchema, runtimeNames, sharedRunArgs, shortName, slotValues, slug, splitCommand, ssmReference, stackSchema, stageDatabaseSecrets, stageInlineSecrets, stagePerHost, stagedValue, tagValue, tokenize, underRoot, withHashesOf

// EXTERNAL MODULE: ./src/stack/schema.ts
var schema = __webpack_require__(5449);
// EXTERNAL MODULE: ./src/stack/positions.ts
var positions = __webpack_require__(876);
// EXTERNAL MODULE: ./src/stack/diagnostics.ts
var diagnostics = __webpack_require__(516);
// EXTERNAL MODULE: ./src/stack/validate.ts + 6 modules
var validate = __webpack_require__(9242);
// EXTERNAL MODULE: ./src/stack/check-file.ts
var check_file = __webpack_require__(8739);
// EXTERNAL MODULE: ./src/stack/placeholders.ts
var placeholders = __webpack_require__(1716);
// EXTERNAL MODULE: ./src/stack/environment.ts
var environment = __webpack_require__(7569);
// EXTERNAL MODULE: ./src/stack/secrets.ts
var secrets = __webpack_require__(6325);
// EXTERNAL MODULE: ./src/stack/plan-args.ts + 1 modules
var plan_args = __webpack_require__(7095);
// EXTERNAL MODULE: ./src/stack/plan-cron.ts
var plan_cron = __webpack_require__(8266);
// EXTERNAL MODULE: ./src/stack/plan.ts
var stack_plan = __webpack_require__(4993);
// EXTERNAL MODULE: ./src/stack/merge.ts
var merge = __webpack_require__(9604);
// EXTERNAL MODULE: ./src/stack/credential-values.ts
var credential_values = __webpack_require__(7638);
;// CONCATENATED MODULE: ./src/stack/diff.ts
// What a change to the document does, per definition, for the pull-request check:
// tag, image, copies, mode and env keys added/removed/changed. Secret values never show.





/** The env a definition's own keys and its env_from give (DB_* and RELEASE_TAG are not in the document). */
function documentEnv(document, app, definition) {
    const env = new Map();
    const source = definition.env_from !== undefined ? (0,environment/* findDefinition */.Jn)(document, app, definition.env_from) : undefined;
    for (const [key, value] of Object.entries(source?.env ?? {}))
        env.set(key, value);
    for (const [key, value] of Object.entries(definition.env))
        env.set(key, value);
    return env;
}
function shown(key, value) {
    return ((0,secrets/* isSecretKey */.uE)(key) || (0,credential_values/* holdsUrlCredentials */.gX)(value)) && (0,placeholders/* ssmReference */.rI)(value) === undefined ? (0,secrets/* redact */.E$)(value) : value;
}
function fields(definition) {
    return {
        image: definition?.image ?? '',
        tag: definition?.tag ?? '',
        copies: definition === undefined ? '' : definition.deploy === 'cron' ? 'cron' : String(definition.containers),
        mode: definition?.deploy ?? (definition ? 'unset' : ''),
    };
}
function envChanges(before, after) {
    const changes = [];
    for (const [key, value] of after) {
        const old = before.get(key);
        if (old === undefined)
            changes.push({ key, change: 'added', after: shown(key, value) });
        else if (old !== value)
            changes.push({ key, change: 'changed', before: shown(key, old), after: shown(key, value) });
    }
    for (const [key, value] of before) {
        if (!after.has(key))
            changes.push({ key, change: 'removed', before: shown(key, value) });
    }
    return changes;
}
/** Per-definition changes from `base` (undefined: a new file) to `head`; unchanged definitions are left out. */
function diffDocuments(base, head) {
    const key = (app, name) => JSON.stringify([app, name]);
    const baseEntries = new Map((base ? (0,schema/* listDefinitions */.Pb)(base) : []).map((e) => [key(e.app, e.name), e]));
    const headEntries = new Map((0,schema/* listDefinitions */.Pb)(head).map((e) => [key(e.app, e.name), e]));
    const changes = [];
    for (const [id, entry] of headEntries) {
        const old = baseEntries.get(id);
        const beforeFields = fields(old?.definition);
        const afterFields = fields(entry.definition);
        const fieldChanges = Object.keys(afterFields)
            .filter((field) => beforeFields[field] !== afterFields[field])
            .map((field) => ({ field, before: beforeFields[field], after: afterFields[field] }));
        const env = envChanges(old && base ? documentEnv(base, old.app, old.definition) : new Map(), documentEnv(head, entry.app, entry.definition));
        if (old && fieldChanges.length === 0 && env.length === 0)
            continue;
        changes.push({ app: entry.app, definition: entry.name, kind: old ? 'changed' : 'added', fields: fieldChanges, env });
    }
    for (const [id, entry] of baseEntries) {
        if (headEntries.has(id) || !base)
            continue;
        const beforeFields = fields(entry.definition);
        changes.push({
            app: entry.app,
            definition: entry.name,
            kind: 'removed',
            fields: Object.keys(beforeFields).map((field) => ({ field, before: beforeFields[field], after: '' })),
            env: envChanges(documentEnv(base, entry.app, entry.definition), new Map()),
        });
    }
    return changes;
}

// EXTERNAL MODULE: ./src/stack/command.ts
var command = __webpack_require__(245);
;// CONCATENATED MODULE: ./src/stack/summary.ts
// What a document would run, per app, for the validate job summary and the CLI: definitions,
// image:tag, copies, mode, and placeholders resolved for an example host. Secrets redacted.




const EXAMPLE_HOST = {
    hostname: 'docker1',
    instanceId: 'i-0123456789abcdef0',
    publicIp: '203.0.113.10',
    stackName: 'Example Stack',
};
const exampleOptions = {
    deployId: 'example',
    release: 'example',
    revision: '<revision>',
    actor: 'example',
    createdAt: '1970-01-01T00:00:00Z',
    hostRoot: '/',
    force: false,
    manual: [],
    runMigration: false,
    keepImages: 3,
    lockTimeout: 300,
    aws: { region: 'us-east-1' },
    preferLocalImages: false,
    dataVolumeImage: 'busybox',
    logTailLines: 50,
    environment: 'production',
};
function shownEnv(env) {
    return env.map(({ key, value, secret }) => ({
        key,
        value: value.kind === 'ssm' ? `%{ssm:${value.name}}` : secret ? (0,secrets/* redact */.E$)(value.value) : value.value,
    }));
}
function summarizeDocument(document, exampleFacts = EXAMPLE_HOST) {
    const definitions = (0,schema/* listDefinitions */.Pb)(document);
    const volumes = (0,schema/* listDataVolumes */.W8)(document);
    return Object.keys(document.deploy).map((app) => ({
        app,
        dataVolumes: volumes.filter((v) => v.app === app).map((v) => v.name),
        definitions: definitions
            .filter((entry) => entry.app === app)
            .map((entry) => {
            const { definition, name } = entry;
            const base = {
                name,
                mode: definition.deploy ?? 'unset',
                image: definition.image,
                tag: definition.tag,
                reference: '',
                copies: definition.deploy === 'cron' ? 0 : definition.containers,
                runtimeNames: [],
                slots: 1,
                command: [],
                env: [],
                ...(definition.deploy === 'cron' && definition.cron
                    ? { schedule: `${definition.cron.minute} ${definition.cron.hour} * * ${definition.cron.weekday}` }
                    : definition.deploy === 'cron'
                        ? { schedule: '* * * * *' }
                        : {}),
            };
            try {
                const plan = (0,stack_plan/* planDefinition */.fw)(document, entry, exampleFacts, exampleOptions);
                const first = plan.copies[0]?.slots[0];
                const hostnameAt = first ? first.runArgs.indexOf('--hostname') : -1;
                const hostname = hostnameAt >= 0 ? first?.runArgs[hostnameAt + 1] : undefined;
                return {
                    ...base,
                    reference: plan.image,
                    runtimeNames: plan.copies.map((copy) => copy.name),
                    slots: plan.copies[0]?.slots.length ?? 1,
                    ...(hostname !== undefined ? { hostname } : {}),
                    command: first?.command ?? (0,command/* splitCommand */.GW)(definition.command ?? ''),
                    env: shownEnv(plan.env),
                };
            }
            catch (error) {
                return { ...base, problem: error instanceof Error ? error.message : String(error) };
            }
        }),
    }));
}

// EXTERNAL MODULE: ./src/stack/manual.ts
var manual = __webpack_require__(4720);
;// CONCATENATED MODULE: ./src/stack/index.ts
// The core's public surface: the Stack JSON model, validation, the per-host plan and text edits.




















/***/ })

};
