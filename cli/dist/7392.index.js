export const id = 7392;
export const ids = [7392];
export const modules = {

/***/ 87392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ invalidate_command),
  pathsOf: () => (/* binding */ pathsOf)
});

// EXTERNAL MODULE: ./lib/core/clock.ts
var clock = __webpack_require__(1866);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/inputs.ts
var core_inputs = __webpack_require__(57579);
// EXTERNAL MODULE: ./lib/core/paths.ts
var core_paths = __webpack_require__(77168);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(95422);
// EXTERNAL MODULE: ./lib/core/aws.ts
var aws = __webpack_require__(6821);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/cdn/paths.ts
/**
 * Invalidation paths, normalised the way CloudFront wants them: a leading `/`, `*` only at the end,
 * at most 4000 characters, RFC 1738 unsafe and non-ASCII characters percent-encoded (and nothing
 * else, or CloudFront would not match the cached object), duplicates and wildcard-covered paths
 * dropped.
 */

const MAX_PATH_LENGTH = 4000;
const INPUT = 'paths';
/** Characters RFC 1738 calls unsafe, plus controls; `%` only where it does not start an escape. */
const UNSAFE = /[\s"#<>{}|\\^~[\]`]|%(?![0-9A-Fa-f]{2})|[^\x20-\x7e]/gu;
function encodePath(path) {
    return path.replace(UNSAFE, char => [...Buffer.from(char, 'utf8')].map(b => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}
function isWildcard(path) {
    return path.endsWith('*');
}
/** Validate and encode one path; throws an InputError naming the offending path. */
function normalizePath(raw) {
    const path = raw.trim();
    if (!path.startsWith('/'))
        throw new errors/* InputError */.dz(INPUT, `"${path}" does not start with "/"`, 'paths such as /index.html or /static/*');
    const star = path.indexOf('*');
    if (star !== -1 && star !== path.length - 1)
        throw new errors/* InputError */.dz(INPUT, `"${path}" has "*" before its end`, 'a single "*" as the last character, such as /static/*');
    const encoded = encodePath(path);
    if (encoded.length > MAX_PATH_LENGTH)
        throw new errors/* InputError */.dz(INPUT, `a path is ${encoded.length} characters long once encoded`, `at most ${MAX_PATH_LENGTH} characters`);
    return encoded;
}
/** Whether `wildcard` (ending in `*`) covers `path`. */
function covers(wildcard, path) {
    return wildcard !== path && path.startsWith(wildcard.slice(0, -1));
}
/** All paths normalised, deduplicated, and without those a wildcard of the same request covers. */
function normalizePaths(raw) {
    const unique = [...new Set(raw.map(normalizePath))];
    const wildcards = unique.filter(isWildcard);
    return unique.filter(path => !wildcards.some(wildcard => covers(wildcard, path)));
}

;// CONCATENATED MODULE: ./lib/cdn/batches.ts
/**
 * Splitting paths into invalidation batches under CloudFront's limits: at most 3000 file paths and
 * 15 wildcard paths in progress per distribution. Each batch fits the limits on its own, and there
 * are as few batches as the limits allow.
 */


const MAX_FILE_PATHS = 3000;
const MAX_WILDCARD_PATHS = 15;
function chunk(items, size, count) {
    return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size));
}
/** Batches of `paths`, files and wildcards spread so each batch respects both limits. */
function planBatches(paths, referenceBase) {
    const files = paths.filter(path => !isWildcard(path));
    const wildcards = paths.filter(isWildcard);
    const count = Math.max(Math.ceil(files.length / MAX_FILE_PATHS), Math.ceil(wildcards.length / MAX_WILDCARD_PATHS));
    const fileChunks = chunk(files, MAX_FILE_PATHS, count);
    const wildcardChunks = chunk(wildcards, MAX_WILDCARD_PATHS, count);
    return fileChunks.map((fileChunk, i) => {
        const batchPaths = [...wildcardChunks[i], ...fileChunk];
        return { paths: batchPaths, callerReference: callerReference(referenceBase, i, batchPaths) };
    });
}
/**
 * A caller reference that is the same for the same run attempt and paths: CloudFront answers a
 * repeated CreateInvalidation with the invalidation it already made, so a retried step never
 * invalidates twice.
 */
function callerReference(base, index, paths) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(paths.join('\n')).digest('hex').slice(0, 16);
    return `${base}-${index + 1}-${digest}`;
}
/** The reference base from the GitHub run (`shipline-<run id>-<attempt>`), or a local one. */
function defaultReferenceBase(env, now) {
    if (env.GITHUB_RUN_ID)
        return `shipline-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || '1'}`;
    return `shipline-local-${now}`;
}

;// CONCATENATED MODULE: ./lib/cdn/invalidate.ts
/** An invalidation from decision to result: plan the batches (pure), then create and optionally await them. */


/** The batches of an invalidation: everything decided before any AWS call. */
function planInvalidation(options, clock, env) {
    return planBatches(options.paths, options.callerReference ?? defaultReferenceBase(env, clock.now()));
}
/** Create (and optionally await) the invalidations of the planned batches. */
async function invalidate(options, batches, clock, pollMs) {
    const { CloudFrontClient } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3169)]).then(__webpack_require__.t.bind(__webpack_require__, 23169, 19));
    const { createInvalidations, waitForInvalidations } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3169), __webpack_require__.e(3224)]).then(__webpack_require__.bind(__webpack_require__, 53224));
    const ctx = {
        client: new CloudFrontClient((0,aws/* awsClientConfig */.rw)(options.region)),
        distributionId: options.distributionId,
        clock,
        deadline: clock.now() + options.waitTimeoutMs,
        pollMs
    };
    const created = await createInvalidations(ctx, batches);
    return options.wait ? waitForInvalidations(ctx, created) : created;
}

