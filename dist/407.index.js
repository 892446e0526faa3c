export const id = 407;
export const ids = [407,729];
export const modules = {

/***/ 1729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readActionInputs: () => (/* binding */ readActionInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _app_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4734);
// The action's inputs as the runner gives them (INPUT_<NAME>), parsed by the one schema of src/app/inputs.ts.


/** Reads the inputs of the running action step; raw text, untrimmed, '' when absent. Secret inputs are masked before they are parsed. */
function readActionInputs() {
    return (0,_app_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseActionInputs */ .HC)((name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name, { trimWhitespace: false }), process.env, (value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(value));
}


/***/ }),

/***/ 445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/app/inputs.ts
var app_inputs = __webpack_require__(4734);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(1729);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/stack/index.ts + 1 modules
var stack = __webpack_require__(2087);
;// CONCATENATED MODULE: ./src/action/annotations.ts

function annotationProperties(d) {
    return {
        title: `berth: ${d.code}`,
        file: d.file,
        startLine: d.line,
        startColumn: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
    };
}
/** GitHub shows at most this many annotations of each severity per step and drops the rest silently. */
const ANNOTATION_LIMIT = 10;
/**
 * One annotation per diagnostic, at its severity, for the first `limit` of each severity (the job
 * summary lists them all). Returns how many were left out.
 */
function annotate(diagnostics, sink = core, limit = ANNOTATION_LIMIT) {
    const shown = { error: 0, warning: 0, notice: 0 };
    let omitted = 0;
    for (const d of diagnostics) {
        if (shown[d.severity] >= limit) {
            omitted++;
            continue;
        }
        shown[d.severity]++;
        sink[d.severity](d.message, annotationProperties(d));
    }
    return omitted;
}

// EXTERNAL MODULE: ./src/app/base-version.ts
var base_version = __webpack_require__(4299);
// EXTERNAL MODULE: ./src/stack/check-file.ts
var check_file = __webpack_require__(8739);
// EXTERNAL MODULE: ./src/app/glob.ts
var glob = __webpack_require__(7625);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/action/validate-summary.ts
var validate_summary = __webpack_require__(6767);
;// CONCATENATED MODULE: ./src/action/validate.ts
// `command: validate`: every file the stack-json glob matches is checked; each problem becomes an
// annotation on its line, the job summary shows what the files would run (and, on a pull request,
// what changes against the base branch), outputs carry the counts, and any error fails the step.
// On a pull request, the PR check (pr-check.ts) predicts what merging does to the environment, in one
// sticky comment and the job summary. Needs no AWS credentials and never loads the AWS SDK.











