export const id = 87;
export const ids = [87];
export const modules = {

/***/ 8739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ countBySeverity),
/* harmony export */   R: () => (/* binding */ checkStackFile)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6325);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1549);


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

/***/ 2087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Oo: () => (/* reexport */ summary/* EXAMPLE_HOST */.O),
  VO: () => (/* reexport */ predict/* REASON_DESCRIPTIONS */.VO),
  XF: () => (/* reexport */ secrets/* REDACTED */.XF),
  oy: () => (/* reexport */ plan/* buildHostPlan */.oy),
  me: () => (/* reexport */ diffDocuments),
  xy: () => (/* reexport */ diagnostics/* formatDiagnostic */.xy),
  Pb: () => (/* reexport */ schema/* listDefinitions */.Pb),
  Dh: () => (/* reexport */ secrets/* listInlineSecrets */.Dh),
  Fi: () => (/* reexport */ merge/* mergeImageTags */.Fi),
  TU: () => (/* reexport */ predict/* predictRelease */.TU),
  E$: () => (/* reexport */ secrets/* redact */.E$),
  XI: () => (/* reexport */ placeholders/* ssmPlaceholder */.XI),
  LO: () => (/* reexport */ summary/* summarizeDocument */.L),
  ry: () => (/* reexport */ validate/* validateStackJson */.r)
});

// UNUSED EXPORTS: CRON_PATH, CommandSyntaxError, DEFAULT_HEALTH_DEADLINE, FIELD_END, MAX_COPIES, MAX_SECONDS, PLAN_HEADER, REASON_CODES, RECORD_END, RESTART_POLICY, Reporter, STANDARD_TIER_BYTES, TEMPLATE_SENTINELS, analyzeCommand, appKeys, appSchema, checkStackFile, checkStandardTier, checkTemplateFacts, commandHealthSchema, composeEnvironment, countBySeverity, createPositionIndex, cronEnvPath, cronFile, cronFilePath, cronSchema, dataVolumeKeys, databaseSchema, databaseVariables, definitionHash, definitionHashInput, definitionKeys, definitionLegacyHashInput, definitionSchema, dependencies, deployModes, describePath, encodeHostPlan, encodePlanRecord, encodeReleaseTemplate, findDefinition, healthCheck, healthSchema, healthSettings, hostPlaceholders, hostPortOf, hostVolume, httpHealthSchema, imageReference, instantiateTemplate, interpolate, isFixedAcrossCopies, isFixedAcrossSlots, isLongRunning, isPerHost, isReleaseTemplate, isSecretKey, isValidSsmName, isWorker, level, listDataVolumes, loadBalancerSchema, logArgs, logSchema, manualInputProblems, mergeMismatches, notificationsSchema, opsworksName, perHostParameter, placeholderNames, planDefinition, planValue, posixQuote, referenceOrLiteral, referencingSecrets, registrySchema, releaseTag, rerootTemplate, rollbarSchema, rolloutOf, runsDefinition, runtimeNames, sharedRunArgs, shortName, slotValues, slug, splitCommand, ssmReference, stackSchema, stageDatabaseSecrets, stageInlineSecrets, stagePerHost, stagedValue, tagValue, templateFacts, tokenize, underRoot, withHashesOf

// EXTERNAL MODULE: ./src/stack/schema.ts
var schema = __webpack_require__(5449);
// EXTERNAL MODULE: ./src/stack/positions.ts
var positions = __webpack_require__(876);
// EXTERNAL MODULE: ./src/stack/diagnostics.ts
var diagnostics = __webpack_require__(516);
// EXTERNAL MODULE: ./src/stack/validate.ts + 8 modules
var validate = __webpack_require__(1549);
// EXTERNAL MODULE: ./src/stack/check-file.ts
var check_file = __webpack_require__(8739);
// EXTERNAL MODULE: ./src/stack/placeholders.ts
var placeholders = __webpack_require__(1716);
// EXTERNAL MODULE: ./src/stack/environment.ts
var environment = __webpack_require__(7569);
// EXTERNAL MODULE: ./src/stack/secrets.ts
var secrets = __webpack_require__(6325);
// EXTERNAL MODULE: ./src/stack/plan-args.ts
var plan_args = __webpack_require__(6427);
// EXTERNAL MODULE: ./src/stack/plan-cron.ts
var plan_cron = __webpack_require__(8266);
// EXTERNAL MODULE: ./src/stack/plan.ts
var plan = __webpack_require__(4993);
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

