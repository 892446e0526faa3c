export const id = 979;
export const ids = [979,964];
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

/***/ 9979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HELP: () => (/* binding */ HELP),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/app/inputs.ts
var inputs = __webpack_require__(4734);
// EXTERNAL MODULE: ./src/stack/check-file.ts
var check_file = __webpack_require__(8739);
// EXTERNAL MODULE: ./src/stack/index.ts + 1 modules
var stack = __webpack_require__(2087);
// EXTERNAL MODULE: ./src/stack/plan.ts
var stack_plan = __webpack_require__(4993);
// EXTERNAL MODULE: ./src/stack/secrets.ts
var secrets = __webpack_require__(6325);
;// CONCATENATED MODULE: ./src/cli/plan-view.ts
// How a host plan is shown to people: secret values replaced by `***` (references to Parameter Store
// stay, they name a secret without revealing it), arguments quoted the way a shell would need them.

function redactValue(value, secret) {
    return value.kind === 'literal' && secret && value.value !== '' ? { kind: 'literal', value: stack/* REDACTED */.XF } : value;
}
function redactEnv(env) {
    return env.map((variable) => ({ ...variable, value: redactValue(variable.value, variable.secret) }));
}
/** Every literal secret value the plan or its document holds. */
function planSecrets(plan, document) {
    const values = new Set((0,stack/* listInlineSecrets */.Dh)(document).map((secret) => secret.value));
    const add = (env) => {
        for (const variable of env)
            if (variable.secret && variable.value.kind === 'literal')
                values.add(variable.value.value);
    };
    for (const definition of plan.definitions)
        add(definition.env);
    if (plan.migration)
        add(plan.migration.env);
    for (const cron of plan.cron)
        for (const file of cron.envFiles)
            add(file.env);
    for (const login of plan.registries)
        if (login.password.kind === 'literal')
            values.add(login.password.value);
    values.delete('');
    return [...values];
}
/**
 * The plan with every secret value replaced by `***`: secret env values, registry passwords, and
 * (as a second net) any occurrence of a known secret value anywhere else in the plan's text.
 */
