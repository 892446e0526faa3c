export const id = 92;
export const ids = [92];
export const modules = {

/***/ 9092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WJ: () => (/* binding */ INPUT_DEFAULTS),
  Qh: () => (/* binding */ INPUT_NAMES),
  dz: () => (/* binding */ InputError),
  HC: () => (/* binding */ parseActionInputs),
  fl: () => (/* binding */ secretInputValues)
});

// UNUSED EXPORTS: COMMANDS, splitList

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/host/command.ts + 2 modules
var command = __webpack_require__(7798);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/app/input-values.ts
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
const input_values_text = schemas/* string */.YjP().trim();
const list = schemas/* string */.YjP().transform(splitList);
function wholeNumber(min) {
    return schemas/* string */.YjP()
        .trim()
        .regex(/^\d+$/, { error: `must be a whole number of at least ${min}` })
        .transform(Number)
        .refine((n) => n >= min, { error: `must be a whole number of at least ${min}` });
}
// The YAML 1.2 core booleans, as the runner toolkit's boolean input reader accepts them.
const input_values_boolean = schemas/* string */.YjP()
    .trim()
    .refine((value) => /^(true|True|TRUE|false|False|FALSE)$/.test(value), {
    error: 'must be true or false',
})
    .transform((value) => value.toLowerCase() === 'true');
