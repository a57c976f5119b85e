export const id = 2888;
export const ids = [2888];
export const modules = {

/***/ 30010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * Durations as users write them in workflow inputs: `90s`, `15m`, `1h`, `1h30m`, `500ms`, or a bare
 * number of seconds.
 */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
/** Milliseconds in `text`, or undefined when it is not a duration. */
function parseDuration(text) {
    const value = text.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    if (!DURATION.test(value))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
        total += Number(amount) * UNIT_MS[unit];
    }
    return Math.round(total);
}
/** `125000` → `2m5s`; sub-second values in ms. */
function formatDuration(ms) {
    if (ms > 0 && ms < 1000)
        return `${Math.round(ms)}ms`;
    let seconds = Math.round(ms / 1000);
    const hours = Math.floor(seconds / 3600);
    seconds -= hours * 3600;
    const minutes = Math.floor(seconds / 60);
    seconds -= minutes * 60;
    return [hours && `${hours}h`, minutes && `${minutes}m`, (seconds || (!hours && !minutes)) && `${seconds}s`]
        .filter(Boolean)
        .join('');
}


/***/ }),

/***/ 85219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ys: () => (/* binding */ commandExists),
/* harmony export */   eF: () => (/* binding */ run)
/* harmony export */ });
/* unused harmony exports DEFAULT_STOP_GRACE_MS, CommandFailedError, CancelledError, cancelledBy */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21085);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95422);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40549);
/**
 * Process execution with output streamed to the log as it arrives (long commands show progress)
 * and captured for parsing. Arguments go to the process as argv, never through a shell; secrets go
 * on stdin (`input`), never in argv.
 *
 * Cancelling: when this process gets SIGINT or SIGTERM (the runner cancelling a job sends SIGINT,
 * then SIGTERM 7.5 s later, then kills the process tree), every running command is sent SIGINT once,
 * its graceful stop (Terraform releases its state lock; podman and docker stop their builds). Each
 * command runs in its own process group, so a terminal's Ctrl-C does not reach it a second time
 * (Terraform exits at once, lock held, on a second interrupt), and later signals are not passed on
 * either. A command still running `stopGraceMs` after SIGINT gets SIGTERM, then SIGKILL. Once
 * cancelled, no new command starts; the cancelled command rejects with CancelledError, which says
 * whether it stopped by itself, so the caller can report the cancel.
 */





const DEFAULT_STOP_GRACE_MS = 30_000;
/** After SIGTERM, how long before SIGKILL (at most; never longer than the grace itself). */
const KILL_AFTER_MS = 10_000;
const SIGNALS = ['SIGINT', 'SIGTERM'];
class CommandFailedError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    command;
    result;
    constructor(command, result) {
        const tail = lastLines(result.stderr || result.stdout, 5);
        super(`${command} exited with code ${result.exitCode}${tail ? `: ${tail}` : ''}`);
        this.command = command;
        this.result = result;
        this.name = 'CommandFailedError';
    }
}
/** The run was cancelled: the command was stopped (`result` set), or was not started. */
class CancelledError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    command;
    stop;
    result;
    constructor(command, stop, result) {
        super(result
            ? `${command} was cancelled (${stop.signal}): ${stop.forced
                ? `it did not stop within ${stop.graceSeconds}s of SIGINT and was ended with ${stop.forced}`
                : `it stopped after SIGINT (exit ${result.exitCode})`}`
            : `${command} was not started: the run was cancelled (${stop.signal})`);
        this.command = command;
        this.stop = stop;
        this.result = result;
        this.name = 'CancelledError';
    }
}
function lastLines(text, n) {
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E)(text
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean)
        .slice(-n)
        .join(' | '));
}
/** Run `command args…`; rejects with CommandFailedError on a non-accepted exit code. */
async function run(command, args, options = {}) {
    const label = [command, ...args.slice(0, 2)].join(' ');
    if (cancelled)
        throw new CancelledError(label, { signal: cancelled, graceSeconds: 0 });
    const execute = () => spawnAndCollect(command, args, options, label);
    const { result, stop } = options.groupTitle ? await (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .group */ .Os)(options.groupTitle, execute) : await execute();
    if (stop)
        throw new CancelledError(label, stop, result);
    if (!(options.okExitCodes ?? [0]).includes(result.exitCode))
        throw new CommandFailedError(label, result);
    return result;
}
/** The signal that cancelled this run, if one did. */
function cancelledBy() {
    return cancelled;
}
const running = new Set();
let cancelled;
let installed = false;
/** A process group gets the signal (the command and what it started); a lone process otherwise. */
const GROUPS = process.platform !== 'win32';
function send(entry, signal) {
    const pid = entry.child.pid;
    if (pid === undefined)
        return;
    try {
        process.kill(GROUPS ? -pid : pid, signal);
    }
    catch {
        // already gone
    }
}
function stopGracefully(entry, signal) {
    entry.stop = { signal, graceSeconds: entry.graceMs / 1000 };
    send(entry, 'SIGINT');
    entry.timers.push(setTimeout(() => {
        if (entry.stop)
            entry.stop.forced = 'SIGTERM';
        (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e)(`${entry.label} did not stop within ${entry.stop?.graceSeconds}s of SIGINT: sending SIGTERM`);
        send(entry, 'SIGTERM');
        entry.timers.push(setTimeout(() => {
            if (entry.stop)
                entry.stop.forced = 'SIGKILL';
            (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e)(`${entry.label} is still running: sending SIGKILL`);
            send(entry, 'SIGKILL');
        }, Math.min(KILL_AFTER_MS, entry.graceMs)));
    }, entry.graceMs));
}
function onSignal(signal) {
    const labels = [...running].map(entry => entry.label).join(', ');
    if (cancelled) {
        (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`${signal} received again: still waiting for ${labels || 'the run'} to stop (it is not interrupted twice: a second interrupt makes Terraform exit at once, which can leave its state lock held)`);
        return;
    }
    cancelled = signal;
    (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`Cancelled (${signal}): sent SIGINT to ${labels}; waiting for it to stop gracefully`);
    for (const entry of running)
        stopGracefully(entry, signal);
}
const handlers = Object.fromEntries(SIGNALS.map(signal => [signal, () => onSignal(signal)]));
/** On this process's exit, nothing it started is left running. */
function killAll() {
    for (const entry of running)
        send(entry, 'SIGKILL');
}
function track(entry) {
    running.add(entry);
    if (installed)
        return;
    installed = true;
    for (const signal of SIGNALS)
        process.on(signal, handlers[signal]);
    process.on('exit', killAll);
}
function untrack(entry) {
    running.delete(entry);
    for (const timer of entry.timers)
        clearTimeout(timer);
    // While nothing runs, signals have their default effect again, unless a cancel is being
    // reported: then they are held until this process ends.
    if (running.size > 0 || cancelled || !installed)
        return;
    installed = false;
    for (const signal of SIGNALS)
        process.off(signal, handlers[signal]);
    process.off('exit', killAll);
}
function exitCodeOf(code, signal) {
    if (code !== null)
        return code;
    return signal ? 128 + (node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal] ?? 0) : 1;
}
/**
 * Captures a child's stdout and stderr, and passes their lines, as they arrive, to `onLine` and
 * (when streaming) to the log.
 */
