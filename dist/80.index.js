export const id = 80;
export const ids = [80,772];
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

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CH: () => (/* binding */ stageCredentialValues),
/* harmony export */   DF: () => (/* binding */ CredentialValueError),
/* harmony export */   _9: () => (/* binding */ knownSecretValues),
/* harmony export */   gX: () => (/* binding */ holdsUrlCredentials),
/* harmony export */   vG: () => (/* binding */ checkCredentials)
/* harmony export */ });
/* unused harmony exports credentialIn, commandCredentials */
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1716);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5449);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6325);



/** `user:password@` right after `://` (the user may be empty, as in `redis://:password@host`). */
const USERINFO = /^[^\s/?#@:]*:[^\s/?#@]+@/;
/** Whether `text` holds `scheme://user:password@`; linear in the text (a value can be a megabyte). */
function holdsUrlCredentials(text) {
    for (let at = text.indexOf('://'); at > 0; at = text.indexOf('://', at + 3)) {
        if (/[A-Za-z0-9+.-]/.test(text.charAt(at - 1)) && USERINFO.test(text.slice(at + 3, at + 3 + 2048)))
            return true;
    }
    return false;
}
function inputValues(inputs) {
    // The database input's password may be a JSON number (the runner's parse keeps it one): compared as text.
    const passwords = Object.values(inputs.databases ?? {}).map((settings) => settings.password === undefined ? undefined : String(settings.password));
    return [...passwords, ...(inputs.values ?? [])].filter((value) => value !== undefined && value !== '');
}
/** Every secret value known: the document's inline secrets and the inputs' (references are names, not values). */
function knownSecretValues(document, inputs = {}) {
    const values = [...(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .listInlineSecrets */ .Dh)(document).map((secret) => secret.value), ...inputValues(inputs)];
    return new Set(values.filter((value) => value !== '' && (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .ssmReference */ .rI)(value) === undefined));
}
/** Why `value` is a credential, or undefined. `known` holds the secret values to compare with. */
function credentialIn(value, known) {
    if (holdsUrlCredentials(value))
        return 'a URL with user:password@';
    if (known.has(value))
        return 'the value of a secret';
    return undefined;
}
const fixMessage = "a command travels in docker run's arguments, which anyone on the host reads with ps or in /proc: put the credential in env under a name holding PASSWORD, SECRET, TOKEN, KEY or CREDENTIAL (or as a %{ssm:...} reference) and have the program read it from its environment";
/** Command fields holding a credential (URL credentials, or an argument equal to a known secret). */
function commandCredentials(document, known) {
    const found = [];
    for (const { definition, path } of (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .listDefinitions */ .Pb)(document)) {
        const health = definition.health;
        const fields = [
            ['command', definition.command],
            ['migration', definition.migration],
            ['entrypoint', definition.entrypoint],
            ['health.cmd', health !== undefined && health !== 'docker' && 'cmd' in health ? health.cmd : undefined],
        ];
        for (const [field, text] of fields) {
            if (text === undefined)
                continue;
            const why = holdsUrlCredentials(text)
                ? 'a URL with user:password@'
                : text.split(/\s+/).some((word) => known.has(word) || known.has(word.replace(/^['"]|['"]$/g, '')))
                    ? 'the value of a secret'
                    : undefined;
            if (why)
                found.push({
                    path: [...path, ...field.split('.')],
                    message: `${field} holds a credential (${why}; the value is not shown): ${fixMessage}`,
                });
        }
    }
    return found;
}
/** Validate's rule: a credential in a command is an error; one in a plain env value is staged by the deploy (a notice). */
function checkCredentials(document, reporter) {
    const known = knownSecretValues(document);
    for (const { path, message } of commandCredentials(document, known))
        reporter.error('credential', path, message);
    for (const { definition, path } of (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .listDefinitions */ .Pb)(document)) {
        for (const [key, value] of Object.entries(definition.env)) {
            const why = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)(key) || (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .ssmReference */ .rI)(value) !== undefined ? undefined : credentialIn(value, known);
            if (why === undefined)
                continue;
            reporter.notice('credential', [...path, 'env', key], `env ${key} holds a credential (${why}; the value is not shown): the deploy stores it in Parameter Store like a secret, so it never travels in a command or in docker's arguments`);
        }
    }
}
/** Thrown by the deploy for a command holding a credential, or a credential it cannot stage. */
class CredentialValueError extends Error {
    name = 'CredentialValueError';
}
const perHost = new Set(['opsworks', 'public_ip', 'index', 'slot']);
/**
 * The staged documents one step further: each plain env value holding a credential becomes
 * `%{ssm:<prefix>/<app>/<definition>/<KEY>}` (the name a secret key there would get) and joins the
 * values to store. The stored value is the value as the container gets it (`%%` is `%`, `%{app_name}`
 * the definition); a credential with a per-host placeholder is refused, as one parameter cannot hold it.
 * `inputs` adds the secrets given outside the document. Throws CredentialValueError for a command
 * holding a credential.
 */
function stageCredentialValues(staged, prefix, inputs = {}) {
    const known = new Set([...staged.staged.map((item) => item.value), ...inputValues(inputs)].filter((value) => value !== ''));
    const commands = commandCredentials(staged.document, known);
    if (commands.length > 0) {
        throw new CredentialValueError(commands.map(({ path, message }) => `${path.join('.')}: ${message}`).join('\n'));
    }
    const base = prefix.replace(/\/+$/, '');
    const document = structuredClone(staged.document);
    const added = [];
    for (const { app, name, definition, path } of (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .listDefinitions */ .Pb)(document)) {
        for (const [key, raw] of Object.entries(definition.env)) {
            if ((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)(key) || raw === '' || (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .ssmReference */ .rI)(raw) !== undefined)
                continue;
            const placeholders = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenize */ .qw)(raw).filter((token) => token.kind === 'placeholder');
            const value = placeholders.some((token) => token.kind === 'placeholder' && perHost.has(token.name))
                ? undefined
                : (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .interpolate */ .GW)(raw, { app_name: name });
            const why = credentialIn(raw, known) ?? (value !== undefined ? credentialIn(value, known) : undefined);
            if (why === undefined)
                continue;
            if (value === undefined) {
                throw new CredentialValueError(`${[...path, 'env', key].join('.')}: env ${key} holds a credential (${why}) and a per-host placeholder; berth stages a credential as one Parameter Store value for every host: keep the host-specific part in another variable, or store one parameter per host and reference it with %{ssm:...}`);
            }
            const parameter = `${base}/${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .slug */ .yR)(app)}/${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .level */ .Rc)(name)}/${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .level */ .Rc)(key)}`;
            definition.env[key] = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .ssmPlaceholder */ .XI)(parameter);
            added.push({ name: parameter, value });
        }
    }
    return { ...staged, document, staged: [...staged.staged, ...added] };
}


/***/ }),

/***/ 516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ shortName),
/* harmony export */   NH: () => (/* binding */ describePath),
/* harmony export */   a8: () => (/* binding */ Reporter),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/** `file:line:col: error: message`, the form editors and compilers use. */
function formatDiagnostic(d) {
    // One problem, one line: a message quoting a multi-line value shows its line breaks as \n.
    const message = d.message.replace(/\r?\n/g, '\\n');
    return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${message}`;
}
/** Collects diagnostics for one file, locating each at its JSON path. */
class Reporter {
    file;
    positions;
    diagnostics = [];
    constructor(file, positions) {
        this.file = file;
        this.positions = positions;
    }
    report(severity, code, path, message, options = {}) {
        const position = this.positions.locate(path, options);
        this.diagnostics.push({ severity, code, message, file: this.file, ...position, path });
    }
    /** For a node found in the tree directly (e.g. the second of two equal keys, which a path cannot name). */
    reportSpan(severity, code, path, span, message) {
        this.diagnostics.push({ severity, code, message, file: this.file, ...this.positions.at(span.offset, span.length), path });
    }
    /** Whether the path exists in the text (defaults do not). */
    exists(path) {
        return this.positions.node(path) !== undefined;
    }
    /** For problems that have an offset but no JSON path (syntax errors). */
    reportAt(severity, code, position, message) {
        this.diagnostics.push({ severity, code, message, file: this.file, ...position, path: [] });
    }
    error(code, path, message, options) {
        this.report('error', code, path, message, options);
    }
    warning(code, path, message, options) {
        this.report('warning', code, path, message, options);
    }
    notice(code, path, message, options) {
        this.report('notice', code, path, message, options);
    }
}
/** A name as a message shows it: cut short past 80 characters, so one message stays readable. */
function shortName(name) {
    return name.length > 80 ? `${name.slice(0, 77)}...` : name;
}
/** `deploy["amazing application"].containers[0].app.env`: how a path reads in a message. */
function describePath(path) {
    let out = '';
    for (const step of path) {
        if (typeof step === 'number')
            out += `[${step}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(step) && step.length <= 80)
            out += out === '' ? step : `.${step}`;
        else
            out += `[${JSON.stringify(shortName(step))}]`;
    }
    return out === '' ? '(document)' : out;
}


/***/ }),

/***/ 7569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ composeEnvironment),
/* harmony export */   Jn: () => (/* binding */ findDefinition),
/* harmony export */   L1: () => (/* binding */ databaseVariables),
/* harmony export */   ST: () => (/* binding */ referenceOrLiteral)
/* harmony export */ });
/* unused harmony exports releaseTag, planValue */
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1716);
/* harmony import */ var _credential_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6325);



const databaseVariables = [
    ['DB_ADAPTER', 'adapter'],
    ['DB_DATABASE', 'database'],
    ['DB_HOST', 'host'],
    ['DB_PASSWORD', 'password'],
    ['DB_PORT', 'port'],
    ['DB_RECONNECT', 'reconnect'],
    ['DB_USERNAME', 'username'],
];
/** The tag or digest that runs, as RELEASE_TAG sees it. */
function releaseTag(definition) {
    return definition.tag;
}
/** A literal value, or the parameter named by a whole-value `%{ssm:...}` reference. */
function planValue(text, placeholders) {
    const name = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .ssmReference */ .rI)(text);
    if (name !== undefined)
        return { kind: 'ssm', name };
    return { kind: 'literal', value: (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .interpolate */ .GW)(text, placeholders) };
}
/** Database and registry fields: a whole-value reference or the text verbatim (never interpolated). */
function referenceOrLiteral(text) {
    const name = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .ssmReference */ .rI)(text);
    return name !== undefined ? { kind: 'ssm', name } : { kind: 'literal', value: text };
}
function composeEnvironment(input) {
    const { document, definition } = input;
    const raw = new Map();
    if (definition.env_from !== undefined) {
        const source = findDefinition(document, input.app, definition.env_from);
        for (const [key, value] of Object.entries(source?.env ?? {}))
            raw.set(key, value);
    }
    for (const [key, value] of Object.entries(definition.env))
        raw.set(key, value);
    const env = new Map();
    // String(): the database input keeps JSON numbers ("port": 5432) in the plan as they are, so berth.hash
    // stays what earlier releases computed; only this check needs the text.
    const put = (key, value, secret = false) => {
        env.set(key, {
            key,
            value,
            secret: secret || value.kind === 'ssm' || (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretKey */ .uE)(key) || (value.kind === 'literal' && (0,_credential_values_js__WEBPACK_IMPORTED_MODULE_0__/* .holdsUrlCredentials */ .gX)(String(value.value))),
        });
    };
    for (const [key, value] of raw)
        put(key, planValue(value, input.placeholders));
    if (definition.database) {
        const database = input.database ?? document.deploy[input.app]?.database ?? {};
        for (const [key, field] of databaseVariables) {
            // Database values are not interpolated: a password may hold any `%` (the old code crashed on it).
            put(key, referenceOrLiteral(database[field] ?? ''), field === 'password');
        }
    }
    put('RELEASE_TAG', { kind: 'literal', value: releaseTag(definition) });
    const revVar = definition.notifications?.rollbar?.rev_var;
    if (revVar)
        put(revVar, { kind: 'literal', value: input.revision });
    return [...env.values()];
}
/** The definition of `app` named `name` (env_from looks only inside the same app). */
function findDefinition(document, app, name) {
    for (const group of document.deploy[app]?.containers ?? []) {
        const found = group[name];
        if (found)
            return found;
    }
    return undefined;
}


/***/ }),

/***/ 5281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Px: () => (/* binding */ joinUnderRoot),
/* harmony export */   mL: () => (/* binding */ HostPathError)
/* harmony export */ });
/* unused harmony export climbsUp */
// Host paths of a plan (volume host sides, health sockets, the haproxy admin socket, cron and env
// files) are joined under the host root here. A `..` segment is refused, never joined: validate
// refuses one written in the document (check-names.ts), and this refuses one a placeholder brings in
// (a host fact such as the OpsWorks name), so `/srv/h/../../etc` never reaches a host. A path without
// `..` is joined as written, so a host deployed before this check keeps the same `docker run`
// arguments (and the same definition hash).
/** A host path that would leave the host root. The message names the path and the way out. */
class HostPathError extends Error {
    path;
    constructor(path) {
        super(`host path ${JSON.stringify(path)} has a ".." segment: berth keeps every host path under the host root; write the path it means without ".."`);
        this.path = path;
        this.name = 'HostPathError';
    }
}
/** Whether `path` has a `..` segment (anywhere: `a/../b` is refused too, it means `b`). */
function climbsUp(path) {
    return path.split('/').includes('..');
}
/** A host path under the host root (root `/` leaves it as written); throws HostPathError on `..`. */
function joinUnderRoot(root, path) {
    if (climbsUp(path))
        throw new HostPathError(path);
    const base = root.replace(/\/+$/, '');
    return base === '' ? path : `${base}${path.startsWith('/') ? '' : '/'}${path}`;
}


/***/ }),

/***/ 4563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QW: () => (/* binding */ HostnameTooLongError),
/* harmony export */   gb: () => (/* binding */ MAX_HOSTNAME_LENGTH),
/* harmony export */   zj: () => (/* binding */ copyHostname)
/* harmony export */ });
// A container's hostname (docker run --hostname): the kernel refuses one longer than 64 characters
// (HOST_NAME_MAX), and the copy would never start. The default `<copy>.<the host's hostname>` gets long
// on hosts named by their full DNS name (Amazon Linux: "ip-10-0-1-2.eu-west-1.compute.internal"), so
// the plan refuses it before any host changes, saying what to set instead.
/** The longest hostname the kernel sets (sethostname: HOST_NAME_MAX). */
const MAX_HOSTNAME_LENGTH = 64;
class HostnameTooLongError extends Error {
    constructor(copy, definition, hostname, byDefault) {
        const why = byDefault ? ` (the default: the copy's name, ".", the host's hostname)` : '';
        super(`copy ${copy} would get the hostname ${JSON.stringify(hostname)}${why}: ${hostname.length} characters, more than the ${MAX_HOSTNAME_LENGTH} a container's hostname can have, so it could not start; set "hostname" on definition "${definition}" to something shorter, e.g. "%{app_name}"`);
        this.name = 'HostnameTooLongError';
    }
}
/** The hostname of a copy: `explicit` (placeholders already filled in), else `<copy>.<host's hostname>`; at most 64 characters. */
function copyHostname(copy, definition, hostHostname, explicit) {
    const hostname = explicit ?? `${copy}.${hostHostname}`;
    // A release template's sentinel (0x1D-marked, src/stack/release-template.ts) is no length: a host fills it in.
    if (hostname.length > MAX_HOSTNAME_LENGTH && !hostname.includes('\x1d')) {
        throw new HostnameTooLongError(copy, definition, hostname, explicit === undefined);
    }
    return hostname;
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


/***/ }),

