/**
 * What a publish needs, read from inputs (publish-static's, or the CLI's flags under the same names)
 * and from the `static` section of shipline.yml, every value checked before anything is built or
 * uploaded. Inputs override the section.
 */
import { existsSync } from 'node:fs'
import { isAbsolute } from 'node:path'
import { DEFAULT_STATIC_KEEP, STATIC_PREFIX } from '../config/schema.js'
import type { ShiplineConfig, StaticConfig } from '../config/config.js'
import { InputError } from '../core/errors.js'
import type { Inputs } from '../core/inputs.js'
import { pathInside } from '../core/paths.js'
import type { CacheRule } from './cache-rules.js'

export const PUBLISH_INPUTS = {
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
} as const

const NAMES = PUBLISH_INPUTS
export const SSE_MODES = ['AES256', 'aws:kms', 'aws:kms:dsse'] as const
export type SseMode = (typeof SSE_MODES)[number]

/** Where the bucket is and how to talk to it. */
export interface S3Target {
  bucket: string
  /** '' or ending in `/`. */
  prefix: string
  /** An S3-compatible endpoint (MinIO, Ceph, R2, a test server); undefined for AWS. */
  endpoint?: string
  pathStyle: boolean
  region: string
  sse?: SseMode
  sseKmsKeyId?: string
}

/** The inputs alone, as given (before shipline.yml is read). */
export interface PublishInputs {
  configFile: string
  /** The config input was set (a missing file is then an error, not a reason to do without). */
  configGiven: boolean
  dir?: string
  build: boolean
  bucket: string
  prefix?: string
  entryPoints?: string[]
  keep?: number
  concurrency: number
  endpoint?: string
  pathStyle: boolean
  region: string
  sse?: SseMode
  sseKmsKeyId?: string
  dryRun: boolean
}

/** Everything a publish needs, inputs and shipline.yml merged, paths resolved inside the workspace. */
export interface PublishOptions {
  target: S3Target
  /** The directory as the user wrote it (for messages). */
  dirShown: string
  /** Absolute. */
  dir: string
  /** Which input or key named the directory (for errors about it). */
  dirInput: string
  entryPoints: string[]
  keep: number
  cache: CacheRule[]
  /** The build to run before publishing, when shipline.yml has one and build is true. */
  build?: { command: string; cwd: string }
  /** The configuration's directory and static section, for the version (content tag). */
  config?: { root: string; section: StaticConfig }
  concurrency: number
  dryRun: boolean
  workspace: string
}

const RESERVED_BUCKET = [
  /^xn--/,
  /^sthree-/,
  /^amzn-s3-demo-/,
  /-s3alias$/,
  /--ol-s3$/,
  /\.mrap$/,
  /--x-s3$/,
  /--table-s3$/
]

/** S3's bucket naming rules (general purpose buckets). */
export function bucketProblem(name: string): string | undefined {
  if (name.startsWith('s3://') || name.startsWith('arn:')) return 'is a URL or an ARN, not a bucket name'
  if (name.length < 3 || name.length > 63) return `is ${name.length} characters long`
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name))
    return 'has characters S3 refuses (only lower-case letters, digits, "." and "-", starting and ending with a letter or digit)'
  if (name.includes('..')) return 'has two adjacent periods'
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return 'is formatted as an IP address'
  if (RESERVED_BUCKET.some(pattern => pattern.test(name))) return 'uses a prefix or suffix S3 reserves'
  return undefined
}

function readBucket(inputs: Inputs): string {
  const bucket = inputs.string(NAMES.bucket, { required: true })
  const problem = bucketProblem(bucket)
  if (problem)
    throw new InputError(
      NAMES.bucket,
      `"${bucket}" ${problem}`,
      'an S3 bucket name such as my-site-static (3-63 lower-case letters, digits, "." and "-"; the key path goes in prefix)'
    )
  return bucket
}

/** A prefix as S3 keys start with it: no leading `/`, no `..`, ending in `/`. */
export function normalizePrefix(value: string, input: string): string {
  const trimmed = value.trim()
  if (!new RegExp(STATIC_PREFIX).test(trimmed) || trimmed.startsWith('./'))
    throw new InputError(
      input,
      `"${value}" is not a key prefix`,
      'a prefix such as app/ or releases/web (no leading "/", no "." or ".." segment, no "//")'
    )
  return trimmed === '' || trimmed.endsWith('/') ? trimmed : `${trimmed}/`
}

function readEndpoint(inputs: Inputs): string | undefined {
  const value = inputs.optional(NAMES.endpoint)
  if (value === undefined) return undefined
  const accepted =
    'an http(s) URL of an S3-compatible server such as https://minio.example.com:9000 (no path)'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(NAMES.endpoint, `"${value}" is not a URL`, accepted)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InputError(NAMES.endpoint, `"${value}" is not http or https`, accepted)
  if (url.username || url.password)
    throw new InputError(
      NAMES.endpoint,
      'has credentials in it',
      `${accepted}; credentials go in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`
    )
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash)
    throw new InputError(NAMES.endpoint, `"${value}" has a path`, accepted)
  return url.origin
}

