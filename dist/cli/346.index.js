export const id = 346;
export const ids = [346];
export const modules = {

/***/ 7346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ fleetSettings),
/* harmony export */   e: () => (/* binding */ dataVolumeImage)
/* harmony export */ });
/** Image of data-only containers, unless BERTH_DATA_VOLUME_IMAGE says otherwise (hosts without a hub). */
function dataVolumeImage(env = process.env) {
    return env['BERTH_DATA_VOLUME_IMAGE'] || 'busybox:latest';
}
function fleetSettings(inputs, document, options) {
    const env = options.env ?? process.env;
    return {
        ssmTargets: { instanceIds: inputs.instanceIds, tags: inputs.targets },
        stackName: inputs.stackName,
        batchSize: inputs.batchSize,
        failurePolicy: inputs.failurePolicy,
        timeoutMinutes: inputs.timeoutMinutes,
        force: inputs.force,
        manual: inputs.manual,
        lockName: inputs.lockName,
        lockWaitSeconds: inputs.lockWaitSeconds,
        secretsPrefix: inputs.secretsPrefix,
        hostRoot: inputs.hostRoot,
        ...(options.hostRoots ? { hostRoots: options.hostRoots } : {}),
        keepImages: inputs.keepImages,
        ...(inputs.database && document
            ? { databases: Object.fromEntries(Object.keys(document.deploy).map((app) => [app, inputs.database ?? {}])) }
            : {}),
        dataVolumeImage: dataVolumeImage(env),
        region: inputs.awsRegion || env['AWS_REGION'] || 'us-east-1',
        ...(inputs.hostAwsEndpoint ? { hostAwsEndpoint: inputs.hostAwsEndpoint } : {}),
    };
}


/***/ }),

/***/ 1729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ parseActionInputs),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   fl: () => (/* binding */ secretInputValues)
/* harmony export */ });
/* unused harmony exports COMMANDS, INPUT_DEFAULTS, splitList, readActionInputs */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8532);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6812);
// The only reader of the action's inputs. Every input declared in action.yml is read here, once,
// checked with zod, and handed to the rest of the code as one typed ActionInputs value.
// Defaults live here too (action.yml repeats them for the marketplace page; a test keeps them equal),
// because a local run (bench, world tests) gets no defaults from a runner.





const COMMANDS = ['validate', 'deploy', 'rollback', 'unlock', 'export'];
/** Input name -> default used when the input is empty. Every input of action.yml is a key here. */
const INPUT_DEFAULTS = {
    command: 'validate',
    'stack-json': 'stack.json',
    'stack-json-output': '',
    environment: 'production',
    'github-token': '',
    target: 'ssm',
    'aws-region': '',
    'aws-endpoint': '',
    'host-aws-endpoint': '',
    'instance-ids': '',
    targets: '',
    'stack-name': '',
    'stack-id': '',
    'app-id': '',
    'layer-ids': '',
    'opsworks-command': 'deploy',
    'batch-size': '1',
    'failure-policy': 'rollback',
    'timeout-minutes': '30',
    'poll-interval-seconds': '5',
    force: 'false',
    manual: '',
    'lock-name': '',
    'lock-wait-seconds': '300',
    'secrets-prefix': '',
    'host-root': '/',
    'keep-images': '3',
    database: '',
    image: '',
    context: '.',
    dockerfile: '',
    'build-args': '',
    images: '',
    tags: '',
    'registry-username': '',
    'registry-password': '',
    'pin-digest': 'false',
    'skip-existing': 'true',
    'dry-run': 'false',
    'expires-after': '',
    version: '',
    'rollbar-token': '',
    'rollbar-endpoint': 'https://api.rollbar.com',
    'cloudwatch-log-group': '',
};
const INPUT_NAMES = Object.keys(INPUT_DEFAULTS);
/** Splits a comma/newline separated list; blanks dropped. */
function splitList(text) {
    return text
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
const text = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().trim();
const list = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform(splitList);
function wholeNumber(min) {
    return zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .trim()
        .regex(/^\d+$/, { error: `must be a whole number of at least ${min}` })
        .transform(Number)
        .refine((n) => n >= min, { error: `must be a whole number of at least ${min}` });
}
// The YAML 1.2 core booleans, as core.getBooleanInput accepts them.
const boolean = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
    .trim()
    .refine((value) => /^(true|True|TRUE|false|False|FALSE)$/.test(value), {
    error: 'must be true or false',
})
    .transform((value) => value.toLowerCase() === 'true');
function oneOf(values) {
    return zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(values, { error: `must be one of ${values.join(', ')}` });
}
const tagTargets = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((value, ctx) => {
    const targets = [];
    for (const line of value.split('\n').map((l) => l.trim()).filter((l) => l !== '')) {
        const match = /^tag:([^=]+)=(.+)$/.exec(line);
        const values = match ? splitList(match[2] ?? '') : [];
        if (!match || values.length === 0) {
            ctx.addIssue({ code: 'custom', message: `line "${line}" must look like tag:Key=value1,value2` });
            return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
        }
        targets.push({ key: (match[1] ?? '').trim(), values });
    }
    return targets;
});
/** `KEY=VALUE` lines (or a YAML map / list of such strings inside `images`). */
function keyValueLines(lines, ctx) {
    const result = {};
    for (const line of lines.map((l) => l.trim()).filter((l) => l !== '')) {
        const eq = line.indexOf('=');
        if (eq <= 0) {
            ctx.addIssue({ code: 'custom', message: `line "${line}" must look like KEY=VALUE` });
            continue;
        }
        result[line.slice(0, eq).trim()] = line.slice(eq + 1);
    }
    return result;
}
const buildArgs = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((value, ctx) => keyValueLines(value.split('\n'), ctx));
const scalar = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()]);
const database = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((value, ctx) => {
    if (value.trim() === '')
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch (error) {
        ctx.addIssue({ code: 'custom', message: `must be a JSON object (${error.message})` });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    const result = zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), scalar).safeParse(parsed);
    if (!result.success) {
        ctx.addIssue({
            code: 'custom',
            message: 'must be a JSON object of strings, numbers or booleans, e.g. {"adapter":"mysql2","host":"db","password":"%{ssm:/app/db}"}',
        });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    return result.data;
});
const imageItem = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    image: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP({ error: 'needs an image (repository without tag)' }).min(1, { error: 'needs an image (repository without tag)' }),
    context: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().default('.'),
    dockerfile: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().default(''),
    'build-args': zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), scalar), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()), zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()]).optional(),
    target: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().default(''),
    platforms: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()), zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()]).optional(),
});
const images = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((value, ctx) => {
    if (value.trim() === '')
        return [];
    let parsed;
    try {
        parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(value);
    }
    catch (error) {
        ctx.addIssue({ code: 'custom', message: `must be a YAML list (${error.message.split('\n')[0]})` });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    const result = zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(imageItem).safeParse(parsed);
    if (!result.success) {
        const issue = result.error.issues[0];
        ctx.addIssue({
            code: 'custom',
            message: `must be a YAML list of {image, context, dockerfile, build-args, target, platforms}: item ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    return result.data.map((item) => {
        const args = item['build-args'];
        const buildArgsRecord = args === undefined
            ? {}
            : typeof args === 'string'
                ? keyValueLines(args.split('\n'), ctx)
                : Array.isArray(args)
                    ? keyValueLines(args, ctx)
                    : Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(v)]));
        const platforms = item.platforms === undefined ? [] : Array.isArray(item.platforms) ? item.platforms : splitList(item.platforms);
        return {
            image: item.image,
            context: item.context,
            dockerfile: item.dockerfile,
            buildArgs: buildArgsRecord,
            target: item.target,
            platforms,
        };
    });
});
const rawSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    command: oneOf(COMMANDS),
    'stack-json': text.min(1, { error: 'must name a file or a glob' }),
    'stack-json-output': text,
    environment: text.regex(/^[A-Za-z0-9._-]+$/, { error: 'must be letters, digits, ".", "_" or "-"' }),
    'github-token': text,
    target: oneOf(['ssm', 'opsworks']),
    'aws-region': text,
    'aws-endpoint': text,
    'host-aws-endpoint': text,
    'instance-ids': list,
    targets: tagTargets,
    'stack-name': text,
    'stack-id': text,
    'app-id': text,
    'layer-ids': list,
    'opsworks-command': text,
    'batch-size': wholeNumber(1),
    'failure-policy': oneOf(['rollback', 'stop']),
    'timeout-minutes': wholeNumber(1),
    'poll-interval-seconds': wholeNumber(1),
    force: boolean,
    manual: list,
    'lock-name': text,
    'lock-wait-seconds': wholeNumber(0),
    'secrets-prefix': text,
    'host-root': text.startsWith('/', { error: 'must be an absolute path' }),
    'keep-images': wholeNumber(1),
    database,
    image: text,
    context: text,
    dockerfile: text,
    'build-args': buildArgs,
    images,
    tags: list,
    'registry-username': text,
    'registry-password': zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    'pin-digest': boolean,
    'skip-existing': boolean,
    'dry-run': boolean,
    'expires-after': text.regex(/^(\d+[smhdw])?$/, { error: 'must be a number and a unit s, m, h, d or w (e.g. 2w), or empty' }),
    version: text,
    'rollbar-token': text,
    'rollbar-endpoint': text.url({ error: 'must be a URL such as https://api.rollbar.com' }),
    'cloudwatch-log-group': text,
});
/** Thrown for unusable inputs; the message names every bad input and what it allows. */
class InputError extends Error {
    name = 'InputError';
}
// Secrets are never echoed back in an error message.
const SECRET_INPUTS = new Set(['github-token', 'registry-password', 'rollbar-token', 'database']);
/**
 * Parses inputs given by `read` (the input's raw text, '' when absent).
 * `env` supplies RUNNER_TEMP for the default output path.
 */
function parseActionInputs(read, env = process.env) {
    const raw = {};
    for (const name of INPUT_NAMES) {
        const given = read(name);
        raw[name] = given.trim() === '' ? INPUT_DEFAULTS[name] : given;
    }
    const parsed = rawSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => {
            const name = String(issue.path[0] ?? '?');
            const shown = SECRET_INPUTS.has(name) ? '' : ` (got "${raw[name] ?? ''}")`;
            return `input "${name}" ${issue.message}${shown}`;
        });
        throw new InputError(`Invalid action inputs:\n- ${problems.join('\n- ')}`);
    }
    const v = parsed.data;
    const builds = [];
    if (v.image !== '') {
        builds.push({ image: v.image, context: v.context, dockerfile: v.dockerfile, buildArgs: v['build-args'], target: '', platforms: [] });
    }
    builds.push(...v.images);
    return {
        command: v.command,
        stackJson: v['stack-json'],
        stackJsonOutput: v['stack-json-output'] || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'berth-stack.json'),
        environment: v.environment,
        githubToken: v['github-token'],
        target: v.target,
        awsRegion: v['aws-region'],
        awsEndpoint: v['aws-endpoint'],
        hostAwsEndpoint: v['host-aws-endpoint'],
        instanceIds: v['instance-ids'],
        targets: v.targets,
        stackName: v['stack-name'],
        stackId: v['stack-id'],
        appId: v['app-id'],
        layerIds: v['layer-ids'],
        opsworksCommand: v['opsworks-command'],
        batchSize: v['batch-size'],
        failurePolicy: v['failure-policy'],
        timeoutMinutes: v['timeout-minutes'],
        pollIntervalSeconds: v['poll-interval-seconds'],
        force: v.force,
        manual: v.manual,
        lockName: v['lock-name'] || `/berth/${v.environment}/lock`,
        lockWaitSeconds: v['lock-wait-seconds'],
        secretsPrefix: (v['secrets-prefix'] || `/berth/${v.environment}/secrets`).replace(/\/+$/, ''),
        hostRoot: v['host-root'],
        keepImages: v['keep-images'],
        database: v.database,
        image: v.image,
        context: v.context,
        dockerfile: v.dockerfile,
        buildArgs: v['build-args'],
        builds,
        tags: v.tags,
        registryUsername: v['registry-username'],
        registryPassword: v['registry-password'],
        pinDigest: v['pin-digest'],
        skipExisting: v['skip-existing'],
        dryRun: v['dry-run'],
        expiresAfter: v['expires-after'],
        version: v.version,
        rollbarToken: v['rollbar-token'],
        rollbarEndpoint: v['rollbar-endpoint'].replace(/\/+$/, ''),
        cloudwatchLogGroup: v['cloudwatch-log-group'],
    };
}
/** Reads the inputs of the running action step. */
function readActionInputs() {
    return parseActionInputs(getInput);
}
/** Values that must be masked in logs as soon as they are known. */
function secretInputValues(inputs) {
    const values = [inputs.githubToken, inputs.registryPassword, inputs.rollbarToken];
    const password = inputs.database?.['password'];
    if (typeof password === 'string' && !password.startsWith('%{ssm:'))
        values.push(password);
    return values.filter((value) => value !== '');
}


/***/ }),

/***/ 8948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports OUTPUT_NAMES, createOutputs, outputs */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6812);
// The only writer of the action's outputs: one typed setter per output declared in action.yml.

const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'result',
    'version',
    'deployment-id',
    'image-digests',
    'images',
    'stack-json',
    'errors',
    'warnings',
]));
/** Outputs written through `write` (core.setOutput in the action; a recorder in tests). */
function createOutputs(write = _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH) {
    return {
        setResult: (result) => write('result', JSON.stringify(result)),
        setVersion: (version) => write('version', version),
        setDeploymentId: (id) => write('deployment-id', String(id)),
        setImageDigests: (digests) => write('image-digests', JSON.stringify(digests)),
        setImages: (images) => write('images', JSON.stringify(images)),
        setStackJsonPath: (path) => write('stack-json', path),
        setValidationCounts: ({ errors, warnings }) => {
            write('errors', String(errors));
            write('warnings', String(warnings));
        },
    };
}
const outputs = createOutputs();


/***/ }),

/***/ 626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports rememberLock, forgetLock, rememberDeployment, forgetDeployment, postStepHooks, forgetPostState, readPostState */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6812);
// What the post step (runs.post, always run, also after a cancel) must clean up. The deploy and
// rollback actions record a held lock and an open GitHub deployment here as soon as they have them,
// and forget them once released/finished; the post step finishes whatever is still recorded.

const LOCK = 'berth-lock';
const DEPLOYMENT = 'berth-deployment';
function rememberLock(lock) {
    core.saveState(LOCK, JSON.stringify(lock));
}
function forgetLock() {
    core.saveState(LOCK, '');
}
function rememberDeployment(deployment) {
    core.saveState(DEPLOYMENT, JSON.stringify(deployment));
}
function forgetDeployment() {
    core.saveState(DEPLOYMENT, '');
}
/**
 * The pipeline's callbacks that leave the post step what it must finish if the job is cancelled:
 * the held lock (as soon as it is taken) and the open GitHub deployment.
 */
function postStepHooks(target) {
    return {
        onLockTaken: (lock) => rememberLock({ name: lock.name, deployId: lock.deployId, region: target.region, endpoint: target.endpoint }),
        onRecordStarted: (record) => {
            if (record.githubDeploymentId !== undefined)
                rememberDeployment({ id: record.githubDeploymentId, environment: target.environment });
        },
    };
}
/** The run ended on its own: the lock is released and the deployment closed. */
function forgetPostState() {
    forgetLock();
    forgetDeployment();
}
function parse(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** The state saved by the main step (read in the post step). */
function readPostState(getState = core.getState) {
    const lock = parse(getState(LOCK));
    const deployment = parse(getState(DEPLOYMENT));
    return { ...(lock ? { lock } : {}), ...(deployment ? { deployment } : {}) };
}


/***/ }),

/***/ 4150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IH: () => (/* binding */ awsRollbackDeps),
  sF: () => (/* binding */ commitSubject),
  jW: () => (/* binding */ contextFromEnv),
  lD: () => (/* binding */ planner),
  w6: () => (/* binding */ rollbackRelease),
  oc: () => (/* binding */ rollbackResultJson)
});

// UNUSED EXPORTS: actionLog, gitReader, headCommit, hostRootsFromEnv, runRollbackAction, workspaceReader

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var lib_core = __webpack_require__(6811);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/adapters/rollbar.ts
var adapters_rollbar = __webpack_require__(2856);
// EXTERNAL MODULE: ./src/deploy/pipeline.ts + 2 modules
var pipeline = __webpack_require__(5391);
// EXTERNAL MODULE: ./src/host/index.ts
var host = __webpack_require__(1702);
// EXTERNAL MODULE: ./src/deploy/record.ts
var record = __webpack_require__(1654);
// EXTERNAL MODULE: ./src/deploy/host-history.ts
var host_history = __webpack_require__(9020);
;// CONCATENATED MODULE: ./src/deploy/rollback.ts
class RollbackError extends Error {
    name = 'RollbackError';
}
function fromDeployment(d, from) {
    return {
        version: d.payload.version,
        commit: d.payload.commit || d.sha,
        stackJsonPath: d.payload.stackJsonPath,
        images: d.payload.images,
        documentHash: d.payload.documentHash,
        source: 'github',
        deploymentId: d.id,
        ...(from === undefined ? {} : { from }),
    };
}
function fromHost(r, from) {
    return {
        version: r.release,
        commit: r.commit ?? '',
        stackJsonPath: r.stackJsonPath ?? '',
        images: r.images,
        documentHash: r.documentHash ?? '',
        source: 'hosts',
        ...(from === undefined ? {} : { from }),
    };
}
/** A version given by the user matches the recorded version, or the commit by a prefix of 7+ hex digits. */
function matches(requested, version, commit) {
    if (requested === version)
        return true;
    return /^[0-9a-f]{7,40}$/i.test(requested) && commit.toLowerCase().startsWith(requested.toLowerCase());
}
function chooseRollbackTarget(query) {
    const history = query.history;
    const hosts = query.hostReleases ?? [];
    const running = query.running ?? history[0]?.payload.version ?? hosts[0]?.release;
    const requested = query.requested.trim();
    if (requested !== '') {
        const recorded = history.find((d) => matches(requested, d.payload.version, d.payload.commit || d.sha));
        if (recorded)
            return fromDeployment(recorded, running);
        const remembered = hosts.find((r) => matches(requested, r.release, r.commit ?? ''));
        if (remembered)
            return fromHost(remembered, running);
        const known = [...new Set([...history.map((d) => d.payload.version), ...hosts.map((r) => r.release)])];
        throw new RollbackError(`Version "${requested}" was never deployed successfully to "${query.environment}". ` +
            (known.length > 0 ? `Versions that were: ${known.slice(0, 10).join(', ')}.` : 'No successful deployment is recorded yet.'));
    }
    const previous = history.find((d) => d.payload.version !== running);
    if (previous)
        return fromDeployment(previous, running);
    const remembered = hosts.find((r) => r.release !== running);
    if (remembered)
        return fromHost(remembered, running);
    throw new RollbackError(`Nothing to roll back to in "${query.environment}": ` +
        (running === undefined
            ? 'no successful deployment is recorded in GitHub and the hosts remember no earlier plan.'
            : `every recorded successful deployment runs "${running}", the version running now.`) +
        ' Name a version with the `version` input.');
}
/** `repo:tag`, `repo@sha256:...` or `repo:tag@sha256:...` -> parts. */
function parseImageReference(reference) {
    const at = reference.indexOf('@');
    const digest = at >= 0 ? reference.slice(at + 1) : undefined;
    const named = at >= 0 ? reference.slice(0, at) : reference;
    const slash = named.lastIndexOf('/');
    const colon = named.lastIndexOf(':');
    const hasTag = colon > slash;
    const image = hasTag ? named.slice(0, colon) : named;
    const tag = hasTag ? named.slice(colon + 1) : digest ?? 'latest';
    return { image, tag, ...(digest === undefined ? {} : { digest }) };
}
/**
 * The image updates that put a document back on the recorded images: one per repository
 * (a deploy gives every definition of one repository the same tag). Conflicting records are an error.
 */
function imageUpdates(images) {
    const byImage = new Map();
    for (const [definition, reference] of Object.entries(images)) {
        const parsed = parseImageReference(reference);
        const seen = byImage.get(parsed.image);
        if (seen && seen.reference !== reference) {
            throw new RollbackError(`The recorded deployment ran two versions of ${parsed.image} (${seen.reference} and, for ${definition}, ${reference}); ` +
                'restore it by naming the commit whose document holds both.');
        }
        byImage.set(parsed.image, { ...parsed, reference });
    }
    return [...byImage.values()].map(({ image, tag, digest }) => ({ image, tag, ...(digest === undefined ? {} : { digest }) }));
}
/**
 * The whole plan of a recorded release: its document as committed, then the images it ran written
 * back in (a build writes its tags into a merged copy that is not committed). Digests stay digests.
 * A release the hosts remember without its commit gets today's document with its images.
 */
async function restoreRelease(target, tools, fallbackPath) {
    const path = target.stackJsonPath || fallbackPath;
    if (!target.commit && !tools.readCurrent) {
        throw new RollbackError(`The hosts remember release "${target.version}" but not its commit; name a version recorded in GitHub Deployments.`);
    }
    const currentDocument = !target.commit;
    const committed = target.commit ? await tools.readAtCommit(target.commit, path) : await tools.readCurrent(path);
    const updates = imageUpdates(target.images);
    const pinned = updates.filter((u) => u.digest !== undefined);
    const byTag = updates.filter((u) => u.digest === undefined);
    let text = committed;
    const retagged = [];
    for (const [batch, pin] of [[byTag, false], [pinned, true]]) {
        if (batch.length === 0)
            continue;
        const merged = tools.mergeImageTags(text, batch, { pin });
        text = merged.text;
        retagged.push(...merged.changed);
    }
    return { target, text, retagged, ...(currentDocument ? { currentDocument } : {}) };
}

// EXTERNAL MODULE: ./src/stack/plan.ts
var plan = __webpack_require__(4993);
;// CONCATENATED MODULE: ./src/stack/host-plan.ts
// The contract between the TypeScript plan code and the static host script (host/rollout.sh).
// The plan is everything one host needs, already resolved: no placeholder is left for the host
// to interpret except `%{ssm:...}` secret references, which the host resolves itself.
// It travels as line-oriented text (see encodeHostPlan) because the host has bash, not a JSON parser.
// ---------------------------------------------------------------------------------------------
// Wire format read by host/rollout.sh. First line `berth-plan 1`, then one record per line:
// a record name, then fields separated by single spaces. Every field is the base64 (standard
// alphabet, no line breaks) of its UTF-8 value; the empty string is written as `-`. So no value
// can break a line, split a field, or be seen by the shell as anything but data.
// D, C, S are the definition, copy and slot indexes (also base64, like every field).
//
//   meta KEY VALUE                       deployId release revision actor createdAt root hostname instanceId
//                                        lockTimeout keepImages force preferLocalImages awsRegion
//                                        awsEndpoint logTailLines
//   app NAME
//   registry HOST USER_KIND USER PASS_KIND PASS          kind: literal | ssm (value: parameter name)
//   volume APP NAME IMAGE VOLUME_ARG...
//   def D APP NAME MODE IMAGE HASH REDEPLOY COPIES STOP_SIGNAL STOP_GRACE INTERVAL TIMEOUT DEADLINE STARTUP
//   lb D ADMIN_SOCKET BACKEND DRAIN_TIMEOUT
//   dep D NAME...
//   env D KEY KIND VALUE SECRET
//   copy D C NAME SLOT_COUNT
//   slot D C S ID SERVER SERVER_ADDRESS HEALTH_KIND HEALTH_ARG...
//                                        http: URL; http-unix: SOCKET PATH; cmd: ARGV...; docker, none: -
//   runargs D C S ARG...
//   command D C S ARG...
//   migration APP DEFINITION IMAGE
//   migrationargs ARG...
//   migrationcommand ARG...
//   migrationenv KEY KIND VALUE SECRET
//   cronfile APP PATH
//   cronline APP LINE
//   cronenv APP DEFINITION PATH KEY KIND VALUE SECRET
// Booleans are `1` or `0`; numbers are decimal text.
function encodeField(value) {
    const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
    return text === '' ? '-' : Buffer.from(text, 'utf8').toString('base64');
}
function host_plan_record(name, ...fields) {
    return [name, ...fields.map(encodeField)].join(' ');
}
function valueFields(value) {
    return value.kind === 'literal' ? ['literal', value.value] : ['ssm', value.name];
}
function healthFields(check) {
    switch (check.kind) {
        case 'http':
            return ['http', check.url];
        case 'http-unix':
            return ['http-unix', check.socket, check.path];
        case 'cmd':
            return ['cmd', ...check.argv];
        case 'docker':
        case 'none':
            return [check.kind];
    }
}
function encodeHostPlan(plan) {
    const lines = [`berth-plan ${plan.version}`];
    const meta = [
        ['deployId', plan.deployId],
        ['release', plan.release],
        ['revision', plan.revision ?? ''],
        ['actor', plan.actor],
        ['createdAt', plan.createdAt],
        ['root', plan.host.root],
        ['hostname', plan.host.hostname],
        ['instanceId', plan.host.instanceId],
        ['lockTimeout', plan.lockTimeout],
        ['keepImages', plan.keepImages],
        ['force', plan.force],
        ['preferLocalImages', plan.preferLocalImages],
        ['awsRegion', plan.aws.region],
        ['awsEndpoint', plan.aws.endpoint ?? ''],
        ['logTailLines', plan.logTailLines],
    ];
    for (const [key, value] of meta)
        lines.push(host_plan_record('meta', key, value));
    for (const app of plan.apps)
        lines.push(host_plan_record('app', app));
    for (const login of plan.registries) {
        lines.push(host_plan_record('registry', login.host, ...valueFields(login.username), ...valueFields(login.password)));
    }
    for (const volume of plan.dataVolumes) {
        lines.push(host_plan_record('volume', volume.app, volume.name, volume.image, ...volume.volumes));
    }
    plan.definitions.forEach((def, d) => {
        const h = def.health;
        lines.push(host_plan_record('def', d, def.app, def.name, def.mode, def.image, def.hash, def.redeploy, def.copies.length, def.stopSignal, def.stopGrace, h.interval, h.timeout, h.deadline, h.startupTime));
        if (def.loadBalancer) {
            const lb = def.loadBalancer;
            lines.push(host_plan_record('lb', d, lb.adminSocket, lb.backend, lb.drainTimeout));
        }
        if (def.dependsOn.length > 0)
            lines.push(host_plan_record('dep', d, ...def.dependsOn));
        for (const env of def.env)
            lines.push(host_plan_record('env', d, env.key, ...valueFields(env.value), env.secret));
        for (const copy of def.copies) {
            lines.push(host_plan_record('copy', d, copy.index, copy.name, copy.slots.length));
            copy.slots.forEach((slot, s) => {
                lines.push(host_plan_record('slot', d, copy.index, s, slot.id, slot.server ?? '', slot.serverAddress ?? '', ...healthFields(slot.health)));
                lines.push(host_plan_record('runargs', d, copy.index, s, ...slot.runArgs));
                lines.push(host_plan_record('command', d, copy.index, s, ...slot.command));
            });
        }
    });
    if (plan.migration) {
        const m = plan.migration;
        lines.push(host_plan_record('migration', m.app, m.definition, m.image));
        lines.push(host_plan_record('migrationargs', ...m.runArgs));
        lines.push(host_plan_record('migrationcommand', ...m.command));
        for (const env of m.env)
            lines.push(host_plan_record('migrationenv', env.key, ...valueFields(env.value), env.secret));
    }
    for (const cron of plan.cron) {
        lines.push(host_plan_record('cronfile', cron.app, cron.path));
        for (const line of cron.lines)
            lines.push(host_plan_record('cronline', cron.app, line));
        for (const file of cron.envFiles) {
            for (const env of file.env) {
                lines.push(host_plan_record('cronenv', cron.app, file.definition, file.path, env.key, ...valueFields(env.value), env.secret));
            }
        }
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/stack/merge.ts
var merge = __webpack_require__(9604);
// EXTERNAL MODULE: ./src/stack/validate.ts + 3 modules
var validate = __webpack_require__(1020);
// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(1729);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/post-state.ts
var post_state = __webpack_require__(626);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/action/fleet-settings.ts
var fleet_settings = __webpack_require__(7346);
;// CONCATENATED MODULE: ./src/action/rollback.ts
// `command: rollback`: choose the version (the `version` input, else the previous good one from
// GitHub Deployments; when GitHub has nothing to offer, from the plans the hosts recorded), restore
// its whole plan (the Stack JSON at its commit with the images it ran), and run it through the same
// pipeline as a deploy: lock, health gates, failure policy, Rollbar and a GitHub deployment record.
// No build, no migration, images on the hosts used without a pull.




















const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
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
/**
 * Per-instance host roots from BERTH_HOST_ROOTS (JSON: instance id -> root directory). Only for
 * simulated hosts that share one machine (the local world, the demo); real hosts use host-root.
 */
function hostRootsFromEnv(env = process.env) {
    const text = env.BERTH_HOST_ROOTS;
    if (!text)
        return {};
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new Error('BERTH_HOST_ROOTS must be a JSON object of instance id -> absolute directory');
    }
    if (typeof value !== 'object' || value === null || Object.values(value).some((v) => typeof v !== 'string' || !v.startsWith('/'))) {
        throw new Error('BERTH_HOST_ROOTS must be a JSON object of instance id -> absolute directory');
    }
    return { hostRoots: value };
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
            const detail = error.stderr?.trim() || (error instanceof Error ? error.message : String(error));
            throw new Error(`Could not read ${path} at commit ${commit.slice(0, 12)} (${detail}). ` +
                'Check out the full history (actions/checkout with fetch-depth: 0) so the restored version\'s Stack JSON can be read.');
        }
    };
}
/** The Stack JSON file as it is in the checkout now. */
function workspaceReader(workspace) {
    return async (path) => {
        try {
            return await (0,promises_.readFile)((0,external_node_path_.resolve)(workspace, path), 'utf8');
        }
        catch (error) {
            throw new Error(`Cannot read the Stack JSON ${path} (input stack-json) in ${workspace}: ${error instanceof Error ? error.message : String(error)}`);
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
function parseDocument(text, file) {
    const result = (0,validate/* validateStackJson */.r)(text, file);
    if (!result.ok || !result.document) {
        const errors = result.diagnostics.filter((d) => d.severity === 'error').map(validate/* formatDiagnostic */.x);
        throw new Error(`The Stack JSON to restore is not valid:\n${errors.join('\n')}`);
    }
    return result.document;
}
function planner(file) {
    return {
        parseDocument: (text) => parseDocument(text, file),
        hostPlan: plan/* buildHostPlan */.oy,
        encodePlan: encodeHostPlan,
        hostCommands: (mode, planText) => (0,host/* buildHostCommands */.$k)(mode, planText),
    };
}
async function rollbackRelease(inputs, context, deps, log) {
    const now = deps.now ?? Date.now;
    const started = now();
    for (const value of (0,action_inputs/* secretInputValues */.fl)(inputs))
        log.secret(value);
    let history = [];
    if (deps.recorder) {
        try {
            history = await deps.recorder.history(inputs.environment);
        }
        catch (error) {
            log.warn(`Could not read the GitHub deployment history of "${inputs.environment}": ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    else {
        log.warn('No github-token: the GitHub deployment history cannot be read; the releases the hosts recorded are used instead.');
    }
    const readCurrent = deps.readCurrent ?? workspaceReader(context.workspace);
    const plans = deps.planner ?? planner(inputs.stackJson);
    const query = { environment: inputs.environment, requested: inputs.version, history };
    let target;
    let hostHistory;
    try {
        target = chooseRollbackTarget(query);
    }
    catch (error) {
        if (!(error instanceof RollbackError))
            throw error;
        // GitHub has nothing to offer: ask the hosts what they ran.
        log.info(`GitHub Deployments has nothing to offer (${history.length === 0 ? 'no successful deployment read' : `none of ${history.length} successful deployment(s) fits`}); ` +
            'reading the releases the hosts recorded.');
        hostHistory = await readHostsHistory(inputs, context, deps, plans, readCurrent, log, now);
        target = chooseRollbackTarget({
            ...query,
            hostReleases: hostHistory?.releases ?? [],
            ...(hostHistory?.running !== undefined ? { running: hostHistory.running } : {}),
        });
    }
    const source = target.source === 'github' ? `GitHub deployment ${target.deploymentId}` : 'the hosts\' records';
    log.info(`Rolling "${inputs.environment}" back to ${target.version} (${target.commit ? `commit ${target.commit.slice(0, 12)}` : 'commit not recorded'}, from ${source})` +
        (target.from ? `; ${target.from} runs now` : ''));
    const running = history.find((d) => d.payload.version === target.from);
    const runningOnHosts = hostHistory?.releases.find((r) => r.release === target.from);
    const restored = await restoreRelease(target, { readAtCommit: deps.readAtCommit, readCurrent, mergeImageTags: merge/* mergeImageTags */.F }, inputs.stackJson);
    const file = target.stackJsonPath || inputs.stackJson;
    if (restored.currentDocument) {
        log.warn(`The hosts did not record the commit of ${target.version}: restoring today's ${file} with the images ${target.version} ran ` +
            `(${Object.entries(target.images).map(([d, i]) => `${d}=${i}`).join(', ')}), not the document it was deployed with.`);
    }
    const commit = target.commit || (await headCommit(context.workspace, deps.env ?? process.env));
    const document = parseDocument(restored.text, file);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(inputs.stackJsonOutput), { recursive: true });
    await (0,promises_.writeFile)(inputs.stackJsonOutput, restored.text);
    const hosts = (0,record/* observeHostRunner */.VL)(deps.hosts, now);
    const parameters = (0,record/* observeLock */.i4)(deps.parameters, inputs.lockName, now);
    // Rollbar: one deploy per app and environment of the restored document; tokens resolved on the runner.
    const subject = commit ? await commitSubject(context.workspace, commit) : '';
    const rollbarDeploys = await (0,record/* resolveRollbarTargets */.F0)((0,record/* rollbarTargets */.rG)(document, { environment: inputs.environment, tokenInput: inputs.rollbarToken }), parameters.parameters, log);
    const rollbar = (0,record/* fanOutNotifier */.Q5)((0,adapters_rollbar/* createRollbarNotifier */.v)({ endpoint: inputs.rollbarEndpoint, log, ...(deps.rollbarFetch ? { fetch: deps.rollbarFetch } : {}) }), rollbarDeploys, { revision: commit, comment: `Rollback to ${target.version}${subject ? `: ${subject}` : ''} (${context.actor})`, localUsername: context.actor });
    const settings = {
        kind: 'rollback',
        environment: inputs.environment,
        target: 'ssm',
        document,
        stackJsonPath: file,
        version: target.version,
        commit,
        actor: context.actor,
        runUrl: context.runUrl,
        deployId: `${inputs.environment}-rollback-${context.runId}-${now().toString(36)}`,
        ...(0,fleet_settings/* fleetSettings */.E)(inputs, document, { env: deps.env, hostRoots: deps.hostRoots }),
        skipMigration: true,
        preferLocalImages: true,
        ...(rollbarDeploys.length > 0 ? { rollbarToken: rollbar.anyToken } : {}),
    };
    const deploy = deps.runDeploy ?? pipeline/* runDeploy */.z;
    const outcome = await deploy(settings, {
        hosts: hosts.runner,
        parameters: parameters.parameters,
        planner: plans,
        ...(rollbarDeploys.length > 0 ? { notifier: rollbar.notifier } : {}),
        ...(deps.recorder ? { recorder: (0,record/* completingRecorder */.$6)(deps.recorder, () => document) } : {}),
        ...(deps.onLockTaken ? { onLockTaken: deps.onLockTaken } : {}),
        ...(deps.onRecordStarted ? { onRecordStarted: deps.onRecordStarted } : {}),
        now,
    }, log);
    const summary = {
        outcome,
        observed: hosts.results,
        environment: inputs.environment,
        commit,
        seconds: (now() - started) / 1000,
        rollbar: rollbar.activity,
        lock: parameters.lock,
        ...(target.from ? { rollbackFrom: target.from } : {}),
        ...(running ? { previousImages: running.payload.images } : runningOnHosts ? { previousImages: runningOnHosts.images } : {}),
    };
    // What ran before, by name, like a deploy: the hosts' records where only a digest is known.
    const model = await (0,host_history/* summaryNamingBefore */.SS)(summary, deps.hosts, plans, { deployId: outcome.deployId, document, settings, now }, log);
    return { target, outcome, model, document, text: restored.text, ...(hostHistory ? { hostHistory } : {}) };
}
/**
 * The releases every target host recorded (src/deploy/host-history.ts), for the apps of the Stack
 * JSON as checked out now. Undefined, with a warning, when they cannot be read: the choice then says
 * there is nothing to go back to.
 */
async function readHostsHistory(inputs, context, deps, plans, readCurrent, log, now) {
    try {
        const current = plans.parseDocument(await readCurrent(inputs.stackJson));
        const fleet = (0,fleet_settings/* fleetSettings */.E)(inputs, undefined, { env: deps.env, hostRoots: deps.hostRoots });
        const hostHistory = await (0,host_history/* readHostHistory */.rt)(deps.hosts, plans, {
            ssmTargets: fleet.ssmTargets,
            apps: Object.keys(current.deploy),
            hostRoot: fleet.hostRoot,
            ...(fleet.hostRoots ? { hostRoots: fleet.hostRoots } : {}),
            environment: inputs.environment,
            actor: context.actor,
            region: fleet.region,
            deadline: now() + Math.min(fleet.timeoutMinutes, 5) * 60_000,
            now,
        }, log);
        for (const problem of hostHistory.problems)
            log.warn(`Hosts' records: ${problem}`);
        log.info(hostHistory.releases.length > 0
            ? `Releases every host recorded, newest first: ${hostHistory.releases.map((r) => r.release).join(', ')}` +
                (hostHistory.running ? ` (${hostHistory.running} runs now)` : '')
            : 'No release is recorded on every host.');
        return hostHistory;
    }
    catch (error) {
        log.warn(`Could not read the releases the hosts recorded: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
    }
}
/** The ProgressLog of the action: core's log, groups, and masking. */
function actionLog() {
    return {
        info: (message) => core.info(message),
        warn: (message) => core.warning(message),
        error: (message) => core.error(message),
        group: (title, body) => core.group(title, body),
        secret: (value) => {
            if (value !== '')
                core.setSecret(value);
        },
    };
}
/** The real dependencies: the deploy's AWS adapters (SSM Run Command, Parameter Store), GitHub over REST, git. */
async function awsRollbackDeps(inputs, context, log) {
    // Loaded when used: deploy.ts imports this module's helpers.
    const { awsDeps, deployPlanner, gitHubRecorder } = await __webpack_require__.e(/* import() */ 47).then(__webpack_require__.bind(__webpack_require__, 7047));
    const { hosts, parameters } = await awsDeps({ ...inputs, target: 'ssm' }, log);
    const recorder = gitHubRecorder(inputs, context);
    return {
        ...(recorder ? { recorder } : {}),
        readAtCommit: gitReader(context.workspace),
        hosts,
        parameters,
        // Same plans and command size limit as a deploy.
        planner: deployPlanner(inputs.stackJson),
    };
}
/** The `result` output and the CLI's --json: the outcome without the document. */
function rollbackResultJson(result) {
    const { outcome } = result;
    return {
        status: outcome.status, kind: outcome.kind, version: outcome.version, fleet: outcome.fleet, summary: outcome.summary,
        rolledBackFrom: result.target.from ?? null, commit: result.target.commit, hosts: outcome.hosts, deployId: outcome.deployId,
        githubDeploymentId: outcome.githubDeploymentId ?? null,
    };
}
async function runRollbackAction(inputs) {
    const log = actionLog();
    const context = contextFromEnv();
    const region = inputs.awsRegion || process.env.AWS_REGION || 'us-east-1';
    const result = await rollbackRelease(inputs, context, {
        ...(await awsRollbackDeps(inputs, context, log)),
        ...hostRootsFromEnv(),
        // The post step releases what a cancelled job leaves behind.
        ...postStepHooks({ region, endpoint: inputs.awsEndpoint, environment: inputs.environment }),
    }, log);
    forgetPostState();
    const { outcome } = result;
    actionOutputs.setResult(rollbackResultJson(result));
    actionOutputs.setVersion(result.target.version);
    if (outcome.githubDeploymentId !== undefined)
        actionOutputs.setDeploymentId(outcome.githubDeploymentId);
    actionOutputs.setImages(definitionImages(result.document));
    actionOutputs.setImageDigests(outcome.digests);
    actionOutputs.setStackJsonPath(inputs.stackJsonOutput);
    await writeJobSummary(result.model, secretInputValues(inputs));
    if (outcome.status !== 'success')
        core.setFailed(outcome.summary);
}


/***/ }),

/***/ 8770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary)
/* harmony export */ });
/* unused harmony export writeJobSummary */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6811);
/* harmony import */ var _stack_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6325);
// The job summary of a deploy or rollback: per host and definition the copies, version before ->
// after, health and time taken; what Rollbar and the lock did; the failing host's reason and log.
// Rendering is pure (renderSummary); every secret the run knows is redacted from the whole text.


function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function seconds(value) {
    if (value === undefined)
        return '-';
    return value >= 90 ? `${Math.floor(value / 60)} min ${Math.round(value % 60)} s` : `${Math.round(value * 10) / 10} s`;
}
function fence(lines) {
    const body = lines.join('\n');
    const ticks = body.includes('```') ? '~~~~' : '```';
    return `${ticks}\n${body}\n${ticks}`;
}
function renderSummary(model, secrets = []) {
    const out = [];
    const verb = model.kind === 'rollback' ? 'rollback' : 'deploy';
    out.push(`## ${model.ok ? '✅' : '❌'} berth ${verb} of ${model.version} to ${model.environment}`);
    out.push('');
    out.push(model.headline);
    out.push('');
    const facts = [
        model.commit ? `commit \`${model.commit.slice(0, 12)}\`` : '',
        `took ${seconds(model.seconds)}`,
        `fleet: ${model.fleet}`,
        model.rollbackFrom ? `rolled back from ${model.rollbackFrom}` : '',
        model.github ? (model.github.url ? `[GitHub deployment ${model.github.deploymentId}](${model.github.url})` : `GitHub deployment ${model.github.deploymentId}`) : '',
    ].filter((f) => f !== '');
    out.push(facts.join(' · '));
    out.push('');
    if (model.hosts.length > 0) {
        out.push('| Host | Definition | Copies | Version (before → after) | Health | Action | Time |');
        out.push('|---|---|---|---|---|---|---|');
        for (const host of model.hosts) {
            const label = `${host.hostname} (${host.instanceId})${host.state === 'updated' ? '' : ` — ${host.state}`}`;
            if (host.definitions.length === 0) {
                out.push(`| ${cell(label)} | - | - | - | - | - | ${seconds(host.seconds)} |`);
                continue;
            }
            host.definitions.forEach((d, i) => {
                const version = d.before === d.after ? d.after : `${d.before} → ${d.after}`;
                out.push(`| ${i === 0 ? cell(label) : ''} | ${cell(d.definition)} | ${d.copies.length} (${cell(d.copies.join(', ') || '-')}) | ${cell(version)} | ${cell(d.health)} | ${cell(d.action || '-')} | ${seconds(d.seconds ?? (i === 0 ? host.seconds : undefined))} |`);
            });
        }
        out.push('');
    }
    for (const host of model.hosts.filter((h) => h.failure)) {
        const failure = host.failure;
        out.push(`### ❌ ${host.hostname} (${host.instanceId})`);
        out.push('');
        out.push(failure.reason);
        if (failure.logTail && failure.logTail.length > 0) {
            out.push('');
            out.push(`<details open><summary>Last log lines${failure.container ? ` of ${failure.container}` : ''}</summary>`);
            out.push('');
            out.push(fence(failure.logTail));
            out.push('');
            out.push('</details>');
        }
        out.push('');
    }
    out.push('### Records');
    out.push('');
    out.push(`- **Lock**: ${model.lock}`);
    if (model.rollbar.length === 0)
        out.push('- **Rollbar**: not configured (no token)');
    for (const r of model.rollbar) {
        const what = r.status === 'not reported' ? 'not reported (see the warnings in the log)' : `deploy ${r.deployId ?? '(new)'} ${r.status}`;
        out.push(`- **Rollbar** app "${r.app}", environment "${r.environment}": ${what}`);
    }
    out.push(`- **GitHub**: ${model.github ? `deployment ${model.github.deploymentId} marked ${model.ok ? 'success' : 'failure'}` : 'no deployment recorded'}`);
    out.push('');
    return (0,_stack_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(out.join('\n'), secrets);
}
/** Appends the summary to the job's summary file (GITHUB_STEP_SUMMARY); a no-op outside a runner. */
async function writeJobSummary(model, secrets = []) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core.summary.addRaw(renderSummary(model, secrets), true).write();
}


/***/ }),

/***/ 6812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* unused harmony exports getInput, info, error, warning, notice, setFailed, setSecret, saveState, getState, appendSummary */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
// The few runner commands the action's hot path needs, written the way @actions/core writes them
// (a test checks the output is identical). @actions/core itself loads its OIDC client, undici and
// @actions/exec on import (~0.7 MB of bundle), which doubled the cold start of `validate`; commands
// that need more (deploy, rollback) still use @actions/core, loaded on demand.



function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issue(command, properties, message) {
    const shown = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${command}${shown ? ` ${shown}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function fileCommand(variable, key, value) {
    const path = process.env[variable];
    if (!path)
        return false;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (key.includes(delimiter) || value.includes(delimiter))
        throw new Error('Unexpected input: the value contains the delimiter');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
    return true;
}
function annotation(kind, message, properties) {
    issue(kind, {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn,
    }, message);
}
/** The raw text of an input (INPUT_<NAME>), untrimmed; '' when absent. */
function getInput(name) {
    return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}
function setOutput(name, value) {
    if (fileCommand('GITHUB_OUTPUT', name, value))
        return;
    process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
    issue('set-output', { name }, value);
}
function info(message) {
    process.stdout.write(message + EOL);
}
function error(message, properties = {}) {
    annotation('error', message, properties);
}
function warning(message, properties = {}) {
    annotation('warning', message, properties);
}
function notice(message, properties = {}) {
    annotation('notice', message, properties);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function setSecret(secret) {
    issue('add-mask', {}, secret);
}
function saveState(name, value) {
    if (fileCommand('GITHUB_STATE', name, value))
        return;
    issue('save-state', { name }, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** Appends Markdown to the job summary; false when the runner gave no summary file. */
function appendSummary(markdown) {
    const path = process.env['GITHUB_STEP_SUMMARY'];
    if (!path)
        return false;
    appendFileSync(path, markdown, { encoding: 'utf8' });
    return true;
}


/***/ }),

/***/ 2856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ createRollbarNotifier)
/* harmony export */ });
// Rollbar answers a PATCH of a deploy it already timed out with "status is not started".
const REFUSED_AS_TIMED_OUT = /not started|timed.?out/i;
function createRollbarNotifier(options) {
    const doFetch = options.fetch ?? fetch;
    const timeoutMs = options.timeoutMs ?? 10_000;
    const retryDelayMs = options.retryDelayMs ?? 1_000;
    const base = options.endpoint.replace(/\/+$/, '');
    const { log } = options;
    async function send(method, path, token, body) {
        let last = { ok: false, status: 0, message: 'not sent' };
        for (let attempt = 1; attempt <= 2; attempt++) {
            try {
                const response = await doFetch(`${base}${path}`, {
                    method,
                    headers: { 'content-type': 'application/json', 'x-rollbar-access-token': token },
                    body: JSON.stringify(body),
                    signal: AbortSignal.timeout(timeoutMs),
                });
                const text = await response.text();
                last = parseReply(response.status, text);
                if (last.ok || response.status < 500)
                    return scrub(last, token);
            }
            catch (error) {
                last = { ok: false, status: 0, message: error instanceof Error ? describeNetworkError(error) : String(error) };
            }
            if (attempt === 1)
                await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
        }
        return scrub(last, token);
    }
    async function report(input, status) {
        return send('POST', '/api/1/deploy', input.token, {
            environment: input.environment,
            revision: input.revision,
            status,
            comment: input.comment,
            local_username: input.localUsername,
        });
    }
    return {
        async started(input) {
            if (input.token === '')
                return undefined;
            log.secret(input.token);
            const reply = await report(input, 'started');
            if (!reply.ok || reply.deployId === undefined) {
                log.warn(`Rollbar: could not report the start of the deploy to "${input.environment}" (${explain(reply)}). The deploy goes on.`);
                return undefined;
            }
            log.info(`Rollbar: deploy ${reply.deployId} started for "${input.environment}" at ${input.revision}.`);
            return reply.deployId;
        },
        async finished(input) {
            if (input.token === '')
                return;
            log.secret(input.token);
            if (input.deployId === undefined) {
                // The start was never recorded (outage or bad token): the final status alone still tells the story.
                await reportAsNew(input, 'the start was not recorded');
                return;
            }
            const reply = await send('PATCH', `/api/1/deploy/${encodeURIComponent(input.deployId)}`, input.token, { status: input.status });
            if (reply.ok) {
                log.info(`Rollbar: deploy ${input.deployId} marked ${input.status}.`);
                return;
            }
            if (reply.status >= 400 && reply.status < 500 && REFUSED_AS_TIMED_OUT.test(reply.message)) {
                await reportAsNew(input, `Rollbar had timed deploy ${input.deployId} out and refused to finish it (${explain(reply)})`);
                return;
            }
            log.warn(`Rollbar: could not mark deploy ${input.deployId} ${input.status} (${explain(reply)}). The deploy's own result stands.`);
        },
    };
    async function reportAsNew(input, why) {
        const reply = await report(input, input.status);
        if (reply.ok) {
            const id = reply.deployId === undefined ? '' : ` ${reply.deployId}`;
            log.warn(`Rollbar: ${why}; reported the final status "${input.status}" as a new deploy${id}.`);
        }
        else {
            log.warn(`Rollbar: ${why}; reporting the final status "${input.status}" as a new deploy failed too (${explain(reply)}).`);
        }
    }
}
function parseReply(status, text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        body = undefined;
    }
    const record = (typeof body === 'object' && body !== null ? body : {});
    const data = (typeof record.data === 'object' && record.data !== null ? record.data : {});
    const id = data.deploy_id;
    const message = typeof record.message === 'string' ? record.message : text.slice(0, 200);
    const ok = status >= 200 && status < 300 && record.err !== 1;
    return { ok, status, message, ...(id !== undefined && id !== null ? { deployId: String(id) } : {}) };
}
// Rollbar never echoes the token today; this keeps it that way in our logs if it ever does.
function scrub(reply, token) {
    return token === '' ? reply : { ...reply, message: reply.message.split(token).join('***') };
}
function explain(reply) {
    return reply.status === 0 ? reply.message : `HTTP ${reply.status}: ${reply.message || 'no message'}`;
}
function describeNetworkError(error) {
    const cause = error.cause;
    const detail = cause instanceof Error ? cause.message : '';
    return detail ? `${error.message}: ${detail}` : error.message;
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ terminalLog)
/* harmony export */ });
/* harmony import */ var _stack_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1265);

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

