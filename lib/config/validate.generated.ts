// Generated from lib/config/schema.ts by scripts/generate.mjs (npm run generate) with ajv's standalone
// code. Do not edit.
/* eslint-disable */
// @ts-nocheck
export const validate = validate10
export default validate10
const schema11 = {
  $id: 'https://shipline.dev/schema/shipline.yml.json',
  type: 'object',
  description: 'a mapping with version, environment, services, cdn and static',
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
        description:
          'a service name in lower-case letters and digits, separated by ".", "_" or "-" (it names the image repository)'
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
            description:
              'a list of paths relative to the repository root, such as [services/auth, libs/common]',
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
          description:
            'a list of the services CloudFront serves, such as [frontend] (default: frontend, when it exists)',
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
      description:
        'a mapping with dir, build, context, watch, prefix, entry-points, keep and cache (the frontend published to S3)',
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
          description:
            'the directory the build command runs in, relative to the repository root, such as frontend'
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
          description:
            'a list of files relative to dir that are served fresh and uploaded last, such as [sw.js]',
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
          description:
            "a list of cache rules such as [{ match: 'fonts/**', cache-control: 'public, max-age=604800' }]",
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
}
const pattern0 = new RegExp('^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$', 'u')
const pattern1 = new RegExp('^[a-z0-9]+(?:[._-][a-z0-9]+)*$', 'u')
const pattern2 = new RegExp('^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$', 'u')
const pattern3 = new RegExp('^(?!/)[^\\\\]+$', 'u')
const pattern5 = new RegExp('^[A-Za-z_][A-Za-z0-9_]*$', 'u')
const pattern6 = new RegExp('^[a-z0-9]+/[a-z0-9_]+(?:/[a-z0-9]+)?$', 'u')
const pattern7 = new RegExp('^(?:deployment|statefulset|daemonset)/[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$', 'u')
const pattern8 = new RegExp('^/[^*]*\\*?$', 'u')
const pattern13 = new RegExp('^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))(?!.*//)[^\\\\\\x00-\\x1f]{0,512}$', 'u')
const pattern15 = new RegExp('^[\\x20-\\x7e]{1,256}$', 'u')
const func2 = ucs2length
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://shipline.dev/schema/shipline.yml.json" */ let vErrors = null
  let errors = 0
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
      }
      if (vErrors === null) {
        vErrors = [err0]
      } else {
        vErrors.push(err0)
      }
      errors++
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
      }
      if (vErrors === null) {
        vErrors = [err1]
      } else {
        vErrors.push(err1)
      }
      errors++
    }
    for (const key0 in data) {
      if (!(
        key0 === 'version' ||
        key0 === 'environment' ||
        key0 === 'services' ||
        key0 === 'cdn' ||
        key0 === 'static'
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema11,
          data
        }
        if (vErrors === null) {
          vErrors = [err2]
        } else {
          vErrors.push(err2)
        }
        errors++
      }
    }
    if (data.version !== undefined) {
      let data0 = data.version
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
        }
        if (vErrors === null) {
          vErrors = [err3]
        } else {
          vErrors.push(err3)
        }
        errors++
      }
    }
    if (data.environment !== undefined) {
      let data1 = data.environment
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
          }
          if (vErrors === null) {
            vErrors = [err4]
          } else {
            vErrors.push(err4)
          }
          errors++
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/environment',
          schemaPath: '#/properties/environment/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema11.properties.environment.type,
          parentSchema: schema11.properties.environment,
          data: data1
        }
        if (vErrors === null) {
          vErrors = [err5]
        } else {
          vErrors.push(err5)
        }
        errors++
      }
    }
    if (data.services !== undefined) {
      let data2 = data.services
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
          }
          if (vErrors === null) {
            vErrors = [err6]
          } else {
            vErrors.push(err6)
          }
          errors++
        }
        for (const key1 in data2) {
          const _errs7 = errors
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
              }
              if (vErrors === null) {
                vErrors = [err7]
              } else {
                vErrors.push(err7)
              }
              errors++
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
              }
              if (vErrors === null) {
                vErrors = [err8]
              } else {
                vErrors.push(err8)
              }
              errors++
            }
          }
          var valid1 = _errs7 === errors
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
            }
            if (vErrors === null) {
              vErrors = [err9]
            } else {
              vErrors.push(err9)
            }
            errors++
          }
        }
        for (const key2 in data2) {
          let data3 = data2[key2]
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
              }
              if (vErrors === null) {
                vErrors = [err10]
              } else {
                vErrors.push(err10)
              }
              errors++
            }
            for (const key3 in data3) {
              if (!(
                key3 === 'context' ||
                key3 === 'dockerfile' ||
                key3 === 'watch' ||
                key3 === 'build-args' ||
                key3 === 'platforms' ||
                key3 === 'workload'
              )) {
                const err11 = {
                  instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/properties/services/additionalProperties/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.services.additionalProperties,
                  data: data3
                }
                if (vErrors === null) {
                  vErrors = [err11]
                } else {
                  vErrors.push(err11)
                }
                errors++
              }
            }
            if (data3.context !== undefined) {
              let data4 = data3.context
              if (typeof data4 === 'string') {
                if (func2(data4) < 1) {
                  const err12 = {
                    instancePath:
                      instancePath +
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
                  }
                  if (vErrors === null) {
                    vErrors = [err12]
                  } else {
                    vErrors.push(err12)
                  }
                  errors++
                }
                if (!pattern2.test(data4)) {
                  const err13 = {
                    instancePath:
                      instancePath +
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
                  }
                  if (vErrors === null) {
                    vErrors = [err13]
                  } else {
                    vErrors.push(err13)
                  }
                  errors++
                }
              } else {
                const err14 = {
                  instancePath:
                    instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/context',
                  schemaPath: '#/properties/services/additionalProperties/properties/context/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.services.additionalProperties.properties.context.type,
                  parentSchema: schema11.properties.services.additionalProperties.properties.context,
                  data: data4
                }
                if (vErrors === null) {
                  vErrors = [err14]
                } else {
                  vErrors.push(err14)
                }
                errors++
              }
            }
            if (data3.dockerfile !== undefined) {
              let data5 = data3.dockerfile
              if (typeof data5 === 'string') {
                if (func2(data5) < 1) {
                  const err15 = {
                    instancePath:
                      instancePath +
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
                  }
                  if (vErrors === null) {
                    vErrors = [err15]
                  } else {
                    vErrors.push(err15)
                  }
                  errors++
                }
                if (!pattern3.test(data5)) {
                  const err16 = {
                    instancePath:
                      instancePath +
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
                  }
                  if (vErrors === null) {
                    vErrors = [err16]
                  } else {
                    vErrors.push(err16)
                  }
                  errors++
                }
              } else {
                const err17 = {
                  instancePath:
                    instancePath +
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
                }
                if (vErrors === null) {
                  vErrors = [err17]
                } else {
                  vErrors.push(err17)
                }
                errors++
              }
            }
            if (data3.watch !== undefined) {
              let data6 = data3.watch
              if (Array.isArray(data6)) {
                if (data6.length < 1) {
                  const err18 = {
                    instancePath:
                      instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/watch',
                    schemaPath: '#/properties/services/additionalProperties/properties/watch/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                    schema: 1,
                    parentSchema: schema11.properties.services.additionalProperties.properties.watch,
                    data: data6
                  }
                  if (vErrors === null) {
                    vErrors = [err18]
                  } else {
                    vErrors.push(err18)
                  }
                  errors++
                }
                const len0 = data6.length
                for (let i0 = 0; i0 < len0; i0++) {
                  let data7 = data6[i0]
                  if (typeof data7 === 'string') {
                    if (func2(data7) < 1) {
                      const err19 = {
                        instancePath:
                          instancePath +
                          '/services/' +
                          key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/watch/' +
                          i0,
                        schemaPath:
                          '#/properties/services/additionalProperties/properties/watch/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema:
                          schema11.properties.services.additionalProperties.properties.watch.items,
                        data: data7
                      }
                      if (vErrors === null) {
                        vErrors = [err19]
                      } else {
                        vErrors.push(err19)
                      }
                      errors++
                    }
                    if (!pattern2.test(data7)) {
                      const err20 = {
                        instancePath:
                          instancePath +
                          '/services/' +
                          key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/watch/' +
                          i0,
                        schemaPath:
                          '#/properties/services/additionalProperties/properties/watch/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' },
                        message: 'must match pattern "' + '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' + '"',
                        schema: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
                        parentSchema:
                          schema11.properties.services.additionalProperties.properties.watch.items,
                        data: data7
                      }
                      if (vErrors === null) {
                        vErrors = [err20]
                      } else {
                        vErrors.push(err20)
                      }
                      errors++
                    }
                  } else {
                    const err21 = {
                      instancePath:
                        instancePath +
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
                    }
                    if (vErrors === null) {
                      vErrors = [err21]
                    } else {
                      vErrors.push(err21)
                    }
                    errors++
                  }
                }
                let i1 = data6.length
                let j0
                if (i1 > 1) {
                  const indices0 = {}
                  for (; i1--;) {
                    let item0 = data6[i1]
                    if (typeof item0 !== 'string') {
                      continue
                    }
                    if (typeof indices0[item0] == 'number') {
                      j0 = indices0[item0]
                      const err22 = {
                        instancePath:
                          instancePath +
                          '/services/' +
                          key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/watch',
                        schemaPath: '#/properties/services/additionalProperties/properties/watch/uniqueItems',
                        keyword: 'uniqueItems',
                        params: { i: i1, j: j0 },
                        message:
                          'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                        schema: true,
                        parentSchema: schema11.properties.services.additionalProperties.properties.watch,
                        data: data6
                      }
                      if (vErrors === null) {
                        vErrors = [err22]
                      } else {
                        vErrors.push(err22)
                      }
                      errors++
                      break
                    }
                    indices0[item0] = i1
                  }
                }
              } else {
                const err23 = {
                  instancePath:
                    instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/watch',
                  schemaPath: '#/properties/services/additionalProperties/properties/watch/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema11.properties.services.additionalProperties.properties.watch.type,
                  parentSchema: schema11.properties.services.additionalProperties.properties.watch,
                  data: data6
                }
                if (vErrors === null) {
                  vErrors = [err23]
                } else {
                  vErrors.push(err23)
                }
                errors++
              }
            }
            if (data3['build-args'] !== undefined) {
              let data8 = data3['build-args']
              if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                for (const key4 in data8) {
                  const _errs22 = errors
                  if (typeof key4 === 'string') {
                    if (!pattern5.test(key4)) {
                      const err24 = {
                        instancePath:
                          instancePath +
                          '/services/' +
                          key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/build-args',
                        schemaPath:
                          '#/properties/services/additionalProperties/properties/build-args/propertyNames/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                        message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]*$' + '"',
                        schema: '^[A-Za-z_][A-Za-z0-9_]*$',
                        parentSchema:
                          schema11.properties.services.additionalProperties.properties['build-args']
                            .propertyNames,
                        data: key4,
                        propertyName: key4
                      }
                      if (vErrors === null) {
                        vErrors = [err24]
                      } else {
                        vErrors.push(err24)
                      }
                      errors++
                    }
                  }
                  var valid7 = _errs22 === errors
                  if (!valid7) {
                    const err25 = {
                      instancePath:
                        instancePath +
                        '/services/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/build-args',
                      schemaPath:
                        '#/properties/services/additionalProperties/properties/build-args/propertyNames',
                      keyword: 'propertyNames',
                      params: { propertyName: key4 },
                      message: 'property name must be valid',
                      schema:
                        schema11.properties.services.additionalProperties.properties['build-args']
                          .propertyNames,
                      parentSchema:
                        schema11.properties.services.additionalProperties.properties['build-args'],
                      data: data8
                    }
                    if (vErrors === null) {
                      vErrors = [err25]
                    } else {
                      vErrors.push(err25)
                    }
                    errors++
                  }
                }
                for (const key5 in data8) {
                  let data9 = data8[key5]
                  if (
                    typeof data9 !== 'string' &&
                    !(typeof data9 == 'number' && isFinite(data9)) &&
                    typeof data9 !== 'boolean'
                  ) {
                    const err26 = {
                      instancePath:
                        instancePath +
                        '/services/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/build-args/' +
                        key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/properties/services/additionalProperties/properties/build-args/additionalProperties/type',
                      keyword: 'type',
                      params: {
                        type: schema11.properties.services.additionalProperties.properties['build-args']
                          .additionalProperties.type
                      },
                      message: 'must be string,number,boolean',
                      schema:
                        schema11.properties.services.additionalProperties.properties['build-args']
                          .additionalProperties.type,
                      parentSchema:
                        schema11.properties.services.additionalProperties.properties['build-args']
                          .additionalProperties,
                      data: data9
                    }
                    if (vErrors === null) {
                      vErrors = [err26]
                    } else {
                      vErrors.push(err26)
                    }
                    errors++
                  }
                }
              } else {
                const err27 = {
                  instancePath:
                    instancePath +
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
                }
                if (vErrors === null) {
                  vErrors = [err27]
                } else {
                  vErrors.push(err27)
                }
                errors++
              }
            }
            if (data3.platforms !== undefined) {
              let data10 = data3.platforms
              if (Array.isArray(data10)) {
                if (data10.length < 1) {
                  const err28 = {
                    instancePath:
                      instancePath +
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
                  }
                  if (vErrors === null) {
                    vErrors = [err28]
                  } else {
                    vErrors.push(err28)
                  }
                  errors++
                }
                const len1 = data10.length
                for (let i2 = 0; i2 < len1; i2++) {
                  let data11 = data10[i2]
                  if (typeof data11 === 'string') {
                    if (!pattern6.test(data11)) {
                      const err29 = {
                        instancePath:
                          instancePath +
                          '/services/' +
                          key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/platforms/' +
                          i2,
                        schemaPath:
                          '#/properties/services/additionalProperties/properties/platforms/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[a-z0-9]+/[a-z0-9_]+(?:/[a-z0-9]+)?$' },
                        message: 'must match pattern "' + '^[a-z0-9]+/[a-z0-9_]+(?:/[a-z0-9]+)?$' + '"',
                        schema: '^[a-z0-9]+/[a-z0-9_]+(?:/[a-z0-9]+)?$',
                        parentSchema:
                          schema11.properties.services.additionalProperties.properties.platforms.items,
                        data: data11
                      }
                      if (vErrors === null) {
                        vErrors = [err29]
                      } else {
                        vErrors.push(err29)
                      }
                      errors++
                    }
                  } else {
                    const err30 = {
                      instancePath:
                        instancePath +
                        '/services/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/platforms/' +
                        i2,
                      schemaPath:
                        '#/properties/services/additionalProperties/properties/platforms/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema11.properties.services.additionalProperties.properties.platforms.items.type,
                      parentSchema:
                        schema11.properties.services.additionalProperties.properties.platforms.items,
                      data: data11
                    }
                    if (vErrors === null) {
                      vErrors = [err30]
                    } else {
                      vErrors.push(err30)
                    }
                    errors++
                  }
                }
                let i3 = data10.length
                let j1
                if (i3 > 1) {
                  const indices1 = {}
                  for (; i3--;) {
                    let item1 = data10[i3]
                    if (typeof item1 !== 'string') {
                      continue
                    }
                    if (typeof indices1[item1] == 'number') {
                      j1 = indices1[item1]
                      const err31 = {
                        instancePath:
                          instancePath +
                          '/services/' +
                          key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                          '/platforms',
                        schemaPath:
                          '#/properties/services/additionalProperties/properties/platforms/uniqueItems',
                        keyword: 'uniqueItems',
                        params: { i: i3, j: j1 },
                        message:
                          'must NOT have duplicate items (items ## ' + j1 + ' and ' + i3 + ' are identical)',
                        schema: true,
                        parentSchema: schema11.properties.services.additionalProperties.properties.platforms,
                        data: data10
                      }
                      if (vErrors === null) {
                        vErrors = [err31]
                      } else {
                        vErrors.push(err31)
                      }
                      errors++
                      break
                    }
                    indices1[item1] = i3
                  }
                }
              } else {
                const err32 = {
                  instancePath:
                    instancePath +
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
                }
                if (vErrors === null) {
                  vErrors = [err32]
                } else {
                  vErrors.push(err32)
                }
                errors++
              }
            }
            if (data3.workload !== undefined) {
              let data12 = data3.workload
              if (typeof data12 === 'string') {
                if (!pattern7.test(data12)) {
                  const err33 = {
                    instancePath:
                      instancePath +
                      '/services/' +
                      key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/workload',
                    schemaPath: '#/properties/services/additionalProperties/properties/workload/pattern',
                    keyword: 'pattern',
                    params: {
                      pattern: '^(?:deployment|statefulset|daemonset)/[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$'
                    },
                    message:
                      'must match pattern "' +
                      '^(?:deployment|statefulset|daemonset)/[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$' +
                      '"',
                    schema: '^(?:deployment|statefulset|daemonset)/[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$',
                    parentSchema: schema11.properties.services.additionalProperties.properties.workload,
                    data: data12
                  }
                  if (vErrors === null) {
                    vErrors = [err33]
                  } else {
                    vErrors.push(err33)
                  }
                  errors++
                }
              } else {
                const err34 = {
                  instancePath:
                    instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1') + '/workload',
                  schemaPath: '#/properties/services/additionalProperties/properties/workload/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.services.additionalProperties.properties.workload.type,
                  parentSchema: schema11.properties.services.additionalProperties.properties.workload,
                  data: data12
                }
                if (vErrors === null) {
                  vErrors = [err34]
                } else {
                  vErrors.push(err34)
                }
                errors++
              }
            }
          } else {
            const err35 = {
              instancePath: instancePath + '/services/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/services/additionalProperties/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.services.additionalProperties.type,
              parentSchema: schema11.properties.services.additionalProperties,
              data: data3
            }
            if (vErrors === null) {
              vErrors = [err35]
            } else {
              vErrors.push(err35)
            }
            errors++
          }
        }
      } else {
        const err36 = {
          instancePath: instancePath + '/services',
          schemaPath: '#/properties/services/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.services.type,
          parentSchema: schema11.properties.services,
          data: data2
        }
        if (vErrors === null) {
          vErrors = [err36]
        } else {
          vErrors.push(err36)
        }
        errors++
      }
    }
    if (data.cdn !== undefined) {
      let data13 = data.cdn
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
            }
            if (vErrors === null) {
              vErrors = [err37]
            } else {
              vErrors.push(err37)
            }
            errors++
          }
        }
        if (data13.paths !== undefined) {
          let data14 = data13.paths
          if (Array.isArray(data14)) {
            const len2 = data14.length
            for (let i4 = 0; i4 < len2; i4++) {
              let data15 = data14[i4]
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
                  }
                  if (vErrors === null) {
                    vErrors = [err38]
                  } else {
                    vErrors.push(err38)
                  }
                  errors++
                }
              } else {
                const err39 = {
                  instancePath: instancePath + '/cdn/paths/' + i4,
                  schemaPath: '#/properties/cdn/properties/paths/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.cdn.properties.paths.items.type,
                  parentSchema: schema11.properties.cdn.properties.paths.items,
                  data: data15
                }
                if (vErrors === null) {
                  vErrors = [err39]
                } else {
                  vErrors.push(err39)
                }
                errors++
              }
            }
          } else {
            const err40 = {
              instancePath: instancePath + '/cdn/paths',
              schemaPath: '#/properties/cdn/properties/paths/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.cdn.properties.paths.type,
              parentSchema: schema11.properties.cdn.properties.paths,
              data: data14
            }
            if (vErrors === null) {
              vErrors = [err40]
            } else {
              vErrors.push(err40)
            }
            errors++
          }
        }
        if (data13.services !== undefined) {
          let data16 = data13.services
          if (Array.isArray(data16)) {
            const len3 = data16.length
            for (let i5 = 0; i5 < len3; i5++) {
              let data17 = data16[i5]
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
                  }
                  if (vErrors === null) {
                    vErrors = [err41]
                  } else {
                    vErrors.push(err41)
                  }
                  errors++
                }
              } else {
                const err42 = {
                  instancePath: instancePath + '/cdn/services/' + i5,
                  schemaPath: '#/properties/cdn/properties/services/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.cdn.properties.services.items.type,
                  parentSchema: schema11.properties.cdn.properties.services.items,
                  data: data17
                }
                if (vErrors === null) {
                  vErrors = [err42]
                } else {
                  vErrors.push(err42)
                }
                errors++
              }
            }
            let i6 = data16.length
            let j2
            if (i6 > 1) {
              const indices2 = {}
              for (; i6--;) {
                let item2 = data16[i6]
                if (typeof item2 !== 'string') {
                  continue
                }
                if (typeof indices2[item2] == 'number') {
                  j2 = indices2[item2]
                  const err43 = {
                    instancePath: instancePath + '/cdn/services',
                    schemaPath: '#/properties/cdn/properties/services/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i6, j: j2 },
                    message:
                      'must NOT have duplicate items (items ## ' + j2 + ' and ' + i6 + ' are identical)',
                    schema: true,
                    parentSchema: schema11.properties.cdn.properties.services,
                    data: data16
                  }
                  if (vErrors === null) {
                    vErrors = [err43]
                  } else {
                    vErrors.push(err43)
                  }
                  errors++
                  break
                }
                indices2[item2] = i6
              }
            }
          } else {
            const err44 = {
              instancePath: instancePath + '/cdn/services',
              schemaPath: '#/properties/cdn/properties/services/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.cdn.properties.services.type,
              parentSchema: schema11.properties.cdn.properties.services,
              data: data16
            }
            if (vErrors === null) {
              vErrors = [err44]
            } else {
              vErrors.push(err44)
            }
            errors++
          }
        }
      } else {
        const err45 = {
          instancePath: instancePath + '/cdn',
          schemaPath: '#/properties/cdn/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.cdn.type,
          parentSchema: schema11.properties.cdn,
          data: data13
        }
        if (vErrors === null) {
          vErrors = [err45]
        } else {
          vErrors.push(err45)
        }
        errors++
      }
    }
    if (data.static !== undefined) {
      let data18 = data.static
      if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
        if (data18.dir === undefined) {
          const err46 = {
            instancePath: instancePath + '/static',
            schemaPath: '#/properties/static/required',
            keyword: 'required',
            params: { missingProperty: 'dir' },
            message: "must have required property '" + 'dir' + "'",
            schema: schema11.properties.static.required,
            parentSchema: schema11.properties.static,
            data: data18
          }
          if (vErrors === null) {
            vErrors = [err46]
          } else {
            vErrors.push(err46)
          }
          errors++
        }
        for (const key7 in data18) {
          if (!(
            key7 === 'dir' ||
            key7 === 'build' ||
            key7 === 'context' ||
            key7 === 'watch' ||
            key7 === 'prefix' ||
            key7 === 'entry-points' ||
            key7 === 'keep' ||
            key7 === 'cache'
          )) {
            const err47 = {
              instancePath: instancePath + '/static',
              schemaPath: '#/properties/static/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key7 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.static,
              data: data18
            }
            if (vErrors === null) {
              vErrors = [err47]
            } else {
              vErrors.push(err47)
            }
            errors++
          }
        }
        if (data18.dir !== undefined) {
          let data19 = data18.dir
          if (typeof data19 === 'string') {
            if (func2(data19) < 1) {
              const err48 = {
                instancePath: instancePath + '/static/dir',
                schemaPath: '#/properties/static/properties/dir/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema11.properties.static.properties.dir,
                data: data19
              }
              if (vErrors === null) {
                vErrors = [err48]
              } else {
                vErrors.push(err48)
              }
              errors++
            }
            if (!pattern2.test(data19)) {
              const err49 = {
                instancePath: instancePath + '/static/dir',
                schemaPath: '#/properties/static/properties/dir/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' },
                message: 'must match pattern "' + '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' + '"',
                schema: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
                parentSchema: schema11.properties.static.properties.dir,
                data: data19
              }
              if (vErrors === null) {
                vErrors = [err49]
              } else {
                vErrors.push(err49)
              }
              errors++
            }
          } else {
            const err50 = {
              instancePath: instancePath + '/static/dir',
              schemaPath: '#/properties/static/properties/dir/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.static.properties.dir.type,
              parentSchema: schema11.properties.static.properties.dir,
              data: data19
            }
            if (vErrors === null) {
              vErrors = [err50]
            } else {
              vErrors.push(err50)
            }
            errors++
          }
        }
        if (data18.build !== undefined) {
          let data20 = data18.build
          if (typeof data20 === 'string') {
            if (func2(data20) < 1) {
              const err51 = {
                instancePath: instancePath + '/static/build',
                schemaPath: '#/properties/static/properties/build/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema11.properties.static.properties.build,
                data: data20
              }
              if (vErrors === null) {
                vErrors = [err51]
              } else {
                vErrors.push(err51)
              }
              errors++
            }
          } else {
            const err52 = {
              instancePath: instancePath + '/static/build',
              schemaPath: '#/properties/static/properties/build/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.static.properties.build.type,
              parentSchema: schema11.properties.static.properties.build,
              data: data20
            }
            if (vErrors === null) {
              vErrors = [err52]
            } else {
              vErrors.push(err52)
            }
            errors++
          }
        }
        if (data18.context !== undefined) {
          let data21 = data18.context
          if (typeof data21 === 'string') {
            if (func2(data21) < 1) {
              const err53 = {
                instancePath: instancePath + '/static/context',
                schemaPath: '#/properties/static/properties/context/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema11.properties.static.properties.context,
                data: data21
              }
              if (vErrors === null) {
                vErrors = [err53]
              } else {
                vErrors.push(err53)
              }
              errors++
            }
            if (!pattern2.test(data21)) {
              const err54 = {
                instancePath: instancePath + '/static/context',
                schemaPath: '#/properties/static/properties/context/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' },
                message: 'must match pattern "' + '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' + '"',
                schema: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
                parentSchema: schema11.properties.static.properties.context,
                data: data21
              }
              if (vErrors === null) {
                vErrors = [err54]
              } else {
                vErrors.push(err54)
              }
              errors++
            }
          } else {
            const err55 = {
              instancePath: instancePath + '/static/context',
              schemaPath: '#/properties/static/properties/context/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.static.properties.context.type,
              parentSchema: schema11.properties.static.properties.context,
              data: data21
            }
            if (vErrors === null) {
              vErrors = [err55]
            } else {
              vErrors.push(err55)
            }
            errors++
          }
        }
        if (data18.watch !== undefined) {
          let data22 = data18.watch
          if (Array.isArray(data22)) {
            if (data22.length < 1) {
              const err56 = {
                instancePath: instancePath + '/static/watch',
                schemaPath: '#/properties/static/properties/watch/minItems',
                keyword: 'minItems',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 items',
                schema: 1,
                parentSchema: schema11.properties.static.properties.watch,
                data: data22
              }
              if (vErrors === null) {
                vErrors = [err56]
              } else {
                vErrors.push(err56)
              }
              errors++
            }
            const len4 = data22.length
            for (let i7 = 0; i7 < len4; i7++) {
              let data23 = data22[i7]
              if (typeof data23 === 'string') {
                if (func2(data23) < 1) {
                  const err57 = {
                    instancePath: instancePath + '/static/watch/' + i7,
                    schemaPath: '#/properties/static/properties/watch/items/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema11.properties.static.properties.watch.items,
                    data: data23
                  }
                  if (vErrors === null) {
                    vErrors = [err57]
                  } else {
                    vErrors.push(err57)
                  }
                  errors++
                }
                if (!pattern2.test(data23)) {
                  const err58 = {
                    instancePath: instancePath + '/static/watch/' + i7,
                    schemaPath: '#/properties/static/properties/watch/items/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' },
                    message: 'must match pattern "' + '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' + '"',
                    schema: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
                    parentSchema: schema11.properties.static.properties.watch.items,
                    data: data23
                  }
                  if (vErrors === null) {
                    vErrors = [err58]
                  } else {
                    vErrors.push(err58)
                  }
                  errors++
                }
              } else {
                const err59 = {
                  instancePath: instancePath + '/static/watch/' + i7,
                  schemaPath: '#/properties/static/properties/watch/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.static.properties.watch.items.type,
                  parentSchema: schema11.properties.static.properties.watch.items,
                  data: data23
                }
                if (vErrors === null) {
                  vErrors = [err59]
                } else {
                  vErrors.push(err59)
                }
                errors++
              }
            }
            let i8 = data22.length
            let j3
            if (i8 > 1) {
              const indices3 = {}
              for (; i8--;) {
                let item3 = data22[i8]
                if (typeof item3 !== 'string') {
                  continue
                }
                if (typeof indices3[item3] == 'number') {
                  j3 = indices3[item3]
                  const err60 = {
                    instancePath: instancePath + '/static/watch',
                    schemaPath: '#/properties/static/properties/watch/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i8, j: j3 },
                    message:
                      'must NOT have duplicate items (items ## ' + j3 + ' and ' + i8 + ' are identical)',
                    schema: true,
                    parentSchema: schema11.properties.static.properties.watch,
                    data: data22
                  }
                  if (vErrors === null) {
                    vErrors = [err60]
                  } else {
                    vErrors.push(err60)
                  }
                  errors++
                  break
                }
                indices3[item3] = i8
              }
            }
          } else {
            const err61 = {
              instancePath: instancePath + '/static/watch',
              schemaPath: '#/properties/static/properties/watch/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.static.properties.watch.type,
              parentSchema: schema11.properties.static.properties.watch,
              data: data22
            }
            if (vErrors === null) {
              vErrors = [err61]
            } else {
              vErrors.push(err61)
            }
            errors++
          }
        }
        if (data18.prefix !== undefined) {
          let data24 = data18.prefix
          if (typeof data24 === 'string') {
            if (!pattern13.test(data24)) {
              const err62 = {
                instancePath: instancePath + '/static/prefix',
                schemaPath: '#/properties/static/properties/prefix/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))(?!.*//)[^\\\\\\x00-\\x1f]{0,512}$' },
                message:
                  'must match pattern "' +
                  '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))(?!.*//)[^\\\\\\x00-\\x1f]{0,512}$' +
                  '"',
                schema: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))(?!.*//)[^\\\\\\x00-\\x1f]{0,512}$',
                parentSchema: schema11.properties.static.properties.prefix,
                data: data24
              }
              if (vErrors === null) {
                vErrors = [err62]
              } else {
                vErrors.push(err62)
              }
              errors++
            }
          } else {
            const err63 = {
              instancePath: instancePath + '/static/prefix',
              schemaPath: '#/properties/static/properties/prefix/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.static.properties.prefix.type,
              parentSchema: schema11.properties.static.properties.prefix,
              data: data24
            }
            if (vErrors === null) {
              vErrors = [err63]
            } else {
              vErrors.push(err63)
            }
            errors++
          }
        }
        if (data18['entry-points'] !== undefined) {
          let data25 = data18['entry-points']
          if (Array.isArray(data25)) {
            const len5 = data25.length
            for (let i9 = 0; i9 < len5; i9++) {
              let data26 = data25[i9]
              if (typeof data26 === 'string') {
                if (func2(data26) < 1) {
                  const err64 = {
                    instancePath: instancePath + '/static/entry-points/' + i9,
                    schemaPath: '#/properties/static/properties/entry-points/items/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema11.properties.static.properties['entry-points'].items,
                    data: data26
                  }
                  if (vErrors === null) {
                    vErrors = [err64]
                  } else {
                    vErrors.push(err64)
                  }
                  errors++
                }
                if (!pattern2.test(data26)) {
                  const err65 = {
                    instancePath: instancePath + '/static/entry-points/' + i9,
                    schemaPath: '#/properties/static/properties/entry-points/items/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' },
                    message: 'must match pattern "' + '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' + '"',
                    schema: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$',
                    parentSchema: schema11.properties.static.properties['entry-points'].items,
                    data: data26
                  }
                  if (vErrors === null) {
                    vErrors = [err65]
                  } else {
                    vErrors.push(err65)
                  }
                  errors++
                }
              } else {
                const err66 = {
                  instancePath: instancePath + '/static/entry-points/' + i9,
                  schemaPath: '#/properties/static/properties/entry-points/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.static.properties['entry-points'].items.type,
                  parentSchema: schema11.properties.static.properties['entry-points'].items,
                  data: data26
                }
                if (vErrors === null) {
                  vErrors = [err66]
                } else {
                  vErrors.push(err66)
                }
                errors++
              }
            }
            let i10 = data25.length
            let j4
            if (i10 > 1) {
              const indices4 = {}
              for (; i10--;) {
                let item4 = data25[i10]
                if (typeof item4 !== 'string') {
                  continue
                }
                if (typeof indices4[item4] == 'number') {
                  j4 = indices4[item4]
                  const err67 = {
                    instancePath: instancePath + '/static/entry-points',
                    schemaPath: '#/properties/static/properties/entry-points/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i10, j: j4 },
                    message:
                      'must NOT have duplicate items (items ## ' + j4 + ' and ' + i10 + ' are identical)',
                    schema: true,
                    parentSchema: schema11.properties.static.properties['entry-points'],
                    data: data25
                  }
                  if (vErrors === null) {
                    vErrors = [err67]
                  } else {
                    vErrors.push(err67)
                  }
                  errors++
                  break
                }
                indices4[item4] = i10
              }
            }
          } else {
            const err68 = {
              instancePath: instancePath + '/static/entry-points',
              schemaPath: '#/properties/static/properties/entry-points/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.static.properties['entry-points'].type,
              parentSchema: schema11.properties.static.properties['entry-points'],
              data: data25
            }
            if (vErrors === null) {
              vErrors = [err68]
            } else {
              vErrors.push(err68)
            }
            errors++
          }
        }
        if (data18.keep !== undefined) {
          let data27 = data18.keep
          if (!(typeof data27 == 'number' && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
            const err69 = {
              instancePath: instancePath + '/static/keep',
              schemaPath: '#/properties/static/properties/keep/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.static.properties.keep.type,
              parentSchema: schema11.properties.static.properties.keep,
              data: data27
            }
            if (vErrors === null) {
              vErrors = [err69]
            } else {
              vErrors.push(err69)
            }
            errors++
          }
          if (typeof data27 == 'number' && isFinite(data27)) {
            if (data27 > 50 || isNaN(data27)) {
              const err70 = {
                instancePath: instancePath + '/static/keep',
                schemaPath: '#/properties/static/properties/keep/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 50 },
                message: 'must be <= 50',
                schema: 50,
                parentSchema: schema11.properties.static.properties.keep,
                data: data27
              }
              if (vErrors === null) {
                vErrors = [err70]
              } else {
                vErrors.push(err70)
              }
              errors++
            }
            if (data27 < 1 || isNaN(data27)) {
              const err71 = {
                instancePath: instancePath + '/static/keep',
                schemaPath: '#/properties/static/properties/keep/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema11.properties.static.properties.keep,
                data: data27
              }
              if (vErrors === null) {
                vErrors = [err71]
              } else {
                vErrors.push(err71)
              }
              errors++
            }
          }
        }
        if (data18.cache !== undefined) {
          let data28 = data18.cache
          if (Array.isArray(data28)) {
            const len6 = data28.length
            for (let i11 = 0; i11 < len6; i11++) {
              let data29 = data28[i11]
              if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
                if (data29.match === undefined) {
                  const err72 = {
                    instancePath: instancePath + '/static/cache/' + i11,
                    schemaPath: '#/properties/static/properties/cache/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'match' },
                    message: "must have required property '" + 'match' + "'",
                    schema: schema11.properties.static.properties.cache.items.required,
                    parentSchema: schema11.properties.static.properties.cache.items,
                    data: data29
                  }
                  if (vErrors === null) {
                    vErrors = [err72]
                  } else {
                    vErrors.push(err72)
                  }
                  errors++
                }
                if (data29['cache-control'] === undefined) {
                  const err73 = {
                    instancePath: instancePath + '/static/cache/' + i11,
                    schemaPath: '#/properties/static/properties/cache/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'cache-control' },
                    message: "must have required property '" + 'cache-control' + "'",
                    schema: schema11.properties.static.properties.cache.items.required,
                    parentSchema: schema11.properties.static.properties.cache.items,
                    data: data29
                  }
                  if (vErrors === null) {
                    vErrors = [err73]
                  } else {
                    vErrors.push(err73)
                  }
                  errors++
                }
                for (const key8 in data29) {
                  if (!(key8 === 'match' || key8 === 'cache-control')) {
                    const err74 = {
                      instancePath: instancePath + '/static/cache/' + i11,
                      schemaPath: '#/properties/static/properties/cache/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key8 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema11.properties.static.properties.cache.items,
                      data: data29
                    }
                    if (vErrors === null) {
                      vErrors = [err74]
                    } else {
                      vErrors.push(err74)
                    }
                    errors++
                  }
                }
                if (data29.match !== undefined) {
                  let data30 = data29.match
                  if (typeof data30 === 'string') {
                    if (func2(data30) < 1) {
                      const err75 = {
                        instancePath: instancePath + '/static/cache/' + i11 + '/match',
                        schemaPath: '#/properties/static/properties/cache/items/properties/match/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema: schema11.properties.static.properties.cache.items.properties.match,
                        data: data30
                      }
                      if (vErrors === null) {
                        vErrors = [err75]
                      } else {
                        vErrors.push(err75)
                      }
                      errors++
                    }
                  } else {
                    const err76 = {
                      instancePath: instancePath + '/static/cache/' + i11 + '/match',
                      schemaPath: '#/properties/static/properties/cache/items/properties/match/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema11.properties.static.properties.cache.items.properties.match.type,
                      parentSchema: schema11.properties.static.properties.cache.items.properties.match,
                      data: data30
                    }
                    if (vErrors === null) {
                      vErrors = [err76]
                    } else {
                      vErrors.push(err76)
                    }
                    errors++
                  }
                }
                if (data29['cache-control'] !== undefined) {
                  let data31 = data29['cache-control']
                  if (typeof data31 === 'string') {
                    if (!pattern15.test(data31)) {
                      const err77 = {
                        instancePath: instancePath + '/static/cache/' + i11 + '/cache-control',
                        schemaPath:
                          '#/properties/static/properties/cache/items/properties/cache-control/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[\\x20-\\x7e]{1,256}$' },
                        message: 'must match pattern "' + '^[\\x20-\\x7e]{1,256}$' + '"',
                        schema: '^[\\x20-\\x7e]{1,256}$',
                        parentSchema:
                          schema11.properties.static.properties.cache.items.properties['cache-control'],
                        data: data31
                      }
                      if (vErrors === null) {
                        vErrors = [err77]
                      } else {
                        vErrors.push(err77)
                      }
                      errors++
                    }
                  } else {
                    const err78 = {
                      instancePath: instancePath + '/static/cache/' + i11 + '/cache-control',
                      schemaPath: '#/properties/static/properties/cache/items/properties/cache-control/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema11.properties.static.properties.cache.items.properties['cache-control'].type,
                      parentSchema:
                        schema11.properties.static.properties.cache.items.properties['cache-control'],
                      data: data31
                    }
                    if (vErrors === null) {
                      vErrors = [err78]
                    } else {
                      vErrors.push(err78)
                    }
                    errors++
                  }
                }
              } else {
                const err79 = {
                  instancePath: instancePath + '/static/cache/' + i11,
                  schemaPath: '#/properties/static/properties/cache/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema11.properties.static.properties.cache.items.type,
                  parentSchema: schema11.properties.static.properties.cache.items,
                  data: data29
                }
                if (vErrors === null) {
                  vErrors = [err79]
                } else {
                  vErrors.push(err79)
                }
                errors++
              }
            }
          } else {
            const err80 = {
              instancePath: instancePath + '/static/cache',
              schemaPath: '#/properties/static/properties/cache/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.static.properties.cache.type,
              parentSchema: schema11.properties.static.properties.cache,
              data: data28
            }
            if (vErrors === null) {
              vErrors = [err80]
            } else {
              vErrors.push(err80)
            }
            errors++
          }
        }
      } else {
        const err81 = {
          instancePath: instancePath + '/static',
          schemaPath: '#/properties/static/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.static.type,
          parentSchema: schema11.properties.static,
          data: data18
        }
        if (vErrors === null) {
          vErrors = [err81]
        } else {
          vErrors.push(err81)
        }
        errors++
      }
    }
  } else {
    const err82 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema11.type,
      parentSchema: schema11,
      data
    }
    if (vErrors === null) {
      vErrors = [err82]
    } else {
      vErrors.push(err82)
    }
    errors++
  }
  validate10.errors = vErrors
  return errors === 0
}
function ucs2length(text) {
  return [...text].length
}
