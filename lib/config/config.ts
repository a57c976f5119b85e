/**
 * `shipline.yml`, the consuming repository's pipeline configuration: parsed with js-yaml, validated
 * against `configSchema` with ajv, defaults applied. Every error is one line naming the file, the
 * key path and what was expected (`shipline.yml: services.auth.context: expected a string`).
 */
import { readFile } from 'node:fs/promises'
import { dirname, posix, resolve } from 'node:path'
import type { ErrorObject } from 'ajv'
import yaml from 'js-yaml'
import validateConfig from './validate.generated.js'
import { InputError } from '../core/errors.js'
import { DEFAULT_STATIC_KEEP } from './schema.js'

export interface ServiceConfig {
  /** The key under `services`; also the image repository name under the registry. */
  name: string
  /** Build context, relative to the configuration's directory (the repository root). */
  context: string
  /** Dockerfile, relative to the context. */
  dockerfile: string
  /** Paths whose change rebuilds the service, relative to the repository root. */
  watch: string[]
  buildArgs: Record<string, string>
  platforms: string[]
  workload?: string
}

/** The static frontend published to S3 (`static:`); paths relative to the configuration's directory. */
export interface StaticConfig {
  /** The build output that is published. */
  dir: string
  /** A shell command that builds the site into `dir`, run in `context`. */
  build?: string
  context: string
  /** Paths whose content makes the version (default: the context with a build, else dir). */
  watch: string[]
  /** Key prefix in the bucket ('' or ending in `/`). */
  prefix: string
  /** Files (relative to `dir`) served fresh and uploaded last, besides every `.html` file. */
  entryPoints: string[]
  /** Publishes whose assets stay in the bucket. */
  keep: number
  /** Cache-Control by glob over paths relative to `dir`; first match wins. */
  cache: Array<{ match: string; cacheControl: string }>
}

export interface ShiplineConfig {
  /** The file as the user named it (used in messages). */
  file: string
  /** The absolute directory the paths of the file are relative to. */
  root: string
  version: 1
  environment?: string
  /** In the order of the file. */
  services: ServiceConfig[]
  /**
   * paths: invalidated after a deploy that changed one of services (a frontend served from pods).
   * services defaults to `frontend` when there is such a service and no `static` section.
   */
  cdn: { paths: string[]; services: string[] }
  /** The static frontend; its publish invalidates the paths it changed. */
  static?: StaticConfig
}

export const DEFAULT_CONFIG_FILE = 'shipline.yml'
export const DEFAULT_DOCKERFILE = 'Dockerfile'
export const DEFAULT_PLATFORMS = ['linux/amd64']

/** A bad configuration file: a one-line message; the CLI exits 2 as for any bad input. */
export class ConfigError extends InputError {
  constructor(message: string) {
    super('config', message, '')
    this.message = message
    this.name = 'ConfigError'
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

interface RawService {
  context: string
  dockerfile?: string
  watch?: string[]
  'build-args'?: Record<string, string | number | boolean>
  platforms?: string[]
  workload?: string
}

interface RawConfig {
  version: 1
  environment?: string
  services: Record<string, RawService>
  cdn?: { paths?: string[]; services?: string[] }
  static?: {
    dir: string
    build?: string
    context?: string
    watch?: string[]
    prefix?: string
    'entry-points'?: string[]
    keep?: number
    cache?: Array<{ match: string; 'cache-control': string }>
  }
}

/** ajv's validator of `configSchema`, compiled ahead of time (lib/config-validate.ts). */
const validator = validateConfig as unknown as ((data: unknown) => boolean) & {
  errors?: ErrorObject[] | null
}

function validate(data: unknown): ErrorObject[] {
  return validator(data) ? [] : (validator.errors ?? [])
}

/** `/services/auth/watch/0` → `services.auth.watch[0]`. */
export function keyPath(instancePath: string, extra?: string): string {
  const segments = instancePath
    .split('/')
    .slice(1)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (extra !== undefined) segments.push(extra)
  let out = ''
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) out += `[${segment}]`
    else if (/^[A-Za-z0-9_-]+$/.test(segment)) out += out ? `.${segment}` : segment
    else out += `[${JSON.stringify(segment)}]`
  }
  return out
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'a boolean',
  object: 'a mapping',
  array: 'a list',
  null: 'null'
}

function typeWords(type: string | string[]): string {
  const words = (Array.isArray(type) ? type : [type]).map(t => TYPE_WORDS[t] ?? t)
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  return JSON.stringify(value) ?? String(value)
}

function description(schema: unknown): string {
  return (schema as { description?: string } | undefined)?.description ?? 'a valid value'
}

