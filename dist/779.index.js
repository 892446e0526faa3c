export const id = 779;
export const ids = [779];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createHostRunner: () => (/* binding */ createHostRunner)
});

// UNUSED EXPORTS: describeHosts, isFinished, lastLines, sendsOf

// EXTERNAL MODULE: ./src/host/command.ts + 3 modules
var command = __webpack_require__(1480);
;// CONCATENATED MODULE: ./src/deploy/poll-schedule.ts
// When the HostRunner looks at the commands it sent (one ListCommandInvocations a round, host-runner.ts):
// a first look soon after the send (a read ends in about a second, a host that cannot start fails at
// once), one at the earliest the hosts' work can end (their last run's durations,
// src/deploy/preflight-reads.ts), then every half second while their own overhead may still run, then
// the steady poll-interval-seconds. Looking early costs a call; looking late costs every host the wait.
/** The first look after a send: soon, for commands that end at once (or hosts that fail at once). */
const FIRST_LOOK_MS = 1_000;
/**
 * What Run Command adds to the host's own time: delivery to the agent and the reply back to the service,
 * about a second each on a healthy instance (docs/fake-aws.md, "Latency").
 */
const ROUND_TRIP_MS = 2_000;
/**
 * After the expected finish, a look every FOLLOW_UP_STEP_MS for FOLLOW_UP_MS plus twice the hosts'
 * recorded overhead (the script's start, secrets, pulls, drains, cleanup: about a second on an idle host,
 * several on a loaded one). Half-second looks: a batch's end is on every deploy's critical path, and one
 * ListCommandInvocations covers every host of a command (at most 50).
 */
const FOLLOW_UP_MS = 4_000;
const FOLLOW_UP_STEP_MS = 500;
/** How long the half-second looks go on after the expected finish, for hosts whose overhead was `seconds`. */
function followUpMs(overheadSeconds) {
    return FOLLOW_UP_MS + 2 * Math.ceil(Math.max(0, overheadSeconds ?? 0) * 1000);
}
/** The earliest likely finish of a run whose hosts' work is likely to take `seconds` (undefined: unknown). */
function expectedFinishMs(seconds) {
    return seconds === undefined ? undefined : ROUND_TRIP_MS + Math.ceil(seconds * 1000);
}
/**
 * Milliseconds from `now` to the next poll round: the first look `firstLookMs` after the send; then the
 * expected finish, and after it a look every FOLLOW_UP_STEP_MS for `followUpMs`; any of them only when it
 * comes before the next steady round. The steady rounds stay where the interval alone puts them (every
 * `intervalMs` from the send), so the extra looks never delay one.
 */
function nextLookDelay(schedule, sentAt, lastLookAt, now) {
    if (lastLookAt === undefined)
        return Math.max(0, sentAt + schedule.firstLookMs - now);
    const steadyAt = sentAt + (Math.floor((lastLookAt - sentAt) / schedule.intervalMs) + 1) * schedule.intervalMs;
    const expectedAt = schedule.expectedMs === undefined ? undefined : sentAt + schedule.expectedMs;
    let extraAt;
    if (expectedAt !== undefined && expectedAt > lastLookAt)
        extraAt = expectedAt;
    else if (expectedAt !== undefined && lastLookAt < expectedAt + (schedule.followUpMs ?? FOLLOW_UP_MS))
        extraAt = lastLookAt + Math.min(FOLLOW_UP_STEP_MS, schedule.firstLookMs);
    const at = extraAt !== undefined && extraAt < steadyAt ? extraAt : steadyAt;
    return Math.max(0, at - now);
}

;// CONCATENATED MODULE: ./src/deploy/host-runner.ts
// The HostRunner: sends the host script through a CommandPort and watches it with few calls.
// One ListCommandInvocations per poll round covers every in-flight command (per command when there
// is one; otherwise all invocations started since the send), details only for hosts that just finished,
// one overall deadline after which in-flight commands are cancelled. The rounds come when an answer is
// likely (pollSchedule): a first look soon after sending, one at the expected finish, then steady.


