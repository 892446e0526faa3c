export const id = 332;
export const ids = [332];
export const modules = {

/***/ 4332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ acquireLock),
/* harmony export */   Nq: () => (/* binding */ clearLock),
/* harmony export */   Rk: () => (/* binding */ LockHeldError),
/* harmony export */   releaseLock: () => (/* binding */ releaseLock),
/* harmony export */   sG: () => (/* binding */ describeHolder)
/* harmony export */ });
/* unused harmony export parseHolder */
class LockHeldError extends Error {
    lockName;
    holder;
    name = 'LockHeldError';
    constructor(lockName, holder, waitedSeconds) {
        super(`The deploy lock ${lockName} is held${holder ? ` by ${describeHolder(holder)}` : ''}; waited ${waitedSeconds} s (input lock-wait-seconds). ` +
            `If that deploy is over and the lock is stale, run the unlock command (berth unlock, or the action with command: unlock).`);
        this.lockName = lockName;
        this.holder = holder;
    }
}
function describeHolder(holder) {
    return `${holder.who || 'someone'} since ${holder.when || '?'} deploying ${holder.version || '?'}${holder.runUrl ? ` (${holder.runUrl})` : ''}`;
}
function parseHolder(text) {
    if (text === undefined)
        return undefined;
    try {
        const value = JSON.parse(text);
        return {
            who: String(value.who ?? ''),
            when: String(value.when ?? ''),
            version: String(value.version ?? ''),
            runUrl: String(value.runUrl ?? ''),
            deployId: String(value.deployId ?? ''),
        };
    }
    catch {
        return { who: text, when: '', version: '', runUrl: '', deployId: '' };
    }
}
/** Takes the lock, waiting at most `waitSeconds` for a holder to let go; throws LockHeldError naming the holder. */
async function acquireLock(store, name, holder, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const started = now();
    let lastHolder;
    for (;;) {
        if (await store.putIfAbsent(name, JSON.stringify(holder))) {
            return { name, holder, release: () => releaseLock(store, name, holder.deployId) };
        }
        const current = parseHolder(await store.get(name, false));
        const waited = (now() - started) / 1000;
        if (waited >= options.waitSeconds || options.signal?.aborted) {
            throw new LockHeldError(name, current, Math.round(waited));
        }
        const shown = current ? JSON.stringify(current) : '';
        if (shown !== lastHolder) {
            options.onWait?.(current);
            lastHolder = shown;
        }
        const retry = (options.retrySeconds ?? 5) * 1000;
        await sleep(Math.max(0, Math.min(retry, options.waitSeconds * 1000 - (now() - started))));
    }
}
/** Deletes the lock if this deploy still holds it. Returns false when another deploy holds it now. */
async function releaseLock(store, name, deployId) {
    const current = parseHolder(await store.get(name, false));
    if (!current)
        return true;
    if (current.deployId !== deployId)
        return false;
    await store.delete(name);
    return true;
}
/** `unlock`: clears the lock whoever holds it; returns the holder it removed, if any. */
async function clearLock(store, name) {
    const current = parseHolder(await store.get(name, false));
    if (current)
        await store.delete(name);
    return current;
}


/***/ })

};
