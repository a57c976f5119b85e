export const id = 21;
export const ids = [21];
export const modules = {

/***/ 7021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _lib_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1085);
/* harmony import */ var _lib_config_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2597);
/* harmony import */ var _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7579);
/* harmony import */ var _lib_core_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5422);
/* harmony import */ var _lib_images_builder_args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2806);
/* harmony import */ var _lib_images_build_push_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2553);
/* harmony import */ var _actions_build_push_src_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2406);
/* harmony import */ var _actions_build_push_src_main_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7284);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3619);
/** `shipline build`: build-push for the services of a shipline.yml, from the root of any git repository. */









const CONCURRENCY = 4;
const command = {
    summary: 'Build (or reuse, by content tag) and optionally push the images of shipline.yml services',
    usage: 'shipline build --registry HOST[:PORT][/prefix] [--config shipline.yml] [--service NAME]... [--builder docker|podman] [--push] [--insecure-registry] [--build-arg NAME=VALUE]... [--no-cache] [--resolve]',
    options: {
        config: { type: 'string' },
        registry: { type: 'string' },
        service: { type: 'string', multiple: true },
        builder: { type: 'string' },
        push: { type: 'boolean' },
        'insecure-registry': { type: 'boolean' },
        'build-arg': { type: 'string', multiple: true },
        'no-cache': { type: 'boolean' },
        resolve: { type: 'boolean' }
    },
    async run({ values }) {
        const flag = (name) => (values[name] === undefined ? undefined : String(values[name]));
        const source = (0,_lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .recordInputSource */ .BE)({
            config: flag('config'),
            registry: flag('registry'),
            builder: flag('builder'),
            push: values.push ? 'true' : 'false',
            'insecure-registry': flag('insecure-registry'),
            'build-args': (values['build-arg'] ?? []).join('\n'),
            cache: values['no-cache'] ? 'false' : 'true'
        });
        const inputs = (0,_actions_build_push_src_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getInputs */ .GP)(new _lib_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0(source), process.env, { requireService: false });
        const config = await (0,_lib_config_config_js__WEBPACK_IMPORTED_MODULE_1__.loadConfig)(inputs.configFile);
        const services = (0,_lib_config_config_js__WEBPACK_IMPORTED_MODULE_1__.selectServices)(config, values.service ?? []).map(service => (0,_lib_images_build_push_js__WEBPACK_IMPORTED_MODULE_5__.withBuildArgs)(service, inputs.buildArgs));
        for (const service of services)
            await (0,_lib_images_build_push_js__WEBPACK_IMPORTED_MODULE_5__.checkService)(config, service, inputs);
        const ctx = {
            ...(0,_actions_build_push_src_main_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultContext */ .T1)({}, process.env),
            memo: new Map(),
            buildLock: { tail: Promise.resolve() }
        };
        // Up to CONCURRENCY services at a time (checking the registry is mostly waiting; builds take turns); the lines come out
        // in the file's order, each as soon as it and those before it are done.
        const settle = [];
        const results = services.map(() => new Promise(resolve => settle.push(resolve)));
        let next = 0;
        const worker = async () => {
            for (let i = next++; i < services.length; i = next++) {
                const promise = (0,_lib_images_build_push_js__WEBPACK_IMPORTED_MODULE_5__.buildPushService)(config, services[i], { ...inputs, resolveOnly: values.resolve === true }, ctx);
                settle[i](promise);
                await promise.catch(() => undefined);
            }
        };
        const workers = Array.from({ length: Math.min(CONCURRENCY, services.length) }, worker);
        try {
            for (const result of results) {
                const { service, image, digest, tags, built } = await result;
                process.stdout.write(`${JSON.stringify({ service, image, digest, tags, built })}\n`);
            }
        }
        finally {
            await Promise.allSettled(workers);
            for (const login of ctx.logins) {
                try {
                    await ctx.exec(login.builder, (0,_lib_images_builder_args_js__WEBPACK_IMPORTED_MODULE_4__/* .logoutArgs */ .m9)(login.builder, login.host), { stream: false });
                    (0,_lib_core_log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`Logged out of ${login.host}`);
                }
                catch (error) {
                    (0,_lib_core_log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e)(`Could not log out of ${login.host}: ${(0,_lib_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(error)}`);
                }
            }
        }
        return _command_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.ok;
    }
};


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

/***/ 7579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ recordInputSource),
/* harmony export */   EZ: () => (/* binding */ actionInputSource),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   e1: () => (/* binding */ parseInputFile)
/* harmony export */ });
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


/***/ })

};