/***/ 9020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ summaryNamingBefore),
/* harmony export */   rt: () => (/* binding */ readHostHistory)
/* harmony export */ });
/* unused harmony exports targetHosts, historyPlan, releasesBefore, agreedReleases, releasesBeforeDeploy */
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2140);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5391);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1654);



/** The hosts the deploy would target (the pipeline's checks for the SSM target), in rollout order. */
async function targetHosts(runner, targets) {
    return (0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .rolloutOrder */ .Ys)(await (0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSsmHosts */ .Nf)(runner, targets));
}
/** The plan a `history` command carries: only what the script reads for it (host root, app names). */
function historyPlan(host, query, createdAt) {
    return {
        version: 1,
        deployId: `${query.environment}-history`,
        release: '',
        actor: query.actor,
        createdAt,
        host: { root: query.hostRoots?.[host.instanceId] ?? query.hostRoot, hostname: host.hostname, instanceId: host.instanceId },
        apps: query.apps,
        lockTimeout: 0,
        keepImages: 0,
        force: false,
        preferLocalImages: false,
        aws: { region: query.region },
        registries: [],
        dataVolumes: [],
        definitions: [],
        cron: [],
        logTailLines: 0,
    };
}
/**
 * Sends the `history` command to the hosts and waits for their answers. The only use of the
 * HostRunner outside the pipeline, so a change of its request shape is adopted here alone.
 */
async function sendHistory(runner, planner, hosts, read, log) {
    const now = read.now ?? Date.now;
    const createdAt = new Date(now()).toISOString();
    return log.group(`Read the releases ${hosts.length} host(s) recorded`, () => runner.run({
        sends: (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .hostSends */ .q)(planner, 'history', hosts, (host) => planner.encodePlan(historyPlan(host, read, createdAt))),
        comment: `berth history ${read.environment}`,
        deadline: read.deadline,
        executionTimeoutSeconds: 120,
        onProgress: (host, status) => log.info(`${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .hostLabel */ .vy)(host)}: ${status}`),
        ...(read.signal ? { signal: read.signal } : {}),
    }));
}
/** Reads every target host's records and keeps the releases all of them can restore. */
async function readHostHistory(runner, planner, query, log) {
    const hosts = await targetHosts(runner, query.ssmTargets);
    const outcomes = await sendHistory(runner, planner, hosts, query, log);
    return { hosts, ...agreedReleases(hosts, outcomes) };
}
/**
 * Per instance id, what each host ran before the deploy `deployId`: the newest plan it recorded that
 * is not that deploy's (the deploy's own rollout and its undo are both recorded under its id).
 * Hosts without a readable answer are left out. For the job summary's "before" column.
 */