/***/ 9604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ mergeImageTags),
/* harmony export */   Nt: () => (/* binding */ mergeMismatches)
/* harmony export */ });
/* unused harmony export tagValue */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
// Writes freshly built tags into a Stack JSON (or OpsWorks Custom JSON) text, editing only the
// `tag` values that change so formatting, key order and every other byte stay as they were.

/** The `tag` value written: with `pin` and a digest, the digest (`sha256:...`), which runs as `image@sha256:...`. */
function tagValue(update, pin) {
    return pin && update.digest !== undefined ? update.digest : update.tag;
}
/** Indentation of the text, so an inserted `tag` line looks like its neighbours; none for one-line JSON. */
function detectFormatting(text) {
    if (!/\n/.test(text.trim()))
        return undefined;
    const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return indent.startsWith('\t') ? { insertSpaces: false, tabSize: 1, eol } : { insertSpaces: true, tabSize: indent.length, eol };
}
function child(node, key) {
    if (node?.type !== 'object')
        return undefined;
    for (const property of node.children ?? []) {
        if (property.children?.[0]?.value === key)
            return property.children[1];
    }
    return undefined;
}
function properties(node) {
    if (node?.type !== 'object')
        return [];
    return (node.children ?? []).flatMap((p) => {
        const key = p.children?.[0]?.value;
        const value = p.children?.[1];
        return typeof key === 'string' && value ? [[key, value]] : [];
    });
}
function definitionNodes(root) {
    const found = [];
    for (const [app, appNode] of properties(child(root, 'deploy'))) {
        const containers = child(appNode, 'containers');
        if (containers?.type !== 'array')
            continue;
        (containers.children ?? []).forEach((group, index) => {
            for (const [name, node] of properties(group)) {
                found.push({
                    app,
                    definition: name,
                    path: ['deploy', app, 'containers', index, name],
                    image: child(node, 'image')?.value,
                    tag: child(node, 'tag')?.value,
                });
            }
        });
    }
    return found;
}
function mergeImageTags(text, updates, options) {
    const formattingOptions = detectFormatting(text);
    const byImage = new Map(updates.map((update) => [update.image, update]));
    const used = new Set();
    const changed = [];
    let out = text;
    for (const node of definitionNodes((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text))) {
        const update = typeof node.image === 'string' ? byImage.get(node.image) : undefined;
        if (!update)
            continue;
        used.add(update.image);
        const next = tagValue(update, options.pin);
        const current = node.tag === undefined ? 'latest' : String(node.tag);
        if (current === next && typeof node.tag === 'string')
            continue;
        const edits = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.modify)(out, [...node.path, 'tag'], next, {
            ...(formattingOptions ? { formattingOptions } : {}),
            // A new `tag` goes right after `image`, where a reader looks for it.
            getInsertionIndex: (keys) => {
                const image = keys.indexOf('image');
                return image < 0 ? keys.length : image + 1;
            },
        });
        // One-line JSON (OpsWorks Custom JSON is often minified) gets no space after the colon either.
        out = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.applyEdits)(out, formattingOptions ? edits : edits.map((e) => ({ ...e, content: e.content.replace('"tag": ', '"tag":') })));
        if (current !== next)
            changed.push({ app: node.app, definition: node.definition });
    }
    return { text: out, changed, unusedImages: updates.map((u) => u.image).filter((image) => !used.has(image)) };
}
/**
 * The merge read back: every definition of the parsed merged document whose image was built must name
 * the tag (or digest) just written. A text the merge edits in one place and the parser reads in
 * another (a duplicated `tag` key: the edit goes to the first, the parse keeps the last) shows here.
 */
function mergeMismatches(document, updates, options) {
    const byImage = new Map(updates.map((update) => [update.image, update]));
    const found = [];
    for (const [app, spec] of Object.entries(document.deploy)) {
        for (const group of spec.containers) {
            for (const [definition, { image, tag }] of Object.entries(group)) {
                const update = byImage.get(image);
                if (!update)
                    continue;
                const expected = tagValue(update, options.pin);
                if (tag !== expected)
                    found.push({ app, definition, image, tag, expected });
            }
        }
    }
    return found;
}


/***/ }),

/***/ 6427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   El: () => (/* binding */ dependencies),
/* harmony export */   Gr: () => (/* binding */ healthSettings),
/* harmony export */   N: () => (/* binding */ underRoot),
/* harmony export */   UJ: () => (/* binding */ sharedRunArgs),
/* harmony export */   Z8: () => (/* binding */ hostVolume),
/* harmony export */   bZ: () => (/* binding */ healthCheck),
/* harmony export */   rA: () => (/* binding */ imageReference)
/* harmony export */ });
/* unused harmony exports logArgs, DEFAULT_HEALTH_DEADLINE */
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(245);
/* harmony import */ var _host_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5281);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1716);



/** A host path under the host root; root `/` leaves it unchanged; a `..` segment throws (src/stack/host-paths.ts). */
const underRoot = _host_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .joinUnderRoot */ .Px;
/** `-v` value with its host side (an absolute path) under the host root; named and anonymous volumes unchanged. */
function hostVolume(root, spec) {
    const colon = spec.indexOf(':');
    if (colon < 0 || !spec.startsWith('/'))
        return spec;
    return underRoot(root, spec.slice(0, colon)) + spec.slice(colon);
}
const digestTag = /^sha256:[a-f0-9]{64}$/;
/**
 * The image reference to run. A `tag` holding a digest (`sha256:...`, what merge writes when pinning)
 * runs `image@sha256:...`; `v1@sha256:...` runs `image:v1@sha256:...`; anything else `image:tag`.
 */
function imageReference(definition) {
    return digestTag.test(definition.tag) ? `${definition.image}@${definition.tag}` : `${definition.image}:${definition.tag}`;
}
/**
 * Volumes, volumes_from, links, network, entrypoint and log options: everything but identity and ports.
 * `entrypoint: false` leaves the definition's entrypoint out, as the cookbook's migration line did
 * (an entrypoint wrapper that `exec`s a server would otherwise start the server instead of migrating).
 */
function sharedRunArgs(definition, root, values, options = {}) {
    const args = [];
    if (definition.network !== undefined)
        args.push('--network', definition.network);
    if (definition.entrypoint !== undefined && options.entrypoint !== false)
        args.push('--entrypoint', definition.entrypoint);
    for (const volume of definition.volumes)
        args.push('-v', hostVolume(root, (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .interpolate */ .GW)(volume, values)));
    for (const from of definition.volumes_from)
        args.push('--volumes-from', (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .interpolate */ .GW)(from, values));
    for (const link of definition.links)
        args.push('--link', (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .interpolate */ .GW)(link, values));
    args.push(...logArgs(definition));
    return args;
}
/** Docker's own log rotation (json-file/local); other drivers get only `--log-driver`. */
function logArgs(definition) {
    const log = definition.log;
    const args = ['--log-driver', log.driver];
    if (log.driver === 'json-file' || log.driver === 'local') {
        args.push('--log-opt', `max-size=${log.max_size}`, '--log-opt', `max-file=${log.max_file}`);
    }
    return args;
}
/** Names of data volumes and containers this definition mounts or links (recreate it when they change). */
function dependencies(definition, values) {
    const names = [
        ...definition.volumes_from.map((from) => (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .interpolate */ .GW)(from, values).replace(/:(ro|rw)$/, '')),
        ...definition.links.map((link) => (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .interpolate */ .GW)(link, values).split(':')[0] ?? ''),
    ];
    return [...new Set(names.filter((name) => name !== ''))];
}
/** Default deadline (seconds) for a copy to become healthy when the health setting names none. */
const DEFAULT_HEALTH_DEADLINE = 60;
function healthSettings(definition) {
    const startupTime = definition.startup_time ?? 0;
    const health = definition.health;
    if (health === undefined)
        return { interval: 1, timeout: 5, deadline: startupTime, startupTime };
    const options = health === 'docker' ? {} : health;
    const interval = options.interval ?? 1;
    const timeout = options.timeout ?? 5;
    const deadline = options.deadline ?? (options.retries !== undefined ? options.retries * interval : DEFAULT_HEALTH_DEADLINE);
    return { interval, timeout, deadline: Math.max(deadline, startupTime), startupTime };
}
/** The probe of one copy in one slot; `values` carry that copy's `%{app_name}`, `%{index}`, `%{slot}`. */
function healthCheck(definition, root, values) {
    const health = definition.health;
    if (health === undefined)
        return { kind: 'none' };
    if (health === 'docker')
        return { kind: 'docker' };
    if ('cmd' in health)
        return { kind: 'cmd', argv: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .splitCommand */ .GW)(health.cmd).map((arg) => (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .interpolate */ .GW)(arg, values)) };
    if (health.socket !== undefined)
        return { kind: 'http-unix', socket: underRoot(root, (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .interpolate */ .GW)(health.socket, values)), path: health.http };
    if (health.port !== undefined)
        return { kind: 'http', url: `http://127.0.0.1:${(0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .interpolate */ .GW)(health.port, values)}${health.http}` };
    const address = definition.load_balancer?.address;
    if (address === undefined)
        return { kind: 'none' };
    const resolved = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .interpolate */ .GW)(address, values);
    if (resolved.startsWith('unix@'))
        return { kind: 'http-unix', socket: underRoot(root, resolved.slice(5)), path: health.http };
    return { kind: 'http', url: `http://${resolved}${health.http}` };
}


/***/ }),

/***/ 8266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L8: () => (/* binding */ cronFile)
/* harmony export */ });
/* unused harmony exports CRON_PATH, cronFilePath, cronEnvPath */
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(245);
/* harmony import */ var _plan_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6427);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6325);
// One managed cron file per app (the old cookbook added crontab lines and never removed them).
// Every job is a POSIX single-quoted `docker run --rm` line; its env comes from a 0600 env file,
// so no value (secret or not) is ever part of the crontab text.



/** PATH for the jobs: cron's default PATH lacks /usr/local/bin, where docker often lives. */
const CRON_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
function cronFilePath(root, app) {
    return (0,_plan_args_js__WEBPACK_IMPORTED_MODULE_0__/* .underRoot */ .N)(root, `/etc/cron.d/berth-${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .slug */ .yR)(app)}`);
}
function cronEnvPath(root, app, definition) {
    return (0,_plan_args_js__WEBPACK_IMPORTED_MODULE_0__/* .underRoot */ .N)(root, `/etc/berth/env/${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .slug */ .yR)(app)}/${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .slug */ .yR)(definition)}.env`);
}
/** cron turns an unescaped `%` into a newline; `\%` reaches the shell as `%`. */
function escapePercent(line) {
    return line.replace(/%/g, '\\%');
}
function cronFile(app, definitions, entries, root, sharedArgs) {
    const lines = [`# berth: managed file for app ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .slug */ .yR)(app)}; changes are overwritten on deploy`, CRON_PATH];
    const envFiles = [];
    for (const definition of definitions) {
        const entry = entries.find((e) => e.app === app && e.name === definition.name);
        if (!entry)
            continue;
        const schedule = entry.definition.cron ?? { minute: '*', hour: '*', weekday: '*' };
        const envPath = cronEnvPath(root, app, definition.name);
        const argv = [
            'docker',
            'run',
            '--rm',
            '--env-file',
            envPath,
            ...sharedArgs(entry),
            '--label',
            `berth.app=${app}`,
            '--label',
            `berth.definition=${definition.name}`,
            '--label',
            `berth.hash=${definition.hash}`,
            definition.image,
            ...(0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .splitCommand */ .GW)(entry.definition.command ?? ''),
        ];
        if (argv.some((arg) => /[\r\n]/.test(arg))) {
            throw new Error(`cron definition "${definition.name}": a value holds a line break, which a crontab line cannot carry; remove it`);
        }
        const job = argv.map(_command_js__WEBPACK_IMPORTED_MODULE_2__/* .posixQuote */ .MT).join(' ');
        lines.push(`${schedule.minute} ${schedule.hour} * * ${schedule.weekday} root ${escapePercent(job)}`);
        envFiles.push({ definition: definition.name, path: envPath, env: definition.env });
    }
    return { app, path: cronFilePath(root, app), lines, envFiles };
}


/***/ }),

/***/ 4993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b5: () => (/* binding */ definitionLegacyHashInput),
/* harmony export */   fw: () => (/* binding */ planDefinition),
/* harmony export */   oy: () => (/* binding */ buildHostPlan),
/* harmony export */   vx: () => (/* binding */ hostPlaceholders),
/* harmony export */   wb: () => (/* binding */ definitionHashInput),
/* harmony export */   y6: () => (/* binding */ withHashesOf)
/* harmony export */ });
/* unused harmony exports RESTART_POLICY, definitionHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(245);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7569);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1716);
/* harmony import */ var _hostname_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4563);
/* harmony import */ var _plan_args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6427);
/* harmony import */ var _plan_cron_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8266);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5449);
/* harmony import */ var _slots_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5113);
// The per-host plan: everything one host runs, in order, with placeholders resolved for that host.
// Secret references stay references; the host resolves them itself.









/** Restart policy of long-running copies: survive reboots and daemon restarts, stay down when we stop them. */
const RESTART_POLICY = 'unless-stopped';
function hostPlaceholders(facts) {
    return { opsworks: facts.opsworks ?? (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_6__/* .opsworksName */ .wv)(facts.stackName, facts.hostname), public_ip: facts.publicIp };
}
function definitionEnv(document, entry, facts, options) {
    const database = options.databases?.[entry.app];
    return (0,_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .composeEnvironment */ .EX)({
        document,
        app: entry.app,
        name: entry.name,
        definition: entry.definition,
        placeholders: { ...hostPlaceholders(facts), app_name: entry.name },
        ...(database ? { database } : {}),
        revision: options.revision,
    });
}
function definitionHash(parts) {
    return hashOfInput(JSON.stringify(parts));
}
function hashOfInput(input) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(input).digest('hex');
}
const hashInputs = new WeakMap();
/** The JSON text `definition.hash` is the sha256 of; undefined for a definition buildHostPlan did not make. */
function definitionHashInput(definition) {
    return hashInputs.get(definition)?.canonical;
}
/** The JSON text `definition.legacyHash` is the sha256 of (env in document order, as berth before it hashed). */
function definitionLegacyHashInput(definition) {
    return hashInputs.get(definition)?.legacy;
}
/**
 * The two hash inputs of a definition. The canonical one (`berth.hash` of every container started from
 * now on) lists env sorted by key: env keys are unique and their order means nothing to a container, so
 * reordering them replaces nothing. The legacy one is exactly what berth computed before (env in document
 * order), kept only to recognise containers earlier releases labelled with it (docs/host.md, "Which
 * copies match the plan").
 */
