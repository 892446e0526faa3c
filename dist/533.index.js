export const id = 533;
export const ids = [533];
export const modules = {

/***/ 8875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ rollbackResultJson),
/* harmony export */   w: () => (/* binding */ rollbackRelease)
/* harmony export */ });
/* harmony import */ var _deploy_host_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9020);
/* harmony import */ var _deploy_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(428);
/* harmony import */ var _deploy_rollback_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4283);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(17);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3964);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4734);
/* harmony import */ var _planner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6727);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3514);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2326);
/* harmony import */ var _stack_output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5842);
// A rollback: choose the version (the `version` input, else the previous good one from GitHub
// Deployments; when GitHub has nothing to offer, from the plans the hosts recorded), restore its whole
// plan (the Stack JSON at its commit with the images it ran), and run it like a deploy: lock, health
// gates, failure policy, Rollbar and a GitHub deployment record. No build, no migration, images on the
// hosts used without a pull. A release chosen from the hosts' records is restored from those records:
// each host rolls out again the plan it recorded (policy.restoreRecords, the host's restore mode).










async function rollbackRelease(inputs, context, deps, log) {
    const now = deps.now ?? Date.now;
    const started = now();
    (0,_release_js__WEBPACK_IMPORTED_MODULE_6__/* .maskSecrets */ .QU)(inputs, log);
    let history = [];
    if (deps.recorder) {
        try {
            history = await deps.recorder.history(inputs.environment);
        }
        catch (error) {
            log.warn(`Could not read the GitHub deployment history of "${inputs.environment}": ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .g)(error)}`);
        }
    }
    else {
        log.warn('No github-token: the GitHub deployment history cannot be read; the releases the hosts recorded are used instead.');
    }
    const readCurrent = deps.readCurrent ?? (0,_context_js__WEBPACK_IMPORTED_MODULE_3__.workspaceReader)(context.workspace);
    const plans = deps.planner ?? (0,_planner_js__WEBPACK_IMPORTED_MODULE_5__/* .releasePlanner */ .e)(inputs.stackJson, inputs.maxCommandBytes, inputs.surge);
    const query = { environment: inputs.environment, requested: inputs.version, history };
    let target;
    let hostHistory;
    try {
        target = (0,_deploy_rollback_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseRollbackTarget */ .NO)(query);
    }
    catch (error) {
        if (!(error instanceof _deploy_rollback_js__WEBPACK_IMPORTED_MODULE_2__/* .RollbackError */ .ZS))
            throw error;
        // GitHub has nothing to offer: ask the hosts what they ran.
        log.info(`GitHub Deployments has nothing to offer (${history.length === 0 ? 'no successful deployment read' : `none of ${history.length} successful deployment(s) fits`}); ` +
            'reading the releases the hosts recorded.');
        hostHistory = await readHostsHistory(inputs, context, deps, plans, readCurrent, log, now);
        target = (0,_deploy_rollback_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseRollbackTarget */ .NO)({
            ...query,
            hostReleases: hostHistory?.releases ?? [],
            ...(hostHistory?.running !== undefined ? { running: hostHistory.running } : {}),
        });
    }
    const source = target.source === 'github' ? `GitHub deployment ${target.deploymentId}` : "the hosts' records";
    log.info(`Rolling "${inputs.environment}" back to ${target.version} (${target.commit ? `commit ${target.commit.slice(0, 12)}` : 'commit not recorded'}, from ${source})` +
        (target.from ? `; ${target.from} runs now` : ''));
    const running = history.find((d) => d.payload.version === target.from);
    const runningOnHosts = hostHistory?.releases.find((r) => r.release === target.from);
    const restored = await (0,_deploy_rollback_js__WEBPACK_IMPORTED_MODULE_2__/* .restoreRelease */ .E8)(target, { readAtCommit: deps.readAtCommit, readCurrent }, inputs.stackJson);
    const file = target.stackJsonPath || inputs.stackJson;
    if (restored.currentDocument) {
        log.warn(`The hosts did not record the commit of ${target.version}: restoring today's ${file} with the images ${target.version} ran ` +
            `(${Object.entries(target.images)
                .map(([d, i]) => `${d}=${i}`)
                .join(', ')}), not the document it was deployed with.`);
    }
    const commit = target.commit || (await (0,_context_js__WEBPACK_IMPORTED_MODULE_3__.headCommit)(context.workspace, deps.env ?? process.env));
    const document = (0,_planner_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStackDocument */ .R)(restored.text, file);
    await (0,_stack_output_js__WEBPACK_IMPORTED_MODULE_8__/* .writeStackJsonOutput */ .d3)(inputs.stackJsonOutput, restored.text, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .secretInputValues */ .fl)(inputs));
    const subject = commit ? await (0,_context_js__WEBPACK_IMPORTED_MODULE_3__.commitSubject)(context.workspace, commit) : '';
    // From the hosts' records: each host rolls out the plan it recorded for the release, exactly as it ran
    // it (host restore mode); the restored document only names the apps and gives the records their context.
    const records = target.records;
    const deploy = deps.runDeploy ?? _deploy_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .runDeploy */ .zt;
    if (records)
        log.info(`Each host restores the plan it recorded for ${target.version} (not a plan of the document).`);
    const previousImages = running?.payload.images ?? runningOnHosts?.images;
    const run = await (0,_release_js__WEBPACK_IMPORTED_MODULE_6__/* .runRelease */ .T_)({
        inputs,
        context,
        planner: plans,
        started,
        release: {
            kind: 'rollback',
            environment: inputs.environment,
            stackJsonPath: file,
            version: target.version,
            commit,
            actor: context.actor,
            runUrl: context.runUrl,
            deployId: `${inputs.environment}-rollback-${context.runId}-${now().toString(36)}`,
        },
        document,
        deployed: () => document,
        rollbarComment: `Rollback to ${target.version}${subject ? `: ${subject}` : ''} (${context.actor})`,
        policy: { skipMigration: true, preferLocalImages: true },
        ...(target.from ? { rollbackFrom: target.from } : {}),
        ...(previousImages ? { previousImages } : {}),
        ...(records
            ? {
                runDeploy: (settings, ports, runLog) => deploy({
                    ...settings,
                    policy: {
                        ...settings.policy,
                        restoreRecords: records,
                        ...(hostHistory ? { recordsPreflight: { apps: hostHistory.apps, outcomes: hostHistory.outcomes } } : {}),
                    },
                }, ports, runLog),
            }
            : deps.runDeploy
                ? { runDeploy: deps.runDeploy }
                : {}),
    }, deps, log);
    return { target, outcome: run.outcome, model: run.model, document, text: restored.text, ...(hostHistory ? { hostHistory } : {}) };
}
/**
 * The releases every target host recorded (src/deploy/host-history.ts), for the apps of the Stack
 * JSON as checked out now. Undefined, with a warning, when they cannot be read: the choice then says
 * there is nothing to go back to.
 */