function redactHostPlan(plan, document) {
    const secrets = planSecrets(plan, document);
    const structured = {
        ...plan,
        registries: plan.registries.map((login) => ({ ...login, password: redactValue(login.password, true) })),
        definitions: plan.definitions.map((definition) => ({ ...definition, env: redactEnv(definition.env) })),
        ...(plan.migration ? { migration: { ...plan.migration, env: redactEnv(plan.migration.env) } } : {}),
        cron: plan.cron.map((cron) => ({ ...cron, envFiles: cron.envFiles.map((file) => ({ ...file, env: redactEnv(file.env) })) })),
    };
    return redactStrings(structured, secrets);
}
/** Every string inside `value` (not the keys) with the known secret values masked. */
function redactStrings(value, secrets) {
    if (typeof value === 'string')
        return (0,stack/* redact */.E$)(value, secrets);
    if (Array.isArray(value))
        return value.map((item) => redactStrings(item, secrets));
    if (typeof value === 'object' && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, secrets)]));
    }
    return value;
}
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
/** An argument as a POSIX shell would need it to get exactly these bytes. */
function shellWord(arg) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg))
        return arg;
    // Control characters (newlines, tabs) are shown escaped in bash's $'...' form, so one argument stays one line.
    if (CONTROL.test(arg)) {
        const escaped = arg.replace(/[\\']/g, '\\$&').replace(new RegExp(CONTROL.source, 'g'), (ch) => {
            const named = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };
            return named[ch] ?? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
        });
        return `$'${escaped}'`;
    }
    return `'${arg.replace(/'/g, `'\\''`)}'`;
}
function shellLine(args) {
    return args.map(shellWord).join(' ');
}
function showValue(value) {
    return value.kind === 'ssm' ? (0,stack/* ssmPlaceholder */.XI)(value.name) : value.value;
}
function showEnv(env, indent) {
    return env.map((variable) => `${indent}${variable.key}=${shellWord(showValue(variable.value))}${variable.secret ? '   (secret)' : ''}`);
}
/** The plan as text, in the order the host runs it. Expects a redacted plan. */
function renderPlan(plan) {
    const out = [];
    out.push(`host ${plan.host.hostname} (instance ${plan.host.instanceId || '-'}, root ${plan.host.root}), apps: ${plan.apps.join(', ')}`);
    if (plan.registries.length > 0) {
        out.push('', 'registry logins');
        for (const login of plan.registries)
            out.push(`  ${login.host}  user ${showValue(login.username) || '-'}  password ${showValue(login.password) || '-'}`);
    }
    if (plan.dataVolumes.length > 0) {
        out.push('', 'data volumes (created once, never replaced)');
        for (const volume of plan.dataVolumes) {
            out.push(`  ${volume.name}  [${volume.app}]  docker create --name ${shellWord(volume.name)} ${shellLine(volume.volumes.flatMap((v) => ['-v', v]))} ${volume.image}`);
        }
    }
    if (plan.migration) {
        const m = plan.migration;
        out.push('', `migration (before the first copy of ${m.definition} is replaced)`);
        const rm = m.runArgs.includes('--rm') ? [] : ['--rm'];
        out.push(`  docker run ${shellLine([...rm, ...m.runArgs])} ${shellWord(m.image)} ${shellLine(m.command)}`.trimEnd());
        out.push(...showEnv(m.env, '    '));
    }
    for (const definition of plan.definitions) {
        const copies = definition.mode === 'cron' ? 'scheduled' : `${definition.copies.length} cop${definition.copies.length === 1 ? 'y' : 'ies'}`;
        out.push('', `${definition.name}  [${definition.app}]  ${definition.mode}, ${copies}, ${definition.image}`);
        out.push(`  hash ${definition.hash.slice(0, 12)}  stop ${definition.stopSignal} after ${definition.stopGrace}s  health ${definition.health.interval}s/${definition.health.timeout}s, deadline ${definition.health.deadline}s, startup ${definition.health.startupTime}s`);
        if (definition.loadBalancer) {
            out.push(`  load balancer: backend ${definition.loadBalancer.backend} via ${definition.loadBalancer.adminSocket}, drain ${definition.loadBalancer.drainTimeout}s`);
        }
        if (definition.dependsOn.length > 0)
            out.push(`  depends on: ${definition.dependsOn.join(', ')}`);
        if (definition.rollout === 'surge')
            out.push('  rollout: surge (every new copy at once, in its alternate slot)');
        if (definition.rollout === 'overlap')
            out.push('  rollout: the new copy starts before the old one stops');
        if (definition.env.length > 0) {
            out.push('  env:');
            out.push(...showEnv(definition.env, '    '));
        }
        for (const copy of definition.copies) {
            for (const slot of copy.slots) {
                const label = copy.slots.length > 1 ? `${copy.name} [slot ${slot.id || '-'}]` : copy.name;
                out.push(`  ${label}: docker run -d --name ${copy.name} ${shellLine(slot.runArgs)} ${shellWord(definition.image)} ${shellLine(slot.command)}`.trimEnd());
                if (slot.health.kind !== 'none')
                    out.push(`    health: ${JSON.stringify(slot.health)}`);
                if (slot.server)
                    out.push(`    haproxy server ${slot.server} ${slot.serverAddress ?? ''}`.trimEnd());
            }
        }
    }
    for (const cron of plan.cron) {
        if (cron.lines.length === 0)
            continue;
        out.push('', `cron file ${cron.path}  [${cron.app}]`);
        for (const line of cron.lines)
            out.push(`  ${line}`);
    }
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var args = __webpack_require__(1196);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/commands/plan.ts
// `berth plan FILE --hostname H --stack-name S`: what one host would run, in order, secrets redacted.










const HELP = `Usage: berth plan FILE --hostname H --stack-name S [options]

