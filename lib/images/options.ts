/** What a build needs, read from inputs (build-push's, or the CLI's flags), validated before anything runs. */
import { SERVICE_NAME } from '../config/schema.js'
import { InputError } from '../core/errors.js'
import type { Inputs } from '../core/inputs.js'
import { splitKeyValue } from '../core/key-value.js'
import { fileInput, GiB, quoted } from '../core/paths.js'
import { OciArchive } from './oci-archive.js'
import { isLoopback, parseRegistry, type RegistryTarget } from './registry-target.js'

export const BUILD_INPUTS = {
  config: 'config',
  registry: 'registry',
  builder: 'builder',
  buildArgs: 'build-args',
  push: 'push',
  archive: 'archive',
  insecureRegistry: 'insecure-registry',
  cache: 'cache',
  cacheRef: 'cache-ref',
  cacheWrite: 'cache-write',
  podmanStorageDriver: 'podman-storage-driver',
  podmanIsolation: 'podman-isolation'
} as const

const INPUTS = BUILD_INPUTS

export const BUILDERS = ['docker', 'podman'] as const
export type Builder = (typeof BUILDERS)[number]
export const ISOLATIONS = ['chroot', 'oci', 'rootless'] as const

export interface PodmanOptions {
  storageDriver?: string
  isolation?: string
  /** Storage root and run root (env SHIPLINE_PODMAN_ROOT / SHIPLINE_PODMAN_RUNROOT). */
  root?: string
  runroot?: string
}

export interface BuildPushOptions {
  configFile: string
  registry: RegistryTarget
  builder: Builder
  /** Build args that override the service's own (for example BASE_IMAGE for a mirror). */
  buildArgs: Record<string, string>
  push: boolean
  /** An OCI archive built (and scanned) earlier: pushed as it is instead of building. */
  archive?: string
  insecure: boolean
  cache: boolean
  cacheRef?: string
  /** Write the registry cache (default: when pushing). */
  cacheWrite?: boolean
  podman: PodmanOptions
}

