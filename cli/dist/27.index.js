export const id = 27;
export const ids = [27];
export const modules = {

/***/ 8000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command),
/* harmony export */   createCommand: () => (/* binding */ createCommand)
/* harmony export */ });
/* harmony import */ var _lib_core_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1866);
/* harmony import */ var _lib_kube_eks_token_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1915);
/* harmony import */ var _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1085);
/* harmony import */ var _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7579);
/* harmony import */ var _lib_core_aws_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6821);
/* harmony import */ var _lib_kube_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1614);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3619);
/**
 * `shipline eks-token`: the ExecCredential `aws eks get-token` prints, without the aws CLI, so a
 * kubeconfig's exec section can run Shipline instead. Same clock and credentials, same bytes.
 */







async function defaultCredentials() {
    const { defaultProvider } = await __webpack_require__.e(/* import() */ 861).then(__webpack_require__.t.bind(__webpack_require__, 5861, 19));
    try {
        return await defaultProvider()();
    }
    catch (error) {
        throw new _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`No AWS credentials to sign the token with: ${(0,_lib_core_aws_js__WEBPACK_IMPORTED_MODULE_6__/* .describeAwsError */ .Pp)(error)}`);
    }
}
function createCommand(deps = {}) {
    return {
        usage: 'shipline eks-token --cluster-name NAME --region REGION',
        options: {
            'cluster-name': { type: 'string' },
            region: { type: 'string' }
        },
        async run({ values }) {
            const { clock = _lib_core_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m, credentials = defaultCredentials, env = process.env, stdout = text => process.stdout.write(text), stderr = text => process.stderr.write(text) } = deps;
            const source = (0,_lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .recordInputSource */ .BE)({
                'cluster-name': values['cluster-name'],
                region: values.region
            });
            const { clusterName, region } = (0,_lib_kube_options_js__WEBPACK_IMPORTED_MODULE_4__/* .readEksTarget */ .r_)(new _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0(source), 'cluster-name', 'region');
            const { apiVersion, warning } = (0,_lib_kube_eks_token_js__WEBPACK_IMPORTED_MODULE_1__/* .execCredentialApiVersion */ .VU)(env.KUBERNETES_EXEC_INFO);
            if (warning)
                stderr(`${warning}\n`);
            const token = (0,_lib_kube_eks_token_js__WEBPACK_IMPORTED_MODULE_1__/* .makeEksToken */ .hY)(clusterName, region, await credentials(), clock.now());
            stdout((0,_lib_kube_eks_token_js__WEBPACK_IMPORTED_MODULE_1__/* .execCredentialJson */ .LQ)(token, apiVersion));
            return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
        }
    };
}
const command = createCommand();


/***/ }),

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
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(768);
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

/***/ 10:
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

/***/ 5219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ys: () => (/* binding */ commandExists),
/* harmony export */   eF: () => (/* binding */ run)
/* harmony export */ });
/* unused harmony export CommandFailedError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1085);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5422);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(549);
/**
 * Process execution with output streamed to the log as it arrives (long commands show progress)
 * and captured for parsing. Arguments go to the process as argv, never through a shell; secrets go
 * on stdin (`input`), never in argv.
 */




