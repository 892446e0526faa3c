export const id = 533;
export const ids = [533];
export const modules = {

/***/ 9969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ rollbackRelease),
  o: () => (/* binding */ rollbackResultJson)
});

// EXTERNAL MODULE: ./src/deploy/host-history.ts
var host_history = __webpack_require__(9020);
// EXTERNAL MODULE: ./src/deploy/pipeline.ts + 7 modules
var pipeline = __webpack_require__(6239);
// EXTERNAL MODULE: ./src/stack/merge.ts
var merge = __webpack_require__(9604);
;// CONCATENATED MODULE: ./src/deploy/rollback.ts
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
        const merged = (tools.mergeImageTags ?? merge/* mergeImageTags */.Fi)(text, batch, { pin });
        text = merged.text;
        retagged.push(...merged.changed);
    }
    return { target, text, retagged, ...(currentDocument ? { currentDocument } : {}) };
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/app/context.ts
var app_context = __webpack_require__(3964);
// EXTERNAL MODULE: ./src/app/planner.ts
var planner = __webpack_require__(6727);
// EXTERNAL MODULE: ./src/app/release.ts + 2 modules
var release = __webpack_require__(3514);
// EXTERNAL MODULE: ./src/app/settings.ts
var settings = __webpack_require__(2326);
// EXTERNAL MODULE: ./src/app/stack-output.ts
var stack_output = __webpack_require__(5842);
;// CONCATENATED MODULE: ./src/app/rollback.ts
// A rollback: choose the version (the `version` input, else the previous good one from GitHub
// Deployments; when GitHub has nothing to offer, from the plans the hosts recorded), restore its whole
// plan (the Stack JSON at its commit with the images it ran), and run it like a deploy: lock, health
// gates, failure policy, Rollbar and a GitHub deployment record. No build, no migration, images on the
// hosts used without a pull. A release chosen from the hosts' records is restored from those records:
// each host rolls out again the plan it recorded (policy.restoreRecords, the host's restore mode).









