export const id = 144;
export const ids = [144];
export const modules = {

/***/ 2144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runExportAction: () => (/* binding */ runExportAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/stack/check-file.ts
var check_file = __webpack_require__(8739);
// EXTERNAL MODULE: ./src/stack/index.ts + 3 modules
var stack = __webpack_require__(1265);
;// CONCATENATED MODULE: ./src/deploy/export.ts
// `berth export`: turn an OpsWorks stack's Custom JSON (live, or the file AWS's detach tool wrote to S3)
// into a Stack JSON for the repository. Inline secrets move to Parameter Store as SecureString and the
// document names them with `%{ssm:...}`; every other byte of the text stays as it was.



const HOSTNAME_TAG = 'berth:hostname';
const LAYER_TAG = 'berth:layer';
function dotted(path) {
    return path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('').replace(/^\./, '');
}
/** The text with each inline secret replaced by its reference; formatting and key order kept. */
function replaceSecretsInText(text, secrets, prefix) {
    const base = prefix.replace(/\/+$/, '');
    let out = text;
    for (const secret of secrets) {
        const edits = (0,main.modify)(out, secret.path, (0,stack/* ssmPlaceholder */.XI)(`${base}/${secret.name}`), {});
        out = (0,main.applyEdits)(out, edits);
    }
    return out;
}
function suggestHosts(instances) {
    const hosts = instances.map((instance) => {
        const layer = instance.group ?? '';
        const tags = { [HOSTNAME_TAG]: instance.hostname };
        if (layer !== '')
            tags[LAYER_TAG] = layer;
        return { instanceId: instance.instanceId, hostname: instance.hostname, layer, tags };
    });
    const layers = [...new Set(hosts.map((h) => h.layer).filter((l) => l !== ''))].sort();
    return { hosts, targets: layers.map((layer) => `tag:${LAYER_TAG}=${layer}`) };
}
function checkPrefix(prefix) {
    if (!/^\/[A-Za-z0-9_.\-/]+$/.test(prefix)) {
        throw new Error(`secrets prefix "${prefix}" is not a Parameter Store path: start with "/" and use letters, digits and _.-/ only`);
    }
}
/**
 * Validates the Custom JSON, stores its inline secrets (unless a dry run) and returns the repository
 * document. Bad input changes nothing: the document is checked and every conflict found before the
 * first parameter is written, and parameters are written before the caller writes the file.
 */
async function exportStack(request, parameters, log) {
    checkPrefix(request.prefix);
    const validation = (0,check_file/* checkStackFile */.R)(request.text, request.source);
    const errors = validation.diagnostics.filter((d) => d.severity === 'error');
    if (!validation.document || errors.length > 0) {
        throw new Error(`the Custom JSON is not a valid Stack JSON; nothing was exported:\n${errors.map(stack/* formatDiagnostic */.xy).join('\n')}`);
    }
    const secrets = (0,stack/* listInlineSecrets */.Dh)(validation.document);
    for (const secret of secrets)
        log.secret(secret.value);
    const base = request.prefix.replace(/\/+$/, '');
    const names = secrets.map((secret) => `${base}/${secret.name}`);
    if (new Set(names).size !== names.length) {
        throw new Error('two secrets map to the same parameter name; rename one of the definitions or env keys');
    }
    const moved = [];
    if (request.dryRun || secrets.length === 0) {
        secrets.forEach((secret, i) => moved.push({ path: dotted(secret.path), parameter: names[i] ?? '', state: 'planned' }));
    }
    else {
        if (!parameters)
            throw new Error('writing secrets needs Parameter Store access (or use --dry-run)');
        const existing = await parameters.getMany(names, true);
        const conflicts = secrets.filter((secret, i) => {
            const current = existing.get(names[i] ?? '');
            return current !== undefined && current !== secret.value;
        });
        if (conflicts.length > 0 && !request.overwrite) {
            throw new Error(`these parameters already exist with other values; nothing was written (pass overwrite to replace them):\n` +
                conflicts.map((secret) => `  ${base}/${secret.name}`).join('\n'));
        }
        for (const [i, secret] of secrets.entries()) {
            const name = names[i] ?? '';
            if (existing.get(name) === secret.value) {
                moved.push({ path: dotted(secret.path), parameter: name, state: 'unchanged' });
                continue;
            }
            await parameters.putSecure(name, secret.value, true);
            moved.push({ path: dotted(secret.path), parameter: name, state: 'written' });
        }
    }
    const { hosts, targets } = suggestHosts(request.instances);
    return { text: replaceSecretsInText(request.text, secrets, request.prefix), moved, hosts, targets, stackName: request.stackName };
}
/** What to tell a human after an export: names and commands, never values. */
function describeExport(result, outputPath) {
    // Only a dry run plans: say so rather than "Wrote".
    const dryRun = result.moved.length > 0 && result.moved.every((entry) => entry.state === 'planned');
    const lines = [
        dryRun
            ? `Dry run, nothing written: ${result.moved.length} secret(s) would move to Parameter Store.`
            : `Wrote ${outputPath}: ${result.moved.length} secret(s) now referenced from Parameter Store.`,
    ];
    for (const entry of result.moved)
        lines.push(`  ${entry.path} -> %{ssm:${entry.parameter}} (${entry.state})`);
    if (result.stackName !== '')
        lines.push(`Use stack-name: "${result.stackName}" so %{opsworks} keeps its value.`);
    if (result.hosts.length > 0) {
        lines.push(`Tag the instances so the SSM path finds them (${LAYER_TAG}) and keeps a record of their OpsWorks hostname (${HOSTNAME_TAG}):`);
        for (const host of result.hosts) {
            const tags = Object.entries(host.tags).map(([key, value]) => `Key=${key},Value=${value}`).join(' ');
            lines.push(`  aws ec2 create-tags --resources ${host.instanceId} --tags ${tags}`);
        }
        // One line: several `targets` lines must all match, so the former layers are alternatives of one tag.
        const layers = [...new Set(result.hosts.map((h) => h.layer).filter((l) => l !== ''))].sort();
        lines.push(`Then deploy with targets: ${layers.length > 0 ? `tag:${LAYER_TAG}=${layers.join(',')}` : `tag:${HOSTNAME_TAG}=${result.hosts.map((h) => h.hostname).join(',')}`}`);
    }
    return lines;
}

// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/rollback.ts + 2 modules
var rollback = __webpack_require__(4150);
;// CONCATENATED MODULE: ./src/action/export.ts
// `command: export`: an OpsWorks stack (live, by stack-id) or its exported Custom JSON file (stack-json)
// becomes a repository Stack JSON (written to stack-json-output) with its secrets in Parameter Store.





async function runExportAction(inputs) {
    const log = (0,rollback.actionLog)();
    const needsAws = inputs.stackId !== '' || !inputs.dryRun;
    if (needsAws && inputs.awsRegion === '')
        throw new Error('export needs aws-region (or AWS_REGION) to read OpsWorks or write Parameter Store');
    const settings = { region: inputs.awsRegion, ...(inputs.awsEndpoint ? { endpoint: inputs.awsEndpoint } : {}) };
    let text;
    let source;
    let stackName = inputs.stackName;
    let instances = [];
    if (inputs.stackId !== '') {
        const { createOpsWorksClient } = await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(859), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 2796));
        const { createOpsWorks } = await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(859), __webpack_require__.e(824)]).then(__webpack_require__.bind(__webpack_require__, 7824));
        const opsworks = createOpsWorks(createOpsWorksClient(settings), { pollIntervalMs: inputs.pollIntervalSeconds * 1000 });
        const stack = await opsworks.describeStack(inputs.stackId);
        text = stack.customJson;
        stackName = stackName || stack.name;
        instances = await opsworks.onlineInstances(inputs.stackId, inputs.layerIds);
        source = `opsworks:${inputs.stackId}`;
    }
    else {
        source = inputs.stackJson;
        text = await (0,promises_.readFile)(source, 'utf8');
    }
    let parameters;
    if (!inputs.dryRun) {
        const { createSsmClient } = await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(859), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 2796));
        const { createParameterStore } = await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(736), __webpack_require__.e(138)]).then(__webpack_require__.bind(__webpack_require__, 2138));
        parameters = createParameterStore(createSsmClient(settings));
    }
    const result = await exportStack({ text, source, prefix: inputs.secretsPrefix, dryRun: inputs.dryRun, overwrite: inputs.force, instances, stackName }, parameters, log);
    if (!inputs.dryRun) {
        await (0,promises_.writeFile)(inputs.stackJsonOutput, result.text);
        (0,outputs/* createOutputs */.lk)().setStackJsonPath(inputs.stackJsonOutput);
    }
    const lines = describeExport(result, inputs.dryRun ? '(dry run: nothing written)' : inputs.stackJsonOutput);
    for (const line of lines)
        log.info(line);
    await core/* summary */.z.addHeading('berth export', 2).addCodeBlock(lines.join('\n'), 'text').write();
    (0,outputs/* createOutputs */.lk)().setResult({ command: 'export', dryRun: inputs.dryRun, moved: result.moved, hosts: result.hosts, targets: result.targets });
}


/***/ })

};