async function releasesBefore(runner, planner, hosts, read, log) {
    if (hosts.length === 0)
        return {};
    const outcomes = await sendHistory(runner, planner, hosts, read, log);
    const answered = [];
    for (const outcome of outcomes) {
        const history = outcome.result?.mode === 'history' && (0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .succeeded */ .gq)(outcome) ? outcome.result.history : undefined;
        if (Array.isArray(history))
            answered.push({ instanceId: outcome.host.instanceId, plans: recordedPlans(history.filter(isEntry)) });
    }
    // Undone deploys ran something else than their name says; this deploy's own runs come after "before".
    const skip = undoneDeploys(answered.map((a) => a.plans)).add(read.deployId);
    const before = {};
    for (const { instanceId, plans } of answered) {
        const plan = plans.find((p) => !skip.has(p.deployId));
        if (plan)
            before[instanceId] = { release: plan.release, images: plan.images };
    }
    return before;
}
function isEntry(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    const images = v.images;
    return typeof v.app === 'string' && typeof v.release === 'string' && v.release !== '' && typeof v.deployId === 'string' &&
        typeof v.revision === 'string' && typeof v.at === 'string' &&
        typeof images === 'object' && images !== null && !Array.isArray(images) &&
        Object.values(images).every((image) => typeof image === 'string' && image !== '');
}
/**
 * A host's plans, newest first: its records of each app put together by plan (one record per app
 * and run; the apps' records of one run may differ in their second). A deploy id recorded twice for
 * one app is a deploy that was undone there (its rollout, then the way back after a failure): both
 * runs are returned, the newest first.
 */
function recordedPlans(entries) {
    const plans = new Map();
    const runs = new Map();
    const byTime = entries.map((entry, order) => ({ entry, order })).sort((a, b) => (a.entry.at === b.entry.at ? a.order - b.order : a.entry.at < b.entry.at ? 1 : -1));
    for (const { entry, order } of byTime) {
        // The n-th newest record of this app under this deploy id belongs to the deploy's n-th newest run.
        const appKey = JSON.stringify([entry.app, entry.deployId]);
        const run = runs.get(appKey) ?? 0;
        runs.set(appKey, run + 1);
        const key = JSON.stringify([entry.deployId, entry.release, run]);
        const plan = plans.get(key) ?? { release: entry.release, deployId: entry.deployId, revision: entry.revision, at: entry.at, images: {}, order, run };
        Object.assign(plan.images, entry.images);
        if (entry.at > plan.at)
            plan.at = entry.at;
        plans.set(key, plan);
    }
    return [...plans.values()]
        .sort((a, b) => (a.at === b.at ? a.order - b.order : a.at < b.at ? 1 : -1))
        .map(({ order: _order, ...plan }) => plan);
}
/**
 * Deploys undone after a failure, and their ways back (`<id>~undo`): their records name the failed
 * release, not what ran. Older hosts recorded the way back under the deploy's own id: a deploy id some
 * host ran twice.
 */
function undoneDeploys(plansPerHost) {
    const undone = new Set();
    for (const plan of plansPerHost.flat()) {
        if (plan.run > 0)
            undone.add(plan.deployId);
        if (plan.deployId.endsWith(_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .UNDO_SUFFIX */ .xg)) {
            undone.add(plan.deployId);
            undone.add(plan.deployId.slice(0, -_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .UNDO_SUFFIX */ .xg.length));
        }
    }
    return undone;
}
/** A host's plans, newest first, one per release (the newest time it ran that release), undone deploys left out. */
function hostReleases(plans, undone) {
    const byRelease = new Map();
    for (const plan of plans)
        if (!undone.has(plan.deployId) && !byRelease.has(plan.release))
            byRelease.set(plan.release, plan);
    return [...byRelease.values()];
}
function sameImages(a, b) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
/**
 * The releases every host recorded, with the same images everywhere (a host that never ran one
 * cannot restore it), newest first: ordered by their places in the hosts' own lists. A host that did
 * not answer with a readable history leaves nothing agreed (what it ran is unknown).
 */
function agreedReleases(hosts, outcomes) {
    const problems = [];
    const recorded = [];
    for (const host of hosts) {
        const outcome = outcomes.find((o) => o.host.instanceId === host.instanceId);
        if (!outcome) {
            problems.push(`${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .hostLabel */ .vy)(host)}: no answer to the history command`);
            continue;
        }
        const history = outcome.result?.mode === 'history' ? outcome.result.history : undefined;
        if (!(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .succeeded */ .gq)(outcome) || !Array.isArray(history)) {
            problems.push((0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .succeeded */ .gq)(outcome)
                ? `${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .hostLabel */ .vy)(host)}: the host script did not list its recorded plans (is it older than this action?)`
                : (0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(outcome));
            continue;
        }
        const entries = history.filter(isEntry);
        if (entries.length < history.length)
            problems.push(`${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .hostLabel */ .vy)(host)}: ${history.length - entries.length} unreadable record(s) skipped`);
        if (entries.length === 0)
            problems.push(`${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .hostLabel */ .vy)(host)}: no plan recorded for these apps`);
        recorded.push(recordedPlans(entries));
    }
    if (recorded.length < hosts.length || hosts.length === 0)
        return { releases: [], problems };
    const undone = undoneDeploys(recorded);
    for (const deployId of undone) {
        if (deployId.endsWith(_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .UNDO_SUFFIX */ .xg))
            continue;
        const release = recorded.flat().find((p) => p.deployId === deployId || p.deployId === `${deployId}${_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .UNDO_SUFFIX */ .xg}`)?.release ?? '?';
        problems.push(`deploy ${deployId} (${release}) was rolled back after a failure: its records are left out`);
    }
    const lists = recorded.map((plans) => hostReleases(plans, undone));
    const [first = [], ...others] = lists;
    const agreed = [];
    for (const plan of first) {
        let rank = first.indexOf(plan);
        let everywhere = true;
        for (const [i, list] of others.entries()) {
            const index = list.findIndex((p) => p.release === plan.release);
            const host = hosts[i + 1];
            const other = list[index];
            if (!other) {
                problems.push(`release ${plan.release} left out: ${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .hostLabel */ .vy)(host)} has no record of it`);
                everywhere = false;
                break;
            }
            if (!sameImages(other.images, plan.images)) {
                problems.push(`release ${plan.release} left out: ${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .hostLabel */ .vy)(host)} recorded other images for it`);
                everywhere = false;
                break;
            }
            rank += index;
        }
        if (everywhere)
            agreed.push({ plan, rank });
    }
    agreed.sort((a, b) => a.rank - b.rank || (a.plan.at === b.plan.at ? 0 : a.plan.at < b.plan.at ? 1 : -1));
    const releases = agreed.map(({ plan }) => ({
        release: plan.release,
        images: plan.images,
        ...(plan.revision ? { commit: plan.revision } : {}),
    }));
    // Running now: what every host ran last, when that is one release.
    const last = new Set(lists.map((list) => list[0]?.release ?? '(none)'));
    const running = last.size === 1 && !last.has('(none)') ? [...last][0] : undefined;
    if (last.size > 1)
        problems.push(`the hosts last ran different releases (${[...last].join(', ')})`);
    return { releases, ...(running !== undefined ? { running } : {}), problems };
}
/**
 * For a deploy's job summary: what each host ran before the deploy, by name, read from the hosts'
 * records after the deploy (a digest is all the hosts' state says). Never fails the deploy: on any
 * error the summary keeps its digests, and the log says why.
 */
async function releasesBeforeDeploy(runner, planner, input, log) {
    const { settings } = input;
    // OpsWorks: writing the stack's Custom JSON is the deploy's last act; no command goes to the hosts after it.
    if (input.hosts.length === 0 || settings.signal?.aborted || settings.target === 'opsworks')
        return {};
    const now = input.now ?? Date.now;
    try {
        return await releasesBefore(runner, planner, input.hosts.map((h) => ({ instanceId: h.instanceId, hostname: h.hostname, publicIp: '' })), {
            apps: Object.keys(input.document.deploy),
            hostRoot: settings.hostRoot,
            ...(settings.hostRoots ? { hostRoots: settings.hostRoots } : {}),
            environment: settings.environment,
            actor: settings.actor,
            region: settings.region,
            deadline: now() + 60_000,
            deployId: input.deployId,
            now,
        }, log);
    }
    catch (error) {
        log.info(`The summary shows digests for what ran before: the hosts' records could not be read (${error instanceof Error ? error.message : String(error)})`);
        return {};
    }
}
/**
 * The job summary's model, with what ran before named from the hosts' own records where the hosts'
 * state gave only a digest: one extra history command, to those hosts only (deploy and rollback alike).
 */
async function summaryNamingBefore(input, runner, planner, read, log) {
    const model = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryModel */ .cT)(input);
    const unnamed = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .hostsWithoutNames */ .UZ)(model);
    if (unnamed.length === 0)
        return model;
    const hosts = input.outcome.hosts.filter((h) => unnamed.includes(h.instanceId));
    return (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryModel */ .cT)({ ...input, previousByHost: await releasesBeforeDeploy(runner, planner, { ...read, hosts }, log) });
}


/***/ }),

/***/ 2140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dt: () => (/* binding */ planFromHostState),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   Nf: () => (/* binding */ resolveSsmHosts),
/* harmony export */   Of: () => (/* binding */ rollOut),
/* harmony export */   Ys: () => (/* binding */ rolloutOrder),
/* harmony export */   gq: () => (/* binding */ succeeded),
/* harmony export */   nf: () => (/* binding */ undoDeployId),
/* harmony export */   un: () => (/* binding */ planBatches),
/* harmony export */   vy: () => (/* binding */ hostLabel),
/* harmony export */   xK: () => (/* binding */ TargetsError),
/* harmony export */   xg: () => (/* binding */ UNDO_SUFFIX)
/* harmony export */ });
/** Old cookbook: the migration ran on the alphabetically first instance. Keep that order. */
function rolloutOrder(hosts) {
    return [...hosts].sort((a, b) => a.hostname.localeCompare(b.hostname) || a.instanceId.localeCompare(b.instanceId));
}
/**
 * The migration host first and alone (when there is a migration), then the others in batches of
 * `batchSize`. Hosts come in rollout order.
 */
function planBatches(hosts, batchSize, migrationFirst) {
    const size = Math.max(1, Math.floor(batchSize));
    const batches = [];
    let rest = hosts;
    if (migrationFirst && hosts.length > 0) {
        batches.push(hosts.slice(0, 1));
        rest = hosts.slice(1);
    }
    for (let i = 0; i < rest.length; i += size)
        batches.push(rest.slice(i, i + size));
    return batches;
}
/** The SSM targets name no host, or hosts that are not online: nothing was sent anywhere. */
class TargetsError extends Error {
    name = 'TargetsError';
}
/** The online managed instances the SSM targets name (instance ids and/or tags), or why there are none. */
async function resolveSsmHosts(runner, targets) {
    const { instanceIds, tags } = targets;
    if (instanceIds.length === 0 && tags.length === 0) {
        throw new TargetsError('target ssm needs hosts: the instance-ids or targets input (tag:Key=value)');
    }
    const hosts = await runner.resolveTargets(targets);
    const missing = instanceIds.filter((id) => !hosts.some((h) => h.instanceId === id));
    if (missing.length > 0) {
        throw new TargetsError(`Not online in SSM: ${missing.join(', ')} (check the SSM agent, the instance role AmazonSSMManagedInstanceCore, and the region)`);
    }
    if (hosts.length === 0) {
        throw new TargetsError(`No online SSM managed instance matches ${tags.map((t) => `tag:${t.key}=${t.values.join(',')}`).join(' and ')}`);
    }
    return hosts;
}
function hostLabel(host) {
    return host.hostname && host.hostname !== host.instanceId ? `${host.hostname} (${host.instanceId})` : host.instanceId;
}
/** A host run counts as done only when SSM says Success and the host's own result says ok. */
function succeeded(outcome) {
    return outcome.status === 'Success' && outcome.result?.ok === true;
}
/** One paragraph per failed host: status, reason, failing container, last log lines, where the full log is. */
function describeFailure(outcome) {
    const lines = [`${hostLabel(outcome.host)}: SSM status ${outcome.status}, exit code ${outcome.exitCode}`];
    const failure = outcome.result?.failure;
    if (failure) {
        lines.push(`  reason: ${failure.reason}${failure.container ? ` (container ${failure.container})` : ''}`);
        for (const line of failure.logTail ?? [])
            lines.push(`  | ${line}`);
    }
    else if (outcome.result?.ok === false) {
        lines.push('  reason: the host reported a failure without a reason');
    }
    else if (!outcome.result) {
        lines.push('  reason: the host script gave no result (it did not run to its end)');
    }
    if (outcome.stderrTail)
        for (const line of outcome.stderrTail.split('\n').slice(-10))
            lines.push(`  stderr| ${line}`);
    if (outcome.logLocation)
        lines.push(`  full log: CloudWatch Logs ${outcome.logLocation}`);
    return lines.join('\n');
}
/** Runs batch after batch; the first batch with a failed host is the last one run. */
async function rollOut(input) {
    const report = { succeeded: [], failed: [], notRun: [], cancelled: false };
    for (const [index, batch] of input.batches.entries()) {
        if (report.failed.length > 0 || report.cancelled || input.signal?.aborted) {
            report.cancelled ||= input.signal?.aborted === true;
            report.notRun.push(...batch);
            continue;
        }
        const title = `${input.label} ${index + 1}/${input.batches.length}: ${batch.map((h) => h.hostname || h.instanceId).join(', ')}`;
        const outcomes = await input.log.group(title, () => input.runner.run({
            sends: input.sendsFor(batch),
            comment: input.comment,
            deadline: input.deadline,
            executionTimeoutSeconds: input.executionTimeoutSeconds,
            onProgress: (host, status) => input.log.info(`${hostLabel(host)}: ${status}`),
            ...(input.signal ? { signal: input.signal } : {}),
        }));
        for (const outcome of outcomes) {
            if (succeeded(outcome))
                report.succeeded.push(outcome);
            else
                report.failed.push(outcome);
        }
        if (outcomes.some((o) => o.status === 'Cancelled') && input.signal?.aborted)
            report.cancelled = true;
        for (const failure of report.failed)
            input.log.error(describeFailure(failure));
    }
    return report;
}
/**
 * The deploy id of the way back after a failed deploy: the host records the plan it ran under this id,
 * so its history can tell the way back (what ran before) from the failed deploy's own rollout.
 */
const UNDO_SUFFIX = '~undo';
function undoDeployId(deployId) {
    return `${deployId}${UNDO_SUFFIX}`;
}
/**
 * The plan that puts a host back where it was, from what it ran before this deploy (a `state` run
 * with the new plan, before the rollout): each definition on the image its copies ran (the digest
 * the host reported), definitions it did not run left out (the host removes them), no migration,
 * local images first. Used when no previous document is known. Undefined when the state is unknown.
 */
function planFromHostState(plan, before) {
    if (!before)
        return undefined;
    const definitions = [];
    for (const def of plan.definitions) {
        if (def.mode === 'cron') {
            definitions.push(def);
            continue;
        }
        const copy = before.copies.find((c) => c.definition === def.name && c.health !== 'missing');
        if (!copy)
            continue;
        // Same hash as the running copies: the host leaves them alone.
        if (copy.action === 'unchanged') {
            definitions.push(def);
            continue;
        }
        const image = copy.imageDigest || copy.image;
        definitions.push({ ...def, image, hash: `${def.hash}~${image}`, redeploy: false });
    }
    const { migration: _migration, ...rest } = plan;
    return { ...rest, definitions, preferLocalImages: true, force: false };
}


/***/ }),

/***/ 4332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ acquireLock),
/* harmony export */   Nq: () => (/* binding */ clearLock),
/* harmony export */   Rk: () => (/* binding */ LockHeldError),
/* harmony export */   sG: () => (/* binding */ describeHolder),
/* harmony export */   x_: () => (/* binding */ releaseLock)
/* harmony export */ });
/* unused harmony export parseHolder */
class LockHeldError extends Error {
    lockName;
    holder;
    name = 'LockHeldError';
    constructor(lockName, holder, waitedSeconds) {
        super(`The deploy lock ${lockName} is held${holder ? ` by ${describeHolder(holder)}` : ''}; waited ${waitedSeconds} s (input lock-wait-seconds). ` +
            `If that deploy is over and the lock is stale, run the unlock command (berth unlock, or the action with command: unlock).`);
        this.lockName = lockName;
        this.holder = holder;
    }
}
function describeHolder(holder) {
    return `${holder.who || 'someone'} since ${holder.when || '?'} deploying ${holder.version || '?'}${holder.runUrl ? ` (${holder.runUrl})` : ''}`;
}
function parseHolder(text) {
    if (text === undefined)
        return undefined;
    try {
        const value = JSON.parse(text);
        return {
            who: String(value.who ?? ''),
            when: String(value.when ?? ''),
            version: String(value.version ?? ''),
            runUrl: String(value.runUrl ?? ''),
            deployId: String(value.deployId ?? ''),
        };
    }
    catch {
        return { who: text, when: '', version: '', runUrl: '', deployId: '' };
    }
}
/** Takes the lock, waiting at most `waitSeconds` for a holder to let go; throws LockHeldError naming the holder. */
async function acquireLock(store, name, holder, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const started = now();
    let lastHolder;
    for (;;) {
        if (await store.putIfAbsent(name, JSON.stringify(holder))) {
            return { name, holder, release: () => releaseLock(store, name, holder.deployId) };
        }
        const current = parseHolder(await store.get(name, false));
        const waited = (now() - started) / 1000;
        if (waited >= options.waitSeconds || options.signal?.aborted) {
            throw new LockHeldError(name, current, Math.round(waited));
        }
        const shown = current ? JSON.stringify(current) : '';
        if (shown !== lastHolder) {
            options.onWait?.(current);
            lastHolder = shown;
        }
        const retry = (options.retrySeconds ?? 5) * 1000;
        await sleep(Math.max(0, Math.min(retry, options.waitSeconds * 1000 - (now() - started))));
    }
}
/** Deletes the lock if this deploy still holds it. Returns false when another deploy holds it now. */
async function releaseLock(store, name, deployId) {
    const current = parseHolder(await store.get(name, false));
    if (!current)
        return true;
    if (current.deployId !== deployId)
        return false;
    await store.delete(name);
    return true;
}
/** `unlock`: clears the lock whoever holds it; returns the holder it removed, if any. */
async function clearLock(store, name) {
    const current = parseHolder(await store.get(name, false));
    if (current)
        await store.delete(name);
    return current;
}


/***/ }),

/***/ 5391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ hostSends),
  z: () => (/* binding */ runDeploy)
});

// EXTERNAL MODULE: ./src/stack/secrets.ts
var stack_secrets = __webpack_require__(6325);
// EXTERNAL MODULE: ./src/deploy/hosts.ts
var deploy_hosts = __webpack_require__(2140);
// EXTERNAL MODULE: ./src/deploy/lock.ts
var deploy_lock = __webpack_require__(4332);
;// CONCATENATED MODULE: ./src/deploy/readback.ts
/** Does this running copy run the planned image (by reference, or by digest when the plan pins one)? */
function runsPlannedImage(planned, copy) {
    const at = planned.indexOf('@');
    if (at >= 0) {
        const digest = planned.slice(at + 1);
        return copy.imageDigest === digest || copy.image === planned || copy.image.endsWith(`@${digest}`) || copy.imageDigest.endsWith(`@${digest}`);
    }
    const withTag = /:[^/]+$/.test(planned) ? planned : `${planned}:latest`;
    return copy.image === planned || copy.image === withTag;
}
function checkDefinition(def, copies) {
    if (def.mode === 'cron')
        return [];
    const problems = [];
    // Manual definitions left running keep their image: only their presence and health count.
    const mustRunPlanned = def.mode === 'auto' || def.redeploy;
    for (const planned of def.copies) {
        const copy = copies.find((c) => c.name === planned.name);
        if (!copy || copy.health === 'missing') {
            problems.push(`${planned.name} is not running`);
            continue;
        }
        if (mustRunPlanned && (!runsPlannedImage(def.image, copy) || copy.action === 'outdated')) {
            // The host compares the plan's hash (image and every run option) with the container's label.
            problems.push(`${planned.name} does not run what the plan says (planned ${def.image}; running ${copy.imageDigest || copy.image})`);
        }
        if (copy.health !== 'healthy' && copy.health !== 'none') {
            problems.push(`${planned.name} is ${copy.health}`);
        }
    }
    return problems;
}
/** Compares what each host reports (a `state` run after the rollout) with its plan. */
function readBack(plans, outcomes) {
    const hosts = [];
    const seen = new Set();
    for (const outcome of outcomes) {
        seen.add(outcome.host.instanceId);
        const plan = plans.get(outcome.host.instanceId);
        const problems = [];
        if (!plan) {
            problems.push('no plan was made for this host');
        }
        else if (!outcome.result) {
            problems.push(`no state read back (SSM status ${outcome.status}${outcome.stderrTail ? `: ${outcome.stderrTail.split('\n').pop() ?? ''}` : ''})`);
        }
        else {
            for (const def of plan.definitions)
                problems.push(...checkDefinition(def, outcome.result.copies));
            // The host's own verdict counts too, even when every copy looked right from here.
            if (problems.length === 0 && !outcome.result.ok) {
                problems.push(`the host reports: ${outcome.result.failure?.reason ?? 'a failure without a reason'}`);
            }
        }
        if (problems.length > 0)
            hosts.push({ instanceId: outcome.host.instanceId, hostname: outcome.host.hostname, problems });
    }
    for (const [instanceId, plan] of plans) {
        if (!seen.has(instanceId))
            hosts.push({ instanceId, hostname: plan.host.hostname, problems: ['no state read back'] });
    }
    return { ok: hosts.length === 0, hosts };
}
function describeProblems(report) {
    return report.hosts.map((h) => `${h.hostname} (${h.instanceId}): ${h.problems.join('; ')}`).join('\n');
}

;// CONCATENATED MODULE: ./src/deploy/tags.ts
// New tags into a raw Stack JSON object (the OpsWorks stack's Custom JSON): every definition whose
// `image` is a freshly built repository gets the new `tag`. Everything else is kept as it was,
// including keys berth does not know (other cookbooks' settings live in the same document).
/** Returns a copy of `document` with `tag` set on definitions of the given repositories; and how many changed. */
function withTags(document, tags) {
    const copy = structuredClone(document);
    let changed = 0;
    const deploy = copy['deploy'];
    if (!deploy || typeof deploy !== 'object')
        return { document: copy, changed };
    for (const app of Object.values(deploy)) {
        const containers = app?.containers;
        if (!Array.isArray(containers))
            continue;
        for (const group of containers) {
            if (!group || typeof group !== 'object')
                continue;
            for (const definition of Object.values(group)) {
                if (!definition || typeof definition !== 'object')
                    continue;
                const def = definition;
                const image = typeof def['image'] === 'string' ? def['image'] : undefined;
                const tag = image === undefined ? undefined : tags[image];
                if (tag !== undefined && def['tag'] !== tag) {
                    def['tag'] = tag;
                    changed += 1;
                }
            }
        }
    }
    return { document: copy, changed };
}

;// CONCATENATED MODULE: ./src/deploy/pipeline.ts





/**
 * The Run Commands that give each host its plan: as few as the planner packs them into (one per up to
 * 50 hosts), every host in exactly one. Throws when a host has no plan or the packing leaves one out.
 */
