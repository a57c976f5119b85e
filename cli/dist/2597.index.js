export const id = 2597;
export const ids = [2597];
export const modules = {

/***/ 2597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadConfig: () => (/* binding */ loadConfig),
  o4: () => (/* binding */ parseConfig),
  Zo: () => (/* binding */ selectServices)
});

// UNUSED EXPORTS: ConfigError, DEFAULT_CONFIG_FILE, DEFAULT_DOCKERFILE, DEFAULT_PLATFORMS, MAX_CONFIG_BYTES, keyPath, schemaErrors

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./lib/config/validate.generated.ts
// Generated from lib/config/schema.ts by scripts/generate.mjs (npm run generate) with ajv's standalone
// code. Do not edit.
/* eslint-disable */
// @ts-nocheck
const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const validate_generated = (validate10);
const schema11 = {
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
                pattern: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$',
                maxLength: 128,
                description: 'a service name in lower-case letters and digits, separated by ".", "_" or "-" (it names the image repository)'
            },
            additionalProperties: {
                type: 'object',
                description: 'a mapping with context, dockerfile, watch, build-args, platforms, workload, port, health, probes, resources, replicas, env, secrets, expose, database, calls, internet, manifests',
                required: ['context'],
                additionalProperties: false,
                properties: {
                    context: {
                        type: 'string',
                        minLength: 1,
                        pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
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
                            pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
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
                    port: {
                        type: 'integer',
                        minimum: 1024,
                        maximum: 65535,
                        description: 'the port the container listens on, from 1024 to 65535 (it runs as non-root; default 8080)'
                    },
                    health: {
                        type: 'string',
                        pattern: '^/[\\x21-\\x7e]{0,1023}$',
                        description: 'the HTTP path that answers 200 when the service is healthy, such as /actuator/health (default /health)'
                    },
                    probes: {
                        type: 'object',
                        description: 'a mapping with startup, readiness and liveness',
                        additionalProperties: false,
                        properties: {
                            startup: {
                                type: ['boolean', 'object'],
                                description: 'false (no such probe), or a mapping with path, initial-delay-seconds, period-seconds, timeout-seconds and failure-threshold',
                                additionalProperties: false,
                                properties: {
                                    path: {
                                        type: 'string',
                                        pattern: '^/[\\x21-\\x7e]{0,1023}$',
                                        description: 'an HTTP path such as /actuator/health/liveness'
                                    },
                                    'initial-delay-seconds': {
                                        type: 'integer',
                                        minimum: 0,
                                        maximum: 3600,
                                        description: 'the delay before the first probe, a whole number of seconds from 0 to 3600'
                                    },
                                    'period-seconds': {
                                        type: 'integer',
                                        minimum: 1,
                                        maximum: 3600,
                                        description: 'the time between probes, a whole number of seconds from 1 to 3600'
                                    },
                                    'timeout-seconds': {
                                        type: 'integer',
                                        minimum: 1,
                                        maximum: 3600,
                                        description: 'the time a probe may take, a whole number of seconds from 1 to 3600'
                                    },
                                    'failure-threshold': {
                                        type: 'integer',
                                        minimum: 1,
                                        maximum: 1000,
                                        description: 'how many failed probes in a row count as a failure, from 1 to 1000'
                                    }
                                }
                            },
                            readiness: {
                                type: ['boolean', 'object'],
                                description: 'false (no such probe), or a mapping with path, initial-delay-seconds, period-seconds, timeout-seconds and failure-threshold',
                                additionalProperties: false,
                                properties: {
                                    path: {
                                        type: 'string',
                                        pattern: '^/[\\x21-\\x7e]{0,1023}$',
                                        description: 'an HTTP path such as /actuator/health/liveness'
                                    },
                                    'initial-delay-seconds': {
                                        type: 'integer',
                                        minimum: 0,
                                        maximum: 3600,
                                        description: 'the delay before the first probe, a whole number of seconds from 0 to 3600'
                                    },
                                    'period-seconds': {
                                        type: 'integer',
                                        minimum: 1,
                                        maximum: 3600,
                                        description: 'the time between probes, a whole number of seconds from 1 to 3600'
                                    },
                                    'timeout-seconds': {
                                        type: 'integer',
                                        minimum: 1,
                                        maximum: 3600,
                                        description: 'the time a probe may take, a whole number of seconds from 1 to 3600'
                                    },
                                    'failure-threshold': {
                                        type: 'integer',
                                        minimum: 1,
                                        maximum: 1000,
                                        description: 'how many failed probes in a row count as a failure, from 1 to 1000'
                                    }
                                }
                            },
                            liveness: {
                                type: ['boolean', 'object'],
                                description: 'false (no such probe), or a mapping with path, initial-delay-seconds, period-seconds, timeout-seconds and failure-threshold',
                                additionalProperties: false,
                                properties: {
                                    path: {
                                        type: 'string',
                                        pattern: '^/[\\x21-\\x7e]{0,1023}$',
                                        description: 'an HTTP path such as /actuator/health/liveness'
                                    },
                                    'initial-delay-seconds': {
                                        type: 'integer',
                                        minimum: 0,
                                        maximum: 3600,
                                        description: 'the delay before the first probe, a whole number of seconds from 0 to 3600'
                                    },
                                    'period-seconds': {
                                        type: 'integer',
                                        minimum: 1,
                                        maximum: 3600,
                                        description: 'the time between probes, a whole number of seconds from 1 to 3600'
                                    },
                                    'timeout-seconds': {
                                        type: 'integer',
                                        minimum: 1,
                                        maximum: 3600,
                                        description: 'the time a probe may take, a whole number of seconds from 1 to 3600'
                                    },
                                    'failure-threshold': {
                                        type: 'integer',
                                        minimum: 1,
                                        maximum: 1000,
                                        description: 'how many failed probes in a row count as a failure, from 1 to 1000'
                                    }
                                }
                            }
                        }
                    },
                    resources: {
                        type: 'object',
                        description: 'a mapping with requests and limits',
                        additionalProperties: false,
                        properties: {
                            requests: {
                                type: 'object',
                                description: 'a mapping with cpu and memory, such as { cpu: 250m, memory: 512Mi }',
                                additionalProperties: false,
                                properties: {
                                    cpu: {
                                        type: ['string', 'number'],
                                        pattern: '^(?:[0-9]+m|[0-9]+(?:\\.[0-9]+)?)$',
                                        exclusiveMinimum: 0,
                                        description: 'a CPU quantity such as 250m, 0.5 or 2'
                                    },
                                    memory: {
                                        type: ['string', 'number'],
                                        pattern: '^[0-9]+(?:\\.[0-9]+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$',
                                        exclusiveMinimum: 0,
                                        description: 'a memory quantity such as 512Mi or 1Gi'
                                    }
                                }
                            },
                            limits: {
                                type: 'object',
                                description: 'a mapping with cpu and memory, such as { cpu: 250m, memory: 512Mi }',
                                additionalProperties: false,
                                properties: {
                                    cpu: {
                                        type: ['string', 'number'],
                                        pattern: '^(?:[0-9]+m|[0-9]+(?:\\.[0-9]+)?)$',
                                        exclusiveMinimum: 0,
                                        description: 'a CPU quantity such as 250m, 0.5 or 2'
                                    },
                                    memory: {
                                        type: ['string', 'number'],
                                        pattern: '^[0-9]+(?:\\.[0-9]+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$',
                                        exclusiveMinimum: 0,
                                        description: 'a memory quantity such as 512Mi or 1Gi'
                                    }
                                }
                            }
                        }
                    },
                    replicas: {
                        type: 'object',
                        description: 'a mapping with min, max, target-cpu and max-unavailable',
                        additionalProperties: false,
                        properties: {
                            min: {
                                type: 'integer',
                                minimum: 1,
                                maximum: 1000,
                                description: 'the fewest pods the autoscaler keeps, from 1 to 1000'
                            },
                            max: {
                                type: 'integer',
                                minimum: 1,
                                maximum: 1000,
                                description: 'the most pods the autoscaler runs, from 1 to 1000'
                            },
                            'target-cpu': {
                                type: 'integer',
                                minimum: 1,
                                maximum: 100,
                                description: 'the average CPU use the autoscaler aims at, in percent of the request, from 1 to 100'
                            },
                            'max-unavailable': {
                                type: 'integer',
                                minimum: 1,
                                maximum: 1000,
                                description: 'how many pods a voluntary disruption (a node drain) may take down at once, from 1 to 1000'
                            }
                        }
                    },
                    env: {
                        type: 'object',
                        description: 'a mapping of environment variable names to values, such as { SPRING_PROFILES_ACTIVE: prod }',
                        propertyNames: {
                            pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
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
                                    pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
                                    description: 'a key of the Terraform output kustomize_env, such as DATABASE_ENDPOINT'
                                }
                            }
                        }
                    },
                    secrets: {
                        type: 'object',
                        description: 'a mapping of environment variable names to Kubernetes Secret keys, such as { DB_PASSWORD: { secret: erp-db, key: password } }',
                        propertyNames: {
                            pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
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
                        items: {
                            type: 'string',
                            pattern: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$',
                            description: 'a service name such as config-server'
                        }
                    },
                    internet: {
                        type: 'boolean',
                        description: 'true when the service makes HTTPS requests out of the cluster (port 443, no metadata service)'
                    },
                    manifests: {
                        type: 'boolean',
                        description: 'false to write no Kubernetes manifests for the service (you keep your own)'
                    }
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
                    description: 'the Kubernetes namespace of the services, such as erp (default erp)'
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
                    items: {
                        type: 'string',
                        pattern: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$',
                        description: 'a service name such as frontend'
                    }
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
                    pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
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
                    pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
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
                        pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
                        description: 'a path relative to the repository root, such as frontend'
                    }
                },
                prefix: {
                    type: 'string',
                    pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))(?!.*//)[^\\\\\\x00-\\x1f]{0,512}$',
                    description: 'a key prefix in the bucket such as app/ (no leading "/", no ".." segment)'
                },
                'entry-points': {
                    type: 'array',
                    uniqueItems: true,
                    description: 'a list of files relative to dir that are served fresh and uploaded last, such as [sw.js]',
                    items: {
                        type: 'string',
                        minLength: 1,
                        pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
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
const pattern0 = new RegExp('^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$', 'u');
const pattern1 = new RegExp('^[a-z0-9]+(?:[._-][a-z0-9]+)*$', 'u');
const pattern2 = new RegExp('^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$', 'u');
const pattern3 = new RegExp('^(?!/)[^\\\\]+$', 'u');
const pattern5 = new RegExp('^[A-Za-z_][A-Za-z0-9_]*$', 'u');
const pattern6 = new RegExp('^[a-z0-9]+/[a-z0-9_]+(?:/[a-z0-9]+)?$', 'u');
const pattern7 = new RegExp('^(?:deployment|statefulset|daemonset)/[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$', 'u');
const pattern8 = new RegExp('^/[\\x21-\\x7e]{0,1023}$', 'u');
const pattern12 = new RegExp('^(?:[0-9]+m|[0-9]+(?:\\.[0-9]+)?)$', 'u');
const pattern13 = new RegExp('^[0-9]+(?:\\.[0-9]+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$', 'u');
const pattern19 = new RegExp('^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$', 'u');
const pattern20 = new RegExp('^[-._a-zA-Z0-9]{1,253}$', 'u');
const pattern21 = new RegExp('^/[\\x21-\\x7e]{0,127}$', 'u');
const pattern23 = new RegExp('^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$', 'u');
const pattern24 = new RegExp('^/[^*]*\\*?$', 'u');
const pattern29 = new RegExp('^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))(?!.*//)[^\\\\\\x00-\\x1f]{0,512}$', 'u');
const pattern31 = new RegExp('^[\\x20-\\x7e]{1,256}$', 'u');
const func2 = ucs2length;
const func3 = Object.prototype.hasOwnProperty;
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://shipline.dev/schema/shipline.yml.json" */ let vErrors = null;
    let errors = 0;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'version' },
                message: "must have required property '" + 'version' + "'",
                schema: schema11.required,
                parentSchema: schema11,
                data
            };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.services === undefined) {
            const err1 = {
                instancePath,
                schemaPath: '#/required',
                keyword: 'required',
                params: { missingProperty: 'services' },
                message: "must have required property '" + 'services' + "'",
                schema: schema11.required,
                parentSchema: schema11,
                data
            };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === 'version' ||
                key0 === 'environment' ||
                key0 === 'services' ||
                key0 === 'kubernetes' ||
                key0 === 'cdn' ||
                key0 === 'static')) {
                const err2 = {
                    instancePath,
                    schemaPath: '#/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key0 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema11,
                    data
                };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data0 = data.version;
            if (1 !== data0) {
                const err3 = {
                    instancePath: instancePath + '/version',
                    schemaPath: '#/properties/version/const',
                    keyword: 'const',
                    params: { allowedValue: 1 },
                    message: 'must be equal to constant',
                    schema: 1,
                    parentSchema: schema11.properties.version,
                    data: data0
                };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.environment !== undefined) {
            let data1 = data.environment;
            if (typeof data1 === 'string') {
                if (!pattern0.test(data1)) {
                    const err4 = {
                        instancePath: instancePath + '/environment',
                        schemaPath: '#/properties/environment/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$' },
                        message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$' + '"',
                        schema: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$',
                        parentSchema: schema11.properties.environment,
                        data: data1
                    };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = {
                    instancePath: instancePath + '/environment',
                    schemaPath: '#/properties/environment/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema11.properties.environment.type,
                    parentSchema: schema11.properties.environment,
                    data: data1
                };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.services !== undefined) {
            let data2 = data.services;
            if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                if (Object.keys(data2).length < 1) {
                    const err6 = {
                        instancePath: instancePath + '/services',
                        schemaPath: '#/properties/services/minProperties',
                        keyword: 'minProperties',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 properties',
                        schema: 1,
                        parentSchema: schema11.properties.services,
                        data: data2
                    };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                for (const key1 in data2) {
                    const _errs7 = errors;
                    if (typeof key1 === 'string') {
                        if (func2(key1) > 128) {
                            const err7 = {
                                instancePath: instancePath + '/services',
                                schemaPath: '#/properties/services/propertyNames/maxLength',
                                keyword: 'maxLength',
                                params: { limit: 128 },
                                message: 'must NOT have more than 128 characters',
                                schema: 128,
                                parentSchema: schema11.properties.services.propertyNames,
                                data: key1,
                                propertyName: key1
                            };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                        if (!pattern1.test(key1)) {
                            const err8 = {
                                instancePath: instancePath + '/services',
                                schemaPath: '#/properties/services/propertyNames/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$' },
                                message: 'must match pattern "' + '^[a-z0-9]+(?:[._-][a-z0-9]+)*$' + '"',
                                schema: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$',
                                parentSchema: schema11.properties.services.propertyNames,
                                data: key1,
                                propertyName: key1
                            };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                        const err9 = {
                            instancePath: instancePath + '/services',
                            schemaPath: '#/properties/services/propertyNames',
                            keyword: 'propertyNames',
                            params: { propertyName: key1 },
                            message: 'property name must be valid',
                            schema: schema11.properties.services.propertyNames,
                            parentSchema: schema11.properties.services,
                            data: data2
                        };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
                for (const key2 in data2) {
                    let data3 = data2[key2];
                    if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                        if (data3.context === undefined) {
                            const err10 = {
                                instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                                schemaPath: '#/properties/services/additionalProperties/required',
                                keyword: 'required',
                                params: { missingProperty: 'context' },
                                message: "must have required property '" + 'context' + "'",
                                schema: schema11.properties.services.additionalProperties.required,
                                parentSchema: schema11.properties.services.additionalProperties,
                                data: data3
                            };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                        for (const key3 in data3) {
                            if (!func3.call(schema11.properties.services.additionalProperties.properties, key3)) {
                                const err11 = {
                                    instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                                    schemaPath: '#/properties/services/additionalProperties/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key3 },
                                    message: 'must NOT have additional properties',
                                    schema: false,
                                    parentSchema: schema11.properties.services.additionalProperties,
                                    data: data3
                                };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                        }
                        if (data3.context !== undefined) {
                            let data4 = data3.context;
                            if (typeof data4 === 'string') {
                                if (func2(data4) < 1) {
                                    const err12 = {
                                        instancePath: instancePath +
                                            '/services/' +
                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/context',
                                        schemaPath: '#/properties/services/additionalProperties/properties/context/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema11.properties.services.additionalProperties.properties.context,
                                        data: data4
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err12];
                                    }
                                    else {
                                        vErrors.push(err12);
                                    }
                                    errors++;
                                }
                                if (!pattern2.test(data4)) {
                                    const err13 = {
                                        instancePath: instancePath +
                                            '/services/' +
                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/context',
                                        schemaPath: '#/properties/services/additionalProperties/properties/context/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' },
                                        message: 'must match pattern "' + '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' + '"',
                                        schema: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
                                        parentSchema: schema11.properties.services.additionalProperties.properties.context,
                                        data: data4
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err13];
                                    }
                                    else {
                                        vErrors.push(err13);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err14 = {
                                    instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/context',
                                    schemaPath: '#/properties/services/additionalProperties/properties/context/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.services.additionalProperties.properties.context.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.context,
                                    data: data4
                                };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                        }
                        if (data3.dockerfile !== undefined) {
                            let data5 = data3.dockerfile;
                            if (typeof data5 === 'string') {
                                if (func2(data5) < 1) {
                                    const err15 = {
                                        instancePath: instancePath +
                                            '/services/' +
                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/dockerfile',
                                        schemaPath: '#/properties/services/additionalProperties/properties/dockerfile/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema11.properties.services.additionalProperties.properties.dockerfile,
                                        data: data5
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err15];
                                    }
                                    else {
                                        vErrors.push(err15);
                                    }
                                    errors++;
                                }
                                if (!pattern3.test(data5)) {
                                    const err16 = {
                                        instancePath: instancePath +
                                            '/services/' +
                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/dockerfile',
                                        schemaPath: '#/properties/services/additionalProperties/properties/dockerfile/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^(?!/)[^\\\\]+$' },
                                        message: 'must match pattern "' + '^(?!/)[^\\\\]+$' + '"',
                                        schema: '^(?!/)[^\\\\]+$',
                                        parentSchema: schema11.properties.services.additionalProperties.properties.dockerfile,
                                        data: data5
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err16];
                                    }
                                    else {
                                        vErrors.push(err16);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err17 = {
                                    instancePath: instancePath +
                                        '/services/' +
                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                        '/dockerfile',
                                    schemaPath: '#/properties/services/additionalProperties/properties/dockerfile/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.services.additionalProperties.properties.dockerfile.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.dockerfile,
                                    data: data5
                                };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                        if (data3.watch !== undefined) {
                            let data6 = data3.watch;
                            if (Array.isArray(data6)) {
                                if (data6.length < 1) {
                                    const err18 = {
                                        instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/watch',
                                        schemaPath: '#/properties/services/additionalProperties/properties/watch/minItems',
                                        keyword: 'minItems',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 items',
                                        schema: 1,
                                        parentSchema: schema11.properties.services.additionalProperties.properties.watch,
                                        data: data6
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err18];
                                    }
                                    else {
                                        vErrors.push(err18);
                                    }
                                    errors++;
                                }
                                const len0 = data6.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data7 = data6[i0];
                                    if (typeof data7 === 'string') {
                                        if (func2(data7) < 1) {
                                            const err19 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/watch/' +
                                                    i0,
                                                schemaPath: '#/properties/services/additionalProperties/properties/watch/items/minLength',
                                                keyword: 'minLength',
                                                params: { limit: 1 },
                                                message: 'must NOT have fewer than 1 characters',
                                                schema: 1,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.watch.items,
                                                data: data7
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err19];
                                            }
                                            else {
                                                vErrors.push(err19);
                                            }
                                            errors++;
                                        }
                                        if (!pattern2.test(data7)) {
                                            const err20 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/watch/' +
                                                    i0,
                                                schemaPath: '#/properties/services/additionalProperties/properties/watch/items/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' },
                                                message: 'must match pattern "' + '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' + '"',
                                                schema: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
                                                parentSchema: schema11.properties.services.additionalProperties.properties.watch.items,
                                                data: data7
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err20];
                                            }
                                            else {
                                                vErrors.push(err20);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err21 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/watch/' +
                                                i0,
                                            schemaPath: '#/properties/services/additionalProperties/properties/watch/items/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema11.properties.services.additionalProperties.properties.watch.items.type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.watch.items,
                                            data: data7
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err21];
                                        }
                                        else {
                                            vErrors.push(err21);
                                        }
                                        errors++;
                                    }
                                }
                                let i1 = data6.length;
                                let j0;
                                if (i1 > 1) {
                                    const indices0 = {};
                                    for (; i1--;) {
                                        let item0 = data6[i1];
                                        if (typeof item0 !== 'string') {
                                            continue;
                                        }
                                        if (typeof indices0[item0] == 'number') {
                                            j0 = indices0[item0];
                                            const err22 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/watch',
                                                schemaPath: '#/properties/services/additionalProperties/properties/watch/uniqueItems',
                                                keyword: 'uniqueItems',
                                                params: { i: i1, j: j0 },
                                                message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                                                schema: true,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.watch,
                                                data: data6
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err22];
                                            }
                                            else {
                                                vErrors.push(err22);
                                            }
                                            errors++;
                                            break;
                                        }
                                        indices0[item0] = i1;
                                    }
                                }
                            }
                            else {
                                const err23 = {
                                    instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/watch',
                                    schemaPath: '#/properties/services/additionalProperties/properties/watch/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array',
                                    schema: schema11.properties.services.additionalProperties.properties.watch.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.watch,
                                    data: data6
                                };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        if (data3['build-args'] !== undefined) {
                            let data8 = data3['build-args'];
                            if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                                for (const key4 in data8) {
                                    const _errs22 = errors;
                                    if (typeof key4 === 'string') {
                                        if (!pattern5.test(key4)) {
                                            const err24 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/build-args',
                                                schemaPath: '#/properties/services/additionalProperties/properties/build-args/propertyNames/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                                                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                                                schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                                                parentSchema: schema11.properties.services.additionalProperties.properties['build-args']
                                                    .propertyNames,
                                                data: key4,
                                                propertyName: key4
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err24];
                                            }
                                            else {
                                                vErrors.push(err24);
                                            }
                                            errors++;
                                        }
                                    }
                                    var valid7 = _errs22 === errors;
                                    if (!valid7) {
                                        const err25 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/build-args',
                                            schemaPath: '#/properties/services/additionalProperties/properties/build-args/propertyNames',
                                            keyword: 'propertyNames',
                                            params: { propertyName: key4 },
                                            message: 'property name must be valid',
                                            schema: schema11.properties.services.additionalProperties.properties['build-args']
                                                .propertyNames,
                                            parentSchema: schema11.properties.services.additionalProperties.properties['build-args'],
                                            data: data8
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err25];
                                        }
                                        else {
                                            vErrors.push(err25);
                                        }
                                        errors++;
                                    }
                                }
                                for (const key5 in data8) {
                                    let data9 = data8[key5];
                                    if (typeof data9 !== 'string' &&
                                        !(typeof data9 == 'number' && isFinite(data9)) &&
                                        typeof data9 !== 'boolean') {
                                        const err26 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/build-args/' +
                                                key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                                            schemaPath: '#/properties/services/additionalProperties/properties/build-args/additionalProperties/type',
                                            keyword: 'type',
                                            params: {
                                                type: schema11.properties.services.additionalProperties.properties['build-args']
                                                    .additionalProperties.type
                                            },
                                            message: 'must be string,number,boolean',
                                            schema: schema11.properties.services.additionalProperties.properties['build-args']
                                                .additionalProperties.type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties['build-args']
                                                .additionalProperties,
                                            data: data9
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err26];
                                        }
                                        else {
                                            vErrors.push(err26);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err27 = {
                                    instancePath: instancePath +
                                        '/services/' +
                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                        '/build-args',
                                    schemaPath: '#/properties/services/additionalProperties/properties/build-args/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema11.properties.services.additionalProperties.properties['build-args'].type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties['build-args'],
                                    data: data8
                                };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                        }
                        if (data3.platforms !== undefined) {
                            let data10 = data3.platforms;
                            if (Array.isArray(data10)) {
                                if (data10.length < 1) {
                                    const err28 = {
                                        instancePath: instancePath +
                                            '/services/' +
                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/platforms',
                                        schemaPath: '#/properties/services/additionalProperties/properties/platforms/minItems',
                                        keyword: 'minItems',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 items',
                                        schema: 1,
                                        parentSchema: schema11.properties.services.additionalProperties.properties.platforms,
                                        data: data10
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err28];
                                    }
                                    else {
                                        vErrors.push(err28);
                                    }
                                    errors++;
                                }
                                const len1 = data10.length;
                                for (let i2 = 0; i2 < len1; i2++) {
                                    let data11 = data10[i2];
                                    if (typeof data11 === 'string') {
                                        if (!pattern6.test(data11)) {
                                            const err29 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/platforms/' +
                                                    i2,
                                                schemaPath: '#/properties/services/additionalProperties/properties/platforms/items/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^[a-z0-9]+/[a-z0-9_]+(?:/[a-z0-9]+)?$' },
                                                message: 'must match pattern "' + '^[a-z0-9]+/[a-z0-9_]+(?:/[a-z0-9]+)?$' + '"',
                                                schema: '^[a-z0-9]+/[a-z0-9_]+(?:/[a-z0-9]+)?$',
                                                parentSchema: schema11.properties.services.additionalProperties.properties.platforms.items,
                                                data: data11
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err29];
                                            }
                                            else {
                                                vErrors.push(err29);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err30 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/platforms/' +
                                                i2,
                                            schemaPath: '#/properties/services/additionalProperties/properties/platforms/items/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema11.properties.services.additionalProperties.properties.platforms.items.type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.platforms.items,
                                            data: data11
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err30];
                                        }
                                        else {
                                            vErrors.push(err30);
                                        }
                                        errors++;
                                    }
                                }
                                let i3 = data10.length;
                                let j1;
                                if (i3 > 1) {
                                    const indices1 = {};
                                    for (; i3--;) {
                                        let item1 = data10[i3];
                                        if (typeof item1 !== 'string') {
                                            continue;
                                        }
                                        if (typeof indices1[item1] == 'number') {
                                            j1 = indices1[item1];
                                            const err31 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/platforms',
                                                schemaPath: '#/properties/services/additionalProperties/properties/platforms/uniqueItems',
                                                keyword: 'uniqueItems',
                                                params: { i: i3, j: j1 },
                                                message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i3 + ' are identical)',
                                                schema: true,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.platforms,
                                                data: data10
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err31];
                                            }
                                            else {
                                                vErrors.push(err31);
                                            }
                                            errors++;
                                            break;
                                        }
                                        indices1[item1] = i3;
                                    }
                                }
                            }
                            else {
                                const err32 = {
                                    instancePath: instancePath +
                                        '/services/' +
                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                        '/platforms',
                                    schemaPath: '#/properties/services/additionalProperties/properties/platforms/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array',
                                    schema: schema11.properties.services.additionalProperties.properties.platforms.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.platforms,
                                    data: data10
                                };
                                if (vErrors === null) {
                                    vErrors = [err32];
                                }
                                else {
                                    vErrors.push(err32);
                                }
                                errors++;
                            }
                        }
                        if (data3.workload !== undefined) {
                            let data12 = data3.workload;
                            if (typeof data12 === 'string') {
                                if (!pattern7.test(data12)) {
                                    const err33 = {
                                        instancePath: instancePath +
                                            '/services/' +
                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                            '/workload',
                                        schemaPath: '#/properties/services/additionalProperties/properties/workload/pattern',
                                        keyword: 'pattern',
                                        params: {
                                            pattern: '^(?:deployment|statefulset|daemonset)/[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$'
                                        },
                                        message: 'must match pattern "' +
                                            '^(?:deployment|statefulset|daemonset)/[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$' +
                                            '"',
                                        schema: '^(?:deployment|statefulset|daemonset)/[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$',
                                        parentSchema: schema11.properties.services.additionalProperties.properties.workload,
                                        data: data12
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err33];
                                    }
                                    else {
                                        vErrors.push(err33);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err34 = {
                                    instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/workload',
                                    schemaPath: '#/properties/services/additionalProperties/properties/workload/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.services.additionalProperties.properties.workload.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.workload,
                                    data: data12
                                };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                        if (data3.port !== undefined) {
                            let data13 = data3.port;
                            if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
                                const err35 = {
                                    instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/port',
                                    schemaPath: '#/properties/services/additionalProperties/properties/port/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer',
                                    schema: schema11.properties.services.additionalProperties.properties.port.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.port,
                                    data: data13
                                };
                                if (vErrors === null) {
                                    vErrors = [err35];
                                }
                                else {
                                    vErrors.push(err35);
                                }
                                errors++;
                            }
                            if (typeof data13 == 'number' && isFinite(data13)) {
                                if (data13 > 65535 || isNaN(data13)) {
                                    const err36 = {
                                        instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/port',
                                        schemaPath: '#/properties/services/additionalProperties/properties/port/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 65535 },
                                        message: 'must be <= 65535',
                                        schema: 65535,
                                        parentSchema: schema11.properties.services.additionalProperties.properties.port,
                                        data: data13
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err36];
                                    }
                                    else {
                                        vErrors.push(err36);
                                    }
                                    errors++;
                                }
                                if (data13 < 1024 || isNaN(data13)) {
                                    const err37 = {
                                        instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/port',
                                        schemaPath: '#/properties/services/additionalProperties/properties/port/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 1024 },
                                        message: 'must be >= 1024',
                                        schema: 1024,
                                        parentSchema: schema11.properties.services.additionalProperties.properties.port,
                                        data: data13
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err37];
                                    }
                                    else {
                                        vErrors.push(err37);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data3.health !== undefined) {
                            let data14 = data3.health;
                            if (typeof data14 === 'string') {
                                if (!pattern8.test(data14)) {
                                    const err38 = {
                                        instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/health',
                                        schemaPath: '#/properties/services/additionalProperties/properties/health/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^/[\\x21-\\x7e]{0,1023}$' },
                                        message: 'must match pattern "' + '^/[\\x21-\\x7e]{0,1023}$' + '"',
                                        schema: '^/[\\x21-\\x7e]{0,1023}$',
                                        parentSchema: schema11.properties.services.additionalProperties.properties.health,
                                        data: data14
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err38];
                                    }
                                    else {
                                        vErrors.push(err38);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err39 = {
                                    instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/health',
                                    schemaPath: '#/properties/services/additionalProperties/properties/health/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.services.additionalProperties.properties.health.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.health,
                                    data: data14
                                };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                        }
                        if (data3.probes !== undefined) {
                            let data15 = data3.probes;
                            if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
                                for (const key6 in data15) {
                                    if (!(key6 === 'startup' || key6 === 'readiness' || key6 === 'liveness')) {
                                        const err40 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/probes',
                                            schemaPath: '#/properties/services/additionalProperties/properties/probes/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key6 },
                                            message: 'must NOT have additional properties',
                                            schema: false,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.probes,
                                            data: data15
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err40];
                                        }
                                        else {
                                            vErrors.push(err40);
                                        }
                                        errors++;
                                    }
                                }
                                if (data15.startup !== undefined) {
                                    let data16 = data15.startup;
                                    if (typeof data16 !== 'boolean' &&
                                        !(data16 && typeof data16 == 'object' && !Array.isArray(data16))) {
                                        const err41 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/probes/startup',
                                            schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/type',
                                            keyword: 'type',
                                            params: {
                                                type: schema11.properties.services.additionalProperties.properties.probes.properties
                                                    .startup.type
                                            },
                                            message: 'must be boolean,object',
                                            schema: schema11.properties.services.additionalProperties.properties.probes.properties.startup
                                                .type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                .startup,
                                            data: data16
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err41];
                                        }
                                        else {
                                            vErrors.push(err41);
                                        }
                                        errors++;
                                    }
                                    if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
                                        for (const key7 in data16) {
                                            if (!(key7 === 'path' ||
                                                key7 === 'initial-delay-seconds' ||
                                                key7 === 'period-seconds' ||
                                                key7 === 'timeout-seconds' ||
                                                key7 === 'failure-threshold')) {
                                                const err42 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/startup',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/additionalProperties',
                                                    keyword: 'additionalProperties',
                                                    params: { additionalProperty: key7 },
                                                    message: 'must NOT have additional properties',
                                                    schema: false,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .startup,
                                                    data: data16
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err42];
                                                }
                                                else {
                                                    vErrors.push(err42);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data16.path !== undefined) {
                                            let data17 = data16.path;
                                            if (typeof data17 === 'string') {
                                                if (!pattern8.test(data17)) {
                                                    const err43 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/startup/path',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/properties/path/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '^/[\\x21-\\x7e]{0,1023}$' },
                                                        message: 'must match pattern "' + '^/[\\x21-\\x7e]{0,1023}$' + '"',
                                                        schema: '^/[\\x21-\\x7e]{0,1023}$',
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .startup.properties.path,
                                                        data: data17
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err43];
                                                    }
                                                    else {
                                                        vErrors.push(err43);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err44 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/startup/path',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/properties/path/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .startup.properties.path.type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .startup.properties.path,
                                                    data: data17
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err44];
                                                }
                                                else {
                                                    vErrors.push(err44);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data16['initial-delay-seconds'] !== undefined) {
                                            let data18 = data16['initial-delay-seconds'];
                                            if (!(typeof data18 == 'number' &&
                                                !(data18 % 1) &&
                                                !isNaN(data18) &&
                                                isFinite(data18))) {
                                                const err45 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/startup/initial-delay-seconds',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/properties/initial-delay-seconds/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                    schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .startup.properties['initial-delay-seconds'].type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .startup.properties['initial-delay-seconds'],
                                                    data: data18
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err45];
                                                }
                                                else {
                                                    vErrors.push(err45);
                                                }
                                                errors++;
                                            }
                                            if (typeof data18 == 'number' && isFinite(data18)) {
                                                if (data18 > 3600 || isNaN(data18)) {
                                                    const err46 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/startup/initial-delay-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/properties/initial-delay-seconds/maximum',
                                                        keyword: 'maximum',
                                                        params: { comparison: '<=', limit: 3600 },
                                                        message: 'must be <= 3600',
                                                        schema: 3600,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .startup.properties['initial-delay-seconds'],
                                                        data: data18
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err46];
                                                    }
                                                    else {
                                                        vErrors.push(err46);
                                                    }
                                                    errors++;
                                                }
                                                if (data18 < 0 || isNaN(data18)) {
                                                    const err47 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/startup/initial-delay-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/properties/initial-delay-seconds/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 0 },
                                                        message: 'must be >= 0',
                                                        schema: 0,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .startup.properties['initial-delay-seconds'],
                                                        data: data18
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err47];
                                                    }
                                                    else {
                                                        vErrors.push(err47);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data16['period-seconds'] !== undefined) {
                                            let data19 = data16['period-seconds'];
                                            if (!(typeof data19 == 'number' &&
                                                !(data19 % 1) &&
                                                !isNaN(data19) &&
                                                isFinite(data19))) {
                                                const err48 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/startup/period-seconds',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/properties/period-seconds/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                    schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .startup.properties['period-seconds'].type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .startup.properties['period-seconds'],
                                                    data: data19
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err48];
                                                }
                                                else {
                                                    vErrors.push(err48);
                                                }
                                                errors++;
                                            }
                                            if (typeof data19 == 'number' && isFinite(data19)) {
                                                if (data19 > 3600 || isNaN(data19)) {
                                                    const err49 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/startup/period-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/properties/period-seconds/maximum',
                                                        keyword: 'maximum',
                                                        params: { comparison: '<=', limit: 3600 },
                                                        message: 'must be <= 3600',
                                                        schema: 3600,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .startup.properties['period-seconds'],
                                                        data: data19
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err49];
                                                    }
                                                    else {
                                                        vErrors.push(err49);
                                                    }
                                                    errors++;
                                                }
                                                if (data19 < 1 || isNaN(data19)) {
                                                    const err50 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/startup/period-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/properties/period-seconds/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 1 },
                                                        message: 'must be >= 1',
                                                        schema: 1,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .startup.properties['period-seconds'],
                                                        data: data19
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err50];
                                                    }
                                                    else {
                                                        vErrors.push(err50);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data16['timeout-seconds'] !== undefined) {
                                            let data20 = data16['timeout-seconds'];
                                            if (!(typeof data20 == 'number' &&
                                                !(data20 % 1) &&
                                                !isNaN(data20) &&
                                                isFinite(data20))) {
                                                const err51 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/startup/timeout-seconds',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/properties/timeout-seconds/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                    schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .startup.properties['timeout-seconds'].type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .startup.properties['timeout-seconds'],
                                                    data: data20
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err51];
                                                }
                                                else {
                                                    vErrors.push(err51);
                                                }
                                                errors++;
                                            }
                                            if (typeof data20 == 'number' && isFinite(data20)) {
                                                if (data20 > 3600 || isNaN(data20)) {
                                                    const err52 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/startup/timeout-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/properties/timeout-seconds/maximum',
                                                        keyword: 'maximum',
                                                        params: { comparison: '<=', limit: 3600 },
                                                        message: 'must be <= 3600',
                                                        schema: 3600,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .startup.properties['timeout-seconds'],
                                                        data: data20
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err52];
                                                    }
                                                    else {
                                                        vErrors.push(err52);
                                                    }
                                                    errors++;
                                                }
                                                if (data20 < 1 || isNaN(data20)) {
                                                    const err53 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/startup/timeout-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/properties/timeout-seconds/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 1 },
                                                        message: 'must be >= 1',
                                                        schema: 1,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .startup.properties['timeout-seconds'],
                                                        data: data20
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err53];
                                                    }
                                                    else {
                                                        vErrors.push(err53);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data16['failure-threshold'] !== undefined) {
                                            let data21 = data16['failure-threshold'];
                                            if (!(typeof data21 == 'number' &&
                                                !(data21 % 1) &&
                                                !isNaN(data21) &&
                                                isFinite(data21))) {
                                                const err54 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/startup/failure-threshold',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/properties/failure-threshold/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                    schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .startup.properties['failure-threshold'].type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .startup.properties['failure-threshold'],
                                                    data: data21
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err54];
                                                }
                                                else {
                                                    vErrors.push(err54);
                                                }
                                                errors++;
                                            }
                                            if (typeof data21 == 'number' && isFinite(data21)) {
                                                if (data21 > 1000 || isNaN(data21)) {
                                                    const err55 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/startup/failure-threshold',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/properties/failure-threshold/maximum',
                                                        keyword: 'maximum',
                                                        params: { comparison: '<=', limit: 1000 },
                                                        message: 'must be <= 1000',
                                                        schema: 1000,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .startup.properties['failure-threshold'],
                                                        data: data21
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err55];
                                                    }
                                                    else {
                                                        vErrors.push(err55);
                                                    }
                                                    errors++;
                                                }
                                                if (data21 < 1 || isNaN(data21)) {
                                                    const err56 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/startup/failure-threshold',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/startup/properties/failure-threshold/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 1 },
                                                        message: 'must be >= 1',
                                                        schema: 1,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .startup.properties['failure-threshold'],
                                                        data: data21
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err56];
                                                    }
                                                    else {
                                                        vErrors.push(err56);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                }
                                if (data15.readiness !== undefined) {
                                    let data22 = data15.readiness;
                                    if (typeof data22 !== 'boolean' &&
                                        !(data22 && typeof data22 == 'object' && !Array.isArray(data22))) {
                                        const err57 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/probes/readiness',
                                            schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/type',
                                            keyword: 'type',
                                            params: {
                                                type: schema11.properties.services.additionalProperties.properties.probes.properties
                                                    .readiness.type
                                            },
                                            message: 'must be boolean,object',
                                            schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                .readiness.type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                .readiness,
                                            data: data22
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err57];
                                        }
                                        else {
                                            vErrors.push(err57);
                                        }
                                        errors++;
                                    }
                                    if (data22 && typeof data22 == 'object' && !Array.isArray(data22)) {
                                        for (const key8 in data22) {
                                            if (!(key8 === 'path' ||
                                                key8 === 'initial-delay-seconds' ||
                                                key8 === 'period-seconds' ||
                                                key8 === 'timeout-seconds' ||
                                                key8 === 'failure-threshold')) {
                                                const err58 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/readiness',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/additionalProperties',
                                                    keyword: 'additionalProperties',
                                                    params: { additionalProperty: key8 },
                                                    message: 'must NOT have additional properties',
                                                    schema: false,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .readiness,
                                                    data: data22
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err58];
                                                }
                                                else {
                                                    vErrors.push(err58);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data22.path !== undefined) {
                                            let data23 = data22.path;
                                            if (typeof data23 === 'string') {
                                                if (!pattern8.test(data23)) {
                                                    const err59 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/readiness/path',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/properties/path/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '^/[\\x21-\\x7e]{0,1023}$' },
                                                        message: 'must match pattern "' + '^/[\\x21-\\x7e]{0,1023}$' + '"',
                                                        schema: '^/[\\x21-\\x7e]{0,1023}$',
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .readiness.properties.path,
                                                        data: data23
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err59];
                                                    }
                                                    else {
                                                        vErrors.push(err59);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err60 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/readiness/path',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/properties/path/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .readiness.properties.path.type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .readiness.properties.path,
                                                    data: data23
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err60];
                                                }
                                                else {
                                                    vErrors.push(err60);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data22['initial-delay-seconds'] !== undefined) {
                                            let data24 = data22['initial-delay-seconds'];
                                            if (!(typeof data24 == 'number' &&
                                                !(data24 % 1) &&
                                                !isNaN(data24) &&
                                                isFinite(data24))) {
                                                const err61 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/readiness/initial-delay-seconds',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/properties/initial-delay-seconds/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                    schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .readiness.properties['initial-delay-seconds'].type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .readiness.properties['initial-delay-seconds'],
                                                    data: data24
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err61];
                                                }
                                                else {
                                                    vErrors.push(err61);
                                                }
                                                errors++;
                                            }
                                            if (typeof data24 == 'number' && isFinite(data24)) {
                                                if (data24 > 3600 || isNaN(data24)) {
                                                    const err62 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/readiness/initial-delay-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/properties/initial-delay-seconds/maximum',
                                                        keyword: 'maximum',
                                                        params: { comparison: '<=', limit: 3600 },
                                                        message: 'must be <= 3600',
                                                        schema: 3600,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .readiness.properties['initial-delay-seconds'],
                                                        data: data24
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err62];
                                                    }
                                                    else {
                                                        vErrors.push(err62);
                                                    }
                                                    errors++;
                                                }
                                                if (data24 < 0 || isNaN(data24)) {
                                                    const err63 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/readiness/initial-delay-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/properties/initial-delay-seconds/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 0 },
                                                        message: 'must be >= 0',
                                                        schema: 0,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .readiness.properties['initial-delay-seconds'],
                                                        data: data24
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err63];
                                                    }
                                                    else {
                                                        vErrors.push(err63);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data22['period-seconds'] !== undefined) {
                                            let data25 = data22['period-seconds'];
                                            if (!(typeof data25 == 'number' &&
                                                !(data25 % 1) &&
                                                !isNaN(data25) &&
                                                isFinite(data25))) {
                                                const err64 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/readiness/period-seconds',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/properties/period-seconds/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                    schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .readiness.properties['period-seconds'].type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .readiness.properties['period-seconds'],
                                                    data: data25
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err64];
                                                }
                                                else {
                                                    vErrors.push(err64);
                                                }
                                                errors++;
                                            }
                                            if (typeof data25 == 'number' && isFinite(data25)) {
                                                if (data25 > 3600 || isNaN(data25)) {
                                                    const err65 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/readiness/period-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/properties/period-seconds/maximum',
                                                        keyword: 'maximum',
                                                        params: { comparison: '<=', limit: 3600 },
                                                        message: 'must be <= 3600',
                                                        schema: 3600,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .readiness.properties['period-seconds'],
                                                        data: data25
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err65];
                                                    }
                                                    else {
                                                        vErrors.push(err65);
                                                    }
                                                    errors++;
                                                }
                                                if (data25 < 1 || isNaN(data25)) {
                                                    const err66 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/readiness/period-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/properties/period-seconds/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 1 },
                                                        message: 'must be >= 1',
                                                        schema: 1,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .readiness.properties['period-seconds'],
                                                        data: data25
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err66];
                                                    }
                                                    else {
                                                        vErrors.push(err66);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data22['timeout-seconds'] !== undefined) {
                                            let data26 = data22['timeout-seconds'];
                                            if (!(typeof data26 == 'number' &&
                                                !(data26 % 1) &&
                                                !isNaN(data26) &&
                                                isFinite(data26))) {
                                                const err67 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/readiness/timeout-seconds',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/properties/timeout-seconds/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                    schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .readiness.properties['timeout-seconds'].type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .readiness.properties['timeout-seconds'],
                                                    data: data26
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err67];
                                                }
                                                else {
                                                    vErrors.push(err67);
                                                }
                                                errors++;
                                            }
                                            if (typeof data26 == 'number' && isFinite(data26)) {
                                                if (data26 > 3600 || isNaN(data26)) {
                                                    const err68 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/readiness/timeout-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/properties/timeout-seconds/maximum',
                                                        keyword: 'maximum',
                                                        params: { comparison: '<=', limit: 3600 },
                                                        message: 'must be <= 3600',
                                                        schema: 3600,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .readiness.properties['timeout-seconds'],
                                                        data: data26
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err68];
                                                    }
                                                    else {
                                                        vErrors.push(err68);
                                                    }
                                                    errors++;
                                                }
                                                if (data26 < 1 || isNaN(data26)) {
                                                    const err69 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/readiness/timeout-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/properties/timeout-seconds/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 1 },
                                                        message: 'must be >= 1',
                                                        schema: 1,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .readiness.properties['timeout-seconds'],
                                                        data: data26
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err69];
                                                    }
                                                    else {
                                                        vErrors.push(err69);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data22['failure-threshold'] !== undefined) {
                                            let data27 = data22['failure-threshold'];
                                            if (!(typeof data27 == 'number' &&
                                                !(data27 % 1) &&
                                                !isNaN(data27) &&
                                                isFinite(data27))) {
                                                const err70 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/readiness/failure-threshold',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/properties/failure-threshold/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                    schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .readiness.properties['failure-threshold'].type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .readiness.properties['failure-threshold'],
                                                    data: data27
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err70];
                                                }
                                                else {
                                                    vErrors.push(err70);
                                                }
                                                errors++;
                                            }
                                            if (typeof data27 == 'number' && isFinite(data27)) {
                                                if (data27 > 1000 || isNaN(data27)) {
                                                    const err71 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/readiness/failure-threshold',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/properties/failure-threshold/maximum',
                                                        keyword: 'maximum',
                                                        params: { comparison: '<=', limit: 1000 },
                                                        message: 'must be <= 1000',
                                                        schema: 1000,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .readiness.properties['failure-threshold'],
                                                        data: data27
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err71];
                                                    }
                                                    else {
                                                        vErrors.push(err71);
                                                    }
                                                    errors++;
                                                }
                                                if (data27 < 1 || isNaN(data27)) {
                                                    const err72 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/readiness/failure-threshold',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/readiness/properties/failure-threshold/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 1 },
                                                        message: 'must be >= 1',
                                                        schema: 1,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .readiness.properties['failure-threshold'],
                                                        data: data27
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err72];
                                                    }
                                                    else {
                                                        vErrors.push(err72);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                }
                                if (data15.liveness !== undefined) {
                                    let data28 = data15.liveness;
                                    if (typeof data28 !== 'boolean' &&
                                        !(data28 && typeof data28 == 'object' && !Array.isArray(data28))) {
                                        const err73 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/probes/liveness',
                                            schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/type',
                                            keyword: 'type',
                                            params: {
                                                type: schema11.properties.services.additionalProperties.properties.probes.properties
                                                    .liveness.type
                                            },
                                            message: 'must be boolean,object',
                                            schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                .liveness.type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                .liveness,
                                            data: data28
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err73];
                                        }
                                        else {
                                            vErrors.push(err73);
                                        }
                                        errors++;
                                    }
                                    if (data28 && typeof data28 == 'object' && !Array.isArray(data28)) {
                                        for (const key9 in data28) {
                                            if (!(key9 === 'path' ||
                                                key9 === 'initial-delay-seconds' ||
                                                key9 === 'period-seconds' ||
                                                key9 === 'timeout-seconds' ||
                                                key9 === 'failure-threshold')) {
                                                const err74 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/liveness',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/additionalProperties',
                                                    keyword: 'additionalProperties',
                                                    params: { additionalProperty: key9 },
                                                    message: 'must NOT have additional properties',
                                                    schema: false,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .liveness,
                                                    data: data28
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err74];
                                                }
                                                else {
                                                    vErrors.push(err74);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data28.path !== undefined) {
                                            let data29 = data28.path;
                                            if (typeof data29 === 'string') {
                                                if (!pattern8.test(data29)) {
                                                    const err75 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/liveness/path',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/properties/path/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '^/[\\x21-\\x7e]{0,1023}$' },
                                                        message: 'must match pattern "' + '^/[\\x21-\\x7e]{0,1023}$' + '"',
                                                        schema: '^/[\\x21-\\x7e]{0,1023}$',
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .liveness.properties.path,
                                                        data: data29
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err75];
                                                    }
                                                    else {
                                                        vErrors.push(err75);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err76 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/liveness/path',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/properties/path/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .liveness.properties.path.type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .liveness.properties.path,
                                                    data: data29
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err76];
                                                }
                                                else {
                                                    vErrors.push(err76);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data28['initial-delay-seconds'] !== undefined) {
                                            let data30 = data28['initial-delay-seconds'];
                                            if (!(typeof data30 == 'number' &&
                                                !(data30 % 1) &&
                                                !isNaN(data30) &&
                                                isFinite(data30))) {
                                                const err77 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/liveness/initial-delay-seconds',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/properties/initial-delay-seconds/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                    schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .liveness.properties['initial-delay-seconds'].type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .liveness.properties['initial-delay-seconds'],
                                                    data: data30
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err77];
                                                }
                                                else {
                                                    vErrors.push(err77);
                                                }
                                                errors++;
                                            }
                                            if (typeof data30 == 'number' && isFinite(data30)) {
                                                if (data30 > 3600 || isNaN(data30)) {
                                                    const err78 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/liveness/initial-delay-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/properties/initial-delay-seconds/maximum',
                                                        keyword: 'maximum',
                                                        params: { comparison: '<=', limit: 3600 },
                                                        message: 'must be <= 3600',
                                                        schema: 3600,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .liveness.properties['initial-delay-seconds'],
                                                        data: data30
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err78];
                                                    }
                                                    else {
                                                        vErrors.push(err78);
                                                    }
                                                    errors++;
                                                }
                                                if (data30 < 0 || isNaN(data30)) {
                                                    const err79 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/liveness/initial-delay-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/properties/initial-delay-seconds/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 0 },
                                                        message: 'must be >= 0',
                                                        schema: 0,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .liveness.properties['initial-delay-seconds'],
                                                        data: data30
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err79];
                                                    }
                                                    else {
                                                        vErrors.push(err79);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data28['period-seconds'] !== undefined) {
                                            let data31 = data28['period-seconds'];
                                            if (!(typeof data31 == 'number' &&
                                                !(data31 % 1) &&
                                                !isNaN(data31) &&
                                                isFinite(data31))) {
                                                const err80 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/liveness/period-seconds',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/properties/period-seconds/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                    schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .liveness.properties['period-seconds'].type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .liveness.properties['period-seconds'],
                                                    data: data31
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err80];
                                                }
                                                else {
                                                    vErrors.push(err80);
                                                }
                                                errors++;
                                            }
                                            if (typeof data31 == 'number' && isFinite(data31)) {
                                                if (data31 > 3600 || isNaN(data31)) {
                                                    const err81 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/liveness/period-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/properties/period-seconds/maximum',
                                                        keyword: 'maximum',
                                                        params: { comparison: '<=', limit: 3600 },
                                                        message: 'must be <= 3600',
                                                        schema: 3600,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .liveness.properties['period-seconds'],
                                                        data: data31
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err81];
                                                    }
                                                    else {
                                                        vErrors.push(err81);
                                                    }
                                                    errors++;
                                                }
                                                if (data31 < 1 || isNaN(data31)) {
                                                    const err82 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/liveness/period-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/properties/period-seconds/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 1 },
                                                        message: 'must be >= 1',
                                                        schema: 1,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .liveness.properties['period-seconds'],
                                                        data: data31
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err82];
                                                    }
                                                    else {
                                                        vErrors.push(err82);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data28['timeout-seconds'] !== undefined) {
                                            let data32 = data28['timeout-seconds'];
                                            if (!(typeof data32 == 'number' &&
                                                !(data32 % 1) &&
                                                !isNaN(data32) &&
                                                isFinite(data32))) {
                                                const err83 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/liveness/timeout-seconds',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/properties/timeout-seconds/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                    schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .liveness.properties['timeout-seconds'].type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .liveness.properties['timeout-seconds'],
                                                    data: data32
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err83];
                                                }
                                                else {
                                                    vErrors.push(err83);
                                                }
                                                errors++;
                                            }
                                            if (typeof data32 == 'number' && isFinite(data32)) {
                                                if (data32 > 3600 || isNaN(data32)) {
                                                    const err84 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/liveness/timeout-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/properties/timeout-seconds/maximum',
                                                        keyword: 'maximum',
                                                        params: { comparison: '<=', limit: 3600 },
                                                        message: 'must be <= 3600',
                                                        schema: 3600,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .liveness.properties['timeout-seconds'],
                                                        data: data32
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err84];
                                                    }
                                                    else {
                                                        vErrors.push(err84);
                                                    }
                                                    errors++;
                                                }
                                                if (data32 < 1 || isNaN(data32)) {
                                                    const err85 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/liveness/timeout-seconds',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/properties/timeout-seconds/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 1 },
                                                        message: 'must be >= 1',
                                                        schema: 1,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .liveness.properties['timeout-seconds'],
                                                        data: data32
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err85];
                                                    }
                                                    else {
                                                        vErrors.push(err85);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data28['failure-threshold'] !== undefined) {
                                            let data33 = data28['failure-threshold'];
                                            if (!(typeof data33 == 'number' &&
                                                !(data33 % 1) &&
                                                !isNaN(data33) &&
                                                isFinite(data33))) {
                                                const err86 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/probes/liveness/failure-threshold',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/properties/failure-threshold/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                    schema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .liveness.properties['failure-threshold'].type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                        .liveness.properties['failure-threshold'],
                                                    data: data33
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err86];
                                                }
                                                else {
                                                    vErrors.push(err86);
                                                }
                                                errors++;
                                            }
                                            if (typeof data33 == 'number' && isFinite(data33)) {
                                                if (data33 > 1000 || isNaN(data33)) {
                                                    const err87 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/liveness/failure-threshold',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/properties/failure-threshold/maximum',
                                                        keyword: 'maximum',
                                                        params: { comparison: '<=', limit: 1000 },
                                                        message: 'must be <= 1000',
                                                        schema: 1000,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .liveness.properties['failure-threshold'],
                                                        data: data33
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err87];
                                                    }
                                                    else {
                                                        vErrors.push(err87);
                                                    }
                                                    errors++;
                                                }
                                                if (data33 < 1 || isNaN(data33)) {
                                                    const err88 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/probes/liveness/failure-threshold',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/probes/properties/liveness/properties/failure-threshold/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 1 },
                                                        message: 'must be >= 1',
                                                        schema: 1,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.probes.properties
                                                            .liveness.properties['failure-threshold'],
                                                        data: data33
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err88];
                                                    }
                                                    else {
                                                        vErrors.push(err88);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            else {
                                const err89 = {
                                    instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/probes',
                                    schemaPath: '#/properties/services/additionalProperties/properties/probes/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema11.properties.services.additionalProperties.properties.probes.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.probes,
                                    data: data15
                                };
                                if (vErrors === null) {
                                    vErrors = [err89];
                                }
                                else {
                                    vErrors.push(err89);
                                }
                                errors++;
                            }
                        }
                        if (data3.resources !== undefined) {
                            let data34 = data3.resources;
                            if (data34 && typeof data34 == 'object' && !Array.isArray(data34)) {
                                for (const key10 in data34) {
                                    if (!(key10 === 'requests' || key10 === 'limits')) {
                                        const err90 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/resources',
                                            schemaPath: '#/properties/services/additionalProperties/properties/resources/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key10 },
                                            message: 'must NOT have additional properties',
                                            schema: false,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.resources,
                                            data: data34
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err90];
                                        }
                                        else {
                                            vErrors.push(err90);
                                        }
                                        errors++;
                                    }
                                }
                                if (data34.requests !== undefined) {
                                    let data35 = data34.requests;
                                    if (data35 && typeof data35 == 'object' && !Array.isArray(data35)) {
                                        for (const key11 in data35) {
                                            if (!(key11 === 'cpu' || key11 === 'memory')) {
                                                const err91 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/resources/requests',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/requests/additionalProperties',
                                                    keyword: 'additionalProperties',
                                                    params: { additionalProperty: key11 },
                                                    message: 'must NOT have additional properties',
                                                    schema: false,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.resources.properties
                                                        .requests,
                                                    data: data35
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err91];
                                                }
                                                else {
                                                    vErrors.push(err91);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data35.cpu !== undefined) {
                                            let data36 = data35.cpu;
                                            if (typeof data36 !== 'string' && !(typeof data36 == 'number' && isFinite(data36))) {
                                                const err92 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/resources/requests/cpu',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/requests/properties/cpu/type',
                                                    keyword: 'type',
                                                    params: {
                                                        type: schema11.properties.services.additionalProperties.properties.resources
                                                            .properties.requests.properties.cpu.type
                                                    },
                                                    message: 'must be string,number',
                                                    schema: schema11.properties.services.additionalProperties.properties.resources.properties
                                                        .requests.properties.cpu.type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.resources.properties
                                                        .requests.properties.cpu,
                                                    data: data36
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err92];
                                                }
                                                else {
                                                    vErrors.push(err92);
                                                }
                                                errors++;
                                            }
                                            if (typeof data36 == 'number' && isFinite(data36)) {
                                                if (data36 <= 0 || isNaN(data36)) {
                                                    const err93 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/resources/requests/cpu',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/requests/properties/cpu/exclusiveMinimum',
                                                        keyword: 'exclusiveMinimum',
                                                        params: { comparison: '>', limit: 0 },
                                                        message: 'must be > 0',
                                                        schema: 0,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.resources
                                                            .properties.requests.properties.cpu,
                                                        data: data36
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err93];
                                                    }
                                                    else {
                                                        vErrors.push(err93);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (typeof data36 === 'string') {
                                                if (!pattern12.test(data36)) {
                                                    const err94 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/resources/requests/cpu',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/requests/properties/cpu/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '^(?:[0-9]+m|[0-9]+(?:\\.[0-9]+)?)$' },
                                                        message: 'must match pattern "' + '^(?:[0-9]+m|[0-9]+(?:\\.[0-9]+)?)$' + '"',
                                                        schema: '^(?:[0-9]+m|[0-9]+(?:\\.[0-9]+)?)$',
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.resources
                                                            .properties.requests.properties.cpu,
                                                        data: data36
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err94];
                                                    }
                                                    else {
                                                        vErrors.push(err94);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data35.memory !== undefined) {
                                            let data37 = data35.memory;
                                            if (typeof data37 !== 'string' && !(typeof data37 == 'number' && isFinite(data37))) {
                                                const err95 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/resources/requests/memory',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/requests/properties/memory/type',
                                                    keyword: 'type',
                                                    params: {
                                                        type: schema11.properties.services.additionalProperties.properties.resources
                                                            .properties.requests.properties.memory.type
                                                    },
                                                    message: 'must be string,number',
                                                    schema: schema11.properties.services.additionalProperties.properties.resources.properties
                                                        .requests.properties.memory.type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.resources.properties
                                                        .requests.properties.memory,
                                                    data: data37
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err95];
                                                }
                                                else {
                                                    vErrors.push(err95);
                                                }
                                                errors++;
                                            }
                                            if (typeof data37 == 'number' && isFinite(data37)) {
                                                if (data37 <= 0 || isNaN(data37)) {
                                                    const err96 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/resources/requests/memory',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/requests/properties/memory/exclusiveMinimum',
                                                        keyword: 'exclusiveMinimum',
                                                        params: { comparison: '>', limit: 0 },
                                                        message: 'must be > 0',
                                                        schema: 0,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.resources
                                                            .properties.requests.properties.memory,
                                                        data: data37
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err96];
                                                    }
                                                    else {
                                                        vErrors.push(err96);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (typeof data37 === 'string') {
                                                if (!pattern13.test(data37)) {
                                                    const err97 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/resources/requests/memory',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/requests/properties/memory/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '^[0-9]+(?:\\.[0-9]+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$' },
                                                        message: 'must match pattern "' +
                                                            '^[0-9]+(?:\\.[0-9]+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$' +
                                                            '"',
                                                        schema: '^[0-9]+(?:\\.[0-9]+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$',
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.resources
                                                            .properties.requests.properties.memory,
                                                        data: data37
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err97];
                                                    }
                                                    else {
                                                        vErrors.push(err97);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        const err98 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/resources/requests',
                                            schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/requests/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object',
                                            schema: schema11.properties.services.additionalProperties.properties.resources.properties
                                                .requests.type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.resources.properties
                                                .requests,
                                            data: data35
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err98];
                                        }
                                        else {
                                            vErrors.push(err98);
                                        }
                                        errors++;
                                    }
                                }
                                if (data34.limits !== undefined) {
                                    let data38 = data34.limits;
                                    if (data38 && typeof data38 == 'object' && !Array.isArray(data38)) {
                                        for (const key12 in data38) {
                                            if (!(key12 === 'cpu' || key12 === 'memory')) {
                                                const err99 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/resources/limits',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/limits/additionalProperties',
                                                    keyword: 'additionalProperties',
                                                    params: { additionalProperty: key12 },
                                                    message: 'must NOT have additional properties',
                                                    schema: false,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.resources.properties
                                                        .limits,
                                                    data: data38
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err99];
                                                }
                                                else {
                                                    vErrors.push(err99);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data38.cpu !== undefined) {
                                            let data39 = data38.cpu;
                                            if (typeof data39 !== 'string' && !(typeof data39 == 'number' && isFinite(data39))) {
                                                const err100 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/resources/limits/cpu',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/limits/properties/cpu/type',
                                                    keyword: 'type',
                                                    params: {
                                                        type: schema11.properties.services.additionalProperties.properties.resources
                                                            .properties.limits.properties.cpu.type
                                                    },
                                                    message: 'must be string,number',
                                                    schema: schema11.properties.services.additionalProperties.properties.resources.properties
                                                        .limits.properties.cpu.type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.resources.properties
                                                        .limits.properties.cpu,
                                                    data: data39
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err100];
                                                }
                                                else {
                                                    vErrors.push(err100);
                                                }
                                                errors++;
                                            }
                                            if (typeof data39 == 'number' && isFinite(data39)) {
                                                if (data39 <= 0 || isNaN(data39)) {
                                                    const err101 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/resources/limits/cpu',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/limits/properties/cpu/exclusiveMinimum',
                                                        keyword: 'exclusiveMinimum',
                                                        params: { comparison: '>', limit: 0 },
                                                        message: 'must be > 0',
                                                        schema: 0,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.resources
                                                            .properties.limits.properties.cpu,
                                                        data: data39
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err101];
                                                    }
                                                    else {
                                                        vErrors.push(err101);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (typeof data39 === 'string') {
                                                if (!pattern12.test(data39)) {
                                                    const err102 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/resources/limits/cpu',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/limits/properties/cpu/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '^(?:[0-9]+m|[0-9]+(?:\\.[0-9]+)?)$' },
                                                        message: 'must match pattern "' + '^(?:[0-9]+m|[0-9]+(?:\\.[0-9]+)?)$' + '"',
                                                        schema: '^(?:[0-9]+m|[0-9]+(?:\\.[0-9]+)?)$',
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.resources
                                                            .properties.limits.properties.cpu,
                                                        data: data39
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err102];
                                                    }
                                                    else {
                                                        vErrors.push(err102);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data38.memory !== undefined) {
                                            let data40 = data38.memory;
                                            if (typeof data40 !== 'string' && !(typeof data40 == 'number' && isFinite(data40))) {
                                                const err103 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/resources/limits/memory',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/limits/properties/memory/type',
                                                    keyword: 'type',
                                                    params: {
                                                        type: schema11.properties.services.additionalProperties.properties.resources
                                                            .properties.limits.properties.memory.type
                                                    },
                                                    message: 'must be string,number',
                                                    schema: schema11.properties.services.additionalProperties.properties.resources.properties
                                                        .limits.properties.memory.type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.resources.properties
                                                        .limits.properties.memory,
                                                    data: data40
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err103];
                                                }
                                                else {
                                                    vErrors.push(err103);
                                                }
                                                errors++;
                                            }
                                            if (typeof data40 == 'number' && isFinite(data40)) {
                                                if (data40 <= 0 || isNaN(data40)) {
                                                    const err104 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/resources/limits/memory',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/limits/properties/memory/exclusiveMinimum',
                                                        keyword: 'exclusiveMinimum',
                                                        params: { comparison: '>', limit: 0 },
                                                        message: 'must be > 0',
                                                        schema: 0,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.resources
                                                            .properties.limits.properties.memory,
                                                        data: data40
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err104];
                                                    }
                                                    else {
                                                        vErrors.push(err104);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (typeof data40 === 'string') {
                                                if (!pattern13.test(data40)) {
                                                    const err105 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/resources/limits/memory',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/limits/properties/memory/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '^[0-9]+(?:\\.[0-9]+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$' },
                                                        message: 'must match pattern "' +
                                                            '^[0-9]+(?:\\.[0-9]+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$' +
                                                            '"',
                                                        schema: '^[0-9]+(?:\\.[0-9]+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$',
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.resources
                                                            .properties.limits.properties.memory,
                                                        data: data40
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err105];
                                                    }
                                                    else {
                                                        vErrors.push(err105);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        const err106 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/resources/limits',
                                            schemaPath: '#/properties/services/additionalProperties/properties/resources/properties/limits/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object',
                                            schema: schema11.properties.services.additionalProperties.properties.resources.properties
                                                .limits.type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.resources.properties
                                                .limits,
                                            data: data38
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err106];
                                        }
                                        else {
                                            vErrors.push(err106);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err107 = {
                                    instancePath: instancePath +
                                        '/services/' +
                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                        '/resources',
                                    schemaPath: '#/properties/services/additionalProperties/properties/resources/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema11.properties.services.additionalProperties.properties.resources.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.resources,
                                    data: data34
                                };
                                if (vErrors === null) {
                                    vErrors = [err107];
                                }
                                else {
                                    vErrors.push(err107);
                                }
                                errors++;
                            }
                        }
                        if (data3.replicas !== undefined) {
                            let data41 = data3.replicas;
                            if (data41 && typeof data41 == 'object' && !Array.isArray(data41)) {
                                for (const key13 in data41) {
                                    if (!(key13 === 'min' ||
                                        key13 === 'max' ||
                                        key13 === 'target-cpu' ||
                                        key13 === 'max-unavailable')) {
                                        const err108 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/replicas',
                                            schemaPath: '#/properties/services/additionalProperties/properties/replicas/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key13 },
                                            message: 'must NOT have additional properties',
                                            schema: false,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.replicas,
                                            data: data41
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err108];
                                        }
                                        else {
                                            vErrors.push(err108);
                                        }
                                        errors++;
                                    }
                                }
                                if (data41.min !== undefined) {
                                    let data42 = data41.min;
                                    if (!(typeof data42 == 'number' && !(data42 % 1) && !isNaN(data42) && isFinite(data42))) {
                                        const err109 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/replicas/min',
                                            schemaPath: '#/properties/services/additionalProperties/properties/replicas/properties/min/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer',
                                            schema: schema11.properties.services.additionalProperties.properties.replicas.properties.min
                                                .type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.replicas.properties.min,
                                            data: data42
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err109];
                                        }
                                        else {
                                            vErrors.push(err109);
                                        }
                                        errors++;
                                    }
                                    if (typeof data42 == 'number' && isFinite(data42)) {
                                        if (data42 > 1000 || isNaN(data42)) {
                                            const err110 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/replicas/min',
                                                schemaPath: '#/properties/services/additionalProperties/properties/replicas/properties/min/maximum',
                                                keyword: 'maximum',
                                                params: { comparison: '<=', limit: 1000 },
                                                message: 'must be <= 1000',
                                                schema: 1000,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.replicas.properties
                                                    .min,
                                                data: data42
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err110];
                                            }
                                            else {
                                                vErrors.push(err110);
                                            }
                                            errors++;
                                        }
                                        if (data42 < 1 || isNaN(data42)) {
                                            const err111 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/replicas/min',
                                                schemaPath: '#/properties/services/additionalProperties/properties/replicas/properties/min/minimum',
                                                keyword: 'minimum',
                                                params: { comparison: '>=', limit: 1 },
                                                message: 'must be >= 1',
                                                schema: 1,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.replicas.properties
                                                    .min,
                                                data: data42
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err111];
                                            }
                                            else {
                                                vErrors.push(err111);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data41.max !== undefined) {
                                    let data43 = data41.max;
                                    if (!(typeof data43 == 'number' && !(data43 % 1) && !isNaN(data43) && isFinite(data43))) {
                                        const err112 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/replicas/max',
                                            schemaPath: '#/properties/services/additionalProperties/properties/replicas/properties/max/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer',
                                            schema: schema11.properties.services.additionalProperties.properties.replicas.properties.max
                                                .type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.replicas.properties.max,
                                            data: data43
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err112];
                                        }
                                        else {
                                            vErrors.push(err112);
                                        }
                                        errors++;
                                    }
                                    if (typeof data43 == 'number' && isFinite(data43)) {
                                        if (data43 > 1000 || isNaN(data43)) {
                                            const err113 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/replicas/max',
                                                schemaPath: '#/properties/services/additionalProperties/properties/replicas/properties/max/maximum',
                                                keyword: 'maximum',
                                                params: { comparison: '<=', limit: 1000 },
                                                message: 'must be <= 1000',
                                                schema: 1000,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.replicas.properties
                                                    .max,
                                                data: data43
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err113];
                                            }
                                            else {
                                                vErrors.push(err113);
                                            }
                                            errors++;
                                        }
                                        if (data43 < 1 || isNaN(data43)) {
                                            const err114 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/replicas/max',
                                                schemaPath: '#/properties/services/additionalProperties/properties/replicas/properties/max/minimum',
                                                keyword: 'minimum',
                                                params: { comparison: '>=', limit: 1 },
                                                message: 'must be >= 1',
                                                schema: 1,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.replicas.properties
                                                    .max,
                                                data: data43
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err114];
                                            }
                                            else {
                                                vErrors.push(err114);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data41['target-cpu'] !== undefined) {
                                    let data44 = data41['target-cpu'];
                                    if (!(typeof data44 == 'number' && !(data44 % 1) && !isNaN(data44) && isFinite(data44))) {
                                        const err115 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/replicas/target-cpu',
                                            schemaPath: '#/properties/services/additionalProperties/properties/replicas/properties/target-cpu/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer',
                                            schema: schema11.properties.services.additionalProperties.properties.replicas.properties['target-cpu'].type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.replicas.properties['target-cpu'],
                                            data: data44
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err115];
                                        }
                                        else {
                                            vErrors.push(err115);
                                        }
                                        errors++;
                                    }
                                    if (typeof data44 == 'number' && isFinite(data44)) {
                                        if (data44 > 100 || isNaN(data44)) {
                                            const err116 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/replicas/target-cpu',
                                                schemaPath: '#/properties/services/additionalProperties/properties/replicas/properties/target-cpu/maximum',
                                                keyword: 'maximum',
                                                params: { comparison: '<=', limit: 100 },
                                                message: 'must be <= 100',
                                                schema: 100,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.replicas.properties['target-cpu'],
                                                data: data44
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err116];
                                            }
                                            else {
                                                vErrors.push(err116);
                                            }
                                            errors++;
                                        }
                                        if (data44 < 1 || isNaN(data44)) {
                                            const err117 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/replicas/target-cpu',
                                                schemaPath: '#/properties/services/additionalProperties/properties/replicas/properties/target-cpu/minimum',
                                                keyword: 'minimum',
                                                params: { comparison: '>=', limit: 1 },
                                                message: 'must be >= 1',
                                                schema: 1,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.replicas.properties['target-cpu'],
                                                data: data44
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err117];
                                            }
                                            else {
                                                vErrors.push(err117);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data41['max-unavailable'] !== undefined) {
                                    let data45 = data41['max-unavailable'];
                                    if (!(typeof data45 == 'number' && !(data45 % 1) && !isNaN(data45) && isFinite(data45))) {
                                        const err118 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/replicas/max-unavailable',
                                            schemaPath: '#/properties/services/additionalProperties/properties/replicas/properties/max-unavailable/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer',
                                            schema: schema11.properties.services.additionalProperties.properties.replicas.properties['max-unavailable'].type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.replicas.properties['max-unavailable'],
                                            data: data45
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err118];
                                        }
                                        else {
                                            vErrors.push(err118);
                                        }
                                        errors++;
                                    }
                                    if (typeof data45 == 'number' && isFinite(data45)) {
                                        if (data45 > 1000 || isNaN(data45)) {
                                            const err119 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/replicas/max-unavailable',
                                                schemaPath: '#/properties/services/additionalProperties/properties/replicas/properties/max-unavailable/maximum',
                                                keyword: 'maximum',
                                                params: { comparison: '<=', limit: 1000 },
                                                message: 'must be <= 1000',
                                                schema: 1000,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.replicas.properties['max-unavailable'],
                                                data: data45
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err119];
                                            }
                                            else {
                                                vErrors.push(err119);
                                            }
                                            errors++;
                                        }
                                        if (data45 < 1 || isNaN(data45)) {
                                            const err120 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/replicas/max-unavailable',
                                                schemaPath: '#/properties/services/additionalProperties/properties/replicas/properties/max-unavailable/minimum',
                                                keyword: 'minimum',
                                                params: { comparison: '>=', limit: 1 },
                                                message: 'must be >= 1',
                                                schema: 1,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.replicas.properties['max-unavailable'],
                                                data: data45
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err120];
                                            }
                                            else {
                                                vErrors.push(err120);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err121 = {
                                    instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/replicas',
                                    schemaPath: '#/properties/services/additionalProperties/properties/replicas/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema11.properties.services.additionalProperties.properties.replicas.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.replicas,
                                    data: data41
                                };
                                if (vErrors === null) {
                                    vErrors = [err121];
                                }
                                else {
                                    vErrors.push(err121);
                                }
                                errors++;
                            }
                        }
                        if (data3.env !== undefined) {
                            let data46 = data3.env;
                            if (data46 && typeof data46 == 'object' && !Array.isArray(data46)) {
                                for (const key14 in data46) {
                                    const _errs108 = errors;
                                    if (typeof key14 === 'string') {
                                        if (!pattern5.test(key14)) {
                                            const err122 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/env',
                                                schemaPath: '#/properties/services/additionalProperties/properties/env/propertyNames/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                                                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                                                schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                                                parentSchema: schema11.properties.services.additionalProperties.properties.env.propertyNames,
                                                data: key14,
                                                propertyName: key14
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err122];
                                            }
                                            else {
                                                vErrors.push(err122);
                                            }
                                            errors++;
                                        }
                                    }
                                    var valid20 = _errs108 === errors;
                                    if (!valid20) {
                                        const err123 = {
                                            instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/env',
                                            schemaPath: '#/properties/services/additionalProperties/properties/env/propertyNames',
                                            keyword: 'propertyNames',
                                            params: { propertyName: key14 },
                                            message: 'property name must be valid',
                                            schema: schema11.properties.services.additionalProperties.properties.env.propertyNames,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.env,
                                            data: data46
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err123];
                                        }
                                        else {
                                            vErrors.push(err123);
                                        }
                                        errors++;
                                    }
                                }
                                for (const key15 in data46) {
                                    let data47 = data46[key15];
                                    if (typeof data47 !== 'string' &&
                                        !(typeof data47 == 'number' && isFinite(data47)) &&
                                        typeof data47 !== 'boolean' &&
                                        !(data47 && typeof data47 == 'object' && !Array.isArray(data47))) {
                                        const err124 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/env/' +
                                                key15.replace(/~/g, '~0').replace(/\//g, '~1'),
                                            schemaPath: '#/properties/services/additionalProperties/properties/env/additionalProperties/type',
                                            keyword: 'type',
                                            params: {
                                                type: schema11.properties.services.additionalProperties.properties.env
                                                    .additionalProperties.type
                                            },
                                            message: 'must be string,number,boolean,object',
                                            schema: schema11.properties.services.additionalProperties.properties.env.additionalProperties
                                                .type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.env.additionalProperties,
                                            data: data47
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err124];
                                        }
                                        else {
                                            vErrors.push(err124);
                                        }
                                        errors++;
                                    }
                                    if (data47 && typeof data47 == 'object' && !Array.isArray(data47)) {
                                        if (data47['infra-output'] === undefined) {
                                            const err125 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/env/' +
                                                    key15.replace(/~/g, '~0').replace(/\//g, '~1'),
                                                schemaPath: '#/properties/services/additionalProperties/properties/env/additionalProperties/required',
                                                keyword: 'required',
                                                params: { missingProperty: 'infra-output' },
                                                message: "must have required property '" + 'infra-output' + "'",
                                                schema: schema11.properties.services.additionalProperties.properties.env
                                                    .additionalProperties.required,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.env
                                                    .additionalProperties,
                                                data: data47
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err125];
                                            }
                                            else {
                                                vErrors.push(err125);
                                            }
                                            errors++;
                                        }
                                        for (const key16 in data47) {
                                            if (!(key16 === 'infra-output')) {
                                                const err126 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/env/' +
                                                        key15.replace(/~/g, '~0').replace(/\//g, '~1'),
                                                    schemaPath: '#/properties/services/additionalProperties/properties/env/additionalProperties/additionalProperties',
                                                    keyword: 'additionalProperties',
                                                    params: { additionalProperty: key16 },
                                                    message: 'must NOT have additional properties',
                                                    schema: false,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.env
                                                        .additionalProperties,
                                                    data: data47
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err126];
                                                }
                                                else {
                                                    vErrors.push(err126);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data47['infra-output'] !== undefined) {
                                            let data48 = data47['infra-output'];
                                            if (typeof data48 === 'string') {
                                                if (!pattern5.test(data48)) {
                                                    const err127 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/env/' +
                                                            key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/infra-output',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/env/additionalProperties/properties/infra-output/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                                                        message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                                                        schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.env
                                                            .additionalProperties.properties['infra-output'],
                                                        data: data48
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err127];
                                                    }
                                                    else {
                                                        vErrors.push(err127);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err128 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/env/' +
                                                        key15.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/infra-output',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/env/additionalProperties/properties/infra-output/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema11.properties.services.additionalProperties.properties.env
                                                        .additionalProperties.properties['infra-output'].type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.env
                                                        .additionalProperties.properties['infra-output'],
                                                    data: data48
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err128];
                                                }
                                                else {
                                                    vErrors.push(err128);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                            }
                            else {
                                const err129 = {
                                    instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/env',
                                    schemaPath: '#/properties/services/additionalProperties/properties/env/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema11.properties.services.additionalProperties.properties.env.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.env,
                                    data: data46
                                };
                                if (vErrors === null) {
                                    vErrors = [err129];
                                }
                                else {
                                    vErrors.push(err129);
                                }
                                errors++;
                            }
                        }
                        if (data3.secrets !== undefined) {
                            let data49 = data3.secrets;
                            if (data49 && typeof data49 == 'object' && !Array.isArray(data49)) {
                                for (const key17 in data49) {
                                    const _errs117 = errors;
                                    if (typeof key17 === 'string') {
                                        if (!pattern5.test(key17)) {
                                            const err130 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/secrets',
                                                schemaPath: '#/properties/services/additionalProperties/properties/secrets/propertyNames/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                                                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                                                schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                                                parentSchema: schema11.properties.services.additionalProperties.properties.secrets.propertyNames,
                                                data: key17,
                                                propertyName: key17
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err130];
                                            }
                                            else {
                                                vErrors.push(err130);
                                            }
                                            errors++;
                                        }
                                    }
                                    var valid23 = _errs117 === errors;
                                    if (!valid23) {
                                        const err131 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/secrets',
                                            schemaPath: '#/properties/services/additionalProperties/properties/secrets/propertyNames',
                                            keyword: 'propertyNames',
                                            params: { propertyName: key17 },
                                            message: 'property name must be valid',
                                            schema: schema11.properties.services.additionalProperties.properties.secrets.propertyNames,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.secrets,
                                            data: data49
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err131];
                                        }
                                        else {
                                            vErrors.push(err131);
                                        }
                                        errors++;
                                    }
                                }
                                for (const key18 in data49) {
                                    let data50 = data49[key18];
                                    if (data50 && typeof data50 == 'object' && !Array.isArray(data50)) {
                                        if (data50.secret === undefined) {
                                            const err132 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/secrets/' +
                                                    key18.replace(/~/g, '~0').replace(/\//g, '~1'),
                                                schemaPath: '#/properties/services/additionalProperties/properties/secrets/additionalProperties/required',
                                                keyword: 'required',
                                                params: { missingProperty: 'secret' },
                                                message: "must have required property '" + 'secret' + "'",
                                                schema: schema11.properties.services.additionalProperties.properties.secrets
                                                    .additionalProperties.required,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.secrets
                                                    .additionalProperties,
                                                data: data50
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err132];
                                            }
                                            else {
                                                vErrors.push(err132);
                                            }
                                            errors++;
                                        }
                                        if (data50.key === undefined) {
                                            const err133 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/secrets/' +
                                                    key18.replace(/~/g, '~0').replace(/\//g, '~1'),
                                                schemaPath: '#/properties/services/additionalProperties/properties/secrets/additionalProperties/required',
                                                keyword: 'required',
                                                params: { missingProperty: 'key' },
                                                message: "must have required property '" + 'key' + "'",
                                                schema: schema11.properties.services.additionalProperties.properties.secrets
                                                    .additionalProperties.required,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.secrets
                                                    .additionalProperties,
                                                data: data50
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err133];
                                            }
                                            else {
                                                vErrors.push(err133);
                                            }
                                            errors++;
                                        }
                                        for (const key19 in data50) {
                                            if (!(key19 === 'secret' || key19 === 'key')) {
                                                const err134 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/secrets/' +
                                                        key18.replace(/~/g, '~0').replace(/\//g, '~1'),
                                                    schemaPath: '#/properties/services/additionalProperties/properties/secrets/additionalProperties/additionalProperties',
                                                    keyword: 'additionalProperties',
                                                    params: { additionalProperty: key19 },
                                                    message: 'must NOT have additional properties',
                                                    schema: false,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.secrets
                                                        .additionalProperties,
                                                    data: data50
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err134];
                                                }
                                                else {
                                                    vErrors.push(err134);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data50.secret !== undefined) {
                                            let data51 = data50.secret;
                                            if (typeof data51 === 'string') {
                                                if (!pattern19.test(data51)) {
                                                    const err135 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/secrets/' +
                                                            key18.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/secret',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/secrets/additionalProperties/properties/secret/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$' },
                                                        message: 'must match pattern "' + '^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$' + '"',
                                                        schema: '^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$',
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.secrets
                                                            .additionalProperties.properties.secret,
                                                        data: data51
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err135];
                                                    }
                                                    else {
                                                        vErrors.push(err135);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err136 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/secrets/' +
                                                        key18.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/secret',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/secrets/additionalProperties/properties/secret/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema11.properties.services.additionalProperties.properties.secrets
                                                        .additionalProperties.properties.secret.type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.secrets
                                                        .additionalProperties.properties.secret,
                                                    data: data51
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err136];
                                                }
                                                else {
                                                    vErrors.push(err136);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data50.key !== undefined) {
                                            let data52 = data50.key;
                                            if (typeof data52 === 'string') {
                                                if (!pattern20.test(data52)) {
                                                    const err137 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/secrets/' +
                                                            key18.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/key',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/secrets/additionalProperties/properties/key/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '^[-._a-zA-Z0-9]{1,253}$' },
                                                        message: 'must match pattern "' + '^[-._a-zA-Z0-9]{1,253}$' + '"',
                                                        schema: '^[-._a-zA-Z0-9]{1,253}$',
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.secrets
                                                            .additionalProperties.properties.key,
                                                        data: data52
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err137];
                                                    }
                                                    else {
                                                        vErrors.push(err137);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err138 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/secrets/' +
                                                        key18.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/key',
                                                    schemaPath: '#/properties/services/additionalProperties/properties/secrets/additionalProperties/properties/key/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema11.properties.services.additionalProperties.properties.secrets
                                                        .additionalProperties.properties.key.type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.secrets
                                                        .additionalProperties.properties.key,
                                                    data: data52
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err138];
                                                }
                                                else {
                                                    vErrors.push(err138);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err139 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/secrets/' +
                                                key18.replace(/~/g, '~0').replace(/\//g, '~1'),
                                            schemaPath: '#/properties/services/additionalProperties/properties/secrets/additionalProperties/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object',
                                            schema: schema11.properties.services.additionalProperties.properties.secrets
                                                .additionalProperties.type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.secrets
                                                .additionalProperties,
                                            data: data50
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err139];
                                        }
                                        else {
                                            vErrors.push(err139);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err140 = {
                                    instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/secrets',
                                    schemaPath: '#/properties/services/additionalProperties/properties/secrets/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema11.properties.services.additionalProperties.properties.secrets.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.secrets,
                                    data: data49
                                };
                                if (vErrors === null) {
                                    vErrors = [err140];
                                }
                                else {
                                    vErrors.push(err140);
                                }
                                errors++;
                            }
                        }
                        if (data3.expose !== undefined) {
                            let data53 = data3.expose;
                            if (typeof data53 !== 'boolean' &&
                                !(data53 && typeof data53 == 'object' && !Array.isArray(data53))) {
                                const err141 = {
                                    instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/expose',
                                    schemaPath: '#/properties/services/additionalProperties/properties/expose/type',
                                    keyword: 'type',
                                    params: { type: schema11.properties.services.additionalProperties.properties.expose.type },
                                    message: 'must be boolean,object',
                                    schema: schema11.properties.services.additionalProperties.properties.expose.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.expose,
                                    data: data53
                                };
                                if (vErrors === null) {
                                    vErrors = [err141];
                                }
                                else {
                                    vErrors.push(err141);
                                }
                                errors++;
                            }
                            if (data53 && typeof data53 == 'object' && !Array.isArray(data53)) {
                                if (data53.paths === undefined) {
                                    const err142 = {
                                        instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/expose',
                                        schemaPath: '#/properties/services/additionalProperties/properties/expose/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'paths' },
                                        message: "must have required property '" + 'paths' + "'",
                                        schema: schema11.properties.services.additionalProperties.properties.expose.required,
                                        parentSchema: schema11.properties.services.additionalProperties.properties.expose,
                                        data: data53
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err142];
                                    }
                                    else {
                                        vErrors.push(err142);
                                    }
                                    errors++;
                                }
                                for (const key20 in data53) {
                                    if (!(key20 === 'paths')) {
                                        const err143 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/expose',
                                            schemaPath: '#/properties/services/additionalProperties/properties/expose/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key20 },
                                            message: 'must NOT have additional properties',
                                            schema: false,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.expose,
                                            data: data53
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err143];
                                        }
                                        else {
                                            vErrors.push(err143);
                                        }
                                        errors++;
                                    }
                                }
                                if (data53.paths !== undefined) {
                                    let data54 = data53.paths;
                                    if (Array.isArray(data54)) {
                                        if (data54.length > 3) {
                                            const err144 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/expose/paths',
                                                schemaPath: '#/properties/services/additionalProperties/properties/expose/properties/paths/maxItems',
                                                keyword: 'maxItems',
                                                params: { limit: 3 },
                                                message: 'must NOT have more than 3 items',
                                                schema: 3,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.expose.properties
                                                    .paths,
                                                data: data54
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err144];
                                            }
                                            else {
                                                vErrors.push(err144);
                                            }
                                            errors++;
                                        }
                                        if (data54.length < 1) {
                                            const err145 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/expose/paths',
                                                schemaPath: '#/properties/services/additionalProperties/properties/expose/properties/paths/minItems',
                                                keyword: 'minItems',
                                                params: { limit: 1 },
                                                message: 'must NOT have fewer than 1 items',
                                                schema: 1,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.expose.properties
                                                    .paths,
                                                data: data54
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err145];
                                            }
                                            else {
                                                vErrors.push(err145);
                                            }
                                            errors++;
                                        }
                                        const len2 = data54.length;
                                        for (let i4 = 0; i4 < len2; i4++) {
                                            let data55 = data54[i4];
                                            if (typeof data55 === 'string') {
                                                if (!pattern21.test(data55)) {
                                                    const err146 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/expose/paths/' +
                                                            i4,
                                                        schemaPath: '#/properties/services/additionalProperties/properties/expose/properties/paths/items/pattern',
                                                        keyword: 'pattern',
                                                        params: { pattern: '^/[\\x21-\\x7e]{0,127}$' },
                                                        message: 'must match pattern "' + '^/[\\x21-\\x7e]{0,127}$' + '"',
                                                        schema: '^/[\\x21-\\x7e]{0,127}$',
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.expose.properties
                                                            .paths.items,
                                                        data: data55
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err146];
                                                    }
                                                    else {
                                                        vErrors.push(err146);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err147 = {
                                                    instancePath: instancePath +
                                                        '/services/' +
                                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                        '/expose/paths/' +
                                                        i4,
                                                    schemaPath: '#/properties/services/additionalProperties/properties/expose/properties/paths/items/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema11.properties.services.additionalProperties.properties.expose.properties
                                                        .paths.items.type,
                                                    parentSchema: schema11.properties.services.additionalProperties.properties.expose.properties
                                                        .paths.items,
                                                    data: data55
                                                };
                                                if (vErrors === null) {
                                                    vErrors = [err147];
                                                }
                                                else {
                                                    vErrors.push(err147);
                                                }
                                                errors++;
                                            }
                                        }
                                        let i5 = data54.length;
                                        let j2;
                                        if (i5 > 1) {
                                            const indices2 = {};
                                            for (; i5--;) {
                                                let item2 = data54[i5];
                                                if (typeof item2 !== 'string') {
                                                    continue;
                                                }
                                                if (typeof indices2[item2] == 'number') {
                                                    j2 = indices2[item2];
                                                    const err148 = {
                                                        instancePath: instancePath +
                                                            '/services/' +
                                                            key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                            '/expose/paths',
                                                        schemaPath: '#/properties/services/additionalProperties/properties/expose/properties/paths/uniqueItems',
                                                        keyword: 'uniqueItems',
                                                        params: { i: i5, j: j2 },
                                                        message: 'must NOT have duplicate items (items ## ' +
                                                            j2 +
                                                            ' and ' +
                                                            i5 +
                                                            ' are identical)',
                                                        schema: true,
                                                        parentSchema: schema11.properties.services.additionalProperties.properties.expose.properties
                                                            .paths,
                                                        data: data54
                                                    };
                                                    if (vErrors === null) {
                                                        vErrors = [err148];
                                                    }
                                                    else {
                                                        vErrors.push(err148);
                                                    }
                                                    errors++;
                                                    break;
                                                }
                                                indices2[item2] = i5;
                                            }
                                        }
                                    }
                                    else {
                                        const err149 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/expose/paths',
                                            schemaPath: '#/properties/services/additionalProperties/properties/expose/properties/paths/type',
                                            keyword: 'type',
                                            params: { type: 'array' },
                                            message: 'must be array',
                                            schema: schema11.properties.services.additionalProperties.properties.expose.properties.paths
                                                .type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.expose.properties.paths,
                                            data: data54
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err149];
                                        }
                                        else {
                                            vErrors.push(err149);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        if (data3.database !== undefined) {
                            let data56 = data3.database;
                            if (typeof data56 !== 'boolean') {
                                const err150 = {
                                    instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/database',
                                    schemaPath: '#/properties/services/additionalProperties/properties/database/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                    schema: schema11.properties.services.additionalProperties.properties.database.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.database,
                                    data: data56
                                };
                                if (vErrors === null) {
                                    vErrors = [err150];
                                }
                                else {
                                    vErrors.push(err150);
                                }
                                errors++;
                            }
                        }
                        if (data3.calls !== undefined) {
                            let data57 = data3.calls;
                            if (Array.isArray(data57)) {
                                const len3 = data57.length;
                                for (let i6 = 0; i6 < len3; i6++) {
                                    let data58 = data57[i6];
                                    if (typeof data58 === 'string') {
                                        if (!pattern1.test(data58)) {
                                            const err151 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/calls/' +
                                                    i6,
                                                schemaPath: '#/properties/services/additionalProperties/properties/calls/items/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$' },
                                                message: 'must match pattern "' + '^[a-z0-9]+(?:[._-][a-z0-9]+)*$' + '"',
                                                schema: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$',
                                                parentSchema: schema11.properties.services.additionalProperties.properties.calls.items,
                                                data: data58
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err151];
                                            }
                                            else {
                                                vErrors.push(err151);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err152 = {
                                            instancePath: instancePath +
                                                '/services/' +
                                                key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                '/calls/' +
                                                i6,
                                            schemaPath: '#/properties/services/additionalProperties/properties/calls/items/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema11.properties.services.additionalProperties.properties.calls.items.type,
                                            parentSchema: schema11.properties.services.additionalProperties.properties.calls.items,
                                            data: data58
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err152];
                                        }
                                        else {
                                            vErrors.push(err152);
                                        }
                                        errors++;
                                    }
                                }
                                let i7 = data57.length;
                                let j3;
                                if (i7 > 1) {
                                    const indices3 = {};
                                    for (; i7--;) {
                                        let item3 = data57[i7];
                                        if (typeof item3 !== 'string') {
                                            continue;
                                        }
                                        if (typeof indices3[item3] == 'number') {
                                            j3 = indices3[item3];
                                            const err153 = {
                                                instancePath: instancePath +
                                                    '/services/' +
                                                    key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                                    '/calls',
                                                schemaPath: '#/properties/services/additionalProperties/properties/calls/uniqueItems',
                                                keyword: 'uniqueItems',
                                                params: { i: i7, j: j3 },
                                                message: 'must NOT have duplicate items (items ## ' + j3 + ' and ' + i7 + ' are identical)',
                                                schema: true,
                                                parentSchema: schema11.properties.services.additionalProperties.properties.calls,
                                                data: data57
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err153];
                                            }
                                            else {
                                                vErrors.push(err153);
                                            }
                                            errors++;
                                            break;
                                        }
                                        indices3[item3] = i7;
                                    }
                                }
                            }
                            else {
                                const err154 = {
                                    instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/calls',
                                    schemaPath: '#/properties/services/additionalProperties/properties/calls/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array',
                                    schema: schema11.properties.services.additionalProperties.properties.calls.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.calls,
                                    data: data57
                                };
                                if (vErrors === null) {
                                    vErrors = [err154];
                                }
                                else {
                                    vErrors.push(err154);
                                }
                                errors++;
                            }
                        }
                        if (data3.internet !== undefined) {
                            let data59 = data3.internet;
                            if (typeof data59 !== 'boolean') {
                                const err155 = {
                                    instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/internet',
                                    schemaPath: '#/properties/services/additionalProperties/properties/internet/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                    schema: schema11.properties.services.additionalProperties.properties.internet.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.internet,
                                    data: data59
                                };
                                if (vErrors === null) {
                                    vErrors = [err155];
                                }
                                else {
                                    vErrors.push(err155);
                                }
                                errors++;
                            }
                        }
                        if (data3.manifests !== undefined) {
                            let data60 = data3.manifests;
                            if (typeof data60 !== 'boolean') {
                                const err156 = {
                                    instancePath: instancePath +
                                        '/services/' +
                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                        '/manifests',
                                    schemaPath: '#/properties/services/additionalProperties/properties/manifests/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                    schema: schema11.properties.services.additionalProperties.properties.manifests.type,
                                    parentSchema: schema11.properties.services.additionalProperties.properties.manifests,
                                    data: data60
                                };
                                if (vErrors === null) {
                                    vErrors = [err156];
                                }
                                else {
                                    vErrors.push(err156);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err157 = {
                            instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                            schemaPath: '#/properties/services/additionalProperties/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                            schema: schema11.properties.services.additionalProperties.type,
                            parentSchema: schema11.properties.services.additionalProperties,
                            data: data3
                        };
                        if (vErrors === null) {
                            vErrors = [err157];
                        }
                        else {
                            vErrors.push(err157);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err158 = {
                    instancePath: instancePath + '/services',
                    schemaPath: '#/properties/services/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.services.type,
                    parentSchema: schema11.properties.services,
                    data: data2
                };
                if (vErrors === null) {
                    vErrors = [err158];
                }
                else {
                    vErrors.push(err158);
                }
                errors++;
            }
        }
        if (data.kubernetes !== undefined) {
            let data61 = data.kubernetes;
            if (data61 && typeof data61 == 'object' && !Array.isArray(data61)) {
                for (const key21 in data61) {
                    if (!(key21 === 'namespace')) {
                        const err159 = {
                            instancePath: instancePath + '/kubernetes',
                            schemaPath: '#/properties/kubernetes/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key21 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.kubernetes,
                            data: data61
                        };
                        if (vErrors === null) {
                            vErrors = [err159];
                        }
                        else {
                            vErrors.push(err159);
                        }
                        errors++;
                    }
                }
                if (data61.namespace !== undefined) {
                    let data62 = data61.namespace;
                    if (typeof data62 === 'string') {
                        if (!pattern23.test(data62)) {
                            const err160 = {
                                instancePath: instancePath + '/kubernetes/namespace',
                                schemaPath: '#/properties/kubernetes/properties/namespace/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$' },
                                message: 'must match pattern "' + '^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$' + '"',
                                schema: '^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$',
                                parentSchema: schema11.properties.kubernetes.properties.namespace,
                                data: data62
                            };
                            if (vErrors === null) {
                                vErrors = [err160];
                            }
                            else {
                                vErrors.push(err160);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err161 = {
                            instancePath: instancePath + '/kubernetes/namespace',
                            schemaPath: '#/properties/kubernetes/properties/namespace/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.kubernetes.properties.namespace.type,
                            parentSchema: schema11.properties.kubernetes.properties.namespace,
                            data: data62
                        };
                        if (vErrors === null) {
                            vErrors = [err161];
                        }
                        else {
                            vErrors.push(err161);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err162 = {
                    instancePath: instancePath + '/kubernetes',
                    schemaPath: '#/properties/kubernetes/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.kubernetes.type,
                    parentSchema: schema11.properties.kubernetes,
                    data: data61
                };
                if (vErrors === null) {
                    vErrors = [err162];
                }
                else {
                    vErrors.push(err162);
                }
                errors++;
            }
        }
        if (data.cdn !== undefined) {
            let data63 = data.cdn;
            if (data63 && typeof data63 == 'object' && !Array.isArray(data63)) {
                for (const key22 in data63) {
                    if (!(key22 === 'paths' || key22 === 'services')) {
                        const err163 = {
                            instancePath: instancePath + '/cdn',
                            schemaPath: '#/properties/cdn/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key22 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.cdn,
                            data: data63
                        };
                        if (vErrors === null) {
                            vErrors = [err163];
                        }
                        else {
                            vErrors.push(err163);
                        }
                        errors++;
                    }
                }
                if (data63.paths !== undefined) {
                    let data64 = data63.paths;
                    if (Array.isArray(data64)) {
                        const len4 = data64.length;
                        for (let i8 = 0; i8 < len4; i8++) {
                            let data65 = data64[i8];
                            if (typeof data65 === 'string') {
                                if (!pattern24.test(data65)) {
                                    const err164 = {
                                        instancePath: instancePath + '/cdn/paths/' + i8,
                                        schemaPath: '#/properties/cdn/properties/paths/items/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^/[^*]*\\*?$' },
                                        message: 'must match pattern "' + '^/[^*]*\\*?$' + '"',
                                        schema: '^/[^*]*\\*?$',
                                        parentSchema: schema11.properties.cdn.properties.paths.items,
                                        data: data65
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err164];
                                    }
                                    else {
                                        vErrors.push(err164);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err165 = {
                                    instancePath: instancePath + '/cdn/paths/' + i8,
                                    schemaPath: '#/properties/cdn/properties/paths/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.cdn.properties.paths.items.type,
                                    parentSchema: schema11.properties.cdn.properties.paths.items,
                                    data: data65
                                };
                                if (vErrors === null) {
                                    vErrors = [err165];
                                }
                                else {
                                    vErrors.push(err165);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err166 = {
                            instancePath: instancePath + '/cdn/paths',
                            schemaPath: '#/properties/cdn/properties/paths/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema11.properties.cdn.properties.paths.type,
                            parentSchema: schema11.properties.cdn.properties.paths,
                            data: data64
                        };
                        if (vErrors === null) {
                            vErrors = [err166];
                        }
                        else {
                            vErrors.push(err166);
                        }
                        errors++;
                    }
                }
                if (data63.services !== undefined) {
                    let data66 = data63.services;
                    if (Array.isArray(data66)) {
                        const len5 = data66.length;
                        for (let i9 = 0; i9 < len5; i9++) {
                            let data67 = data66[i9];
                            if (typeof data67 === 'string') {
                                if (!pattern1.test(data67)) {
                                    const err167 = {
                                        instancePath: instancePath + '/cdn/services/' + i9,
                                        schemaPath: '#/properties/cdn/properties/services/items/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$' },
                                        message: 'must match pattern "' + '^[a-z0-9]+(?:[._-][a-z0-9]+)*$' + '"',
                                        schema: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$',
                                        parentSchema: schema11.properties.cdn.properties.services.items,
                                        data: data67
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err167];
                                    }
                                    else {
                                        vErrors.push(err167);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err168 = {
                                    instancePath: instancePath + '/cdn/services/' + i9,
                                    schemaPath: '#/properties/cdn/properties/services/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.cdn.properties.services.items.type,
                                    parentSchema: schema11.properties.cdn.properties.services.items,
                                    data: data67
                                };
                                if (vErrors === null) {
                                    vErrors = [err168];
                                }
                                else {
                                    vErrors.push(err168);
                                }
                                errors++;
                            }
                        }
                        let i10 = data66.length;
                        let j4;
                        if (i10 > 1) {
                            const indices4 = {};
                            for (; i10--;) {
                                let item4 = data66[i10];
                                if (typeof item4 !== 'string') {
                                    continue;
                                }
                                if (typeof indices4[item4] == 'number') {
                                    j4 = indices4[item4];
                                    const err169 = {
                                        instancePath: instancePath + '/cdn/services',
                                        schemaPath: '#/properties/cdn/properties/services/uniqueItems',
                                        keyword: 'uniqueItems',
                                        params: { i: i10, j: j4 },
                                        message: 'must NOT have duplicate items (items ## ' + j4 + ' and ' + i10 + ' are identical)',
                                        schema: true,
                                        parentSchema: schema11.properties.cdn.properties.services,
                                        data: data66
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err169];
                                    }
                                    else {
                                        vErrors.push(err169);
                                    }
                                    errors++;
                                    break;
                                }
                                indices4[item4] = i10;
                            }
                        }
                    }
                    else {
                        const err170 = {
                            instancePath: instancePath + '/cdn/services',
                            schemaPath: '#/properties/cdn/properties/services/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema11.properties.cdn.properties.services.type,
                            parentSchema: schema11.properties.cdn.properties.services,
                            data: data66
                        };
                        if (vErrors === null) {
                            vErrors = [err170];
                        }
                        else {
                            vErrors.push(err170);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err171 = {
                    instancePath: instancePath + '/cdn',
                    schemaPath: '#/properties/cdn/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.cdn.type,
                    parentSchema: schema11.properties.cdn,
                    data: data63
                };
                if (vErrors === null) {
                    vErrors = [err171];
                }
                else {
                    vErrors.push(err171);
                }
                errors++;
            }
        }
        if (data.static !== undefined) {
            let data68 = data.static;
            if (data68 && typeof data68 == 'object' && !Array.isArray(data68)) {
                if (data68.dir === undefined) {
                    const err172 = {
                        instancePath: instancePath + '/static',
                        schemaPath: '#/properties/static/required',
                        keyword: 'required',
                        params: { missingProperty: 'dir' },
                        message: "must have required property '" + 'dir' + "'",
                        schema: schema11.properties.static.required,
                        parentSchema: schema11.properties.static,
                        data: data68
                    };
                    if (vErrors === null) {
                        vErrors = [err172];
                    }
                    else {
                        vErrors.push(err172);
                    }
                    errors++;
                }
                for (const key23 in data68) {
                    if (!(key23 === 'dir' ||
                        key23 === 'build' ||
                        key23 === 'context' ||
                        key23 === 'watch' ||
                        key23 === 'prefix' ||
                        key23 === 'entry-points' ||
                        key23 === 'keep' ||
                        key23 === 'cache')) {
                        const err173 = {
                            instancePath: instancePath + '/static',
                            schemaPath: '#/properties/static/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key23 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.static,
                            data: data68
                        };
                        if (vErrors === null) {
                            vErrors = [err173];
                        }
                        else {
                            vErrors.push(err173);
                        }
                        errors++;
                    }
                }
                if (data68.dir !== undefined) {
                    let data69 = data68.dir;
                    if (typeof data69 === 'string') {
                        if (func2(data69) < 1) {
                            const err174 = {
                                instancePath: instancePath + '/static/dir',
                                schemaPath: '#/properties/static/properties/dir/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema11.properties.static.properties.dir,
                                data: data69
                            };
                            if (vErrors === null) {
                                vErrors = [err174];
                            }
                            else {
                                vErrors.push(err174);
                            }
                            errors++;
                        }
                        if (!pattern2.test(data69)) {
                            const err175 = {
                                instancePath: instancePath + '/static/dir',
                                schemaPath: '#/properties/static/properties/dir/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' },
                                message: 'must match pattern "' + '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' + '"',
                                schema: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
                                parentSchema: schema11.properties.static.properties.dir,
                                data: data69
                            };
                            if (vErrors === null) {
                                vErrors = [err175];
                            }
                            else {
                                vErrors.push(err175);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err176 = {
                            instancePath: instancePath + '/static/dir',
                            schemaPath: '#/properties/static/properties/dir/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.static.properties.dir.type,
                            parentSchema: schema11.properties.static.properties.dir,
                            data: data69
                        };
                        if (vErrors === null) {
                            vErrors = [err176];
                        }
                        else {
                            vErrors.push(err176);
                        }
                        errors++;
                    }
                }
                if (data68.build !== undefined) {
                    let data70 = data68.build;
                    if (typeof data70 === 'string') {
                        if (func2(data70) < 1) {
                            const err177 = {
                                instancePath: instancePath + '/static/build',
                                schemaPath: '#/properties/static/properties/build/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema11.properties.static.properties.build,
                                data: data70
                            };
                            if (vErrors === null) {
                                vErrors = [err177];
                            }
                            else {
                                vErrors.push(err177);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err178 = {
                            instancePath: instancePath + '/static/build',
                            schemaPath: '#/properties/static/properties/build/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.static.properties.build.type,
                            parentSchema: schema11.properties.static.properties.build,
                            data: data70
                        };
                        if (vErrors === null) {
                            vErrors = [err178];
                        }
                        else {
                            vErrors.push(err178);
                        }
                        errors++;
                    }
                }
                if (data68.context !== undefined) {
                    let data71 = data68.context;
                    if (typeof data71 === 'string') {
                        if (func2(data71) < 1) {
                            const err179 = {
                                instancePath: instancePath + '/static/context',
                                schemaPath: '#/properties/static/properties/context/minLength',
                                keyword: 'minLength',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 characters',
                                schema: 1,
                                parentSchema: schema11.properties.static.properties.context,
                                data: data71
                            };
                            if (vErrors === null) {
                                vErrors = [err179];
                            }
                            else {
                                vErrors.push(err179);
                            }
                            errors++;
                        }
                        if (!pattern2.test(data71)) {
                            const err180 = {
                                instancePath: instancePath + '/static/context',
                                schemaPath: '#/properties/static/properties/context/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' },
                                message: 'must match pattern "' + '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' + '"',
                                schema: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
                                parentSchema: schema11.properties.static.properties.context,
                                data: data71
                            };
                            if (vErrors === null) {
                                vErrors = [err180];
                            }
                            else {
                                vErrors.push(err180);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err181 = {
                            instancePath: instancePath + '/static/context',
                            schemaPath: '#/properties/static/properties/context/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.static.properties.context.type,
                            parentSchema: schema11.properties.static.properties.context,
                            data: data71
                        };
                        if (vErrors === null) {
                            vErrors = [err181];
                        }
                        else {
                            vErrors.push(err181);
                        }
                        errors++;
                    }
                }
                if (data68.watch !== undefined) {
                    let data72 = data68.watch;
                    if (Array.isArray(data72)) {
                        if (data72.length < 1) {
                            const err182 = {
                                instancePath: instancePath + '/static/watch',
                                schemaPath: '#/properties/static/properties/watch/minItems',
                                keyword: 'minItems',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 items',
                                schema: 1,
                                parentSchema: schema11.properties.static.properties.watch,
                                data: data72
                            };
                            if (vErrors === null) {
                                vErrors = [err182];
                            }
                            else {
                                vErrors.push(err182);
                            }
                            errors++;
                        }
                        const len6 = data72.length;
                        for (let i11 = 0; i11 < len6; i11++) {
                            let data73 = data72[i11];
                            if (typeof data73 === 'string') {
                                if (func2(data73) < 1) {
                                    const err183 = {
                                        instancePath: instancePath + '/static/watch/' + i11,
                                        schemaPath: '#/properties/static/properties/watch/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema11.properties.static.properties.watch.items,
                                        data: data73
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err183];
                                    }
                                    else {
                                        vErrors.push(err183);
                                    }
                                    errors++;
                                }
                                if (!pattern2.test(data73)) {
                                    const err184 = {
                                        instancePath: instancePath + '/static/watch/' + i11,
                                        schemaPath: '#/properties/static/properties/watch/items/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' },
                                        message: 'must match pattern "' + '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' + '"',
                                        schema: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
                                        parentSchema: schema11.properties.static.properties.watch.items,
                                        data: data73
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err184];
                                    }
                                    else {
                                        vErrors.push(err184);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err185 = {
                                    instancePath: instancePath + '/static/watch/' + i11,
                                    schemaPath: '#/properties/static/properties/watch/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.static.properties.watch.items.type,
                                    parentSchema: schema11.properties.static.properties.watch.items,
                                    data: data73
                                };
                                if (vErrors === null) {
                                    vErrors = [err185];
                                }
                                else {
                                    vErrors.push(err185);
                                }
                                errors++;
                            }
                        }
                        let i12 = data72.length;
                        let j5;
                        if (i12 > 1) {
                            const indices5 = {};
                            for (; i12--;) {
                                let item5 = data72[i12];
                                if (typeof item5 !== 'string') {
                                    continue;
                                }
                                if (typeof indices5[item5] == 'number') {
                                    j5 = indices5[item5];
                                    const err186 = {
                                        instancePath: instancePath + '/static/watch',
                                        schemaPath: '#/properties/static/properties/watch/uniqueItems',
                                        keyword: 'uniqueItems',
                                        params: { i: i12, j: j5 },
                                        message: 'must NOT have duplicate items (items ## ' + j5 + ' and ' + i12 + ' are identical)',
                                        schema: true,
                                        parentSchema: schema11.properties.static.properties.watch,
                                        data: data72
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err186];
                                    }
                                    else {
                                        vErrors.push(err186);
                                    }
                                    errors++;
                                    break;
                                }
                                indices5[item5] = i12;
                            }
                        }
                    }
                    else {
                        const err187 = {
                            instancePath: instancePath + '/static/watch',
                            schemaPath: '#/properties/static/properties/watch/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema11.properties.static.properties.watch.type,
                            parentSchema: schema11.properties.static.properties.watch,
                            data: data72
                        };
                        if (vErrors === null) {
                            vErrors = [err187];
                        }
                        else {
                            vErrors.push(err187);
                        }
                        errors++;
                    }
                }
                if (data68.prefix !== undefined) {
                    let data74 = data68.prefix;
                    if (typeof data74 === 'string') {
                        if (!pattern29.test(data74)) {
                            const err188 = {
                                instancePath: instancePath + '/static/prefix',
                                schemaPath: '#/properties/static/properties/prefix/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))(?!.*//)[^\\\\\\x00-\\x1f]{0,512}$' },
                                message: 'must match pattern "' +
                                    '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))(?!.*//)[^\\\\\\x00-\\x1f]{0,512}$' +
                                    '"',
                                schema: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))(?!.*//)[^\\\\\\x00-\\x1f]{0,512}$',
                                parentSchema: schema11.properties.static.properties.prefix,
                                data: data74
                            };
                            if (vErrors === null) {
                                vErrors = [err188];
                            }
                            else {
                                vErrors.push(err188);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err189 = {
                            instancePath: instancePath + '/static/prefix',
                            schemaPath: '#/properties/static/properties/prefix/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema11.properties.static.properties.prefix.type,
                            parentSchema: schema11.properties.static.properties.prefix,
                            data: data74
                        };
                        if (vErrors === null) {
                            vErrors = [err189];
                        }
                        else {
                            vErrors.push(err189);
                        }
                        errors++;
                    }
                }
                if (data68['entry-points'] !== undefined) {
                    let data75 = data68['entry-points'];
                    if (Array.isArray(data75)) {
                        const len7 = data75.length;
                        for (let i13 = 0; i13 < len7; i13++) {
                            let data76 = data75[i13];
                            if (typeof data76 === 'string') {
                                if (func2(data76) < 1) {
                                    const err190 = {
                                        instancePath: instancePath + '/static/entry-points/' + i13,
                                        schemaPath: '#/properties/static/properties/entry-points/items/minLength',
                                        keyword: 'minLength',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 characters',
                                        schema: 1,
                                        parentSchema: schema11.properties.static.properties['entry-points'].items,
                                        data: data76
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err190];
                                    }
                                    else {
                                        vErrors.push(err190);
                                    }
                                    errors++;
                                }
                                if (!pattern2.test(data76)) {
                                    const err191 = {
                                        instancePath: instancePath + '/static/entry-points/' + i13,
                                        schemaPath: '#/properties/static/properties/entry-points/items/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' },
                                        message: 'must match pattern "' + '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' + '"',
                                        schema: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
                                        parentSchema: schema11.properties.static.properties['entry-points'].items,
                                        data: data76
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err191];
                                    }
                                    else {
                                        vErrors.push(err191);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err192 = {
                                    instancePath: instancePath + '/static/entry-points/' + i13,
                                    schemaPath: '#/properties/static/properties/entry-points/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.static.properties['entry-points'].items.type,
                                    parentSchema: schema11.properties.static.properties['entry-points'].items,
                                    data: data76
                                };
                                if (vErrors === null) {
                                    vErrors = [err192];
                                }
                                else {
                                    vErrors.push(err192);
                                }
                                errors++;
                            }
                        }
                        let i14 = data75.length;
                        let j6;
                        if (i14 > 1) {
                            const indices6 = {};
                            for (; i14--;) {
                                let item6 = data75[i14];
                                if (typeof item6 !== 'string') {
                                    continue;
                                }
                                if (typeof indices6[item6] == 'number') {
                                    j6 = indices6[item6];
                                    const err193 = {
                                        instancePath: instancePath + '/static/entry-points',
                                        schemaPath: '#/properties/static/properties/entry-points/uniqueItems',
                                        keyword: 'uniqueItems',
                                        params: { i: i14, j: j6 },
                                        message: 'must NOT have duplicate items (items ## ' + j6 + ' and ' + i14 + ' are identical)',
                                        schema: true,
                                        parentSchema: schema11.properties.static.properties['entry-points'],
                                        data: data75
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err193];
                                    }
                                    else {
                                        vErrors.push(err193);
                                    }
                                    errors++;
                                    break;
                                }
                                indices6[item6] = i14;
                            }
                        }
                    }
                    else {
                        const err194 = {
                            instancePath: instancePath + '/static/entry-points',
                            schemaPath: '#/properties/static/properties/entry-points/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema11.properties.static.properties['entry-points'].type,
                            parentSchema: schema11.properties.static.properties['entry-points'],
                            data: data75
                        };
                        if (vErrors === null) {
                            vErrors = [err194];
                        }
                        else {
                            vErrors.push(err194);
                        }
                        errors++;
                    }
                }
                if (data68.keep !== undefined) {
                    let data77 = data68.keep;
                    if (!(typeof data77 == 'number' && !(data77 % 1) && !isNaN(data77) && isFinite(data77))) {
                        const err195 = {
                            instancePath: instancePath + '/static/keep',
                            schemaPath: '#/properties/static/properties/keep/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                            schema: schema11.properties.static.properties.keep.type,
                            parentSchema: schema11.properties.static.properties.keep,
                            data: data77
                        };
                        if (vErrors === null) {
                            vErrors = [err195];
                        }
                        else {
                            vErrors.push(err195);
                        }
                        errors++;
                    }
                    if (typeof data77 == 'number' && isFinite(data77)) {
                        if (data77 > 50 || isNaN(data77)) {
                            const err196 = {
                                instancePath: instancePath + '/static/keep',
                                schemaPath: '#/properties/static/properties/keep/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 50 },
                                message: 'must be <= 50',
                                schema: 50,
                                parentSchema: schema11.properties.static.properties.keep,
                                data: data77
                            };
                            if (vErrors === null) {
                                vErrors = [err196];
                            }
                            else {
                                vErrors.push(err196);
                            }
                            errors++;
                        }
                        if (data77 < 1 || isNaN(data77)) {
                            const err197 = {
                                instancePath: instancePath + '/static/keep',
                                schemaPath: '#/properties/static/properties/keep/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 1 },
                                message: 'must be >= 1',
                                schema: 1,
                                parentSchema: schema11.properties.static.properties.keep,
                                data: data77
                            };
                            if (vErrors === null) {
                                vErrors = [err197];
                            }
                            else {
                                vErrors.push(err197);
                            }
                            errors++;
                        }
                    }
                }
                if (data68.cache !== undefined) {
                    let data78 = data68.cache;
                    if (Array.isArray(data78)) {
                        const len8 = data78.length;
                        for (let i15 = 0; i15 < len8; i15++) {
                            let data79 = data78[i15];
                            if (data79 && typeof data79 == 'object' && !Array.isArray(data79)) {
                                if (data79.match === undefined) {
                                    const err198 = {
                                        instancePath: instancePath + '/static/cache/' + i15,
                                        schemaPath: '#/properties/static/properties/cache/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'match' },
                                        message: "must have required property '" + 'match' + "'",
                                        schema: schema11.properties.static.properties.cache.items.required,
                                        parentSchema: schema11.properties.static.properties.cache.items,
                                        data: data79
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err198];
                                    }
                                    else {
                                        vErrors.push(err198);
                                    }
                                    errors++;
                                }
                                if (data79['cache-control'] === undefined) {
                                    const err199 = {
                                        instancePath: instancePath + '/static/cache/' + i15,
                                        schemaPath: '#/properties/static/properties/cache/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'cache-control' },
                                        message: "must have required property '" + 'cache-control' + "'",
                                        schema: schema11.properties.static.properties.cache.items.required,
                                        parentSchema: schema11.properties.static.properties.cache.items,
                                        data: data79
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err199];
                                    }
                                    else {
                                        vErrors.push(err199);
                                    }
                                    errors++;
                                }
                                for (const key24 in data79) {
                                    if (!(key24 === 'match' || key24 === 'cache-control')) {
                                        const err200 = {
                                            instancePath: instancePath + '/static/cache/' + i15,
                                            schemaPath: '#/properties/static/properties/cache/items/additionalProperties',
                                            keyword: 'additionalProperties',
                                            params: { additionalProperty: key24 },
                                            message: 'must NOT have additional properties',
                                            schema: false,
                                            parentSchema: schema11.properties.static.properties.cache.items,
                                            data: data79
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err200];
                                        }
                                        else {
                                            vErrors.push(err200);
                                        }
                                        errors++;
                                    }
                                }
                                if (data79.match !== undefined) {
                                    let data80 = data79.match;
                                    if (typeof data80 === 'string') {
                                        if (func2(data80) < 1) {
                                            const err201 = {
                                                instancePath: instancePath + '/static/cache/' + i15 + '/match',
                                                schemaPath: '#/properties/static/properties/cache/items/properties/match/minLength',
                                                keyword: 'minLength',
                                                params: { limit: 1 },
                                                message: 'must NOT have fewer than 1 characters',
                                                schema: 1,
                                                parentSchema: schema11.properties.static.properties.cache.items.properties.match,
                                                data: data80
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err201];
                                            }
                                            else {
                                                vErrors.push(err201);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err202 = {
                                            instancePath: instancePath + '/static/cache/' + i15 + '/match',
                                            schemaPath: '#/properties/static/properties/cache/items/properties/match/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema11.properties.static.properties.cache.items.properties.match.type,
                                            parentSchema: schema11.properties.static.properties.cache.items.properties.match,
                                            data: data80
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err202];
                                        }
                                        else {
                                            vErrors.push(err202);
                                        }
                                        errors++;
                                    }
                                }
                                if (data79['cache-control'] !== undefined) {
                                    let data81 = data79['cache-control'];
                                    if (typeof data81 === 'string') {
                                        if (!pattern31.test(data81)) {
                                            const err203 = {
                                                instancePath: instancePath + '/static/cache/' + i15 + '/cache-control',
                                                schemaPath: '#/properties/static/properties/cache/items/properties/cache-control/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^[\\x20-\\x7e]{1,256}$' },
                                                message: 'must match pattern "' + '^[\\x20-\\x7e]{1,256}$' + '"',
                                                schema: '^[\\x20-\\x7e]{1,256}$',
                                                parentSchema: schema11.properties.static.properties.cache.items.properties['cache-control'],
                                                data: data81
                                            };
                                            if (vErrors === null) {
                                                vErrors = [err203];
                                            }
                                            else {
                                                vErrors.push(err203);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err204 = {
                                            instancePath: instancePath + '/static/cache/' + i15 + '/cache-control',
                                            schemaPath: '#/properties/static/properties/cache/items/properties/cache-control/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                            schema: schema11.properties.static.properties.cache.items.properties['cache-control'].type,
                                            parentSchema: schema11.properties.static.properties.cache.items.properties['cache-control'],
                                            data: data81
                                        };
                                        if (vErrors === null) {
                                            vErrors = [err204];
                                        }
                                        else {
                                            vErrors.push(err204);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err205 = {
                                    instancePath: instancePath + '/static/cache/' + i15,
                                    schemaPath: '#/properties/static/properties/cache/items/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                    schema: schema11.properties.static.properties.cache.items.type,
                                    parentSchema: schema11.properties.static.properties.cache.items,
                                    data: data79
                                };
                                if (vErrors === null) {
                                    vErrors = [err205];
                                }
                                else {
                                    vErrors.push(err205);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err206 = {
                            instancePath: instancePath + '/static/cache',
                            schemaPath: '#/properties/static/properties/cache/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema11.properties.static.properties.cache.type,
                            parentSchema: schema11.properties.static.properties.cache,
                            data: data78
                        };
                        if (vErrors === null) {
                            vErrors = [err206];
                        }
                        else {
                            vErrors.push(err206);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err207 = {
                    instancePath: instancePath + '/static',
                    schemaPath: '#/properties/static/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.static.type,
                    parentSchema: schema11.properties.static,
                    data: data68
                };
                if (vErrors === null) {
                    vErrors = [err207];
                }
                else {
                    vErrors.push(err207);
                }
                errors++;
            }
        }
    }
    else {
        const err208 = {
            instancePath,
            schemaPath: '#/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema11.type,
            parentSchema: schema11,
            data
        };
        if (vErrors === null) {
            vErrors = [err208];
        }
        else {
            vErrors.push(err208);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}
function ucs2length(text) {
    return [...text].length;
}

// EXTERNAL MODULE: ./lib/core/errors.ts
var errors = __webpack_require__(21085);
// EXTERNAL MODULE: ./lib/core/paths.ts
var paths = __webpack_require__(77168);
// EXTERNAL MODULE: ./lib/config/schema.ts
var schema = __webpack_require__(73710);
// EXTERNAL MODULE: ./lib/config/runtime.ts
var config_runtime = __webpack_require__(13553);
;// CONCATENATED MODULE: ./lib/config/config.ts
/**
 * `shipline.yml`, the consuming repository's pipeline configuration: parsed with js-yaml, validated
 * against `configSchema` with ajv, defaults applied. Every error is one line naming the file, the
 * key path and what was expected (`shipline.yml: services.auth.context: expected a string`).
 */







const DEFAULT_CONFIG_FILE = 'shipline.yml';
const DEFAULT_DOCKERFILE = 'Dockerfile';
const DEFAULT_PLATFORMS = ['linux/amd64'];
/** A bad configuration file: a one-line message; the CLI exits 2 as for any bad input. */
class ConfigError extends errors/* InputError */.dz {
    constructor(message) {
        super('config', message, '');
        this.message = message;
        this.name = 'ConfigError';
    }
}
/** ajv's validator of `configSchema`, compiled ahead of time (lib/config-validate.ts). */
const validator = validate_generated;
function config_validate(data) {
    return validator(data) ? [] : (validator.errors ?? []);
}
/** `/services/auth/watch/0` → `services.auth.watch[0]`. */
function keyPath(instancePath, extra) {
    const segments = instancePath
        .split('/')
        .slice(1)
        .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (extra !== undefined)
        segments.push(extra);
    let out = '';
    for (const segment of segments) {
        if (/^\d+$/.test(segment))
            out += `[${segment}]`;
        else if (/^[A-Za-z0-9_-]+$/.test(segment))
            out += out ? `.${segment}` : segment;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}
const TYPE_WORDS = {
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'a boolean',
    object: 'a mapping',
    array: 'a list',
    null: 'null'
};
function typeWords(type) {
    const words = (Array.isArray(type) ? type : [type]).map(t => TYPE_WORDS[t] ?? t);
    return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
function show(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    return JSON.stringify(value) ?? String(value);
}
function description(schema) {
    return schema?.description ?? 'a valid value';
}
/** One error → `key.path: what was expected`, or undefined for errors reported by another one. */
function describeError(error) {
    const here = (extra) => keyPath(error.instancePath, extra);
    const params = error.params;
    if (error.propertyName !== undefined) {
        // A bad key (propertyNames): the inner error carries the name.
        return {
            path: here(error.propertyName),
            message: `invalid name; expected ${description(error.parentSchema)}`
        };
    }
    switch (error.keyword) {
        case 'propertyNames':
            return undefined;
        case 'type':
            return { path: here(), message: `expected ${typeWords(params.type)}` };
        case 'required': {
            const missing = String(params.missingProperty);
            const properties = error.parentSchema.properties ?? {};
            return { path: here(missing), message: `is missing; expected ${description(properties[missing])}` };
        }
        case 'additionalProperties': {
            const accepted = Object.keys(error.parentSchema.properties ?? {});
            return {
                path: here(String(params.additionalProperty)),
                message: `unknown key; accepted keys: ${accepted.join(', ')}`
            };
        }
        case 'const':
            return { path: here(), message: `expected ${show(params.allowedValue)}, got ${show(error.data)}` };
        case 'minProperties':
            return { path: here(), message: `expected ${description(error.parentSchema)}, got none` };
        case 'minItems':
            return { path: here(), message: `expected ${description(error.parentSchema)}, got an empty list` };
        case 'uniqueItems': {
            const items = error.data;
            return {
                path: here(),
                message: `expected no duplicates, got ${show(items[params.j])} twice`
            };
        }
        default:
            return { path: here(), message: `expected ${description(error.parentSchema)}, got ${show(error.data)}` };
    }
}
/** The schema errors of `data`, one line each: `file: key.path: message`. */
function schemaErrors(data, file) {
    const lines = [];
    for (const error of config_validate(data)) {
        const described = describeError(error);
        if (!described)
            continue;
        const line = `${file}: ${described.path ? `${described.path}: ` : ''}${described.message}`;
        if (!lines.includes(line))
            lines.push(line);
    }
    return lines;
}
/** Parse and validate the text of a configuration file; `root` is the directory its paths start from. */
function parseConfig(text, file, root) {
    let data;
    try {
        data = js_yaml/* default.load */.Ay.load(text, { filename: file, schema: js_yaml/* default.CORE_SCHEMA */.Ay.CORE_SCHEMA });
    }
    catch (error) {
        if (error instanceof js_yaml/* default.YAMLException */.Ay.YAMLException) {
            const { line, column } = error.mark ?? { line: 0, column: 0 };
            throw new ConfigError(`${file}:${line + 1}:${column + 1}: invalid YAML: ${error.reason}`);
        }
        throw error;
    }
    if (data === undefined || data === null)
        throw new ConfigError(`${file}: the file is empty; expected a mapping with version and services`);
    const errors = schemaErrors(data, file);
    if (errors.length > 0)
        throw new ConfigError(errors.join('; '));
    const { runtime, problems } = (0,config_runtime/* runtimeConfig */.Zu)(data, file);
    if (problems.length > 0)
        throw new ConfigError(problems.join('; '));
    const config = { ...withDefaults(data, file, root), runtime };
    const names = config.services.map(service => service.name);
    for (const [i, name] of config.cdn.services.entries())
        if (!names.includes(name))
            throw new ConfigError(`${file}: cdn.services.${i}: expected a service of this file (${names.join(', ')}), got "${name}"`);
    for (const service of config.services) {
        const path = external_node_path_.posix.normalize(external_node_path_.posix.join(service.context, service.dockerfile));
        if (path === '..' || path.startsWith('../'))
            throw new ConfigError(`${file}: services.${service.name}.dockerfile: expected a Dockerfile inside the repository, got "${service.dockerfile}" (${path})`);
    }
    return config;
}
function withDefaults(raw, file, root) {
    const services = Object.entries(raw.services).map(([name, s]) => {
        const context = trimSlashes(s.context);
        return {
            name,
            context,
            dockerfile: trimSlashes(s.dockerfile ?? DEFAULT_DOCKERFILE),
            watch: (s.watch ?? [context]).map(trimSlashes),
            buildArgs: Object.fromEntries(Object.entries(s['build-args'] ?? {}).map(([key, value]) => [key, String(value)])),
            platforms: s.platforms ?? [...DEFAULT_PLATFORMS],
            ...(s.workload ? { workload: s.workload } : {})
        };
    });
    return {
        file,
        root,
        version: 1,
        ...(raw.environment ? { environment: raw.environment } : {}),
        services,
        cdn: {
            paths: raw.cdn?.paths ?? [],
            services: raw.cdn?.services ?? ('frontend' in raw.services && !raw.static ? ['frontend'] : [])
        },
        ...(raw.static ? { static: staticWithDefaults(raw.static) } : {})
    };
}
function staticWithDefaults(raw) {
    const context = trimSlashes(raw.context ?? '.');
    const prefix = (raw.prefix ?? '').replace(/^\/+/, '');
    return {
        dir: trimSlashes(raw.dir),
        ...(raw.build ? { build: raw.build } : {}),
        context,
        watch: (raw.watch ?? [raw.build ? context : raw.dir]).map(trimSlashes),
        prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`,
        entryPoints: (raw['entry-points'] ?? []).map(trimSlashes),
        keep: raw.keep ?? schema/* DEFAULT_STATIC_KEEP */.Li,
        cache: (raw.cache ?? []).map(rule => ({ match: rule.match, cacheControl: rule['cache-control'] }))
    };
}
/** `./services/auth/` → `services/auth`; `.` stays `.`. */
function trimSlashes(path) {
    const trimmed = path.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    return trimmed === '' ? '.' : trimmed;
}
/** Read, parse and validate `file` (relative to `cwd`). */
/** The largest shipline.yml read. */
const MAX_CONFIG_BYTES = 1 * paths/* MiB */.lv;
const CONFIG_ACCEPTED = 'a shipline.yml file of at most 1 MiB inside the workspace';
/**
 * Read and validate `file`, a regular file of at most 1 MiB inside the workspace `cwd`; `input` names
 * the input or flag that gave it, in errors.
 */
async function loadConfig(file = DEFAULT_CONFIG_FILE, cwd = process.cwd(), input = 'config') {
    const path = (0,paths/* pathInside */._l)(input, file, { root: cwd, accepted: CONFIG_ACCEPTED });
    const kind = (0,paths/* pathKind */.gl)(input, path, CONFIG_ACCEPTED, file);
    if (kind === 'missing')
        throw new ConfigError(`${file}: file not found in ${cwd}; run from the repository root or name the file (--config, input "config")`);
    if (kind === 'directory')
        throw new ConfigError(`${file}: is a directory; expected a shipline.yml file`);
    const text = (0,paths/* readCheckedFile */.m2)(input, path, file, MAX_CONFIG_BYTES, CONFIG_ACCEPTED);
    return parseConfig(text, file, (0,external_node_path_.dirname)(path));
}
/** The services named in `names` (all when empty), in the file's order; unknown names are an error. */
function selectServices(config, names, input = 'service') {
    if (names.length === 0)
        return config.services;
    const known = config.services.map(s => s.name);
    for (const name of names)
        if (!known.includes(name))
            throw new errors/* InputError */.dz(input, `"${name}" is not a service of ${config.file}`, known.join(', '));
    return config.services.filter(s => names.includes(s.name));
}


/***/ }),

/***/ 13553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IV: () => (/* binding */ DATABASE_ENV),
/* harmony export */   Zu: () => (/* binding */ runtimeConfig)
/* harmony export */ });
/* unused harmony exports DEFAULT_PROBES, DEFAULT_RESOURCES, DEFAULT_REPLICAS, SHARED_POLICIES, KUBERNETES_NAME, quantity */
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73710);
/**
 * How each service of `shipline.yml` runs: its port and health path, probes, resources, replicas,
 * environment, secrets, what reaches it and what it reaches. Terraform reads the same keys from the
 * file (infra/services.tf: repositories, target groups, roles); `shipline manifests` writes the
 * Kubernetes objects from them (lib/kube/generate.ts). Every default is here, and README'd in
 * infra/README.md ("Services").
 */

const DEFAULT_PROBES = {
    // Up to 3 minutes to start (a JVM service with a cold cache), before liveness may restart it.
    startup: { initialDelaySeconds: 0, periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 36 },
    // Out of the Service's endpoints after 30 s of failures, back in after one success.
    readiness: { initialDelaySeconds: 0, periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 3 },
    // Restarted after a minute of failures: slower than readiness, so a busy pod is drained, not killed.
    liveness: { initialDelaySeconds: 0, periodSeconds: 20, timeoutSeconds: 2, failureThreshold: 3 }
};
const DEFAULT_RESOURCES = {
    requests: { cpu: '250m', memory: '512Mi' },
    limits: { cpu: '1', memory: '1Gi' }
};
const DEFAULT_REPLICAS = { min: 2, max: 6, targetCpu: 70, maxUnavailable: 1 };
/** Variables a database service gets from Terraform's outputs: the PostgreSQL host:port and its secret. */
const DATABASE_ENV = ['DATABASE_ENDPOINT', 'DATABASE_SECRET_ARN'];
/** Names of the namespace-wide NetworkPolicies; a service's own policy is named like the service. */
const SHARED_POLICIES = ['default-deny-all', 'allow-dns-egress'];
/**
 * A name for a service's Kubernetes objects and its IAM role (PROJECT-ENVIRONMENT-NAME, 64 at most).
 * Terraform asks one more character (an ECR repository name has at least 2; infra/variables.tf).
 */
const KUBERNETES_NAME = /^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
/** Keys that only shape the generated manifests: refused with manifests: false, where they would do nothing. */
const MANIFEST_ONLY_KEYS = ['probes', 'resources', 'replicas', 'env', 'secrets', 'calls', 'internet'];
const CPU_UNITS = { m: 1e-3, '': 1 };
const MEMORY_UNITS = {
    '': 1,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60
};
/** A Kubernetes quantity (schema-checked already) as a number, to compare requests with limits. */
function quantity(text, kind) {
    const [, number, unit] = /^([0-9.]+)([A-Za-z]*)$/.exec(text) ?? [];
    const factor = (kind === 'cpu' ? CPU_UNITS : MEMORY_UNITS)[unit ?? ''];
    return factor === undefined ? Number.NaN : Number(number) * factor;
}
function probeOf(kind, raw, health) {
    if (raw === false)
        return undefined;
    const set = raw === true || raw === undefined ? {} : raw;
    const defaults = DEFAULT_PROBES[kind];
    return {
        path: set.path ?? health,
        initialDelaySeconds: set['initial-delay-seconds'] ?? defaults.initialDelaySeconds,
        periodSeconds: set['period-seconds'] ?? defaults.periodSeconds,
        timeoutSeconds: set['timeout-seconds'] ?? defaults.timeoutSeconds,
        failureThreshold: set['failure-threshold'] ?? defaults.failureThreshold
    };
}
function quantitiesOf(raw, defaults) {
    return { cpu: String(raw?.cpu ?? defaults.cpu), memory: String(raw?.memory ?? defaults.memory) };
}
function runtimeOf(name, raw) {
    const health = raw.health ?? _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_HEALTH_PATH */ .fp;
    const probes = {};
    for (const kind of ['startup', 'readiness', 'liveness']) {
        const probe = probeOf(kind, raw.probes?.[kind], health);
        if (probe)
            probes[kind] = probe;
    }
    const expose = raw.expose === undefined || raw.expose === false ? undefined : raw.expose === true ? [] : raw.expose.paths;
    return {
        name,
        manifests: raw.manifests ?? true,
        port: raw.port ?? _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PORT */ .Wg,
        health,
        probes,
        resources: {
            requests: quantitiesOf(raw.resources?.requests, DEFAULT_RESOURCES.requests),
            limits: quantitiesOf(raw.resources?.limits, DEFAULT_RESOURCES.limits)
        },
        replicas: {
            min: raw.replicas?.min ?? DEFAULT_REPLICAS.min,
            max: raw.replicas?.max ?? Math.max(DEFAULT_REPLICAS.max, raw.replicas?.min ?? 0),
            targetCpu: raw.replicas?.['target-cpu'] ?? DEFAULT_REPLICAS.targetCpu,
            maxUnavailable: raw.replicas?.['max-unavailable'] ?? DEFAULT_REPLICAS.maxUnavailable
        },
        env: Object.entries(raw.env ?? {}).map(([envName, value]) => typeof value === 'object'
            ? { name: envName, infraOutput: value['infra-output'] }
            : { name: envName, value: String(value) }),
        secrets: Object.entries(raw.secrets ?? {}).map(([envName, ref]) => ({ name: envName, ...ref })),
        ...(expose ? { expose } : {}),
        database: raw.database ?? false,
        calls: raw.calls ?? [],
        internet: raw.internet ?? false
    };
}
/** What is wrong with one service beyond the schema: `key.path: message` lines. */
function serviceProblems(service, raw) {
    const at = (key) => `services.${service.name}${key ? `.${key}` : ''}`;
    const problems = [];
    if (!service.manifests) {
        for (const key of MANIFEST_ONLY_KEYS)
            if (raw[key] !== undefined)
                problems.push(`${at(key)}: has no effect with manifests: false (Shipline writes no manifests for it)`);
        return problems;
    }
    if (!KUBERNETES_NAME.test(service.name))
        problems.push(`${at('')}: invalid name for its Kubernetes objects; expected 1 to 40 lower-case letters, digits and "-", starting with a letter and not ending with "-" (or manifests: false)`);
    if (SHARED_POLICIES.includes(service.name))
        problems.push(`${at('')}: invalid name; ${service.name} is the name of a shared NetworkPolicy`);
    if (raw.workload !== undefined && raw.workload !== `deployment/${service.name}`)
        problems.push(`${at('workload')}: expected deployment/${service.name} (the generated Deployment), got "${raw.workload}"; set manifests: false to keep your own manifests`);
    const set = [...Object.keys(raw.env ?? {}), ...Object.keys(raw.secrets ?? {})];
    if (set.includes('PORT'))
        problems.push(`${at('env.PORT')}: is set from port (${service.port}); set port instead`);
    for (const name of DATABASE_ENV)
        if (service.database && set.includes(name))
            problems.push(`${at(`env.${name}`)}: is set by database: true (the Terraform output ${name})`);
    for (const name of Object.keys(raw.secrets ?? {}))
        if (name in (raw.env ?? {}))
            problems.push(`${at(`secrets.${name}`)}: is also set in env; expected each variable once`);
    if (service.replicas.min > service.replicas.max)
        problems.push(`${at('replicas.max')}: expected at least replicas.min (${service.replicas.min}), got ${service.replicas.max}`);
    for (const kind of ['cpu', 'memory']) {
        const { requests, limits } = service.resources;
        if (quantity(requests[kind], kind) > quantity(limits[kind], kind))
            problems.push(`${at(`resources.requests.${kind}`)}: expected at most the limit (${limits[kind]}), got ${requests[kind]}`);
    }
    return problems;
}
/** What is wrong between services: who is exposed where, who calls whom. */
function systemProblems(services) {
    const problems = [];
    const byName = new Map(services.map(s => [s.name, s]));
    const defaults = services.filter(s => s.expose?.length === 0).map(s => s.name);
    if (defaults.length > 1)
        problems.push(`services.${defaults[1]}.expose: expected one service with expose: true (every other path), got ${defaults.join(' and ')}; give one of them paths`);
    const pathOwner = new Map();
    for (const service of services)
        for (const path of service.expose ?? []) {
            const owner = pathOwner.get(path);
            if (owner)
                problems.push(`services.${service.name}.expose.paths: ${path} is already forwarded to ${owner}`);
            else
                pathOwner.set(path, service.name);
        }
    for (const service of services)
        service.calls.forEach((callee, i) => {
            const at = `services.${service.name}.calls[${i}]`;
            const target = byName.get(callee);
            if (!target)
                problems.push(`${at}: expected a service of this file (${[...byName.keys()].join(', ')}), got "${callee}"`);
            else if (!target.manifests)
                problems.push(`${at}: expected a service with generated manifests, got "${callee}" (manifests: false)`);
        });
    return problems;
}
/** The runtime of every service, defaults applied; `problems` lists what is wrong, one line each. */
function runtimeConfig(raw, file) {
    const services = Object.entries(raw.services).map(([name, s]) => runtimeOf(name, s));
    const problems = [
        ...services.flatMap(s => serviceProblems(s, raw.services[s.name])),
        ...systemProblems(services)
    ];
    return {
        runtime: { namespace: raw.kubernetes?.namespace ?? _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_NAMESPACE */ .oQ, services },
        problems: problems.map(p => `${file}: ${p}`)
    };
}


/***/ })

};