function collectOutput(child, options) {
    const stream = options.stream ?? true;
    const chunks = { stdout: [], stderr: [] };
    const pending = { stdout: '', stderr: '' };
    // The program's lines reach the log through toolOutput: they can never issue workflow commands.
    const emit = (name, lines) => {
        for (const line of lines)
            options.onLine?.(line, name);
        if (stream && lines.length)
            (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .toolOutput */ .WT)(lines.join('\n'));
    };
    for (const name of ['stdout', 'stderr']) {
        child[name].on('data', (chunk) => {
            chunks[name].push(chunk);
            // Nothing reads lines (no log, no onLine): capture only. Splitting a long single-line
            // output (terraform show -json) chunk by chunk would copy it again and again.
            if (!stream && !options.onLine)
                return;
            const text = pending[name] + chunk.toString('utf8');
            const lines = text.split('\n');
            pending[name] = lines.pop() ?? '';
            emit(name, lines);
        });
    }
    return {
        flush() {
            for (const name of ['stdout', 'stderr'])
                if (pending[name])
                    emit(name, [pending[name]]);
        },
        text: () => ({
            stdout: Buffer.concat(chunks.stdout).toString('utf8'),
            stderr: Buffer.concat(chunks.stderr).toString('utf8')
        })
    };
}
function spawnAndCollect(command, args, options, label) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: GROUPS
        });
        const entry = {
            child,
            label,
            graceMs: options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS,
            timers: []
        };
        if (child.pid !== undefined)
            track(entry);
        const output = collectOutput(child, options);
        child.on('error', error => {
            untrack(entry);
            const code = error.code;
            reject(code === 'ENOENT' ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${command} was not found on PATH`) : error);
        });
        child.on('close', (exitCode, signal) => {
            untrack(entry);
            output.flush();
            resolve({ result: { exitCode: exitCodeOf(exitCode, signal), ...output.text() }, stop: entry.stop });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
/** Whether `command` can be started (found on PATH). */
async function commandExists(command, versionArgs = ['--version']) {
    try {
        await spawnAndCollect(command, versionArgs, { stream: false }, command);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 16384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ globMatch),
/* harmony export */   t: () => (/* binding */ globToRegExp)
/* harmony export */ });
/**
 * Path patterns of `.trivyignore.yaml` (`paths:`), matched the way Trivy matches them (doublestar):
 * `**` spans directories, `*` and `?` stay within one, `[abc]` and `{a,b}` as in a shell.
 */
/** A RegExp for `pattern`, or undefined when the pattern is malformed (unclosed `[` or `{`). */
function globToRegExp(pattern) {
    let out = '';
    let braces = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            if (i + 1 >= pattern.length)
                return undefined;
            out += escape(pattern[++i]);
        }
        else if (c === '*') {
            if (pattern[i + 1] === '*') {
                const atStart = i === 0 || pattern[i - 1] === '/';
                const next = pattern[i + 2];
                i++;
                if (atStart && next === '/') {
                    out += '(?:.*/)?';
                    i++;
                }
                else if (atStart && next === undefined)
                    out += '.*';
                else
                    out += '[^/]*';
            }
            else
                out += '[^/]*';
        }
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0)
                return undefined;
            let body = pattern.slice(i + 1, end);
            if (body.startsWith('!') || body.startsWith('^'))
                body = `^${body.slice(1)}`;
            out += `[${body.replace(/\\/g, '\\\\')}]`;
            i = end;
        }
        else if (c === '{') {
            braces++;
            out += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            out += ')';
        }
        else if (c === ',' && braces > 0)
            out += '|';
        else
            out += escape(c);
    }
    if (braces !== 0)
        return undefined;
    try {
        return new RegExp(`^${out}$`);
    }
    catch {
        return undefined;
    }
}
function escape(c) {
    return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
function globMatch(pattern, path) {
    return globToRegExp(pattern)?.test(path) ?? false;
}


/***/ }),

/***/ 57579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ recordInputSource),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   e1: () => (/* binding */ parseInputFile)
/* harmony export */ });
/* unused harmony exports actionInputSource, MAX_INPUT_CHARS, MAX_INPUT_FILE_BYTES */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30010);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21085);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77168);
/**
 * Typed input readers. Every action reads all of its inputs once, at the edge, into one typed object
 * (STYLE.md, "Read every input once"); every failure is an InputError naming the input.
 *
 * The source is a function, so the same readers serve the action (environment variables
 * `INPUT_<NAME>`, exactly as @actions/core reads them) and the CLI (its flags).
 */



/** Inputs of a running action, read the way `core.getInput` reads them. */
const actionInputSource = name => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
/** Inputs from a plain record (the CLI's parsed flags, tests). */
function recordInputSource(values) {
    return name => values[name];
}
/** The longest value of any input (Linux refuses longer environment strings and arguments anyway). */
const MAX_INPUT_CHARS = 128 * _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .KiB */ .ty;
const DEFAULT_MAX_LINES = 1000;
const DEFAULT_MAX_LINE_LENGTH = 8 * _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .KiB */ .ty;
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const AWS_REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    /** The trimmed value, '' when unset; a NUL character or a value over MAX_INPUT_CHARS is refused. */
    raw(name) {
        const value = (this.source(name) ?? '').trim();
        if (value.includes('\0'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'contains a NUL character', 'text without NUL characters');
        if (value.length > MAX_INPUT_CHARS)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `is ${value.length} characters long`, `at most ${MAX_INPUT_CHARS} characters`);
        return value;
    }
    /** The lines (or items) of a multiline input or list, checked against `bounds`. */
    bounded(name, lines, bounds, what) {
        const { maxLines = DEFAULT_MAX_LINES, maxLineLength = DEFAULT_MAX_LINE_LENGTH } = bounds;
        const accepted = `at most ${maxLines} ${what}s of at most ${maxLineLength} characters each`;
        if (lines.length > maxLines)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `has ${lines.length} ${what}s`, accepted);
        const long = lines.findIndex(line => line.length > maxLineLength);
        if (long >= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `${what} ${long + 1} (${(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(lines[long], 40)}) is longer than ${maxLineLength} characters`, accepted);
        return lines;
    }
    /** A string; `required` makes an empty value an error; `maxLength` bounds it. */
    string(name, options = {}) {
        const value = this.raw(name);
        if (options.maxLength !== undefined && value.length > options.maxLength)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `${(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(value, 60)} is longer than ${options.maxLength} characters`, `at most ${options.maxLength} characters`);
        if (value)
            return value;
        if (options.required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required but was empty', 'a non-empty value');
        return options.default ?? '';
    }
    /** A string or undefined when unset. */
    optional(name) {
        return this.raw(name) || undefined;
    }
    /** A string that must match `pattern`; `accepted` says what matches, in words. */
    matching(name, pattern, accepted, options = {}) {
        const value = this.string(name, options);
        if (value === '' && !options.required)
            return value;
        if (!pattern.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is not valid`, accepted);
        return value;
    }
    /** YAML 1.2 booleans, as `core.getBooleanInput` accepts them. */
    boolean(name, defaultValue) {
        const value = this.raw(name);
        if (value === '')
            return defaultValue;
        if (TRUE.includes(value))
            return true;
        if (FALSE.includes(value))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is not a boolean`, 'true or false');
    }
    /** Lines of a multiline input: trimmed, blank lines and `#` comments dropped, within bounds. */
    multiline(name, options = {}) {
        const lines = this.raw(name)
            .split(/\r?\n/)
            .map(line => line.trim())
            .filter(line => line !== '' && !line.startsWith('#'));
        if (lines.length > 0)
            return this.bounded(name, lines, options, 'line');
        if (options.required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required but was empty', 'one value per line');
        return options.default ?? [];
    }
    /** A list separated by commas or newlines, within bounds. */
    list(name, options = {}) {
        const items = this.raw(name)
            .split(/[,\n]/)
            .map(item => item.trim())
            .filter(Boolean);
        if (items.length > 0)
            return this.bounded(name, items, options, 'item');
        if (options.required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required but was empty', 'a comma- or newline-separated list');
        return options.default ?? [];
    }
    /** A duration (`90s`, `15m`, `1h`), in milliseconds. */
    duration(name, defaultValue, options = {}) {
        const value = this.raw(name) || defaultValue;
        const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(value);
        const accepted = 'a duration such as 90s, 15m, 1h or 1h30m';
        if (ms === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is not a duration`, accepted);
        if (options.min !== undefined && ms < options.min)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is too short`, `${accepted}, at least ${options.min / 1000}s`);
        if (options.max !== undefined && ms > options.max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is too long`, `${accepted}, at most ${options.max / 1000}s`);
        return ms;
    }
    /** An integer within bounds. */
    integer(name, defaultValue, bounds = {}) {
        const value = this.raw(name);
        if (value === '')
            return defaultValue;
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds;
        const n = Number(value);
        if (!/^-?\d+$/.test(value) || n < min || n > max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is not a whole number in range`, `an integer from ${min} to ${max}`);
        return n;
    }
    /** One of a fixed set of values. */
    oneOf(name, values, defaultValue) {
        const value = this.raw(name);
        if (value === '' && defaultValue !== undefined)
            return defaultValue;
        if (!values.includes(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, value ? `"${value}" is not allowed` : 'is required but was empty', values.join(', '));
        return value;
    }
    /** An AWS region code such as `eu-west-1`. */
    awsRegion(name, defaultValue) {
        const value = this.raw(name) || defaultValue || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || '';
        if (!value)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required but was empty', 'an AWS region such as us-east-1');
        if (!AWS_REGION.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `"${value}" is not an AWS region`, 'an AWS region such as us-east-1 or eu-west-1');
        return value;
    }
}
/** The largest file parseInputFile reads unless told otherwise. */
const MAX_INPUT_FILE_BYTES = 64 * _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .MiB */ .lv;
/**
 * The parsed content of a file an input names: read only when it is a regular file of at most
 * `maxBytes` (lib/core/paths.ts); a file that is not one, or a parse failure (a UserError), becomes
 * an InputError naming the input.
 */
function parseInputFile(input, path, parse, accepted, shownAs = path, maxBytes = MAX_INPUT_FILE_BYTES) {
    const text = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .readCheckedFile */ .m2)(input, path, shownAs, maxBytes, accepted.unreadable);
    try {
        return parse(text);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, error.message, accepted.invalid);
        throw error;
    }
}


/***/ }),

/***/ 17071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ splitKeyValue)
/* harmony export */ });
/** `NAME=VALUE` lines, as build args, backend settings, variables and image pins are written. */
/** Split at the first `=`; undefined when there is none or nothing before it. */
function splitKeyValue(line, { keepValue = false } = {}) {
    const eq = line.indexOf('=');
    if (eq <= 0)
        return undefined;
    const key = line.slice(0, eq).trim();
    if (!key)
        return undefined;
    const value = line.slice(eq + 1);
    return { key, value: keepValue ? value : value.trim() };
}


/***/ }),