async function rollbackRelease(inputs, context, deps, log) {
    const now = deps.now ?? Date.now;
    const started = now();
    (0,release/* maskSecrets */.QU)(inputs, log);
    let history = [];
    if (deps.recorder) {
        try {
            history = await deps.recorder.history(inputs.environment);
        }
        catch (error) {
            log.warn(`Could not read the GitHub deployment history of "${inputs.environment}": ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    else {
        log.warn('No github-token: the GitHub deployment history cannot be read; the releases the hosts recorded are used instead.');
    }
    const readCurrent = deps.readCurrent ?? (0,app_context.workspaceReader)(context.workspace);
    const plans = deps.planner ?? (0,planner/* releasePlanner */.e)(inputs.stackJson, inputs.maxCommandBytes);
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
    const source = target.source === 'github' ? `GitHub deployment ${target.deploymentId}` : "the hosts' records";
    log.info(`Rolling "${inputs.environment}" back to ${target.version} (${target.commit ? `commit ${target.commit.slice(0, 12)}` : 'commit not recorded'}, from ${source})` +
        (target.from ? `; ${target.from} runs now` : ''));
    const running = history.find((d) => d.payload.version === target.from);
    const runningOnHosts = hostHistory?.releases.find((r) => r.release === target.from);
    const restored = await restoreRelease(target, { readAtCommit: deps.readAtCommit, readCurrent }, inputs.stackJson);
    const file = target.stackJsonPath || inputs.stackJson;
    if (restored.currentDocument) {
        log.warn(`The hosts did not record the commit of ${target.version}: restoring today's ${file} with the images ${target.version} ran ` +
            `(${Object.entries(target.images)
                .map(([d, i]) => `${d}=${i}`)
                .join(', ')}), not the document it was deployed with.`);
    }
    const commit = target.commit || (await (0,app_context.headCommit)(context.workspace, deps.env ?? process.env));
    const document = (0,planner/* parseStackDocument */.R)(restored.text, file);
    await (0,stack_output/* writeStackJsonOutput */.d3)(inputs.stackJsonOutput, restored.text);
    const subject = commit ? await (0,app_context.commitSubject)(context.workspace, commit) : '';
    // From the hosts' records: each host rolls out the plan it recorded for the release, exactly as it ran
    // it (host restore mode); the restored document only names the apps and gives the records their context.
    const records = target.records;
    const deploy = deps.runDeploy ?? pipeline/* runDeploy */.zt;
    if (records)
        log.info(`Each host restores the plan it recorded for ${target.version} (not a plan of the document).`);
    const previousImages = running?.payload.images ?? runningOnHosts?.images;
    const run = await (0,release/* runRelease */.T_)({
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
                runDeploy: (settings, ports, runLog) => deploy({ ...settings, policy: { ...settings.policy, restoreRecords: records } }, ports, runLog),
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
        const fleet = (0,settings/* fleetSettings */.E0)(inputs, undefined, deps.env ?? process.env);
        const hostHistory = await (0,host_history/* readHostHistory */.rt)(deps.hosts, plans, {
            ssmTargets: fleet.ssmTarget,
            apps: Object.keys(current.deploy),
            hostRoot: fleet.host.hostRoot,
            environment: inputs.environment,
            actor: context.actor,
            region: fleet.host.region,
            deadline: now() + Math.min(fleet.policy.timeoutMinutes, 5) * 60_000,
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
        log.warn(`Could not read the releases the hosts recorded: ${(0,errors/* errorMessage */.g)(error)}`);
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
/* harmony import */ var _stack_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9242);
// The one writer of `stack-json-output` (deploy, rollback, export). A document that holds secrets
// inline (or credentials in plain values) is written with mode 0600, set before the first byte goes in
// even when the file already existed with a wider mode.




/** Whether the text may hold a secret: inline secrets, URL credentials, or a text berth cannot read (assumed so). */
function holdsSecrets(text) {
    const document = (0,_stack_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateStackJson */ .r)(text, 'stack-json-output').document;
    return document === undefined || (0,_stack_credential_values_js__WEBPACK_IMPORTED_MODULE_2__/* .knownSecretValues */ ._9)(document).size > 0 || (0,_stack_credential_values_js__WEBPACK_IMPORTED_MODULE_2__/* .holdsUrlCredentials */ .gX)(text);
}
/** The file mode `text` is written with: 0600 when it holds secrets, else 0644. */
function stackOutputMode(text) {
    return holdsSecrets(text) ? 0o600 : 0o644;
}
async function writeStackJsonOutput(path, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const mode = stackOutputMode(text);
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
    return (0,_stack_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(out.join('\n'), secrets);
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ commandLineContext),
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   n9: () => (/* binding */ readReleaseFlags)
/* harmony export */ });
/* unused harmony exports SECRET_INPUT_ENV, secretInputHelp */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _app_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3964);
/* harmony import */ var _app_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9092);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7485);
// The one command-line reader of every `berth <command>`: node's parseArgs plus -h/--help, with wrong
// usage turned into a UsageError (exit status 2). The release commands (deploy, rollback, unlock) take
// every action input as a flag of the same name, parsed by the inputs' one schema; the secret inputs
// come from the environment or stdin instead.






/** Says what went wrong with `--flag`-style parsing in words a user can act on. */
function describeParseError(error) {
    return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error).replace(/\. To specify a positional argument.*$/s, '');
}
/**
 * Parses `argv` with `options` (and -h/--help). Undefined after printing `help` when help was asked for.
 */