/** One error → `key.path: what was expected`, or undefined for errors reported by another one. */
function describeError(error: ErrorObject): { path: string; message: string } | undefined {
  const here = (extra?: string) => keyPath(error.instancePath, extra)
  const params = error.params as Record<string, unknown>
  if (error.propertyName !== undefined) {
    // A bad key (propertyNames): the inner error carries the name.
    return {
      path: here(error.propertyName),
      message: `invalid name; expected ${description(error.parentSchema)}`
    }
  }
  switch (error.keyword) {
    case 'propertyNames':
      return undefined
    case 'type':
      return { path: here(), message: `expected ${typeWords(params.type as string | string[])}` }
    case 'required': {
      const missing = String(params.missingProperty)
      const properties = (error.parentSchema as { properties?: Record<string, unknown> }).properties ?? {}
      return { path: here(missing), message: `is missing; expected ${description(properties[missing])}` }
    }
    case 'additionalProperties': {
      const accepted = Object.keys(
        (error.parentSchema as { properties?: Record<string, unknown> }).properties ?? {}
      )
      return {
        path: here(String(params.additionalProperty)),
        message: `unknown key; accepted keys: ${accepted.join(', ')}`
      }
    }
    case 'const':
      return { path: here(), message: `expected ${show(params.allowedValue)}, got ${show(error.data)}` }
    case 'minProperties':
      return { path: here(), message: `expected ${description(error.parentSchema)}, got none` }
    case 'minItems':
      return { path: here(), message: `expected ${description(error.parentSchema)}, got an empty list` }
    case 'uniqueItems': {
      const items = error.data as Json[]
      return {
        path: here(),
        message: `expected no duplicates, got ${show(items[params.j as number])} twice`
      }
    }
    default:
      return { path: here(), message: `expected ${description(error.parentSchema)}, got ${show(error.data)}` }
  }
}

/** The schema errors of `data`, one line each: `file: key.path: message`. */
export function schemaErrors(data: unknown, file: string): string[] {
  const lines: string[] = []
  for (const error of validate(data)) {
    const described = describeError(error)
    if (!described) continue
    const line = `${file}: ${described.path ? `${described.path}: ` : ''}${described.message}`
    if (!lines.includes(line)) lines.push(line)
  }
  return lines
}

/** Parse and validate the text of a configuration file; `root` is the directory its paths start from. */
export function parseConfig(text: string, file: string, root: string): ShiplineConfig {
  let data: unknown
  try {
    data = yaml.load(text, { filename: file, schema: yaml.CORE_SCHEMA })
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const { line, column } = error.mark ?? { line: 0, column: 0 }
      throw new ConfigError(`${file}:${line + 1}:${column + 1}: invalid YAML: ${error.reason}`)
    }
    throw error
  }
  if (data === undefined || data === null)
    throw new ConfigError(`${file}: the file is empty; expected a mapping with version and services`)
  const errors = schemaErrors(data, file)
  if (errors.length > 0) throw new ConfigError(errors.join('; '))
  const config = withDefaults(data as RawConfig, file, root)
  const names = config.services.map(service => service.name)
  for (const [i, name] of config.cdn.services.entries())
    if (!names.includes(name))
      throw new ConfigError(
        `${file}: cdn.services.${i}: expected a service of this file (${names.join(', ')}), got "${name}"`
      )
  for (const service of config.services) {
    const path = posix.normalize(posix.join(service.context, service.dockerfile))
    if (path === '..' || path.startsWith('../'))
      throw new ConfigError(
        `${file}: services.${service.name}.dockerfile: expected a Dockerfile inside the repository, got "${service.dockerfile}" (${path})`
      )
  }
  return config
}

function withDefaults(raw: RawConfig, file: string, root: string): ShiplineConfig {
  const services = Object.entries(raw.services).map(([name, s]): ServiceConfig => {
    const context = trimSlashes(s.context)
    return {
      name,
      context,
      dockerfile: trimSlashes(s.dockerfile ?? DEFAULT_DOCKERFILE),
      watch: (s.watch ?? [context]).map(trimSlashes),
      buildArgs: Object.fromEntries(
        Object.entries(s['build-args'] ?? {}).map(([key, value]) => [key, String(value)])
      ),
      platforms: s.platforms ?? [...DEFAULT_PLATFORMS],
      ...(s.workload ? { workload: s.workload } : {})
    }
  })
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
  }
}

function staticWithDefaults(raw: NonNullable<RawConfig['static']>): StaticConfig {
  const context = trimSlashes(raw.context ?? '.')
  const prefix = (raw.prefix ?? '').replace(/^\/+/, '')
  return {
    dir: trimSlashes(raw.dir),
    ...(raw.build ? { build: raw.build } : {}),
    context,
    watch: (raw.watch ?? [raw.build ? context : raw.dir]).map(trimSlashes),
    prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`,
    entryPoints: (raw['entry-points'] ?? []).map(trimSlashes),
    keep: raw.keep ?? DEFAULT_STATIC_KEEP,
    cache: (raw.cache ?? []).map(rule => ({ match: rule.match, cacheControl: rule['cache-control'] }))
  }
}

/** `./services/auth/` → `services/auth`; `.` stays `.`. */
function trimSlashes(path: string): string {
  const trimmed = path.replace(/^(\.\/)+/, '').replace(/\/+$/, '')
  return trimmed === '' ? '.' : trimmed
}

/** Read, parse and validate `file` (relative to `cwd`). */
export async function loadConfig(file = DEFAULT_CONFIG_FILE, cwd = process.cwd()): Promise<ShiplineConfig> {
  const path = resolve(cwd, file)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT')
      throw new ConfigError(
        `${file}: file not found in ${cwd}; run from the repository root or name the file (--config, input "config")`
      )
    if (code === 'EISDIR') throw new ConfigError(`${file}: is a directory; expected a shipline.yml file`)
    throw error
  }
  return parseConfig(text, file, dirname(path))
}

/** The services named in `names` (all when empty), in the file's order; unknown names are an error. */
export function selectServices(config: ShiplineConfig, names: string[], input = 'service'): ServiceConfig[] {
  if (names.length === 0) return config.services
  const known = config.services.map(s => s.name)
  for (const name of names)
    if (!known.includes(name))
      throw new InputError(input, `"${name}" is not a service of ${config.file}`, known.join(', '))
  return config.services.filter(s => names.includes(s.name))
}