function hashInputsOf(parts) {
    const sorted = [...parts.env].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { canonical: JSON.stringify({ ...parts, env: sorted }), legacy: JSON.stringify(parts) };
}
/**
 * The plan with each definition's hash (and its `berth.hash` label) taken from `hashed`, a plan of the same
 * document with inline secrets as references: what `berth plan` shows, so no shown hash covers a secret.
 */
function withHashesOf(plan, hashed) {
    plan.definitions.forEach((definition, d) => {
        const source = hashed.definitions[d];
        const hash = source?.hash ?? definition.hash;
        const legacyHash = source ? source.legacyHash : definition.legacyHash;
        const input = source ? hashInputs.get(source) : hashInputs.get(definition);
        if (input !== undefined)
            hashInputs.set(definition, input);
        else
            hashInputs.delete(definition);
        for (const copy of definition.copies) {
            for (const slot of copy.slots)
                slot.runArgs = slot.runArgs.map((arg) => (arg === `berth.hash=${definition.hash}` ? `berth.hash=${hash}` : arg));
        }
        definition.hash = hash;
        if (legacyHash !== undefined)
            definition.legacyHash = legacyHash;
        else
            delete definition.legacyHash;
    });
    return plan;
}
/** The plan of one definition on one host (buildHostPlan calls it for every definition with a mode). */
function planDefinition(document, entry, facts, options) {
    const { app, name, definition } = entry;
    const mode = definition.deploy ?? 'auto';
    const root = options.hostRoot;
    const host = hostPlaceholders(facts);
    const image = (0,_plan_args_js__WEBPACK_IMPORTED_MODULE_3__/* .imageReference */ .rA)(definition);
    const env = definitionEnv(document, entry, facts, options);
    const stopSignal = definition.stop_signal ?? 'SIGTERM';
    const copies = [];
    const count = mode === 'cron' ? 0 : definition.containers;
    for (let index = 0; index < count; index++) {
        const runtime = `${name}${index}`;
        const slots = (0,_slots_js__WEBPACK_IMPORTED_MODULE_7__/* .slotValues */ .vy)(definition).map((slot) => {
            const copyValues = { ...host, app_name: runtime, index: String(index), slot };
            const fieldValues = { ...host, app_name: name, index: String(index), slot };
            const explicit = definition.hostname !== undefined ? (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_6__/* .interpolate */ .GW)(definition.hostname, copyValues) : undefined;
            const hostname = (0,_hostname_js__WEBPACK_IMPORTED_MODULE_2__/* .copyHostname */ .zj)(runtime, name, facts.hostname, explicit);
            const runArgs = ['--hostname', hostname, '--restart', RESTART_POLICY];
            if (definition.stop_signal !== undefined)
                runArgs.push('--stop-signal', definition.stop_signal);
            runArgs.push('--stop-timeout', String(definition.stop_grace_period));
            for (const port of definition.ports)
                runArgs.push('-p', (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_6__/* .interpolate */ .GW)(port, fieldValues));
            runArgs.push(...(0,_plan_args_js__WEBPACK_IMPORTED_MODULE_3__/* .sharedRunArgs */ .UJ)(definition, root, fieldValues));
            runArgs.push('--label', `berth.app=${app}`, '--label', `berth.definition=${name}`, '--label', `berth.slot=${slot}`);
            const binding = definition.load_balancer;
            return {
                id: slot,
                runArgs,
                command: (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .splitCommand */ .GW)(definition.command ?? '').map((arg) => (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_6__/* .interpolate */ .GW)(arg, copyValues)),
                health: (0,_plan_args_js__WEBPACK_IMPORTED_MODULE_3__/* .healthCheck */ .bZ)(definition, root, copyValues),
                ...(binding ? { server: (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_6__/* .interpolate */ .GW)(binding.server, copyValues) } : {}),
                ...(binding?.address !== undefined ? { serverAddress: (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_6__/* .interpolate */ .GW)(binding.address, copyValues) } : {}),
            };
        });
        copies.push({ index, name: runtime, slots });
    }
    const health = (0,_plan_args_js__WEBPACK_IMPORTED_MODULE_3__/* .healthSettings */ .Gr)(definition);
    const first = copies[0]?.slots[0];
    // The field order is the hash input's: never change it (every running container's berth.hash is of it).
    const inputs = hashInputsOf({
        image,
        env,
        runArgs: first?.runArgs ?? [],
        command: first?.command ?? definition.command ?? '',
        health: first?.health ?? null,
        settings: health,
        stopSignal,
    });
    const hash = hashOfInput(inputs.canonical);
    const legacyHash = hashOfInput(inputs.legacy);
    for (const copy of copies) {
        for (const slot of copy.slots)
            slot.runArgs.push('--label', `berth.hash=${hash}`, '--label', `berth.release=${options.release}`);
    }
    const binding = definition.load_balancer;
    const bareValues = { ...host, app_name: name };
    const planned = {
        app,
        name,
        mode,
        image,
        hash,
        legacyHash,
        redeploy: (mode === 'auto' && options.force) || (mode === 'manual' && options.manual.includes(name)),
        env,
        copies,
        health,
        stopSignal,
        stopGrace: definition.stop_grace_period,
        ...(binding && mode !== 'cron'
            ? {
                loadBalancer: {
                    adminSocket: (0,_plan_args_js__WEBPACK_IMPORTED_MODULE_3__/* .underRoot */ .N)(root, (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_6__/* .interpolate */ .GW)(binding.admin_socket, bareValues)),
                    backend: binding.backend,
                    drainTimeout: binding.drain_timeout,
                },
            }
            : {}),
        dependsOn: (0,_plan_args_js__WEBPACK_IMPORTED_MODULE_3__/* .dependencies */ .El)(definition, bareValues),
    };
    const rollout = (0,_slots_js__WEBPACK_IMPORTED_MODULE_7__/* .rolloutOf */ .Zb)(definition, options.surge ?? false);
    if (mode !== 'cron' && rollout !== 'one')
        planned.rollout = rollout;
    hashInputs.set(planned, inputs);
    return planned;
}
function planMigration(document, facts, options) {
    const entry = (0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .listDefinitions */ .Pb)(document).find((d) => d.definition.deploy !== undefined && d.definition.migration !== undefined);
    const migration = entry?.definition.migration;
    if (!entry || migration === undefined)
        return undefined;
    const { app, name, definition } = entry;
    const values = { ...hostPlaceholders(facts), app_name: name, index: '0', slot: '' };
    return {
        app,
        definition: name,
        image: (0,_plan_args_js__WEBPACK_IMPORTED_MODULE_3__/* .imageReference */ .rA)(definition),
        runArgs: [
            '--rm',
            ...(0,_plan_args_js__WEBPACK_IMPORTED_MODULE_3__/* .sharedRunArgs */ .UJ)(definition, options.hostRoot, values, { entrypoint: false }),
            '--label',
            `berth.app=${app}`,
            '--label',
            `berth.definition=${name}`,
            '--label',
            'berth.role=migration',
        ],
        // Like the cron command, the migration is not interpolated (the old cookbook did not either).
        command: (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .splitCommand */ .GW)(migration),
        env: definitionEnv(document, entry, facts, options),
    };
}
function planRegistries(document) {
    return Object.entries(document.docker?.registries ?? {})
        .filter(([, login]) => login.username !== '' || login.password !== '')
        .map(([host, login]) => ({ host, username: (0,_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceOrLiteral */ .ST)(login.username), password: (0,_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceOrLiteral */ .ST)(login.password) }));
}
function planDataVolumes(document, facts, options) {
    return (0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .listDataVolumes */ .W8)(document).map((volume) => ({
        app: volume.app,
        name: volume.name,
        image: options.dataVolumeImage,
        volumes: volume.volumes.map((path) => (0,_plan_args_js__WEBPACK_IMPORTED_MODULE_3__/* .hostVolume */ .Z8)(options.hostRoot, (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_6__/* .interpolate */ .GW)(path, { ...hostPlaceholders(facts), app_name: volume.name }))),
    }));
}
function buildHostPlan(document, facts, options) {
    const entries = (0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .listDefinitions */ .Pb)(document).filter((entry) => entry.definition.deploy !== undefined);
    const definitions = entries.map((entry) => planDefinition(document, entry, facts, options));
    const cron = Object.keys(document.deploy).map((app) => (0,_plan_cron_js__WEBPACK_IMPORTED_MODULE_4__/* .cronFile */ .L8)(app, definitions.filter((d) => d.app === app && d.mode === 'cron'), entries, options.hostRoot, (entry) => (0,_plan_args_js__WEBPACK_IMPORTED_MODULE_3__/* .sharedRunArgs */ .UJ)(entry.definition, options.hostRoot, { ...hostPlaceholders(facts), app_name: entry.name, index: '0', slot: '' })));
    const migration = options.runMigration ? planMigration(document, facts, options) : undefined;
    return {
        version: 1,
        deployId: options.deployId,
        release: options.release,
        ...(options.revision !== '' ? { revision: options.revision } : {}),
        actor: options.actor,
        createdAt: options.createdAt,
        host: { root: options.hostRoot, hostname: facts.hostname, instanceId: facts.instanceId },
        apps: Object.keys(document.deploy),
        lockTimeout: options.lockTimeout,
        keepImages: options.keepImages,
        force: options.force,
        preferLocalImages: options.preferLocalImages,
        aws: { region: options.aws.region, ...(options.aws.endpoint !== undefined ? { endpoint: options.aws.endpoint } : {}) },
        registries: planRegistries(document),
        dataVolumes: planDataVolumes(document, facts, options),
        definitions,
        ...(migration ? { migration } : {}),
        cron,
        logTailLines: options.logTailLines,
    };
}


/***/ }),

/***/ 876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ createPositionIndex)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
// Maps JSON paths and offsets of the original text to 1-based line/column, so every diagnostic
// points at the value a user has to change (jsonc-parser keeps the offsets JSON.parse throws away).

/**
 * `errors` receives the syntax errors of the text. `parse: false` only maps offsets (for text too deep or too large to parse). Lookups by key go
 * through a per-object map, so locating thousands of diagnostics in one big object stays linear.
 */
function createPositionIndex(text, options = {}) {
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) === 10)
            lineStarts.push(i + 1);
    }
    const root = options.parse === false ? undefined : (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, options.errors ?? [], { disallowComments: true, allowTrailingComma: false });
    const keyMaps = new WeakMap();
    /** The value of the first property named `key` (as jsonc-parser's findNodeAtLocation does). */
    function property(object, key) {
        let map = keyMaps.get(object);
        if (!map) {
            map = new Map();
            for (const child of object.children ?? []) {
                const [name, value] = child.children ?? [];
                if (name && value && child.children?.length === 2 && !map.has(String(name.value)))
                    map.set(String(name.value), value);
            }
            keyMaps.set(object, map);
        }
        return map.get(key);
    }
    function findNode(path) {
        let node = root;
        for (const step of path) {
            if (!node)
                return undefined;
            if (typeof step === 'string' && node.type === 'object')
                node = property(node, step);
            else if (typeof step === 'number' && node.type === 'array')
                node = node.children?.[step];
            else
                return undefined;
        }
        return node;
    }
    function lineOf(offset) {
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if ((lineStarts[mid] ?? 0) <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low;
    }
    function at(offset, length = 0) {
        const start = lineOf(offset);
        const end = lineOf(offset + length);
        return {
            line: start + 1,
            column: offset - (lineStarts[start] ?? 0) + 1,
            endLine: end + 1,
            endColumn: offset + length - (lineStarts[end] ?? 0) + 1,
        };
    }
    function node(path) {
        return findNode(path);
    }
    function locate(path, options = {}) {
        if (!root)
            return at(0);
        for (let depth = path.length; depth >= 0; depth--) {
            const found = findNode(path.slice(0, depth));
            if (!found)
                continue;
            if (options.key && depth === path.length && found.parent?.type === 'property') {
                const keyNode = found.parent.children?.[0];
                if (keyNode)
                    return at(keyNode.offset, keyNode.length);
            }
            return at(found.offset, found.length);
        }
        return at(root.offset, root.length);
    }
    return { root, at, locate, node };
}


/***/ }),

/***/ 4600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ templateFacts),
/* harmony export */   B: () => (/* binding */ instantiateTemplate),
/* harmony export */   QQ: () => (/* binding */ rerootTemplate),
/* harmony export */   at: () => (/* binding */ encodeReleaseTemplate)
/* harmony export */ });
/* unused harmony exports TEMPLATE_SENTINELS, isReleaseTemplate, checkTemplateFacts */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _host_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6238);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1716);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4993);
// The host-neutral release template: a release's plan built once with sentinel host facts, which any
// host turns into the very plan (and the very `berth.hash` labels) a deploy would have given it. The host
// script's twin of instantiateTemplate is host/lib/template.sh: both must give the same bytes.




/** 0x1D (group separator): never in a real plan, so a sentinel made of it cannot be mistaken for data. */
const MARK = '\x1d';
const sentinel = (name) => `${MARK}${name}${MARK}`;
/** The sentinels standing for host facts in a template (the lower-cased hostname is `%{opsworks}`'s tail). */
const TEMPLATE_SENTINELS = {
    hostname: sentinel('hostname'),
    hostnameLower: sentinel('hostname_lower'),
    publicIp: sentinel('public_ip'),
    instanceId: sentinel('instance_id'),
};
/**
 * Where definition D's hash goes (its `def` record and its `berth.hash=` labels); `D:legacy` for its legacy
 * hash (the `def` record's last field), when that differs. Both instantiations hash `hashinput KEY` into
 * the sentinel `hash:KEY`, whatever KEY is.
 */