/***/ 77168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ fileInput),
/* harmony export */   K: () => (/* binding */ directoryInput),
/* harmony export */   T3: () => (/* binding */ GiB),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   _l: () => (/* binding */ pathInside),
/* harmony export */   gl: () => (/* binding */ pathKind),
/* harmony export */   lv: () => (/* binding */ MiB),
/* harmony export */   m2: () => (/* binding */ readCheckedFile),
/* harmony export */   qJ: () => (/* binding */ outputFileInput),
/* harmony export */   ty: () => (/* binding */ KiB)
/* harmony export */ });
/* unused harmony exports MAX_PATH_CHARS, formatBytes, regularFileProblem, checkRegularFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21085);
/**
 * Paths that inputs name: they stay inside the workspace (the repository checkout), or inside the
 * runner's temporary directory where an input allows it, after symbolic links are followed; a file
 * input is a regular file of a bounded size, checked with stat before anything opens it (a named
 * pipe or a device such as /dev/zero is never read); a directory input is a directory, or missing
 * where the input may be created. Every refusal is an InputError naming the input.
 */



const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
/** Longer values are refused before the file system sees them (Linux's PATH_MAX). */
const MAX_PATH_CHARS = 4096;
/** A value as an error shows it: quoted, and cut when it is long (a 120 kB value stays one short line). */
function quoted(value, max = 120) {
    if (value.length <= max)
        return `"${value}"`;
    return `"${value.slice(0, max)}…" (${value.length} characters)`;
}
/** A byte count for messages: 1048576 → 1 MiB. */
function formatBytes(bytes) {
    for (const [unit, size] of [
        ['GiB', GiB],
        ['MiB', MiB],
        ['KiB', KiB]
    ])
        if (bytes >= size && bytes % size === 0)
            return `${bytes / size} ${unit}`;
    return `${bytes} bytes`;
}
/** The real path of `path`, or of its deepest existing ancestor joined with the rest. */
function realPathOf(path) {
    let existing = path;
    const rest = [];
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(existing), ...rest.reverse());
        }
        catch {
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing);
            if (parent === existing)
                return path;
            rest.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(parent, existing));
            existing = parent;
        }
    }
}
function within(dir, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function explain(error) {
    const code = error?.code;
    if (code === 'ENAMETOOLONG')
        return 'is too long a path';
    if (code === 'ENOTDIR')
        return 'goes through something that is not a directory';
    if (code === 'ELOOP')
        return 'has a loop of symbolic links';
    if (code === 'EACCES' || code === 'EPERM')
        return 'cannot be read (permission denied)';
    return undefined;
}
/** The absolute path `value` names, refused when it resolves outside the allowed directories. */
function pathInside(input, value, rules) {
    if (value.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, 'contains a NUL character', rules.accepted);
    if (value.length > MAX_PATH_CHARS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(value, 60)} is too long a path`, rules.accepted);
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(rules.root, value);
    let real;
    try {
        real = realPathOf(absolute);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(value)} ${explain(error) ?? 'cannot be resolved'}`, rules.accepted);
    }
    const allowed = [rules.root, ...(rules.alsoUnder ?? [])].filter((dir) => Boolean(dir));
    if (!allowed.some(dir => within(realPathOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir)), real)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(value)} is outside the workspace${rules.alsoUnder?.some(Boolean) ? ' and the runner temporary directory' : ''}`, rules.accepted);
    return absolute;
}
/** What is at `path` (following links): a regular file, a directory, nothing, or something else. */
function pathKind(input, path, accepted, shownAs = path) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (stat.isFile())
            return 'file';
        if (stat.isDirectory())
            return 'directory';
        return 'other';
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT') {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
                return 'other'; // a dangling link
            }
            catch {
                return 'missing';
            }
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(shownAs)} ${explain(error) ?? 'cannot be read'}`, accepted);
    }
}
function tooLarge(input, shownAs, size, maxBytes, accepted) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(shownAs)} is ${size} bytes, more than the ${formatBytes(maxBytes)} allowed`, accepted);
}
/**
 * What keeps `path` from being a regular file of at most `maxBytes` (`is not a regular file`, `is
 * 2097152 bytes, more than the 1 MiB allowed`, …), or undefined: for messages of their own.
 */
function regularFileProblem(path, maxBytes) {
    try {
        checkRegularFile('', path, path, maxBytes, '');
        return undefined;
    }
    catch (error) {
        if (!(error instanceof InputError))
            throw error;
        return error.problem.replace(`${quoted(path)} `, '');
    }
}
/** `path` must be a regular file of at most `maxBytes`: never a pipe, a device or a directory. */
function checkRegularFile(input, path, shownAs, maxBytes, accepted) {
    const kind = pathKind(input, path, accepted, shownAs);
    if (kind === 'missing')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(shownAs)} does not exist`, accepted);
    if (kind === 'directory')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(shownAs)} is a directory`, accepted);
    if (kind === 'other')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(shownAs)} is not a regular file`, accepted);
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    if (size > maxBytes)
        throw tooLarge(input, shownAs, size, maxBytes, accepted);
}
/** The absolute path of a file input: inside the allowed directories, a regular file of at most maxBytes. */
function fileInput(input, value, rules) {
    const path = pathInside(input, value, rules);
    checkRegularFile(input, path, value, rules.maxBytes, rules.accepted);
    return path;
}
/**
 * The absolute path of a file a command writes: inside the allowed directories, and either not there
 * yet or a regular file (never a directory, a pipe or a device).
 */