;// CONCATENATED MODULE: ./lib/cdn/options.ts
/** What an invalidation needs, read from inputs (the action's, or the CLI's flags under the same names). */


const INVALIDATE_INPUTS = {
    distributionId: 'distribution-id',
    paths: 'paths',
    wait: 'wait',
    waitTimeout: 'wait-timeout',
    callerReference: 'caller-reference',
    awsRegion: 'aws-region'
};
const DISTRIBUTION_ID = /^E[A-Z0-9]{5,20}$/;
const CALLER_REFERENCE = /^[\x21-\x7e]{1,100}$/;
const NAMES = INVALIDATE_INPUTS;
function readInvalidateOptions(inputs) {
    const distributionId = inputs.string(NAMES.distributionId, { required: true });
    if (!DISTRIBUTION_ID.test(distributionId))
        throw new errors/* InputError */.dz(NAMES.distributionId, `"${distributionId}" is not a CloudFront distribution id`, 'an id such as E2QWRUHAPOMQZL (E followed by upper-case letters and digits)');
    const paths = normalizePaths(inputs.multiline(NAMES.paths, { default: ['/*'], maxLines: 10_000, maxLineLength: 4096 }));
    const callerReference = inputs.optional(NAMES.callerReference);
    if (callerReference !== undefined && !CALLER_REFERENCE.test(callerReference))
        throw new errors/* InputError */.dz(NAMES.callerReference, 'contains spaces or is longer than 100 characters', 'up to 100 printable characters without spaces');
    return {
        distributionId,
        paths,
        wait: inputs.boolean(NAMES.wait, false),
        waitTimeoutMs: inputs.duration(NAMES.waitTimeout, '20m', { min: 1000, max: 6 * 3_600_000 }),
        callerReference,
        region: inputs.awsRegion(NAMES.awsRegion, 'us-east-1')
    };
}

// EXTERNAL MODULE: ./cli/src/command.ts
var command = __webpack_require__(73619);
;// CONCATENATED MODULE: ./cli/src/commands/invalidate.ts
/**
 * `shipline invalidate`: invalidate-cdn from a terminal; `--dry-run` prints the batches only.
 * Paths are given as the aws CLI takes them (`--paths /a /b`: every argument after --paths up to the
 * next flag) or as repeated flags (`--paths /a --paths /b`), or both.
 */








const PATHS_ACCEPTED = 'paths right after --paths (--paths /index.html /static/*), or repeated --paths';
/** Every path, in order: --paths values and the arguments that follow a --paths value. */
function pathsOf(args) {
    if (!args.tokens)
        return [...(args.values.paths ?? []), ...args.positionals];
    const paths = [];
    let after;
    for (const token of args.tokens) {
        if (token.kind === 'option') {
            after = token.rawName;
            if (token.name === 'paths' && token.value !== undefined)
                paths.push(token.value);
        }
        else if (token.kind === 'positional') {
            if (after !== '--paths')
                throw new errors/* InputError */.dz('--paths', `${(0,core_paths/* quoted */.TL)(token.value)} ${after ? `follows ${after}, not --paths` : 'comes before any --paths'}`, PATHS_ACCEPTED);
            paths.push(token.value);
        }
        else
            after = '--';
    }
    return paths;
}
const invalidate_command = {
    usage: 'shipline invalidate --distribution-id ID --paths PATH [PATH]... [--paths PATH]... [--wait] [--wait-timeout 20m] [--caller-reference REF] [--aws-region REGION] [--dry-run]',
    positionals: true,
    options: {
        'distribution-id': { type: 'string' },
        paths: { type: 'string', multiple: true },
        wait: { type: 'boolean' },
        'wait-timeout': { type: 'string' },
        'caller-reference': { type: 'string' },
        'aws-region': { type: 'string' },
        'dry-run': { type: 'boolean' }
    },
    async run(args) {
        const { values } = args;
        const flag = (name) => (values[name] === undefined ? undefined : String(values[name]));
        const paths = pathsOf(args);
        if (paths.length === 0)
            throw new errors/* InputError */.dz('--paths', 'is required but was empty', PATHS_ACCEPTED);
        const source = (0,core_inputs/* recordInputSource */.BE)({
            'distribution-id': flag('distribution-id'),
            paths: paths.join('\n'),
            wait: flag('wait'),
            'wait-timeout': flag('wait-timeout'),
            'caller-reference': flag('caller-reference'),
            'aws-region': flag('aws-region')
        });
        const inputs = readInvalidateOptions(new core_inputs/* Inputs */.G0(source));
        const batches = planInvalidation(inputs, clock/* systemClock */.m, process.env);
        if (values['dry-run']) {
            const output = { distributionId: inputs.distributionId, pathCount: inputs.paths.length, batches };
            process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
            return command/* EXIT */.d.ok;
        }
        const invalidations = await invalidate(inputs, batches, clock/* systemClock */.m);
        for (const invalidation of invalidations)
            (0,log/* info */.pq)(`${invalidation.id} ${invalidation.status} (${invalidation.paths.length} paths)`);
        process.stdout.write(`${JSON.stringify(invalidations.map(invalidation => invalidation.id))}\n`);
        return command/* EXIT */.d.ok;
    }
};


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


/***/ })

};
