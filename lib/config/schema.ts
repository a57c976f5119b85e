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

export const SERVICE_NAME = '^[a-z0-9]+(?:[._-][a-z0-9]+)*$'

export const configSchema = {
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
        pattern: SERVICE_NAME,
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