function outputFileInput(input, value, rules) {
    const path = pathInside(input, value, rules);
    const kind = pathKind(input, path, rules.accepted, value);
    if (kind === 'directory' || kind === 'other')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(value)} is ${kind === 'directory' ? 'a directory' : 'not a regular file'}`, rules.accepted);
    return path;
}
/**
 * The text of a file an input names, read only after its kind and size are checked; opened
 * non-blocking and checked again on the descriptor, so a file swapped for a pipe in between is
 * still never waited on, and a file that grew is still bounded.
 */
function readCheckedFile(input, path, shownAs, maxBytes, accepted) {
    checkRegularFile(input, path, shownAs, maxBytes, accepted);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(shownAs)} ${explain(error) ?? 'cannot be read'}`, accepted);
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(shownAs)} is not a regular file`, accepted);
        if (stat.size > maxBytes)
            throw tooLarge(input, shownAs, stat.size, maxBytes, accepted);
        const buffer = Buffer.alloc(stat.size);
        let read = 0;
        while (read < buffer.length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, read, buffer.length - read, read);
            if (n === 0)
                break;
            read += n;
        }
        return buffer.subarray(0, read).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The absolute path of a directory input: inside the allowed directories, and a directory; with
 * `mayBeMissing`, also a path not there yet (created later) whose existing part is a directory.
 */
function directoryInput(input, value, rules) {
    const path = pathInside(input, value, rules);
    const kind = pathKind(input, path, rules.accepted, value);
    if (kind === 'directory' || (kind === 'missing' && rules.mayBeMissing))
        return path;
    if (kind === 'missing')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(value)} does not exist`, rules.accepted);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${quoted(value)} is ${kind === 'file' ? 'a file' : 'not a directory'}`, rules.accepted);
}


/***/ }),

/***/ 40549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   mask: () => (/* binding */ mask)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/** Masking: register a secret with the runner before the first call that could print it. */

const known = new Set();
function mask(secret) {
    if (!secret)
        return;
    known.add(secret);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
}
/** `text` with every masked secret replaced by `***`, for text that leaves the runner's masking. */
function redact(text, secrets = known) {
    let out = text;
    for (const secret of secrets)
        if (secret)
            out = out.split(secret).join('***');
    return out;
}


/***/ }),

/***/ 71422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ty: () => (/* binding */ parseImageEntries),
/* harmony export */   Yn: () => (/* binding */ entryMatches)
/* harmony export */ });
/* unused harmony export parseImageRef */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21085);
/* harmony import */ var _core_key_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17071);
/**
 * Image references and the `images` input: `name=repository@sha256:<digest>` lines, and which
 * container images each entry pins.
 *
 * An entry matches a container whose image repository (the reference without tag and digest) is
 * the entry's name, the entry's repository, or ends with `/<name>`. So `auth-service=…` pins
 * `auth-service:latest`, `registry.example.com/erp/auth-service:1.2` and the ECR repository itself.
 */


const INPUT = 'images';
const NAME = /^[a-z0-9]+(?:[._/-][a-z0-9]+)*$/;
const REPOSITORY = /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const ACCEPTED = 'lines such as auth-service=123456789012.dkr.ecr.eu-west-1.amazonaws.com/auth-service@sha256:<64 hex digits>';
/** Split an image reference; undefined when it is not one. */
function parseImageRef(reference) {
    const at = reference.indexOf('@');
    const digest = at === -1 ? undefined : reference.slice(at + 1);
    const rest = at === -1 ? reference : reference.slice(0, at);
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    const tag = colon > slash ? rest.slice(colon + 1) : undefined;
    const repository = colon > slash ? rest.slice(0, colon) : rest;
    if (!REPOSITORY.test(repository))
        return undefined;
    if (tag !== undefined && !TAG.test(tag))
        return undefined;
    if (digest !== undefined && !/^[a-z0-9]+:[0-9a-zA-Z]+$/.test(digest))
        return undefined;
    return { repository, tag, digest };
}
/** Parse and check the `images` lines; tags without a digest only with `allowTags`. */
function parseImageEntries(lines, allowTags) {
    const entries = [];
    for (const line of lines) {
        const pair = (0,_core_key_value_js__WEBPACK_IMPORTED_MODULE_1__/* .splitKeyValue */ .p)(line);
        if (!pair)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `"${line}" is not name=reference`, ACCEPTED);
        const { key: name, value: image } = pair;
        if (!NAME.test(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `"${name}" in "${line}" is not an image name`, `${ACCEPTED} (names in lower case: letters, digits, . _ - /)`);
        if (entries.some(entry => entry.name === name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `"${name}" is listed twice`, 'each image name once');
        const ref = parseImageRef(image);
        if (!ref)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `"${image}" (for ${name}) is not an image reference`, ACCEPTED);
        if (ref.digest !== undefined && !DIGEST.test(ref.digest))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `the digest of "${image}" (for ${name}) is not sha256 with 64 hex digits`, ACCEPTED);
        if (ref.digest === undefined && !allowTags)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `"${image}" (for ${name}) ${ref.tag ? 'has a tag but no digest' : 'has no digest'}`, 'references pinned by digest (repository@sha256:<64 hex digits>), or tags with allow-tags: true');
        entries.push({ name, ref, image });
    }
    return entries;
}
/** Whether `entry` pins a container whose image is `containerImage`. */
function entryMatches(entry, containerImage) {
    const ref = parseImageRef(containerImage);
    const repository = ref?.repository ?? containerImage.split(/[@:]/)[0];
    return (repository === entry.name || repository === entry.ref.repository || repository.endsWith(`/${entry.name}`));
}


/***/ }),

/***/ 29920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mc: () => (/* binding */ pinImages),
/* harmony export */   Ye: () => (/* binding */ parseManifests),
/* harmony export */   fE: () => (/* binding */ toYaml),
/* harmony export */   yX: () => (/* binding */ orderForApply)
/* harmony export */ });
/* unused harmony exports WORKLOAD_KINDS, isWorkload, podSpecOf, objectName */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21085);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71422);
/**
 * Manifests as objects: parsing multi-document YAML, pinning images by digest in every pod
 * template (Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, CronJobs, Pods), ordering
 * for apply (namespaces and CRDs first), and printing the result. Pure: no I/O.
 */



/** Kinds whose rollout deploy-eks waits for. */
const WORKLOAD_KINDS = (/* unused pure expression or super */ null && (['Deployment', 'StatefulSet', 'DaemonSet']));
function isWorkload(object) {
    return object.apiVersion === 'apps/v1' && WORKLOAD_KINDS.includes(object.kind);
}
/** Parse every document of `text` (from `source`), flattening `List`s and dropping empty ones. */
function parseManifests(text, source) {
    let docs;
    try {
        docs = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .loadAll */ .gh)(text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${source} is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    const objects = [];
    const visit = (doc, index) => {
        if (doc === null || doc === undefined)
            return;
        const object = doc;
        if (typeof doc !== 'object' ||
            Array.isArray(doc) ||
            typeof object.kind !== 'string' ||
            typeof object.apiVersion !== 'string')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${source}: document ${index + 1} is not a Kubernetes object (it needs apiVersion and kind)`);
        if (/List$/.test(object.kind) && Array.isArray(object.items)) {
            for (const item of object.items)
                visit(item, index);
            return;
        }
        if (!object.metadata || typeof object.metadata.name !== 'string' || object.metadata.name === '')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${source}: ${object.kind} in document ${index + 1} has no metadata.name`);
        objects.push(object);
    };
    docs.forEach(visit);
    return objects;
}
/** The pod spec inside an object, for every kind that has one. */
function podSpecOf(object) {
    switch (object.kind) {
        case 'Pod':
            return object.spec;
        case 'CronJob':
            return object.spec?.jobTemplate?.spec?.template?.spec;
        case 'Deployment':
        case 'StatefulSet':
        case 'DaemonSet':
        case 'ReplicaSet':
        case 'ReplicationController':
        case 'Job':
            return object.spec?.template?.spec;
        case 'PodTemplate':
            return object.template?.spec;
        default:
            return undefined;
    }
}
/** `deployment/auth-service` (with ` in erp` when namespaced elsewhere than default). */
function objectName(object) {
    return `${object.kind.toLowerCase()}/${object.metadata.name}`;
}
/**
 * Copies of `objects` with each container image that an entry matches replaced by the entry's
 * reference. An entry that matches nothing is an error (a typo would otherwise deploy nothing).
 */
function pinImages(objects, entries) {
    const used = new Set();
    const pinned = [];
    const unpinned = [];
    const copies = objects.map(original => {
        const object = structuredClone(original);
        const spec = podSpecOf(object);
        if (!spec)
            return object;
        for (const list of [spec.initContainers, spec.containers, spec.ephemeralContainers]) {
            if (!Array.isArray(list))
                continue;
            for (const container of list) {
                if (!container || typeof container.image !== 'string')
                    continue;
                const entry = entries.find(candidate => (0,_images_js__WEBPACK_IMPORTED_MODULE_2__/* .entryMatches */ .Yn)(candidate, container.image));
                if (entry) {
                    used.add(entry.name);
                    pinned.push({
                        object: objectName(object),
                        namespace: object.metadata.namespace,
                        container: String(container.name),
                        from: container.image,
                        to: entry.image
                    });
                    container.image = entry.image;
                }
                else if (!container.image.includes('@')) {
                    unpinned.push({
                        object: objectName(object),
                        container: String(container.name),
                        image: container.image
                    });
                }
            }
        }
        return object;
    });
    const unused = entries.filter(entry => !used.has(entry.name));
    if (unused.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('images', `${unused.map(entry => `"${entry.name}"`).join(', ')} ${unused.length === 1 ? 'matches' : 'match'} no container image in the manifests`, `names or repositories of images the manifests use (they use: ${[...new Set(allImages(objects))].join(', ') || 'none'})`);
    return { objects: copies, pinned, unpinned };
}
function allImages(objects) {
    return objects.flatMap(object => {
        const spec = podSpecOf(object);
        return [spec?.initContainers, spec?.containers]
            .flatMap(list => (Array.isArray(list) ? list : []))
            .map(container => String(container?.image));
    });
}
/**
 * Apply order: what others depend on first (Helm's install order, in short): namespaces, CRDs,
 * policies and accounts, configuration and storage, RBAC, services, workloads, then the rest
 * (custom resources last, their CRDs being established by then).
 */
const ORDER = [
    'Namespace',
    'CustomResourceDefinition',
    'PriorityClass',
    'ResourceQuota',
    'LimitRange',
    'PodSecurityPolicy',
    'PodDisruptionBudget',
    'ServiceAccount',
    'Secret',
    'ConfigMap',
    'StorageClass',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'ClusterRole',
    'ClusterRoleBinding',
    'Role',
    'RoleBinding',
    'Service',
    'DaemonSet',
    'Pod',
    'ReplicationController',
    'ReplicaSet',
    'Deployment',
    'HorizontalPodAutoscaler',
    'StatefulSet',
    'Job',
    'CronJob',
    'IngressClass',
    'Ingress',
    'APIService',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration'
];
function rank(object) {
    const index = ORDER.indexOf(object.kind);
    return index === -1 ? ORDER.length : index;
}
/** `objects` in apply order (stable within a kind). */
function orderForApply(objects) {
    return objects
        .map((object, index) => ({ object, index }))
        .sort((a, b) => rank(a.object) - rank(b.object) || a.index - b.index)
        .map(({ object }) => object);
}
/** Objects as one multi-document YAML stream. */
function toYaml(objects) {
    return objects.map(object => (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .dump */ .Bh)(object, { lineWidth: -1, noRefs: true })).join('---\n');
}


/***/ }),

/***/ 61614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r_: () => (/* binding */ readEksTarget),
  $d: () => (/* binding */ readRenderOptions)
});

// UNUSED EXPORTS: DEPLOY_INPUTS, readDeployOptions

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/paths.ts
var paths = __webpack_require__(77168);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./lib/kube/kubeconfig.ts
/**
 * A kubeconfig's current (or named) context reduced to what a client needs: the server, its CA,
 * and a bearer token or a client certificate. Credential plugins (`exec`, `auth-provider`) are not
 * run: a kubeconfig for Shipline carries a token or a certificate (a kind or minikube kubeconfig
 * does; for EKS use cluster-name and aws-region instead).
 *
 * The server is reached over verified TLS: a plain `http://` server, or `insecure-skip-tls-verify`,
 * is refused unless the server is on loopback (a local kind or minikube cluster), since the bearer
 * token or client key would otherwise go to whoever answers. Files the kubeconfig refers to are
 * regular files of at most 1 MiB (never a pipe or a device).
 */





