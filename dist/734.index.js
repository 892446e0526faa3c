export const id = 734;
export const ids = [734];
export const modules = {

/***/ 7302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CH: () => (/* binding */ buildArgs),
/* harmony export */   CJ: () => (/* binding */ batchSize),
/* harmony export */   KI: () => (/* binding */ databaseSecretTexts),
/* harmony export */   OO: () => (/* binding */ database),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   _: () => (/* binding */ decimal),
/* harmony export */   lR: () => (/* binding */ tagTargets),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   zC: () => (/* binding */ images),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony exports splitList, jsonErrorPlace */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8532);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
// The value types of the inputs that are more than a word: lists, numbers, booleans, tag targets,
// KEY=VALUE lines, the database JSON and the images YAML. Each is a zod schema from the input's raw
// text to its typed value, with messages that say what the input allows.




/** Splits a comma/newline separated list; blanks dropped. */
function splitList(text) {
    return text
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
const text = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim();
const list = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform(splitList);
function wholeNumber(min) {
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .trim()
        .regex(/^\d+$/, { error: `must be a whole number of at least ${min}` })
        .transform(Number)
        .refine((n) => n >= min, { error: `must be a whole number of at least ${min}` });
}
/** A decimal number (`1.5`, `2`) within [min, max]. */
function decimal(min, max) {
    const error = `must be a number ${max === undefined ? `of at least ${min}` : `from ${min} to ${max}`} (digits and one optional point, e.g. 1.5)`;
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .trim()
        .regex(/^\d+(\.\d+)?$/, { error })
        .transform(Number)
        .refine((n) => n >= min && (max === undefined || n <= max), { error });
}
/** Hosts per batch: a whole number of at least 1, or a whole percentage of the fleet from 1% to 100%. */
const batchSize = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .trim()
    .transform((value, ctx) => {
    const percent = /^(\d+(?:\.\d*)?)\s*%$/.exec(value);
    if (percent) {
        const share = Number(percent[1]);
        if (Number.isInteger(share) && share >= 1 && share <= 100)
            return { percent: share };
        ctx.addIssue({ code: 'custom', message: 'must be a whole percentage from 1% to 100% (e.g. 25%: a quarter of the hosts at a time)' });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    if (/^\d+$/.test(value) && Number(value) >= 1)
        return Number(value);
    ctx.addIssue({ code: 'custom', message: 'must be a whole number of at least 1' });
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
});
// The YAML 1.2 core booleans, as the runner toolkit's boolean input reader accepts them.
const boolean = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .trim()
    .refine((value) => /^(true|True|TRUE|false|False|FALSE)$/.test(value), {
    error: 'must be true or false',
})
    .transform((value) => value.toLowerCase() === 'true');
function oneOf(values) {
    return zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(values, { error: `must be one of ${values.join(', ')}` });
}
const tagTargets = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
    const targets = [];
    for (const line of value
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '')) {
        const match = /^tag:([^=]+)=(.+)$/.exec(line);
        const values = match ? splitList(match[2] ?? '') : [];
        if (!match || values.length === 0) {
            ctx.addIssue({ code: 'custom', message: `line "${line}" must look like tag:Key=value1,value2` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        targets.push({ key: (match[1] ?? '').trim(), values });
    }
    return targets;
});
/** Where JSON text stops parsing, as line and column (never the text itself). */
function jsonErrorPlace(value) {
    const errors = [];
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse)(value, errors);
    const offset = errors[0]?.offset ?? value.length;
    const before = value.slice(0, offset).split('\n');
    return `invalid JSON at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
/** `KEY=VALUE` lines (or a YAML map / list of such strings inside `images`). A line may hold a secret: errors give its number only. */
function keyValueLines(lines, ctx) {
    const result = {};
    for (const [index, line] of lines.map((l, i) => [i + 1, l.trim()]).filter(([, l]) => l !== '')) {
        const eq = line.indexOf('=');
        if (eq <= 0) {
            ctx.addIssue({ code: 'custom', message: `line ${index} must look like KEY=VALUE (the line is not shown, it may hold a secret)` });
            continue;
        }
        result[line.slice(0, eq).trim()] = line.slice(eq + 1);
    }
    return result;
}
const buildArgs = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => keyValueLines(value.split('\n'), ctx));
// A field as written, even in text that is not JSON: a quoted key (double or single quotes), a colon,
// then the value's raw text: a quoted string (to its closing quote or the line's end) or a bare word.
const WRITTEN_FIELD = /(["'])((?:\\.|(?!\1)[^\\\n])*)\1\s*:\s*("(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?|[^\s,}\]]+)/g;
/**
 * The values of the secret-named fields (`isSecret`) of a `database` text, found even when it is not
 * JSON: each as written (escapes kept; a bare `12345`, `0012` or `hunter2` word) and, when that much
 * reads as a JSON string or number, as it reads (`1e5` is `100000`, escapes undone).
 */
function databaseSecretTexts(text, isSecret) {
    const out = [];
    for (const [, , key = '', written = ''] of text.matchAll(WRITTEN_FIELD)) {
        if (!isSecret(key))
            continue;
        out.push(written.replace(/^["']|["']$/g, ''));
        try {
            const reads = JSON.parse(written);
            if (typeof reads === 'string' || typeof reads === 'number')
                out.push(String(reads));
        }
        catch {
            // Not JSON by itself (an unclosed string, a bare word): as written only.
        }
    }
    return out;
}
const scalar = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()]);
const database = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
    if (value.trim() === '')
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch {
        // JSON.parse's message quotes the text around the error, which may be the password: say where only.
        ctx.addIssue({
            code: 'custom',
            message: `must be a JSON object (${jsonErrorPlace(value)}; the text is not shown, it may hold a password)`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    const result = zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), scalar).safeParse(parsed);
    if (!result.success) {
        ctx.addIssue({
            code: 'custom',
            message: 'must be a JSON object of strings, numbers or booleans, e.g. {"adapter":"mysql2","host":"db","password":"%{ssm:/app/db}"}',
        });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    return result.data;
});
const imageItem = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    image: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: 'needs an image (repository without tag)' }).min(1, { error: 'needs an image (repository without tag)' }),
    context: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('.'),
    dockerfile: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default(''),
    'build-args': zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), scalar), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]).optional(),
    target: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default(''),
    platforms: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]).optional(),
});
const images = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
    if (value.trim() === '')
        return [];
    let parsed;
    try {
        parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(value);
    }
    catch (error) {
        ctx.addIssue({ code: 'custom', message: `must be a YAML list (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error).split('\n')[0]})` });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    const result = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(imageItem).safeParse(parsed);
    if (!result.success) {
        const issue = result.error.issues[0];
        ctx.addIssue({
            code: 'custom',
            message: `must be a YAML list of {image, context, dockerfile, build-args, target, platforms}: item ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
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