function hashSentinel(key) {
    return sentinel(`hash:${key}`);
}
const sha256 = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
/** A sentinel as JSON.stringify writes it inside a hash input. */
function escapedSentinel(text) {
    return JSON.stringify(text).slice(1, -1);
}
const TEMPLATE_RECORD = (0,_host_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .encodePlanRecord */ .lw)('meta', 'template', '1');
const TEMPLATE_START = `${_host_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAN_HEADER */ .se}\n${TEMPLATE_RECORD}`;
/** Host facts for building a release's template: sentinels, and the stack's part of `%{opsworks}` as a deploy computes it. */
function templateFacts(stackName) {
    if (stackName.includes(MARK)) {
        throw new Error('the stack name holds the control character 0x1D, which a release template cannot carry: remove it');
    }
    return {
        hostname: TEMPLATE_SENTINELS.hostname,
        instanceId: TEMPLATE_SENTINELS.instanceId,
        publicIp: TEMPLATE_SENTINELS.publicIp,
        stackName,
        // `<stack> <host>` lower-cased, blanks to `-`: the stack's part is fixed, the host's comes from the host.
        opsworks: (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_3__/* .opsworksName */ .wv)(stackName, '') + TEMPLATE_SENTINELS.hostnameLower,
    };
}
function secretValues(plan) {
    return [
        ...plan.registries.flatMap((login) => [login.username, login.password]),
        ...plan.definitions.flatMap((definition) => definition.env.map((env) => env.value)),
        ...plan.cron.flatMap((cron) => cron.envFiles.flatMap((file) => file.env.map((env) => env.value))),
    ];
}
function withoutSentinels(text, escaped) {
    const names = [...Object.values(TEMPLATE_SENTINELS)];
    let out = text;
    for (const name of names)
        out = out.split(escaped ? escapedSentinel(name) : name).join('');
    return escaped ? out : out.replace(new RegExp(`${MARK}hash:\\d+(?::legacy)?${MARK}`, 'g'), '');
}
/**
 * The template of a plan built by `buildHostPlan(document, templateFacts(stack), options)` (no migration).
 * Throws, saying what to change, for what a joining host could not rebuild exactly.
 */
function encodeReleaseTemplate(plan) {
    if (plan.host.hostname !== TEMPLATE_SENTINELS.hostname || plan.host.instanceId !== TEMPLATE_SENTINELS.instanceId) {
        throw new Error('a release template is made of a plan built with templateFacts(stackName), not with one host’s facts');
    }
    if (plan.migration)
        throw new Error('a release template never runs the migration: build its plan with runMigration false');
    for (const value of secretValues(plan)) {
        if (value.kind === 'ssm' && value.name.includes(MARK)) {
            throw new Error(`the parameter ${JSON.stringify(value.name.split(MARK).join(''))} is named per host: a joining host has none; name one parameter for every host`);
        }
    }
    const legacyHashes = new Map();
    const inputs = plan.definitions.flatMap((definition, d) => {
        const input = (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .definitionHashInput */ .wb)(definition);
        const legacy = (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .definitionLegacyHashInput */ .b5)(definition);
        const legacyHash = definition.legacyHash ?? definition.hash;
        if (input === undefined || legacy === undefined || sha256(input) !== definition.hash || sha256(legacy) !== legacyHash) {
            throw new Error(`definition ${definition.name}: its hash input is unknown; build the template's plan with buildHostPlan`);
        }
        if (legacyHash === definition.hash)
            return [(0,_host_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .encodePlanRecord */ .lw)('hashinput', d, input)];
        legacyHashes.set(d, legacyHash);
        return [(0,_host_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .encodePlanRecord */ .lw)('hashinput', d, input), (0,_host_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .encodePlanRecord */ .lw)('hashinput', `${d}:legacy`, legacy)];
    });
    let body = (0,_host_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeHostPlan */ .U6)(plan).slice(_host_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAN_HEADER */ .se.length + 1);
    if (body.includes(MARK) && withoutSentinels(body, false).includes(MARK)) {
        throw new Error('the document holds the control character 0x1D, which a release template cannot carry: remove it');
    }
    if (body.includes('\\u001d') || inputs.some((input) => withoutSentinels(input, true).includes('\\u001d'))) {
        throw new Error('the document holds the text "\\u001d", which a release template cannot carry: write it another way');
    }
    plan.definitions.forEach((definition, d) => {
        body = body.split(definition.hash).join(hashSentinel(d));
        const legacy = legacyHashes.get(d);
        if (legacy !== undefined)
            body = body.split(legacy).join(hashSentinel(`${d}:legacy`));
    });
    return `${TEMPLATE_START}${inputs.join('')}${body}`;
}
function isReleaseTemplate(text) {
    return text.startsWith(TEMPLATE_START);
}
const HOSTNAME = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;
const PUBLIC_IP = /^(?:|[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f:]{2,39})$/;
const INSTANCE_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/;
/** Refuses facts outside the strict charsets both instantiations accept (so no escaping is ever needed). */
function checkTemplateFacts(facts) {
    if (!HOSTNAME.test(facts.hostname) || facts.hostname.includes('..')) {
        throw new Error(`hostname ${JSON.stringify(facts.hostname)} is not a host name (letters, digits, "." and "-")`);
    }
    if (!PUBLIC_IP.test(facts.publicIp))
        throw new Error(`public IP ${JSON.stringify(facts.publicIp)} is not an IP address`);
    if (!INSTANCE_ID.test(facts.instanceId))
        throw new Error(`instance id ${JSON.stringify(facts.instanceId)} is not an instance id`);
}
/**
 * The template with its host paths moved under `root`. The local world runs several hosts on one machine,
 * each under its own root (BERTH_HOST_ROOT, which the host reports), and a deploy plans each host's paths
 * under the root it reported: a template planned under one of those roots is moved to another host's root
 * before it is instantiated (host/modes/converge.sh does the same). Real hosts report no root and share the
 * host-root input: `root` undefined (or the template's own) leaves the template as it is. A template under
 * "/" cannot be moved (its root is in every path): refused.
 */
function rerootTemplate(template, root) {
    const to = root === undefined ? undefined : root.replace(/\/+$/, '') || '/';
    const record = `${_host_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .RECORD_END */ .Y8}meta${_host_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_END */ .V0}root${_host_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_END */ .V0}`;
    const at = template.indexOf(record);
    const from = at < 0 ? '/' : template.slice(at + record.length, template.indexOf(_host_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_END */ .V0, at + record.length)).replace(/\/+$/, '') || '/';
    if (to === undefined || to === from)
        return template;
    if (from === '/' || to === '/')
        throw new Error(`the release template's paths are under ${from}, which cannot be moved to the host's root ${to}`);
    return template.split(from).join(to);
}
/** The encoded plan of the host with these facts (its stack name is the template's; `facts.opsworks` is ignored). */
function instantiateTemplate(template, facts) {
    if (!isReleaseTemplate(template))
        throw new Error('not a release template (it does not start with the template record)');
    checkTemplateFacts(facts);
    const values = [
        [TEMPLATE_SENTINELS.hostname, facts.hostname],
        [TEMPLATE_SENTINELS.hostnameLower, facts.hostname.toLowerCase()],
        [TEMPLATE_SENTINELS.publicIp, facts.publicIp],
        [TEMPLATE_SENTINELS.instanceId, facts.instanceId],
    ];
    const substitute = (text, escaped) => values.reduce((out, [name, value]) => out.split(escaped ? escapedSentinel(name) : name).join(value), text);
    const records = template.slice(TEMPLATE_START.length).split(_host_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .RECORD_END */ .Y8);
    if (records.pop() !== '')
        throw new Error('the release template is cut short (its last record is not ended)');
    const hashes = new Map();
    const out = [];
    for (const record of records) {
        const [name, definition, input] = record.split(_host_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_END */ .V0);
        if (name === 'hashinput' && definition !== undefined && input !== undefined) {
            hashes.set(sentinel(`hash:${definition}`), (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(substitute(input, true)).digest('hex'));
            continue;
        }
        let text = substitute(record, false);
        for (const [mark, hash] of hashes)
            text = text.split(mark).join(hash);
        if (text.includes(MARK))
            throw new Error('the release template holds a sentinel it gives no value for');
        out.push(text + _host_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .RECORD_END */ .Y8);
    }
    return `${_host_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAN_HEADER */ .se}\n${out.join('')}`;
}


/***/ }),

/***/ 5113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ isFixedAcrossCopies),
/* harmony export */   Zb: () => (/* binding */ rolloutOf),
/* harmony export */   vy: () => (/* binding */ slotValues),
/* harmony export */   xD: () => (/* binding */ isWorker)
/* harmony export */ });
/* unused harmony exports hostPortOf, isFixedAcrossSlots */
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1716);
// Whether a copy can run a second instance beside the old one (zero-downtime swap) or must be
// stopped before its replacement starts. Shared by validation (the notice) and the plan.

function mentions(text, placeholder) {
    return (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenize */ .qw)(text).some((token) => token.kind === 'placeholder' && token.name === placeholder);
}
/** The host side of a `-p` value (`80:80`, `127.0.0.1:80:80`), empty when Docker picks the port. */
function hostPortOf(port) {
    const spec = port.replace(/\/(tcp|udp|sctp)$/, '');
    const parts = spec.split(':');
    if (parts.length < 2)
        return '';
    return parts[parts.length - 2] ?? '';
}
/** A host port that stays the same across copies (`containers` > 1 cannot share it). */
function isFixedAcrossCopies(port) {
    const host = hostPortOf(port);
    return host !== '' && !mentions(host, 'index');
}
/** A host port that stays the same across the two slots of one copy. */
function isFixedAcrossSlots(port) {
    const host = hostPortOf(port);
    return host !== '' && !mentions(host, 'slot');
}
/**
 * The slot values a copy of this definition uses: two when a load-balancer binding gives the slots
 * different addresses and no host port is fixed; otherwise one (stop-then-start).
 */
function slotValues(definition) {
    const binding = definition.load_balancer;
    if (!binding)
        return [''];
    const [first, second] = binding.slots;
    const differ = first !== second && binding.address !== undefined && mentions(binding.address, 'slot');
    if (!differ || definition.ports.some(isFixedAcrossSlots))
        return [first];
    return [first, second];
}
/**
 * A worker: no load-balancer binding and no host port, so two of its copies never clash over an address
 * and its new copy can start beside the old one (under a second name) before the old one stops.
 */
function isWorker(definition) {
    return definition.load_balancer === undefined && definition.ports.every((port) => hostPortOf(port) === '');
}
function rolloutOf(definition, surgeByDefault) {
    if (slotValues(definition).length >= 2)
        return (definition.surge ?? surgeByDefault) ? 'surge' : 'one';
    if (isWorker(definition) && definition.exclusive !== true)
        return 'overlap';
    return 'one';
}


/***/ }),

/***/ 1549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* reexport */ stack_diagnostics/* formatDiagnostic */.xy),
  r: () => (/* binding */ validateStackJson)
});

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/stack/placeholders.ts
var placeholders = __webpack_require__(1716);
// EXTERNAL MODULE: ./src/stack/schema.ts
var schema = __webpack_require__(5449);
// EXTERNAL MODULE: ./src/stack/secrets.ts
var stack_secrets = __webpack_require__(6325);
;// CONCATENATED MODULE: ./src/stack/check-names.ts



