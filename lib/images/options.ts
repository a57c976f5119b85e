/** What a build needs, read from inputs (build-push's, or the CLI's flags), validated before anything runs. */
import { SERVICE_NAME } from '../config/schema.js'
import { InputError } from '../core/errors.js'
import type { Inputs } from '../core/inputs.js'
import { splitKeyValue } from '../core/key-value.js'
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

/** `NAME=VALUE` lines → a record; the line is named in the error. */
export function parseBuildArgs(lines: string[], input: string = INPUTS.buildArgs): Record<string, string> {
  const args: Record<string, string> = {}
  for (const line of lines) {
    const pair = splitKeyValue(line, { keepValue: true })
    if (!pair || !BUILD_ARG_NAME.test(pair.key) || pair.key !== line.slice(0, line.indexOf('=')))
      throw new InputError(
        input,
        `"${line}" is not NAME=VALUE`,
        'one NAME=VALUE per line, such as BASE_IMAGE=busybox:1.36'
      )
    args[pair.key] = pair.value
  }
  return args
}

/** A service name as shipline.yml accepts it, under `input`. */
export function readServiceName(inputs: Inputs, input: string): string {
  const service = inputs.string(input, { required: true })
  if (!new RegExp(SERVICE_NAME).test(service))
    throw new InputError(
      input,
      `"${service}" is not a service name`,
      'a key of services in shipline.yml (lower-case letters and digits, separated by ".", "_" or "-")'
    )
  return service
}

/** How to build and push, whatever the services. */
export function readBuildPushOptions(inputs: Inputs, env: NodeJS.ProcessEnv = process.env): BuildPushOptions {
  const configFile = inputs.string(INPUTS.config, { default: 'shipline.yml' })
  const registry = parseRegistry(inputs.string(INPUTS.registry, { required: true }), INPUTS.registry)
  const builder = inputs.oneOf(INPUTS.builder, BUILDERS, 'docker')
  const buildArgs = parseBuildArgs(inputs.multiline(INPUTS.buildArgs))
  const push = inputs.boolean(INPUTS.push, true)
  const insecure = inputs.boolean(INPUTS.insecureRegistry, false)
  if (insecure && !isLoopback(registry.host))
    throw new InputError(
      INPUTS.insecureRegistry,
      `plain HTTP to ${registry.host} is refused`,
      'true only for a registry on loopback (localhost, 127.0.0.1, [::1])'
    )
  const archive = inputs.optional(INPUTS.archive)
  if (archive !== undefined && !push)
    throw new InputError(
      INPUTS.archive,
      'is set but push is false',
      'an archive output of an earlier build-push step, with push: true'
    )
  if (archive !== undefined && !/\.tar$/.test(archive))
    throw new InputError(
      INPUTS.archive,
      `"${archive}" is not a .tar file`,
      'the archive output of build-push'
    )
  const cache = inputs.boolean(INPUTS.cache, true)
  const cacheWrite = inputs.boolean(INPUTS.cacheWrite, push)
  if (cacheWrite && !cache)
    throw new InputError(INPUTS.cacheWrite, 'is true but cache is false', 'false, or cache: true')
  const cacheRef = inputs.optional(INPUTS.cacheRef)
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
  const storageDriver =
    inputs.optional(INPUTS.podmanStorageDriver) ?? (env.SHIPLINE_PODMAN_STORAGE_DRIVER || undefined)
  if (storageDriver !== undefined && !STORAGE_DRIVER.test(storageDriver))
    throw new InputError(
      INPUTS.podmanStorageDriver,
      `"${storageDriver}" is not a storage driver`,
      'a driver name such as overlay or vfs'
    )
  const isolation = inputs.optional(INPUTS.podmanIsolation) ?? (env.SHIPLINE_PODMAN_ISOLATION || undefined)
  if (isolation !== undefined && !(ISOLATIONS as readonly string[]).includes(isolation))
    throw new InputError(INPUTS.podmanIsolation, `"${isolation}" is not allowed`, ISOLATIONS.join(', '))
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
    podman: {
      ...(storageDriver ? { storageDriver } : {}),
      ...(isolation ? { isolation } : {}),
      ...(env.SHIPLINE_PODMAN_ROOT ? { root: env.SHIPLINE_PODMAN_ROOT } : {}),
      ...(env.SHIPLINE_PODMAN_RUNROOT ? { runroot: env.SHIPLINE_PODMAN_RUNROOT } : {})
    }
  }
}
