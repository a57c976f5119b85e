export const id = 1925;
export const ids = [1925];
export const modules = {

/***/ 73710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Li: () => (/* binding */ DEFAULT_STATIC_KEEP),
/* harmony export */   OX: () => (/* binding */ SERVICE_NAME),
/* harmony export */   UN: () => (/* binding */ STATIC_PREFIX),
/* harmony export */   Wg: () => (/* binding */ DEFAULT_PORT),
/* harmony export */   fp: () => (/* binding */ DEFAULT_HEALTH_PATH),
/* harmony export */   oQ: () => (/* binding */ DEFAULT_NAMESPACE)
/* harmony export */ });
/* unused harmony export configSchema */
/**
 * The JSON schema of `shipline.yml` (DESIGN.md, "The pipeline configuration"). Every `description`
 * is phrased as what is expected, because the validation errors quote it.
 */
/** A path relative to the repository root: no leading `/`, no `..` segment, no backslash. */
const RELATIVE_PATH = '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$';
/** A key prefix in a bucket: empty, or segments without `..`, no leading `/`. */
const STATIC_PREFIX = '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))(?!.*//)[^\\\\\\x00-\\x1f]{0,512}$';
/** How many publishes keep their assets when static.keep is not set. */
const DEFAULT_STATIC_KEEP = 3;
/** The defaults Terraform applies too (infra/services.tf; infra/__tests__/static.test.ts compares them). */
const DEFAULT_PORT = 8080;
const DEFAULT_HEALTH_PATH = '/health';
const DEFAULT_NAMESPACE = 'erp';
const SERVICE_NAME = '^[a-z0-9]+(?:[._-][a-z0-9]+)*$';
/** An environment variable name: letters, digits and "_", not starting with a digit. */
const ENV_NAME = '^[A-Za-z_][A-Za-z0-9_]*$';
/** An HTTP path: "/" then printable ASCII without spaces. */
const HTTP_PATH = '^/[\\x21-\\x7e]{0,1023}$';
/** A CPU quantity as a string (250m, 0.5, 2) or a number of cores. */
const CPU = '^(?:[0-9]+m|[0-9]+(?:\\.[0-9]+)?)$';
/** A memory quantity as a string (512Mi, 1Gi, 1G) or a number of bytes. */
const MEMORY = '^[0-9]+(?:\\.[0-9]+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$';
const seconds = (what, minimum) => ({
    type: 'integer',
    minimum,
    maximum: 3600,
    description: `${what}, a whole number of seconds from ${minimum} to 3600`
});
/** One probe: false (none), true (the defaults) or the settings that differ from them. */
const PROBE = {
    type: ['boolean', 'object'],
    description: 'false (no such probe), or a mapping with path, initial-delay-seconds, period-seconds, timeout-seconds and failure-threshold',
    additionalProperties: false,
    properties: {
        path: {
            type: 'string',
            pattern: HTTP_PATH,
            description: 'an HTTP path such as /actuator/health/liveness'
        },
        'initial-delay-seconds': seconds('the delay before the first probe', 0),
        'period-seconds': seconds('the time between probes', 1),
        'timeout-seconds': seconds('the time a probe may take', 1),
        'failure-threshold': {
            type: 'integer',
            minimum: 1,
            maximum: 1000,
            description: 'how many failed probes in a row count as a failure, from 1 to 1000'
        }
    }
};
const QUANTITIES = {
    type: 'object',
    description: 'a mapping with cpu and memory, such as { cpu: 250m, memory: 512Mi }',
    additionalProperties: false,
    properties: {
        cpu: {
            type: ['string', 'number'],
            pattern: CPU,
            exclusiveMinimum: 0,
            description: 'a CPU quantity such as 250m, 0.5 or 2'
        },
        memory: {
            type: ['string', 'number'],
            pattern: MEMORY,
            exclusiveMinimum: 0,
            description: 'a memory quantity such as 512Mi or 1Gi'
        }
    }
};
const replicaCount = (what) => ({
    type: 'integer',
    minimum: 1,
    maximum: 1000,
    description: `${what}, from 1 to 1000`
});
/** How a service runs: its pods, their probes and resources, scaling, and who may reach it. */
const RUNTIME_PROPERTIES = {
    port: {
        type: 'integer',
        minimum: 1024,
        maximum: 65535,
        description: `the port the container listens on, from 1024 to 65535 (it runs as non-root; default ${DEFAULT_PORT})`
    },
    health: {
        type: 'string',
        pattern: HTTP_PATH,
        description: `the HTTP path that answers 200 when the service is healthy, such as /actuator/health (default ${DEFAULT_HEALTH_PATH})`
    },
    probes: {
        type: 'object',
        description: 'a mapping with startup, readiness and liveness',
        additionalProperties: false,
        properties: { startup: PROBE, readiness: PROBE, liveness: PROBE }
    },
    resources: {
        type: 'object',
        description: 'a mapping with requests and limits',
        additionalProperties: false,
        properties: { requests: QUANTITIES, limits: QUANTITIES }
    },
    replicas: {
        type: 'object',
        description: 'a mapping with min, max, target-cpu and max-unavailable',
        additionalProperties: false,
        properties: {
            min: replicaCount('the fewest pods the autoscaler keeps'),
            max: replicaCount('the most pods the autoscaler runs'),
            'target-cpu': {
                type: 'integer',
                minimum: 1,
                maximum: 100,
                description: 'the average CPU use the autoscaler aims at, in percent of the request, from 1 to 100'
            },
            'max-unavailable': replicaCount('how many pods a voluntary disruption (a node drain) may take down at once')
        }
    },
    env: {
        type: 'object',
        description: 'a mapping of environment variable names to values, such as { SPRING_PROFILES_ACTIVE: prod }',
        propertyNames: {
            pattern: ENV_NAME,
            description: 'an environment variable name (letters, digits and "_", not starting with a digit)'
        },
        additionalProperties: {
            type: ['string', 'number', 'boolean', 'object'],
            description: 'a string, number or boolean, or { infra-output: KEY } (a value of the Terraform output kustomize_env)',
            required: ['infra-output'],
            additionalProperties: false,
            properties: {
                'infra-output': {
                    type: 'string',
                    pattern: ENV_NAME,
                    description: 'a key of the Terraform output kustomize_env, such as DATABASE_ENDPOINT'
                }
            }
        }
    },
    secrets: {
        type: 'object',
        description: 'a mapping of environment variable names to Kubernetes Secret keys, such as { DB_PASSWORD: { secret: erp-db, key: password } }',
        propertyNames: {
            pattern: ENV_NAME,
            description: 'an environment variable name (letters, digits and "_", not starting with a digit)'
        },
        additionalProperties: {
            type: 'object',
            description: 'a mapping with secret and key',
            required: ['secret', 'key'],
            additionalProperties: false,
            properties: {
                secret: {
                    type: 'string',
                    pattern: '^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$',
                    description: 'the name of a Kubernetes Secret in the namespace, such as erp-db'
                },
                key: {
                    type: 'string',
                    pattern: '^[-._a-zA-Z0-9]{1,253}$',
                    description: 'a key of that Secret, such as password'
                }
            }
        }
    },
    expose: {
        type: ['boolean', 'object'],
        description: 'true (the load balancer forwards every path no other service takes), or a mapping with paths',
        required: ['paths'],
        additionalProperties: false,
        properties: {
            paths: {
                type: 'array',
                minItems: 1,
                maxItems: 3,
                uniqueItems: true,
                description: 'a list of one to three path patterns the load balancer forwards, such as [/api/*]',
                items: {
                    type: 'string',
                    pattern: '^/[\\x21-\\x7e]{0,127}$',
                    description: 'a path pattern starting with "/", "*" and "?" as wildcards, such as /api/*'
                }
            }
        }
    },
    database: {
        type: 'boolean',
        description: 'true when the service uses PostgreSQL (an IAM role that reads its secret, port 5432 out)'
    },
    calls: {
        type: 'array',
        uniqueItems: true,
        description: 'a list of the services this one sends requests to, such as [config-server]',
        items: { type: 'string', pattern: SERVICE_NAME, description: 'a service name such as config-server' }
    },
    internet: {
        type: 'boolean',
        description: 'true when the service makes HTTPS requests out of the cluster (port 443, no metadata service)'
    },
    manifests: {
        type: 'boolean',
        description: 'false to write no Kubernetes manifests for the service (you keep your own)'
    }
};
/** The keys of a service, in the order the errors list them. */
const BUILD_KEYS = 'context, dockerfile, watch, build-args, platforms, workload';
const configSchema = {
    $id: 'https://shipline.dev/schema/shipline.yml.json',
    type: 'object',
    description: 'a mapping with version, environment, services, kubernetes, cdn and static',
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
                pattern: SERVICE_NAME,
                maxLength: 128,
                description: 'a service name in lower-case letters and digits, separated by ".", "_" or "-" (it names the image repository)'
            },
            additionalProperties: {
                type: 'object',
                description: `a mapping with ${BUILD_KEYS}, ${Object.keys(RUNTIME_PROPERTIES).join(', ')}`,
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
                    },
                    ...RUNTIME_PROPERTIES
                }
            }
        },
        kubernetes: {
            type: 'object',
            description: 'a mapping with namespace',
            additionalProperties: false,
            properties: {
                namespace: {
                    type: 'string',
                    pattern: '^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$',
                    description: `the Kubernetes namespace of the services, such as erp (default ${DEFAULT_NAMESPACE})`
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
                    items: { type: 'string', pattern: SERVICE_NAME, description: 'a service name such as frontend' }
                }
            }
        },
        static: {
            type: 'object',
            description: 'a mapping with dir, build, context, watch, prefix, entry-points, keep and cache (the frontend published to S3)',
            required: ['dir'],
            additionalProperties: false,
            properties: {
                dir: {
                    type: 'string',
                    minLength: 1,
                    pattern: RELATIVE_PATH,
                    description: 'the build output directory relative to the repository root, such as frontend/dist'
                },
                build: {
                    type: 'string',
                    minLength: 1,
                    description: 'a shell command that builds the site into dir, such as npm ci && npm run build'
                },
                context: {
                    type: 'string',
                    minLength: 1,
                    pattern: RELATIVE_PATH,
                    description: 'the directory the build command runs in, relative to the repository root, such as frontend'
                },
                watch: {
                    type: 'array',
                    minItems: 1,
                    uniqueItems: true,
                    description: 'a list of paths whose change makes a new version, such as [frontend, libs/ui]',
                    items: {
                        type: 'string',
                        minLength: 1,
                        pattern: RELATIVE_PATH,
                        description: 'a path relative to the repository root, such as frontend'
                    }
                },
                prefix: {
                    type: 'string',
                    pattern: STATIC_PREFIX,
                    description: 'a key prefix in the bucket such as app/ (no leading "/", no ".." segment)'
                },
                'entry-points': {
                    type: 'array',
                    uniqueItems: true,
                    description: 'a list of files relative to dir that are served fresh and uploaded last, such as [sw.js]',
                    items: {
                        type: 'string',
                        minLength: 1,
                        pattern: RELATIVE_PATH,
                        description: 'a file relative to dir, such as sw.js or app/index.html'
                    }
                },
                keep: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 50,
                    description: 'how many publishes keep their assets, from 1 to 50 (default 3)'
                },
                cache: {
                    type: 'array',
                    description: "a list of cache rules such as [{ match: 'fonts/**', cache-control: 'public, max-age=604800' }]",
                    items: {
                        type: 'object',
                        description: 'a mapping with match and cache-control',
                        required: ['match', 'cache-control'],
                        additionalProperties: false,
                        properties: {
                            match: {
                                type: 'string',
                                minLength: 1,
                                description: 'a glob over paths relative to dir, such as fonts/** or *.png'
                            },
                            'cache-control': {
                                type: 'string',
                                pattern: '^[\\x20-\\x7e]{1,256}$',
                                description: 'a Cache-Control value such as public, max-age=604800'
                            }
                        }
                    }
                }
            }
        }
    }
};


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