function hostSends(planner, mode, hosts, planText) {
    const plans = hosts.map((host) => {
        const text = planText(host);
        if (text === undefined)
            throw new Error(`no ${mode} plan for ${(0,deploy_hosts/* hostLabel */.vy)(host)}`);
        return { instanceId: host.instanceId, planText: text };
    });
    if (!planner.packHostCommands) {
        return hosts.map((host, index) => ({ hosts: [host], commands: planner.hostCommands(mode, plans[index].planText) }));
    }
    const byId = new Map(hosts.map((host) => [host.instanceId, host]));
    const covered = new Set();
    const sends = [];
    for (const packed of hosts.length > 0 ? planner.packHostCommands(mode, plans) : []) {
        const sendHosts = packed.instanceIds.map((id) => {
            const host = byId.get(id);
            if (!host || covered.has(id))
                throw new Error(`the ${mode} commands name ${id} ${host ? 'twice' : 'which is not a target host'}`);
            covered.add(id);
            return host;
        });
        if (sendHosts.length > 0)
            sends.push({ hosts: sendHosts, commands: packed.commands });
    }
    const left = hosts.filter((host) => !covered.has(host.instanceId));
    if (left.length > 0)
        throw new Error(`the ${mode} commands leave out ${left.map(deploy_hosts/* hostLabel */.vy).join(', ')}`);
    return sends;
}
class DeployFailure extends Error {
    fleet;
    hosts;
    constructor(message, fleet, hosts = []) {
        super(message);
        this.fleet = fleet;
        this.hosts = hosts;
    }
}
const MINUTE = 60_000;
async function runDeploy(settings, ports, log) {
    const now = ports.now ?? Date.now;
    const deadline = now() + settings.timeoutMinutes * MINUTE;
    const outcome = {
        status: 'failure',
        kind: settings.kind,
        version: settings.version,
        deployId: settings.deployId,
        summary: '',
        fleet: 'unchanged',
        hosts: [],
        images: {},
        digests: {},
    };
    let lock;
    try {
        lock = await (0,deploy_lock/* acquireLock */.IZ)(ports.parameters, settings.lockName, { who: settings.actor, when: new Date(now()).toISOString(), version: settings.version, runUrl: settings.runUrl, deployId: settings.deployId }, {
            waitSeconds: settings.lockWaitSeconds,
            now,
            ...(ports.sleep ? { sleep: ports.sleep } : {}),
            ...(settings.signal ? { signal: settings.signal } : {}),
            onWait: (holder) => log.info(`Waiting for the deploy lock ${settings.lockName}, held by ${holder ? (0,deploy_lock/* describeHolder */.sG)(holder) : 'someone'}`),
        });
    }
    catch (error) {
        outcome.summary = error instanceof deploy_lock/* LockHeldError */.Rk ? error.message : `Could not take the deploy lock ${settings.lockName}: ${message(error)}`;
        log.error(outcome.summary);
        return outcome;
    }
    log.info(`Took the deploy lock ${lock.name}`);
    let recordId;
    let rollbarId;
    try {
        // Inside the try: whatever the callback does, the lock is released below.
        ports.onLockTaken?.({ name: lock.name, deployId: settings.deployId });
        await deployLocked(settings, ports, log, outcome, deadline, {
            started: (github, rollbar) => {
                recordId = github;
                rollbarId = rollbar;
            },
        });
    }
    catch (error) {
        outcome.status = 'failure';
        if (error instanceof DeployFailure) {
            outcome.summary = error.message;
            outcome.fleet = error.fleet;
            if (error.hosts.length > 0)
                outcome.hosts = error.hosts;
        }
        else {
            outcome.summary = `The deploy stopped on an unexpected error: ${message(error)}`;
            if (outcome.fleet === 'updated')
                outcome.fleet = 'unknown';
        }
        log.error(outcome.summary);
    }
    finally {
        await finishRecords(settings, ports, log, outcome, recordId, rollbarId);
        try {
            if (!(await lock.release()))
                log.warn(`The deploy lock ${lock.name} is now held by another deploy; left it alone`);
            else
                log.info(`Released the deploy lock ${lock.name}`);
        }
        catch (error) {
            log.warn(`Could not release the deploy lock ${lock.name}: ${message(error)}. Run berth unlock if it stays.`);
        }
    }
    if (outcome.githubDeploymentId === undefined && recordId !== undefined)
        outcome.githubDeploymentId = recordId;
    return outcome;
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}
async function finishRecords(settings, ports, log, outcome, recordId, rollbarId) {
    const state = outcome.status === 'success' ? 'success' : 'failure';
    if (ports.recorder && recordId !== undefined) {
        try {
            await ports.recorder.finish(recordId, state, outcome.summary.slice(0, 140));
        }
        catch (error) {
            log.warn(`Could not close the GitHub deployment record: ${message(error)}`);
        }
    }
    if (ports.notifier && settings.rollbarToken) {
        await ports.notifier.finished({
            token: settings.rollbarToken,
            deployId: rollbarId,
            environment: settings.environment,
            revision: settings.version,
            comment: outcome.summary.slice(0, 200),
            localUsername: settings.actor,
            status: outcome.status === 'success' ? 'succeeded' : 'failed',
        });
    }
}
async function deployLocked(settings, ports, log, outcome, deadline, hooks) {
    const now = ports.now ?? Date.now;
    // 1. The document: built and merged, from the repository, or from the OpsWorks stack.
    let prepared;
    if (ports.build)
        prepared = await log.group('Build and push', () => ports.build(log));
    let document;
    let previous = settings.previousDocument;
    let stackName = settings.stackName;
    let deployedCustomJson;
    if (settings.target === 'opsworks') {
        const opsworks = requireOpsWorks(settings, ports);
        const stack = await opsworks.port.describeStack(opsworks.stackId);
        stackName = stack.name || stackName;
        const current = parseJson(stack.customJson, `the Custom JSON of OpsWorks stack ${opsworks.stackId}`);
        const merged = withTags(current, prepared?.tags ?? {});
        deployedCustomJson = JSON.stringify(merged.document, null, 2);
        document = ports.planner.parseDocument(deployedCustomJson);
        previous ??= ports.planner.parseDocument(stack.customJson);
        log.info(`OpsWorks stack "${stack.name}": ${merged.changed} definition(s) get a new tag`);
    }
    else {
        const given = prepared?.document ?? settings.document;
        if (!given)
            throw new DeployFailure('No Stack JSON to deploy (input stack-json)', 'unchanged');
        document = given;
    }
    outcome.document = document;
    if (prepared) {
        outcome.images = prepared.images;
        outcome.digests = prepared.digests;
    }
    // 2. Records: the deploy history (rollback reads it) and Rollbar.
    let recordId;
    if (ports.recorder) {
        try {
            recordId = await ports.recorder.start({
                environment: settings.environment,
                ref: settings.commit,
                sha: settings.commit,
                description: `berth ${settings.kind} ${settings.version}`,
                payload: {
                    tool: 'berth',
                    kind: settings.kind,
                    version: settings.version,
                    commit: settings.commit,
                    documentHash: '',
                    stackJsonPath: settings.stackJsonPath,
                    images: outcome.images,
                },
            });
            outcome.githubDeploymentId = recordId;
        }
        catch (error) {
            log.warn(`Could not create the GitHub deployment record: ${message(error)}`);
        }
    }
    let rollbarId;
    if (ports.notifier && settings.rollbarToken) {
        log.secret(settings.rollbarToken);
        rollbarId = await ports.notifier.started({
            token: settings.rollbarToken,
            environment: settings.environment,
            revision: settings.version,
            comment: `berth ${settings.kind} ${settings.version}`,
            localUsername: settings.actor,
        });
    }
    hooks.started(recordId, rollbarId);
    ports.onRecordStarted?.({ ...(recordId !== undefined ? { githubDeploymentId: recordId } : {}), ...(rollbarId ? { rollbarDeployId: rollbarId } : {}) });
    // 3. Inline secrets go to Parameter Store; the plans carry only references.
    const staged = (0,stack_secrets/* stageInlineSecrets */.Xh)(document, settings.secretsPrefix);
    const stagedPrevious = previous ? (0,stack_secrets/* stageInlineSecrets */.Xh)(previous, settings.secretsPrefix) : undefined;
    // Database settings given as an input: an inline password is staged the same way.
    const databases = settings.databases ? (0,stack_secrets/* stageDatabaseSecrets */.R6)(settings.databases, settings.secretsPrefix) : undefined;
    const secrets = new Map();
    for (const item of [...staged.staged, ...(stagedPrevious?.staged ?? []), ...(databases?.staged ?? [])])
        secrets.set(item.name, item.value);
    if (secrets.size > 0) {
        await log.group(`Stage ${secrets.size} inline secret(s) under ${settings.secretsPrefix}`, async () => {
            for (const [name, value] of secrets) {
                log.secret(value);
                await ports.parameters.putSecure(name, value, true);
                log.info(`SecureString ${name}`);
            }
        });
    }
    // 4. Hosts and their facts.
    const hosts = await resolveHosts(settings, ports, log);
    const preflight = await log.group(`Preflight on ${hosts.length} host(s)`, () => ports.hosts.run({
        sends: [{ hosts, commands: ports.planner.hostCommands('preflight') }],
        comment: `berth preflight ${settings.version}`,
        deadline,
        executionTimeoutSeconds: 300,
        onProgress: (host, status) => log.info(`${(0,deploy_hosts/* hostLabel */.vy)(host)}: ${status}`),
        ...(settings.signal ? { signal: settings.signal } : {}),
    }));
    const preflightFacts = new Map();
    const unready = [];
    for (const result of preflight) {
        const missing = result.result?.facts?.missing ?? [];
        if (!(0,deploy_hosts/* succeeded */.gq)(result))
            unready.push((0,deploy_hosts/* describeFailure */.Ic)(result));
        else if (missing.length > 0)
            unready.push(`${(0,deploy_hosts/* hostLabel */.vy)(result.host)}: missing ${missing.join(', ')} (see the README's host prerequisites)`);
        if (result.result)
            preflightFacts.set(result.host.instanceId, result.result);
    }
    if (unready.length > 0) {
        throw new DeployFailure(`Preflight failed on ${unready.length} host(s); nothing was changed:\n${unready.join('\n')}`, 'unchanged');
    }
    const facts = new Map();
    const ordered = [];
    for (const host of hosts) {
        const f = preflightFacts.get(host.instanceId)?.facts;
        const hostFacts = {
            instanceId: host.instanceId,
            // OpsWorks' and SSM's name for the instance first (SSM's ComputerName is the host's own name).
            hostname: host.hostname && host.hostname !== host.instanceId ? host.hostname : f?.hostname || host.hostname,
            publicIp: f?.publicIp || host.publicIp,
        };
        facts.set(host.instanceId, hostFacts);
        ordered.push({ ...host, hostname: hostFacts.hostname, publicIp: hostFacts.publicIp });
    }
    ordered.sort((a, b) => a.hostname.localeCompare(b.hostname) || a.instanceId.localeCompare(b.instanceId));
    // 5. Plans: the migration only on the first host in order.
    const planFor = (doc, host, options) => ports.planner.hostPlan(doc, { ...(facts.get(host.instanceId) ?? { instanceId: host.instanceId, hostname: host.hostname, publicIp: host.publicIp }), stackName }, {
        deployId: settings.deployId,
        release: settings.version,
        revision: settings.commit,
        actor: settings.actor,
        createdAt: new Date(now()).toISOString(),
        hostRoot: settings.hostRoots?.[host.instanceId] ?? settings.hostRoot,
        force: options.force,
        manual: settings.manual,
        runMigration: options.runMigration,
        keepImages: settings.keepImages,
        lockTimeout: settings.hostLockTimeout ?? 600,
        aws: { region: settings.region, ...(settings.hostAwsEndpoint ? { endpoint: settings.hostAwsEndpoint } : {}) },
        ...(databases ? { databases: databases.databases } : {}),
        preferLocalImages: options.preferLocal,
        dataVolumeImage: settings.dataVolumeImage,
        logTailLines: 30,
        environment: settings.environment,
    });
    const plans = new Map();
    ordered.forEach((host, index) => {
        plans.set(host.instanceId, planFor(staged.document, host, {
            runMigration: index === 0 && !settings.skipMigration,
            preferLocal: settings.preferLocalImages === true,
            force: settings.force,
        }));
    });
    const hasMigration = [...plans.values()].some((plan) => plan.migration !== undefined);
    // Each plan is encoded once, whatever number of commands carry it.
    const encoded = new WeakMap();
    const encode = (plan) => {
        if (!plan)
            return undefined;
        let text = encoded.get(plan);
        if (text === undefined) {
            text = ports.planner.encodePlan(plan);
            encoded.set(plan, text);
        }
        return text;
    };
    // One command per up to 50 hosts, carrying each host's own plan (the host picks its own). The state
    // read before the rollout and the read back after it send the same commands: packed once.
    let stateCommands;
    const stateSends = () => (stateCommands ??= hostSends(ports.planner, 'state', ordered, (host) => encode(plans.get(host.instanceId))));
    const batches = (0,deploy_hosts/* planBatches */.un)(ordered, settings.batchSize, hasMigration);
    const rolloutSends = (batch, planOf) => hostSends(ports.planner, 'rollout', batch, (host) => encode(planOf.get(host.instanceId)));
    // Every batch's commands before anything changes: a plan that fits no command stops the deploy here.
    const batchSends = new Map();
    const packRollout = async (yieldBetween) => {
        for (const batch of batches) {
            // Packing is CPU work (gzip): a batch at a time, letting the state read's polls run in between.
            if (yieldBetween)
                await new Promise((resolve) => setTimeout(resolve, 0));
            batchSends.set(batch, rolloutSends(batch, plans));
        }
    };
    // What each host runs now, compared with its new plan: the way back when no previous document is known.
    const before = new Map();
    if (settings.failurePolicy === 'rollback' && !previous) {
        const reading = log.group(`Read what ${ordered.length} host(s) run now`, () => ports.hosts.run({
            sends: stateSends(),
            comment: `berth state before ${settings.version}`,
            deadline,
            executionTimeoutSeconds: 300,
            onProgress: (host, status) => log.info(`${(0,deploy_hosts/* hostLabel */.vy)(host)}: ${status}`),
            ...(settings.signal ? { signal: settings.signal } : {}),
        }));
        // The rollout's commands are packed while the hosts answer; a packing error waits for the read to end.
        const packing = packRollout(true).then(() => ({ ok: true }), (error) => ({ ok: false, error }));
        const current = await reading;
        const packed = await packing;
        if (!packed.ok)
            throw packed.error;
        for (const item of current)
            if (item.result)
                before.set(item.host.instanceId, item.result);
    }
    else {
        await packRollout(false);
    }
    // 6. OpsWorks: its own deployment first; a failure there stops before anything of ours ran.
    if (settings.target === 'opsworks') {
        const opsworks = requireOpsWorks(settings, ports);
        const comment = `berth ${settings.kind} ${settings.version} (${settings.commit.slice(0, 12)})`;
        const deploymentId = await opsworks.port.createDeployment({
            stackId: opsworks.stackId,
            ...(opsworks.appId ? { appId: opsworks.appId } : {}),
            instanceIds: hosts.map((h) => h.opsworksInstanceId ?? h.instanceId),
            command: opsworks.command,
            comment,
            customJson: deployedCustomJson ?? '{}',
        });
        outcome.opsworksDeploymentId = deploymentId;
        log.info(`OpsWorks deployment ${deploymentId} (${opsworks.command.name}) created; waiting`);
        const waited = await opsworks.port.waitDeployment(deploymentId, deadline);
        if (waited.status !== 'successful') {
            const lines = waited.commands
                .filter((c) => c.status !== 'successful')
                .map((c) => `${c.instanceId}: ${c.status}${c.logUrl ? ` (log: ${c.logUrl})` : ''}`);
            throw new DeployFailure(`OpsWorks deployment ${deploymentId} ${waited.status === 'timeout' ? 'did not finish in time' : 'failed'}; stopped before any rollout, the stack's Custom JSON is unchanged.${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`, 'unchanged');
        }
    }
    // 7. Rollout.
    const executionTimeoutSeconds = Math.max(60, Math.ceil((deadline - now()) / 1000));
    outcome.fleet = 'updated';
    const rollout = await (0,deploy_hosts/* rollOut */.Of)({
        label: settings.kind === 'rollback' ? 'Rollback batch' : 'Batch',
        batches,
        sendsFor: (batch) => batchSends.get(batch) ?? rolloutSends(batch, plans),
        runner: ports.hosts,
        comment: `berth ${settings.kind} ${settings.version}`,
        deadline,
        executionTimeoutSeconds,
        log,
        ...(settings.signal ? { signal: settings.signal } : {}),
    });
    let failure;
    let touched = [];
    if (rollout.failed.length > 0 || rollout.cancelled) {
        failure = rollout.cancelled
            ? 'The deploy was cancelled'
            : `The rollout failed on ${rollout.failed.map((f) => (0,deploy_hosts/* hostLabel */.vy)(f.host)).join(', ')}`;
        touched = [...rollout.succeeded, ...rollout.failed].map((o) => o.host);
    }
    else {
        // 8. Read back what every host runs now.
        const state = await log.group(`Read back ${ordered.length} host(s)`, () => ports.hosts.run({
            sends: stateSends(),
            comment: `berth read back ${settings.version}`,
            deadline: Math.max(deadline, now() + 5 * MINUTE),
            executionTimeoutSeconds: 300,
            onProgress: (host, status) => log.info(`${(0,deploy_hosts/* hostLabel */.vy)(host)}: ${status}`),
        }));
        const report = readBack(plans, state);
        if (!report.ok) {
            failure = `Read back failed:\n${describeProblems(report)}`;
            touched = ordered;
            outcome.hosts = ordered.map((h) => {
                const problem = report.hosts.find((p) => p.instanceId === h.instanceId);
                return { instanceId: h.instanceId, hostname: h.hostname, state: problem ? 'failed' : 'updated', ...(problem ? { problem: problem.problems.join('; ') } : {}) };
            });
        }
    }
    if (failure !== undefined) {
        log.error(failure);
        await afterFailure(failure, touched, rollout);
        return;
    }
    // 9. OpsWorks: the stack names the new tags only now, re-read right before writing.
    if (settings.target === 'opsworks' && prepared && Object.keys(prepared.tags).length > 0) {
        const opsworks = requireOpsWorks(settings, ports);
        const fresh = await opsworks.port.describeStack(opsworks.stackId);
        const merged = withTags(parseJson(fresh.customJson, `the Custom JSON of OpsWorks stack ${opsworks.stackId}`), prepared.tags);
        await opsworks.port.updateStackCustomJson(opsworks.stackId, JSON.stringify(merged.document, null, 2));
        log.info(`OpsWorks stack Custom JSON now names ${Object.entries(prepared.tags).map(([i, t]) => `${i}:${t}`).join(', ')}`);
    }
    outcome.status = 'success';
    outcome.fleet = 'updated';
    outcome.hosts = ordered.map((h) => ({ instanceId: h.instanceId, hostname: h.hostname, state: 'updated' }));
    outcome.summary = `${settings.kind === 'rollback' ? 'Rolled back to' : 'Deployed'} ${settings.version} on ${ordered.length} host(s); every host runs the planned images, healthy.`;
    log.info(outcome.summary);
    async function afterFailure(reason, touchedHosts, report) {
        const untouched = ordered.filter((h) => !touchedHosts.some((t) => t.instanceId === h.instanceId));
        const base = (state, list, problem) => list.map((h) => {
            const text = problem?.(h);
            return { instanceId: h.instanceId, hostname: h.hostname, state, ...(text ? { problem: text } : {}) };
        });
        const failedProblem = (h) => {
            const f = report.failed.find((o) => o.host.instanceId === h.instanceId);
            return f ? (0,deploy_hosts/* describeFailure */.Ic)(f) : undefined;
        };
        if (touchedHosts.length === 0) {
            throw new DeployFailure(`${reason}; no host was changed.`, 'unchanged', base('untouched', ordered));
        }
        if (settings.failurePolicy === 'stop' || settings.signal?.aborted) {
            const why = settings.signal?.aborted ? 'the deploy was cancelled' : 'failure-policy is stop';
            throw new DeployFailure(`${reason}. Left as is (${why}): ${touchedHosts.length} host(s) tried the new release, ${untouched.length} did not; the fleet may be mixed.`, 'mixed', [...base('unknown', touchedHosts, failedProblem), ...base('untouched', untouched)]);
        }
        // Roll the touched hosts back, so the fleet never stays mixed.
        const previousPlans = new Map();
        const noWayBack = [];
        for (const host of touchedHosts) {
            const plan = stagedPrevious
                ? planFor(stagedPrevious.document, host, { runMigration: false, preferLocal: true, force: false })
                : (0,deploy_hosts/* planFromHostState */.Dt)(plans.get(host.instanceId), before.get(host.instanceId));
            if (plan)
                previousPlans.set(host.instanceId, { ...plan, preferLocalImages: true, deployId: (0,deploy_hosts/* undoDeployId */.nf)(plan.deployId) });
            else
                noWayBack.push(host);
        }
        const back = await (0,deploy_hosts/* rollOut */.Of)({
            label: 'Roll back batch',
            batches: (0,deploy_hosts/* planBatches */.un)(touchedHosts.filter((h) => previousPlans.has(h.instanceId)), settings.batchSize, false),
            sendsFor: (batch) => rolloutSends(batch, previousPlans),
            runner: ports.hosts,
            comment: `berth roll back from ${settings.version}`,
            deadline: Math.max(deadline, now() + 10 * MINUTE),
            executionTimeoutSeconds: 600,
            log,
        });
        const stuck = [...back.failed.map((o) => o.host), ...back.notRun, ...noWayBack];
        if (stuck.length === 0) {
            throw new DeployFailure(`${reason}. Rolled back ${back.succeeded.length} host(s); the fleet is back on the previous release.`, 'rolled-back', [...base('rolled-back', touchedHosts, failedProblem), ...base('untouched', untouched)]);
        }
        throw new DeployFailure(`${reason}. The roll back failed on ${stuck.map(deploy_hosts/* hostLabel */.vy).join(', ')}: the fleet is mixed, fix those hosts or deploy again.`, 'mixed', [
            ...base('rolled-back', back.succeeded.map((o) => o.host), failedProblem),
            ...base('failed', stuck, (h) => {
                const f = back.failed.find((o) => o.host.instanceId === h.instanceId);
                return f ? (0,deploy_hosts/* describeFailure */.Ic)(f) : 'no way back known (no previous document, no state read from the host)';
            }),
            ...base('untouched', untouched),
        ]);
    }
}
function requireOpsWorks(settings, ports) {
    if (!ports.opsworks || !settings.opsworks?.stackId) {
        throw new DeployFailure('target opsworks needs the stack-id input (and layer-ids or app-id)', 'unchanged');
    }
    return { port: ports.opsworks, ...settings.opsworks };
}
async function resolveHosts(settings, ports, log) {
    if (settings.target === 'opsworks') {
        const opsworks = requireOpsWorks(settings, ports);
        const hosts = await opsworks.port.onlineInstances(opsworks.stackId, opsworks.layerIds);
        if (hosts.length === 0) {
            throw new DeployFailure(`No online instance in OpsWorks stack ${opsworks.stackId}${opsworks.layerIds.length > 0 ? ` layers ${opsworks.layerIds.join(', ')}` : ''}`, 'unchanged');
        }
        log.info(`Hosts: ${hosts.map(deploy_hosts/* hostLabel */.vy).join(', ')}`);
        return hosts;
    }
    let hosts;
    try {
        hosts = await (0,deploy_hosts/* resolveSsmHosts */.Nf)(ports.hosts, settings.ssmTargets);
    }
    catch (error) {
        throw error instanceof deploy_hosts/* TargetsError */.xK ? new DeployFailure(error.message, 'unchanged') : error;
    }
    log.info(`Hosts: ${hosts.map(deploy_hosts/* hostLabel */.vy).join(', ')}`);
    return hosts;
}
function parseJson(text, what) {
    try {
        return text.trim() === '' ? {} : JSON.parse(text);
    }
    catch (error) {
        throw new DeployFailure(`${what} is not valid JSON: ${message(error)}`, 'unchanged');
    }
}


/***/ }),

/***/ 1654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ completingRecorder),
/* harmony export */   F0: () => (/* binding */ resolveRollbarTargets),
/* harmony export */   Q5: () => (/* binding */ fanOutNotifier),
/* harmony export */   UZ: () => (/* binding */ hostsWithoutNames),
/* harmony export */   VL: () => (/* binding */ observeHostRunner),
/* harmony export */   cT: () => (/* binding */ summaryModel),
/* harmony export */   i4: () => (/* binding */ observeLock),
/* harmony export */   rG: () => (/* binding */ rollbarTargets)
/* harmony export */ });
/* unused harmony exports documentHash, definitionImages, recordPayload, describeLock, versionOf, isDigestLabel, summaryHosts */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _stack_environment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7569);
/* harmony import */ var _stack_placeholders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1716);
// The record of a deploy or rollback: what goes into the GitHub deployment's payload, which Rollbar
// deploys to report (one per app and environment), and the model the job summary and the CLI print.
// Decisions are pure; the two small wrappers at the end observe ports without changing what they do.



// ---------------------------------------------------------------------------------------------
// GitHub deployment payload
/** sha256 of the document as canonical JSON (keys sorted), so formatting never changes it. */
function documentHash(document) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(document)).digest('hex');
}
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/** app/definition -> the image reference it runs (`repo:tag`, or `repo@sha256:...` when the tag holds a digest). */
function definitionImages(document) {
    const images = {};
    for (const [app, settings] of Object.entries(document.deploy)) {
        for (const group of settings.containers) {
            for (const [name, definition] of Object.entries(group)) {
                const tag = definition.tag;
                images[`${app}/${name}`] = tag.startsWith('sha256:') ? `${definition.image}@${tag}` : `${definition.image}:${tag}`;
            }
        }
    }
    return images;
}
function recordPayload(input) {
    return {
        tool: 'berth',
        kind: input.kind,
        version: input.version,
        commit: input.commit,
        documentHash: documentHash(input.document),
        stackJsonPath: input.stackJsonPath,
        images: definitionImages(input.document),
    };
}
/**
 * A recorder that fills the payload from the deployed document (hash, per-definition images),
 * whatever the caller put there, so the history always holds what a rollback needs.
 */
function completingRecorder(inner, document) {
    return {
        start: async (input) => {
            const doc = document();
            const payload = doc
                ? { ...input.payload, documentHash: documentHash(doc), images: { ...input.payload.images, ...definitionImages(doc) } }
                : input.payload;
            return inner.start({ ...input, payload });
        },
        finish: (id, state, description) => inner.finish(id, state, description),
        history: (environment) => inner.history(environment),
    };
}
/**
 * Which Rollbar deploys a release reports. Environment: the value of the definition's `env_var`
 * variable (own env over env_from's), else the deploy's environment. Token: the input, else the
 * definition's `access_token` (a `%{ssm:...}` reference is resolved later, on the runner).
 * With a token input and no definition asking for Rollbar, each app is still reported.
 */
function rollbarTargets(document, options) {
    const targets = [];
    const seen = new Set();
    const add = (app, environment, token) => {
        const key = JSON.stringify([app, environment]);
        if (seen.has(key))
            return;
        seen.add(key);
        targets.push({ app, environment, token });
    };
    const input = options.tokenInput ? { kind: 'literal', value: options.tokenInput } : undefined;
    for (const [app, settings] of Object.entries(document.deploy)) {
        let reported = false;
        for (const group of settings.containers) {
            for (const definition of Object.values(group)) {
                const rollbar = definition.notifications?.rollbar;
                if (!rollbar)
                    continue;
                const own = rollbar.access_token.trim();
                const reference = (0,_stack_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .ssmReference */ .rI)(own);
                const token = input ?? (reference !== undefined ? { kind: 'ssm', name: reference } : own ? { kind: 'literal', value: own } : undefined);
                if (!token)
                    continue;
                const inherited = definition.env_from ? (0,_stack_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .findDefinition */ .Jn)(document, app, definition.env_from)?.env ?? {} : {};
                const env = { ...inherited, ...definition.env };
                const fromVar = rollbar.env_var ? env[rollbar.env_var] : undefined;
                add(app, fromVar !== undefined && String(fromVar).trim() !== '' ? String(fromVar) : options.environment, token);
                reported = true;
            }
        }
        if (!reported && input)
            add(app, options.environment, input);
    }
    return targets;
}
/** Resolves `%{ssm:...}` tokens on the runner. A token that cannot be read skips that report, with a warning. */
async function resolveRollbarTargets(targets, parameters, log) {
    const resolved = [];
    for (const target of targets) {
        let token;
        if (target.token.kind === 'literal')
            token = target.token.value;
        else {
            try {
                token = await parameters.get(target.token.name, true);
                if (token === undefined)
                    log.warn(`Rollbar: parameter ${target.token.name} (access token of app "${target.app}") does not exist; not reporting this deploy to Rollbar.`);
            }
            catch (error) {
                log.warn(`Rollbar: could not read parameter ${target.token.name} (${error instanceof Error ? error.message : String(error)}); not reporting app "${target.app}" to Rollbar.`);
            }
        }
        if (token) {
            log.secret(token);
            resolved.push({ app: target.app, environment: target.environment, token });
        }
    }
    return resolved;
}
/**
 * A DeployNotifier that turns the pipeline's one started/finished pair into one Rollbar deploy per
 * app and environment, with the commit SHA as revision and "subject (actor)" as comment, and keeps
 * what it did for the job summary.
 */