/** Statuses after which the invocation will not change any more (Cancelling is still moving). */
const RUNNING = new Set(['Pending', 'InProgress', 'Delayed', 'Cancelling']);
function isFinished(status) {
    return !RUNNING.has(status);
}
/** Errors worth another poll round; anything else (access denied, bad request) ends the wait. */
const TRANSIENT = /Throttl|Rate exceeded|TooManyRequests|RequestLimitExceeded|ServiceUnavailable|InternalServerError|InternalFailure|TimeoutError|ECONNRESET|ECONNREFUSED|socket hang up|EPIPE/i;
const EXPIRED = /ExpiredToken|RequestExpired|TokenRefreshRequired|ExpiredTokenException/i;
function describeError(error) {
    if (error instanceof Error)
        return `${error.name}: ${error.message}`;
    return String(error);
}
function lastLines(text, count) {
    const lines = text.replace(/\s+$/, '').split('\n');
    return lines.slice(-count).join('\n');
}
function defaultSleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}
async function inParallel(items, limit, work) {
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const item = items[next++];
            await work(item);
        }
    });
    await Promise.all(workers);
}
/**
 * The SendCommand calls for a request: sends with identical commands merged (hosts in order, each
 * once), then split at 50 instances. A send with a plan set stays as the planner packed it.
 */