function parseCommandLine(argv, help, options, allowPositionals = false) {
    let parsed;
    try {
        const withHelp = { ...options, help: { type: 'boolean', short: 'h' } };
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: argv,
            allowPositionals,
            options: withHelp,
        });
    }
    catch (error) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(describeParseError(error));
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
    return { ...(0,_app_context_js__WEBPACK_IMPORTED_MODULE_2__.contextFromEnv)({ ...env, ...repository }), workspace: process.cwd() };
}
/**
 * Inputs that hold secrets never come from a flag: every user of the machine reads a process's
 * arguments (`ps`, /proc). Each comes from its environment variable, or from stdin with `--<name>-stdin`.
 */
const SECRET_INPUT_ENV = {
    'github-token': 'BERTH_GITHUB_TOKEN',
    'registry-password': 'BERTH_REGISTRY_PASSWORD',
    'rollbar-token': 'BERTH_ROLLBAR_TOKEN',
    database: 'BERTH_DATABASE',
};
const SECRET_INPUTS = Object.keys(SECRET_INPUT_ENV);
const isSecretInput = (name) => Object.hasOwn(SECRET_INPUT_ENV, name);
/** How to give a secret input: the message for its refused flag, and the help text. */
function secretInputHelp(name) {
    return `set ${SECRET_INPUT_ENV[name]} in the environment or pipe it into --${name}-stdin`;
}
const INPUT_FLAGS = Object.fromEntries(_app_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT_NAMES */ .Qh.filter((name) => name !== 'command').map((name) => [name, { type: 'string' }]));
const STDIN_FLAGS = Object.fromEntries(SECRET_INPUTS.map((name) => [`${name}-stdin`, { type: 'boolean' }]));
/** The secret inputs from the environment and stdin; a secret given as a flag is refused. */
function readSecretInputs(values, sources) {
    const given = SECRET_INPUTS.filter((name) => typeof values[name] === 'string');
    if (given.length > 0) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(given
            .map((name) => `--${name} is not accepted: a flag is visible to every user of this machine (ps, /proc); ${secretInputHelp(name)}`)
            .join('\n'));
    }
    const piped = SECRET_INPUTS.filter((name) => values[`${name}-stdin`] === true);
    if (piped.length > 1)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`only one input can come from stdin, got ${piped.map((name) => `--${name}-stdin`).join(' and ')}`);
    const env = sources.env ?? process.env;
    const out = {};
    for (const name of SECRET_INPUTS) {
        const value = env[SECRET_INPUT_ENV[name]];
        if (value !== undefined && value !== '')
            out[name] = value;
    }
    const [fromStdin] = piped;
    if (fromStdin)
        out[fromStdin] = (sources.readStdin ?? (() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(0, 'utf8')))().replace(/\r?\n$/, '');
    return out;
}
/**
 * Every input of the action as a flag of the same name (`--batch-size 2`), parsed like the action's
 * inputs, except the secret ones (SECRET_INPUT_ENV); `fallback` gives a value for an input not given.
 */
function readReleaseFlags(argv, command, help, fallback = () => '', sources = {}) {
    const parsed = parseCommandLine(argv, help, {
        ...INPUT_FLAGS,
        ...STDIN_FLAGS,
        json: { type: 'boolean' },
        repository: { type: 'string' },
    });
    if (!parsed)
        return undefined;
    const values = parsed.values;
    const secrets = readSecretInputs(values, sources);
    const given = (name) => {
        if (name === 'command')
            return command;
        if (isSecretInput(name))
            return secrets[name] ?? fallback(name);
        const value = values[name];
        return typeof value === 'string' ? value : fallback(name);
    };
    try {
        const inputs = (0,_app_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseActionInputs */ .HC)(given);
        const repository = values['repository'];
        return { inputs, json: values['json'] === true, ...(typeof repository === 'string' ? { repository } : {}) };
    }
    catch (error) {
        if (error instanceof _app_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(error.message
                .replace('Invalid action inputs', 'Invalid options')
                .replace(/input "([^"]+)"/g, (_, name) => isSecretInput(name) ? SECRET_INPUT_ENV[name] : `--${name}`));
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
/* harmony import */ var _app_rollback_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9969);
/* harmony import */ var _app_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2703);
/* harmony import */ var _app_wiring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4033);
/* harmony import */ var _app_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9092);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4558);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9851);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7593);
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
/* harmony import */ var _stack_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2680);

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