const STORAGE_DRIVER = /^[a-z0-9]+$/
const REFERENCE = /^[a-z0-9][a-z0-9._:/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$/

const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Build args become the builder's argv: at most this many, each NAME=VALUE at most this long. */
export const BUILD_ARG_BOUNDS = { maxLines: 64, maxLineLength: 8192 }
/** The largest archive accepted (a multi-platform image of several gigabytes fits). */
export const MAX_ARCHIVE_BYTES = 64 * GiB
export const ARCHIVE_ACCEPTED =
  'the archive output of an earlier build-push step (an OCI archive of at most 64 GiB, in RUNNER_TEMP or the workspace)'

/** `NAME=VALUE` lines → a record; the line is named in the error. */
export function parseBuildArgs(lines: string[], input: string = INPUTS.buildArgs): Record<string, string> {
  const args: Record<string, string> = {}
  for (const line of lines) {
    const pair = splitKeyValue(line, { keepValue: true })
    if (!pair || !BUILD_ARG_NAME.test(pair.key) || pair.key !== line.slice(0, line.indexOf('=')))
      throw new InputError(
        input,
        `${quoted(line, 60)} is not NAME=VALUE`,
        'one NAME=VALUE per line, such as BASE_IMAGE=busybox:1.36'
      )
    if (pair.key in args)
      throw new InputError(input, `"${pair.key}" is set twice`, 'each NAME once, one NAME=VALUE per line')
    args[pair.key] = pair.value
  }
  return args
}

/**
 * An archive given to build-push must hold one OCI image: checked from its tar headers and
 * index.json alone, before the registry is asked anything.
 */
export async function checkArchive(
  path: string,
  shownAs = path,
  input: string = INPUTS.archive
): Promise<void> {
  let problem: string | undefined
  try {
    await (await OciArchive.open(path)).top()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    problem = message.startsWith(path)
      ? message.slice(path.length).trim()
      : error instanceof SyntaxError
        ? 'has an index.json that is not JSON'
        : `cannot be read as an OCI archive (${message.replace(`Cannot read the OCI archive ${path}: `, '')})`
  }
  if (problem) throw new InputError(input, `${quoted(shownAs)} ${problem}`, ARCHIVE_ACCEPTED)
}

/** A service name as shipline.yml accepts it, under `input`. */
export function readServiceName(inputs: Inputs, input: string): string {
  const service = inputs.string(input, { required: true, maxLength: 128 })
  if (!new RegExp(SERVICE_NAME).test(service))
    throw new InputError(
      input,
      `"${service}" is not a service name`,
      'a key of services in shipline.yml (lower-case letters and digits, separated by ".", "_" or "-")'
    )
  return service
}

/**
 * How to build and push, whatever the services. `cwd` is the workspace: an archive is a regular file
 * in it or in RUNNER_TEMP (the configuration file is checked by loadConfig).
 */
export function readBuildPushOptions(
  inputs: Inputs,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd()
): BuildPushOptions {
  const configFile = inputs.string(INPUTS.config, { default: 'shipline.yml' })
  const registry = parseRegistry(
    inputs.string(INPUTS.registry, { required: true, maxLength: 255 }),
    INPUTS.registry
  )
  const builder = inputs.oneOf(INPUTS.builder, BUILDERS, 'docker')
  const buildArgs = parseBuildArgs(inputs.multiline(INPUTS.buildArgs, BUILD_ARG_BOUNDS))
  const push = inputs.boolean(INPUTS.push, true)
  const insecure = inputs.boolean(INPUTS.insecureRegistry, false)
  if (insecure && !isLoopback(registry.host))
    throw new InputError(
      INPUTS.insecureRegistry,
      `plain HTTP to ${registry.host} is refused`,
      'true only for a registry on loopback (localhost, 127.0.0.1, [::1])'
    )
  const archive = readArchive(inputs, push, env, cwd)
  const cache = inputs.boolean(INPUTS.cache, true)
  const cacheWrite = inputs.boolean(INPUTS.cacheWrite, push)
  if (cacheWrite && !cache)
    throw new InputError(INPUTS.cacheWrite, 'is true but cache is false', 'false, or cache: true')
  const cacheRef = inputs.string(INPUTS.cacheRef, { maxLength: 512 }) || undefined
  if (cacheRef !== undefined) {
    if (builder === 'podman' && /:[^/]*$/.test(cacheRef.replace(/^[^/]*\//, '')))
      throw new InputError(
        INPUTS.cacheRef,
        `"${cacheRef}" names a tag, but podman caches to a repository (one tag per layer)`,
        'a repository without a tag, such as 127.0.0.1:5000/buildcache/auth-service'
      )
    if (!REFERENCE.test(cacheRef))
      throw new InputError(
        INPUTS.cacheRef,
        `"${cacheRef}" is not an image reference`,
        'a reference such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com/cache:auth-service'
      )
  }
  const podman = readPodmanOptions(inputs, env)
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
    cacheWrite,
    podman
  }
}

/** The archive to push instead of building: with push only, a regular .tar file in the workspace or RUNNER_TEMP. */
function readArchive(inputs: Inputs, push: boolean, env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  const archive = inputs.optional(INPUTS.archive)
  if (archive === undefined) return undefined
  if (!push)
    throw new InputError(
      INPUTS.archive,
      'is set but push is false',
      'an archive output of an earlier build-push step, with push: true'
    )
  if (!/\.tar$/.test(archive))
    throw new InputError(
      INPUTS.archive,
      `${quoted(archive)} is not a .tar file`,
      'the archive output of build-push'
    )
  return fileInput(INPUTS.archive, archive, {
    root: cwd,
    alsoUnder: [env.RUNNER_TEMP],
    accepted: ARCHIVE_ACCEPTED,
    maxBytes: MAX_ARCHIVE_BYTES
  })
}

/** Podman's storage driver and isolation (inputs, else $SHIPLINE_PODMAN_*), and its storage roots. */
function readPodmanOptions(inputs: Inputs, env: NodeJS.ProcessEnv): PodmanOptions {
  const storageDriver =
    inputs.optional(INPUTS.podmanStorageDriver) ?? (env.SHIPLINE_PODMAN_STORAGE_DRIVER || undefined)
  if (storageDriver !== undefined && (!STORAGE_DRIVER.test(storageDriver) || storageDriver.length > 64))
    throw new InputError(
      INPUTS.podmanStorageDriver,
      `${quoted(storageDriver)} is not a storage driver`,
      'a driver name such as overlay or vfs'
    )
  const isolation = inputs.optional(INPUTS.podmanIsolation) ?? (env.SHIPLINE_PODMAN_ISOLATION || undefined)
  if (isolation !== undefined && !(ISOLATIONS as readonly string[]).includes(isolation))
    throw new InputError(INPUTS.podmanIsolation, `${quoted(isolation)} is not allowed`, ISOLATIONS.join(', '))
  return {
    ...(storageDriver ? { storageDriver } : {}),
    ...(isolation ? { isolation } : {}),
    ...(env.SHIPLINE_PODMAN_ROOT ? { root: env.SHIPLINE_PODMAN_ROOT } : {}),
    ...(env.SHIPLINE_PODMAN_RUNROOT ? { runroot: env.SHIPLINE_PODMAN_RUNROOT } : {})
  }
}