function sendsOf(requested) {
    const groups = new Map();
    const seen = new Set();
    for (const send of requested) {
        const key = JSON.stringify(send.commands);
        const group = groups.get(key) ?? { commands: send.commands, hosts: [] };
        for (const host of send.hosts) {
            if (seen.has(host.instanceId))
                throw new Error(`host ${host.instanceId} is in more than one send of the same run`);
            seen.add(host.instanceId);
            group.hosts.push(host);
        }
        groups.set(key, group);
    }
    const sends = [];
    for (const group of groups.values()) {
        for (let i = 0; i < group.hosts.length; i += command/* MAX_INSTANCES_PER_COMMAND */.sL) {
            sends.push({ commands: group.commands, hosts: group.hosts.slice(i, i + command/* MAX_INSTANCES_PER_COMMAND */.sL) });
        }
    }
    return sends;
}
/** "3 host(s) (i-1, i-2, i-3)", at most 10 ids named. */
function describeHosts(hosts) {
    const ids = hosts.map((h) => h.instanceId);
    const named = ids.slice(0, 10).join(', ');
    return `${hosts.length} host(s) (${named}${ids.length > 10 ? ` and ${ids.length - 10} more` : ''})`;
}
function createHostRunner(port, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? defaultSleep;
    const warn = options.warn ?? (() => undefined);
    const margin = options.credentialsMarginMs ?? 3 * 60_000;
    function outcomeOf(t, invocation, status, note) {
        const stdout = invocation?.stdout ?? '';
        const stderr = [invocation?.stderr ?? '', note ?? ''].filter((s) => s !== '').join('\n');
        const result = stdout ? options.parseResult(stdout) : undefined;
        const outcome = {
            host: t.host,
            commandId: t.commandId,
            status,
            exitCode: invocation?.exitCode ?? -1,
            stdoutTail: lastLines(stdout, 20),
            stderrTail: lastLines(stderr, 20),
        };
        if (result)
            outcome.result = result;
        if (invocation?.logLocation)
            outcome.logLocation = invocation.logLocation;
        return outcome;
    }
    async function run(request) {
        const tracked = [];
        const report = (t, status) => {
            if (t.status === status)
                return;
            t.status = status;
            request.onProgress?.(t.host, status);
        };
        const sends = sendsOf(request.sends);
        // By our own clock (the schedule's): the moment the sends began.
        const sendsStarted = now();
        // Listing across commands covers invocations requested since the first send, by AWS's own clock
        // (RequestedDateTime), so earlier batches' finished invocations do not add pages.
        let firstRequested;
        await inParallel(sends, options.sendConcurrency ?? 4, async (send) => {
            if (request.signal?.aborted) {
                for (const host of send.hosts) {
                    const t = { host, commandId: '', status: '', done: true };
                    t.outcome = outcomeOf(t, undefined, 'Cancelled', 'not sent: the deploy was cancelled');
                    tracked.push(t);
                }
                return;
            }
            try {
                const { commandId, requestedAt } = await port.send({
                    instanceIds: send.hosts.map((h) => h.instanceId),
                    commands: send.commands,
                    comment: request.comment,
                    executionTimeoutSeconds: request.executionTimeoutSeconds,
                    ...(options.cloudWatchLogGroup ? { cloudWatchLogGroup: options.cloudWatchLogGroup } : {}),
                });
                const at = requestedAt?.getTime() ?? now();
                firstRequested = Math.min(firstRequested ?? at, at);
                request.onSent?.({ commandId, hosts: send.hosts, sentAt: at });
                for (const host of send.hosts) {
                    const t = { host, commandId, status: '', done: false };
                    tracked.push(t);
                    report(t, 'Sent');
                }
            }
            catch (error) {
                // Every host of the send gets the failure, and the note names the whole send: one failed
                // SendCommand (a plan set) leaves all its hosts without the command.
                const note = `SendCommand for ${describeHosts(send.hosts)} failed: ${describeError(error)}`;
                warn(note);
                for (const host of send.hosts) {
                    const t = { host, commandId: '', status: '', done: true };
                    t.outcome = outcomeOf(t, undefined, 'Undeliverable', note);
                    tracked.push(t);
                    report(t, 'Undeliverable');
                }
            }
        });
        const expectedMs = expectedFinishMs(request.expectedSeconds);
        await poll(tracked, request, report, firstRequested, true, {
            sentAt: sendsStarted,
            ...(expectedMs !== undefined ? { expectedMs, followUpMs: followUpMs(request.expectedOverheadSeconds) } : {}),
        });
        return tracked.map((t) => t.outcome);
    }
    /**
     * Commands sent by someone else (the main step, before a cancel): followed until they end or the
     * deadline passes; never cancelled (a SIGKILL mid-swap is worse than letting the host finish).
     */
    async function watch(commands, options) {
        const tracked = commands.flatMap((c) => c.hosts.map((host) => ({ host, commandId: c.commandId, status: '', done: false })));
        const report = (t, status) => {
            if (t.status === status)
                return;
            t.status = status;
            options.onProgress?.(t.host, status);
        };
        const sentAt = commands.map((c) => c.sentAt ?? 0);
        await poll(tracked, { deadline: options.deadline }, report, sentAt.length > 0 ? Math.min(...sentAt) : undefined, false, {
            sentAt: now(),
        });
        return tracked.map((t) => t.outcome);
    }
    /** Polls the tracked invocations until each has ended, or the wait ends (cancelling them when `cancel`). */
    async function poll(tracked, request, report, firstRequested, cancel, timing) {
        const schedule = {
            firstLookMs: options.firstLookMs ?? FIRST_LOOK_MS,
            intervalMs: options.pollIntervalMs,
            ...(timing.expectedMs !== undefined ? { expectedMs: timing.expectedMs } : {}),
            ...(timing.followUpMs !== undefined ? { followUpMs: timing.followUpMs } : {}),
        };
        let lastLookAt;
        const open = () => tracked.filter((t) => !t.done);
        const endAll = async (status, note) => {
            const inFlight = open();
            const commandIds = cancel ? [...new Set(inFlight.map((t) => t.commandId))] : [];
            for (const commandId of commandIds) {
                try {
                    await port.cancel(commandId, inFlight.filter((t) => t.commandId === commandId).map((t) => t.host.instanceId));
                }
                catch (error) {
                    warn(`Could not cancel command ${commandId}: ${describeError(error)}`);
                }
            }
            for (const t of inFlight) {
                t.done = true;
                t.outcome = outcomeOf(t, undefined, status, note);
                report(t, status);
            }
        };
        // One second of slack: RequestedDateTime and the filter compare at millisecond precision.
        const invokedAfter = new Date((firstRequested ?? now()) - 1000);
        let expiresAt;
        try {
            expiresAt = (await port.credentialsExpireAt?.())?.getTime();
        }
        catch {
            expiresAt = undefined;
        }
        while (open().length > 0) {
            const wait = Math.max(0, Math.min(nextLookDelay(schedule, timing.sentAt, lastLookAt, now()), request.deadline - now()));
            await sleep(wait, request.signal);
            lastLookAt = now();
            if (request.signal?.aborted) {
                await endAll('Cancelled', 'the deploy was cancelled; the command was cancelled on this host');
                break;
            }
            if (now() >= request.deadline && !cancel) {
                for (const t of open()) {
                    t.done = true;
                    t.outcome = outcomeOf(t, undefined, 'StillRunning', `still running at ${new Date(request.deadline).toISOString()}, when the wait ended`);
                    report(t, 'StillRunning');
                }
                break;
            }
            if (now() >= request.deadline) {
                await endAll('TimedOut', `no final answer from this host by the deploy's deadline (${new Date(request.deadline).toISOString()}, input timeout-minutes); the command was cancelled`);
                break;
            }
            if (expiresAt !== undefined && now() >= expiresAt - margin) {
                await endAll('CredentialsExpiring', `the AWS credentials expire at ${new Date(expiresAt).toISOString()}; the wait ended before that and the command was cancelled (use a longer role session or a shorter timeout)`);
                break;
            }
            const inFlight = open();
            const commandIds = [...new Set(inFlight.map((t) => t.commandId))];
            const query = commandIds.length === 1 ? { commandId: commandIds[0] } : { invokedAfter };
            let listing;
            try {
                listing = await port.listInvocations({ ...query, details: false });
            }
            catch (error) {
                const text = describeError(error);
                if (EXPIRED.test(text)) {
                    await endAll('CredentialsExpired', `the AWS credentials expired while waiting (${text}); the host may still be running the command`);
                    break;
                }
                if (TRANSIENT.test(text)) {
                    warn(`Polling SSM failed for this round, trying again: ${text}`);
                    continue;
                }
                await endAll('Unknown', `polling SSM failed: ${text}`);
                break;
            }
            const byKey = new Map(listing.map((inv) => [`${inv.commandId} ${inv.instanceId}`, inv]));
            const finished = [];
            for (const t of inFlight) {
                // Not listed yet right after SendCommand: eventual consistency, still pending.
                const invocation = byKey.get(`${t.commandId} ${t.host.instanceId}`);
                if (!invocation)
                    continue;
                if (isFinished(invocation.status))
                    finished.push(t);
                else
                    report(t, invocation.status);
            }
            if (finished.length === 0)
                continue;
            await collectFinished(finished, commandIds.length === 1 ? query : { invokedAfter }, byKey);
        }
        async function collectFinished(finished, query, statuses) {
            let details;
            try {
                const listing = await port.listInvocations({ ...query, details: true });
                details = new Map(listing.map((inv) => [`${inv.commandId} ${inv.instanceId}`, inv]));
            }
            catch (error) {
                // Not per host instead (that multiplies calls exactly when AWS asks for fewer): next round.
                warn(`Reading the output of finished hosts failed for this round, trying again: ${describeError(error)}`);
                return;
            }
            for (const t of finished) {
                const key = `${t.commandId} ${t.host.instanceId}`;
                let invocation = details.get(key) ?? statuses.get(key);
                // The listing's output is cut short (2,500 chars); the HostResult is the last line, so
                // when it does not parse, read the full invocation (24,000 chars) once.
                if (!invocation?.stdout || !options.parseResult(invocation.stdout)) {
                    try {
                        const full = await port.getInvocation(t.commandId, t.host.instanceId);
                        if (full)
                            invocation = { ...full, ...(invocation?.logLocation ? { logLocation: invocation.logLocation } : {}) };
                    }
                    catch (error) {
                        warn(`Reading the output of ${t.host.instanceId} failed: ${describeError(error)}`);
                    }
                }
                const status = invocation?.status ?? statuses.get(key)?.status ?? 'Unknown';
                t.done = true;
                t.outcome = outcomeOf(t, invocation, isFinished(status) ? status : (statuses.get(key)?.status ?? status));
                report(t, t.outcome.status);
            }
        }
    }
    return {
        run,
        watch,
        resolveTargets: (targets) => port.describeInstances(targets),
    };
}


/***/ })

};
