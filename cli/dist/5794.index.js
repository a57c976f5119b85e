export const id = 5794;
export const ids = [5794];
export const modules = {

/***/ 6821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   ZH: () => (/* binding */ awsErrorName),
/* harmony export */   rw: () => (/* binding */ awsClientConfig),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* unused harmony export isCredentialsError */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40768);
/**
 * One place for AWS clients: region, SDK retry mode, user agent, and error classification.
 * Client packages are imported by each action lazily (after its inputs validate), so a bad input
 * fails before the SDK is even loaded.
 */

function awsClientConfig(region, options = {}) {
    return {
        region,
        maxAttempts: options.maxAttempts ?? 5,
        retryMode: 'adaptive',
        customUserAgent: `shipline/${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x}`
    };
}
/** The error code the SDK reports (`AccessDenied`, `NoSuchDistribution`, …), or ''. */
function awsErrorName(error) {
    if (error && typeof error === 'object') {
        const e = error;
        for (const candidate of [e.name, e.Code, e.code])
            if (typeof candidate === 'string')
                return candidate;
    }
    return '';
}
function isAccessDenied(error) {
    return /AccessDenied|UnauthorizedOperation|NotAuthorized/i.test(awsErrorName(error));
}
function isThrottling(error) {
    return /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/i.test(awsErrorName(error));
}
function isCredentialsError(error) {
    return /CredentialsProviderError|ExpiredToken|InvalidClientTokenId|UnrecognizedClient/i.test(awsErrorName(error));
}
/** A hint for errors no action-specific handler recognised. */
function describeAwsError(error) {
    const name = awsErrorName(error);
    const message = error instanceof Error ? error.message : String(error);
    if (isCredentialsError(error))
        return `${name}: ${message} (no usable AWS credentials: configure them with aws-actions/configure-aws-credentials and OIDC)`;
    return name && !message.startsWith(name) ? `${name}: ${message}` : message;
}


/***/ }),

/***/ 1866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export fakeClock */
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
};
/** A clock that only moves when slept on: deterministic tests of waits and timeouts. */
function fakeClock(start = 0) {
    let now = start;
    const slept = [];
    return {
        slept,
        now: () => now,
        sleep: async (ms) => {
            slept.push(ms);
            now += ms;
        }
    };
}


/***/ }),

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

/***/ 93502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ retry)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1866);
/**
 * Retry with full-jitter exponential backoff (the AWS Architecture Blog's "Full Jitter"):
 * the n-th wait is uniform in [0, min(cap, base * 2^n)).
 */

/** The wait before retry number `attempt` (0-based). */
function backoffDelay(attempt, baseMs, capMs, random) {
    return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
async function retry(operation, options = {}) {
    const { attempts = 5, deadlineMs = Infinity, baseMs = 1000, capMs = 30_000, retryable = () => true, onRetry, clock = _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m, random = Math.random } = options;
    const start = clock.now();
    for (let attempt = 0;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            const elapsed = clock.now() - start;
            if (attempt + 1 >= attempts || !retryable(error) || elapsed >= deadlineMs)
                throw error;
            const wait = Math.min(backoffDelay(attempt, baseMs, capMs, random), Math.max(0, deadlineMs - elapsed));
            onRetry?.(error, attempt + 1, wait);
            await clock.sleep(wait);
        }
    }
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

/***/ 15873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ insecureUrlProblem),
/* harmony export */   c: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
/**
 * Which URLs Shipline downloads from and talks to: HTTPS, or plain HTTP only to a loopback host (a
 * test server or a mirror on the same machine, where nothing crosses a network). No switch turns
 * plain HTTP on for any other host.
 */
/** Whether `hostname` (a URL's hostname: `localhost`, `127.0.0.1`, `[::1]`) is a loopback address. */
function isLoopbackHost(hostname) {
    const name = hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
    return name === 'localhost' || name === '::1' || /^127(?:\.\d{1,3}){3}$/.test(name);
}
/** What is wrong with `text` as a download URL, or undefined when it is HTTPS (or loopback HTTP). */
function insecureUrlProblem(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return 'is not a URL';
    }
    if (url.protocol === 'https:' && url.hostname)
        return undefined;
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname))
        return undefined;
    if (url.protocol === 'http:')
        return 'is plain HTTP (only https, or http on loopback for tests)';
    return `is not an https URL`;
}


/***/ }),

/***/ 56797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UP: () => (/* binding */ matrix),
/* harmony export */   VH: () => (/* binding */ changedServices),
/* harmony export */   hR: () => (/* binding */ watchedPaths),
/* harmony export */   ny: () => (/* binding */ gitPrefix),
/* harmony export */   ri: () => (/* binding */ toGitPath)
/* harmony export */ });
/* unused harmony exports covers, servicesTouched */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23593);
/**
 * Which services changed: a service changed when a file under one of its watched paths, or its
 * Dockerfile, differs from the base. The result is a GitHub Actions matrix (`{"include":[…]}`).
 */



/** The paths (relative to the configuration's directory) whose change rebuilds `service`. */
function watchedPaths(service) {
    const dockerfile = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(service.context, service.dockerfile);
    const paths = [...service.watch];
    if (!paths.some(path => covers(path, dockerfile)))
        paths.push(dockerfile);
    return paths;
}
/** Whether `path` is `dir` itself or inside it ('.' covers everything). */
function covers(dir, path) {
    return dir === '.' || path === dir || path.startsWith(`${dir}/`);
}
/** A path relative to the configuration's directory → relative to the git top level. */
function toGitPath(prefix, path) {
    const joined = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(prefix || '.', path));
    return joined === './' ? '.' : joined.replace(/\/$/, '');
}
/** The services (in the file's order) that `files` (git top-level relative) touch. */
function servicesTouched(services, files, prefix = '') {
    return services.filter(service => watchedPaths(service)
        .map(path => toGitPath(prefix, path))
        .some(dir => files.some(file => covers(dir, file))));
}
/** `{"include":[…]}` for `strategy.matrix`: one entry per service, platforms comma-separated. */
function matrix(services) {
    return {
        include: services.map(service => ({
            service: service.name,
            context: service.context,
            dockerfile: service.dockerfile,
            platforms: service.platforms.join(','),
            ...(service.workload ? { workload: service.workload } : {})
        }))
    };
}
/** The services changed since `base` (all of them, with the reason, when there is no usable base). */
async function changedServices(config, base) {
    if (!base)
        return { services: config.services, allBecause: 'no base was given' };
    const top = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .gitTopLevel */ .oB)(config.root);
    const files = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .changedFilesSince */ .OM)(top, base);
    if (!files)
        return {
            services: config.services,
            allBecause: /^0+$/.test(base)
                ? `the base ${base} is the all-zero sha of a new branch`
                : `the base ${base} is not a commit of this repository (shallow clone? fetch it first)`
        };
    const prefix = await gitPrefix(top, config.root);
    return { services: servicesTouched(config.services, files, prefix) };
}
/** The configuration's directory relative to the git top level ('' when it is the top level). */
async function gitPrefix(top, root) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(top), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root))
        .split('\\')
        .join('/');
}


/***/ }),

/***/ 23593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   OM: () => (/* binding */ changedFilesSince),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   VQ: () => (/* binding */ pathObjectIds),
/* harmony export */   Xb: () => (/* binding */ dirtyPaths),
/* harmony export */   oB: () => (/* binding */ gitTopLevel)
/* harmony export */ });
/* unused harmony export resolveCommit */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21085);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85219);
/**
 * Git, read-only as far as the user can see: the repository root, the commit, the object ids of
 * paths (of the working tree when it has uncommitted changes there), and the files changed since a
 * base. Paths given to and returned by these functions are relative to the repository's top level.
 */






