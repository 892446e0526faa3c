export const id = 33;
export const ids = [33,964];
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



/***/ }),

/***/ 4720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ manualInputProblems)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5449);
// The deploy's `manual` input names definitions to redeploy this time; check it before any host is touched.

/** One message per name that is not a `manual` definition of the document (empty when all are fine). */
function manualInputProblems(document, names) {
    const definitions = (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .listDefinitions */ .Pb)(document);
    const manual = definitions.filter((d) => d.definition.deploy === 'manual').map((d) => d.name);
    return names.flatMap((name) => {
        const found = definitions.find((d) => d.name === name);
        if (!found)
            return [`manual: "${name}" is no definition of the document; use one of ${manual.join(', ') || '(no manual definitions)'}`];
        if (found.definition.deploy !== 'manual') {
            return [
                `manual: "${name}" has deploy "${found.definition.deploy ?? 'unset'}", not "manual"; only manual definitions can be listed (use force for auto ones)`,
            ];
        }
        return [];
    });
}


/***/ })

};
