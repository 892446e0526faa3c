export const id = 231;
export const ids = [231];
export const modules = {

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


/***/ }),

/***/ 1196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B9: () => (/* binding */ commandLineContext),
  Du: () => (/* binding */ parseCommandLine),
  n9: () => (/* binding */ readReleaseFlags)
});

// UNUSED EXPORTS: SECRET_INPUT_ENV, secretInputHelp

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/app/context.ts
var context = __webpack_require__(3964);
// EXTERNAL MODULE: ./src/app/inputs.ts
var app_inputs = __webpack_require__(4734);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/app/input-values.ts
var input_values = __webpack_require__(7302);
// EXTERNAL MODULE: ./src/stack/credential-values.ts
var credential_values = __webpack_require__(7638);
// EXTERNAL MODULE: ./src/stack/secrets.ts
var secrets = __webpack_require__(6325);
;// CONCATENATED MODULE: ./src/cli/build-arg-flags.ts
// Build args may be plain (`VERSION=1.4`) or secret (`NPM_TOKEN=...`). A plain one is fine as a flag;
// a secret one is not, as every user of the machine reads a process's arguments (ps, /proc).



/** The inputs that carry build args: a flag of theirs is taken unless it holds a secret one. */
const BUILD_ARG_INPUTS = ['build-args', 'images'];
const isSecretArg = ([key, value]) => (0,secrets/* isSecretKey */.uE)(key) || (0,credential_values/* holdsUrlCredentials */.gX)(value);
/** Whether the text of a `--build-args` or `--images` flag holds a build arg that is a secret (a text that does not parse: no). */
function flagHoldsSecretBuildArg(input, text) {
    if (input === 'build-args') {
        const parsed = input_values/* buildArgs */.CH.safeParse(text);
        return parsed.success && Object.entries(parsed.data).some(isSecretArg);
    }
    const parsed = input_values/* images */.zC.safeParse(text);
    return parsed.success && parsed.data.some((build) => Object.entries(build.buildArgs).some(isSecretArg));
}

// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/args.ts
// The one command-line reader of every `berth <command>`: node's parseArgs plus -h/--help, with wrong
// usage turned into a UsageError (exit status 2). The release commands (deploy, rollback, unlock) take
// every action input as a flag of the same name, parsed by the inputs' one schema; the secret inputs
// come from the environment or stdin instead.







/** Says what went wrong with `--flag`-style parsing in words a user can act on. */
function describeParseError(error) {
    return (0,errors/* errorMessage */.g)(error).replace(/\. To specify a positional argument.*$/s, '');
}
/**
 * Parses `argv` with `options` (and -h/--help). Undefined after printing `help` when help was asked for.
 */
function parseCommandLine(argv, help, options, allowPositionals = false) {
    let parsed;
    try {
        const withHelp = { ...options, help: { type: 'boolean', short: 'h' } };
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals,
            options: withHelp,
        });
    }
    catch (error) {
        throw new usage/* UsageError */.e(describeParseError(error));
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
    return { ...(0,context.contextFromEnv)({ ...env, ...repository }), workspace: process.cwd() };
}
/**
 * Inputs that hold secrets never come from a flag: every user of the machine reads a process's
 * arguments (`ps`, /proc). Each comes from its environment variable, or from stdin with `--<name>-stdin`.
 */
