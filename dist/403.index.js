export const id = 403;
export const ids = [403,964];
export const modules = {

/***/ 2403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPullRequestCheck: () => (/* binding */ runPullRequestCheck)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/app/context.ts
var app_context = __webpack_require__(3964);
// EXTERNAL MODULE: ./src/app/base-version.ts
var base_version = __webpack_require__(4299);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/deploy/deploy-timing.ts
var deploy_timing = __webpack_require__(8479);
// EXTERNAL MODULE: ./src/deploy/rollback.ts
var rollback = __webpack_require__(4283);
;// CONCATENATED MODULE: ./src/deploy/deployed-document.ts
// What an environment runs, for the PR check: the document of its last successful GitHub deployment,
// rebuilt the way a rollback to that deployment rebuilds it (chooseRollbackTarget picks it by its
// version, restoreRelease reads the file at its commit and merges the images it ran), and the timings
// the recent successful deploys recorded. When there is no such deployment, or it cannot be read,
// the base branch's file instead, with the reason.



async function fallBack(sources, path, why) {
    const base = await sources.readBase(path);
    if (base.kind === 'found')
        return { kind: 'base', sha: base.sha, text: base.text, why };
    if (base.kind === 'new-file')
        return { kind: 'base-new-file', sha: base.sha, why };
    return { kind: 'nothing', why: `${why}; the base branch cannot be read either: ${base.reason}` };
}
/** `path`: the pull request's Stack JSON, relative to the repository root. */
async function lookUpDeployedDocument(sources, environment, path) {
    let deployments;
    try {
        deployments = await sources.deployments(environment);
    }
    catch (error) {
        return {
            against: await fallBack(sources, path, `GitHub Deployments of "${environment}" could not be read (${(0,errors/* errorMessage */.g)(error)}; the job needs \`deployments: read\`)`),
            timings: [],
        };
    }
    // Deploys only: a rollback builds nothing and runs no migration, so its time says less about the next deploy.
    const timings = deployments
        .filter((d) => d.payload.kind === 'deploy')
        .map((d) => (0,deploy_timing/* decodeTiming */.ZC)(d.successDescription))
        .filter((t) => t !== undefined)
        .slice(0, 5);
    const newest = deployments[0];
    if (!newest) {
        return {
            against: await fallBack(sources, path, `no successful deployment of "${environment}" is recorded in GitHub Deployments`),
            timings,
        };
    }
    // The deployment a rollback to its version restores: the newest with that version, its document rebuilt the same way.
    const target = (0,rollback/* chooseRollbackTarget */.NO)({ environment, requested: newest.payload.version, history: deployments });
    try {
        const restored = await (0,rollback/* restoreRelease */.E8)(target, { readAtCommit: sources.readAtCommit }, path);
        return {
            against: {
                kind: 'deployment',
                deploymentId: newest.id,
                version: target.version,
                commit: target.commit,
                createdAt: newest.createdAt,
                path: target.stackJsonPath || path,
                text: restored.text,
                retagged: restored.retagged.length,
            },
            timings,
        };
    }
    catch (error) {
        return {
            against: await fallBack(sources, path, `the document of deployment ${newest.id} (${target.version}) could not be rebuilt: ${(0,errors/* errorMessage */.g)(error)}`),
            timings,
        };
    }
}

;// CONCATENATED MODULE: ./src/deploy/estimate.ts
function minutes(seconds) {
    if (seconds < 90)
        return `${Math.round(seconds)} s`;
    const whole = Math.round(seconds / 60);
    return whole < 90 ? `${whole} min` : `${Math.floor(whole / 60)} h ${whole % 60} min`;
}
function estimateDeploy(query) {
    const [latest] = query.records;
    if (!latest)
        return undefined;
    const perCopy = Math.max(0, ...query.records.filter((r) => r.copies > 0).map((r) => r.hostSeconds.max / r.copies));
    const quickest = Math.min(...query.records.map((r) => r.hostSeconds.min));
    // No record that changed a copy: the slowest recorded host run is the best guess for one that does.
    const perHostSeconds = query.copies === 0 ? quickest : perCopy > 0 ? perCopy * query.copies : Math.max(...query.records.map((r) => r.hostSeconds.max));
    const otherSeconds = Math.max(0, latest.deploySeconds - latest.rolloutSeconds);
    const seconds = otherSeconds + latest.batches * perHostSeconds;
    const limits = [
        { what: `timeout-minutes of the last deploy (${latest.timeoutMinutes})`, minutes: latest.timeoutMinutes },
    ];
    if (latest.sessionMinutes !== undefined) {
        limits.push({
            what: `the AWS session the last deploy had (${latest.sessionMinutes} min left at its start)`,
            minutes: latest.sessionMinutes,
        });
    }
    const warnings = limits
        .filter((limit) => limit.minutes * 60 < seconds)
        .map((limit) => `The estimate (${minutes(seconds)}) is longer than ${limit.what}: the deploy would stop before its last batches.`);
    return {
        seconds,
        hosts: latest.hosts,
        batches: latest.batches,
        perHostSeconds,
        otherSeconds,
        basedOn: query.records.length,
        warnings,
    };
}

// EXTERNAL MODULE: ./src/stack/index.ts + 1 modules
var stack = __webpack_require__(2087);
;// CONCATENATED MODULE: ./src/app/prediction.ts
// The PR check's prediction: which file, what is deployed (GitHub Deployments, else the base branch),
// the host's decisions (predictRelease) and the time estimate. No AWS credentials: GitHub with the
// job's token (`deployments: read`, `contents: read`) and the local clone only.






async function gitHubSources(api, context, event) {
    const repo = { owner: context.owner, repo: context.repo };
    const git = (0,app_context.gitReader)(context.workspace);
    const { listSuccessfulDeployments, repositoryPath } = await __webpack_require__.e(/* import() */ 401).then(__webpack_require__.bind(__webpack_require__, 2401));
    const { readFileAtRef } = await __webpack_require__.e(/* import() */ 60).then(__webpack_require__.bind(__webpack_require__, 6060));
    return {
        async deployments(environment) {
            if (!api)
                throw new Error('no github-token (or GITHUB_REPOSITORY) to read them with');
            // The 20 newest deployments (one statuses call each): the newest success and five timings are all it needs.
            const found = await listSuccessfulDeployments(api, repositoryPath(repo.owner, repo.repo), environment, 20);
            return found.map(({ statuses, ...deployment }) => ({
                ...deployment,
                state: statuses[0]?.state ?? 'success',
                successDescription: statuses.find((s) => s.state === 'success')?.description ?? '',
            }));
        },
        // The contents API needs no full-history checkout; the clone is the fallback (no token, GitHub refused).
        async readAtCommit(commit, path) {
            if (api) {
                try {
                    return await readFileAtRef(api, repo, path, commit);
                }
                catch {
                    // Fall through to git, whose error says how to fix a shallow clone.
                }
            }
            return git(commit, path);
        },
        async readBase(path) {
            const local = (0,base_version/* readBaseVersion */.Ih)(path, event.baseSha, context.workspace);
            if (local.kind !== 'unavailable' || !api)
                return local;
            try {
                return { kind: 'found', sha: event.baseSha, text: await readFileAtRef(api, repo, path, event.baseSha) };
            }
            catch (error) {
                return /HTTP 404/.test((0,errors/* errorMessage */.g)(error)) ? { kind: 'new-file', sha: event.baseSha } : local;
            }
        },
    };
}
/** Which checked file the environment deploys: the deployment's path when it is among them, else the only one. */
function chooseFile(files, deployedPath) {
    const named = deployedPath ? files.find((f) => f.path === deployedPath.replace(/^\.\//, '')) : undefined;
    if (named)
        return named;
    if (files.length === 1 && files[0])
        return files[0];
    return deployedPath
        ? `${files.length} files match stack-json and none is ${deployedPath}, the file the environment was last deployed from`
        : `${files.length} files match stack-json: give stack-json the one file this environment deploys`;
}
/** The pull request's document as the deploy will run it: the images it builds get a new tag. */
function asDeployed(file, inputs, headSha) {
    if (inputs.builds.length === 0)
        return file.document;
    const tag = headSha ? headSha.slice(0, 12) : 'next-build';
    const merged = (0,stack/* mergeImageTags */.Fi)(file.text, inputs.builds.map((b) => ({ image: b.image, tag })), { pin: false });
    return (0,stack/* validateStackJson */.ry)(merged.text, file.path).document;
}
/** Copies a host replaces or starts (long-running definitions), for the estimate. */
function changedCopies(prediction, after) {
    const definitions = (0,stack/* listDefinitions */.Pb)(after);
    return prediction.definitions
        .filter((d) => d.decision === 'replaced' || d.decision === 'started')
        .reduce((sum, d) => {
        const entry = definitions.find((e) => e.app === d.app && e.name === d.definition);
        return sum + (entry && entry.definition.deploy !== 'cron' ? entry.definition.containers : 0);
    }, 0);
}
async function predictPullRequest(inputs, context, event, files, api) {
    const sources = await gitHubSources(api, context, event);
    // Read once: the file choice and the lookup both need them.
    const deployments = sources.deployments(inputs.environment);
    deployments.catch(() => undefined);
    sources.deployments = () => deployments;
    // The deployment's file decides which PR file is compared; its document is rebuilt for that file.
    let deployedPath;
    try {
        deployedPath = (await deployments)[0]?.payload.stackJsonPath;
    }
    catch {
        deployedPath = undefined;
    }
    const chosen = chooseFile(files, deployedPath);
    if (typeof chosen === 'string')
        return { skipped: chosen };
    if (!chosen.document)
        return { skipped: `${chosen.path} has errors (see the annotations)` };
    const after = asDeployed(chosen, inputs, event.headSha);
    if (!after)
        return { skipped: `${chosen.path} with the built images' new tag does not parse` };
    const looked = await lookUpDeployedDocument(sources, inputs.environment, chosen.path);
    let against = looked.against;
    let before;
    if (against.kind === 'deployment' || against.kind === 'base') {
        before = (0,stack/* validateStackJson */.ry)(against.text, chosen.path).document;
        if (!before)
            against = {
                kind: 'nothing',
                why: `the document it was compared with (${against.kind === 'base' ? 'base branch' : `deployment ${against.deploymentId}`}) does not parse`,
            };
    }
    const host = { ...stack/* EXAMPLE_HOST */.Oo, ...(inputs.stackName ? { stackName: inputs.stackName } : {}) };
    const prediction = (0,stack/* predictRelease */.TU)(before, after, host, {
        manual: inputs.manual,
        force: inputs.force,
        secretsPrefix: inputs.secretsPrefix,
        environment: inputs.environment,
    });
    const estimate = estimateDeploy({
        records: looked.timings,
        copies: changedCopies(prediction, after),
    });
    return {
        environment: inputs.environment,
        file: chosen.path,
        against,
        prediction,
        ...(estimate ? { estimate } : {}),
        ...(event.headSha ? { headSha: event.headSha } : {}),
        ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    };
}

// EXTERNAL MODULE: ./src/action/validate-summary.ts
var validate_summary = __webpack_require__(6767);
;// CONCATENATED MODULE: ./src/action/prediction-summary.ts



/** GitHub refuses a comment over 65,536 characters; the marker line and a margin are kept out. */
const COMMENT_LIMIT = 65_000;
/** The job summary's share (GitHub refuses a step summary over 1 MiB). */
const SUMMARY_LIMIT = 800_000;
const prediction_summary_short = (sha) => sha.slice(0, 7);
function againstLine(against) {
    switch (against.kind) {
        case 'deployment':
            return (`Compared with **what is deployed**: GitHub deployment ${against.deploymentId} of ${(0,validate_summary/* code */.aY)(against.version)} ` +
                `(commit ${(0,validate_summary/* code */.aY)(prediction_summary_short(against.commit))}, ${(0,validate_summary/* escapeHtml */.ZD)(against.createdAt)}), ${(0,validate_summary/* code */.aY)(against.path)} at that commit` +
                (against.retagged > 0 ? ` with the images it ran (${against.retagged} tag(s) merged as the deploy merged them).` : '.'));
        case 'base':
            return `Compared with **the base branch** (${(0,validate_summary/* code */.aY)(prediction_summary_short(against.sha))}), not with what is deployed: ${(0,validate_summary/* escapeHtml */.ZD)(against.why)}.`;
        case 'base-new-file':
            return `Compared with **nothing**: the file is not on the base branch (${(0,validate_summary/* code */.aY)(prediction_summary_short(against.sha))}), and ${(0,validate_summary/* escapeHtml */.ZD)(against.why)}.`;
        case 'nothing':
            return `Compared with **nothing**: ${(0,validate_summary/* escapeHtml */.ZD)(against.why)}.`;
    }
}
function count(definitions, decision) {
    return definitions.filter((d) => d.decision === decision).length;
}
function headline(report) {
    const { prediction: p, estimate } = report;
    const parts = ['replaced', 'started', 'removed', 'manual', 'untouched']
        .map((decision) => [decision, count(p.definitions, decision)])
        .filter(([, n]) => n > 0)
        .map(([decision, n]) => `${n} ${decision === 'manual' ? 'manual (left alone)' : decision}`);
    parts.push(p.migration ? 'the migration runs' : 'no migration');
    if (p.cron.added.length + p.cron.removed.length > 0)
        parts.push(`cron: ${p.cron.added.length} added, ${p.cron.removed.length} removed`);
    if (estimate)
        parts.push(`about ${minutes(estimate.seconds)}`);
    return `**${parts.join(' · ')}**`;
}
function estimateLines(report) {
    const e = report.estimate;
    if (!e)
        return [
            'Time: no estimate, no successful deploy of this environment recorded its timings yet (berth records them from this version on).',
        ];
    return [
        `Time: about **${minutes(e.seconds)}** for ${e.hosts} host(s) in ${e.batches} batch(es) as the last deploy ran them: ` +
            `${minutes(e.perHostSeconds)} per batch, plus ${minutes(e.otherSeconds)} outside the rollout ` +
            `(from ${e.basedOn} recorded deploy(s)).`,
        ...e.warnings.map((w) => `> [!WARNING]\n> ${(0,validate_summary/* escapeHtml */.ZD)(w)}`),
    ];
}
/** The reason codes, `copies` with its numbers when they change. */
function reasonsOf(d) {
    const copies = d.copies ? `copies ${d.copies.before} → ${d.copies.after}` : '';
    const codes = d.reasons.map((r) => (r === 'copies' && copies ? copies : r));
    if (copies && !d.reasons.includes('copies'))
        codes.push(copies);
    return codes.join(', ');
}
const DECISION_MARK = {
    replaced: '🔁 replaced',
    started: '🆕 started',
    removed: '🗑️ removed',
    manual: '✋ manual, left alone',
    untouched: 'untouched',
};
/** Lines under a character limit; a block that does not fit whole is cut and counted. */
class Page {
    limit;
    lines = [];
    used = 0;
    omitted = 0;
    constructor(limit) {
        this.limit = limit;
    }
    fits(line) {
        return this.used + line.length + 1 <= this.limit;
    }
    add(...lines) {
        const size = lines.reduce((sum, l) => sum + l.length + 1, 0);
        if (this.used + size > this.limit)
            return false;
        this.lines.push(...lines);
        this.used += size;
        return true;
    }
    /** A titled list: the title when its first item fits, then the items while they fit; the rest counted. */
    block(title, items, after = []) {
        if (items.length === 0)
            return;
        let index = 0;
        if (this.add(...title, items[0])) {
            index = 1;
            while (index < items.length && this.add(items[index]))
                index++;
            this.add(...after);
        }
        this.omitted += items.length - index;
    }
    text() {
        return this.lines.join('\n') + '\n';
    }
}
/** What the reader is told when rows did not fit (room for it is kept). */
const CUT_NOTE_ROOM = 800;
function renderPredictionReport(report, limit, whereElse) {
    const { prediction: p } = report;
    const page = new Page(limit - CUT_NOTE_ROOM);
    const host = p.host;
    page.add(`### berth: what merging this does to ${(0,validate_summary/* code */.aY)(report.environment)}`, '', headline(report), '', againstLine(report.against), '', `${(0,validate_summary/* code */.aY)(report.file)} as a host decides it, for an example host: ${(0,validate_summary/* code */.aY)(host.hostname)} (instance ${(0,validate_summary/* code */.aY)(host.instanceId)}, ` +
        `stack ${(0,validate_summary/* code */.aY)(host.stackName)}, public IP ${(0,validate_summary/* code */.aY)(host.publicIp)}). Secret values are not shown.`, '', ...estimateLines(report));
    const changed = p.definitions.filter((d) => d.decision !== 'untouched');
    page.block(['', '| app | definition | decision | why |', '|---|---|---|---|'], changed.map((d) => `| ${(0,validate_summary/* code */.aY)(d.app)} | ${(0,validate_summary/* code */.aY)(d.definition)} | ${DECISION_MARK[d.decision]} | ${(0,validate_summary/* escapeHtml */.ZD)(reasonsOf(d))} |`));
    if (changed.length === 0)
        page.add('', 'No running copy is replaced, started or removed.');
    page.block(['', 'Cron lines:'], [...p.cron.added.map((l) => `- added: ${(0,validate_summary/* code */.aY)(l)}`), ...p.cron.removed.map((l) => `- removed: ${(0,validate_summary/* code */.aY)(l)}`)]);
    page.block(['', 'Notes:'], p.notes.map((n) => `- ${(0,validate_summary/* escapeHtml */.ZD)(n)}`));
    const untouched = p.definitions.filter((d) => d.decision === 'untouched');
    page.block(['', `<details><summary>${untouched.length} untouched</summary>`, ''], untouched.map((d) => `- ${(0,validate_summary/* code */.aY)(`${d.app}/${d.definition}`)}`), ['', '</details>']);
    const used = [...new Set(changed.flatMap((d) => d.reasons))];
    page.block(['', '<details><summary>Reason codes</summary>', ''], used.map((r) => `- ${(0,validate_summary/* code */.aY)(r)}: ${(0,validate_summary/* escapeHtml */.ZD)(stack/* REASON_DESCRIPTIONS */.VO[r])}`), ['', '</details>']);
    const footer = [
        report.headSha ? `head ${(0,validate_summary/* code */.aY)(prediction_summary_short(report.headSha))}` : '',
        report.runUrl ? `[the run](${report.runUrl})` : '',
        `${(0,validate_summary/* code */.aY)('berth diff BEFORE AFTER')} gives the same answer locally`,
    ].filter((s) => s !== '');
    const cut = page.omitted > 0 ? [`… ${page.omitted} more line(s) not shown (GitHub limits this text's length): ${whereElse}.`, ''] : [];
    return page.text() + (cut.length > 0 ? `\n${cut.join('\n')}` : '\n') + `<sub>${footer.join(' · ')}</sub>\n`;
}
/** The same report when there is nothing to predict (the file does not parse, no file chosen). */
function renderPredictionSkipped(environment, reason) {
    return `### berth: what merging this does to ${(0,validate_summary/* code */.aY)(environment)}\n\nNo prediction: ${(0,validate_summary/* escapeHtml */.ZD)(reason)}.\n`;
}

;// CONCATENATED MODULE: ./src/action/pr-check.ts
// The PR check on a pull request: the prediction (src/app/prediction.ts) as one sticky comment per
// environment (src/deploy/sticky-comment.ts) and in the job summary. When the comment cannot be
// written (a fork's read-only token, no `pull-requests: write`, input pr-comment false) the job
// summary alone carries it and says why.





function render(outcome, environment, limit, whereElse) {
    return 'skipped' in outcome ? renderPredictionSkipped(environment, outcome.skipped) : renderPredictionReport(outcome, limit, whereElse);
}
async function writeComment(inputs, event, api, text) {
    if (!inputs.prComment)
        return 'Not commented on the pull request: the input pr-comment is false.';
    if (!api)
        return 'Not commented on the pull request: no github-token (or GITHUB_REPOSITORY) to write with.';
    if (event.number <= 0)
        return 'Not commented on the pull request: the event does not name its number.';
    const { createPullRequestComments } = await __webpack_require__.e(/* import() */ 60).then(__webpack_require__.bind(__webpack_require__, 6060));
    const { GitHubApiError } = await __webpack_require__.e(/* import() */ 401).then(__webpack_require__.bind(__webpack_require__, 2401));
    const { upsertStickyComment } = await __webpack_require__.e(/* import() */ 112).then(__webpack_require__.bind(__webpack_require__, 7112));
    try {
        const result = await upsertStickyComment(createPullRequestComments(api.api, api.repo), event.number, inputs.environment, text);
        const removed = result.removed.length > 0 ? `; removed ${result.removed.length} duplicate(s) a concurrent run made` : '';
        core.info(`Prediction comment ${result.id} on pull request #${event.number} ${result.action}${removed}.`);
        return `The pull request's comment for ${inputs.environment} was ${result.action} (comment ${result.id}${removed}).`;
    }
    catch (error) {
        if (!(error instanceof GitHubApiError && (error.status === 403 || error.status === 404)))
            throw error;
        const why = event.fromFork
            ? 'the pull request comes from a fork, and GitHub gives such runs a read-only token'
            : 'the token cannot write pull-request comments (the job needs `permissions: pull-requests: write`)';
        const message = `Not commented on the pull request: ${why} (${error.message}). The prediction is in this job summary only.`;
        core.warning(message);
        return message;
    }
}
async function gitHubApi(inputs, context) {
    if (!inputs.githubToken || !context.owner)
        return undefined;
    const { createGitHubApi } = await __webpack_require__.e(/* import() */ 401).then(__webpack_require__.bind(__webpack_require__, 2401));
    return {
        api: createGitHubApi({ baseUrl: context.apiUrl, token: inputs.githubToken }),
        repo: { owner: context.owner, repo: context.repo },
    };
}
/** The prediction's job-summary Markdown (the comment is written here too). */
async function runPullRequestCheck(inputs, event, files) {
    const context = (0,app_context.contextFromEnv)();
    const api = await gitHubApi(inputs, context);
    let outcome;
    try {
        outcome = await predictPullRequest(inputs, context, event, files, api?.api);
    }
    catch (error) {
        outcome = { skipped: `the prediction failed: ${(0,errors/* errorMessage */.g)(error)}` };
    }
    if ('skipped' in outcome)
        core.info(`No prediction for ${inputs.environment}: ${outcome.skipped}`);
    else
        for (const warning of outcome.estimate?.warnings ?? [])
            core.warning(warning);
    const comment = render(outcome, inputs.environment, COMMENT_LIMIT, 'the job summary of this run lists them');
    let where;
    try {
        where = await writeComment(inputs, event, api, comment);
    }
    catch (error) {
        where = `Not commented on the pull request: ${(0,errors/* errorMessage */.g)(error)}.`;
        core.warning(where);
    }
    const summary = render(outcome, inputs.environment, SUMMARY_LIMIT, `run ${'`berth diff`'} on the two documents for all of them`);
    return `${summary}\n${where}\n`;
}


/***/ }),

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

/***/ 8479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ describeWithTiming),
/* harmony export */   Om: () => (/* binding */ deployTiming),
/* harmony export */   ZC: () => (/* binding */ decodeTiming)
/* harmony export */ });
/* unused harmony export encodeTiming */
const TOKEN = 'berth-timing/1';
const ROLLOUT_MODES = new Set(['rollout', 'canary']);
const CHANGED = new Set(['replaced', 'started']);
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
/**
 * The timing of a deploy from the hosts' answers to its rollout (and canary) runs; undefined when no
 * host answered one (nothing was rolled out). A run is a batch (or a canary), however many Run Commands
 * carried it: they run side by side, so it lasts as long as its slowest host.
 */