async function readHostsHistory(inputs, context, deps, plans, readCurrent, log, now) {
    try {
        const current = plans.parseDocument(await readCurrent(inputs.stackJson));
        const fleet = (0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .fleetSettings */ .E0)(inputs, undefined, deps.env ?? process.env);
        const apps = Object.keys(current.deploy);
        // As the rollback's preflight: a release chosen from these records is restored with no other
        // command before each host's restore.
        const hostHistory = await (0,_deploy_host_history_js__WEBPACK_IMPORTED_MODULE_0__/* .readHostHistory */ .rt)(deps.hosts, plans, {
            ssmTargets: fleet.ssmTarget,
            apps,
            hostRoot: fleet.host.hostRoot,
            environment: inputs.environment,
            actor: context.actor,
            region: fleet.host.region,
            deadline: now() + Math.min(fleet.policy.timeoutMinutes, 5) * 60_000,
            now,
        }, log, { asPreflight: true });
        for (const problem of hostHistory.problems)
            log.warn(`Hosts' records: ${problem}`);
        log.info(hostHistory.releases.length > 0
            ? `Releases every host recorded, newest first: ${hostHistory.releases.map((r) => r.release).join(', ')}` +
                (hostHistory.running ? ` (${hostHistory.running} runs now)` : '')
            : 'No release is recorded on every host.');
        return { ...hostHistory, apps };
    }
    catch (error) {
        log.warn(`Could not read the releases the hosts recorded: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .g)(error)}`);
        return undefined;
    }
}
/** The `result` output and the CLI's --json: the outcome without the document. */
function rollbackResultJson(result) {
    const { outcome } = result;
    return {
        status: outcome.status,
        kind: outcome.kind,
        version: outcome.version,
        fleet: outcome.fleet,
        summary: outcome.summary,
        rolledBackFrom: result.target.from ?? null,
        commit: result.target.commit,
        hosts: outcome.hosts,
        deployId: outcome.deployId,
        githubDeploymentId: outcome.githubDeploymentId ?? null,
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

/***/ 2703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _stack_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6325);

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
const CANARY_MARK = { promoted: '✅', refused: '❌', failed: '❌', stopped: '⏹️' };
/** The canary's comparison: per canary host and compared definition, old → new, and the verdict. */
function renderCanary(hosts) {
    const out = ['### Canary', ''];
    for (const host of hosts) {
        out.push(`- ${CANARY_MARK[host.state]} **${host.host}**, ${host.batch}: ${cell(host.text)}`);
        for (const note of host.notes)
            out.push(`  - ${cell(note)}`);
    }
    out.push('');
    const rows = hosts.flatMap((host) => host.rows.map((row, i) => ({ host: i === 0 ? host.host : '', row })));
    if (rows.length > 0) {
        out.push('| Canary host | Definition | Requests (old → new) | 5xx | Errors | Response time | Verdict |');
        out.push('|---|---|---|---|---|---|---|');
        for (const { host, row } of rows) {
            out.push(`| ${cell(host)} | ${cell(row.definition)} | ${cell(row.requests)} | ${cell(row.r5xx)} | ${cell(row.errors)} | ${cell(row.rtime)} | ${cell(row.verdict)} |`);
        }
        out.push('');
    }
    return out;
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
        model.github
            ? model.github.url
                ? `[GitHub deployment ${model.github.deploymentId}](${model.github.url})`
                : `GitHub deployment ${model.github.deploymentId}`
            : '',
    ].filter((f) => f !== '');
    out.push(facts.join(' · '));
    out.push('');
    // After a failure, each host's own story: what the release did there and where the way back left it.
    if (model.hosts.some((h) => h.story)) {
        for (const host of model.hosts)
            out.push(`- **${host.hostname}** (${host.instanceId}): ${host.story ?? host.state}`);
        out.push('');
    }
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
    if (model.canary)
        out.push(...renderCanary(model.canary));
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
    if (model.converge)
        out.push(`- **Converge**: ${model.converge}`);
    for (const joined of model.joined ?? [])
        out.push(`- **Joined during the deploy**: ${joined}`);
    if (model.rollbar.length === 0)
        out.push('- **Rollbar**: not configured (no token)');
    for (const r of model.rollbar) {
        const what = r.status === 'not reported' ? 'not reported (see the warnings in the log)' : `deploy ${r.deployId ?? '(new)'} ${r.status}`;
        out.push(`- **Rollbar** app "${r.app}", environment "${r.environment}": ${what}`);
    }
    out.push(`- **GitHub**: ${model.github ? `deployment ${model.github.deploymentId} marked ${model.ok ? 'success' : 'failure'}` : 'no deployment recorded'}`);
    out.push('');
    return (0,_stack_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(out.join('\n'), secrets);
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

/***/ 4558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ cancelOnCtrlC)
/* harmony export */ });
/* unused harmony export describeLeft */
/* harmony import */ var _deploy_hosts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2140);