/** Run git quietly (argv only; paths taken literally); stdout. */
async function git(cwd, args, options = {}) {
    const result = await (0,_core_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)('git', ['--literal-pathspecs', ...args], {
        cwd,
        stream: false,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
        okExitCodes: options.okExitCodes
    });
    return { stdout: result.stdout, exitCode: result.exitCode };
}
/** The top level of the git work tree holding `cwd`. */
async function gitTopLevel(cwd) {
    const { stdout, exitCode } = await git(cwd, ['rev-parse', '--show-toplevel'], { okExitCodes: [0, 128] });
    if (exitCode !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${cwd} is not inside a git repository; Shipline computes content tags from git`);
    return stdout.trim();
}
/** The commit HEAD points at, or undefined in a repository without commits. */
async function headCommit(top) {
    const { stdout, exitCode } = await git(top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
        okExitCodes: [0, 1, 128]
    });
    return exitCode === 0 ? stdout.trim() : undefined;
}
/** The commit `ref` names, or undefined when it names none (unknown ref, all-zero sha). */
async function resolveCommit(top, ref) {
    if (/^0+$/.test(ref))
        return undefined;
    const { stdout, exitCode } = await git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
        okExitCodes: [0, 1, 128]
    });
    return exitCode === 0 ? stdout.trim() : undefined;
}
/** Paths (of `paths`) with uncommitted changes: modified, staged, deleted or untracked, not ignored. */
async function dirtyPaths(top, paths) {
    const { stdout } = await git(top, [
        'status',
        '--porcelain=v1',
        '-z',
        '--untracked-files=all',
        '--no-renames',
        '--',
        ...paths.map(pathspec)
    ]);
    return stdout
        .split('\0')
        .filter(Boolean)
        .map(entry => entry.slice(3));
}
function pathspec(path) {
    return path === '' || path === '.' ? '.' : path;
}
/** `tree-ish:path` ids via one `git rev-parse` ('.' is the tree itself); absent paths are left out. */
async function idsInTree(top, treeish, paths) {
    const ids = new Map();
    if (paths.length === 0)
        return ids;
    const specs = paths.map(path => `${treeish}:${path === '.' ? '' : path}`);
    // One line out per line in: the object id, or `<spec> missing` when the path is absent.
    const { stdout } = await (0,_core_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)('git', ['cat-file', '--batch-check=%(objectname)'], {
        cwd: top,
        input: `${specs.join('\n')}\n`,
        stream: false
    });
    const lines = stdout.split('\n');
    paths.forEach((path, i) => {
        if (/^[0-9a-f]{40,64}$/.test(lines[i] ?? ''))
            ids.set(path, lines[i]);
    });
    return ids;
}
/**
 * The git object id of each path: from HEAD when those paths are clean; otherwise of the working tree,
 * computed the way `git add` + `git commit` would (a temporary index, the real one untouched), so a
 * local build of uncommitted files gets the tag CI gets once they are committed.
 */
async function pathObjectIds(top, paths, known = {}) {
    const wanted = [...new Set(paths.map(pathspec))];
    const head = known.head === undefined ? await headCommit(top) : (known.head ?? undefined);
    const under = (file) => wanted.some(p => p === '.' || file === p || file.startsWith(`${p}/`));
    const dirty = head === undefined ||
        (known.dirtyFiles ? known.dirtyFiles.some(under) : (await dirtyPaths(top, wanted)).length > 0);
    let ids;
    if (!dirty)
        ids = await idsInTree(top, 'HEAD', wanted);
    else {
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'shipline-index-'));
        try {
            const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'index') };
            await git(top, head ? ['read-tree', 'HEAD'] : ['read-tree', '--empty'], { env });
            const inHead = head ? await idsInTree(top, 'HEAD', wanted) : new Map();
            const present = wanted.filter(p => inHead.has(p) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(top, p)));
            if (present.length > 0)
                await git(top, ['add', '--all', '--', ...present], { env });
            const { stdout } = await git(top, ['write-tree'], { env });
            ids = await idsInTree(top, stdout.trim(), wanted);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
        }
    }
    const result = new Map();
    for (const path of wanted)
        result.set(path, ids.get(path) ?? 'missing');
    return { ids: result, dirty };
}
/**
 * Files changed between the merge base of `base` and HEAD, and the working tree (uncommitted and
 * untracked files count too). Undefined when `base` names no commit.
 */
async function changedFilesSince(top, base) {
    const baseCommit = await resolveCommit(top, base);
    if (!baseCommit)
        return undefined;
    const head = await headCommit(top);
    let from = baseCommit;
    if (head) {
        const { stdout, exitCode } = await git(top, ['merge-base', baseCommit, head], { okExitCodes: [0, 1] });
        if (exitCode === 0)
            from = stdout.trim();
    }
    const diff = await git(top, ['diff', '--name-only', '--no-renames', '-z', from, '--']);
    const untracked = await git(top, ['ls-files', '--others', '--exclude-standard', '-z']);
    const files = [...diff.stdout.split('\0'), ...untracked.stdout.split('\0')].filter(Boolean);
    return [...new Set(files)].sort();
}


/***/ }),

/***/ 40947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QD: () => (/* binding */ RegistryAccess),
  KN: () => (/* binding */ buildPushService),
  _x: () => (/* binding */ checkService),
  ls: () => (/* binding */ identify),
  RL: () => (/* binding */ newSession),
  WX: () => (/* binding */ withBuildArgs)
});

// UNUSED EXPORTS: archivePath

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/git/changed.ts
var changed = __webpack_require__(56797);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/git/git.ts
var git = __webpack_require__(23593);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(95422);
// EXTERNAL MODULE: ./lib/images/oci-archive.ts + 1 modules
var oci_archive = __webpack_require__(22040);
// EXTERNAL MODULE: ./lib/images/registry.ts + 1 modules
var registry = __webpack_require__(93820);
// EXTERNAL MODULE: ./lib/core/secrets.ts
var secrets = __webpack_require__(40549);
// EXTERNAL MODULE: ./lib/images/builder-args.ts
var builder_args = __webpack_require__(2806);
;// CONCATENATED MODULE: ./lib/images/base-images.ts
/**
 * The base images of a Dockerfile and their digests, so the content tag covers them: when
 * `busybox:1.36` moves to a new image, the tag changes, the registry lacks it, and the service is
 * rebuilt. The Dockerfile is read the way the builder reads it (global ARGs with the build args over
 * their defaults, `FROM … AS stage`, `COPY --from=`); a reference pinned by digest needs no lookup.
 */



const DIGEST = /@(sha256:[0-9a-f]{64})$/;
/** Logical lines (continuations joined), comments and parser directives left out. */
function instructions(text) {
    const out = [];
    let pending = '';
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!pending && (line === '' || line.startsWith('#')))
            continue;
        if (line.endsWith('\\')) {
            pending += `${line.slice(0, -1)} `;
            continue;
        }
        const whole = `${pending}${line}`.trim();
        pending = '';
        const match = /^([A-Za-z]+)\s*(.*)$/.exec(whole);
        if (match)
            out.push({ keyword: match[1].toUpperCase(), rest: match[2] });
    }
    if (pending.trim()) {
        const match = /^([A-Za-z]+)\s*(.*)$/.exec(pending.trim());
        if (match)
            out.push({ keyword: match[1].toUpperCase(), rest: match[2] });
    }
    return out;
}
function unquote(value) {
    return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}
/** `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME:+alternative}` with the global ARGs. */
function substitute(text, args) {
    return text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_all, braced, op, word, bare) => {
        const value = args.get((braced ?? bare)) ?? '';
        if (op === '-')
            return value || (word ?? '');
        if (op === '+')
            return value ? (word ?? '') : '';
        return value;
    });
}
/**
 * The external images `dockerfile` builds from, in order and once each: every `FROM` that is not an
 * earlier stage or `scratch`, and every `COPY --from=IMAGE` / `RUN --mount=…,from=IMAGE` naming an image.
 */
function dockerfileBases(dockerfile, buildArgs) {
    const globals = new Map();
    const stages = new Set();
    const bases = [];
    const add = (ref) => {
        const image = ref.trim();
        if (!image || image.toLowerCase() === 'scratch' || stages.has(image.toLowerCase()))
            return;
        if (/^\d+$/.test(image))
            return; // COPY --from=0: a stage by index
        if (!bases.includes(image))
            bases.push(image);
    };
    let seenFrom = false;
    for (const { keyword, rest } of instructions(dockerfile)) {
        if (keyword === 'ARG' && !seenFrom) {
            for (const declaration of rest.split(/\s+/).filter(Boolean)) {
                const eq = declaration.indexOf('=');
                const name = eq < 0 ? declaration : declaration.slice(0, eq);
                const fallback = eq < 0 ? undefined : unquote(declaration.slice(eq + 1));
                const value = buildArgs[name] ?? fallback;
                if (value !== undefined)
                    globals.set(name, value);
            }
        }
        else if (keyword === 'FROM') {
            seenFrom = true;
            const words = rest.split(/\s+/).filter(word => !word.startsWith('--'));
            add(substitute(words[0] ?? '', globals));
            if (words[1]?.toUpperCase() === 'AS' && words[2])
                stages.add(words[2].toLowerCase());
        }
        else if (keyword === 'COPY' || keyword === 'ADD' || keyword === 'RUN') {
            for (const match of rest.matchAll(/--(?:from=|mount=\S*?\bfrom=)([^\s,]+)/g))
                add(match[1]);
        }
    }
    return bases;
}
/** A reference's registry host, repository and tag, as Docker resolves short names. */
function parseImageRef(ref) {
    const withoutDigest = ref.replace(/@sha256:[0-9a-f]{64}$/, '');
    const slash = withoutDigest.indexOf('/');
    const first = slash < 0 ? '' : withoutDigest.slice(0, slash);
    const isHost = first.includes('.') || first.includes(':') || first === 'localhost';
    let host = isHost ? first : 'docker.io';
    let path = isHost ? withoutDigest.slice(slash + 1) : withoutDigest;
    const colon = path.lastIndexOf(':');
    const tag = colon > path.lastIndexOf('/') && colon >= 0 ? path.slice(colon + 1) : 'latest';
    if (colon > path.lastIndexOf('/') && colon >= 0)
        path = path.slice(0, colon);
    if (host === 'docker.io' || host === 'index.docker.io') {
        host = 'registry-1.docker.io';
        if (!path.includes('/'))
            path = `library/${path}`;
    }
    return { host, repository: path, tag };
}
/** ref → digest for each of `refs`: pinned digests as written, the others through `resolve`. */
async function baseDigests(refs, resolve) {
    const out = {};
    for (const ref of refs) {
        const pinned = DIGEST.exec(ref);
        out[ref] = pinned ? pinned[1] : await resolve(ref);
    }
    return out;
}
/**
 * The builder's view of a base image: podman's local images (`localhost/…`) by their image id, every
 * other reference by the digest its registry serves for the tag (anonymously, or with the credentials
 * `docker login` saved).
 */
function defaultBaseResolver(ctx) {
    return async (ref) => {
        try {
            if (ctx.builder === 'podman' && ref.startsWith('localhost/')) {
                const { stdout } = await ctx.exec('podman', [...(0,builder_args/* podmanGlobalArgs */._$)(ctx.podman), 'image', 'inspect', '--format', '{{.Id}}', ref], { stream: false });
                const id = stdout.trim();
                if (!/^(sha256:)?[0-9a-f]{64}$/.test(id))
                    throw new Error(`podman reported the image id "${id}"`);
                return id.startsWith('sha256:') ? id : `sha256:${id}`;
            }
            const { host, repository, tag } = parseImageRef(ref);
            const credentials = await (0,registry/* savedCredentials */.YU)(host, ctx.env);
            const client = new registry/* RegistryClient */.bP({ host, insecure: (0,registry/* isLoopback */.U9)(host), credentials }, ctx.fetch);
            const digest = await client.manifestDigest(repository, tag);
            if (!digest)
                throw new Error(`${host} has no ${repository}:${tag}`);
            return digest;
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Base image ${ref}: cannot resolve its digest for the content tag (${error.message}); pin it by digest (FROM ${ref.replace(DIGEST, '')}@sha256:…) or make its registry reachable`);
        }
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/images/content-tag.ts
/**
 * The content tag: `src-<12 hex>` of everything that decides what a build produces, namely the git
 * object ids of the watched paths and of the Dockerfile, the build context, the build args, the
 * platforms and the digests of the base images. Same sources → same tag, on any machine; the
 * registry holding the tag means the build can be skipped, and lacking it means it must be built.
 */




