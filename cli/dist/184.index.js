export const id = 184;
export const ids = [184];
export const modules = {

/***/ 30184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ publish_static_command)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: ./lib/core/clock.ts
var clock = __webpack_require__(1866);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/inputs.ts
var core_inputs = __webpack_require__(57579);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(95422);
// EXTERNAL MODULE: ./lib/core/paths.ts
var paths = __webpack_require__(77168);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/config/schema.ts
var schema = __webpack_require__(73710);
;// CONCATENATED MODULE: ./lib/static/options.ts
/**
 * What a publish needs, read from inputs (publish-static's, or the CLI's flags under the same names)
 * and from the `static` section of shipline.yml, every value checked before anything is built or
 * uploaded. Inputs override the section.
 */





const PUBLISH_INPUTS = {
    config: 'config',
    dir: 'dir',
    build: 'build',
    bucket: 'bucket',
    prefix: 'prefix',
    entryPoints: 'entry-points',
    keep: 'keep',
    concurrency: 'concurrency',
    endpoint: 'endpoint',
    pathStyle: 'path-style',
    awsRegion: 'aws-region',
    sse: 'sse',
    sseKmsKeyId: 'sse-kms-key-id',
    dryRun: 'dry-run'
};
const NAMES = PUBLISH_INPUTS;
const SSE_MODES = ['AES256', 'aws:kms', 'aws:kms:dsse'];
const RESERVED_BUCKET = [
    /^xn--/,
    /^sthree-/,
    /^amzn-s3-demo-/,
    /-s3alias$/,
    /--ol-s3$/,
    /\.mrap$/,
    /--x-s3$/,
    /--table-s3$/
];
/** S3's bucket naming rules (general purpose buckets). */
function bucketProblem(name) {
    if (name.startsWith('s3://') || name.startsWith('arn:'))
        return 'is a URL or an ARN, not a bucket name';
    if (name.length < 3 || name.length > 63)
        return `is ${name.length} characters long`;
    if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name))
        return 'has characters S3 refuses (only lower-case letters, digits, "." and "-", starting and ending with a letter or digit)';
    if (name.includes('..'))
        return 'has two adjacent periods';
    if (/^\d+\.\d+\.\d+\.\d+$/.test(name))
        return 'is formatted as an IP address';
    if (RESERVED_BUCKET.some(pattern => pattern.test(name)))
        return 'uses a prefix or suffix S3 reserves';
    return undefined;
}
function readBucket(inputs) {
    const bucket = inputs.string(NAMES.bucket, { required: true });
    const problem = bucketProblem(bucket);
    if (problem)
        throw new errors/* InputError */.dz(NAMES.bucket, `"${bucket}" ${problem}`, 'an S3 bucket name such as my-site-static (3-63 lower-case letters, digits, "." and "-"; the key path goes in prefix)');
    return bucket;
}
/** A prefix as S3 keys start with it: no leading `/`, no `..`, ending in `/`. */
function normalizePrefix(value, input) {
    const trimmed = value.trim();
    if (!new RegExp(schema/* STATIC_PREFIX */.UN).test(trimmed) || trimmed.startsWith('./'))
        throw new errors/* InputError */.dz(input, `"${value}" is not a key prefix`, 'a prefix such as app/ or releases/web (no leading "/", no "." or ".." segment, no "//")');
    return trimmed === '' || trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}
