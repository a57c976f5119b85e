export const id = 572;
export const ids = [572];
export const modules = {

/***/ 572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ build_command)
});

// EXTERNAL MODULE: ./lib/config/config.ts + 1 modules
var config_config = __webpack_require__(2597);
// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(1085);
// EXTERNAL MODULE: ./lib/core/inputs.ts
var inputs = __webpack_require__(7579);
// EXTERNAL MODULE: ./lib/images/build-push.ts + 1 modules
var build_push = __webpack_require__(2553);
;// CONCATENATED MODULE: ./lib/images/build-many.ts


const DEFAULT_CONCURRENCY = 4;
async function buildPushAll(config, services, options, ctx, { concurrency = DEFAULT_CONCURRENCY, onSettled } = {}) {
    const session = (0,build_push/* newSession */.RL)();
    const settled = services.map(() => undefined);
    let reported = 0;
    const report = () => {
        while (reported < services.length && settled[reported])
            onSettled?.(settled[reported++]);
    };
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < services.length; i = next++) {
            const service = services[i];
            try {
                settled[i] = {
                    service: service.name,
                    result: await (0,build_push/* buildPushService */.KN)(config, service, options, ctx, session)
                };
            }
            catch (error) {
                settled[i] = { service: service.name, error: (0,errors/* oneLine */.TN)(error) };
            }
            report();
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, services.length) }, worker));
    return settled;
}
/** The one message of a run with failures: the failure itself when one service failed, else each named. */
function failuresMessage(settled) {
    const failed = settled.filter((s) => 'error' in s);
    if (failed.length === 0)
        return undefined;
    if (failed.length === 1)
        return failed[0].error;
    return `${failed.length} of ${settled.length} services failed: ${failed.map(f => f.error).join('; ')}`;
}

// EXTERNAL MODULE: ./lib/images/context.ts
var context = __webpack_require__(7330);
// EXTERNAL MODULE: ./lib/core/log.ts
var log = __webpack_require__(5422);
// EXTERNAL MODULE: ./lib/images/builder-args.ts
var builder_args = __webpack_require__(2806);
;// CONCATENATED MODULE: ./lib/images/logout.ts
/** Logging out of every registry a run logged into with the builder's CLI; a failure only warns. */



async function logOut(exec, logins) {
    for (const login of logins) {
        try {
            await exec(login.builder, (0,builder_args/* logoutArgs */.m9)(login.builder, login.host), { stream: false });
            (0,log/* info */.pq)(`Logged out of ${login.host} (${login.builder})`);
        }
        catch (error) {
            (0,log/* warning */.$e)(`Could not log out of ${login.host}: ${(0,errors/* oneLine */.TN)(error)}`);
        }
    }
}

;// CONCATENATED MODULE: ./lib/config/schema.ts
/**
 * The JSON schema of `shipline.yml` (DESIGN.md, "The pipeline configuration"). Every `description`
 * is phrased as what is expected, because the validation errors quote it.
 */
