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
/* harmony export */   Ue: () => (/* binding */ awsRegion),
/* harmony export */   bR: () => (/* binding */ convergeSettings),
/* harmony export */   yM: () => (/* binding */ canarySettings)
/* harmony export */ });
/* unused harmony export FALLBACK_REGION */
/* harmony import */ var _deploy_association_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3476);
/* harmony import */ var _deploy_release_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7237);
/* harmony import */ var _stack_manual_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4720);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4734);
// The pipeline's settings from the inputs, built in one place for a deploy and a rollback, with every
// fallback the inputs leave to the environment (the AWS region) decided here once.




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
    const problems = document ? (0,_stack_manual_js__WEBPACK_IMPORTED_MODULE_2__/* .manualInputProblems */ .n)(document, inputs.manual) : [];
    if (problems.length > 0)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Invalid action inputs:\n- ${problems.join('\n- ')}`);
    return {
        ssmTarget: { kind: 'ssm', instanceIds: inputs.instanceIds, tags: inputs.targets, stackName: inputs.stackName },
        policy: {
            batchSize: inputs.batchSize,
            batchWaitSeconds: inputs.batchWaitSeconds,
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
/**
 * Input converge: where the release record lives and what the association is; undefined when off. It
 * needs tag targets (an instance that joins is found by its tags) and the ssm target (OpsWorks runs its
 * own recipes on instances that join, and berth creates no association for it).
 */
function convergeSettings(inputs) {
    if (!inputs.converge)
        return undefined;
    const problems = [
        ...(inputs.target === 'opsworks'
            ? ['input "converge" works with target ssm only: OpsWorks gives its instances that join the app by its own lifecycle']
            : []),
        ...(inputs.targets.length === 0
            ? ['input "converge" needs "targets" (tags): the association finds the instances that join by their tags, never by instance ids']
            : []),
    ];
    if (problems.length > 0)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Invalid action inputs:\n- ${problems.join('\n- ')}`);
    return {
        recordPrefix: (0,_deploy_release_record_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseRecordPrefix */ .JN)(inputs.environment),
        associationName: (0,_deploy_association_js__WEBPACK_IMPORTED_MODULE_0__/* .associationName */ .Te)(inputs.environment),
        concurrency: inputs.convergeConcurrency,
        driftRepairMinutes: inputs.driftRepairMinutes,
    };
}
/**
 * Input canary-seconds > 0: the canary's bake and limits; undefined when off. `rollbarEnvironments`: the
 * environments the release reports to Rollbar (its new items are read there with rollbar-read-token).
 */
