export const id = 772;
export const ids = [772];
export const modules = {

/***/ 245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ splitCommand),
/* harmony export */   MT: () => (/* binding */ posixQuote),
/* harmony export */   k5: () => (/* binding */ analyzeCommand),
/* harmony export */   lO: () => (/* binding */ CommandSyntaxError)
/* harmony export */ });
// `command` strings become argument arrays with shell-like quoting and NO expansion: no variables,
// no globbing, no pipes. The old cookbook handed them to the host shell; we never do.
class CommandSyntaxError extends Error {
}
/**
 * Splits like a POSIX shell does words: blanks separate, '...' is literal, "..." allows \" \\ \$ \`
 * and \newline escapes, a backslash outside quotes takes the next character literally.
 */
function analyzeCommand(text) {
    const argv = [];
    const shellSyntax = new Set();
    let word = '';
    let inWord = false;
    let i = 0;
    while (i < text.length) {
        const char = text[i];
        if (char === ' ' || char === '\t' || char === '\n') {
            if (inWord)
                argv.push(word);
            word = '';
            inWord = false;
            i += 1;
            continue;
        }
        inWord = true;
        if (char === "'") {
            const close = text.indexOf("'", i + 1);
            if (close < 0)
                throw new CommandSyntaxError(`unterminated single quote at character ${i + 1}: close it with '`);
            word += text.slice(i + 1, close);
            i = close + 1;
        }
        else if (char === '"') {
            i += 1;
            let closed = false;
            while (i < text.length) {
                const inner = text[i];
                if (inner === '"') {
                    closed = true;
                    i += 1;
                    break;
                }
                if (inner === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) {
                    if (text[i + 1] !== '\n')
                        word += text[i + 1];
                    i += 2;
                    continue;
                }
                noteExpansion(text, i, shellSyntax);
                word += inner;
                i += 1;
            }
            if (!closed)
                throw new CommandSyntaxError('unterminated double quote: close it with "');
        }
        else if (char === '\\') {
            if (i + 1 >= text.length)
                throw new CommandSyntaxError('trailing backslash: remove it or quote it');
            if (text[i + 1] !== '\n')
                word += text[i + 1];
            i += 2;
        }
        else {
            noteExpansion(text, i, shellSyntax);
            const operator = ['&&', '||', '|', ';', '>', '<', '&'].find((op) => text.startsWith(op, i));
            if (operator && operator !== '&')
                shellSyntax.add(operator === '||' ? '|' : operator);
            word += char;
            i += 1;
        }
    }
    if (inWord)
        argv.push(word);
    return { argv, shellSyntax: [...shellSyntax] };
}
function noteExpansion(text, i, found) {
    const char = text[i];
    if (char === '`')
        found.add('`');
    if (char === '$' && /[A-Za-z_{(0-9?@*#!$-]/.test(text[i + 1] ?? ''))
        found.add(text[i + 1] === '(' ? '$(...)' : '$VAR');
}
function splitCommand(text) {
    return analyzeCommand(text).argv;
}
/** POSIX single-quoting: the result is one word for /bin/sh whatever the bytes. */
function posixQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 4720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ manualInputProblems)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5449);
// The deploy's `manual` input names definitions to redeploy this time; check it before any host is touched.

/** One message per name that is not a `manual` definition of the document (empty when all are fine). */
function manualInputProblems(document, names) {
    const definitions = (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .listDefinitions */ .Pb)(document);
    const manual = definitions.filter((d) => d.definition.deploy === 'manual').map((d) => d.name);
    return names.flatMap((name) => {
        const found = definitions.find((d) => d.name === name);
        if (!found)
            return [`manual: "${name}" is no definition of the document; use one of ${manual.join(', ') || '(no manual definitions)'}`];
        if (found.definition.deploy !== 'manual') {
            return [
                `manual: "${name}" has deploy "${found.definition.deploy ?? 'unset'}", not "manual"; only manual definitions can be listed (use force for auto ones)`,
            ];
        }
        return [];
    });
}


/***/ })

};