const ENDPOINT_REGION = /^[a-z0-9][a-z0-9-]{0,31}$/
const KMS_KEY =
  /^(?:arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(?:key|alias)\/[A-Za-z0-9/_-]+|alias\/[A-Za-z0-9/_-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/

function readRegion(inputs: Inputs, endpoint: string | undefined, env: NodeJS.ProcessEnv): string {
  if (!endpoint)
    return inputs.awsRegion(NAMES.awsRegion, env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1')
  const region = inputs.string(NAMES.awsRegion, { default: 'us-east-1' })
  if (!ENDPOINT_REGION.test(region))
    throw new InputError(
      NAMES.awsRegion,
      `"${region}" is not a region name`,
      'a region such as us-east-1, or auto for R2'
    )
  return region
}

export function readPublishInputs(inputs: Inputs, env: NodeJS.ProcessEnv = process.env): PublishInputs {
  const bucket = readBucket(inputs)
  const prefixValue = inputs.optional(NAMES.prefix)
  const endpoint = readEndpoint(inputs)
  const sseValue = inputs.raw(NAMES.sse)
  const sse = sseValue === '' ? undefined : inputs.oneOf(NAMES.sse, SSE_MODES)
  const sseKmsKeyId = inputs.optional(NAMES.sseKmsKeyId)
  if (sseKmsKeyId !== undefined && sse !== 'aws:kms' && sse !== 'aws:kms:dsse')
    throw new InputError(
      NAMES.sseKmsKeyId,
      'is set but sse is not aws:kms',
      'a KMS key together with sse: aws:kms'
    )
  if (sseKmsKeyId !== undefined && !KMS_KEY.test(sseKmsKeyId))
    throw new InputError(
      NAMES.sseKmsKeyId,
      `"${sseKmsKeyId}" is not a KMS key`,
      'a key ARN, key id, alias/NAME or alias ARN'
    )
  const entryPoints = inputs.multiline(NAMES.entryPoints)
  const keepValue = inputs.raw(NAMES.keep)
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
    ...(keepValue ? { keep: inputs.integer(NAMES.keep, DEFAULT_STATIC_KEEP, { min: 1, max: 50 }) } : {}),
    concurrency: inputs.integer(NAMES.concurrency, 10, { min: 1, max: 64 }),
    ...(endpoint ? { endpoint } : {}),
    pathStyle: inputs.boolean(NAMES.pathStyle, endpoint !== undefined),
    region: readRegion(inputs, endpoint, env),
    ...(sse ? { sse } : {}),
    ...(sseKmsKeyId ? { sseKmsKeyId } : {}),
    dryRun: inputs.boolean(NAMES.dryRun, false)
  }
}

function readEntryPoint(value: string, input: string): string {
  const path = value.replace(/^\.?\/+/, '')
  if (
    path === '' ||
    path.split('/').some(segment => segment === '..' || segment === '.') ||
    path.includes('\\')
  )
    throw new InputError(
      input,
      `"${value}" is not a path inside the site`,
      'paths relative to the site directory, such as index.html or app/sw.js'
    )
  return path
}

/** The workspace every path stays inside: the checkout in Actions, else the current directory. */
export function workspaceOf(env: NodeJS.ProcessEnv, cwd: string): string {
  return env.GITHUB_WORKSPACE && isAbsolute(env.GITHUB_WORKSPACE) ? env.GITHUB_WORKSPACE : cwd
}

/**
 * shipline.yml when it is to be read: named by the config input, or there by default (a directory
 * given as dir needs none). Its path stays inside the workspace.
 */
export async function loadPublishConfig(
  inputs: PublishInputs,
  workspace: string
): Promise<ShiplineConfig | undefined> {
  const path = pathInside(NAMES.config, inputs.configFile, {
    root: workspace,
    accepted: 'a shipline.yml inside the workspace'
  })
  if (!inputs.configGiven && !existsSync(path)) return undefined
  const { loadConfig } = await import('../config/config.js')
  return loadConfig(inputs.configFile, workspace)
}

/** Inputs and the `static` section merged; every path checked to stay inside the workspace. */
export function resolvePublishOptions(
  inputs: PublishInputs,
  config: ShiplineConfig | undefined,
  workspace: string
): PublishOptions {
  const section = config?.static
  if (!inputs.dir && !section)
    throw new InputError(
      NAMES.dir,
      config
        ? `is empty and ${config.file} has no static section`
        : `is empty and there is no ${inputs.configFile}`,
      'the directory to publish (such as dist), or a static section with dir in shipline.yml'
    )
  const root = config?.root ?? workspace
  const accepted = 'a directory inside the workspace, such as dist or frontend/dist'
  const dirInput = inputs.dir ? NAMES.dir : `${config?.file}: static.dir`
  const dirShown = inputs.dir ?? (section as StaticConfig).dir
  const dir = pathInside(dirInput, dirShown, { root: inputs.dir ? workspace : root, accepted })
  pathInside(dirInput, dir, { root: workspace, accepted })
  const build =
    inputs.build && !inputs.dir && section?.build
      ? {
          command: section.build,
          cwd: pathInside(`${config?.file}: static.context`, section.context, {
            root,
            accepted: 'a directory inside the workspace'
          })
        }
      : undefined
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
    keep: inputs.keep ?? section?.keep ?? DEFAULT_STATIC_KEEP,
    cache: section?.cache ?? [],
    ...(build ? { build } : {}),
    ...(section && config ? { config: { root: config.root, section } } : {}),
    concurrency: inputs.concurrency,
    dryRun: inputs.dryRun,
    workspace
  }
}