/***/ }),

/***/ 4734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ parseActionInputs),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   WJ: () => (/* binding */ INPUT_DEFAULTS),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   fl: () => (/* binding */ secretInputValues)
/* harmony export */ });
/* unused harmony exports COMMANDS, rawSecretValues */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9691);
/* harmony import */ var _host_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1480);
/* harmony import */ var _stack_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6325);
/* harmony import */ var _input_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7302);
// What a release is asked to do: every input of action.yml (and flag of the CLI, same names), read once
// and checked with one zod schema. The schema's keys are the input names, each entry carries its default
// (action.yml repeats them for the marketplace page; a test keeps them equal) because a local run
// (CLI, bench, world tests) gets no defaults from a runner, and its output is the ActionInputs type.








const COMMANDS = ['validate', 'deploy', 'rollback', 'unlock', 'export', 'converge-off', 'status'];
/** Input name -> its schema, defaulted (a prefault: the default text is parsed like a given value). */
const inputShape = {
    command: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(COMMANDS).prefault('validate'),
    'stack-json': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.min(1, { error: 'must name a file or a glob' }).prefault('stack.json'),
    'stack-json-output': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    environment: _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.regex(/^[A-Za-z0-9._-]+$/, { error: 'must be letters, digits, ".", "_" or "-"' }).prefault('production'),
    'github-token': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    // The PR check (command validate on a pull request): the sticky prediction comment.
    'pr-comment': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zM.prefault('true'),
    target: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(['ssm', 'opsworks']).prefault('ssm'),
    'aws-region': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    'aws-endpoint': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    'host-aws-endpoint': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    'instance-ids': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_.prefault(''),
    targets: _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .tagTargets */ .lR.prefault(''),
    'stack-name': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    'stack-id': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    'app-id': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    'layer-ids': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_.prefault(''),
    'opsworks-command': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault('deploy'),
    'batch-size': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .batchSize */ .CJ.prefault('1'),
    'batch-wait-seconds': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeNumber */ .rD)(0).prefault('0'),
    'failure-policy': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(['rollback', 'stop']).prefault('rollback'),
    // The rollout's commands run until the deadline, and SSM refuses an executionTimeout over 172,800 s.
    'timeout-minutes': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeNumber */ .rD)(1)
        .refine((n) => n * 60 <= _host_command_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_EXECUTION_TIMEOUT_SECONDS */ .I_, {
        error: `must be at most ${_host_command_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_EXECUTION_TIMEOUT_SECONDS */ .I_ / 60} (48 hours: the longest executionTimeout SSM Run Command accepts is ${_host_command_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_EXECUTION_TIMEOUT_SECONDS */ .I_} s)`,
    })
        .prefault('30'),
    'poll-interval-seconds': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeNumber */ .rD)(1).prefault('5'),
    force: _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zM.prefault('false'),
    surge: _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zM.prefault('false'),
    manual: _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_.prefault(''),
    'lock-name': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    'lock-wait-seconds': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeNumber */ .rD)(0).prefault('300'),
    'secrets-prefix': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    'host-root': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.startsWith('/', { error: 'must be an absolute path' }).prefault('/'),
    'keep-images': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeNumber */ .rD)(1).prefault('3'),
    'max-command-bytes': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeNumber */ .rD)(1024).prefault(String(_host_command_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_COMMAND_BYTES */ .F)),
    'data-volume-image': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.min(1).prefault('busybox:latest'),
    database: _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .database */ .OO.prefault(''),
    image: _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    context: _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault('.'),
    dockerfile: _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    'build-args': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .buildArgs */ .CH.prefault(''),
    images: _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .images */ .zC.prefault(''),
    tags: _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .list */ .p_.prefault(''),
    'registry-username': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    'registry-password': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().prefault(''),
    'pin-digest': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zM.prefault('false'),
    'skip-existing': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zM.prefault('true'),
    'dry-run': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zM.prefault('false'),
    'expires-after': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.regex(/^(\d+[smhdw])?$/, { error: 'must be a number and a unit s, m, h, d or w (e.g. 2w), or empty' }).prefault(''),
    version: _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    'rollbar-token': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    'rollbar-read-token': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    'canary-seconds': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeNumber */ .rD)(0).prefault('0'),
    'canary-min-requests': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeNumber */ .rD)(0).prefault('20'),
    'canary-low-traffic': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(['wait', 'pass', 'fail']).prefault('wait'),
    // Empty: 3 x canary-seconds (src/app/settings.ts canarySettings, which checks it is not shorter).
    'canary-max-wait-seconds': zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .trim()
        .regex(/^(\d+)?$/, { error: 'must be a whole number of seconds, or empty for 3 x canary-seconds' })
        .transform((value) => (value === '' ? undefined : Number(value)))
        .prefault(''),
    'canary-max-5xx-points': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .decimal */ ._)(0, 100).prefault('1'),
    'canary-max-response-ratio': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .decimal */ ._)(1).prefault('1.5'),
    'canary-max-5xx-percent': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .decimal */ ._)(0, 100).prefault('1'),
    'canary-max-response-ms': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeNumber */ .rD)(1).prefault('1000'),
    'canary-max-rollbar-items': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeNumber */ .rD)(0).prefault('0'),
    'rollbar-endpoint': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.url({ error: 'must be a URL such as https://api.rollbar.com' }).prefault('https://api.rollbar.com'),
    'cloudwatch-log-group': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq.prefault(''),
    converge: _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zM.prefault('false'),
    // AWS's own pattern for an association's MaxConcurrency: a count, or a percentage from 1% to 100%.
    'converge-concurrency': _input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq
        .regex(/^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$/, { error: 'must be a number of hosts (e.g. 2) or a percentage from 1% to 100%' })
        .prefault('25%'),
    // AWS refuses a rate expression under 30 minutes on an association.
    'drift-repair-minutes': (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeNumber */ .rD)(0)
        .refine((n) => n === 0 || n >= 30, { error: 'must be 0 (off) or at least 30 (the shortest rate State Manager accepts)' })
        .prefault('0'),
};
const INPUT_NAMES = Object.keys(inputShape);
/** Input name -> the text used when the input is empty. */
const INPUT_DEFAULTS = Object.fromEntries(INPUT_NAMES.map((name) => [name, inputShape[name].def.defaultValue]));
/**
 * The inputs as the code uses them. Strings that are "not given" are empty strings (never undefined),
 * lists are empty arrays, numbers and booleans carry their defaults.
 */
const inputsSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc(inputShape).transform((v) => ({
    command: v.command,
    /** Path or glob, as given. */
    stackJson: v['stack-json'],
    /** As given; parseActionInputs resolves '' to `$RUNNER_TEMP/berth-stack.json`. */
    stackJsonOutput: v['stack-json-output'],
    environment: v.environment,
    githubToken: v['github-token'],
    /** validate on a pull request: write the prediction as the environment's one comment (else the job summary only). */
    prComment: v['pr-comment'],
    target: v.target,
    /** As given; src/app/settings.ts's awsRegion() applies the environment's fallback. */
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
    /** A count, or `{ percent }` of the fleet (src/deploy/hosts.ts batchSizeFor). */
    batchSize: v['batch-size'],
    batchWaitSeconds: v['batch-wait-seconds'],
    failurePolicy: v['failure-policy'],
    timeoutMinutes: v['timeout-minutes'],
    pollIntervalSeconds: v['poll-interval-seconds'],
    force: v.force,
    /** Surge for every definition with an alternate slot that does not set `surge` itself (src/stack/slots.ts). */
    surge: v.surge,
    manual: v.manual,
    /** The input, or `/berth/<environment>/lock`. */
    lockName: v['lock-name'] || `/berth/${v.environment}/lock`,
    lockWaitSeconds: v['lock-wait-seconds'],
    /** The input, or `/berth/<environment>/secrets` (no trailing slash). */
    secretsPrefix: (v['secrets-prefix'] || `/berth/${v.environment}/secrets`).replace(/\/+$/, ''),
    hostRoot: v['host-root'],
    keepImages: v['keep-images'],
    /** Size limit of one SendCommand's parameters, script and plans included. */
    maxCommandBytes: v['max-command-bytes'],
    /** Image of data-only containers. */
    dataVolumeImage: v['data-volume-image'],
    /** Parsed `database` JSON; undefined when not given. */
    database: v.database,
    /** The single-image inputs as given (`image`, `context`, `dockerfile`, `build-args`). */
    image: v.image,
    context: v.context,
    dockerfile: v.dockerfile,
    buildArgs: v['build-args'],
    /** Every image to build: the `image` input (when given) first, then the `images` list. */
    builds: [
        ...(v.image !== ''
            ? [{ image: v.image, context: v.context, dockerfile: v.dockerfile, buildArgs: v['build-args'], target: '', platforms: [] }]
            : []),
        ...v.images,
    ],
    tags: v.tags,
    registryUsername: v['registry-username'],
    registryPassword: v['registry-password'],
    pinDigest: v['pin-digest'],
    skipExisting: v['skip-existing'],
    /** export: plan only, write nothing. */
    dryRun: v['dry-run'],
    expiresAfter: v['expires-after'],
    /** As given; empty means "commit SHA" (deploy) or "previous good version" (rollback). */
    version: v.version,
    rollbarToken: v['rollbar-token'],
    rollbarEndpoint: v['rollbar-endpoint'].replace(/\/+$/, ''),
    /** Reads Rollbar's new items of the release for the canary (a read scope token); '' when not given. */
    rollbarReadToken: v['rollbar-read-token'],
    /** 0: no canary. */
    canarySeconds: v['canary-seconds'],
    canaryMinRequests: v['canary-min-requests'],
    canaryLowTraffic: v['canary-low-traffic'],
    /** Undefined: 3 x canarySeconds. */
    canaryMaxWaitSeconds: v['canary-max-wait-seconds'],
    canaryMax5xxPoints: v['canary-max-5xx-points'],
    canaryMaxResponseRatio: v['canary-max-response-ratio'],
    canaryMax5xxPercent: v['canary-max-5xx-percent'],
    canaryMaxResponseMs: v['canary-max-response-ms'],
    canaryMaxRollbarItems: v['canary-max-rollbar-items'],
    cloudwatchLogGroup: v['cloudwatch-log-group'],
    /** Hosts that join converge on the last good release (State Manager association + release record). */
    converge: v.converge,
    convergeConcurrency: v['converge-concurrency'],
    /** Minutes between the association's scheduled runs (drift repair); 0: none. */
    driftRepairMinutes: v['drift-repair-minutes'],
}));
/** Thrown for unusable inputs; the message names every bad input and what it allows. */
class InputError extends Error {
    name = 'InputError';
}
// Inputs that hold secrets (build-args and images may carry a token) are never echoed back in an error message.
const SECRET_INPUTS = new Set([
    'github-token',
    'registry-password',
    'rollbar-token',
    'rollbar-read-token',
    'database',
    'build-args',
    'images',
]);
/**
 * The secret parts of the raw inputs, known before any parsing can fail: the tokens and password
 * whole, the `database` text and every secret-named field it holds (read leniently, so malformed JSON
 * gives them too), and each `build-args` line with the value of a secret-named key.
 */
function rawSecretValues(raw) {
    const out = new Set();
    const add = (value) => {
        if (value === undefined || value.trim() === '' || value.startsWith('%{ssm:'))
            return;
        out.add(value);
        out.add(value.trim());
    };
    add(raw['github-token']);
    add(raw['registry-password']);
    add(raw['rollbar-token']);
    add(raw['rollbar-read-token']);
    add(raw.database);
    for (const value of (0,_input_values_js__WEBPACK_IMPORTED_MODULE_4__/* .databaseSecretTexts */ .KI)(raw.database ?? '', _stack_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .isSecretKey */ .uE))
        add(value);
    for (const line of (raw['build-args'] ?? '').split('\n')) {
        add(line);
        const eq = line.indexOf('=');
        if (eq > 0 && (0,_stack_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .isSecretKey */ .uE)(line.slice(0, eq)))
            add(line.slice(eq + 1));
    }
    return [...out];
}
/**
 * Parses inputs given by `read` (the input's raw text, '' when absent).
 * `env` supplies RUNNER_TEMP for the default output path. `mask` (the runner's setSecret) gets every
 * secret part of the raw inputs before they are parsed, so not even a parse error can print one.
 */
function parseActionInputs(read, env = process.env, mask = () => undefined) {
    const raw = {};
    for (const name of INPUT_NAMES) {
        const given = read(name);
        if (given.trim() !== '')
            raw[name] = given;
    }
    for (const value of rawSecretValues(raw))
        mask(value);
    const parsed = inputsSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => {
            const name = String(issue.path[0] ?? '?');
            const shown = SECRET_INPUTS.has(name) ? '' : ` (got "${raw[name] ?? INPUT_DEFAULTS[name] ?? ''}")`;
            return `input "${name}" ${issue.message}${shown}`;
        });
        throw new InputError(`Invalid action inputs:\n- ${problems.join('\n- ')}`);
    }
    const inputs = parsed.data;
    return { ...inputs, stackJsonOutput: inputs.stackJsonOutput || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'berth-stack.json') };
}
/**
 * The secret values of the inputs: masked in logs as soon as they are known, and the known values a
 * deploy compares plain values with (a copy is staged like a secret). The tokens and password whole,
 * the `database` input's secret-named fields (a number as it reads), the value of each secret-named
 * build arg (`build-args` and every `images` item); `%{ssm:...}` references are names, not values.
 */