/***/ 8739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ countBySeverity),
/* harmony export */   R: () => (/* binding */ checkStackFile)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6325);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9242);


function checkStackFile(text, file) {
    const result = (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateStackJson */ .r)(text, file);
    if (result.document === undefined)
        return result;
    const secrets = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .listInlineSecrets */ .Dh)(result.document).map((secret) => secret.value);
    if (secrets.length === 0)
        return result;
    return { ...result, diagnostics: result.diagnostics.map((d) => ({ ...d, message: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(d.message, secrets) })) };
}
function countBySeverity(diagnostics) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const d of diagnostics)
        counts[d.severity]++;
    return counts;
}


/***/ }),

/***/ 2680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Oo: () => (/* reexport */ EXAMPLE_HOST),
  XF: () => (/* reexport */ secrets/* REDACTED */.XF),
  oy: () => (/* reexport */ stack_plan/* buildHostPlan */.oy),
  me: () => (/* reexport */ diffDocuments),
  xy: () => (/* reexport */ diagnostics/* formatDiagnostic */.xy),
  Dh: () => (/* reexport */ secrets/* listInlineSecrets */.Dh),
  E$: () => (/* reexport */ secrets/* redact */.E$),
  XI: () => (/* reexport */ placeholders/* ssmPlaceholder */.XI),
  LO: () => (/* reexport */ summarizeDocument),
  ry: () => (/* reexport */ validate/* validateStackJson */.r)
});

// UNUSED EXPORTS: CRON_PATH, CommandSyntaxError, DEFAULT_HEALTH_DEADLINE, FIELD_END, MAX_COPIES, MAX_SECONDS, PLAN_HEADER, RECORD_END, RESTART_POLICY, Reporter, STANDARD_TIER_BYTES, analyzeCommand, appKeys, appSchema, checkStackFile, checkStandardTier, commandHealthSchema, composeEnvironment, countBySeverity, createPositionIndex, cronEnvPath, cronFile, cronFilePath, cronSchema, dataVolumeKeys, databaseSchema, databaseVariables, definitionHash, definitionKeys, definitionSchema, dependencies, deployModes, describePath, encodeHostPlan, findDefinition, healthCheck, healthSchema, healthSettings, hostPlaceholders, hostPortOf, hostVolume, httpHealthSchema, imageReference, interpolate, isFixedAcrossCopies, isFixedAcrossSlots, isLongRunning, isPerHost, isSecretKey, isValidSsmName, level, listDataVolumes, listDefinitions, loadBalancerSchema, logArgs, logSchema, manualInputProblems, mergeImageTags, mergeMismatches, notificationsSchema, opsworksName, perHostParameter, placeholderNames, planDefinition, planValue, posixQuote, referenceOrLiteral, referencingSecrets, registrySchema, releaseTag, rollbarSchema, runtimeNames, sharedRunArgs, shortName, slotValues, slug, splitCommand, ssmReference, stackSchema, stageDatabaseSecrets, stageInlineSecrets, stagePerHost, stagedValue, tagValue, tokenize, underRoot, withHashesOf

