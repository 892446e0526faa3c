export const id = 979;
export const ids = [979];
export const modules = {

/***/ 7346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ fleetSettings),
/* harmony export */   e: () => (/* binding */ dataVolumeImage)
/* harmony export */ });
/** Image of data-only containers, unless BERTH_DATA_VOLUME_IMAGE says otherwise (hosts without a hub). */
function dataVolumeImage(env = process.env) {
    return env['BERTH_DATA_VOLUME_IMAGE'] || 'busybox:latest';
}
function fleetSettings(inputs, document, options) {
    const env = options.env ?? process.env;
    return {
        ssmTargets: { instanceIds: inputs.instanceIds, tags: inputs.targets },
        stackName: inputs.stackName,
        batchSize: inputs.batchSize,
        failurePolicy: inputs.failurePolicy,
        timeoutMinutes: inputs.timeoutMinutes,
        force: inputs.force,
        manual: inputs.manual,
        lockName: inputs.lockName,
        lockWaitSeconds: inputs.lockWaitSeconds,
        secretsPrefix: inputs.secretsPrefix,
        hostRoot: inputs.hostRoot,
        ...(options.hostRoots ? { hostRoots: options.hostRoots } : {}),
        keepImages: inputs.keepImages,
        ...(inputs.database && document
            ? { databases: Object.fromEntries(Object.keys(document.deploy).map((app) => [app, inputs.database ?? {}])) }
            : {}),
        dataVolumeImage: dataVolumeImage(env),
        region: inputs.awsRegion || env['AWS_REGION'] || 'us-east-1',
        ...(inputs.hostAwsEndpoint ? { hostAwsEndpoint: inputs.hostAwsEndpoint } : {}),
    };
}


/***/ }),

/***/ 9979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HELP: () => (/* binding */ HELP),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/action/fleet-settings.ts
var fleet_settings = __webpack_require__(7346);
// EXTERNAL MODULE: ./src/stack/check-file.ts
var check_file = __webpack_require__(8739);
// EXTERNAL MODULE: ./src/stack/index.ts + 3 modules
var stack = __webpack_require__(1265);
;// CONCATENATED MODULE: ./src/cli/plan-view.ts
// How a host plan is shown to people: secret values replaced by `***` (references to Parameter Store
// stay, they name a secret without revealing it), arguments quoted the way a shell would need them.

function redactValue(value, secret) {
    return value.kind === 'literal' && secret && value.value !== '' ? { kind: 'literal', value: stack/* REDACTED */.XF } : value;
}
function redactEnv(env) {
    return env.map((variable) => ({ ...variable, value: redactValue(variable.value, variable.secret) }));
}
/** Every literal secret value the plan or its document holds. */
function planSecrets(plan, document) {
    const values = new Set((0,stack/* listInlineSecrets */.Dh)(document).map((secret) => secret.value));
    const add = (env) => {
        for (const variable of env)
            if (variable.secret && variable.value.kind === 'literal')
                values.add(variable.value.value);
    };
    for (const definition of plan.definitions)
        add(definition.env);
    if (plan.migration)
        add(plan.migration.env);
    for (const cron of plan.cron)
        for (const file of cron.envFiles)
            add(file.env);
    for (const login of plan.registries)
        if (login.password.kind === 'literal')
            values.add(login.password.value);
    values.delete('');
    return [...values];
}
/**
 * The plan with every secret value replaced by `***`: secret env values, registry passwords, and
 * (as a second net) any occurrence of a known secret value anywhere else in the plan's text.
 */