const CONTENT_TAG = /^src-[0-9a-f]{12}$/;
/** The tag of `sources`; independent of the order of paths, build args and platforms. */
function contentTag(sources) {
    const lines = [
        'shipline-content-v1',
        `context ${sources.context}`,
        `dockerfile ${sources.dockerfile}`,
        ...Object.keys(sources.ids)
            .sort()
            .map(path => `path ${path} ${sources.ids[path]}`),
        ...Object.keys(sources.buildArgs)
            .sort()
            .map(name => `build-arg ${name}=${JSON.stringify(sources.buildArgs[name])}`),
        ...[...sources.platforms].sort().map(platform => `platform ${platform}`),
        ...Object.keys(sources.bases ?? {})
            .sort()
            .map(ref => `base ${ref} ${sources.bases?.[ref]}`)
    ];
    return `src-${(0,external_node_crypto_.createHash)('sha256').update(lines.join('\n')).digest('hex').slice(0, 12)}`;
}
/** The sources of `service` read from git (the working tree when it has uncommitted changes there). */
async function readContentSources(top, prefix, service, 
/** HEAD (null: no commit yet) and the repository's uncommitted files, when the caller has them. */
known = {}) {
    const dockerfile = external_node_path_.posix.join(service.context, service.dockerfile);
    const paths = [...new Set([...(0,changed/* watchedPaths */.hR)(service), dockerfile])];
    const { ids, dirty } = await (0,git/* pathObjectIds */.VQ)(top, paths.map(path => (0,changed/* toGitPath */.ri)(prefix, path)), known);
    return {
        dirty,
        sources: {
            context: service.context,
            dockerfile,
            ids: Object.fromEntries(paths.map(path => [path, ids.get((0,changed/* toGitPath */.ri)(prefix, path)) ?? 'missing'])),
            buildArgs: service.buildArgs,
            platforms: service.platforms
        }
    };
}

// EXTERNAL MODULE: ./lib/images/options.ts
var images_options = __webpack_require__(16863);
// EXTERNAL MODULE: ./lib/images/registry-target.ts
var registry_target = __webpack_require__(60414);
;// CONCATENATED MODULE: ./lib/images/build-push.ts
/**
 * One service through build-push: content tag → registry check → build into an OCI archive (or take
 * the archive built and scanned earlier) → push those bytes → verify the registry's digest. Shared
 * by the action and `shipline build`.
 */















