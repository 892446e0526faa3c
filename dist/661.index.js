export const id = 661;
export const ids = [661];
export const modules = {

/***/ 626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bO: () => (/* binding */ forgetPostState),
/* harmony export */   cj: () => (/* binding */ readPostState),
/* harmony export */   dD: () => (/* binding */ postStepHooks),
/* harmony export */   kt: () => (/* binding */ rememberCheckpoint)
/* harmony export */ });
/* unused harmony exports rememberLock, forgetLock, rememberDeployment, forgetDeployment */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
// What the post step (runs.post, always run, also after a cancel) must clean up. The deploy and
// rollback actions record a held lock and an open GitHub deployment here as soon as they have them,
// and forget them once released/finished; the post step finishes whatever is still recorded.

const LOCK = 'berth-lock';
const DEPLOYMENT = 'berth-deployment';
const CHECKPOINT = 'berth-checkpoint';
function rememberCheckpoint(path) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(CHECKPOINT, JSON.stringify({ path }));
}
function rememberLock(lock) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(LOCK, JSON.stringify(lock));
}
function forgetLock() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(LOCK, '');
}
function rememberDeployment(deployment) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(DEPLOYMENT, JSON.stringify(deployment));
}
function forgetDeployment() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(DEPLOYMENT, '');
}
/**
 * The pipeline's callbacks that leave the post step what it must finish if the job is cancelled:
 * the held lock (as soon as it is taken) and the open GitHub deployment.
 */
function postStepHooks(target) {
    return {
        onLockTaken: (lock) => rememberLock({ name: lock.name, deployId: lock.deployId, region: target.region, endpoint: target.endpoint }),
        onRecordStarted: (record) => {
            if (record.githubDeploymentId !== undefined)
                rememberDeployment({ id: record.githubDeploymentId, environment: target.environment });
        },
    };
}
/** The run ended on its own: the lock is released and the deployment closed. */
function forgetPostState() {
    forgetLock();
    forgetDeployment();
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(CHECKPOINT, '');
}
function parse(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** The state saved by the main step (read in the post step). */
function readPostState(getState = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState) {
    const lock = parse(getState(LOCK));
    const deployment = parse(getState(DEPLOYMENT));
    const checkpoint = parse(getState(CHECKPOINT))?.path;
    return {
        ...(lock ? { lock } : {}),
        ...(deployment ? { deployment } : {}),
        ...(typeof checkpoint === 'string' && checkpoint !== '' ? { checkpoint } : {}),
    };
}


/***/ }),

/***/ 7718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runPost)
/* harmony export */ });
/* unused harmony export cleanUp */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _post_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(626);
// The post step: after the job (success, failure or cancel). When the main step was cancelled with a
// release under way, it finishes that release from its checkpoint (post-resume.ts): wait for the
// commands in flight, failure policy, read back, summary and outputs, records, and the lock released
// last. Otherwise it releases a deploy lock the main step still holds and marks a GitHub deployment it
// left open as failed. Never fails the job itself: a problem here is a warning that says what to do by
// hand. Loads nothing when there is nothing to do (it runs after every job that uses the action).



async function cleanUp(state, deps) {
    if (state.lock) {
        const lock = state.lock;
        try {
            const { releaseLock } = await __webpack_require__.e(/* import() */ 332).then(__webpack_require__.bind(__webpack_require__, 4332));
            const released = await releaseLock(await deps.store(lock), lock.name, lock.deployId);
            deps.log.info(released
                ? `berth: released the deploy lock ${lock.name}`
                : `berth: the deploy lock ${lock.name} is held by another deploy now; left alone`);
        }
        catch (error) {
            deps.log.warning(`berth: could not release the deploy lock ${lock.name} (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error)}); release it with command: unlock`);
        }
    }
    if (state.deployment) {
        const deployment = state.deployment;
        try {
            await (await deps.recorder()).finish(deployment.id, 'failure', 'The job ended before the deploy finished (cancelled or failed).');
            deps.log.info(`berth: marked GitHub deployment ${deployment.id} (${deployment.environment}) as failed`);
        }
        catch (error) {
            deps.log.warning(`berth: could not mark GitHub deployment ${deployment.id} as failed (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error)})`);
        }
    }
}
/** Real clients, built only when there is something to clean up. */
function realDeps() {
    return {
        store: async (lock) => {
            const { parameterStore } = await Promise.all(/* import() */[__webpack_require__.e(687), __webpack_require__.e(33), __webpack_require__.e(734), __webpack_require__.e(772)]).then(__webpack_require__.bind(__webpack_require__, 4033));
            return parameterStore({ region: lock.region, ...(lock.endpoint ? { endpoint: lock.endpoint } : {}) });
        },
        recorder: async () => {
            const [{ gitHubRecorder }, { contextFromEnv }, { readActionInputs }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(687), __webpack_require__.e(33), __webpack_require__.e(734), __webpack_require__.e(772)]).then(__webpack_require__.bind(__webpack_require__, 4033)),
                __webpack_require__.e(/* import() */ 964).then(__webpack_require__.bind(__webpack_require__, 3964)),
                Promise.all(/* import() */[__webpack_require__.e(687), __webpack_require__.e(734), __webpack_require__.e(729)]).then(__webpack_require__.bind(__webpack_require__, 1729)),
            ]);
            const recorder = await gitHubRecorder(readActionInputs().githubToken, contextFromEnv());
            if (!recorder)
                throw new Error('no github-token and repository to reach GitHub Deployments');
            return recorder;
        },
        log: { info: _actions_core__WEBPACK_IMPORTED_MODULE_0__.info, warning: _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning },
    };
}
async function runPost() {
    const state = (0,_post_state_js__WEBPACK_IMPORTED_MODULE_1__/* .readPostState */ .cj)();
    let left = state;
    if (state.checkpoint) {
        const { resumeFromCheckpoint } = await Promise.all(/* import() */[__webpack_require__.e(687), __webpack_require__.e(33), __webpack_require__.e(734), __webpack_require__.e(80), __webpack_require__.e(998), __webpack_require__.e(514), __webpack_require__.e(574)]).then(__webpack_require__.bind(__webpack_require__, 5574));
        const resumed = await resumeFromCheckpoint(state.checkpoint);
        if (resumed === 'done')
            return;
        // Not finished: a host may still be changing, so the lock stays; the record is closed as failed.
        if (resumed === 'failed')
            left = { ...(state.deployment ? { deployment: state.deployment } : {}) };
    }
    if (!left.lock && !left.deployment)
        return;
    try {
        await cleanUp(left, realDeps());
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`berth post step: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error)}`);
    }
}


/***/ }),

/***/ 6661:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _action_post_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7718);

await (0,_action_post_js__WEBPACK_IMPORTED_MODULE_0__/* .runPost */ .a)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
// One way to turn whatever was thrown into words for a message.
/** The message of an Error (its name when the message is empty), else the thrown value as text. */
function errorMessage(error) {
    return error instanceof Error ? error.message || error.name : String(error);
}


/***/ })

};