function redactHostPlan(plan, document) {
    const secrets = planSecrets(plan, document);
    const structured = {
        ...plan,
        registries: plan.registries.map((login) => ({ ...login, password: redactValue(login.password, true) })),
        definitions: plan.definitions.map((definition) => ({ ...definition, env: redactEnv(definition.env) })),
        ...(plan.migration ? { migration: { ...plan.migration, env: redactEnv(plan.migration.env) } } : {}),
        cron: plan.cron.map((cron) => ({ ...cron, envFiles: cron.envFiles.map((file) => ({ ...file, env: redactEnv(file.env) })) })),
    };
    return redactStrings(structured, secrets);
}
/** Every string inside `value` (not the keys) with the known secret values masked. */
function redactStrings(value, secrets) {
    if (typeof value === 'string')
        return (0,stack/* redact */.E$)(value, secrets);
    if (Array.isArray(value))
        return value.map((item) => redactStrings(item, secrets));
    if (typeof value === 'object' && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, secrets)]));
    }
    return value;
}
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
/** An argument as a POSIX shell would need it to get exactly these bytes. */
function shellWord(arg) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg))
        return arg;
    // Control characters (newlines, tabs) are shown escaped in bash's $'...' form, so one argument stays one line.
    if (CONTROL.test(arg)) {
        const escaped = arg.replace(/[\\']/g, '\\$&').replace(new RegExp(CONTROL.source, 'g'), (ch) => {
            const named = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };
            return named[ch] ?? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
        });
        return `$'${escaped}'`;
    }
    return `'${arg.replace(/'/g, `'\\''`)}'`;
}
function shellLine(args) {
    return args.map(shellWord).join(' ');
}
function showValue(value) {
    return value.kind === 'ssm' ? (0,stack/* ssmPlaceholder */.XI)(value.name) : value.value;
}
function showEnv(env, indent) {
    return env.map((variable) => `${indent}${variable.key}=${shellWord(showValue(variable.value))}${variable.secret ? '   (secret)' : ''}`);
}
/** The plan as text, in the order the host runs it. Expects a redacted plan. */
function renderPlan(plan) {
    const out = [];
    out.push(`host ${plan.host.hostname} (instance ${plan.host.instanceId || '-'}, root ${plan.host.root}), apps: ${plan.apps.join(', ')}`);
    if (plan.registries.length > 0) {
        out.push('', 'registry logins');
        for (const login of plan.registries)
            out.push(`  ${login.host}  user ${showValue(login.username) || '-'}  password ${showValue(login.password) || '-'}`);
    }
    if (plan.dataVolumes.length > 0) {
        out.push('', 'data volumes (created once, never replaced)');
        for (const volume of plan.dataVolumes) {
            out.push(`  ${volume.name}  [${volume.app}]  docker create --name ${shellWord(volume.name)} ${shellLine(volume.volumes.flatMap((v) => ['-v', v]))} ${volume.image}`);
        }
    }
    if (plan.migration) {
        const m = plan.migration;
        out.push('', `migration (before the first copy of ${m.definition} is replaced)`);
        const rm = m.runArgs.includes('--rm') ? [] : ['--rm'];
        out.push(`  docker run ${shellLine([...rm, ...m.runArgs])} ${shellWord(m.image)} ${shellLine(m.command)}`.trimEnd());
        out.push(...showEnv(m.env, '    '));
    }
    for (const definition of plan.definitions) {
        const copies = definition.mode === 'cron' ? 'scheduled' : `${definition.copies.length} cop${definition.copies.length === 1 ? 'y' : 'ies'}`;
        out.push('', `${definition.name}  [${definition.app}]  ${definition.mode}, ${copies}, ${definition.image}`);
        out.push(`  hash ${definition.hash.slice(0, 12)}  stop ${definition.stopSignal} after ${definition.stopGrace}s  health ${definition.health.interval}s/${definition.health.timeout}s, deadline ${definition.health.deadline}s, startup ${definition.health.startupTime}s`);
        if (definition.loadBalancer) {
            out.push(`  load balancer: backend ${definition.loadBalancer.backend} via ${definition.loadBalancer.adminSocket}, drain ${definition.loadBalancer.drainTimeout}s`);
        }
        if (definition.dependsOn.length > 0)
            out.push(`  depends on: ${definition.dependsOn.join(', ')}`);
        if (definition.env.length > 0) {
            out.push('  env:');
            out.push(...showEnv(definition.env, '    '));
        }
        for (const copy of definition.copies) {
            for (const slot of copy.slots) {
                const label = copy.slots.length > 1 ? `${copy.name} [slot ${slot.id || '-'}]` : copy.name;
                out.push(`  ${label}: docker run -d --name ${copy.name} ${shellLine(slot.runArgs)} ${shellWord(definition.image)} ${shellLine(slot.command)}`.trimEnd());
                if (slot.health.kind !== 'none')
                    out.push(`    health: ${JSON.stringify(slot.health)}`);
                if (slot.server)
                    out.push(`    haproxy server ${slot.server} ${slot.serverAddress ?? ''}`.trimEnd());
            }
        }
    }
    for (const cron of plan.cron) {
        if (cron.lines.length === 0)
            continue;
        out.push('', `cron file ${cron.path}  [${cron.app}]`);
        for (const line of cron.lines)
            out.push(`  ${line}`);
    }
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/commands/plan.ts
// `berth plan FILE --hostname H --stack-name S`: what one host would run, in order, secrets redacted.







const HELP = `Usage: berth plan FILE --hostname H --stack-name S [options]

