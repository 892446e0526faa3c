export const id = 389;
export const ids = [389];
export const modules = {

/***/ 9389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RegistryClient: () => (/* binding */ RegistryClient)
/* harmony export */ });
/* unused harmony exports RegistryAuthError, RegistryRequestError, DEFAULT_REGISTRY_RETRY, parseImageName, parseAuthChallenges, isTransientNetworkError, isRetryableStatus */
// Registry v2 client for one question: does this tag exist, and what is its digest?
// It speaks the auth challenge itself (Basic, and Bearer tokens as quay.io uses) so the build can be
// skipped without a docker login. The client is `fetch`, passed in.
/** The registry said no to the credentials (401/403). Never retried. */
class RegistryAuthError extends Error {
    kind = 'auth';
    constructor(message) {
        super(message);
        this.name = 'RegistryAuthError';
    }
}
/** The registry answered something we cannot use, or kept failing. */
class RegistryRequestError extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
        this.name = 'RegistryRequestError';
    }
}
const DEFAULT_REGISTRY_RETRY = { attempts: 4, baseDelayMs: 1000 };
const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
/** Splits `quay.io/ns/app` into registry and repository, with docker's rules for the hub. */
function parseImageName(image) {
    // A tag or digest belongs in its own field; the repository must be bare.
    if (image.includes('@') || (image.split('/').pop() ?? '').includes(':') || image.trim() === '') {
        throw new Error(`Image "${image}" must be a repository without tag or digest (e.g. quay.io/acme/app).`);
    }
    const slash = image.indexOf('/');
    const first = slash === -1 ? '' : image.slice(0, slash);
    if (slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        return { registry: first, repository: image.slice(slash + 1) };
    }
    const repository = slash === -1 ? `library/${image}` : image;
    return { registry: 'docker.io', repository };
}
/** Parses a WWW-Authenticate header into its challenges (`Bearer realm="...",service="..."`). */
function parseAuthChallenges(header) {
    const challenges = [];
    let rest = header.trim();
    let current;
    while (rest.length > 0) {
        const param = /^([A-Za-z0-9_.-]+)\s*=\s*("((?:[^"\\]|\\.)*)"|[^,\s]*)\s*,?\s*/.exec(rest);
        if (param && current) {
            const [whole, key = '', raw = '', quoted] = param;
            current.params[key.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : raw;
            rest = rest.slice(whole.length);
            continue;
        }
        const scheme = /^([A-Za-z0-9_.-]+)\s*,?\s*/.exec(rest);
        if (!scheme)
            break;
        current = { scheme: (scheme[1] ?? '').toLowerCase(), params: {} };
        challenges.push(current);
        rest = rest.slice(scheme[0].length);
    }
    return challenges;
}
function isLoopback(host) {
    const name = host.replace(/:\d+$/, '');
    return name === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(name) || name === '[::1]';
}
function apiHost(registry) {
    return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
/** True for a connection reset, an early EOF or a timeout anywhere in the error's cause chain. */
function isTransientNetworkError(error) {
    for (let e = error, depth = 0; e && depth < 6; e = e.cause, depth++) {
        const { code, name, message } = e;
        if (typeof code === 'string' && TRANSIENT_CODES.has(code))
            return true;
        if (name === 'TimeoutError')
            return true;
        if (typeof message === 'string' && /other side closed|socket hang up|\bEOF\b|ECONNRESET/i.test(message))
            return true;
    }
    return false;
}
/** 5xx and 429 are worth another try; a 401/403 never is. */
function isRetryableStatus(status) {
    return status >= 500 || status === 429;
}
class RegistryClient {
    options;
    fetch;
    retry;
    sleep;
    tokens = new Map();
    constructor(options = {}) {
        this.options = options;
        this.fetch = options.fetch ?? globalThis.fetch;
        this.retry = options.retry ?? DEFAULT_REGISTRY_RETRY;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    }
    /** The digest of `image:tag` when the tag exists, undefined when the registry says 404. */
    async manifestDigest(image, tag) {
        const name = parseImageName(image);
        const scheme = this.options.scheme ?? (isLoopback(name.registry) ? 'http' : 'https');
        const url = `${scheme}://${apiHost(name.registry)}/v2/${name.repository}/manifests/${encodeURIComponent(tag)}`;
        const where = `${name.registry}/${name.repository}:${tag}`;
        let authorization = this.tokens.get(name.registry);
        let response = await this.send(url, 'HEAD', authorization, where);
        if (response.status === 401) {
            const challenge = response.headers.get('www-authenticate') ?? '';
            authorization = await this.authorize(challenge, name.registry, `repository:${name.repository}:pull`, where);
            this.tokens.set(name.registry, authorization);
            response = await this.send(url, 'HEAD', authorization, where);
        }
        if (response.status === 404)
            return undefined;
        if (response.status === 401 || response.status === 403)
            throw this.rejected(name.registry, response.status);
        if (!response.ok) {
            const kind = isRetryableStatus(response.status) ? 'transient' : 'other';
            throw new RegistryRequestError(`Registry answered ${response.status} for ${where}.`, kind);
        }
        const digest = response.headers.get('docker-content-digest');
        if (!digest) {
            throw new RegistryRequestError(`Registry gave no Docker-Content-Digest for ${where}.`, 'other');
        }
        return digest;
    }
    /** Turns a 401 challenge into an Authorization header value. */
    /**
     * Whether the registry accepts the credentials: the handshake `docker login` does (GET /v2/, then the
     * token endpoint or Basic), with our retries. Tells a refused password from a login that only stumbled.
     */
    async checkCredentials(registry) {
        if (!this.options.credentials)
            return false;
        const scheme = this.options.scheme ?? (isLoopback(registry) ? 'http' : 'https');
        const url = `${scheme}://${apiHost(registry)}/v2/`;
        const what = `the login check of ${registry}`;
        const ping = await this.send(url, 'GET', undefined, what);
        await ping.body?.cancel();
        if (ping.ok)
            return true;
        if (ping.status !== 401) {
            throw new RegistryRequestError(`Registry ${registry} answered ${ping.status} to ${url}.`, isRetryableStatus(ping.status) ? 'transient' : 'other');
        }
        let authorization;
        try {
            authorization = await this.authorize(ping.headers.get('www-authenticate') ?? '', registry, undefined, what);
        }
        catch (error) {
            if (error instanceof RegistryAuthError)
                return false;
            throw error;
        }
        const answer = await this.send(url, 'GET', authorization, what);
        await answer.body?.cancel();
        if (answer.status === 401 || answer.status === 403)
            return false;
        if (!answer.ok)
            throw new RegistryRequestError(`Registry ${registry} answered ${answer.status} to ${url}.`, isRetryableStatus(answer.status) ? 'transient' : 'other');
        return true;
    }
    /** Turns a 401 challenge into an Authorization header value; `scope` is used when the challenge names none. */
    async authorize(header, registry, scope, where) {
        const challenges = parseAuthChallenges(header);
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        const credentials = this.options.credentials;
        if (bearer) {
            const realm = bearer.params['realm'];
            if (!realm)
                throw new RegistryRequestError(`Registry ${registry} sent a Bearer challenge without realm.`, 'other');
            const tokenUrl = new URL(realm);
            if (bearer.params['service'])
                tokenUrl.searchParams.set('service', bearer.params['service']);
            const wanted = bearer.params['scope'] ?? scope;
            if (wanted)
                tokenUrl.searchParams.set('scope', wanted);
            const basic = credentials ? basicAuth(credentials) : undefined;
            const response = await this.send(tokenUrl.toString(), 'GET', basic, `the token for ${where}`);
            if (response.status === 401 || response.status === 403)
                throw this.rejected(registry, response.status);
            if (!response.ok) {
                const kind = isRetryableStatus(response.status) ? 'transient' : 'other';
                throw new RegistryRequestError(`Token endpoint of ${registry} answered ${response.status}.`, kind);
            }
            const body = (await response.json());
            const token = typeof body.token === 'string' ? body.token : body.access_token;
            if (typeof token !== 'string' || token === '') {
                throw new RegistryRequestError(`Token endpoint of ${registry} returned no token.`, 'other');
            }
            return `Bearer ${token}`;
        }
        if (challenges.some((c) => c.scheme === 'basic') && credentials)
            return basicAuth(credentials);
        throw this.rejected(registry, 401);
    }
    rejected(registry, status) {
        const user = this.options.credentials?.username;
        return new RegistryAuthError(user
            ? `Registry ${registry} rejected the credentials of user "${user}" (HTTP ${status}): check registry-username and registry-password.`
            : `Registry ${registry} requires credentials (HTTP ${status}): set registry-username and registry-password.`);
    }
    /** One request with retries on 5xx, 429 and dropped connections. Body of HEAD responses is empty. */
    async send(url, method, authorization, what) {
        const headers = { accept: method === 'HEAD' ? MANIFEST_TYPES : 'application/json' };
        if (authorization)
            headers['authorization'] = authorization;
        for (let attempt = 1;; attempt++) {
            let failure;
            try {
                const response = await this.fetch(url, {
                    method,
                    headers,
                    redirect: 'follow',
                    signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
                });
                if (!isRetryableStatus(response.status))
                    return response;
                await response.body?.cancel();
                failure = `HTTP ${response.status}`;
                if (attempt >= this.retry.attempts)
                    return response;
            }
            catch (error) {
                if (!isTransientNetworkError(error)) {
                    throw new RegistryRequestError(`Could not reach the registry for ${what}: ${describe(error)}`, 'other');
                }
                failure = describe(error);
                if (attempt >= this.retry.attempts) {
                    throw new RegistryRequestError(`Registry kept failing for ${what} after ${attempt} tries: ${failure}`, 'transient');
                }
            }
            const delay = this.retry.baseDelayMs * 2 ** (attempt - 1);
            this.options.onRetry?.(`Registry ${failure} for ${what}; try ${attempt + 1} of ${this.retry.attempts} in ${delay} ms.`);
            await this.sleep(delay);
        }
    }
}
function basicAuth(credentials) {
    return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64')}`;
}
function describe(error) {
    const parts = [];
    for (let e = error, depth = 0; e && depth < 4; e = e.cause, depth++) {
        const { message, code } = e;
        if (typeof message === 'string' && message)
            parts.push(typeof code === 'string' ? `${message} (${code})` : message);
    }
    return parts.join(': ') || String(error);
}


/***/ })

};