function canarySettings(inputs, rollbar) {
    const seconds = inputs.canarySeconds;
    if (seconds === 0)
        return undefined;
    const asked = inputs.canaryMaxWaitSeconds ?? 3 * seconds;
    if (asked < seconds) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Invalid action inputs:\n- input "canary-max-wait-seconds" must be at least canary-seconds (${seconds}): it bounds a longer bake (got "${asked}")`);
    }
    return {
        seconds,
        // Only `wait` bakes past canary-seconds for more traffic; pass and fail judge what the bake got.
        maxWaitSeconds: inputs.canaryLowTraffic === 'wait' ? asked : seconds,
        thresholds: {
            minRequests: inputs.canaryMinRequests,
            lowTraffic: inputs.canaryLowTraffic,
            max5xxPoints: inputs.canaryMax5xxPoints,
            maxResponseRatio: inputs.canaryMaxResponseRatio,
            max5xxPercent: inputs.canaryMax5xxPercent,
            maxResponseMs: inputs.canaryMaxResponseMs,
            maxRollbarItems: inputs.canaryMaxRollbarItems,
        },
        ...(inputs.rollbarReadToken
            ? { rollbar: { token: inputs.rollbarReadToken, codeVersion: rollbar.codeVersion, environments: rollbar.environments } }
            : {}),
    };
}


/***/ }),

/***/ 4033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsClientSettings: () => (/* binding */ awsClientSettings),
/* harmony export */   awsPorts: () => (/* binding */ awsPorts),
/* harmony export */   convergePorts: () => (/* binding */ convergePorts),
/* harmony export */   dockerBuildPorts: () => (/* binding */ dockerBuildPorts),
/* harmony export */   gitHubRecorder: () => (/* binding */ gitHubRecorder),
/* harmony export */   opsWorks: () => (/* binding */ opsWorks),
/* harmony export */   parameterStore: () => (/* binding */ parameterStore),
/* harmony export */   releasePorts: () => (/* binding */ releasePorts)
/* harmony export */ });
/* harmony import */ var _host_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7580);
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
/** Parameter Store and State Manager (converge-off). */
async function convergePorts(client) {
    const [{ createSsmClient }, { createParameterStore }, { createAssociations }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(859), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 2796)),
        Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(138)]).then(__webpack_require__.bind(__webpack_require__, 2138)),
        Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(702)]).then(__webpack_require__.bind(__webpack_require__, 4702)),
    ]);
    const ssm = createSsmClient(client);
    return { parameters: createParameterStore(ssm), associations: createAssociations(ssm) };
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
    const { createHostRunner } = await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 779));
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
    const commands = createSsmCommandPort(ssm, { pollClient });
    const hosts = createHostRunner(commands, {
        pollIntervalMs: inputs.pollIntervalSeconds * 1000,
        parseResult: _host_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseHostResult */ .Bp,
        ...(inputs.cloudwatchLogGroup ? { cloudWatchLogGroup: inputs.cloudwatchLogGroup } : {}),
        warn: (message) => log.warn(message),
    });
    const opsworks = inputs.target === 'opsworks' ? await opsWorks(client, inputs.pollIntervalSeconds * 1000) : undefined;
    const associations = inputs.converge && inputs.target === 'ssm' ? (await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(702)]).then(__webpack_require__.bind(__webpack_require__, 4702))).createAssociations(ssm) : undefined;
    return {
        hosts,
        parameters: createParameterStore(ssm),
        ...(opsworks ? { opsworks } : {}),
        ...(associations ? { associations } : {}),
        ...(commands.credentialsExpireAt ? { credentialsExpireAt: commands.credentialsExpireAt } : {}),
    };
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

/***/ 3476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ turnConvergeOff),
/* harmony export */   Te: () => (/* binding */ associationName),
/* harmony export */   fz: () => (/* binding */ wantedAssociation),
/* harmony export */   yD: () => (/* binding */ ensureAssociation)
/* harmony export */ });
/* harmony import */ var _release_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7237);

/** SSM refuses an executionTimeout over 48 hours. */
const MAX_EXECUTION_TIMEOUT_SECONDS = 172_800;
/** `berth-<environment>`: the association's name (the environment is letters, digits, ".", "_", "-"). */
function associationName(environment) {
    return `berth-${environment}`;
}
function wantedAssociation(wanted) {
    return {
        name: wanted.name,
        commands: wanted.commands,
        executionTimeoutSeconds: Math.min(wanted.timeoutSeconds, MAX_EXECUTION_TIMEOUT_SECONDS),
        targets: wanted.tags.map((tag) => ({ key: `tag:${tag.key}`, values: [...tag.values] })),
        maxConcurrency: wanted.concurrency,
        // Each host converges on its own: one that fails must not keep the others from the release.
        maxErrors: '100%',
        ...(wanted.driftRepairMinutes > 0 ? { scheduleExpression: `rate(${wanted.driftRepairMinutes} minutes)` } : {}),
    };
}
function comparable(settings) {
    const targets = settings.targets
        .map((target) => ({ key: target.key, values: [...target.values].sort() }))
        .sort((a, b) => a.key.localeCompare(b.key));
    return JSON.stringify([
        settings.name,
        settings.commands,
        settings.executionTimeoutSeconds,
        targets,
        settings.maxConcurrency,
        settings.maxErrors,
        settings.scheduleExpression ?? '',
    ]);
}
/** Creates the association, or updates it when a setting differs from what AWS holds; else leaves it be. */
async function ensureAssociation(associations, wanted) {
    const existing = await associations.find(wanted.name);
    if (!existing)
        return { state: 'created', id: await associations.create(wanted) };
    if (comparable(existing) === comparable(wanted))
        return { state: 'unchanged', id: existing.id };
    await associations.update(existing.id, wanted);
    return { state: 'updated', id: existing.id };
}
/** `converge-off`: deletes the association (no more runs), then the release record. Says what it removed. */
async function turnConvergeOff(ports, environment, recordPrefix) {
    const name = associationName(environment);
    const existing = await ports.associations.find(name);
    if (existing)
        await ports.associations.delete(existing.id);
    const record = await (0,_release_record_js__WEBPACK_IMPORTED_MODULE_0__/* .removeReleaseRecord */ .tj)(ports.parameters, recordPrefix);
    return {
        ...(existing ? { association: existing.id } : {}),
        record,
        messages: [
            existing
                ? `Deleted the association ${name} (${existing.id}): hosts that join no longer converge`
                : `No association ${name}: nothing to delete`,
            record
                ? `Deleted the release record ${(0,_release_record_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseHeadName */ .xh)(recordPrefix)} and its parts`
                : `No release record at ${(0,_release_record_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseHeadName */ .xh)(recordPrefix)}`,
        ],
    };
}


/***/ }),

/***/ 7237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vX: () => (/* binding */ encodeReleaseRecord),
  d9: () => (/* binding */ readReleaseRecord),
  xh: () => (/* binding */ releaseHeadName),
  JN: () => (/* binding */ releaseRecordPrefix),
  tj: () => (/* binding */ removeReleaseRecord),
  QH: () => (/* binding */ writeReleaseRecord)
});

// UNUSED EXPORTS: MAX_RECORD_PARTS

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/deploy/record-encoding.ts
// How a release template travels in Parameter Store: gzip, then base64 (the host reads it back with
// `base64 -d | gunzip`), cut into parts that each fit a Standard-tier value (4,096 bytes), and a sha256 of
// the joined base64 text so a reader refuses a part that is missing, stale or corrupted.


/** The Standard tier's value limit: base64 is ASCII, so characters are bytes. */
const RECORD_PART_BYTES = 4096;
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function encodeRecordParts(template, partBytes = RECORD_PART_BYTES) {
    // level 9 and node's fixed header (mtime 0): the same template always gives the same parts.
    const joined = (0,external_node_zlib_.gzipSync)(Buffer.from(template, 'utf8'), { level: 9 }).toString('base64');
    const parts = [];
    for (let at = 0; at < joined.length; at += partBytes)
        parts.push(joined.slice(at, at + partBytes));
    return { parts, sha256: sha256Hex(joined) };
}
/** The template back from its parts; throws when their sha256 is not the one the head names. */
function decodeRecordParts(parts, sha256) {
    const joined = parts.join('');
    if (sha256Hex(joined) !== sha256)
        throw new Error('its parts do not match the sha256 the head names (a part is missing, stale or corrupted)');
    return (0,external_node_zlib_.gunzipSync)(Buffer.from(joined, 'base64')).toString('utf8');
}

;// CONCATENATED MODULE: ./src/deploy/release-record.ts
// The release record: the last good release's template in Parameter Store, for hosts that join the fleet
// (host mode converge) and for `berth status`. A head parameter `<prefix>/release` names the current
// generation in one line, `berth-release 1 <generation> <parts> <sha256> <deployId> <release>`; the parts
// `<prefix>/release/<generation>/<i>` hold the template, gzip + base64 (src/deploy/record-encoding.ts).
// Parts are written first and the head last, so a reader never sees a head whose parts are not there yet;
// the previous generation's parts are deleted only after the head moved.

/** More parts than this is a template far beyond any real stack (each part holds 4 KB of gzip). */
const MAX_RECORD_PARTS = 64;
const MAGIC = 'berth-release';
const FORMAT = '1';
/** `/berth/<environment>`: the record's head is `<prefix>/release`, beside the default lock `<prefix>/lock`. */
function releaseRecordPrefix(environment) {
    return `/berth/${environment}`;
}
function releaseHeadName(prefix) {
    return `${prefix}/release`;
}
function partName(prefix, generation, index) {
    return `${releaseHeadName(prefix)}/${generation}/${index}`;
}
function partNames(prefix, head) {
    return Array.from({ length: head.parts }, (_, i) => partName(prefix, head.generation, i));
}
function parseHead(text) {
    const match = /^berth-release 1 ([1-9]\d{0,15}) ([1-9]\d{0,3}) ([0-9a-f]{64}) (\S+) (.*)$/.exec(text.trim());
    if (!match)
        throw new Error(`the release record's head is not a "${MAGIC} ${FORMAT}" line: ${JSON.stringify(text.slice(0, 120))}`);
    const [, generation = '', parts = '', sha256 = '', deployId = '', release = ''] = match;
    return { generation, parts: Number(parts), sha256, deployId, release };
}
function formatHead(head) {
    return [MAGIC, FORMAT, head.generation, String(head.parts), head.sha256, head.deployId, head.release].join(' ');
}
/** The template's parts; throws, before anything is written, when it cannot be stored as a record. */
function encodeReleaseRecord(template, meta) {
    if (/\s/.test(meta.deployId) || meta.deployId === '')
        throw new Error(`deploy id ${JSON.stringify(meta.deployId)} cannot name a release record`);
    if (/[\r\n]/.test(meta.release))
        throw new Error(`release ${JSON.stringify(meta.release)} holds a line break`);
    const encoded = encodeRecordParts(template);
    if (encoded.parts.length > MAX_RECORD_PARTS) {
        throw new Error(`the release template is ${encoded.parts.length} parts of 4,096 bytes after gzip, more than the ${MAX_RECORD_PARTS} a release record may hold`);
    }
    return encoded;
}
async function currentHead(parameters, prefix) {
    const text = await parameters.get(releaseHeadName(prefix), false);
    return text === undefined ? undefined : parseHead(text);
}
/** Writes the parts of a new generation, then moves the head to it, then deletes the previous generation. */
async function writeReleaseRecord(parameters, prefix, template, meta) {
    const encoded = encodeReleaseRecord(template, meta);
    let previous;
    try {
        previous = await currentHead(parameters, prefix);
    }
    catch {
        previous = undefined; // an unreadable head is replaced; its parts cannot be named, so they stay
    }
    const generation = String((previous ? Number(previous.generation) : 0) + 1);
    for (const [index, part] of encoded.parts.entries())
        await parameters.overwrite(partName(prefix, generation, index), part);
    // A write that stopped half-way before this one may have left more parts under this generation.
    const leftovers = await parameters.list(`${releaseHeadName(prefix)}/${generation}`);
    const written = new Set(partNames(prefix, { generation, parts: encoded.parts.length }));
    for (const name of leftovers.keys())
        if (!written.has(name))
            await parameters.delete(name);
    const head = { generation, parts: encoded.parts.length, sha256: encoded.sha256, ...meta };
    await parameters.overwrite(releaseHeadName(prefix), formatHead(head));
    if (previous && previous.generation !== generation) {
        for (const name of partNames(prefix, previous))
            await parameters.delete(name);
    }
    return {
        head: releaseHeadName(prefix),
        generation,
        parts: encoded.parts.length,
        bytes: encoded.parts.reduce((sum, part) => sum + part.length, 0),
    };
}
/**
 * The current record, or undefined when none was written. Throws when the head is not a record's or its
 * parts do not match its sha256 (read again first: a write may have moved the head during the read).
 */