function newSession() {
    return { memo: new Map(), buildQueue: { tail: Promise.resolve() } };
}
/** Run `fn` after every build queued before it. */
function serialized(session, fn) {
    if (!session)
        return fn();
    const result = session.buildQueue.tail.then(fn, fn);
    session.buildQueue.tail = result.catch(() => undefined);
    return result;
}
function once(session, key, compute) {
    if (!session)
        return compute();
    if (!session.memo.has(key))
        session.memo.set(key, compute());
    return session.memo.get(key);
}
/** Where the OCI archive of a build goes (`$RUNNER_TEMP/shipline-build/<service>-<content tag>.oci.tar`). */
function archivePath(env, service, tag) {
    return (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'shipline-build', `${service}-${tag}.oci.tar`);
}
/** The service with `overrides` over its own build args. */
function withBuildArgs(service, overrides) {
    return Object.keys(overrides).length
        ? { ...service, buildArgs: { ...service.buildArgs, ...overrides } }
        : service;
}
/** Checks that need the file system only, before any side effect. */
async function checkService(config, service, options) {
    if (options.builder === 'podman' && service.platforms.length > 1)
        throw new errors/* UserError */.yo(`${config.file}: services.${service.name}.platforms: builder podman builds one platform at a time; use builder docker for ${service.platforms.join(', ')}`);
    const dockerfile = (0,external_node_path_.join)(config.root, service.context, service.dockerfile);
    try {
        await (0,promises_.access)(dockerfile);
    }
    catch {
        throw new errors/* UserError */.yo(`${config.file}: services.${service.name}: ${(0,external_node_path_.join)(service.context, service.dockerfile)} does not exist`);
    }
    // An archive given instead of a build: one OCI image, checked before any network call.
    if (options.archive)
        await (0,images_options/* checkArchive */.PI)(options.archive);
}
/** The content tag of `service` now (its sources, build args, platforms and base image digests). */
async function identify(config, service, options, ctx, session) {
    const top = await once(session, `top ${config.root}`, () => (0,git/* gitTopLevel */.oB)(config.root));
    const prefix = await once(session, `prefix ${config.root}`, () => (0,changed/* gitPrefix */.ny)(top, config.root));
    const head = await once(session, `head ${top}`, async () => (await (0,git/* headCommit */.Qo)(top)) ?? null);
    const dirtyFiles = session ? await once(session, `dirty ${top}`, () => (0,git/* dirtyPaths */.Xb)(top, ['.'])) : undefined;
    const { sources, dirty } = await readContentSources(top, prefix, service, { head, dirtyFiles });
    const dockerfile = await (0,promises_.readFile)((0,external_node_path_.join)(config.root, service.context, service.dockerfile), 'utf8');
    const resolver = defaultBaseResolver({ ...ctx, builder: options.builder, podman: options.podman });
    const bases = await baseDigests(dockerfileBases(dockerfile, service.buildArgs), ref => once(session, `base ${ref}`, () => resolver(ref)));
    const tag = contentTag({ ...sources, bases });
    const commit = dirty ? undefined : (head ?? undefined);
    if (dirty)
        (0,log/* info */.pq)(`${service.name}: uncommitted changes under its watched paths; ${tag} is of the working tree, no commit tag`);
    return { tag, commit, tags: [tag, ...(commit ? [commit] : [])], dirty };
}
/** The registry of a run: credentials (ECR's, or saved ones, masked) and a client, made on first use. */
class RegistryAccess {
    registry;
    options;
    ctx;
    ecrCredentials;
    registryClient;
    constructor(registry, options, ctx) {
        this.registry = registry;
        this.options = options;
        this.ctx = ctx;
    }
    async ecrClient() {
        if (!this.registry.ecr || !this.ctx.ecr)
            throw new errors/* UserError */.yo('internal: no ECR client');
        return this.ctx.ecr(this.registry.ecr.region);
    }
    async credentials() {
        if (this.registry.ecr) {
            if (!this.ecrCredentials) {
                const { ecrCredentials } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(8249), __webpack_require__.e(5843)]).then(__webpack_require__.bind(__webpack_require__, 45843));
                this.ecrCredentials = await ecrCredentials(await this.ecrClient(), this.registry.ecr.accountId);
            }
            return this.ecrCredentials;
        }
        const saved = await (0,registry/* savedCredentials */.YU)(this.registry.host, this.ctx.env);
        if (saved)
            (0,secrets.mask)(saved.password);
        return saved;
    }
    async client() {
        this.registryClient ??= new registry/* RegistryClient */.bP({ host: this.registry.host, insecure: this.options.insecure, credentials: await this.credentials() }, this.ctx.fetch, { clock: this.ctx.clock });
        return this.registryClient;
    }
    /** What the registry holds under `repo:tag`: a digest, nothing, or not even the repository (ECR). */
    async held(repo, tag) {
        if (this.registry.ecr) {
            const { ecrTagDigest, RepositoryMissingError } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(8249), __webpack_require__.e(5843)]).then(__webpack_require__.bind(__webpack_require__, 45843));
            try {
                const digest = await ecrTagDigest(await this.ecrClient(), this.registry.ecr.accountId, repo, tag);
                return digest ? { state: 'present', digest } : { state: 'absent' };
            }
            catch (error) {
                if (error instanceof RepositoryMissingError)
                    return { state: 'no-repository' };
                throw error;
            }
        }
        const digest = await (await this.client()).manifestDigest(repo, tag);
        return digest ? { state: 'present', digest } : { state: 'absent' };
    }
    /** The digest the registry holds under `repo:tag`, or undefined. */
    async digestOf(repo, tag) {
        if (this.registry.ecr) {
            const { ecrTagDigest } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(8249), __webpack_require__.e(5843)]).then(__webpack_require__.bind(__webpack_require__, 45843));
            return ecrTagDigest(await this.ecrClient(), this.registry.ecr.accountId, repo, tag, !this.options.push);
        }
        return (await this.client()).manifestDigest(repo, tag);
    }
}
async function buildPushService(config, service, options, ctx, session) {
    const { registry } = options;
    const id = await identify(config, service, options, ctx, session);
    const repo = (0,registry_target/* repositoryOf */._M)(registry, service.name);
    const image = (0,registry_target/* imageOf */.dT)(registry, service.name);
    const refs = (names) => names.map(name => `${image}:${name}`);
    const access = new RegistryAccess(registry, options, ctx);
    // An archive built earlier must be of these sources; known before the registry is asked.
    if (options.archive)
        checkedArchive(options.archive, service.name, id.tag);
    // 1. The registry may hold this content already.
    const existing = await access.digestOf(repo, id.tag);
    if (existing) {
        const present = await reuse(access, {
            service: service.name,
            image,
            repo,
            existing,
            push: options.push,
            id
        });
        return {
            service: service.name,
            image: `${image}@${existing}`,
            digest: existing,
            tags: refs(present),
            contentTag: id.tag,
            built: false,
            pushed: false,
            dirty: id.dirty
        };
    }
    if (options.resolveOnly)
        throw new errors/* UserError */.yo(`${service.name}: ${image}:${id.tag} is not in the registry; build, scan and push it first (nothing was built)`);
    // 2. Build into an OCI archive, or take the one built (and scanned) before.
    const built = !options.archive;
    const archive = options.archive
        ? options.archive
        : await buildArchive(config, service, options, ctx, session, { image, id, access });
    const oci = await oci_archive/* OciArchive */.oB.open(archive);
    const local = (await oci.top()).digest;
    (0,log/* info */.pq)(`${service.name}: ${built ? 'built' : 'archive'} ${local} (${archive})`);
    const result = {
        service: service.name,
        image: `${image}@${local}`,
        digest: local,
        tags: refs(id.tags),
        contentTag: id.tag,
        built,
        archive,
        dirty: id.dirty
    };
    if (!options.push)
        return { ...result, pushed: false };
    // 3. Push exactly the archive's bytes, then check what the registry reports.
    await pushAndVerify(await access.client(), oci, {
        service: service.name,
        image,
        repo,
        local,
        id,
        host: registry.host
    });
    return { ...result, pushed: true };
}
/** The registry holds the content tag: also tag it with the commit when pushing; the tags present. */
async function reuse(access, target) {
    const { service, image, repo, existing, id } = target;
    (0,log/* info */.pq)(`${service}: ${image}:${id.tag} is already in the registry (${existing}); nothing to build`);
    if (!target.push || !id.commit)
        return [id.tag];
    const c = await access.client();
    if ((await c.manifestDigest(repo, id.commit)) !== existing) {
        const manifest = await c.getManifest(repo, id.tag);
        if (!manifest || manifest.digest !== existing)
            throw new errors/* UserError */.yo(`${image}:${id.tag} changed while it was being tagged ${id.commit}`);
        await c.putManifest(repo, id.commit, manifest.bytes, manifest.mediaType);
        (0,log/* info */.pq)(`${service}: tagged ${existing} as ${id.commit}`);
    }
    return [id.tag, id.commit];
}
/** An archive built earlier must be of the current sources (its name carries the content tag). */
function checkedArchive(archive, service, tag) {
    if (!(0,external_node_path_.basename)(archive).includes(tag))
        throw new errors/* InputError */.dz('archive', `"${archive}" was not built from the current sources of ${service} (its name does not carry the content tag ${tag})`, 'the archive output of the build-push step of these sources');
}
async function buildArchive(config, service, options, ctx, session, target) {
    const archive = archivePath(ctx.env, service.name, target.id.tag);
    await (0,promises_.mkdir)((0,external_node_path_.join)(archive, '..'), { recursive: true });
    await (0,promises_.rm)(archive, { force: true });
    if (options.registry.ecr)
        await cliLogin(ctx, options, options.registry.host, (await target.access.credentials()));
    const spec = {
        image: target.image,
        tags: target.id.tags,
        context: service.context,
        dockerfile: service.dockerfile,
        buildArgs: service.buildArgs,
        platforms: service.platforms,
        archive
    };
    await serialized(session, () => build(ctx, options, spec, config.root, service.name));
    return archive;
}
async function pushAndVerify(client, oci, target) {
    const { service, image, repo, local, id } = target;
    let pushed;
    try {
        pushed = await (0,registry/* pushArchive */.hG)(client, oci, repo, id.tags);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${service}: ${error.message}`);
    }
    const reported = await client.manifestDigest(repo, id.tag);
    if (reported !== local)
        throw new errors/* UserError */.yo(`Registry ${target.host} reports ${reported ?? 'no image'} for ${image}:${id.tag}, not the built and scanned ${local}`);
    (0,log/* info */.pq)(`${service}: pushed ${image}@${local} as ${id.tags.join(', ')} (${pushed.uploaded} blob(s) uploaded, ${pushed.skipped} already there); the registry reports the same digest`);
}
async function build(ctx, options, spec, cwd, name) {
    const write = options.cacheWrite ?? options.push;
    if (options.builder === 'docker') {
        const cacheRef = options.cacheRef ?? `${spec.image}:buildcache`;
        const cache = options.cache ? { ref: cacheRef, write } : undefined;
        await ctx.exec('docker', (0,builder_args/* dockerBuildArgs */.gE)(spec, cache), {
            cwd,
            groupTitle: `Build ${name} (docker buildx)`
        });
        return;
    }
    // podman's cache is a repository of many tags: only where cache-ref names one, never the image's own.
    const cache = options.cache && options.cacheRef
        ? { repository: options.cacheRef, write, insecure: options.insecure }
        : undefined;
    await ctx.exec('podman', (0,builder_args/* podmanBuildArgs */.fx)(spec, options.podman, cache), {
        cwd,
        groupTitle: `Build ${name} (podman)`
    });
    await ctx.exec('podman', (0,builder_args/* podmanArchiveArgs */.Xs)(spec, options.podman), {
        cwd,
        groupTitle: `Export ${name} to ${spec.archive}`
    });
}
/** `docker|podman login` with the password on stdin, once per registry and builder. */
async function cliLogin(ctx, options, host, credentials) {
    if (ctx.logins.some(login => login.host === host && login.builder === options.builder))
        return;
    await ctx.exec(options.builder, (0,builder_args/* loginArgs */.be)(options.builder, host, credentials.username, options.podman), {
        input: credentials.password,
        stream: false
    });
    ctx.logins.push({ builder: options.builder, host });
    ctx.onLogin?.(ctx.logins);
    (0,log/* info */.pq)(`Logged in to ${host} (${options.builder})`);
}


/***/ }),

/***/ 2806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xs: () => (/* binding */ podmanArchiveArgs),
/* harmony export */   _$: () => (/* binding */ podmanGlobalArgs),
/* harmony export */   be: () => (/* binding */ loginArgs),
/* harmony export */   fx: () => (/* binding */ podmanBuildArgs),
/* harmony export */   gE: () => (/* binding */ dockerBuildArgs),
/* harmony export */   m9: () => (/* binding */ logoutArgs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The argv of every builder command, built by pure functions (as docker/build-push-action's
 * getArgs) so each is table-tested. Paths are relative to the configuration's directory, the
 * commands' working directory. No argv ever carries a password: logins read it from stdin.
 */

function buildArgFlags(buildArgs) {
    return Object.keys(buildArgs)
        .sort()
        .flatMap(name => ['--build-arg', `${name}=${buildArgs[name]}`]);
}
/**
 * `docker buildx build …`: the image goes to an OCI archive; the registry cache is read, and written
 * as ECR accepts it (an image manifest, OCI media types, every stage: mode=max). A failed cache
 * export (an immutable tag, a read-only role) never fails the build: ignore-error=true.
 */
function dockerBuildArgs(spec, cache) {
    const args = [
        'buildx',
        'build',
        '--file',
        node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(spec.context, spec.dockerfile),
        '--platform',
        spec.platforms.join(','),
        ...buildArgFlags(spec.buildArgs),
        ...spec.tags.flatMap(tag => ['--tag', `${spec.image}:${tag}`])
    ];
    if (cache) {
        args.push('--cache-from', `type=registry,ref=${cache.ref}`);
        if (cache.write)
            args.push('--cache-to', `type=registry,ref=${cache.ref},mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`);
    }
    args.push('--output', `type=oci,dest=${spec.archive}`, spec.context);
    return args;
}
/** Options every podman command takes: storage root, run root, storage driver. */
function podmanGlobalArgs(options) {
    return [
        ...(options.root ? ['--root', options.root] : []),
        ...(options.runroot ? ['--runroot', options.runroot] : []),
        ...(options.storageDriver ? ['--storage-driver', options.storageDriver] : [])
    ];
}
/** `podman build …`: the image stays in local storage under every tag; layers from and to `cache`. */
function podmanBuildArgs(spec, options, cache) {
    return [
        ...podmanGlobalArgs(options),
        'build',
        ...(options.isolation ? ['--isolation', options.isolation] : []),
        ...(cache
            ? [
                '--layers',
                '--cache-from',
                cache.repository,
                ...(cache.write ? ['--cache-to', cache.repository] : []),
                ...(cache.insecure ? ['--tls-verify=false'] : [])
            ]
            : []),
        '--file',
        node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(spec.context, spec.dockerfile),
        '--platform',
        spec.platforms.join(','),
        ...buildArgFlags(spec.buildArgs),
        ...spec.tags.flatMap(tag => ['--tag', `${spec.image}:${tag}`]),
        spec.context
    ];
}
/** `podman push IMAGE oci-archive:PATH`: the local image, gzip layers, into the archive that is scanned and pushed. */
function podmanArchiveArgs(spec, options) {
    return [
        ...podmanGlobalArgs(options),
        'push',
        '--compression-format',
        'gzip',
        `${spec.image}:${spec.tags[0]}`,
        `oci-archive:${spec.archive}`
    ];
}
/** `docker|podman login`: the password comes on stdin, never in argv. */
function loginArgs(builder, host, username, podman = {}) {
    return [
        ...(builder === 'podman' ? podmanGlobalArgs(podman) : []),
        'login',
        '--username',
        username,
        '--password-stdin',
        host
    ];
}
function logoutArgs(builder, host, podman = {}) {
    return [...(builder === 'podman' ? podmanGlobalArgs(podman) : []), 'logout', host];
}


/***/ }),

/***/ 47330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ defaultBuildContext)
/* harmony export */ });
/* harmony import */ var _core_aws_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6821);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85219);
/** The real outside world of a build: processes, fetch, and an ECR client loaded on first use. */


function defaultBuildContext(env, overrides = {}) {
    return {
        exec: overrides.exec ?? _core_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF,
        fetch: overrides.fetch ?? fetch,
        env,
        ecr: async (region) => {
            const { ECRClient } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(8249)]).then(__webpack_require__.t.bind(__webpack_require__, 28249, 19));
            return new ECRClient((0,_core_aws_js__WEBPACK_IMPORTED_MODULE_1__/* .awsClientConfig */ .rw)(region));
        },
        logins: []
    };
}


/***/ }),

/***/ 22040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z2: () => (/* binding */ MEDIA_TYPES),
  oB: () => (/* binding */ OciArchive),
  nw: () => (/* binding */ isIndex)
});

// UNUSED EXPORTS: indexTar

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
;// CONCATENATED MODULE: ./lib/core/tar.ts
/**
 * Reading tar headers (512-byte blocks, by offset): the fields, an entry's size, its path (ustar
 * prefix, GNU long names and pax `path` records). Used by the OCI archive reader and the image
 * archive check.
 */
/** A NUL-terminated header field as text. */
function tarField(block, start, length) {
    const raw = block.subarray(start, start + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}
/** The entry's size: base-256 when its high bit is set, else octal (NaN when the field is not a number). */
function tarEntrySize(block) {
    if (block[124] & 0x80) {
        let value = 0;
        for (let i = 125; i < 136; i++)
            value = value * 256 + block[i];
        return value;
    }
    return parseInt(tarField(block, 124, 12).trim() || '0', 8);
}
/** The entry's path: a preceding long name, else the ustar prefix and name. */
function tarPath(block, longName) {
    if (longName !== undefined)
        return longName;
    const prefix = tarField(block, 345, 155);
    const name = tarField(block, 0, 100);
    return prefix ? `${prefix}/${name}` : name;
}
/** The `path` record of a pax extended header, if it has one. */
function paxPath(data) {
    for (const record of data.toString('utf8').split('\n')) {
        const match = /^\d+ path=(.*)$/s.exec(record);
        if (match)
            return match[1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/images/oci-archive.ts
/**
 * Reading an OCI image layout packed as a tar archive (`podman push … oci-archive:`, `docker buildx
 * --output type=oci`): the entries are indexed once (name → offset, size) so blobs can be streamed
 * from the file without extracting it. Handles ustar, pax (`path=`) and GNU long names.
 */






const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
};
function isIndex(mediaType) {
    return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerList;
}
/** Every regular file of a tar archive: name (without a leading `./`) → where its bytes are. */
async function indexTar(path) {
    const entries = new Map();
    const file = await (0,promises_.open)(path, 'r');
    try {
        const { size: total } = await file.stat();
        const block = Buffer.alloc(512);
        let offset = 0;
        let longName;
        while (offset + 512 <= total) {
            await file.read(block, 0, 512, offset);
            if (block.every(byte => byte === 0))
                break;
            const entrySize = tarEntrySize(block);
            const type = String.fromCharCode(block[156] || 48);
            const data = offset + 512;
            const next = data + Math.ceil(entrySize / 512) * 512;
            if (type === 'x' || type === 'L') {
                const content = Buffer.alloc(entrySize);
                await file.read(content, 0, entrySize, data);
                longName = type === 'L' ? tarField(content, 0, entrySize) : (paxPath(content) ?? longName);
            }
            else {
                const name = tarPath(block, longName);
                longName = undefined;
                if (type === '0' || type === '7')
                    entries.set(name.replace(/^\.\//, ''), { offset: data, size: entrySize });
            }
            offset = next;
        }
    }
    finally {
        await file.close();
    }
    return entries;
}
/** An OCI layout inside a tar archive. */
class OciArchive {
    path;
    entries;
    constructor(path, entries) {
        this.path = path;
        this.entries = entries;
    }
    static async open(path) {
        let entries;
        try {
            entries = await indexTar(path);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Cannot read the OCI archive ${path}: ${error.message}`);
        }
        if (!entries.has('index.json') || !entries.has('oci-layout'))
            throw new errors/* UserError */.yo(`${path} is not an OCI archive (no index.json and oci-layout inside)`);
        return new OciArchive(path, entries);
    }
    /** The descriptor of the image the archive holds (the only entry of index.json). */
    async top() {
        const index = JSON.parse((await this.read('index.json')).toString('utf8'));
        const manifests = index.manifests ?? [];
        if (manifests.length !== 1)
            throw new errors/* UserError */.yo(`${this.path} holds ${manifests.length} images; expected exactly one`);
        return manifests[0];
    }
    hasBlob(digest) {
        return this.entries.has(blobName(digest));
    }
    blobSize(digest) {
        return this.entry(blobName(digest)).size;
    }
    /** A blob's bytes, checked against its digest. */
    async blob(digest) {
        const bytes = await this.read(blobName(digest));
        const actual = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
        if (actual !== digest)
            throw new errors/* UserError */.yo(`${this.path}: blob ${digest} has digest ${actual}`);
        return bytes;
    }
    /** A stream of a blob's bytes (for large layers), from byte `from` on (to resume an upload). */
    blobStream(digest, from = 0) {
        const entry = this.entry(blobName(digest));
        if (!Number.isInteger(from) || from < 0 || from > entry.size)
            throw new errors/* UserError */.yo(`${this.path}: blob ${digest} has no byte ${from} (it has ${entry.size})`);
        if (entry.size === from)
            return external_node_stream_.Readable.from([]);
        return (0,external_node_fs_.createReadStream)(this.path, { start: entry.offset + from, end: entry.offset + entry.size - 1 });
    }
    entry(name) {
        const entry = this.entries.get(name);
        if (!entry)
            throw new errors/* UserError */.yo(`${this.path}: ${name} is missing from the archive`);
        return entry;
    }
    async read(name) {
        const entry = this.entry(name);
        const file = await (0,promises_.open)(this.path, 'r');
        try {
            const buffer = Buffer.alloc(entry.size);
            await file.read(buffer, 0, entry.size, entry.offset);
            return buffer;
        }
        finally {
            await file.close();
        }
    }
}
function blobName(digest) {
    const match = /^(sha256|sha512):([0-9a-f]+)$/.exec(digest);
    if (!match)
        throw new errors/* UserError */.yo(`"${digest}" is not a digest`);
    return `blobs/${match[1]}/${match[2]}`;
}