/** Container names (definitions, copies, data volumes): docker's rule, as the host checks it. */
const CONTAINER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** haproxy backend and server names, and slot values (they end up in server names and labels). */
const HAPROXY_NAME = /^[A-Za-z0-9_.:-]+$/;
const HAPROXY_ADDRESS = /^[A-Za-z0-9_.:/@-]+$/;
/** App names end up in labels the host reads back as `|`-separated lines. */
const APP_NAME_FORBIDDEN = /[\p{Cc}|\u2028\u2029]/u;
/** The values a placeholder can take where the document cannot know them (host facts). */
const HOST_VALUES = { opsworks: ['stack-host'], public_ip: ['', '203.0.113.10'] };
const MAX_EXPANSIONS = 64;
/** Every value `text` can take for the given placeholder values (host facts in all their forms). */
function expansions(text, values) {
    let out = [''];
    for (const token of (0,placeholders/* tokenize */.qw)(text)) {
        if (token.kind === 'text') {
            out = out.map((prefix) => prefix + token.value);
            continue;
        }
        if (token.kind !== 'placeholder')
            return undefined; // reported by the placeholder checks
        const options = values[token.name] ?? HOST_VALUES[token.name];
        if (options === undefined)
            return undefined;
        out = out.flatMap((prefix) => options.map((option) => prefix + option)).slice(0, MAX_EXPANSIONS);
    }
    return out;
}
/** A host path that some placeholder value turns into one with a `..` step (out of the host root). */
function escapesHostRoot(path, values) {
    if (path.split('/').includes('..'))
        return true;
    const all = expansions(path, values);
    return all !== undefined && all.some((value) => value.split('/').includes('..'));
}
/** The values a copy's placeholders take where the copy is named (`app_name` is `web0`, as in hostname, command, health). */
function copyValues(name, definition) {
    const count = Math.max(1, definition.containers);
    const indexes = Array.from({ length: count }, (_, i) => String(i));
    return {
        app_name: indexes.map((i) => `${name}${i}`),
        index: indexes,
        slot: definition.load_balancer?.slots ?? [''],
    };
}
function checkHostPath(value, path, what, values, reporter) {
    if (escapesHostRoot(value, values)) {
        reporter.error('host-path', path, `${what} can leave the host root: a ".." step (or a placeholder that may be empty, such as %{public_ip}, next to one) points outside it; write the path without ".."`);
    }
}
/** The host side of a `-v` value (`/srv/x:/data`); undefined for named and anonymous volumes. */
function hostSide(spec) {
    const colon = spec.indexOf(':');
    return colon > 0 && spec.startsWith('/') ? spec.slice(0, colon) : undefined;
}
function checkLoadBalancer(name, definition, path, reporter) {
    const binding = definition.load_balancer;
    if (!binding)
        return;
    const at = [...path, 'load_balancer'];
    if (!HAPROXY_NAME.test(binding.backend)) {
        reporter.error('load-balancer', [...at, 'backend'], `load_balancer.backend ${JSON.stringify(binding.backend)} has characters haproxy's runtime API cannot take: use letters, digits and "_.:-"`);
    }
    binding.slots.forEach((slot, index) => {
        if (slot !== '' && !HAPROXY_NAME.test(slot)) {
            reporter.error('load-balancer', [...at, 'slots', index], `slot ${JSON.stringify(slot)} ends up in server names and labels: use letters, digits and "_.:-" (or "")`);
        }
    });
    const values = copyValues(name, definition);
    const servers = expansions(binding.server, values);
    if (servers?.some((server) => server === '')) {
        reporter.error('load-balancer', [...at, 'server'], 'load_balancer.server can be empty for a copy: each copy needs its own server name, e.g. "%{app_name}%{slot}"');
    }
    else if (servers?.some((server) => !HAPROXY_NAME.test(server))) {
        reporter.error('load-balancer', [...at, 'server'], 'load_balancer.server gives a server name haproxy\'s runtime API cannot take: use letters, digits, "_.:-" and placeholders');
    }
    if (binding.address !== undefined) {
        const addresses = expansions(binding.address, values);
        if (addresses?.some((address) => address !== '' && !HAPROXY_ADDRESS.test(address))) {
            reporter.error('load-balancer', [...at, 'address'], 'load_balancer.address gives an address haproxy cannot take: use "host:port" or "unix@/path" with letters, digits, "_.:/@-" and placeholders');
        }
        if (binding.address.startsWith('unix@'))
            checkHostPath(binding.address.slice(5), [...at, 'address'], 'load_balancer.address', values, reporter);
    }
    checkHostPath(binding.admin_socket, [...at, 'admin_socket'], 'load_balancer.admin_socket', { app_name: [name] }, reporter);
}
function checkHealthPort(name, definition, path, reporter) {
    const health = definition.health;
    if (health === undefined || health === 'docker' || !('http' in health))
        return;
    const values = copyValues(name, definition);
    if (health.port !== undefined) {
        const ports = expansions(health.port, values);
        const bad = ports?.find((port) => !/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535);
        if (bad !== undefined) {
            reporter.error('health', [...path, 'health', 'port'], `health.port must be a port number from 1 to 65535 for every copy (one copy gets ${JSON.stringify(bad.slice(0, 40))}): use a number such as 3000, or "300%{index}"`);
        }
    }
    if (health.socket !== undefined)
        checkHostPath(health.socket, [...path, 'health', 'socket'], 'health.socket', values, reporter);
}
/** Several things whose names differ only in case or punctuation but become the same file or parameter. */
function checkMeetings(items, what, reporter) {
    const first = new Map();
    for (const item of items) {
        const earlier = first.get(item.key);
        if (earlier === undefined)
            first.set(item.key, item.label);
        else if (earlier !== item.label)
            reporter.error('name-clash', item.path, what(earlier, item.label, item.key), { key: true });
    }
}
function checkNames(document, reporter) {
    for (const app of Object.keys(document.deploy)) {
        if (APP_NAME_FORBIDDEN.test(app)) {
            reporter.error('app-name', ['deploy', app], `app name ${JSON.stringify(app)} holds a line break, "|" or a control character, which the host cannot read back from container labels: use letters, digits, blanks and "_.-"`, { key: true });
        }
        if (app === '.' || app === '..') {
            reporter.error('app-name', ['deploy', app], `app name "${app}" is a directory step: the host keeps each app's records under /var/lib/berth/plans/<app>, which "${app}" would turn into another directory; use letters, digits, blanks and "_.-"`, { key: true });
        }
    }
    // The host names an app's state file and plan records by the name with "/" as "_" (app_file in host/lib/util.sh).
    checkMeetings(Object.keys(document.deploy).map((app) => ({ key: app.replaceAll('/', '_'), label: app, path: ['deploy', app] })), (a, b, shared) => `apps "${a}" and "${b}" would share their records on the host (/var/lib/berth/${shared}.state and plans/${shared}; "/" becomes "_"): rename one`, reporter);
    checkMeetings(Object.keys(document.deploy).map((app) => ({ key: (0,stack_secrets/* slug */.yR)(app), label: app, path: ['deploy', app] })), (a, b, shared) => `apps "${a}" and "${b}" would share the cron file /etc/cron.d/berth-${shared}, the env directory and Parameter Store names (both become "${shared}"): rename one`, reporter);
    checkMeetings(Object.keys(document.docker?.registries ?? {}).map((host) => ({ key: (0,stack_secrets/* level */.Rc)(host), label: host, path: ['docker', 'registries', host] })), (a, b, shared) => `registries "${a}" and "${b}" would share the Parameter Store name of their password (registries/${shared}/password): write the host once`, reporter);
    const definitions = (0,schema/* listDefinitions */.Pb)(document);
    for (const app of Object.keys(document.deploy)) {
        checkMeetings(definitions
            .filter((d) => d.app === app && d.definition.deploy === 'cron')
            .map((d) => ({ key: (0,stack_secrets/* slug */.yR)(d.name), label: d.name, path: d.path })), (a, b, shared) => `cron definitions "${a}" and "${b}" of app "${app}" would share the env file ${shared}.env: rename one`, reporter);
    }
    for (const { name, definition, path } of definitions) {
        if (!CONTAINER_NAME.test(name)) {
            reporter.error('definition-name', path, `definition name ${JSON.stringify(name)} is not a valid container name: use letters, digits and "_.-", starting with a letter or digit`, { key: true });
        }
        const values = copyValues(name, definition);
        definition.volumes.forEach((spec, index) => {
            const host = hostSide(spec);
            if (host !== undefined)
                checkHostPath(host, [...path, 'volumes', index], "this volume's host path", { app_name: [name], index: values.index, slot: values.slot }, reporter);
        });
        checkLoadBalancer(name, definition, path, reporter);
        checkHealthPort(name, definition, path, reporter);
    }
    for (const volume of (0,schema/* listDataVolumes */.W8)(document)) {
        if (!CONTAINER_NAME.test(volume.name)) {
            reporter.error('data-volume-name', volume.path, `data volume name ${JSON.stringify(volume.name)} is not a valid container name: use letters, digits and "_.-", starting with a letter or digit`, { key: true });
        }
        volume.volumes.forEach((spec, index) => {
            const host = hostSide(spec);
            if (host !== undefined)
                checkHostPath(host, [...volume.path, 'volumes', index], "this data volume's host path", { app_name: [volume.name] }, reporter);
        });
    }
}

// EXTERNAL MODULE: ./src/stack/command.ts
var command = __webpack_require__(245);
// EXTERNAL MODULE: ./src/stack/credential-values.ts
var credential_values = __webpack_require__(7638);
// EXTERNAL MODULE: ./src/stack/environment.ts
var environment = __webpack_require__(7569);
;// CONCATENATED MODULE: ./src/stack/check-values.ts
// Checks on single values: placeholders and %{ssm:...} references, commands, cron fields, tags,
// health settings. Messages never quote a value that may be a secret.






const hostNames = ['app_name', 'opsworks', 'public_ip'];
const copyNames = [...hostNames, 'index', 'slot'];
function checkPlaceholders(value, path, rules, reporter) {
    const tokens = (0,placeholders/* tokenize */.qw)(value);
    if (rules.secret) {
        checkSecretPlaceholders(tokens, path, rules, reporter);
        return;
    }
    for (const token of tokens) {
        if (token.kind === 'unclosed') {
            reporter.error('placeholder', path, `${rules.what} has a "%{" without a closing "}": close the placeholder, or write "%%{" for a literal "%{"`);
        }
        else if (token.kind === 'ssm') {
            if (!rules.ssm) {
                reporter.error('ssm-reference', path, `%{ssm:...} is not allowed in ${rules.what}: secret references work in env values, database fields, registry credentials and the Rollbar access_token`);
            }
            else if (!(0,placeholders/* isValidSsmName */.rf)(token.name)) {
                reporter.error('ssm-reference', path, `malformed reference %{ssm:${token.name}} in ${rules.what}: name a parameter like %{ssm:/acme/prod/db_password} (letters, digits, "_.-", levels separated by "/")`);
            }
            else if (tokens.length !== 1) {
                reporter.error('ssm-reference', path, `%{ssm:${token.name}} must be the whole value of ${rules.what}, not part of it: store the full value in the parameter`);
            }
        }
        else if (token.kind === 'placeholder' && !rules.allowed.includes(token.name)) {
            const where = (token.name === 'index' || token.name === 'slot') && copyNames.includes(token.name)
                ? ` (%{${token.name}} only works in hostname, command, ports, volumes, health and load_balancer)`
                : '';
            reporter.error('placeholder', path, `unknown placeholder %{${token.name}} in ${rules.what}${where}: use ${rules.allowed.map((n) => `%{${n}}`).join(', ')}, or "%%" for a literal "%"`);
        }
    }
}
/** The same checks for a secret value: one message per problem kind, naming the key, quoting nothing. */
function checkSecretPlaceholders(tokens, path, rules, reporter) {
    const problems = new Set();
    const allowed = rules.allowed.map((n) => `%{${n}}`).join(', ');
    for (const token of tokens) {
        if (token.kind === 'unclosed')
            problems.add(`has a "%{" without a closing "}": close the placeholder, or write "%%{" for a literal "%{"`);
        else if (token.kind === 'ssm' && !(0,placeholders/* isValidSsmName */.rf)(token.name))
            problems.add('holds a malformed %{ssm:...} reference: name a parameter like %{ssm:/acme/prod/db_password} (letters, digits, "_.-", levels separated by "/")');
        else if (token.kind === 'ssm' && tokens.length !== 1)
            problems.add('holds a %{ssm:...} reference as part of the value: it must be the whole value; store the full value in the parameter');
        else if (token.kind === 'placeholder' && !rules.allowed.includes(token.name)) {
            problems.add(`holds an unknown placeholder: ${allowed === '' ? 'placeholders do not work here' : `use ${allowed}`}, or "%%" for a literal "%"`);
        }
    }
    for (const problem of problems)
        reporter.error(problem.includes('ssm') ? 'ssm-reference' : 'placeholder', path, `${rules.what} ${problem} (the value is not shown)`);
}
/** Fields holding only a value or a whole %{ssm:...} reference (no interpolation). */
function checkSecretField(value, path, what, reporter, secret = false) {
    if (!value.startsWith('%{ssm:') && !value.startsWith('%{ ssm'))
        return;
    checkPlaceholders(value, path, { allowed: [], ssm: true, what, secret }, reporter);
}
/** A value quoted in a message, cut short so one message stays readable. */
function quote(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}
/** Env keys an env file and `docker run -e` carry as they are (`#KEY` would be a comment line, its value lost). */
const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
function checkCommand(value, path, what, reporter) {
    try {
        const { shellSyntax } = (0,command/* analyzeCommand */.k5)(value);
        if (shellSyntax.length > 0) {
            const suggestion = value.length > 200 ? "wrap it in sh -c '...'" : `write: sh -c ${(0,command/* posixQuote */.MT)(value)}`;
            reporter.warning('shell-syntax', path, `${what} uses shell syntax (${shellSyntax.join(' ')}) that the old host shell interpreted; berth runs it without a shell. If you need the shell, ${suggestion}`);
        }
    }
    catch (error) {
        if (!(error instanceof command/* CommandSyntaxError */.lO))
            throw error;
        reporter.error('command-syntax', path, `${what} cannot be split into arguments: ${error.message}`);
    }
}
const cronRanges = { minute: [0, 59], hour: [0, 23], weekday: [0, 7] };
const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
function cronFieldProblem(field, value) {
    const [min, max] = cronRanges[field];
    const number = (text) => {
        const day = field === 'weekday' ? weekdays.indexOf(text.toLowerCase()) : -1;
        if (day >= 0)
            return day;
        return /^\d+$/.test(text) ? Number(text) : NaN;
    };
    for (const part of value.split(',')) {
        const match = /^(\*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/(\d+))?$/.exec(part);
        if (!match)
            return `"${value}" is not a cron ${field}: use a number ${min}-${max}, "*", a range "1-5", a list "1,3" or a step "*/15"`;
        if (match[2] !== undefined && Number(match[2]) < 1)
            return `step "/${match[2]}" must be at least 1`;
        if (match[1] === '*')
            continue;
        for (const bound of (match[1] ?? '').split('-')) {
            const n = number(bound);
            if (Number.isNaN(n) || n < min || n > max)
                return `cron ${field} "${bound}" is out of range: use ${min}-${max}`;
        }
    }
    return undefined;
}
const tagPattern = /^(?:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}|(?:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}@)?sha256:[a-f0-9]{64})$/;
function checkValues(document, reporter) {
    for (const [host, login] of Object.entries(document.docker?.registries ?? {})) {
        checkSecretField(login.username, ['docker', 'registries', host, 'username'], 'a registry username', reporter);
        checkSecretField(login.password, ['docker', 'registries', host, 'password'], 'a registry password', reporter, true);
    }
    for (const [app, spec] of Object.entries(document.deploy)) {
        for (const [field, value] of Object.entries(spec.database ?? {})) {
            if (value !== undefined)
                checkSecretField(value, ['deploy', app, 'database', field], `database.${field}`, reporter, field === 'password');
        }
    }
    for (const volume of (0,schema/* listDataVolumes */.W8)(document)) {
        volume.volumes.forEach((value, i) => checkPlaceholders(value, [...volume.path, 'volumes', i], { allowed: hostNames, ssm: false, what: 'a data volume path' }, reporter));
    }
    for (const { definition, path, name } of (0,schema/* listDefinitions */.Pb)(document)) {
        const longRunning = (0,schema/* isLongRunning */.uR)(definition);
        if (!tagPattern.test(definition.tag)) {
            reporter.error('tag', [...path, 'tag'], `tag ${quote(definition.tag)} is not a Docker tag: use letters, digits, "_.-" (up to 128), or a digest "sha256:<64 hex>"`);
        }
        for (const [key, value] of Object.entries(definition.env)) {
            if (!ENV_KEY.test(key)) {
                reporter.error('env-key', [...path, 'env', key], `env key ${quote(key)} is not a variable name (an env file would drop or misread it): start with a letter or "_", then letters, digits, "_", "." or "-"`, { key: true });
            }
            const secret = (0,stack_secrets/* isSecretKey */.uE)(key);
            const what = secret ? `env ${key} (a secret)` : `env ${key}`;
            checkPlaceholders(value, [...path, 'env', key], { allowed: hostNames, ssm: true, what, secret }, reporter);
        }
        const lists = [
            ['volumes', copyNames],
            ['ports', copyNames],
            ['volumes_from', hostNames],
            ['links', hostNames],
        ];
        for (const [field, allowed] of lists) {
            definition[field].forEach((value, i) => checkPlaceholders(value, [...path, field, i], { allowed: [...allowed], ssm: false, what: field }, reporter));
        }
        if (definition.hostname !== undefined) {
            checkPlaceholders(definition.hostname, [...path, 'hostname'], { allowed: copyNames, ssm: false, what: 'hostname' }, reporter);
        }
        if (definition.command !== undefined) {
            // Only the long-running command is interpolated; cron commands keep `%{` literally (old behaviour).
            if (longRunning)
                checkPlaceholders(definition.command, [...path, 'command'], { allowed: copyNames, ssm: false, what: 'command' }, reporter);
            checkCommand(definition.command, [...path, 'command'], 'command', reporter);
        }
        if (definition.deploy === 'cron' && definition.command !== undefined && /[\r\n]/.test(definition.command.trim())) {
            reporter.error('cron', [...path, 'command'], 'a cron command cannot hold a line break (a crontab line ends there): put the steps in a script in the image');
        }
        if (definition.migration !== undefined)
            checkCommand(definition.migration, [...path, 'migration'], 'migration', reporter);
        const token = definition.notifications?.rollbar?.access_token;
        if (token !== undefined)
            checkSecretField(token, [...path, 'notifications', 'rollbar', 'access_token'], 'the Rollbar access_token', reporter, true);
        if (definition.cron) {
            for (const field of ['minute', 'hour', 'weekday']) {
                const problem = cronFieldProblem(field, definition.cron[field]);
                if (problem)
                    reporter.error('cron', [...path, 'cron', field], `${problem} (definition "${name}")`);
            }
        }
        checkHealth(definition, path, reporter);
        checkLineBreaks(document, { definition, path, name }, reporter);
    }
    (0,credential_values/* checkCredentials */.vG)(document, reporter);
}
const hasLineBreak = (value) => /[\r\n]/.test(value);
const SHELL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Values the host cannot pass (the host script fails on them): a line break in a cron job's env (its env
 * file has one line per variable), and in a secret whose name is no shell name (it travels as one).
 * The messages name the key only: the value may be a secret.
 */
