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


/***/ }),

/***/ 5449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ dataVolumeKeys),
/* harmony export */   E7: () => (/* binding */ stackSchema),
/* harmony export */   FA: () => (/* binding */ registrySchema),
/* harmony export */   Pb: () => (/* binding */ listDefinitions),
/* harmony export */   W0: () => (/* binding */ rollbarSchema),
/* harmony export */   W8: () => (/* binding */ listDataVolumes),
/* harmony export */   Wm: () => (/* binding */ appKeys),
/* harmony export */   i_: () => (/* binding */ definitionKeys),
/* harmony export */   jJ: () => (/* binding */ runtimeNames),
/* harmony export */   k6: () => (/* binding */ logSchema),
/* harmony export */   m6: () => (/* binding */ loadBalancerSchema),
/* harmony export */   rS: () => (/* binding */ commandHealthSchema),
/* harmony export */   s1: () => (/* binding */ httpHealthSchema),
/* harmony export */   u3: () => (/* binding */ cronSchema),
/* harmony export */   uR: () => (/* binding */ isLongRunning),
/* harmony export */   uY: () => (/* binding */ notificationsSchema)
/* harmony export */ });
/* unused harmony exports MAX_COPIES, MAX_SECONDS, healthSchema, deployModes, definitionSchema, databaseSchema, appSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8532);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
// The shape of a Stack JSON document (see the spec), with the old cookbook's defaults applied.
// Semantic checks (references, placeholders, cron ranges...) live in validate.ts; this file only
// decides types and defaults, so StackDocument is what the rest of the code can rely on.

// Zod compiles object parsers with `new Function` on first use; for one parse per run (validate's cold
// start) that costs more than it saves (~160 ms measured on the seed).
zod__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W({ jitless: true });
/** Copies one definition may run (documented): more is a typo, and the host names every copy. */
const MAX_COPIES = 100;
/** Seconds a wait may last: more is a typo (and would reach the host as `1e+21`). */
const MAX_SECONDS = 86_400;
/** Integers the old Ruby code read with `to_i`: JSON numbers and numeric strings both work. */
function integer(what, min = 0, max = Number.MAX_SAFE_INTEGER) {
    const message = `${what} must be a whole number (a number or a numeric string such as "2")`;
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()], { error: message })
        .transform((value, context) => {
        const number = typeof value === 'number' ? value : /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
        if (!Number.isInteger(number))
            context.addIssue({ code: 'custom', message, input: value });
        return Number.isInteger(number) ? number : min;
    })
        .pipe(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .min(min, { error: `${what} must be at least ${min}` })
        .max(max, { error: `${what} must be at most ${max}` }));
}
/** Env, database and similar values: any JSON scalar, kept as the text the container sees. */
const scalar = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()], {
    error: 'must be a string, number, boolean or null (not an object or array)',
})
    .transform((value) => (value === null ? '' : String(value)));
/** Arrays of strings where old documents sometimes wrote numbers (ports such as 8080). */
const stringList = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()], { error: 'must be a string' }).transform((value) => String(value)), { error: 'must be an array of strings' });
const seconds = (what) => integer(what, 0, MAX_SECONDS);
/** A string setting: `what` says what it holds, for the message when something else is given. */
const text = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: `${what} must be a string` });
const cronField = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()], { error: 'cron fields must be a number or a cron expression such as "*/5"' })
    .transform((value) => String(value).trim());
