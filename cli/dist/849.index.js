export const id = 849;
export const ids = [849];
export const modules = {

/***/ 2597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ loadConfig),
  Zo: () => (/* binding */ selectServices)
});

// UNUSED EXPORTS: ConfigError, DEFAULT_CONFIG_FILE, DEFAULT_DOCKERFILE, DEFAULT_PLATFORMS, keyPath, parseConfig, schemaErrors

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
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
                pattern: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$',
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
                    items: {
                        type: 'string',
                        pattern: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$',
                        description: 'a service name such as frontend'
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
const pattern8 = new RegExp('^/[^*]*\\*?$', 'u');
const func2 = ucs2length;
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
            if (!(key0 === 'version' || key0 === 'environment' || key0 === 'services' || key0 === 'cdn')) {
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
                            if (!(key3 === 'context' ||
                                key3 === 'dockerfile' ||
                                key3 === 'watch' ||
                                key3 === 'build-args' ||
                                key3 === 'platforms' ||
                                key3 === 'workload')) {
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
                    }
                    else {
                        const err35 = {
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
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err36 = {
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
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
        }
        if (data.cdn !== undefined) {
            let data13 = data.cdn;
            if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
                for (const key6 in data13) {
                    if (!(key6 === 'paths' || key6 === 'services')) {
                        const err37 = {
                            instancePath: instancePath + '/cdn',
                            schemaPath: '#/properties/cdn/additionalProperties',
                            keyword: 'additionalProperties',
                            params: { additionalProperty: key6 },
                            message: 'must NOT have additional properties',
                            schema: false,
                            parentSchema: schema11.properties.cdn,
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
                if (data13.paths !== undefined) {
                    let data14 = data13.paths;
                    if (Array.isArray(data14)) {
                        const len2 = data14.length;
                        for (let i4 = 0; i4 < len2; i4++) {
                            let data15 = data14[i4];
                            if (typeof data15 === 'string') {
                                if (!pattern8.test(data15)) {
                                    const err38 = {
                                        instancePath: instancePath + '/cdn/paths/' + i4,
                                        schemaPath: '#/properties/cdn/properties/paths/items/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^/[^*]*\\*?$' },
                                        message: 'must match pattern "' + '^/[^*]*\\*?$' + '"',
                                        schema: '^/[^*]*\\*?$',
                                        parentSchema: schema11.properties.cdn.properties.paths.items,
                                        data: data15
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
                                    instancePath: instancePath + '/cdn/paths/' + i4,
                                    schemaPath: '#/properties/cdn/properties/paths/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.cdn.properties.paths.items.type,
                                    parentSchema: schema11.properties.cdn.properties.paths.items,
                                    data: data15
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
                    }
                    else {
                        const err40 = {
                            instancePath: instancePath + '/cdn/paths',
                            schemaPath: '#/properties/cdn/properties/paths/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema11.properties.cdn.properties.paths.type,
                            parentSchema: schema11.properties.cdn.properties.paths,
                            data: data14
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
                if (data13.services !== undefined) {
                    let data16 = data13.services;
                    if (Array.isArray(data16)) {
                        const len3 = data16.length;
                        for (let i5 = 0; i5 < len3; i5++) {
                            let data17 = data16[i5];
                            if (typeof data17 === 'string') {
                                if (!pattern1.test(data17)) {
                                    const err41 = {
                                        instancePath: instancePath + '/cdn/services/' + i5,
                                        schemaPath: '#/properties/cdn/properties/services/items/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$' },
                                        message: 'must match pattern "' + '^[a-z0-9]+(?:[._-][a-z0-9]+)*$' + '"',
                                        schema: '^[a-z0-9]+(?:[._-][a-z0-9]+)*$',
                                        parentSchema: schema11.properties.cdn.properties.services.items,
                                        data: data17
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err41];
                                    }
                                    else {
                                        vErrors.push(err41);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err42 = {
                                    instancePath: instancePath + '/cdn/services/' + i5,
                                    schemaPath: '#/properties/cdn/properties/services/items/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema11.properties.cdn.properties.services.items.type,
                                    parentSchema: schema11.properties.cdn.properties.services.items,
                                    data: data17
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
                        let i6 = data16.length;
                        let j2;
                        if (i6 > 1) {
                            const indices2 = {};
                            for (; i6--;) {
                                let item2 = data16[i6];
                                if (typeof item2 !== 'string') {
                                    continue;
                                }
                                if (typeof indices2[item2] == 'number') {
                                    j2 = indices2[item2];
                                    const err43 = {
                                        instancePath: instancePath + '/cdn/services',
                                        schemaPath: '#/properties/cdn/properties/services/uniqueItems',
                                        keyword: 'uniqueItems',
                                        params: { i: i6, j: j2 },
                                        message: 'must NOT have duplicate items (items ## ' + j2 + ' and ' + i6 + ' are identical)',
                                        schema: true,
                                        parentSchema: schema11.properties.cdn.properties.services,
                                        data: data16
                                    };
                                    if (vErrors === null) {
                                        vErrors = [err43];
                                    }
                                    else {
                                        vErrors.push(err43);
                                    }
                                    errors++;
                                    break;
                                }
                                indices2[item2] = i6;
                            }
                        }
                    }
                    else {
                        const err44 = {
                            instancePath: instancePath + '/cdn/services',
                            schemaPath: '#/properties/cdn/properties/services/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema11.properties.cdn.properties.services.type,
                            parentSchema: schema11.properties.cdn.properties.services,
                            data: data16
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
            }
            else {
                const err45 = {
                    instancePath: instancePath + '/cdn',
                    schemaPath: '#/properties/cdn/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema11.properties.cdn.type,
                    parentSchema: schema11.properties.cdn,
                    data: data13
                };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
        }
    }
    else {
        const err46 = {
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
            vErrors = [err46];
        }
        else {
            vErrors.push(err46);
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
var errors = __webpack_require__(1085);
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
    const config = withDefaults(data, file, root);
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
            services: raw.cdn?.services ?? ('frontend' in raw.services ? ['frontend'] : [])
        }
    };
}
/** `./services/auth/` → `services/auth`; `.` stays `.`. */
function trimSlashes(path) {
    const trimmed = path.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    return trimmed === '' ? '.' : trimmed;
}
/** Read, parse and validate `file` (relative to `cwd`). */
async function loadConfig(file = DEFAULT_CONFIG_FILE, cwd = process.cwd()) {
    const path = (0,external_node_path_.resolve)(cwd, file);
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new ConfigError(`${file}: file not found in ${cwd}; run from the repository root or name the file (--config, input "config")`);
        if (code === 'EISDIR')
            throw new ConfigError(`${file}: is a directory; expected a shipline.yml file`);
        throw error;
    }
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

/***/ 6797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UP: () => (/* binding */ matrix),
/* harmony export */   VH: () => (/* binding */ changedServices),
/* harmony export */   hR: () => (/* binding */ watchedPaths),
/* harmony export */   ny: () => (/* binding */ gitPrefix),
/* harmony export */   ri: () => (/* binding */ toGitPath)
/* harmony export */ });
/* unused harmony exports covers, servicesTouched */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3593);
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

/***/ 3593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OM: () => (/* binding */ changedFilesSince),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   VQ: () => (/* binding */ pathObjectIds),
/* harmony export */   Xb: () => (/* binding */ dirtyPaths),
/* harmony export */   oB: () => (/* binding */ gitTopLevel)
/* harmony export */ });
/* unused harmony exports git, resolveCommit */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1085);
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5219);
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


/***/ })

};