/***/ }),

/***/ 16863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ip: () => (/* binding */ MAX_ARCHIVE_BYTES),
/* harmony export */   PI: () => (/* binding */ checkArchive),
/* harmony export */   TA: () => (/* binding */ readBuildPushOptions),
/* harmony export */   rI: () => (/* binding */ readServiceName),
/* harmony export */   xj: () => (/* binding */ ARCHIVE_ACCEPTED)
/* harmony export */ });
/* unused harmony exports BUILD_INPUTS, BUILDERS, ISOLATIONS, BUILD_ARG_BOUNDS, parseBuildArgs */
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73710);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21085);
/* harmony import */ var _core_key_value_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17071);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77168);
/* harmony import */ var _oci_archive_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22040);
/* harmony import */ var _registry_target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60414);
/** What a build needs, read from inputs (build-push's, or the CLI's flags), validated before anything runs. */






const BUILD_INPUTS = {
    config: 'config',
    registry: 'registry',
    builder: 'builder',
    buildArgs: 'build-args',
    push: 'push',
    archive: 'archive',
    insecureRegistry: 'insecure-registry',
    cache: 'cache',
    cacheRef: 'cache-ref',
    cacheWrite: 'cache-write',
    podmanStorageDriver: 'podman-storage-driver',
    podmanIsolation: 'podman-isolation'
};
const INPUTS = BUILD_INPUTS;
const BUILDERS = ['docker', 'podman'];
const ISOLATIONS = ['chroot', 'oci', 'rootless'];
const STORAGE_DRIVER = /^[a-z0-9]+$/;
const REFERENCE = /^[a-z0-9][a-z0-9._:/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$/;
const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Build args become the builder's argv: at most this many, each NAME=VALUE at most this long. */
const BUILD_ARG_BOUNDS = { maxLines: 64, maxLineLength: 8192 };
/** The largest archive accepted (a multi-platform image of several gigabytes fits). */
const MAX_ARCHIVE_BYTES = 64 * _core_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .GiB */ .T3;
const ARCHIVE_ACCEPTED = 'the archive output of an earlier build-push step (an OCI archive of at most 64 GiB, in RUNNER_TEMP or the workspace)';
/** `NAME=VALUE` lines → a record; the line is named in the error. */
function parseBuildArgs(lines, input = INPUTS.buildArgs) {
    const args = {};
    for (const line of lines) {
        const pair = (0,_core_key_value_js__WEBPACK_IMPORTED_MODULE_5__/* .splitKeyValue */ .p)(line, { keepValue: true });
        if (!pair || !BUILD_ARG_NAME.test(pair.key) || pair.key !== line.slice(0, line.indexOf('=')))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(line, 60)} is not NAME=VALUE`, 'one NAME=VALUE per line, such as BASE_IMAGE=busybox:1.36');
        if (pair.key in args)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `"${pair.key}" is set twice`, 'each NAME once, one NAME=VALUE per line');
        args[pair.key] = pair.value;
    }
    return args;
}
/**
 * An archive given to build-push must hold one OCI image: checked from its tar headers and
 * index.json alone, before the registry is asked anything.
 */
async function checkArchive(path, shownAs = path, input = INPUTS.archive) {
    let problem;
    try {
        await (await _oci_archive_js__WEBPACK_IMPORTED_MODULE_3__/* .OciArchive */ .oB.open(path)).top();
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        problem = message.startsWith(path)
            ? message.slice(path.length).trim()
            : error instanceof SyntaxError
                ? 'has an index.json that is not JSON'
                : `cannot be read as an OCI archive (${message.replace(`Cannot read the OCI archive ${path}: `, '')})`;
    }
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(shownAs)} ${problem}`, ARCHIVE_ACCEPTED);
}
/** A service name as shipline.yml accepts it, under `input`. */
function readServiceName(inputs, input) {
    const service = inputs.string(input, { required: true, maxLength: 128 });
    if (!new RegExp(_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICE_NAME */ .OX).test(service))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `"${service}" is not a service name`, 'a key of services in shipline.yml (lower-case letters and digits, separated by ".", "_" or "-")');
    return service;
}
/**
 * How to build and push, whatever the services. `cwd` is the workspace: an archive is a regular file
 * in it or in RUNNER_TEMP (the configuration file is checked by loadConfig).
 */