function fanOutNotifier(inner, targets, info) {
    const activity = targets.map((t) => ({ app: t.app, environment: t.environment, status: 'not reported' }));
    const notifier = {
        async started() {
            for (const [i, target] of targets.entries()) {
                const id = await inner.started({ token: target.token, environment: target.environment, ...info });
                const entry = activity[i];
                if (entry) {
                    entry.status = id === undefined ? 'not reported' : 'started';
                    if (id !== undefined)
                        entry.deployId = id;
                }
            }
            return targets.length > 0 ? 'fan-out' : undefined;
        },
        async finished(input) {
            for (const [i, target] of targets.entries()) {
                const entry = activity[i];
                await inner.finished({ token: target.token, deployId: entry?.deployId, environment: target.environment, ...info, status: input.status });
                if (entry)
                    entry.status = input.status;
            }
        },
    };
    // The pipeline calls the notifier only when it has a token; any of ours will do to say "yes".
    return { notifier, activity, anyToken: targets[0]?.token ?? '' };
}
function observeHostRunner(inner, now = Date.now) {
    const results = [];
    return {
        results,
        runner: {
            resolveTargets: (targets) => inner.resolveTargets(targets),
            async run(request) {
                const outcomes = await inner.run(request);
                for (const outcome of outcomes)
                    results.push({ at: now(), outcome });
                return outcomes;
            },
        },
    };
}
/** Watches the lock parameter go by: how long the deploy waited for it, and that it was released. */
function observeLock(inner, lockName, now = Date.now) {
    const lock = { name: lockName, attempts: 0 };
    return {
        lock,
        parameters: {
            putSecure: (name, value, overwrite) => inner.putSecure(name, value, overwrite),
            get: (name, decrypt) => inner.get(name, decrypt),
            getMany: (names, decrypt) => inner.getMany(names, decrypt),
            async putIfAbsent(name, value) {
                const taken = await inner.putIfAbsent(name, value);
                if (name === lockName) {
                    lock.attempts++;
                    lock.firstAttemptAt ??= now();
                    if (taken)
                        lock.acquiredAt = now();
                }
                return taken;
            },
            async delete(name) {
                await inner.delete(name);
                if (name === lockName)
                    lock.releasedAt = now();
            },
        },
    };
}
/** The hosts whose "before" is only a digest (or unknown) somewhere: their own records may name it. */
function hostsWithoutNames(model) {
    return model.hosts.filter((host) => host.definitions.some((d) => isDigestLabel(d.before))).map((host) => host.instanceId);
}
function describeLock(lock) {
    if (lock.acquiredAt === undefined) {
        return lock.attempts === 0 ? `${lock.name}: not taken` : `${lock.name}: held by another deploy; not taken after ${lock.attempts} attempt(s)`;
    }
    const waited = Math.round((lock.acquiredAt - (lock.firstAttemptAt ?? lock.acquiredAt)) / 1000);
    const taken = waited > 0 ? `taken after waiting ${waited} s` : 'taken at once';
    return `${lock.name}: ${taken}, ${lock.releasedAt !== undefined ? 'released' : 'NOT released (run berth unlock if it stays)'}`;
}
/** The version a reference names: the tag, or a short digest. */
function versionOf(image) {
    if (image.startsWith('sha256:'))
        return image.slice(0, 'sha256:'.length + 12);
    const at = image.indexOf('@');
    if (at >= 0)
        return image.slice(at + 1, at + 1 + 'sha256:'.length + 12);
    const slash = image.lastIndexOf('/');
    const colon = image.lastIndexOf(':');
    return colon > slash ? image.slice(colon + 1) : 'latest';
}
function summarize(values) {
    const unique = [...new Set(values)];
    return unique.length === 0 ? '-' : unique.join(', ');
}
// A host result names the PLANNED image for each copy; the copy really runs it only where the host
// says so: a successful rollout that replaced, started, restarted or kept it, or a state read that
// found it unchanged. Elsewhere only the running image's digest is known.
const RUNS_PLANNED = new Set(['replaced', 'started', 'restarted', 'unchanged']);
function runsPlanned(copy, result) {
    if (copy.health === 'missing')
        return false;
    if (copy.action === 'unchanged')
        return true;
    return result.mode === 'rollout' && result.ok && RUNS_PLANNED.has(copy.action);
}
function shortDigest(digest) {
    const match = /sha256:[0-9a-f]{12}/.exec(digest);
    return match ? `${match[0]}…` : undefined;
}
/** A version label that is only a digest (or nothing): a name would say more. */
function isDigestLabel(label) {
    return label === '?' || label.startsWith('sha256:');
}
/** Per host: what ran before its rollout, what its last rollout did, what it runs after (last state read). */
function summaryHosts(outcome, observed, previousImages = {}, 
/** Per instance id: the release each host ran before (its own records), preferred to previousImages. */
previousByHost = {}) {
    const all = observed.map((o) => o.outcome.result).filter((r) => r !== undefined);
    // Running image digest -> version, learnt from copies known to run their planned image.
    const known = new Map();
    for (const result of all) {
        for (const copy of result.copies) {
            if (runsPlanned(copy, result) && copy.imageDigest && !copy.image.includes('@') && !copy.image.startsWith('sha256:')) {
                known.set(copy.imageDigest, versionOf(copy.image));
            }
        }
    }
    // Without a better source, the previous release's record says what ran before: the host's own
    // record of its last plan, else the deploy history's.
    const previousOn = (instanceId) => (definition) => {
        const find = (images) => Object.keys(images).find((k) => k === definition || k.endsWith(`/${definition}`));
        const own = previousByHost[instanceId];
        const ownKey = own ? find(own.images) : undefined;
        if (own && ownKey !== undefined) {
            // The image's tag, as the history's images give it; the release name when the image is pinned by digest.
            const tag = versionOf(own.images[ownKey] ?? '');
            return tag.startsWith('sha256:') && own.release ? own.release : tag;
        }
        const key = find(previousImages);
        return key === undefined ? undefined : versionOf(previousImages[key] ?? '');
    };
    const labelFor = (previous, updated) => (copy, result, fallback) => {
        if (copy.health === 'missing')
            return 'none';
        if (runsPlanned(copy, result)) {
            const label = versionOf(copy.image);
            if (!label.startsWith('sha256:'))
                return label;
            // A pinned digest: on a host that ended on this release, a copy on its planned image runs this release.
            const thisRelease = updated ? outcome.version : undefined;
            return known.get(copy.image) ?? known.get(copy.imageDigest) ?? thisRelease ?? shortDigest(copy.image) ?? label;
        }
        return known.get(copy.imageDigest) ?? (fallback ? previous(copy.definition) : undefined) ?? shortDigest(copy.imageDigest) ?? '?';
    };
    return outcome.hosts.map((host) => {
        const previous = previousOn(host.instanceId);
        const running = labelFor(previous, host.state === 'updated');
        const results = observed.map((o) => o.outcome).filter((o) => o.host.instanceId === host.instanceId && o.result)
            .map((o) => o.result);
        const rollouts = results.filter((r) => r.mode === 'rollout');
        const firstRollout = results.findIndex((r) => r.mode === 'rollout');
        const beforeState = results.slice(0, firstRollout < 0 ? results.length : firstRollout).filter((r) => r.copies.length > 0).at(0);
        const lastRollout = rollouts.at(-1);
        const lastRolloutIndex = lastRollout ? results.lastIndexOf(lastRollout) : -1;
        // A state read counts as "after" only when it came after the host's last rollout.
        const afterState = results.slice(lastRolloutIndex + 1).reverse().find((r) => r.mode === 'state') ?? lastRollout ?? beforeState;
        const names = [...new Set([afterState, lastRollout, beforeState].flatMap((r) => r?.copies.map((c) => c.definition) ?? []))];
        const definitions = names.map((definition) => {
            const of = (r) => (r?.copies ?? []).filter((c) => c.definition === definition);
            const after = of(afterState);
            const acted = of(lastRollout);
            const before = of(beforeState);
            const started = acted.map((c) => c.startToHealthy).filter((t) => typeof t === 'number');
            const afterVersion = afterState ? summarize(after.map((c) => running(c, afterState, false))) : '-';
            const unchanged = acted.length > 0 && acted.every((c) => c.action === 'unchanged');
            const beforeVersion = beforeState && before.length > 0
                ? summarize(before.map((c) => running(c, beforeState, true)))
                : unchanged ? afterVersion : previous(definition) ?? '?';
            return {
                definition,
                copies: after.map((c) => c.name),
                before: beforeVersion,
                after: after.length > 0 ? afterVersion : 'removed',
                // A copy this rollout started was proved healthy by the host's own check; a state read only
                // knows Docker's HEALTHCHECK, so it says `none` for copies checked by berth.
                health: summarize(after.map((c) => {
                    const proved = acted.find((a) => a.name === c.name && lastRollout?.ok && ['replaced', 'started', 'restarted'].includes(a.action));
                    return proved ? proved.health : c.health;
                })),
                action: summarize(acted.map((c) => c.action)),
                ...(started.length > 0 ? { seconds: Math.max(...started) } : {}),
            };
        });
        const failure = [...rollouts].reverse().find((r) => r.failure)?.failure;
        const seconds = rollouts.reduce((sum, r) => sum + (r.timings?.totalSeconds ?? 0), 0);
        return {
            hostname: host.hostname,
            instanceId: host.instanceId,
            state: host.state,
            ...(rollouts.length > 0 ? { seconds } : {}),
            definitions,
            ...(failure ? { failure } : host.problem ? { failure: { reason: host.problem } } : {}),
        };
    });
}
function summaryModel(input) {
    const { outcome } = input;
    return {
        kind: outcome.kind,
        environment: input.environment,
        ok: outcome.status === 'success',
        version: outcome.version,
        commit: input.commit,
        headline: outcome.summary,
        fleet: outcome.fleet,
        seconds: input.seconds,
        hosts: summaryHosts(outcome, input.observed, input.previousImages, input.previousByHost),
        rollbar: input.rollbar,
        lock: describeLock(input.lock),
        ...(outcome.githubDeploymentId !== undefined
            ? { github: { deploymentId: outcome.githubDeploymentId, ...(input.githubUrl ? { url: input.githubUrl } : {}) } }
            : {}),
        ...(input.rollbackFrom ? { rollbackFrom: input.rollbackFrom } : {}),
    };
}


/***/ }),

/***/ 3887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sL: () => (/* binding */ MAX_INSTANCES_PER_COMMAND),
  $k: () => (/* binding */ buildHostCommands),
  q: () => (/* binding */ packHostCommands),
  Bp: () => (/* binding */ parseHostResult)
});

// UNUSED EXPORTS: CommandTooLargeError, DEFAULT_MAX_COMMAND_BYTES, hostCommandBytes, toRawPlan, toRawPlanSet

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/host/minify.ts
// Shrinks the host script before it travels in an SSM command (the parameters are size-limited):
// drops comment lines and indentation, and renames the script's own long identifiers to short ones.
// Pure text work; the world tests run the minified script, so any damage shows there.
/** Names the script must keep: bash's own variables and what it exports to the programs it runs. */
const KEEP = new Set([
    'REPLY', 'BASH_VERSINFO', 'EPOCHREALTIME', 'BASHPID', 'LC_ALL', 'LC_COLLATE', 'DOCKER_CONFIG', 'BERTH_IMDS_URL',
    'PATH', 'HOME', 'IFS', 'PIPESTATUS', 'LINENO', 'RANDOM', 'TMPDIR', 'AWS_SSM_INSTANCE_ID', 'BASH_REMATCH',
    'DOCKER_HOST', 'DOCKER_CONTEXT',
]);
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Long local variable names that appear nowhere else (no JSON key, flag, template or file name). */
const LOCALS = ['old_server', 'new_server', 'probe_ok', 'secret_count', 'pending_name', 'docker_version', 'instance_id',
    'public_ip', 'free_mb', 'deadline', 'attempt', 'hargs', 'cmdargs', 'margs', 'mcmd', 'unique', 's_old', 's_new',
    'interval', 'min_ms', 'end_ms'];
