export const id = 901;
export const ids = [901,796];
export const modules = {

/***/ 2796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createOpsWorksClient: () => (/* binding */ createOpsWorksClient),
  createSsmClient: () => (/* binding */ createSsmClient),
  credentialsExpiry: () => (/* binding */ credentialsExpiry),
  deploySsmClients: () => (/* binding */ deploySsmClients)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var dist_cjs = __webpack_require__(4736);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-opsworks/dist-cjs/index.js
var client_opsworks_dist_cjs = __webpack_require__(8859);
;// CONCATENATED MODULE: ./src/adapters/retry.ts
// A retry strategy for the SDK clients that treats throttling as AWS asking for a slower pace, not as a
// failure. Measured with bench/fleet.ts (30% of all calls throttled): the SDK's standard mode waits up to
// 1 s, 2 s, 4 s ... (full jitter) between throttled attempts, so a few throttles in a row cost a rollout
// batch seconds, and its retry quota (500 tokens, 5 a throttled retry) refuses retries once drained,
// after which a throttled SendCommand fails its hosts outright. Here throttled calls are retried with
// exponential backoff and full jitter, starting small, for as long as a time budget allows, outside any
// quota; other retryable errors (5xx, timeouts) keep the standard treatment: a few attempts, a quota.
const TRANSIENT_BASE_MS = 100;
const TRANSIENT_CAP_MS = 20_000;
const QUOTA = 500;
const TRANSIENT_COST = 10;
const SUCCESS_REFUND = 1;
class PatientToken {
    count;
    delay;
    cost;
    throttleWaited;
    constructor(count, delay, 
    /** Quota taken by this retry (transient errors only). */
    cost, 
    /** Backoff time spent on throttling so far for this call. */
    throttleWaited) {
        this.count = count;
        this.delay = delay;
        this.cost = cost;
        this.throttleWaited = throttleWaited;
    }
    getRetryCount() {
        return this.count;
    }
    /** The SDK's retry middleware waits this long before the next attempt (abortable). */
    getRetryDelay() {
        return this.delay;
    }
    getRetryCost() {
        return this.cost;
    }
}
class PatientRetryStrategy {
    mode = 'standard';
    capacity = QUOTA;
    maxAttempts;
    throttleBaseMs;
    throttleCapMs;
    throttleBudgetMs;
    maxThrottledAttempts;
    random;
    /** Throttled retries granted and their total delay (for benchmarks and logs). */
    stats = { throttledRetries: 0, throttleDelayMs: 0, transientRetries: 0, refused: 0 };
    constructor(options = {}) {
        this.maxAttempts = options.maxAttempts ?? 3;
        this.throttleBaseMs = options.throttleBaseMs ?? 250;
        this.throttleCapMs = options.throttleCapMs ?? 20_000;
        this.throttleBudgetMs = options.throttleBudgetMs ?? 10 * 60_000;
        this.maxThrottledAttempts = options.maxThrottledAttempts ?? 100;
        this.random = options.random ?? Math.random;
    }
    async acquireInitialRetryToken(_scope) {
        return new PatientToken(0, 0, undefined, 0);
    }
    async refreshRetryTokenForRetry(token, info) {
        const count = token.getRetryCount();
        if (count + 1 >= this.maxThrottledAttempts)
            return this.refuse();
        if (info.errorType === 'THROTTLING') {
            const ceiling = Math.min(this.throttleCapMs, this.throttleBaseMs * 2 ** Math.min(count, 30));
            let delay = Math.floor(this.random() * ceiling);
            if (info.retryAfterHint instanceof Date)
                delay = Math.max(delay, Math.min(this.throttleCapMs, info.retryAfterHint.getTime() - Date.now()));
            if (token.throttleWaited + delay > this.throttleBudgetMs)
                return this.refuse();
            this.stats.throttledRetries += 1;
            this.stats.throttleDelayMs += delay;
            return new PatientToken(count + 1, delay, undefined, token.throttleWaited + delay);
        }
        if (info.errorType !== 'TRANSIENT' || count + 1 >= this.maxAttempts || this.capacity < TRANSIENT_COST)
            return this.refuse();
        this.capacity -= TRANSIENT_COST;
        this.stats.transientRetries += 1;
        const delay = Math.floor(this.random() * Math.min(TRANSIENT_CAP_MS, TRANSIENT_BASE_MS * 2 ** count));
        return new PatientToken(count + 1, delay, TRANSIENT_COST, token.throttleWaited);
    }
    recordSuccess(token) {
        this.capacity = Math.min(QUOTA, this.capacity + (token.getRetryCost() ?? SUCCESS_REFUND));
    }
    /** Quota left for retries of transient errors. */
    getCapacity() {
        return this.capacity;
    }
    refuse() {
        this.stats.refused += 1;
        // The SDK's middleware then throws the call's own error.
        throw new Error('No retry token available');
    }
}

;// CONCATENATED MODULE: ./src/adapters/aws-clients.ts
// AWS clients as berth uses them: region, optional endpoint override (VPC endpoints, the local fake),
// and a retry mode: the SDK's adaptive (default) or standard, or `patient` (src/adapters/retry.ts):
// throttled calls retried with backoff and jitter within a time budget, outside the SDK's retry quota.



function common(settings) {
    const maxAttempts = settings.maxAttempts ?? 8;
    return {
        region: settings.region,
        ...(settings.retryMode === 'patient'
            ? { retryStrategy: new PatientRetryStrategy({ ...settings.patient, maxAttempts }) }
            : { retryMode: settings.retryMode ?? 'adaptive' }),
        maxAttempts,
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
    };
}
function createSsmClient(settings) {
    return new dist_cjs/* SSMClient */.jBj(common(settings));
}
function createOpsWorksClient(settings) {
    return new client_opsworks_dist_cjs.OpsWorksClient(common(settings));
}
/** When the client's credentials expire (assumed roles last about an hour), if they say so. */
async function credentialsExpiry(client) {
    try {
        const provider = client.config.credentials;
        const credentials = await provider();
        return credentials.expiration;
    }
    catch {
        return undefined;
    }
}
/**
 * The two SSM clients of a deploy (src/app/wiring.ts; bench/fleet.ts measures the same). Both retry
 * throttling patiently (src/adapters/retry.ts) instead of the SDK's standard mode, whose growing waits
 * and retry quota made a throttled fleet deploy slow and, once the quota was spent, failed it:
 * - `ssm`: SendCommand, the lock, cancels: throttling retried within the deploy's timeout.
 * - `pollClient`: the host runner's status listings: a throttled page is retried briefly (within about
 *   one poll interval) so a listing of many pages is not lost for one throttled page; other errors
 *   are not retried (the next round asks again).
 * `retryMode` standard or adaptive gives the SDK's own modes instead (to compare).
 */
function deploySsmClients(settings) {
    const { pollIntervalMs, timeoutMs, ...base } = settings;
    if (base.retryMode === 'standard' || base.retryMode === 'adaptive') {
        return { ssm: createSsmClient(base), pollClient: createSsmClient({ ...base, maxAttempts: 1 }) };
    }
    return {
        ssm: createSsmClient({ ...base, retryMode: 'patient', patient: { throttleBudgetMs: timeoutMs, ...base.patient } }),
        pollClient: createSsmClient({
            ...base,
            retryMode: 'patient',
            maxAttempts: 1,
            patient: {
                throttleBaseMs: Math.max(50, Math.min(250, pollIntervalMs / 4)),
                throttleBudgetMs: pollIntervalMs,
                maxThrottledAttempts: 6,
            },
        }),
    };
}


/***/ }),

