export const id = 60;
export const ids = [60,401];
export const modules = {

/***/ 6060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createPullRequestComments: () => (/* binding */ createPullRequestComments),
/* harmony export */   readFileAtRef: () => (/* binding */ readFileAtRef)
/* harmony export */ });
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2401);

function commentOf(item) {
    if (typeof item !== 'object' || item === null)
        return undefined;
    const record = item;
    return typeof record.id === 'number' ? { id: record.id, body: typeof record.body === 'string' ? record.body : '' } : undefined;
}
function createPullRequestComments(api, repo) {
    const base = (0,_github_js__WEBPACK_IMPORTED_MODULE_0__.repositoryPath)(repo.owner, repo.repo);
    return {
        async list(issue) {
            const comments = [];
            let next = `${base}/issues/${issue}/comments?per_page=100`;
            while (next) {
                const reply = await api.request('GET', next);
                for (const item of Array.isArray(reply.data) ? reply.data : []) {
                    const comment = commentOf(item);
                    if (comment)
                        comments.push(comment);
                }
                next = reply.next;
            }
            return comments;
        },
        async create(issue, body) {
            const reply = await api.request('POST', `${base}/issues/${issue}/comments`, { body });
            const comment = commentOf(reply.data);
            if (!comment)
                throw new Error(`GitHub did not create the comment (HTTP ${reply.status})`);
            return comment.id;
        },
        async update(id, body) {
            await api.request('PATCH', `${base}/issues/comments/${id}`, { body });
        },
        async remove(id) {
            try {
                await api.request('DELETE', `${base}/issues/comments/${id}`);
            }
            catch (error) {
                // Another run deleted it first: what we wanted.
                if (!(error instanceof _github_js__WEBPACK_IMPORTED_MODULE_0__.GitHubApiError && error.status === 404))
                    throw error;
            }
        },
    };
}
/** The text of `path` at `ref` through the contents API; throws with the HTTP reason when GitHub has no such file. */
async function readFileAtRef(api, repo, path, ref) {
    const encoded = path
        .replace(/^\.\//, '')
        .split('/')
        .map((part) => encodeURIComponent(part))
        .join('/');
    const reply = await api.request('GET', `${(0,_github_js__WEBPACK_IMPORTED_MODULE_0__.repositoryPath)(repo.owner, repo.repo)}/contents/${encoded}?ref=${encodeURIComponent(ref)}`);
    const data = (typeof reply.data === 'object' && reply.data !== null ? reply.data : {});
    if (data.type !== 'file' || data.encoding !== 'base64' || typeof data.content !== 'string') {
        // Over 1 MB GitHub answers `encoding: none` without the content.
        throw new Error(`GitHub's contents API did not return ${path} at ${ref.slice(0, 12)} as a file (a Stack JSON over 1 MB is not served inline)`);
    }
    return Buffer.from(data.content.replace(/\s+/g, ''), 'base64').toString('utf8');
}


/***/ }),

/***/ 2401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubApiError: () => (/* binding */ GitHubApiError),
/* harmony export */   createDeployRecorder: () => (/* binding */ createDeployRecorder),
/* harmony export */   createGitHubApi: () => (/* binding */ createGitHubApi),
/* harmony export */   listSuccessfulDeployments: () => (/* binding */ listSuccessfulDeployments),
/* harmony export */   repositoryPath: () => (/* binding */ repositoryPath)
/* harmony export */ });
/* unused harmony export isBerthPayload */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);