function secretInputValues(inputs) {
    const values = [inputs.githubToken, inputs.registryPassword, inputs.rollbarToken, inputs.rollbarReadToken];
    for (const [key, value] of Object.entries(inputs.database ?? {}))
        if ((0,_stack_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .isSecretKey */ .uE)(key) && typeof value !== 'boolean')
            values.push(String(value));
    for (const args of [inputs.buildArgs, ...inputs.builds.map((build) => build.buildArgs)]) {
        for (const [key, value] of Object.entries(args))
            if ((0,_stack_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .isSecretKey */ .uE)(key))
                values.push(value);
    }
    return [...new Set(values.filter((value) => value !== '' && !value.startsWith('%{ssm:')))];
}


/***/ }),

/***/ 1480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ DEFAULT_MAX_COMMAND_BYTES),
  I_: () => (/* binding */ MAX_EXECUTION_TIMEOUT_SECONDS),
  sL: () => (/* binding */ MAX_INSTANCES_PER_COMMAND),
  $k: () => (/* binding */ buildHostCommands),
  q: () => (/* binding */ packHostCommands),
  Bp: () => (/* binding */ parseHostResult)
});

// UNUSED EXPORTS: CommandTooLargeError, hostCommandBytes

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/stack/host-plan.ts
var host_plan = __webpack_require__(6238);
;// CONCATENATED MODULE: ./src/host/canary-result.ts
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isCount(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
function isSide(value) {
    return isObject(value) && Array.isArray(value.servers) && value.servers.every((s) => typeof s === 'string') &&
        isCount(value.requests) && isCount(value.r5xx) && isCount(value.errors) && isCount(value.rtimeMs) &&
        (value.unit === undefined || value.unit === 'connections');
}
function isDefinition(value) {
    return isObject(value) && typeof value.app === 'string' && typeof value.definition === 'string' &&
        typeof value.compared === 'boolean' && (value.why === undefined || typeof value.why === 'string') &&
        isSide(value.new) && isSide(value.old);
}
function isUncompared(value) {
    return isObject(value) && typeof value.app === 'string' && typeof value.definition === 'string' && typeof value.why === 'string';
}
/** The report when `value` has CanaryReport's shape (counts finite and not negative), else undefined. */
function readCanaryReport(value) {
    if (!isObject(value) || !isCount(value.bakedSeconds) || !isCount(value.restarts))
        return undefined;
    if (!Array.isArray(value.definitions) || !value.definitions.every(isDefinition))
        return undefined;
    if (!Array.isArray(value.uncompared) || !value.uncompared.every(isUncompared))
        return undefined;
    return {
        bakedSeconds: value.bakedSeconds,
        definitions: value.definitions,
        uncompared: value.uncompared,
        restarts: value.restarts,
    };
}

;// CONCATENATED MODULE: ./src/host/parts.ts
// Which parts of host/ make the script for each mode, and how they are joined. Pure text work: reading
// the parts is script.ts's job (from the repository or from next to the bundle); shellcheck.mjs joins
// the same lists to check the parts together.
const HOST_MODES = ['rollout', 'preflight', 'state', 'history', 'restore', 'converge', 'status', 'logs', 'canary'];
/**
 * First, in every script: strict mode, globals, helpers, the result, the plan reader, docker, and what
 * every mode needs to repair a killed rollout first (haproxy, the host lock, the journal).
 */
const COMMON = [
    'lib/prelude.sh', 'lib/util.sh', 'lib/result.sh', 'lib/plan.sh', 'lib/temp.sh', 'lib/docker.sh', 'lib/haproxy.sh',
    'lib/lock.sh', 'lib/journal.sh',
];
/** What a rollout needs between the common parts and main.sh. */
const ROLLOUT_PARTS = [
    'lib/secrets.sh', 'lib/copies.sh', 'lib/record.sh', 'lib/swap.sh', 'lib/surge.sh', 'lib/failure.sh', 'lib/steps.sh',
    'lib/images.sh', 'lib/records.sh', 'modes/rollout.sh',
];
/** What each mode needs between the common parts and main.sh (its own file last). */
const MODE_PARTS = {
    rollout: ROLLOUT_PARTS,
    // A recorded plan rolled out again: the rollout's parts, the records' reader, its own.
    restore: [...ROLLOUT_PARTS, 'lib/recorded.sh', 'modes/restore.sh'],
    state: ['lib/record.sh', 'modes/state.sh'],
    history: ['lib/recorded.sh', 'lib/listing.sh', 'modes/history.sh'],
    // With a plan it also reads what status and history read (listing.sh).
    preflight: ['lib/imds.sh', 'lib/recorded.sh', 'lib/listing.sh', 'modes/preflight.sh'],
    // The release record read, this host's plan made from its template, then a rollout.
    converge: [...ROLLOUT_PARTS, 'lib/imds.sh', 'lib/template.sh', 'lib/recorded.sh', 'modes/converge.sh'],
    status: ['lib/imds.sh', 'lib/listing.sh', 'modes/status.sh'],
    logs: ['modes/logs.sh'],
    // A rollout of copy 0 of the balanced definitions alone, then the bake and haproxy's counters.
    canary: [...ROLLOUT_PARTS, 'lib/canary.sh', 'modes/canary.sh'],
};
/**
 * The parts of the script for a mode, in order (paths relative to host/). A command that carries a plan
 * set gets the code that picks this host's plan from it (and the metadata lookup it may need); a command
 * for one host, a no-op in its place.
 */
function hostScriptParts(mode, planSet) {
    const own = MODE_PARTS[mode];
    const selection = planSet ? ['lib/plan-set.sh', ...(own.includes('lib/imds.sh') ? [] : ['lib/imds.sh'])] : ['lib/plan-one.sh'];
    return [...COMMON, ...selection, ...own, 'main.sh'];
}
/** Every part some script uses (what the build ships next to the bundle). */
function allHostParts() {
    const all = new Set(HOST_MODES.flatMap((mode) => [...hostScriptParts(mode, false), ...hostScriptParts(mode, true)]));
    return [...all].sort();
}
/**
 * What travels to the host: the parts joined, without whole-line comments (the shebang stays), blank
 * lines and indentation. Nothing else changes: every name and every line of code is as written. The
 * script has no here-document and no multi-line string, so no line's leading blanks are data.
 */
function shippedScript(parts) {
    const lines = parts.join('\n').split('\n');
    const kept = lines.flatMap((line, index) => {
        const code = line.replace(/^[ \t]+/, '');
        if (index === 0 && code.startsWith('#!'))
            return [code];
        return code === '' || code.startsWith('#') ? [] : [code];
    });
    return `${kept.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/host/script.ts
// Reads the host script's parts and joins them for one mode. The parts are the files under host/ in the
// repository (running from source, as the tests do) or their copy next to the bundle (the build puts it
// in dist/host/, see scripts/host-scripts.mjs), so nothing generated is committed beside the sources.




/**
 * Where the parts are, from this module's own file: src/host/script.ts -> host/ (two levels up);
 * the bundle dist/bundle.js -> dist/host/.
 */
function partsDirectory() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const candidates = ['host', '../../host'].map((relative) => (0,external_node_path_.join)(here, relative));
    const found = candidates.find((dir) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'main.sh')));
    if (found === undefined)
        throw new Error(`the host script's parts are missing: no main.sh in ${candidates.join(', ')}`);
    return found;
}
let directory;
/** The script a command for this mode carries (comments and indentation stripped, names as written). */
function hostScript(mode, planSet) {
    directory ??= partsDirectory();
    const dir = directory;
    return shippedScript(hostScriptParts(mode, planSet).map((part) => (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, part), 'utf8')));
}