function oneOf(values) {
    return schemas/* enum */.k5n(values, { error: `must be one of ${values.join(', ')}` });
}
const tagTargets = schemas/* string */.YjP().transform((value, ctx) => {
    const targets = [];
    for (const line of value
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '')) {
        const match = /^tag:([^=]+)=(.+)$/.exec(line);
        const values = match ? splitList(match[2] ?? '') : [];
        if (!match || values.length === 0) {
            ctx.addIssue({ code: 'custom', message: `line "${line}" must look like tag:Key=value1,value2` });
            return core/* NEVER */.tm;
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
const buildArgs = schemas/* string */.YjP().transform((value, ctx) => keyValueLines(value.split('\n'), ctx));
const scalar = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]);
const database = schemas/* string */.YjP().transform((value, ctx) => {
    if (value.trim() === '')
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch (error) {
        ctx.addIssue({ code: 'custom', message: `must be a JSON object (${(0,errors/* errorMessage */.g)(error)})` });
        return core/* NEVER */.tm;
    }
    const result = schemas/* record */.g1P(schemas/* string */.YjP(), scalar).safeParse(parsed);
    if (!result.success) {
        ctx.addIssue({
            code: 'custom',
            message: 'must be a JSON object of strings, numbers or booleans, e.g. {"adapter":"mysql2","host":"db","password":"%{ssm:/app/db}"}',
        });
        return core/* NEVER */.tm;
    }
    return result.data;
});
const imageItem = schemas/* object */.Ikc({
    image: schemas/* string */.YjP({ error: 'needs an image (repository without tag)' }).min(1, { error: 'needs an image (repository without tag)' }),
    context: schemas/* string */.YjP().default('.'),
    dockerfile: schemas/* string */.YjP().default(''),
    'build-args': schemas/* union */.KCZ([schemas/* record */.g1P(schemas/* string */.YjP(), scalar), schemas/* array */.YOg(schemas/* string */.YjP()), schemas/* string */.YjP()]).optional(),
    target: schemas/* string */.YjP().default(''),
    platforms: schemas/* union */.KCZ([schemas/* array */.YOg(schemas/* string */.YjP()), schemas/* string */.YjP()]).optional(),
});
const input_values_images = schemas/* string */.YjP().transform((value, ctx) => {
    if (value.trim() === '')
        return [];
    let parsed;
    try {
        parsed = (0,dist/* parse */.qg)(value);
    }
    catch (error) {
        ctx.addIssue({ code: 'custom', message: `must be a YAML list (${(0,errors/* errorMessage */.g)(error).split('\n')[0]})` });
        return core/* NEVER */.tm;
    }
    const result = schemas/* array */.YOg(imageItem).safeParse(parsed);
    if (!result.success) {
        const issue = result.error.issues[0];
        ctx.addIssue({
            code: 'custom',
            message: `must be a YAML list of {image, context, dockerfile, build-args, target, platforms}: item ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
        });
        return core/* NEVER */.tm;
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

;// CONCATENATED MODULE: ./src/app/inputs.ts
// What a release is asked to do: every input of action.yml (and flag of the CLI, same names), read once
// and checked with one zod schema. The schema's keys are the input names, each entry carries its default
// (action.yml repeats them for the marketplace page; a test keeps them equal) because a local run
// (CLI, bench, world tests) gets no defaults from a runner, and its output is the ActionInputs type.






const COMMANDS = ['validate', 'deploy', 'rollback', 'unlock', 'export'];
/** Input name -> its schema, defaulted (a prefault: the default text is parsed like a given value). */
const inputShape = {
    command: oneOf(COMMANDS).prefault('validate'),
    'stack-json': input_values_text.min(1, { error: 'must name a file or a glob' }).prefault('stack.json'),
    'stack-json-output': input_values_text.prefault(''),
    environment: input_values_text.regex(/^[A-Za-z0-9._-]+$/, { error: 'must be letters, digits, ".", "_" or "-"' }).prefault('production'),
    'github-token': input_values_text.prefault(''),
    target: oneOf(['ssm', 'opsworks']).prefault('ssm'),
    'aws-region': input_values_text.prefault(''),
    'aws-endpoint': input_values_text.prefault(''),
    'host-aws-endpoint': input_values_text.prefault(''),
    'instance-ids': list.prefault(''),
    targets: tagTargets.prefault(''),
    'stack-name': input_values_text.prefault(''),
    'stack-id': input_values_text.prefault(''),
    'app-id': input_values_text.prefault(''),
    'layer-ids': list.prefault(''),
    'opsworks-command': input_values_text.prefault('deploy'),
    'batch-size': wholeNumber(1).prefault('1'),
    'failure-policy': oneOf(['rollback', 'stop']).prefault('rollback'),
    'timeout-minutes': wholeNumber(1).prefault('30'),
    'poll-interval-seconds': wholeNumber(1).prefault('5'),
    force: input_values_boolean.prefault('false'),
    manual: list.prefault(''),
    'lock-name': input_values_text.prefault(''),
    'lock-wait-seconds': wholeNumber(0).prefault('300'),
    'secrets-prefix': input_values_text.prefault(''),
    'host-root': input_values_text.startsWith('/', { error: 'must be an absolute path' }).prefault('/'),
    'keep-images': wholeNumber(1).prefault('3'),
    'max-command-bytes': wholeNumber(1024).prefault(String(command/* DEFAULT_MAX_COMMAND_BYTES */.F)),
    'data-volume-image': input_values_text.min(1).prefault('busybox:latest'),
    database: database.prefault(''),
    image: input_values_text.prefault(''),
    context: input_values_text.prefault('.'),
    dockerfile: input_values_text.prefault(''),
    'build-args': buildArgs.prefault(''),
    images: input_values_images.prefault(''),
    tags: list.prefault(''),
    'registry-username': input_values_text.prefault(''),
    'registry-password': schemas/* string */.YjP().prefault(''),
    'pin-digest': input_values_boolean.prefault('false'),
    'skip-existing': input_values_boolean.prefault('true'),
    'dry-run': input_values_boolean.prefault('false'),
    'expires-after': input_values_text.regex(/^(\d+[smhdw])?$/, { error: 'must be a number and a unit s, m, h, d or w (e.g. 2w), or empty' }).prefault(''),
    version: input_values_text.prefault(''),
    'rollbar-token': input_values_text.prefault(''),
    'rollbar-endpoint': input_values_text.url({ error: 'must be a URL such as https://api.rollbar.com' }).prefault('https://api.rollbar.com'),
    'cloudwatch-log-group': input_values_text.prefault(''),
};
const INPUT_NAMES = Object.keys(inputShape);
/** Input name -> the text used when the input is empty. */
const INPUT_DEFAULTS = Object.fromEntries(INPUT_NAMES.map((name) => [name, inputShape[name].def.defaultValue]));
/**
 * The inputs as the code uses them. Strings that are "not given" are empty strings (never undefined),
 * lists are empty arrays, numbers and booleans carry their defaults.
 */
const inputsSchema = schemas/* object */.Ikc(inputShape).transform((v) => ({
    command: v.command,
    /** Path or glob, as given. */
    stackJson: v['stack-json'],
    /** As given; parseActionInputs resolves '' to `$RUNNER_TEMP/berth-stack.json`. */
    stackJsonOutput: v['stack-json-output'],
    environment: v.environment,
    githubToken: v['github-token'],
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
    batchSize: v['batch-size'],
    failurePolicy: v['failure-policy'],
    timeoutMinutes: v['timeout-minutes'],
    pollIntervalSeconds: v['poll-interval-seconds'],
    force: v.force,
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
    cloudwatchLogGroup: v['cloudwatch-log-group'],
}));
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
        if (given.trim() !== '')
            raw[name] = given;
    }
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
    return { ...inputs, stackJsonOutput: inputs.stackJsonOutput || (0,external_node_path_.join)(env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'berth-stack.json') };
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

/***/ 7798:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/host/parts.ts
// Which parts of host/ make the script for each mode, and how they are joined. Pure text work: reading
// the parts is script.ts's job (from the repository or from next to the bundle); shellcheck.mjs joins
// the same lists to check the parts together.
const HOST_MODES = (/* unused pure expression or super */ null && (['rollout', 'preflight', 'state', 'history']));
/** First, in every script: strict mode, globals, helpers, the result, the plan reader, docker. */
const COMMON = ['lib/prelude.sh', 'lib/util.sh', 'lib/result.sh', 'lib/plan.sh', 'lib/temp.sh', 'lib/docker.sh'];
/** What each mode needs between the common parts and main.sh (its own file last). */
const MODE_PARTS = {
    rollout: [
        'lib/secrets.sh', 'lib/haproxy.sh', 'lib/copies.sh', 'lib/record.sh', 'lib/swap.sh', 'lib/failure.sh',
        'lib/lock.sh', 'lib/steps.sh', 'lib/images.sh', 'lib/records.sh', 'modes/rollout.sh',
    ],
    state: ['lib/record.sh', 'modes/state.sh'],
    history: ['modes/history.sh'],
    preflight: ['lib/imds.sh', 'modes/preflight.sh'],
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
    if (mode !== 'preflight' && plan === undefined)
        throw new Error(`host mode ${mode} needs a plan`);
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
    return typeof v.ok === 'boolean' && (v.mode === 'rollout' || v.mode === 'preflight' || v.mode === 'state' || v.mode === 'history') &&
        Array.isArray(v.copies) && Array.isArray(v.removed) && typeof v.timings === 'object' && v.timings !== null &&
        (v.root === undefined || typeof v.root === 'string');
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

/***/ 6238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U6: () => (/* binding */ encodeHostPlan),
/* harmony export */   V0: () => (/* binding */ FIELD_END),
/* harmony export */   Y8: () => (/* binding */ RECORD_END),
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
// The name `raw` dates from when the action re-encoded an older line format of base64 fields into this
// one; hosts keep plans under this header, so it stays.
const PLAN_HEADER = 'berth-plan-raw 1';
/** Ends every field (0x1F, unit separator). */
const FIELD_END = '\x1f';
/** Ends every record (0x1E, record separator). */
const RECORD_END = '\x1e';
function record(name, ...fields) {
    const values = fields.map((value) => (typeof value === 'boolean' ? (value ? '1' : '0') : String(value)));
    for (const value of values) {
        if (value.includes(FIELD_END) || value.includes(RECORD_END)) {
            throw new Error(`a value of the plan record "${name}" holds the control character 0x1E or 0x1F, which the host cannot carry`);
        }
    }
    return [name, ...values].map((value) => value + FIELD_END).join('') + RECORD_END;
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
    for (const [key, value] of meta)
        records.push(record('meta', key, value));
    for (const app of plan.apps)
        records.push(record('app', app));
    for (const login of plan.registries) {
        records.push(record('registry', login.host, ...valueFields(login.username), ...valueFields(login.password)));
    }
    for (const volume of plan.dataVolumes) {
        records.push(record('volume', volume.app, volume.name, volume.image, ...volume.volumes));
    }
    plan.definitions.forEach((def, d) => {
        const h = def.health;
        records.push(record('def', d, def.app, def.name, def.mode, def.image, def.hash, def.redeploy, def.copies.length, def.stopSignal, def.stopGrace, h.interval, h.timeout, h.deadline, h.startupTime));
        if (def.loadBalancer) {
            const lb = def.loadBalancer;
            records.push(record('lb', d, lb.adminSocket, lb.backend, lb.drainTimeout));
        }
        if (def.dependsOn.length > 0)
            records.push(record('dep', d, ...def.dependsOn));
        for (const env of def.env)
            records.push(record('env', d, env.key, ...valueFields(env.value), env.secret));
        for (const copy of def.copies) {
            records.push(record('copy', d, copy.index, copy.name, copy.slots.length));
            copy.slots.forEach((slot, s) => {
                records.push(record('slot', d, copy.index, s, slot.id, slot.server ?? '', slot.serverAddress ?? '', ...healthFields(slot.health)));
                records.push(record('runargs', d, copy.index, s, ...slot.runArgs));
                records.push(record('command', d, copy.index, s, ...slot.command));
            });
        }
    });
    if (plan.migration) {
        const m = plan.migration;
        records.push(record('migration', m.app, m.definition, m.image));
        records.push(record('migrationargs', ...m.runArgs));
        records.push(record('migrationcommand', ...m.command));
        for (const env of m.env)
            records.push(record('migrationenv', env.key, ...valueFields(env.value), env.secret));
    }
    for (const cron of plan.cron) {
        records.push(record('cronfile', cron.app, cron.path));
        for (const line of cron.lines)
            records.push(record('cronline', cron.app, line));
        for (const file of cron.envFiles) {
            for (const env of file.env) {
                records.push(record('cronenv', cron.app, file.definition, file.path, env.key, ...valueFields(env.value), env.secret));
            }
        }
    }
    return `${PLAN_HEADER}\n${records.join('')}`;
}


/***/ })

};