/** Paths in annotations must be relative to the repository root (the workspace). */
function annotationPath(file, workspace) {
    const absolute = (0,external_node_path_.resolve)(file);
    const inside = (0,external_node_path_.relative)(workspace, absolute);
    return !inside.startsWith('..') && !(0,external_node_path_.isAbsolute)(inside) ? inside.split('\\').join('/') : file;
}
function checkFile(file, shown, baseSha, host) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const message = `cannot read the file: ${error.message}`;
        return {
            file: shown,
            diagnostics: [
                { severity: 'error', code: 'unreadable', message, file: shown, line: 1, column: 1, endLine: 1, endColumn: 1, path: [] },
            ],
        };
    }
    const result = (0,check_file/* checkStackFile */.R)(text, shown);
    const report = {
        file: shown,
        diagnostics: result.diagnostics,
        checked: { path: shown, text, ...(result.document ? { document: result.document } : {}) },
    };
    if (result.document === undefined)
        return report;
    report.apps = (0,stack/* summarizeDocument */.LO)(result.document, host);
    if (baseSha !== undefined) {
        const base = (0,base_version/* readBaseVersion */.Ih)(file, baseSha);
        if (base.kind === 'unavailable')
            report.base = { kind: 'skipped', reason: base.reason };
        else if (base.kind === 'new-file')
            report.base = { kind: 'diff', sha: base.sha, changes: (0,stack/* diffDocuments */.me)(undefined, result.document), newFile: true };
        else {
            const old = (0,stack/* validateStackJson */.ry)(base.text, shown);
            report.base = old.document
                ? { kind: 'diff', sha: base.sha, changes: (0,stack/* diffDocuments */.me)(old.document, result.document), newFile: false }
                : { kind: 'skipped', reason: `the base branch's version of ${shown} does not parse` };
        }
    }
    return report;
}
async function runValidateAction(inputs) {
    const files = (0,glob/* globFiles */.CJ)(inputs.stackJson);
    if (files.length === 0) {
        throw new Error(`input "stack-json": no file matches "${inputs.stackJson}" (in ${process.cwd()}); give a path or a glob such as stacks/*.json`);
    }
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const pullRequest = (0,base_version/* pullRequestEvent */.X7)();
    const baseSha = pullRequest?.baseSha;
    const host = { ...stack/* EXAMPLE_HOST */.Oo, ...(inputs.stackName ? { stackName: inputs.stackName } : {}) };
    const reports = files.map((file) => checkFile(file, annotationPath(file, workspace), baseSha, host));
    const diagnostics = reports.flatMap((report) => report.diagnostics);
    const omitted = annotate(diagnostics);
    const count = (0,check_file/* countBySeverity */.O)(diagnostics);
    for (const report of reports) {
        const c = (0,check_file/* countBySeverity */.O)(report.diagnostics);
        core.info(`${report.file}: ${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s)`);
    }
    if (omitted > 0) {
        core.info(`GitHub shows ${ANNOTATION_LIMIT} annotations of each severity per step: ${omitted} more problem(s) are listed in the job summary`);
    }
    outputs/* outputs */.V4.setValidationCounts({ errors: count.error, warnings: count.warning });
    await (0,summary/* appendJobSummary */.I)((0,validate_summary/* renderValidateSummary */.PD)(reports, host, { annotationsOmitted: omitted }));
    if (pullRequest) {
        const checked = reports.flatMap((report) => (report.checked ? [report.checked] : []));
        const { runPullRequestCheck } = await __webpack_require__.e(/* import() */ 403).then(__webpack_require__.bind(__webpack_require__, 2403));
        await (0,summary/* appendJobSummary */.I)(await runPullRequestCheck(inputs, pullRequest, checked));
    }
    if (count.error > 0) {
        const failing = reports.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).map((r) => r.file);
        throw new Error(`Stack JSON has ${count.error} error(s) in ${failing.join(', ')}: see the annotations and the job summary (or run \`berth validate ${failing.join(' ')}\`)`);
    }
}

;// CONCATENATED MODULE: ./src/action/main.ts
// The one place an error or a failed outcome of the action becomes a failed step. Commands other than
// validate are loaded on demand so validate never pays for the AWS SDK or the GitHub client.





const COMMANDS = {
    validate: async () => runValidateAction,
    deploy: async () => (await Promise.all(/* import() */[__webpack_require__.e(33), __webpack_require__.e(998), __webpack_require__.e(514), __webpack_require__.e(575)]).then(__webpack_require__.bind(__webpack_require__, 6575))).runDeployAction,
    rollback: async () => (await Promise.all(/* import() */[__webpack_require__.e(33), __webpack_require__.e(998), __webpack_require__.e(514), __webpack_require__.e(348)]).then(__webpack_require__.bind(__webpack_require__, 348))).runRollbackAction,
    unlock: async () => (await Promise.all(/* import() */[__webpack_require__.e(33), __webpack_require__.e(828)]).then(__webpack_require__.bind(__webpack_require__, 5828))).runUnlockAction,
    export: async () => (await Promise.all(/* import() */[__webpack_require__.e(33), __webpack_require__.e(346)]).then(__webpack_require__.bind(__webpack_require__, 9346))).runExportAction,
    'converge-off': async () => (await Promise.all(/* import() */[__webpack_require__.e(33), __webpack_require__.e(145)]).then(__webpack_require__.bind(__webpack_require__, 5145))).runConvergeOffAction,
    status: async () => (await Promise.all(/* import() */[__webpack_require__.e(33), __webpack_require__.e(998), __webpack_require__.e(727), __webpack_require__.e(726)]).then(__webpack_require__.bind(__webpack_require__, 7726))).runStatusAction,
};
async function run() {
    try {
        const inputs = (0,action_inputs.readActionInputs)();
        for (const secret of (0,app_inputs/* secretInputValues */.fl)(inputs))
            core.setSecret(secret);
        const failure = await (await COMMANDS[inputs.command]())(inputs);
        if (failure)
            core.setFailed(failure);
    }
    catch (error) {
        core.setFailed((0,errors/* errorMessage */.g)(error));
    }
}