/** What a quit leaves behind, in words: the commands still running and the lock. */
function describeLeft(checkpoint) {
    if (!checkpoint)
        return 'nothing was started on the hosts.';
    const running = [
        ...checkpoint.inFlight.map((c) => `${c.hosts.map(_deploy_hosts_js__WEBPACK_IMPORTED_MODULE_0__/* .hostLabel */ .vy).join(', ')} (command ${c.commandId})`),
        ...(checkpoint.sending.length > 0 ? [`${checkpoint.sending.map(_deploy_hosts_js__WEBPACK_IMPORTED_MODULE_0__/* .hostLabel */ .vy).join(', ')} (command being sent)`] : []),
    ];
    const lock = checkpoint.lock
        ? `The deploy lock ${checkpoint.lock.name} stays; run berth unlock once the hosts are done.`
        : 'No deploy lock was held.';
    return `${running.length > 0 ? `still running on ${running.join('; ')}.` : 'no host command is running.'} ${lock}`;
}
function cancelOnCtrlC(log, exit = (code) => process.exit(code)) {
    const controller = new AbortController();
    let latest;
    const onSignal = (name) => {
        if (!controller.signal.aborted) {
            controller.abort();
            const running = latest ? latest.inFlight.flatMap((c) => c.hosts).map(_deploy_hosts_js__WEBPACK_IMPORTED_MODULE_0__/* .hostLabel */ .vy) : [];
            log.warn(`${name}: stopping. No new batch starts${running.length > 0 ? `; the batch in flight (${running.join(', ')}) finishes` : ''}; ` +
                'then the failure policy, the read back and the lock release. Press Ctrl-C again to quit at once (the lock then stays).');
            return;
        }
        log.error(`${name} again: quitting; ${describeLeft(latest)}`);
        exit(130);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        onCheckpoint: (checkpoint) => {
            latest = checkpoint;
        },
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}


/***/ }),

/***/ 4533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HELP: () => (/* binding */ HELP),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _app_rollback_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8875);
/* harmony import */ var _app_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2703);
/* harmony import */ var _app_wiring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4033);
/* harmony import */ var _app_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4734);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4558);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9851);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1196);
// `berth rollback`: the action's rollback from a terminal. Every action input is a flag of the same
// name (`--environment production --version v41 --instance-ids i-1,i-2 ...`); the GitHub context
// comes from --repository/BERTH_GITHUB_TOKEN or GITHUB_REPOSITORY/GITHUB_TOKEN. Without them, the
// releases the hosts recorded decide (rollbackRelease reads them through the same AWS adapters).