async function readReleaseRecord(parameters, prefix) {
    let problem = '';
    for (let attempt = 0; attempt < 3; attempt += 1) {
        const head = await currentHead(parameters, prefix);
        if (!head)
            return undefined;
        const names = partNames(prefix, head);
        const values = await parameters.getMany(names, false);
        try {
            const template = decodeRecordParts(names.map((name) => values.get(name) ?? ''), head.sha256);
            return { template, deployId: head.deployId, release: head.release, generation: head.generation };
        }
        catch (error) {
            problem = error instanceof Error ? error.message : String(error);
        }
    }
    throw new Error(`release record ${releaseHeadName(prefix)}: ${problem}`);
}
/** Deletes the head first (readers then see no record), then its parts. Resolves with whether a head was there. */
async function removeReleaseRecord(parameters, prefix) {
    const text = await parameters.get(releaseHeadName(prefix), false);
    if (text === undefined)
        return false;
    await parameters.delete(releaseHeadName(prefix));
    let head;
    try {
        head = parseHead(text);
    }
    catch {
        head = undefined; // not a record's head: nothing names its parts
    }
    if (head)
        for (const name of partNames(prefix, head))
            await parameters.delete(name);
    return true;
}


/***/ }),

/***/ 7580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $k: () => (/* reexport */ command/* buildHostCommands */.$k),
  sg: () => (/* reexport */ convergeCommands),
  q: () => (/* reexport */ command/* packHostCommands */.q),
  Bp: () => (/* reexport */ command/* parseHostResult */.Bp)
});