function checkLineBreaks(document, entry, reporter) {
    const { definition, path, name } = entry;
    const app = String(path[1]);
    if (definition.deploy === 'cron') {
        const inherited = definition.env_from !== undefined ? ((0,environment/* findDefinition */.Jn)(document, app, definition.env_from)?.env ?? {}) : {};
        for (const [key, value] of Object.entries({ ...inherited, ...definition.env })) {
            if (!hasLineBreak(value))
                continue;
            const own = Object.hasOwn(definition.env, key);
            reporter.error('env-value', own ? [...path, 'env', key] : [...path, 'env_from'], `env ${key}${own ? '' : ` (from env_from "${definition.env_from ?? ''}")`} holds a line break, which the env file of cron job "${name}" cannot carry: remove it, or keep the value in the image`);
        }
        return;
    }
    for (const [key, value] of Object.entries(definition.env)) {
        if ((0,stack_secrets/* isSecretKey */.uE)(key) && hasLineBreak(value) && !SHELL_NAME.test(key)) {
            reporter.error('env-value', [...path, 'env', key], `secret env ${key} holds a line break, which the host passes only under a shell variable name: rename it with letters, digits and "_"`, { key: true });
        }
    }
}
function checkHealth(definition, path, reporter) {
    const health = definition.health;
    const binding = definition.load_balancer;
    const rules = (what) => ({ allowed: copyNames, ssm: false, what });
    if (health !== undefined && health !== 'docker') {
        if ('http' in health) {
            if (!health.http.startsWith('/'))
                reporter.error('health', [...path, 'health', 'http'], `health.http "${health.http}" must be a path starting with "/", e.g. "/up"`);
            if (health.port !== undefined)
                checkPlaceholders(health.port, [...path, 'health', 'port'], rules('health.port'), reporter);
            if (health.socket !== undefined)
                checkPlaceholders(health.socket, [...path, 'health', 'socket'], rules('health.socket'), reporter);
            if (health.port === undefined && health.socket === undefined && binding?.address === undefined) {
                reporter.error('health', [...path, 'health'], 'health.http needs "port" or "socket" (or a load_balancer address to probe): say where the container listens');
            }
        }
        else {
            checkPlaceholders(health.cmd, [...path, 'health', 'cmd'], rules('health.cmd'), reporter);
            checkCommand(health.cmd, [...path, 'health', 'cmd'], 'health.cmd', reporter);
        }
    }
    if (binding) {
        checkPlaceholders(binding.admin_socket, [...path, 'load_balancer', 'admin_socket'], { allowed: hostNames, ssm: false, what: 'load_balancer.admin_socket' }, reporter);
        checkPlaceholders(binding.server, [...path, 'load_balancer', 'server'], rules('load_balancer.server'), reporter);
        if (binding.address !== undefined)
            checkPlaceholders(binding.address, [...path, 'load_balancer', 'address'], rules('load_balancer.address'), reporter);
        if (binding.slots[0] === binding.slots[1]) {
            reporter.error('load-balancer', [...path, 'load_balancer', 'slots'], 'load_balancer.slots must be two different values, e.g. ["", "_b"]');
        }
    }
    if (definition.deploy === 'cron' && (binding || definition.ports.length > 0)) {
        reporter.warning('cron-options', path, 'a cron definition runs no long-lived copy: its ports and load_balancer are ignored, remove them', { key: true });
    }
}

// EXTERNAL MODULE: ./src/stack/hostname.ts
var stack_hostname = __webpack_require__(4563);
;// CONCATENATED MODULE: ./src/stack/check-docker-syntax.ts




/** Longest repository name docker accepts (distribution's reference grammar). */
const MAX_NAME_LENGTH = 255;
/** A registry host: DNS labels (any case), or an IPv4 address; an optional port. Or a bracketed IPv6 address. */
const DOMAIN = /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
/** One path component of a repository: lowercase letters and digits, joined by ".", "_", "__" or dashes. */
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** Why `image` is not a repository docker can pull (without tag or digest), or undefined when it is. */
function imageProblem(image) {
    if (image.trim() === '')
        return 'image is empty: name the repository, e.g. "quay.io/acme/app"';
    if (image.length > MAX_NAME_LENGTH)
        return `image has ${image.length} characters, more than the ${MAX_NAME_LENGTH} docker accepts`;
    const components = image.split('/');
    const first = components[0] ?? '';
    // docker's rule: the first component is a registry host when it has a "." or a ":", is localhost, or has capitals.
    const hasDomain = components.length > 1 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
    const path = hasDomain ? components.slice(1) : components;
    const last = path.at(-1) ?? '';
    if (last.includes('@')) {
        return `image ${quote(image)} carries a digest: put the repository in "image" and "sha256:..." in "tag"`;
    }
    if (last.includes(':')) {
        const tag = last.slice(last.indexOf(':') + 1);
        return `image ${quote(image)} carries a tag: put the repository in "image" and ${quote(tag)} in "tag"`;
    }
    if (hasDomain && !DOMAIN.test(first)) {
        return `image ${quote(image)} starts with ${quote(first)}, which is not a registry host: use a host name or address with an optional port, e.g. "quay.io" or "registry.local:5000"`;
    }
    const bad = path.find((component) => !PATH_COMPONENT.test(component));
    if (bad !== undefined) {
        const why = bad === '' ? 'an empty part (a doubled or trailing "/")' : `the part ${quote(bad)}`;
        return `image ${quote(image)} is not a Docker repository name: ${why}; each part after the registry host is lowercase letters and digits, joined by ".", "_" or "-" (e.g. "quay.io/acme/web-app")`;
    }
    return undefined;
}
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);
/** A port or a range `a-b` (1 to 65535, a <= b): its length (1 for a single port), or undefined. */
function portRange(text) {
    const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
    if (!match)
        return undefined;
    const start = Number(match[1]);
    const end = match[2] === undefined ? start : Number(match[2]);
    if (start < 1 || end > 65535 || end < start)
        return undefined;
    return end - start + 1;
}
/** Why docker run -p would refuse `spec`, or undefined when it takes it. */
function portMappingProblem(spec) {
    let rest = spec;
    const slash = rest.lastIndexOf('/');
    if (slash >= 0) {
        const protocol = rest.slice(slash + 1);
        if (!PROTOCOLS.has(protocol))
            return `the protocol ${quote(protocol)} is not tcp, udp or sctp`;
        rest = rest.slice(0, slash);
    }
    let ip;
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']:');
        if (close < 0)
            return 'a bracketed IPv6 address must be followed by ":" and the ports';
        ip = rest.slice(0, close + 1);
        if (!/^\[[0-9a-fA-F:]+\]$/.test(ip))
            return `${quote(ip)} is not an IPv6 address`;
        rest = rest.slice(close + 2);
    }
    const parts = rest.split(':');
    if (ip === undefined && parts.length === 3)
        ip = parts.shift();
    else if (ip !== undefined && parts.length !== 2)
        return 'after the IPv6 address comes "HOST_PORT:CONTAINER_PORT"';
    if (parts.length > 2)
        return 'too many ":" (an IPv6 address goes in brackets: "[::1]:8080:80")';
    if (ip !== undefined && ip !== '' && !ip.startsWith('[')) {
        const octets = IPV4.exec(ip);
        if (!octets || octets.slice(1).some((o) => Number(o) > 255))
            return `${quote(ip)} is not an IPv4 address`;
    }
    const container = parts.pop() ?? '';
    const host = parts.pop();
    const containerPorts = portRange(container);
    if (containerPorts === undefined)
        return `the container port ${quote(container)} is not a port (1-65535) or a range "8000-8009"`;
    if (host === undefined || host === '')
        return undefined;
    const hostPorts = portRange(host);
    if (hostPorts === undefined)
        return `the host port ${quote(host)} is not a port (1-65535) or a range "8000-8009"`;
    if (containerPorts > 1 && hostPorts !== containerPorts)
        return 'a container port range needs a host range of the same length';
    return undefined;
}
const MOUNT_OPTIONS = [['rw', 'ro'], ['z', 'Z'], ['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'], ['nocopy']];
/** A named volume (docker volume create's rule). */
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
/** Why docker's mount mode `mode` ("ro", "rw,Z", ...) is refused, or undefined. */
function mountModeProblem(mode) {
    const seen = new Set();
    for (const option of mode.split(',')) {
        const group = MOUNT_OPTIONS.findIndex((options) => options.includes(option));
        if (group < 0)
            return `the mode ${quote(option)} is none of ro, rw, z, Z, nocopy, shared, slave, private (r-)`;
        if (seen.has(group))
            return `the mode ${quote(mode)} sets the same thing twice`;
        seen.add(group);
    }
    return undefined;
}
/** Why docker run -v would refuse `spec` (Linux: [SOURCE:]DESTINATION[:MODE]), or undefined. */
function volumeProblem(spec) {
    const parts = spec.split(':');
    if (parts.length > 3)
        return 'too many ":"';
    const destination = parts.length === 1 ? parts[0] : parts[1];
    const source = parts.length === 1 ? undefined : parts[0];
    const mode = parts[2];
    if (parts.length === 2 && mountModeProblem(parts[1] ?? '') === undefined) {
        return 'a container path with a mode but no source: write "/host/path:/container/path:mode"';
    }
    if (destination === undefined || !destination.startsWith('/')) {
        return `the container path ${quote(destination ?? '')} is not absolute`;
    }
    if (/^\/+$/.test(destination))
        return 'the container path cannot be "/"';
    if (source !== undefined && !source.startsWith('/') && !VOLUME_NAME.test(source)) {
        return `the source ${quote(source)} is neither an absolute host path nor a volume name (letters, digits, "_.-", two or more)`;
    }
    return mode === undefined ? undefined : mountModeProblem(mode);
}
/**
 * Reports the first value a copy gives `spec` (its placeholders expanded: an unknown one is reported by
 * the placeholder checks) that `problem` refuses.
 */
function checkEachValue(spec, values, problem, report) {
    for (const expanded of expansions(spec, values) ?? []) {
        const found = problem(expanded);
        if (found === undefined)
            continue;
        report(`${expanded === spec ? '' : ` (one copy gets ${quote(expanded)})`}: ${found}`);
        return;
    }
}
function checkDockerSyntax(document, reporter) {
    for (const { definition, path, name } of (0,schema/* listDefinitions */.Pb)(document)) {
        const image = imageProblem(definition.image);
        if (image !== undefined)
            reporter.error('image', [...path, 'image'], image);
        // As the plan fills them in (src/stack/plan.ts): `app_name` is the definition's name in ports and
        // volumes, the copy's name in the hostname.
        const copies = copyValues(name, definition);
        const values = { ...copies, app_name: [name] };
        // Only long-running copies get -p and --hostname: a cron job ignores both, as the cookbook did.
        const longRunning = (0,schema/* isLongRunning */.uR)(definition);
        (longRunning ? definition.ports : []).forEach((spec, index) => checkEachValue(spec, values, portMappingProblem, (why) => reporter.error('port', [...path, 'ports', index], `ports entry is not a docker port mapping${why}; use "8080:80", "127.0.0.1:8080:80", "80", "8000-8009:8000-8009", with "/udp" or "/sctp" for another protocol`)));
        definition.volumes.forEach((spec, index) => checkEachValue(spec, values, volumeProblem, (why) => reporter.error('volume', [...path, 'volumes', index], `volumes entry is not a docker volume${why}; use "/host/path:/container/path", "/host/path:/container/path:ro", "name:/container/path" or "/container/path"`)));
        if (definition.hostname !== undefined && longRunning) {
            // Host facts empty: what is too long then is too long on any host.
            checkEachValue(definition.hostname, { ...copies, opsworks: [''], public_ip: [''] }, (hostname) => (hostname.length > stack_hostname/* MAX_HOSTNAME_LENGTH */.gb ? `it has ${hostname.length} characters` : undefined), (why) => reporter.error('hostname', [...path, 'hostname'], `hostname is too long for a container${why}; a container's hostname has at most ${stack_hostname/* MAX_HOSTNAME_LENGTH */.gb} (even with empty host facts this one is longer), or the copy cannot start: shorten it`));
        }
    }
    for (const volume of (0,schema/* listDataVolumes */.W8)(document)) {
        volume.volumes.forEach((spec, index) => checkEachValue(spec, { app_name: [volume.name] }, volumeProblem, (why) => reporter.error('volume', [...volume.path, 'volumes', index], `data volume path is not a docker volume${why}; use a container path such as "/var/static" (or "/host/path:/container/path")`)));
    }
}

// EXTERNAL MODULE: ./src/stack/diagnostics.ts
var stack_diagnostics = __webpack_require__(516);
;// CONCATENATED MODULE: ./src/stack/check-keys.ts


/** Edit distance, for "did you mean" on near-miss keys such as `volume_from`. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
function closestKey(key, known) {
    const limit = Math.max(2, Math.floor(key.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const candidate of known) {
        // The distance is at least the difference in length: skip the quadratic work for long keys.
        if (Math.abs(candidate.length - key.length) > limit)
            continue;
        const distance = editDistance(key.toLowerCase(), candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
function propertiesOf(node) {
    if (node?.type !== 'object')
        return [];
    return (node.children ?? []).flatMap((property) => {
        const keyNode = property.children?.[0];
        return keyNode ? [{ key: String(keyNode.value), value: property.children?.[1], keyNode }] : [];
    });
}
function child(node, key) {
    return propertiesOf(node).find((p) => p.key === key)?.value;
}
function isDefinitionGroup(path) {
    return path.length === 4 && path[0] === 'deploy' && path[2] === 'containers' && typeof path[3] === 'number';
}
/** At or below a definition object (`deploy.<app>.containers[i].<name>...`). */
function isInsideDefinition(path) {
    return path.length >= 5 && path[0] === 'deploy' && path[2] === 'containers' && typeof path[3] === 'number';
}
/**
 * Duplicate keys: an error among definition names (two containers would share a name) and inside a
 * definition (a tag merge edits the first `tag`, the deploy runs the last); elsewhere a warning.
 * `path` is pushed and popped along the walk, and copied only for a report.
 */