const HELP = `Usage: berth rollback [--version V] [--environment E] [options]

Restores the newest successful deployment of the environment whose version is not the one running
now (GitHub Deployments history), or the version named with --version (tag or commit SHA): the
Stack JSON at that commit with the images it ran. Without a GitHub token or history (or when the
version is not in it), the releases every target host recorded decide (the hosts keep their last 10
plans); a release recorded without its commit gets today's Stack JSON (--stack-json) with its images.
No build, no migration; images still on the hosts are used without a pull. Same lock, health gates,
Rollbar and GitHub record as a deploy.

Options (each action input is a flag of the same name; the most used):
  --environment E        default production
  --version V            default: the previous good version
  --instance-ids IDS     comma list, or --targets 'tag:Key=v1,v2'
  --stack-json PATH      path of the Stack JSON in the repository (default stack.json): read at the
                         restored commit, and as checked out for the hosts' records
  --aws-region R, --aws-endpoint URL, --host-aws-endpoint URL
  BERTH_GITHUB_TOKEN     (or --github-token-stdin) default $GITHUB_TOKEN
  --repository OWNER/REPO  default $GITHUB_REPOSITORY
  BERTH_ROLLBAR_TOKEN, --rollbar-endpoint URL (secrets never as flags: ps shows them)
  --json                 print the result as JSON on stdout (progress stays on stderr)
  -h, --help
Exit status: 0 rolled back, 1 failed, 2 wrong usage.
`;
async function run(argv) {
    const flags = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .readReleaseFlags */ .n9)(argv, 'rollback', HELP, (name) => (name === 'github-token' ? (process.env.GITHUB_TOKEN ?? '') : ''));
    if (!flags)
        return 0;
    const { inputs } = flags;
    const context = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .commandLineContext */ .B9)(flags);
    const log = (0,_progress_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalLog */ .d)();
    const ports = await (0,_app_wiring_js__WEBPACK_IMPORTED_MODULE_2__.releasePorts)(inputs, context, log);
    const cancel = (0,_cancel_js__WEBPACK_IMPORTED_MODULE_6__/* .cancelOnCtrlC */ .A)(log);
    const result = await (0,_app_rollback_js__WEBPACK_IMPORTED_MODULE_0__/* .rollbackRelease */ .w)(inputs, context, { ...ports, signal: cancel.signal, onCheckpoint: cancel.onCheckpoint }, log).finally(cancel.dispose);
    process.stderr.write(`${(0,_app_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSummary */ .B)(result.model, (0,_app_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .secretInputValues */ .fl)(inputs))}\n`);
    if (flags.json)
        process.stdout.write(`${JSON.stringify((0,_app_rollback_js__WEBPACK_IMPORTED_MODULE_0__/* .rollbackResultJson */ .o)(result))}\n`);
    return result.outcome.status === 'success' ? 0 : 1;
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


/***/ }),

/***/ 4283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ restoreRelease),
/* harmony export */   NO: () => (/* binding */ chooseRollbackTarget),
/* harmony export */   ZS: () => (/* binding */ RollbackError)
/* harmony export */ });
/* unused harmony exports parseImageReference, imageUpdates */
/* harmony import */ var _stack_merge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9604);
// Rollback: which version to go back to, and the document that restores it. Pure decisions; the
// caller (src/app/rollback.ts, for the action and the CLI) reads history (GitHub Deployments, else the hosts' records:
// src/deploy/host-history.ts) and files, and runs the result through the same pipeline as a deploy
// (runDeploy), with no build, no migration and images taken from the hosts.

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
        ...(r.deployIds ? { records: r.deployIds } : {}),
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
    const tag = hasTag ? named.slice(colon + 1) : (digest ?? 'latest');
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
    const committed = target.commit
        ? await tools.readAtCommit(target.commit, path)
        : await tools.readCurrent(path);
    const updates = imageUpdates(target.images);
    const pinned = updates.filter((u) => u.digest !== undefined);
    const byTag = updates.filter((u) => u.digest === undefined);
    let text = committed;
    const retagged = [];
    for (const [batch, pin] of [
        [byTag, false],
        [pinned, true],
    ]) {
        if (batch.length === 0)
            continue;
        const merged = (tools.mergeImageTags ?? _stack_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeImageTags */ .Fi)(text, batch, { pin });
        text = merged.text;
        retagged.push(...merged.changed);
    }
    return { target, text, retagged, ...(currentDocument ? { currentDocument } : {}) };
}


/***/ })

};