function readEndpoint(inputs) {
    const value = inputs.optional(NAMES.endpoint);
    if (value === undefined)
        return undefined;
    const accepted = 'an http(s) URL of an S3-compatible server such as https://minio.example.com:9000 (no path)';
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* InputError */.dz(NAMES.endpoint, `"${value}" is not a URL`, accepted);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* InputError */.dz(NAMES.endpoint, `"${value}" is not http or https`, accepted);
    if (url.username || url.password)
        throw new errors/* InputError */.dz(NAMES.endpoint, 'has credentials in it', `${accepted}; credentials go in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`);
    if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash)
        throw new errors/* InputError */.dz(NAMES.endpoint, `"${value}" has a path`, accepted);
    return url.origin;
}
const ENDPOINT_REGION = /^[a-z0-9][a-z0-9-]{0,31}$/;
const KMS_KEY = /^(?:arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(?:key|alias)\/[A-Za-z0-9/_-]+|alias\/[A-Za-z0-9/_-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;
function readRegion(inputs, endpoint, env) {
    if (!endpoint)
        return inputs.awsRegion(NAMES.awsRegion, env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1');
    const region = inputs.string(NAMES.awsRegion, { default: 'us-east-1' });
    if (!ENDPOINT_REGION.test(region))
        throw new errors/* InputError */.dz(NAMES.awsRegion, `"${region}" is not a region name`, 'a region such as us-east-1, or auto for R2');
    return region;
}
function readPublishInputs(inputs, env = process.env) {
    const bucket = readBucket(inputs);
    const prefixValue = inputs.optional(NAMES.prefix);
    const endpoint = readEndpoint(inputs);
    const sseValue = inputs.raw(NAMES.sse);
    const sse = sseValue === '' ? undefined : inputs.oneOf(NAMES.sse, SSE_MODES);
    const sseKmsKeyId = inputs.optional(NAMES.sseKmsKeyId);
    if (sseKmsKeyId !== undefined && sse !== 'aws:kms' && sse !== 'aws:kms:dsse')
        throw new errors/* InputError */.dz(NAMES.sseKmsKeyId, 'is set but sse is not aws:kms', 'a KMS key together with sse: aws:kms');
    if (sseKmsKeyId !== undefined && !KMS_KEY.test(sseKmsKeyId))
        throw new errors/* InputError */.dz(NAMES.sseKmsKeyId, `"${sseKmsKeyId}" is not a KMS key`, 'a key ARN, key id, alias/NAME or alias ARN');
    const entryPoints = inputs.multiline(NAMES.entryPoints);
    const keepValue = inputs.raw(NAMES.keep);
    return {
        configFile: inputs.string(NAMES.config, { default: 'shipline.yml' }),
        configGiven: inputs.optional(NAMES.config) !== undefined,
        dir: inputs.optional(NAMES.dir),
        build: inputs.boolean(NAMES.build, true),
        bucket,
        ...(prefixValue !== undefined ? { prefix: normalizePrefix(prefixValue, NAMES.prefix) } : {}),
        ...(entryPoints.length
            ? { entryPoints: entryPoints.map(path => readEntryPoint(path, NAMES.entryPoints)) }
            : {}),
        ...(keepValue ? { keep: inputs.integer(NAMES.keep, schema/* DEFAULT_STATIC_KEEP */.Li, { min: 1, max: 50 }) } : {}),
        concurrency: inputs.integer(NAMES.concurrency, 10, { min: 1, max: 64 }),
        ...(endpoint ? { endpoint } : {}),
        pathStyle: inputs.boolean(NAMES.pathStyle, endpoint !== undefined),
        region: readRegion(inputs, endpoint, env),
        ...(sse ? { sse } : {}),
        ...(sseKmsKeyId ? { sseKmsKeyId } : {}),
        dryRun: inputs.boolean(NAMES.dryRun, false)
    };
}
function readEntryPoint(value, input) {
    const path = value.replace(/^\.?\/+/, '');
    if (path === '' ||
        path.split('/').some(segment => segment === '..' || segment === '.') ||
        path.includes('\\'))
        throw new errors/* InputError */.dz(input, `"${value}" is not a path inside the site`, 'paths relative to the site directory, such as index.html or app/sw.js');
    return path;
}
/** The workspace every path stays inside: the checkout in Actions, else the current directory. */
function workspaceOf(env, cwd) {
    return env.GITHUB_WORKSPACE && (0,external_node_path_.isAbsolute)(env.GITHUB_WORKSPACE) ? env.GITHUB_WORKSPACE : cwd;
}
/**
 * shipline.yml when it is to be read: named by the config input, or there by default (a directory
 * given as dir needs none). Its path stays inside the workspace.
 */
async function loadPublishConfig(inputs, workspace) {
    const path = (0,paths/* pathInside */._l)(NAMES.config, inputs.configFile, {
        root: workspace,
        accepted: 'a shipline.yml inside the workspace'
    });
    if (!inputs.configGiven && !(0,external_node_fs_.existsSync)(path))
        return undefined;
    const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2597)]).then(__webpack_require__.bind(__webpack_require__, 2597));
    return loadConfig(inputs.configFile, workspace);
}
/** Inputs and the `static` section merged; every path checked to stay inside the workspace. */
function resolvePublishOptions(inputs, config, workspace) {
    const section = config?.static;
    if (!inputs.dir && !section)
        throw new errors/* InputError */.dz(NAMES.dir, config
            ? `is empty and ${config.file} has no static section`
            : `is empty and there is no ${inputs.configFile}`, 'the directory to publish (such as dist), or a static section with dir in shipline.yml');
    const root = config?.root ?? workspace;
    const accepted = 'a directory inside the workspace, such as dist or frontend/dist';
    const dirInput = inputs.dir ? NAMES.dir : `${config?.file}: static.dir`;
    const dirShown = inputs.dir ?? section.dir;
    const dir = (0,paths/* pathInside */._l)(dirInput, dirShown, { root: inputs.dir ? workspace : root, accepted });
    (0,paths/* pathInside */._l)(dirInput, dir, { root: workspace, accepted });
    const build = inputs.build && !inputs.dir && section?.build
        ? {
            command: section.build,
            cwd: (0,paths/* pathInside */._l)(`${config?.file}: static.context`, section.context, {
                root,
                accepted: 'a directory inside the workspace'
            })
        }
        : undefined;
    return {
        target: {
            bucket: inputs.bucket,
            prefix: inputs.prefix ?? section?.prefix ?? '',
            ...(inputs.endpoint ? { endpoint: inputs.endpoint } : {}),
            pathStyle: inputs.pathStyle,
            region: inputs.region,
            ...(inputs.sse ? { sse: inputs.sse } : {}),
            ...(inputs.sseKmsKeyId ? { sseKmsKeyId: inputs.sseKmsKeyId } : {})
        },
        dirShown,
        dir,
        dirInput,
        entryPoints: inputs.entryPoints ?? section?.entryPoints ?? [],
        keep: inputs.keep ?? section?.keep ?? schema/* DEFAULT_STATIC_KEEP */.Li,
        cache: section?.cache ?? [],
        ...(build ? { build } : {}),
        ...(section && config ? { config: { root: config.root, section } } : {}),
        concurrency: inputs.concurrency,
        dryRun: inputs.dryRun,
        workspace
    };
}