/** A kubeconfig that cannot be used: the message says what is wrong with it, `accepted` what would do. */
class kubeconfig_KubeconfigError extends errors/* UserError */.yo {
    accepted;
    constructor(message, accepted) {
        super(message);
        this.accepted = accepted;
        this.name = 'KubeconfigError';
    }
}
/** The largest file (CA, certificate, key, token) a kubeconfig may refer to. */
const MAX_KUBECONFIG_FILE_BYTES = 1 * paths/* MiB */.lv;
const ACCEPTED_TRANSPORT = 'an https server verified by its CA (certificate-authority-data); plain http or insecure-skip-tls-verify only for a server on loopback';
/** The server's URL, refused when it would send credentials without verified TLS off loopback. */
function checkTransport(server, clusterName, skipTls) {
    let url;
    try {
        url = new URL(server);
    }
    catch {
        throw new kubeconfig_KubeconfigError(`cluster "${clusterName}" has no http(s) server URL`);
    }
    if (isLoopbackHost(url.hostname))
        return;
    if (url.protocol === 'http:')
        throw new kubeconfig_KubeconfigError(`has cluster "${clusterName}" with the plain HTTP server ${url.origin}, which is not on loopback`, ACCEPTED_TRANSPORT);
    if (skipTls)
        throw new kubeconfig_KubeconfigError(`has cluster "${clusterName}" with insecure-skip-tls-verify for ${url.origin}, which is not on loopback`, ACCEPTED_TRANSPORT);
}
function asDict(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function findNamed(list, name, field) {
    if (!Array.isArray(list))
        return undefined;
    const entry = list.find(item => asDict(item)?.name === name);
    return entry ? asDict(entry[field]) : undefined;
}
function str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
function loadConfig(text) {
    let doc;
    try {
        doc = load(text);
    }
    catch (error) {
        throw new kubeconfig_KubeconfigError(`is not valid YAML (${error.message.split('\n')[0]})`);
    }
    const config = asDict(doc);
    if (!config || !Array.isArray(config.clusters) || !Array.isArray(config.contexts))
        throw new kubeconfig_KubeconfigError('is not a kubeconfig (it has no clusters and contexts lists)');
    return config;
}
/** The context to use (`contextName`, else the current one) and the cluster it names. */
function selectContext(config, contextName) {
    const context = contextName ?? str(config['current-context']);
    if (!context)
        throw new kubeconfig_KubeconfigError('sets no current-context');
    const ctx = findNamed(config.contexts, context, 'context');
    if (!ctx)
        throw new kubeconfig_KubeconfigError(`has no context named "${context}"`);
    const clusterName = str(ctx.cluster);
    const cluster = clusterName ? findNamed(config.clusters, clusterName, 'cluster') : undefined;
    if (!cluster)
        throw new kubeconfig_KubeconfigError(`context "${context}" names cluster "${clusterName ?? ''}", which it does not define`);
    return { context, ctx, clusterName: clusterName, cluster };
}
/** The contents of a file the kubeconfig refers to (relative to its directory, `base`). */
function referencedFile(base, value) {
    const name = str(value);
    if (!name)
        return undefined;
    const full = isAbsolute(name) ? name : resolve(base, name);
    const problem = regularFileProblem(full, MAX_KUBECONFIG_FILE_BYTES);
    if (problem)
        throw new kubeconfig_KubeconfigError(`refers to ${full}, which ${problem}`);
    try {
        return readCheckedFile('kubeconfig', full, full, MAX_KUBECONFIG_FILE_BYTES, '');
    }
    catch {
        throw new kubeconfig_KubeconfigError(`refers to ${full}, which cannot be read`);
    }
}
function base64Data(value) {
    const encoded = str(value);
    return encoded ? Buffer.from(encoded, 'base64').toString('utf8') : undefined;
}
/** Parse kubeconfig `text` (read from `path`, for relative file references). */
function kubeconfig_parseKubeconfig(text, path = '.', contextName) {
    const config = loadConfig(text);
    const { context, ctx, clusterName, cluster } = selectContext(config, contextName);
    const server = str(cluster.server);
    if (!server || !/^https?:\/\/[^/\s]+/.test(server))
        throw new kubeconfig_KubeconfigError(`cluster "${clusterName}" has no http(s) server URL`);
    const insecureSkipTlsVerify = cluster['insecure-skip-tls-verify'] === true;
    checkTransport(server, clusterName, insecureSkipTlsVerify);
    const userName = str(ctx.user);
    const user = (userName ? findNamed(config.users, userName, 'user') : undefined) ?? {};
    const file = (value) => referencedFile(dirname(path), value);
    if (user.exec || user['auth-provider'])
        throw new kubeconfig_KubeconfigError(`user "${userName}" gets its credentials from ${user.exec ? 'an exec plugin' : 'an auth-provider'}, which Shipline does not run: use a kubeconfig with a bearer token or a client certificate, or cluster-name and aws-region for EKS`);
    const credentials = {
        server: server.replace(/\/+$/, ''),
        ca: base64Data(cluster['certificate-authority-data']) ?? file(cluster['certificate-authority']),
        insecureSkipTlsVerify,
        token: str(user.token) ?? file(user.tokenFile)?.trim(),
        clientCert: base64Data(user['client-certificate-data']) ?? file(user['client-certificate']),
        clientKey: base64Data(user['client-key-data']) ?? file(user['client-key']),
        namespace: str(ctx.namespace),
        context
    };
    if (!credentials.token && !(credentials.clientCert && credentials.clientKey))
        throw new kubeconfig_KubeconfigError(`user "${userName ?? ''}" has neither a token nor a client certificate and key: Shipline needs one of them (exec plugins are not run)`);
    return credentials;
}

// EXTERNAL MODULE: ./lib/kube/images.ts
var kube_images = __webpack_require__(71422);
// EXTERNAL MODULE: ./lib/kube/sources.ts
var sources = __webpack_require__(87196);
;// CONCATENATED MODULE: ./lib/kube/options.ts
/** What a deploy needs, read from inputs (deploy-eks', or the CLI's flags), validated before anything runs. */






const DEPLOY_INPUTS = {
    clusterName: 'cluster-name',
    awsRegion: 'aws-region',
    kubeconfig: 'kubeconfig',
    manifests: 'manifests',
    images: 'images',
    allowTags: 'allow-tags',
    namespace: 'namespace',
    timeout: 'timeout',
    rollbackOnFailure: 'rollback-on-failure',
    pollInterval: 'poll-interval',
    prune: 'prune',
    applyset: 'applyset'
};
const INPUTS = DEPLOY_INPUTS;
const MAX_KUBECONFIG_BYTES = 1 * paths/* MiB */.lv;
const ACCEPTED_KUBECONFIG_FILE = 'the path of a kubeconfig file of at most 1 MiB in the workspace or RUNNER_TEMP, or its contents';
const CLUSTER_NAME = /^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/;
const NAMESPACE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const SECRET_NAME = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** The inputs `shipline render` shares with the action. */
function readRenderOptions(inputs, cwd = process.cwd(), env = process.env) {
    const manifests = (0,sources/* resolveManifestSources */._U)(inputs.multiline(INPUTS.manifests, { required: true, maxLines: 100, maxLineLength: 4096 }), { root: cwd, alsoUnder: [env.RUNNER_TEMP] });
    const allowTags = inputs.boolean(INPUTS.allowTags, false);
    const images = (0,kube_images/* parseImageEntries */.Ty)(inputs.multiline(INPUTS.images, { maxLines: 500, maxLineLength: 1024 }), allowTags);
    return { manifests, images, allowTags };
}
/** An EKS cluster name and region (shared with `shipline eks-token`, whose region flag is `region`). */
function readEksTarget(inputs, clusterInput, regionInput) {
    const clusterName = inputs.string(clusterInput, { required: true });
    if (!CLUSTER_NAME.test(clusterName))
        throw new errors/* InputError */.dz(clusterInput, `"${clusterName}" is not an EKS cluster name`, 'up to 100 letters, digits, hyphens and underscores, starting with a letter or digit');
    return { clusterName, region: inputs.awsRegion(regionInput) };
}
function readKubeconfig(value, cwd, allowed) {
    // A value with a line break is the kubeconfig itself (a secret); otherwise it is a file path.
    if (/\r?\n/.test(value))
        return { text: value, path: resolve(cwd, 'kubeconfig'), source: 'the kubeconfig input' };
    const path = fileInput(INPUTS.kubeconfig, value, {
        root: cwd,
        alsoUnder: [(allowed.env ?? process.env).RUNNER_TEMP, ...(allowed.kubeconfigDirs ?? [])],
        accepted: ACCEPTED_KUBECONFIG_FILE,
        maxBytes: MAX_KUBECONFIG_BYTES
    });
    const text = readCheckedFile(INPUTS.kubeconfig, path, value, MAX_KUBECONFIG_BYTES, ACCEPTED_KUBECONFIG_FILE);
    return { text, path, source: value };
}
function getCluster(inputs, cwd, allowed) {
    const clusterName = inputs.optional(INPUTS.clusterName);
    const kubeconfig = inputs.optional(INPUTS.kubeconfig);
    if (clusterName && kubeconfig)
        throw new InputError(INPUTS.kubeconfig, 'is set together with cluster-name', 'either cluster-name (with aws-region) or kubeconfig, not both');
    if (!clusterName && !kubeconfig)
        throw new InputError(INPUTS.clusterName, 'is required when kubeconfig is empty', 'an EKS cluster name (with aws-region), or set kubeconfig');
    if (clusterName) {
        return { type: 'eks', ...readEksTarget(inputs, INPUTS.clusterName, INPUTS.awsRegion) };
    }
    const { text, path, source } = readKubeconfig(kubeconfig, cwd, allowed);
    try {
        return { type: 'kubeconfig', credentials: parseKubeconfig(text, path), source };
    }
    catch (error) {
        if (error instanceof KubeconfigError)
            throw new InputError(INPUTS.kubeconfig, `${source} ${error.message}`, error.accepted ??
                'a kubeconfig whose current context has a server and a bearer token or client certificate');
        throw error;
    }
}
/** Every deploy option; files stay in the workspace `cwd` or RUNNER_TEMP (and `allowed.kubeconfigDirs`). */
function readDeployOptions(inputs, cwd = process.cwd(), allowed = {}) {
    const cluster = getCluster(inputs, cwd, allowed);
    const render = readRenderOptions(inputs, cwd, allowed.env);
    const namespace = inputs.optional(INPUTS.namespace) ??
        (cluster.type === 'kubeconfig' ? cluster.credentials.namespace : undefined) ??
        'default';
    if (!NAMESPACE.test(namespace))
        throw new InputError(INPUTS.namespace, `"${namespace}" is not a namespace name`, 'a DNS label: lower-case letters, digits and hyphens, at most 63');
    return {
        cluster,
        ...render,
        namespace,
        timeoutMs: inputs.duration(INPUTS.timeout, '10m', { min: 1000, max: 6 * 3_600_000 }),
        rollbackOnFailure: inputs.boolean(INPUTS.rollbackOnFailure, true),
        pollMs: inputs.duration(INPUTS.pollInterval, '5s', { min: 100, max: 60_000 }),
        prune: inputs.boolean(INPUTS.prune, true),
        applyset: { name: readApplySetName(inputs), namespace: inputs.optional(INPUTS.namespace) }
    };
}
/** The name of the ApplySet's parent Secret (default `shipline`). */
function readApplySetName(inputs) {
    const name = inputs.optional(INPUTS.applyset) ?? 'shipline';
    if (!SECRET_NAME.test(name))
        throw new InputError(INPUTS.applyset, `"${name}" is not a Secret name`, 'a DNS subdomain: lower-case letters, digits, hyphens and dots, at most 253');
    return name;
}


/***/ }),

