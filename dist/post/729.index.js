export const id = 729;
export const ids = [729];
export const modules = {

/***/ 1729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMANDS: () => (/* binding */ COMMANDS),
/* harmony export */   INPUT_DEFAULTS: () => (/* binding */ INPUT_DEFAULTS),
/* harmony export */   INPUT_NAMES: () => (/* binding */ INPUT_NAMES),
/* harmony export */   InputError: () => (/* binding */ InputError),
/* harmony export */   parseActionInputs: () => (/* binding */ parseActionInputs),
/* harmony export */   readActionInputs: () => (/* binding */ readActionInputs),
/* harmony export */   secretInputValues: () => (/* binding */ secretInputValues),
/* harmony export */   splitList: () => (/* binding */ splitList)
/* harmony export */ });
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
    return parseActionInputs(_workflow_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4);
}
/** Values that must be masked in logs as soon as they are known. */
function secretInputValues(inputs) {
    const values = [inputs.githubToken, inputs.registryPassword, inputs.rollbarToken];
    const password = inputs.database?.['password'];
    if (typeof password === 'string' && !password.startsWith('%{ssm:'))
        values.push(password);
    return values.filter((value) => value !== '');
}


/***/ })

};