;// CONCATENATED MODULE: ./src/host/command.ts
// Builds the AWS-RunShellScript commands that carry the host script and one host's plan (or a set of
// plans, one per host, for one command sent to many hosts), and reads the host's answer back. The script
// travels with every command (host and action never disagree), joined for the mode from the parts under
// host/ and gzip+base64 encoded, because SendCommand parameters are size-limited.





/**
 * The default size limit of one host command, and the figure the local world's fake SSM enforces: bytes
 * (UTF-8) of the SendCommand `Parameters` JSON, `{"commands":[...],"executionTimeout":["..."]}`. AWS
 * documents 64 KB (65,536 bytes) for a Run Command document's content "including the content specified
 * for input parameters at runtime" (CreateDocument, MaxDocumentSizeExceeded); 2,048 bytes of that are
 * left to AWS-RunShellScript's own content (about 1.2 KB). buildHostCommands counts the commands
 * (hostCommandBytes) and the executionTimeout parameter at its longest.
 */
const DEFAULT_MAX_COMMAND_BYTES = 65_536 - 2_048;
/** AWS-RunShellScript takes an executionTimeout of whole seconds up to 48 hours and refuses more. */
const MAX_EXECUTION_TIMEOUT_SECONDS = 172_800;
/** `,"executionTimeout":["172800"]`: the sender adds it beside the commands, at most this long. */
const EXECUTION_TIMEOUT_BYTES = Buffer.byteLength(`,"executionTimeout":["${MAX_EXECUTION_TIMEOUT_SECONDS}"]`, 'utf8');
/**
 * A plan set (`berth-plan-set 1`): each host's plan records, as encodeHostPlan wrote them, after a
 * `host INSTANCE_ID` record. The host script keeps only its own (by the instance id the SSM agent gives
 * it). The plans of one batch differ in little (host name, instance id), so gzip stores each after the
 * first in a few bytes.
 */