function readBuildPushOptions(inputs, env = process.env, cwd = process.cwd()) {
    const configFile = inputs.string(INPUTS.config, { default: 'shipline.yml' });
    const registry = (0,_registry_target_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRegistry */ .l5)(inputs.string(INPUTS.registry, { required: true, maxLength: 255 }), INPUTS.registry);
    const builder = inputs.oneOf(INPUTS.builder, BUILDERS, 'docker');
    const buildArgs = parseBuildArgs(inputs.multiline(INPUTS.buildArgs, BUILD_ARG_BOUNDS));
    const push = inputs.boolean(INPUTS.push, true);
    const insecure = inputs.boolean(INPUTS.insecureRegistry, false);
    if (insecure && !(0,_registry_target_js__WEBPACK_IMPORTED_MODULE_4__/* .isLoopback */ .U9)(registry.host))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(INPUTS.insecureRegistry, `plain HTTP to ${registry.host} is refused`, 'true only for a registry on loopback (localhost, 127.0.0.1, [::1])');
    const archive = readArchive(inputs, push, env, cwd);
    const cache = inputs.boolean(INPUTS.cache, true);
    const cacheWrite = inputs.boolean(INPUTS.cacheWrite, push);
    if (cacheWrite && !cache)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(INPUTS.cacheWrite, 'is true but cache is false', 'false, or cache: true');
    const cacheRef = inputs.string(INPUTS.cacheRef, { maxLength: 512 }) || undefined;
    if (cacheRef !== undefined) {
        if (builder === 'podman' && /:[^/]*$/.test(cacheRef.replace(/^[^/]*\//, '')))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(INPUTS.cacheRef, `"${cacheRef}" names a tag, but podman caches to a repository (one tag per layer)`, 'a repository without a tag, such as 127.0.0.1:5000/buildcache/auth-service');
        if (!REFERENCE.test(cacheRef))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(INPUTS.cacheRef, `"${cacheRef}" is not an image reference`, 'a reference such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com/cache:auth-service');
    }
    const podman = readPodmanOptions(inputs, env);
    return {
        configFile,
        registry,
        builder,
        buildArgs,
        push,
        ...(archive !== undefined ? { archive } : {}),
        insecure,
        cache,
        ...(cacheRef !== undefined ? { cacheRef } : {}),
        cacheWrite,
        podman
    };
}
/** The archive to push instead of building: with push only, a regular .tar file in the workspace or RUNNER_TEMP. */
function readArchive(inputs, push, env, cwd) {
    const archive = inputs.optional(INPUTS.archive);
    if (archive === undefined)
        return undefined;
    if (!push)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(INPUTS.archive, 'is set but push is false', 'an archive output of an earlier build-push step, with push: true');
    if (!/\.tar$/.test(archive))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(INPUTS.archive, `${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(archive)} is not a .tar file`, 'the archive output of build-push');
    return (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .fileInput */ .Fg)(INPUTS.archive, archive, {
        root: cwd,
        alsoUnder: [env.RUNNER_TEMP],
        accepted: ARCHIVE_ACCEPTED,
        maxBytes: MAX_ARCHIVE_BYTES
    });
}
/** Podman's storage driver and isolation (inputs, else $SHIPLINE_PODMAN_*), and its storage roots. */
function readPodmanOptions(inputs, env) {
    const storageDriver = inputs.optional(INPUTS.podmanStorageDriver) ?? (env.SHIPLINE_PODMAN_STORAGE_DRIVER || undefined);
    if (storageDriver !== undefined && (!STORAGE_DRIVER.test(storageDriver) || storageDriver.length > 64))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(INPUTS.podmanStorageDriver, `${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(storageDriver)} is not a storage driver`, 'a driver name such as overlay or vfs');
    const isolation = inputs.optional(INPUTS.podmanIsolation) ?? (env.SHIPLINE_PODMAN_ISOLATION || undefined);
    if (isolation !== undefined && !ISOLATIONS.includes(isolation))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(INPUTS.podmanIsolation, `${(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(isolation)} is not allowed`, ISOLATIONS.join(', '));
    return {
        ...(storageDriver ? { storageDriver } : {}),
        ...(isolation ? { isolation } : {}),
        ...(env.SHIPLINE_PODMAN_ROOT ? { root: env.SHIPLINE_PODMAN_ROOT } : {}),
        ...(env.SHIPLINE_PODMAN_RUNROOT ? { runroot: env.SHIPLINE_PODMAN_RUNROOT } : {})
    };
}


/***/ }),

/***/ 60414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U9: () => (/* reexport safe */ _registry_js__WEBPACK_IMPORTED_MODULE_1__.U9),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   dT: () => (/* binding */ imageOf),
/* harmony export */   l5: () => (/* binding */ parseRegistry)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21085);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93820);
/**
 * The `registry` input: `HOST[:PORT][/prefix]`. Images go to `HOST[:PORT]/[prefix/]<service>`; an
 * ECR host (`<account>.dkr.ecr.<region>.amazonaws.com`) is recognised, for BatchGetImage and login.
 */


const HOST = '(?:localhost|\\d{1,3}(?:\\.\\d{1,3}){3}|\\[[0-9a-fA-F:]+\\]|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)';
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REGISTRY = new RegExp(`^(${HOST}(?::\\d{1,5})?)((?:/${COMPONENT})*)$`);
const ECR = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2})\.amazonaws\.com(?:\.cn)?$/;
const ACCEPTED = 'HOST[:PORT][/prefix] without a scheme, such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com or localhost:5000/team';
function parseRegistry(value, input = 'registry') {
    if (/^[a-z]+:\/\//i.test(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${value}" has a scheme`, ACCEPTED);
    const match = REGISTRY.exec(value.replace(/\/+$/, ''));
    if (!match)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${value}" is not a registry`, ACCEPTED);
    const host = match[1];
    const ecr = ECR.exec(host);
    return {
        host,
        prefix: match[2].replace(/^\//, ''),
        ...(ecr ? { ecr: { accountId: ecr[1], region: ecr[2] } } : {})
    };
}
/** The repository of `service` under the registry (`prefix/service`). */
function repositoryOf(target, service) {
    return target.prefix ? `${target.prefix}/${service}` : service;
}
/** `host/prefix/service`. */
function imageOf(target, service) {
    return `${target.host}/${repositoryOf(target, service)}`;
}



/***/ }),

/***/ 93820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dY: () => (/* binding */ MANIFEST_ACCEPT),
  bP: () => (/* binding */ RegistryClient),
  U9: () => (/* reexport */ isLoopback),
  hG: () => (/* binding */ pushArchive),
  YU: () => (/* binding */ savedCredentials)
});

// UNUSED EXPORTS: RegistryFault

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/clock.ts
var clock = __webpack_require__(1866);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(95422);
// EXTERNAL MODULE: ./lib/core/retry.ts
var retry = __webpack_require__(93502);
// EXTERNAL MODULE: ./lib/images/oci-archive.ts + 1 modules
var oci_archive = __webpack_require__(22040);
// EXTERNAL MODULE: ./lib/core/url.ts
var url = __webpack_require__(15873);
;// CONCATENATED MODULE: ./lib/images/registry-http.ts