const SECRET_INPUT_ENV = {
    'github-token': 'BERTH_GITHUB_TOKEN',
    'registry-password': 'BERTH_REGISTRY_PASSWORD',
    'rollbar-token': 'BERTH_ROLLBAR_TOKEN',
    'rollbar-read-token': 'BERTH_ROLLBAR_READ_TOKEN',
    database: 'BERTH_DATABASE',
    // Build args: as a flag too while none of them is a secret (build-arg-flags.ts).
    'build-args': 'BERTH_BUILD_ARGS',
    images: 'BERTH_IMAGES',
};
const SECRET_INPUTS = Object.keys(SECRET_INPUT_ENV);
const isSecretInput = (name) => Object.hasOwn(SECRET_INPUT_ENV, name);
const isBuildArgInput = (name) => BUILD_ARG_INPUTS.includes(name);
/** How to give a secret input: the message for its refused flag, and the help text. */
function secretInputHelp(name) {
    return `set ${SECRET_INPUT_ENV[name]} in the environment or pipe it into --${name}-stdin`;
}
const INPUT_FLAGS = Object.fromEntries(app_inputs/* INPUT_NAMES */.Qh.filter((name) => name !== 'command').map((name) => [name, { type: 'string' }]));
const STDIN_FLAGS = Object.fromEntries(SECRET_INPUTS.map((name) => [`${name}-stdin`, { type: 'boolean' }]));
/** The secret inputs from the environment and stdin; a secret given as a flag is refused. */
function readSecretInputs(values, sources) {
    const env = sources.env ?? process.env;
    // A build arg input's flag is taken while it holds no secret build arg (build-arg-flags.ts).
    const given = SECRET_INPUTS.filter((name) => {
        const text = values[name];
        return typeof text === 'string' && (!isBuildArgInput(name) || flagHoldsSecretBuildArg(name, text));
    });
    if (given.length > 0) {
        const why = (name) => isBuildArgInput(name)
            ? ' with a secret build arg in it (a key holding PASSWORD, SECRET, TOKEN, KEY or CREDENTIAL, or user:password@)'
            : '';
        throw new usage/* UsageError */.e(given
            .map((name) => `--${name} is not accepted${why(name)}: a flag is visible to every user of this machine (ps, /proc); ${secretInputHelp(name)}`)
            .join('\n'));
    }
    const twice = BUILD_ARG_INPUTS.filter((name) => typeof values[name] === 'string' && ((env[SECRET_INPUT_ENV[name]] ?? '') !== '' || values[`${name}-stdin`] === true));
    if (twice.length > 0)
        throw new usage/* UsageError */.e(twice.map((name) => `--${name} is given twice (also by ${SECRET_INPUT_ENV[name]} or --${name}-stdin): give it once`).join('\n'));
    const piped = SECRET_INPUTS.filter((name) => values[`${name}-stdin`] === true);
    if (piped.length > 1)
        throw new usage/* UsageError */.e(`only one input can come from stdin, got ${piped.map((name) => `--${name}-stdin`).join(' and ')}`);
    const out = {};
    for (const name of SECRET_INPUTS) {
        const value = env[SECRET_INPUT_ENV[name]];
        if (value !== undefined && value !== '')
            out[name] = value;
    }
    const [fromStdin] = piped;
    if (fromStdin)
        out[fromStdin] = (sources.readStdin ?? (() => (0,external_node_fs_.readFileSync)(0, 'utf8')))().replace(/\r?\n$/, '');
    return out;
}
/**
 * Every input of the action as a flag of the same name (`--batch-size 2`), parsed like the action's
 * inputs, except the secret ones (SECRET_INPUT_ENV); `fallback` gives a value for an input not given.
 */
function readReleaseFlags(argv, command, help, fallback = () => '', sources = {}, extra = {}) {
    const parsed = parseCommandLine(argv, help, { ...INPUT_FLAGS, ...STDIN_FLAGS, json: { type: 'boolean' }, repository: { type: 'string' }, ...extra.options }, extra.positionals === true);
    if (!parsed)
        return undefined;
    const values = parsed.values;
    const secrets = readSecretInputs(values, sources);
    const given = (name) => {
        if (name === 'command')
            return command;
        const value = values[name];
        // A secret input's flag got this far only when allowed (a build arg input holding no secret).
        if (isSecretInput(name))
            return secrets[name] ?? (typeof value === 'string' ? value : fallback(name));
        return typeof value === 'string' ? value : fallback(name);
    };
    try {
        const inputs = (0,app_inputs/* parseActionInputs */.HC)(given);
        const repository = values['repository'];
        const own = Object.fromEntries(Object.keys(extra.options ?? {}).map((name) => [name, values[name]]));
        return {
            inputs,
            json: values['json'] === true,
            ...(typeof repository === 'string' ? { repository } : {}),
            own,
            positionals: parsed.positionals,
        };
    }
    catch (error) {
        if (error instanceof app_inputs/* InputError */.dz)
            throw new usage/* UsageError */.e(error.message
                .replace('Invalid action inputs', 'Invalid options')
                .replace(/input "([^"]+)"/g, (_, name) => isSecretInput(name) && typeof values[name] !== 'string' ? SECRET_INPUT_ENV[name] : `--${name}`));
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
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1196);
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
/* harmony import */ var _stack_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);

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


/***/ })

};