/***/ 9282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createSsmCommandPort: () => (/* binding */ createSsmCommandPort)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4736);
/* harmony import */ var _host_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1480);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2796);
// SSM Run Command through an SSMClient: the CommandPort the host runner (src/deploy/host-runner.ts) drives.
// Thin on purpose: every decision (batching, polling, timeouts) lives in src/deploy/.



/** What AWS-RunShellScript's plugin is called in log stream names. */
const PLUGIN = 'aws-runShellScript';
/** ListCommandInvocations' plugin Output puts stderr after this marker. */
const ERROR_MARKER = '\n----------ERROR-------\n';
function logLocation(invocation) {
    const group = invocation.CloudWatchOutputConfig?.CloudWatchOutputEnabled
        ? invocation.CloudWatchOutputConfig.CloudWatchLogGroupName
        : undefined;
    if (!group || !invocation.CommandId || !invocation.InstanceId)
        return undefined;
    return `${group} ${invocation.CommandId}/${invocation.InstanceId}/${PLUGIN}/stdout`;
}
function fromListing(invocation, details) {
    const result = {
        commandId: invocation.CommandId ?? '',
        instanceId: invocation.InstanceId ?? '',
        status: invocation.Status ?? 'Pending',
    };
    const location = logLocation(invocation);
    if (location)
        result.logLocation = location;
    const plugin = invocation.CommandPlugins?.[0];
    if (details && plugin) {
        const output = plugin.Output ?? '';
        const cut = output.indexOf(ERROR_MARKER);
        result.stdout = cut >= 0 ? output.slice(0, cut) : output;
        if (cut >= 0)
            result.stderr = output.slice(cut + ERROR_MARKER.length);
        if (plugin.ResponseCode !== undefined)
            result.exitCode = plugin.ResponseCode;
    }
    return result;
}
function errorName(error) {
    return error instanceof Error ? error.name : '';
}
function createSsmCommandPort(client, options = {}) {
    const pollClient = options.pollClient ?? client;
    return {
        async send(input) {
            // A long deploy (timeout-minutes over 2,880) is still one command: it runs for the longest AWS allows.
            const executionTimeout = Math.min(_host_command_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_EXECUTION_TIMEOUT_SECONDS */ .I_, Math.max(1, Math.ceil(input.executionTimeoutSeconds)));
            const out = await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__/* .SendCommandCommand */ .VWR({
                InstanceIds: input.instanceIds,
                DocumentName: 'AWS-RunShellScript',
                Comment: input.comment.slice(0, 100),
                Parameters: {
                    commands: input.commands,
                    executionTimeout: [String(executionTimeout)],
                },
                TimeoutSeconds: Math.max(30, Math.min(2_592_000, input.executionTimeoutSeconds)),
                MaxConcurrency: '50',
                MaxErrors: '100%',
                ...(input.cloudWatchLogGroup
                    ? { CloudWatchOutputConfig: { CloudWatchLogGroupName: input.cloudWatchLogGroup, CloudWatchOutputEnabled: true } }
                    : {}),
            }));
            const id = out.Command?.CommandId;
            if (!id)
                throw new Error('SendCommand answered without a CommandId');
            const requestedAt = out.Command?.RequestedDateTime;
            return requestedAt ? { commandId: id, requestedAt } : { commandId: id };
        },
        async listInvocations(query) {
            const found = [];
            let nextToken;
            do {
                const out = await pollClient.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__/* .ListCommandInvocationsCommand */ .mdT({
                    ...(query.commandId ? { CommandId: query.commandId } : {}),
                    ...(query.invokedAfter && !query.commandId
                        ? { Filters: [{ key: 'InvokedAfter', value: query.invokedAfter.toISOString() }] }
                        : {}),
                    Details: query.details,
                    MaxResults: 50,
                    ...(nextToken ? { NextToken: nextToken } : {}),
                }));
                for (const invocation of out.CommandInvocations ?? [])
                    found.push(fromListing(invocation, query.details));
                nextToken = out.NextToken;
            } while (nextToken);
            return found;
        },
        async getInvocation(commandId, instanceId) {
            try {
                const out = await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__/* .GetCommandInvocationCommand */ .ryN({ CommandId: commandId, InstanceId: instanceId }));
                const result = {
                    commandId,
                    instanceId,
                    status: out.Status ?? 'Pending',
                    stdout: out.StandardOutputContent ?? '',
                    stderr: out.StandardErrorContent ?? '',
                };
                if (out.ResponseCode !== undefined)
                    result.exitCode = out.ResponseCode;
                return result;
            }
            catch (error) {
                // Right after SendCommand the invocation may not be visible yet: not a failure.
                if (errorName(error) === 'InvocationDoesNotExist')
                    return undefined;
                throw error;
            }
        },
        async cancel(commandId, instanceIds) {
            await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__/* .CancelCommandCommand */ .tal({ CommandId: commandId, ...(instanceIds ? { InstanceIds: instanceIds } : {}) }));
        },
        async describeInstances(targets) {
            const filterSets = [];
            for (let i = 0; i < targets.instanceIds.length; i += 50) {
                filterSets.push([{ Key: 'InstanceIds', Values: targets.instanceIds.slice(i, i + 50) }]);
            }
            if (targets.tags.length > 0) {
                // Several tag filters in one call must all match (AND), as `tag:Key=v1,v2` lines mean.
                filterSets.push(targets.tags.map((tag) => ({ Key: `tag:${tag.key}`, Values: tag.values })));
            }
            const hosts = new Map();
            for (const filters of filterSets) {
                let nextToken;
                do {
                    const out = await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__/* .DescribeInstanceInformationCommand */ .MXw({ Filters: filters, MaxResults: 50, ...(nextToken ? { NextToken: nextToken } : {}) }));
                    for (const info of out.InstanceInformationList ?? []) {
                        if (!info.InstanceId || info.PingStatus !== 'Online')
                            continue;
                        hosts.set(info.InstanceId, {
                            instanceId: info.InstanceId,
                            hostname: info.ComputerName ?? info.InstanceId,
                            // The public IP comes from the host's preflight facts; SSM only knows the private one.
                            publicIp: '',
                            ...(targets.tags.length > 0 && filters[0]?.Key !== 'InstanceIds'
                                ? { group: targets.tags.map((t) => `${t.key}=${t.values.join(',')}`).join(' ') }
                                : {}),
                        });
                    }
                    nextToken = out.NextToken;
                } while (nextToken);
            }
            return [...hosts.values()];
        },
        credentialsExpireAt: () => (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__.credentialsExpiry)(client),
    };
}


/***/ })

};
