/**
 * The JSON schema of `shipline.yml` (DESIGN.md, "The pipeline configuration"). Every `description`
 * is phrased as what is expected, because the validation errors quote it.
 */

/** A path relative to the repository root: no leading `/`, no `..` segment, no backslash. */
const RELATIVE_PATH = '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$'

/** A key prefix in a bucket: empty, or segments without `..`, no leading `/`. */
export const STATIC_PREFIX = '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))(?!.*//)[^\\\\\\x00-\\x1f]{0,512}$'

/** How many publishes keep their assets when static.keep is not set. */
export const DEFAULT_STATIC_KEEP = 3

/** The defaults Terraform applies too (infra/services.tf; infra/__tests__/static.test.ts compares them). */
export const DEFAULT_PORT = 8080
export const DEFAULT_HEALTH_PATH = '/health'
export const DEFAULT_NAMESPACE = 'erp'

export const SERVICE_NAME = '^[a-z0-9]+(?:[._-][a-z0-9]+)*$'

/** An environment variable name: letters, digits and "_", not starting with a digit. */
const ENV_NAME = '^[A-Za-z_][A-Za-z0-9_]*$'

/** An HTTP path: "/" then printable ASCII without spaces. */
const HTTP_PATH = '^/[\\x21-\\x7e]{0,1023}$'

/** A CPU quantity as a string (250m, 0.5, 2) or a number of cores. */
const CPU = '^(?:[0-9]+m|[0-9]+(?:\\.[0-9]+)?)$'

/** A memory quantity as a string (512Mi, 1Gi, 1G) or a number of bytes. */
const MEMORY = '^[0-9]+(?:\\.[0-9]+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$'

const seconds = (what: string, minimum: number) => ({
  type: 'integer',
  minimum,
  maximum: 3600,
  description: `${what}, a whole number of seconds from ${minimum} to 3600`
})

/** One probe: false (none), true (the defaults) or the settings that differ from them. */
const PROBE = {
  type: ['boolean', 'object'],
  description:
    'false (no such probe), or a mapping with path, initial-delay-seconds, period-seconds, timeout-seconds and failure-threshold',
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
} as const

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
} as const

const replicaCount = (what: string) => ({
  type: 'integer',
  minimum: 1,
  maximum: 1000,
  description: `${what}, from 1 to 1000`
})

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
      'max-unavailable': replicaCount(
        'how many pods a voluntary disruption (a node drain) may take down at once'
      )
    }
  },
  env: {
    type: 'object',
    description:
      'a mapping of environment variable names to values, such as { SPRING_PROFILES_ACTIVE: prod }',
    propertyNames: {
      pattern: ENV_NAME,
      description: 'an environment variable name (letters, digits and "_", not starting with a digit)'
    },
    additionalProperties: {
      type: ['string', 'number', 'boolean', 'object'],
      description:
        'a string, number or boolean, or { infra-output: KEY } (a value of the Terraform output kustomize_env)',
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
    description:
      'a mapping of environment variable names to Kubernetes Secret keys, such as { DB_PASSWORD: { secret: erp-db, key: password } }',
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
    description:
      'true (the load balancer forwards every path no other service takes), or a mapping with paths',
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
    description:
      'true when the service makes HTTPS requests out of the cluster (port 443, no metadata service)'
  },
  manifests: {
    type: 'boolean',
    description: 'false to write no Kubernetes manifests for the service (you keep your own)'
  }
} as const

/** The keys of a service, in the order the errors list them. */
const BUILD_KEYS = 'context, dockerfile, watch, build-args, platforms, workload'

export const configSchema = {
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
        description:
          'a service name in lower-case letters and digits, separated by ".", "_" or "-" (it names the image repository)'
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
            description:
              'a list of paths relative to the repository root, such as [services/auth, libs/common]',
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
          description:
            'a list of the services CloudFront serves, such as [frontend] (default: frontend, when it exists)',
          items: { type: 'string', pattern: SERVICE_NAME, description: 'a service name such as frontend' }
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
          description:
            'a list of files relative to dir that are served fresh and uploaded last, such as [sw.js]',
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
} as const