/***/ 87196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ loadManifests),
/* harmony export */   _U: () => (/* binding */ resolveManifestSources),
/* harmony export */   a0: () => (/* binding */ defaultRunner)
/* harmony export */ });
/* unused harmony exports MAX_MANIFEST_BYTES, isKustomizeDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21085);
/* harmony import */ var _core_glob_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16384);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85219);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77168);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29920);
/**
 * Where manifests come from: each `manifests` line is a kustomize directory (a directory holding a
 * kustomization file, rendered with `kubectl kustomize`), a directory of YAML files, a file, or a
 * glob (`k8s/*.yaml`, `k8s/**\/*.yml`). Resolving is read-only and happens while inputs validate;
 * rendering runs kubectl: the one on PATH, or the pinned one it installs (lib/kube/kubectl.ts). Every
 * path stays in the workspace (or RUNNER_TEMP); every manifest file is a regular file of at most
 * 16 MiB (a named pipe or a link to /dev/zero is refused, never read).
 */







const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const INPUT = 'manifests';
const ACCEPTED = 'a kustomize directory, a directory of YAML files, YAML files, or globs such as k8s/*.yaml';
const ACCEPTED_FILE = 'manifest files of at most 16 MiB in the workspace or RUNNER_TEMP';
const MAX_MANIFEST_BYTES = 16 * _core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .MiB */ .lv;
function isKustomizeDir(dir) {
    return KUSTOMIZATION_FILES.some(name => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name)));
}
function walk(dir) {
    const files = [];
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules')
            continue;
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
        if (entry.isDirectory())
            files.push(...walk(full));
        else if (entry.isFile())
            files.push(full);
    }
    return files;
}
function expandGlob(pattern, rules) {
    const parts = pattern.split('/');
    const firstGlob = parts.findIndex(part => /[*?]/.test(part));
    const base = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .pathInside */ ._l)(INPUT, parts.slice(0, firstGlob).join('/') || '.', rules);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(base) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(base).isDirectory())
        return [];
    const matcher = (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_6__/* .globToRegExp */ .t)(parts.slice(firstGlob).join('/'));
    if (!matcher)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(INPUT, `"${pattern}" is not a valid glob (an unclosed [ or {)`, ACCEPTED);
    return walk(base)
        .filter(file => matcher.test((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, file).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/')))
        .sort();
}
/** A manifest file: a regular file of at most 16 MiB in the allowed directories. */
function manifestFile(value, rules) {
    return (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .fileInput */ .Fg)(INPUT, value, { ...rules, accepted: ACCEPTED_FILE, maxBytes: MAX_MANIFEST_BYTES });
}
/** The sources named by the `manifests` lines; every bad line is an InputError. */
function resolveManifestSources(lines, where) {
    const rules = { ...where, accepted: ACCEPTED };
    const sources = [];
    for (const line of lines) {
        if (/[*?]/.test(line)) {
            const files = expandGlob(line, rules).filter(file => MANIFEST_FILE.test(file));
            if (files.length === 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(INPUT, `"${line}" matches no .yaml, .yml or .json file`, ACCEPTED);
            sources.push(...files.map(path => ({ type: 'file', path: manifestFile(path, where) })));
            continue;
        }
        const path = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .pathInside */ ._l)(INPUT, line, { ...where, accepted: ACCEPTED_FILE });
        const kind = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .pathKind */ .gl)(INPUT, path, ACCEPTED, line);
        if (kind === 'missing')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(INPUT, `"${line}" does not exist`, ACCEPTED);
        if (kind === 'directory') {
            if (isKustomizeDir(path)) {
                sources.push({ type: 'kustomize', dir: path });
                continue;
            }
            const files = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path)
                .filter(name => MANIFEST_FILE.test(name))
                .sort()
                .map(name => manifestFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, name), where));
            if (files.length === 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(INPUT, `directory "${line}" has no kustomization file and no .yaml, .yml or .json file`, ACCEPTED);
            sources.push(...files.map(file => ({ type: 'file', path: file })));
        }
        else {
            sources.push({ type: 'file', path: manifestFile(line, where) });
        }
    }
    return sources;
}
/** Runs commands for real, output captured, not streamed. */
const defaultRunner = (command, args) => (0,_core_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)(command, args, { stream: false });
/**
 * Every object of every source, in input order. `kubectl kustomize` renders kustomize dirs; `kubectl`
 * says which kubectl (asked once, only when a kustomize directory is there).
 */
async function loadManifests(sources, runCommand, kubectl = async () => (await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(4468)]).then(__webpack_require__.bind(__webpack_require__, 44468))).resolveKubectl()) {
    const objects = [];
    let command;
    for (const source of sources) {
        if (source.type === 'file') {
            const text = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .readCheckedFile */ .m2)(INPUT, source.path, source.path, MAX_MANIFEST_BYTES, ACCEPTED_FILE);
            objects.push(...(0,_manifests_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifests */ .Ye)(text, source.path));
            continue;
        }
        command ??= await kubectl();
        let rendered;
        try {
            rendered = (await runCommand(command, ['kustomize', source.dir])).stdout;
        }
        catch (error) {
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo && /not found on PATH/.test(error.message))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`kubectl was not found on PATH: ${source.dir} is a kustomize directory, rendered with "kubectl kustomize"; install kubectl (azure/setup-kubectl) or list rendered YAML files in manifests`);
            throw error;
        }
        objects.push(...(0,_manifests_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifests */ .Ye)(rendered, `kubectl kustomize ${source.dir}`));
    }
    if (objects.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('The manifests hold no Kubernetes object');
    return objects;
}


/***/ })

};