Prints the per-host plan of a Stack JSON document: data volumes, the migration, then every
definition in deploy order with its mode, copies (app0, app1, ...), image:tag and each \`docker run\`
argument, and the cron entries. Placeholders are resolved for the given host; %{ssm:...}
references stay references; secret values are shown as ***.

Options:
  --hostname H         the instance's hostname (OpsWorks-style, e.g. docker1)       (required)
  --stack-name S       the stack's name, for %{opsworks}                            (required)
  --public-ip IP       the instance's public IP, for %{public_ip} (default: empty)
  --instance-id I      the EC2 instance id (default: empty)
  --host-root DIR      directory host paths are placed under (default: /)
  --manual NAMES       manual definitions to redeploy this time (comma-separated)
  --environment ENV    deploy environment, the Rollbar fallback (default: production)
  --release TAG        the release label and the revision given to rev_var (default: plan)
  --data-volume-image I  image of the data-only containers (default: busybox:latest)
  --surge              surge for definitions with an alternate slot that do not set "surge" (the surge input)
  --json               print the plan as JSON (the HostPlan type) instead of text
  -h, --help
Exit status: 0 printed, 1 the document has errors (they are printed), 2 wrong usage.
`;
async function run(argv) {
    const parsed = (0,args/* parseCommandLine */.Du)(argv, HELP, {
        hostname: { type: 'string' },
        'stack-name': { type: 'string' },
        'public-ip': { type: 'string', default: '' },
        'instance-id': { type: 'string', default: '' },
        'host-root': { type: 'string', default: '/' },
        manual: { type: 'string', default: '' },
        environment: { type: 'string', default: 'production' },
        release: { type: 'string', default: 'plan' },
        'data-volume-image': { type: 'string', default: inputs/* INPUT_DEFAULTS */.WJ['data-volume-image'] },
        surge: { type: 'boolean' },
        json: { type: 'boolean' },
    }, true);
    if (!parsed)
        return 0;
    const v = parsed.values;
    if (parsed.positionals.length !== 1)
        throw new usage/* UsageError */.e('name exactly one Stack JSON file');
    if (!v.hostname)
        throw new usage/* UsageError */.e('--hostname is required (the instance hostname, e.g. docker1)');
    if (v['stack-name'] === undefined)
        throw new usage/* UsageError */.e('--stack-name is required (the stack name, for %{opsworks})');
    if (!v['host-root'].startsWith('/'))
        throw new usage/* UsageError */.e('--host-root must be an absolute path');
    const file = parsed.positionals[0];
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        process.stderr.write(`${file}: cannot read the file: ${(0,errors/* errorMessage */.g)(error)}\n`);
        return 1;
    }
    const result = (0,check_file/* checkStackFile */.R)(text, file);
    if (!result.ok || result.document === undefined) {
        for (const d of result.diagnostics)
            if (d.severity === 'error')
                process.stderr.write((0,stack/* formatDiagnostic */.xy)(d) + '\n');
        process.stderr.write(`${file}: fix the errors above first (berth validate ${file})\n`);
        return 1;
    }
    const options = {
        deployId: 'plan',
        release: v.release,
        revision: v.release,
        actor: 'berth plan',
        createdAt: new Date().toISOString(),
        hostRoot: v['host-root'],
        force: false,
        manual: v.manual
            .split(',')
            .map((name) => name.trim())
            .filter((name) => name !== ''),
        runMigration: true,
        keepImages: 3,
        lockTimeout: 300,
        aws: { region: '' },
        preferLocalImages: false,
        dataVolumeImage: v['data-volume-image'],
        logTailLines: 50,
        environment: v.environment,
        surge: v.surge === true,
    };
    const facts = { hostname: v.hostname, instanceId: v['instance-id'], publicIp: v['public-ip'], stackName: v['stack-name'] };
    // The hashes a deploy computes (inline secrets as their references, default prefix): none covers a secret value.
    const hashed = (0,stack/* buildHostPlan */.oy)((0,secrets/* referencingSecrets */.Us)(result.document, `/berth/${v.environment}/secrets`), facts, options);
    const plan = redactHostPlan((0,stack_plan/* withHashesOf */.y6)((0,stack/* buildHostPlan */.oy)(result.document, facts, options), hashed), result.document);
    process.stdout.write(v.json ? JSON.stringify(plan, null, 2) + '\n' : renderPlan(plan));
    return 0;
}


/***/ })

};
