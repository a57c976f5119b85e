export const id = 603;
export const ids = [603];
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
function spawnAndCollect(command, args, options, label) {
    const stream = options.stream ?? true;
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
        child.on('error', error => {
            untrack(entry);
            const code = error.code;
            reject(code === 'ENOENT' ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${command} was not found on PATH`) : error);
        });
        child.on('close', (exitCode, signal) => {
            untrack(entry);
            for (const name of ['stdout', 'stderr'])
                if (pending[name])
                    emit(name, [pending[name]]);
            resolve({
                result: {
                    exitCode: exitCodeOf(exitCode, signal),
                    stdout: Buffer.concat(chunks.stdout).toString('utf8'),
                    stderr: Buffer.concat(chunks.stderr).toString('utf8')
                },
                stop: entry.stop
            });
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
/* harmony export */   Qn: () => (/* binding */ regularFileProblem),
/* harmony export */   T3: () => (/* binding */ GiB),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   _l: () => (/* binding */ pathInside),
/* harmony export */   gl: () => (/* binding */ pathKind),
/* harmony export */   lv: () => (/* binding */ MiB),
/* harmony export */   m2: () => (/* binding */ readCheckedFile),
/* harmony export */   qJ: () => (/* binding */ outputFileInput),
/* harmony export */   ty: () => (/* binding */ KiB)
/* harmony export */ });
/* unused harmony exports MAX_PATH_CHARS, formatBytes, checkRegularFile */
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
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz))
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


/***/ })

};