// EXTERNAL MODULE: ./src/stack/schema.ts
var schema = __webpack_require__(5449);
// EXTERNAL MODULE: ./src/stack/positions.ts
var positions = __webpack_require__(876);
// EXTERNAL MODULE: ./src/stack/diagnostics.ts
var diagnostics = __webpack_require__(516);
// EXTERNAL MODULE: ./src/stack/validate.ts + 6 modules
var validate = __webpack_require__(9242);
// EXTERNAL MODULE: ./src/stack/check-file.ts
var check_file = __webpack_require__(8739);
// EXTERNAL MODULE: ./src/stack/placeholders.ts
var placeholders = __webpack_require__(1716);
// EXTERNAL MODULE: ./src/stack/environment.ts
var environment = __webpack_require__(7569);
// EXTERNAL MODULE: ./src/stack/secrets.ts
var secrets = __webpack_require__(6325);
// EXTERNAL MODULE: ./src/stack/plan-args.ts + 1 modules
var plan_args = __webpack_require__(7095);
// EXTERNAL MODULE: ./src/stack/plan-cron.ts
var plan_cron = __webpack_require__(8266);
// EXTERNAL MODULE: ./src/stack/plan.ts
var stack_plan = __webpack_require__(4993);
// EXTERNAL MODULE: ./src/stack/merge.ts
var merge = __webpack_require__(9604);
// EXTERNAL MODULE: ./src/stack/credential-values.ts
var credential_values = __webpack_require__(7638);
;// CONCATENATED MODULE: ./src/stack/diff.ts
// What a change to the document does, per definition, for the pull-request check:
// tag, image, copies, mode and env keys added/removed/changed. Secret values never show.





/** The env a definition's own keys and its env_from give (DB_* and RELEASE_TAG are not in the document). */
function documentEnv(document, app, definition) {
    const env = new Map();
    const source = definition.env_from !== undefined ? (0,environment/* findDefinition */.Jn)(document, app, definition.env_from) : undefined;
    for (const [key, value] of Object.entries(source?.env ?? {}))
        env.set(key, value);
    for (const [key, value] of Object.entries(definition.env))
        env.set(key, value);
    return env;
}
function shown(key, value) {
    return ((0,secrets/* isSecretKey */.uE)(key) || (0,credential_values/* holdsUrlCredentials */.gX)(value)) && (0,placeholders/* ssmReference */.rI)(value) === undefined ? (0,secrets/* redact */.E$)(value) : value;
}
function fields(definition) {
    return {
        image: definition?.image ?? '',
        tag: definition?.tag ?? '',
        copies: definition === undefined ? '' : definition.deploy === 'cron' ? 'cron' : String(definition.containers),
        mode: definition?.deploy ?? (definition ? 'unset' : ''),
    };
}
function envChanges(before, after) {
    const changes = [];
    for (const [key, value] of after) {
        const old = before.get(key);
        if (old === undefined)
            changes.push({ key, change: 'added', after: shown(key, value) });
        else if (old !== value)
            changes.push({ key, change: 'changed', before: shown(key, old), after: shown(key, value) });
    }
    for (const [key, value] of before) {
        if (!after.has(key))
            changes.push({ key, change: 'removed', before: shown(key, value) });
    }
    return changes;
}
/** Per-definition changes from `base` (undefined: a new file) to `head`; unchanged definitions are left out. */
function diffDocuments(base, head) {
    const key = (app, name) => JSON.stringify([app, name]);
    const baseEntries = new Map((base ? (0,schema/* listDefinitions */.Pb)(base) : []).map((e) => [key(e.app, e.name), e]));
    const headEntries = new Map((0,schema/* listDefinitions */.Pb)(head).map((e) => [key(e.app, e.name), e]));
    const changes = [];
    for (const [id, entry] of headEntries) {
        const old = baseEntries.get(id);
        const beforeFields = fields(old?.definition);
        const afterFields = fields(entry.definition);
        const fieldChanges = Object.keys(afterFields)
            .filter((field) => beforeFields[field] !== afterFields[field])
            .map((field) => ({ field, before: beforeFields[field], after: afterFields[field] }));
        const env = envChanges(old && base ? documentEnv(base, old.app, old.definition) : new Map(), documentEnv(head, entry.app, entry.definition));
        if (old && fieldChanges.length === 0 && env.length === 0)
            continue;
        changes.push({ app: entry.app, definition: entry.name, kind: old ? 'changed' : 'added', fields: fieldChanges, env });
    }
    for (const [id, entry] of baseEntries) {
        if (headEntries.has(id) || !base)
            continue;
        const beforeFields = fields(entry.definition);
        changes.push({
            app: entry.app,
            definition: entry.name,
            kind: 'removed',
            fields: Object.keys(beforeFields).map((field) => ({ field, before: beforeFields[field], after: '' })),
            env: envChanges(documentEnv(base, entry.app, entry.definition), new Map()),
        });
    }
    return changes;
}