class CommandFailedError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
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
function lastLines(text, n) {
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(text
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean)
        .slice(-n)
        .join(' | '));
}
/** Run `command args…`; rejects with CommandFailedError on a non-accepted exit code. */
async function run(command, args, options = {}) {
    const execute = () => spawnAndCollect(command, args, options);
    const result = options.groupTitle ? await (0,_log_js__WEBPACK_IMPORTED_MODULE_2__/* .group */ .Os)(options.groupTitle, execute) : await execute();
    if (!(options.okExitCodes ?? [0]).includes(result.exitCode))
        throw new CommandFailedError([command, ...args.slice(0, 2)].join(' '), result);
    return result;
}
function spawnAndCollect(command, args, options) {
    const stream = options.stream ?? true;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const chunks = { stdout: [], stderr: [] };
        const pending = { stdout: '', stderr: '' };
        const emit = (name, line) => {
            options.onLine?.(line, name);
            if (stream)
                (0,_log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq)(line);
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
                for (const line of lines)
                    emit(name, line);
            });
        }
        child.on('error', error => {
            const code = error.code;
            reject(code === 'ENOENT' ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${command} was not found on PATH`) : error);
        });
        child.on('close', (exitCode, signal) => {
            for (const name of ['stdout', 'stderr'])
                if (pending[name])
                    emit(name, pending[name]);
            resolve({
                exitCode: exitCode ?? (signal ? 128 : 1),
                stdout: Buffer.concat(chunks.stdout).toString('utf8'),
                stderr: Buffer.concat(chunks.stderr).toString('utf8')
            });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
/** Whether `command` can be started (found on PATH). */
async function commandExists(command, versionArgs = ['--version']) {
    try {
        await spawnAndCollect(command, versionArgs, { stream: false });
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 6384:
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

/***/ 7579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ recordInputSource),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   e1: () => (/* binding */ parseInputFile)
/* harmony export */ });
/* unused harmony export actionInputSource */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1085);
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
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const AWS_REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    /** The trimmed value, '' when unset. */
    raw(name) {
        return (this.source(name) ?? '').trim();
    }
    /** A string; `required` makes an empty value an error. */
    string(name, options = {}) {
        const value = this.raw(name);
        if (value)
            return value;
        if (options.required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, 'is required but was empty', 'a non-empty value');
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${value}" is not valid`, accepted);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${value}" is not a boolean`, 'true or false');
    }
    /** Lines of a multiline input: trimmed, blank lines and `#` comments dropped. */
    multiline(name, options = {}) {
        const lines = this.raw(name)
            .split(/\r?\n/)
            .map(line => line.trim())
            .filter(line => line !== '' && !line.startsWith('#'));
        if (lines.length > 0)
            return lines;
        if (options.required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, 'is required but was empty', 'one value per line');
        return options.default ?? [];
    }
    /** A list separated by commas or newlines. */
    list(name, options = {}) {
        const items = this.raw(name)
            .split(/[,\n]/)
            .map(item => item.trim())
            .filter(Boolean);
        if (items.length > 0)
            return items;
        if (options.required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, 'is required but was empty', 'a comma- or newline-separated list');
        return options.default ?? [];
    }
    /** A duration (`90s`, `15m`, `1h`), in milliseconds. */
    duration(name, defaultValue, options = {}) {
        const value = this.raw(name) || defaultValue;
        const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E)(value);
        const accepted = 'a duration such as 90s, 15m, 1h or 1h30m';
        if (ms === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${value}" is not a duration`, accepted);
        if (options.min !== undefined && ms < options.min)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${value}" is too short`, `${accepted}, at least ${options.min / 1000}s`);
        if (options.max !== undefined && ms > options.max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${value}" is too long`, `${accepted}, at most ${options.max / 1000}s`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${value}" is not a whole number in range`, `an integer from ${min} to ${max}`);
        return n;
    }
    /** One of a fixed set of values. */
    oneOf(name, values, defaultValue) {
        const value = this.raw(name);
        if (value === '' && defaultValue !== undefined)
            return defaultValue;
        if (!values.includes(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, value ? `"${value}" is not allowed` : 'is required but was empty', values.join(', '));
        return value;
    }
    /** An AWS region code such as `eu-west-1`. */
    awsRegion(name, defaultValue) {
        const value = this.raw(name) || defaultValue || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || '';
        if (!value)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, 'is required but was empty', 'an AWS region such as us-east-1');
        if (!AWS_REGION.test(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `"${value}" is not an AWS region`, 'an AWS region such as us-east-1 or eu-west-1');
        return value;
    }
}
/**
 * The parsed content of a file an input names: an unreadable file, or a parse failure (a UserError),
 * becomes an InputError naming the input.
 */
function parseInputFile(input, path, parse, accepted, shownAs = path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `"${shownAs}" cannot be read`, accepted.unreadable);
    }
    try {
        return parse(text);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, error.message, accepted.invalid);
        throw error;
    }
}


/***/ }),

/***/ 549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   mask: () => (/* binding */ mask)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
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

/***/ 1915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LQ: () => (/* binding */ execCredentialJson),
/* harmony export */   My: () => (/* binding */ EksTokenProvider),
/* harmony export */   VU: () => (/* binding */ execCredentialApiVersion),
/* harmony export */   hY: () => (/* binding */ makeEksToken)
/* harmony export */ });
/* unused harmony exports TOKEN_PREFIX, CLUSTER_ID_HEADER, PRESIGN_EXPIRES_SECONDS, TOKEN_LIFETIME_MS, STS_API_VERSION, EXEC_CREDENTIAL_API_VERSIONS, DEFAULT_EXEC_CREDENTIAL_API_VERSION, stsHost, uriEncode, amzDate, presignGetCallerIdentity, expirationTimestamp, decodeEksToken */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * EKS bearer tokens made the way `aws eks get-token` makes them, without the aws CLI: an STS
 * GetCallerIdentity URL presigned with SigV4 (regional endpoint, 60 s X-Amz-Expires, the
 * `x-k8s-aws-id` header naming the cluster signed with `host`), base64url-encoded after
 * `k8s-aws-v1.`. The cluster's authenticator accepts such a token for 15 minutes after its
 * X-Amz-Date; clients (kubectl, client-go) are told it expires after 14, as the aws CLI says.
 *
 * Shared by deploy-eks (a provider that renews the token during long waits) and `shipline eks-token`
 * (an ExecCredential byte-identical to the aws CLI's for the same clock and credentials).
 */

const TOKEN_PREFIX = 'k8s-aws-v1.';
const CLUSTER_ID_HEADER = 'x-k8s-aws-id';
/** X-Amz-Expires of the presigned URL, as the aws CLI sets it. */
const PRESIGN_EXPIRES_SECONDS = 60;
/** The expiry clients are told (expirationTimestamp), as the aws CLI says: 14 minutes. */
const TOKEN_LIFETIME_MS = 14 * 60_000;
const STS_API_VERSION = '2011-06-15';
const EXEC_CREDENTIAL_API_VERSIONS = [
    'client.authentication.k8s.io/v1beta1',
    'client.authentication.k8s.io/v1',
    'client.authentication.k8s.io/v1alpha1'
];
const DEFAULT_EXEC_CREDENTIAL_API_VERSION = 'client.authentication.k8s.io/v1beta1';
/** The regional STS endpoint's host (`sts.eu-west-1.amazonaws.com`; `.amazonaws.com.cn` in China). */
function stsHost(region) {
    return `sts.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
}
/** RFC 3986 percent-encoding: everything but A-Z a-z 0-9 - _ . ~ (what SigV4 requires). */
function uriEncode(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function sha256Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function hmac(key, text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(text, 'utf8').digest();
}
/** `20260101T000000Z` */
function amzDate(now) {
    return new Date(now)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
}
/** The presigned GetCallerIdentity URL for `clusterName`, signed at `now`. */
function presignGetCallerIdentity(clusterName, region, credentials, now) {
    const host = stsHost(region);
    const date = amzDate(now);
    const scope = `${date.slice(0, 8)}/${region}/sts/aws4_request`;
    const signedHeaders = `host;${CLUSTER_ID_HEADER}`;
    // The URL's order is the aws CLI's: operation parameters, then the auth parameters (the session
    // token after the signed headers), then the signature. The canonical query string is sorted.
    const params = [
        ['Action', 'GetCallerIdentity'],
        ['Version', STS_API_VERSION],
        ['X-Amz-Algorithm', 'AWS4-HMAC-SHA256'],
        ['X-Amz-Credential', `${credentials.accessKeyId}/${scope}`],
        ['X-Amz-Date', date],
        ['X-Amz-Expires', String(PRESIGN_EXPIRES_SECONDS)],
        ['X-Amz-SignedHeaders', signedHeaders]
    ];
    if (credentials.sessionToken)
        params.push(['X-Amz-Security-Token', credentials.sessionToken]);
    const encoded = params.map(([key, value]) => [uriEncode(key), uriEncode(value)]);
    const canonicalQuery = [...encoded]
        .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
        .map(([key, value]) => `${key}=${value}`)
        .join('&');
    const canonicalHeaders = `host:${host}\n${CLUSTER_ID_HEADER}:${clusterName.trim()}\n`;
    const canonicalRequest = ['GET', '/', canonicalQuery, canonicalHeaders, signedHeaders, sha256Hex('')].join('\n');
    const stringToSign = ['AWS4-HMAC-SHA256', date, scope, sha256Hex(canonicalRequest)].join('\n');
    let key = hmac(`AWS4${credentials.secretAccessKey}`, date.slice(0, 8));
    for (const part of [region, 'sts', 'aws4_request'])
        key = hmac(key, part);
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(stringToSign, 'utf8').digest('hex');
    const query = encoded.map(([k, v]) => `${k}=${v}`).join('&');
    return `https://${host}/?${query}&X-Amz-Signature=${signature}`;
}
/** `2026-01-01T00:14:00Z`: whole seconds, as the aws CLI writes it. */
function expirationTimestamp(expiresAt) {
    return new Date(Math.floor(expiresAt / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
/** A token for `clusterName` signed at `now`. */
function makeEksToken(clusterName, region, credentials, now) {
    const url = presignGetCallerIdentity(clusterName, region, credentials, now);
    const expiresAt = now + TOKEN_LIFETIME_MS;
    return {
        token: TOKEN_PREFIX + Buffer.from(url, 'utf8').toString('base64url'),
        url,
        expiresAt,
        expirationTimestamp: expirationTimestamp(expiresAt)
    };
}
/** The URL inside a token, or undefined when it is not one. */
function decodeEksToken(token) {
    if (!token.startsWith(TOKEN_PREFIX))
        return undefined;
    try {
        return new URL(Buffer.from(token.slice(TOKEN_PREFIX.length), 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * The ExecCredential JSON as the aws CLI prints it (Python's json.dumps spacing, key order kind,
 * apiVersion, spec, status), with its trailing newline.
 */
function execCredentialJson(token, apiVersion = DEFAULT_EXEC_CREDENTIAL_API_VERSION) {
    const s = JSON.stringify;
    return (`{"kind": "ExecCredential", "apiVersion": ${s(apiVersion)}, "spec": {}, ` +
        `"status": {"expirationTimestamp": ${s(token.expirationTimestamp)}, "token": ${s(token.token)}}}\n`);
}
/**
 * The ExecCredential apiVersion kubectl asks for in KUBERNETES_EXEC_INFO (v1beta1 when absent or
 * unknown), and a warning to print when it is deprecated or not understood.
 */
function execCredentialApiVersion(execInfo) {
    if (!execInfo)
        return { apiVersion: DEFAULT_EXEC_CREDENTIAL_API_VERSION };
    let requested;
    try {
        requested = JSON.parse(execInfo).apiVersion;
    }
    catch {
        return {
            apiVersion: DEFAULT_EXEC_CREDENTIAL_API_VERSION,
            warning: `KUBERNETES_EXEC_INFO is not JSON; answering with ${DEFAULT_EXEC_CREDENTIAL_API_VERSION}`
        };
    }
    if (requested === 'client.authentication.k8s.io/v1alpha1')
        return {
            apiVersion: requested,
            warning: 'client.authentication.k8s.io/v1alpha1 is deprecated: use v1beta1 or v1 in the kubeconfig'
        };
    if (typeof requested === 'string' &&
        EXEC_CREDENTIAL_API_VERSIONS.includes(requested))
        return { apiVersion: requested };
    return {
        apiVersion: DEFAULT_EXEC_CREDENTIAL_API_VERSION,
        warning: `KUBERNETES_EXEC_INFO asks for apiVersion ${String(requested)}, which is not known; answering with ${DEFAULT_EXEC_CREDENTIAL_API_VERSION}`
    };
}
/** Tokens for a long-running client: the same token until shortly before it expires, then a new one. */
class EksTokenProvider {
    options;
    current;
    /** How many tokens were made so far. */
    issued = 0;
    constructor(options) {
        this.options = options;
    }
    async token() {
        const { clock, refreshBeforeMs = 60_000 } = this.options;
        const now = clock.now();
        if (this.current && now < this.current.expiresAt - refreshBeforeMs)
            return this.current.token;
        const credentials = await this.options.credentials();
        const token = makeEksToken(this.options.clusterName, this.options.region, credentials, now);
        this.options.onToken?.(token.token);
        this.current = token;
        this.issued++;
        return token.token;
    }
    /** Forget the current token (the server refused it); the next call makes a new one. */
    invalidate() {
        this.current = undefined;
    }
}


/***/ })

};
