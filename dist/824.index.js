export const id = 824;
export const ids = [824];
export const modules = {

/***/ 7824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOpsWorks: () => (/* binding */ createOpsWorks)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8859);
/* harmony import */ var _aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_0__);
// OpsWorks Stacks (legacy, retired by AWS in 2024) through an OpsWorksClient, for stacks that still
// speak it. Thin: the pipeline decides; this file only maps calls and waits for a deployment.

function createOpsWorks(client, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    return {
        async describeStack(stackId) {
            const out = await client.send(new _aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_0__.DescribeStacksCommand({ StackIds: [stackId] }));
            const stack = out.Stacks?.[0];
            if (!stack)
                throw new Error(`OpsWorks stack ${stackId} not found (input stack-id)`);
            return { name: stack.Name ?? stackId, customJson: stack.CustomJson ?? '' };
        },
        async onlineInstances(stackId, layerIds) {
            const layers = await client.send(new _aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_0__.DescribeLayersCommand(layerIds.length > 0 ? { LayerIds: layerIds } : { StackId: stackId }));
            const names = new Map((layers.Layers ?? []).map((l) => [l.LayerId ?? '', l.Shortname ?? l.Name ?? l.LayerId ?? '']));
            const unknown = layerIds.filter((id) => !names.has(id));
            if (unknown.length > 0)
                throw new Error(`OpsWorks layer(s) not found in stack ${stackId}: ${unknown.join(', ')} (input layer-ids)`);
            const hosts = new Map();
            const queries = layerIds.length > 0 ? layerIds.map((id) => ({ LayerId: id })) : [{ StackId: stackId }];
            for (const query of queries) {
                const out = await client.send(new _aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_0__.DescribeInstancesCommand(query));
                for (const instance of out.Instances ?? []) {
                    if (instance.Status !== 'online' || !instance.Ec2InstanceId || !instance.InstanceId)
                        continue;
                    const layer = instance.LayerIds?.find((id) => names.has(id));
                    hosts.set(instance.InstanceId, {
                        instanceId: instance.Ec2InstanceId,
                        opsworksInstanceId: instance.InstanceId,
                        hostname: instance.Hostname ?? instance.Ec2InstanceId,
                        publicIp: instance.PublicIp ?? '',
                        ...(layer ? { group: names.get(layer) ?? layer } : {}),
                    });
                }
            }
            return [...hosts.values()];
        },
        async createDeployment(input) {
            const out = await client.send(new _aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_0__.CreateDeploymentCommand({
                StackId: input.stackId,
                ...(input.appId ? { AppId: input.appId } : {}),
                InstanceIds: input.instanceIds,
                Command: { Name: input.command.name, ...(input.command.args ? { Args: input.command.args } : {}) },
                Comment: input.comment,
                CustomJson: input.customJson,
            }));
            if (!out.DeploymentId)
                throw new Error('CreateDeployment answered without a DeploymentId');
            return out.DeploymentId;
        },
        async waitDeployment(deploymentId, deadline) {
            for (;;) {
                const out = await client.send(new _aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_0__.DescribeDeploymentsCommand({ DeploymentIds: [deploymentId] }));
                const status = out.Deployments?.[0]?.Status;
                if (status === 'successful')
                    return { status: 'successful', commands: [] };
                if (status === 'failed' || now() >= deadline) {
                    const commands = await client.send(new _aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_0__.DescribeCommandsCommand({ DeploymentId: deploymentId }));
                    return {
                        status: status === 'failed' ? 'failed' : 'timeout',
                        commands: (commands.Commands ?? []).map((c) => ({
                            instanceId: c.InstanceId ?? '',
                            status: c.Status ?? 'unknown',
                            ...(c.LogUrl ? { logUrl: c.LogUrl } : {}),
                        })),
                    };
                }
                await sleep(Math.max(0, Math.min(options.pollIntervalMs, deadline - now())));
            }
        },
        async updateStackCustomJson(stackId, customJson) {
            await client.send(new _aws_sdk_client_opsworks__WEBPACK_IMPORTED_MODULE_0__.UpdateStackCommand({ StackId: stackId, CustomJson: customJson }));
        },
    };
}


/***/ })

};