/***/ }),

/***/ 8948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V4: () => (/* binding */ outputs)
/* harmony export */ });
/* unused harmony exports OUTPUT_NAMES, createOutputs */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
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
    'canary',
]));
/** Outputs written through `write` (core.setOutput in the action; a recorder in tests). */
function createOutputs(write = _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput) {
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
        setCanary: (canary) => write('canary', JSON.stringify(canary)),
    };
}
const outputs = createOutputs();


/***/ }),

/***/ 8770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ appendJobSummary),
/* harmony export */   j: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _app_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2703);
// The job summary (GITHUB_STEP_SUMMARY): the deploy and rollback summary (src/app/summary.ts) and the
// validate report are appended here.


/** Appends Markdown to the job's summary file (GITHUB_STEP_SUMMARY); a no-op outside a runner. */
async function appendJobSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(markdown, true).write();
}
/** Appends the deploy or rollback summary to the job's summary. */
async function writeJobSummary(model, secrets = []) {
    await appendJobSummary((0,_app_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSummary */ .B)(model, secrets));
}


/***/ }),

/***/ 6767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PD: () => (/* binding */ renderValidateSummary),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/* unused harmony export SUMMARY_PROBLEM_BUDGET */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/\r?\n/g, '\\n');
}
function code(text) {
    return text === '' ? '' : `<code>${escapeHtml(text)}</code>`;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function counts(diagnostics) {
    const n = (severity) => diagnostics.filter((d) => d.severity === severity).length;
    return `${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}, ${plural(n('notice'), 'notice')}`;
}
function shellish(args) {
    return args.map((arg) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`)).join(' ');
}
function renderApps(apps, host, budget) {
    const out = [];
    const push = (...lines) => {
        for (const line of lines)
            budget.left -= line.length + 1;
        out.push(...lines);
    };
    for (const [index, app] of apps.entries()) {
        if (budget.left < 0) {
            out.push('', `${apps.length - index} more app(s) not shown (a job summary is limited to 1 MiB): run ${code('berth plan')} for what they run.`);
            break;
        }
        push('', `#### App ${code(app.app)}`, '', `Placeholders resolved for an example host: ${code(host.hostname)} of stack ${code(host.stackName)}, public IP ${code(host.publicIp)}.`);
        if (app.dataVolumes.length > 0)
            push('', `Data volumes: ${app.dataVolumes.map(code).join(', ')}`);
        push('', '| definition | mode | image | copies | hostname | command | env |', '|---|---|---|---|---|---|---|');
        for (const d of app.definitions) {
            const copies = d.mode === 'cron'
                ? `schedule ${code(d.schedule ?? '')}`
                : `${d.copies}${d.runtimeNames.length > 0 ? ` (${d.runtimeNames.join(', ')})` : ''}${d.slots > 1 ? ', beside the old copy' : d.copies > 0 ? ', stop then start' : ''}`;
            const env = d.env.map((e) => code(`${e.key}=${e.value}`)).join('<br>');
            const image = d.problem
                ? `${code(d.reference || `${d.image}:${d.tag}`)}<br>⚠ ${escapeHtml(d.problem)}`
                : code(d.reference || `${d.image}:${d.tag}`);
            const row = `| ${code(d.name)} | ${d.mode} | ${image} | ${copies} | ${code(d.hostname ?? '')} | ${code(shellish(d.command))} | ${env} |`;
            if (budget.left - row.length < 0) {
                budget.left = -1;
                break;
            }
            push(row);
        }
    }
    return out;
}
function renderChange(change) {
    const parts = [];
    for (const f of change.fields) {
        if (change.kind === 'changed')
            parts.push(`${f.field}: ${code(f.before) || '(none)'} → ${code(f.after) || '(none)'}`);
        else
            parts.push(`${f.field}: ${code(change.kind === 'added' ? f.after : f.before)}`);
    }
    for (const e of change.env) {
        if (e.change === 'added')
            parts.push(`env ${code(e.key)} added: ${code(e.after ?? '')}`);
        else if (e.change === 'removed')
            parts.push(`env ${code(e.key)} removed`);
        else
            parts.push(`env ${code(e.key)} changed: ${code(e.before ?? '')} → ${code(e.after ?? '')}`);
    }
    return `| ${code(change.app)} | ${code(change.definition)} | ${change.kind} | ${parts.join('<br>')} |`;
}
function renderBase(base) {
    if (base.kind === 'skipped')
        return ['', `Changes against the base branch: not shown, ${escapeHtml(base.reason)}.`];
    const title = `#### Changes against the base branch (${base.sha.slice(0, 7)})`;
    if (base.newFile) {
        if (base.changes.length === 0)
            return ['', title, '', 'A new file with no definitions.'];
    }
    else if (base.changes.length === 0) {
        return ['', title, '', 'No definition changes (tag, image, copies, mode, env).'];
    }
    return [
        '',
        title,
        '',
        ...(base.newFile ? ['A new file.', ''] : []),
        '| app | definition | change | details |',
        '|---|---|---|---|',
        ...base.changes.map(renderChange),
    ];
}
/** GitHub refuses a step summary over 1 MiB: the problem tables and app tables stop well before that. */
const SUMMARY_PROBLEM_BUDGET = 800_000;
function renderValidateSummary(reports, host, options = {}) {
    const all = reports.flatMap((r) => r.diagnostics);
    const out = [`## berth validate: ${plural(reports.length, 'file')}, ${counts(all)}`];
    if ((options.annotationsOmitted ?? 0) > 0) {
        out.push('', `GitHub shows only the first 10 annotations of each severity: ${plural(options.annotationsOmitted ?? 0, 'more problem')} ${options.annotationsOmitted === 1 ? 'is' : 'are'} listed only here.`);
    }
    const budget = { left: SUMMARY_PROBLEM_BUDGET };
    for (const report of reports) {
        const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
        out.push('', `### ${errors > 0 ? '❌' : '✅'} ${code(report.file)}: ${counts(report.diagnostics)}`);
        if (report.diagnostics.length > 0) {
            out.push('', '| line:col | severity | problem |', '|---|---|---|');
            let listed = 0;
            for (const d of report.diagnostics) {
                const row = `| ${d.line}:${d.column} | ${d.severity} | ${escapeHtml(d.message)} |`;
                budget.left -= row.length + 1;
                if (budget.left < 0)
                    break;
                out.push(row);
                listed++;
            }
            if (listed < report.diagnostics.length) {
                out.push('', `${report.diagnostics.length - listed} more not listed (a job summary is limited to 1 MiB): run ${code(`berth validate ${report.file}`)} for all of them.`);
            }
        }
        if (report.apps)
            out.push(...renderApps(report.apps, host, budget));
        if (report.base)
            out.push(...renderBase(report.base));
    }
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 4299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* binding */ readBaseVersion),
/* harmony export */   X7: () => (/* binding */ pullRequestEvent)
/* harmony export */ });
/* unused harmony export pullRequestBaseSha */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// The base branch's version of a file on a pull request, read from the local clone with `git show`
// (no API call, no token). Needs the base commit in the clone: checkout with fetch-depth: 0.