// UNUSED EXPORTS: CommandTooLargeError, DEFAULT_MAX_COMMAND_BYTES, MAX_EXECUTION_TIMEOUT_SECONDS, MAX_INSTANCES_PER_COMMAND, canaryPlanText, hostCommandBytes, readCanaryReport

// EXTERNAL MODULE: ./src/host/command.ts + 3 modules
var command = __webpack_require__(1480);
// EXTERNAL MODULE: ./src/stack/command.ts
var stack_command = __webpack_require__(245);
// EXTERNAL MODULE: ./src/stack/placeholders.ts
var placeholders = __webpack_require__(1716);
;// CONCATENATED MODULE: ./src/host/converge.ts
// The command lines of the converge association (AWS-RunShellScript): its settings as plain shell
// variable assignments, then the host script joined for the `converge` mode (host/modes/converge.sh
// reads the settings). Nothing secret is in them: names of parameters, a region, an endpoint, seconds.



function parameterPath(label, name) {
    if (!name.startsWith('/') || !(0,placeholders/* isValidSsmName */.rf)(name))
        throw new Error(`${label} ${JSON.stringify(name)} is not a Parameter Store path (/a/b)`);
    return name;
}
function convergeCommands(options, limits = {}) {
    if (!/^[a-z0-9-]{1,50}$/.test(options.region))
        throw new Error(`region ${JSON.stringify(options.region)} is not an AWS region`);
    if (options.endpoint !== undefined && !/^https?:\/\/[^\s'"\\]+$/.test(options.endpoint)) {
        throw new Error(`endpoint ${JSON.stringify(options.endpoint)} is not an http(s) URL`);
    }
    if (!Number.isInteger(options.waitSeconds) || options.waitSeconds < 0 || options.waitSeconds > 86_400) {
        throw new Error(`the converge wait must be whole seconds from 0 to 86400, got ${options.waitSeconds}`);
    }
    const settings = [
        ['BERTH_RECORD', parameterPath('the release record', options.recordName)],
        ['BERTH_LOCK', parameterPath('the lock name', options.lockName)],
        ['BERTH_REGION', options.region],
        ['BERTH_ENDPOINT', options.endpoint ?? ''],
        ['BERTH_WAIT_SECONDS', String(options.waitSeconds)],
    ];
    const lines = [...settings.map(([name, value]) => `${name}=${(0,stack_command/* posixQuote */.MT)(value)}`), `export ${settings.map(([name]) => name).join(' ')}`];
    // The settings count against the same size limit as the script (their JSON text and a comma).
    const extra = Buffer.byteLength(JSON.stringify(lines).slice(1, -1), 'utf8') + 1;
    return [...lines, ...(0,command/* buildHostCommands */.$k)('converge', undefined, { maxBytes: (limits.maxBytes ?? command/* DEFAULT_MAX_COMMAND_BYTES */.F) - extra })];
}

;// CONCATENATED MODULE: ./src/host/index.ts






/***/ })

};
