export const id = 901;
export const ids = [901,992];
export const modules = {

/***/ 6992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ credentialsExpiry),
/* harmony export */   createOpsWorksClient: () => (/* binding */ createOpsWorksClient),
/* harmony export */   createSsmClient: () => (/* binding */ createSsmClient)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4736);
/* harmony import */ var _aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8859);
/* harmony import */ var _aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_1__);
// AWS clients as berth uses them: region, optional endpoint override (VPC endpoints, the local fake),
// and the SDK's adaptive retry mode, which slows down on ThrottlingException instead of failing.


function common(settings) {
    return {
        region: settings.region,
        retryMode: settings.retryMode ?? 'adaptive',
        maxAttempts: settings.maxAttempts ?? 8,
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
    };
}
function createSsmClient(settings) {
    return new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .SSMClient */ .jBj(common(settings));
}
function createOpsWorksClient(settings) {
    return new _aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_1__.OpsWorksClient(common(settings));
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


/***/ }),

/***/ 9282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createSsmCommandPort: () => (/* binding */ createSsmCommandPort)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4736);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6992);
// SSM Run Command through an SSMClient: the CommandPort the watch loop drives.
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
            const out = await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .SendCommandCommand */ .VWR({
                InstanceIds: input.instanceIds,
                DocumentName: 'AWS-RunShellScript',
                Comment: input.comment.slice(0, 100),
                Parameters: {
                    commands: input.commands,
                    executionTimeout: [String(input.executionTimeoutSeconds)],
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
                const out = await pollClient.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .ListCommandInvocationsCommand */ .mdT({
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
                const out = await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .GetCommandInvocationCommand */ .ryN({ CommandId: commandId, InstanceId: instanceId }));
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
            await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .CancelCommandCommand */ .tal({ CommandId: commandId, ...(instanceIds ? { InstanceIds: instanceIds } : {}) }));
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
                    const out = await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .DescribeInstanceInformationCommand */ .MXw({ Filters: filters, MaxResults: 50, ...(nextToken ? { NextToken: nextToken } : {}) }));
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
        credentialsExpireAt: () => (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .credentialsExpiry */ .C)(client),
    };
}


/***/ })

};