/** A path relative to the repository root: no leading `/`, no `..` segment, no backslash. */
const RELATIVE_PATH = '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$';
const schema_SERVICE_NAME = '^[a-z0-9]+(?:[._-][a-z0-9]+)*$';
const configSchema = {
    $id: 'https://shipline.dev/schema/shipline.yml.json',
    type: 'object',
    description: 'a mapping with version, environment, services and cdn',
    required: ['version', 'services'],
    additionalProperties: false,
    properties: {
        version: { const: 1, description: 'the configuration format version, 1' },
        environment: {
            type: 'string',
            pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$',
            description: 'an environment name such as production (letters, digits, ".", "_", "-")'
        },
        services: {
            type: 'object',
            description: 'at least one service',
            minProperties: 1,
            propertyNames: {
                pattern: schema_SERVICE_NAME,
                maxLength: 128,
                description: 'a service name in lower-case letters and digits, separated by ".", "_" or "-" (it names the image repository)'
            },
            additionalProperties: {
                type: 'object',
                description: 'a mapping with context, dockerfile, watch, build-args, platforms and workload',
                required: ['context'],
                additionalProperties: false,
                properties: {
                    context: {
                        type: 'string',
                        minLength: 1,
                        pattern: RELATIVE_PATH,
                        description: 'a build context directory relative to the repository root, such as services/auth'
                    },
                    dockerfile: {
                        type: 'string',
                        minLength: 1,
                        pattern: '^(?!/)[^\\\\]+$',
                        description: 'a Dockerfile path relative to the context, such as Dockerfile'
                    },
                    watch: {
                        type: 'array',
                        minItems: 1,
                        uniqueItems: true,
                        description: 'a list of paths relative to the repository root, such as [services/auth, libs/common]',
                        items: {
                            type: 'string',
                            minLength: 1,
                            pattern: RELATIVE_PATH,
                            description: 'a path relative to the repository root, such as libs/common'
                        }
                    },
                    'build-args': {
                        type: 'object',
                        description: 'a mapping of build argument names to values, such as { NODE_ENV: production }',
                        propertyNames: {
                            pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
                            description: 'a build argument name (letters, digits and "_", not starting with a digit)'
                        },
                        additionalProperties: {
                            type: ['string', 'number', 'boolean'],
                            description: 'a string, number or boolean value'
                        }
                    },
                    platforms: {
                        type: 'array',
                        minItems: 1,
                        uniqueItems: true,
                        description: 'a list of platforms such as [linux/amd64, linux/arm64]',
                        items: {
                            type: 'string',
                            pattern: '^[a-z0-9]+/[a-z0-9_]+(?:/[a-z0-9]+)?$',
                            description: 'a platform such as linux/amd64 or linux/arm64/v8'
                        }
                    },
                    workload: {
                        type: 'string',
                        pattern: '^(?:deployment|statefulset|daemonset)/[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$',
                        description: 'a workload such as deployment/auth-service (deployment, statefulset or daemonset)'
                    }
                }
            }
        },
        cdn: {
            type: 'object',
            description: 'a mapping with paths and services',
            additionalProperties: false,
            properties: {
                paths: {
                    type: 'array',
                    description: 'a list of CloudFront paths such as [/index.html, /static/*]',
                    items: {
                        type: 'string',
                        pattern: '^/[^*]*\\*?$',
                        description: 'a path starting with "/", with "*" only at its end, such as /static/*'
                    }
                },
                services: {
                    type: 'array',
                    uniqueItems: true,
                    description: 'a list of the services CloudFront serves, such as [frontend] (default: frontend, when it exists)',
                    items: { type: 'string', pattern: schema_SERVICE_NAME, description: 'a service name such as frontend' }
                }
            }
        }
    }
};

// EXTERNAL MODULE: ./lib/core/key-value.ts
var key_value = __webpack_require__(7071);
// EXTERNAL MODULE: ./lib/images/registry-target.ts
var registry_target = __webpack_require__(414);
;// CONCATENATED MODULE: ./lib/images/options.ts
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
    podmanStorageDriver: 'podman-storage-driver',
    podmanIsolation: 'podman-isolation'
};
const INPUTS = BUILD_INPUTS;
const BUILDERS = ['docker', 'podman'];
const ISOLATIONS = ['chroot', 'oci', 'rootless'];
const STORAGE_DRIVER = /^[a-z0-9]+$/;
const REFERENCE = /^[a-z0-9][a-z0-9._:/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$/;
const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `NAME=VALUE` lines → a record; the line is named in the error. */
function parseBuildArgs(lines, input = INPUTS.buildArgs) {
    const args = {};
    for (const line of lines) {
        const pair = (0,key_value/* splitKeyValue */.p)(line, { keepValue: true });
        if (!pair || !BUILD_ARG_NAME.test(pair.key) || pair.key !== line.slice(0, line.indexOf('=')))
            throw new errors/* InputError */.dz(input, `"${line}" is not NAME=VALUE`, 'one NAME=VALUE per line, such as BASE_IMAGE=busybox:1.36');
        args[pair.key] = pair.value;
    }
    return args;
}
/** A service name as shipline.yml accepts it, under `input`. */
function readServiceName(inputs, input) {
    const service = inputs.string(input, { required: true });
    if (!new RegExp(SERVICE_NAME).test(service))
        throw new InputError(input, `"${service}" is not a service name`, 'a key of services in shipline.yml (lower-case letters and digits, separated by ".", "_" or "-")');
    return service;
}
/** How to build and push, whatever the services. */
function readBuildPushOptions(inputs, env = process.env) {
    const configFile = inputs.string(INPUTS.config, { default: 'shipline.yml' });
    const registry = (0,registry_target/* parseRegistry */.l5)(inputs.string(INPUTS.registry, { required: true }), INPUTS.registry);
    const builder = inputs.oneOf(INPUTS.builder, BUILDERS, 'docker');
    const buildArgs = parseBuildArgs(inputs.multiline(INPUTS.buildArgs));
    const push = inputs.boolean(INPUTS.push, true);
    const insecure = inputs.boolean(INPUTS.insecureRegistry, false);
    if (insecure && !(0,registry_target/* isLoopback */.U9)(registry.host))
        throw new errors/* InputError */.dz(INPUTS.insecureRegistry, `plain HTTP to ${registry.host} is refused`, 'true only for a registry on loopback (localhost, 127.0.0.1, [::1])');
    const archive = inputs.optional(INPUTS.archive);
    if (archive !== undefined && !push)
        throw new errors/* InputError */.dz(INPUTS.archive, 'is set but push is false', 'an archive output of an earlier build-push step, with push: true');
    if (archive !== undefined && !/\.tar$/.test(archive))
        throw new errors/* InputError */.dz(INPUTS.archive, `"${archive}" is not a .tar file`, 'the archive output of build-push');
    const cache = inputs.boolean(INPUTS.cache, true);
    const cacheRef = inputs.optional(INPUTS.cacheRef);
    if (cacheRef !== undefined) {
        if (builder !== 'docker')
            throw new errors/* InputError */.dz(INPUTS.cacheRef, 'applies to the docker builder only', 'empty with builder: podman');
        if (!REFERENCE.test(cacheRef))
            throw new errors/* InputError */.dz(INPUTS.cacheRef, `"${cacheRef}" is not an image reference`, 'a reference such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com/cache:auth-service');
    }
    const storageDriver = inputs.optional(INPUTS.podmanStorageDriver) ?? (env.SHIPLINE_PODMAN_STORAGE_DRIVER || undefined);
    if (storageDriver !== undefined && !STORAGE_DRIVER.test(storageDriver))
        throw new errors/* InputError */.dz(INPUTS.podmanStorageDriver, `"${storageDriver}" is not a storage driver`, 'a driver name such as overlay or vfs');
    const isolation = inputs.optional(INPUTS.podmanIsolation) ?? (env.SHIPLINE_PODMAN_ISOLATION || undefined);
    if (isolation !== undefined && !ISOLATIONS.includes(isolation))
        throw new errors/* InputError */.dz(INPUTS.podmanIsolation, `"${isolation}" is not allowed`, ISOLATIONS.join(', '));
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
        podman: {
            ...(storageDriver ? { storageDriver } : {}),
            ...(isolation ? { isolation } : {}),
            ...(env.SHIPLINE_PODMAN_ROOT ? { root: env.SHIPLINE_PODMAN_ROOT } : {}),
            ...(env.SHIPLINE_PODMAN_RUNROOT ? { runroot: env.SHIPLINE_PODMAN_RUNROOT } : {})
        }
    };
}