function planSetText(plans) {
    let out = 'berth-plan-set 1\n';
    const seen = new Set();
    for (const { instanceId, planText } of plans) {
        if (!/^[A-Za-z0-9-]+$/.test(instanceId))
            throw new Error(`"${instanceId}" is not an instance id`);
        if (seen.has(instanceId))
            throw new Error(`two plans for ${instanceId} in one command`);
        seen.add(instanceId);
        out += `host${host_plan/* FIELD_END */.V0}${instanceId}${host_plan/* FIELD_END */.V0}${host_plan/* RECORD_END */.Y8}${planRecords(planText)}`;
    }
    return out;
}
/** The records of a plan, after its header line. */
function planRecords(planText) {
    if (!planText.startsWith(`${host_plan/* PLAN_HEADER */.se}\n`))
        throw new Error(`the plan must start with "${host_plan/* PLAN_HEADER */.se}" (encodeHostPlan output)`);
    return planText.slice(host_plan/* PLAN_HEADER */.se.length + 1);
}
function packed(text) {
    return (0,external_node_zlib_.gzipSync)(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64');
}
/** Joining and compressing the script costs tens of milliseconds; a deploy sends it per batch. */
const packedScripts = new Map();
function packedScript(mode, planSet) {
    const key = `${mode}${planSet ? ' set' : ''}`;
    let text = packedScripts.get(key);
    if (text === undefined) {
        text = packed(hostScript(mode, planSet));
        packedScripts.set(key, text);
    }
    return text;
}
/** Bytes of the SendCommand `Parameters` JSON of these commands alone, `{"commands":[...]}` (UTF-8). */
function hostCommandBytes(commands) {
    return Buffer.byteLength(JSON.stringify({ commands }), 'utf8');
}
/**
 * The commands for AWS-RunShellScript (run by sh on the host): unpack script and plan into a private
 * temporary directory, run the script, remove the directory, exit with the script's status.
 * The plan is required for rollout and state, optional for preflight.
 */
function buildHostCommands(mode, plan, options = {}) {
    if (mode !== 'preflight' && mode !== 'converge' && plan === undefined)
        throw new Error(`host mode ${mode} needs a plan`);
    if (mode === 'converge' && plan !== undefined)
        throw new Error('host mode converge makes its own plan (from the release record)');
    if (Array.isArray(plan) && plan.length === 0)
        throw new Error('a plan set needs at least one plan');
    const script = packedScript(mode, Array.isArray(plan));
    const commands = [
        'set -e',
        'umask 077',
        'berth_dir=$(mktemp -d "${TMPDIR:-/tmp}/berth.XXXXXX")',
        'trap \'rm -rf "$berth_dir"\' EXIT',
        `printf '%s' '${script}' | base64 -d | gunzip >"$berth_dir/rollout.sh"`,
    ];
    if (plan !== undefined) {
        const text = typeof plan === 'string' ? `${host_plan/* PLAN_HEADER */.se}\n${planRecords(plan)}` : planSetText(plan);
        commands.push(`printf '%s' '${packed(text)}' | base64 -d | gunzip >"$berth_dir/plan"`);
        commands.push(`bash "$berth_dir/rollout.sh" ${mode} "$berth_dir/plan"`);
    }
    else {
        commands.push(`bash "$berth_dir/rollout.sh" ${mode}`);
    }
    const bytes = hostCommandBytes(commands) + EXECUTION_TIMEOUT_BYTES;
    const limit = options.maxBytes ?? DEFAULT_MAX_COMMAND_BYTES;
    if (bytes > limit) {
        throw new CommandTooLargeError(`the host command is ${bytes} bytes (script and plan, compressed, and the execution timeout), over the ${limit}-byte limit of SSM command parameters; ` +
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
    return typeof v.ok === 'boolean' && HOST_MODES.includes(v.mode) &&
        Array.isArray(v.copies) && Array.isArray(v.removed) && typeof v.timings === 'object' && v.timings !== null &&
        (v.root === undefined || typeof v.root === 'string');
}
/**
 * The host's result: the LAST non-empty line of stdout, when it is a HostResult JSON object. A `canary`
 * field of the wrong shape is dropped (readCanaryReport): the result stays, without a report to trust.
 */
function parseHostResult(stdout) {
    const lines = stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    const last = lines[lines.length - 1];
    if (last === undefined || !last.startsWith('{'))
        return undefined;
    try {
        const parsed = JSON.parse(last);
        if (!isHostResult(parsed))
            return undefined;
        if (parsed.canary === undefined)
            return parsed;
        const canary = readCanaryReport(parsed.canary);
        if (canary !== undefined)
            return { ...parsed, canary };
        const { canary: _dropped, ...rest } = parsed;
        return rest;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 6238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ runsDefinition),
/* harmony export */   U6: () => (/* binding */ encodeHostPlan),
/* harmony export */   V0: () => (/* binding */ FIELD_END),
/* harmony export */   Y8: () => (/* binding */ RECORD_END),
/* harmony export */   lw: () => (/* binding */ encodePlanRecord),
/* harmony export */   se: () => (/* binding */ PLAN_HEADER)
/* harmony export */ });
// The contract between the TypeScript plan code and the static host script (the parts under host/).
// The plan is everything one host needs, already resolved: no placeholder is left for the host
// to interpret except `%{ssm:...}` secret references, which the host resolves itself.
// It travels as records of raw fields (see encodeHostPlan) because the host has bash, not a JSON parser.

// ---------------------------------------------------------------------------------------------
// Wire format read by the host script (host/lib/plan.sh), which also keeps the plans it ran in it
// (<root>/var/lib/berth/plans/, read back by its history mode): the header line `berth-plan-raw 1`,
// then records. A record is its name and its fields, each ended by the unit separator 0x1F; the record
// is ended by the record separator 0x1E. Values are raw UTF-8, so no value is ever seen by the shell as
// anything but data; a value holding 0x1E or 0x1F cannot be carried and is refused.
// D, C, S are the definition, copy and slot indexes.
//
//   meta KEY VALUE                       deployId release revision actor createdAt root hostname instanceId
//                                        lockTimeout keepImages force preferLocalImages awsRegion
//                                        awsEndpoint logTailLines rotatedSecrets (names, space-separated)
//                                        historyDepth (preflight only)
//   app NAME
//   registry HOST USER_KIND USER PASS_KIND PASS          kind: literal | ssm (value: parameter name)
//   volume APP NAME IMAGE VOLUME_ARG...
//   def D APP NAME MODE IMAGE HASH REDEPLOY COPIES STOP_SIGNAL STOP_GRACE INTERVAL TIMEOUT DEADLINE STARTUP LEGACY_HASH
//                                        LEGACY_HASH: only when it differs from HASH (absent: HASH, as in
//                                        the plans of earlier releases)
//   lb D ADMIN_SOCKET BACKEND DRAIN_TIMEOUT
//   dep D NAME...
//   rollout D STYLE                      surge | overlap (absent: one copy at a time)
//   env D KEY KIND VALUE SECRET          ssm VALUE: NAME or NAME:VERSION (names never hold `:`)
//   copy D C NAME SLOT_COUNT
//   slot D C S ID SERVER SERVER_ADDRESS HEALTH_KIND HEALTH_ARG...
//                                        http: URL; http-unix: SOCKET PATH; cmd: ARGV...; docker, none: nothing
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
//
// A release template (src/stack/release-template.ts) is this format with host facts and hashes as
// sentinels (0x1D NAME 0x1D) and two records of its own right after the header, which instantiating it
// drops: `meta template 1`, then `hashinput D JSON` (the text definition D's hash is the sha256 of) and,
// for a definition whose legacy hash differs, `hashinput D:legacy JSON` (its legacy hash's text).
//
// The name `raw` dates from when the action re-encoded an older line format of base64 fields into this
// one; hosts keep plans under this header, so it stays.
const PLAN_HEADER = 'berth-plan-raw 1';
/** Ends every field (0x1F, unit separator). */
const FIELD_END = '\x1f';
/** Ends every record (0x1E, record separator). */
const RECORD_END = '\x1e';
/** One record of the wire format: its name and fields, each ended by FIELD_END, then RECORD_END. */
function encodePlanRecord(name, ...fields) {
    const values = fields.map((value) => (typeof value === 'boolean' ? (value ? '1' : '0') : String(value)));
    for (const value of values) {
        if (value.includes(FIELD_END) || value.includes(RECORD_END)) {
            throw new Error(`a value of the plan record "${name}" holds the control character 0x1E or 0x1F, which the host cannot carry`);
        }
    }
    return [name, ...values].map((value) => value + FIELD_END).join('') + RECORD_END;
}
/**
 * Whether a container labelled `berth.hash=containerHash` runs the definition as planned: the one rule
 * every comparison uses (the host's twin: `copy_runs_plan` in host/lib/plan.sh). Its label is the
 * definition's canonical hash, or the legacy one an earlier berth labelled it with.
 */
function runsDefinition(containerHash, definition) {
    return containerHash !== '' && (containerHash === definition.hash || containerHash === (definition.legacyHash ?? definition.hash));
}
function valueFields(value) {
    if (value.kind === 'literal')
        return ['literal', value.value];
    return ['ssm', value.version !== undefined ? `${value.name}:${value.version}` : value.name];
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
    const records = [];
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
    if (plan.rotatedSecrets && plan.rotatedSecrets.length > 0)
        meta.push(['rotatedSecrets', plan.rotatedSecrets.join(' ')]);
    if (plan.historyDepth !== undefined)
        meta.push(['historyDepth', plan.historyDepth]);
    for (const [key, value] of meta)
        records.push(encodePlanRecord('meta', key, value));
    for (const app of plan.apps)
        records.push(encodePlanRecord('app', app));
    for (const login of plan.registries) {
        records.push(encodePlanRecord('registry', login.host, ...valueFields(login.username), ...valueFields(login.password)));
    }
    for (const volume of plan.dataVolumes) {
        records.push(encodePlanRecord('volume', volume.app, volume.name, volume.image, ...volume.volumes));
    }
    plan.definitions.forEach((def, d) => {
        const h = def.health;
        records.push(encodePlanRecord('def', d, def.app, def.name, def.mode, def.image, def.hash, def.redeploy, def.copies.length, def.stopSignal, def.stopGrace, h.interval, h.timeout, h.deadline, h.startupTime, 
        // Only when it differs: a plan of env already in key order is byte for byte what earlier releases wrote.
        ...(def.legacyHash !== undefined && def.legacyHash !== def.hash ? [def.legacyHash] : [])));
        if (def.loadBalancer) {
            const lb = def.loadBalancer;
            records.push(encodePlanRecord('lb', d, lb.adminSocket, lb.backend, lb.drainTimeout));
        }
        if (def.dependsOn.length > 0)
            records.push(encodePlanRecord('dep', d, ...def.dependsOn));
        if (def.rollout !== undefined)
            records.push(encodePlanRecord('rollout', d, def.rollout));
        for (const env of def.env)
            records.push(encodePlanRecord('env', d, env.key, ...valueFields(env.value), env.secret));
        for (const copy of def.copies) {
            records.push(encodePlanRecord('copy', d, copy.index, copy.name, copy.slots.length));
            copy.slots.forEach((slot, s) => {
                records.push(encodePlanRecord('slot', d, copy.index, s, slot.id, slot.server ?? '', slot.serverAddress ?? '', ...healthFields(slot.health)));
                records.push(encodePlanRecord('runargs', d, copy.index, s, ...slot.runArgs));
                records.push(encodePlanRecord('command', d, copy.index, s, ...slot.command));
            });
        }
    });
    if (plan.migration) {
        const m = plan.migration;
        records.push(encodePlanRecord('migration', m.app, m.definition, m.image));
        records.push(encodePlanRecord('migrationargs', ...m.runArgs));
        records.push(encodePlanRecord('migrationcommand', ...m.command));
        for (const env of m.env)
            records.push(encodePlanRecord('migrationenv', env.key, ...valueFields(env.value), env.secret));
    }
    for (const cron of plan.cron) {
        records.push(encodePlanRecord('cronfile', cron.app, cron.path));
        for (const line of cron.lines)
            records.push(encodePlanRecord('cronline', cron.app, line));
        for (const file of cron.envFiles) {
            for (const env of file.env) {
                records.push(encodePlanRecord('cronenv', cron.app, file.definition, file.path, env.key, ...valueFields(env.value), env.secret));
            }
        }
    }
    return `${PLAN_HEADER}\n${records.join('')}`;
}


/***/ }),