// EXTERNAL MODULE: ./cli/src/command.ts
var command = __webpack_require__(73619);
;// CONCATENATED MODULE: ./cli/src/commands/publish-static.ts
/**
 * `shipline publish-static`: publish-static from a terminal. `--dry-run` prints the plan (every file,
 * upload or keep, with its headers; what would be pruned and invalidated) and uploads nothing; without
 * AWS credentials it plans against an empty bucket and says so.
 */









/** The flags as publish-static's inputs (one validation for the action and the CLI). */
function publishSource(values) {
    const flag = (name) => (values[name] === undefined ? undefined : String(values[name]));
    return (0,core_inputs/* recordInputSource */.BE)({
        bucket: flag('bucket'),
        dir: flag('dir'),
        config: flag('config'),
        prefix: flag('prefix'),
        'entry-points': (values['entry-point'] ?? []).join('\n'),
        keep: flag('keep'),
        concurrency: flag('concurrency'),
        endpoint: flag('endpoint'),
        'path-style': flag('path-style'),
        'aws-region': flag('region'),
        sse: flag('sse'),
        'sse-kms-key-id': flag('sse-kms-key-id'),
        build: values['no-build'] ? 'false' : undefined,
        'dry-run': flag('dry-run')
    });
}
/** --json: the target, what was (or would be) uploaded, kept, pruned and invalidated. */
function publishJson(result, target) {
    const plan = result.plan;
    const file = (u) => ({
        path: u.file.path,
        class: u.file.fileClass,
        size: u.file.size,
        headers: u.file.headers
    });
    return {
        bucket: target.bucket,
        prefix: target.prefix,
        version: result.version,
        dryRun: result.dryRun,
        held: result.held,
        ...(result.note ? { note: result.note } : {}),
        upload: plan ? [...plan.assets, ...plan.entries].map(u => ({ ...file(u), reason: u.reason })) : [],
        keep: plan ? plan.kept.map(f => ({ path: f.path, class: f.fileClass, headers: f.headers })) : [],
        prune: plan?.prune ?? [],
        invalidate: result.invalidate
    };
}
const publish_static_command = {
    usage: 'shipline publish-static --bucket NAME [--dir DIR | --config shipline.yml] [--prefix P] [--entry-point PATH]... [--keep N] [--concurrency N] [--endpoint URL] [--path-style] [--region R] [--sse MODE] [--sse-kms-key-id KEY] [--no-build] [--dry-run] [--json] [--markdown FILE] [--github-output]',
    options: {
        bucket: { type: 'string' },
        dir: { type: 'string' },
        config: { type: 'string' },
        prefix: { type: 'string' },
        'entry-point': { type: 'string', multiple: true },
        keep: { type: 'string' },
        concurrency: { type: 'string' },
        endpoint: { type: 'string' },
        'path-style': { type: 'boolean' },
        region: { type: 'string' },
        sse: { type: 'string' },
        'sse-kms-key-id': { type: 'string' },
        'no-build': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        markdown: { type: 'string' },
        'github-output': { type: 'boolean' }
    },
    async run({ values }) {
        if (values['github-output'] && !process.env.GITHUB_OUTPUT)
            throw new errors/* InputError */.dz('--github-output', 'GITHUB_OUTPUT is not set', 'a GitHub Actions step (it sets GITHUB_OUTPUT)');
        const markdown = values.markdown === undefined
            ? undefined
            : (0,paths/* outputFileInput */.qJ)('--markdown', String(values.markdown), {
                root: process.cwd(),
                alsoUnder: [process.env.RUNNER_TEMP],
                accepted: 'a file to write, in the current directory or RUNNER_TEMP'
            });
        const inputs = readPublishInputs(new core_inputs/* Inputs */.G0(publishSource(values)), process.env);
        const workspace = workspaceOf({}, process.cwd());
        const options = resolvePublishOptions(inputs, await loadPublishConfig(inputs, workspace), workspace);
        const { publishStatic } = await __webpack_require__.e(/* import() */ 1206).then(__webpack_require__.bind(__webpack_require__, 11206));
        const result = await publishStatic(options, { clock: clock/* systemClock */.m, env: process.env });
        const { headline, renderPlanText, renderPublishMarkdown } = await __webpack_require__.e(/* import() */ 2137).then(__webpack_require__.bind(__webpack_require__, 42137));
        if (markdown) {
            await (0,promises_.writeFile)(markdown, `${renderPublishMarkdown(result, options.target, { level: 4, rows: 20 })}\n`);
            (0,log/* info */.pq)(`Wrote the summary to ${String(values.markdown)}`);
        }
        if (values['github-output']) {
            core/* setOutput */.uH('version', result.version);
            core/* setOutput */.uH('uploaded', String(result.uploaded));
            core/* setOutput */.uH('invalidation-paths', result.invalidate.join('\n'));
        }
        process.stdout.write(values.json
            ? `${JSON.stringify(publishJson(result, options.target), null, 2)}\n`
            : `${renderPlanText(result, options.target)}\n`);
        (0,log/* info */.pq)(headline(result).replace(/`/g, ''));
        return command/* EXIT */.d.ok;
    }
};


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


/***/ })

};
