export const id = 112;
export const ids = [112];
export const modules = {

/***/ 7112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export commentMarker */
// The PR check's one comment per environment: found by a hidden marker at its start, updated in place.
// Two runs at once (two pushes) may both find none and both create one; each creating run then lists
// again and keeps the oldest marked comment, deleting every newer one (its own included) and writing
// its text into the kept one. Comment ids only grow, so every run agrees on the oldest: one stays.
/** The hidden first line of the environment's comment (environment names are `[A-Za-z0-9._-]+`). */
function commentMarker(environment) {
    return `<!-- berth:prediction:${environment} -->`;
}
function marked(comments, marker) {
    // GitHub may hand a body back with CRLF line ends.
    return comments
        .filter((c) => c.body === marker || c.body.startsWith(`${marker}\n`) || c.body.startsWith(`${marker}\r\n`))
        .sort((a, b) => a.id - b.id);
}
/** Puts `body` (without the marker) in the environment's one comment on `issue`. */
async function upsertStickyComment(comments, issue, environment, body) {
    const marker = commentMarker(environment);
    const text = `${marker}\n${body}`;
    const existing = marked(await comments.list(issue), marker);
    const removed = [];
    const [oldest, ...duplicates] = existing;
    if (oldest) {
        await comments.update(oldest.id, text);
        for (const duplicate of duplicates) {
            await comments.remove(duplicate.id);
            removed.push(duplicate.id);
        }
        return { id: oldest.id, action: 'updated', removed };
    }
    const created = await comments.create(issue, text);
    const after = marked(await comments.list(issue), marker);
    const keep = after[0]?.id ?? created;
    for (const comment of after.slice(1)) {
        await comments.remove(comment.id);
        removed.push(comment.id);
    }
    if (keep !== created) {
        await comments.update(keep, text);
        return { id: keep, action: 'updated', removed };
    }
    return { id: created, action: 'created', removed };
}


/***/ })

};