// EXTERNAL MODULE: ./src/stack/summary.ts
var summary = __webpack_require__(4776);
// EXTERNAL MODULE: ./src/stack/manual.ts
var manual = __webpack_require__(4720);
// EXTERNAL MODULE: ./src/stack/release-template.ts
var release_template = __webpack_require__(4600);
// EXTERNAL MODULE: ./src/stack/predict.ts + 1 modules
var predict = __webpack_require__(8983);
;// CONCATENATED MODULE: ./src/stack/index.ts
// The core's public surface: the Stack JSON model, validation, the per-host plan and text edits.























/***/ }),

/***/ 8983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OE: () => (/* reexport */ REASON_CODES),
  VO: () => (/* reexport */ REASON_DESCRIPTIONS),
  TU: () => (/* binding */ predictRelease)
});

// EXTERNAL MODULE: ./src/stack/host-plan.ts
var host_plan = __webpack_require__(6238);
// EXTERNAL MODULE: ./src/stack/plan.ts
var plan = __webpack_require__(4993);
// EXTERNAL MODULE: ./src/stack/environment.ts
var environment = __webpack_require__(7569);
;// CONCATENATED MODULE: ./src/stack/predict-reasons.ts

/** Every reason code, in the order they are listed; docs/diff.md says what each covers. */
const REASON_CODES = [
    'image',
    'env',
    'secret',
    'database',
    'rev_var',
    'command',
    'entrypoint',
    'ports',
    'volumes',
    'links',
    'network',
    'log',
    'hostname',
    'health',
    'load_balancer',
    'stop_signal',
    'stop_grace',
    'app',
    'run_options',
    'schedule',
    'mode',
    'copies',
    'dependency',
    'manual',
    'force',
];
/** One line per code: what changed (the field of the hash input or the host's rule it comes from). */
const REASON_DESCRIPTIONS = {
    image: 'image or tag (the image reference, and RELEASE_TAG with it)',
    env: 'a plain env value added, removed or changed (own env or env_from)',
    secret: 'a secret env value: its %{ssm:...} reference, or an inline secret value (a new Parameter Store version)',
    database: 'the DB_* variables of a definition with "database": true (the app\'s database settings)',
    rev_var: 'the Rollbar rev_var variable, which carries the commit: it changes on every deploy',
    command: 'command',
    entrypoint: 'entrypoint',
    ports: 'ports (-p)',
    volumes: 'volumes (-v) or volumes_from',
    links: 'links',
    network: 'network',
    log: 'log driver or its options',
    hostname: 'the container hostname (the definition\'s "hostname", resolved for the host)',
    health: 'the health check or its timing (health, startup_time)',
    load_balancer: 'the load-balancer slots the copies run in (load_balancer.slots)',
    stop_signal: 'stop_signal',
    stop_grace: 'stop_grace_period',
    app: 'the definition moved to another app',
    run_options: 'another docker run option berth sets (a berth upgrade)',
    schedule: 'the cron schedule (cron definitions)',
    mode: 'deploy mode changed between long-running (auto, manual) and cron',
    copies: 'the number of copies (surplus ones are removed, missing ones started)',
    dependency: 'a container or data volume it links to or mounts was started or replaced earlier in this deploy',
    manual: 'a manual definition named in the manual input (always replaced)',
    force: 'the force input (every auto definition is replaced)',
};
const DATABASE_KEYS = new Set(environment/* databaseVariables */.L1.map(([key]) => key));
/** The DB_* keys when the definition takes the database (either side), else none. */
function databaseKeysOf(takesDatabase) {
    return takesDatabase ? DATABASE_KEYS : new Set();
}
const runArgCodes = {
    '--hostname': 'hostname',
    '--stop-signal': 'stop_signal',
    '--stop-timeout': 'stop_grace',
    '-p': 'ports',
    '--network': 'network',
    '--entrypoint': 'entrypoint',
    '-v': 'volumes',
    '--volumes-from': 'volumes',
    '--link': 'links',
    '--log-driver': 'log',
    '--log-opt': 'log',
};
function labelCode(value) {
    if (value.startsWith('berth.slot='))
        return 'load_balancer';
    if (value.startsWith('berth.app='))
        return 'app';
    return 'run_options';
}
/** runArgs (every option berth writes takes one value) as code -> the values in order. */
function runArgsByCode(args) {
    const out = new Map();
    for (let i = 0; i < args.length; i += 2) {
        const flag = args[i] ?? '';
        const value = args[i + 1] ?? '';
        const code = flag === '--label' ? labelCode(value) : (runArgCodes[flag] ?? 'run_options');
        out.set(code, [...(out.get(code) ?? []), flag, value]);
    }
    return out;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function envCode(key, before, after, roles) {
    if (roles.revVars.has(key))
        return 'rev_var';
    // RELEASE_TAG is the tag: it changes exactly when the image reference does.
    if (key === 'RELEASE_TAG')
        return 'image';
    if (roles.databaseKeys.has(key))
        return 'database';
    if (before?.secret === true || after?.secret === true)
        return 'secret';
    return 'env';
}
function envReasons(before, after, roles) {
    const was = new Map(before.map((e) => [e.key, e]));
    const now = new Map(after.map((e) => [e.key, e]));
    const codes = new Set();
    for (const key of new Set([...was.keys(), ...now.keys()])) {
        const a = was.get(key);
        const b = now.get(key);
        if (!same(a, b))
            codes.add(envCode(key, a, b, roles));
    }
    // Env order is not compared: the canonical hash input lists env sorted by key (src/stack/plan.ts).
    return [...codes];
}
/** The reason codes for two hash inputs of one definition (empty when they are the same text). */
function hashInputReasons(before, after, roles) {
    if (before === after)
        return [];
    const a = JSON.parse(before);
    const b = JSON.parse(after);
    const codes = new Set();
    if (a.image !== b.image)
        codes.add('image');
    for (const code of envReasons(a.env ?? [], b.env ?? [], roles))
        codes.add(code);
    const argsBefore = runArgsByCode(a.runArgs ?? []);
    const argsAfter = runArgsByCode(b.runArgs ?? []);
    for (const code of new Set([...argsBefore.keys(), ...argsAfter.keys()])) {
        if (!same(argsBefore.get(code), argsAfter.get(code)))
            codes.add(code);
    }
    if (!same(a.command, b.command))
        codes.add('command');
    if (!same(a.health, b.health) || !same(a.settings, b.settings))
        codes.add('health');
    if (a.stopSignal !== b.stopSignal)
        codes.add('stop_signal');
    // A field this code does not know (a later berth's hash input): still a change the host acts on.
    if (codes.size === 0)
        codes.add('run_options');
    return sortReasons([...codes]);
}
/** Codes in the order of REASON_CODES, once each. */
function sortReasons(codes) {
    const set = new Set(codes);
    return REASON_CODES.filter((code) => set.has(code));
}

// EXTERNAL MODULE: ./src/stack/schema.ts
var schema = __webpack_require__(5449);
// EXTERNAL MODULE: ./src/stack/secrets.ts
var secrets = __webpack_require__(6325);
;// CONCATENATED MODULE: ./src/stack/predict.ts
// What a deploy of `after` does to a host that runs `before`, per definition: the decision the host
// script makes (host/lib/steps.sh decide_copies and deploy_definitions, cleanup_containers) with the
// reasons, the cron lines, the migration. Both sides are planned with buildHostPlan for the same host
// facts, inline secrets as the references a deploy stages them under (what berth.hash covers), and
// compared the way the host compares them: berth.hash, the manual and force rules, secret versions,
// dependencies touched earlier in deploy order. No secret value is part of the result.






// Two commits are never the same deploy: rev_var values differ as they do between two real deploys.
const BEFORE_REVISION = 'deployed-commit';
const AFTER_REVISION = 'new-commit';
function planOf(document, host, prefix, revision, options) {
    const planOptions = {
        deployId: 'predict',
        release: revision,
        revision,
        actor: 'berth diff',
        createdAt: '1970-01-01T00:00:00Z',
        hostRoot: '/',
        force: options.force === true,
        manual: options.manual ?? [],
        runMigration: options.skipMigration !== true,
        keepImages: 3,
        lockTimeout: 300,
        aws: { region: 'us-east-1' },
        preferLocalImages: false,
        dataVolumeImage: 'busybox',
        logTailLines: 30,
        environment: options.environment ?? 'production',
    };
    return (0,plan/* buildHostPlan */.oy)((0,secrets/* referencingSecrets */.Us)(document, prefix), host, planOptions);
}
/** Parameter name -> the value a deploy stores for this host (inline secrets only). */
function stagedSecretValues(document, host, prefix) {
    const staged = (0,secrets/* stageInlineSecrets */.Xh)(document, prefix);
    const values = new Map(staged.staged.map((s) => [s.name, s.value]));
    for (const item of staged.perHost) {
        let value;
        try {
            value = (0,secrets/* stagedValue */.cj)(item.secret, (0,plan/* hostPlaceholders */.vx)(host));
        }
        catch {
            value = item.secret.value; // too large to store: the deploy refuses it; compare what is written
        }
        values.set(item.name, value);
    }
    return values;
}
function envRoles(documents, name) {
    const entries = documents.flatMap((d) => (0,schema/* listDefinitions */.Pb)(d)).filter((e) => e.name === name);
    const revVars = new Set(entries.flatMap((e) => e.definition.notifications?.rollbar?.rev_var ?? []));
    return { revVars, databaseKeys: databaseKeysOf(entries.some((e) => e.definition.database === true)) };
}
const isLongRunning = (d) => d.mode !== 'cron';
function cronLinesByDefinition(plan) {
    const out = new Map();
    // cronFile writes two header lines, then one line per cron definition in envFiles order.
    for (const file of plan?.cron ?? [])
        file.envFiles.forEach((env, i) => out.set(env.definition, file.lines[i + 2] ?? ''));
    return out;
}
function jobLines(plan, apps) {
    return (plan?.cron ?? []).filter((file) => apps.has(file.app)).flatMap((file) => file.lines.slice(2));
}
/** The host's replacement reasons of one definition (hash input, secret versions), before the copy rules. */
function changeReasons(prev, next, roles, rotated) {
    const codes = [];
    // copy_runs_plan: a copy of `before` carries its canonical hash (labelled by this berth).
    if (!(0,host_plan/* runsDefinition */.AK)(prev.hash, next)) {
        const found = hashInputReasons((0,plan/* definitionHashInput */.wb)(prev) ?? '{}', (0,plan/* definitionHashInput */.wb)(next) ?? '{}', roles);
        codes.push(...(found.length > 0 ? found : ['run_options']));
    }
    // secrets_changed: a pinned version differs from the one the running copy was started with.
    if (next.env.some((e) => e.value.kind === 'ssm' && rotated.has(e.value.name)))
        codes.push('secret');
    return codes;
}
/** The same definition but for the order of its env keys: the canonical hash is the same, the legacy one not. */
function onlyEnvOrder(prev, next) {
    return prev.hash === next.hash && prev.legacyHash !== next.legacyHash;
}
function envOrderNote(def) {
    return (`${def.app}/${def.name}: only the order of its env keys changed: untouched (berth.hash sorts env keys). A copy that a berth ` +
        'release before the sorted hash started, and no deploy by this one has kept since, carries the order-keeping hash: it is replaced once');
}
/** decide_copies, then deploy_definitions' dependency rule, copy by copy in deploy order. */
function longRunningDecisions(sides, notes) {
    const { beforePlan, afterPlan } = sides;
    const previous = new Map((beforePlan?.definitions ?? []).filter(isLongRunning).map((d) => [d.name, d]));
    const beforeCron = new Set((beforePlan?.definitions ?? []).filter((d) => !isLongRunning(d)).map((d) => d.name));
    const existingVolumes = new Set((beforePlan?.dataVolumes ?? []).map((v) => v.name));
    // TOUCHED: data volumes created by this run, then every copy started or replaced so far.
    const touched = new Set(afterPlan.dataVolumes.map((v) => v.name).filter((name) => !existingVolumes.has(name)));
    const out = [];
    for (const def of afterPlan.definitions.filter(isLongRunning)) {
        const prev = previous.get(def.name);
        const documents = sides.before ? [sides.before, sides.after] : [sides.after];
        const changed = prev ? changeReasons(prev, def, envRoles(documents, def.name), sides.rotated) : [];
        const reasons = new Set();
        let replaced = false;
        for (const copy of def.copies) {
            const exists = prev !== undefined && copy.index < prev.copies.length;
            let plan = 'start';
            if (exists) {
                if (def.mode === 'manual')
                    plan = def.redeploy ? 'replace' : 'keep';
                else
                    plan = changed.length > 0 ? 'replace' : 'keep';
                if (plan === 'replace' && def.mode === 'manual')
                    reasons.add('manual');
            }
            // needs_redeploy: the redeploy flag (manual input), force for auto, or a dependency touched earlier.
            if (plan === 'keep') {
                const forced = def.redeploy || (def.mode === 'auto' && afterPlan.force);
                const dependency = def.dependsOn.some((name) => touched.has(name));
                if (forced || dependency) {
                    plan = 'replace';
                    reasons.add(def.mode === 'manual' && def.redeploy ? 'manual' : forced ? 'force' : 'dependency');
                }
            }
            if (plan !== 'keep')
                touched.add(copy.name);
            if (plan === 'replace')
                replaced = true;
        }
        const before = prev?.copies.length ?? 0;
        const copies = before !== def.copies.length ? { copies: { before, after: def.copies.length } } : {};
        if (prev && before !== def.copies.length)
            reasons.add('copies');
        let decision = 'untouched';
        if (!prev)
            decision = 'started';
        else if (replaced) {
            decision = 'replaced';
            // A copy replaced for any reason runs the new definition: what changed comes with it.
            for (const code of changed)
                reasons.add(code);
        }
        else if (def.mode === 'manual' && changed.length > 0) {
            decision = 'manual';
            for (const code of changed)
                reasons.add(code);
            notes.push(`${def.app}/${def.name}: changed but manual: the host leaves it alone unless the manual input names it`);
        }
        if (!prev && beforeCron.has(def.name))
            reasons.add('mode');
        if (prev && onlyEnvOrder(prev, def))
            notes.push(envOrderNote(def));
        out.push({ app: def.app, definition: def.name, decision, reasons: sortReasons(reasons), ...copies });
    }
    return out;
}
function scheduleOf(document, name) {
    const entry = document ? (0,schema/* listDefinitions */.Pb)(document).find((e) => e.name === name && e.definition.deploy === 'cron') : undefined;
    return JSON.stringify(entry?.definition.cron ?? null);
}
function cronDecisions(sides) {
    const { beforePlan, afterPlan } = sides;
    const beforeLines = cronLinesByDefinition(beforePlan);
    const afterLines = cronLinesByDefinition(afterPlan);
    const previous = new Map((beforePlan?.definitions ?? []).map((d) => [d.name, d]));
    const documents = sides.before ? [sides.before, sides.after] : [sides.after];
    return afterPlan.definitions
        .filter((def) => !isLongRunning(def) && !(previous.get(def.name) && isLongRunning(previous.get(def.name))))
        .map((def) => {
        const prev = previous.get(def.name);
        if (!prev || !beforeLines.has(def.name))
            return { app: def.app, definition: def.name, decision: 'started', reasons: [] };
        // Another app's cron file: the line is new there (the old file keeps it if its app left the plan).
        if (prev.app !== def.app)
            return { app: def.app, definition: def.name, decision: 'started', reasons: ['app'] };
        if (beforeLines.get(def.name) === afterLines.get(def.name))
            return { app: def.app, definition: def.name, decision: 'untouched', reasons: [] };
        const reasons = !(0,host_plan/* runsDefinition */.AK)(prev.hash, def)
            ? hashInputReasons((0,plan/* definitionHashInput */.wb)(prev) ?? '{}', (0,plan/* definitionHashInput */.wb)(def) ?? '{}', envRoles(documents, def.name))
            : [];
        if (scheduleOf(sides.before, def.name) !== scheduleOf(sides.after, def.name))
            reasons.push('schedule');
        return {
            app: def.app,
            definition: def.name,
            decision: 'replaced',
            reasons: sortReasons(reasons.length > 0 ? reasons : ['run_options']),
        };
    });
}
/** cleanup_containers and the cron files: what goes, for the apps the new plan still has. */
function removedDecisions(sides, notes) {
    const { beforePlan, afterPlan } = sides;
    const apps = new Set(afterPlan.apps);
    const next = new Map(afterPlan.definitions.map((d) => [d.name, d]));
    const out = [];
    for (const prev of beforePlan?.definitions ?? []) {
        const now = next.get(prev.name);
        const longRunningGone = isLongRunning(prev) && (!now || !isLongRunning(now));
        if (now && !longRunningGone)
            continue;
        if (!apps.has(prev.app))
            continue;
        const copies = isLongRunning(prev) ? { copies: { before: prev.copies.length, after: 0 } } : {};
        out.push({ app: prev.app, definition: prev.name, decision: 'removed', reasons: now ? ['mode'] : [], ...copies });
    }
    for (const app of beforePlan?.apps ?? []) {
        if (!apps.has(app)) {
            notes.push(`app ${app} is no longer in the document: the host leaves its containers and cron file as they are (it cleans up only the apps it deploys)`);
        }
    }
    return out;
}
function otherNotes(sides, prefix, notes) {
    const { before, after, beforePlan, afterPlan } = sides;
    const ssmNames = (plan) => new Set((plan?.definitions ?? []).flatMap((d) => d.env.flatMap((e) => (e.value.kind === 'ssm' && !e.value.name.startsWith(`${prefix}/`) ? [e.value.name] : []))));
    const kept = [...ssmNames(afterPlan)].filter((name) => ssmNames(beforePlan).has(name));
    if (kept.length > 0) {
        notes.push(`a new value stored behind an unchanged %{ssm:...} reference (${kept.join(', ')}) replaces the copies that read it; ` +
            'that cannot be seen without AWS credentials, so it is not in this prediction');
    }
    for (const entry of (0,schema/* listDefinitions */.Pb)(after)) {
        const revVar = entry.definition.notifications?.rollbar?.rev_var;
        if (revVar && entry.definition.deploy !== undefined) {
            notes.push(`${entry.app}/${entry.name}: its env carries the commit (notifications.rollbar.rev_var ${revVar}): it is replaced on every deploy`);
        }
    }
    const volumesBefore = new Map((before ? (0,schema/* listDataVolumes */.W8)(before) : []).map((v) => [v.name, JSON.stringify(v.volumes)]));
    for (const volume of (0,schema/* listDataVolumes */.W8)(after)) {
        const was = volumesBefore.get(volume.name);
        if (was !== undefined && was !== JSON.stringify(volume.volumes)) {
            notes.push(`data volume ${volume.app}/${volume.name} changed: the host keeps the existing container (it creates only missing data volumes)`);
        }
    }
    if (afterPlan.migration) {
        const m = afterPlan.migration;
        notes.push(`the migration of ${m.app}/${m.definition} runs on every deploy, on the first host, before any copy is replaced`);
    }
    if (!before)
        notes.push('nothing deployed to compare with: every definition starts');
}
/** The host's decisions when a host running `before` (undefined: nothing) is deployed `after`. */
function predictRelease(before, after, host, options = {}) {
    const prefix = (options.secretsPrefix || `/berth/${options.environment ?? 'production'}/secrets`).replace(/\/+$/, '');
    const beforePlan = before ? planOf(before, host, prefix, BEFORE_REVISION, options) : undefined;
    const afterPlan = planOf(after, host, prefix, AFTER_REVISION, options);
    // The deploy writes a new Parameter Store version of each inline secret whose value changed.
    const staged = before ? stagedSecretValues(before, host, prefix) : new Map();
    const rotated = new Set([...stagedSecretValues(after, host, prefix)]
        .filter(([name, value]) => staged.has(name) && staged.get(name) !== value)
        .map(([name]) => name));
    const sides = { before, after, beforePlan, afterPlan, rotated };
    const notes = [];
    const longRunning = longRunningDecisions(sides, notes);
    const cron = cronDecisions(sides);
    const order = new Map(afterPlan.definitions.map((d, i) => [d.name, i]));
    const definitions = [...longRunning, ...cron].sort((a, b) => (order.get(a.definition) ?? 0) - (order.get(b.definition) ?? 0));
    definitions.push(...removedDecisions(sides, notes));
    otherNotes(sides, prefix, notes);
    const apps = new Set(afterPlan.apps);
    const linesBefore = jobLines(beforePlan, apps);
    const linesAfter = jobLines(afterPlan, apps);
    return {
        host,
        migration: afterPlan.migration !== undefined,
        definitions,
        cron: { added: linesAfter.filter((l) => !linesBefore.includes(l)), removed: linesBefore.filter((l) => !linesAfter.includes(l)) },
        notes,
    };
}


/***/ }),