/***/ 1716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ interpolate),
/* harmony export */   XI: () => (/* binding */ ssmPlaceholder),
/* harmony export */   qw: () => (/* binding */ tokenize),
/* harmony export */   rI: () => (/* binding */ ssmReference),
/* harmony export */   rf: () => (/* binding */ isValidSsmName),
/* harmony export */   wv: () => (/* binding */ opsworksName)
/* harmony export */ });
/* unused harmony export placeholderNames */
// `%{...}` placeholders. Old behaviour crashed on an unknown one or on a lone `%`; here an unknown
// placeholder is a validation error and a `%` not followed by `{` or `%` stays a literal `%`.
/** Names a placeholder may have (besides `ssm:`); `index` and `slot` only in per-copy contexts. */
const placeholderNames = (/* unused pure expression or super */ null && (['app_name', 'opsworks', 'public_ip', 'index', 'slot']));
/** Splits a value into literal text and placeholders. `%%` becomes a literal `%`. */
function tokenize(text) {
    const tokens = [];
    let literal = '';
    let i = 0;
    const flush = () => {
        if (literal !== '')
            tokens.push({ kind: 'text', value: literal });
        literal = '';
    };
    while (i < text.length) {
        const char = text[i];
        const next = text[i + 1];
        if (char === '%' && next === '%') {
            literal += '%';
            i += 2;
        }
        else if (char === '%' && next === '{') {
            const close = text.indexOf('}', i + 2);
            flush();
            if (close < 0) {
                tokens.push({ kind: 'unclosed', start: i });
                literal = text.slice(i);
                i = text.length;
                continue;
            }
            const body = text.slice(i + 2, close);
            if (body.startsWith('ssm:'))
                tokens.push({ kind: 'ssm', name: body.slice(4), start: i, end: close + 1 });
            else
                tokens.push({ kind: 'placeholder', name: body, start: i, end: close + 1 });
            i = close + 1;
        }
        else {
            literal += char;
            i += 1;
        }
    }
    flush();
    return tokens;
}
const ssmName = /^(\/[A-Za-z0-9_.-]+)+$|^[A-Za-z0-9_.-]+$/;
/** Parameter Store names: `/a/b_c.d-e` or a plain name; at most 1011 characters. */
function isValidSsmName(name) {
    return name.length > 0 && name.length <= 1011 && ssmName.test(name);
}
/** The parameter name when the whole value is one `%{ssm:...}` reference. */
function ssmReference(text) {
    const match = /^%\{ssm:([^}]*)\}$/.exec(text);
    return match ? match[1] : undefined;
}
function ssmPlaceholder(name) {
    return `%{ssm:${name}}`;
}
/**
 * Replaces placeholders with their values (errors never quote the text: it may be a secret). Throws on a placeholder without a value (validation
 * reports those first, so this only fires for documents that skipped validation).
 */
function interpolate(text, values) {
    let out = '';
    for (const token of tokenize(text)) {
        if (token.kind === 'text')
            out += token.value;
        else if (token.kind === 'ssm')
            throw new Error(`%{ssm:${token.name}} must be the whole value, not part of it`);
        else if (token.kind === 'unclosed')
            throw new Error('unclosed placeholder: add "}" or write "%%{" for a literal "%{"');
        else {
            const value = values[token.name];
            if (value === undefined)
                throw new Error(`unknown placeholder %{${token.name}} here`);
            out += value;
        }
    }
    return out;
}
/** `%{opsworks}`: stack name and instance hostname, lower-cased, spaces turned into `-`. */
function opsworksName(stackName, hostname) {
    return `${stackName} ${hostname}`.toLowerCase().replace(/ /g, '-');
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
    // How copies are replaced (src/stack/slots.ts rolloutOf): all new copies side by side, or never two at once.
    surge: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY({ error: 'surge must be true or false' }).optional(),
    exclusive: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY({ error: 'exclusive must be true or false' }).optional(),
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


/***/ }),

/***/ 6325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ listInlineSecrets),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   H7: () => (/* binding */ perHostParameter),
/* harmony export */   R6: () => (/* binding */ stageDatabaseSecrets),
/* harmony export */   Rc: () => (/* binding */ level),
/* harmony export */   Us: () => (/* binding */ referencingSecrets),
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   Xh: () => (/* binding */ stageInlineSecrets),
/* harmony export */   cj: () => (/* binding */ stagedValue),
/* harmony export */   m1: () => (/* binding */ stagePerHost),
/* harmony export */   ql: () => (/* binding */ isPerHost),
/* harmony export */   uE: () => (/* binding */ isSecretKey),
/* harmony export */   yR: () => (/* binding */ slug)
/* harmony export */ });
/* unused harmony exports STANDARD_TIER_BYTES, checkStandardTier */
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1716);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5449);
// What counts as a secret (spec: registry passwords, Rollbar tokens, the database password, env keys
// matching PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL), how it is redacted, and how inline secrets are
// moved to Parameter Store references so they never travel in an SSM command's parameters.