/** The pull request that triggered the run; undefined for other events. */
function pullRequestEvent(env = process.env) {
    const event = env['GITHUB_EVENT_NAME'];
    const path = env['GITHUB_EVENT_PATH'];
    if ((event !== 'pull_request' && event !== 'pull_request_target') || !path)
        return undefined;
    try {
        const payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
        const pr = payload.pull_request;
        const sha = pr?.base?.sha;
        if (typeof sha !== 'string' || !/^[0-9a-f]{7,64}$/.test(sha))
            return undefined;
        const number = typeof pr?.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : 0;
        const headRepo = pr?.head?.repo?.full_name;
        const baseRepo = pr?.base?.repo?.full_name;
        return {
            number,
            baseSha: sha,
            headSha: typeof pr?.head?.sha === 'string' ? pr.head.sha : '',
            fromFork: typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo,
        };
    }
    catch {
        return undefined;
    }
}
/** The base commit of the pull request that triggered the run; undefined for other events. */
function pullRequestBaseSha(env = process.env) {
    return pullRequestEvent(env)?.baseSha;
}
function git(args, cwd) {
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}
function succeeds(args, cwd) {
    try {
        git(args, cwd);
        return true;
    }
    catch {
        return false;
    }
}
function readBaseVersion(file, sha, cwd = process.cwd()) {
    let top;
    try {
        top = git(['rev-parse', '--show-toplevel'], cwd).trim();
    }
    catch {
        return { kind: 'unavailable', reason: 'the working directory is not a git clone' };
    }
    if (!succeeds(['cat-file', '-e', `${sha}^{commit}`], cwd)) {
        return { kind: 'unavailable', reason: `the base commit ${sha.slice(0, 12)} is not in the clone (check out with fetch-depth: 0)` };
    }
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(top, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, file)).split('\\').join('/');
    if (path.startsWith('..'))
        return { kind: 'unavailable', reason: `${file} is outside the repository` };
    if (!succeeds(['cat-file', '-e', `${sha}:${path}`], cwd))
        return { kind: 'new-file', sha };
    return { kind: 'found', sha, text: git(['show', `${sha}:${path}`], cwd) };
}