function checkDuplicateKeys(node, path, reporter) {
    if (!node)
        return;
    if (node.type === 'array') {
        const items = node.children ?? [];
        for (let index = 0; index < items.length; index++) {
            path.push(index);
            checkDuplicateKeys(items[index], path, reporter);
            path.pop();
        }
        return;
    }
    if (node.type !== 'object')
        return;
    const seen = new Set();
    for (const property of node.children ?? []) {
        const [keyNode, value] = property.children ?? [];
        if (!keyNode)
            continue;
        const key = String(keyNode.value);
        if (seen.has(key))
            reportDuplicate(key, keyNode, path, reporter);
        seen.add(key);
        path.push(key);
        checkDuplicateKeys(value, path, reporter);
        path.pop();
    }
}
function reportDuplicate(key, keyNode, path, reporter) {
    const at = [...path, key];
    if (isDefinitionGroup(path)) {
        reporter.reportSpan('error', 'duplicate-definition', at, keyNode, `definition "${(0,stack_diagnostics/* shortName */.EU)(key)}" is defined twice: rename one of them`);
    }
    else if (isInsideDefinition(path)) {
        reporter.reportSpan('error', 'duplicate-key', at, keyNode, `key "${(0,stack_diagnostics/* shortName */.EU)(key)}" appears twice in definition "${(0,stack_diagnostics/* shortName */.EU)(String(path[4]))}": the deploy uses the last one, a tag merge edits the first; remove one`);
    }
    else {
        reporter.reportSpan('warning', 'duplicate-key', at, keyNode, `key "${(0,stack_diagnostics/* shortName */.EU)(key)}" appears twice in this object and only the last one counts: remove one`);
    }
}
function checkKeys(node, path, rule, reporter) {
    for (const { key } of propertiesOf(node)) {
        if (rule.known.includes(key))
            continue;
        const guess = closestKey(key, rule.known);
        const hint = guess ? `did you mean "${guess}"?` : `known keys: ${rule.known.join(', ')}`;
        const effect = rule.severity === 'error' ? 'is not allowed' : 'is ignored';
        reporter.report(rule.severity, 'unknown-key', [...path, key], `unknown key "${(0,stack_diagnostics/* shortName */.EU)(key)}" in ${rule.where} ${effect}: ${hint}`, {
            key: true,
        });
    }
}
const keysOf = (schema) => Object.keys(schema.shape);
const nestedRules = [
    ['cron', keysOf(schema/* cronSchema */.u3)],
    ['notifications', keysOf(schema/* notificationsSchema */.uY)],
    ['load_balancer', keysOf(schema/* loadBalancerSchema */.m6)],
    ['log', keysOf(schema/* logSchema */.k6)],
];
function checkDefinition(node, path, name, reporter) {
    const where = `definition "${(0,stack_diagnostics/* shortName */.EU)(name)}"`;
    checkKeys(node, path, { known: schema/* definitionKeys */.i_, severity: 'warning', where }, reporter);
    for (const [key, known] of nestedRules) {
        checkKeys(child(node, key), [...path, key], { known, severity: 'warning', where: `${key} of ${where}` }, reporter);
    }
    const rollbar = child(child(node, 'notifications'), 'rollbar');
    checkKeys(rollbar, [...path, 'notifications', 'rollbar'], { known: keysOf(schema/* rollbarSchema */.W0), severity: 'warning', where: `notifications.rollbar of ${where}` }, reporter);
    const health = child(node, 'health');
    const variant = child(health, 'http') !== undefined ? schema/* httpHealthSchema */.s1 : child(health, 'cmd') !== undefined ? schema/* commandHealthSchema */.rS : undefined;
    if (variant)
        checkKeys(health, [...path, 'health'], { known: keysOf(variant), severity: 'warning', where: `health of ${where}` }, reporter);
}
function checkDocker(docker, reporter) {
    if (docker.value?.type !== 'object')
        return;
    // The cookbook's Setup ran `node["docker"]["registries"].each`: any other key there was a mistake.
    checkKeys(docker.value, ['docker'], { known: ['registries'], severity: 'error', where: 'docker (the cookbook read only "registries")' }, reporter);
    const registries = child(docker.value, 'registries');
    if (registries === undefined) {
        reporter.error('docker-registries', ['docker'], '"docker" has no "registries", which crashed the cookbook\'s Setup: add "registries": {"<registry host>": {"username": "...", "password": "..."}} (or {}), or remove "docker"', { key: true });
    }
    for (const host of propertiesOf(registries)) {
        checkKeys(host.value, ['docker', 'registries', host.key], { known: keysOf(schema/* registrySchema */.FA), severity: 'warning', where: `the login for registry "${(0,stack_diagnostics/* shortName */.EU)(host.key)}"` }, reporter);
    }
}
function checkApp(app, reporter) {
    if (app.value?.type !== 'object')
        return;
    const path = ['deploy', app.key];
    for (const { key } of propertiesOf(app.value)) {
        if (schema/* appKeys */.Wm.includes(key))
            continue;
        const guess = closestKey(key, schema/* appKeys */.Wm);
        const hint = guess
            ? `did you mean "${guess}"?`
            : "berth reads only containers, data_volumes and database (other layers' app settings may stay)";
        reporter.warning('unknown-key', [...path, key], `key "${(0,stack_diagnostics/* shortName */.EU)(key)}" of app "${(0,stack_diagnostics/* shortName */.EU)(app.key)}" is ignored: ${hint}`, {
            key: true,
        });
    }
    const containers = child(app.value, 'containers');
    if (containers === undefined) {
        reporter.warning('no-containers', path, `app "${(0,stack_diagnostics/* shortName */.EU)(app.key)}" has no "containers", so nothing runs for it (the cookbook skipped such apps): add "containers": [{"<name>": {...}}] if it is meant for berth`, { key: true });
    }
    (child(app.value, 'data_volumes')?.children ?? []).forEach((group, index) => {
        for (const volume of propertiesOf(group)) {
            const where = `data volume "${(0,stack_diagnostics/* shortName */.EU)(volume.key)}"`;
            checkKeys(volume.value, [...path, 'data_volumes', index, volume.key], { known: schema/* dataVolumeKeys */.$m, severity: 'warning', where }, reporter);
        }
    });
    if (containers?.type !== 'array')
        return;
    (containers.children ?? []).forEach((group, index) => {
        for (const definition of propertiesOf(group)) {
            checkDefinition(definition.value, [...path, 'containers', index, definition.key], definition.key, reporter);
        }
    });
}
/** Keys the cookbook did not read, by where they are: errors under `docker`, warnings elsewhere. */
function checkKnownKeys(root, reporter) {
    for (const property of propertiesOf(root)) {
        if (property.key === 'docker')
            checkDocker(property, reporter);
        if (property.key === 'deploy')
            for (const app of propertiesOf(property.value))
                checkApp(app, reporter);
    }
}

// EXTERNAL MODULE: ./src/stack/slots.ts
var slots = __webpack_require__(5113);
;// CONCATENATED MODULE: ./src/stack/check-references.ts



function collectNames(document, reporter) {
    const definitions = new Map();
    const runtime = new Map();
    const clashes = new Set();
    for (const entry of (0,schema/* listDefinitions */.Pb)(document)) {
        const earlier = definitions.get(entry.name);
        if (earlier && earlier.path.join('\u0000') !== entry.path.join('\u0000')) {
            reporter.error('duplicate-definition', entry.path, `definition "${entry.name}" is already defined in app "${earlier.app}": container names must be unique on a host, rename one`, { key: true });
        }
        definitions.set(entry.name, earlier ?? entry);
        (0,schema/* runtimeNames */.jJ)(entry.name, entry.definition).forEach((name, index) => {
            const owner = runtime.get(name);
            if (owner && owner.name !== entry.name && !clashes.has(`${owner.name}\u0000${entry.name}`)) {
                clashes.add(`${owner.name}\u0000${entry.name}`);
                const copy = Number(name.slice(owner.name.length));
                reporter.error('container-name-clash', entry.path, `copy ${index} of "${entry.name}" and copy ${copy} of "${owner.name}" are both named "${name}" on the host: rename one definition, or change its "containers"`, { key: true });
            }
            if (!owner)
                runtime.set(name, entry);
        });
    }
    const dataVolumes = new Set();
    for (const volume of (0,schema/* listDataVolumes */.W8)(document)) {
        // Data volumes are containers named by their bare name: they share the host's name space with copies.
        if (dataVolumes.has(volume.name) || runtime.has(volume.name)) {
            reporter.error('duplicate-data-volume', volume.path, `data volume "${volume.name}" clashes with another data volume or container of that name on the host: rename it`, { key: true });
        }
        dataVolumes.add(volume.name);
    }
    return { definitions, runtime, dataVolumes };
}
/** Only names that do not depend on the host can be checked statically. */
function staticName(value, bareName) {
    const dynamic = (0,placeholders/* tokenize */.qw)(value).some((t) => t.kind !== 'text' && !(t.kind === 'placeholder' && t.name === 'app_name'));
    if (dynamic)
        return undefined;
    return (0,placeholders/* interpolate */.GW)(value, { app_name: bareName });
}
/**
 * Names for a message: the first few, so one message stays one line on a document with thousands
 * (and `total`, when known, saves reading the rest).
 */
function list(values, total) {
    const shown = [];
    let count = 0;
    for (const value of values) {
        if (shown.length < 12)
            shown.push(value);
        count++;
        if (shown.length === 12 && total !== undefined)
            break;
    }
    const all = total ?? count;
    if (all === 0)
        return '(none)';
    return all > shown.length ? `${shown.join(', ')}, ... (${all} in all)` : shown.join(', ');
}
function checkReferences(document, reporter) {
    const names = collectNames(document, reporter);
    const entries = (0,schema/* listDefinitions */.Pb)(document);
    const byApp = new Map();
    for (const { app, name } of entries) {
        const known = byApp.get(app);
        if (known)
            known.push(name);
        else
            byApp.set(app, [name]);
    }
    for (const entry of entries) {
        const { definition, path, name, app } = entry;
        if (definition.deploy === undefined) {
            reporter.warning('missing-deploy', path, `definition "${name}" has no "deploy" and is not run (as in the old cookbook): set "deploy" to "auto", "manual" or "cron"`, { key: true });
        }
        if (definition.env_from !== undefined) {
            const target = names.definitions.get(definition.env_from);
            if (definition.env_from === name) {
                reporter.error('env-from', [...path, 'env_from'], `env_from names the definition itself: name another definition of app "${app}"`);
            }
            else if (!target || target.app !== app) {
                const others = (byApp.get(app) ?? []).filter((other) => other !== name);
                reporter.error('env-from', [...path, 'env_from'], `env_from "${definition.env_from}" names no definition of app "${app}": use one of ${list(others, others.length)}`);
            }
        }
        definition.volumes_from.forEach((value, index) => {
            const target = staticName(value, name)?.replace(/:(ro|rw)$/, '');
            if (target === undefined || names.dataVolumes.has(target) || names.runtime.has(target))
                return;
            const hint = names.definitions.has(target) ? ` (containers are named with their copy index, e.g. "${target}0")` : '';
            reporter.error('volumes-from', [...path, 'volumes_from', index], `volumes_from "${target}" names no data volume and no running container${hint}: use a data volume (${list(names.dataVolumes, names.dataVolumes.size)}) or a runtime name such as "${names.runtime.keys().next().value ?? 'app0'}"`);
        });
        definition.links.forEach((value, index) => {
            const target = staticName(value, name)?.split(':')[0];
            if (target === undefined || names.runtime.has(target))
                return;
            reporter.error('links', [...path, 'links', index], `link "${target}" names no running container: use a runtime name with its copy index (${list(names.runtime.keys(), names.runtime.size)})`);
        });
        if ((0,schema/* isLongRunning */.uR)(definition) && definition.containers > 1) {
            definition.ports.forEach((port, index) => {
                if (!(0,slots/* isFixedAcrossCopies */.Bu)(port))
                    return;
                reporter.error('fixed-port-copies', [...path, 'ports', index], `host port in "${port}" is fixed but "${name}" runs ${definition.containers} copies that cannot all bind it: set "containers" to 1, drop the host port, or put %{index} in it`);
            });
        }
        // A worker (no binding, no host port) starts its new copy first, unless it is `exclusive`.
        if (definition.deploy === 'auto' &&
            definition.containers === 1 &&
            (0,slots/* rolloutOf */.Zb)(definition, false) === 'one' &&
            (0,slots/* slotValues */.vy)(definition).length === 1) {
            const written = reporter.exists([...path, 'containers']);
            const why = definition.load_balancer
                ? 'its load_balancer binding gives both slots the same address or a host port is fixed'
                : definition.exclusive === true
                    ? 'it is "exclusive"'
                    : 'it has no load_balancer binding with an alternate slot';
            reporter.notice('single-slot', written ? [...path, 'containers'] : path, `"${name}" runs one copy that cannot start beside its replacement (${why}): it is stopped before the new copy starts (brief downtime)`, { key: !written });
        }
    }
    const forwarder = document.logrotate?.forwarder;
    if (forwarder !== undefined && !names.runtime.has(forwarder)) {
        // The cookbook's logrotate only failed its nightly restart of it; the deploy ran.
        reporter.warning('forwarder', ['logrotate', 'forwarder'], `logrotate.forwarder "${forwarder}" names no running container (berth needs no forwarder restart, so nothing uses it): name a runtime container such as ${list(names.runtime.keys(), names.runtime.size)}, or remove it`);
    }
    document.manual?.forEach((value, index) => {
        const target = names.definitions.get(value);
        if (!target) {
            reporter.error('manual', ['manual', index], `manual names "${value}", which is no definition: use one of ${list(names.definitions.keys(), names.definitions.size)}`);
        }
        else if (target.definition.deploy !== 'manual') {
            reporter.warning('manual', ['manual', index], `manual names "${value}", whose deploy is "${target.definition.deploy ?? 'unset'}", not "manual": remove it from the list`);
        }
    });
}

;// CONCATENATED MODULE: ./src/stack/check-rollout.ts


function checkRollout(document, reporter) {
    for (const { name, definition, path } of (0,schema/* listDefinitions */.Pb)(document)) {
        if (!(0,schema/* isLongRunning */.uR)(definition))
            continue;
        if (definition.surge === true && (0,slots/* slotValues */.vy)(definition).length < 2) {
            const why = definition.load_balancer
                ? 'its load_balancer binding gives both slots the same address (no %{slot} in "address") or a host port is fixed'
                : 'it has no load_balancer binding';
            reporter.error('surge', [...path, 'surge'], `"${name}" sets surge, but its copies have no alternate slot to start in beside the old ones (${why}): give it a load_balancer whose address contains %{slot}, or remove "surge"`);
        }
        if (definition.exclusive === true && !(0,slots/* isWorker */.xD)(definition)) {
            reporter.warning('exclusive', [...path, 'exclusive'], `"exclusive" only changes a worker (no load_balancer, no host port), whose new copy otherwise starts before the old one stops; "${name}" is no worker: remove it`);
        }
    }
}