function deployTiming(answers, context) {
    const perHost = new Map();
    const perRun = new Map();
    const rolloutRuns = new Set();
    for (const { run, outcome } of answers) {
        const result = outcome.result;
        if (!result || !ROLLOUT_MODES.has(result.mode))
            continue;
        const seconds = Math.max(0, result.timings?.totalSeconds ?? 0);
        const host = perHost.get(outcome.host.instanceId) ?? { seconds: 0, copies: 0 };
        host.seconds += seconds;
        host.copies += result.copies.filter((c) => CHANGED.has(c.action)).length;
        perHost.set(outcome.host.instanceId, host);
        perRun.set(run, Math.max(perRun.get(run) ?? 0, seconds));
        if (result.mode === 'rollout')
            rolloutRuns.add(run);
    }
    if (perHost.size === 0)
        return undefined;
    const seconds = [...perHost.values()].map((h) => h.seconds);
    return {
        hosts: perHost.size,
        batches: Math.max(1, rolloutRuns.size),
        deploySeconds: context.deploySeconds,
        rolloutSeconds: [...perRun.values()].reduce((sum, s) => sum + s, 0),
        hostSeconds: { min: Math.min(...seconds), median: median(seconds), max: Math.max(...seconds) },
        copies: Math.max(...[...perHost.values()].map((h) => h.copies)),
        timeoutMinutes: context.timeoutMinutes,
        ...(context.sessionMinutes !== undefined ? { sessionMinutes: context.sessionMinutes } : {}),
    };
}
const round = (n) => String(Math.round(n));
function encodeTiming(timing) {
    const { hostSeconds: p } = timing;
    return [
        TOKEN,
        `h=${timing.hosts}`,
        `b=${timing.batches}`,
        `d=${round(timing.deploySeconds)}`,
        `w=${round(timing.rolloutSeconds)}`,
        `p=${round(p.min)}/${round(p.median)}/${round(p.max)}`,
        `c=${timing.copies}`,
        `t=${timing.timeoutMinutes}`,
        ...(timing.sessionMinutes !== undefined ? [`a=${Math.floor(timing.sessionMinutes)}`] : []),
    ].join(' ');
}
/** The timing at the end of a status description, or undefined when it holds none (a deploy before this berth). */
function decodeTiming(description) {
    const at = description.lastIndexOf(TOKEN);
    if (at < 0)
        return undefined;
    const fields = new Map();
    for (const part of description
        .slice(at + TOKEN.length)
        .trim()
        .split(/\s+/)) {
        const [key, value] = part.split('=');
        if (key && value !== undefined)
            fields.set(key, value);
    }
    const number = (key) => {
        const value = Number(fields.get(key));
        return fields.has(key) && Number.isFinite(value) && value >= 0 ? value : undefined;
    };
    const [min, med, max] = (fields.get('p') ?? '').split('/').map(Number);
    const required = [number('h'), number('b'), number('d'), number('w'), number('c'), number('t'), min, med, max];
    if (required.some((value) => value === undefined || !Number.isFinite(value)))
        return undefined;
    const session = number('a');
    return {
        hosts: number('h'),
        batches: number('b'),
        deploySeconds: number('d'),
        rolloutSeconds: number('w'),
        hostSeconds: { min: min, median: med, max: max },
        copies: number('c'),
        timeoutMinutes: number('t'),
        ...(session !== undefined ? { sessionMinutes: session } : {}),
    };
}
/** GitHub keeps 140 characters of a status description: the text is clipped so the token always fits whole. */
function describeWithTiming(description, timing, limit = 140) {
    if (!timing)
        return description;
    const token = ` · ${encodeTiming(timing)}`;
    const room = limit - token.length;
    const text = description.length <= room ? description : `${description.slice(0, Math.max(0, room - 1))}…`;
    return `${text}${token}`;
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