/** A fault worth another attempt (5xx, 429, a dropped or reset connection) or a final one. */
class RegistryFault extends errors/* UserError */.yo {
    host;
    detail;
    retryable;
    constructor(host, 
    /** What failed, without the registry's name: `PATCH upload answered 503`. */
    detail, retryable) {
        super(`Registry ${host}: ${detail}`);
        this.host = host;
        this.detail = detail;
        this.retryable = retryable;
        this.name = 'RegistryFault';
    }
}
/** Whether `host` (`name[:port]`, brackets around IPv6) is a loopback address. */
function isLoopback(host) {
    return (0,url/* isLoopbackHost */.c)(host.replace(/:\d+$/, ''));
}
/** The host name of `host[:port]` (brackets kept for IPv6, as URL.hostname has them). */
function hostName(host) {
    return new URL(`http://${host}`).hostname;
}
/** Registries whose token service is, by their operator's design, on another host. */
const TOKEN_SERVICE_HOSTS = {
    'docker.io': 'auth.docker.io',
    'index.docker.io': 'auth.docker.io',
    'registry-1.docker.io': 'auth.docker.io',
    'registry.gitlab.com': 'gitlab.com'
};
/** Whether the registry `registryHost`'s credentials may be sent to the token realm `realm`. */
function realmMayReceiveCredentials(realm, registryHost) {
    const name = hostName(registryHost);
    return realm.hostname === name || TOKEN_SERVICE_HOSTS[name] === realm.hostname;
}
/** A token realm Shipline will ask at all: HTTPS, or plain HTTP on loopback. */
function acceptableRealm(realm) {
    return realm.protocol === 'https:' || (realm.protocol === 'http:' && (0,url/* isLoopbackHost */.c)(realm.hostname));
}
/** Refuse a hop to anything but http(s), or from HTTPS down to plain HTTP. */
function checkHop(next, from, registryHost, what) {
    if (next.protocol !== 'https:' && next.protocol !== 'http:')
        throw new RegistryFault(registryHost, `${what} leads to a ${next.protocol} URL; refusing to follow it`, false);
    if (from.protocol === 'https:' && next.protocol === 'http:')
        throw new RegistryFault(registryHost, `${what} leads from HTTPS down to plain HTTP (${next.origin}); refusing to send anything unencrypted`, false);
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/** One request, redirects followed by hand: Authorization only on the registry's origin. */
async function send(options) {
    let { method, url, body } = options;
    let headers = { ...options.headers };
    for (let hop = 0;; hop++) {
        const sent = { ...headers };
        if (options.authorization && url.origin === options.origin)
            sent.authorization = options.authorization;
        const payload = typeof body === 'function' ? body() : body;
        let response;
        try {
            response = await options.fetch(url, {
                method,
                headers: sent,
                body: payload,
                redirect: 'manual',
                ...(typeof body === 'function' ? { duplex: 'half' } : {})
            });
        }
        catch (error) {
            if (typeof payload === 'object' && payload && 'destroy' in payload)
                payload.destroy();
            throw networkFault(error, options);
        }
        const location = response.headers.get('location');
        if (!REDIRECTS.has(response.status) || !location)
            return response;
        await discard(response);
        if (hop >= MAX_REDIRECTS)
            throw new RegistryFault(options.host, `${options.what} was redirected more than ${MAX_REDIRECTS} times`, false);
        const next = new URL(location, url);
        checkHop(next, url, options.host, `a redirect of ${options.what}`);
        if (response.status === 303 || (response.status <= 302 && method === 'POST')) {
            method = method === 'HEAD' ? 'HEAD' : 'GET';
            body = undefined;
            const { 'content-type': _type, 'content-length': _length, 'content-range': _range, ...rest } = headers;
            headers = rest;
        }
        url = next;
    }
}
/** Read and drop a response body (so the connection is reused). */
async function discard(response) {
    await response.arrayBuffer().catch(() => undefined);
}
/** Network errors by undici/Node code: the words, and whether another attempt may help. */
const NETWORK = {
    UND_ERR_SOCKET: ['the connection was closed before an answer', true],
    ECONNRESET: ['the connection was reset', true],
    EPIPE: ['the connection was closed while sending', true],
    ECONNREFUSED: ['the connection was refused', true],
    ETIMEDOUT: ['the connection timed out', true],
    UND_ERR_CONNECT_TIMEOUT: ['the connection timed out', true],
    UND_ERR_HEADERS_TIMEOUT: ['no answer came in time', true],
    UND_ERR_BODY_TIMEOUT: ['the answer stalled', true],
    EAI_AGAIN: ['the host name did not resolve (temporary)', true],
    ENOTFOUND: ['the host name does not resolve', false]
};
function networkFault(error, options) {
    const cause = error.cause;
    const code = cause?.code ?? error.code;
    const known = code ? NETWORK[code] : undefined;
    const where = options.url.origin === options.origin ? '' : ` (at ${options.url.origin})`;
    if (known) {
        const hint = code === 'ECONNREFUSED' && options.origin.startsWith('https:')
            ? '; a plain-HTTP registry on loopback needs insecure-registry'
            : '';
        return new RegistryFault(options.host, `${options.what}${where}: ${known[0]} (${code})${hint}`, known[1]);
    }
    const text = cause?.message ?? error.message;
    const tls = /SSL|TLS|certificate|CERT_/i.test(`${code ?? ''} ${text}`);
    const hint = tls && options.origin.startsWith('https:')
        ? ' (a plain-HTTP registry on loopback needs insecure-registry)'
        : '';
    return new RegistryFault(options.host, `${options.what}${where}: ${code ? `${code}: ` : ''}${text}${hint}`, !tls);
}
/** The answer `response` as a fault: 5xx and 429 are worth another attempt, the rest are final. */
async function statusFault(response, host, what) {
    const text = response.status === 404 || !response.body ? '' : (await response.text().catch(() => '')).slice(0, 300);
    const retryable = response.status >= 500 || response.status === 429;
    const detail = `${what} answered ${response.status}${text && !retryable ? `: ${text.replace(/\s+/g, ' ').trim()}` : ''}`;
    return new RegistryFault(host, detail, retryable);
}

;// CONCATENATED MODULE: ./lib/images/registry.ts
/**
 * A small OCI distribution client (the registry HTTP API v2): manifest HEAD/GET/PUT, chunked and
 * resumable blob upload, and pushing an OCI archive byte for byte, so the digest a registry reports
 * is the digest of what was built (and scanned). Basic and Bearer-token authentication, sent only to
 * the registry's own host (registry-http.ts has the rules); plain HTTP only when asked (`insecure`,
 * loopback registries).
 *
 * Faults: every operation is retried on 5xx, 429 and dropped or reset connections, with full-jitter
 * backoff on an injectable clock and a bounded number of attempts. A blob goes up as POST (a session)
 * → PATCH (the bytes) → PUT (the digest); when a PATCH breaks, the session's Range (GET on the upload
 * URL) says how much the registry kept and the next PATCH sends the rest (Content-Range), as the
 * distribution spec's chunked upload allows. A failed push names the blob and what is already there.
 */











/** What a manifest request accepts: OCI index and manifest, Docker v2 list and manifest. */
const MANIFEST_ACCEPT = [
    oci_archive/* MEDIA_TYPES */.Z2.ociIndex,
    oci_archive/* MEDIA_TYPES */.Z2.ociManifest,
    oci_archive/* MEDIA_TYPES */.Z2.dockerList,
    oci_archive/* MEDIA_TYPES */.Z2.dockerManifest
].join(', ');
class RegistryClient {
    endpoint;
    fetchImpl;
    base;
    tokens = new Map();
    /** Scopes whose token came from a realm that got no credentials (for the refusal message). */
    anonymous = new Map();
    retryOptions;
    constructor(endpoint, fetchImpl = fetch, options = {}) {
        this.endpoint = endpoint;
        this.fetchImpl = fetchImpl;
        this.base = new URL(`${endpoint.insecure ? 'http' : 'https'}://${endpoint.host}`);
        this.retryOptions = {
            attempts: options.attempts ?? 5,
            baseMs: options.baseMs ?? 500,
            capMs: options.capMs ?? 8000,
            clock: options.clock ?? clock/* systemClock */.m,
            random: options.random
        };
    }
    get host() {
        return this.endpoint.host;
    }
    /** The digest the registry holds under `repo:reference`, or undefined when there is none. */
    async manifestDigest(repo, reference) {
        return this.retrying(async () => {
            const what = `HEAD manifest ${repo}:${reference}`;
            const response = await this.request('HEAD', `/v2/${repo}/manifests/${reference}`, repo, 'pull', what, {
                accept: MANIFEST_ACCEPT
            });
            if (response.status === 404)
                return undefined;
            await this.expect(response, [200], what);
            const digest = response.headers.get('docker-content-digest');
            if (!digest)
                throw new errors/* UserError */.yo(`Registry ${this.host} reported no Docker-Content-Digest for ${repo}:${reference}`);
            return digest;
        });
    }
    async getManifest(repo, reference) {
        return this.retrying(async () => {
            const what = `GET manifest ${repo}:${reference}`;
            const response = await this.request('GET', `/v2/${repo}/manifests/${reference}`, repo, 'pull', what, {
                accept: MANIFEST_ACCEPT
            });
            if (response.status === 404)
                return undefined;
            await this.expect(response, [200], what);
            const bytes = Buffer.from(await response.arrayBuffer());
            const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
            return { bytes, mediaType, digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}` };
        });
    }
    /** PUT a manifest under a tag or digest; the digest the registry reports. */
    async putManifest(repo, reference, bytes, mediaType) {
        return this.retrying(async () => {
            const what = `PUT manifest ${repo}:${reference}`;
            const response = await this.request('PUT', `/v2/${repo}/manifests/${reference}`, repo, 'push', what, {
                'content-type': mediaType,
                body: bytes
            });
            await this.expect(response, [201, 200], what);
            return response.headers.get('docker-content-digest') ?? '';
        });
    }
    async hasBlob(repo, digest) {
        return this.retrying(() => this.blobExists(repo, digest));
    }
    /**
     * Upload a blob the registry lacks: POST a session, PATCH the bytes, PUT the digest. After a fault
     * the session's Range tells where to go on from; a session the registry lost is started anew.
     */
    async uploadBlob(repo, digest, size, body) {
        const from = (offset) => typeof body === 'function' ? () => body(offset) : body.subarray(offset);
        let session;
        await this.retrying(async () => {
            if (session) {
                session = await this.uploadStatus(repo, session.url);
                if (!session && (await this.blobExists(repo, digest)))
                    return;
            }
            session ??= await this.startUpload(repo);
            if (session.offset < size) {
                const patched = await this.patchUpload(repo, session, from(session.offset), size);
                if (!patched) {
                    session = undefined;
                    throw new RegistryFault(this.host, `PATCH upload answered 416 (the session lost its place)`, true);
                }
                session = patched;
            }
            if (session.offset !== size)
                throw new RegistryFault(this.host, `the upload session holds ${session.offset} of ${size} bytes`, true);
            await this.finishUpload(repo, digest, session);
        });
    }
    async blobExists(repo, digest) {
        const what = `HEAD blob ${repo}@${digest}`;
        const response = await this.request('HEAD', `/v2/${repo}/blobs/${digest}`, repo, 'pull', what, {});
        if (response.status === 404)
            return false;
        await this.expect(response, [200], what);
        return true;
    }
    /** A blob, to read as a stream (a redirect to storage is followed without the registry's credentials). */
    async getBlob(repo, digest) {
        return this.retrying(async () => {
            const what = `GET blob ${repo}@${digest}`;
            const response = await this.request('GET', `/v2/${repo}/blobs/${digest}`, repo, 'pull', what, {});
            await this.expect(response, [200], what);
            return response;
        });
    }
    async startUpload(repo) {
        const response = await this.request('POST', `/v2/${repo}/blobs/uploads/`, repo, 'push', 'POST upload', {
            'content-length': '0'
        });
        await this.expect(response, [202], 'POST upload');
        return { url: this.location(response, this.base, 'POST upload'), offset: 0 };
    }
    /** Where a session stands (GET on it), or undefined when the registry lost it or holds nothing. */
    async uploadStatus(repo, url) {
        const response = await this.request('GET', url, repo, 'push', 'GET upload status', {});
        if (response.status === 404)
            return undefined;
        await this.expect(response, [204, 200], 'GET upload status');
        const end = rangeEnd(response);
        // "0-0" is both an empty session and one byte (distribution writes both so): start afresh.
        if (end === undefined || end === 0)
            return undefined;
        return { url: this.location(response, url, 'GET upload status', true), offset: end + 1 };
    }
    /** PATCH the bytes from the session's offset on; undefined on 416 (its offset is not the registry's). */
    async patchUpload(repo, session, body, size) {
        const response = await this.request('PATCH', session.url, repo, 'push', 'PATCH upload', {
            'content-type': 'application/octet-stream',
            'content-length': String(size - session.offset),
            ...(session.offset > 0 ? { 'content-range': `${session.offset}-${size - 1}` } : {}),
            body
        });
        if (response.status === 416) {
            await discard(response);
            return undefined;
        }
        await this.expect(response, [202, 204], 'PATCH upload');
        const end = rangeEnd(response);
        return {
            url: this.location(response, session.url, 'PATCH upload', true),
            offset: end === undefined ? size : end + 1
        };
    }
    async finishUpload(repo, digest, session) {
        const url = new URL(session.url);
        url.searchParams.set('digest', digest);
        const response = await this.request('PUT', url, repo, 'push', 'PUT upload', { 'content-length': '0' });
        if (response.status === 404) {
            await discard(response);
            throw new RegistryFault(this.host, 'PUT upload answered 404 (the session is gone)', true);
        }
        await this.expect(response, [201, 204], `PUT upload ${repo}@${digest}`);
    }
    /** The Location of an upload answer, checked as a hop from `from` (optional: keep `from`). */
    location(response, from, what, optional = false) {
        const location = response.headers.get('location');
        if (!location) {
            if (optional)
                return from;
            throw new RegistryFault(this.host, `${what} started an upload without a Location`, false);
        }
        const url = new URL(location, from);
        checkHop(url, this.base, this.host, `the upload Location of ${what}`);
        return url;
    }
    async request(method, pathOrUrl, repo, access, what, options) {
        const url = typeof pathOrUrl === 'string' ? new URL(pathOrUrl, this.base) : pathOrUrl;
        const scope = `repository:${repo}:${access === 'push' ? 'pull,push' : 'pull'}`;
        const { body, ...rest } = options;
        const headers = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
        const attempt = (authorization) => send({
            method,
            url,
            headers,
            body,
            authorization,
            origin: this.base.origin,
            host: this.host,
            what,
            fetch: this.fetchImpl
        });
        let response = await attempt(this.tokens.get(scope) ?? this.tokens.get('*'));
        if (response.status !== 401 || url.origin !== this.base.origin)
            return response;
        const challenge = response.headers.get('www-authenticate') ?? '';
        await discard(response);
        response = await attempt(await this.authorize(challenge, scope));
        if (response.status === 401) {
            await discard(response);
            const realm = this.anonymous.get(scope);
            throw new errors/* UserError */.yo(realm
                ? `Registry ${this.host} refused the token for ${repo} (${access}) from ${realm}, which got no credentials: Shipline sends the registry's credentials only to a token service on the registry's own host`
                : `Registry ${this.host} refused the credentials for ${repo} (${access}); log in to it first`);
        }
        return response;
    }
    async authorize(challenge, scope) {
        const { credentials } = this.endpoint;
        const basic = credentials
            ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
            : undefined;
        if (/^basic\b/i.test(challenge)) {
            if (!basic)
                throw new errors/* UserError */.yo(`Registry ${this.host} needs credentials: log in to it first (docker login)`);
            this.tokens.set('*', basic);
            return basic;
        }
        const match = /^bearer\s+(.*)$/i.exec(challenge);
        if (!match)
            throw new errors/* UserError */.yo(`Registry ${this.host} answered 401 with no usable challenge`);
        const params = Object.fromEntries([...match[1].matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key.toLowerCase(), value]));
        const token = await this.fetchToken(params, scope, basic);
        const { mask } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 40549));
        mask(token);
        this.tokens.set(scope, `Bearer ${token}`);
        return `Bearer ${token}`;
    }
    /** A token from the challenge's realm: HTTPS (or loopback) only; credentials only to the registry's host. */
    async fetchToken(params, scope, basic) {
        let realm;
        try {
            realm = new URL(params.realm ?? '');
        }
        catch {
            throw new errors/* UserError */.yo(`Registry ${this.host} names no usable token realm ("${params.realm ?? ''}")`);
        }
        if (!acceptableRealm(realm))
            throw new errors/* UserError */.yo(`Registry ${this.host} names the token service ${realm.origin}${realm.pathname}, on plain HTTP: Shipline asks for registry tokens only over HTTPS (or on loopback)`);
        const trusted = realmMayReceiveCredentials(realm, this.host);
        if (params.service)
            realm.searchParams.set('service', params.service);
        realm.searchParams.set('scope', scope);
        (0,log/* debug */.Yz)(`registry token from ${realm.origin}${realm.pathname} for ${scope}${trusted ? '' : ' (anonymous)'}`);
        const response = await send({
            method: 'GET',
            url: realm,
            authorization: trusted ? basic : undefined,
            origin: realm.origin,
            host: this.host,
            what: `token request to ${realm.origin}`,
            fetch: this.fetchImpl
        });
        if (!trusted && basic)
            this.anonymous.set(scope, realm.origin);
        if (response.status >= 500 || response.status === 429)
            throw await statusFault(response, this.host, `the token service ${realm.origin}`);
        if (!response.ok) {
            await discard(response);
            const why = !trusted && basic
                ? `; Shipline sent it no credentials, since it is not on the registry's host ${hostName(this.host)}`
                : '';
            throw new errors/* UserError */.yo(`Registry token service ${realm.origin} answered ${response.status} for ${scope}${why}`);
        }
        const body = (await response.json().catch(() => ({})));
        const token = body.token ?? body.access_token;
        if (!token)
            throw new errors/* UserError */.yo(`Registry token service ${realm.origin} returned no token`);
        return token;
    }
    async expect(response, ok, what) {
        if (ok.includes(response.status))
            return;
        throw await statusFault(response, this.host, what);
    }
    /** `operation`, again after faults worth it; the last fault says how many attempts were made. */
    async retrying(operation) {
        const { attempts } = this.retryOptions;
        let made = 0;
        try {
            return await (0,retry/* retry */.L)(async () => {
                made++;
                return await operation();
            }, {
                ...this.retryOptions,
                retryable: error => error instanceof RegistryFault && error.retryable,
                onRetry: (error, attempt, wait) => (0,log/* info */.pq)(`Registry ${this.host}: ${error.detail}; attempt ${attempt + 1} of ${attempts} in ${wait} ms`)
            });
        }
        catch (error) {
            if (error instanceof RegistryFault && error.retryable && made > 1)
                throw new RegistryFault(this.host, `${error.detail} after ${made} attempts`, true);
            throw error;
        }
    }
}
/** The last byte a session holds, from its `Range: 0-<end>` header. */
function rangeEnd(response) {
    const match = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.get('range') ?? '');
    return match ? Number(match[1]) : undefined;
}
/** The one message of a failed push: the registry, what failed, what is already there, what to do. */
function pushFailure(client, repo, failed, progress, tags, error) {
    const detail = error instanceof RegistryFault ? error.detail : error.message;
    const present = progress.present.length ? progress.present.join(', ') : 'nothing';
    const pending = tags.filter(tag => !progress.tags.includes(tag));
    const tagState = progress.tags.length
        ? `tags pushed: ${progress.tags.join(', ')}; not yet: ${pending.join(', ')}`
        : `no tag was pushed (${tags.join(', ')} ${tags.length === 1 ? 'still points where it did' : 'still point where they did'})`;
    return new errors/* UserError */.yo(`Registry ${client.endpoint.host} failed to take ${failed} of ${repo}: ${detail}. Already in the registry: ${present}; ${tagState}. Run the push again: what is there is not sent twice`);
}
/**
 * Push the image of an OCI archive under each of `tags`: every blob the registry lacks, each child
 * manifest of an index by digest, then the top manifest's exact bytes under each tag. The registry's
 * digest is checked against the archive's. A failure names what failed and what is already there.
 */
async function pushArchive(client, archive, repo, tags) {
    const top = await archive.top();
    const counts = { uploaded: 0, skipped: 0 };
    const progress = { present: [], tags: [] };
    const step = async (failed, fn) => {
        try {
            return await fn();
        }
        catch (error) {
            throw pushFailure(client, repo, failed, progress, tags, error);
        }
    };
    const pushBlob = async (descriptor) => {
        const size = archive.blobSize(descriptor.digest);
        await step(`blob ${descriptor.digest} (${size} bytes)`, async () => {
            if (await client.hasBlob(repo, descriptor.digest))
                counts.skipped++;
            else {
                await client.uploadBlob(repo, descriptor.digest, size, offset => archive.blobStream(descriptor.digest, offset));
                counts.uploaded++;
            }
        });
        progress.present.push(`blob ${descriptor.digest}`);
    };
    const pushImageManifest = async (descriptor) => {
        const bytes = await archive.blob(descriptor.digest);
        const manifest = JSON.parse(bytes.toString('utf8'));
        for (const blob of [...(manifest.config ? [manifest.config] : []), ...(manifest.layers ?? [])])
            await pushBlob(blob);
        return bytes;
    };
    let topBytes;
    if ((0,oci_archive/* isIndex */.nw)(top.mediaType)) {
        topBytes = await archive.blob(top.digest);
        const index = JSON.parse(topBytes.toString('utf8'));
        for (const child of index.manifests ?? []) {
            const bytes = await pushImageManifest(child);
            await step(`manifest ${child.digest}`, () => client.putManifest(repo, child.digest, bytes, child.mediaType));
            progress.present.push(`manifest ${child.digest}`);
        }
    }
    else
        topBytes = await pushImageManifest(top);
    for (const tag of tags) {
        const reported = await step(`tag ${tag} (manifest ${top.digest})`, () => client.putManifest(repo, tag, topBytes, top.mediaType));
        if (reported && reported !== top.digest)
            throw new errors/* UserError */.yo(`Registry ${client.endpoint.host} stored ${repo}:${tag} as ${reported}, not the built ${top.digest}`);
        progress.tags.push(tag);
    }
    return { digest: top.digest, ...counts };
}
/**
 * Credentials for `host` saved by `docker login` / `podman login` (DOCKER_CONFIG or ~/.docker/config.json,
 * REGISTRY_AUTH_FILE, $XDG_RUNTIME_DIR/containers/auth.json); credential helpers are not consulted.
 */
async function savedCredentials(host, env = process.env) {
    const files = [
        env.REGISTRY_AUTH_FILE,
        env.XDG_RUNTIME_DIR ? (0,external_node_path_.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json') : undefined,
        (0,external_node_path_.join)(env.DOCKER_CONFIG ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'config.json')
    ].filter((file) => Boolean(file));
    for (const file of files) {
        let config;
        try {
            config = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        }
        catch {
            continue;
        }
        for (const key of [host, `https://${host}`, `http://${host}`]) {
            const auth = config.auths?.[key]?.auth;
            if (!auth)
                continue;
            const decoded = Buffer.from(auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
        }
    }
    return undefined;
}


/***/ })

};