Prints the per-host plan of a Stack JSON document: data volumes, the migration, then every
definition in deploy order with its mode, copies (app0, app1, ...), image:tag and each \`docker run\`
argument, and the cron entries. Placeholders are resolved for the given host; %{ssm:...}
references stay references; secret values are shown as ***.

Options:
  --hostname H         the instance's hostname (OpsWorks-style, e.g. docker1)       (required)
  --stack-name S       the stack's name, for %{opsworks}                            (required)
  --public-ip IP       the instance's public IP, for %{public_ip} (default: empty)
  --instance-id I      the EC2 instance id (default: empty)
  --host-root DIR      directory host paths are placed under (default: /)
  --manual NAMES       manual definitions to redeploy this time (comma-separated)
  --environment ENV    deploy environment, the Rollbar fallback (default: production)
  --release TAG        the release label and the revision given to rev_var (default: plan)
  --json               print the plan as JSON (the HostPlan type) instead of text
  -h, --help
Exit status: 0 printed, 1 the document has errors (they are printed), 2 wrong usage.
`;
async function run(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                hostname: { type: 'string' },
                'stack-name': { type: 'string' },
                'public-ip': { type: 'string', default: '' },
                'instance-id': { type: 'string', default: '' },
                'host-root': { type: 'string', default: '/' },
                manual: { type: 'string', default: '' },
                environment: { type: 'string', default: 'production' },
                release: { type: 'string', default: 'plan' },
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        throw new usage/* UsageError */.e((0,usage/* describeParseError */.R)(error));
    }
    const v = parsed.values;
    if (v.help) {
        process.stdout.write(HELP);
        return 0;
    }
    if (parsed.positionals.length !== 1)
        throw new usage/* UsageError */.e('name exactly one Stack JSON file');
    if (!v.hostname)
        throw new usage/* UsageError */.e('--hostname is required (the instance hostname, e.g. docker1)');
    if (v['stack-name'] === undefined)
        throw new usage/* UsageError */.e('--stack-name is required (the stack name, for %{opsworks})');
    if (!v['host-root'].startsWith('/'))
        throw new usage/* UsageError */.e('--host-root must be an absolute path');
    const file = parsed.positionals[0];
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        process.stderr.write(`${file}: cannot read the file: ${error.message}\n`);
        return 1;
    }
    const result = (0,check_file/* checkStackFile */.R)(text, file);
    if (!result.ok || result.document === undefined) {
        for (const d of result.diagnostics)
            if (d.severity === 'error')
                process.stderr.write((0,stack/* formatDiagnostic */.xy)(d) + '\n');
        process.stderr.write(`${file}: fix the errors above first (berth validate ${file})\n`);
        return 1;
    }
    const options = {
        deployId: 'plan',
        release: v.release,
        revision: v.release,
        actor: 'berth plan',
        createdAt: new Date().toISOString(),
        hostRoot: v['host-root'],
        force: false,
        manual: v.manual.split(',').map((name) => name.trim()).filter((name) => name !== ''),
        runMigration: true,
        keepImages: 3,
        lockTimeout: 300,
        aws: { region: '' },
        preferLocalImages: false,
        dataVolumeImage: (0,fleet_settings/* dataVolumeImage */.e)(),
        logTailLines: 50,
        environment: v.environment,
    };
    const facts = { hostname: v.hostname, instanceId: v['instance-id'], publicIp: v['public-ip'], stackName: v['stack-name'] };
    const plan = redactHostPlan((0,stack/* buildHostPlan */.oy)(result.document, facts, options), result.document);
    process.stdout.write(v.json ? JSON.stringify(plan, null, 2) + '\n' : renderPlan(plan));
    return 0;
}


/***/ })

};