// EXTERNAL MODULE: ./cli/src/command.ts
var command = __webpack_require__(3619);
;// CONCATENATED MODULE: ./cli/src/commands/build.ts
/**
 * `shipline build`: build-push for the services of a shipline.yml, from the root of any git repository.
 * One JSON line per service on stdout (built, reused, pushed, or the error); every service is tried
 * whatever the others do; the logout always runs.
 * Exit codes: 0 every service succeeded; 1 one or more failed (all named in one message); 2 bad usage.
 */









const build_command = {
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
        const source = (0,inputs/* recordInputSource */.BE)({
            config: flag('config'),
            registry: flag('registry'),
            builder: flag('builder'),
            push: values.push ? 'true' : 'false',
            'insecure-registry': flag('insecure-registry'),
            'build-args': (values['build-arg'] ?? []).join('\n'),
            cache: values['no-cache'] ? 'false' : 'true'
        });
        const options = readBuildPushOptions(new inputs/* Inputs */.G0(source), process.env);
        const config = await (0,config_config/* loadConfig */.Z9)(options.configFile);
        const services = (0,config_config/* selectServices */.Zo)(config, values.service ?? []).map(service => (0,build_push/* withBuildArgs */.WX)(service, options.buildArgs));
        for (const service of services)
            await (0,build_push/* checkService */._x)(config, service, options);
        const ctx = (0,context/* defaultBuildContext */.j)(process.env);
        try {
            const settled = await buildPushAll(config, services, { ...options, resolveOnly: values.resolve === true }, ctx, {
                onSettled: s => {
                    const line = 'error' in s
                        ? { service: s.service, error: s.error }
                        : (({ service, image, digest, tags, built }) => ({ service, image, digest, tags, built }))(s.result);
                    process.stdout.write(`${JSON.stringify(line)}\n`);
                }
            });
            const failure = failuresMessage(settled);
            if (failure)
                throw new errors/* UserError */.yo(failure);
        }
        finally {
            await logOut(ctx.exec, ctx.logins);
        }
        return command/* EXIT */.d.ok;
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

/***/ 7071:
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


/***/ })

};