const healthTiming = {
    interval: seconds('health.interval').optional(),
    timeout: seconds('health.timeout').optional(),
    retries: integer('health.retries', 1, 10_000).optional(),
    deadline: seconds('health.deadline').optional(),
};
/** Unknown keys inside objects are reported (warning) on the raw text, so the objects here are not strict. */
const httpHealthSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    http: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: 'health.http must be an HTTP path such as "/up"' }),
    port: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()], { error: 'health.port must be a port number such as 3000' }).transform(String).optional(),
    socket: text('health.socket').optional(),
    ...healthTiming,
});
const commandHealthSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    cmd: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: 'health.cmd must be a command string' }),
    ...healthTiming,
});
const healthSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('docker'), httpHealthSchema, commandHealthSchema], {
    error: 'health must be "docker", {"http": "/up", "port": 3000} (or "socket": host path), or {"cmd": "..."}; with optional interval, timeout, retries, deadline',
});
const loadBalancerSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    admin_socket: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: 'load_balancer.admin_socket is required: the host path of the haproxy runtime API socket' }),
    backend: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: 'load_balancer.backend is required: the haproxy backend name' }),
    slots: zod__WEBPACK_IMPORTED_MODULE_1__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()], { error: 'load_balancer.slots must be two strings, e.g. ["", "_b"]' }).default(['', '_b']),
    server: text('load_balancer.server').default('%{app_name}%{slot}'),
    address: text('load_balancer.address').optional(),
    drain_timeout: seconds('load_balancer.drain_timeout').default(30),
}, { error: 'load_balancer must be an object such as {"admin_socket": "/var/run/haproxy.sock", "backend": "app"}' });
const logSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    driver: text('log.driver').default('json-file'),
    max_size: text('log.max_size').default('10m'),
    max_file: integer('log.max_file', 1, 100).default(5),
}, { error: 'log must be an object such as {"driver": "json-file", "max_size": "10m", "max_file": 5}' });
const cronSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    minute: cronField.default('*'),
    hour: cronField.default('*'),
    weekday: cronField.default('*'),
}, { error: 'cron must be an object such as {"minute": 0, "hour": 3, "weekday": "*"}, not a crontab line' });
const rollbarSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    access_token: text('notifications.rollbar.access_token').default(''),
    env_var: text('notifications.rollbar.env_var').optional(),
    rev_var: text('notifications.rollbar.rev_var').optional(),
}, { error: 'notifications.rollbar must be an object {"access_token": ..., "env_var": ..., "rev_var": ...}' });
const notificationsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ rollbar: rollbarSchema.optional() }, {
    error: 'notifications must be an object such as {"rollbar": {"access_token": "..."}}',
});
const deployModes = ['auto', 'manual', 'cron'];
const definitionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    image: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({
        error: (issue) => issue.input === undefined
            ? 'image is required: the repository without tag, e.g. "quay.io/acme/app"'
            : 'image must be a string such as "quay.io/acme/app"',
    }),
    tag: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()], { error: 'tag must be a string such as "v1.2.0"' }).transform(String).default('latest'),
    deploy: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(deployModes, {
        error: (issue) => `deploy must be "auto", "manual" or "cron", not ${JSON.stringify(issue.input)}`,
    })
        .optional(),
    containers: integer('containers', 0, MAX_COPIES).default(1),
    startup_time: seconds('startup_time').optional(),
    database: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['true', 'false'])], { error: 'database must be true or false' })
        .transform((value) => value === true || value === 'true')
        .default(false),
    env: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), scalar, { error: 'env must be an object of KEY: value' }).default({}),
    env_from: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: 'env_from must be the name of another definition' }).optional(),
    ports: stringList.default([]),
    links: stringList.default([]),
    volumes: stringList.default([]),
    volumes_from: stringList.default([]),
    entrypoint: text('entrypoint').optional(),
    command: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: 'command must be a string' }).optional(),
    migration: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: 'migration must be a command string' }).optional(),
    hostname: text('hostname').optional(),
    cron: cronSchema.optional(),
    notifications: notificationsSchema.optional(),
    // Extensions (absent = old behaviour).
    health: healthSchema.optional(),
    load_balancer: loadBalancerSchema.optional(),
    stop_signal: text('stop_signal').optional(),
    stop_grace_period: seconds('stop_grace_period').default(30),
    network: text('network').optional(),
    log: logSchema.default({ driver: 'json-file', max_size: '10m', max_file: 5 }),
}, { error: 'a definition must be an object such as {"deploy": "auto", "image": "quay.io/acme/app"}' });
/** Keys a definition may have; anything else is reported (warning) with a "did you mean". */
const definitionKeys = Object.keys(definitionSchema.shape);
const databaseSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    adapter: scalar.optional(),
    database: scalar.optional(),
    host: scalar.optional(),
    password: scalar.optional(),
    port: scalar.optional(),
    reconnect: scalar.optional(),
    username: scalar.optional(),
}, { error: 'database must be an object {"adapter": ..., "database": ..., "host": ..., "password": ..., "port": ..., "username": ...}' });
const dataVolumeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ volumes: stringList.default([]) }, {
    error: 'a data volume must be {"volumes": ["/path", ...]} (old docs wrote {"<name>": ["/path"]}; here that is [{"<name>": {"volumes": ["/path"]}}])',
});
/** Keys of each object the cookbook read; anything else is reported on the raw text. */
const dataVolumeKeys = Object.keys(dataVolumeSchema.shape);
const dataVolumesShape = 'data_volumes must be an array of objects mapping a name to {"volumes": [paths]}, e.g. [{"socks": {"volumes": ["/var/run"]}}] (old docs showed {"socks": ["/var/run"]}: write that as [{"socks": {"volumes": ["/var/run"]}}])';
const containersShape = 'containers must be an array of objects mapping a definition name to its settings, e.g. [{"app": {"deploy": "auto", "image": "..."}}] (an object of definitions goes inside [ ])';
const appSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    data_volumes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), dataVolumeSchema, { error: dataVolumesShape }), { error: dataVolumesShape }).default([]),
    containers: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), definitionSchema, { error: containersShape }), { error: containersShape }).default([]),
    database: databaseSchema.optional(),
}, { error: 'an app must be an object {"containers": [...], "data_volumes": [...], "database": {...}}' });
const appKeys = Object.keys(appSchema.shape);
const registrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ username: scalar.default(''), password: scalar.default('') }, { error: 'a registry login must be an object {"username": "...", "password": "..."}' });
const stackSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    deploy: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), appSchema, { error: 'deploy must be an object mapping app names to apps' }).default({}),
    docker: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        registries: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), registrySchema, {
            error: 'docker.registries must be an object mapping a registry host to {"username", "password"}',
        })
            .default({}),
    }, { error: 'docker must be an object {"registries": {"<registry host>": {"username": "...", "password": "..."}}}' })
        .optional(),
    logrotate: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ forwarder: text('logrotate.forwarder').optional() }, { error: 'logrotate must be an object such as {"forwarder": "logspout0"}' })
        .optional(),
    manual: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: 'manual must list definition names (strings)' }), { error: 'manual must be an array of definition names' })
        .optional(),
}, { error: 'a Stack JSON document must be a JSON object with a "deploy" key' });
/** Definitions of every app in deploy order: array order, then key order inside one object. */
function listDefinitions(document) {
    const entries = [];
    for (const [app, spec] of Object.entries(document.deploy)) {
        spec.containers.forEach((group, index) => {
            for (const [name, definition] of Object.entries(group)) {
                entries.push({ app, name, definition, path: ['deploy', app, 'containers', index, name] });
            }
        });
    }
    return entries;
}
function listDataVolumes(document) {
    const entries = [];
    for (const [app, spec] of Object.entries(document.deploy)) {
        spec.data_volumes.forEach((group, index) => {
            for (const [name, volume] of Object.entries(group)) {
                entries.push({ app, name, volumes: volume.volumes, path: ['deploy', app, 'data_volumes', index, name] });
            }
        });
    }
    return entries;
}
/** Long-running definitions run copies named `<name><i>`; cron and unset modes run none. */
function isLongRunning(definition) {
    return definition.deploy === 'auto' || definition.deploy === 'manual';
}
function runtimeNames(name, definition) {
    if (!isLongRunning(definition))
        return [];
    return Array.from({ length: definition.containers }, (_, index) => `${name}${index}`);
}


/***/ })

};