const secretKey = /PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL/i;
const REDACTED = '***';
function isSecretKey(key) {
    return secretKey.test(key);
}
/**
 * Without `secrets`: the redacted form of one secret value (`***`, or '' for an empty value, and a
 * `%{ssm:...}` reference kept as is: it names the secret, it is not the secret).
 * With `secrets`: `text` with every occurrence of each secret value replaced by `***`.
 */
function redact(text, secrets) {
    if (secrets === undefined) {
        if (text === '' || (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .ssmReference */ .rI)(text) !== undefined)
            return text;
        return REDACTED;
    }
    const values = [...secrets].filter((value) => value.length > 0).sort((a, b) => b.length - a.length);
    let out = text;
    for (const value of values)
        out = out.split(value).join(REDACTED);
    return out;
}
/** Parameter Store's Standard tier holds at most this many bytes of value (UTF-8, as AWS counts). */
const STANDARD_TIER_BYTES = 4096;
/** Placeholders whose value differs from host to host: such a secret is staged once per host. */
const perHostPlaceholders = new Set(['opsworks', 'public_ip']);
function where(path) {
    return path.join('.');
}
/** Whether the secret's value, interpolated, differs per host (`%{opsworks}`, `%{public_ip}`). */
function isPerHost(secret) {
    return (secret.placeholders !== undefined && (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenize */ .qw)(secret.value).some((t) => t.kind === 'placeholder' && perHostPlaceholders.has(t.name)));
}
/**
 * The value as the container gets it: interpolated like a plain value in the same place (`%%` is `%`,
 * `%{app_name}` the definition; `host` gives `%{opsworks}` and `%{public_ip}` for a per-host secret).
 */
function stagedValue(secret, host = {}) {
    const value = secret.placeholders ? (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .interpolate */ .GW)(secret.value, { ...host, ...secret.placeholders }) : secret.value;
    checkStandardTier(secret, value);
    return value;
}
/** Refuses a value Parameter Store's Standard tier cannot hold, saying what to do instead. */
function checkStandardTier(secret, value) {
    const bytes = new TextEncoder().encode(value).length;
    if (bytes > STANDARD_TIER_BYTES) {
        throw new Error(`the secret at ${where(secret.path)} is ${bytes} bytes (UTF-8); berth stores inline secrets as Standard-tier parameters, which hold at most ` +
            `${STANDARD_TIER_BYTES} bytes. Store it yourself as an Advanced-tier SecureString (up to 8,192 bytes; Advanced parameters are charged) ` +
            `and write %{ssm:<its name>} in its place, or shorten it`);
    }
}
/** Lower-case, `[a-z0-9._-]` only: safe in Parameter Store names, file names and cron.d names. */
function slug(text) {
    const cleaned = text
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return cleaned === '' ? 'x' : cleaned;
}
/** Parameter names allow letters, digits and `_.-` per level. */
function level(text) {
    const cleaned = text.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '');
    return cleaned === '' ? 'x' : cleaned;
}
function isInline(value) {
    return value !== undefined && value !== '' && (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .ssmReference */ .rI)(value) === undefined;
}
/** Every secret held inline (not empty, not already a `%{ssm:...}` reference), in document order. */
function listInlineSecrets(document) {
    const found = [];
    for (const [host, login] of Object.entries(document.docker?.registries ?? {})) {
        if (isInline(login.password)) {
            found.push({ path: ['docker', 'registries', host, 'password'], name: `registries/${level(host)}/password`, value: login.password });
        }
    }
    for (const [app, spec] of Object.entries(document.deploy)) {
        const password = spec.database?.password;
        if (isInline(password)) {
            found.push({ path: ['deploy', app, 'database', 'password'], name: `${slug(app)}/database/password`, value: password });
        }
    }
    for (const entry of (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .listDefinitions */ .Pb)(document)) {
        const base = `${slug(entry.app)}/${level(entry.name)}`;
        for (const [key, value] of Object.entries(entry.definition.env)) {
            if (isSecretKey(key) && isInline(value)) {
                found.push({ path: [...entry.path, 'env', key], name: `${base}/${level(key)}`, value, placeholders: { app_name: entry.name } });
            }
        }
        const token = entry.definition.notifications?.rollbar?.access_token;
        if (isInline(token)) {
            found.push({ path: [...entry.path, 'notifications', 'rollbar', 'access_token'], name: `${base}/rollbar_access_token`, value: token });
        }
    }
    return found;
}
/** The parameter holding a per-host secret's value for one host. */
function perHostParameter(name, hostname) {
    return `${name}/${level(hostname)}`;
}
/** A per-host secret's parameter name and value on one host (placeholders of that host). */
function stagePerHost(item, hostname, host) {
    return { name: perHostParameter(item.name, hostname), value: stagedValue(item.secret, host) };
}
/**
 * The document with every inline secret replaced by the reference a deploy stages it under: what may be
 * hashed, shown or recorded (a hash of a document holding a secret would be a hash of the secret).
 */
function referencingSecrets(document, prefix) {
    const copy = structuredClone(document);
    for (const secret of listInlineSecrets(document))
        setAt(copy, secret.path, (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .ssmPlaceholder */ .XI)(parameterName(prefix, secret)));
    return copy;
}
function parameterName(prefix, secret) {
    return `${prefix.replace(/\/+$/, '')}/${secret.name}`;
}
function stageInlineSecrets(document, prefix) {
    const staged = [];
    const perHost = [];
    for (const secret of listInlineSecrets(document)) {
        const name = parameterName(prefix, secret);
        if (isPerHost(secret))
            perHost.push({ name, secret });
        else
            staged.push({ name, value: stagedValue(secret) });
    }
    return { document: referencingSecrets(document, prefix), staged, perHost };
}
function setAt(target, path, value) {
    let node = target;
    for (const step of path.slice(0, -1))
        node = node[step];
    node[path[path.length - 1]] = value;
}
/**
 * The same for database settings given outside the document (the `database` input): an inline
 * password becomes `%{ssm:<prefix>/<app>/database/password}`, the name the document's own would get.
 */
function stageDatabaseSecrets(databases, prefix) {
    const base = prefix.replace(/\/+$/, '');
    const staged = [];
    const out = {};
    for (const [app, settings] of Object.entries(databases)) {
        // A number from the database input's JSON (`"password": 12345`) is stored as its text, as the host reads it.
        const password = settings.password === undefined ? undefined : String(settings.password);
        if (isInline(password)) {
            const name = `${base}/${slug(app)}/database/password`;
            checkStandardTier({ path: ['database', app, 'password'], name, value: password }, password);
            staged.push({ name, value: password });
            out[app] = { ...settings, password: (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .ssmPlaceholder */ .XI)(name) };
        }
        else {
            out[app] = { ...settings };
        }
    }
    return { databases: out, staged };
}


/***/ })

};