/***/ }),

/***/ 7625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ globFiles),
/* harmony export */   TI: () => (/* binding */ resolveStackFile)
/* harmony export */ });
/* unused harmony export hasGlobMagic */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// A small file matcher for the stack-json input (node:fs glob needs Node 22; we also run on 20).
// Supports `*`, `?`, `[...]` inside a path segment and `**` for any number of directories.
// Directories starting with `.` and node_modules are skipped unless the pattern names them.


const MAGIC = /[*?[]/;
function hasGlobMagic(pattern) {
    return MAGIC.test(pattern);
}
function segmentRegExp(segment) {
    let source = '';
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (ch === '*')
            source += '[^/]*';
        else if (ch === '?')
            source += '[^/]';
        else if (ch === '[') {
            const end = segment.indexOf(']', i + 2);
            if (end === -1)
                source += '\\[';
            else {
                const body = segment
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                source += `[${body}]`;
                i = end;
            }
        }
        else
            source += ch.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
function listDir(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).map((entry) => ({
            name: entry.name,
            isDir: entry.isDirectory() || (entry.isSymbolicLink() && isDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name))),
        }));
    }
    catch {
        return [];
    }
}
function isDirectory(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function isFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function hidden(name, segment) {
    return (name.startsWith('.') && !segment.startsWith('.')) || (name === 'node_modules' && segment !== 'node_modules');
}
/**
 * Files matching `pattern` (relative to `cwd`, or absolute), sorted, as paths in the pattern's own
 * form (relative stays relative). A pattern without magic matches itself when it is a file.
 */
function globFiles(pattern, cwd = process.cwd()) {
    const normalized = pattern.replace(/\\/g, '/');
    if (!hasGlobMagic(normalized))
        return isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, normalized)) || isFile(normalized) ? [normalized] : [];
    const absolute = normalized.startsWith('/');
    const segments = normalized.split('/').filter((s, i) => s !== '' && !(s === '.' && i === 0));
    const found = new Set();
    const walk = (index, relative) => {
        const dir = absolute ? '/' + relative : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, relative);
        if (index === segments.length) {
            if (isFile(dir))
                found.add(absolute ? '/' + relative : relative);
            return;
        }
        const segment = segments[index];
        if (segment === '**') {
            walk(index + 1, relative); // zero directories
            for (const entry of listDir(dir)) {
                if (entry.isDir && !hidden(entry.name, segments[index + 1] ?? ''))
                    walk(index, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(relative, entry.name));
            }
            return;
        }
        if (!hasGlobMagic(segment)) {
            walk(index + 1, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(relative, segment));
            return;
        }
        const re = segmentRegExp(segment);
        for (const entry of listDir(dir)) {
            if (hidden(entry.name, segment) || !re.test(entry.name))
                continue;
            if (index + 1 === segments.length ? !entry.isDir : entry.isDir)
                walk(index + 1, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(relative, entry.name));
        }
    };
    walk(0, '');
    return [...found].sort();
}
/** The one Stack JSON file a deploy uses: the input names a file, or a glob matching exactly one. */
function resolveStackFile(pattern, cwd) {
    if (!hasGlobMagic(pattern))
        return pattern;
    const files = globFiles(pattern, cwd);
    if (files.length !== 1) {
        throw new Error(`stack-json "${pattern}" must name exactly one file for a deploy; it matches ${files.length}${files.length > 0 ? `: ${files.join(', ')}` : ''}`);
    }
    return files[0];
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

/***/ 9407:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _action_main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(445);

await (0,_action_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
// One way to turn whatever was thrown into words for a message.
/** The message of an Error (its name when the message is empty), else the thrown value as text. */
function errorMessage(error) {
    return error instanceof Error ? error.message || error.name : String(error);
}


/***/ })

};