// EXTERNAL MODULE: ./src/stack/command.ts
var command = __webpack_require__(245);
;// CONCATENATED MODULE: ./src/stack/summary.ts
// What a document would run, per app, for the validate job summary and the CLI: definitions,
// image:tag, copies, mode, and placeholders resolved for an example host. Secrets redacted.




const EXAMPLE_HOST = {
    hostname: 'docker1',
    instanceId: 'i-0123456789abcdef0',
    publicIp: '203.0.113.10',
    stackName: 'Example Stack',
};
const exampleOptions = {
    deployId: 'example',
    release: 'example',
    revision: '<revision>',
    actor: 'example',
    createdAt: '1970-01-01T00:00:00Z',
    hostRoot: '/',
    force: false,
    manual: [],
    runMigration: false,
    keepImages: 3,
    lockTimeout: 300,
    aws: { region: 'us-east-1' },
    preferLocalImages: false,
    dataVolumeImage: 'busybox',
    logTailLines: 50,
    environment: 'production',
};
function shownEnv(env) {
    return env.map(({ key, value, secret }) => ({
        key,
        value: value.kind === 'ssm' ? `%{ssm:${value.name}}` : secret ? (0,secrets/* redact */.E$)(value.value) : value.value,
    }));
}
function summarizeDocument(document, exampleFacts = EXAMPLE_HOST) {
    const definitions = (0,schema/* listDefinitions */.Pb)(document);
    const volumes = (0,schema/* listDataVolumes */.W8)(document);
    return Object.keys(document.deploy).map((app) => ({
        app,
        dataVolumes: volumes.filter((v) => v.app === app).map((v) => v.name),
        definitions: definitions
            .filter((entry) => entry.app === app)
            .map((entry) => {
            const { definition, name } = entry;
            const base = {
                name,
                mode: definition.deploy ?? 'unset',
                image: definition.image,
                tag: definition.tag,
                reference: '',
                copies: definition.deploy === 'cron' ? 0 : definition.containers,
                runtimeNames: [],
                slots: 1,
                command: [],
                env: [],
                ...(definition.deploy === 'cron' && definition.cron
                    ? { schedule: `${definition.cron.minute} ${definition.cron.hour} * * ${definition.cron.weekday}` }
                    : definition.deploy === 'cron'
                        ? { schedule: '* * * * *' }
                        : {}),
            };
            try {
                const plan = (0,stack_plan/* planDefinition */.fw)(document, entry, exampleFacts, exampleOptions);
                const first = plan.copies[0]?.slots[0];
                const hostnameAt = first ? first.runArgs.indexOf('--hostname') : -1;
                const hostname = hostnameAt >= 0 ? first?.runArgs[hostnameAt + 1] : undefined;
                return {
                    ...base,
                    reference: plan.image,
                    runtimeNames: plan.copies.map((copy) => copy.name),
                    slots: plan.copies[0]?.slots.length ?? 1,
                    ...(hostname !== undefined ? { hostname } : {}),
                    command: first?.command ?? (0,command/* splitCommand */.GW)(definition.command ?? ''),
                    env: shownEnv(plan.env),
                };
            }
            catch (error) {
                return { ...base, problem: error instanceof Error ? error.message : String(error) };
            }
        }),
    }));
}

// EXTERNAL MODULE: ./src/stack/manual.ts
var manual = __webpack_require__(4720);
;// CONCATENATED MODULE: ./src/stack/index.ts
// The core's public surface: the Stack JSON model, validation, the per-host plan and text edits.




















/***/ })

};