/** Identifiers worth renaming: functions (5+ chars), UPPER_CASE variables the script assigns, LOCALS. */
function renamableIdentifiers(script) {
    const names = new Set();
    for (const match of script.matchAll(/^([a-z_][a-z0-9_]{4,})\(\) \{/gm))
        names.add(match[1] ?? '');
    for (const match of script.matchAll(/(?<![A-Za-z0-9_$])([A-Z][A-Z0-9_]{3,})(?=\+?=|\[)/g))
        names.add(match[1] ?? '');
    for (const local of LOCALS)
        if (new RegExp(`\\b${local}\\b`).test(script))
            names.add(local);
    names.delete('');
    for (const keep of KEEP)
        names.delete(keep);
    // Longest first, so a name that is a prefix of another never bites into it.
    return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
}
function shortName(index) {
    return `_${index.toString(36)}`;
}
/**
 * Minifies the script for one mode: sections between `# berth:only NAME...` and `# berth:end` are kept
 * only when one of their names is the mode or one of the features (`set`: the command carries a plan
 * set); the other modes' code need not travel. Without a mode, every section stays.
 */
function minifyScript(script, mode, features = []) {
    const wanted = new Set([mode, ...features]);
    const lines = script.split('\n');
    const kept = [];
    let skipping = false;
    lines.forEach((line, i) => {
        const trimmed = line.replace(/^[ \t]+/, '');
        const only = /^# berth:only (.+)$/.exec(trimmed);
        if (only) {
            skipping = mode !== undefined && !(only[1] ?? '').trim().split(/\s+/).some((name) => wanted.has(name));
            return;
        }
        if (trimmed.startsWith('# berth:end')) {
            skipping = false;
            return;
        }
        if (skipping)
            return;
        // A comment after a function's opening brace documents its arguments; it need not travel.
        const header = /^([a-z_][a-z0-9_]*\(\) \{) #.*$/.exec(trimmed);
        if (header) {
            kept.push(header[1] ?? trimmed);
            return;
        }
        if (i === 0 && trimmed.startsWith('#!')) {
            kept.push(trimmed);
            return;
        }
        // `# shellcheck` directives and plain comments alike: only whole-line comments go.
        if (trimmed === '' || /^#/.test(trimmed))
            return;
        kept.push(trimmed);
    });
    let text = kept.join('\n') + '\n';
    renamableIdentifiers(script).forEach((name, index) => {
        const pattern = new RegExp(`(?<![A-Za-z0-9_.-])${escapeRegExp(name)}(?![A-Za-z0-9_])`, 'g');
        text = text.replace(pattern, shortName(index));
    });
    return text;
}

;// CONCATENATED MODULE: ./src/host/rollout-script.ts
// GENERATED by `node host/embed.mjs` from host/rollout.sh. Do not edit; edit the script and regenerate.
const ROLLOUT_SCRIPT = "#!/usr/bin/env bash\n# berth host script: runs on each Docker host (sent with every SSM command, so host and action agree).\n#   bash rollout.sh rollout PLANFILE | preflight [PLANFILE] | state PLANFILE | history PLANFILE\n# The plan is DATA (line records of base64 fields, see src/stack/host-plan.ts): it is decoded into\n# bash variables and arrays, never evaluated. Progress goes to stderr; stdout carries only the final\n# HostResult JSON line (SSM keeps the first 24,000 characters of stdout).\nset -eEuo pipefail\nshopt -s extglob\nexport LC_COLLATE=C\n\nif [[ -z ${BASH_VERSINFO:-} || ${BASH_VERSINFO[0]} -lt 4 || ( ${BASH_VERSINFO[0]} -eq 4 && ${BASH_VERSINFO[1]} -lt 4 ) ]]; then\n  echo 'berth: bash 4.4 or newer is required' >&2\n  exit 2\nfi\n\n# Everything a command prints goes to stderr; the result goes to the saved stdout (fd 3).\nexec 3>&1 1>&2\numask 077\n\nMAIN_PID=$$\nMODE=${1:-}\nPLAN_FILE=${2:-}\nIMDS_URL=${BERTH_IMDS_URL:-http://169.254.169.254}\nMAX_RESULT_CHARS=20000\nLOG_LINE_CHARS=300\n\n# ------------------------------------------------------------------------------------------------\n# Small helpers\n\nnow_ms() {\n  if [[ -n ${EPOCHREALTIME:-} ]]; then\n    local t=${EPOCHREALTIME/[.,]/}\n    REPLY=$((10#${t:0:${#t}-3}))\n  else\n    REPLY=$(($(date +%s%N) / 1000000))\n  fi\n}\nnow_ms; START_MS=$REPLY\n\n# Progress: wall clock and seconds since the script started.\nlog() {\n  local r=$REPLY\n  now_ms\n  printf '%(%H:%M:%S)T +%d.%03ds berth: %s\\n' -1 $(((REPLY - START_MS) / 1000)) $(((REPLY - START_MS) % 1000)) \"$*\" >&2\n  REPLY=$r\n}\n\n# Seconds with one decimal between two ms stamps, as JSON number text.\nsecs_between() {\n  local ms=$(($2 - $1))\n  ((ms < 0)) && ms=0\n  REPLY=\"$((ms / 1000)).$(((ms % 1000) / 100))\"\n}\n\n# JSON string literal of $1 (control characters other than \\n \\r \\t become spaces).\njson_str() {\n  local s=$1\n  s=${s//\\\\/\\\\\\\\}\n  s=${s//\\\"/\\\\\\\"}\n  s=${s//$'\\n'/\\\\n}\n  s=${s//$'\\r'/\\\\r}\n  s=${s//$'\\t'/\\\\t}\n  s=${s//[$'\\x01'-$'\\x1f'$'\\x7f']/ }\n  REPLY=\"\\\"$s\\\"\"\n}\n\njson_str_array() {\n  local out='' item\n  for item in \"$@\"; do\n    json_str \"$item\"\n    out+=\"${out:+,}$REPLY\"\n  done\n  REPLY=\"[$out]\"\n}\n\nis_uint() { [[ $1 =~ ^[0-9]+$ ]]; }\n\n# berth:only set preflight\n# One instance metadata value (IMDSv2, falling back to v1) into REPLY; empty when unreachable.\nIMDS_TOKEN=''\nimds_get() {\n  local -a hdr=()\n  REPLY=''\n  command -v curl >/dev/null 2>&1 || return 0\n  if [[ -z $IMDS_TOKEN ]]; then\n    IMDS_TOKEN=$(curl -fsS --connect-timeout 1 --max-time 2 -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 60' \"$IMDS_URL/latest/api/token\" 2>/dev/null || true)\n  fi\n  [[ -n $IMDS_TOKEN ]] && hdr=(-H \"X-aws-ec2-metadata-token: $IMDS_TOKEN\")\n  REPLY=$(curl -fsS --connect-timeout 1 --max-time 2 \"${hdr[@]}\" \"$IMDS_URL/latest/$1\" 2>/dev/null || true)\n}\n# berth:end\n\n# Lists (argv arrays) are kept as one string, each element ended by the unit separator 0x1F,\n# so an empty element survives and no value is ever split by the shell.\nUS=$'\\x1f'\nRS=$'\\x1e'\n\n# berth:only wire\n# Decodes one wire field into REPLY. `-` is the empty string. Trailing newlines are kept.\nb64d() {\n  local f=$1\n  if [[ $f == - ]]; then REPLY=''; return 0; fi\n  if [[ ! $f =~ ^[A-Za-z0-9+/]+={0,2}$ ]]; then\n    plan_error \"a plan field is not base64: ${f:0:40}\"\n  fi\n  REPLY=$(printf '%s' \"$f\" | base64 -d && printf x) || plan_error 'a plan field does not decode'\n  REPLY=${REPLY%x}\n}\n# berth:end\n\n# Splits a US-terminated list into the array named $1.\ndecode_list() {\n  local -n out_ref=$1\n  local raw=$2\n  out_ref=()\n  while [[ -n $raw ]]; do\n    out_ref+=(\"${raw%%\"$US\"*}\")\n    raw=${raw#*\"$US\"}\n  done\n}\n\n# Joins its arguments into a US-terminated list (REPLY).\njoin_list() {\n  local item\n  REPLY=''\n  for item in \"$@\"; do REPLY+=\"$item$US\"; done\n}\n\n# ------------------------------------------------------------------------------------------------\n# Result state (printed once, at exit)\n\nRESULT_PRINTED=0\nFAILURE_REASON=''\nFAILURE_CONTAINER=''\ndeclare -a FAILURE_LOG=()\ndeclare -a COPY_RESULTS=()\ndeclare -a REMOVED=()\ndeclare -a PRUNED=()\nMIGRATION_JSON=''\nLOCK_WAIT_MS=0\nFACTS_JSON=''\nHISTORY_JSON=''\ndeclare -A META=()\n\nemit_result() {\n  local ok=$1\n  ((RESULT_PRINTED)) && return 0\n  RESULT_PRINTED=1\n  local end_ms total lockw json copies removed pruned failure='' limit=${#COPY_RESULTS[@]}\n  now_ms; end_ms=$REPLY\n  secs_between \"$START_MS\" \"$end_ms\"; total=$REPLY\n  secs_between 0 \"$LOCK_WAIT_MS\"; lockw=$REPLY\n  if [[ -n $FAILURE_REASON ]]; then\n    json_str \"$FAILURE_REASON\"; failure=\",\\\"failure\\\":{\\\"reason\\\":$REPLY\"\n    if [[ -n $FAILURE_CONTAINER ]]; then json_str \"$FAILURE_CONTAINER\"; failure+=\",\\\"container\\\":$REPLY\"; fi\n    json_str_array \"${FAILURE_LOG[@]}\"; failure+=\",\\\"logTail\\\":$REPLY}\"\n  fi\n  while :; do\n    copies=$(IFS=,; printf '%s' \"${COPY_RESULTS[*]:0:limit}\")\n    json_str_array \"${REMOVED[@]:0:50}\"; removed=$REPLY\n    json_str_array \"${PRUNED[@]:0:50}\"; pruned=$REPLY\n    json_str \"${META[deployId]:-}\"; json=\"{\\\"ok\\\":$ok,\\\"mode\\\":\\\"$MODE\\\",\\\"deployId\\\":$REPLY\"\n    json_str \"${META[hostname]:-$(hostname 2>/dev/null || true)}\"; json+=\",\\\"hostname\\\":$REPLY\"\n    json_str \"${META[instanceId]:-}\"; json+=\",\\\"instanceId\\\":$REPLY\"\n    json+=\",\\\"copies\\\":[$copies],\\\"removed\\\":$removed,\\\"prunedImages\\\":$pruned\"\n    [[ -n $MIGRATION_JSON ]] && json+=\",\\\"migration\\\":$MIGRATION_JSON\"\n    json+=\",\\\"timings\\\":{\\\"totalSeconds\\\":$total,\\\"lockWaitSeconds\\\":$lockw}\"\n    json+=\"$failure\"\n    [[ -n $FACTS_JSON ]] && json+=\",\\\"facts\\\":$FACTS_JSON\"\n    [[ -n $HISTORY_JSON ]] && json+=\",\\\"history\\\":$HISTORY_JSON\"\n    ((limit < ${#COPY_RESULTS[@]})) && json+=\",\\\"truncated\\\":true\"\n    json+='}'\n    if ((${#json} <= MAX_RESULT_CHARS || limit == 0)); then break; fi\n    limit=$((limit / 2))\n  done\n  printf '%s\\n' \"$json\" >&3\n}\n\nplan_error() {\n  FAILURE_REASON=\"plan error: $1\"\n  log \"$FAILURE_REASON\"\n  cleanup_temp\n  emit_result false\n  exit 2\n}\n\n# ------------------------------------------------------------------------------------------------\n# Plan parsing (data only)\n\ndeclare -a APPS=() REG_HOST=() REG_UKIND=() REG_USER=() REG_PKIND=() REG_PASS=()\ndeclare -a VOL_APP=() VOL_NAME=() VOL_IMAGE=() VOL_ARGS=()\ndeclare -a DEF_IDS=()\ndeclare -A DEF_APP=() DEF_NAME=() DEF_MODE=() DEF_IMAGE=() DEF_HASH=() DEF_REDEPLOY=()\ndeclare -A DEF_STOPSIG=() DEF_GRACE=() DEF_INTERVAL=() DEF_TIMEOUT=() DEF_DEADLINE=() DEF_STARTUP=()\ndeclare -A LB_SOCK=() LB_BACKEND=() LB_DRAIN=() DEP_RAW=() COPY_LIST=() COPY_NAME=() COPY_NSLOTS=()\ndeclare -A SLOT_ID=() SLOT_SERVER=() SLOT_ADDR=() SLOT_HKIND=() SLOT_HARGS=() SLOT_RUNARGS=() SLOT_CMD=()\n# Env records: parallel arrays; ENV_OWNER is the definition id, `m` for the migration, `c:<n>` for cron files.\ndeclare -a ENV_OWNER=() ENV_KEY=() ENV_KIND=() ENV_VALUE=() ENV_SECRET=()\nMIG_APP='' MIG_DEF='' MIG_IMAGE='' MIG_ARGS='' MIG_CMD=''\ndeclare -a CRON_APP=() CRON_PATH=()\ndeclare -A CRON_LINES=()\ndeclare -a CRONENV_FILE_APP=() CRONENV_FILE_DEF=() CRONENV_FILE_PATH=()\n\ncron_index_of() {\n  local app=$1 i\n  for i in \"${!CRON_APP[@]}\"; do\n    [[ ${CRON_APP[$i]} == \"$app\" ]] && { REPLY=$i; return 0; }\n  done\n  REPLY=-1\n}\n\nadd_env() { # owner key kind value secret (all decoded)\n  ENV_OWNER+=(\"$1\"); ENV_KEY+=(\"$2\"); ENV_KIND+=(\"$3\"); ENV_VALUE+=(\"$4\"); ENV_SECRET+=(\"$5\")\n}\n\n# Reads the next plan record into V (decoded fields, record name first). Two encodings:\n# `berth-plan 1`: lines of base64 fields (the contract in host-plan.ts);\n# `berth-plan-raw 1`: the same records with raw values, fields ended by US and records by RS\n# (what the action sends: it compresses far better). Values never pass through the shell.\nPLAN_RAW=0\nnext_record() {\n  local line f\n  local -a F=()\n  V=()\n  if ((PLAN_RAW)); then\n    IFS= read -r -d \"$RS\" line || [[ -n $line ]] || return 1\n    line=${line#$'\\n'}\n    decode_list V \"$line\"\n    return 0\n  fi\n  # The copy sent by the action reads only the raw transport; the full script reads both.\n  # berth:only wire\n  IFS= read -r line || [[ -n $line ]] || return 1\n  read -r -a F <<<\"$line\"\n  for f in \"${F[@]}\"; do\n    if [[ ${#V[@]} -eq 0 ]]; then V+=(\"$f\"); continue; fi\n    b64d \"$f\"\n    [[ $REPLY == *\"$US\"* || $REPLY == *\"$RS\"* ]] && plan_error \"a plan value holds the control character 0x1E or 0x1F\"\n    V+=(\"$REPLY\")\n  done\n  return 0\n  # berth:end\n  # shellcheck disable=SC2317 # reached in the copy the action sends, where the section above is left out\n  plan_error 'this copy of the script reads only raw plans (berth-plan-raw 1)'\n}\n\n# berth:only set\n# A plan set (`berth-plan-set 1`, one command for several hosts): raw records, each host's own\n# introduced by a `host INSTANCE_ID` record. Writes this host's records as a plain raw plan to a\n# private file and points PLAN_FILE at it. This host is $AWS_SSM_INSTANCE_ID (set by the SSM agent\n# for Run Command), else the instance id from instance metadata.\nSELECTED_PLAN=''\nselect_host_plan() {\n  local line me out='' current='' found=0\n  local -a R=() ids=()\n  IFS= read -r line <\"$PLAN_FILE\" || return 0\n  [[ $line == 'berth-plan-set 1' ]] || return 0\n  me=${AWS_SSM_INSTANCE_ID:-}\n  if [[ -z $me ]]; then\n    imds_get meta-data/instance-id\n    me=$REPLY\n  fi\n  [[ -n $me ]] || plan_error 'this command carries plans for several hosts, and this host cannot tell its instance id (no AWS_SSM_INSTANCE_ID, no instance metadata)'\n  {\n    IFS= read -r line\n    while IFS= read -r -d \"$RS\" line || [[ -n $line ]]; do\n      line=${line#$'\\n'}\n      [[ -z $line ]] && continue\n      if [[ $line == \"host$US\"* ]]; then\n        decode_list R \"$line\"\n        current=${R[1]:-}\n        ids+=(\"$current\")\n        [[ $current == \"$me\" ]] && found=1\n        continue\n      fi\n      [[ $current == \"$me\" ]] && out+=\"$line$RS\"\n    done\n  } <\"$PLAN_FILE\"\n  if ((found == 0)); then\n    plan_error \"this command carries plans for ${ids[*]:0:10}$( ((${#ids[@]} > 10)) && printf ' and %d more' $((${#ids[@]} - 10)) ), not for this host ($me)\"\n  fi\n  SELECTED_PLAN=$(mktemp \"${TMPDIR:-/tmp}/berth-plan.XXXXXX\")\n  printf 'berth-plan-raw 1\\n%s' \"$out\" >\"$SELECTED_PLAN\"\n  PLAN_FILE=$SELECTED_PLAN\n}\n# berth:end\n\nparse_plan() {\n  local file=$1 line rec\n  local -a V=()\n  [[ -r $file ]] || plan_error \"cannot read the plan file $file\"\n  {\n    IFS= read -r line || plan_error 'the plan is empty'\n    case $line in\n      'berth-plan 1') PLAN_RAW=0 ;;\n      'berth-plan-raw 1') PLAN_RAW=1 ;;\n      *) plan_error 'the plan does not start with \"berth-plan 1\" (script and plan versions differ)' ;;\n    esac\n    while next_record; do\n      ((${#V[@]} == 0)) && continue\n      rec=${V[0]}\n      V=(\"${V[@]:1}\")\n      case $rec in\n        meta) META[${V[0]}]=${V[1]:-} ;;\n        app) APPS+=(\"${V[0]}\") ;;\n        registry) REG_HOST+=(\"${V[0]}\"); REG_UKIND+=(\"${V[1]}\"); REG_USER+=(\"${V[2]}\"); REG_PKIND+=(\"${V[3]}\"); REG_PASS+=(\"${V[4]}\") ;;\n        volume) VOL_APP+=(\"${V[0]}\"); VOL_NAME+=(\"${V[1]}\"); VOL_IMAGE+=(\"${V[2]}\"); join_list \"${V[@]:3}\"; VOL_ARGS+=(\"$REPLY\") ;;\n        def)\n          local d=${V[0]}\n          is_uint \"$d\" || plan_error \"bad definition index $d\"\n          DEF_IDS+=(\"$d\")\n          DEF_APP[$d]=${V[1]}; DEF_NAME[$d]=${V[2]}; DEF_MODE[$d]=${V[3]}; DEF_IMAGE[$d]=${V[4]}\n          DEF_HASH[$d]=${V[5]}; DEF_REDEPLOY[$d]=${V[6]}; DEF_STOPSIG[$d]=${V[8]}\n          DEF_GRACE[$d]=${V[9]}; DEF_INTERVAL[$d]=${V[10]}; DEF_TIMEOUT[$d]=${V[11]}; DEF_DEADLINE[$d]=${V[12]}\n          DEF_STARTUP[$d]=${V[13]}; COPY_LIST[$d]=''\n          ;;\n        lb) LB_SOCK[${V[0]}]=${V[1]}; LB_BACKEND[${V[0]}]=${V[2]}; LB_DRAIN[${V[0]}]=${V[3]} ;;\n        dep) join_list \"${V[@]:1}\"; DEP_RAW[${V[0]}]=$REPLY ;;\n        env) add_env \"${V[0]}\" \"${V[1]}\" \"${V[2]}\" \"${V[3]}\" \"${V[4]}\" ;;\n        copy)\n          COPY_LIST[${V[0]}]+=\"${V[1]} \"\n          COPY_NAME[${V[0]},${V[1]}]=${V[2]}; COPY_NSLOTS[${V[0]},${V[1]}]=${V[3]}\n          ;;\n        slot)\n          local k=\"${V[0]},${V[1]},${V[2]}\"\n          SLOT_ID[$k]=${V[3]}; SLOT_SERVER[$k]=${V[4]}; SLOT_ADDR[$k]=${V[5]}; SLOT_HKIND[$k]=${V[6]}\n          join_list \"${V[@]:7}\"; SLOT_HARGS[$k]=$REPLY\n          ;;\n        runargs) join_list \"${V[@]:3}\"; SLOT_RUNARGS[${V[0]},${V[1]},${V[2]}]=$REPLY ;;\n        command) join_list \"${V[@]:3}\"; SLOT_CMD[${V[0]},${V[1]},${V[2]}]=$REPLY ;;\n        migration) MIG_APP=${V[0]}; MIG_DEF=${V[1]}; MIG_IMAGE=${V[2]} ;;\n        migrationargs) join_list \"${V[@]}\"; MIG_ARGS=$REPLY ;;\n        migrationcommand) join_list \"${V[@]}\"; MIG_CMD=$REPLY ;;\n        migrationenv) add_env m \"${V[0]}\" \"${V[1]}\" \"${V[2]}\" \"${V[3]}\" ;;\n        cronfile) CRON_APP+=(\"${V[0]}\"); CRON_PATH+=(\"${V[1]}\") ;;\n        cronline)\n          cron_index_of \"${V[0]}\"\n          ((REPLY >= 0)) || plan_error \"cronline before its cronfile (app ${V[0]})\"\n          CRON_LINES[$REPLY]+=\"${V[1]}\"$'\\n'\n          ;;\n        cronenv)\n          local j found=-1\n          for j in \"${!CRONENV_FILE_PATH[@]}\"; do\n            [[ ${CRONENV_FILE_PATH[$j]} == \"${V[2]}\" ]] && found=$j\n          done\n          if ((found < 0)); then\n            found=${#CRONENV_FILE_PATH[@]}\n            CRONENV_FILE_APP+=(\"${V[0]}\"); CRONENV_FILE_DEF+=(\"${V[1]}\"); CRONENV_FILE_PATH+=(\"${V[2]}\")\n          fi\n          add_env \"c:$found\" \"${V[3]}\" \"${V[4]}\" \"${V[5]}\" \"${V[6]}\"\n          ;;\n        *) log \"ignoring unknown plan record '$rec' (newer plan than script?)\" ;;\n      esac\n    done\n  } <\"$file\"\n  ROOT=${META[root]:-/}\n  [[ $ROOT == /* ]] || plan_error \"the host root must be an absolute path, got $ROOT\"\n  ROOT=${ROOT%/}\n  local key\n  for key in lockTimeout keepImages logTailLines; do\n    is_uint \"${META[$key]:-0}\" || plan_error \"meta $key must be a number\"\n  done\n  validate_plan\n}\n\n# Names that reach haproxy's runtime API or docker's name space must be plain.\nvalidate_plan() {\n  local d k\n  for d in \"${DEF_IDS[@]}\"; do\n    [[ ${DEF_NAME[$d]} =~ ^[A-Za-z0-9][A-Za-z0-9_.-]*$ ]] || plan_error \"definition name '${DEF_NAME[$d]}' is not a valid container name\"\n    for k in DEF_GRACE DEF_INTERVAL DEF_TIMEOUT DEF_DEADLINE DEF_STARTUP; do\n      local -n ref=$k\n      [[ ${ref[$d]} =~ ^[0-9]+(\\.[0-9]+)?$ ]] || plan_error \"${k#DEF_} of ${DEF_NAME[$d]} must be a number\"\n    done\n    if [[ -n ${LB_SOCK[$d]:-} ]]; then\n      [[ ${LB_BACKEND[$d]} =~ ^[A-Za-z0-9_.:-]+$ ]] || plan_error \"backend name of ${DEF_NAME[$d]} has characters haproxy's runtime API cannot take\"\n      is_uint \"${LB_DRAIN[$d]}\" || plan_error \"drain timeout of ${DEF_NAME[$d]} must be a whole number\"\n    fi\n  done\n  for k in \"${!SLOT_SERVER[@]}\"; do\n    [[ -z ${SLOT_SERVER[$k]} || ${SLOT_SERVER[$k]} =~ ^[A-Za-z0-9_.:-]+$ ]] || plan_error \"server name '${SLOT_SERVER[$k]}' is not plain\"\n    [[ -z ${SLOT_ADDR[$k]} || ${SLOT_ADDR[$k]} =~ ^[A-Za-z0-9_.:/@-]+$ ]] || plan_error \"server address '${SLOT_ADDR[$k]}' is not plain\"\n  done\n  for k in \"${!COPY_NAME[@]}\"; do\n    [[ ${COPY_NAME[$k]} =~ ^[A-Za-z0-9][A-Za-z0-9_.-]*$ ]] || plan_error \"copy name '${COPY_NAME[$k]}' is not a valid container name\"\n  done\n  for k in \"${VOL_NAME[@]}\"; do\n    [[ $k =~ ^[A-Za-z0-9][A-Za-z0-9_.-]*$ ]] || plan_error \"data volume name '$k' is not a valid container name\"\n  done\n}\n\n# ------------------------------------------------------------------------------------------------\n# Temporary files and secrets\n\nTEMP_DIR=''\nDOCKER_CONFIG_DIR=''\ndeclare -A SECRET=()\n\ncleanup_temp() {\n  [[ -n $TEMP_DIR && -d $TEMP_DIR ]] && rm -rf -- \"$TEMP_DIR\"\n  [[ -n $DOCKER_CONFIG_DIR && -d $DOCKER_CONFIG_DIR ]] && rm -rf -- \"$DOCKER_CONFIG_DIR\"\n  TEMP_DIR=''\n  DOCKER_CONFIG_DIR=''\n}\n\nmake_temp_dir() {\n  [[ -d $ROOT/var/lib/berth ]] || mkdir -p -- \"$ROOT/var/lib/berth\"\n  # mktemp makes it 0700.\n  TEMP_DIR=$(mktemp -d \"$ROOT/var/lib/berth/run.XXXXXX\")\n}\n\n# Unescapes one JSON string literal (with its quotes) into REPLY.\njson_unquote() {\n  local s=$1 out='' c hex lo cp\n  s=${s#\\\"}; s=${s%\\\"}\n  local LC_ALL=C.UTF-8\n  while [[ $s == *\\\\* ]]; do\n    out+=${s%%\\\\*}\n    s=${s#*\\\\}\n    c=${s:0:1}\n    s=${s:1}\n    case $c in\n      n) out+=$'\\n' ;; t) out+=$'\\t' ;; r) out+=$'\\r' ;; b) out+=$'\\b' ;; f) out+=$'\\f' ;;\n      u)\n        hex=${s:0:4}; s=${s:4}\n        cp=$((16#$hex))\n        if ((cp >= 0xD800 && cp <= 0xDBFF)) && [[ ${s:0:2} == '\\u' ]]; then\n          lo=$((16#${s:2:4})); s=${s:6}\n          cp=$((0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)))\n        fi\n        # shellcheck disable=SC2059 # the format is a \\U escape built from a number\n        printf -v c \"\\\\U$(printf '%08x' \"$cp\")\"\n        out+=$c\n        ;;\n      *) out+=$c ;;\n    esac\n  done\n  REPLY=$out$s\n}\n\n# Resolves every %{ssm:...} reference of the plan with the AWS CLI, 10 names a call.\nresolve_secrets() {\n  local -a names=() batch=() cmd=()\n  local -A seen=()\n  local i n\n  for i in \"${!ENV_KIND[@]}\"; do\n    [[ ${ENV_KIND[$i]} == ssm ]] && names+=(\"${ENV_VALUE[$i]}\")\n  done\n  for i in \"${!REG_HOST[@]}\"; do\n    [[ ${REG_UKIND[$i]} == ssm ]] && names+=(\"${REG_USER[$i]}\")\n    [[ ${REG_PKIND[$i]} == ssm ]] && names+=(\"${REG_PASS[$i]}\")\n  done\n  local -a unique=()\n  for n in \"${names[@]}\"; do\n    [[ -n ${seen[$n]:-} ]] && continue\n    seen[$n]=1\n    [[ $n =~ ^[A-Za-z0-9_./-]+$ ]] || fail \"Parameter Store name '$n' has characters SSM does not allow\"\n    unique+=(\"$n\")\n  done\n  ((${#unique[@]} == 0)) && return 0\n  command -v aws >/dev/null || fail 'the plan names Parameter Store secrets but the AWS CLI (aws) is not installed on this host'\n  log \"resolving ${#unique[@]} secret(s) from Parameter Store\"\n  local out line pending_name='' state=0\n  for ((i = 0; i < ${#unique[@]}; i += 10)); do\n    batch=(\"${unique[@]:i:10}\")\n    cmd=(aws ssm get-parameters --with-decryption --output json --query 'Parameters[].[Name,Value]' --names \"${batch[@]}\")\n    [[ -n ${META[awsRegion]:-} ]] && cmd+=(--region \"${META[awsRegion]}\")\n    [[ -n ${META[awsEndpoint]:-} ]] && cmd+=(--endpoint-url \"${META[awsEndpoint]}\")\n    if ! out=$(\"${cmd[@]}\" 2>\"$TEMP_DIR/aws.err\"); then\n      fail \"aws ssm get-parameters failed: $(head -c 400 \"$TEMP_DIR/aws.err\" | tr '\\n' ' ')\"\n    fi\n    # The JSON is an array of [name, value] pairs; the CLI prints one string per line.\n    state=0\n    while IFS= read -r line; do\n      line=${line##+([[:space:]])}\n      line=${line%,}\n      [[ $line == \\\"* ]] || continue\n      json_unquote \"$line\"\n      if ((state == 0)); then pending_name=$REPLY; state=1; else SECRET[$pending_name]=$REPLY; state=0; fi\n    done <<<\"$out\"\n  done\n  local -a missing=()\n  for n in \"${unique[@]}\"; do\n    [[ -n ${SECRET[$n]+x} ]] || missing+=(\"$n\")\n  done\n  ((${#missing[@]} == 0)) || fail \"Parameter Store has no readable parameter named: ${missing[*]} (check the name and the instance role's ssm:GetParameters/kms:Decrypt)\"\n}\n\nvalue_of() { # kind value -> REPLY\n  if [[ $1 == ssm ]]; then REPLY=${SECRET[$2]}; else REPLY=$2; fi\n}\n\n# Builds the env arguments of an owner into ENV_ARGS (and ENV_EXPORTS for values an env file cannot hold).\n# Secrets go to a 0600 env file (or the docker client's own environment when multi-line); plain values to -e.\ndeclare -a ENV_ARGS=() ENV_EXPORT_KEYS=() ENV_EXPORT_VALUES=()\nENV_FILE=''\nbuild_env() {\n  local owner=$1 i secret_count=0\n  ENV_ARGS=(); ENV_EXPORT_KEYS=(); ENV_EXPORT_VALUES=(); ENV_FILE=''\n  for i in \"${!ENV_OWNER[@]}\"; do\n    [[ ${ENV_OWNER[$i]} == \"$owner\" ]] || continue\n    value_of \"${ENV_KIND[$i]}\" \"${ENV_VALUE[$i]}\"\n    local key=${ENV_KEY[$i]} val=$REPLY\n    if [[ ${ENV_SECRET[$i]} == 1 || ${ENV_KIND[$i]} == ssm ]]; then\n      if [[ $val == *$'\\n'* || $val == *$'\\r'* ]]; then\n        [[ $key =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || fail \"secret $key holds a line break and its name is not a shell identifier; cannot pass it safely\"\n        ENV_EXPORT_KEYS+=(\"$key\"); ENV_EXPORT_VALUES+=(\"$val\"); ENV_ARGS+=(-e \"$key\")\n      else\n        # Mode 0600 (umask 077), made when the first secret goes in.\n        [[ -n $ENV_FILE ]] || { ENV_FILE=\"$TEMP_DIR/env.$RANDOM$RANDOM\"; : >\"$ENV_FILE\"; }\n        printf '%s=%s\\n' \"$key\" \"$val\" >>\"$ENV_FILE\"\n        secret_count=$((secret_count + 1))\n      fi\n    else\n      ENV_ARGS+=(-e \"$key=$val\")\n    fi\n  done\n  ((secret_count > 0)) && ENV_ARGS+=(--env-file \"$ENV_FILE\")\n  return 0\n}\n\n# Runs docker with ENV_EXPORTS in its environment only (never in argv).\ndocker_with_env() {\n  (\n    local i\n    for i in \"${!ENV_EXPORT_KEYS[@]}\"; do\n      export \"${ENV_EXPORT_KEYS[$i]}=${ENV_EXPORT_VALUES[$i]}\"\n    done\n    docker \"$@\"\n  )\n}\n\ndrop_env_file() {\n  [[ -n $ENV_FILE ]] && rm -f -- \"$ENV_FILE\"\n  ENV_FILE=''\n}\n\nregistry_logins() {\n  ((${#REG_HOST[@]} == 0)) && return 0\n  mkdir -p -- \"$ROOT/var/lib/berth\"\n  DOCKER_CONFIG_DIR=$(mktemp -d \"$ROOT/var/lib/berth/docker-config.XXXXXX\")\n  chmod 700 \"$DOCKER_CONFIG_DIR\"\n  export DOCKER_CONFIG=$DOCKER_CONFIG_DIR\n  local i user pass attempt\n  for i in \"${!REG_HOST[@]}\"; do\n    value_of \"${REG_UKIND[$i]}\" \"${REG_USER[$i]}\"; user=$REPLY\n    value_of \"${REG_PKIND[$i]}\" \"${REG_PASS[$i]}\"; pass=$REPLY\n    if [[ -z $user && -z $pass ]]; then\n      log \"registry ${REG_HOST[$i]}: no credentials, anonymous pulls\"\n      continue\n    fi\n    for attempt in 1 2 3; do\n      if printf '%s' \"$pass\" | docker login --username \"$user\" --password-stdin \"${REG_HOST[$i]}\" >\"$TEMP_DIR/login.out\" 2>&1; then\n        log \"logged in to ${REG_HOST[$i]} as $user\"\n        break\n      fi\n      if ((attempt == 3)) || ! grep -qiE 'timeout|EOF|50[234]|connection reset|temporar' \"$TEMP_DIR/login.out\"; then\n        fail \"docker login to ${REG_HOST[$i]} as $user failed: $(head -c 300 \"$TEMP_DIR/login.out\" | tr '\\n' ' ')\"\n      fi\n      sleep \"$attempt\"\n    done\n  done\n}\n\n# ------------------------------------------------------------------------------------------------\n# Docker helpers\n\n# The engine API straight through its unix socket (DOCKER_HOST when unix://..., else /var/run/docker.sock) for the\n# calls on a rollout's critical path: a docker CLI start costs 100-300 ms of CPU on a small host, curl a\n# fraction of that. A rollout needs the engine on a local socket (decide_copies checks).\nENGINE=${DOCKER_HOST:-unix:///var/run/docker.sock}\n[[ $ENGINE == unix://* && -z ${DOCKER_CONTEXT:-} ]] || ENGINE=''\nENGINE=${ENGINE#unix://}\napi() { curl -gsS --unix-socket \"$ENGINE\" \"$@\" 2>/dev/null; }\n# The JSON the engine has about an object (REPLY; empty when PATH could not go into a URL as it is, which\n# no valid name or image reference needs).\nengine_json() { # path\n  REPLY=''\n  if [[ $1 =~ ^[A-Za-z0-9._/:@-]+$ && $1 != *..* ]]; then REPLY=$(api \"http://d$1\" || true); fi\n}\n\n# Reads name, running flag, labels of a container into C_* (C_EXISTS=0 when absent).\n# prefetch_containers lists every container in one call (EXISTING, LISTED: name|app|kind|server|lb-socket|lb-backend) with what the\n# rollout needs, and inspect_container uses that answer once (or lists again).\nC_EXISTS=0 C_RUNNING=false C_ID='' C_HASH='' C_SLOT='' C_IMAGE_ID='' C_SERVER='' C_HEALTH=''\ndeclare -A PREFETCHED=() EXISTING=()\ndeclare -a LISTED=()\nprefetch_containers() {\n  local out names name n id st image hash slot server kind sock be app run h\n  local -a parts=()\n  for n in \"$@\"; do PREFETCHED[$n]=''; done\n  EXISTING=(); LISTED=()\n  out=$(docker ps -a --no-trunc --format '{{.Names}}|{{.ID}}|{{.Status}}|{{.Image}}|{{.Label \"berth.hash\"}}|{{.Label \"berth.slot\"}}|{{.Label \"berth.server\"}}|{{.Label \"berth.kind\"}}|{{.Label \"berth.lb-socket\"}}|{{.Label \"berth.lb-backend\"}}|{{.Label \"berth.app\"}}' 2>/dev/null) || true\n  while IFS='|' read -r names id st image hash slot server kind sock be app; do\n    # Untruncated, a linked container is also listed under its links' names (with a slash).\n    name=''\n    IFS=, read -r -a parts <<<\"$names\"\n    for n in \"${parts[@]}\"; do [[ $n == */* ]] || name=$n; done\n    [[ -n $name ]] || continue\n    EXISTING[$name]=1\n    LISTED+=(\"$name|$app|$kind|$server|$sock|$be\")\n    # Running as docker inspect says it: up (also paused) or restarting.\n    run=false h=''\n    [[ $st == Up* || $st == Restarting* ]] && run=true\n    # shellcheck disable=SC2128 # the whole match\n    [[ $st =~ \\((healthy|unhealthy|health:\\ starting)\\) ]] && { h=${BASH_REMATCH//[()]/}; h=${h#health: }; }\n    PREFETCHED[$name]=\"$id|$run|$image|$h|$hash|$slot|$server\"\n  done <<<\"$out\"\n}\n\ninspect_container() {\n  local out\n  C_EXISTS=0; C_RUNNING=false; C_ID=''; C_HASH=''; C_SLOT=''; C_IMAGE_ID=''; C_SERVER=''; C_HEALTH=''\n  [[ -n ${PREFETCHED[$1]+x} ]] || prefetch_containers \"$1\"\n  out=${PREFETCHED[$1]}\n  [[ ${2:-} == keep ]] || unset 'PREFETCHED[$1]'\n  if [[ -n $out ]]; then\n    C_EXISTS=1\n    IFS='|' read -r C_ID C_RUNNING C_IMAGE_ID C_HEALTH C_HASH C_SLOT C_SERVER <<<\"$out\"\n  fi\n  return 0\n}\n\ncontainer_up() { # container -> 0 when it runs\n  engine_json \"/containers/$1/json\"\n  [[ $REPLY == *'\"Running\":true'* ]]\n}\n\ncontainer_log_tail() {\n  local n=${META[logTailLines]:-30} line\n  ((n > 50)) && n=50\n  ((n < 1)) && n=1\n  FAILURE_LOG=()\n  while IFS= read -r line; do\n    FAILURE_LOG+=(\"${line:0:LOG_LINE_CHARS}\")\n  done < <(docker logs --tail \"$n\" -- \"$1\" 2>&1 | valid_utf8 | tail -n \"$n\")\n}\n\n# JSON must be valid UTF-8: drop invalid bytes when iconv is there.\nvalid_utf8() {\n  if command -v iconv >/dev/null 2>&1; then iconv -f UTF-8 -t UTF-8 -c 2>/dev/null || true; else cat; fi\n}\n\nimage_present() {\n  engine_json \"/images/$1/json\"\n  [[ $REPLY == *'\"Id\"'* ]]\n}\n\ndeclare -A PULLED=()\npull_image() {\n  local image=$1 attempt\n  [[ -n ${PULLED[$image]:-} ]] && return 0\n  if [[ ${META[preferLocalImages]:-0} == 1 ]] && image_present \"$image\"; then\n    PULLED[$image]=1\n    return 0\n  fi\n  for attempt in 1 2 3 4; do\n    log \"pulling $image (attempt $attempt)\"\n    if docker pull -q -- \"$image\" >\"$TEMP_DIR/pull.out\" 2>&1; then\n      PULLED[$image]=1\n      return 0\n    fi\n    if ! grep -qiE 'timeout|timed out|EOF|50[234]|connection reset|temporar|TLS handshake|too many requests' \"$TEMP_DIR/pull.out\"; then\n      break\n    fi\n    sleep \"$attempt\"\n  done\n  if image_present \"$image\"; then\n    log \"warning: could not pull $image ($(head -c 200 \"$TEMP_DIR/pull.out\" | tr '\\n' ' ')); using the copy already on this host\"\n    PULLED[$image]=1\n    return 0\n  fi\n  fail \"cannot pull $image: $(head -c 300 \"$TEMP_DIR/pull.out\" | tr '\\n' ' ')\"\n}\n\ndeclare -A DIGEST_CACHE=()\nimage_digest() { # image id -> REPLY (repo digest when known, else the image id)\n  if [[ -z ${DIGEST_CACHE[$1]:-} ]]; then\n    engine_json \"/images/$1/json\"\n    # The first repo digest (no tag has an @), else the image id (the answer's first key).\n    # shellcheck disable=SC2128 # the whole match\n    if [[ $REPLY =~ [^\\\"[:space:]]+@sha256:[0-9a-f]+ || $REPLY =~ sha256:[0-9a-f]+ ]]; then REPLY=$BASH_REMATCH; else REPLY=''; fi\n    [[ -z $REPLY ]] && REPLY=$1\n    DIGEST_CACHE[$1]=$REPLY\n  fi\n  REPLY=${DIGEST_CACHE[$1]}\n}\n\n# ------------------------------------------------------------------------------------------------\n# haproxy runtime API (socat on the admin socket). Every call tolerates a balancer that is not up.\n\n# Several commands go in one connection, `;`-separated (haproxy runs them in order).\nhap() { # socket command...\n  local sock=$1 IFS=';'\n  shift\n  [[ -S $sock ]] || return 1\n  printf '%s\\n' \"$*\" | socat -t 2 - \"UNIX-CONNECT:$sock\" 2>/dev/null\n}\n\n# Status (field 18) and current sessions (field 5) of one server, into SRV_STATUS / SRV_SCUR; empty when missing.\n# Commands given after the server run first, in the same connection.\nSRV_STATUS='' SRV_SCUR=0 LB_ANSWERED=0\nserver_stat() { # d server [command...]\n  local out\n  SRV_STATUS=''; SRV_SCUR=0; LB_ANSWERED=0\n  out=$(hap \"${LB_SOCK[$1]}\" \"${@:3}\" 'show stat' || true)\n  [[ $out == *'# pxname'* ]] && LB_ANSWERED=1\n  local IFS=,\n  local -a f\n  while read -r -a f; do\n    if [[ ${f[0]:-} == \"${LB_BACKEND[$1]}\" && ${f[1]:-} == \"$2\" ]]; then\n      SRV_STATUS=${f[17]:-}; SRV_SCUR=${f[4]:-0}\n      return 0\n    fi\n  done <<<\"$out\"\n}\n\n# Makes the server of a slot exist, enabled, and waits until haproxy sees it UP (bounded).\nlb_ready() { # d server address deadline_ms [proven]\n  local d=$1 srv=$2 addr=$3 deadline=$4 be=${LB_BACKEND[$1]}\n  local -a up=()\n  [[ -z $srv ]] && return 0\n  # We proved the copy healthy through the same socket or port: no need to wait for haproxy's next check.\n  [[ ${5:-} == proven ]] && up=(\"set server $be/$srv health up\")\n  # A missing server only answers \"No such server\" to these.\n  server_stat \"$d\" \"$srv\" \"set server $be/$srv state ready\" \"enable health $be/$srv\" \"${up[@]}\"\n  if ((LB_ANSWERED == 0)); then\n    log \"balancer for $be not running yet; $srv will be picked up when it starts\"\n    return 0\n  fi\n  if [[ -z $SRV_STATUS ]]; then\n    [[ -n $addr ]] || { log \"server $be/$srv is not in haproxy and the plan gives no address\"; return 1; }\n    log \"adding server $be/$srv ($addr) to haproxy\"\n    server_stat \"$d\" \"$srv\" \"add server $be/$srv $addr check inter 1s fall 2 rise 1\" \"enable health $be/$srv\" \"enable server $be/$srv\" \"${up[@]}\"\n  fi\n  log \"haproxy: $be/$srv ready\"\n  while [[ $SRV_STATUS != UP && $SRV_STATUS != 'no check' && $SRV_STATUS != OPEN ]]; do\n    now_ms\n    if ((REPLY > deadline)); then\n      log \"haproxy still reports $be/$srv as '${SRV_STATUS:-missing}'\"\n      return 1\n    fi\n    sleep 0.05\n    server_stat \"$d\" \"$srv\"\n  done\n}\n\n# Drains a server: no new sessions, wait for current ones to end (bounded), then maintenance (unless\n# the caller sends that itself: `later`).\nlb_drain() { # d server [later]\n  local d=$1 srv=$2 be=${LB_BACKEND[$1]:-} deadline\n  [[ -z $srv || -z $be ]] && return 0\n  server_stat \"$d\" \"$srv\" \"set server $be/$srv state drain\"\n  [[ -z $SRV_STATUS ]] && return 0\n  log \"haproxy: draining $be/$srv\"\n  now_ms; deadline=$((REPLY + ${LB_DRAIN[$d]:-30} * 1000))\n  while [[ ${SRV_SCUR:-0} != 0 ]]; do\n    now_ms\n    if ((REPLY > deadline)); then\n      log \"drain of $be/$srv timed out with $SRV_SCUR session(s) left\"\n      break\n    fi\n    sleep 0.05\n    server_stat \"$d\" \"$srv\"\n  done\n  [[ -n ${3:-} ]] || hap \"${LB_SOCK[$d]}\" \"set server $be/$srv state maint\" >/dev/null || true\n}\n\n# ------------------------------------------------------------------------------------------------\n# Copies\n\n# Proves the container in slot (d,c,s) healthy: the slot's check passes and startupTime has passed.\n# Returns 0 healthy, 1 not in time or exited. Sets HEALTH_MS to the ms from start to healthy.\nHEALTH_MS=0\nwait_healthy() { # d c s container start_ms\n  local d=$1 k=\"$1,$2,$3\" name=$4 start=$5\n  local kind=${SLOT_HKIND[$1,$2,$3]} probe_ok interval timeout deadline min_ms alive_ms=$5\n  local -a hargs=()\n  decode_list hargs \"${SLOT_HARGS[$k]}\"\n  interval=${DEF_INTERVAL[$d]}; timeout=${DEF_TIMEOUT[$d]}\n  [[ $interval == 0 ]] && interval=1\n  [[ $timeout == 0 ]] && timeout=5\n  deadline=${DEF_DEADLINE[$d]%.*}\n  # 0 means \"not set\": give the copy its startup time and a minute more.\n  ((deadline == 0)) && deadline=$((${DEF_STARTUP[$d]%.*} + 60))\n  deadline=$((start + deadline * 1000))\n  min_ms=$((${DEF_STARTUP[$d]%.*} * 1000))\n  while :; do\n    probe_ok=1\n    case $kind in\n      http) curl -fsS -o /dev/null --max-time \"$timeout\" -- \"${hargs[0]}\" 2>/dev/null || probe_ok=0 ;;\n      http-unix) curl -fsS -o /dev/null --max-time \"$timeout\" --unix-socket \"${hargs[0]}\" -- \"http://localhost${hargs[1]}\" 2>/dev/null || probe_ok=0 ;;\n      cmd) timeout \"$timeout\" docker exec -- \"$name\" \"${hargs[@]}\" >/dev/null 2>&1 || probe_ok=0 ;;\n      docker)\n        engine_json \"/containers/$name/json\"\n        [[ $REPLY == *'\"Health\":{\"Status\":\"healthy\"'* ]] || probe_ok=0\n        ;;\n      none) ;;\n        *) fail \"unknown health check kind '$kind' for $name\" ;;\n    esac\n    now_ms\n    if ((probe_ok)) && ((REPLY - start >= min_ms)); then\n      HEALTH_MS=$((REPLY - start))\n      return 0\n    fi\n    # Has it died? Asked at most once a second.\n    if ((REPLY - alive_ms >= 1000)); then\n      if ! container_up \"$name\"; then\n        log \"$name exited before it became healthy\"\n        return 1\n      fi\n      now_ms; alive_ms=$REPLY\n    fi\n    if ((REPLY > deadline)); then\n      log \"$name not healthy within ${DEF_DEADLINE[$d]}s\"\n      return 1\n    fi\n    if ((probe_ok)); then\n      # Healthy but startupTime not reached: sleep the rest.\n      sleep \"$(((min_ms - (REPLY - start)) / 1000)).$(printf '%03d' $(((min_ms - (REPLY - start)) % 1000)))\"\n    elif [[ $kind == http || $kind == http-unix ]]; then\n      # Cheap probes: poll fast so the measured start-to-healthy time is the copy's own.\n      sleep 0.1\n    else\n      sleep \"$interval\"\n    fi\n  done\n}\n\n# Starts the container of slot (d,c,s) named NAME. Sets STARTED_MS.\nSTARTED_MS=0 STARTED_ID=''\nstart_container() { # d c s name\n  local d=$1 c=$2 s=$3 name=$4 k=\"$1,$2,$3\"\n  local -a runargs=() cmdargs=() labels=()\n  decode_list runargs \"${SLOT_RUNARGS[$k]:-}\"\n  decode_list cmdargs \"${SLOT_CMD[$k]:-}\"\n  labels=(--label \"berth.app=${DEF_APP[$d]}\" --label \"berth.definition=${DEF_NAME[$d]}\" --label \"berth.copy=$c\"\n    --label \"berth.slot=${SLOT_ID[$k]}\" --label \"berth.hash=${DEF_HASH[$d]}\" --label \"berth.deploy=${META[deployId]:-}\"\n    --label \"berth.release=${META[release]:-}\")\n  if [[ -n ${LB_SOCK[$d]:-} && -n ${SLOT_SERVER[$k]} ]]; then\n    labels+=(--label \"berth.server=${SLOT_SERVER[$k]}\" --label \"berth.lb-socket=${LB_SOCK[$d]}\" --label \"berth.lb-backend=${LB_BACKEND[$d]}\")\n  fi\n  build_env \"$d\"\n  now_ms; STARTED_MS=$REPLY\n  log \"starting $name (${DEF_IMAGE[$d]}, slot ${SLOT_ID[$k]})\"\n  if ! docker_with_env run -d --name \"$name\" \"${labels[@]}\" --stop-signal \"${DEF_STOPSIG[$d]:-SIGTERM}\" \\\n    --stop-timeout \"${DEF_GRACE[$d]%.*}\" \"${runargs[@]}\" \"${ENV_ARGS[@]}\" -- \"${DEF_IMAGE[$d]}\" \"${cmdargs[@]}\" >\"$TEMP_DIR/run.out\" 2>&1; then\n    drop_env_file\n    docker rm -f -- \"$name\" >/dev/null 2>&1 || true\n    FAILURE_CONTAINER=$name\n    return 1\n  fi\n  drop_env_file\n  local -a out=()\n  mapfile -t out <\"$TEMP_DIR/run.out\"\n  STARTED_ID=${out[-1]:-}\n  return 0\n}\n\n# Stops gracefully: its stop signal, then SIGKILL after the grace period (set at docker run).\nstop_container() { # d name\n  local grace=${DEF_GRACE[$1]:-10}\n  api -o /dev/null -X POST \"http://d/containers/$2/stop?t=${grace%.*}\" || true\n}\n\nslot_index_of() { # d c slot_id -> REPLY index or -1\n  local s n=${COPY_NSLOTS[$1,$2]}\n  for ((s = 0; s < n; s++)); do\n    [[ ${SLOT_ID[$1,$2,$s]} == \"$3\" ]] && { REPLY=$s; return 0; }\n  done\n  REPLY=-1\n}\n\nrecord_copy() { # d c name action [health_ms] [known]\n  local d=$1 name=$3 json health=missing digest=''\n  # A copy this run just started and proved healthy: C_* were set by bring_up, no need to ask docker.\n  [[ ${6:-} == known ]] || inspect_container \"$name\"\n  if ((C_EXISTS)); then\n    if [[ $C_RUNNING != true ]]; then\n      health=unhealthy\n    elif [[ -n $C_HEALTH ]]; then\n      health=$C_HEALTH\n    elif [[ -n ${5:-} ]]; then\n      health=healthy\n    else\n      health=none\n    fi\n    image_digest \"${C_IMAGE_ID:-${DEF_IMAGE[$d]}}\"; digest=$REPLY\n  fi\n  json_str \"${DEF_NAME[$d]}\"; json=\"{\\\"definition\\\":$REPLY\"\n  json_str \"$name\"; json+=\",\\\"name\\\":$REPLY\"\n  json_str \"${C_ID:0:12}\"; json+=\",\\\"containerId\\\":$REPLY\"\n  json_str \"${DEF_IMAGE[$d]}\"; json+=\",\\\"image\\\":$REPLY\"\n  json_str \"$digest\"; json+=\",\\\"imageDigest\\\":$REPLY\"\n  json_str \"$C_SLOT\"; json+=\",\\\"slot\\\":$REPLY,\\\"health\\\":\\\"$health\\\",\\\"action\\\":\\\"$4\\\"\"\n  if [[ -n ${5:-} ]]; then secs_between 0 \"$5\"; json+=\",\\\"startToHealthy\\\":$REPLY\"; fi\n  COPY_RESULTS+=(\"$json}\")\n  COPY_RESULT_APP+=(\"${DEF_APP[$d]}\")\n}\n\n# Replacements done in this run, undone newest first on failure: \"d|c|old_slot|new_slot|how|old_server\".\ndeclare -a REPLACED=() COPY_RESULT_APP=() STOPPING=()\ndeclare -A TOUCHED=()\n\nwait_stopping() {\n  local pid\n  for pid in \"${STOPPING[@]}\"; do wait \"$pid\" 2>/dev/null || true; done\n  STOPPING=()\n}\n\n# Fails the copy: log tail of the failing container, remove it. Caller then calls fail.\nabandon_new() { # container\n  container_log_tail \"$1\"\n  FAILURE_CONTAINER=$1\n  docker rm -f -- \"$1\" >/dev/null 2>&1 || true\n}\n\nlb_deadline() { # d -> REPLY epoch ms\n  now_ms; REPLY=$((REPLY + ${DEF_DEADLINE[$1]%.*} * 1000))\n}\n\n# Starts a copy in slot s under NAME, proves it healthy, makes it ready in the balancer. Fails the run otherwise.\nbring_up() { # d c s name what\n  start_container \"$1\" \"$2\" \"$3\" \"$4\" || fail \"docker run of $5 failed: $(head -c 300 \"$TEMP_DIR/run.out\" | tr '\\n' ' ')\"\n  await_up \"$@\" \"$STARTED_MS\" \"$STARTED_ID\"\n}\n\n# Waits until a started copy is healthy and ready in its balancer; fails the run otherwise.\nawait_up() { # d c s name what started_ms started_id\n  local d=$1 c=$2 s=$3 name=$4 k=\"$1,$2,$3\"\n  if ! wait_healthy \"$d\" \"$c\" \"$s\" \"$name\" \"$6\"; then\n    abandon_new \"$name\"\n    fail \"$5 did not become healthy within ${DEF_DEADLINE[$d]}s\"\n  fi\n  UP_MS=$HEALTH_MS\n  UP_ID=$7\n  if [[ -n ${LB_SOCK[$d]:-} ]]; then\n    lb_deadline \"$d\"\n    if ! lb_ready \"$d\" \"${SLOT_SERVER[$k]}\" \"${SLOT_ADDR[$k]}\" \"$REPLY\" proven; then\n      lb_drain \"$d\" \"${SLOT_SERVER[$k]}\"\n      abandon_new \"$name\"\n      fail \"haproxy did not report $5 ready in time\"\n    fi\n  fi\n}\n\n# The swap of a copy whose new container is ready: the old one drains, stops, and hands over its name.\nPENDING_SWAP=''\nfinish_swap() {\n  [[ -z $PENDING_SWAP ]] && return 0\n  local d c s_old s_new old_server ms id name\n  IFS='|' read -r d c s_old s_new old_server ms id <<<\"$PENDING_SWAP\"\n  PENDING_SWAP=''\n  name=${COPY_NAME[$d,$c]}\n  # The name changes hands while the old copy drains (haproxy knows servers by address, not by container).\n  swap_names \"$name\" &\n  if [[ -n ${LB_SOCK[$d]:-} ]]; then lb_drain \"$d\" \"$old_server\" later; fi\n  wait $!\n  REPLACED+=(\"$d|$c|$s_old|$s_new|swap|$old_server\")\n  # Drained already: it stops in the background (kept for a restore until the run ends) while haproxy puts\n  # it in maintenance, and the next copy starts at once. A restore waits for both (wait_stopping).\n  stop_container \"$d\" \"$name-berth-old\" &\n  STOPPING+=(\"$!\")\n  if [[ -n ${LB_SOCK[$d]:-} ]]; then\n    hap \"${LB_SOCK[$d]}\" \"set server ${LB_BACKEND[$d]}/$old_server state maint\" >/dev/null &\n    STOPPING+=(\"$!\")\n  fi\n  TOUCHED[$name]=1\n  UP_ID=$id\n  known_copy \"$d\" \"$c\" \"$s_new\"\n  record_copy \"$d\" \"$c\" \"$name\" replaced \"$ms\" known\n}\n\n# NAME becomes NAME-berth-old, NAME-berth-next becomes NAME.\nswap_names() { # name\n  api --fail-early -fX POST \"http://d/containers/$1/rename?name=$1-berth-old\" \"http://d/containers/$1-berth-next/rename?name=$1\" >/dev/null\n}\n\n# Replaces or starts one copy; on failure `fail` restores what this run replaced.\nUP_MS=0 UP_ID=''\n# What record_copy needs about a copy bring_up just proved healthy in slot s.\nknown_copy() { # d c s\n  C_EXISTS=1; C_RUNNING=true; C_ID=$UP_ID; C_IMAGE_ID=''; C_HEALTH=''; C_SLOT=${SLOT_ID[$1,$2,$3]}\n}\n\ndeploy_copy() { # d c\n  local d=$1 c=$2 name=${COPY_NAME[$1,$2]} nslots=${COPY_NSLOTS[$1,$2]} old s_old s_new old_server\n  inspect_container \"$name\"\n  old=$name-berth-old\n  if [[ -n ${EXISTING[$old]:-}${EXISTING[$name-berth-next]:-} ]]; then\n    docker rm -f -- \"$old\" \"$name-berth-next\" >/dev/null 2>&1 || true\n  fi\n  slot_index_of \"$d\" \"$c\" \"$C_SLOT\"; s_old=$REPLY\n  old_server=$C_SERVER\n  ((s_old >= 0)) && [[ -z $old_server ]] && old_server=${SLOT_SERVER[$d,$c,$s_old]}\n  if ((C_EXISTS == 0)) || [[ $C_RUNNING != true ]]; then\n    finish_swap\n    # Absent or stopped: start it in its first slot (a stopped leftover is kept aside for restore).\n    if ((C_EXISTS)); then\n      docker rename -- \"$name\" \"$old\" >/dev/null\n      REPLACED+=(\"$d|$c|$s_old|0|stopped|$old_server\")\n    else\n      REPLACED+=(\"$d|$c|-1|0|new|\")\n    fi\n    bring_up \"$d\" \"$c\" 0 \"$name\" \"$name\"\n    TOUCHED[$name]=1\n    known_copy \"$d\" \"$c\" 0\n    record_copy \"$d\" \"$c\" \"$name\" started \"$UP_MS\" known\n  elif ((nslots >= 2)); then\n    # Beside the old copy in the other slot; the old one serves until the new one is ready.\n    if ((s_old == 0)); then s_new=1; else s_new=0; fi\n    local what=\"the new copy of $name (slot ${SLOT_ID[$d,$c,$s_new]})\"\n    start_container \"$d\" \"$c\" \"$s_new\" \"$name-berth-next\" || fail \"docker run of $what failed: $(head -c 300 \"$TEMP_DIR/run.out\" | tr '\\n' ' ')\"\n    local started=$STARTED_MS started_id=$STARTED_ID\n    # While this copy boots, the previous copy's swap (drain, stop, rename) completes.\n    finish_swap\n    await_up \"$d\" \"$c\" \"$s_new\" \"$name-berth-next\" \"$what\" \"$started\" \"$started_id\"\n    PENDING_SWAP=\"$d|$c|$s_old|$s_new|$old_server|$UP_MS|$UP_ID\"\n  else\n    # One slot: stop-then-start (validation announced the downtime).\n    finish_swap\n    [[ -n ${LB_SOCK[$d]:-} ]] && lb_drain \"$d\" \"$old_server\"\n    stop_container \"$d\" \"$name\"\n    docker rename -- \"$name\" \"$old\" >/dev/null\n    REPLACED+=(\"$d|$c|$s_old|0|stopstart|$old_server\")\n    bring_up \"$d\" \"$c\" 0 \"$name\" \"the new copy of $name\"\n    TOUCHED[$name]=1\n    known_copy \"$d\" \"$c\" 0\n    record_copy \"$d\" \"$c\" \"$name\" replaced \"$UP_MS\" known\n  fi\n}\n\nrestart_restored() { # d c slot container server\n  docker start -- \"$4\" >/dev/null 2>&1 || log \"could not start $4 again\"\n  if (($3 >= 0)); then\n    now_ms\n    wait_healthy \"$1\" \"$2\" \"$3\" \"$4\" \"$REPLY\" || log \"restored $4 is not healthy\"\n  fi\n  if [[ -n ${LB_SOCK[$1]:-} && -n $5 ]]; then\n    lb_deadline \"$1\"\n    lb_ready \"$1\" \"$5\" '' \"$REPLY\" || log \"haproxy does not report $5 ready again\"\n  fi\n  return 0\n}\n\n# Undoes this run's replacements, newest first: each old copy runs and serves again under its name.\nrestore_replaced() {\n  local i d c s_old s_new how old_server name old new_server\n  wait_stopping\n  for ((i = ${#REPLACED[@]} - 1; i >= 0; i--)); do\n    IFS='|' read -r d c s_old s_new how old_server <<<\"${REPLACED[$i]}\"\n    name=${COPY_NAME[$d,$c]}\n    old=$name-berth-old\n    new_server=${SLOT_SERVER[$d,$c,$s_new]:-}\n    log \"restoring $name\"\n    if [[ $how == swap ]]; then\n      # The new copy keeps serving until the old one is back and ready.\n      restart_restored \"$d\" \"$c\" \"$s_old\" \"$old\" \"$old_server\"\n    fi\n    [[ -n ${LB_SOCK[$d]:-} && $new_server != \"$old_server\" ]] && lb_drain \"$d\" \"$new_server\"\n    docker rm -f -- \"$name\" >/dev/null 2>&1 || true\n    if [[ $how != new ]]; then\n      docker rename -- \"$old\" \"$name\" >/dev/null 2>&1 || log \"could not rename $old back to $name\"\n    fi\n    if [[ $how == stopstart ]]; then\n      restart_restored \"$d\" \"$c\" \"$s_old\" \"$name\" \"$old_server\"\n    fi\n  done\n  REPLACED=()\n}\n\n# Removes a container for good: drained in its balancer first (labels say where).\nremove_container() { # name server lb-socket lb-backend (its labels)\n  local name=$1 srv=$2 sock=$3 be=$4\n  if [[ -n $sock && -n $be && -n $srv && $be =~ ^[A-Za-z0-9_.:-]+$ && $srv =~ ^[A-Za-z0-9_.:-]+$ ]]; then\n    LB_SOCK[x]=$sock; LB_BACKEND[x]=$be; LB_DRAIN[x]=${LB_DRAIN[x]:-30}\n    lb_drain x \"$srv\"\n  fi\n  log \"removing $name\"\n  docker stop -t 10 -- \"$name\" >/dev/null 2>&1 || true\n  docker rm -f -- \"$name\" >/dev/null 2>&1 || true\n  REMOVED+=(\"$name\")\n}\n\n# ------------------------------------------------------------------------------------------------\n# Failure: restore, report, exit non-zero\n\nIN_FAIL=0\nfail() {\n  local reason=$1\n  if ((IN_FAIL)); then\n    log \"while failing: $reason\"\n    return 0\n  fi\n  IN_FAIL=1\n  FAILURE_REASON=$reason\n  log \"FAILED: $reason\"\n  set +e\n  finish_swap\n  restore_replaced\n  cleanup_temp\n  emit_result false\n  exit 1\n}\n\non_error() {\n  local rc=$? line=$1\n  # A failing command substitution is handled by its caller, not here.\n  [[ $BASHPID == \"$MAIN_PID\" ]] || return 0\n  ((IN_FAIL)) && return 0\n  fail \"unexpected error (exit $rc) at line $line of rollout.sh\"\n}\n\non_exit() {\n  local rc=$?\n  cleanup_temp\n  [[ -n ${SELECTED_PLAN:-} ]] && rm -f -- \"$SELECTED_PLAN\"\n  ((RESULT_PRINTED)) || { FAILURE_REASON=${FAILURE_REASON:-\"rollout.sh stopped unexpectedly (exit $rc)\"}; emit_result false; }\n}\n\n# ------------------------------------------------------------------------------------------------\n# The host lock\n\nLOCK_FD=''\ntake_lock() {\n  local dir=\"$ROOT/var/lock\" holder t0 timeout=${META[lockTimeout]:-300}\n  [[ -d $dir ]] || mkdir -p -- \"$dir\"\n  exec {LOCK_FD}>>\"$dir/berth.lock\"\n  now_ms; t0=$REPLY\n  if ! flock -n \"$LOCK_FD\"; then\n    holder=$(head -c 500 \"$dir/berth.holder\" 2>/dev/null | tr '\\n' ' ' || true)\n    log \"host is locked by ${holder:-an unknown run}; waiting up to ${timeout}s\"\n    if ! flock -w \"$timeout\" \"$LOCK_FD\"; then\n      holder=$(head -c 500 \"$dir/berth.holder\" 2>/dev/null | tr '\\n' ' ' || true)\n      now_ms; LOCK_WAIT_MS=$((REPLY - t0))\n      fail \"host lock $dir/berth.lock still held after ${timeout}s by: ${holder:-unknown holder}\"\n    fi\n  fi\n  now_ms; LOCK_WAIT_MS=$((REPLY - t0))\n  TZ=UTC0 printf -v holder 'who=%s when=%(%Y-%m-%dT%H:%M:%SZ)T version=%s deploy=%s pid=%s' \"${META[actor]:-?}\" -1 \\\n    \"${META[release]:-?}\" \"${META[deployId]:-?}\" \"$$\"\n  printf '%s\\n' \"${holder//$'\\r'/}\" >\"$dir/berth.holder\"\n}\n\nrelease_lock() {\n  [[ -n $LOCK_FD ]] || return 0\n  : >\"$ROOT/var/lock/berth.holder\" 2>/dev/null || true\n  flock -u \"$LOCK_FD\" || true\n}\n\n# ------------------------------------------------------------------------------------------------\n# Steps of a rollout\n\ncreate_data_volumes() {\n  local i\n  local -a args=()\n  for i in \"${!VOL_NAME[@]}\"; do\n    [[ -n ${EXISTING[${VOL_NAME[$i]}]:-} ]] && continue\n    pull_image \"${VOL_IMAGE[$i]}\"\n    decode_list args \"${VOL_ARGS[$i]}\"\n    local -a vargs=()\n    local v\n    for v in \"${args[@]}\"; do vargs+=(-v \"$v\"); done\n    log \"creating data volume container ${VOL_NAME[$i]}\"\n    docker create --name \"${VOL_NAME[$i]}\" --label \"berth.app=${VOL_APP[$i]}\" --label berth.kind=volume \\\n      \"${vargs[@]}\" -- \"${VOL_IMAGE[$i]}\" true >/dev/null || fail \"could not create data volume container ${VOL_NAME[$i]}\"\n    TOUCHED[${VOL_NAME[$i]}]=1\n  done\n}\n\nneeds_redeploy() { # d -> 0 when the definition must be redeployed even if unchanged\n  local d=$1 dep\n  local -a deps=()\n  [[ ${DEF_REDEPLOY[$d]} == 1 ]] && return 0\n  [[ ${DEF_MODE[$d]} == auto && ${META[force]:-0} == 1 ]] && return 0\n  decode_list deps \"${DEP_RAW[$d]:-}\"\n  for dep in \"${deps[@]}\"; do\n    [[ -n ${TOUCHED[$dep]:-} ]] && return 0\n  done\n  return 1\n}\n\n# Which copies change, and pull their images before anything is replaced.\ndeclare -A COPY_PLAN=()\ndecide_copies() {\n  local d c name\n  local -a all=()\n  for d in \"${DEF_IDS[@]}\"; do\n    for c in ${COPY_LIST[$d]}; do all+=(\"${COPY_NAME[$d,$c]}\"); done\n  done\n  [[ -S $ENGINE ]] || fail 'berth needs the docker engine on a local unix socket (DOCKER_HOST unix://... or /var/run/docker.sock)'\n  prefetch_containers \"${all[@]}\"\n  for d in \"${DEF_IDS[@]}\"; do\n    [[ ${DEF_MODE[$d]} == cron ]] && { pull_image \"${DEF_IMAGE[$d]}\"; continue; }\n    for c in ${COPY_LIST[$d]}; do\n      name=${COPY_NAME[$d,$c]}\n      inspect_container \"$name\" keep\n      if ((C_EXISTS)) && [[ $C_RUNNING == true ]]; then\n        if [[ ${DEF_MODE[$d]} == manual ]]; then\n          [[ ${DEF_REDEPLOY[$d]} == 1 ]] && COPY_PLAN[$d,$c]=replace || COPY_PLAN[$d,$c]=keep\n        elif [[ $C_HASH != \"${DEF_HASH[$d]}\" ]]; then\n          COPY_PLAN[$d,$c]=replace\n        else\n          COPY_PLAN[$d,$c]=keep\n        fi\n      else\n        COPY_PLAN[$d,$c]=start\n      fi\n      [[ ${COPY_PLAN[$d,$c]} == keep ]] && needs_redeploy \"$d\" && [[ ${DEF_MODE[$d]} == auto || ${DEF_REDEPLOY[$d]} == 1 ]] && COPY_PLAN[$d,$c]=replace\n      [[ ${COPY_PLAN[$d,$c]} == keep ]] || pull_image \"${DEF_IMAGE[$d]}\"\n    done\n  done\n  # Registry pulls may have failed before anything changed: that is the cheap place to stop.\n  [[ -n $MIG_IMAGE ]] && pull_image \"$MIG_IMAGE\"\n  return 0\n}\n\nrun_migration() {\n  [[ -z $MIG_IMAGE ]] && return 0\n  local -a margs=() mcmd=()\n  local t0 secs name rc=0\n  decode_list margs \"$MIG_ARGS\"\n  decode_list mcmd \"$MIG_CMD\"\n  name=\"berth-migration-$$\"\n  build_env m\n  now_ms; t0=$REPLY\n  log \"running the migration of $MIG_APP/$MIG_DEF in a throw-away container of $MIG_IMAGE\"\n  docker rm -f -- \"$name\" >/dev/null 2>&1 || true\n  docker_with_env run --name \"$name\" --label \"berth.app=$MIG_APP\" --label berth.kind=migration \"${margs[@]}\" \\\n    \"${ENV_ARGS[@]}\" -- \"$MIG_IMAGE\" \"${mcmd[@]}\" 2>&1 | tee \"$TEMP_DIR/migration.out\" >&2 || rc=$?\n  drop_env_file\n  now_ms; secs_between \"$t0\" \"$REPLY\"; secs=$REPLY\n  if ((rc != 0)); then\n    MIGRATION_JSON=\"{\\\"ran\\\":true,\\\"ok\\\":false,\\\"seconds\\\":$secs}\"\n    if docker container inspect -- \"$name\" >/dev/null 2>&1; then\n      container_log_tail \"$name\"\n    else\n      local line\n      FAILURE_LOG=()\n      while IFS= read -r line; do FAILURE_LOG+=(\"${line:0:LOG_LINE_CHARS}\"); done < <(tail -n 20 \"$TEMP_DIR/migration.out\")\n    fi\n    docker rm -f -- \"$name\" >/dev/null 2>&1 || true\n    FAILURE_CONTAINER=$name\n    fail \"the migration of $MIG_APP/$MIG_DEF failed (exit $rc); nothing was replaced\"\n  fi\n  docker rm -f -- \"$name\" >/dev/null 2>&1 || true\n  MIGRATION_JSON=\"{\\\"ran\\\":true,\\\"ok\\\":true,\\\"seconds\\\":$secs}\"\n}\n\ndeploy_definitions() {\n  local d c\n  for d in \"${DEF_IDS[@]}\"; do\n    [[ ${DEF_MODE[$d]} == cron ]] && continue\n    for c in ${COPY_LIST[$d]}; do\n      # A dependency replaced earlier in this run forces a recreate now.\n      if [[ ${COPY_PLAN[$d,$c]} == keep ]] && needs_redeploy \"$d\"; then COPY_PLAN[$d,$c]=replace; fi\n      if [[ ${COPY_PLAN[$d,$c]} == keep ]]; then\n        finish_swap\n        record_copy \"$d\" \"$c\" \"${COPY_NAME[$d,$c]}\" unchanged\n      else\n        deploy_copy \"$d\" \"$c\"\n      fi\n    done\n    finish_swap\n  done\n}\n\nwrite_file_atomic() { # path mode content\n  local tmp\n  [[ -d ${1%/*} ]] || mkdir -p -- \"${1%/*}\"\n  tmp=$(mktemp \"${1%/*}/.berth.XXXXXX\")\n  printf '%s' \"$3\" >\"$tmp\"\n  # mktemp made it 0600.\n  [[ $2 == 600 ]] || chmod \"$2\" \"$tmp\"\n  mv -f -- \"$tmp\" \"$1\"\n}\n\nwrite_cron() {\n  local i j content key val\n  for j in \"${!CRONENV_FILE_PATH[@]}\"; do\n    content=''\n    for i in \"${!ENV_OWNER[@]}\"; do\n      [[ ${ENV_OWNER[$i]} == \"c:$j\" ]] || continue\n      value_of \"${ENV_KIND[$i]}\" \"${ENV_VALUE[$i]}\"; val=$REPLY; key=${ENV_KEY[$i]}\n      [[ $val == *$'\\n'* ]] && fail \"cron env $key of ${CRONENV_FILE_DEF[$j]} holds a line break, which an env file cannot carry\"\n      content+=\"$key=$val\"$'\\n'\n    done\n    write_file_atomic \"${CRONENV_FILE_PATH[$j]}\" 600 \"$content\"\n  done\n  for i in \"${!CRON_APP[@]}\"; do\n    log \"writing cron file ${CRON_PATH[$i]}\"\n    write_file_atomic \"${CRON_PATH[$i]}\" 644 \"${CRON_LINES[$i]:-}\"\n  done\n}\n\n# Surplus copies and definitions no longer in the plan, per app of the plan.\nPRUNE_PID=''\nstart_prune() {\n  prune_images >\"$TEMP_DIR/pruned\" &\n  PRUNE_PID=$!\n}\n\nfinish_prune() {\n  [[ -n $PRUNE_PID ]] || return 0\n  wait \"$PRUNE_PID\" || log \"image cleanup failed; images are left as they were\"\n  PRUNE_PID=''\n  mapfile -t PRUNED <\"$TEMP_DIR/pruned\"\n}\n\ncleanup_containers() {\n  local app name kind d c line srv sock be\n  local -A wanted=() ours=()\n  for d in \"${DEF_IDS[@]}\"; do\n    for c in ${COPY_LIST[$d]}; do wanted[${COPY_NAME[$d,$c]}]=1; done\n  done\n  for app in \"${APPS[@]}\"; do ours[$app]=1; done\n  # The containers listed before the rollout: it added only the plan's copies and temporary ones.\n  for line in \"${LISTED[@]}\"; do\n    IFS='|' read -r name app kind srv sock be <<<\"$line\"\n    [[ -z $app || -z ${ours[$app]:-} ]] && continue\n    [[ $kind == volume || $kind == migration ]] && continue\n    [[ -n ${wanted[$name]:-} ]] && continue\n    [[ $name == *-berth-old || $name == *-berth-next ]] && continue\n    remove_container \"$name\" \"$srv\" \"$sock\" \"$be\"\n  done\n}\n\n# Removes the old containers of this run's replacements once their background stops are over (each\n# bounded by its grace period).\ndrop_old_copies() {\n  local entry d c\n  local -a urls=()\n  wait_stopping\n  for entry in \"${REPLACED[@]}\"; do\n    IFS='|' read -r d c _ <<<\"$entry\"\n    urls+=(\"http://d/containers/${COPY_NAME[$d,$c]}-berth-old?force=1\")\n  done\n  ((${#urls[@]} == 0)) && return 0\n  api -X DELETE \"${urls[@]}\" >/dev/null || true\n}\n\nrepo_of() { # image ref -> REPLY repository\n  local ref=${1%%@*} last\n  last=${ref##*/}\n  [[ $last == *:* ]] && ref=${ref%:*}\n  REPLY=$ref\n}\n\n# Runs in the background while copies are replaced (it only reads and removes old images); prints the\n# refs it removed. Kept: the newest keepImages per repository, every image of the plan, every image a\n# container was started from (docker itself refuses to remove an image id in use).\nprune_images() {\n  local keep=${META[keepImages]:-3} d repo id tag image\n  local -A repos=() in_use=()\n  for d in \"${DEF_IDS[@]}\"; do\n    repo_of \"${DEF_IMAGE[$d]}\"; repos[$REPLY]=1\n    in_use[${DEF_IMAGE[$d]}]=1\n  done\n  for image in \"$MIG_IMAGE\" \"${VOL_IMAGE[@]}\"; do [[ -n $image ]] && in_use[$image]=1; done\n  while IFS= read -r image; do in_use[$image]=1; done < <(docker ps -a --format '{{.Image}}')\n  for repo in \"${!repos[@]}\"; do\n    local -A seen=()\n    local n=0\n    while IFS='|' read -r id tag _; do\n      [[ -z $id ]] && continue\n      if [[ -z ${seen[$id]:-} ]]; then seen[$id]=1; n=$((n + 1)); fi\n      ((n <= keep)) && continue\n      local ref=$repo:$tag\n      [[ -n ${in_use[$ref]:-} || -n ${in_use[$id]:-} ]] && continue\n      [[ $tag == '<none>' ]] && ref=$id\n      if docker rmi -- \"$ref\" >/dev/null 2>&1; then\n        log \"pruned image $ref\"\n        printf '%s\\n' \"$ref\"\n      fi\n    done < <(docker image ls --no-trunc --format '{{.ID}}|{{.Tag}}|{{.CreatedAt}}' -- \"$repo\" | sort -t '|' -k3,3r)\n    unset seen\n  done\n}\n\napp_file() { REPLY=${1//\\//_}; }\n\nwrite_state() {\n  local app dir hist file at\n  local -a old=()\n  dir=\"$ROOT/var/lib/berth\"\n  TZ=UTC0 printf -v at '%(%Y-%m-%dT%H:%M:%SZ)T' -1\n  for app in \"${APPS[@]}\"; do\n    app_file \"$app\"; file=$REPLY\n    json_str \"${META[deployId]:-}\"; local j=\"{\\\"deployId\\\":$REPLY\"\n    json_str \"${META[release]:-}\"; j+=\",\\\"release\\\":$REPLY\"\n    json_str \"$at\"; j+=\",\\\"at\\\":$REPLY\"\n    local copies='' k\n    for k in \"${!COPY_RESULTS[@]}\"; do\n      [[ ${COPY_RESULT_APP[$k]} == \"$app\" ]] && copies+=\"${copies:+,}${COPY_RESULTS[$k]}\"\n    done\n    json_str \"$app\"; j+=\",\\\"app\\\":$REPLY,\\\"copies\\\":[$copies]}\"\n    write_file_atomic \"$dir/$file.state\" 600 \"$j\"$'\\n'\n    hist=\"$dir/plans/$file\"\n    [[ -d $hist ]] || mkdir -p -- \"$hist\"\n    # 0600 (umask 077).\n    cp -- \"$PLAN_FILE\" \"$hist/${at//[-:]/}-$$.plan\"\n    # Plan file names start with a UTC timestamp: newest last in name order (LC_COLLATE=C); ten stay.\n    old=(\"$hist\"/*.plan)\n    if ((${#old[@]} > 10)); then rm -f -- \"${old[@]:0:${#old[@]}-10}\"; fi\n  done\n}\n\n# ------------------------------------------------------------------------------------------------\n# Modes\n\nmode_rollout() {\n  parse_plan \"$PLAN_FILE\"\n  make_temp_dir\n  take_lock\n  log \"rollout ${META[release]:-} (${META[deployId]:-}) on ${META[hostname]:-$(hostname)} as ${META[actor]:-?}\"\n  resolve_secrets\n  registry_logins\n  decide_copies\n  start_prune\n  create_data_volumes\n  run_migration\n  deploy_definitions\n  write_cron\n  log \"cleaning up\"\n  cleanup_containers\n  finish_prune\n  # Replaced copies have been stopping in the background since their swaps; meanwhile the state is\n  # written (its failure, as before, fails the run without a restore).\n  write_state &\n  drop_old_copies\n  REPLACED=()\n  wait $!\n  release_lock\n  cleanup_temp\n  log \"rollout done\"\n  emit_result true\n}\n\n# berth:only state\nmode_state() {\n  parse_plan \"$PLAN_FILE\"\n  local d c\n  for d in \"${DEF_IDS[@]}\"; do\n    [[ ${DEF_MODE[$d]} == cron ]] && continue\n    for c in ${COPY_LIST[$d]}; do\n      inspect_container \"${COPY_NAME[$d,$c]}\"\n      if ((C_EXISTS)) && [[ $C_HASH == \"${DEF_HASH[$d]}\" ]]; then\n        record_copy \"$d\" \"$c\" \"${COPY_NAME[$d,$c]}\" unchanged\n      else\n        record_copy \"$d\" \"$c\" \"${COPY_NAME[$d,$c]}\" outdated\n      fi\n    done\n  done\n  local ok=true entry\n  for entry in \"${COPY_RESULTS[@]}\"; do\n    [[ $entry == *'\"health\":\"healthy\"'* || $entry == *'\"health\":\"none\"'* ]] || ok=false\n    [[ $entry == *'\"action\":\"outdated\"'* ]] && ok=false\n  done\n  [[ $ok == false ]] && FAILURE_REASON='some copies are missing, unhealthy or not what the plan says'\n  emit_result \"$ok\"\n  [[ $ok == true ]]\n}\n# berth:end\n\n# berth:only history\n# The plans this host ran successfully (recorded by write_state), newest first, per app of the plan:\n# release, deploy id, revision and the image of each auto and manual definition. Read as data.\nhistory_entry() { # file app -> REPLY (JSON object, empty when the file is not a readable raw plan)\n  local file=$1 app=$2 line name at deploy_id='' release='' revision='' images=''\n  local -a R=()\n  REPLY=''\n  {\n    IFS= read -r line || return 0\n    [[ $line == 'berth-plan-raw 1' ]] || return 0\n    while IFS= read -r -d \"$RS\" line || [[ -n $line ]]; do\n      line=${line#$'\\n'}\n      decode_list R \"$line\"\n      case ${R[0]:-} in\n        meta)\n          case ${R[1]:-} in\n            deployId) deploy_id=${R[2]:-} ;;\n            release) release=${R[2]:-} ;;\n            revision) revision=${R[2]:-} ;;\n          esac\n          ;;\n        def)\n          [[ ${R[2]:-} == \"$app\" && ${R[4]:-} != cron ]] || continue\n          json_str \"$app/${R[3]:-}\"; images+=\"${images:+,}$REPLY\"\n          json_str \"${R[5]:-}\"; images+=\":$REPLY\"\n          ;;\n      esac\n    done\n  } <\"$file\"\n  name=${file##*/}\n  at=${name%%-*}\n  json_str \"$app\"; line=\"{\\\"app\\\":$REPLY\"\n  json_str \"$release\"; line+=\",\\\"release\\\":$REPLY\"\n  json_str \"$deploy_id\"; line+=\",\\\"deployId\\\":$REPLY\"\n  json_str \"$revision\"; line+=\",\\\"revision\\\":$REPLY\"\n  json_str \"$at\"; line+=\",\\\"at\\\":$REPLY,\\\"images\\\":{$images}}\"\n  REPLY=$line\n}\n\nmode_history() {\n  parse_plan \"$PLAN_FILE\"\n  local app dir entries='' file\n  local -a files=()\n  for app in \"${APPS[@]}\"; do\n    app_file \"$app\"\n    dir=\"$ROOT/var/lib/berth/plans/$REPLY\"\n    [[ -d $dir ]] || continue\n    mapfile -t files < <(cd -- \"$dir\" && compgen -G '*.plan' | sort -r | head -n 10)\n    for file in \"${files[@]}\"; do\n      history_entry \"$dir/$file\" \"$app\"\n      [[ -n $REPLY ]] && entries+=\"${entries:+,}$REPLY\"\n    done\n  done\n  HISTORY_JSON=\"[$entries]\"\n  emit_result true\n}\n# berth:end\n\n# berth:only preflight\nmode_preflight() {\n  local -a missing=()\n  local cmd hostname public_ip='' instance_id='' docker_version='' free_mb=0 root=/\n  for cmd in docker flock curl socat aws base64 gzip; do\n    command -v \"$cmd\" >/dev/null 2>&1 || missing+=(\"$cmd\")\n  done\n  [[ -n $ENGINE && -S $ENGINE ]] || missing+=('docker engine on a local unix socket (DOCKER_HOST=unix://... or /var/run/docker.sock)')\n  if [[ -n $PLAN_FILE ]]; then\n    parse_plan \"$PLAN_FILE\"\n    root=${ROOT:-/}\n  fi\n  [[ -z $root ]] && root=/\n  hostname=$(hostname 2>/dev/null || cat /etc/hostname 2>/dev/null || true)\n  if command -v docker >/dev/null 2>&1; then\n    docker_version=$(docker version -f '{{.Server.Version}}' 2>/dev/null || true)\n    [[ -z $docker_version ]] && missing+=('docker engine (not reachable)')\n  fi\n  imds_get meta-data/public-ipv4; public_ip=$REPLY\n  imds_get meta-data/instance-id; instance_id=$REPLY\n  [[ $public_ip =~ ^[0-9a-fA-F.:]+$ ]] || public_ip=''\n  [[ $instance_id =~ ^[A-Za-z0-9-]+$ ]] || instance_id=''\n  free_mb=$(df -Pm -- \"$root\" 2>/dev/null | awk 'NR==2 {print $4}' || true)\n  is_uint \"${free_mb:-x}\" || free_mb=0\n  META[hostname]=$hostname\n  [[ -z ${META[instanceId]:-} ]] && META[instanceId]=$instance_id\n  local f\n  json_str \"$hostname\"; f=\"{\\\"hostname\\\":$REPLY\"\n  json_str \"$public_ip\"; f+=\",\\\"publicIp\\\":$REPLY\"\n  json_str \"$instance_id\"; f+=\",\\\"instanceId\\\":$REPLY\"\n  json_str \"$docker_version\"; f+=\",\\\"dockerVersion\\\":$REPLY,\\\"freeDiskMb\\\":$free_mb\"\n  json_str_array \"${missing[@]}\"; f+=\",\\\"missing\\\":$REPLY}\"\n  FACTS_JSON=$f\n  if ((${#missing[@]} > 0)); then\n    FAILURE_REASON=\"missing on this host: ${missing[*]}\"\n    emit_result false\n    return 1\n  fi\n  emit_result true\n}\n# berth:end\n\ntrap 'on_error $LINENO' ERR\ntrap on_exit EXIT\n\nUSAGE='usage: rollout.sh rollout PLANFILE | preflight [PLANFILE] | state PLANFILE | history PLANFILE'\ncase $MODE in\n  rollout|state|history) [[ -n $PLAN_FILE ]] || plan_error \"$USAGE\" ;;\n  preflight) ;;\n  *)\n    MODE=preflight\n    plan_error \"$USAGE\"\n    ;;\nesac\n# berth:only set\n[[ -n $PLAN_FILE ]] && select_host_plan\n# berth:end\ncase $MODE in\n  rollout) mode_rollout ;;\n  state)\n    trap - ERR\n    mode_state\n    ;;\n  history)\n    trap - ERR\n    mode_history\n    ;;\n  preflight)\n    trap - ERR\n    mode_preflight\n    ;;\nesac\n";

;// CONCATENATED MODULE: ./src/host/command.ts
// Builds the AWS-RunShellScript commands that carry the host script and one host's plan (or a set of
// plans, one per host, for one command sent to many hosts), and reads the host's answer back. The script travels with every command (host and action never disagree),
// minified and gzip+base64 encoded, because SendCommand parameters are size-limited.



/**
 * AWS documents 64 KB for a document's content "including the content specified for input parameters at
 * runtime" (CreateDocument, MaxDocumentSizeExceeded); AWS-RunShellScript itself takes about 1 KB of that.
 * Public threads quote 16 KB: callers that must stay under it pass maxBytes (the example stack's rollout
 * command is about 17 KB, see docs/host.md).
 */
const DEFAULT_MAX_COMMAND_BYTES = 60_000;
const UNIT = '\x1f';
const RECORD = '\x1e';
/**
 * Re-encodes a plan from the contract's wire format (`berth-plan 1`, base64 fields) into the raw
 * transport the script also reads (`berth-plan-raw 1`): same records, raw values ended by 0x1F,
 * records ended by 0x1E. Raw text compresses about a third better than base64 fields.
 */
function toRawPlan(planText) {
    const lines = planText.split('\n').filter((line) => line !== '');
    if (lines[0] !== 'berth-plan 1')
        throw new Error('the plan must start with "berth-plan 1" (encodeHostPlan output)');
    let out = 'berth-plan-raw 1\n';
    for (const line of lines.slice(1)) {
        const [name = '', ...fields] = line.split(' ');
        const values = fields.map((field) => (field === '-' ? '' : Buffer.from(field, 'base64').toString('utf8')));
        for (const value of values) {
            if (value.includes(UNIT) || value.includes(RECORD)) {
                throw new Error(`a value of the plan record "${name}" holds the control character 0x1E or 0x1F, which the host cannot carry`);
            }
        }
        out += [name, ...values].map((value) => value + UNIT).join('') + RECORD;
    }
    return out;
}
/**
 * A plan set (`berth-plan-set 1`): each host's raw records after a `host INSTANCE_ID` record. The
 * host script keeps only its own (by the instance id the SSM agent gives it). The plans of one batch
 * differ in little (host name, instance id), so gzip stores each after the first in a few bytes.
 */
function toRawPlanSet(plans) {
    let out = 'berth-plan-set 1\n';
    const seen = new Set();
    for (const { instanceId, planText } of plans) {
        if (!/^[A-Za-z0-9-]+$/.test(instanceId))
            throw new Error(`"${instanceId}" is not an instance id`);
        if (seen.has(instanceId))
            throw new Error(`two plans for ${instanceId} in one command`);
        seen.add(instanceId);
        out += `host${UNIT}${instanceId}${UNIT}${RECORD}` + toRawPlan(planText).slice('berth-plan-raw 1\n'.length);
    }
    return out;
}
function packed(text) {
    return (0,external_node_zlib_.gzipSync)(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64');
}
/** Minifying and compressing the script costs tens of milliseconds; a deploy packs it per batch. */
const scriptCache = new Map();
function packedScript(script, mode, planSet) {
    const key = `${mode} ${planSet ? 'set' : 'one'} ${script.length}`;
    const cached = scriptCache.get(key);
    if (cached !== undefined && script === ROLLOUT_SCRIPT)
        return cached;
    const text = packed(minifyScript(script, mode, planSet ? ['set'] : []));
    if (script === ROLLOUT_SCRIPT)
        scriptCache.set(key, text);
    return text;
}
/** Bytes of the SendCommand `Parameters` JSON these commands make (what the size limit applies to). */
function hostCommandBytes(commands) {
    return Buffer.byteLength(JSON.stringify({ commands }), 'utf8');
}
/**
 * The commands for AWS-RunShellScript (run by sh on the host): unpack script and plan into a private
 * temporary directory, run the script, remove the directory, exit with the script's status.
 * The plan is required for rollout and state, optional for preflight.
 */
function buildHostCommands(mode, plan, options = {}) {
    if (mode !== 'preflight' && plan === undefined)
        throw new Error(`host mode ${mode} needs a plan`);
    if (Array.isArray(plan) && plan.length === 0)
        throw new Error('a plan set needs at least one plan');
    const script = packedScript(options.script ?? ROLLOUT_SCRIPT, mode, Array.isArray(plan));
    const commands = [
        'set -e',
        'umask 077',
        'berth_dir=$(mktemp -d "${TMPDIR:-/tmp}/berth.XXXXXX")',
        'trap \'rm -rf "$berth_dir"\' EXIT',
        `printf '%s' '${script}' | base64 -d | gunzip >"$berth_dir/rollout.sh"`,
    ];
    if (plan !== undefined) {
        const raw = typeof plan === 'string' ? toRawPlan(plan) : toRawPlanSet(plan);
        commands.push(`printf '%s' '${packed(raw)}' | base64 -d | gunzip >"$berth_dir/plan"`);
        commands.push(`bash "$berth_dir/rollout.sh" ${mode} "$berth_dir/plan"`);
    }
    else {
        commands.push(`bash "$berth_dir/rollout.sh" ${mode}`);
    }
    const bytes = hostCommandBytes(commands);
    const limit = options.maxBytes ?? DEFAULT_MAX_COMMAND_BYTES;
    if (bytes > limit) {
        throw new CommandTooLargeError(`the host command is ${bytes} bytes (script and plan, compressed), over the ${limit}-byte limit of SSM command parameters; ` +
            'the plan is too large for one command: deploy fewer definitions per host, or raise the limit');
    }
    return commands;
}
class CommandTooLargeError extends Error {
    name = 'CommandTooLargeError';
}
/** SendCommand takes at most 50 instance ids. */
const MAX_INSTANCES_PER_COMMAND = 50;
/**
 * The commands for several hosts' plans, in as few SendCommands as fit: up to 50 hosts each, and a
 * group that would exceed the size limit is halved until it fits (one host alone that does not fit
 * is the plan's own error). Hosts keep their order.
 */
function packHostCommands(mode, plans, options = {}) {
    const groups = [];
    const pack = (slice) => {
        if (slice.length === 0)
            return;
        if (slice.length > MAX_INSTANCES_PER_COMMAND) {
            pack(slice.slice(0, MAX_INSTANCES_PER_COMMAND));
            pack(slice.slice(MAX_INSTANCES_PER_COMMAND));
            return;
        }
        try {
            const commands = slice.length === 1 ? buildHostCommands(mode, slice[0].planText, options) : buildHostCommands(mode, slice, options);
            groups.push({ instanceIds: slice.map((p) => p.instanceId), commands });
        }
        catch (error) {
            if (!(error instanceof CommandTooLargeError) || slice.length === 1)
                throw error;
            const half = Math.ceil(slice.length / 2);
            pack(slice.slice(0, half));
            pack(slice.slice(half));
        }
    };
    pack(plans);
    return groups;
}
function isHostResult(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return typeof v.ok === 'boolean' && (v.mode === 'rollout' || v.mode === 'preflight' || v.mode === 'state' || v.mode === 'history') &&
        Array.isArray(v.copies) && Array.isArray(v.removed) && typeof v.timings === 'object' && v.timings !== null;
}
/** The host's result: the LAST non-empty line of stdout, when it is a HostResult JSON object. */
function parseHostResult(stdout) {
    const lines = stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    const last = lines[lines.length - 1];
    if (last === undefined || !last.startsWith('{'))
        return undefined;
    try {
        const parsed = JSON.parse(last);
        return isHostResult(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 1702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* reexport safe */ _command_js__WEBPACK_IMPORTED_MODULE_0__.$k),
/* harmony export */   Bp: () => (/* reexport safe */ _command_js__WEBPACK_IMPORTED_MODULE_0__.Bp),
/* harmony export */   q: () => (/* reexport safe */ _command_js__WEBPACK_IMPORTED_MODULE_0__.q)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3887);



/***/ })

};
