export const id = 727;
export const ids = [727];
export const modules = {

/***/ 2295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tf: () => (/* binding */ renderFleetHistory),
/* harmony export */   yQ: () => (/* binding */ renderFleetLogs),
/* harmony export */   z$: () => (/* binding */ renderFleetStatus)
/* harmony export */ });
/* unused harmony export table */
/** Rows as columns padded to their widest cell (the last column unpadded). */
function table(rows) {
    const widths = rows.reduce((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
    return rows.map((row) => row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd());
}
function convergeText(converge) {
    if (converge === null)
        return 'never';
    if (converge['unreadable'] === true)
        return 'unreadable';
    const text = (key) => (typeof converge[key] === 'string' ? converge[key] : '');
    const when = text('at') || text('when') || text('finishedAt');
    return [text('outcome') || text('result') || 'ran', text('release'), when].filter(Boolean).join(' ');
}
/** The status table: one row per host, then per host its definitions and what drifted. */
function renderFleetStatus(status) {
    const head = status.record
        ? `Environment ${status.environment}: recorded release ${status.record.release} (deploy ${status.record.deployId})`
        : `Environment ${status.environment}: no release record`;
    const rows = [['HOST', 'INSTANCE', 'STATE', 'RELEASE', 'LAST DEPLOY', 'DRIFT', 'CONVERGE']];
    for (const host of status.hosts) {
        rows.push([
            host.hostname || '-',
            host.instanceId,
            host.state,
            host.releases.join(',') || '-',
            host.lastDeployId ?? '-',
            host.driftCount === undefined ? '-' : String(host.driftCount),
            convergeText(host.converge),
        ]);
    }
    const lines = [head, '', ...table(rows)];
    for (const host of status.hosts) {
        if (host.definitions.length === 0 && host.problems.length === 0)
            continue;
        lines.push('', `${host.hostname || host.instanceId}:`);
        const definitionRows = host.definitions.map((d) => [
            `  ${d.definition}`,
            `${d.healthyCopies}/${d.expectedCopies ?? d.copies.length} up`,
            d.images.join(', ') || '-',
        ]);
        lines.push(...table(definitionRows));
        for (const definition of host.definitions) {
            for (const copy of definition.copies) {
                if (copy.drift)
                    lines.push(`    drift: ${copy.name} ${driftWords(copy.drift)}`);
                else if (copy.health !== 'healthy' && copy.health !== 'none')
                    lines.push(`    ${copy.name} is ${copy.health}`);
            }
        }
        for (const problem of host.problems)
            lines.push(...problem.split('\n').map((line) => `  ! ${line}`));
    }
    for (const problem of status.problems)
        lines.push('', `Note: ${problem}`);
    return `${lines.join('\n')}\n`;
}
function driftWords(drift) {
    if (drift === 'missing')
        return 'is missing (the recorded release runs it)';
    if (drift === 'changed')
        return 'differs from the recorded release (berth.hash)';
    return 'is not in the recorded release';
}
/** Per host, the plans it recorded, newest first. */
function renderFleetHistory(hosts) {
    const lines = [];
    for (const host of hosts) {
        if (lines.length > 0)
            lines.push('');
        lines.push(`${host.hostname || host.instanceId} (${host.instanceId}):`);
        if (host.problem)
            lines.push(...host.problem.split('\n').map((line) => `  ! ${line}`));
        else if (host.releases.length === 0)
            lines.push('  nothing recorded');
        const rows = host.releases.map((r) => [
            `  ${r.at}`,
            r.release,
            r.deployId,
            r.revision ? r.revision.slice(0, 12) : '-',
            `${Object.entries(r.images)
                .map(([definition, image]) => `${definition}=${image}`)
                .join(' ')}${r.undone ? '  (undone after a failure)' : ''}`,
        ]);
        lines.push(...table(rows));
    }
    return `${lines.join('\n')}\n`;
}
/** Per host: which container, what was cut, then its log lines as the host sent them (secrets redacted there). */
function renderFleetLogs(hosts) {
    const out = [];
    for (const host of hosts) {
        const name = `${host.hostname || host.instanceId} (${host.instanceId})`;
        if (!host.logs) {
            out.push(`== ${name}: no log`, ...(host.problem ?? '').split('\n').map((line) => `  ! ${line}`));
            continue;
        }
        const { logs } = host;
        const notes = [
            `${logs.container} (${logs.app}/${logs.definition})`,
            ...(logs.cut > 0 ? [`${logs.cut} oldest line(s) cut to fit Run Command's output`] : []),
            ...(logs.others.length > 0 ? [`also: ${logs.others.join(', ')}`] : []),
        ];
        out.push(`== ${name}: ${notes.join('; ')}`, ...logs.lines);
    }
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 3705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DX: () => (/* binding */ fleetHistory),
  cN: () => (/* binding */ fleetLogs),
  BO: () => (/* binding */ fleetStatus)
});

// EXTERNAL MODULE: ./src/deploy/hosts.ts
var deploy_hosts = __webpack_require__(2140);
// EXTERNAL MODULE: ./src/deploy/host-history.ts
var host_history = __webpack_require__(9020);
;// CONCATENATED MODULE: ./src/deploy/fleet-history.ts
// `berth history`: what each target host recorded, per host (the plans it ran successfully, newest
// first), read with the host script's `history` mode as the rollback reads it (host-history.ts).


/** Each target host's recorded plans, newest first, in rollout order. */
async function readFleetHistory(runner, planner, query, log) {
    const hosts = await (0,host_history/* targetHosts */.bW)(runner, query.ssmTargets);
    const outcomes = await (0,host_history/* sendHistory */.hc)(runner, planner, hosts, query, log);
    return hosts.map((host) => {
        const outcome = outcomes.find((o) => o.host.instanceId === host.instanceId);
        const base = { instanceId: host.instanceId, hostname: outcome?.result?.hostname || host.hostname, releases: [] };
        const history = outcome?.result?.mode === 'history' ? outcome.result.history : undefined;
        if (!outcome || !(0,deploy_hosts/* succeeded */.gq)(outcome) || !Array.isArray(history)) {
            return { ...base, problem: outcome ? (0,deploy_hosts/* describeFailure */.Ic)(outcome) : `${(0,deploy_hosts/* hostLabel */.vy)(host)}: no answer to the history command` };
        }
        const plans = (0,host_history/* recordedPlans */.hV)(history.filter(host_history/* isEntry */.Tk));
        const undone = (0,host_history/* undoneDeploys */.Eg)([plans]);
        return { ...base, releases: plans.map(({ run: _run, ...plan }) => ({ ...plan, undone: undone.has(plan.deployId) })) };
    });
}

// EXTERNAL MODULE: ./src/stack/host-plan.ts
var host_plan = __webpack_require__(6238);
// EXTERNAL MODULE: ./src/deploy/fleet-read.ts
var fleet_read = __webpack_require__(5432);
;// CONCATENATED MODULE: ./src/deploy/fleet-logs.ts
// `berth logs`: one container's recent log from each chosen host, through the host script's `logs`
// mode (host/modes/logs.sh), which redacts the secret values the host gave the container and bounds
// the answer to Run Command's output.




/** The hosts `--host` names among the targets (all of them without it). */
function chooseHosts(hosts, wanted) {
    if (wanted === undefined)
        return hosts;
    const key = wanted.toLowerCase();
    const chosen = hosts.filter((h) => h.instanceId.toLowerCase() === key || h.hostname.toLowerCase() === key);
    if (chosen.length === 0) {
        throw new Error(`--host ${wanted} is not one of the target hosts (${hosts.map(deploy_hosts/* hostLabel */.vy).join(', ') || 'none'})`);
    }
    return chosen;
}
/** The `logs` plan: the history mode's (root only) with what to show as meta records. */
function logsPlanText(encoded, target) {
    // eslint-disable-next-line no-control-regex
    if (target === '' || /[\x00-\x1f\x7f]/.test(target))
        throw new Error(`"${target}" is not a container or definition name`);
    return `${encoded}meta${host_plan/* FIELD_END */.V0}logsTarget${host_plan/* FIELD_END */.V0}${target}${host_plan/* FIELD_END */.V0}${host_plan/* RECORD_END */.Y8}`;
}
async function readFleetLogs(runner, planner, query, log) {
    if (!Number.isInteger(query.lines) || query.lines < 1 || query.lines > 5000)
        throw new Error(`--lines must be a whole number from 1 to 5000, got ${query.lines}`);
    const hosts = chooseHosts(await (0,host_history/* targetHosts */.bW)(runner, query.ssmTargets), query.host);
    const createdAt = new Date((query.now ?? Date.now)()).toISOString();
    const planText = (host) => {
        const plan = {
            ...(0,host_history/* historyPlan */.wd)(host, { ...query, apps: [] }, createdAt),
            deployId: `${query.environment}-logs`,
            logTailLines: query.lines,
        };
        return logsPlanText(planner.encodePlan(plan), query.target);
    };
    const outcomes = await (0,fleet_read/* askHosts */.L)(runner, planner, hosts, planText, {
        mode: 'logs',
        title: `Read the log of ${query.target} on ${hosts.length} host(s)`,
        comment: `berth logs ${query.target}`,
        deadline: query.deadline,
        ...(query.signal ? { signal: query.signal } : {}),
    }, log);
    return hosts.map((host) => {
        const outcome = outcomes.find((o) => o.host.instanceId === host.instanceId);
        const logs = outcome?.result?.mode === 'logs' ? outcome.result.logs : undefined;
        const base = { instanceId: host.instanceId, hostname: outcome?.result?.hostname || host.hostname };
        if (outcome && (0,deploy_hosts/* succeeded */.gq)(outcome) && logs)
            return { ...base, logs };
        return { ...base, problem: outcome ? (0,deploy_hosts/* describeFailure */.Ic)(outcome) : `${(0,deploy_hosts/* hostLabel */.vy)(host)}: no answer to the logs command` };
    });
}

// EXTERNAL MODULE: ./src/deploy/release-record.ts + 1 modules
var release_record = __webpack_require__(7237);
;// CONCATENATED MODULE: ./src/deploy/status-expected.ts
// What a host should run by the release record: the definitions and copies of the record's template
// instantiated for that host (a `berth-plan-raw 1` plan), read from the plan's `def` and `copy` records.
// Pure text work; the comparison with what runs is status.ts's.

/** The definitions a plan runs (cron definitions left out: they run no lasting container). */
function expectedDefinitions(planText) {
    if (!planText.startsWith(`${host_plan/* PLAN_HEADER */.se}\n`))
        throw new Error(`the instantiated release is not a "${host_plan/* PLAN_HEADER */.se}" plan`);
    const byIndex = new Map();
    for (const raw of planText.slice(host_plan/* PLAN_HEADER */.se.length + 1).split(host_plan/* RECORD_END */.Y8)) {
        const fields = raw.replace(/^\n/, '').split(host_plan/* FIELD_END */.V0).slice(0, -1);
        const [name, ...values] = fields;
        if (name === 'def') {
            const [index = '', app = '', defName = '', mode = '', image = '', hash = ''] = values;
            // The def record's 15th field (after the index): absent in plans of earlier releases.
            const legacyHash = values[14] ?? hash;
            byIndex.set(index, { app, name: defName, mode, image, hash, legacyHash, copies: [] });
        }
        else if (name === 'copy') {
            const [index = '', copyIndex = '', container = ''] = values;
            const definition = byIndex.get(index);
            if (definition)
                definition.copies[Number(copyIndex)] = container;
        }
    }
    return [...byIndex.values()].filter((definition) => definition.mode !== 'cron').map((d) => ({ ...d, copies: d.copies.filter(Boolean) }));
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/stack/release-template.ts
var release_template = __webpack_require__(4600);
;// CONCATENATED MODULE: ./src/deploy/status.ts







/** Reads the fleet: the target hosts, the release record, each host's status answer. */
async function readFleetStatus(ports, query, log) {
    const problems = [];
    const hosts = await (0,host_history/* targetHosts */.bW)(ports.runner, query.ssmTargets);
    let record;
    try {
        record = await ports.readRecord();
    }
    catch (error) {
        problems.push(`the release record could not be read: ${(0,errors/* errorMessage */.g)(error)}`);
    }
    if (!record && problems.length === 0)
        problems.push('no release record: drift is not computed (converge was never set up, or no deploy since)');
    const outcomes = await sendStatus(ports, hosts, query, log);
    const statuses = hosts.map((host) => {
        const outcome = outcomes.find((o) => o.host.instanceId === host.instanceId);
        return hostStatus(host, outcome, 
        // Moved under the root the host reports first (the local world's hosts each have their own: rerootTemplate).
        record ? (facts) => expectedDefinitions(ports.instantiate((0,release_template/* rerootTemplate */.QQ)(record.template, outcome?.result?.root), facts)) : undefined, query.stackName);
    });
    return {
        environment: query.environment,
        ...(record ? { record: { release: record.release, deployId: record.deployId, generation: record.generation } } : {}),
        hosts: statuses,
        problems,
    };
}
async function sendStatus(ports, hosts, query, log) {
    const createdAt = new Date((query.now ?? Date.now)()).toISOString();
    const plan = (host) => ({ ...(0,host_history/* historyPlan */.wd)(host, { ...query, apps: [] }, createdAt), deployId: `${query.environment}-status` });
    return (0,fleet_read/* askHosts */.L)(ports.runner, ports.planner, hosts, (host) => ports.planner.encodePlan(plan(host)), {
        mode: 'status',
        title: `Read the status of ${hosts.length} host(s)`,
        comment: `berth status ${query.environment}`,
        deadline: query.deadline,
        ...(query.signal ? { signal: query.signal } : {}),
    }, log);
}
/**
 * One host's status from its answer. `expected` gives what the record asks of a host with these facts
 * (absent without a record); the facts are the deploy's: SSM's name for the host unless that is its
 * instance id, the public IP the host reads from its metadata.
 */
function hostStatus(host, outcome, expected, stackName) {
    const report = outcome?.result?.mode === 'status' ? outcome.result.status : undefined;
    const base = {
        instanceId: host.instanceId,
        hostname: host.hostname,
        publicIp: host.publicIp,
        releases: [],
        apps: [],
        definitions: [],
        converge: null,
    };
    if (!outcome || !(0,deploy_hosts/* succeeded */.gq)(outcome) || !report) {
        const why = !outcome ? `${(0,deploy_hosts/* hostLabel */.vy)(host)}: no answer to the status command` : (0,deploy_hosts/* describeFailure */.Ic)(outcome);
        return {
            ...base,
            state: 'unreachable',
            problems: [
                report || !outcome || !(0,deploy_hosts/* succeeded */.gq)(outcome) ? why : `${(0,deploy_hosts/* hostLabel */.vy)(host)}: the answer has no status (is the host script older?)`,
            ],
        };
    }
    const facts = {
        instanceId: host.instanceId,
        hostname: host.hostname && host.hostname !== host.instanceId ? host.hostname : report.facts.hostname || host.hostname,
        publicIp: report.facts.publicIp || host.publicIp,
        stackName,
    };
    const problems = [];
    let wanted;
    if (expected) {
        try {
            wanted = expected(facts);
        }
        catch (error) {
            problems.push(`the release record could not be made this host's plan: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    if (report.containersLeftOut > 0)
        problems.push(`${report.containersLeftOut} container(s) left out of the host's answer`);
    const definitions = compareDefinitions(report.containers, wanted);
    const driftCount = wanted ? definitions.reduce((n, d) => n + d.copies.filter((c) => c.drift).length, 0) : undefined;
    const converge = readConverge(report.convergeBase64, problems);
    const running = report.containers.filter((c) => c.running);
    const releases = [...new Set(running.map((c) => c.release).filter(Boolean))].sort();
    const newest = [...report.apps].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))[0];
    const never = report.containers.length === 0 && report.apps.length === 0 && converge === null;
    const unhealthy = definitions.some((d) => d.copies.some((c) => c.health !== 'healthy' && c.health !== 'none' && c.drift !== 'extra'));
    const state = never ? 'never-deployed' : driftCount ? 'drift' : unhealthy ? 'unhealthy' : 'ok';
    return {
        instanceId: host.instanceId,
        hostname: facts.hostname,
        publicIp: facts.publicIp,
        state,
        releases,
        ...(newest ? { lastDeployId: newest.deployId } : {}),
        apps: report.apps,
        definitions,
        ...(driftCount !== undefined ? { driftCount } : {}),
        converge,
        problems,
    };
}
/** Per definition, the copies that run and those the record asks for, with their drift. */
function compareDefinitions(containers, wanted) {
    const byDefinition = new Map();
    const entry = (key) => {
        let found = byDefinition.get(key);
        if (!found) {
            found = { definition: key, healthyCopies: 0, images: [], copies: [] };
            byDefinition.set(key, found);
        }
        return found;
    };
    const byName = new Map(containers.map((c) => [c.name, c]));
    const named = new Set();
    for (const definition of wanted ?? []) {
        const status = entry(`${definition.app}/${definition.name}`);
        status.expectedCopies = definition.copies.length;
        for (const name of definition.copies) {
            named.add(name);
            const container = byName.get(name);
            if (!container)
                status.copies.push({ name, health: 'missing', drift: 'missing' });
            else
                status.copies.push({ ...copyOf(container), ...((0,host_plan/* runsDefinition */.AK)(container.hash, definition) ? {} : { drift: 'changed' }) });
        }
    }
    for (const container of containers) {
        // A container without a definition is no copy: a data volume (`docker create`d, berth.kind=volume) or a migration's.
        if (named.has(container.name) || container.definition === '')
            continue;
        const status = entry(`${container.app}/${container.definition}`);
        status.copies.push({ ...copyOf(container), ...(wanted ? { drift: 'extra' } : {}) });
    }
    for (const status of byDefinition.values()) {
        status.copies.sort((a, b) => a.name.localeCompare(b.name));
        status.healthyCopies = status.copies.filter((c) => c.health === 'healthy' || c.health === 'none').length;
        status.images = [...new Set(status.copies.flatMap((c) => (c.image ? [c.image] : [])))].sort();
    }
    return [...byDefinition.values()].sort((a, b) => a.definition.localeCompare(b.definition));
}
function copyOf(container) {
    return {
        name: container.name,
        image: container.image,
        health: container.health,
        ...(container.release ? { release: container.release } : {}),
        ...(container.deployId ? { deployId: container.deployId } : {}),
    };
}
/** The host's converge.json (written by the converge mode), or null when there is none. */
function readConverge(base64, problems) {
    if (!base64)
        return null;
    try {
        const parsed = JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
            return parsed;
    }
    catch {
        // Reported below.
    }
    problems.push('converge.json is not a JSON object');
    return { unreadable: true };
}

// EXTERNAL MODULE: ./src/app/context.ts
var context = __webpack_require__(3964);
// EXTERNAL MODULE: ./src/app/planner.ts
var planner = __webpack_require__(6727);
// EXTERNAL MODULE: ./src/app/settings.ts
var settings = __webpack_require__(2326);
;// CONCATENATED MODULE: ./src/app/status.ts
// Seeing the fleet: `status` (what each target host runs, against the release record), `history`
// (what each host recorded) and `logs` (one container's recent log), for both faces. The hosts are
// the deploy's targets (instance-ids / targets inputs), reached through the same SSM adapters.








/** What every fleet read shares: the targets, the hosts' root, a deadline of at most 5 minutes. */
function fleetQuery(inputs, ports, actor) {
    const now = ports.now ?? Date.now;
    return {
        ssmTargets: { instanceIds: inputs.instanceIds, tags: inputs.targets },
        stackName: inputs.stackName,
        hostRoot: inputs.hostRoot,
        environment: inputs.environment,
        actor,
        region: (0,settings/* awsRegion */.Ue)(inputs.awsRegion),
        deadline: now() + Math.min(inputs.timeoutMinutes, 5) * 60_000,
        now,
        ...(ports.signal ? { signal: ports.signal } : {}),
    };
}
const plannerOf = (inputs, ports) => ports.planner ?? (0,planner/* releasePlanner */.e)(inputs.stackJson, inputs.maxCommandBytes);
/** Each target host against the environment's release record (`/berth/<environment>/release`). */
async function fleetStatus(inputs, ports, log, actor = 'berth status') {
    const prefix = (0,release_record/* releaseRecordPrefix */.JN)(inputs.environment);
    return readFleetStatus({
        runner: ports.hosts,
        planner: plannerOf(inputs, ports),
        readRecord: () => (0,release_record/* readReleaseRecord */.d9)(ports.parameters, prefix),
        instantiate: release_template/* instantiateTemplate */.B,
    }, fleetQuery(inputs, ports, actor), log);
}
/**
 * Each target host's recorded plans for the apps of the Stack JSON (the history mode reads them per app),
 * read from `readCurrent` (default: the file in the working directory).
 */
async function fleetHistory(inputs, ports, log, actor = 'berth history') {
    const planner = plannerOf(inputs, ports);
    const document = planner.parseDocument(await (ports.readCurrent ?? (0,context.workspaceReader)(process.cwd()))(inputs.stackJson));
    return readFleetHistory(ports.hosts, planner, { ...fleetQuery(inputs, ports, actor), apps: Object.keys(document.deploy) }, log);
}
/** One container's recent log from the chosen target hosts, its secrets redacted on the host. */
async function fleetLogs(inputs, ports, request, log, actor = 'berth logs') {
    return readFleetLogs(ports.hosts, plannerOf(inputs, ports), { ...fleetQuery(inputs, ports, actor), ...request }, log);
}


/***/ })

};