;// CONCATENATED MODULE: ./src/stack/limits.ts
/** Largest document (UTF-8 bytes). Real Stack JSONs are a few KB; the benchmark validates 1 MB in about a second. */
const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
/** Deepest nesting of objects and arrays (the Stack JSON itself needs 8). */
const MAX_DEPTH = 64;
/** Longest string value in the parts berth reads (`deploy`, `docker`, `logrotate`, `manual`). */
const MAX_STRING_LENGTH = 65_536;
/** Longest key there (app, definition, env and registry names). */
const MAX_KEY_LENGTH = 1_024;
/** Size and nesting, checked on the text before anything parses it. */
function checkTextBounds(text) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_DOCUMENT_BYTES) {
        return {
            code: 'too-large',
            offset: 0,
            message: `the document is ${bytes} bytes, more than the ${MAX_DOCUMENT_BYTES} berth reads: split it or remove what no host needs`,
        };
    }
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const char = text.charCodeAt(i);
        if (inString) {
            if (char === 0x5c)
                i++; // backslash: skip the escaped character
            else if (char === 0x22)
                inString = false;
        }
        else if (char === 0x22) {
            inString = true;
        }
        else if (char === 0x7b || char === 0x5b) {
            depth++;
            if (depth > MAX_DEPTH) {
                return {
                    code: 'too-deep',
                    offset: i,
                    message: `objects and arrays are nested more than ${MAX_DEPTH} deep here: a Stack JSON needs about 8 levels; flatten it`,
                };
            }
        }
        else if (char === 0x7d || char === 0x5d) {
            depth--;
        }
    }
    return undefined;
}
const readParts = new Set(['deploy', 'docker', 'logrotate', 'manual']);
/** A NUL ("\u0000") ends a C string: no argument, environment variable or file name can carry one. */
const NUL = '\u0000';
const NUL_MESSAGE = 'this text holds a NUL character ("\\u0000"), which no container argument, environment variable or file name can carry (it would be cut there): remove it';
/** `path` is one array pushed and popped along the walk (copied only for a report): a megabyte has many nodes. */
function checkNode(node, path, reporter) {
    if (node.type === 'string' && typeof node.value === 'string' && node.value.length > MAX_STRING_LENGTH) {
        reporter.error('too-long', [...path], `this string has ${node.value.length} characters, more than the ${MAX_STRING_LENGTH} allowed: keep large content in the image or in Parameter Store`);
        return;
    }
    if (node.type === 'string' && typeof node.value === 'string' && node.value.includes(NUL)) {
        reporter.error('nul', [...path], NUL_MESSAGE);
        return;
    }
    if (node.type === 'array') {
        const items = node.children ?? [];
        for (let index = 0; index < items.length; index++) {
            path.push(index);
            checkNode(items[index], path, reporter);
            path.pop();
        }
        return;
    }
    if (node.type !== 'object')
        return;
    for (const property of node.children ?? []) {
        const [keyNode, value] = property.children ?? [];
        if (!keyNode)
            continue;
        const key = String(keyNode.value);
        path.push(key);
        if (key === '__proto__') {
            reporter.reportSpan('error', 'reserved-name', [...path], keyNode, 'the name "__proto__" cannot be used (JavaScript gives it a meaning of its own, so it would be dropped): rename it');
        }
        if (key.includes(NUL))
            reporter.reportSpan('error', 'nul', [...path], keyNode, NUL_MESSAGE);
        if (key.length > MAX_KEY_LENGTH) {
            reporter.reportSpan('error', 'too-long', [...path], { offset: keyNode.offset, length: Math.min(keyNode.length, 80) }, `this key has ${key.length} characters, more than the ${MAX_KEY_LENGTH} allowed for a name: shorten it`);
        }
        if (value)
            checkNode(value, path, reporter);
        path.pop();
    }
}
/** String and key lengths inside the parts berth reads (other cookbooks' attributes are left alone). */
function checkStringBounds(root, reporter) {
    if (root?.type !== 'object')
        return;
    for (const property of root.children ?? []) {
        const [keyNode, value] = property.children ?? [];
        const key = String(keyNode?.value);
        if (value && readParts.has(key))
            checkNode(value, [key], reporter);
    }
}

// EXTERNAL MODULE: ./src/stack/positions.ts
var stack_positions = __webpack_require__(876);
;// CONCATENATED MODULE: ./src/stack/schema-issues.ts


function isContainer(value) {
    return typeof value === 'object' && value !== null;
}
function valueAt(root, path) {
    let node = root;
    for (const step of path) {
        if (!isContainer(node))
            return undefined;
        node = Object.hasOwn(node, step) ? node[step] : undefined;
    }
    return node;
}
const oldShapes = [
    [
        (path, value) => path.length === 2 && path[0] === 'deploy' && Array.isArray(value),
        'is an array of definitions (the cookbook\'s early format): an app is now an object, write it as {"containers": [{"<name>": {...}}, ...]} (the array goes under "containers")',
    ],
    [
        (path, value) => path.length === 3 && path[0] === 'deploy' && path[2] === 'data_volumes' && isContainer(value) && !Array.isArray(value),
        'is an object; data_volumes is an array of {"<name>": {"volumes": [paths]}}. Old docs showed {"socks": ["/var/run"]}: write that as [{"socks": {"volumes": ["/var/run"]}}]',
    ],
    [
        (path, value) => path.length === 5 && path[0] === 'deploy' && path[2] === 'data_volumes' && Array.isArray(value),
        'is a list of paths; a data volume is {"volumes": [paths]}. Old docs showed {"socks": ["/var/run"]}: write that as {"socks": {"volumes": ["/var/run"]}}',
    ],
];
/** Zod's own wording ("Invalid input: expected object, received array") never reaches a user. */
function isLibraryDefault(message) {
    return /^Invalid|expected .*received|^Too (big|small)|^Unrecognized/i.test(message);
}
function issueMessage(issue, value) {
    const path = issue.path;
    const where = (0,stack_diagnostics/* describePath */.NH)(path);
    const shape = oldShapes.find(([test]) => test(path, value));
    if (shape)
        return { path, message: `${where} ${shape[1]}` };
    if (isLibraryDefault(issue.message)) {
        return { path, message: `${where} has the wrong type or shape: see the Stack JSON reference (docs/stack-json.md) for what it takes` };
    }
    return { path, message: `${where}: ${issue.message}` };
}
/** Values that keep a definition meaningful when its own is unusable (an image is required). */
function neutralFor(path) {
    if (path.length !== 6 || path[0] !== 'deploy' || path[2] !== 'containers')
        return undefined;
    return path[5] === 'image' ? '' : path[5] === 'deploy' ? 'auto' : undefined;
}
/** Steps up to the value to replace: a missing required key takes its object along; list items their list. */
function repairTarget(root, path) {
    let target = path;
    while (target.length > 0) {
        const last = target[target.length - 1];
        const parent = valueAt(root, target.slice(0, -1));
        if (neutralFor(target) !== undefined && isContainer(parent))
            return target;
        const isGroup = typeof last === 'number' && target.length === 4 && target[0] === 'deploy';
        if (isContainer(parent) && Object.hasOwn(parent, last) && (!Array.isArray(parent) || isGroup))
            return target;
        target = target.slice(0, -1);
    }
    return target;
}
/**
 * The value the old shapes meant, so the names they define stay known to the reference checks:
 * an app as an array of definitions, `containers` as one object, `{name: [paths]}` data volumes.
 */
function oldShapeMeant(path, value) {
    if (path[0] !== 'deploy' || !isContainer(value))
        return undefined;
    if (path.length === 2 && Array.isArray(value))
        return { containers: value };
    if (path.length === 3 && path[2] === 'containers' && !Array.isArray(value))
        return [value];
    if (path.length === 3 && path[2] === 'data_volumes' && !Array.isArray(value)) {
        return Object.entries(value).map(([name, paths]) => ({ [name]: { volumes: Array.isArray(paths) ? paths : [] } }));
    }
    if (path.length === 5 && path[2] === 'data_volumes')
        return { volumes: Array.isArray(value) ? value : [] };
    return undefined;
}
function repair(root, path) {
    const last = path[path.length - 1];
    const parent = valueAt(root, path.slice(0, -1));
    if (!isContainer(parent))
        return;
    const meant = oldShapeMeant(path, parent[last]);
    const replacement = neutralFor(path);
    if (meant !== undefined)
        parent[last] = meant;
    else if (Array.isArray(parent))
        parent[last] = {};
    else if (replacement !== undefined)
        parent[last] = replacement;
    else
        delete parent[last];
}
const MAX_ROUNDS = 8;
function parseLeniently(value) {
    const issues = [];
    const repaired = [];
    const seen = new Set();
    /** Paths repaired in earlier rounds: issues at or below them are about values we made up. */
    const madeUp = new Set();
    const isMadeUp = (path) => path.some((_, i) => madeUp.has(pathKey(path.slice(0, i + 1))));
    let current = value;
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const parsed = schema/* stackSchema */.E7.safeParse(current);
        if (parsed.success)
            return { issues, document: parsed.data, repaired };
        if (round === 0)
            current = structuredClone(value);
        const thisRound = [];
        for (const issue of parsed.error.issues) {
            const path = issue.path;
            if (!isMadeUp(path)) {
                const described = issueMessage(issue, valueAt(current, path));
                const id = `${pathKey(described.path)}\u0000${described.message}`;
                if (!seen.has(id)) {
                    seen.add(id);
                    issues.push(described);
                }
            }
            const target = repairTarget(current, path);
            if (target.length === 0 || madeUp.has(pathKey(target)))
                continue;
            repair(current, target);
            thisRound.push(target);
        }
        if (thisRound.length === 0)
            break;
        for (const target of thisRound)
            madeUp.add(pathKey(target));
        repaired.push(...thisRound);
    }
    return { issues, repaired };
}
function pathKey(path) {
    return JSON.stringify(path);
}
/**
 * Whether a check's finding rests on a value the repair invented: its path is at or below a repaired
 * one, or it is a definition-level finding computed from a repaired field. Sets of path keys keep this
 * linear in the number of findings (a broken megabyte has thousands of both).
 */
function repairFilter(repaired) {
    const exact = new Set(repaired.map(pathKey));
    const above = new Set(repaired.flatMap((r) => r.map((_, i) => pathKey(r.slice(0, i)))));
    return (path, code) => {
        for (let i = 0; i <= path.length; i++)
            if (exact.has(pathKey(path.slice(0, i))))
                return true;
        return definitionLevelCodes.has(code) && above.has(pathKey(path));
    };
}
/** Findings reported on a definition as a whole but computed from its fields. */
const definitionLevelCodes = new Set(['missing-deploy', 'single-slot', 'cron-options', 'health']);

;// CONCATENATED MODULE: ./src/stack/validate.ts
// Validates one Stack JSON text: bounds, JSON syntax, keys, the schema, then the reference, value
// and name checks, all reported together. Every diagnostic carries the file, line and column of the
// offending value, and no message holds a secret value of the document.













const syntaxMessages = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'expected a property name in double quotes (is there a trailing comma?)',
    ValueExpected: 'expected a value (is there a trailing comma or a missing value?)',
    ColonExpected: 'expected ":" after the property name',
    CommaExpected: 'expected "," between values (a comma is missing here)',
    CloseBraceExpected: 'expected "}" to close the object',
    CloseBracketExpected: 'expected "]" to close the array',
    EndOfFileExpected: 'unexpected text after the end of the document',
    InvalidCommentToken: 'comments are not allowed in JSON: remove it',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string: add the closing double quote',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid \\u escape',
    InvalidEscapeCharacter: 'invalid escape character in a string',
    InvalidCharacter: 'invalid character in a string (control characters must be escaped, e.g. \\n)',
};
/** Only the first syntax error: where the text breaks; the rest follow from it. */
function reportSyntax(errors, reporter, positions) {
    for (const error of errors.slice(0, 1)) {
        const code = (0,main.printParseErrorCode)(error.error);
        reporter.reportAt('error', 'json-syntax', positions.at(error.offset, error.length), `invalid JSON: ${syntaxMessages[code] ?? code}`);
    }
}
/** Every problem the document shows, as far as it can be read; never throws. */
function validateStackJson(source, file) {
    try {
        return validate(source, file);
    }
    catch (error) {
        // A bug of ours must not hide the document's problems behind a stack trace (nor crash a PR check).
        const message = `berth could not finish checking this document (${error.name}); please report it with the document`;
        return {
            ok: false,
            diagnostics: [{ severity: 'error', code: 'internal', message, file, line: 1, column: 1, endLine: 1, endColumn: 1, path: [] }],
        };
    }
}
function validate(source, file) {
    // A byte-order mark becomes a blank, so offsets (and columns) still match the file.
    const text = source.startsWith('\uFEFF') ? ` ${source.slice(1)}` : source;
    const bounds = checkTextBounds(text);
    if (bounds) {
        const positions = (0,stack_positions/* createPositionIndex */.q)(text.slice(0, bounds.offset + 1), { parse: false });
        const reporter = new stack_diagnostics/* Reporter */.a8(file, positions);
        reporter.reportAt('error', bounds.code, positions.at(bounds.offset, 1), bounds.message);
        return { ok: false, diagnostics: reporter.diagnostics };
    }
    // One parse: the tree locates every diagnostic and gives the value (the text can be a megabyte).
    const errors = [];
    const positions = (0,stack_positions/* createPositionIndex */.q)(text, { errors });
    const reporter = new stack_diagnostics/* Reporter */.a8(file, positions);
    if (errors.length > 0) {
        reportSyntax(errors, reporter, positions);
        return { ok: false, diagnostics: reporter.diagnostics };
    }
    const value = positions.root ? (0,main.getNodeValue)(positions.root) : undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        reporter.error('not-an-object', [], 'a Stack JSON document must be a JSON object with a "deploy" key');
        return { ok: false, diagnostics: reporter.diagnostics };
    }
    checkDuplicateKeys(positions.root, [], reporter);
    checkKnownKeys(positions.root, reporter);
    checkStringBounds(positions.root, reporter);
    const parsed = parseLeniently(value);
    for (const issue of parsed.issues)
        reporter.error('schema', issue.path, issue.message);
    if (!('deploy' in value)) {
        reporter.warning('no-deploy', [], 'the document has no "deploy" key, so nothing runs: add "deploy": {"<app>": {"containers": [...]}}');
    }
    if (parsed.document) {
        // The checks run on what could be read; findings resting on a repaired value are left out.
        const semantic = new stack_diagnostics/* Reporter */.a8(file, positions);
        checkReferences(parsed.document, semantic);
        checkRollout(parsed.document, semantic);
        checkValues(parsed.document, semantic);
        checkNames(parsed.document, semantic);
        checkDockerSyntax(parsed.document, semantic);
        const invented = repairFilter(parsed.repaired);
        reporter.diagnostics.push(...semantic.diagnostics.filter((d) => !invented(d.path, d.code)));
    }
    const secrets = parsed.document ? (0,stack_secrets/* listInlineSecrets */.Dh)(parsed.document).map((secret) => secret.value) : [];
    const diagnostics = sortDiagnostics(secrets.length > 0 ? reporter.diagnostics.map((d) => ({ ...d, message: (0,stack_secrets/* redact */.E$)(d.message, secrets) })) : reporter.diagnostics);
    const clean = parsed.issues.length === 0 && parsed.document !== undefined;
    return {
        ok: !diagnostics.some((d) => d.severity === 'error'),
        ...(clean ? { document: parsed.document } : {}),
        diagnostics,
    };
}
function sortDiagnostics(diagnostics) {
    return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
}


/***/ })

};