/***/ 4776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ summarizeDocument),
/* harmony export */   O: () => (/* binding */ EXAMPLE_HOST)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(245);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4993);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5449);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6325);
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
        value: value.kind === 'ssm' ? `%{ssm:${value.name}}` : secret ? (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(value.value) : value.value,
    }));
}
function summarizeDocument(document, exampleFacts = EXAMPLE_HOST) {
    const definitions = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .listDefinitions */ .Pb)(document);
    const volumes = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .listDataVolumes */ .W8)(document);
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
                const plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planDefinition */ .fw)(document, entry, exampleFacts, exampleOptions);
                const first = plan.copies[0]?.slots[0];
                const hostnameAt = first ? first.runArgs.indexOf('--hostname') : -1;
                const hostname = hostnameAt >= 0 ? first?.runArgs[hostnameAt + 1] : undefined;
                return {
                    ...base,
                    reference: plan.image,
                    runtimeNames: plan.copies.map((copy) => copy.name),
                    slots: plan.copies[0]?.slots.length ?? 1,
                    ...(hostname !== undefined ? { hostname } : {}),
                    command: first?.command ?? (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .splitCommand */ .GW)(definition.command ?? ''),
                    env: shownEnv(plan.env),
                };
            }
            catch (error) {
                return { ...base, problem: error instanceof Error ? error.message : String(error) };
            }
        }),
    }));
}


/***/ })

};