class GitHubApiError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'GitHubApiError';
    }
}
function createGitHubApi(options) {
    const doFetch = options.fetch ?? fetch;
    const base = options.baseUrl.replace(/\/+$/, '');
    return {
        async request(method, path, body) {
            const url = /^https?:\/\//.test(path) ? path : `${base}${path}`;
            let response;
            let lastError;
            // One retry for GitHub's occasional 502s and resets; never for 4xx.
            for (let attempt = 1; attempt <= 2; attempt++) {
                try {
                    response = await doFetch(url, {
                        method,
                        headers: {
                            accept: 'application/vnd.github+json',
                            authorization: `Bearer ${options.token}`,
                            'x-github-api-version': '2022-11-28',
                            'user-agent': 'berth',
                            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                        },
                        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
                        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
                    });
                    if (response.status < 500)
                        break;
                }
                catch (error) {
                    lastError = error;
                    response = undefined;
                }
                if (attempt === 1)
                    await new Promise((resolve) => setTimeout(resolve, 500));
            }
            if (!response) {
                const text = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(lastError);
                throw new GitHubApiError(0, `GitHub API unreachable at ${base} (${text})`);
            }
            const text = await response.text();
            let data = undefined;
            try {
                data = text === '' ? undefined : JSON.parse(text);
            }
            catch {
                data = text;
            }
            if (response.status >= 400) {
                const message = typeof data === 'object' && data !== null && 'message' in data ? String(data.message) : text.slice(0, 200);
                throw new GitHubApiError(response.status, `GitHub API ${method} ${path.replace(base, '')}: HTTP ${response.status} ${message}`);
            }
            const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
            return { status: response.status, data, ...(next ? { next } : {}) };
        },
    };
}
function createDeployRecorder(api, options) {
    const repoPath = repositoryPath(options.owner, options.repo);
    const historyLimit = options.historyLimit ?? 50;
    async function postStatus(id, state, description) {
        await api.request('POST', `${repoPath}/deployments/${id}/statuses`, {
            state,
            description: clip(description, 140),
            ...(options.logUrl ? { log_url: options.logUrl } : {}),
            ...(options.environmentUrl ? { environment_url: options.environmentUrl } : {}),
        });
    }
    return {
        async start(input) {
            let reply;
            try {
                reply = await api.request('POST', `${repoPath}/deployments`, {
                    // The exact commit, not a branch name that may have moved on since the run started.
                    ref: input.sha || input.ref,
                    task: 'deploy',
                    environment: input.environment,
                    description: clip(input.description, 140),
                    auto_merge: false,
                    required_contexts: [],
                    payload: input.payload,
                });
            }
            catch (error) {
                throw explainPermission(error);
            }
            const id = idOf(reply.data);
            if (reply.status !== 201 || id === undefined) {
                throw new Error(`GitHub did not create the deployment (HTTP ${reply.status}): ${JSON.stringify(reply.data).slice(0, 200)}`);
            }
            await postStatus(id, 'in_progress', input.description).catch((error) => {
                throw explainPermission(error);
            });
            return id;
        },
        async finish(deploymentId, state, description) {
            await postStatus(deploymentId, state, description);
        },
        async history(environment) {
            const entries = [];
            for (const deployment of await listSuccessfulDeployments(api, repoPath, environment, historyLimit)) {
                const { statuses, ...rest } = deployment;
                entries.push({ ...rest, state: statuses[0]?.state ?? 'success' });
            }
            return entries;
        },
    };
}
/**
 * The berth deployments of an environment that reached `success` (GitHub turns an earlier success
 * `inactive` once a newer one succeeds; it still was a good deploy), newest first, among the `limit`
 * newest deployments of the environment.
 */
async function listSuccessfulDeployments(api, repoPath, environment, limit) {
    const deployments = [];
    let next = `${repoPath}/deployments?environment=${encodeURIComponent(environment)}&per_page=100`;
    while (next && deployments.length < limit) {
        const reply = await api.request('GET', next);
        for (const item of Array.isArray(reply.data) ? reply.data : []) {
            const parsed = parseDeployment(item);
            if (parsed && deployments.length < limit)
                deployments.push(parsed);
        }
        next = reply.next;
    }
    const successful = [];
    for (const deployment of deployments) {
        const reply = await api.request('GET', `${repoPath}/deployments/${deployment.id}/statuses?per_page=100`);
        const statuses = (Array.isArray(reply.data) ? reply.data : []).map((status) => {
            const record = typeof status === 'object' && status !== null ? status : {};
            return { state: String(record.state ?? ''), description: typeof record.description === 'string' ? record.description : '' };
        });
        if (statuses.some((status) => status.state === 'success'))
            successful.push({ ...deployment, statuses });
    }
    return successful.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}
/** `/repos/{owner}/{repo}`, each part encoded. */
function repositoryPath(owner, repo) {
    return `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
}
function idOf(data) {
    return typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'number' ? data.id : undefined;
}
function parseDeployment(item) {
    if (typeof item !== 'object' || item === null)
        return undefined;
    const record = item;
    let payload = record.payload;
    if (typeof payload === 'string') {
        try {
            payload = JSON.parse(payload);
        }
        catch {
            return undefined;
        }
    }
    if (!isBerthPayload(payload) || typeof record.id !== 'number')
        return undefined;
    return { id: record.id, sha: String(record.sha ?? ''), createdAt: String(record.created_at ?? ''), payload };
}
function isBerthPayload(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const p = value;
    return (p.tool === 'berth' &&
        (p.kind === 'deploy' || p.kind === 'rollback') &&
        typeof p.version === 'string' &&
        typeof p.commit === 'string' &&
        typeof p.stackJsonPath === 'string' &&
        typeof p.images === 'object' &&
        p.images !== null);
}
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function explainPermission(error) {
    if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
        return new Error(`${error.message}. The job needs \`permissions: deployments: write\` and a github-token that can write deployments.`);
    }
    return error;
}


/***/ })

};
